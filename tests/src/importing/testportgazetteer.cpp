/***************************************************************************
  testportgazetteer.cpp
  Port Seizure Atlas: ports found by UN/LOCODE or name, with near-match suggestions
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "portgazetteer.h"
#include "portnames.h"

#include <QtTest>

class TestPortGazetteer : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void byLocode();
    void byName();
    void otherNames_data();
    void otherNames();
    void otherNamesTableIsSourced();
    void ambiguousName();
    void suggestions();
    void atlasGeoPackage();

  private:
    static PortGazetteer atlas();
    PortGazetteer mPorts;
};

PortGazetteer TestPortGazetteer::atlas()
{
  QString error;
  return PortGazetteer::fromGeoPackage(
      QStringLiteral( PSA_BINARY_DIR "/output/plugins/port-seizure-atlas/port_seizure_atlas.gpkg" ), &error );
}

void TestPortGazetteer::initTestCase()
{
  mPorts = PortGazetteer( {
      { QStringLiteral( "Antwerp" ), QStringLiteral( "BEANR" ), QStringLiteral( "BE" ), 51.2, 4.4 },
      { QStringLiteral( "Marseille-Fos (Fos-sur-Mer)" ), QStringLiteral( "FRFOS" ), QStringLiteral( "FR" ), 43.4, 4.9 },
      { QStringLiteral( "Gdańsk" ), QStringLiteral( "PLGDN" ), QStringLiteral( "PL" ), 54.4, 18.7 },
      { QStringLiteral( "Santa Marta" ), QStringLiteral( "COSMR" ), QStringLiteral( "CO" ), 11.2, -74.2 },
      { QStringLiteral( "Santa Marta" ), QStringLiteral( "XXSMR" ), QStringLiteral( "XX" ), 0, 0 },
  } );
}

void TestPortGazetteer::byLocode()
{
  QCOMPARE( mPorts.find( QStringLiteral( "BEANR" ) ).port->name, QStringLiteral( "Antwerp" ) );
  QCOMPARE( mPorts.find( QStringLiteral( " be anr " ) ).port->locode, QStringLiteral( "BEANR" ) );
  QVERIFY( !mPorts.find( QStringLiteral( "BEXXX" ) ).port );
}

void TestPortGazetteer::byName()
{
  QCOMPARE( mPorts.find( QStringLiteral( "antwerp" ) ).port->locode, QStringLiteral( "BEANR" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "Gdansk" ) ).port->locode, QStringLiteral( "PLGDN" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "GDAŃSK" ) ).port->locode, QStringLiteral( "PLGDN" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "Marseille Fos" ) ).port->locode, QStringLiteral( "FRFOS" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "Fos-sur-Mer" ) ).port->locode, QStringLiteral( "FRFOS" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "Antwerp" ) ).kind, QStringLiteral( "name" ) );
  QCOMPARE( mPorts.find( QStringLiteral( "BEANR" ) ).kind, QStringLiteral( "UN/LOCODE" ) );
  QVERIFY( !mPorts.find( QStringLiteral( "Antwerpe" ) ).port );
}

void TestPortGazetteer::otherNames_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "locode" );
  QTest::addColumn<QString>( "kind" );
  QTest::newRow( "Antwerpen" ) << "Antwerpen"
                               << "BEANR"
                               << "UN/LOCODE local name Antwerpen";
  QTest::newRow( "Göteborg" ) << QStringLiteral( "Göteborg" ) << "SEGOT"
                              << QStringLiteral( "UN/LOCODE local name Göteborg" );
  QTest::newRow( "Goteborg" ) << "Goteborg"
                              << "SEGOT" << QStringLiteral( "UN/LOCODE local name Göteborg" );
  QTest::newRow( "Gdańsk" ) << QStringLiteral( "Gdańsk" ) << "PLGDN"
                            << "name";
  QTest::newRow( "Anvers" ) << "Anvers"
                            << "BEANR"
                            << "exonym (fr) Anvers";
  QTest::newRow( "Antwerpia" ) << "Antwerpia"
                               << "BEANR"
                               << "exonym (pl) Antwerpia";
  QTest::newRow( "Amberes" ) << "amberes"
                             << "BEANR"
                             << "exonym (es) Amberes";
  QTest::newRow( "Livorno" ) << "Livorno"
                             << "ITLIV"
                             << "name";
  QTest::newRow( "Leghorn" ) << "Leghorn"
                             << "ITLIV"
                             << "exonym (en) Leghorn";
  QTest::newRow( "Genova" ) << "Genova"
                            << "ITGOA"
                            << "UN/LOCODE local name Genova";
}

void TestPortGazetteer::otherNames()
{
  QFETCH( QString, text );
  QFETCH( QString, locode );
  QFETCH( QString, kind );
  const PortGazetteer ports = atlas();
  QVERIFY( ports.size() > 20 );
  const PortGazetteer::Match match = ports.find( text );
  QVERIFY2( match.port, qPrintable( text ) );
  QCOMPARE( match.port->locode, locode );
  QCOMPARE( match.kind, kind );
}

void TestPortGazetteer::otherNamesTableIsSourced()
{
  // Every row of resources/import/port_names.csv names its port, kind and source.
  QVERIFY( PortNames::entries().size() > 50 );
  const PortGazetteer ports = atlas();
  for ( const PortNames::Entry &entry : PortNames::entries() )
  {
    QVERIFY2( ports.find( entry.name ).port == ports.portByLocode( entry.locode ), qPrintable( entry.name ) );
    QVERIFY2( ports.portByLocode( entry.locode ), qPrintable( entry.locode ) );
    QVERIFY2( entry.kind == QLatin1String( "local" ) ||
                  ( entry.kind == QLatin1String( "exonym" ) && entry.language.size() == 2 ),
              qPrintable( entry.name ) );
  }
  const QString table = QString::fromUtf8( PortNames::csvText() );
  // Each row read (none left out as broken), each with a source title and address.
  QCOMPARE( table.count( QLatin1Char( '\n' ) ), PortNames::entries().size() + 1 );
  for ( const QString &line : table.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
    QVERIFY2( line.contains( QLatin1String( ",https://" ) ) || line.startsWith( QLatin1String( "unlocode," ) ),
              qPrintable( line ) );
}

void TestPortGazetteer::ambiguousName()
{
  const PortGazetteer::Match match = mPorts.find( QStringLiteral( "Santa Marta" ) );
  QVERIFY( !match.port );
  QCOMPARE( match.ambiguousLocodes, QStringList( { QStringLiteral( "COSMR" ), QStringLiteral( "XXSMR" ) } ) );
}

void TestPortGazetteer::suggestions()
{
  QCOMPARE( mPorts.suggestions( QStringLiteral( "Antwerpen" ) ).value( 0 ), QStringLiteral( "Antwerp (BEANR)" ) );
  QCOMPARE( mPorts.suggestions( QStringLiteral( "BEANX" ) ).value( 0 ), QStringLiteral( "Antwerp (BEANR)" ) );
  QCOMPARE( mPorts.suggestions( QStringLiteral( "Gdnask" ) ).value( 0 ), QStringLiteral( "Gdańsk (PLGDN)" ) );
  QVERIFY( mPorts.suggestions( QStringLiteral( "Vladivostok" ) ).isEmpty() );
}

void TestPortGazetteer::atlasGeoPackage()
{
  const QString path = QStringLiteral( PSA_BINARY_DIR "/output/plugins/port-seizure-atlas/port_seizure_atlas.gpkg" );
  QString error;
  const PortGazetteer atlas = PortGazetteer::fromGeoPackage( path, &error );
  QVERIFY2( atlas.size() > 20, qPrintable( error ) );
  const PortGazetteer::Port *rotterdam = atlas.find( QStringLiteral( "Rotterdam" ) ).port;
  QVERIFY( rotterdam );
  QCOMPARE( rotterdam->locode, QStringLiteral( "NLRTM" ) );
  QVERIFY( std::abs( rotterdam->latitude - 51.9 ) < 0.5 );
  QVERIFY( std::abs( rotterdam->longitude - 4.5 ) < 0.5 );

  QVERIFY( PortGazetteer::fromGeoPackage( QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), &error ).size() ==
           0 );
  QVERIFY2( error.contains( QStringLiteral( "valid.csv" ) ), qPrintable( error ) );
}

QTEST_GUILESS_MAIN( TestPortGazetteer )
#include "testportgazetteer.moc"
