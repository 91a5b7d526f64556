/***************************************************************************
  atlaslayerset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASLAYERSET_H
#define ATLASLAYERSET_H

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QgsProject;
class QgsVectorLayer;

/**
 * \brief One layer of the plugin's GeoPackage as it appears in a QGIS project.
 */
struct AtlasLayerDefinition
{
    //! Table name in the GeoPackage.
    QString table;
    //! Name shown in the Layers panel.
    QString displayName;
    //! QML style inside the compiled-in resources.
    QString styleResource;
    //! GeoPackage to read instead of the plugin's own (the basemap comes with QGIS); empty for the plugin's.
    QString otherGeoPackage = QString();
    //! What the layer shows, in a sentence: its abstract, the tooltip in the Layers panel.
    QString description = QString();
};

/**
 * \brief Adds the plugin's layers (ports, routes, figures, national totals) from its GeoPackage
 * to a project, in one layer group, styled from the QML files in resources/styles, above a land
 * basemap from QGIS's own offline world map (no network needed).
 *
 * Layers are recognised by a custom property, so adding twice does not duplicate them, and
 * they keep being recognised after the project is saved and opened again. The seizure figures
 * are related to the ports by UN/LOCODE, so a port's form lists its figures with their sources.
 */
class AtlasLayerSet
{
    Q_DECLARE_TR_FUNCTIONS( AtlasLayerSet )

  public:
    //! Custom layer property holding the GeoPackage table a layer shows.
    static const QString TABLE_PROPERTY;
    /**
     * Custom layer property set on layers of an analyst's imported events (the store they come
     * from). Such a layer carries TABLE_PROPERTY too, so the panel filters it, but it is never
     * taken for the plugin's own table of that name.
     */
    static const QString IMPORTED_PROPERTY;
    //! Name of the layer group in the Layers panel.
    static const QString GROUP_NAME;
    //! Id of the relation between ports and their seizure figures.
    static const QString PORT_FIGURES_RELATION_ID;
    //! File name of the plugin's GeoPackage inside its data folder.
    static const QString GEOPACKAGE_FILE_NAME;

    /**
     * \brief What addToProject() did.
     */
    struct Result
    {
        //! Layers added now.
        QList<QgsVectorLayer *> added;
        //! Tables that were already in the project and were left as they were.
        QStringList alreadyPresent;
        //! Problems, each naming the file and the layer; empty when all went well.
        QStringList errors;
    };

    /**
     * \brief Returns the layers, in drawing order from top to bottom.
     */
    static QList<AtlasLayerDefinition> definitions();

    /**
     * \brief Adds every layer of the GeoPackage at \a geoPackagePath that \a project does not
     * hold yet, styles them and relates figures to ports. A missing or broken file, or a missing
     * table, is reported in the result and adds nothing of that layer; when none of the
     * plugin's own layers can be read, nothing is added at all. A project without layers gets
     * the Robinson projection (DEFAULT_PROJECT_CRS).
     */
    static Result addToProject( QgsProject *project, const QString &geoPackagePath );

    //! Table property of the land basemap (QGIS's own world map, never filtered).
    static const QString BASEMAP_TABLE;

    /**
     * \brief Adds only the land basemap (QGIS's own offline world map) to \a project, in the
     * plugin's layer group, unless it holds it already. A print of an analyst's own data draws
     * on it without the plugin's published figures.
     */
    static Result addBasemap( QgsProject *project );

    //! CRS given to a project that had no layer and no CRS of its own yet: Robinson, for Atlantic routes.
    static const QString DEFAULT_PROJECT_CRS;

    /**
     * \brief Returns the plugin layer of \a project that shows \a table, or NULLPTR. Layers of
     * imported events (IMPORTED_PROPERTY) are never returned.
     */
    static QgsVectorLayer *findLayer( const QgsProject *project, const QString &table );

    //! Virtual field of the ports layer: tonnes in the years selected in the panel (see addSelectedTonnesField()).
    static const QString SELECTED_TONNES_FIELD;

    /**
     * \brief Adds the virtual field SELECTED_TONNES_FIELD to the ports layer \a ports unless it has it.
     *
     * The field reads the project variable \c psa_port_tonnes (a JSON map UN/LOCODE → tonnes, written
     * by the filter panel): the sum of the port's preferred port-scope figures in the selected years,
     * NULL when it has none. Without a year selection (variable empty or unset) it is latest_tonnes.
     * The style sizes and labels the ports with it. The field is saved with the project.
     */
    static void addSelectedTonnesField( QgsVectorLayer *ports );

    /**
     * \brief Makes \a layer temporal when it has a "year" column: each row covers its calendar year
     * (1 January to 1 January of the next year, end excluded), so QGIS's Temporal Controller can
     * animate it. Rows of unknown year (NULL) are hidden while the Temporal Controller filters.
     * The panel's filter (at the provider) and the Temporal Controller (in the renderer) combine:
     * a row is drawn only when both let it through. The ports layer (one row per port) is redrawn
     * with each frame without being filtered: the panel follows the frame and sizes it.
     */
    static void setYearTemporalProperties( QgsVectorLayer *layer );

    //! Name of the optional style of the ports layer that sizes ports by tonnes seized per million TEU handled.
    static QString perMillionTeuStyleName();

    /**
     * \brief Adds the named style perMillionTeuStyleName() to the style list of the ports layer
     * \a ports (unless it has it), beside its default style, which stays current: the analyst picks
     * it in the layer's style menu. Returns an error text when the style cannot be read.
     */
    static QString addPerMillionTeuStyle( QgsVectorLayer *ports );

  private:
    static std::unique_ptr<QgsVectorLayer> openLayer( QgsProject *project, const AtlasLayerDefinition &definition,
                                                      const QString &geoPackagePath, QStringList *errors );
    static void addToGroup( QgsProject *project, std::vector<std::unique_ptr<QgsVectorLayer>> &opened, Result *result );
    static QString styleError( QgsVectorLayer *layer, const QString &styleResource );
    static void relateFiguresToPorts( QgsProject *project );
};

#endif // ATLASLAYERSET_H
