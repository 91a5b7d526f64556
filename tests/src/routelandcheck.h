/***************************************************************************
  routelandcheck.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ROUTELANDCHECK_H
#define ROUTELANDCHECK_H

#include "readonlygeopackagesource.h"
#include <QHash>
#include <QList>
#include <QString>
#include <QtMath>
#include <qgsapplication.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsdistancearea.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsspatialindex.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <memory>

/**
 * \brief Measures with GEOS how much of a sea route runs over the land of QGIS's own world map
 * (Natural Earth 1:10m, generalised), outside the port approaches and the ship canals and narrow
 * straits that the generalised coastline closes. Shared by the tests of the shipped routes and of
 * the routes of an import.
 */
class RouteLandCheck
{
  public:
    //! Radius around each end port within which the port approach (estuaries, harbour basins) may cross land.
    static constexpr double PORT_APPROACH_KM = 150.0;
    //! Land allowed outside the exemptions, per route (coastline generalisation), in km.
    static constexpr double TOLERATED_LAND_KM = 1.0;

    //! Loads the countries of the world map QGIS ships (found through QgsApplication).
    RouteLandCheck()
    {
      mWorldMap = QgsApplication::pkgDataPath() + QStringLiteral( "/resources/data/world_map.gpkg" );
      mCountries = std::make_unique<QgsVectorLayer>(
          ReadOnlyGeoPackageSource::layerSource( mWorldMap, QStringLiteral( "countries" ) ),
          QStringLiteral( "countries" ), QStringLiteral( "ogr" ) );
      mDistance.setEllipsoid( QStringLiteral( "WGS84" ) );
      mDistance.setSourceCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                              QgsProject::instance()->transformContext() );
      if ( !isValid() )
        return;
      QgsFeature country;
      QgsFeatureIterator countries = mCountries->getFeatures();
      while ( countries.nextFeature( country ) )
        mLand.insert( country.id(), country.geometry() );
      mLandIndex = QgsSpatialIndex( mCountries->getFeatures() );
    }

    //! Returns TRUE when the world map was read (more than 200 countries).
    bool isValid() const { return mCountries->isValid() && mCountries->featureCount() > 200; }

    //! Returns the path of the world map, for messages.
    QString worldMap() const { return mWorldMap; }

    //! Returns the ellipsoidal distance calculator (WGS 84) the check measures with.
    const QgsDistanceArea &distance() const { return mDistance; }

    /**
     * \brief Returns the km of \a line (EPSG:4326) over land, leaving out the approaches of the
     * ports at \a origin and \a destination and the canals and straits.
     */
    double landKm( const QgsGeometry &line, const QgsPointXY &origin, const QgsPointXY &destination ) const
    {
      QgsGeometry exempt =
          circleAround( origin, PORT_APPROACH_KM ).combine( circleAround( destination, PORT_APPROACH_KM ) );
      for ( const QgsRectangle &area : canalsAndStraits() )
        exempt = exempt.combine( QgsGeometry::fromRect( area ) );
      double km = 0;
      for ( const QgsFeatureId id : mLandIndex.intersects( line.boundingBox() ) )
      {
        const QgsGeometry onLand = line.intersection( mLand.value( id ) );
        if ( !onLand.isEmpty() )
          km += mDistance.measureLength( onLand.difference( exempt ) ) / 1000.0;
      }
      return km;
    }

  private:
    //! Ship canals and narrow straits that the 1:10m generalised coastline closes: Panama, Suez, Bosporus and
    //! Dardanelles.
    static QList<QgsRectangle> canalsAndStraits()
    {
      return { QgsRectangle( -80.0, 8.85, -79.45, 9.45 ), QgsRectangle( 32.2, 29.85, 32.65, 31.35 ),
               QgsRectangle( 26.0, 39.9, 29.3, 41.35 ) };
    }

    static QgsGeometry circleAround( const QgsPointXY &point, double radiusKm )
    {
      // Degrees of longitude shrink with latitude; over-cover a little rather than under-cover.
      const double radiusDegrees = radiusKm / 111.32 / std::max( 0.2, std::cos( qDegreesToRadians( point.y() ) ) );
      return QgsGeometry::fromPointXY( point ).buffer( radiusDegrees, 36 );
    }

    QString mWorldMap;
    std::unique_ptr<QgsVectorLayer> mCountries;
    QHash<QgsFeatureId, QgsGeometry> mLand;
    QgsSpatialIndex mLandIndex;
    QgsDistanceArea mDistance;
};

#endif // ROUTELANDCHECK_H
