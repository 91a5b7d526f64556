/***************************************************************************
  sealanenetwork.h
  Port Seizure Atlas: the sea-lane graph (Eurostat SeaRoute "marnet" plus port connectors)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANENETWORK_H
#define SEALANENETWORK_H

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

class SeaLaneHierarchy;
class SeaLaneLand;

/**
 * \brief The sea-lane graph: a maritime network GeoPackage and its port connectors, loaded into compact arrays.
 *
 * Each network feature is one undirected edge between its two end points; end points that are equal bit for bit are one
 * node, and so are end points at longitude -180 and +180 with the same latitude (the network is cut at the
 * antimeridian; joining the two sides lets Pacific routes cross it). Edges keep their geometry, their `pass`
 * (chokepoint) value and their `length_km`.
 *
 * Port connectors are sea-only lines from a port (first vertex) to a network node (last vertex). They are edges too,
 * with ids after the network edges, but they are not part of the adjacency: a route may only use a connector as its
 * first or last edge (see SeaRouter).
 *
 * Load with load(); a failed load gives an invalid network whose error() names the file, layer, feature or field.
 * The network is immutable once loaded and may be shared by several SeaRouter objects, also across threads.
 */
class SeaLaneNetwork
{
  public:
    //! Mean Earth radius (km) used for every haversine length (the same as the network's `length_km`).
    static constexpr double EARTH_RADIUS_KM = 6371.0088;

    /**
     * \brief One direction of an edge in the adjacency arrays.
     */
    struct Arc
    {
        double lengthKm;              //!< Edge length in km
        int target;                   //!< Node reached by this arc
        std::uint32_t edgeAndPassage; //!< Edge id in the low 24 bits, passage id in the high 8 bits

        //! Returns the edge id.
        int edge() const { return static_cast<int>( edgeAndPassage & 0xFFFFFFu ); }

        //! Returns the passage id of the edge (0 for none).
        int passage() const { return static_cast<int>( ( edgeAndPassage >> 24 ) & 0x3Fu ); }

        //! Returns the lane class of the edge (see LaneClass).
        int laneClass() const { return static_cast<int>( edgeAndPassage >> 30 ); }
    };

    /**
     * \brief What kind of lane an edge is. Minor passages and inland waterways cost more than their length when a
     * SeaRouter weighs lanes (its default), so that routes follow the main shipping lanes where these exist.
     */
    enum class LaneClass : std::uint8_t
    {
      Main = 0,           //!< Open sea and the main straits and canals
      MinorPassage = 1,   //!< Narrow passages large ships avoid: Pentland Firth, Fair Isle channel, the Minch
      InlandWaterway = 2, //!< A river or canal over land (only known when the network is loaded with land polygons)
      SecondaryLane = 3,  //!< Open sea that liners between the Atlantic and the North Sea leave for the Channel
    };

    /**
     * \brief An area whose network edges form a passage that the network's `pass` field does not name, or (with an
     * empty name) a secondary lane.
     */
    struct NamedPassageArea
    {
        QString name;        //!< Passage name, as it appears in SeaRoute::passages(); empty for a lane class only
        LaneClass laneClass; //!< Lane class of its edges
        double west;         //!< Bounding box, degrees
        double south;        //!< Bounding box, degrees
        double east;         //!< Bounding box, degrees
        double north;        //!< Bounding box, degrees
    };

    /**
     * \brief Returns the passages named by area (Pentland Firth, the Orkney sounds, Fair Isle channel, the Minch,
     * Bosporus, Dardanelles) and the secondary lane north of Scotland; the first area that holds an edge wins.
     */
    static QVector<NamedPassageArea> namedPassageAreas();

    //! Name given to the passage of the edges classified LaneClass::InlandWaterway.
    static const QString INLAND_WATERWAY_PASSAGE;

    //! Constructs an empty, invalid network.
    SeaLaneNetwork() = default;

    SeaLaneNetwork( const SeaLaneNetwork & ) = delete;
    SeaLaneNetwork &operator=( const SeaLaneNetwork & ) = delete;

    //! Move constructor.
    SeaLaneNetwork( SeaLaneNetwork && ) noexcept = default;

    //! Move assignment.
    SeaLaneNetwork &operator=( SeaLaneNetwork && ) noexcept = default;

    /**
     * \brief Loads the network GeoPackage \a networkPath (layer \a layerName) and the port connectors in
     * \a connectorsPath (any OGR vector file, normally GeoJSON). An empty \a connectorsPath loads no ports.
     *
     * Never throws: on failure the returned network is invalid and error() says what is wrong and where.
     */
    static SeaLaneNetwork load( const QString &networkPath, const QString &connectorsPath,
                                const QString &layerName = QStringLiteral( "marnet" ) );

    /**
     * \brief Loads like load(), and keeps \a land (may be null): edges that run over it are inland waterways, and
     * SeaRouter joins free points to the network only by straight lines that do not cross it.
     */
    static SeaLaneNetwork load( const QString &networkPath, const QString &connectorsPath, const QString &layerName,
                                std::shared_ptr<const SeaLaneLand> land );

    //! File name of the network GeoPackage in a sea-lanes folder (layers/sealanes, the plugin's data folder).
    static const QString NETWORK_FILE_NAME;
    //! File name of the port connectors in a sea-lanes folder.
    static const QString CONNECTORS_FILE_NAME;

    /**
     * \brief Loads the network and the port connectors from \a folder, which holds NETWORK_FILE_NAME and
     * CONNECTORS_FILE_NAME.
     */
    static SeaLaneNetwork loadFolder( const QString &folder );

    //! Loads from \a folder like loadFolder(), with \a land polygons (see load()).
    static SeaLaneNetwork loadFolder( const QString &folder, std::shared_ptr<const SeaLaneLand> land );

    //! Returns the land polygons the network was loaded with, or null.
    const SeaLaneLand *land() const { return mLand.get(); }

    //! Returns an invalid network whose error() is \a error.
    static SeaLaneNetwork invalid( const QString &error );

    //! Returns TRUE if the network was loaded without error.
    bool isValid() const { return mError.isEmpty() && !mNodeLon.empty(); }

    //! Returns the load error, or an empty string.
    QString error() const { return mError; }

    //! Returns the path of the network GeoPackage.
    QString networkPath() const { return mNetworkPath; }

    //! Returns the path of the port connectors file.
    QString connectorsPath() const { return mConnectorsPath; }

    /**
     * \brief Returns the number of network features that were skipped because they cannot be on a route: fewer
     * than two vertices, or both ends at the same node (closed loops).
     */
    int skippedFeatureCount() const { return mSkippedFeatureCount; }

    //! Returns the number of nodes.
    int nodeCount() const { return static_cast<int>( mNodeLon.size() ); }

    //! Returns the longitude/latitude of node \a node.
    QPointF nodePosition( int node ) const { return QPointF( mNodeLon[node], mNodeLat[node] ); }

    //! Returns the node at exactly \a lon, \a lat, or -1.
    int findNode( double lon, double lat ) const;

    /**
     * \brief Returns the node nearest to \a lon, \a lat (great-circle distance), or -1 if the network is empty.
     * The distance in km is stored in \a distanceKm if given.
     */
    int nearestNode( double lon, double lat, double *distanceKm = nullptr ) const;

    /**
     * \brief Returns the nodes of the main component (see isInMainComponent()) within \a maxKm of \a lon, \a lat,
     * nearest first, as (distance km, node) pairs.
     */
    std::vector<std::pair<double, int>> nodesNear( double lon, double lat, double maxKm ) const;

    /**
     * \brief Returns TRUE if \a node is in the largest connected component of the network. Free points are joined
     * to this component only, so that a small disconnected piece of a damaged network cannot trap a route.
     */
    bool isInMainComponent( int node ) const
    {
      return mNodeComponent[static_cast<std::size_t>( node )] == mMainComponent;
    }

    //! Returns the number of connected components of the network (1 for the shipped one).
    int componentCount() const { return mComponentCount; }

    //! Returns the great-circle distance in km between nodes \a a and \a b (sphere of EARTH_RADIUS_KM).
    double nodeDistanceKm( int a, int b ) const;

    /**
     * \brief Returns the great-circle distance in km between \a node and the point whose unit vector is \a xyz
     * (see unitVector()). Cheaper than haversineKm() when one end is fixed for many calls.
     */
    double nodeDistanceKm( int node, const double *xyz ) const;

    //! Stores in \a xyz the unit vector (x, y, z) on the sphere of \a lon, \a lat (degrees).
    static void unitVector( double lon, double lat, double *xyz );

    //! Returns the number of edges, network edges and connectors together.
    int edgeCount() const { return static_cast<int>( mEdgeLengthKm.size() ); }

    //! Returns the number of network edges; edge ids from this number on are connectors.
    int networkEdgeCount() const { return mNetworkEdgeCount; }

    //! Returns the number of port connectors.
    int connectorCount() const { return edgeCount() - mNetworkEdgeCount; }

    //! Returns TRUE if \a edge is a port connector.
    bool isConnector( int edge ) const { return edge >= mNetworkEdgeCount; }

    /**
     * \brief Returns the node at the first vertex of \a edge, or -1 for a connector (whose first vertex is its port).
     */
    int edgeStartNode( int edge ) const { return mEdgeStart[edge]; }

    //! Returns the node at the last vertex of \a edge.
    int edgeEndNode( int edge ) const { return mEdgeEnd[edge]; }

    /**
     * \brief Returns the length of \a edge in km: the `length_km` field for a network edge, the haversine length of
     * the geometry for a connector.
     */
    double edgeLengthKm( int edge ) const { return mEdgeLengthKm[edge]; }

    //! Returns the passage id of \a edge (0 for none).
    int edgePassageId( int edge ) const { return mEdgePassage[edge]; }

    //! Returns the lane class of \a edge (LaneClass::Main for a connector).
    LaneClass edgeLaneClass( int edge ) const { return static_cast<LaneClass>( mEdgeLaneClass[edge] ); }

    //! Returns the `pass` value of \a edge (or the name of its passage area, see namedPassageAreas()), or "".
    QString edgePassage( int edge ) const { return mPassageNames.at( mEdgePassage[edge] ); }

    /**
     * \brief Returns the feature id of \a edge in its source file: the GeoPackage fid for a network edge, the
     * feature id in the connectors file for a connector.
     */
    qint64 edgeFeatureId( int edge ) const { return mEdgeFeatureId[edge]; }

    //! Returns the UN/LOCODE of connector \a edge, or an empty string for a network edge.
    QString edgePortCode( int edge ) const;

    /**
     * \brief Returns the WGS 84 geodesic length in km of the geometry of \a edge (the sum over its segments, as
     * GeodesicDensifier::lengthKm() measures it). Computed on first use and kept; safe to call from several threads.
     */
    double edgeGeodesicKm( int edge ) const;

    //! Returns the number of vertices of \a edge.
    int edgeVertexCount( int edge ) const { return mEdgeVertexOffset[edge + 1] - mEdgeVertexOffset[edge]; }

    //! Returns vertex \a index of \a edge as longitude/latitude.
    QPointF edgeVertex( int edge, int index ) const
    {
      const std::size_t i = 2 * static_cast<std::size_t>( mEdgeVertexOffset[edge] + index );
      return QPointF( mCoordinates[i], mCoordinates[i + 1] );
    }

    //! Returns the geometry of \a edge as longitude/latitude points, in stored order.
    QVector<QPointF> edgeGeometry( int edge ) const;

    /**
     * \brief Appends the vertices of \a edge to \a polyline, reversed if \a reversed, skipping the first appended
     * vertex if \a skipFirst (it equals the current end of the polyline).
     */
    void appendEdgeGeometry( int edge, bool reversed, bool skipFirst, QVector<QPointF> &polyline ) const;

    //! Returns the number of distinct passage values; ids run from 1 to this number (0 is "no passage").
    int passageCount() const { return mPassageNames.size() - 1; }

    //! Returns the name of passage \a id (empty for 0).
    QString passageName( int id ) const { return mPassageNames.value( id ); }

    //! Returns the id of passage \a name, or -1 if no edge has it.
    int passageId( const QString &name ) const;

    //! Returns the names of all passages that occur in the network, sorted.
    QStringList passages() const;

    //! Returns the arcs leaving \a node (begin).
    const Arc *arcsBegin( int node ) const { return mArcs.data() + mArcOffset[node]; }

    //! Returns the arcs leaving \a node (end).
    const Arc *arcsEnd( int node ) const { return mArcs.data() + mArcOffset[node + 1]; }

    /**
     * \brief Returns the largest factor f <= 1 such that every network edge is at least f times the great-circle
     * distance between its end nodes. f times a great-circle distance is a consistent A* heuristic.
     */
    double heuristicScale() const { return mHeuristicScale; }

    //! Number of landmarks whose shortest distances to every node are computed on load (see landmarkDistancesKm()).
    static constexpr int LANDMARK_COUNT = 8;

    //! Returns the number of landmarks (LANDMARK_COUNT, or fewer for a tiny network).
    int landmarkCount() const { return mLandmarkCount; }

    //! Returns the node of landmark \a index.
    int landmarkNode( int index ) const { return mLandmarkNodes[static_cast<std::size_t>( index )]; }

    /**
     * \brief Returns landmarkCount() shortest-path distances in km from each landmark to \a node, over all edges
     * (no passage avoided); infinity where a landmark cannot reach the node.
     *
     * For nodes a and b, |d(L, a) - d(L, b)| never exceeds the shortest distance between a and b, whatever passages
     * a search avoids (avoiding edges only makes paths longer): a consistent A* heuristic ("ALT").
     */
    const double *landmarkDistancesKm( int node ) const
    {
      return mLandmarkDistanceKm.data() + static_cast<std::size_t>( node ) * mLandmarkCount;
    }

    /**
     * \brief Returns the contraction hierarchy for the cost model of a SeaRouter: network edges whose passage id is
     * in \a avoidedMask left out, the others costing their length times \a laneCostFactor[lane class]. Built on the
     * first request for that cost model (a few hundred milliseconds) and kept with the network; safe from several
     * threads. With \a build FALSE, returns only a hierarchy built before, or null. Null for an invalid network.
     */
    std::shared_ptr<const SeaLaneHierarchy> hierarchy( std::uint64_t avoidedMask, const double laneCostFactor[4],
                                                       bool build = true ) const;

    //! Returns the UN/LOCODEs of all ports that have a connector, sorted.
    QStringList portCodes() const;

    /**
     * \brief Returns TRUE if port \a unlocode has at least one connector. Codes are compared in upper case without
     * spaces, so "be anr" finds BEANR; the same holds for the other port functions.
     */
    bool hasPort( const QString &unlocode ) const;

    //! Returns the name of port \a unlocode (the connectors' `port` property), or an empty string.
    QString portName( const QString &unlocode ) const;

    //! Returns the longitude/latitude of port \a unlocode (first vertex of its connectors), or (0, 0) if unknown.
    QPointF portPosition( const QString &unlocode ) const;

    //! Returns the connector edge ids of port \a unlocode.
    QVector<int> portConnectors( const QString &unlocode ) const;

    //! Returns the haversine distance in km between \a lon1, \a lat1 and \a lon2, \a lat2 (degrees).
    static double haversineKm( double lon1, double lat1, double lon2, double lat2 );

  private:
    //! Exact bit patterns of a node's longitude and latitude.
    struct NodeKey
    {
        std::uint64_t lon;
        std::uint64_t lat;
        bool operator==( const NodeKey &other ) const { return lon == other.lon && lat == other.lat; }
    };

    static std::size_t hashNodeKey( const NodeKey &key );

    static NodeKey nodeKey( double lon, double lat );

    struct Port
    {
        QString name;
        double lon = 0;
        double lat = 0;
        QVector<int> connectors;
    };

    QString loadNetwork( const QString &layerName );
    QString loadConnectors();
    void renumberNodes();
    void buildAdjacency();
    void computeLandmarks();
    void prepareHierarchies();
    void classifyLanes();
    void findComponents();
    int addPassage( const QString &name );
    void shortestDistancesKm( int source, std::vector<double> &distances ) const;
    int addNode( double lon, double lat );
    std::size_t nodeSlot( const NodeKey &key ) const;
    void growNodeSlots( std::size_t minimumSlots );
    int addEdge( const std::vector<double> &lonLat, double lengthKm, int passage, qint64 featureId );

    QString mError;
    QString mNetworkPath;
    QString mConnectorsPath;

    std::vector<double> mNodeLon;
    std::vector<double> mNodeLat;
    std::vector<double> mNodeUnit; // x, y, z on the unit sphere, for fast great-circle distances
    // open-addressing hash table from exact coordinates to node (a node map with one allocation per node was the
    // slowest part of a load); mNodeSlots holds node + 1, 0 for an empty slot
    std::vector<NodeKey> mNodeSlotKeys;
    std::vector<int> mNodeSlots;
    int mSkippedFeatureCount = 0;

    int mNetworkEdgeCount = 0;
    std::vector<int> mEdgeStart;
    std::vector<int> mEdgeEnd;
    std::vector<double> mEdgeLengthKm;
    std::vector<std::uint8_t> mEdgePassage;
    std::vector<std::uint8_t> mEdgeLaneClass;
    std::vector<qint64> mEdgeFeatureId;
    std::vector<int> mEdgeVertexOffset{ 0 };
    std::vector<double> mCoordinates; // lon, lat pairs of all edges, back to back
    // geodesic length of each edge, -1 until first asked for (routes measure their lines with it)
    std::unique_ptr<std::atomic<double>[]> mEdgeGeodesicKm;

    QStringList mPassageNames{ QString() };
    QHash<QString, Port> mPorts;
    QHash<int, QString> mConnectorPort;

    std::vector<int> mArcOffset;
    std::vector<Arc> mArcs;
    double mHeuristicScale = 1.0;
    int mLandmarkCount = 0;
    std::vector<int> mLandmarkNodes;
    std::vector<double> mLandmarkDistanceKm; // node-major: landmarkCount() values per node
    struct HierarchyCache;
    std::shared_ptr<HierarchyCache> mHierarchies; // one contraction hierarchy per cost model asked for
    std::vector<int> mNodeComponent;
    int mMainComponent = 0;
    int mComponentCount = 0;
    std::shared_ptr<const SeaLaneLand> mLand;
};

#endif // SEALANENETWORK_H
