/***************************************************************************
  printlayoutitems.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTLAYOUTITEMS_H
#define PRINTLAYOUTITEMS_H

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * \brief Item ids of the print templates (resources/print/, .qpt files). The templates are ordinary QGIS
 * layouts; the plugin finds the items it keeps up to date by these ids, so an analyst may move,
 * restyle or delete any item in the layout designer.
 */
namespace PrintLayoutItems
{
  /**
   * \brief \a english, one of the texts below, in the language of the translation installed (the
   * texts are marked for Qt Linguist in the context "PrintLayoutItems").
   */
  inline QString translated( const QString &english )
  {
    return QCoreApplication::translate( "PrintLayoutItems", english.toUtf8().constData() );
  }

  /**
   * \brief Whether \a text is one of the plugin's texts \a englishTexts, in English or in the language
   * installed: a refresh replaces those, and keeps an analyst's own text.
   */
  inline bool isPluginText( const QString &text, const QStringList &englishTexts )
  {
    for ( const QString &english : englishTexts )
    {
      if ( text == english || text == translated( english ) )
        return true;
    }
    return false;
  }

  //! Title label (states the filter through @psa_years_text and @psa_countries_text).
  inline const QString TITLE = QStringLiteral( "psa-title" );
  //! Title text of a single map: the template's, and what a refresh recognises as the plugin's own.
  inline const QString FILTER_TITLE_TEXT = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems", "Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]" ) );
  //! Title text of a single map of an analyst's imported data only (not published figures).
  inline const QString IMPORTED_FILTER_TITLE_TEXT = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems",
      "Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]" ) );
  //! Subtitle label (what the symbols mean).
  inline const QString SUBTITLE = QStringLiteral( "psa-subtitle" );
  //! Subtitle text of a print of published figures: the template's, and what a refresh recognises.
  inline const QString PUBLISHED_SUBTITLE_TEXT = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems",
      "Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes." ) );
  //! Subtitle texts of published figures that older templates carried; a refresh replaces them.
  inline const QStringList OLDER_SUBTITLE_TEXTS{ QStringLiteral(
      "Circles: tonnes seized per port (preferred published port figures; a ring where none is published). "
      "Lines: documented inbound routes along sea lanes, width by tonnes." ) };
  //! Subtitle text of a print of imported data only.
  inline const QString IMPORTED_SUBTITLE_TEXT = QString::fromUtf8( QT_TRANSLATE_NOOP(
      "PrintLayoutItems",
      "Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port "
      "to port of seizure along sea lanes." ) );
  //! Main map: ports, routes and basemap; zoomed to Europe's ports shown.
  inline const QString MAIN_MAP = QStringLiteral( "psa-main-map" );
  /**
   * Second map frame beside the main map: the routes shown across the Atlantic on the basemap,
   * with the main map's extent outlined (in older templates an inset of the basemap only).
   */
  inline const QString OVERVIEW_MAP = QStringLiteral( "psa-overview-map" );
  //! Caption above the routes map.
  inline const QString OVERVIEW_CAPTION = QStringLiteral( "psa-overview-caption" );
  //! Legend limited to the ports and routes shown in the main map.
  inline const QString LEGEND = QStringLiteral( "psa-legend" );
  //! Note under the legend: what the circles mean, their fixed scale, and the route line styles shown.
  inline const QString LEGEND_NOTE = QStringLiteral( "psa-legend-note" );
  //! Key line of the dashed route style (tonnage unknown), shown when such a route is drawn.
  inline const QString KEY_DASHED = QStringLiteral( "psa-key-dashed" );
  //! Label of KEY_DASHED.
  inline const QString KEY_DASHED_LABEL = QStringLiteral( "psa-key-dashed-label" );
  //! Key line of the dotted route style (origin port assumed), shown when such a route is drawn.
  inline const QString KEY_DOTTED = QStringLiteral( "psa-key-dotted" );
  //! Label of KEY_DOTTED.
  inline const QString KEY_DOTTED_LABEL = QStringLiteral( "psa-key-dotted-label" );
  //! Source list of the figures shown on the map page, written by the plugin: the list when it fits, else where to find
  //! it.
  inline const QString SOURCES = QStringLiteral( "psa-sources" );
  //! Heading of the following "Sources" page.
  inline const QString SOURCES_PAGE_TITLE = QStringLiteral( "psa-sources-page-title" );
  //! Frame of the numbered source table on the "Sources" page(s); the table grows onto more pages as needed.
  inline const QString SOURCES_TABLE = QStringLiteral( "psa-sources-table" );
  //! Data date label, written by the plugin.
  inline const QString DATA_DATE = QStringLiteral( "psa-data-date" );
  //! Credit line (basemap, sea-lane network and their licences).
  inline const QString CREDITS = QStringLiteral( "psa-credits" );
  //! Scale bar linked to the main map.
  inline const QString SCALE_BAR = QStringLiteral( "psa-scalebar" );
  //! North arrow linked to the main map.
  inline const QString NORTH_ARROW = QStringLiteral( "psa-north-arrow" );

  /**
   * \brief Labels of the templates whose text is the plugin's (item id, English text): a refresh
   * puts them in the language the plugin runs in, unless an analyst changed the text.
   */
  inline const QList<QPair<QString, QString>> TEMPLATE_TEXTS{
      { OVERVIEW_CAPTION, QString::fromUtf8( QT_TRANSLATE_NOOP(
                              "PrintLayoutItems", "Inbound routes across the Atlantic (frame: the main map)" ) ) },
      { KEY_DASHED_LABEL,
        QString::fromUtf8( QT_TRANSLATE_NOOP( "PrintLayoutItems", "dashed route: tonnage unknown" ) ) },
      { KEY_DOTTED_LABEL, QString::fromUtf8( QT_TRANSLATE_NOOP(
                              "PrintLayoutItems", "dotted route: origin port not published (assumed)" ) ) },
      { SOURCES_PAGE_TITLE,
        QString::fromUtf8( QT_TRANSLATE_NOOP( "PrintLayoutItems", "Sources of the figures and routes shown" ) ) },
      { CREDITS, QString::fromUtf8( QT_TRANSLATE_NOOP(
                     "PrintLayoutItems", "Basemap: Natural Earth (public domain), from QGIS's world map. Sea lanes: "
                                         "Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with "
                                         "QGIS and Port Seizure Atlas." ) ) } };
} // namespace PrintLayoutItems

#endif // PRINTLAYOUTITEMS_H
