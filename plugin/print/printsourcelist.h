/***************************************************************************
  printsourcelist.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTSOURCELIST_H
#define PRINTSOURCELIST_H

#include "printoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QgsProject;

/**
 * \brief The sources of the figures a print shows, read from the plugin layers as filtered now:
 * the preferred seizure figures in the selection and the routes drawn, and the files an
 * analyst's imported events (shown in the selection) were read from.
 */
class PrintSourceList
{
    Q_DECLARE_TR_FUNCTIONS( PrintSourceList )

  public:
    /**
     * \brief Returns one line per source file of the imported events shown ("Own data: seizure
     * events imported from FILE, in STORE"), then one line per distinct source ("Publisher
     * (date): title. URL"), sorted, of the figures and routes the plugin layers of \a project show now.
     */
    static QStringList sources( QgsProject *project );

    /**
     * \brief Returns one line per distinct source, sorted, of the preferred port-level cocaine figures
     * of \a years in the destination countries \a countries (all when empty) in the figures layer
     * of \a project: what a change map draws (no route, no national total).
     */
    static QStringList portFigureSources( QgsProject *project, const QList<int> &years, const QStringList &countries );

    /**
     * \brief Returns one line per source file of the imported events \a project shows ("Own data:
     * seizure events imported from FILE, in STORE"), sorted.
     */
    static QStringList ownDataSources( QgsProject *project );

    /**
     * \brief Returns the text of the source list label for \a sources: a heading and every source,
     * numbered.
     */
    static QString labelText( const QStringList &sources );

    /**
     * \brief Returns the text of the source list label of an \a atlas: on each page, the label
     * (as labelText()) of ownDataSources() and the sources of the preferred figures in the
     * selection of that page's port (port-scope figures) or country (every figure naming it),
     * as an expression that looks the page up. Empty without an atlas or when \a project holds
     * no published figures layer.
     */
    static QString atlasPageLabelText( QgsProject *project, PrintOptions::Atlas atlas );

    /**
     * \brief Returns the latest publication date (YYYY-MM-DD) of the figures shown, empty when none.
     */
    static QString latestSourceDate( QgsProject *project );

    /**
     * \brief Returns the date (YYYY-MM-DD) of the latest imported event in the selection, empty
     * when no imported event is shown or none has a date.
     */
    static QString latestImportedEventDate( QgsProject *project );
};

#endif // PRINTSOURCELIST_H
