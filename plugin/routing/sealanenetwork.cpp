/***************************************************************************
  sealanenetwork.cpp
  Port Seizure Atlas: the sea-lane graph: positions, distances, edges and ports
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanenetwork.h"

#include "geodesicdensifier.h"
#include "sealanenetworkinternal.h"

#include <algorithm>
#include <cmath>

using SeaLaneNetworkInternal::chordToKm;
using SeaLaneNetworkInternal::DEG_TO_RAD;
using SeaLaneNetworkInternal::normalizedPortCode;

void SeaLaneNetwork::unitVector( double lon, double lat, double *xyz )
{
  const double lambda = lon * DEG_TO_RAD;
  const double phi = lat * DEG_TO_RAD;
  xyz[0] = std::cos( phi ) * std::cos( lambda );
  xyz[1] = std::cos( phi ) * std::sin( lambda );
  xyz[2] = std::sin( phi );
}

double SeaLaneNetwork::haversineKm( double lon1, double lat1, double lon2, double lat2 )
{
  const double phi1 = lat1 * DEG_TO_RAD;
  const double phi2 = lat2 * DEG_TO_RAD;
  const double sinDeltaPhi = std::sin( ( phi2 - phi1 ) / 2.0 );
  const double sinDeltaLambda = std::sin( ( lon2 - lon1 ) * DEG_TO_RAD / 2.0 );
  const double h = sinDeltaPhi * sinDeltaPhi + std::cos( phi1 ) * std::cos( phi2 ) * sinDeltaLambda * sinDeltaLambda;
  return 2.0 * EARTH_RADIUS_KM * std::asin( std::sqrt( std::min( 1.0, h ) ) );
}

double SeaLaneNetwork::nodeDistanceKm( int a, int b ) const
{
  return nodeDistanceKm( a, mNodeUnit.data() + 3 * static_cast<std::size_t>( b ) );
}

double SeaLaneNetwork::nodeDistanceKm( int node, const double *xyz ) const
{
  const double *u = mNodeUnit.data() + 3 * static_cast<std::size_t>( node );
  const double dx = u[0] - xyz[0];
  const double dy = u[1] - xyz[1];
  const double dz = u[2] - xyz[2];
  return chordToKm( std::sqrt( dx * dx + dy * dy + dz * dz ) );
}

QString SeaLaneNetwork::edgePortCode( int edge ) const
{
  return mConnectorPort.value( edge );
}

double SeaLaneNetwork::edgeGeodesicKm( int edge ) const
{
  std::atomic<double> &cached = mEdgeGeodesicKm[static_cast<std::size_t>( edge )];
  double km = cached.load( std::memory_order_relaxed );
  if ( km >= 0 )
    return km;
  // two threads may both measure an edge: they store the same value
  km = 0;
  for ( int i = 1; i < edgeVertexCount( edge ); ++i )
    km += GeodesicDensifier::distanceKm( edgeVertex( edge, i - 1 ), edgeVertex( edge, i ) );
  cached.store( km, std::memory_order_relaxed );
  return km;
}

QVector<QPointF> SeaLaneNetwork::edgeGeometry( int edge ) const
{
  QVector<QPointF> geometry;
  appendEdgeGeometry( edge, false, false, geometry );
  return geometry;
}

void SeaLaneNetwork::appendEdgeGeometry( int edge, bool reversed, bool skipFirst, QVector<QPointF> &polyline ) const
{
  const int first = mEdgeVertexOffset[edge];
  const int count = mEdgeVertexOffset[edge + 1] - first;
  const double *coordinates = mCoordinates.data() + 2 * static_cast<std::size_t>( first );
  for ( int i = skipFirst ? 1 : 0; i < count; ++i )
  {
    const int vertex = reversed ? count - 1 - i : i;
    polyline.append( QPointF( coordinates[2 * vertex], coordinates[2 * vertex + 1] ) );
  }
}

int SeaLaneNetwork::passageId( const QString &name ) const
{
  if ( name.isEmpty() )
    return -1;
  return mPassageNames.indexOf( name );
}

QStringList SeaLaneNetwork::passages() const
{
  QStringList names = mPassageNames.mid( 1 );
  names.sort();
  return names;
}

QStringList SeaLaneNetwork::portCodes() const
{
  QStringList codes = mPorts.keys();
  codes.sort();
  return codes;
}

bool SeaLaneNetwork::hasPort( const QString &unlocode ) const
{
  return mPorts.contains( normalizedPortCode( unlocode ) );
}

QString SeaLaneNetwork::portName( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QString() : it->name;
}

QPointF SeaLaneNetwork::portPosition( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QPointF() : QPointF( it->lon, it->lat );
}

QVector<int> SeaLaneNetwork::portConnectors( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QVector<int>() : it->connectors;
}
