/***************************************************************************
  testimportedlayerset.cpp
  Port Seizure Atlas: imported events as plugin layers the panel filters, beside the shipped ones
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "importedlayerset.h"
#include "importedportyearsstyle.h"
#include "iteratedfeaturecount.h"
#include "qgistestmain.h"
#include "readonlygeopackagesource.h"
#include "seizureeventimporter.h"

#include <QTemporaryDir>
#include <gdal_priv.h>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <memory>

class TestImportedLayerSet : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void panelFiltersImportedLayers();
    void shippedLayersStillAdded();
    void notAnImport();
    void importByAnEarlierVersionOpens();
    void credentialsRefused();
    void oneCirclePerPortOverYearsGeoPackage();
    void oneCirclePerPortOverYearsPostgis();

  private:
    //! What the map draws for one port: its feature and the circle size in mm.
    struct DrawnPort
    {
        QgsFeature feature;
        double size = 0;
        int circles = 0;
    };
    static QMap<QString, DrawnPort> drawnPorts( QgsVectorLayer *layer );
    static void checkYearRangeMap( QgsProject *project, QgsVectorLayer *portYears );
    static void checkOneCirclePerPort( QgsVectorLayer *portYears );
    QString writeRangeCsv();
    QTemporaryDir mDir;
    QString mGeoPackage;
};

void TestImportedLayerSet::initTestCase()
{
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  QVERIFY2( ports.size() > 0, qPrintable( error ) );
  const QString csv = mDir.filePath( QStringLiteral( "events.csv" ) );
  QFile file( csv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n"
              "2021-03-12,BEANR,ECGYE,EC,cocaine,1500,kg\n"
              "2021-06-01,BEANR,,CO,cocaine,2,t\n"
              "2022-01-05,Rotterdam,,CO,cocaine,2.5,t\n"
              "2022-02-05,Hamburg,,EC,cocaine,,\n" );
  file.close();
  mGeoPackage = mDir.filePath( QStringLiteral( "events.gpkg" ) );
  const ImportReport report = SeizureEventImporter( ports ).run( csv, EventColumnMapping(), mGeoPackage, false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
}

void TestImportedLayerSet::panelFiltersImportedLayers()
{
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, mGeoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QCOMPARE( result.added.size(), 3 );
  QgsVectorLayer *portYears = result.added.at( 0 );
  QgsVectorLayer *events = result.added.at( 1 );
  QVERIFY( portYears->isSpatial() );
  QCOMPARE( iteratedFeatureCount( portYears ), 3LL );
  QCOMPARE( iteratedFeatureCount( events ), 4LL );

  AtlasFilterController controller( &project );
  AtlasFilter filter;
  filter.setYears( 2021, 2021 );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( portYears ), 1LL );
  QCOMPARE( iteratedFeatureCount( events ), 2LL );
  QgsFeature antwerp2021;
  QVERIFY( portYears->getFeatures().nextFeature( antwerp2021 ) );
  QCOMPARE( antwerp2021.attribute( QStringLiteral( "port_locode" ) ).toString(), QStringLiteral( "BEANR" ) );
  QCOMPARE( antwerp2021.attribute( QStringLiteral( "tonnes" ) ).toDouble(), 3.5 );

  filter.setYears( 2022, 2022 );
  filter.setDestinationCountries( { QStringLiteral( "DE" ) } );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( portYears ), 1LL );
  QgsFeature hamburg;
  QVERIFY( portYears->getFeatures().nextFeature( hamburg ) );
  // No quantity known: NULL, never 0.
  QVERIFY( hamburg.attribute( QStringLiteral( "tonnes" ) ).isNull() );

  filter = AtlasFilter();
  filter.setOriginCountries( { QStringLiteral( "CO" ) } );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( events ), 2LL );
}

void TestImportedLayerSet::shippedLayersStillAdded()
{
  QgsProject project;
  QVERIFY( ImportedLayerSet::addGeoPackage( &project, mGeoPackage ).errors.isEmpty() );
  // The imported layers are tagged like seizure_figures and inbound_routes, yet never taken for them.
  QVERIFY( !AtlasLayerSet::findLayer( &project, QStringLiteral( "seizure_figures" ) ) );
  const AtlasLayerSet::Result shipped = AtlasLayerSet::addToProject( &project, QStringLiteral( PSA_DATA_GPKG ) );
  QVERIFY2( shipped.alreadyPresent.isEmpty(), qPrintable( shipped.alreadyPresent.join( ',' ) ) );
  QgsVectorLayer *figures = AtlasLayerSet::findLayer( &project, QStringLiteral( "seizure_figures" ) );
  QVERIFY( figures );
  QCOMPARE( ReadOnlyGeoPackageSource::fileOfLayerSource( figures->source() ), QStringLiteral( PSA_DATA_GPKG ) );
}

void TestImportedLayerSet::notAnImport()
{
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, QStringLiteral( PSA_DATA_GPKG ) );
  QCOMPARE( result.added.size(), 0 );
  QVERIFY( !result.errors.isEmpty() );
  QVERIFY2( result.errors.first().contains( QStringLiteral( "seizure_" ) ), qPrintable( result.errors.first() ) );
  QCOMPARE( project.count(), 0 );
}

void TestImportedLayerSet::importByAnEarlierVersionOpens()
{
  // Imports made before the routes were drawn have no seizure_routes table.
  const QString older = mDir.filePath( QStringLiteral( "older.gpkg" ) );
  QVERIFY( QFile::copy( mGeoPackage, older ) );
  QFile::setPermissions( older, QFile::ReadOwner | QFile::WriteOwner );
  {
    std::unique_ptr<QgsAbstractDatabaseProviderConnection> connection(
        static_cast<QgsAbstractDatabaseProviderConnection *>( QgsProviderRegistry::instance()
                                                                  ->providerMetadata( QStringLiteral( "ogr" ) )
                                                                  ->createConnection( older, QVariantMap() ) ) );
    QVERIFY( connection );
    connection->dropVectorTable( QString(), QStringLiteral( "seizure_routes" ) );
  }
  QVERIFY( !QgsVectorLayer( QStringLiteral( "%1|layername=seizure_routes" ).arg( older ), QStringLiteral( "gone" ),
                            QStringLiteral( "ogr" ) )
                .isValid() );

  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, older );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QCOMPARE( result.added.size(), 2 );
  QCOMPARE( result.notes.size(), 1 );
  QVERIFY2( result.notes.first().contains( QStringLiteral( "seizure_routes" ) ) &&
                result.notes.first().contains( QStringLiteral( "import the file again" ) ),
            qPrintable( result.notes.first() ) );
  AtlasFilterController controller( &project );
  QCOMPARE( controller.data().years(), ( QList<int>{ 2021, 2022 } ) );
}

void TestImportedLayerSet::credentialsRefused()
{
  QgsProject project;
  QgsDataSourceUri uri;
  uri.setConnection( QStringLiteral( "127.0.0.1" ), QStringLiteral( "5432" ), QStringLiteral( "atlas" ),
                     QStringLiteral( "analyst" ), QStringLiteral( "secret" ) );
  const ImportedLayerSet::Result result = ImportedLayerSet::addPostgres( &project, uri );
  QVERIFY( result.added.isEmpty() );
  QVERIFY2( result.errors.value( 0 ).contains( QStringLiteral( "authentication configuration" ) ),
            qPrintable( result.errors.value( 0 ) ) );
  QCOMPARE( project.count(), 0 );
}

QString TestImportedLayerSet::writeRangeCsv()
{
  // Antwerp in 2018 (outside the range), 2019, twice in 2021 (once without quantity) and 2023;
  // Rotterdam in 2020; Hamburg in 2022 without quantity.
  const QString csv = mDir.filePath( QStringLiteral( "range.csv" ) );
  QFile file( csv );
  if ( !file.open( QIODevice::WriteOnly ) )
    return QString();
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n"
              "2018-05-01,BEANR,,CO,cocaine,100,t\n"
              "2019-05-01,BEANR,,CO,cocaine,10,t\n"
              "2021-05-01,BEANR,,CO,cocaine,20000,kg\n"
              "2021-06-01,BEANR,,CO,cocaine,,\n"
              "2023-05-01,BEANR,,EC,cocaine,30,t\n"
              "2020-05-01,NLRTM,,EC,cocaine,40,t\n"
              "2022-05-01,DEHAM,,EC,cocaine,,\n" );
  return csv;
}

QMap<QString, TestImportedLayerSet::DrawnPort> TestImportedLayerSet::drawnPorts( QgsVectorLayer *layer )
{
  // As the map renderer and the identify tool ask the layer's renderer.
  QgsRenderContext context;
  context.setExpressionContext( QgsExpressionContext( QgsExpressionContextUtils::globalProjectLayerScopes( layer ) ) );
  std::unique_ptr<QgsFeatureRenderer> renderer( layer->renderer()->clone() );
  renderer->startRender( context, layer->fields() );
  QMap<QString, DrawnPort> drawn;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    context.expressionContext().setFeature( feature );
    if ( !renderer->willRenderFeature( feature, context ) )
      continue;
    const QString port = feature.attribute( QStringLiteral( "port_locode" ) ).toString();
    DrawnPort &circle = drawn[port];
    if ( ++circle.circles > 1 )
      continue;
    const QgsSymbolList symbols = renderer->symbolsForFeature( feature, context );
    const QgsMarkerSymbol *marker = symbols.isEmpty() ? nullptr : dynamic_cast<QgsMarkerSymbol *>( symbols.first() );
    const QgsProperty size = marker ? marker->dataDefinedSize() : QgsProperty();
    circle.feature = feature;
    circle.size = size.isActive() ? size.valueAsDouble( context.expressionContext(), 0 ) : 0;
  }
  renderer->stopRender( context );
  return drawn;
}

void TestImportedLayerSet::checkOneCirclePerPort( QgsVectorLayer *portYears )
{
  QCOMPARE( iteratedFeatureCount( portYears ), 5LL ); // the provider still serves one row per port and year
  const QMap<QString, DrawnPort> drawn = drawnPorts( portYears );
  QCOMPARE( drawn.keys(),
            QStringList( { QStringLiteral( "BEANR" ), QStringLiteral( "DEHAM" ), QStringLiteral( "NLRTM" ) } ) );
  for ( const DrawnPort &port : drawn )
    QCOMPARE( port.circles, 1 );

  const QgsFeature antwerp = drawn.value( QStringLiteral( "BEANR" ) ).feature;
  QCOMPARE( antwerp.attribute( ImportedPortYearsStyle::SELECTED_TONNES_FIELD ).toDouble(),
            60.0 ); // 10 + 20 + 30, not 2018's 100
  QCOMPARE( antwerp.attribute( ImportedPortYearsStyle::SELECTED_YEARS_FIELD ).toString(),
            QStringLiteral( "2019, 2021, 2023" ) );
  QCOMPARE( antwerp.attribute( ImportedPortYearsStyle::SELECTED_EVENTS_FIELD ).toInt(), 4 );
  QCOMPARE( antwerp.attribute( ImportedPortYearsStyle::SELECTED_EVENTS_WITH_QUANTITY_FIELD ).toInt(), 3 );
  // Area by tonnes per year shown (5 years), on the scale of the shipped ports style.
  // ports.qml: max(2, 1.3 * sqrt(t a year)) mm.
  const double antwerpSize = drawn.value( QStringLiteral( "BEANR" ) ).size;
  QVERIFY2( qAbs( antwerpSize - 1.3 * std::sqrt( 60.0 / 5 ) ) < 1e-6, qPrintable( QString::number( antwerpSize ) ) );
  const double rotterdamSize = drawn.value( QStringLiteral( "NLRTM" ) ).size;
  QVERIFY2( qAbs( rotterdamSize - 1.3 * std::sqrt( 40.0 / 5 ) ) < 1e-6,
            qPrintable( QString::number( rotterdamSize ) ) );

  const QgsFeature hamburg = drawn.value( QStringLiteral( "DEHAM" ) ).feature;
  QVERIFY( hamburg.attribute( ImportedPortYearsStyle::SELECTED_TONNES_FIELD ).isNull() ); // unknown, not 0 t
  QCOMPARE( hamburg.attribute( ImportedPortYearsStyle::SELECTED_EVENTS_WITH_QUANTITY_FIELD ).toInt(), 0 );

  // The map tip (hover, identify) tells the sum, the years and the events.
  QgsExpressionContext context( QgsExpressionContextUtils::globalProjectLayerScopes( portYears ) );
  context.setFeature( antwerp );
  const QString tip = QgsExpression::replaceExpressionText( portYears->mapTipTemplate(), &context );
  QVERIFY2( tip.contains( QStringLiteral( "60.0 t" ) ) && tip.contains( QStringLiteral( "2019, 2021, 2023" ) ) &&
                tip.contains( QStringLiteral( "4 events, 3 with a known quantity" ) ),
            qPrintable( tip ) );
  context.setFeature( hamburg );
  const QString unknownTip = QgsExpression::replaceExpressionText( portYears->mapTipTemplate(), &context );
  QVERIFY2( unknownTip.contains( QStringLiteral( "No quantity known" ) ), qPrintable( unknownTip ) );
}

void TestImportedLayerSet::checkYearRangeMap( QgsProject *project, QgsVectorLayer *portYears )
{
  AtlasFilterController controller( project );
  AtlasFilter filter;
  filter.setYears( 2019, 2023 );
  controller.setFilter( filter );
  checkOneCirclePerPort( portYears );
  if ( QTest::currentTestFailed() )
    return;

  // Saved and read again: the same map, drawn from the project alone.
  const QString projectFile =
      QDir( QDir::tempPath() )
          .filePath( QStringLiteral( "psa-imported-range-%1.qgz" ).arg( QCoreApplication::applicationPid() ) );
  QVERIFY( project->write( projectFile ) );
  QgsProject reopened;
  AtlasFilterController reopenedController( &reopened );
  QVERIFY( reopened.read( projectFile ) );
  QFile::remove( projectFile );
  QgsVectorLayer *reloaded = nullptr;
  for ( QgsMapLayer *layer : reopened.mapLayers() )
  {
    if ( layer->name() == portYears->name() )
      reloaded = qobject_cast<QgsVectorLayer *>( layer );
  }
  QVERIFY( reloaded && reloaded->isValid() );
  checkOneCirclePerPort( reloaded );
}

void TestImportedLayerSet::oneCirclePerPortOverYearsGeoPackage()
{
  const QString csv = writeRangeCsv();
  const QString geoPackage = mDir.filePath( QStringLiteral( "range.gpkg" ) );
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  const ImportReport report = SeizureEventImporter( ports ).run( csv, EventColumnMapping(), geoPackage, false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, geoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  checkYearRangeMap( &project, result.added.at( 0 ) );
}

void TestImportedLayerSet::oneCirclePerPortOverYearsPostgis()
{
  const QString connection = qEnvironmentVariable( "PSA_TEST_POSTGIS" );
  if ( connection.isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  const QString schema = QStringLiteral( "psa_imported_layers_test" );
  std::unique_ptr<GDALDataset> admin( GDALDataset::Open( ( QStringLiteral( "PG:" ) + connection ).toUtf8().constData(),
                                                         GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
  QVERIFY2( admin, "PSA_TEST_POSTGIS is set but the server cannot be reached" );
  admin->ReleaseResultSet( admin->ExecuteSQL(
      QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1" ).arg( schema ).toUtf8().constData(),
      nullptr, nullptr ) );

  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  const ImportReport report =
      SeizureEventImporter( ports ).run( writeRangeCsv(), EventColumnMapping(),
                                         QStringLiteral( "PG:%1 active_schema=%2" ).arg( connection, schema ), true );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  // The throw-away server trusts local connections; libpq takes the user from PGUSER, so the
  // layers' URI holds no credentials (a team's would carry an authcfg id).
  QgsDataSourceUri uri( connection );
  qputenv( "PGUSER", uri.username().toUtf8() );
  uri.setUsername( QString() );
  uri.setPassword( QString() );
  uri.setSchema( schema );
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addPostgres( &project, uri );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  checkYearRangeMap( &project, result.added.at( 0 ) );
  admin->ReleaseResultSet( admin->ExecuteSQL(
      QStringLiteral( "DROP SCHEMA %1 CASCADE" ).arg( schema ).toUtf8().constData(), nullptr, nullptr ) );
}

PSA_QGIS_TEST_MAIN( TestImportedLayerSet )
#include "testimportedlayerset.moc"
