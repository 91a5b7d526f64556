/***************************************************************************
  importedroutewriter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importedroutewriter.h"

#include "atlasschema.h"
#include "ogrfields.h"

#include "portgazetteer.h"

#include "gdalmessagecollector.h"
#include "gdalsqlstatement.h"
#include "geodesicdensifier.h"
#include "sealanenetwork.h"
#include "searouter.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QPointF>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

const QString ImportedRouteWriter::STATUS_DRAWN = QStringLiteral( "drawn" );

namespace
{
  //! Longest segment of a drawn line, in km (as the shipped routes).
  constexpr double DENSIFY_KM = 50.0;

  //! The line of one origin → port pair, or why there is none.
  struct PairLine
  {
      QVector<QPointF> points;
      double lengthKm = 0;
      QString status;
  };

  QString pairKey( const QString &origin, const QString &port )
  {
    return origin + QLatin1String( "->" ) + port;
  }

  void setText( OGRFeature &feature, int field, const QString &value )
  {
    if ( value.isEmpty() )
      feature.SetFieldNull( field );
    else
      feature.SetField( field, value.toUtf8().constData() );
  }

  //! Why a route cannot start or end at \a locode (\a role: "origin" or "destination"), or an empty string.
  QString endProblem( const PortGazetteer &ports, const SeaLaneNetwork &network, const QString &locode,
                      const QString &role )
  {
    const PortGazetteer::Port *port = ports.portByLocode( locode );
    if ( !port || !std::isfinite( port->latitude ) || !std::isfinite( port->longitude ) )
      return QStringLiteral( "not drawn: no known position for the %1 port %2" ).arg( role, locode );
    if ( !network.hasPort( locode ) )
      return QStringLiteral( "not drawn: the %1 port %2 has no connector to the sea-lane network" ).arg( role, locode );
    return QString();
  }

  //! The status of a row that cannot have a line whatever the network, or an empty string.
  QString originProblem( const EventGroup &row )
  {
    if ( !row.originLocode.isEmpty() )
      return QString();
    if ( !row.originCountry.isEmpty() )
      return QStringLiteral( "not drawn: only the origin country is known, not the origin port" );
    return QStringLiteral( "not drawn: the events give no origin" );
  }

  /**
   * Routes every origin → port pair of \a rows once: one search per origin port to all of its
   * ports. \a networkProblem, when not empty, is the status of every pair.
   */
  QHash<QString, PairLine> routePairs( const QVector<EventGroup> &rows, const PortGazetteer &ports,
                                       const SeaLaneNetwork &network, const QString &networkProblem )
  {
    QMap<QString, QStringList> portsOfOrigin;
    for ( const EventGroup &row : rows )
    {
      if ( originProblem( row ).isEmpty() && !portsOfOrigin.value( row.originLocode ).contains( row.portLocode ) )
        portsOfOrigin[row.originLocode] << row.portLocode;
    }
    QHash<QString, PairLine> lines;
    if ( !networkProblem.isEmpty() )
    {
      for ( auto it = portsOfOrigin.constBegin(); it != portsOfOrigin.constEnd(); ++it )
      {
        for ( const QString &port : it.value() )
          lines.insert( pairKey( it.key(), port ), PairLine{ {}, 0, networkProblem } );
      }
      return lines;
    }
    SeaRouter router( network );
    const GeodesicDensifier densifier( DENSIFY_KM );
    for ( auto it = portsOfOrigin.constBegin(); it != portsOfOrigin.constEnd(); ++it )
    {
      const QString originStatus = endProblem( ports, network, it.key(), QStringLiteral( "origin" ) );
      QStringList routable;
      QVector<SeaRouteEndpoint> destinations;
      for ( const QString &port : it.value() )
      {
        const QString status =
            originStatus.isEmpty() ? endProblem( ports, network, port, QStringLiteral( "destination" ) ) : originStatus;
        if ( !status.isEmpty() )
          lines.insert( pairKey( it.key(), port ), PairLine{ {}, 0, status } );
        else
        {
          routable << port;
          destinations << SeaRouteEndpoint::port( port );
        }
      }
      if ( destinations.isEmpty() )
        continue;
      const QVector<SeaRoute> routes = router.routes( SeaRouteEndpoint::port( it.key() ), destinations );
      for ( int i = 0; i < routes.size(); ++i )
      {
        PairLine line;
        if ( routes.at( i ).isValid() )
        {
          line.points = densifier.densify( routes.at( i ).polyline() );
          line.lengthKm = GeodesicDensifier::lengthKm( line.points );
          line.status = ImportedRouteWriter::STATUS_DRAWN;
        }
        else
        {
          line.status = QStringLiteral( "not drawn: no sea route: %1" ).arg( routes.at( i ).error() );
        }
        lines.insert( pairKey( it.key(), routable.at( i ) ), line );
      }
    }
    return lines;
  }
} // namespace

QString ImportedRouteWriter::seaLanesFolderBeside( const QString &atlasGeoPackage )
{
  if ( atlasGeoPackage.isEmpty() )
    return QString();
  return QFileInfo( atlasGeoPackage ).dir().filePath( QStringLiteral( "sealanes" ) );
}

ImportedRouteWriter::ImportedRouteWriter( const QString &seaLanesFolder ) : mSeaLanesFolder( seaLanesFolder ) {}

bool ImportedRouteWriter::write( GDALDataset &dataset, const QVector<EventGroup> &rows, const PortGazetteer &ports )
{
  GdalMessageCollector messages;
  // The network is loaded only when some row has an origin port to route from.
  SeaLaneNetwork network;
  QString networkProblem;
  const bool needsNetwork =
      std::any_of( rows.cbegin(), rows.cend(), []( const EventGroup &row ) { return originProblem( row ).isEmpty(); } );
  if ( needsNetwork )
  {
    network = mSeaLanesFolder.isEmpty() ? SeaLaneNetwork() : SeaLaneNetwork::loadFolder( mSeaLanesFolder );
    if ( !network.isValid() )
    {
      networkProblem = QStringLiteral( "not drawn: the sea-lane network could not be loaded" );
      mWarnings << QStringLiteral( "Routes have no lines: the sea-lane network could not be loaded (%1)." )
                       .arg( mSeaLanesFolder.isEmpty()   ? QStringLiteral( "no sea-lane folder given" )
                             : network.error().isEmpty() ? QDir::toNativeSeparators( mSeaLanesFolder )
                                                         : network.error() );
    }
  }
  const QHash<QString, PairLine> lines = routePairs( rows, ports, network, networkProblem );

  OGRLayer *layer =
      createWgs84Layer( dataset, AtlasSchema::SEIZURE_ROUTES_TABLE, wkbLineString,
                        "Imported seizure events per year, origin port and seizing port, along sea lanes" );
  if ( !layer )
  {
    mErrorMessage = QStringLiteral( "cannot create the layer %1: %2" )
                        .arg( AtlasSchema::SEIZURE_ROUTES_TABLE, messages.messages() );
    return false;
  }
  if ( const char *failed = createOgrFields( layer, { { "year", OFTInteger },
                                                      { "origin_locode", OFTString },
                                                      { "origin_country_iso2", OFTString },
                                                      { "port_locode", OFTString },
                                                      { "dest_country_iso2", OFTString },
                                                      { "events", OFTInteger },
                                                      { "events_with_quantity", OFTInteger },
                                                      { "tonnes", OFTReal },
                                                      { "length_km", OFTReal },
                                                      { "geometry_status", OFTString } } ) )
  {
    mErrorMessage = QStringLiteral( "cannot create the field %1.%2: %3" )
                        .arg( AtlasSchema::SEIZURE_ROUTES_TABLE, QString::fromLatin1( failed ), messages.messages() );
    return false;
  }

  QMap<QString, int> notDrawn;
  for ( const EventGroup &row : std::as_const( rows ) )
  {
    QString status = originProblem( row );
    const PairLine line = status.isEmpty() ? lines.value( pairKey( row.originLocode, row.portLocode ) ) : PairLine();
    if ( status.isEmpty() )
      status = line.status;
    OGRFeature feature( layer->GetLayerDefn() );
    if ( row.year )
      feature.SetField( 0, *row.year );
    setText( feature, 1, row.originLocode );
    setText( feature, 2, row.originCountry );
    setText( feature, 3, row.portLocode );
    setText( feature, 4, row.destCountry );
    feature.SetField( 5, row.events );
    feature.SetField( 6, row.eventsWithQuantity );
    if ( row.tonnes )
      feature.SetField( 7, *row.tonnes );
    feature.SetField( 9, status.toUtf8().constData() );
    if ( status == STATUS_DRAWN )
    {
      feature.SetField( 8, line.lengthKm );
      auto geometry = std::make_unique<OGRLineString>();
      geometry->setNumPoints( line.points.size(), false );
      for ( int i = 0; i < line.points.size(); ++i )
        geometry->setPoint( i, line.points.at( i ).x(), line.points.at( i ).y() );
      feature.SetGeometryDirectly( geometry.release() );
    }
    else
    {
      ++notDrawn[status];
    }
    if ( layer->CreateFeature( &feature ) != OGRERR_NONE )
    {
      mErrorMessage =
          QStringLiteral( "cannot write %1: %2" ).arg( AtlasSchema::SEIZURE_ROUTES_TABLE, messages.messages() );
      return false;
    }
  }
  for ( auto it = notDrawn.constBegin(); it != notDrawn.constEnd(); ++it )
    mWarnings << QStringLiteral( "%1: %2 of %3 rows %4" )
                     .arg( AtlasSchema::SEIZURE_ROUTES_TABLE )
                     .arg( it.value() )
                     .arg( rows.size() )
                     .arg( it.key() );

  const QString failure = runGdalSqlStatement(
      dataset, QStringLiteral( "CREATE INDEX %1_year_origin_dest ON %1 (year, origin_country_iso2, dest_country_iso2)" )
                   .arg( AtlasSchema::SEIZURE_ROUTES_TABLE ) );
  if ( !failure.isEmpty() )
  {
    mErrorMessage = QStringLiteral( "cannot index %1: %2" ).arg( AtlasSchema::SEIZURE_ROUTES_TABLE, failure );
    return false;
  }
  return true;
}
