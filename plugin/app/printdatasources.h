/***************************************************************************
  printdatasources.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTDATASOURCES_H
#define PRINTDATASOURCES_H

#include "atlasseizuredata.h"

#include <QList>
#include <QString>
#include <QStringList>

class QgsProject;

/**
 * \brief Puts the data `port-seizure-atlas print --data` names into a project: a GeoPackage of
 * the plugin's data (the embedded one by default), or seizure events imported into a GeoPackage
 * or a PostGIS database, or both. Imported data alone is drawn on QGIS's own world map.
 */
class PrintDataSources
{
  public:
    //! \brief What was added: the data to check the years and countries against, and warnings.
    struct Result
    {
        //! The data read, one per source, to check the requested years and countries against.
        QList<AtlasSeizureData> data;
        //! Problems that do not stop the print (a style that cannot be read, …).
        QStringList warnings;
        //! Why nothing can be printed; empty when the layers were added.
        QString error;
    };

    /**
     * \brief Adds the layers of \a sources to \a project; \a embeddedData is used when \a sources
     * is empty. A source is a PostgreSQL connection when it starts with `PG:` or `postgresql://`,
     * else a GeoPackage: imported events when it holds a table seizure_events. Every table of a
     * GeoPackage is read once in full first: a damaged one is an error, never a partial map.
     */
    static Result addToProject( QgsProject *project, const QStringList &sources, const QString &embeddedData );

    //! \brief Returns TRUE when the GeoPackage at \a path holds imported seizure events.
    static bool isImportedGeoPackage( const QString &path );
};

#endif // PRINTDATASOURCES_H
