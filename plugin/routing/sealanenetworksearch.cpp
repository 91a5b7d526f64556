/***************************************************************************
  sealanenetworksearch.cpp
  Port Seizure Atlas: the search structures: node order, adjacency arrays and landmarks
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "radixheap.h"
#include "sealanehierarchy.h"
#include "sealanenetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>

namespace
{

  //! Interleaves the bits of \a x and \a y (Morton order).
  std::uint64_t mortonCode( std::uint32_t x, std::uint32_t y )
  {
    std::uint64_t code = 0;
    for ( int bit = 0; bit < 16; ++bit )
    {
      code |= static_cast<std::uint64_t>( ( x >> bit ) & 1u ) << ( 2 * bit );
      code |= static_cast<std::uint64_t>( ( y >> bit ) & 1u ) << ( 2 * bit + 1 );
    }
    return code;
  }
} // namespace

void SeaLaneNetwork::renumberNodes()
{
  // nodes close on the map get close ids, so that a search touches fewer cache lines
  const std::size_t nodes = mNodeLon.size();
  std::vector<std::uint64_t> codes( nodes );
  for ( std::size_t node = 0; node < nodes; ++node )
  {
    const double x = std::clamp( ( mNodeLon[node] + 180.0 ) / 360.0, 0.0, 1.0 ) * 65535.0;
    const double y = std::clamp( ( mNodeLat[node] + 90.0 ) / 180.0, 0.0, 1.0 ) * 65535.0;
    codes[node] = mortonCode( static_cast<std::uint32_t>( x ), static_cast<std::uint32_t>( y ) );
  }
  std::vector<int> order( nodes );
  for ( std::size_t node = 0; node < nodes; ++node )
    order[node] = static_cast<int>( node );
  std::stable_sort( order.begin(), order.end(), [&codes]( int a, int b ) { return codes[a] < codes[b]; } );

  std::vector<int> newId( nodes );
  std::vector<double> lon( nodes );
  std::vector<double> lat( nodes );
  std::vector<double> unit( 3 * nodes );
  for ( std::size_t i = 0; i < nodes; ++i )
  {
    const std::size_t old = static_cast<std::size_t>( order[i] );
    newId[old] = static_cast<int>( i );
    lon[i] = mNodeLon[old];
    lat[i] = mNodeLat[old];
    std::copy( mNodeUnit.begin() + 3 * old, mNodeUnit.begin() + 3 * old + 3, unit.begin() + 3 * i );
  }
  mNodeLon.swap( lon );
  mNodeLat.swap( lat );
  mNodeUnit.swap( unit );
  for ( int &node : mEdgeStart )
    node = newId[node];
  for ( int &node : mEdgeEnd )
    node = newId[node];
  for ( int &slot : mNodeSlots )
  {
    if ( slot != 0 )
      slot = newId[static_cast<std::size_t>( slot - 1 )] + 1;
  }
}

void SeaLaneNetwork::buildAdjacency()
{
  const int nodes = nodeCount();
  mArcOffset.assign( static_cast<std::size_t>( nodes ) + 1, 0 );
  for ( int edge = 0; edge < mNetworkEdgeCount; ++edge )
  {
    ++mArcOffset[mEdgeStart[edge] + 1];
    ++mArcOffset[mEdgeEnd[edge] + 1];
  }
  for ( int node = 0; node < nodes; ++node )
    mArcOffset[node + 1] += mArcOffset[node];

  mArcs.resize( static_cast<std::size_t>( mArcOffset[nodes] ) );
  std::vector<int> fill( mArcOffset.begin(), mArcOffset.end() - 1 );
  double scale = 1.0;
  for ( int edge = 0; edge < mNetworkEdgeCount; ++edge )
  {
    const int start = mEdgeStart[edge];
    const int end = mEdgeEnd[edge];
    const double lengthKm = mEdgeLengthKm[edge];
    const std::uint32_t edgeAndPassage = static_cast<std::uint32_t>( edge ) |
                                         ( static_cast<std::uint32_t>( mEdgePassage[edge] ) << 24 ) |
                                         ( static_cast<std::uint32_t>( mEdgeLaneClass[edge] ) << 30 );
    mArcs[fill[start]++] = Arc{ lengthKm, end, edgeAndPassage };
    mArcs[fill[end]++] = Arc{ lengthKm, start, edgeAndPassage };

    const double direct = nodeDistanceKm( start, end );
    if ( direct > 0 && lengthKm < scale * direct )
      scale = lengthKm / direct;
  }
  // a hair below the bound, so that rounding in the heuristic can never overestimate
  mHeuristicScale = scale * ( 1.0 - 1e-9 );
}

void SeaLaneNetwork::shortestDistancesKm( int source, std::vector<double> &distances ) const
{
  distances.assign( mNodeLon.size(), std::numeric_limits<double>::infinity() );
  RadixHeap heap;
  distances[static_cast<std::size_t>( source )] = 0;
  heap.push( 0, source );
  while ( !heap.isEmpty() )
  {
    const std::pair<double, int> top = heap.pop();
    if ( top.first > distances[static_cast<std::size_t>( top.second )] )
      continue;
    for ( const Arc *arc = arcsBegin( top.second ); arc != arcsEnd( top.second ); ++arc )
    {
      const double distance = top.first + arc->lengthKm;
      if ( distance < distances[static_cast<std::size_t>( arc->target )] )
      {
        distances[static_cast<std::size_t>( arc->target )] = distance;
        heap.push( distance, arc->target );
      }
    }
  }
}

void SeaLaneNetwork::computeLandmarks()
{
  // "farthest" selection: each landmark is the node farthest (by sea) from the ones chosen before, so that they sit
  // at the ends of the network, behind most destinations
  const std::size_t nodes = mNodeLon.size();
  mLandmarkCount = static_cast<int>( std::min<std::size_t>( LANDMARK_COUNT, nodes ) );
  mLandmarkNodes.clear();
  mLandmarkDistanceKm.assign( nodes * static_cast<std::size_t>( mLandmarkCount ), 0.0 );
  std::vector<double> nearestLandmarkKm( nodes, std::numeric_limits<double>::infinity() );
  std::vector<double> distances;
  shortestDistancesKm( 0, distances );
  for ( int landmark = 0; landmark < mLandmarkCount; ++landmark )
  {
    // the first landmark is the node farthest from node 0, the others the farthest from every landmark so far
    const std::vector<double> &spread = landmark == 0 ? distances : nearestLandmarkKm;
    std::size_t farthest = 0;
    for ( std::size_t node = 0; node < nodes; ++node )
    {
      if ( std::isfinite( spread[node] ) && ( !std::isfinite( spread[farthest] ) || spread[node] > spread[farthest] ) )
        farthest = node;
    }
    mLandmarkNodes.push_back( static_cast<int>( farthest ) );
    shortestDistancesKm( static_cast<int>( farthest ), distances );
    for ( std::size_t node = 0; node < nodes; ++node )
    {
      mLandmarkDistanceKm[node * static_cast<std::size_t>( mLandmarkCount ) + static_cast<std::size_t>( landmark )] =
          distances[node];
      nearestLandmarkKm[node] = std::min( nearestLandmarkKm[node], distances[node] );
    }
  }
}

//! The contraction hierarchies built so far, by cost model.
struct SeaLaneNetwork::HierarchyCache
{
    std::mutex mutex;
    std::map<std::vector<double>, std::shared_ptr<const SeaLaneHierarchy>> hierarchies;
};

void SeaLaneNetwork::prepareHierarchies()
{
  mHierarchies = std::make_shared<HierarchyCache>();
}

std::shared_ptr<const SeaLaneHierarchy> SeaLaneNetwork::hierarchy( std::uint64_t avoidedMask,
                                                                   const double laneCostFactor[4], bool build ) const
{
  if ( !mHierarchies )
    return nullptr;
  // the mask's two halves are exact as doubles
  const std::vector<double> key{ static_cast<double>( avoidedMask >> 32 ),
                                 static_cast<double>( avoidedMask & 0xFFFFFFFFu ),
                                 laneCostFactor[0],
                                 laneCostFactor[1],
                                 laneCostFactor[2],
                                 laneCostFactor[3] };
  const std::lock_guard<std::mutex> lock( mHierarchies->mutex );
  std::shared_ptr<const SeaLaneHierarchy> &found = mHierarchies->hierarchies[key];
  if ( !found && build )
    found = std::make_shared<const SeaLaneHierarchy>( *this, avoidedMask, laneCostFactor );
  return found;
}
