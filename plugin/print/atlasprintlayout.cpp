/***************************************************************************
  atlasprintlayout.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasprintlayout.h"

#include "atlaslayerset.h"
#include "pluginmetadata.h"
#include "printlayerroles.h"
#include "printlayoutitems.h"
#include "printlegendcolumn.h"
#include "printsourcelist.h"

#include <QDomDocument>
#include <QFile>
#include <qgscoordinatetransform.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

namespace
{
  const QString &FILTER_TITLE = PrintLayoutItems::FILTER_TITLE_TEXT;
  const QString PORT_TITLE = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems",
      "Cocaine seized in the port of [% \"name\" %] ([% \"country_name\" %]), [% @psa_years_text %]" ) );
  const QString COUNTRY_TITLE = QString::fromUtf8(
      QT_TRANSLATE_NOOP( "PrintLayoutItems", "Cocaine seized in the ports of [% \"NAME\" %], [% @psa_years_text %]" ) );
  const QString &IMPORTED_TITLE = PrintLayoutItems::IMPORTED_FILTER_TITLE_TEXT;
  const QString IMPORTED_PORT_TITLE = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems",
      "Drug seizures in my data, port of [% coalesce(\"name\", \"port_locode\") %], [% @psa_years_text %]" ) );
  const QString IMPORTED_COUNTRY_TITLE = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems", "Drug seizures in my data, ports of [% \"NAME\" %], [% @psa_years_text %]" ) );

  //! Page name (and order) of a port atlas page: the imported port layers may lack a name.
  const QString PUBLISHED_PORT_NAME = QStringLiteral( "\"name\"" );
  const QString IMPORTED_PORT_NAME = QStringLiteral( "coalesce(\"name\", \"port_locode\")" );

  //! Half width and half height (m, in the map CRS) of the window a port atlas page shows.
  constexpr double PORT_PAGE_HALF_WIDTH = 1500000;
  /**
   * Lon/lat window of a country atlas page: a country with overseas parts (France, the
   * Netherlands) is framed on its European part, with its Atlantic islands.
   */
  const QString EUROPE_WINDOW_WKT = QStringLiteral( "POLYGON((-32 27, 45 27, 45 72, -32 72, -32 27))" );

  //! Data-defined extent sides of the main map on a country atlas page, with their expressions.
  QList<QPair<QgsLayoutObject::DataDefinedProperty, QString>>
  europeanPartExtent( const QgsCoordinateReferenceSystem &crs )
  {
    const QString box = QStringLiteral( "with_variable('part', intersection(@atlas_geometry, geom_from_wkt('%1')), "
                                        "with_variable('box', bounds(transform(if(is_empty_or_null(@part), "
                                        "@atlas_geometry, @part), 'EPSG:4326', '%2')), %3))" )
                            .arg( EUROPE_WINDOW_WKT, crs.authid() );
    const QString width = QStringLiteral( "(x_max(@box) - x_min(@box))" );
    const QString height = QStringLiteral( "(y_max(@box) - y_min(@box))" );
    return { { QgsLayoutObject::MapXMin, box.arg( QStringLiteral( "x_min(@box) - 0.15 * %1" ).arg( width ) ) },
             { QgsLayoutObject::MapXMax, box.arg( QStringLiteral( "x_max(@box) + 0.15 * %1" ).arg( width ) ) },
             { QgsLayoutObject::MapYMin, box.arg( QStringLiteral( "y_min(@box) - 0.15 * %1" ).arg( height ) ) },
             { QgsLayoutObject::MapYMax, box.arg( QStringLiteral( "y_max(@box) + 0.15 * %1" ).arg( height ) ) } };
  }

  //! Frames a country atlas page on the country's European part (\a enabled) or removes that framing; an analyst's own
  //! data-defined extent stays.
  void setEuropeanPartExtent( QgsLayoutItemMap *map, bool enabled )
  {
    QgsPropertyCollection properties = map->dataDefinedProperties();
    for ( const auto &side : europeanPartExtent( map->crs() ) )
    {
      const QgsProperty current = properties.property( side.first );
      const bool ours = !current || current.expressionString() == side.second;
      if ( !ours )
        continue;
      properties.setProperty( side.first, enabled ? QgsProperty::fromExpression( side.second ) : QgsProperty() );
    }
    map->setDataDefinedProperties( properties );
  }

  //! Narrowest main map (m, in the map CRS): a selection of neighbouring ports keeps its context.
  constexpr double MINIMUM_MAP_WIDTH = 2400000;

  template <class T> T *itemById( QgsPrintLayout *layout, const QString &id )
  {
    return qobject_cast<T *>( layout->itemById( id ) );
  }

  //! Returns the extent of the features \a layer shows now, in \a crs; empty when it shows none.
  QgsRectangle shownExtent( QgsVectorLayer *layer, const QgsCoordinateReferenceSystem &crs,
                            const QgsCoordinateTransformContext &context, const QString &expression = QString() )
  {
    QgsRectangle extent;
    if ( !layer )
      return extent;
    QgsFeatureRequest request;
    request.setNoAttributes();
    if ( !expression.isEmpty() )
      request.setFilterExpression( expression );
    QgsCoordinateTransform transform( layer->crs(), crs, context );
    transform.setBallparkTransformsAreAppropriate( true );
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures( request );
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      try
      {
        const QgsRectangle box = transform.transformBoundingBox( feature.geometry().boundingBox() );
        if ( extent.isNull() )
          extent = box;
        else
          extent.combineExtentWith( box );
      }
      catch ( QgsCsException & )
      {
      }
    }
    return extent;
  }

  //! Grows \a extent to hold \a box (a null box adds nothing).
  void combine( QgsRectangle &extent, const QgsRectangle &box )
  {
    if ( box.isNull() )
      return;
    if ( extent.isNull() )
      extent = box;
    else
      extent.combineExtentWith( box );
  }

  //! Returns the extent of the last points (the European ends) of the routes \a layer shows now, in \a crs.
  QgsRectangle routeEndsExtent( QgsVectorLayer *layer, const QgsCoordinateReferenceSystem &crs,
                                const QgsCoordinateTransformContext &context )
  {
    QgsRectangle extent;
    QgsCoordinateTransform transform( layer->crs(), crs, context );
    transform.setBallparkTransformsAreAppropriate( true );
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setNoAttributes() );
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() || feature.geometry().isEmpty() )
        continue;
      const QgsGeometry geometry = feature.geometry();
      const QgsPoint end = geometry.vertexAt( geometry.constGet()->nCoordinates() - 1 );
      try
      {
        const QgsPointXY point = transform.transform( QgsPointXY( end.x(), end.y() ) );
        combine( extent, QgsRectangle( point, point ) );
      }
      catch ( QgsCsException & )
      {
      }
    }
    return extent;
  }

  /**
   * Lon/lat window the routes map always holds: Europe with its Atlantic islands and room above the
   * north cape, so the frame of any main map (an atlas page's too) lies inside it.
   */
  const QString ROUTES_MAP_WINDOW_WKT = QStringLiteral( "POLYGON((-32 27, 45 27, 45 80, -32 80, -32 27))" );

  //! Returns the lon/lat window the routes map always holds (ROUTES_MAP_WINDOW_WKT) in \a crs.
  QgsRectangle routesMapWindow( const QgsCoordinateReferenceSystem &crs, const QgsCoordinateTransformContext &context )
  {
    QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), crs, context );
    transform.setBallparkTransformsAreAppropriate( true );
    try
    {
      return transform.transformBoundingBox( QgsGeometry::fromWkt( ROUTES_MAP_WINDOW_WKT ).boundingBox() );
    }
    catch ( QgsCsException & )
    {
      return QgsRectangle();
    }
  }

  //! Returns \a extent grown by \a margin on each side and stretched to the \a aspect ratio (width / height) of the map
  //! item.
  QgsRectangle fitted( QgsRectangle extent, double margin, double aspect )
  {
    extent.grow( std::max( extent.width(), extent.height() ) * margin + 1 );
    const double width = std::max( extent.width(), extent.height() * aspect );
    const double height = width / aspect;
    const QgsPointXY centre = extent.center();
    return QgsRectangle( centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                         centre.y() + height / 2 );
  }

  QString quotedList( const QStringList &values )
  {
    QStringList quoted;
    for ( const QString &value : values )
      quoted << QgsExpression::quotedString( value );
    return quoted.join( QStringLiteral( ", " ) );
  }

} // namespace

QgsPrintLayout *AtlasPrintLayout::createOrRefresh( QgsProject *project, const PrintOptions &options, QString *error,
                                                   const QString &templateFile )
{
  if ( !PrintLayerRoles::hasPrintableData( project ) )
  {
    *error = tr( "The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add "
                 "ports and seizures, "
                 "or Add my seizure data)." );
    return nullptr;
  }
  const QString name = PrintOptions::layoutName( options.paper );
  QgsPrintLayout *layout = dynamic_cast<QgsPrintLayout *>( project->layoutManager()->layoutByName( name ) );
  if ( !layout )
  {
    const QString path = templateFile.isEmpty() ? PrintOptions::templateResource( options.paper ) : templateFile;
    QFile file( path );
    QDomDocument document;
    QString parseError;
    int line = 0;
    if ( !file.open( QIODevice::ReadOnly ) || !document.setContent( &file, &parseError, &line ) )
    {
      *error = tr( "%1: cannot read the print template (%2)." )
                   .arg( path, parseError.isEmpty() ? file.errorString()
                                                    : tr( "line %1: %2" ).arg( line ).arg( parseError ) );
      return nullptr;
    }
    auto created = std::make_unique<QgsPrintLayout>( project );
    bool ok = false;
    QgsReadWriteContext context;
    context.setPathResolver( project->pathResolver() );
    created->loadFromTemplate( document, context, true, &ok );
    if ( !ok || !created->itemById( PrintLayoutItems::MAIN_MAP ) )
    {
      *error = tr( "%1: not a Port Seizure Atlas print template (no map with the id \"%2\")." )
                   .arg( path, PrintLayoutItems::MAIN_MAP );
      return nullptr;
    }
    created->setName( name );
    layout = created.get();
    if ( !project->layoutManager()->addLayout( created.release() ) )
    {
      *error = tr( "The project's layout manager refused the layout \"%1\"." ).arg( name );
      return nullptr;
    }
  }
  refresh( layout, project, options );
  return layout;
}

void AtlasPrintLayout::refresh( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options )
{
  refreshMaps( layout, project, options );
  refreshLegend( layout, project );
  refreshTexts( layout, project, options );
  refreshAtlas( layout, project, options );
  PrintLegendColumn::arrange( layout, project, options );
  layout->refresh();
}

void AtlasPrintLayout::refreshMaps( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options )
{
  QgsLayoutItemMap *map = itemById<QgsLayoutItemMap>( layout, PrintLayoutItems::MAIN_MAP );
  QgsLayoutItemMap *overview = itemById<QgsLayoutItemMap>( layout, PrintLayoutItems::OVERVIEW_MAP );
  const QList<QgsVectorLayer *> routeLayers = PrintLayerRoles::routeLayers( project );
  if ( overview )
  {
    // The routes across the Atlantic on the basemap: a frame of its own, beside the main map.
    QList<QgsMapLayer *> layers;
    for ( QgsVectorLayer *routes : routeLayers )
      layers << routes;
    if ( QgsVectorLayer *basemap = AtlasLayerSet::findLayer( project, AtlasLayerSet::BASEMAP_TABLE ) )
      layers << basemap;
    overview->setKeepLayerSet( !layers.isEmpty() );
    overview->setLayers( layers );
  }
  if ( !map )
    return;
  const double aspect = map->rect().width() / std::max( 1.0, map->rect().height() );
  const QgsCoordinateReferenceSystem crs = map->crs();
  const QgsCoordinateTransformContext context = project->transformContext();
  // The routes map holds all of Europe, so the main map's frame on it is never cut (an atlas
  // page's main map moves; a cut frame would also make an invalid PDF path).
  QgsRectangle routesExtent = routesMapWindow( crs, context );
  if ( overview )
  {
    for ( QgsVectorLayer *routes : routeLayers )
      combine( routesExtent, shownExtent( routes, crs, context ) );
    overview->zoomToExtent(
        fitted( routesExtent, 0.04, overview->rect().width() / std::max( 1.0, overview->rect().height() ) ) );
  }
  if ( options.atlas == PrintOptions::Atlas::Port )
  {
    const QgsPointXY centre = map->extent().center();
    map->zoomToExtent( fitted( QgsRectangle( centre.x() - PORT_PAGE_HALF_WIDTH, centre.y() - PORT_PAGE_HALF_WIDTH,
                                             centre.x() + PORT_PAGE_HALF_WIDTH, centre.y() + PORT_PAGE_HALF_WIDTH ),
                               0, aspect ) );
    return;
  }
  // Europe's ports: those with a figure in the selection, and the European ends of the routes shown.
  QgsRectangle extent;
  for ( const PrintLayerRoles::FramedLayer &ports : PrintLayerRoles::portLayers( project ) )
    combine( extent, shownExtent( ports.layer, crs, context, ports.expression ) );
  for ( QgsVectorLayer *routes : routeLayers )
    combine( extent, routeEndsExtent( routes, crs, context ) );
  if ( extent.isNull() )
    return;
  if ( extent.width() < MINIMUM_MAP_WIDTH )
    extent.grow( ( MINIMUM_MAP_WIDTH - extent.width() ) / 2 );
  map->zoomToExtent( fitted( extent, 0.06, aspect ) );
}

void AtlasPrintLayout::refreshLegend( QgsPrintLayout *layout, QgsProject *project )
{
  QgsLayoutItemLegend *legend = itemById<QgsLayoutItemLegend>( layout, PrintLayoutItems::LEGEND );
  if ( !legend )
    return;
  legend->setAutoUpdateModel( false );
  QgsLayerTree *root = legend->model()->rootGroup();
  root->removeAllChildren();
  for ( const PrintLayerRoles::FramedLayer &ports : PrintLayerRoles::portLayers( project ) )
    root->addLayer( ports.layer );
  for ( QgsVectorLayer *routes : PrintLayerRoles::routeLayers( project ) )
    root->addLayer( routes );
  // Data-defined size classes are labelled "<size legend title>: <class>" in the legend; the
  // title is long, so a print shows the classes only, under the layer's name.
  for ( QgsLayerTreeLayer *node : root->findLayers() )
  {
    const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerOriginalLegendNodes( node );
    for ( int i = 0; i < nodes.size(); ++i )
    {
      const QString label = nodes.at( i )->data( Qt::DisplayRole ).toString();
      // The size legend title itself holds a colon ("(… the years shown: sum ÷ number of years): up to 5 t").
      const int colon = label.lastIndexOf( QStringLiteral( ": " ) );
      if ( colon > 0 )
        QgsMapLayerLegendUtils::setLegendNodeUserLabel( node, i, label.mid( colon + 2 ) );
    }
    legend->model()->refreshLayerLegend( node );
  }
  legend->setLegendFilterByMapEnabled( true );
  legend->updateLegend();
}

void AtlasPrintLayout::refreshTexts( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options )
{
  const bool imported = PrintLayerRoles::showsOnlyImportedData( project );
  if ( QgsLayoutItemLabel *title = itemById<QgsLayoutItemLabel>( layout, PrintLayoutItems::TITLE ) )
  {
    // Only the titles the plugin wrote (in any language) are replaced; an analyst's own title stays.
    if ( PrintLayoutItems::isPluginText( title->text(), { FILTER_TITLE, PORT_TITLE, COUNTRY_TITLE, IMPORTED_TITLE,
                                                          IMPORTED_PORT_TITLE, IMPORTED_COUNTRY_TITLE } ) )
    {
      switch ( options.atlas )
      {
      case PrintOptions::Atlas::Port:
        title->setText( PrintLayoutItems::translated( imported ? IMPORTED_PORT_TITLE : PORT_TITLE ) );
        break;
      case PrintOptions::Atlas::Country:
        title->setText( PrintLayoutItems::translated( imported ? IMPORTED_COUNTRY_TITLE : COUNTRY_TITLE ) );
        break;
      case PrintOptions::Atlas::None:
        title->setText( PrintLayoutItems::translated( imported ? IMPORTED_TITLE : FILTER_TITLE ) );
        break;
      }
    }
  }
  if ( QgsLayoutItemLabel *subtitle = itemById<QgsLayoutItemLabel>( layout, PrintLayoutItems::SUBTITLE ) )
  {
    const QString text = subtitle->text();
    if ( PrintLayoutItems::OLDER_SUBTITLE_TEXTS.contains( text ) ||
         PrintLayoutItems::isPluginText(
             text, { PrintLayoutItems::PUBLISHED_SUBTITLE_TEXT, PrintLayoutItems::IMPORTED_SUBTITLE_TEXT } ) )
      subtitle->setText( PrintLayoutItems::translated( imported ? PrintLayoutItems::IMPORTED_SUBTITLE_TEXT
                                                                : PrintLayoutItems::PUBLISHED_SUBTITLE_TEXT ) );
  }
  for ( const QPair<QString, QString> &templateText : PrintLayoutItems::TEMPLATE_TEXTS )
  {
    QgsLayoutItemLabel *label = itemById<QgsLayoutItemLabel>( layout, templateText.first );
    if ( label && PrintLayoutItems::isPluginText( label->text(), { templateText.second } ) )
      label->setText( PrintLayoutItems::translated( templateText.second ) );
  }
  if ( QgsLayoutItemLabel *date = itemById<QgsLayoutItemLabel>( layout, PrintLayoutItems::DATA_DATE ) )
  {
    const QString latest = PrintSourceList::latestSourceDate( project );
    const QString version = QStringLiteral( PSA_PLUGIN_VERSION );
    QString text =
        latest.isEmpty()
            ? tr( "Data: Port Seizure Atlas %1; no dated source in this selection." ).arg( version )
            : tr( "Data as published up to %1 (latest source shown). Port Seizure Atlas %2." ).arg( latest, version );
    if ( imported )
      text = tr( "Own data: seizure events imported into Port Seizure Atlas %1." ).arg( version );
    const QString latestEvent = PrintSourceList::latestImportedEventDate( project );
    if ( !latestEvent.isEmpty() )
      text += QLatin1Char( ' ' ) + tr( "Latest imported event: %1." ).arg( latestEvent );
    date->setText( text );
  }
}

void AtlasPrintLayout::refreshAtlas( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options )
{
  QgsLayoutAtlas *atlas = layout->atlas();
  QgsLayoutItemMap *map = itemById<QgsLayoutItemMap>( layout, PrintLayoutItems::MAIN_MAP );
  QgsVectorLayer *coverage = nullptr;
  QString filter;
  if ( options.atlas == PrintOptions::Atlas::Port )
  {
    coverage = PrintLayerRoles::portAtlasCoverage( project, &filter );
    const QString pageName = coverage && coverage->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid()
                                 ? IMPORTED_PORT_NAME
                                 : PUBLISHED_PORT_NAME;
    atlas->setPageNameExpression( pageName );
    atlas->setSortFeatures( true );
    atlas->setSortExpression( pageName );
  }
  else if ( options.atlas == PrintOptions::Atlas::Country )
  {
    coverage = AtlasLayerSet::findLayer( project, AtlasLayerSet::BASEMAP_TABLE );
    const QStringList codes = PrintLayerRoles::countriesWithFigures( project );
    filter =
        codes.isEmpty() ? QStringLiteral( "FALSE" ) : QStringLiteral( "\"iso_a2\" IN (%1)" ).arg( quotedList( codes ) );
    atlas->setPageNameExpression( QStringLiteral( "\"NAME\"" ) );
    atlas->setSortFeatures( true );
    atlas->setSortExpression( QStringLiteral( "\"NAME\"" ) );
  }
  atlas->setEnabled( coverage != nullptr );
  if ( map )
  {
    map->setAtlasDriven( coverage != nullptr );
    map->setAtlasScalingMode( options.atlas == PrintOptions::Atlas::Port ? QgsLayoutItemMap::Fixed
                                                                         : QgsLayoutItemMap::Auto );
    map->setAtlasMargin( 0.15 );
    setEuropeanPartExtent( map, options.atlas == PrintOptions::Atlas::Country );
  }
  if ( !coverage )
    return;
  atlas->setCoverageLayer( coverage );
  atlas->setHideCoverage( false );
  atlas->setFilterFeatures( true );
  QString expressionError;
  atlas->setFilterExpression( filter, expressionError );
  atlas->updateFeatures();
}

int AtlasPrintLayout::atlasPageCount( QgsPrintLayout *layout )
{
  return layout->atlas()->enabled() ? layout->atlas()->count() : 0;
}
