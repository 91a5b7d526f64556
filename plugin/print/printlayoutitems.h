/***************************************************************************
  printlayoutitems.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTLAYOUTITEMS_H
#define PRINTLAYOUTITEMS_H

#include <QString>

/**
 * \brief Item ids of the print templates (resources/print/, .qpt files). The templates are ordinary QGIS
 * layouts; the plugin finds the items it keeps up to date by these ids, so an analyst may move,
 * restyle or delete any item in the layout designer.
 */
namespace PrintLayoutItems
{
  //! Title label (states the filter through @psa_years_text and @psa_countries_text).
  inline const QString TITLE = QStringLiteral( "psa-title" );
  //! Title text of a single map: the template's, and what a refresh recognises as the plugin's own.
  inline const QString FILTER_TITLE_TEXT = QStringLiteral( "Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]" );
  //! Title text of a single map of an analyst's imported data only (not published figures).
  inline const QString IMPORTED_FILTER_TITLE_TEXT = QStringLiteral( "Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]" );
  //! Subtitle label (what the symbols mean).
  inline const QString SUBTITLE = QStringLiteral( "psa-subtitle" );
  //! Subtitle text of a print of published figures: the template's, and what a refresh recognises.
  inline const QString PUBLISHED_SUBTITLE_TEXT = QStringLiteral( "Circles: tonnes seized per port (preferred published port figures; a ring where none is published). "
                                                                 "Lines: documented inbound routes along sea lanes, width by tonnes." );
  //! Subtitle text of a print of imported data only.
  inline const QString IMPORTED_SUBTITLE_TEXT = QStringLiteral( "Own data, not published figures. Circles: tonnes seized per port in the imported events (a ring where no quantity is "
                                                                "recorded). Lines: origin port to port of seizure along sea lanes, width by tonnes." );
  //! Main map: ports, routes and basemap; zoomed to what the filter shows.
  inline const QString MAIN_MAP = QStringLiteral( "psa-main-map" );
  //! Inset overview map: the basemap only, with the main map's extent outlined.
  inline const QString OVERVIEW_MAP = QStringLiteral( "psa-overview-map" );
  //! Legend limited to the ports and routes shown in the main map.
  inline const QString LEGEND = QStringLiteral( "psa-legend" );
  //! Source list of the figures shown, written by the plugin.
  inline const QString SOURCES = QStringLiteral( "psa-sources" );
  //! Data date label, written by the plugin.
  inline const QString DATA_DATE = QStringLiteral( "psa-data-date" );
  //! Credit line (basemap, sea-lane network and their licences).
  inline const QString CREDITS = QStringLiteral( "psa-credits" );
  //! Scale bar linked to the main map.
  inline const QString SCALE_BAR = QStringLiteral( "psa-scalebar" );
  //! North arrow linked to the main map.
  inline const QString NORTH_ARROW = QStringLiteral( "psa-north-arrow" );
} // namespace PrintLayoutItems

#endif // PRINTLAYOUTITEMS_H
