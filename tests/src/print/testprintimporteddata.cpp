/***************************************************************************
  testprintimporteddata.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintlayout.h"
#include "atlasresources.h"
#include "importedlayerset.h"
#include "printtestutils.h"
#include "qgistestmain.h"

#include <QTemporaryDir>
#include <QtTest>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>

/**
 * \brief An analyst's own seizure events, imported with `port-seizure-atlas import`, printed as
 * the published data is: from a GeoPackage, from PostGIS, beside the published data, as an atlas;
 * and offered by the panel (years, countries) when the project holds only them.
 */
class TestPrintImportedData : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void printsAnImportedGeoPackage();
    void checksYearsAndCountriesAgainstTheImport();
    void printsAPortAtlasOfTheImport();
    void printsTheImportBesideThePublishedData();
    void panelOffersTheImportsYearsAndCountries();
    void panelOffersImportedYearsBesideThePublishedOnes();
    void printsFromPostgis();

  private:
    static PrintTestUtils::Run print( const QStringList &arguments )
    {
      return PrintTestUtils::runProgram( QStringList{ QStringLiteral( "print" ) } + arguments );
    }
    //! Runs `port-seizure-atlas import --in \a events --out \a target`.
    static PrintTestUtils::Run import( const QString &events, const QString &target )
    {
      return PrintTestUtils::runProgram(
          { QStringLiteral( "import" ), QStringLiteral( "--in" ), events, QStringLiteral( "--out" ), target } );
    }
    QString pdfText( const QString &file ) const
    {
      return PrintTestUtils::simplified( PrintTestUtils::pdfText( file ) );
    }
    QTemporaryDir mOutput;
    QString mImported;
    //! valid.csv: BEANR 2021-03-12 1500 kg from ECGYE (EC); NLRTM 2022-01-05 2.5 t from Colombia.
    const QString mEvents = QStringLiteral( PSA_SOURCE_DIR "/tests/data/import/valid.csv" );
};

void TestPrintImportedData::initTestCase()
{
  initAtlasResources();
  mImported = mOutput.filePath( QStringLiteral( "my seizures.gpkg" ) );
  const PrintTestUtils::Run imported = import( mEvents, mImported );
  QVERIFY2( imported.status == 0, qPrintable( imported.err ) );
}

void TestPrintImportedData::printsAnImportedGeoPackage()
{
  const QString file = mOutput.filePath( QStringLiteral( "mine-2021.pdf" ) );
  const PrintTestUtils::Run result =
      print( { "--data", mImported, "--years", "2021", "--countries", "BE", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  const QString text = pdfText( file );
  QVERIFY2( text.contains( QStringLiteral( "Drug seizures in my data, European ports, 2021 — Belgium" ) ),
            qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Own data, not published figures" ) ) );
  QVERIFY2( text.contains( QStringLiteral( "Own data: seizure events imported from valid.csv" ) ), qPrintable( text ) );
  // The data line wraps beside the scale bar: its two halves are read apart.
  QVERIFY( text.contains( QStringLiteral( "Latest imported event:" ) ) &&
           text.contains( QStringLiteral( "2021-03-12." ) ) );
  // Only the analyst's data: no published source of that year and country is listed.
  for ( const QString &title :
        PrintTestUtils::distinctValues( QStringLiteral( "seizure_figures" ), QStringLiteral( "source_title" ),
                                        QStringLiteral( "\"year\" = 2021 AND \"country_iso2\" = 'BE'" ) ) )
    QVERIFY2( title.isEmpty() || !text.contains( PrintTestUtils::simplified( title ) ), qPrintable( title ) );
}

void TestPrintImportedData::checksYearsAndCountriesAgainstTheImport()
{
  const QString file = mOutput.filePath( QStringLiteral( "refused.pdf" ) );
  PrintTestUtils::Run result = print( { "--data", mImported, "--years", "2023", "--out", file } );
  QCOMPARE( result.status, 2 );
  QVERIFY2( result.err.contains( QStringLiteral( "years with data: 2021, 2022" ) ), qPrintable( result.err ) );
  result = print( { "--data", mImported, "--countries", "FR", "--out", file } );
  QCOMPARE( result.status, 2 );
  QVERIFY2(
      result.err.contains( QStringLiteral( "unknown country code 'FR'; the data has BE (Belgium), NL (Netherlands)" ) ),
      qPrintable( result.err ) );
  result = print( { "--data", mImported, "--origin-countries", "CO", "--years", "2022", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QVERIFY( QFile( file ).remove() );
  QVERIFY( !QFileInfo::exists( file ) );
}

void TestPrintImportedData::printsAPortAtlasOfTheImport()
{
  const QString file = mOutput.filePath( QStringLiteral( "mine-atlas.pdf" ) );
  const PrintTestUtils::Run result =
      print( { "--data", mImported, "--atlas", "port", "--years", "2021-2022", "--dpi", "72", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  // Antwerp in 2021, Rotterdam in 2022: one page each, titled by the port.
  QCOMPARE( PrintTestUtils::pdfPageCount( file ), 2 );
  const QString text = pdfText( file );
  QVERIFY2( text.contains( QStringLiteral( "Drug seizures in my data, port of Antwerp, 2021–2022" ) ),
            qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Drug seizures in my data, port of Rotterdam, 2021–2022" ) ) );
}

void TestPrintImportedData::printsTheImportBesideThePublishedData()
{
  const QString file = mOutput.filePath( QStringLiteral( "both-2022.pdf" ) );
  const PrintTestUtils::Run result =
      print( { "--data", QStringLiteral( PSA_DATA_GPKG ), "--data", mImported, "--years", "2022", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  const QString text = pdfText( file );
  QVERIFY2( text.contains( QStringLiteral( "Cocaine seized in European ports, 2022" ) ), qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Own data: seizure events imported from valid.csv" ) ) );
  bool publishedSourceListed = false;
  for ( const QString &title :
        PrintTestUtils::distinctValues( QStringLiteral( "seizure_figures" ), QStringLiteral( "source_title" ),
                                        QStringLiteral( "\"year\" = 2022 AND \"preferred\" = 1" ) ) )
    publishedSourceListed = publishedSourceListed ||
                            ( !title.isEmpty() && text.contains( PrintTestUtils::simplified( title ).left( 30 ) ) );
  QVERIFY( publishedSourceListed );
}

void TestPrintImportedData::panelOffersTheImportsYearsAndCountries()
{
  QgsProject *project = QgsProject::instance();
  project->clear();
  const ImportedLayerSet::Result added = ImportedLayerSet::addGeoPackage( project, mImported );
  QVERIFY2( added.errors.isEmpty(), qPrintable( added.errors.join( '\n' ) ) );
  AtlasFilterController controller( project );
  QCOMPARE( controller.data().years(), ( QList<int>{ 2021, 2022 } ) );
  QStringList destinations;
  for ( const AtlasSeizureData::Country &country : controller.data().destinationCountries() )
    destinations << country.name;
  QCOMPARE( destinations, ( QStringList{ "Belgium", "Netherlands" } ) );
  QStringList origins;
  for ( const AtlasSeizureData::Country &country : controller.data().originCountries() )
    origins << country.isoCode;
  QCOMPARE( origins, ( QStringList{ "CO", "EC" } ) );
  // A filter leaves the choices as they are: they describe the whole import.
  AtlasFilter filter;
  filter.setYears( 2022, 2022 );
  controller.setFilter( filter );
  QCOMPARE( controller.data().years(), ( QList<int>{ 2021, 2022 } ) );
  // The print layout is made for the import alone, without the published layers.
  QString error;
  QgsPrintLayout *layout = AtlasPrintLayout::createOrRefresh( project, PrintOptions(), &error );
  QVERIFY2( layout, qPrintable( error ) );
  project->clear();
}

void TestPrintImportedData::panelOffersImportedYearsBesideThePublishedOnes()
{
  // The published figures end before 2026; an analyst's import of this year's seizures must be
  // selectable beside them, and the published figures' summary must not change.
  const QString events = mOutput.filePath( QStringLiteral( "this-year.csv" ) );
  {
    QFile file( events );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n2026-02-03,BEANR,ECGYE,EC,cocaine,800,kg\n" );
  }
  const QString imported = mOutput.filePath( QStringLiteral( "this-year.gpkg" ) );
  const PrintTestUtils::Run run = import( events, imported );
  QVERIFY2( run.status == 0, qPrintable( run.err ) );

  QgsProject *project = QgsProject::instance();
  project->clear();
  AtlasLayerSet::addToProject( project, QStringLiteral( PSA_DATA_GPKG ) );
  AtlasFilterController controller( project );
  const QList<int> published = controller.data().years();
  QVERIFY( !published.isEmpty() );
  QVERIFY( !published.contains( 2026 ) );
  QCOMPARE( controller.choices().years, published );

  const ImportedLayerSet::Result added = ImportedLayerSet::addGeoPackage( project, imported );
  QVERIFY2( added.errors.isEmpty(), qPrintable( added.errors.join( '\n' ) ) );
  QCOMPARE( controller.choices().years, published + QList<int>{ 2026 } );
  QCOMPARE( controller.data().years(), published );
  // The year can be printed from the command line too, with both sources.
  const QString file = mOutput.filePath( QStringLiteral( "both-2026.pdf" ) );
  const PrintTestUtils::Run printed =
      print( { "--data", QStringLiteral( PSA_DATA_GPKG ), "--data", imported, "--years", "2026", "--out", file } );
  QVERIFY2( printed.status == 0, qPrintable( printed.err ) );
  QVERIFY( pdfText( file ).contains( QStringLiteral( "Own data: seizure events imported from this-year.csv" ) ) );
  project->clear();
}

void TestPrintImportedData::printsFromPostgis()
{
  const QString connection = qEnvironmentVariable( "PSA_TEST_POSTGIS" );
  if ( connection.isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  const QString schema = QStringLiteral( "psa_print_test" );
  QgsProviderMetadata *postgres = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
  QVERIFY( postgres );
  std::unique_ptr<QgsAbstractDatabaseProviderConnection> database(
      static_cast<QgsAbstractDatabaseProviderConnection *>( postgres->createConnection( connection, QVariantMap() ) ) );
  QVERIFY( database );
  try
  {
    database->executeSql( QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE" ).arg( schema ) );
    database->createSchema( schema );
  }
  catch ( const QgsProviderConnectionException &e )
  {
    QFAIL(
        qPrintable( QStringLiteral( "PSA_TEST_POSTGIS is set but the server cannot be used: %1" ).arg( e.what() ) ) );
  }
  const QString target = QStringLiteral( "PG:%1 active_schema=%2" ).arg( connection, schema );
  const PrintTestUtils::Run imported = import( mEvents, target );
  QVERIFY2( imported.status == 0, qPrintable( imported.err ) );

  const QString file = mOutput.filePath( QStringLiteral( "postgis-2022.pdf" ) );
  const PrintTestUtils::Run result =
      print( { "--data", target, "--years", "2022", "--countries", "NL", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  const QString text = pdfText( file );
  QVERIFY2( text.contains( QStringLiteral( "Drug seizures in my data, European ports, 2022 — Netherlands" ) ),
            qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Own data: seizure events imported from valid.csv" ) ) );
  // The data date line may wrap in its frame, and pdftotext may read the scale bar's words in between.
  QVERIFY2(
      text.simplified().contains( QRegularExpression( QStringLiteral( "Latest imported event: [^.]*2022-01-05" ) ) ),
      qPrintable( text ) );
  database->executeSql( QStringLiteral( "DROP SCHEMA %1 CASCADE" ).arg( schema ) );
}

PSA_QGIS_TEST_MAIN( TestPrintImportedData )
#include "testprintimporteddata.moc"
