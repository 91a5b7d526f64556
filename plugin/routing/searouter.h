/***************************************************************************
  searouter.h
  Port Seizure Atlas: shortest sea routes on a SeaLaneNetwork
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEAROUTER_H
#define SEAROUTER_H

#include "radixheap.h"
#include "sealanehierarchyquery.h"
#include "searoute.h"
#include "searouteendpoint.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

class SeaLaneHierarchy;
class SeaLaneNetwork;

/**
 * \brief Finds shortest sea routes between ports (UN/LOCODE) or free points on a SeaLaneNetwork.
 *
 * Edge weights are the network's `length_km`, times a factor for minor passages, inland waterways and secondary lanes
 * unless setLaneWeighting( FALSE ) (see SeaLaneNetwork::LaneClass); a route leaves a port through one of its connectors
 * and reaches a port through one of its connectors, and never uses a connector in between. Edges whose `pass` is in
 * the avoided set are never used (by default: corinth, kiel, northwest, northeast).
 *
 * A free point within PORT_MATCH_KM of a port joins the network through that port's connectors. Any other point joins
 * the main component of the network by straight lines: to the nearest node within the snap tolerance that the line
 * reaches without crossing the network's land (SeaLaneNetwork::land(), if any; the first COAST_ALLOWANCE_KM are free),
 * and to up to three more such nodes at most twice as far (or 100 km farther), so that the search can leave the right
 * way; a point none of them is reached from fails, "on land" if it is.
 *
 * Routes are searched on the network's contraction hierarchy for the router's cost model (SeaLaneNetwork::hierarchy())
 * once the router has searched enough routes to pay for building it (SearchMethod::Automatic, the default): an exact
 * search that explores a few hundred nodes; routes() searches upwards from the origin once and then from each
 * destination. SearchMethod::AStar is the search
 * before it: A* whose heuristic is the larger of two lower bounds that never overestimate, the great-circle distance
 * (scaled by SeaLaneNetwork::heuristicScale()) and the landmark bound (ALT, see SeaLaneNetwork::landmarkDistancesKm()),
 * and for routes() one Dijkstra search to all destinations. All methods give routes of the same cost.
 * The router keeps its search buffers between queries, so reuse one router for many routes. A router is not
 * thread-safe; use one per thread (they can share the network). The network must outlive the router.
 */
class SeaRouter
{
  public:
    //! Default distance in km within which a free point is snapped to the network.
    static constexpr double DEFAULT_SNAP_TOLERANCE_KM = 500.0;

    //! A free point this close (km) to a port of the network joins it through that port's sea-only connectors.
    static constexpr double PORT_MATCH_KM = 10.0;

    /**
     * \brief Length in km of a join line next to the free point that may cross land: the harbour approach through a
     * generalised coastline. Beyond it, a join line must stay at sea.
     */
    static constexpr double COAST_ALLOWANCE_KM = 3.0;

    //! Cost of a km in a minor passage (Pentland Firth, Fair Isle channel, the Minch) when lanes are weighed.
    static constexpr double MINOR_PASSAGE_COST_FACTOR = 6.0;

    //! Cost of a km on an inland waterway when lanes are weighed.
    static constexpr double INLAND_WATERWAY_COST_FACTOR = 3.0;

    //! Cost of a km on a secondary lane (north of Scotland) when lanes are weighed.
    static constexpr double SECONDARY_LANE_COST_FACTOR = 2.0;

    //! Constructs a router on \a network, avoiding defaultAvoidedPassages().
    explicit SeaRouter( const SeaLaneNetwork &network );

    SeaRouter( const SeaRouter & ) = delete;
    SeaRouter &operator=( const SeaRouter & ) = delete;

    //! Returns the network the router searches.
    const SeaLaneNetwork &network() const { return mNetwork; }

    //! Returns the passages avoided by default: corinth, kiel, northwest, northeast (unsuitable for large ships).
    static QSet<QString> defaultAvoidedPassages();

    //! Sets the `pass` values that routes must not use to \a passages; an empty set allows every passage.
    void setAvoidedPassages( const QSet<QString> &passages );

    //! Allows every passage (same as setAvoidedPassages() with an empty set).
    void allowAllPassages() { setAvoidedPassages( QSet<QString>() ); }

    //! Returns the avoided passages, sorted.
    QStringList avoidedPassages() const;

    //! Sets the largest distance in km, \a toleranceKm, between a free point and the network node it snaps to.
    void setSnapToleranceKm( double toleranceKm )
    {
      mSnapToleranceKm = toleranceKm;
      mFreePoints.clear(); // their joins depend on it
    }

    //! Returns the snap tolerance in km for free points.
    double snapToleranceKm() const { return mSnapToleranceKm; }

    /**
     * \brief Makes routes weigh the lane classes (\a weighLanes, the default): a km in a minor passage or on an
     * inland waterway costs MINOR_PASSAGE_COST_FACTOR or INLAND_WATERWAY_COST_FACTOR km, so that routes keep to the
     * main lanes. With FALSE routes are the shortest by distance.
     */
    void setLaneWeighting( bool weighLanes );

    //! Returns TRUE if routes weigh the lane classes (see setLaneWeighting()).
    bool laneWeighting() const { return mLaneWeighting; }

    //! How routes are searched; every method finds routes of the same (shortest) cost.
    enum class SearchMethod
    {
      Automatic, //!< AStar until the router has searched HIERARCHY_AFTER_SEARCHES destinations, then Hierarchy (the
                 //!< default); Hierarchy at once if the network already holds one for the router's cost model
      Hierarchy, //!< Contraction hierarchy of the network for the router's cost model (built on first use, fastest)
      AStar,     //!< A* with great-circle and landmark bounds for one destination, Dijkstra for several
      Dijkstra,  //!< Plain Dijkstra, no heuristic (the reference the others are checked against)
    };

    /**
     * \brief Destinations an Automatic router searches before it has the network build the contraction hierarchy of
     * its cost model: about as many A* searches as the build takes, so that a few routes never wait for it.
     */
    static constexpr int HIERARCHY_AFTER_SEARCHES = 2000;

    //! Sets how routes are searched to \a method.
    void setSearchMethod( SearchMethod method ) { mSearchMethod = method; }

    //! Returns how routes are searched.
    SearchMethod searchMethod() const { return mSearchMethod; }

    /**
     * \brief Returns why \a endpoint cannot start or end a route (\a role is "origin" or "destination" in the
     * message), or an empty string: an unknown port, an invalid coordinate, a point on land or beyond the snap
     * tolerance of every node a straight line at sea reaches.
     */
    QString endpointError( const SeaRouteEndpoint &endpoint, const QString &role ) const;

    //! Returns the shortest route from \a origin to \a destination, or an invalid route whose error() says why.
    SeaRoute route( const SeaRouteEndpoint &origin, const SeaRouteEndpoint &destination );

    //! Returns the shortest route between the ports \a originUnlocode and \a destinationUnlocode.
    SeaRoute route( const QString &originUnlocode, const QString &destinationUnlocode );

    /**
     * \brief Returns the shortest routes from \a origin to each of \a destinations, in the same order, with one
     * search. Each result is valid or carries its own error.
     */
    QVector<SeaRoute> routes( const SeaRouteEndpoint &origin, const QVector<SeaRouteEndpoint> &destinations );

  private:
    //! One way to leave or join the network: a connector, or the straight snap line of a free point.
    struct Terminal
    {
        int node = -1;
        double costKm = 0;
        int connector = -1; //!< connector edge id, or -1 for a straight snap line
    };

    //! An endpoint looked up in the network.
    struct ResolvedEndpoint
    {
        QString error;
        QPointF position;
        double snapKm = -1;           //!< -1 for a port
        double unit[3] = { 0, 0, 0 }; //!< unit vector of position, for the A* heuristic
        QVector<Terminal> terminals;
    };

    //! The route a search found: its ends' terminal indices (-1: none) and its network edges in mPathEdges.
    struct Path
    {
        int originTerminal;
        int destinationTerminal;
    };

    //! What a search learns about one destination.
    struct Target
    {
        double bestKm;
        int terminal; //!< index into the destination's terminals, -1 while none is reached
    };

    ResolvedEndpoint resolve( const SeaRouteEndpoint &endpoint, const QString &role ) const;
    void joinPort( const QString &unlocode, double straightKm, ResolvedEndpoint &resolved ) const;
    void joinBySea( const SeaRouteEndpoint &endpoint, const QString &role, ResolvedEndpoint &resolved ) const;
    void startSearch( const ResolvedEndpoint &origin );
    void search( const std::vector<const ResolvedEndpoint *> &destinations, std::vector<Target> &targets, bool guided );
    double heuristicKm( int node, const ResolvedEndpoint &destination ) const;
    Path tracePath( const ResolvedEndpoint &destination, const Target &target );
    bool useHierarchy( int destinations );
    void startHierarchySearch( const ResolvedEndpoint &origin );
    Path hierarchyPath( const ResolvedEndpoint &destination );
    Path hierarchyPath( const ResolvedEndpoint &origin, const ResolvedEndpoint &destination );
    SeaRoute makeRoute( const SeaRouteEndpoint &origin, const ResolvedEndpoint &resolvedOrigin,
                        const SeaRouteEndpoint &destination, const ResolvedEndpoint &resolvedDestination,
                        const Path &path );
    SeaRoute makeError( const SeaRouteEndpoint &origin, const SeaRouteEndpoint &destination,
                        const QString &error ) const;

    const SeaLaneNetwork &mNetwork;
    QStringList mAvoidedPassageList;
    std::uint64_t mAvoidedMask = 0;
    double mSnapToleranceKm = DEFAULT_SNAP_TOLERANCE_KM;
    bool mLaneWeighting = true;
    double mLaneCostFactor[4] = { 1.0, MINOR_PASSAGE_COST_FACTOR, INLAND_WATERWAY_COST_FACTOR,
                                  SECONDARY_LANE_COST_FACTOR };

    //! What a search knows about one node; valid where a stamp equals mSearchStamp.
    struct NodeState
    {
        double distanceKm;
        double heuristicKm;
        int previousEdge; //!< edge into the node, or -(2 + origin terminal index) at a start node
        std::uint32_t reached;
        std::uint32_t settled;
        std::uint32_t target; //!< the node ends a destination; its links start at mTargetHead
    };

    // search state, kept between queries
    std::uint32_t mSearchStamp = 0;
    std::vector<NodeState> mNodes;
    RadixHeap mHeap;
    std::vector<int> mStartNodes;
    std::vector<int> mTargetHead;
    struct TargetLink
    {
        int destination;
        int terminal;
        int next;
    };
    std::vector<TargetLink> mTargetLinks;
    std::vector<int> mPathEdges;

    SearchMethod mSearchMethod = SearchMethod::Automatic;
    long long mSearchedDestinations = 0;
    std::shared_ptr<const SeaLaneHierarchy> mHierarchy; //!< of the current cost model, fetched on first use
    SeaLaneHierarchyQuery mHierarchyQuery;
    std::vector<SeaLaneHierarchyQuery::Seed> mSeeds;
    std::vector<SeaLaneHierarchyQuery::Seed> mDestinationSeeds;

    //! Free points resolved so far, by position (joins depend only on the network and the snap tolerance).
    mutable std::map<std::pair<double, double>, ResolvedEndpoint> mFreePoints;
    static constexpr std::size_t MAX_KNOWN_FREE_POINTS = 4096;
};

#endif // SEAROUTER_H
