/***************************************************************************
  changeprintlayout.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CHANGEPRINTLAYOUT_H
#define CHANGEPRINTLAYOUT_H

#include "portchange.h"
#include "printoptions.h"

#include <QCoreApplication>
#include <QStringList>

class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

/**
 * \brief The change map ("what changed since last year?"): per port the signed difference of the
 * preferred figures of two years, in tonnes and percent, on diverging colours; ports with a
 * figure in one of the two years only are drawn apart ("new", "no figure"), never as 0 t. One
 * map page and a numbered "Sources" page of the figures of both years.
 */
class ChangePrintLayout
{
    Q_DECLARE_TR_FUNCTIONS( ChangePrintLayout )

  public:
    /**
     * \brief What the change map compares and shows.
     */
    struct Request
    {
        //! The earlier year.
        int before = 0;
        //! The later year.
        int after = 0;
        //! Names of the destination countries shown; empty for all.
        QStringList countryNames;
        //! The sources of the figures of both years, one line each (numbered on the print).
        QStringList sources;
        //! Paper (A4 or A3 landscape).
        PrintOptions options;
    };

    /**
     * \brief Adds to \a project (not to its layer tree) a point layer of \a changes at the ports'
     * positions (read from the plugin's ports layer), styled for the change map. Returns null with
     * \a error set when the ports layer is missing or no port of \a changes has a position.
     */
    static QgsVectorLayer *addChangeLayer( QgsProject *project, const QList<PortChange> &changes,
                                           const Request &request, QString *error );

    /**
     * \brief Creates the change map's print layout in \a project for \a changes (from
     * addChangeLayer()) over the plugin's basemap.
     */
    static QgsPrintLayout *create( QgsProject *project, QgsVectorLayer *changes, const Request &request );

    //! Returns the title of the change map of \a request ("Change in cocaine seized, 2022 → 2023").
    static QString title( const Request &request );
};

#endif // CHANGEPRINTLAYOUT_H
