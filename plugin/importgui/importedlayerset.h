/***************************************************************************
  importedlayerset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDLAYERSET_H
#define IMPORTEDLAYERSET_H

#include <QCoreApplication>
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
 * Three layers, in their own group (in this order, so the points are drawn above the lines):
 * - "My seizures per port and year" (seizure_port_years, points): tagged like the shipped
 *   seizure figures, so the panel filters it by year and destination country (fields year,
 *   country_iso2); one circle per port, sized by the tonnes of the years shown
 *   (ImportedPortYearsStyle);
 * - "My seizure events" (seizure_events, a table): tagged like the inbound routes, so the panel
 *   filters it by year, origin and destination country (year, origin_country_iso2,
 *   dest_country_iso2);
 * - "My seizure routes" (seizure_routes, lines along the sea lanes): tagged like the inbound
 *   routes (year, origin_country_iso2, dest_country_iso2); width by sqrt(tonnes), dashed where
 *   no quantity is known, as the shipped routes.
 * The filter runs in the database (subset strings on indexed fields); nothing is fetched into
 * QGIS to be aggregated. All layers carry AtlasLayerSet::IMPORTED_PROPERTY, so they are never
 * mistaken for the plugin's own tables. From PostGIS, the connection carries a QGIS
 * authentication configuration id, never a user name or password.
 */
class ImportedLayerSet
{
    Q_DECLARE_TR_FUNCTIONS( ImportedLayerSet )

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
        //! What the analyst should know though the layers were added (an older import lacks a layer).
        QStringList notes;
    };

    //! \brief Adds the layers of the imported GeoPackage at \a path to \a project.
    static Result addGeoPackage( QgsProject *project, const QString &path );

    //! \brief Whether a PostGIS connection may carry a user name or password.
    enum class Credentials
    {
      //! Refused: the project may be saved, and credentials belong in an authentication configuration.
      Refused,
      //! Allowed: the project is thrown away unsaved (the headless print command).
      AllowedInUnsavedProject,
    };

    /**
     * \brief Adds the layers of the imported events in the PostGIS database \a connection
     * (host, database, schema and an authcfg id; a user name or password in it is refused
     * unless \a credentials allows it) to \a project.
     */
    static Result addPostgres( QgsProject *project, const QgsDataSourceUri &connection,
                               Credentials credentials = Credentials::Refused );

    /**
     * \brief Returns the connection of an import target or print source \a target: `PG:key=value
     * ...`, plain `key=value ...` or a `postgresql://user@host:port/dbname` URL; the GDAL option
     * `active_schema` (or the URL parameter `schema`) becomes the schema.
     */
    static QgsDataSourceUri postgresConnection( const QString &target );

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
    static void styleRoutesByTonnes( QgsVectorLayer *layer );
};

#endif // IMPORTEDLAYERSET_H
