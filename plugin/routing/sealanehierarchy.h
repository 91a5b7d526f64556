/***************************************************************************
  sealanehierarchy.h
  Port Seizure Atlas: a contraction hierarchy of the sea-lane network for one cost model, and its exact search
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANEHIERARCHY_H
#define SEALANEHIERARCHY_H

#include <cstdint>
#include <utility>
#include <vector>

class SeaLaneNetwork;

/**
 * \brief A contraction hierarchy of a SeaLaneNetwork for one cost model: the edges whose passages are not avoided,
 * each costing its length times the factor of its lane class.
 *
 * Nodes are contracted one by one, least important first; a shortcut replaces the two edges through a contracted
 * node wherever no path as short avoids it (witness search). A shortest path then rises in rank from both ends, so
 * SeaLaneHierarchyQuery explores only a few hundred nodes instead of most of the network. Costs and paths are those of
 * Dijkstra's algorithm on the same edges (the shortcuts unpack to network edges).
 *
 * Immutable once built; share it between threads (SeaLaneNetwork::hierarchy() keeps one per cost model).
 */
class SeaLaneHierarchy
{
  public:
    /**
     * \brief Builds the hierarchy of \a network without the edges whose passage id is in \a avoidedMask (bit i for
     * passage i), each edge costing its length times \a laneCostFactor[lane class] (factors >= 1 or not, any
     * non-negative value is exact).
     */
    SeaLaneHierarchy( const SeaLaneNetwork &network, std::uint64_t avoidedMask, const double laneCostFactor[4] );

    //! An arc to a node of higher rank.
    struct UpArc
    {
        double cost;  //!< cost of the arc (weighted km)
        int target;   //!< node of higher rank
        int shortcut; //!< hierarchy edge id, see unpack()
    };

    //! Returns the arcs from \a node to nodes of higher rank (begin).
    const UpArc *upBegin( int node ) const { return mUpArcs.data() + mUpOffset[static_cast<std::size_t>( node )]; }

    //! Returns the arcs from \a node to nodes of higher rank (end).
    const UpArc *upEnd( int node ) const { return mUpArcs.data() + mUpOffset[static_cast<std::size_t>( node ) + 1]; }

    //! Returns the number of nodes (those of the network).
    int nodeCount() const { return static_cast<int>( mUpOffset.size() ) - 1; }

    //! Returns the number of shortcuts added to the network's edges.
    int shortcutCount() const { return mShortcutCount; }

    /**
     * \brief Appends to \a networkEdges the network edges of hierarchy edge \a hierarchyEdge, in order, walked from its
     * end node \a fromNode.
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
    std::vector<int> mUpOffset;
    std::vector<UpArc> mUpArcs;
    int mShortcutCount = 0;

    friend class SeaLaneHierarchyBuilder;
};

/**
 * \brief The search state of queries on a SeaLaneHierarchy: one upward search from the origin's start nodes, then one
 * from each destination's end nodes; the shortest route meets at the node where the two costs add up least.
 *
 * Keeps its buffers between queries; not thread-safe (one per SeaRouter).
 */
class SeaLaneHierarchyQuery
{
  public:
    //! A node where a search starts, with the cost already spent to reach it and a caller's tag (e.g. a terminal).
    struct Seed
    {
        int node;
        double cost;
        int tag;
    };

    //! What a query found: the cost of the shortest route, and its ends' tags (tags are -1 when nothing is reached).
    struct Result
    {
        double cost;
        int originTag;
        int destinationTag;
    };

    /**
     * \brief Searches upwards from \a origins on \a hierarchy (every node the origin reaches upwards); call before
     * toward().
     */
    void from( const SeaLaneHierarchy &hierarchy, const std::vector<Seed> &origins );

    /**
     * \brief Returns the shortest route from the origins of from() to \a destinations, and stores its network
     * edges, in order, in \a networkEdges.
     */
    Result toward( const std::vector<Seed> &destinations, std::vector<int> &networkEdges );

  private:
    struct NodeState
    {
        double cost;
        int parent; //!< hierarchy edge into the node, or -(2 + seed index) at a seed
        std::uint32_t stamp;
    };

    struct HeapEntry
    {
        double key;
        int node;
        bool operator>( const HeapEntry &other ) const { return key > other.key; }
    };

    //! Runs an upward search from \a seeds into \a states (stamped \a stamp); unless \a forward, meets the forward
    //! states, stops once no meeting can be shorter and returns the best meeting as (cost, node).
    std::pair<double, int> upward( const std::vector<Seed> &seeds, std::vector<NodeState> &states, std::uint32_t stamp,
                                   bool forward );

    const SeaLaneHierarchy *mHierarchy = nullptr;
    std::vector<NodeState> mForward;
    std::vector<NodeState> mBackward;
    std::uint32_t mForwardStamp = 0;
    std::uint32_t mBackwardStamp = 0;
    std::vector<HeapEntry> mHeap;
    std::vector<int> mOriginTags;
    std::vector<std::pair<int, int>> mLegs;
};

#endif // SEALANEHIERARCHY_H
