/***************************************************************************
  sealanenetworksnapping.cpp
  Port Seizure Atlas: finding the network node of a position
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanenetwork.h"

#include <algorithm>
#include <cmath>

int SeaLaneNetwork::findNode( double lon, double lat ) const
{
  if ( mNodeSlots.empty() )
    return -1;
  return mNodeSlots[nodeSlot( nodeKey( lon, lat ) )] - 1;
}

int SeaLaneNetwork::nearestNode( double lon, double lat, double *distanceKm ) const
{
  if ( mNodeLon.empty() || !std::isfinite( lon ) || !std::isfinite( lat ) )
    return -1;
  double xyz[3];
  unitVector( lon, lat, xyz );
  int best = -1;
  double bestDot = -2.0;
  const double *unit = mNodeUnit.data();
  for ( std::size_t node = 0; node < mNodeLon.size(); ++node, unit += 3 )
  {
    const double dot = unit[0] * xyz[0] + unit[1] * xyz[1] + unit[2] * xyz[2];
    if ( dot > bestDot )
    {
      bestDot = dot;
      best = static_cast<int>( node );
    }
  }
  if ( distanceKm )
    *distanceKm = haversineKm( lon, lat, mNodeLon[best], mNodeLat[best] );
  return best;
}

std::vector<std::pair<double, int>> SeaLaneNetwork::nodesNear( double lon, double lat, double maxKm ) const
{
  std::vector<std::pair<double, int>> near;
  if ( mNodeLon.empty() || !std::isfinite( lon ) || !std::isfinite( lat ) || !( maxKm >= 0 ) )
    return near;
  double xyz[3];
  unitVector( lon, lat, xyz );
  // compare chords, not km: one square root less per node
  const double maxAngle = std::min( 3.14159265358979323846, maxKm / EARTH_RADIUS_KM );
  const double maxChord = 2.0 * std::sin( maxAngle / 2.0 );
  const double maxChordSquared = maxChord * maxChord * ( 1.0 + 1e-12 );
  const double *unit = mNodeUnit.data();
  for ( std::size_t node = 0; node < mNodeLon.size(); ++node, unit += 3 )
  {
    const double dx = unit[0] - xyz[0];
    const double dy = unit[1] - xyz[1];
    const double dz = unit[2] - xyz[2];
    const double chordSquared = dx * dx + dy * dy + dz * dz;
    if ( chordSquared <= maxChordSquared && isInMainComponent( static_cast<int>( node ) ) )
      near.emplace_back( haversineKm( lon, lat, mNodeLon[node], mNodeLat[node] ), static_cast<int>( node ) );
  }
  std::sort( near.begin(), near.end() );
  while ( !near.empty() && near.back().first > maxKm )
    near.pop_back();
  return near;
}
