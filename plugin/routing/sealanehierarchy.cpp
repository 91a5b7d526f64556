/***************************************************************************
  sealanehierarchy.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanehierarchy.h"

#include "sealanenetwork.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

namespace
{
  //! Most nodes a witness search settles when a node is contracted: beyond it a shortcut is added (never wrong,
  //! only one arc more).
  constexpr int CONTRACTION_SETTLE_LIMIT = 60;

  //! Most nodes a witness search settles when the shortcuts of a node are only counted for its priority.
  constexpr int PRIORITY_SETTLE_LIMIT = 10;
} // namespace

/**
 * \brief Contracts the nodes of a network one by one into a SeaLaneHierarchy (least important first, by edge
 * difference and contracted neighbours, with lazy priority updates).
 */
class SeaLaneHierarchyBuilder
{
  public:
    //! Prepares to build \a hierarchy from \a network's edges outside \a avoidedMask, weighted by \a laneCostFactor.
    SeaLaneHierarchyBuilder( SeaLaneHierarchy &hierarchy, const SeaLaneNetwork &network, std::uint64_t avoidedMask,
                             const double laneCostFactor[4] );

    //! Contracts every node and fills the hierarchy's upward arcs.
    void run();

  private:
    struct Link
    {
        int target;
        double cost;
        int edge; //!< hierarchy edge
        int hops; //!< network edges the link stands for
    };

    struct Shortcut
    {
        int u;
        int w;
        double cost;
        int edgeU; //!< hierarchy edge u - v
        int edgeW; //!< hierarchy edge v - w
        int hops;
    };

    void addLink( int u, int w, double cost, int edge, int hops );
    void findShortcuts( int v, int settleLimit, std::vector<Shortcut> &shortcuts );
    void witnessSearch( int source, int skipped, double maxCost, int targets, int settleLimit );
    int priority( int v, std::vector<Shortcut> &shortcuts );
    void contract( int v, const std::vector<Shortcut> &shortcuts );

    SeaLaneHierarchy &mHierarchy;
    std::vector<std::vector<Link>> mLinks;
    std::vector<std::vector<SeaLaneHierarchy::UpArc>> mUp;
    std::vector<int> mLevel;
    std::vector<double> mWitnessCost;
    std::vector<std::uint32_t> mWitnessStamp;
    std::vector<std::uint32_t> mTargetStamp; //!< nodes a witness search looks for carry its stamp
    std::uint32_t mStamp = 0;
    std::vector<std::pair<double, int>> mHeap;
};

SeaLaneHierarchyBuilder::SeaLaneHierarchyBuilder( SeaLaneHierarchy &hierarchy, const SeaLaneNetwork &network,
                                                  std::uint64_t avoidedMask, const double laneCostFactor[4] )
    : mHierarchy( hierarchy )
{
  const std::size_t nodes = static_cast<std::size_t>( network.nodeCount() );
  mLinks.resize( nodes );
  mUp.resize( nodes );
  mLevel.assign( nodes, 0 );
  mWitnessCost.assign( nodes, SeaLaneHierarchy::INFINITE_COST );
  mWitnessStamp.assign( nodes, 0 );
  mTargetStamp.assign( nodes, 0 );
  for ( int edge = 0; edge < network.networkEdgeCount(); ++edge )
  {
    if ( avoidedMask & ( std::uint64_t( 1 ) << network.edgePassageId( edge ) ) )
      continue;
    const int a = network.edgeStartNode( edge );
    const int b = network.edgeEndNode( edge );
    const double cost =
        network.edgeLengthKm( edge ) * laneCostFactor[static_cast<int>( network.edgeLaneClass( edge ) )];
    mHierarchy.mEdges.push_back( SeaLaneHierarchy::Edge{ a, b, edge, -1, -1, -1 } );
    addLink( a, b, cost, static_cast<int>( mHierarchy.mEdges.size() ) - 1, 1 );
  }
}

void SeaLaneHierarchyBuilder::addLink( int u, int w, double cost, int edge, int hops )
{
  // parallel edges: only the cheapest can be on a shortest path
  for ( Link &link : mLinks[static_cast<std::size_t>( u )] )
  {
    if ( link.target != w )
      continue;
    if ( cost < link.cost )
    {
      link = Link{ w, cost, edge, hops };
      for ( Link &back : mLinks[static_cast<std::size_t>( w )] )
      {
        if ( back.target == u )
          back = Link{ u, cost, edge, hops };
      }
    }
    return;
  }
  mLinks[static_cast<std::size_t>( u )].push_back( Link{ w, cost, edge, hops } );
  mLinks[static_cast<std::size_t>( w )].push_back( Link{ u, cost, edge, hops } );
}

void SeaLaneHierarchyBuilder::witnessSearch( int source, int skipped, double maxCost, int targets, int settleLimit )
{
  mHeap.clear();
  mWitnessStamp[static_cast<std::size_t>( source )] = mStamp;
  mWitnessCost[static_cast<std::size_t>( source )] = 0;
  mHeap.emplace_back( 0.0, source );
  int settled = 0;
  const auto later = std::greater<std::pair<double, int>>();
  while ( !mHeap.empty() && settled < settleLimit && targets > 0 )
  {
    std::pop_heap( mHeap.begin(), mHeap.end(), later );
    const std::pair<double, int> top = mHeap.back();
    mHeap.pop_back();
    if ( top.first > mWitnessCost[static_cast<std::size_t>( top.second )] )
      continue;
    if ( top.first > maxCost )
      break;
    ++settled;
    if ( mTargetStamp[static_cast<std::size_t>( top.second )] == mStamp )
      --targets; // its cost is final
    for ( const Link &link : mLinks[static_cast<std::size_t>( top.second )] )
    {
      if ( link.target == skipped )
        continue;
      const std::size_t target = static_cast<std::size_t>( link.target );
      const double cost = top.first + link.cost;
      if ( cost > maxCost )
        continue; // no witness that long can replace a shortcut
      if ( mWitnessStamp[target] != mStamp || cost < mWitnessCost[target] )
      {
        mWitnessStamp[target] = mStamp;
        mWitnessCost[target] = cost;
        mHeap.emplace_back( cost, link.target );
        std::push_heap( mHeap.begin(), mHeap.end(), later );
      }
    }
  }
}

void SeaLaneHierarchyBuilder::findShortcuts( int v, int settleLimit, std::vector<Shortcut> &shortcuts )
{
  shortcuts.clear();
  const std::vector<Link> &links = mLinks[static_cast<std::size_t>( v )];
  for ( std::size_t i = 0; i + 1 < links.size(); ++i )
  {
    ++mStamp;
    double longest = 0;
    for ( std::size_t j = i + 1; j < links.size(); ++j )
    {
      longest = std::max( longest, links[j].cost );
      mTargetStamp[static_cast<std::size_t>( links[j].target )] = mStamp;
    }
    witnessSearch( links[i].target, v, links[i].cost + longest, static_cast<int>( links.size() - i - 1 ), settleLimit );
    for ( std::size_t j = i + 1; j < links.size(); ++j )
    {
      const std::size_t w = static_cast<std::size_t>( links[j].target );
      const double cost = links[i].cost + links[j].cost;
      // a path no longer than the one through v makes the shortcut needless
      if ( mWitnessStamp[w] == mStamp && mWitnessCost[w] <= cost )
        continue;
      shortcuts.push_back( Shortcut{ links[i].target, links[j].target, cost, links[i].edge, links[j].edge,
                                     links[i].hops + links[j].hops } );
    }
  }
}

int SeaLaneHierarchyBuilder::priority( int v, std::vector<Shortcut> &shortcuts )
{
  // as RoutingKit orders nodes: depth in the hierarchy, and arcs and hops added per arc and hop removed
  findShortcuts( v, PRIORITY_SETTLE_LIMIT, shortcuts );
  const std::vector<Link> &links = mLinks[static_cast<std::size_t>( v )];
  if ( links.empty() )
    return 0;
  int removedHops = 0;
  for ( const Link &link : links )
    removedHops += link.hops;
  int addedHops = 0;
  for ( const Shortcut &shortcut : shortcuts )
    addedHops += shortcut.hops;
  return 1000 * mLevel[static_cast<std::size_t>( v )] +
         1000 * static_cast<int>( shortcuts.size() ) / static_cast<int>( links.size() ) +
         1000 * addedHops / removedHops;
}

void SeaLaneHierarchyBuilder::contract( int v, const std::vector<Shortcut> &shortcuts )
{
  std::vector<SeaLaneHierarchy::Edge> &edges = mHierarchy.mEdges;
  for ( const Shortcut &shortcut : shortcuts )
  {
    edges.push_back( SeaLaneHierarchy::Edge{ shortcut.u, shortcut.w, -1, v, shortcut.edgeU, shortcut.edgeW } );
    addLink( shortcut.u, shortcut.w, shortcut.cost, static_cast<int>( edges.size() ) - 1, shortcut.hops );
  }
  // the links left lead to nodes contracted later: of higher rank
  std::vector<Link> &links = mLinks[static_cast<std::size_t>( v )];
  for ( const Link &link : links )
  {
    mUp[static_cast<std::size_t>( v )].push_back( SeaLaneHierarchy::UpArc{ link.cost, link.target, link.edge } );
    std::vector<Link> &neighbour = mLinks[static_cast<std::size_t>( link.target )];
    neighbour.erase(
        std::remove_if( neighbour.begin(), neighbour.end(), [v]( const Link &back ) { return back.target == v; } ),
        neighbour.end() );
    int &level = mLevel[static_cast<std::size_t>( link.target )];
    level = std::max( level, mLevel[static_cast<std::size_t>( v )] + 1 );
  }
  links.clear();
  links.shrink_to_fit();
}

void SeaLaneHierarchyBuilder::run()
{
  const int nodes = static_cast<int>( mLinks.size() );
  const int networkEdges = static_cast<int>( mHierarchy.mEdges.size() );
  std::vector<Shortcut> shortcuts;
  using Entry = std::pair<int, int>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
  for ( int v = 0; v < nodes; ++v )
    queue.emplace( priority( v, shortcuts ), v );
  std::vector<char> contracted( static_cast<std::size_t>( nodes ), 0 );
  std::vector<int> order;
  order.reserve( static_cast<std::size_t>( nodes ) );
  while ( !queue.empty() )
  {
    const int v = queue.top().second;
    queue.pop();
    if ( contracted[static_cast<std::size_t>( v )] )
      continue;
    // lazy update: the priority may have grown since it was queued
    const int current = priority( v, shortcuts );
    if ( !queue.empty() && current > queue.top().first )
    {
      queue.emplace( current, v );
      continue;
    }
    findShortcuts( v, CONTRACTION_SETTLE_LIMIT, shortcuts );
    contract( v, shortcuts );
    contracted[static_cast<std::size_t>( v )] = 1;
    order.push_back( v );
  }

  // the hierarchy numbers its nodes by rank: the top of the hierarchy, which every search climbs to, is one block
  std::vector<int> &rank = mHierarchy.mRank;
  rank.assign( static_cast<std::size_t>( nodes ), 0 );
  for ( int r = 0; r < nodes; ++r )
    rank[static_cast<std::size_t>( order[static_cast<std::size_t>( r )] )] = r;
  for ( SeaLaneHierarchy::Edge &edge : mHierarchy.mEdges )
  {
    edge.a = rank[static_cast<std::size_t>( edge.a )];
    edge.b = rank[static_cast<std::size_t>( edge.b )];
    if ( edge.middle >= 0 )
      edge.middle = rank[static_cast<std::size_t>( edge.middle )];
  }
  mHierarchy.mUpOffset.assign( 1, 0 );
  for ( const int v : order )
  {
    for ( SeaLaneHierarchy::UpArc arc : mUp[static_cast<std::size_t>( v )] )
    {
      arc.target = rank[static_cast<std::size_t>( arc.target )];
      mHierarchy.mUpArcs.push_back( arc );
    }
    mHierarchy.mUpOffset.push_back( static_cast<int>( mHierarchy.mUpArcs.size() ) );
  }
  mHierarchy.mShortcutCount = static_cast<int>( mHierarchy.mEdges.size() ) - networkEdges;
}

SeaLaneHierarchy::SeaLaneHierarchy( const SeaLaneNetwork &network, std::uint64_t avoidedMask,
                                    const double laneCostFactor[4] )
{
  SeaLaneHierarchyBuilder builder( *this, network, avoidedMask, laneCostFactor );
  builder.run();
}

void SeaLaneHierarchy::unpack( int hierarchyEdge, int fromNode, std::vector<int> &networkEdges ) const
{
  const Edge &edge = mEdges[static_cast<std::size_t>( hierarchyEdge )];
  if ( edge.networkEdge >= 0 )
  {
    networkEdges.push_back( edge.networkEdge );
    return;
  }
  if ( fromNode == edge.a )
  {
    unpack( edge.childA, edge.a, networkEdges );
    unpack( edge.childB, edge.middle, networkEdges );
  }
  else
  {
    unpack( edge.childB, edge.b, networkEdges );
    unpack( edge.childA, edge.middle, networkEdges );
  }
}
