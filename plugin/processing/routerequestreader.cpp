/***************************************************************************
  routerequestreader.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "routerequestreader.h"
#include "processingcompat.h"
#include "sealanenetwork.h"
#include "searouter.h"

#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <cmath>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgspointxy.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>

RouteRequestReader RouteRequestReader::forOdTable( QgsProcessingFeatureSource *table, const OdTableFields &fields )
{
  RouteRequestReader reader;
  reader.mOdTable = table;
  reader.mOdTableFields = fields;
  const QStringList used = { fields.originCode, fields.destinationCode, fields.originX,
                             fields.originY,    fields.destinationX,    fields.destinationY };
  reader.mCarriedOriginIndices = carriedIndices( table->fields(), used );
  reader.mCarriedFields = fieldsAt( table->fields(), reader.mCarriedOriginIndices );
  return reader;
}

RouteRequestReader RouteRequestReader::forPointLayers( QgsProcessingFeatureSource *origins,
                                                       const QString &originIdField,
                                                       QgsProcessingFeatureSource *destinations,
                                                       const QString &destinationIdField )
{
  RouteRequestReader reader;
  reader.mOrigins = origins;
  reader.mDestinations = destinations;
  reader.mOriginIdField = originIdField;
  reader.mDestinationIdField = destinationIdField;
  reader.mCarriedOriginIndices = carriedIndices( origins->fields(), { originIdField } );
  reader.mCarriedDestinationIndices = carriedIndices( destinations->fields(), { destinationIdField } );
  const QgsFields originFields = fieldsAt( origins->fields(), reader.mCarriedOriginIndices );
  const QgsFields destinationFields = fieldsAt( destinations->fields(), reader.mCarriedDestinationIndices );
  reader.mCarriedFields = QgsProcessingUtils::combineFields(
      QgsProcessingUtils::combineFields( QgsFields(), originFields, QStringLiteral( "origin_" ) ), destinationFields,
      QStringLiteral( "destination_" ) );
  return reader;
}

QVector<RouteRequestReader::OriginGroup>
RouteRequestReader::read( const SeaRouter &router, const QgsCoordinateTransformContext &transformContext,
                          QgsProcessingFeedback *feedback )
{
  mRowCount = 0;
  mFailedRowCount = 0;
  const Checks checks{ router.network(), router };
  return mOdTable ? readOdTable( checks, feedback ) : readPointLayers( checks, transformContext, feedback );
}

QString RouteRequestReader::rowLabel( const QString &sourceName, long long position, long long fid )
{
  const QString row = QObject::tr( "Row %1 of '%2'" ).arg( position ).arg( sourceName );
  return fid == position ? row : QObject::tr( "%1 (fid %2)" ).arg( row ).arg( fid );
}

QVector<RouteRequestReader::OriginGroup> RouteRequestReader::readOdTable( const Checks &checks,
                                                                          QgsProcessingFeedback *feedback )
{
  QVector<OriginGroup> groups;
  QHash<QString, int> groupOfOrigin;
  QgsFeatureRequest request;
  request.setFlags( ProcessingCompat::REQUEST_NO_GEOMETRY );
  QgsFeatureIterator features = mOdTable->getFeatures( request, ProcessingCompat::SOURCE_SKIP_VALIDITY_CHECKS );
  const QString sourceName = mOdTable->sourceName();
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      break;
    ++mRowCount;
    const QString row = rowLabel( sourceName, mRowCount, feature.id() );
    QStringList problems;
    const std::optional<End> origin =
        odTableEnd( feature, mOdTableFields.originCode, mOdTableFields.originX, mOdTableFields.originY,
                    QStringLiteral( "origin" ), checks, problems );
    const std::optional<End> destination =
        odTableEnd( feature, mOdTableFields.destinationCode, mOdTableFields.destinationX, mOdTableFields.destinationY,
                    QStringLiteral( "destination" ), checks, problems );
    if ( !origin || !destination )
    {
      reportFailedRow( row, problems, feedback );
      continue;
    }
    reportFallbacks( row, { &*origin, &*destination }, feedback );
    const QString key = groupKey( *origin );
    auto group = groupOfOrigin.constFind( key );
    if ( group == groupOfOrigin.constEnd() )
    {
      group = groupOfOrigin.insert( key, groups.size() );
      groups.append( OriginGroup{ *origin, QgsAttributes(), QString(), {} } );
    }
    groups[*group].lines.append( Line{ *destination, attributesAt( feature, mCarriedOriginIndices ), row } );
  }
  return groups;
}

QVector<RouteRequestReader::OriginGroup>
RouteRequestReader::readPointLayers( const Checks &checks, const QgsCoordinateTransformContext &transformContext,
                                     QgsProcessingFeedback *feedback )
{
  const QVector<PointRow> origins = readPoints( mOrigins, mOriginIdField, mCarriedOriginIndices,
                                                QStringLiteral( "origin" ), checks, transformContext, feedback );
  const QVector<PointRow> destinations =
      readPoints( mDestinations, mDestinationIdField, mCarriedDestinationIndices, QStringLiteral( "destination" ),
                  checks, transformContext, feedback );
  QVector<Line> lines;
  lines.reserve( destinations.size() );
  for ( const PointRow &destination : destinations )
    lines.append( Line{ destination.end, destination.carried, destination.row } );

  QVector<OriginGroup> groups;
  groups.reserve( origins.size() );
  for ( const PointRow &origin : origins )
    groups.append( OriginGroup{ origin.end, origin.carried, origin.row, lines } ); // lines are shared, not copied
  return groups;
}

QVector<RouteRequestReader::PointRow>
RouteRequestReader::readPoints( QgsProcessingFeatureSource *source, const QString &idField,
                                const QVector<int> &carriedIndices, const QString &role, const Checks &checks,
                                const QgsCoordinateTransformContext &transformContext, QgsProcessingFeedback *feedback )
{
  const QString sourceName = source->sourceName();
  const QgsCoordinateReferenceSystem wgs84 = QgsCoordinateReferenceSystem::fromEpsgId( 4326 );
  const bool hasCrs = source->sourceCrs().isValid();
  if ( !hasCrs )
    feedback->pushWarning(
        QObject::tr( "The %1 layer '%2' has no CRS: its coordinates are taken as WGS 84 longitude/latitude." )
            .arg( role, sourceName ) );
  const QgsCoordinateTransform toWgs84( hasCrs ? source->sourceCrs() : wgs84, wgs84, transformContext );
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );

  QVector<PointRow> rows;
  QgsFeatureIterator features =
      source->getFeatures( QgsFeatureRequest(), ProcessingCompat::SOURCE_SKIP_VALIDITY_CHECKS );
  QgsFeature feature;
  long long position = 0;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback->isCanceled() )
      break;
    ++position;
    ++mRowCount;
    const QVariant idValue = idIndex < 0 ? QVariant() : feature.attribute( idIndex );
    const QString id = ProcessingCompat::isNull( idValue ) ? QString() : idValue.toString().trimmed();
    const QString row = id.isEmpty()
                            ? rowLabel( sourceName, position, feature.id() )
                            : QObject::tr( "%1 ('%2')" ).arg( rowLabel( sourceName, position, feature.id() ), id );

    QStringList problems;
    std::optional<End> end;
    const QgsGeometry geometry = feature.geometry();
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      problems << QObject::tr( "the %1 has no geometry (NULL or empty)" ).arg( role );
    }
    else if ( geometry.constGet()->partCount() != 1 )
    {
      problems << QObject::tr( "the %1 is a multipoint of %2 points; give one point per feature" )
                      .arg( role )
                      .arg( geometry.constGet()->partCount() );
    }
    else if ( !id.isEmpty() && checks.network.hasPort( id ) )
    {
      // a UN/LOCODE the network knows: leave through the port's sea-only connectors
      end = portEnd( id, role, checks, problems );
    }
    else
    {
      try
      {
        end = pointEnd( toWgs84.transform( QgsPointXY( geometry.vertexAt( 0 ) ) ), id, role, checks, problems );
        if ( end && looksLikeUnlocode( id ) )
          end->fallback = unknownCodeFallback( role, SeaRouteEndpoint::port( id ).unlocode() );
      }
      catch ( const QgsCsException &exception )
      {
        problems << QObject::tr( "the %1 cannot be transformed to WGS 84: %2" ).arg( role, exception.what() );
      }
    }
    if ( !end )
    {
      reportFailedRow( row, problems, feedback );
      continue;
    }
    reportFallbacks( row, { &*end }, feedback );
    rows.append( PointRow{ *end, attributesAt( feature, carriedIndices ), row } );
  }
  return rows;
}

std::optional<RouteRequestReader::End> RouteRequestReader::odTableEnd( const QgsFeature &feature,
                                                                       const QString &codeField, const QString &xField,
                                                                       const QString &yField, const QString &role,
                                                                       const Checks &checks,
                                                                       QStringList &problems ) const
{
  const bool hasCoordinateFields = !xField.isEmpty() && !yField.isEmpty();
  if ( !codeField.isEmpty() )
  {
    const QVariant code = feature.attribute( codeField );
    const QString unlocode =
        SeaRouteEndpoint::port( ProcessingCompat::isNull( code ) ? QString() : code.toString() ).unlocode();
    if ( !unlocode.isEmpty() && ( checks.network.hasPort( unlocode ) || !hasCoordinateFields ) )
      return portEnd( unlocode, role, checks, problems );
    if ( !unlocode.isEmpty() )
    {
      // a code the network does not know, and the row has coordinates: route by them, and say so
      QStringList coordinateProblems;
      std::optional<End> end =
          odTableCoordinates( feature, xField, yField, role, unlocode, checks, coordinateProblems );
      if ( end )
      {
        end->fallback = unknownCodeFallback( role, unlocode );
        return end;
      }
      portEnd( unlocode, role, checks, problems );
      problems << coordinateProblems;
      return std::nullopt;
    }
    if ( !hasCoordinateFields )
    {
      problems << QObject::tr( "the %1 code field '%2' is NULL or empty" ).arg( role, codeField );
      return std::nullopt;
    }
  }
  if ( !hasCoordinateFields )
  {
    problems << QObject::tr( "no %1 field given" ).arg( role );
    return std::nullopt;
  }

  return odTableCoordinates( feature, xField, yField, role, QString(), checks, problems );
}

std::optional<RouteRequestReader::End>
RouteRequestReader::odTableCoordinates( const QgsFeature &feature, const QString &xField, const QString &yField,
                                        const QString &role, const QString &label, const Checks &checks,
                                        QStringList &problems )
{
  if ( xField.isEmpty() || yField.isEmpty() )
    return std::nullopt;
  const auto coordinate = [&feature, &problems, &role]( const QString &field,
                                                        const QString &axis ) -> std::optional<double> {
    const QVariant value = feature.attribute( field );
    bool ok = false;
    const double number = ProcessingCompat::isNull( value ) ? 0 : value.toDouble( &ok );
    if ( ok && std::isfinite( number ) )
      return number;
    problems << QObject::tr( "the %1 %2 field '%3' is %4, expected a number" )
                    .arg( role, axis, field,
                          ProcessingCompat::isNull( value ) ? QStringLiteral( "NULL" )
                                                            : QStringLiteral( "'%1'" ).arg( value.toString() ) );
    return std::nullopt;
  };
  const std::optional<double> lon = coordinate( xField, QStringLiteral( "longitude" ) );
  const std::optional<double> lat = coordinate( yField, QStringLiteral( "latitude" ) );
  if ( !lon || !lat )
    return std::nullopt;
  return pointEnd( QgsPointXY( *lon, *lat ), label, role, checks, problems );
}

void RouteRequestReader::reportFallbacks( const QString &row, const QVector<const End *> &ends,
                                          QgsProcessingFeedback *feedback )
{
  for ( const End *end : ends )
  {
    if ( !end->fallback.isEmpty() )
      feedback->pushWarning( QObject::tr( "%1: %2." ).arg( row, end->fallback ) );
  }
}

bool RouteRequestReader::looksLikeUnlocode( const QString &text )
{
  static const QRegularExpression sUnlocode( QStringLiteral( "^[A-Z]{2}[A-Z2-9]{3}$" ) );
  return sUnlocode.match( SeaRouteEndpoint::port( text ).unlocode() ).hasMatch();
}

QString RouteRequestReader::unknownCodeFallback( const QString &role, const QString &unlocode )
{
  return QObject::tr( "unknown %1 UN/LOCODE '%2', routed by its coordinates" ).arg( role, unlocode );
}

void RouteRequestReader::reportFailedRow( const QString &row, const QStringList &problems,
                                          QgsProcessingFeedback *feedback )
{
  ++mFailedRowCount;
  feedback->reportError( QObject::tr( "%1: %2; no route." ).arg( row, problems.join( QLatin1String( "; " ) ) ), false );
}

std::optional<RouteRequestReader::End> RouteRequestReader::portEnd( const QString &code, const QString &role,
                                                                    const Checks &checks, QStringList &problems )
{
  End end;
  end.endpoint = SeaRouteEndpoint::port( code );
  end.code = end.endpoint.unlocode();
  if ( !checks.network.hasPort( end.code ) )
  {
    problems << QObject::tr( "unknown %1 UN/LOCODE '%2': not a port of the sea-lane network (%3)" )
                    .arg( role, end.code, QFileInfo( checks.network.connectorsPath() ).fileName() );
    return std::nullopt;
  }
  end.name = checks.network.portName( end.code );
  if ( end.name.isEmpty() )
    end.name = end.code;
  return end;
}

std::optional<RouteRequestReader::End> RouteRequestReader::pointEnd( const QgsPointXY &lonLat, const QString &label,
                                                                     const QString &role, const Checks &checks,
                                                                     QStringList &problems )
{
  End end;
  end.endpoint = SeaRouteEndpoint::point( lonLat.x(), lonLat.y(), label );
  if ( !std::isfinite( lonLat.x() ) || !std::isfinite( lonLat.y() ) || std::fabs( lonLat.y() ) > 90 )
  {
    problems << QObject::tr( "the %1 %2 is not a valid longitude/latitude" ).arg( role, end.endpoint.description() );
    return std::nullopt;
  }
  const QString error = checks.router.endpointError( end.endpoint, role );
  if ( !error.isEmpty() )
  {
    problems << error;
    return std::nullopt;
  }
  end.name =
      label.isEmpty() ? QStringLiteral( "(%1, %2)" ).arg( lonLat.x(), 0, 'f', 4 ).arg( lonLat.y(), 0, 'f', 4 ) : label;
  return end;
}

QString RouteRequestReader::groupKey( const End &end )
{
  if ( !end.code.isEmpty() )
    return QStringLiteral( "port:" ) + end.code;
  const QPointF position = end.endpoint.position();
  return QStringLiteral( "point:%1,%2:%3" )
      .arg( position.x(), 0, 'g', 17 )
      .arg( position.y(), 0, 'g', 17 )
      .arg( end.name );
}

QVector<int> RouteRequestReader::carriedIndices( const QgsFields &fields, const QStringList &excludedNames )
{
  QVector<int> indices;
  for ( int i = 0; i < fields.count(); ++i )
  {
    if ( !excludedNames.contains( fields.at( i ).name() ) )
      indices.append( i );
  }
  return indices;
}

QgsFields RouteRequestReader::fieldsAt( const QgsFields &fields, const QVector<int> &indices )
{
  QgsFields selected;
  for ( const int index : indices )
    selected.append( fields.at( index ) );
  return selected;
}

QgsAttributes RouteRequestReader::attributesAt( const QgsFeature &feature, const QVector<int> &indices )
{
  QgsAttributes attributes;
  attributes.reserve( indices.size() );
  for ( const int index : indices )
    attributes.append( feature.attribute( index ) );
  return attributes;
}
