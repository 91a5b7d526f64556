/***************************************************************************
  changeprintlayout.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "changeprintlayout.h"
#include "printtextfit.h"

#include "atlaslayerset.h"
#include "atlasschema.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapoverview.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitemtexttable.h>
#include <qgslayoutmanager.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <memory>

namespace
{
  const QString KIND_CHANGE = QStringLiteral( "change" );
  const QString KIND_NEW = QStringLiteral( "new" );
  const QString KIND_NO_FIGURE = QStringLiteral( "no_figure" );

  //! Circle diameter (mm): its area follows the larger of the two years' tonnes, on one fixed scale.
  const QString SIZE_EXPRESSION =
      QStringLiteral( "2.2 + 0.75 * sqrt(max(coalesce(\"before_t\", 0), coalesce(\"after_t\", 0)))" );

  //! The map: Europe in the European equal-area projection (ETRS89-LAEA).
  const QString MAP_CRS = QStringLiteral( "EPSG:3035" );

  QString kindName( PortChange::Kind kind )
  {
    switch ( kind )
    {
    case PortChange::Kind::New:
      return KIND_NEW;
    case PortChange::Kind::NoFigure:
      return KIND_NO_FIGURE;
    case PortChange::Kind::Change:
      break;
    }
    return KIND_CHANGE;
  }

  QgsMarkerSymbol *circle( const QString &fill, const QString &stroke, bool hollow )
  {
    QgsMarkerSymbol *symbol =
        QgsMarkerSymbol::createSimple( { { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
                                         { QStringLiteral( "color" ), fill },
                                         { QStringLiteral( "outline_color" ), stroke },
                                         { QStringLiteral( "outline_width" ), QStringLiteral( "0.3" ) },
                                         { QStringLiteral( "size" ), QStringLiteral( "3" ) } } );
    if ( hollow )
      symbol->setColor( QColor( 255, 255, 255, 0 ) );
    symbol->setDataDefinedSize( QgsProperty::fromExpression( SIZE_EXPRESSION ) );
    return symbol;
  }

  //! Diverging colours (ColorBrewer RdBu): rises red, falls blue; the two one-year cases apart.
  QgsFeatureRenderer *changeRenderer( int after )
  {
    const QString change = QStringLiteral( "\"kind\" = '%1' AND " ).arg( KIND_CHANGE );
    struct Class
    {
        QString filter;
        QString label;
        QString fill;
        QString stroke;
        bool hollow;
    };
    const QList<Class> classes = {
        { change + QStringLiteral( "(\"change_pct\" >= 50 OR (\"change_pct\" IS NULL AND \"change_t\" > 0))" ),
          ChangePrintLayout::tr( "+50 % or more" ), QStringLiteral( "178,24,43" ), QStringLiteral( "90,10,20" ),
          false },
        { change + QStringLiteral( "\"change_pct\" >= 10 AND \"change_pct\" < 50" ),
          ChangePrintLayout::tr( "+10 to +50 %" ), QStringLiteral( "239,138,98" ), QStringLiteral( "150,60,30" ),
          false },
        { change + QStringLiteral( "((\"change_pct\" > -10 AND \"change_pct\" < 10) OR \"change_t\" = 0)" ),
          ChangePrintLayout::tr( "within ±10 %" ), QStringLiteral( "210,210,210" ), QStringLiteral( "90,90,90" ),
          false },
        { change + QStringLiteral( "\"change_pct\" > -50 AND \"change_pct\" <= -10" ),
          ChangePrintLayout::tr( "−10 to −50 %" ), QStringLiteral( "103,169,207" ), QStringLiteral( "30,80,120" ),
          false },
        { change + QStringLiteral( "\"change_pct\" <= -50" ), ChangePrintLayout::tr( "−50 % or less" ),
          QStringLiteral( "33,102,172" ), QStringLiteral( "10,40,90" ), false },
        { QStringLiteral( "\"kind\" = '%1'" ).arg( KIND_NEW ),
          ChangePrintLayout::tr( "new: a figure for %1 only" ).arg( after ), QStringLiteral( "118,42,131" ),
          QStringLiteral( "60,20,70" ), false },
        { QStringLiteral( "\"kind\" = '%1'" ).arg( KIND_NO_FIGURE ),
          ChangePrintLayout::tr( "no figure for %1 (not 0 t)" ).arg( after ), QStringLiteral( "255,255,255" ),
          QStringLiteral( "100,100,100" ), true },
    };
    auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
    for ( const Class &entry : classes )
      root->appendChild( new QgsRuleBasedRenderer::Rule( circle( entry.fill, entry.stroke, entry.hollow ), 0, 0,
                                                         entry.filter, entry.label ) );
    return new QgsRuleBasedRenderer( root );
  }

  QgsPalLayerSettings changeLabels()
  {
    QgsPalLayerSettings settings;
    settings.fieldName = QStringLiteral( "\"name\" || '\\n' || \"label\"" );
    settings.isExpression = true;
    settings.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
    settings.dist = 0.6;
    // Where labels compete for room, the ports with the most tonnes keep theirs.
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings::Priority,
        QgsProperty::fromExpression(
            QStringLiteral( "min(10, 4 + max(coalesce(\"before_t\", 0), coalesce(\"after_t\", 0)) / 8)" ) ) );
    QgsTextFormat format;
    format.setFont( QFont( QStringLiteral( "DejaVu Sans" ) ) );
    format.setSize( 6.5 );
    format.setColor( QColor( 30, 30, 30 ) );
    QgsTextBufferSettings buffer;
    buffer.setEnabled( true );
    buffer.setSize( 0.7 );
    buffer.setColor( QColor( 255, 255, 255, 220 ) );
    format.setBuffer( buffer );
    settings.setFormat( format );
    return settings;
  }

  QgsLayoutItemLabel *addLabel( QgsPrintLayout *layout, const QString &text, const QFont &font, const QRectF &rect,
                                int page = 0 )
  {
    auto *label = new QgsLayoutItemLabel( layout );
    label->setText( text );
    label->setFont( font );
    label->setFontColor( QColor( 30, 30, 30 ) );
    layout->addLayoutItem( label );
    label->attemptResize( QgsLayoutSize( rect.width(), rect.height() ) );
    label->attemptMove( QgsLayoutPoint( rect.x(), rect.y() ), true, false, page );
    return label;
  }

  QFont font( double points, bool bold = false )
  {
    QFont font( QStringLiteral( "DejaVu Sans" ) );
    font.setPointSizeF( points );
    font.setBold( bold );
    return font;
  }

  //! The map's extent: the ports drawn, with a margin, in the map's projection.
  QgsRectangle portsExtent( QgsVectorLayer *changes, QgsProject *project )
  {
    const QgsCoordinateTransform transform( changes->crs(), QgsCoordinateReferenceSystem( MAP_CRS ), project );
    QgsRectangle extent = transform.transformBoundingBox( changes->extent() );
    extent.grow( std::max( extent.width(), extent.height() ) * 0.08 + 50000 );
    return extent;
  }

  //! The Rhine–Scheldt delta (lon/lat): Europe's busiest cocaine ports lie too close for their labels at Europe scale.
  const QgsRectangle DELTA( 3.0, 50.8, 5.6, 52.6 );

  /**
   * Adds an inset of the delta's ports at \a rect, framed on \a mainMap, when \a changes has a port
   * there and the main map is at a much smaller scale.
   */
  void addDeltaInset( QgsPrintLayout *layout, QgsLayoutItemMap *mainMap, QgsVectorLayer *changes, QgsProject *project,
                      const QRectF &rect, double textPoints )
  {
    QgsFeatureRequest request;
    request.setFilterRect( DELTA ).setNoAttributes().setLimit( 1 );
    QgsFeature feature;
    const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                            mainMap->crs(), project );
    const QgsRectangle delta = transform.transformBoundingBox( DELTA );
    // Only where the main map is drawn at a much smaller scale than the inset would be.
    if ( !changes->getFeatures( request ).nextFeature( feature ) || mainMap->extent().width() < 5 * delta.width() )
      return;
    auto *caption = new QgsLayoutItemLabel( layout );
    caption->setText( ChangePrintLayout::tr( "Rhine–Scheldt delta" ) );
    QFont captionFont( QStringLiteral( "DejaVu Sans" ) );
    captionFont.setPointSizeF( textPoints );
    captionFont.setBold( true );
    caption->setFont( captionFont );
    layout->addLayoutItem( caption );
    caption->attemptResize( QgsLayoutSize( rect.width(), 5 ) );
    caption->attemptMove( QgsLayoutPoint( rect.left(), rect.top() ) );
    auto *inset = new QgsLayoutItemMap( layout );
    layout->addLayoutItem( inset );
    inset->attemptResize( QgsLayoutSize( rect.width(), rect.height() - 6 ) );
    inset->attemptMove( QgsLayoutPoint( rect.left(), rect.top() + 6 ) );
    inset->setCrs( mainMap->crs() );
    inset->setLayers( mainMap->layers() );
    inset->setKeepLayerSet( true );
    inset->setBackgroundColor( mainMap->backgroundColor() );
    inset->setFrameEnabled( true );
    inset->zoomToExtent( delta );
    // The main map outlines where the inset is.
    auto *outline = new QgsLayoutItemMapOverview( ChangePrintLayout::tr( "Delta inset" ), mainMap );
    outline->setLinkedMap( inset );
    outline->setFrameSymbol(
        QgsFillSymbol::createSimple( { { QStringLiteral( "style" ), QStringLiteral( "no" ) },
                                       { QStringLiteral( "outline_color" ), QStringLiteral( "60,60,60" ) },
                                       { QStringLiteral( "outline_width" ), QStringLiteral( "0.35" ) } } ) );
    mainMap->overviews()->addOverview( outline );
  }
} // namespace

QString ChangePrintLayout::title( const Request &request )
{
  return tr( "Change in cocaine seized in European ports, %1 → %2" ).arg( request.before ).arg( request.after );
}

QgsVectorLayer *ChangePrintLayout::addChangeLayer( QgsProject *project, const QList<PortChange> &changes,
                                                   const Request &request, QString *error )
{
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE );
  if ( !ports )
  {
    *error = tr( "the data has no ports layer" );
    return nullptr;
  }
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "Point?crs=%1&field=unlocode:string&field=name:string&field=before_t:double&field=after_t:double"
                      "&field=change_t:double&field=change_pct:double&field=kind:string&field=label:string" )
          .arg( ports->crs().authid() ),
      tr( "Change %1 → %2" ).arg( request.before ).arg( request.after ), QStringLiteral( "memory" ) );
  QMap<QString, QgsFeature> positions;
  QgsFeature port;
  QgsFeatureIterator it = ports->getFeatures();
  while ( it.nextFeature( port ) )
    positions.insert( port.attribute( AtlasSchema::Field::UNLOCODE ).toString(), port );
  QgsFeatureList features;
  for ( const PortChange &change : changes )
  {
    const QgsFeature position = positions.value( change.unlocode );
    if ( !position.hasGeometry() )
      continue;
    QgsFeature feature( layer->fields() );
    feature.setGeometry( position.geometry() );
    QgsAttributes attributes;
    attributes << change.unlocode << position.attribute( AtlasSchema::Field::NAME ) << change.before << change.after
               << change.changeTonnes() << change.changePercent() << kindName( change.kind() )
               << change.label( request.after );
    feature.setAttributes( attributes );
    features << feature;
  }
  if ( features.isEmpty() )
  {
    *error = tr( "no port has a figure for %1 or %2" ).arg( request.before ).arg( request.after );
    return nullptr;
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  layer->setRenderer( changeRenderer( request.after ) );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( changeLabels() ) );
  layer->setLabelsEnabled( true );
  QgsVectorLayer *added = layer.get();
  project->addMapLayer( layer.release(), false );
  return added;
}

QgsPrintLayout *ChangePrintLayout::create( QgsProject *project, QgsVectorLayer *changes, const Request &request )
{
  const bool a3 = request.options.paper == PrintOptions::Paper::A3;
  const double width = a3 ? 420 : 297;
  const double height = a3 ? 297 : 210;
  const double s = width / 297.0; // designed on A4 landscape, scaled to the paper

  auto layout = std::make_unique<QgsPrintLayout>( project );
  layout->initializeDefaults();
  layout->setName( title( request ) );
  layout->pageCollection()->page( 0 )->setPageSize( QgsLayoutSize( width, height ) );

  addLabel( layout.get(), title( request ), font( 15 * s, true ), QRectF( 10 * s, 7 * s, 277 * s, 10 * s ) );
  const QString countries =
      request.countryNames.isEmpty() ? tr( "all countries" ) : request.countryNames.join( QStringLiteral( ", " ) );
  addLabel( layout.get(),
            tr( "Preferred port-level figures of %1 and %2, %3; sources on the following page." )
                .arg( request.before )
                .arg( request.after )
                .arg( countries ),
            font( 8.5 * s ), QRectF( 10 * s, 17.5 * s, 277 * s, 6 * s ) );

  auto *map = new QgsLayoutItemMap( layout.get() );
  layout->addLayoutItem( map );
  map->attemptResize( QgsLayoutSize( 192 * s, 172 * s ) );
  map->attemptMove( QgsLayoutPoint( 10 * s, 26 * s ) );
  map->setCrs( QgsCoordinateReferenceSystem( MAP_CRS ) );
  QList<QgsMapLayer *> layers{ changes };
  if ( QgsVectorLayer *basemap = AtlasLayerSet::findLayer( project, AtlasLayerSet::BASEMAP_TABLE ) )
    layers << basemap;
  map->setLayers( layers );
  map->setKeepLayerSet( true );
  map->setBackgroundColor( QColor( 226, 238, 246 ) );
  map->setFrameEnabled( true );
  map->zoomToExtent( portsExtent( changes, project ) );

  auto *legend = new QgsLayoutItemLegend( layout.get() );
  layout->addLayoutItem( legend );
  legend->setLinkedMap( map );
  legend->setAutoUpdateModel( false );
  legend->model()->rootGroup()->clear();
  legend->model()->rootGroup()->addLayer( changes );
  legend->setTitle( QString() ); // the layer's name ("Change 2022 → 2023") heads the legend
  legend->setStyleFont( QgsLegendStyle::Subgroup, font( 9 * s, true ) );
  legend->setStyleFont( QgsLegendStyle::SymbolLabel, font( 8 * s ) );
  legend->setMaximumSymbolSize( 4 * s );
  legend->attemptMove( QgsLayoutPoint( 208 * s, 26 * s ) );
  PrintTextFit::fitLegendToContent( legend );

  const QString note = tr( "Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle "
                           "area: the larger of the two years' tonnes, on one fixed scale. A port with a figure in "
                           "one of the two years only is marked \"new\" or \"no figure\": an unknown is never 0 t." )
                           .arg( request.before )
                           .arg( request.after );
  const QFont noteFont = font( 7 * s );
  const double noteWidth = 79 * s;
  const double noteTop = legend->positionWithUnits().y() + legend->rect().height() + 4 * s;
  const double noteHeight = PrintTextFit::wrappedHeight( noteFont, note, noteWidth );
  addLabel( layout.get(), note, noteFont, QRectF( 208 * s, noteTop, noteWidth, std::max( 10.0, noteHeight ) ) );
  const double insetTop = noteTop + std::max( 10.0, noteHeight ) + 5 * s;
  const double mapBottom = 198 * s;
  if ( mapBottom - insetTop > 40 * s )
    addDeltaInset( layout.get(), map, changes, project, QRectF( 208 * s, insetTop, noteWidth, mapBottom - insetTop ),
                   8 * s );
  addLabel( layout.get(),
            tr( "Basemap: Natural Earth (public domain), from QGIS's world map. Figures: the numbered sources. "
                "Made with QGIS and Port Seizure Atlas." ),
            font( 6 * s ), QRectF( 10 * s, 200 * s, 277 * s, 5 * s ) );

  // Page 2: every source of the figures of both years, numbered, in full with its URL.
  auto *sourcesPage = new QgsLayoutItemPage( layout.get() );
  sourcesPage->setPageSize( QgsLayoutSize( width, height ) );
  layout->pageCollection()->addPage( sourcesPage );
  addLabel( layout.get(), tr( "Sources of the figures shown (%1 and %2)" ).arg( request.before ).arg( request.after ),
            font( 12 * s, true ), QRectF( 10 * s, 8 * s, 277 * s, 8 * s ), 1 );
  auto *table = new QgsLayoutItemTextTable( layout.get() );
  layout->addMultiFrame( table );
  QgsLayoutTableColumn number;
  number.setWidth( 8 * s );
  QgsLayoutTableColumn source;
  source.setWidth( 262 * s );
  table->setColumns( QgsLayoutTableColumns{ number, source } );
  table->setHeaderMode( QgsLayoutTable::NoHeaders );
  table->setWrapBehavior( QgsLayoutTable::WrapText );
  table->setShowGrid( false );
  QgsTextFormat cellFormat;
  cellFormat.setFont( PrintTextFit::withoutLigatures( font( 6.5 * s ) ) );
  cellFormat.setSize( 6.5 * s );
  table->setContentTextFormat( cellFormat );
  table->setResizeMode( QgsLayoutMultiFrame::RepeatUntilFinished ); // further pages keep the margins
  QVector<QStringList> rows;
  for ( int i = 0; i < request.sources.size(); ++i )
    rows << QStringList{ QStringLiteral( "%1." ).arg( i + 1 ), request.sources.at( i ) };
  table->setContents( rows );
  auto *frame = new QgsLayoutFrame( layout.get(), table );
  frame->attemptResize( QgsLayoutSize( 277 * s, 185 * s ) );
  frame->attemptMove( QgsLayoutPoint( 10 * s, 19 * s ), true, false, 1 );
  table->addFrame( frame );

  QgsLayoutManager *manager = project->layoutManager();
  if ( QgsMasterLayoutInterface *older = manager->layoutByName( layout->name() ) )
    manager->removeLayout( older );
  QgsPrintLayout *created = layout.get();
  manager->addLayout( layout.release() );
  return created;
}
