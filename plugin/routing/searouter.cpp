/***************************************************************************
  searouter.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "searouter.h"

#include "geodesicdensifier.h"
#include "sealanehierarchy.h"
#include "sealaneland.h"
#include "sealanenetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace
{
  constexpr double INFINITE_KM = std::numeric_limits<double>::infinity();
}

SeaRouter::SeaRouter( const SeaLaneNetwork &network ) : mNetwork( network )
{
  setAvoidedPassages( defaultAvoidedPassages() );
}

QSet<QString> SeaRouter::defaultAvoidedPassages()
{
  return QSet<QString>{ QStringLiteral( "corinth" ), QStringLiteral( "kiel" ), QStringLiteral( "northwest" ),
                        QStringLiteral( "northeast" ) };
}

void SeaRouter::setAvoidedPassages( const QSet<QString> &passages )
{
  // sorted once here: every route carries the list
  mAvoidedPassageList = QStringList( passages.begin(), passages.end() );
  mAvoidedPassageList.sort();
  mAvoidedMask = 0;
  mHierarchy.reset();
  for ( const QString &name : passages )
  {
    const int id = mNetwork.passageId( name );
    if ( id > 0 )
      mAvoidedMask |= std::uint64_t( 1 ) << id;
  }
}

QStringList SeaRouter::avoidedPassages() const
{
  return mAvoidedPassageList;
}

SeaRouter::ResolvedEndpoint SeaRouter::resolve( const SeaRouteEndpoint &endpoint, const QString &role ) const
{
  ResolvedEndpoint resolved;
  if ( !mNetwork.isValid() )
  {
    const QString detail = mNetwork.error().isEmpty() ? QString() : QStringLiteral( ": " ) + mNetwork.error();
    resolved.error = QStringLiteral( "No sea-lane network loaded%1" ).arg( detail );
    return resolved;
  }
  if ( endpoint.isNull() )
  {
    resolved.error = QStringLiteral( "No %1 given" ).arg( role );
    return resolved;
  }

  if ( endpoint.isPort() )
  {
    if ( !mNetwork.hasPort( endpoint.unlocode() ) )
    {
      resolved.error = QStringLiteral( "Unknown %1 port '%2': no connector for this UN/LOCODE in %3" )
                           .arg( role, endpoint.unlocode(), mNetwork.connectorsPath() );
      return resolved;
    }
    resolved.position = mNetwork.portPosition( endpoint.unlocode() );
    SeaLaneNetwork::unitVector( resolved.position.x(), resolved.position.y(), resolved.unit );
    joinPort( endpoint.unlocode(), 0, resolved );
    return resolved;
  }

  const QPointF position = endpoint.position();
  if ( !std::isfinite( position.x() ) || !std::isfinite( position.y() ) || std::fabs( position.y() ) > 90.0 ||
       std::fabs( position.x() ) > 540.0 )
  {
    resolved.error =
        QStringLiteral( "The %1 %2 is not a valid longitude/latitude" ).arg( role, endpoint.description() );
    return resolved;
  }
  // a free point is joined the same way each time: many routes from or to it look it up once
  const std::pair<double, double> key( position.x(), position.y() );
  const auto known = mFreePoints.find( key );
  if ( known != mFreePoints.end() )
    return known->second;
  resolved.position = position;
  SeaLaneNetwork::unitVector( position.x(), position.y(), resolved.unit );

  // a port's published position (or a quay next to it): its connectors are sea-only lines drawn for it
  QString nearestPort;
  double nearestPortKm = PORT_MATCH_KM;
  for ( const QString &code : mNetwork.portCodes() )
  {
    const QPointF port = mNetwork.portPosition( code );
    const double km = SeaLaneNetwork::haversineKm( position.x(), position.y(), port.x(), port.y() );
    if ( km <= nearestPortKm )
    {
      nearestPortKm = km;
      nearestPort = code;
    }
  }
  if ( !nearestPort.isEmpty() )
  {
    resolved.snapKm = nearestPortKm;
    joinPort( nearestPort, nearestPortKm, resolved );
  }
  else
  {
    joinBySea( endpoint, role, resolved );
  }
  // only joins are kept: an error names the endpoint's role
  if ( resolved.error.isEmpty() )
  {
    if ( mFreePoints.size() >= MAX_KNOWN_FREE_POINTS )
      mFreePoints.clear();
    mFreePoints.emplace( key, resolved );
  }
  return resolved;
}

void SeaRouter::joinPort( const QString &unlocode, double straightKm, ResolvedEndpoint &resolved ) const
{
  for ( const int connector : mNetwork.portConnectors( unlocode ) )
  {
    const double costKm = straightKm + mNetwork.edgeLengthKm( connector );
    resolved.terminals.append( Terminal{ mNetwork.edgeEndNode( connector ), costKm, connector } );
  }
}

namespace
{
  //! Most nodes a free point joins: the search picks the best, so a far node does not force a way out and back.
  constexpr int MAX_JOINS = 4;
  //! Join nodes are at least this far apart (km), so that they lead different ways.
  constexpr double JOIN_SPACING_KM = 40.0;
  //! Most candidate nodes whose join line is tested against land.
  constexpr std::size_t MAX_JOIN_CANDIDATES = 2000;
} // namespace

void SeaRouter::joinBySea( const SeaRouteEndpoint &endpoint, const QString &role, ResolvedEndpoint &resolved ) const
{
  const QPointF position = resolved.position;
  const SeaLaneLand *land = mNetwork.land();
  const std::vector<std::pair<double, int>> near = mNetwork.nodesNear( position.x(), position.y(), mSnapToleranceKm );
  const auto reachedBySea = [&]( double km, int node ) {
    if ( !land || km <= COAST_ALLOWANCE_KM )
      return true;
    // the first COAST_ALLOWANCE_KM next to the point may cross the generalised coastline
    const QPointF target = mNetwork.nodePosition( node );
    const double t = COAST_ALLOWANCE_KM / km;
    const double startLon = position.x() + t * ( target.x() - position.x() );
    const double startLat = position.y() + t * ( target.y() - position.y() );
    return !land->crossesLand( startLon, startLat, target.x(), target.y() );
  };

  double firstKm = -1;
  for ( std::size_t i = 0; i < near.size() && i < MAX_JOIN_CANDIDATES; ++i )
  {
    const double km = near[i].first;
    const int node = near[i].second;
    // more ways in, up to twice the nearest join (or 100 km more), so the search can go the right way
    if ( firstKm >= 0 && ( km > std::max( 2.0 * firstKm, firstKm + 100.0 ) || resolved.terminals.size() >= MAX_JOINS ) )
      break;
    bool spaced = true;
    for ( const Terminal &terminal : std::as_const( resolved.terminals ) )
      spaced = spaced && mNetwork.nodeDistanceKm( node, terminal.node ) >= JOIN_SPACING_KM;
    if ( !spaced || !reachedBySea( km, node ) )
      continue;
    if ( firstKm < 0 )
      firstKm = km;
    resolved.terminals.append( Terminal{ node, km, -1 } );
  }
  if ( !resolved.terminals.isEmpty() )
  {
    resolved.snapKm = firstKm;
    return;
  }

  if ( land && land->isOnLand( position.x(), position.y() ) )
  {
    resolved.error = QStringLiteral( "The %1 %2 is on land: no sea-lane node within the snap tolerance of %3 km is "
                                     "reached by a straight line at sea" )
                         .arg( role, endpoint.description() )
                         .arg( mSnapToleranceKm, 0, 'f', 1 );
    return;
  }
  double nearestKm = 0;
  mNetwork.nearestNode( position.x(), position.y(), &nearestKm );
  const QString how = land && !near.empty() ? QStringLiteral( " reached by a straight line at sea" ) : QString();
  resolved.error = QStringLiteral( "The %1 %2 has no sea-lane node%3 within the snap tolerance of %4 km (the nearest "
                                   "node is %5 km away)" )
                       .arg( role, endpoint.description(), how )
                       .arg( mSnapToleranceKm, 0, 'f', 1 )
                       .arg( nearestKm, 0, 'f', 1 );
}

QString SeaRouter::endpointError( const SeaRouteEndpoint &endpoint, const QString &role ) const
{
  return resolve( endpoint, role ).error;
}

void SeaRouter::setLaneWeighting( bool weighLanes )
{
  mLaneWeighting = weighLanes;
  mHierarchy.reset();
  mLaneCostFactor[static_cast<int>( SeaLaneNetwork::LaneClass::MinorPassage )] =
      weighLanes ? MINOR_PASSAGE_COST_FACTOR : 1.0;
  mLaneCostFactor[static_cast<int>( SeaLaneNetwork::LaneClass::InlandWaterway )] =
      weighLanes ? INLAND_WATERWAY_COST_FACTOR : 1.0;
  mLaneCostFactor[static_cast<int>( SeaLaneNetwork::LaneClass::SecondaryLane )] =
      weighLanes ? SECONDARY_LANE_COST_FACTOR : 1.0;
}

SeaRoute SeaRouter::makeError( const SeaRouteEndpoint &origin, const SeaRouteEndpoint &destination,
                               const QString &error ) const
{
  SeaRoute route;
  route.mError = error;
  route.mOrigin = origin;
  route.mDestination = destination;
  route.mAvoidedPassages = avoidedPassages();
  return route;
}

SeaRoute SeaRouter::route( const QString &originUnlocode, const QString &destinationUnlocode )
{
  return route( SeaRouteEndpoint::port( originUnlocode ), SeaRouteEndpoint::port( destinationUnlocode ) );
}

SeaRoute SeaRouter::route( const SeaRouteEndpoint &origin, const SeaRouteEndpoint &destination )
{
  const ResolvedEndpoint resolvedOrigin = resolve( origin, QStringLiteral( "origin" ) );
  const ResolvedEndpoint resolvedDestination = resolve( destination, QStringLiteral( "destination" ) );
  QStringList errors;
  if ( !resolvedOrigin.error.isEmpty() )
    errors << resolvedOrigin.error;
  if ( !resolvedDestination.error.isEmpty() && !errors.contains( resolvedDestination.error ) )
    errors << resolvedDestination.error;
  if ( !errors.isEmpty() )
    return makeError( origin, destination, errors.join( QLatin1String( "; " ) ) );

  Path path{ -1, -1 };
  if ( resolvedOrigin.position != resolvedDestination.position )
  {
    if ( useHierarchy( 1 ) )
    {
      path = hierarchyPath( resolvedOrigin, resolvedDestination );
    }
    else
    {
      std::vector<Target> targets;
      startSearch( resolvedOrigin );
      search( { &resolvedDestination }, targets, mSearchMethod != SearchMethod::Dijkstra );
      path = tracePath( resolvedDestination, targets[0] );
    }
  }
  return makeRoute( origin, resolvedOrigin, destination, resolvedDestination, path );
}

QVector<SeaRoute> SeaRouter::routes( const SeaRouteEndpoint &origin, const QVector<SeaRouteEndpoint> &destinations )
{
  QVector<SeaRoute> results( destinations.size() );
  const ResolvedEndpoint resolvedOrigin = resolve( origin, QStringLiteral( "origin" ) );
  if ( !resolvedOrigin.error.isEmpty() )
  {
    for ( int i = 0; i < destinations.size(); ++i )
      results[i] = makeError( origin, destinations[i], resolvedOrigin.error );
    return results;
  }

  std::vector<ResolvedEndpoint> resolvedDestinations;
  resolvedDestinations.reserve( static_cast<std::size_t>( destinations.size() ) );
  std::vector<const ResolvedEndpoint *> searched;
  std::vector<int> searchedIndex;
  for ( int i = 0; i < destinations.size(); ++i )
  {
    resolvedDestinations.push_back( resolve( destinations[i], QStringLiteral( "destination" ) ) );
    const ResolvedEndpoint &resolved = resolvedDestinations.back();
    if ( resolved.error.isEmpty() && resolved.position != resolvedOrigin.position )
    {
      searched.push_back( &resolved );
      searchedIndex.push_back( i );
    }
  }

  std::vector<Target> targets;
  const bool hierarchy = !searched.empty() && useHierarchy( static_cast<int>( searched.size() ) );
  if ( hierarchy )
  {
    // one upward search from the origin, then one short one from each destination
    startHierarchySearch( resolvedOrigin );
  }
  else if ( !searched.empty() )
  {
    startSearch( resolvedOrigin );
    // A* when there is one destination, plain Dijkstra for several
    search( searched, targets, mSearchMethod != SearchMethod::Dijkstra );
  }

  std::size_t next = 0;
  for ( int i = 0; i < destinations.size(); ++i )
  {
    const ResolvedEndpoint &resolved = resolvedDestinations[static_cast<std::size_t>( i )];
    if ( !resolved.error.isEmpty() )
    {
      results[i] = makeError( origin, destinations[i], resolved.error );
      continue;
    }
    Path path{ -1, -1 };
    if ( next < searchedIndex.size() && searchedIndex[next] == i )
    {
      path = hierarchy ? hierarchyPath( resolved ) : tracePath( resolved, targets[next] );
      ++next;
    }
    results[i] = makeRoute( origin, resolvedOrigin, destinations[i], resolved, path );
  }
  return results;
}

void SeaRouter::startSearch( const ResolvedEndpoint &origin )
{
  const std::size_t nodes = static_cast<std::size_t>( mNetwork.nodeCount() );
  if ( mNodes.size() != nodes || ++mSearchStamp == 0 )
  {
    // first search, or the stamps wrapped around: forget everything once
    mNodes.assign( nodes, NodeState{ 0, 0, -1, 0, 0, 0 } );
    mTargetHead.assign( nodes, -1 );
    mSearchStamp = 1;
  }
  mHeap.clear();
  mStartNodes.clear();

  for ( int i = 0; i < origin.terminals.size(); ++i )
  {
    const Terminal &terminal = origin.terminals[i];
    NodeState &state = mNodes[static_cast<std::size_t>( terminal.node )];
    if ( state.reached != mSearchStamp || terminal.costKm < state.distanceKm )
    {
      if ( state.reached != mSearchStamp )
        mStartNodes.push_back( terminal.node );
      state.reached = mSearchStamp;
      state.distanceKm = terminal.costKm;
      state.previousEdge = -2 - i;
    }
  }
}

double SeaRouter::heuristicKm( int node, const ResolvedEndpoint &destination ) const
{
  // Two lower bounds on the rest of the way, both consistent, so A* stays exact; the larger one is used.
  // 1. The great circle to the destination: each way in (node -> terminal node -> destination) is at least that long
  //    (a connector is no shorter than the great circle it spans), scaled by the network's heuristicScale().
  const double greatCircleKm = mNetwork.heuristicScale() * mNetwork.nodeDistanceKm( node, destination.unit );
  // 2. Landmarks (ALT): |d(L, node) - d(L, terminal)| <= d(node, terminal), for the best terminal.
  const int landmarks = mNetwork.landmarkCount();
  const double *fromNode = mNetwork.landmarkDistancesKm( node );
  double landmarkKm = INFINITE_KM;
  for ( const Terminal &terminal : destination.terminals )
  {
    const double *fromTerminal = mNetwork.landmarkDistancesKm( terminal.node );
    double bound = 0;
    for ( int i = 0; i < landmarks; ++i )
      bound = std::max( bound, std::fabs( fromNode[i] - fromTerminal[i] ) ); // NaN (both unreachable) is skipped
    landmarkKm = std::min( landmarkKm, bound + terminal.costKm );
  }
  // a hair below, so that rounding in the sums can never make the bound overestimate
  return std::max( greatCircleKm, landmarkKm * ( 1.0 - 1e-12 ) );
}

void SeaRouter::search( const std::vector<const ResolvedEndpoint *> &destinations, std::vector<Target> &targets,
                        bool guided )
{
  // guided (A*) search needs a single destination: its heuristic is a lower bound to that destination only
  guided = guided && destinations.size() == 1;
  const std::uint32_t stamp = mSearchStamp;

  targets.assign( destinations.size(), Target{ INFINITE_KM, -1 } );
  mTargetLinks.clear();
  for ( std::size_t d = 0; d < destinations.size(); ++d )
  {
    for ( int k = 0; k < destinations[d]->terminals.size(); ++k )
    {
      const std::size_t node = static_cast<std::size_t>( destinations[d]->terminals[k].node );
      if ( mNodes[node].target != stamp )
      {
        mNodes[node].target = stamp;
        mTargetHead[node] = -1;
      }
      mTargetLinks.push_back( TargetLink{ static_cast<int>( d ), k, mTargetHead[node] } );
      mTargetHead[node] = static_cast<int>( mTargetLinks.size() ) - 1;
    }
  }

  for ( const int node : mStartNodes )
  {
    NodeState &state = mNodes[static_cast<std::size_t>( node )];
    state.heuristicKm = guided ? heuristicKm( node, *destinations[0] ) : 0.0;
    mHeap.push( state.distanceKm + state.heuristicKm, node );
  }

  // every destination is final once the smallest open key reaches its best length
  double bound = INFINITE_KM;
  const std::uint64_t avoided = mAvoidedMask;
  const double *laneCostFactor = mLaneCostFactor;
  NodeState *nodes = mNodes.data();
  while ( !mHeap.isEmpty() )
  {
    const std::pair<double, int> top = mHeap.pop();
    const int u = top.second;
    NodeState &stateU = nodes[u];
    if ( stateU.settled == stamp )
      continue;
    if ( top.first >= bound )
      break;
    stateU.settled = stamp;
    const double distanceU = stateU.distanceKm;

    if ( stateU.target == stamp )
    {
      bool improved = false;
      for ( int link = mTargetHead[static_cast<std::size_t>( u )]; link >= 0;
            link = mTargetLinks[static_cast<std::size_t>( link )].next )
      {
        const TargetLink &targetLink = mTargetLinks[static_cast<std::size_t>( link )];
        Target &target = targets[static_cast<std::size_t>( targetLink.destination )];
        const double total =
            distanceU +
            destinations[static_cast<std::size_t>( targetLink.destination )]->terminals[targetLink.terminal].costKm;
        if ( total < target.bestKm )
        {
          target.bestKm = total;
          target.terminal = targetLink.terminal;
          improved = true;
        }
      }
      if ( improved )
      {
        bound = 0;
        for ( const Target &target : targets )
          bound = std::max( bound, target.bestKm );
      }
    }

    const SeaLaneNetwork::Arc *end = mNetwork.arcsEnd( u );
    for ( const SeaLaneNetwork::Arc *arc = mNetwork.arcsBegin( u ); arc != end; ++arc )
    {
      if ( avoided & ( std::uint64_t( 1 ) << arc->passage() ) )
        continue;
      NodeState &stateV = nodes[arc->target];
      const double distanceV = distanceU + arc->lengthKm * laneCostFactor[arc->laneClass()];
      if ( stateV.reached != stamp )
      {
        stateV.reached = stamp;
        stateV.heuristicKm = guided ? heuristicKm( arc->target, *destinations[0] ) : 0.0;
      }
      else if ( distanceV >= stateV.distanceKm || stateV.settled == stamp )
      {
        continue;
      }
      stateV.distanceKm = distanceV;
      stateV.previousEdge = arc->edge();
      mHeap.push( distanceV + stateV.heuristicKm, arc->target );
    }
  }
}

SeaRouter::Path SeaRouter::tracePath( const ResolvedEndpoint &destination, const Target &target )
{
  mPathEdges.clear();
  if ( target.terminal < 0 )
    return Path{ -1, -1 };
  // walk back from the destination's terminal node to one of the origin's
  int node = destination.terminals[target.terminal].node;
  int previous = mNodes[static_cast<std::size_t>( node )].previousEdge;
  while ( previous >= 0 )
  {
    mPathEdges.push_back( previous );
    node = mNetwork.edgeStartNode( previous ) == node ? mNetwork.edgeEndNode( previous )
                                                      : mNetwork.edgeStartNode( previous );
    previous = mNodes[static_cast<std::size_t>( node )].previousEdge;
  }
  std::reverse( mPathEdges.begin(), mPathEdges.end() );
  return Path{ -2 - previous, target.terminal };
}

bool SeaRouter::useHierarchy( int destinations )
{
  mSearchedDestinations += destinations;
  if ( mSearchMethod != SearchMethod::Hierarchy && mSearchMethod != SearchMethod::Automatic )
    return false;
  if ( !mHierarchy )
  {
    const bool build = mSearchMethod == SearchMethod::Hierarchy || mSearchedDestinations > HIERARCHY_AFTER_SEARCHES;
    mHierarchy = mNetwork.hierarchy( mAvoidedMask, mLaneCostFactor, build );
  }
  return mHierarchy != nullptr;
}

namespace
{
  //! Returns the terminals of \a terminals as seeds of a hierarchy search, tagged with their index.
  template <class Terminals> void toSeeds( const Terminals &terminals, std::vector<SeaLaneHierarchyQuery::Seed> &seeds )
  {
    seeds.clear();
    for ( int i = 0; i < terminals.size(); ++i )
      seeds.push_back( SeaLaneHierarchyQuery::Seed{ terminals[i].node, terminals[i].costKm, i } );
  }
} // namespace

void SeaRouter::startHierarchySearch( const ResolvedEndpoint &origin )
{
  toSeeds( origin.terminals, mSeeds );
  mHierarchyQuery.from( *mHierarchy, mSeeds );
}

SeaRouter::Path SeaRouter::hierarchyPath( const ResolvedEndpoint &origin, const ResolvedEndpoint &destination )
{
  toSeeds( origin.terminals, mSeeds );
  toSeeds( destination.terminals, mDestinationSeeds );
  const SeaLaneHierarchyQuery::Result result =
      mHierarchyQuery.between( *mHierarchy, mSeeds, mDestinationSeeds, mPathEdges );
  return Path{ result.originTag, result.destinationTag };
}

SeaRouter::Path SeaRouter::hierarchyPath( const ResolvedEndpoint &destination )
{
  toSeeds( destination.terminals, mSeeds );
  const SeaLaneHierarchyQuery::Result result = mHierarchyQuery.toward( mSeeds, mPathEdges );
  return Path{ result.originTag, result.destinationTag };
}

SeaRoute SeaRouter::makeRoute( const SeaRouteEndpoint &origin, const ResolvedEndpoint &resolvedOrigin,
                               const SeaRouteEndpoint &destination, const ResolvedEndpoint &resolvedDestination,
                               const Path &path )
{
  SeaRoute route;
  route.mOrigin = origin;
  route.mDestination = destination;
  route.mAvoidedPassages = avoidedPassages();
  route.mOriginSnapKm = resolvedOrigin.snapKm;
  route.mDestinationSnapKm = resolvedDestination.snapKm;
  route.mOriginJoin = resolvedOrigin.position;
  route.mDestinationJoin = resolvedDestination.position;

  if ( resolvedOrigin.position == resolvedDestination.position )
  {
    // same place (e.g. two codes for one harbour): an empty route
    route.mValid = true;
    route.mPolyline = { resolvedOrigin.position };
    route.mOriginSnapKm = resolvedOrigin.snapKm < 0 ? -1 : 0;
    route.mDestinationSnapKm = resolvedDestination.snapKm < 0 ? -1 : 0;
    return route;
  }
  if ( path.destinationTerminal < 0 )
  {
    const QStringList avoided = avoidedPassages();
    route.mError = QStringLiteral( "No sea route from %1 to %2%3" )
                       .arg( origin.description(), destination.description(),
                             avoided.isEmpty()
                                 ? QString()
                                 : QStringLiteral( " that avoids %1" ).arg( avoided.join( QLatin1String( ", " ) ) ) );
    return route;
  }

  const Terminal &destinationTerminal = resolvedDestination.terminals[path.destinationTerminal];
  const Terminal &originTerminal = resolvedOrigin.terminals[path.originTerminal];

  QVector<QPointF> &polyline = route.mPolyline;
  QVector<int> &edges = route.mEdges;
  edges.reserve( static_cast<int>( mPathEdges.size() ) + 2 );
  int vertexCount = 2;
  for ( const int edge : mPathEdges )
    vertexCount += mNetwork.edgeVertexCount( edge ) - 1;
  for ( const int connector : { originTerminal.connector, destinationTerminal.connector } )
    vertexCount += connector >= 0 ? mNetwork.edgeVertexCount( connector ) : 0;
  polyline.reserve( vertexCount );
  double lengthKm = 0;
  // the geodesic length of the line: kept per edge by the network, plus the straight joins
  double geodesicKm = 0;
  const auto addJoin = [&polyline, &geodesicKm]( const QPointF &point ) {
    if ( !polyline.isEmpty() )
      geodesicKm += GeodesicDensifier::distanceKm( polyline.constLast(), point );
    polyline.append( point );
  };
  if ( originTerminal.connector >= 0 )
  {
    edges.append( originTerminal.connector );
    const QPointF portPosition = mNetwork.edgeVertex( originTerminal.connector, 0 );
    if ( portPosition != resolvedOrigin.position )
    {
      polyline.append( resolvedOrigin.position ); // a free point next to the port
      geodesicKm += GeodesicDensifier::distanceKm( resolvedOrigin.position, portPosition );
    }
    mNetwork.appendEdgeGeometry( originTerminal.connector, false, false, polyline );
    geodesicKm += mNetwork.edgeGeodesicKm( originTerminal.connector );
  }
  else
  {
    addJoin( resolvedOrigin.position );
    if ( mNetwork.nodePosition( originTerminal.node ) != resolvedOrigin.position )
      addJoin( mNetwork.nodePosition( originTerminal.node ) );
  }
  lengthKm += originTerminal.costKm;

  std::uint64_t passages = 0;
  int node = originTerminal.node;
  for ( const int edge : mPathEdges )
  {
    const bool forward = mNetwork.edgeStartNode( edge ) == node;
    mNetwork.appendEdgeGeometry( edge, !forward, true, polyline );
    node = forward ? mNetwork.edgeEndNode( edge ) : mNetwork.edgeStartNode( edge );
    edges.append( edge );
    lengthKm += mNetwork.edgeLengthKm( edge );
    geodesicKm += mNetwork.edgeGeodesicKm( edge );
    passages |= std::uint64_t( 1 ) << mNetwork.edgePassageId( edge );
  }

  if ( destinationTerminal.connector >= 0 )
  {
    edges.append( destinationTerminal.connector );
    mNetwork.appendEdgeGeometry( destinationTerminal.connector, true, true, polyline );
    geodesicKm += mNetwork.edgeGeodesicKm( destinationTerminal.connector );
    if ( polyline.constLast() != resolvedDestination.position )
      addJoin( resolvedDestination.position );
  }
  else if ( mNetwork.nodePosition( destinationTerminal.node ) != resolvedDestination.position )
  {
    addJoin( resolvedDestination.position );
  }
  lengthKm += destinationTerminal.costKm;
  route.mOriginApproachKm = originTerminal.costKm;
  route.mDestinationApproachKm = destinationTerminal.costKm;
  if ( resolvedOrigin.snapKm >= 0 && originTerminal.connector < 0 )
    route.mOriginSnapKm = originTerminal.costKm; // the join the search took
  if ( resolvedDestination.snapKm >= 0 && destinationTerminal.connector < 0 )
    route.mDestinationSnapKm = destinationTerminal.costKm;
  route.mOriginJoin = mNetwork.nodePosition( originTerminal.node );
  route.mDestinationJoin = mNetwork.nodePosition( destinationTerminal.node );

  for ( int id = 1; id <= mNetwork.passageCount(); ++id )
  {
    if ( passages & ( std::uint64_t( 1 ) << id ) )
      route.mPassages << mNetwork.passageName( id );
  }
  route.mPassages.sort();
  // the network is cut at the antimeridian (nodes at -180 and +180 are one node): keep the line continuous
  route.mPolyline = GeodesicDensifier::unwrapLongitudes( std::move( route.mPolyline ) );
  route.mLengthKm = lengthKm;
  route.mGeodesicLengthKm = geodesicKm;
  route.mValid = true;
  return route;
}
