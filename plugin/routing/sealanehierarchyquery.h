/***************************************************************************
  sealanehierarchyquery.h
  Port Seizure Atlas: exact shortest-route searches on a SeaLaneHierarchy
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANEHIERARCHYQUERY_H
#define SEALANEHIERARCHYQUERY_H

#include <cstdint>
#include <utility>
#include <vector>

class SeaLaneHierarchy;

/**
 * \brief The search state of queries on a SeaLaneHierarchy. Both ends search upwards only (to nodes of higher
 * rank); the shortest route meets at the node where the two costs add up least. Nodes reached more cheaply from
 * above are not expanded (stall on demand).
 *
 * between() searches one pair from both ends at once; from() and then toward() for each destination search an origin
 * once, completely, and each destination only until no meeting can be shorter. Keeps its buffers between queries;
 * not thread-safe (one per SeaRouter).
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
     * \brief Returns the shortest route on \a hierarchy from \a origins to \a destinations, and stores its network
     * edges, in order, in \a networkEdges.
     */
    Result between( const SeaLaneHierarchy &hierarchy, const std::vector<Seed> &origins,
                    const std::vector<Seed> &destinations, std::vector<int> &networkEdges );

    //! Searches upwards from \a origins on \a hierarchy (every node the origin reaches); call before toward().
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

    //! One direction of a search: costs, valid where the stamp is current, and the open nodes.
    struct Side
    {
        std::vector<NodeState> states;
        std::uint32_t stamp = 0;
        std::vector<HeapEntry> heap;
    };

    void prepare( const SeaLaneHierarchy &hierarchy );
    //! Prepares both sides for a search on \a hierarchy and seeds the forward one with \a origins.
    void start( const SeaLaneHierarchy &hierarchy, const std::vector<Seed> &origins );
    static void restart( Side &side );
    void seed( Side &side, const std::vector<Seed> &seeds ) const;
    static double smallestKey( Side &side );
    void settle( Side &side, const Side &other, std::pair<double, int> &best ) const;
    Result trace( const std::pair<double, int> &best, const std::vector<Seed> &destinations,
                  std::vector<int> &networkEdges );

    const SeaLaneHierarchy *mHierarchy = nullptr;
    Side mForward;
    Side mBackward;
    std::vector<int> mOriginTags;
    std::vector<std::pair<int, int>> mLegs;
};

#endif // SEALANEHIERARCHYQUERY_H
