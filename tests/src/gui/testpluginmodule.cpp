/***************************************************************************
  testpluginmodule.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include <QFile>
#include <QIcon>
#include <QLibrary>
#include <QRegularExpression>
#include <QtTest>

namespace
{
  using StringExport = const QString *(*)();
  using TypeExport = int ( * )();

  //! Reads the [general] section of metadata.txt, the way QGIS's plugin manager reads it.
  QMap<QString, QString> readMetadata()
  {
    QMap<QString, QString> values;
    QFile file( QStringLiteral( PSA_SOURCE_DIR ) + QStringLiteral( "/metadata.txt" ) );
    if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
      return values;
    bool general = false;
    for ( const QString &rawLine : QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) ) )
    {
      const QString line = rawLine.trimmed();
      if ( line.startsWith( QLatin1Char( '[' ) ) )
        general = line == QLatin1String( "[general]" );
      else if ( general && !line.isEmpty() && !line.startsWith( QLatin1Char( ';' ) ) &&
                line.contains( QLatin1Char( '=' ) ) )
        values.insert( line.section( QLatin1Char( '=' ), 0, 0 ).trimmed(),
                       line.section( QLatin1Char( '=' ), 1 ).trimmed() );
    }
    return values;
  }
} // namespace

/**
 * \brief The built plugin module, as QGIS's plugin registry sees it before it creates the
 * plugin: the exported entry points and what they say, which must be what metadata.txt says.
 */
class TestPluginModule : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportsTheEntryPointsQgisLooksFor();
    void identityComesFromMetadataTxt_data();
    void identityComesFromMetadataTxt();
    void iconIsCompiledIn();

  private:
    QLibrary mLibrary;
    QMap<QString, QString> mMetadata;
};

void TestPluginModule::initTestCase()
{
  mLibrary.setFileName( QStringLiteral( PSA_PLUGIN_FILE ) );
  QVERIFY2( mLibrary.load(), qPrintable( mLibrary.errorString() ) );
  mMetadata = readMetadata();
  QVERIFY2( mMetadata.contains( QStringLiteral( "version" ) ), "metadata.txt has no version" );
}

void TestPluginModule::cleanupTestCase()
{
  mLibrary.unload();
}

void TestPluginModule::exportsTheEntryPointsQgisLooksFor()
{
  for ( const char *symbol : { "classFactory", "name", "description", "category", "type", "version", "icon",
                               "experimental", "create_date", "update_date", "unload" } )
    QVERIFY2( mLibrary.resolve( symbol ), symbol );
  const TypeExport type = reinterpret_cast<TypeExport>( mLibrary.resolve( "type" ) );
  QCOMPARE( type(), 1 ); // QgisPlugin::UI
}

void TestPluginModule::identityComesFromMetadataTxt_data()
{
  QTest::addColumn<QString>( "symbol" );
  QTest::addColumn<QString>( "metadataKey" );
  QTest::newRow( "name" ) << "name"
                          << "name";
  QTest::newRow( "description" ) << "description"
                                 << "description";
  QTest::newRow( "category" ) << "category"
                              << "category";
  QTest::newRow( "version" ) << "version"
                             << "version";
  QTest::newRow( "experimental" ) << "experimental"
                                  << "experimental";
  QTest::newRow( "create_date" ) << "create_date"
                                 << "create_date";
  QTest::newRow( "update_date" ) << "update_date"
                                 << "update_date";
}

void TestPluginModule::identityComesFromMetadataTxt()
{
  QFETCH( QString, symbol );
  QFETCH( QString, metadataKey );
  const StringExport function = reinterpret_cast<StringExport>( mLibrary.resolve( symbol.toLatin1().constData() ) );
  QVERIFY( function );
  QCOMPARE( *function(), mMetadata.value( metadataKey ) );
}

void TestPluginModule::iconIsCompiledIn()
{
  const StringExport icon = reinterpret_cast<StringExport>( mLibrary.resolve( "icon" ) );
  QVERIFY( icon );
  const QString path = *icon();
  QVERIFY2( path.startsWith( QLatin1String( ":/" ) ), qPrintable( path ) );
  // metadata.txt names the same SVG below resources/.
  QVERIFY2( path.endsWith( mMetadata.value( QStringLiteral( "icon" ) ).section( QLatin1Char( '/' ), 1 ) ),
            qPrintable( path ) );
  QVERIFY2( QFile::exists( path ), qPrintable( path ) );
  QVERIFY( !QIcon( path ).pixmap( 24, 24 ).isNull() );
}

QTEST_MAIN( TestPluginModule )
#include "testpluginmodule.moc"
