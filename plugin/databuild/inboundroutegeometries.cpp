/***************************************************************************
  inboundroutegeometries.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "inboundroutegeometries.h"
#include "geodesicdensifier.h"
#include "geopackagewriter.h"
#include "sealanenetwork.h"
#include "searouter.h"

const QString InboundRouteGeometries::STATUS_DRAWN = QStringLiteral( "drawn" );

namespace
{
  //! Why an end of a route cannot be drawn, or an empty string when it can.
  QString endProblem( const AtlasDataSet &dataSet, const SeaLaneNetwork &network, const QString &unlocode, const QString &name, const QString &role )
  {
    if ( unlocode.isEmpty() )
      return QStringLiteral( "not drawn: the %1 \"%2\" is a country or region, not a port" ).arg( role, name );
    const AtlasDataSet::Port *port = dataSet.port( unlocode );
    if ( port && !port->position )
      return QStringLiteral( "not drawn: no sourced position for the %1 %2 (%3)" ).arg( role, name, unlocode );
    if ( !network.hasPort( unlocode ) )
      return QStringLiteral( "not drawn: the %1 %2 (%3) has no connector to the sea-lane network" ).arg( role, name, unlocode );
    return QString();
  }
} // namespace

InboundRouteGeometries::InboundRouteGeometries( const AtlasDataSet &dataSet, const SeaLaneNetwork &network )
{
  SeaRouter router( network );
  const GeodesicDensifier densifier( DENSIFY_KM );
  for ( const AtlasDataSet::Route &route : dataSet.routes )
  {
    Geometry geometry;
    geometry.status = endProblem( dataSet, network, route.originUnlocode, route.originName, QStringLiteral( "origin" ) );
    if ( geometry.status.isEmpty() )
      geometry.status = endProblem( dataSet, network, route.destinationUnlocode, route.destinationName, QStringLiteral( "destination" ) );
    if ( geometry.status.isEmpty() )
    {
      const SeaRoute seaRoute = router.route( route.originUnlocode, route.destinationUnlocode );
      if ( seaRoute.isValid() )
      {
        const QVector<QPointF> line = densifier.densify( seaRoute.polyline() );
        geometry.wkt = GeoPackageWriter::lineStringWkt( line );
        geometry.lengthKm = GeodesicDensifier::lengthKm( line );
        geometry.networkKm = seaRoute.lengthKm();
        geometry.passages = seaRoute.passages().join( QLatin1Char( ';' ) );
        geometry.status = STATUS_DRAWN;
      }
      else
      {
        geometry.status = QStringLiteral( "not drawn: %1" ).arg( seaRoute.error() );
      }
    }
    if ( geometry.status != STATUS_DRAWN )
      mNotDrawn << QStringLiteral( "%1 (routes.csv line %2): %3" ).arg( route.routeId ).arg( route.line ).arg( geometry.status );
    mGeometries.insert( route.routeId, geometry );
  }
}
