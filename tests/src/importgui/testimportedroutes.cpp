/***************************************************************************
  testimportedroutes.cpp
  Port Seizure Atlas: the sea-lane routes of an analyst's import (seizure_routes): lines from
  port to port that stay at sea, tonnes per year, NULL kept NULL, no line without an origin
  port, and the layer the panel filters.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasschema.h"
#include "importedlayerset.h"
#include "importedroutewriter.h"
#include "iteratedfeaturecount.h"
#include "qgistestmain.h"
#include "routelandcheck.h"
#include "seizureeventimporter.h"

#include <QTemporaryDir>
#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

class TestImportedRoutes : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void routesRunAtSeaFromPortToPort();
    void oneRowPerYearOriginAndPort();
    void noLineWithoutOriginPort();
    void missingNetworkLeavesRoutesUndrawn();
    void panelFiltersTheRoutesLayer();

  private:
    //! The rows of \a layer by "year origin->port" (origin empty when unknown).
    static QHash<QString, QgsFeature> rowsByKey( QgsVectorLayer *layer );

    QTemporaryDir mDir;
    PortGazetteer mPorts;
    QString mCsv;
    QString mGeoPackage;
    std::unique_ptr<QgsVectorLayer> mRoutes;
};

void TestImportedRoutes::initTestCase()
{
  QString error;
  mPorts = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  QVERIFY2( mPorts.size() > 0, qPrintable( error ) );
  mCsv = QStringLiteral( PSA_TEST_DATA_DIR "/import/routes.csv" );
  mGeoPackage = mDir.filePath( QStringLiteral( "events.gpkg" ) );
  const ImportReport report = SeizureEventImporter( mPorts ).run( mCsv, EventColumnMapping(), mGeoPackage, false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  // The row without an origin port is not hidden: the report says why it has no line.
  QVERIFY2( report.toText().contains( QStringLiteral( "only the origin country is known" ) ),
            qPrintable( report.toText() ) );
  mRoutes = std::make_unique<QgsVectorLayer>( mGeoPackage + QStringLiteral( "|layername=" ) +
                                                  AtlasSchema::SEIZURE_ROUTES_TABLE,
                                              QStringLiteral( "routes" ), QStringLiteral( "ogr" ) );
  QVERIFY( mRoutes->isValid() );
  QCOMPARE( mRoutes->geometryType(), QgsWkbTypes::LineGeometry );
  QCOMPARE( mRoutes->crs().authid(), QStringLiteral( "EPSG:4326" ) );
}

QHash<QString, QgsFeature> TestImportedRoutes::rowsByKey( QgsVectorLayer *layer )
{
  QHash<QString, QgsFeature> rows;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QString key = QStringLiteral( "%1 %2->%3" )
                            .arg( feature.attribute( QStringLiteral( "year" ) ).toString(),
                                  feature.attribute( QStringLiteral( "origin_locode" ) ).toString(),
                                  feature.attribute( QStringLiteral( "port_locode" ) ).toString() );
    rows.insert( key, feature );
  }
  return rows;
}

void TestImportedRoutes::routesRunAtSeaFromPortToPort()
{
  const RouteLandCheck landCheck;
  QVERIFY2( landCheck.isValid(), qPrintable( landCheck.worldMap() ) );
  int drawn = 0;
  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    if ( !route.hasGeometry() )
      continue;
    ++drawn;
    const QString name = route.attribute( QStringLiteral( "origin_locode" ) ).toString() + QStringLiteral( "->" ) +
                         route.attribute( QStringLiteral( "port_locode" ) ).toString();
    QCOMPARE( route.attribute( QStringLiteral( "geometry_status" ) ).toString(), ImportedRouteWriter::STATUS_DRAWN );
    const PortGazetteer::Port *origin =
        mPorts.portByLocode( route.attribute( QStringLiteral( "origin_locode" ) ).toString() );
    const PortGazetteer::Port *port =
        mPorts.portByLocode( route.attribute( QStringLiteral( "port_locode" ) ).toString() );
    QVERIFY( origin && port );
    const QgsPointXY originPosition( origin->longitude, origin->latitude );
    const QgsPointXY portPosition( port->longitude, port->latitude );
    const QgsPolylineXY line = route.geometry().asPolyline();
    QVERIFY2( line.size() > 10, qPrintable( name ) );
    // The line starts at the origin port and ends at the seizing port.
    const double startKm = landCheck.distance().measureLine( line.first(), originPosition ) / 1000.0;
    const double endKm = landCheck.distance().measureLine( line.last(), portPosition ) / 1000.0;
    QVERIFY2( startKm < 5 && endKm < 5,
              qPrintable( QStringLiteral( "%1 starts %2 km from the origin, ends %3 km from the port" )
                              .arg( name )
                              .arg( startKm )
                              .arg( endKm ) ) );
    const double landKm = landCheck.landKm( route.geometry(), originPosition, portPosition );
    QVERIFY2( landKm <= RouteLandCheck::TOLERATED_LAND_KM,
              qPrintable( QStringLiteral( "%1: %2 km over land" ).arg( name ).arg( landKm ) ) );
    // length_km is the length of the line drawn, and a sea route is longer than the great circle.
    const double lengthKm = route.attribute( QStringLiteral( "length_km" ) ).toDouble();
    QVERIFY( std::abs( landCheck.distance().measureLength( route.geometry() ) / 1000.0 - lengthKm ) <=
             0.001 * lengthKm );
    QVERIFY( lengthKm > landCheck.distance().measureLine( originPosition, portPosition ) / 1000.0 );
  }
  // ECGYE->BEANR in 2021 and 2022, COBUN->BEANR, BRSSZ->NLRTM.
  QCOMPARE( drawn, 4 );
}

void TestImportedRoutes::oneRowPerYearOriginAndPort()
{
  const QHash<QString, QgsFeature> rows = rowsByKey( mRoutes.get() );
  QCOMPARE( rows.size(), 5 );
  // Two events with a quantity in 2021: 1.5 t + 2 t.
  const QgsFeature guayaquil2021 = rows.value( QStringLiteral( "2021 ECGYE->BEANR" ) );
  QCOMPARE( guayaquil2021.attribute( QStringLiteral( "events" ) ).toInt(), 2 );
  QCOMPARE( guayaquil2021.attribute( QStringLiteral( "events_with_quantity" ) ).toInt(), 2 );
  QCOMPARE( guayaquil2021.attribute( QStringLiteral( "tonnes" ) ).toDouble(), 3.5 );
  QCOMPARE( guayaquil2021.attribute( QStringLiteral( "origin_country_iso2" ) ).toString(), QStringLiteral( "EC" ) );
  QCOMPARE( guayaquil2021.attribute( QStringLiteral( "dest_country_iso2" ) ).toString(), QStringLiteral( "BE" ) );
  // 2022: one event, quantity unknown: tonnes NULL, never 0; the same line as in 2021.
  const QgsFeature guayaquil2022 = rows.value( QStringLiteral( "2022 ECGYE->BEANR" ) );
  QCOMPARE( guayaquil2022.attribute( QStringLiteral( "events" ) ).toInt(), 1 );
  QCOMPARE( guayaquil2022.attribute( QStringLiteral( "events_with_quantity" ) ).toInt(), 0 );
  QVERIFY( guayaquil2022.attribute( QStringLiteral( "tonnes" ) ).isNull() );
  QVERIFY( guayaquil2022.geometry().equals( guayaquil2021.geometry() ) );
  // One known and one unknown quantity: the sum of what is known, and how many are known.
  const QgsFeature santos = rows.value( QStringLiteral( "2022 BRSSZ->NLRTM" ) );
  QCOMPARE( santos.attribute( QStringLiteral( "events" ) ).toInt(), 2 );
  QCOMPARE( santos.attribute( QStringLiteral( "events_with_quantity" ) ).toInt(), 1 );
  QCOMPARE( santos.attribute( QStringLiteral( "tonnes" ) ).toDouble(), 1.25 );
}

void TestImportedRoutes::noLineWithoutOriginPort()
{
  const QHash<QString, QgsFeature> rows = rowsByKey( mRoutes.get() );
  // Only the origin country is given: the row keeps its tonnes, but no line is invented.
  const QgsFeature colombia = rows.value( QStringLiteral( "2022 ->NLRTM" ) );
  QVERIFY( colombia.isValid() );
  QCOMPARE( colombia.attribute( QStringLiteral( "origin_country_iso2" ) ).toString(), QStringLiteral( "CO" ) );
  QCOMPARE( colombia.attribute( QStringLiteral( "tonnes" ) ).toDouble(), 2.5 );
  QVERIFY( !colombia.hasGeometry() );
  QVERIFY( colombia.attribute( QStringLiteral( "length_km" ) ).isNull() );
  const QString status = colombia.attribute( QStringLiteral( "geometry_status" ) ).toString();
  QVERIFY2( status.startsWith( QLatin1String( "not drawn: " ) ) &&
                status.contains( QStringLiteral( "origin country" ) ),
            qPrintable( status ) );
}

void TestImportedRoutes::missingNetworkLeavesRoutesUndrawn()
{
  QTemporaryDir emptyFolder;
  SeizureEventImporter importer( mPorts );
  importer.setSeaLanesFolder( emptyFolder.path() );
  const QString target = mDir.filePath( QStringLiteral( "no_network.gpkg" ) );
  const ImportReport report = importer.run( mCsv, EventColumnMapping(), target, false );
  // The events are imported; the report says the routes have no lines, and why.
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.eventsWritten, 7LL );
  QVERIFY2( report.toText().contains( QStringLiteral( "sea-lane network could not be loaded" ) ),
            qPrintable( report.toText() ) );
  QgsVectorLayer routes( target + QStringLiteral( "|layername=" ) + AtlasSchema::SEIZURE_ROUTES_TABLE,
                         QStringLiteral( "routes" ), QStringLiteral( "ogr" ) );
  QVERIFY( routes.isValid() );
  QCOMPARE( iteratedFeatureCount( &routes ), 5LL );
  QgsFeature route;
  QgsFeatureIterator it = routes.getFeatures();
  while ( it.nextFeature( route ) )
  {
    QVERIFY( !route.hasGeometry() );
    QVERIFY( route.attribute( QStringLiteral( "geometry_status" ) )
                 .toString()
                 .startsWith( QLatin1String( "not drawn: " ) ) );
  }
}

void TestImportedRoutes::panelFiltersTheRoutesLayer()
{
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, mGeoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QgsVectorLayer *routes = nullptr;
  QgsVectorLayer *points = nullptr;
  for ( QgsVectorLayer *layer : result.added )
  {
    if ( layer->source().endsWith( QStringLiteral( "layername=seizure_routes" ) ) )
      routes = layer;
    if ( layer->source().endsWith( QStringLiteral( "layername=seizure_port_years" ) ) )
      points = layer;
  }
  QVERIFY( routes && points );
  QCOMPARE( routes->name(), QStringLiteral( "My seizure routes" ) );
  QCOMPARE( routes->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString(), QStringLiteral( "inbound_routes" ) );
  QCOMPARE( routes->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).toString(), mGeoPackage );
  // Points are drawn above the lines.
  const QgsLayerTreeGroup *group = project.layerTreeRoot()->findGroup( ImportedLayerSet::GROUP_NAME );
  QVERIFY( group );
  const QList<QgsMapLayer *> order = group->checkedLayers();
  QVERIFY( order.indexOf( points ) >= 0 && order.indexOf( points ) < order.indexOf( routes ) );
  // As the shipped routes: wider for more tonnes, dashed where the tonnes are unknown.
  const auto *renderer = dynamic_cast<QgsSingleSymbolRenderer *>( routes->renderer() );
  QVERIFY( renderer && renderer->symbol() && renderer->symbol()->symbolLayerCount() == 1 );
  const QgsSymbolLayer *line = renderer->symbol()->symbolLayer( 0 );
  QgsExpressionContext context( QgsExpressionContextUtils::globalProjectLayerScopes( routes ) );
  const QHash<QString, QgsFeature> rows = rowsByKey( routes );
  auto style = [&]( const QString &row, QgsSymbolLayer::Property property ) {
    context.setFeature( rows.value( row ) );
    return line->dataDefinedProperties().property( property ).value( context );
  };
  QVERIFY( style( QStringLiteral( "2021 ECGYE->BEANR" ), QgsSymbolLayer::PropertyStrokeWidth ).toDouble() >
           style( QStringLiteral( "2021 COBUN->BEANR" ), QgsSymbolLayer::PropertyStrokeWidth ).toDouble() );
  QCOMPARE( style( QStringLiteral( "2021 ECGYE->BEANR" ), QgsSymbolLayer::PropertyStrokeStyle ).toString(),
            QStringLiteral( "solid" ) );
  QCOMPARE( style( QStringLiteral( "2022 ECGYE->BEANR" ), QgsSymbolLayer::PropertyStrokeStyle ).toString(),
            QStringLiteral( "dash" ) );

  QCOMPARE( iteratedFeatureCount( routes ), 5LL );
  AtlasFilterController controller( &project );
  AtlasFilter filter;
  filter.setYears( 2021, 2021 );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( routes ), 2LL );
  filter = AtlasFilter();
  filter.setOriginCountries( { QStringLiteral( "CO" ) } );
  controller.setFilter( filter );
  // COBUN->BEANR 2021 and the Colombian row without an origin port.
  QCOMPARE( iteratedFeatureCount( routes ), 2LL );
  filter = AtlasFilter();
  filter.setDestinationCountries( { QStringLiteral( "NL" ) } );
  filter.setYears( 2022, 2022 );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( routes ), 2LL );
}

PSA_QGIS_TEST_MAIN( TestImportedRoutes )
#include "testimportedroutes.moc"
