/***************************************************************************
  atlaslayers.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlaslayers.h"
#include "atlasschema.h"
#include "sealanenetwork.h"
#include "seizuresperteu.h"

#include <QSet>

#include <algorithm>
#include <functional>

const QString AtlasLayers::ATLAS_DRUG = QStringLiteral( "cocaine" );
const QString AtlasLayers::DATA_LICENSE = QStringLiteral(
    "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) for the compiled tables: "
    "cite \"Port Seizure Atlas\" and the source of each figure. The figures are facts reported by the cited "
    "sources; quoted text remains with its publishers and is cited, not licensed." );

namespace
{
  using Field = GeoPackageWriter::Field;
  using FieldType = GeoPackageWriter::FieldType;

  const QString ANY_SCOPE;

  //! Returns one metadata link per source address of \a rows (each with sourceTitle and sourceUrl), in row order.
  template <typename Rows> QVector<GpkgLayerMetadata::Link> linksOnce( const Rows &rows )
  {
    QVector<GpkgLayerMetadata::Link> links;
    QSet<QString> seen;
    for ( const auto &row : rows )
    {
      if ( seen.contains( row.sourceUrl ) )
        continue;
      seen.insert( row.sourceUrl );
      GpkgLayerMetadata::Link link;
      link.name = row.sourceTitle;
      link.url = row.sourceUrl;
      links.append( link );
    }
    return links;
  }

  //! Empty text is written as NULL: in the layers an absent value is NULL, never ''.
  QVariant textOrNull( const QString &text )
  {
    return text.isEmpty() ? QVariant() : QVariant( text );
  }
} // namespace

struct AtlasLayers::FigureColumn
{
    Field field;
    std::function<QVariant( const AtlasDataSet::SeizureFigure & )> value;
};

AtlasLayers::AtlasLayers( const AtlasDataSet &dataSet, const QDateTime &buildDateTime )
    : mDataSet( dataSet ), mBuildDateTime( buildDateTime )
{
}

GpkgLayerMetadata AtlasLayers::baseMetadata( const QString &identifier, const QStringList &sourceFiles ) const
{
  GpkgLayerMetadata metadata;
  metadata.identifier = identifier;
  metadata.keywords.insert( QStringLiteral( "gmd:topicCategory" ),
                            { QStringLiteral( "society" ), QStringLiteral( "transportation" ) } );
  metadata.keywords.insert( QStringLiteral( "keywords" ),
                            { QStringLiteral( "cocaine" ), QStringLiteral( "drug seizures" ),
                              QStringLiteral( "seaports" ), QStringLiteral( "customs" ), QStringLiteral( "Europe" ) } );
  metadata.licenses = QStringList{ DATA_LICENSE };
  metadata.rights = QStringList{ QStringLiteral(
      "Every figure names its source (source_title, source_url); cite that source when you use the figure." ) };
  metadata.creationDateTime = mBuildDateTime;
  metadata.history = QStringList{
      QStringLiteral(
          "Built %1 by psa-build-data (Port Seizure Atlas) from %2, checked against the data rules of the data build." )
          .arg( mBuildDateTime.toString( Qt::ISODate ), sourceFiles.join( QLatin1String( ", " ) ) ) };
  return metadata;
}

QVector<GpkgLayerMetadata::Link> AtlasLayers::sourceLinks( const QString &scope ) const
{
  QVector<GpkgLayerMetadata::Link> links;
  QSet<QString> seen;
  for ( const AtlasDataSet::SeizureFigure &figure : mDataSet.seizureFigures )
  {
    if ( ( !scope.isEmpty() && figure.scope != scope ) || seen.contains( figure.sourceUrl ) )
      continue;
    seen.insert( figure.sourceUrl );
    GpkgLayerMetadata::Link link;
    link.name = figure.sourceTitle;
    link.url = figure.sourceUrl;
    link.description = figure.sourcePublisher;
    links.append( link );
  }
  return links;
}

std::optional<std::pair<QDateTime, QDateTime>> AtlasLayers::yearSpan( const QString &scope ) const
{
  int first = 0;
  int last = 0;
  for ( const AtlasDataSet::SeizureFigure &figure : mDataSet.seizureFigures )
  {
    if ( !scope.isEmpty() && figure.scope != scope )
      continue;
    first = first == 0 ? figure.year : std::min( first, figure.year );
    last = std::max( last, figure.year );
  }
  if ( first == 0 )
    return std::nullopt;
  return std::make_pair( QDateTime( QDate( first, 1, 1 ), QTime( 0, 0 ), Qt::UTC ),
                         QDateTime( QDate( last, 12, 31 ), QTime( 23, 59, 59 ), Qt::UTC ) );
}

GeoPackageWriter::LayerDefinition AtlasLayers::portsDefinition() const
{
  GeoPackageWriter::LayerDefinition definition;
  definition.name = AtlasSchema::PORTS_TABLE;
  definition.geometryType = GeoPackageWriter::GeometryType::Point;
  definition.fields = {
      { AtlasSchema::Field::NAME, FieldType::String, QStringLiteral( "Port" ) },
      { AtlasSchema::Field::UNLOCODE, FieldType::String, QStringLiteral( "UN/LOCODE" ) },
      { AtlasSchema::Field::COUNTRY_ISO2, FieldType::String, QStringLiteral( "Country code" ) },
      { AtlasSchema::Field::COUNTRY_NAME, FieldType::String, QStringLiteral( "Country" ) },
      { AtlasSchema::Field::ROLE, FieldType::String, QStringLiteral( "Role" ) },
      { QStringLiteral( "coordinate_source" ), FieldType::String, QStringLiteral( "Source of the coordinates" ) },
      { QStringLiteral( "latest_year" ), FieldType::Integer, QStringLiteral( "Latest year with a figure" ) },
      { QStringLiteral( "latest_tonnes" ), FieldType::Real, QStringLiteral( "Seized in the latest year (t)" ) },
      { QStringLiteral( "latest_figure_id" ), FieldType::String, QStringLiteral( "Latest figure" ) },
      { QStringLiteral( "figure_count" ), FieldType::Integer, QStringLiteral( "Number of port figures" ) },
      { QStringLiteral( "teu_year" ), FieldType::Integer, QStringLiteral( "Year of the per-TEU ratio" ) },
      { QStringLiteral( "teu" ), FieldType::Real, QStringLiteral( "Containers handled that year (TEU)" ) },
      { QStringLiteral( "t_per_million_teu" ), FieldType::Real, QStringLiteral( "Seized per million TEU (t)" ) },
  };

  GpkgLayerMetadata &metadata = definition.metadata;
  metadata = baseMetadata( AtlasSchema::PORTS_TABLE,
                           { QStringLiteral( "layers/ports.csv" ), QStringLiteral( "layers/countries.csv" ),
                             QStringLiteral( "layers/seizure_figures.csv" ) } );
  metadata.title = QStringLiteral( "Ports: cocaine seizures in European seaports" );
  metadata.abstract =
      QStringLiteral(
          "European destination ports and the origin and transit ports of cocaine shipped by sea, one point per row of "
          "layers/ports.csv (EPSG:4326). latest_year and latest_tonnes give the most recent preferred %1 seizure "
          "figure "
          "published for the port alone (tonnes in a calendar year), latest_figure_id names that figure in the table "
          "seizure_figures. They are NULL when no figure has been published for the port: NULL means unknown, not "
          "zero. "
          "figure_count is the number of port figures of the port in seizure_figures, preferred and alternatives. "
          "t_per_million_teu is the preferred port figure of teu_year divided by the port's container throughput of "
          "the same year (teu, table port_throughput) in millions of TEU, for the latest year that has both; NULL "
          "otherwise. Some throughput figures cover a port authority or terminal rather than the port alone (see the "
          "[scope: …] tag of their source_title). "
          "Relation ports_seizure_figures: seizure_figures.unlocodes = ports.unlocode (figures of scope port)." )
          .arg( ATLAS_DRUG );
  metadata.links = sourceLinks( AtlasSchema::Scope::PORT );
  metadata.temporalExtent = yearSpan( AtlasSchema::Scope::PORT );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::portFeatures() const
{
  QVector<GeoPackageWriter::Feature> features;
  features.reserve( mDataSet.ports.size() );
  for ( const AtlasDataSet::Port &port : mDataSet.ports )
  {
    const AtlasDataSet::SeizureFigure *latest = nullptr;
    int figureCount = 0;
    for ( const AtlasDataSet::SeizureFigure &figure : mDataSet.seizureFigures )
    {
      if ( figure.scope != AtlasSchema::Scope::PORT || figure.unlocodes.value( 0 ) != port.unlocode )
        continue;
      ++figureCount;
      if ( figure.preferred && figure.drug == ATLAS_DRUG && ( !latest || figure.year > latest->year ) )
        latest = &figure;
    }

    const std::optional<SeizuresPerTeu::Ratio> ratio = SeizuresPerTeu::latest( mDataSet, port.unlocode, ATLAS_DRUG );
    GeoPackageWriter::Feature feature;
    feature.attributes = {
        port.name,
        port.unlocode,
        port.countryIso2,
        textOrNull( mDataSet.countryName( port.countryIso2 ) ),
        port.role,
        textOrNull( port.coordinateSource ),
        latest ? QVariant( latest->year ) : QVariant(),
        latest ? QVariant( latest->quantityTonnes ) : QVariant(),
        latest ? QVariant( latest->figureId ) : QVariant(),
        figureCount,
        ratio ? QVariant( ratio->year ) : QVariant(),
        ratio ? QVariant( ratio->teu ) : QVariant(),
        ratio ? QVariant( ratio->tonnesPerMillionTeu ) : QVariant(),
    };
    if ( port.position )
      feature.geometryWkt = GeoPackageWriter::pointWkt( port.position->x(), port.position->y() );
    features.append( feature );
  }
  return features;
}

QVector<AtlasLayers::FigureColumn> AtlasLayers::figureColumns( bool national ) const
{
  using Figure = AtlasDataSet::SeizureFigure;
  const AtlasDataSet &dataSet = mDataSet;
  QVector<FigureColumn> columns;
  columns.append( { { QStringLiteral( "figure_id" ), FieldType::String, QStringLiteral( "Figure" ) },
                    []( const Figure &f ) { return QVariant( f.figureId ); } } );
  if ( !national )
  {
    columns.append( { { AtlasSchema::Field::SCOPE, FieldType::String, QStringLiteral( "Scope" ) },
                      []( const Figure &f ) { return QVariant( f.scope ); } } );
    columns.append( { { AtlasSchema::Field::UNLOCODES, FieldType::String, QStringLiteral( "UN/LOCODEs" ) },
                      []( const Figure &f ) { return textOrNull( f.unlocodes.join( QLatin1Char( ';' ) ) ); } } );
  }
  columns.append( { { QStringLiteral( "area_name" ), FieldType::String, QStringLiteral( "Area" ) },
                    []( const Figure &f ) { return textOrNull( f.areaName ); } } );
  columns.append( { { AtlasSchema::Field::COUNTRY_ISO2, FieldType::String, QStringLiteral( "Country code" ) },
                    []( const Figure &f ) { return QVariant( f.countryIso2.join( QLatin1Char( ';' ) ) ); } } );
  columns.append( { { AtlasSchema::Field::COUNTRY_NAME, FieldType::String, QStringLiteral( "Country" ) },
                    [&dataSet]( const Figure &f ) { return QVariant( dataSet.countryNames( f.countryIso2 ) ); } } );
  columns.append( { { AtlasSchema::Field::YEAR, FieldType::Integer, QStringLiteral( "Year" ) },
                    []( const Figure &f ) { return QVariant( f.year ); } } );
  columns.append( { { AtlasSchema::Field::DRUG, FieldType::String, QStringLiteral( "Drug" ) },
                    []( const Figure &f ) { return QVariant( f.drug ); } } );
  columns.append( { { AtlasSchema::Field::QUANTITY_T, FieldType::Real, QStringLiteral( "Seized (t)" ) },
                    []( const Figure &f ) { return QVariant( f.quantityTonnes ); } } );
  columns.append( { { QStringLiteral( "lower_bound" ), FieldType::Boolean, QStringLiteral( "At least (lower bound)" ) },
                    []( const Figure &f ) { return QVariant( f.lowerBound ); } } );
  columns.append( { { QStringLiteral( "approximate" ), FieldType::Boolean, QStringLiteral( "Approximate" ) },
                    []( const Figure &f ) { return QVariant( f.approximate ); } } );
  columns.append( { { AtlasSchema::Field::PREFERRED, FieldType::Boolean, QStringLiteral( "Preferred figure" ) },
                    []( const Figure &f ) { return QVariant( f.preferred ); } } );
  columns.append( { { QStringLiteral( "preference_reason" ), FieldType::String, QStringLiteral( "Why preferred" ) },
                    []( const Figure &f ) { return textOrNull( f.preferenceReason ); } } );
  columns.append( { { AtlasSchema::Field::SOURCE_TITLE, FieldType::String, QStringLiteral( "Source" ) },
                    []( const Figure &f ) { return QVariant( f.sourceTitle ); } } );
  columns.append( { { AtlasSchema::Field::SOURCE_URL, FieldType::String, QStringLiteral( "Source address" ) },
                    []( const Figure &f ) { return QVariant( f.sourceUrl ); } } );
  columns.append( { { AtlasSchema::Field::SOURCE_PUBLISHER, FieldType::String, QStringLiteral( "Publisher" ) },
                    []( const Figure &f ) { return textOrNull( f.sourcePublisher ); } } );
  columns.append( { { AtlasSchema::Field::SOURCE_DATE, FieldType::String, QStringLiteral( "Source date" ) },
                    []( const Figure &f ) { return textOrNull( f.sourceDate ); } } );
  columns.append( { { QStringLiteral( "quote" ), FieldType::String, QStringLiteral( "Quote" ) },
                    []( const Figure &f ) { return textOrNull( f.quote ); } } );
  columns.append( { { QStringLiteral( "note" ), FieldType::String, QStringLiteral( "Note" ) },
                    []( const Figure &f ) { return textOrNull( f.note ); } } );
  return columns;
}

GeoPackageWriter::LayerDefinition AtlasLayers::figureDefinition( const QString &name, bool national ) const
{
  GeoPackageWriter::LayerDefinition definition;
  definition.name = name;
  definition.geometryType = GeoPackageWriter::GeometryType::None;
  const QVector<FigureColumn> columns = figureColumns( national );
  for ( const FigureColumn &column : columns )
    definition.fields.append( column.field );
  definition.metadata = baseMetadata(
      name, { QStringLiteral( "layers/seizure_figures.csv" ), QStringLiteral( "layers/countries.csv" ) } );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::figureFeatures( bool national ) const
{
  const QVector<FigureColumn> columns = figureColumns( national );
  QVector<GeoPackageWriter::Feature> features;
  for ( const AtlasDataSet::SeizureFigure &figure : mDataSet.seizureFigures )
  {
    if ( national && figure.scope != AtlasSchema::Scope::NATIONAL )
      continue;
    GeoPackageWriter::Feature feature;
    for ( const FigureColumn &column : columns )
      feature.attributes.append( column.value( figure ) );
    features.append( feature );
  }
  return features;
}

GeoPackageWriter::LayerDefinition AtlasLayers::seizureFiguresDefinition() const
{
  GeoPackageWriter::LayerDefinition definition = figureDefinition( AtlasSchema::SEIZURE_FIGURES_TABLE, false );
  GpkgLayerMetadata &metadata = definition.metadata;
  metadata.title = QStringLiteral( "Seizure figures per port, port group and country" );
  metadata.abstract = QStringLiteral(
      "Every published calendar-year seizure figure of layers/seizure_figures.csv, with its source and the quoted "
      "sentence. scope is port (unlocodes holds one UN/LOCODE), port_group (several UN/LOCODEs separated by ';', or "
      "none when the group cannot be enumerated) or national. Several figures may exist for one place, year and drug; "
      "exactly one of them is preferred (preferred = true, preference_reason says why), the others are kept as "
      "alternatives. lower_bound marks figures stated as 'more than', approximate those stated as 'about'. "
      "Relation ports_seizure_figures: seizure_figures.unlocodes = ports.unlocode (figures of scope port)." );
  metadata.links = sourceLinks( ANY_SCOPE );
  metadata.temporalExtent = yearSpan( ANY_SCOPE );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::seizureFigureFeatures() const
{
  return figureFeatures( false );
}

GeoPackageWriter::LayerDefinition AtlasLayers::nationalTotalsDefinition() const
{
  GeoPackageWriter::LayerDefinition definition = figureDefinition( AtlasSchema::NATIONAL_TOTALS_TABLE, true );
  GpkgLayerMetadata &metadata = definition.metadata;
  metadata.title = QStringLiteral( "National seizure totals" );
  metadata.abstract = QStringLiteral(
      "The national calendar-year seizure totals of layers/seizure_figures.csv (scope national), the preferred figure "
      "and its alternatives, with the country name. They count seizures anywhere in the country, not only in ports." );
  metadata.links = sourceLinks( AtlasSchema::Scope::NATIONAL );
  metadata.temporalExtent = yearSpan( AtlasSchema::Scope::NATIONAL );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::nationalTotalFeatures() const
{
  return figureFeatures( true );
}

GeoPackageWriter::LayerDefinition AtlasLayers::inboundRoutesDefinition() const
{
  GeoPackageWriter::LayerDefinition definition;
  definition.name = AtlasSchema::INBOUND_ROUTES_TABLE;
  definition.geometryType = GeoPackageWriter::GeometryType::LineString;
  definition.fields = {
      { QStringLiteral( "route_id" ), FieldType::String, QStringLiteral( "Route" ) },
      { AtlasSchema::Field::ORIGIN_NAME, FieldType::String, QStringLiteral( "Origin" ) },
      { QStringLiteral( "origin_unlocode" ), FieldType::String, QStringLiteral( "Origin UN/LOCODE" ) },
      { AtlasSchema::Field::ORIGIN_COUNTRY_ISO2, FieldType::String, QStringLiteral( "Origin country code" ) },
      { AtlasSchema::Field::ORIGIN_COUNTRY_NAME, FieldType::String, QStringLiteral( "Origin country" ) },
      { AtlasSchema::Field::DEST_NAME, FieldType::String, QStringLiteral( "Destination" ) },
      { QStringLiteral( "dest_unlocode" ), FieldType::String, QStringLiteral( "Destination UN/LOCODE" ) },
      { AtlasSchema::Field::DEST_COUNTRY_ISO2, FieldType::String, QStringLiteral( "Destination country code" ) },
      { QStringLiteral( "dest_country_name" ), FieldType::String, QStringLiteral( "Destination country" ) },
      { AtlasSchema::Field::YEAR, FieldType::Integer, QStringLiteral( "Year" ) },
      { AtlasSchema::Field::QUANTITY_T, FieldType::Real, QStringLiteral( "Cocaine (t)" ) },
      { QStringLiteral( "evidence_kind" ), FieldType::String, QStringLiteral( "Evidence kind" ) },
      { QStringLiteral( "evidence" ), FieldType::String, QStringLiteral( "Evidence" ) },
      { QStringLiteral( "quote" ), FieldType::String, QStringLiteral( "Quote (original language)" ) },
      { AtlasSchema::Field::SOURCE_TITLE, FieldType::String, QStringLiteral( "Source" ) },
      { AtlasSchema::Field::SOURCE_URL, FieldType::String, QStringLiteral( "Source link" ) },
      { QStringLiteral( "length_km" ), FieldType::Real, QStringLiteral( "Geodesic length (km)" ) },
      { QStringLiteral( "network_km" ), FieldType::Real, QStringLiteral( "Sea-lane network length (km)" ) },
      { QStringLiteral( "passages" ), FieldType::String, QStringLiteral( "Passages" ) },
      { QStringLiteral( "geometry_status" ), FieldType::String, QStringLiteral( "Line" ) },
      { QStringLiteral( "lower_bound" ), FieldType::Boolean, QStringLiteral( "At least (lower bound)" ) },
      { QStringLiteral( "period" ), FieldType::String, QStringLiteral( "Part of the year" ) },
      { QStringLiteral( "origin_port_assumed" ), FieldType::Boolean, QStringLiteral( "Origin port not published" ) },
      { QStringLiteral( "assumed_origin_unlocode" ), FieldType::String, QStringLiteral( "Line starts at (assumed)" ) },
  };

  GpkgLayerMetadata &metadata = definition.metadata;
  metadata = baseMetadata( AtlasSchema::INBOUND_ROUTES_TABLE,
                           { QStringLiteral( "layers/routes.csv" ), QStringLiteral( "layers/ports.csv" ),
                             QStringLiteral( "layers/sealanes/" ) + SeaLaneNetwork::NETWORK_FILE_NAME,
                             QStringLiteral( "layers/sealanes/" ) + SeaLaneNetwork::CONNECTORS_FILE_NAME } );
  metadata.title = QStringLiteral( "Inbound sea routes: documented origin → European port links" );
  metadata.abstract = QStringLiteral(
      "One row per documented link between an origin or transit port (Latin America, the Caribbean, West Africa) and a "
      "European port, from layers/routes.csv, with its evidence, quote and source. The line is the shortest path on "
      "the "
      "Eurostat SeaRoute maritime network (20 km, land crossings repaired) from the origin port to the European port, "
      "densified along the WGS 84 geodesic; passages large ships do not use (Kiel, Corinth, Northwest and Northeast "
      "passages) are avoided. A row whose source names only the origin country starts at that country's main container "
      "export port (layers/country_main_ports.csv, each choice sourced; the nearest by sea when several are listed): "
      "origin_port_assumed is TRUE and assumed_origin_unlocode names the port. Rows naming only a destination country, "
      "or a port without a sourced position or connector, keep NULL geometry and say so in geometry_status. quantity_t "
      "is "
      "NULL when unknown; lower_bound is TRUE where the source says \"more than\"; period names the part of the year a "
      "figure covers when it is not the whole year. Never add origin-side and destination-side tonnages: "
      "cocaine seized at origin never reached Europe, and seizures at destination are already in the port totals." );
  metadata.licenses =
      QStringList{ DATA_LICENSE, QStringLiteral( "Line geometry: Maritime network: Eurostat SeaRoute (© European "
                                                 "Union), EUPL-1.2, derived from ORNL Global Shipping Lane Network" ) };
  metadata.links = linksOnce( mDataSet.routes );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::inboundRouteFeatures( const InboundRouteGeometries &geometries ) const
{
  const auto optionalValue = []( const auto &value ) { return value ? QVariant( *value ) : QVariant(); };
  QVector<GeoPackageWriter::Feature> features;
  features.reserve( mDataSet.routes.size() );
  for ( const AtlasDataSet::Route &route : mDataSet.routes )
  {
    const InboundRouteGeometries::Geometry geometry = geometries.geometry( route.routeId );
    GeoPackageWriter::Feature feature;
    feature.geometryWkt = geometry.wkt;
    feature.attributes = {
        route.routeId,
        route.originName,
        textOrNull( route.originUnlocode ),
        textOrNull( route.originCountryIso2 ),
        textOrNull( mDataSet.countryName( route.originCountryIso2 ) ),
        route.destinationName,
        textOrNull( route.destinationUnlocode ),
        textOrNull( route.destinationCountryIso2 ),
        textOrNull( mDataSet.countryName( route.destinationCountryIso2 ) ),
        optionalValue( route.year ),
        optionalValue( route.quantityTonnes ),
        route.evidenceKind,
        textOrNull( route.evidence ),
        textOrNull( route.quote ),
        route.sourceTitle,
        route.sourceUrl,
        optionalValue( geometry.lengthKm ),
        optionalValue( geometry.networkKm ),
        textOrNull( geometry.passages ),
        geometry.status,
        route.lowerBound,
        textOrNull( route.period ),
        geometry.originPortAssumed,
        textOrNull( geometry.assumedOriginUnlocode ),
    };
    features.append( feature );
  }
  return features;
}

GeoPackageWriter::LayerDefinition AtlasLayers::portThroughputDefinition() const
{
  GeoPackageWriter::LayerDefinition definition;
  definition.name = AtlasSchema::PORT_THROUGHPUT_TABLE;
  definition.geometryType = GeoPackageWriter::GeometryType::None;
  definition.fields = {
      { AtlasSchema::Field::UNLOCODE, FieldType::String, QStringLiteral( "UN/LOCODE" ) },
      { QStringLiteral( "port_name" ), FieldType::String, QStringLiteral( "Port" ) },
      { AtlasSchema::Field::YEAR, FieldType::Integer, QStringLiteral( "Year" ) },
      { QStringLiteral( "teu" ), FieldType::Real, QStringLiteral( "Containers handled (TEU)" ) },
      { AtlasSchema::Field::SOURCE_TITLE, FieldType::String, QStringLiteral( "Source" ) },
      { AtlasSchema::Field::SOURCE_URL, FieldType::String, QStringLiteral( "Source link" ) },
      { QStringLiteral( "quote" ), FieldType::String, QStringLiteral( "Quote (original language)" ) },
  };
  GpkgLayerMetadata &metadata = definition.metadata;
  metadata = baseMetadata( AtlasSchema::PORT_THROUGHPUT_TABLE,
                           { QStringLiteral( "layers/port_throughput.csv" ), QStringLiteral( "layers/ports.csv" ) } );
  metadata.title = QStringLiteral( "Container throughput of European ports (TEU per year)" );
  metadata.abstract = QStringLiteral(
      "Twenty-foot equivalent units handled per calendar year, one row per port and year of "
      "layers/port_throughput.csv, "
      "each with its source and the quoted sentence that states the number. A [scope: …] tag in source_title marks a "
      "figure that covers a port authority (e.g. HAROPA, Valenciaport, the Bremen ports) or one terminal rather than "
      "the "
      "port alone. Years without a published figure have no row." );
  metadata.links = linksOnce( mDataSet.throughput );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::portThroughputFeatures() const
{
  QVector<GeoPackageWriter::Feature> features;
  for ( const AtlasDataSet::Throughput &throughput : mDataSet.throughput )
  {
    const AtlasDataSet::Port *port = mDataSet.port( throughput.unlocode );
    GeoPackageWriter::Feature feature;
    feature.attributes = { throughput.unlocode,
                           port ? QVariant( port->name ) : QVariant(),
                           throughput.year,
                           throughput.teu,
                           throughput.sourceTitle,
                           throughput.sourceUrl,
                           textOrNull( throughput.quote ) };
    features.append( feature );
  }
  return features;
}

GeoPackageWriter::LayerDefinition AtlasLayers::documentedSeizuresDefinition() const
{
  GeoPackageWriter::LayerDefinition definition;
  definition.name = AtlasSchema::DOCUMENTED_SEIZURES_TABLE;
  definition.geometryType = GeoPackageWriter::GeometryType::Point;
  definition.fields = {
      { QStringLiteral( "seizure_id" ), FieldType::String, QStringLiteral( "Seizure" ) },
      { QStringLiteral( "seizure_date" ), FieldType::String, QStringLiteral( "Date" ) },
      { QStringLiteral( "date_precision" ), FieldType::String, QStringLiteral( "Date known to the" ) },
      { AtlasSchema::Field::YEAR, FieldType::Integer, QStringLiteral( "Year" ) },
      { QStringLiteral( "port_unlocode" ), FieldType::String, QStringLiteral( "Port UN/LOCODE" ) },
      { QStringLiteral( "port_name" ), FieldType::String, QStringLiteral( "Port" ) },
      { AtlasSchema::Field::DEST_COUNTRY_ISO2, FieldType::String, QStringLiteral( "Port country code" ) },
      { QStringLiteral( "origin_unlocode" ), FieldType::String, QStringLiteral( "Origin port UN/LOCODE" ) },
      { AtlasSchema::Field::ORIGIN_COUNTRY_ISO2, FieldType::String, QStringLiteral( "Origin country code" ) },
      { AtlasSchema::Field::ORIGIN_COUNTRY_NAME, FieldType::String, QStringLiteral( "Origin country" ) },
      { AtlasSchema::Field::DRUG, FieldType::String, QStringLiteral( "Drug" ) },
      { QStringLiteral( "tonnes" ), FieldType::Real, QStringLiteral( "Seized in this seizure (t)" ) },
      { QStringLiteral( "approximate" ), FieldType::Boolean, QStringLiteral( "Approximate" ) },
      { AtlasSchema::Field::SOURCE_TITLE, FieldType::String, QStringLiteral( "Source" ) },
      { AtlasSchema::Field::SOURCE_URL, FieldType::String, QStringLiteral( "Source link" ) },
      { AtlasSchema::Field::SOURCE_PUBLISHER, FieldType::String, QStringLiteral( "Publisher" ) },
      { AtlasSchema::Field::SOURCE_DATE, FieldType::String, QStringLiteral( "Published" ) },
      { QStringLiteral( "quote" ), FieldType::String, QStringLiteral( "Quote (original language)" ) },
      { QStringLiteral( "note" ), FieldType::String, QStringLiteral( "Note" ) },
  };
  GpkgLayerMetadata &metadata = definition.metadata;
  metadata = baseMetadata( AtlasSchema::DOCUMENTED_SEIZURES_TABLE, { QStringLiteral( "layers/documented_seizures.csv" ),
                                                                     QStringLiteral( "layers/ports.csv" ) } );
  metadata.title = QStringLiteral( "Documented single seizures at European ports" );
  metadata.abstract = QStringLiteral(
      "One point per single seizure reported by the press or an authority (layers/documented_seizures.csv), placed at "
      "the European port where it was made: date (date_precision says whether day, month or year is known), origin "
      "port "
      "and country where the source names them, drug, tonnes of that one seizure, source and the quoted sentence "
      "stating "
      "the quantity. These are individual seizures, not totals: many seizures are never reported, so never add them up "
      "as a port's total. Cocaine seizures with a named origin port also appear as links in inbound_routes (route_id = "
      "seizure_id)." );
  metadata.links = linksOnce( mDataSet.documentedSeizures );
  return definition;
}

QVector<GeoPackageWriter::Feature> AtlasLayers::documentedSeizureFeatures() const
{
  QVector<GeoPackageWriter::Feature> features;
  for ( const AtlasDataSet::DocumentedSeizure &seizure : mDataSet.documentedSeizures )
  {
    const AtlasDataSet::Port *port = mDataSet.port( seizure.portUnlocode );
    GeoPackageWriter::Feature feature;
    feature.attributes = {
        seizure.seizureId,
        seizure.date.toString( Qt::ISODate ),
        seizure.datePrecision,
        seizure.date.year(),
        seizure.portUnlocode,
        port ? port->name : seizure.portName,
        port ? port->countryIso2 : seizure.portUnlocode.left( 2 ),
        textOrNull( seizure.originUnlocode ),
        textOrNull( seizure.originCountryIso2 ),
        textOrNull( mDataSet.countryName( seizure.originCountryIso2 ) ),
        seizure.drug,
        seizure.tonnes,
        seizure.approximate,
        seizure.sourceTitle,
        seizure.sourceUrl,
        textOrNull( seizure.sourcePublisher ),
        textOrNull( seizure.sourceDate ),
        textOrNull( seizure.quote ),
        textOrNull( seizure.note ),
    };
    if ( port && port->position )
      feature.geometryWkt = GeoPackageWriter::pointWkt( port->position->x(), port->position->y() );
    features.append( feature );
  }
  return features;
}
