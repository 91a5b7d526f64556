/***************************************************************************
  testportgazetteer.cpp
  Port Seizure Atlas: ports found by UN/LOCODE or name, with near-match suggestions
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "portgazetteer.h"

#include <QtTest>

class TestPortGazetteer : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void byLocode();
    void byName();
    void ambiguousName();
    void suggestions();
    void atlasGeoPackage();

  private:
    PortGazetteer mPorts;
};

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
  QVERIFY( !mPorts.find( QStringLiteral( "Antwerpen" ) ).port );
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

  QVERIFY( PortGazetteer::fromGeoPackage( QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), &error ).size() == 0 );
  QVERIFY2( error.contains( QStringLiteral( "valid.csv" ) ), qPrintable( error ) );
}

QTEST_GUILESS_MAIN( TestPortGazetteer )
#include "testportgazetteer.moc"
