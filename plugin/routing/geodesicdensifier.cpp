/***************************************************************************
  geodesicdensifier.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "geodesicdensifier.h"

#include "sealanenetwork.h"

#include <cmath>

#include <geodesic.h>

namespace
{
  //! The WGS 84 ellipsoid, initialised once (geod_init is not free).
  const geod_geodesic &wgs84()
  {
    static const geod_geodesic sGeodesic = [] {
      geod_geodesic geodesic;
      geod_init( &geodesic, 6378137.0, 1.0 / 298.257223563 );
      return geodesic;
    }();
    return sGeodesic;
  }

  double continuousLongitude( double lon, double previousLon )
  {
    return lon - 360.0 * std::round( ( lon - previousLon ) / 360.0 );
  }

  /**
   * Returns TRUE if the great circle from \a from to \a to is surely shorter than \a limitKm, without trigonometry:
   * the way along the meridian and then the parallel (R |dlat| + R cos(lat) |dlon|, both in radians) is never
   * shorter than the great circle. Most sea-lane segments pass this test, so they need no haversine.
   */
  bool surelyShorterThan( const QPointF &from, const QPointF &to, double limitKm )
  {
    constexpr double KM_PER_RADIAN_MARGIN = SeaLaneNetwork::EARTH_RADIUS_KM * ( 1.0 + 1e-9 );
    constexpr double RADIANS_PER_DEGREE = 3.14159265358979323846 / 180.0;
    const double boundKm =
        KM_PER_RADIAN_MARGIN * RADIANS_PER_DEGREE * ( std::fabs( to.y() - from.y() ) + std::fabs( to.x() - from.x() ) );
    return boundKm < limitKm;
  }
} // namespace

GeodesicDensifier::GeodesicDensifier( double maxSegmentKm ) : mMaxSegmentKm( maxSegmentKm ) {}

QVector<QPointF> GeodesicDensifier::unwrapLongitudes( QVector<QPointF> polyline )
{
  for ( int i = 1; i < polyline.size(); ++i )
  {
    if ( std::fabs( polyline[i].x() - polyline[i - 1].x() ) > 180.0 )
      polyline[i].setX( continuousLongitude( polyline[i].x(), polyline[i - 1].x() ) );
  }
  return polyline;
}

double GeodesicDensifier::distanceKm( const QPointF &from, const QPointF &to )
{
  double metres = 0;
  geod_inverse( &wgs84(), from.y(), from.x(), to.y(), to.x(), &metres, nullptr, nullptr );
  return metres / 1000.0;
}

double GeodesicDensifier::lengthKm( const QVector<QPointF> &polyline )
{
  double km = 0;
  for ( int i = 1; i < polyline.size(); ++i )
    km += distanceKm( polyline[i - 1], polyline[i] );
  return km;
}

QVector<QPointF> GeodesicDensifier::densify( const QVector<QPointF> &polyline ) const
{
  const QVector<QPointF> input = unwrapLongitudes( polyline );
  if ( input.size() < 2 || !( mMaxSegmentKm > 0 ) )
    return input;

  QVector<QPointF> output;
  output.reserve( input.size() );
  output.append( input.first() );
  const double maxSegmentMetres = mMaxSegmentKm * 1000.0;
  // On WGS 84 a geodesic is at most 0.5 % longer than the great circle on the mean sphere (the radii of curvature
  // lie between 6335 and 6400 km): segments well below the limit on the sphere need no geodesic work.
  const double sphericalLimitKm = mMaxSegmentKm / 1.01;
  for ( int i = 1; i < input.size(); ++i )
  {
    // copies: output grows below
    const QPointF from = output.last();
    const QPointF &to = input[i];
    if ( surelyShorterThan( from, to, sphericalLimitKm ) ||
         SeaLaneNetwork::haversineKm( from.x(), from.y(), to.x(), to.y() ) < sphericalLimitKm )
    {
      output.append( QPointF( continuousLongitude( to.x(), from.x() ), to.y() ) );
      continue;
    }
    geod_geodesicline line;
    geod_inverseline( &line, &wgs84(), from.y(), from.x(), to.y(), to.x(),
                      GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN );
    const int pieces = static_cast<int>( std::ceil( line.s13 / maxSegmentMetres ) );
    for ( int piece = 1; piece < pieces; ++piece )
    {
      double lat = 0;
      double lon = 0;
      // GEOD_LONG_UNROLL: the longitude continues from from.x() instead of being folded into [-180, 180]
      geod_genposition( &line, GEOD_NOFLAGS | GEOD_LONG_UNROLL, line.s13 * piece / pieces, &lat, &lon, nullptr, nullptr,
                        nullptr, nullptr, nullptr, nullptr );
      output.append( QPointF( continuousLongitude( lon, output.last().x() ), lat ) );
    }
    output.append( QPointF( continuousLongitude( to.x(), output.last().x() ), to.y() ) );
  }
  return output;
}
