/***************************************************************************
  testimportseizureeventsalgorithm.cpp
  Port Seizure Atlas: the Processing algorithm "Import seizure events", run headless as Processing runs it
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "importedlayerset.h"
#include "importseizureeventsalgorithm.h"
#include "iteratedfeaturecount.h"
#include "qgistestmain.h"

#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <memory>

class TestImportSeizureEventsAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void imports();
    void refusesAndReportsEveryProblem();
    void readingOptions();
    void addsGeoPackageLayersToProject();
    void refusesWithoutOneTarget();
    void refusesConnectionWithStoredPassword();
    void importsIntoPostgisWithoutStoredLogin();

  private:
    //! Collects what the algorithm reports, as the Processing dialog's log would show it.
    class RecordingFeedback : public QgsProcessingFeedback
    {
      public:
        void reportError( const QString &error, bool fatalError = false ) override
        {
          errors << error;
          QgsProcessingFeedback::reportError( error, fatalError );
        }
        QStringList errors;
    };

    static QVariantMap run( const QVariantMap &parameters, RecordingFeedback &feedback, bool *ok, QString *failure,
                            QgsProject *project = nullptr );
    //! Saves a QGIS PostgreSQL connection \a name to \a uri, as the Browser's "New Connection" does.
    static bool saveConnection( const QString &name, const QgsDataSourceUri &uri );
};

bool TestImportSeizureEventsAlgorithm::saveConnection( const QString &name, const QgsDataSourceUri &uri )
{
  QgsProviderMetadata *postgres = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
  if ( !postgres )
    return false;
  // As with the Browser's "Store" boxes ticked: a login given is kept in the connection.
  const QVariantMap configuration = { { QStringLiteral( "saveUsername" ), true },
                                      { QStringLiteral( "savePassword" ), true } };
  std::unique_ptr<QgsAbstractProviderConnection> connection(
      postgres->createConnection( uri.uri( false ), configuration ) );
  postgres->saveConnection( connection.get(), name );
  return true;
}

QVariantMap TestImportSeizureEventsAlgorithm::run( const QVariantMap &parameters, RecordingFeedback &feedback, bool *ok,
                                                   QString *failure, QgsProject *project )
{
  ImportSeizureEventsAlgorithm prototype( QStringLiteral( PSA_DATA_GPKG ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  QgsProcessingContext context;
  context.setProject( project );
  *ok = false;
  try
  {
    const QVariantMap results = algorithm->run( parameters, context, &feedback, ok );
    return results;
  }
  catch ( const QgsProcessingException &exception )
  {
    *failure = exception.what();
  }
  return QVariantMap();
}

void TestImportSeizureEventsAlgorithm::imports()
{
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = false;
  QString failure;
  const QVariantMap results =
      run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) },
             { QStringLiteral( "MAPPING" ), QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ) },
             { QStringLiteral( "OUTPUT" ), output } },
           feedback, &ok, &failure );
  QVERIFY2( ok, qPrintable( failure + feedback.errors.join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "EVENTS" ) ).toLongLong(), 1LL );
  QCOMPARE( results.value( QStringLiteral( "OUTPUT" ) ).toString(), output );
  QVERIFY( QFileInfo::exists( output ) );
}

void TestImportSeizureEventsAlgorithm::refusesAndReportsEveryProblem()
{
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = true;
  QString failure;
  run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ) },
         { QStringLiteral( "OUTPUT" ), output } },
       feedback, &ok, &failure );
  QVERIFY( !ok );
  const QString log = feedback.errors.join( '\n' );
  QVERIFY2( log.contains( QStringLiteral( "unknown_port.csv:2: column 'port': 'Antwerpe' is no port of the atlas" ) ),
            qPrintable( log ) );
  QVERIFY2( log.contains( QStringLiteral( "unknown_port.csv:4: column 'port': 'XXQQQ'" ) ), qPrintable( log ) );
  QVERIFY2( log.contains( QStringLiteral( "Antwerp (BEANR)" ) ), qPrintable( log ) );
  QVERIFY( !QFileInfo::exists( output ) );
  QVERIFY( QDir( dir.path() ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

void TestImportSeizureEventsAlgorithm::readingOptions()
{
  // 1.500 kg with no other sign of the decimal mark: refused by default, 1500 kg with DECIMAL = comma.
  const QString input = QStringLiteral( PSA_TEST_DATA_DIR "/import-dialects/ambiguous_quantity.csv" );
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback refusedFeedback;
  bool ok = true;
  QString failure;
  run( { { QStringLiteral( "INPUT" ), input },
         { QStringLiteral( "OUTPUT" ), output },
         { QStringLiteral( "ADD_LAYERS" ), false } },
       refusedFeedback, &ok, &failure );
  QVERIFY( !ok );
  QVERIFY2( refusedFeedback.errors.join( '\n' ).contains(
                QStringLiteral( "'1.500' could be 1.5 (decimal point) or 1500 (decimal comma)" ) ),
            qPrintable( refusedFeedback.errors.join( '\n' ) ) );
  QVERIFY( !QFileInfo::exists( output ) );

  RecordingFeedback feedback;
  const QVariantMap results = run( { { QStringLiteral( "INPUT" ), input },
                                     { QStringLiteral( "OUTPUT" ), output },
                                     { QStringLiteral( "DECIMAL" ), 1 },
                                     { QStringLiteral( "DELIMITER" ), 1 },
                                     { QStringLiteral( "ENCODING" ), QStringLiteral( "UTF-8" ) },
                                     { QStringLiteral( "ADD_LAYERS" ), false } },
                                   feedback, &ok, &failure );
  QVERIFY2( ok, qPrintable( failure + feedback.errors.join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "EVENTS" ) ).toLongLong(), 2LL );
  std::unique_ptr<GDALDataset> gpkg(
      GDALDataset::Open( output.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY ) );
  QVERIFY( gpkg );
  OGRLayer *sum = gpkg->ExecuteSQL( "SELECT SUM(tonnes) FROM seizure_events", nullptr, nullptr );
  std::unique_ptr<OGRFeature> row( sum->GetNextFeature() );
  // 1500 kg + 2500 kg, to the gram.
  QCOMPARE( QString::number( row->GetFieldAsDouble( 0 ), 'f', 6 ), QStringLiteral( "4.000000" ) );
  row.reset();
  gpkg->ReleaseResultSet( sum );
}

void TestImportSeizureEventsAlgorithm::addsGeoPackageLayersToProject()
{
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = false;
  QString failure;
  QgsProject project;
  run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) },
         { QStringLiteral( "MAPPING" ), QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ) },
         { QStringLiteral( "OUTPUT" ), output } },
       feedback, &ok, &failure, &project );
  QVERIFY2( ok, qPrintable( failure + feedback.errors.join( '\n' ) ) );
  QgsLayerTreeGroup *group = project.layerTreeRoot()->findGroup( ImportedLayerSet::GROUP_NAME );
  QVERIFY( group );
  QCOMPARE( group->findLayers().size(), 3 );
  QCOMPARE( project.count(), 3 );
}

void TestImportSeizureEventsAlgorithm::refusesWithoutOneTarget()
{
  RecordingFeedback feedback;
  bool ok = true;
  QString failure;
  run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) } }, feedback,
       &ok, &failure );
  QVERIFY( !ok );
  const QString log = failure + feedback.errors.join( '\n' );
  QVERIFY2( log.contains( QStringLiteral( "GeoPackage or a PostGIS connection" ) ), qPrintable( log ) );
}

void TestImportSeizureEventsAlgorithm::refusesConnectionWithStoredPassword()
{
  // Refused before anything is opened, so no server is needed: the name alone shows nothing was written.
  QgsDataSourceUri uri;
  uri.setConnection( QStringLiteral( "127.0.0.1" ), QStringLiteral( "1" ), QStringLiteral( "atlas" ),
                     QStringLiteral( "analyst" ), QStringLiteral( "secret" ) );
  QVERIFY( saveConnection( QStringLiteral( "psa stored password" ), uri ) );
  RecordingFeedback feedback;
  bool ok = true;
  QString failure;
  QgsProject project;
  run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) },
         { QStringLiteral( "MAPPING" ), QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ) },
         { QStringLiteral( "CONNECTION" ), QStringLiteral( "psa stored password" ) } },
       feedback, &ok, &failure, &project );
  QVERIFY( !ok );
  const QString log = failure + feedback.errors.join( '\n' );
  QVERIFY2( log.contains( QStringLiteral( "authentication configuration" ) ) &&
                log.contains( QStringLiteral( "psa stored password" ) ),
            qPrintable( log ) );
  QCOMPARE( project.count(), 0 );
}

void TestImportSeizureEventsAlgorithm::importsIntoPostgisWithoutStoredLogin()
{
  const QString server = qEnvironmentVariable( "PSA_TEST_POSTGIS" );
  if ( server.isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  const QString schema = QStringLiteral( "psa_algorithm_test" );
  GDALAllRegister();
  std::unique_ptr<GDALDataset> admin(
      GDALDataset::Open( ( QStringLiteral( "PG:" ) + server ).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
  QVERIFY2( admin, "PSA_TEST_POSTGIS is set but the server cannot be reached" );
  admin->ReleaseResultSet( admin->ExecuteSQL(
      QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1" ).arg( schema ).toUtf8().constData(),
      nullptr, nullptr ) );

  // A connection as the Browser saves it, without a login: the throw-away server trusts local
  // connections and libpq takes the user from PGUSER (a team's connection names an authcfg instead;
  // storing one here would need QGIS's auth manager header, which needs QtKeychain's headers).
  QgsDataSourceUri uri( server );
  qputenv( "PGUSER", uri.username().toUtf8() );
  uri.setUsername( QString() );
  uri.setPassword( QString() );
  QVERIFY( saveConnection( QStringLiteral( "psa team" ), uri ) );

  RecordingFeedback feedback;
  bool ok = false;
  QString failure;
  QgsProject project;
  const QVariantMap results =
      run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) },
             { QStringLiteral( "MAPPING" ), QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ) },
             { QStringLiteral( "CONNECTION" ), QStringLiteral( "psa team" ) },
             { QStringLiteral( "SCHEMA" ), schema } },
           feedback, &ok, &failure, &project );
  QVERIFY2( ok, qPrintable( failure + feedback.errors.join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "EVENTS" ) ).toLongLong(), 1LL );

  // Written into the schema, and added to the project from there, with no login in the project.
  const QList<QgsMapLayer *> layers = project.mapLayers().values();
  QCOMPARE( layers.size(), 3 );
  for ( QgsMapLayer *layer : layers )
  {
    QCOMPARE( layer->providerType(), QStringLiteral( "postgres" ) );
    QVERIFY2( layer->source().contains( schema ), qPrintable( layer->source() ) );
    QVERIFY2( !layer->source().contains( QStringLiteral( "user=" ) ) &&
                  !layer->source().contains( QStringLiteral( "password=" ) ),
              qPrintable( layer->source() ) );
  }
  QgsVectorLayer *events =
      qobject_cast<QgsVectorLayer *>( project.mapLayersByName( QStringLiteral( "My seizure events" ) ).value( 0 ) );
  QVERIFY( events && events->isValid() );
  QCOMPARE( iteratedFeatureCount( events ), 1LL );
  admin->ReleaseResultSet( admin->ExecuteSQL(
      QStringLiteral( "DROP SCHEMA %1 CASCADE" ).arg( schema ).toUtf8().constData(), nullptr, nullptr ) );
}

PSA_QGIS_TEST_MAIN( TestImportSeizureEventsAlgorithm )
#include "testimportseizureeventsalgorithm.moc"
