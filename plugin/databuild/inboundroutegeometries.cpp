/***************************************************************************
  inboundroutegeometries.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "inboundroutegeometries.h"
#include "geodesicdensifier.h"
#include "geopackagewriter.h"
#include "sealanenetwork.h"
#include "searouteendpoint.h"
#include "searouter.h"

#include <optional>

const QString InboundRouteGeometries::STATUS_DRAWN = QStringLiteral( "drawn" );

namespace
{
  //! Why an end of a route cannot be drawn, or an empty string when it can.
  QString endProblem( const AtlasDataSet &dataSet, const SeaLaneNetwork &network, const QString &unlocode,
                      const QString &name, const QString &role )
  {
    if ( unlocode.isEmpty() )
      return QStringLiteral( "not drawn: the %1 \"%2\" is a country or region, not a port" ).arg( role, name );
    const AtlasDataSet::Port *port = dataSet.port( unlocode );
    if ( port && !port->position )
      return QStringLiteral( "not drawn: no sourced position for the %1 %2 (%3)" ).arg( role, name, unlocode );
    if ( !network.hasPort( unlocode ) && !port )
      return QStringLiteral( "not drawn: the %1 %2 (%3) has no connector to the sea-lane network" )
          .arg( role, name, unlocode );
    return QString();
  }

  /**
   * The end of a route at the port \a unlocode: the port's connector to the sea lanes, or, for a port the
   * network has no connector for, its sourced position, which joins the lanes by sea (SeaRouter).
   */
  SeaRouteEndpoint routeEnd( const AtlasDataSet &dataSet, const SeaLaneNetwork &network, const QString &unlocode )
  {
    const AtlasDataSet::Port *port = dataSet.port( unlocode );
    if ( network.hasPort( unlocode ) || !port || !port->position )
      return SeaRouteEndpoint::port( unlocode );
    return SeaRouteEndpoint::point( port->position->x(), port->position->y(), port->name );
  }
} // namespace

InboundRouteGeometries::InboundRouteGeometries( const AtlasDataSet &dataSet, const SeaLaneNetwork &network )
{
  SeaRouter router( network );
  for ( const AtlasDataSet::Route &route : dataSet.routes )
  {
    Geometry geometry;
    if ( route.originUnlocode.isEmpty() && !dataSet.mainPorts( route.originCountryIso2 ).isEmpty() )
    {
      geometry.status = endProblem( dataSet, network, route.destinationUnlocode, route.destinationName,
                                    QStringLiteral( "destination" ) );
      if ( geometry.status.isEmpty() )
        geometry = routeFromAssumedOrigin( dataSet, network, router, route );
    }
    else
    {
      geometry.status =
          endProblem( dataSet, network, route.originUnlocode, route.originName, QStringLiteral( "origin" ) );
      if ( route.originUnlocode.isEmpty() && !route.originCountryIso2.isEmpty() &&
           !route.destinationUnlocode.isEmpty() )
        geometry.status = QStringLiteral( "not drawn: the source names only the origin country %1, and no main export "
                                          "port of it is listed in country_main_ports.csv" )
                              .arg( route.originCountryIso2 );
      if ( geometry.status.isEmpty() )
        geometry.status = endProblem( dataSet, network, route.destinationUnlocode, route.destinationName,
                                      QStringLiteral( "destination" ) );
      if ( geometry.status.isEmpty() )
      {
        const SeaRoute seaRoute = router.route( routeEnd( dataSet, network, route.originUnlocode ),
                                                routeEnd( dataSet, network, route.destinationUnlocode ) );
        if ( seaRoute.isValid() )
          setLine( geometry, seaRoute );
        else
          geometry.status = QStringLiteral( "not drawn: %1" ).arg( seaRoute.error() );
      }
    }
    if ( geometry.status != STATUS_DRAWN )
      mNotDrawn << QStringLiteral( "%1 (%2 line %3): %4" )
                       .arg( route.routeId, route.table )
                       .arg( route.line )
                       .arg( geometry.status );
    mGeometries.insert( route.routeId, geometry );
  }
}

void InboundRouteGeometries::setLine( Geometry &geometry, const SeaRoute &seaRoute ) const
{
  const GeodesicDensifier densifier( DENSIFY_KM );
  const QVector<QPointF> line = densifier.densify( seaRoute.polyline() );
  geometry.wkt = GeoPackageWriter::lineStringWkt( line );
  geometry.lengthKm = GeodesicDensifier::lengthKm( line );
  geometry.networkKm = seaRoute.lengthKm();
  geometry.passages = seaRoute.passages().join( QLatin1Char( ';' ) );
  geometry.status = STATUS_DRAWN;
}

InboundRouteGeometries::Geometry InboundRouteGeometries::routeFromAssumedOrigin( const AtlasDataSet &dataSet,
                                                                                 const SeaLaneNetwork &network,
                                                                                 SeaRouter &router,
                                                                                 const AtlasDataSet::Route &route )
{
  Geometry geometry;
  std::optional<SeaRoute> shortest;
  QString shortestPort;
  QStringList problems;
  for ( const AtlasDataSet::CountryMainPort &mainPort : dataSet.mainPorts( route.originCountryIso2 ) )
  {
    const AtlasDataSet::Port *port = dataSet.port( mainPort.unlocode );
    const QString problem = endProblem( dataSet, network, mainPort.unlocode, port ? port->name : mainPort.unlocode,
                                        QStringLiteral( "assumed origin" ) );
    if ( !problem.isEmpty() )
    {
      problems << problem;
      continue;
    }
    const SeaRoute seaRoute = router.route( mainPort.unlocode, route.destinationUnlocode );
    if ( !seaRoute.isValid() )
      problems << QStringLiteral( "%1: %2" ).arg( mainPort.unlocode, seaRoute.error() );
    else if ( !shortest || seaRoute.lengthKm() < shortest->lengthKm() )
    {
      shortest = seaRoute;
      shortestPort = mainPort.unlocode;
    }
  }
  if ( !shortest )
  {
    geometry.status =
        QStringLiteral( "not drawn: no main export port of %1 reaches %2 by sea (%3)" )
            .arg( route.originCountryIso2, route.destinationUnlocode, problems.join( QLatin1String( "; " ) ) );
    mUnreachableAssumedOrigins.append(
        { route.line, QStringLiteral( "route %1: %2" ).arg( route.routeId, geometry.status ) } );
    return geometry;
  }
  setLine( geometry, *shortest );
  geometry.originPortAssumed = true;
  geometry.assumedOriginUnlocode = shortestPort;
  return geometry;
}
