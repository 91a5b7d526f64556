/***************************************************************************
  sealaneroutesalgorithm.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "sealaneroutesalgorithm.h"
#include "geodesicdensifier.h"
#include "processingcompat.h"
#include "routerequestreader.h"
#include "sealanenetwork.h"
#include "sealanenetworkcache.h"
#include "searouter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <memory>
#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsfeaturesink.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

namespace
{
  const QString ORIGINS = QStringLiteral( "ORIGINS" );
  const QString ORIGIN_ID_FIELD = QStringLiteral( "ORIGIN_ID_FIELD" );
  const QString DESTINATIONS = QStringLiteral( "DESTINATIONS" );
  const QString DESTINATION_ID_FIELD = QStringLiteral( "DESTINATION_ID_FIELD" );
  const QString OD_TABLE = QStringLiteral( "OD_TABLE" );
  const QString ORIGIN_CODE_FIELD = QStringLiteral( "ORIGIN_CODE_FIELD" );
  const QString DESTINATION_CODE_FIELD = QStringLiteral( "DESTINATION_CODE_FIELD" );
  const QString ORIGIN_X = QStringLiteral( "ORIGIN_X" );
  const QString ORIGIN_Y = QStringLiteral( "ORIGIN_Y" );
  const QString DESTINATION_X = QStringLiteral( "DESTINATION_X" );
  const QString DESTINATION_Y = QStringLiteral( "DESTINATION_Y" );
  const QString AVOID = QStringLiteral( "AVOID" );
  const QString SNAP_TOLERANCE_KM = QStringLiteral( "SNAP_TOLERANCE_KM" );
  const QString DENSIFY_KM = QStringLiteral( "DENSIFY_KM" );
  const QString SHORTEST_DISTANCE = QStringLiteral( "SHORTEST_DISTANCE" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString ROUTE_COUNT = QStringLiteral( "ROUTE_COUNT" );
  const QString FAILED_COUNT = QStringLiteral( "FAILED_COUNT" );

  //! Returns TRUE if \a parameters hold a non-empty value for \a name.
  bool isSet( const QVariantMap &parameters, const QString &name )
  {
    const QVariant value = parameters.value( name );
    if ( !value.isValid() || ProcessingCompat::isNull( value ) )
      return false;
    return value.userType() != QMetaType::QString || !value.toString().isEmpty();
  }

  //! Returns the fields every output line has, before the carried ones.
  QgsFields routeFields()
  {
    QgsFields fields;
    fields.append( QgsField( QStringLiteral( "origin" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    fields.append( QgsField( QStringLiteral( "destination" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    fields.append( QgsField( QStringLiteral( "origin_code" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    fields.append( QgsField( QStringLiteral( "destination_code" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    fields.append( QgsField( QStringLiteral( "length_km" ), ProcessingCompat::FIELD_TYPE_DOUBLE ) );
    fields.append( QgsField( QStringLiteral( "network_km" ), ProcessingCompat::FIELD_TYPE_DOUBLE ) );
    fields.append( QgsField( QStringLiteral( "passages" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    fields.append( QgsField( QStringLiteral( "approximate" ), ProcessingCompat::FIELD_TYPE_BOOL ) );
    fields.append( QgsField( QStringLiteral( "approach_km" ), ProcessingCompat::FIELD_TYPE_DOUBLE ) );
    fields.append( QgsField( QStringLiteral( "fallback" ), ProcessingCompat::FIELD_TYPE_STRING ) );
    return fields;
  }

  //! Returns \a text, or a NULL string value if it is empty.
  QVariant textOrNull( const QString &text )
  {
    return text.isEmpty() ? QVariant() : QVariant( text );
  }

  /**
   * Returns the output feature of \a route, drawn as \a line (lon/lat), from \a group's origin along \a request,
   * with attributes for \a fields.
   */
  QgsFeature routeFeature( const QgsFields &fields, const RouteRequestReader::OriginGroup &group,
                           const RouteRequestReader::Line &request, const SeaRoute &route,
                           const QVector<QPointF> &line )
  {
    QVector<double> x;
    QVector<double> y;
    x.reserve( line.size() );
    y.reserve( line.size() );
    for ( const QPointF &point : line )
    {
      x.append( point.x() );
      y.append( point.y() );
    }
    QgsFeature feature( fields );
    feature.setGeometry( QgsGeometry( std::make_unique<QgsLineString>( x, y ) ) );
    QgsAttributes attributes;
    attributes.reserve( fields.count() );
    attributes << group.origin.name << request.destination.name << textOrNull( group.origin.code )
               << textOrNull( request.destination.code ) << route.geodesicLengthKm() << route.lengthKm()
               << textOrNull( route.passages().join( QLatin1Char( ';' ) ) ) << route.isApproximate()
               << route.originApproachKm() + route.destinationApproachKm();
    QStringList fallbacks;
    for ( const QString &fallback : { group.origin.fallback, request.destination.fallback } )
    {
      if ( !fallback.isEmpty() )
        fallbacks << fallback;
    }
    attributes << textOrNull( fallbacks.join( QLatin1String( "; " ) ) );
    attributes << group.carried << request.carried;
    feature.setAttributes( attributes );
    return feature;
  }
} // namespace

SeaLaneRoutesAlgorithm::SeaLaneRoutesAlgorithm( const QString &seaLanesFolder ) : mSeaLanesFolder( seaLanesFolder ) {}

QStringList SeaLaneRoutesAlgorithm::passageNames()
{
  return { QStringLiteral( "panama" ),         QStringLiteral( "suez" ),
           QStringLiteral( "gibraltar" ),      QStringLiteral( "dover" ),
           QStringLiteral( "kiel" ),           QStringLiteral( "corinth" ),
           QStringLiteral( "malacca" ),        QStringLiteral( "babelmandeb" ),
           QStringLiteral( "bering" ),         QStringLiteral( "magellan" ),
           QStringLiteral( "northwest" ),      QStringLiteral( "northeast" ),
           QStringLiteral( "pentland firth" ), QStringLiteral( "fair isle channel" ),
           QStringLiteral( "minch" ),          SeaLaneNetwork::INLAND_WATERWAY_PASSAGE };
}

QStringList SeaLaneRoutesAlgorithm::passageDisplayNames()
{
  return {
      QObject::tr( "Panama Canal" ),       QObject::tr( "Suez Canal" ),        QObject::tr( "Strait of Gibraltar" ),
      QObject::tr( "Strait of Dover" ),    QObject::tr( "Kiel Canal" ),        QObject::tr( "Corinth Canal" ),
      QObject::tr( "Strait of Malacca" ),  QObject::tr( "Bab-el-Mandeb" ),     QObject::tr( "Bering Strait" ),
      QObject::tr( "Strait of Magellan" ), QObject::tr( "Northwest Passage" ), QObject::tr( "Northeast Passage" ),
      QObject::tr( "Pentland Firth" ),     QObject::tr( "Fair Isle channel" ), QObject::tr( "The Minch" ),
      QObject::tr( "Inland waterways" ) };
}

QString SeaLaneRoutesAlgorithm::name() const
{
  return QStringLiteral( "sealaneroutes" );
}

QString SeaLaneRoutesAlgorithm::displayName() const
{
  return QObject::tr( "Sea-lane routes" );
}

QStringList SeaLaneRoutesAlgorithm::tags() const
{
  return QObject::tr( "sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute" )
      .split( QLatin1Char( ',' ) );
}

QString SeaLaneRoutesAlgorithm::group() const
{
  return QObject::tr( "Routing" );
}

QString SeaLaneRoutesAlgorithm::groupId() const
{
  return QStringLiteral( "routing" );
}

QString SeaLaneRoutesAlgorithm::shortDescription() const
{
  return QObject::tr( "Draws the shortest sea routes between ports or points along the shipping lanes." );
}

QString SeaLaneRoutesAlgorithm::shortHelpString() const
{
  return QObject::tr( "Draws the shortest sea route between ports or points along a global maritime network, as one "
                      "line per route in WGS 84 (EPSG:4326).\n\n"
                      "<b>Input</b>, either:\n"
                      "- <i>Origins</i> and <i>Destinations</i>: two point layers; every origin is joined to every "
                      "destination. The optional ID fields hold a label or a UN/LOCODE. A UN/LOCODE the network knows "
                      "starts or ends the route at that port; any other point joins the network as described below. "
                      "Points are reprojected to WGS 84. The layers' other fields are copied to "
                      "the output with the prefixes origin_ and destination_.\n"
                      "- or an <i>OD table</i> (any table, geometry not needed): one route per row, between UN/LOCODEs "
                      "in the origin and destination code fields, or WGS 84 longitude/latitude in the X/Y fields (used "
                      "when a code is empty or unknown). The table's other fields are copied to the output.\n\n"
                      "<b>Passages to avoid</b>: chokepoints the routes must not use. By default the Corinth and Kiel "
                      "canals and the Northwest and Northeast passages, which large ships do not use. Clear the list "
                      "to allow every passage.\n"
                      "<b>Snap tolerance</b> (km): a point farther than this from every node it can reach at sea "
                      "gets no route.\n"
                      "<b>Shortest distance</b>: by default minor passages (Pentland Firth, Orkney sounds, Fair Isle "
                      "channel, the Minch), inland waterways and the lane north of Scotland cost more than their "
                      "length, so that routes keep to the main lanes (the Channel, the Skagerrak); check it for the "
                      "shortest route by distance.\n"
                      "<b>Densify</b> (km): the longest segment of an output line, inserted along the WGS 84 geodesic "
                      "(0 keeps the network's vertices).\n\n"
                      "<b>Output fields</b>: origin and destination (port name or label), origin_code and "
                      "destination_code (UN/LOCODE, NULL for a point), length_km (geodesic length of the line on "
                      "WGS 84), network_km (length along the network), passages (chokepoints used, separated by ';'), "
                      "approximate (true when an end is a point joined to the network by a straight line), "
                      "approach_km (km from the two ends to the network: connectors and join lines), fallback (why "
                      "an end with an unknown UN/LOCODE was routed by its coordinates), then the copied fields.\n\n"
                      "Lines follow the sea lanes and never cross land, except at the approach: a port is reached "
                      "through its own sea-only connector; a point within 10 km of a port of the network through that "
                      "port's connectors; any other point by a straight line to the nearest node that the line reaches "
                      "without crossing the land of QGIS's world map (the land the network was repaired with), "
                      "searching outward. Longitudes stay continuous across the antimeridian (beyond 180 "
                      "degrees).\n\n"
                      "An unknown UN/LOCODE in a row that also has coordinates is routed by the coordinates, and the "
                      "log says so. A row that cannot be routed (unknown UN/LOCODE without coordinates, NULL or empty "
                      "geometry, a point on land or beyond the snap tolerance) is reported in the log with its row "
                      "number; the other routes are still built.\n\n"
                      "Maritime network: Eurostat SeaRoute (© European Union), EUPL-1.2, derived from ORNL Global "
                      "Shipping Lane Network." );
}

SeaLaneRoutesAlgorithm *SeaLaneRoutesAlgorithm::createInstance() const
{
  return new SeaLaneRoutesAlgorithm( mSeaLanesFolder );
}

void SeaLaneRoutesAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource(
      ORIGINS, QObject::tr( "Origins (points)" ), QList<int>() << ProcessingCompat::SOURCE_POINTS, QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( ORIGIN_ID_FIELD, QObject::tr( "Origin ID field (label or UN/LOCODE)" ),
                                                 QVariant(), ORIGINS, ProcessingCompat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( DESTINATIONS, QObject::tr( "Destinations (points)" ),
                                                         QList<int>() << ProcessingCompat::SOURCE_POINTS, QVariant(),
                                                         true ) );
  addParameter( new QgsProcessingParameterField( DESTINATION_ID_FIELD,
                                                 QObject::tr( "Destination ID field (label or UN/LOCODE)" ), QVariant(),
                                                 DESTINATIONS, ProcessingCompat::FIELD_ANY, false, true ) );

  addParameter( new QgsProcessingParameterFeatureSource( OD_TABLE, QObject::tr( "OD table (one route per row)" ),
                                                         QList<int>() << ProcessingCompat::SOURCE_ANY_TABLE, QVariant(),
                                                         true ) );
  addParameter( new QgsProcessingParameterField( ORIGIN_CODE_FIELD, QObject::tr( "Origin UN/LOCODE field" ), QVariant(),
                                                 OD_TABLE, ProcessingCompat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( DESTINATION_CODE_FIELD, QObject::tr( "Destination UN/LOCODE field" ),
                                                 QVariant(), OD_TABLE, ProcessingCompat::FIELD_ANY, false, true ) );
  addParameter( new QgsProcessingParameterField( ORIGIN_X, QObject::tr( "Origin longitude field (WGS 84)" ), QVariant(),
                                                 OD_TABLE, ProcessingCompat::FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterField( ORIGIN_Y, QObject::tr( "Origin latitude field (WGS 84)" ), QVariant(),
                                                 OD_TABLE, ProcessingCompat::FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterField( DESTINATION_X, QObject::tr( "Destination longitude field (WGS 84)" ),
                                                 QVariant(), OD_TABLE, ProcessingCompat::FIELD_NUMERIC, false, true ) );
  addParameter( new QgsProcessingParameterField( DESTINATION_Y, QObject::tr( "Destination latitude field (WGS 84)" ),
                                                 QVariant(), OD_TABLE, ProcessingCompat::FIELD_NUMERIC, false, true ) );

  // the values are indices into passageNames(): append new passages at the end, or saved models change meaning
  QVariantList avoidedByDefault;
  const QSet<QString> defaults = SeaRouter::defaultAvoidedPassages();
  const QStringList passages = passageNames();
  for ( int i = 0; i < passages.size(); ++i )
  {
    if ( defaults.contains( passages[i] ) )
      avoidedByDefault << i;
  }
  addParameter( new QgsProcessingParameterEnum( AVOID, QObject::tr( "Passages to avoid" ), passageDisplayNames(), true,
                                                avoidedByDefault, true ) );

  auto snapTolerance = std::make_unique<QgsProcessingParameterNumber>(
      SNAP_TOLERANCE_KM, QObject::tr( "Snap tolerance for points (km)" ), ProcessingCompat::NUMBER_DOUBLE,
      SeaRouter::DEFAULT_SNAP_TOLERANCE_KM, false, 0 );
  snapTolerance->setFlags( snapTolerance->flags() | ProcessingCompat::PARAMETER_ADVANCED );
  addParameter( snapTolerance.release() );
  auto densify = std::make_unique<QgsProcessingParameterNumber>(
      DENSIFY_KM, QObject::tr( "Densify: longest segment (km, 0 = off)" ), ProcessingCompat::NUMBER_DOUBLE,
      GeodesicDensifier::DEFAULT_MAX_SEGMENT_KM, false, 0 );
  densify->setFlags( densify->flags() | ProcessingCompat::PARAMETER_ADVANCED );
  addParameter( densify.release() );
  auto shortestDistance = std::make_unique<QgsProcessingParameterBoolean>(
      SHORTEST_DISTANCE, QObject::tr( "Shortest distance (do not keep to the main shipping lanes)" ), false, true );
  shortestDistance->setFlags( shortestDistance->flags() | ProcessingCompat::PARAMETER_ADVANCED );
  addParameter( shortestDistance.release() );

  addParameter(
      new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Sea-lane routes" ), ProcessingCompat::SINK_LINES ) );
  addOutput( new QgsProcessingOutputNumber( ROUTE_COUNT, QObject::tr( "Routes built" ) ) );
  addOutput( new QgsProcessingOutputNumber( FAILED_COUNT, QObject::tr( "Rows or pairs without a route" ) ) );
}

bool SeaLaneRoutesAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context,
                                                   QString *message ) const
{
  const QString error = inputError( parameters, context );
  if ( !error.isEmpty() )
  {
    if ( message )
      *message = error;
    return false;
  }
  return QgsProcessingAlgorithm::checkParameterValues( parameters, context, message );
}

QString SeaLaneRoutesAlgorithm::inputError( const QVariantMap &parameters, QgsProcessingContext &context ) const
{
  const bool hasTable = isSet( parameters, OD_TABLE );
  const bool hasPoints = isSet( parameters, ORIGINS ) || isSet( parameters, DESTINATIONS );
  if ( hasTable && hasPoints )
    return QObject::tr( "Give either an OD table or origin and destination layers, not both." );
  if ( !hasTable )
  {
    if ( !isSet( parameters, ORIGINS ) || !isSet( parameters, DESTINATIONS ) )
      return QObject::tr( "Give an origins and a destinations point layer, or an OD table." );
    return QString();
  }
  const auto hasField = [&]( const QString &name ) {
    return !parameterAsString( parameters, name, context ).isEmpty();
  };
  const auto endError = [&]( const QString &role, const QString &codeField, const QString &xField,
                             const QString &yField ) {
    if ( hasField( codeField ) || ( hasField( xField ) && hasField( yField ) ) )
      return QString();
    return QObject::tr( "The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields." )
        .arg( role );
  };
  const QString originError = endError( QObject::tr( "origin" ), ORIGIN_CODE_FIELD, ORIGIN_X, ORIGIN_Y );
  return originError.isEmpty()
             ? endError( QObject::tr( "destination" ), DESTINATION_CODE_FIELD, DESTINATION_X, DESTINATION_Y )
             : originError;
}

QStringList SeaLaneRoutesAlgorithm::avoidedPassages( const QVariantMap &parameters,
                                                     QgsProcessingContext &context ) const
{
  // an empty string is "nothing selected", as an empty list is (parameterAsEnums() would read it as index 0)
  const QVariant value = parameters.value( AVOID );
  if ( value.userType() == QMetaType::QString && value.toString().trimmed().isEmpty() )
    return QStringList();
  const QStringList passages = passageNames();
  QStringList avoided;
  for ( const int index : parameterAsEnums( parameters, AVOID, context ) )
  {
    if ( index >= 0 && index < passages.size() && !avoided.contains( passages[index] ) )
      avoided << passages[index];
  }
  return avoided;
}

QString SeaLaneRoutesAlgorithm::landPath()
{
  // the land the network was repaired with: the countries of QGIS's own world map (Natural Earth)
  const QString path = QgsApplication::pkgDataPath() + QStringLiteral( "/resources/data/world_map.gpkg" );
  return QFileInfo::exists( path ) ? path : QString();
}

std::shared_ptr<const SeaLaneNetwork> SeaLaneRoutesAlgorithm::loadNetwork( QgsProcessingFeedback *feedback ) const
{
  const QDir folder( mSeaLanesFolder );
  const QString land = landPath();
  // loaded once per session and shared: read again only when a file changed
  std::shared_ptr<const SeaLaneNetwork> network =
      SeaLaneNetworkCache::network( folder.path(), land, land.isEmpty() ? QString() : QStringLiteral( "countries" ) );
  if ( !network->isValid() )
    throw QgsProcessingException( QObject::tr( "Cannot load the sea-lane network: %1" )
                                      .arg( network->error().isEmpty()
                                                ? folder.filePath( SeaLaneNetwork::NETWORK_FILE_NAME )
                                                : network->error() ) );
  feedback->pushInfo( QObject::tr( "Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)" )
                          .arg( network->nodeCount() )
                          .arg( network->networkEdgeCount() )
                          .arg( network->portCodes().size() )
                          .arg( QDir::toNativeSeparators( folder.absolutePath() ) ) );
  if ( land.isEmpty() )
    feedback->pushWarning( QObject::tr(
        "QGIS's world map was not found: points join the network by straight lines that may cross land." ) );
  return network;
}

QVariantMap SeaLaneRoutesAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                                      QgsProcessingFeedback *feedback )
{
  QgsProcessingFeedback noFeedback;
  if ( !feedback )
    feedback = &noFeedback;

  const QString error = inputError( parameters, context );
  if ( !error.isEmpty() )
    throw QgsProcessingException( error );
  const auto source = [&]( const QString &name ) {
    std::unique_ptr<QgsProcessingFeatureSource> result( parameterAsSource( parameters, name, context ) );
    if ( !result && isSet( parameters, name ) )
      throw QgsProcessingException( invalidSourceError( parameters, name ) );
    return result;
  };
  const std::unique_ptr<QgsProcessingFeatureSource> table = source( OD_TABLE );
  const std::unique_ptr<QgsProcessingFeatureSource> origins = source( ORIGINS );
  const std::unique_ptr<QgsProcessingFeatureSource> destinations = source( DESTINATIONS );
  const QStringList avoided = avoidedPassages( parameters, context );
  const double snapToleranceKm = parameterAsDouble( parameters, SNAP_TOLERANCE_KM, context );
  const GeodesicDensifier densifier( parameterAsDouble( parameters, DENSIFY_KM, context ) );

  RouteRequestReader reader =
      table ? RouteRequestReader::forOdTable( table.get(),
                                              { parameterAsString( parameters, ORIGIN_CODE_FIELD, context ),
                                                parameterAsString( parameters, DESTINATION_CODE_FIELD, context ),
                                                parameterAsString( parameters, ORIGIN_X, context ),
                                                parameterAsString( parameters, ORIGIN_Y, context ),
                                                parameterAsString( parameters, DESTINATION_X, context ),
                                                parameterAsString( parameters, DESTINATION_Y, context ) } )
            : RouteRequestReader::forPointLayers(
                  origins.get(), parameterAsString( parameters, ORIGIN_ID_FIELD, context ), destinations.get(),
                  parameterAsString( parameters, DESTINATION_ID_FIELD, context ) );

  const std::shared_ptr<const SeaLaneNetwork> shared = loadNetwork( feedback );
  const SeaLaneNetwork &network = *shared;

  const QgsFields fields = QgsProcessingUtils::combineFields( routeFields(), reader.carriedFields() );
  QString destinationId;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destinationId, fields,
                                                         ProcessingCompat::WKB_LINESTRING,
                                                         QgsCoordinateReferenceSystem::fromEpsgId( 4326 ) ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  SeaRouter router( network );
  router.setAvoidedPassages( QSet<QString>( avoided.cbegin(), avoided.cend() ) );
  router.setSnapToleranceKm( snapToleranceKm );
  router.setLaneWeighting( !parameterAsBool( parameters, SHORTEST_DISTANCE, context ) );
  for ( const QString &passage : avoided )
  {
    if ( network.passageId( passage ) < 0 )
      feedback->pushWarning(
          QObject::tr( "No edge of the network is in the passage '%1'; avoiding it changes nothing." ).arg( passage ) );
  }
  feedback->pushInfo( avoided.isEmpty()
                          ? QObject::tr( "Avoided passages: none" )
                          : QObject::tr( "Avoided passages: %1" ).arg( avoided.join( QLatin1String( ", " ) ) ) );

  const QVector<RouteRequestReader::OriginGroup> groups = reader.read( router, context.transformContext(), feedback );
  long long total = 0;
  for ( const RouteRequestReader::OriginGroup &group : groups )
    total += group.lines.size();

  long long done = 0;
  int built = 0;
  int unrouted = 0;
  for ( const RouteRequestReader::OriginGroup &group : groups )
  {
    if ( feedback->isCanceled() )
      break;
    QVector<SeaRouteEndpoint> destinationEnds;
    destinationEnds.reserve( group.lines.size() );
    for ( const RouteRequestReader::Line &line : group.lines )
      destinationEnds.append( line.destination.endpoint );
    // one search from the origin to all its destinations
    const QVector<SeaRoute> routes = router.routes( group.origin.endpoint, destinationEnds );
    for ( int i = 0; i < routes.size(); ++i )
    {
      const RouteRequestReader::Line &line = group.lines.at( i );
      const QString row = group.row.isEmpty() ? line.row : QObject::tr( "%1 to %2" ).arg( group.row, line.row );
      const SeaRoute &route = routes.at( i );
      const QVector<QPointF> polyline = route.isValid() ? densifier.densify( route.polyline() ) : QVector<QPointF>();
      if ( !route.isValid() || polyline.size() < 2 )
      {
        ++unrouted;
        if ( route.isValid() )
          feedback->pushWarning( QObject::tr( "%1: the origin %2 and the destination %3 are the same place; no route." )
                                     .arg( row, group.origin.name, line.destination.name ) );
        else
          feedback->reportError( QObject::tr( "%1: %2." ).arg( row, route.error() ), false );
        continue;
      }
      QgsFeature feature = routeFeature( fields, group, line, route, polyline );
      if ( !sink->addFeature( feature, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
      ++built;
    }
    done += group.lines.size();
    feedback->setProgress( 100.0 * static_cast<double>( done ) / static_cast<double>( total ) );
  }

  const int failed = reader.failedRowCount() + unrouted;
  if ( feedback->isCanceled() )
    feedback->pushInfo( QObject::tr( "Canceled; routes built so far: %1." ).arg( built ) );
  else if ( table )
    feedback->pushInfo( QObject::tr( "Routes built: %1 of %2 rows; rows failed: %3." )
                            .arg( built )
                            .arg( reader.rowCount() )
                            .arg( failed ) );
  else
    feedback->pushInfo(
        QObject::tr( "Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3." )
            .arg( built )
            .arg( reader.failedRowCount() )
            .arg( unrouted ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destinationId );
  outputs.insert( ROUTE_COUNT, built );
  outputs.insert( FAILED_COUNT, failed );
  return outputs;
}
