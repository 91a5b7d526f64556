/***************************************************************************
  searouteendpoint.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "searouteendpoint.h"

SeaRouteEndpoint SeaRouteEndpoint::port( const QString &unlocode )
{
  SeaRouteEndpoint endpoint;
  endpoint.mType = Type::Port;
  endpoint.mUnlocode = unlocode.trimmed().toUpper();
  endpoint.mUnlocode.remove( QLatin1Char( ' ' ) );
  return endpoint;
}

SeaRouteEndpoint SeaRouteEndpoint::point( double lon, double lat, const QString &label )
{
  SeaRouteEndpoint endpoint;
  endpoint.mType = Type::Point;
  endpoint.mPosition = QPointF( lon, lat );
  endpoint.mLabel = label;
  return endpoint;
}

QString SeaRouteEndpoint::description() const
{
  switch ( mType )
  {
  case Type::Null:
    return QStringLiteral( "no endpoint" );
  case Type::Port:
    return QStringLiteral( "port %1" ).arg( mUnlocode );
  case Type::Point:
    break;
  }
  const QString coordinates =
      QStringLiteral( "(%1, %2)" ).arg( mPosition.x(), 0, 'f', 4 ).arg( mPosition.y(), 0, 'f', 4 );
  return mLabel.isEmpty() ? QStringLiteral( "point %1" ).arg( coordinates )
                          : QStringLiteral( "point '%1' %2" ).arg( mLabel, coordinates );
}
