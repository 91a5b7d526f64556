/***************************************************************************
  atlasprintlayout.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASPRINTLAYOUT_H
#define ATLASPRINTLAYOUT_H

#include "printoptions.h"

#include <QCoreApplication>
#include <QString>

class QgsPrintLayout;
class QgsProject;

/**
 * \brief Creates the plugin's print layout in a project from a template (resources/print/, .qpt files)
 * and keeps it in step with the filter in force: title, main map extent, legend, source list,
 * data date and atlas.
 *
 * The layout lives in the project's layout manager like any other, so the analyst can open and edit
 * it in the layout designer; refreshing it updates only what the plugin owns (items found by the ids
 * in PrintLayoutItems) and keeps every other edit.
 */
class AtlasPrintLayout
{
    Q_DECLARE_TR_FUNCTIONS( AtlasPrintLayout )

  public:
    /**
     * \brief Returns the project's layout for \a options.paper, created from its template when the
     * project has none yet (from \a templateFile when given, else the built-in template), and
     * refreshed for the filter in force and \a options. Returns nullptr with \a error set when the
     * template cannot be read or the project holds no plugin layers.
     */
    static QgsPrintLayout *createOrRefresh( QgsProject *project, const PrintOptions &options, QString *error,
                                            const QString &templateFile = QString() );

    /**
     * \brief Updates what the plugin owns in \a layout for the filter in force in \a project and for
     * \a options: the map extent (zoomed to the ports and routes shown), the overview and legend
     * layers, the source list, the data date and the atlas (coverage, filter, page names).
     */
    static void refresh( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options );

    /**
     * \brief Returns the number of atlas pages \a layout prints now (0 when the atlas is off).
     */
    static int atlasPageCount( QgsPrintLayout *layout );

  private:
    static void refreshMaps( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options );
    static void refreshLegend( QgsPrintLayout *layout, QgsProject *project );
    static void refreshTexts( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options );
    static void refreshAtlas( QgsPrintLayout *layout, QgsProject *project, const PrintOptions &options );
};

#endif // ATLASPRINTLAYOUT_H
