/***************************************************************************
  testinboundroutesatsea.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "layertables.h"
#include "qgistestmain.h"
#include "readonlygeopackagesource.h"
#include "routelandcheck.h"

#include <QFile>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

/**
 * \brief The routes the plugin ships follow sea lanes: checked with GEOS against the land of
 * QGIS's own world map, and their lengths against the reference lengths of the network.
 */
class TestInboundRoutesAtSea : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void everyShippedRouteStaysAtSea();
    void lengthsMatchTheReference();
    void noDocumentedRouteIsDropped();

  private:
    std::unique_ptr<QgsVectorLayer> mRoutes;
    std::unique_ptr<QgsVectorLayer> mPorts;
    std::unique_ptr<RouteLandCheck> mLandCheck;
};

void TestInboundRoutesAtSea::initTestCase()
{
  const QString geoPackage = QStringLiteral( PSA_DATA_GPKG );
  mRoutes = std::make_unique<QgsVectorLayer>(
      ReadOnlyGeoPackageSource::layerSource( geoPackage, QStringLiteral( "inbound_routes" ) ),
      QStringLiteral( "routes" ), QStringLiteral( "ogr" ) );
  mPorts =
      std::make_unique<QgsVectorLayer>( ReadOnlyGeoPackageSource::layerSource( geoPackage, QStringLiteral( "ports" ) ),
                                        QStringLiteral( "ports" ), QStringLiteral( "ogr" ) );
  mLandCheck = std::make_unique<RouteLandCheck>();
  QVERIFY2( mRoutes->isValid(), qPrintable( geoPackage ) );
  QVERIFY2( mPorts->isValid(), qPrintable( geoPackage ) );
  QVERIFY2( mLandCheck->isValid(), qPrintable( mLandCheck->worldMap() ) );
}

void TestInboundRoutesAtSea::everyShippedRouteStaysAtSea()
{
  QHash<QString, QgsPointXY> portPositions;
  QgsFeature port;
  QgsFeatureIterator ports = mPorts->getFeatures();
  while ( ports.nextFeature( port ) )
  {
    if ( port.hasGeometry() )
      portPositions.insert( port.attribute( QStringLiteral( "unlocode" ) ).toString(), port.geometry().asPoint() );
  }

  int checked = 0;
  QStringList overLand;
  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    if ( !route.hasGeometry() )
      continue;
    ++checked;
    // A line from an assumed origin (the source names only the country) leaves that country's main export port.
    const QVariant assumedOrigin = route.attribute( QStringLiteral( "assumed_origin_unlocode" ) );
    const QString origin = assumedOrigin.isNull() ? route.attribute( QStringLiteral( "origin_unlocode" ) ).toString()
                                                  : assumedOrigin.toString();
    const double landKm =
        mLandCheck->landKm( route.geometry(), portPositions.value( origin ),
                            portPositions.value( route.attribute( QStringLiteral( "dest_unlocode" ) ).toString() ) );
    if ( landKm > RouteLandCheck::TOLERATED_LAND_KM )
      overLand << QStringLiteral( "%1 %2 → %3: %4 km over land" )
                      .arg( route.attribute( QStringLiteral( "route_id" ) ).toString(),
                            route.attribute( QStringLiteral( "origin_name" ) ).toString(),
                            route.attribute( QStringLiteral( "dest_name" ) ).toString() )
                      .arg( landKm, 0, 'f', 1 );
  }
  QVERIFY2( checked >= 30, qPrintable( QStringLiteral( "only %1 routes have a line" ).arg( checked ) ) );
  QVERIFY2( overLand.isEmpty(), qPrintable( overLand.join( '\n' ) ) );
}

void TestInboundRoutesAtSea::lengthsMatchTheReference()
{
  QFile file( QStringLiteral( PSA_TEST_DATA_DIR ) + QStringLiteral( "/routing/route_reference.csv" ) );
  QVERIFY( file.open( QIODevice::ReadOnly | QIODevice::Text ) );
  QHash<QString, double> referenceKm;
  const QStringList lines = QString::fromUtf8( file.readAll() ).split( '\n', Qt::SkipEmptyParts );
  for ( const QString &line : lines.mid( 1 ) )
  {
    const QStringList fields = line.split( ',' );
    referenceKm.insert( fields.at( 0 ) + QStringLiteral( "->" ) + fields.at( 1 ), fields.at( 2 ).toDouble() );
  }

  int compared = 0;
  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    const QString pair = route.attribute( QStringLiteral( "origin_unlocode" ) ).toString() + QStringLiteral( "->" ) +
                         route.attribute( QStringLiteral( "dest_unlocode" ) ).toString();
    if ( !route.hasGeometry() || !referenceKm.contains( pair ) )
      continue;
    ++compared;
    const double expected = referenceKm.value( pair );
    const double networkKm = route.attribute( QStringLiteral( "network_km" ) ).toDouble();
    const double geodesicKm = route.attribute( QStringLiteral( "length_km" ) ).toDouble();
    QVERIFY2( std::abs( networkKm - expected ) <= 0.01 * expected,
              qPrintable( QStringLiteral( "%1: %2 km on the network, reference %3 km" )
                              .arg( pair )
                              .arg( networkKm )
                              .arg( expected ) ) );
    QVERIFY2(
        std::abs( geodesicKm - expected ) <= 0.01 * expected,
        qPrintable(
            QStringLiteral( "%1: %2 km geodesic, reference %3 km" ).arg( pair ).arg( geodesicKm ).arg( expected ) ) );
    // The stored length is the length of the stored line.
    QVERIFY( std::abs( mLandCheck->distance().measureLength( route.geometry() ) / 1000.0 - geodesicKm ) <=
             0.001 * geodesicKm );
  }
  QVERIFY2( compared >= 2, "no shipped route is in the reference table" );
}

void TestInboundRoutesAtSea::noDocumentedRouteIsDropped()
{
  // Every row of routes.csv is in the layer (besides the links of documented seizures, route_id DS…); a row without a
  // line says why.
  QgsFeatureRequest fromRoutesTable;
  fromRoutesTable.setFilterExpression( QStringLiteral( "\"route_id\" NOT LIKE 'DS%'" ) );
  int fromTable = 0;
  QgsFeature row;
  QgsFeatureIterator tableRows = mRoutes->getFeatures( fromRoutesTable );
  while ( tableRows.nextFeature( row ) )
    ++fromTable;
  QCOMPARE( fromTable, layerTableRowCount( QStringLiteral( "routes.csv" ) ) );

  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    const QString status = route.attribute( QStringLiteral( "geometry_status" ) ).toString();
    QVERIFY2( route.hasGeometry() == ( status == QLatin1String( "drawn" ) ),
              qPrintable( route.attribute( QStringLiteral( "route_id" ) ).toString() + ": " + status ) );
    if ( !route.hasGeometry() )
      QVERIFY2( status.startsWith( QLatin1String( "not drawn: " ) ) && status.size() > 20, qPrintable( status ) );
  }
}

PSA_QGIS_TEST_MAIN( TestInboundRoutesAtSea )
#include "testinboundroutesatsea.moc"
