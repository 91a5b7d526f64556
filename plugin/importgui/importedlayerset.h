/***************************************************************************
  importedlayerset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDLAYERSET_H
#define IMPORTEDLAYERSET_H

#include <QList>
#include <QString>
#include <QStringList>

class QgsDataSourceUri;
class QgsProject;
class QgsVectorLayer;

/**
 * \brief Adds an analyst's imported seizure events (written by `port-seizure-atlas import`, the
 * wizard or the Processing algorithm) to a project as plugin layers the panel filters.
 *
 * Two layers, in their own group:
 * - "My seizures per port and year" (seizure_port_years, points): tagged like the shipped
 *   seizure figures, so the panel filters it by year and destination country (fields year,
 *   country_iso2); one circle per port, sized by the tonnes of the years shown
 *   (ImportedPortYearsStyle);
 * - "My seizure events" (seizure_events, a table): tagged like the inbound routes, so the panel
 *   filters it by year, origin and destination country (year, origin_country_iso2,
 *   dest_country_iso2).
 * The filter runs in the database (subset strings on indexed fields); nothing is fetched into
 * QGIS to be aggregated. Both layers carry AtlasLayerSet::IMPORTED_PROPERTY, so they are never
 * mistaken for the plugin's own tables. From PostGIS, the connection carries a QGIS
 * authentication configuration id, never a user name or password.
 */
class ImportedLayerSet
{
  public:
    //! \brief Name of the layer group.
    static const QString GROUP_NAME;

    //! \brief What was added, and what went wrong (each problem names the store and the table).
    struct Result
    {
        //! Layers added.
        QList<QgsVectorLayer *> added;
        //! Problems; empty when all went well.
        QStringList errors;
    };

    //! \brief Adds the layers of the imported GeoPackage at \a path to \a project.
    static Result addGeoPackage( QgsProject *project, const QString &path );

    /**
     * \brief Adds the layers of the imported events in the PostGIS database \a connection
     * (host, database, schema and an authcfg id; a user name or password in it is refused) to
     * \a project.
     */
    static Result addPostgres( QgsProject *project, const QgsDataSourceUri &connection );

    /**
     * \brief Returns why the PostGIS \a connection is refused (it holds a user name or password,
     * which a project would store in clear), or an empty string when it is accepted.
     */
    static QString storedCredentialsError( const QgsDataSourceUri &connection );

  private:
    struct LayerSource
    {
        QString table;
        QString source;
        QString provider;
    };
    static Result add( QgsProject *project, const QString &store, const QList<LayerSource> &sources );
};

#endif // IMPORTEDLAYERSET_H
