/***************************************************************************
  testinboundroutesatsea.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "layertables.h"
#include "qgistestmain.h"

#include <QFile>
#include <QtMath>
#include <qgsdistancearea.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsspatialindex.h>
#include <qgsvectorlayer.h>

namespace
{
  //! Where a route may legitimately run over the generalised land of the world map.
  struct Exemption
  {
      QString name;
      QgsRectangle area;
  };

  //! Ship canals and narrow straits that the 1:10m generalised coastline closes.
  const QList<Exemption> CANALS_AND_STRAITS = {
      { QStringLiteral( "Panama Canal" ), QgsRectangle( -80.0, 8.85, -79.45, 9.45 ) },
      { QStringLiteral( "Suez Canal" ), QgsRectangle( 32.2, 29.85, 32.65, 31.35 ) },
      { QStringLiteral( "Bosporus and Dardanelles" ), QgsRectangle( 26.0, 39.9, 29.3, 41.35 ) },
  };

  //! Radius around each end port within which the port approach (estuaries, harbour basins) may cross land.
  constexpr double PORT_APPROACH_KM = 150.0;
  //! Land allowed outside the exemptions, per route (coastline generalisation), in km.
  constexpr double TOLERATED_LAND_KM = 1.0;

  QgsGeometry circleAround( const QgsPointXY &point, double radiusKm )
  {
    // Degrees of longitude shrink with latitude; over-cover a little rather than under-cover.
    const double radiusDegrees = radiusKm / 111.32 / std::max( 0.2, std::cos( qDegreesToRadians( point.y() ) ) );
    return QgsGeometry::fromPointXY( point ).buffer( radiusDegrees, 36 );
  }
} // namespace

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
    std::unique_ptr<QgsVectorLayer> mCountries;
    QgsDistanceArea mDistance;
};

void TestInboundRoutesAtSea::initTestCase()
{
  const QString geoPackage = QStringLiteral( PSA_DATA_GPKG );
  mRoutes = std::make_unique<QgsVectorLayer>( geoPackage + QStringLiteral( "|layername=inbound_routes" ), QStringLiteral( "routes" ), QStringLiteral( "ogr" ) );
  mPorts = std::make_unique<QgsVectorLayer>( geoPackage + QStringLiteral( "|layername=ports" ), QStringLiteral( "ports" ), QStringLiteral( "ogr" ) );
  const QString worldMap = QgsApplication::pkgDataPath() + QStringLiteral( "/resources/data/world_map.gpkg" );
  mCountries = std::make_unique<QgsVectorLayer>( worldMap + QStringLiteral( "|layername=countries" ), QStringLiteral( "countries" ), QStringLiteral( "ogr" ) );
  QVERIFY2( mRoutes->isValid(), qPrintable( geoPackage ) );
  QVERIFY2( mPorts->isValid(), qPrintable( geoPackage ) );
  QVERIFY2( mCountries->isValid() && mCountries->featureCount() > 200, qPrintable( worldMap ) );
  mDistance.setEllipsoid( QStringLiteral( "WGS84" ) );
  mDistance.setSourceCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), QgsProject::instance()->transformContext() );
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

  QHash<QgsFeatureId, QgsGeometry> land;
  QgsFeature country;
  QgsFeatureIterator countries = mCountries->getFeatures();
  while ( countries.nextFeature( country ) )
    land.insert( country.id(), country.geometry() );
  const QgsSpatialIndex landIndex( mCountries->getFeatures() );

  int checked = 0;
  QStringList overLand;
  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    if ( !route.hasGeometry() )
      continue;
    ++checked;
    const QgsGeometry line = route.geometry();
    QgsGeometry exempt = circleAround( portPositions.value( route.attribute( QStringLiteral( "origin_unlocode" ) ).toString() ), PORT_APPROACH_KM )
                             .combine( circleAround( portPositions.value( route.attribute( QStringLiteral( "dest_unlocode" ) ).toString() ), PORT_APPROACH_KM ) );
    for ( const Exemption &exemption : CANALS_AND_STRAITS )
      exempt = exempt.combine( QgsGeometry::fromRect( exemption.area ) );

    double landKm = 0;
    for ( const QgsFeatureId id : landIndex.intersects( line.boundingBox() ) )
    {
      const QgsGeometry onLand = line.intersection( land.value( id ) );
      if ( !onLand.isEmpty() )
        landKm += mDistance.measureLength( onLand.difference( exempt ) ) / 1000.0;
    }
    if ( landKm > TOLERATED_LAND_KM )
      overLand << QStringLiteral( "%1 %2 → %3: %4 km over land" )
                      .arg( route.attribute( QStringLiteral( "route_id" ) ).toString(), route.attribute( QStringLiteral( "origin_name" ) ).toString(),
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
    const QString pair = route.attribute( QStringLiteral( "origin_unlocode" ) ).toString() + QStringLiteral( "->" ) + route.attribute( QStringLiteral( "dest_unlocode" ) ).toString();
    if ( !route.hasGeometry() || !referenceKm.contains( pair ) )
      continue;
    ++compared;
    const double expected = referenceKm.value( pair );
    const double networkKm = route.attribute( QStringLiteral( "network_km" ) ).toDouble();
    const double geodesicKm = route.attribute( QStringLiteral( "length_km" ) ).toDouble();
    QVERIFY2( std::abs( networkKm - expected ) <= 0.01 * expected, qPrintable( QStringLiteral( "%1: %2 km on the network, reference %3 km" ).arg( pair ).arg( networkKm ).arg( expected ) ) );
    QVERIFY2( std::abs( geodesicKm - expected ) <= 0.01 * expected, qPrintable( QStringLiteral( "%1: %2 km geodesic, reference %3 km" ).arg( pair ).arg( geodesicKm ).arg( expected ) ) );
    // The stored length is the length of the stored line.
    QVERIFY( std::abs( mDistance.measureLength( route.geometry() ) / 1000.0 - geodesicKm ) <= 0.001 * geodesicKm );
  }
  QVERIFY2( compared >= 2, "no shipped route is in the reference table" );
}

void TestInboundRoutesAtSea::noDocumentedRouteIsDropped()
{
  // Every row of routes.csv is in the layer; a row without a line says why.
  QCOMPARE( static_cast<int>( mRoutes->featureCount() ), layerTableRowCount( QStringLiteral( "routes.csv" ) ) );

  QgsFeature route;
  QgsFeatureIterator routes = mRoutes->getFeatures();
  while ( routes.nextFeature( route ) )
  {
    const QString status = route.attribute( QStringLiteral( "geometry_status" ) ).toString();
    QVERIFY2( route.hasGeometry() == ( status == QLatin1String( "drawn" ) ), qPrintable( route.attribute( QStringLiteral( "route_id" ) ).toString() + ": " + status ) );
    if ( !route.hasGeometry() )
      QVERIFY2( status.startsWith( QLatin1String( "not drawn: " ) ) && status.size() > 20, qPrintable( status ) );
  }
}

PSA_QGIS_TEST_MAIN( TestInboundRoutesAtSea )
#include "testinboundroutesatsea.moc"
