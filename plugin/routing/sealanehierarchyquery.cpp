/***************************************************************************
  sealanehierarchyquery.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanehierarchyquery.h"

#include "sealanehierarchy.h"

#include <algorithm>
#include <functional>
#include <limits>

void SeaLaneHierarchyQuery::prepare( const SeaLaneHierarchy &hierarchy )
{
  mHierarchy = &hierarchy;
  const std::size_t nodes = static_cast<std::size_t>( hierarchy.nodeCount() );
  for ( Side *side : { &mForward, &mBackward } )
  {
    if ( side->states.size() != nodes )
    {
      side->states.assign( nodes, NodeState{ 0, -1, 0 } );
      side->stamp = 0;
    }
  }
}

void SeaLaneHierarchyQuery::start( const SeaLaneHierarchy &hierarchy, const std::vector<Seed> &origins )
{
  prepare( hierarchy );
  mOriginTags.clear();
  for ( const Seed &origin : origins )
    mOriginTags.push_back( origin.tag );
  restart( mForward );
  restart( mBackward );
  seed( mForward, origins );
}

void SeaLaneHierarchyQuery::restart( Side &side )
{
  if ( ++side.stamp == 0 )
  {
    // the stamps wrapped around: forget everything once
    std::fill( side.states.begin(), side.states.end(), NodeState{ 0, -1, 0 } );
    side.stamp = 1;
  }
  side.heap.clear();
}

void SeaLaneHierarchyQuery::seed( Side &side, const std::vector<Seed> &seeds ) const
{
  for ( std::size_t i = 0; i < seeds.size(); ++i )
  {
    const int node = mHierarchy->rankOf( seeds[i].node );
    NodeState &state = side.states[static_cast<std::size_t>( node )];
    if ( state.stamp == side.stamp && state.cost <= seeds[i].cost )
      continue;
    state = NodeState{ seeds[i].cost, -2 - static_cast<int>( i ), side.stamp };
    side.heap.push_back( HeapEntry{ seeds[i].cost, node } );
    std::push_heap( side.heap.begin(), side.heap.end(), std::greater<HeapEntry>() );
  }
}

double SeaLaneHierarchyQuery::smallestKey( Side &side )
{
  // drop entries left behind by a cheaper way to their node
  while ( !side.heap.empty() &&
          side.heap.front().key > side.states[static_cast<std::size_t>( side.heap.front().node )].cost )
  {
    std::pop_heap( side.heap.begin(), side.heap.end(), std::greater<HeapEntry>() );
    side.heap.pop_back();
  }
  return side.heap.empty() ? SeaLaneHierarchy::INFINITE_COST : side.heap.front().key;
}

void SeaLaneHierarchyQuery::settle( Side &side, const Side &other, std::pair<double, int> &best ) const
{
  std::pop_heap( side.heap.begin(), side.heap.end(), std::greater<HeapEntry>() );
  const HeapEntry top = side.heap.back();
  side.heap.pop_back();

  const NodeState &meeting = other.states[static_cast<std::size_t>( top.node )];
  if ( meeting.stamp == other.stamp && top.key + meeting.cost < best.first )
    best = std::make_pair( top.key + meeting.cost, top.node );

  // stall on demand: a node reached more cheaply from above is on no shortest way up
  const SeaLaneHierarchy &hierarchy = *mHierarchy;
  for ( const SeaLaneHierarchy::UpArc *arc = hierarchy.upBegin( top.node ); arc != hierarchy.upEnd( top.node ); ++arc )
  {
    const NodeState &above = side.states[static_cast<std::size_t>( arc->target )];
    if ( above.stamp == side.stamp && above.cost + arc->cost < top.key )
      return;
  }
  for ( const SeaLaneHierarchy::UpArc *arc = hierarchy.upBegin( top.node ); arc != hierarchy.upEnd( top.node ); ++arc )
  {
    NodeState &state = side.states[static_cast<std::size_t>( arc->target )];
    const double cost = top.key + arc->cost;
    if ( cost >= best.first )
      continue; // no route through it can be shorter than the best one met
    if ( state.stamp != side.stamp || cost < state.cost )
    {
      state = NodeState{ cost, arc->shortcut, side.stamp };
      side.heap.push_back( HeapEntry{ cost, arc->target } );
      std::push_heap( side.heap.begin(), side.heap.end(), std::greater<HeapEntry>() );
    }
  }
}

SeaLaneHierarchyQuery::Result SeaLaneHierarchyQuery::between( const SeaLaneHierarchy &hierarchy,
                                                              const std::vector<Seed> &origins,
                                                              const std::vector<Seed> &destinations,
                                                              std::vector<int> &networkEdges )
{
  start( hierarchy, origins );
  seed( mBackward, destinations );
  std::pair<double, int> best( SeaLaneHierarchy::INFINITE_COST, -1 );
  for ( ;; )
  {
    const double forwardKey = smallestKey( mForward );
    const double backwardKey = smallestKey( mBackward );
    // every route still open costs at least the smaller key
    if ( std::min( forwardKey, backwardKey ) >= best.first )
      break;
    if ( forwardKey <= backwardKey )
      settle( mForward, mBackward, best );
    else
      settle( mBackward, mForward, best );
  }
  return trace( best, destinations, networkEdges );
}

void SeaLaneHierarchyQuery::from( const SeaLaneHierarchy &hierarchy, const std::vector<Seed> &origins )
{
  // no destination yet: the backward side meets nothing
  start( hierarchy, origins );
  std::pair<double, int> unused( SeaLaneHierarchy::INFINITE_COST, -1 );
  while ( smallestKey( mForward ) < SeaLaneHierarchy::INFINITE_COST )
    settle( mForward, mBackward, unused );
}

SeaLaneHierarchyQuery::Result SeaLaneHierarchyQuery::toward( const std::vector<Seed> &destinations,
                                                             std::vector<int> &networkEdges )
{
  restart( mBackward );
  seed( mBackward, destinations );
  std::pair<double, int> best( SeaLaneHierarchy::INFINITE_COST, -1 );
  // the origin's side is complete: no later meeting can beat a route as cheap as the smallest open key
  while ( smallestKey( mBackward ) < best.first )
    settle( mBackward, mForward, best );
  return trace( best, destinations, networkEdges );
}

SeaLaneHierarchyQuery::Result SeaLaneHierarchyQuery::trace( const std::pair<double, int> &best,
                                                            const std::vector<Seed> &destinations,
                                                            std::vector<int> &networkEdges )
{
  networkEdges.clear();
  if ( best.second < 0 )
    return Result{ SeaLaneHierarchy::INFINITE_COST, -1, -1 };

  // down from the meeting node to an origin seed, then unpacked from the origin up
  const SeaLaneHierarchy &hierarchy = *mHierarchy;
  mLegs.clear();
  int node = best.second;
  while ( mForward.states[static_cast<std::size_t>( node )].parent >= 0 )
  {
    const int edge = mForward.states[static_cast<std::size_t>( node )].parent;
    node = hierarchy.otherEnd( edge, node );
    mLegs.emplace_back( edge, node );
  }
  const int originTag =
      mOriginTags[static_cast<std::size_t>( -2 - mForward.states[static_cast<std::size_t>( node )].parent )];
  for ( auto leg = mLegs.rbegin(); leg != mLegs.rend(); ++leg )
    hierarchy.unpack( leg->first, leg->second, networkEdges );

  // from the meeting node down to a destination seed
  node = best.second;
  while ( mBackward.states[static_cast<std::size_t>( node )].parent >= 0 )
  {
    const int edge = mBackward.states[static_cast<std::size_t>( node )].parent;
    hierarchy.unpack( edge, node, networkEdges );
    node = hierarchy.otherEnd( edge, node );
  }
  const int destinationTag =
      destinations[static_cast<std::size_t>( -2 - mBackward.states[static_cast<std::size_t>( node )].parent )].tag;
  return Result{ best.first, originTag, destinationTag };
}
