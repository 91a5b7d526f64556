/***************************************************************************
  printlegendcolumn.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTLEGENDCOLUMN_H
#define PRINTLEGENDCOLUMN_H

#include "printoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QgsPrintLayout;
class QgsProject;

/**
 * \brief Lays out what follows the legend of a print, measured so that nothing is cut or drawn
 * over something else: the note on what the symbols mean (one fixed scale for every year), the
 * key of the route line styles drawn (dashed: tonnage unknown; dotted: origin port assumed), and
 * the numbered source list: on the map page when it fits there, else on the following "Sources"
 * page(s) of the same layout (a second image file for PNG and SVG).
 */
class PrintLegendColumn
{
    Q_DECLARE_TR_FUNCTIONS( PrintLegendColumn )

  public:
    /**
     * \brief Places the legend's note, key lines and source list of \a layout below its legend for
     * the filter in force in \a project; an atlas (\a options) lists each page's own sources on
     * the map page.
     */
    static void arrange( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options );

    /**
     * \brief Returns the note under the legend: what the circles and lines mean, and that the circles
     * keep one scale for every year and print (\a imported: for a print of imported data only).
     */
    static QString noteText( bool imported );

    //! \brief Returns TRUE when \a project draws a route whose tonnage is unknown (the dashed style).
    static bool drawsRoutesWithUnknownTonnage( QgsProject *project );

    //! \brief Returns TRUE when \a project draws a route whose origin port is assumed (the dotted style).
    static bool drawsRoutesWithAssumedOriginPort( QgsProject *project );
};

#endif // PRINTLEGENDCOLUMN_H
