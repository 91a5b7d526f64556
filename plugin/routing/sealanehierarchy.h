/***************************************************************************
  sealanehierarchy.h
  Port Seizure Atlas: a contraction hierarchy of the sea-lane network for one cost model, and its exact search
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANEHIERARCHY_H
#define SEALANEHIERARCHY_H

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

class SeaLaneNetwork;

/**
 * \brief A contraction hierarchy of a SeaLaneNetwork for one cost model: the edges whose passages are not avoided,
 * each costing its length times the factor of its lane class.
 *
 * Nodes are contracted one by one, least important first; a shortcut replaces the two edges through a contracted
 * node wherever no path as short avoids it (witness search). A shortest path then rises in rank from both ends, so
 * SeaLaneHierarchyQuery settles about 160 nodes for a pair of ports instead of thousands. Costs are those of Dijkstra's
 * algorithm on the same edges (a route can differ only where two are exactly as cheap); shortcuts unpack to network
 * edges.
 *
 * Immutable once built; share it between threads (SeaLaneNetwork::hierarchy() keeps one per cost model).
 */
class SeaLaneHierarchy
{
  public:
    //! The cost of a node not reached (yet).
    static constexpr double INFINITE_COST = std::numeric_limits<double>::infinity();

    /**
     * \brief Builds the hierarchy of \a network without the edges whose passage id is in \a avoidedMask (bit i for
     * passage i), each edge costing its length times \a laneCostFactor[lane class] (any non-negative factors; no
     * lower bound is involved, so factors below 1 would be exact too).
     */
    SeaLaneHierarchy( const SeaLaneNetwork &network, std::uint64_t avoidedMask, const double laneCostFactor[4] );

    //! An arc to a node of higher rank.
    struct UpArc
    {
        double cost;  //!< cost of the arc (weighted km)
        int target;   //!< node of higher rank
        int shortcut; //!< hierarchy edge id, see unpack()
    };

    //! Returns the arcs from \a node (a rank, see rankOf()) to nodes of higher rank (begin).
    const UpArc *upBegin( int node ) const { return mUpArcs.data() + mUpOffset[static_cast<std::size_t>( node )]; }

    //! Returns the arcs from \a node to nodes of higher rank (end).
    const UpArc *upEnd( int node ) const { return mUpArcs.data() + mUpOffset[static_cast<std::size_t>( node ) + 1]; }

    //! Returns the hierarchy's number of network node \a node: its rank, the order in which it was contracted.
    int rankOf( int node ) const { return mRank[static_cast<std::size_t>( node )]; }

    //! Returns the number of nodes (those of the network).
    int nodeCount() const { return static_cast<int>( mUpOffset.size() ) - 1; }

    //! Returns the number of shortcuts added to the network's edges.
    int shortcutCount() const { return mShortcutCount; }

    /**
     * \brief Appends to \a networkEdges the network edges of hierarchy edge \a hierarchyEdge, in order, walked from its
     * end node \a fromNode (a rank, as every node of the hierarchy's own functions).
     */
    void unpack( int hierarchyEdge, int fromNode, std::vector<int> &networkEdges ) const;

    //! Returns the end of hierarchy edge \a hierarchyEdge that is not \a node.
    int otherEnd( int hierarchyEdge, int node ) const
    {
      const Edge &edge = mEdges[static_cast<std::size_t>( hierarchyEdge )];
      return edge.a == node ? edge.b : edge.a;
    }

  private:
    //! An edge of the hierarchy: a network edge, or a shortcut a - middle - b over two other hierarchy edges.
    struct Edge
    {
        int a;
        int b;
        int networkEdge; //!< the network edge, or -1 for a shortcut
        int middle;      //!< the contracted node a shortcut passes
        int childA;      //!< hierarchy edge a - middle
        int childB;      //!< hierarchy edge middle - b
    };

    std::vector<Edge> mEdges;
    std::vector<int> mRank;
    std::vector<int> mUpOffset;
    std::vector<UpArc> mUpArcs;
    int mShortcutCount = 0;

    friend class SeaLaneHierarchyBuilder;
};

#endif // SEALANEHIERARCHY_H
