/***************************************************************************
  printlegendcolumn.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printlegendcolumn.h"

#include "atlaslayerset.h"
#include "atlasschema.h"
#include "printlayerroles.h"
#include "printlayoutitems.h"
#include "printsourcelist.h"
#include "printtextfit.h"

#include <algorithm>

#include <qgsfeatureiterator.h>
#include <qgslayoutatlas.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitemtexttable.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

namespace
{
  //! Space between the items of the column (mm on A4, scaled with the paper).
  constexpr double GAP = 1.5;
  //! Room (mm on A4) an atlas page keeps at the bottom of the column for its own sources.
  constexpr double ATLAS_SOURCES_HEIGHT = 30;
  //! The field the data marks routes with an assumed origin port by.
  const QString ASSUMED_ORIGIN_FIELD = QStringLiteral( "origin_port_assumed" );

  bool drawsAny( QgsVectorLayer *layer, const QString &expression )
  {
    if ( !layer )
      return false;
    QgsFeature feature;
    QgsFeatureRequest request( QgsFeatureRequest().setFilterExpression( expression ).setNoAttributes().setLimit( 1 ) );
    return layer->getFeatures( request ).nextFeature( feature );
  }

  //! Moves \a item to \a y (mm) on its page, keeping its x; returns the y below it.
  double stack( QgsLayoutItem *item, double y, double height )
  {
    item->attemptMove( QgsLayoutPoint( item->positionWithUnits().x(), y, QgsUnitTypes::LayoutMillimeters ), true, false,
                       0 );
    if ( height >= 0 )
      item->attemptResize( QgsLayoutSize( item->sizeWithUnits().width(), height, QgsUnitTypes::LayoutMillimeters ) );
    return y + item->rect().height();
  }

  //! Shows or hides a key line and its label and places them at \a y; returns the y below them.
  double placeKey( QgsPrintLayout *layout, const QString &lineId, const QString &labelId, bool shown, double y,
                   double gap )
  {
    QgsLayoutItem *line = layout->itemById( lineId );
    QgsLayoutItem *label = layout->itemById( labelId );
    if ( line )
      line->setVisibility( shown );
    if ( label )
      label->setVisibility( shown );
    if ( !shown || !label )
      return y;
    const double bottom = stack( label, y, -1 );
    if ( line )
      line->attemptMove( QgsLayoutPoint( line->positionWithUnits().x(), y + label->rect().height() / 2,
                                         QgsUnitTypes::LayoutMillimeters ),
                         true, false, 0 );
    return bottom + gap / 2;
  }

  /**
   * Puts \a sources into the source table of the following page(s); an empty list leaves those
   * pages out of exports. Returns FALSE when the layout has no source table (an older layout).
   */
  bool fillSourceTable( QgsPrintLayout *layout, const QStringList &sources )
  {
    auto *frame = qobject_cast<QgsLayoutFrame *>( layout->itemById( PrintLayoutItems::SOURCES_TABLE ) );
    auto *table = frame ? qobject_cast<QgsLayoutItemTextTable *>( frame->multiFrame() ) : nullptr;
    if ( !table )
      return false;
    QVector<QStringList> rows;
    for ( int i = 0; i < sources.size(); ++i )
      rows << QStringList{ QStringLiteral( "%1." ).arg( i + 1 ), sources.at( i ) };
    // Layouts saved by earlier versions extend the table from the very top edge of each further page.
    table->setResizeMode( QgsLayoutMultiFrame::RepeatUntilFinished );
    table->setContents( rows );
    QgsTextFormat format = table->contentTextFormat();
    format.setFont( PrintTextFit::withoutLigatures( format.font() ) );
    table->setContentTextFormat( format );
    for ( int page = 1; page < layout->pageCollection()->pageCount(); ++page )
      layout->pageCollection()->page( page )->setExcludeFromExports( sources.isEmpty() );
    return true;
  }
} // namespace

QString PrintLegendColumn::noteText( bool imported )
{
  if ( imported )
    return tr(
        "Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), "
        "on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes." );
  return tr( "Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed "
             "scale for "
             "every year and print; a ring: no published figure. Lines: width by tonnes." );
}

bool PrintLegendColumn::drawsRoutesWithUnknownTonnage( QgsProject *project )
{
  return drawsAny( AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE ),
                   QStringLiteral( "\"quantity_t\" IS NULL AND $geometry IS NOT NULL" ) );
}

bool PrintLegendColumn::drawsRoutesWithAssumedOriginPort( QgsProject *project )
{
  QgsVectorLayer *routes = AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE );
  if ( !routes || routes->fields().indexOf( ASSUMED_ORIGIN_FIELD ) < 0 )
    return false;
  return drawsAny( routes, QStringLiteral( "\"%1\" AND $geometry IS NOT NULL" ).arg( ASSUMED_ORIGIN_FIELD ) );
}

void PrintLegendColumn::arrange( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options )
{
  auto *legend = qobject_cast<QgsLayoutItemLegend *>( layout->itemById( PrintLayoutItems::LEGEND ) );
  auto *note = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( PrintLayoutItems::LEGEND_NOTE ) );
  auto *sources = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( PrintLayoutItems::SOURCES ) );
  QgsLayoutItem *mainMap = layout->itemById( PrintLayoutItems::MAIN_MAP );
  // The templates are designed on A4 landscape (297 mm wide) and scaled to the paper.
  const double scale =
      layout->pageCollection()->pageCount() > 0 ? layout->pageCollection()->page( 0 )->rect().width() / 297.0 : 1.0;
  const double gap = GAP * scale;
  double y = 0;
  if ( legend )
  {
    // The legend lists what the main map draws. It measures itself (adjustBoxSize()) only once
    // it has been painted: paint it once, off screen, then size it to its content.
    // An atlas page's legend follows its own map, so it is measured with the routes map, which
    // draws every route of the selection: no page's legend is taller than the room measured here.
    QgsLayoutItemMap *pageMap = legend->linkedMap();
    auto *routesMap = qobject_cast<QgsLayoutItemMap *>( layout->itemById( PrintLayoutItems::OVERVIEW_MAP ) );
    const bool measureWithRoutesMap = layout->atlas()->enabled() && routesMap && pageMap;
    if ( measureWithRoutesMap )
      legend->setLinkedMap( routesMap );
    legend->updateFilterByMap( false );
    // A route's width follows its tonnes; on an atlas page the widths are evaluated with the
    // page's feature and could grow out of the column: the key never draws a symbol over 4 mm.
    legend->setMaximumSymbolSize( 4.0 * scale );
    PrintTextFit::fitLegendToContent( legend );
    y = legend->positionWithUnits().y() + legend->rect().height() + gap;
    if ( measureWithRoutesMap )
    {
      legend->setLinkedMap( pageMap );
      legend->updateFilterByMap( false );
    }
  }
  const bool imported = PrintLayerRoles::showsOnlyImportedData( project );
  const QString perPage = imported ? QString() : PrintSourceList::atlasPageLabelText( project, options.atlas );
  const double bottom = mainMap ? mainMap->positionWithUnits().y() + mainMap->rect().height() : y;
  if ( note )
    note->setText( noteText( imported ) );
  const double noteHeight = note ? PrintTextFit::wrappedHeight( note->font(), note->text(), note->rect().width() ) : 0;
  if ( !perPage.isEmpty() && legend )
  {
    // An atlas page's legend follows its own map: the notes and the page's sources stand at the
    // bottom of the column, under the room the legend has on every page.
    const bool dashed = drawsRoutesWithUnknownTonnage( project );
    const bool dotted = drawsRoutesWithAssumedOriginPort( project );
    const double keyHeight = ( ( dashed ? 1 : 0 ) + ( dotted ? 1 : 0 ) ) * ( 3.5 * scale + gap / 2 );
    // A page whose legend is taller than that room pushes the notes down (the sources get less).
    y = std::max( y, bottom - ATLAS_SOURCES_HEIGHT * scale - keyHeight - noteHeight - 3 * gap );
  }
  if ( note && legend )
    y = stack( note, y, noteHeight ) + gap;
  y = placeKey( layout, PrintLayoutItems::KEY_DASHED, PrintLayoutItems::KEY_DASHED_LABEL,
                drawsRoutesWithUnknownTonnage( project ), y, gap );
  y = placeKey( layout, PrintLayoutItems::KEY_DOTTED, PrintLayoutItems::KEY_DOTTED_LABEL,
                drawsRoutesWithAssumedOriginPort( project ), y, gap );
  if ( !sources )
    return;
  sources->setFont( PrintTextFit::withoutLigatures( sources->font() ) );
  if ( legend )
    stack( sources, y + gap, std::max( 1.0, bottom - y - gap ) );
  if ( !perPage.isEmpty() )
  {
    // An atlas lists on each page the sources of that port's or country's figures.
    sources->setText( perPage );
    fillSourceTable( layout, {} );
    return;
  }
  const QStringList list = PrintSourceList::sources( project );
  const QString full = PrintSourceList::labelText( list );
  const double height = PrintTextFit::wrappedHeight( sources->font(), full, sources->rect().width() );
  if ( height >= 0 && height <= sources->rect().height() )
  {
    sources->setText( full );
    fillSourceTable( layout, {} );
    return;
  }
  if ( fillSourceTable( layout, list ) )
    sources->setText(
        tr( "Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page "
            "(image output: in a second file, its name ending in _2).",
            nullptr, list.size() ) );
  else
    sources->setText( full );
}
