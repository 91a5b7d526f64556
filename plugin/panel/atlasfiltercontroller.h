/***************************************************************************
  atlasfiltercontroller.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASFILTERCONTROLLER_H
#define ATLASFILTERCONTROLLER_H

#include "atlasfilter.h"
#include "atlasseizuredata.h"

#include <map>

#include <QObject>
#include <QPointer>

class QDomDocument;
class QgsMapLayer;
class QgsProject;
class AtlasDataSource;
class QgsVectorLayer;

/**
 * \brief Applies one AtlasFilter to every plugin layer of a project in one step, at the data
 * provider (subset strings), so the map, the attribute tables, the legend counts and the print
 * layouts all show the same features.
 *
 * Port symbol sizes follow the selected years through the virtual field
 * AtlasLayerSet::SELECTED_TONNES_FIELD, which reads the project variable PORT_TONNES_VARIABLE
 * (a JSON map UN/LOCODE → tonnes written here); the style divides it by YEARS_SUMMED_VARIABLE, so
 * a range of years does not blow the circles up. The variables and the field are saved with the
 * project, so a reopened project (or one opened without the plugin) draws the same sizes.
 * The years and countries are also project variables for layout titles and labels.
 *
 * Layers are looked up by their custom property each time, so removed, renamed or duplicated
 * layers and another project never leave a stale pointer behind. The filter is saved in the
 * project and restored when a project is read.
 */
class AtlasFilterController : public QObject
{
    Q_OBJECT

  public:
    //! Scope of the project entry holding the filter.
    static const QString PROJECT_SCOPE;
    //! Key of the project entry holding the filter (AtlasFilter::toString()).
    static const QString PROJECT_KEY;
    //! Project variable: JSON map UN/LOCODE → tonnes in the selected years; empty without a year limit.
    static const QString PORT_TONNES_VARIABLE;
    //! Project variable: number of calendar years the port tonnes are summed over (1 without a year limit: the latest
    //! year). The ports style sizes circles by tonnes per year shown.
    static const QString YEARS_SUMMED_VARIABLE;
    //! Project variable: ISO codes of the origin countries chosen, comma-separated; empty without an origin limit (port
    //! figures are all-origin totals).
    static const QString ORIGIN_FILTER_VARIABLE;

    /**
     * \brief Creates a controller for \a project (usually QgsProject::instance()) with \a parent.
     */
    explicit AtlasFilterController( QgsProject *project, QObject *parent = nullptr );

    /**
     * \brief Returns the filter in force.
     */
    AtlasFilter filter() const { return mFilter; }

    /**
     * \brief Makes \a filter the filter in force: applies it to every plugin layer, updates the
     * project variables and saves it in the project. Does nothing when it is already in force.
     */
    void setFilter( const AtlasFilter &filter );

    /**
     * \brief Applies the filter in force again to every plugin layer of the project.
     */
    void applyToProject();

    /**
     * \brief Returns the figures of the first data source (AtlasDataSource::sources(): the
     * plugin's GeoPackage first, then an analyst's import) that has layers in the project, of
     * its first store; empty when the project holds no plugin layer. Read once per store.
     */
    const AtlasSeizureData &data();

    /**
     * \brief Returns the choices of every data source with layers in the project together (an
     * import may hold a year or a country the published figures lack).
     */
    AtlasSeizureData::Choices choices();

    /**
     * \brief Returns the years of \a filter for people: "2022", "2019–2021", "from 2020", "all years".
     */
    static QString yearsText( const AtlasFilter &filter );

    /**
     * \brief Returns the names of the countries \a isoCodes as \a data knows them, joined by commas;
     * \a whenNone when the list is empty (no limit).
     */
    static QString countriesText( const QStringList &isoCodes, const AtlasSeizureData &data, const QString &whenNone );

    /**
     * \brief Returns the plugin layers (table property set) of the project, duplicates included.
     */
    QList<QgsVectorLayer *> pluginLayers() const;

  signals:
    //! The filter in force changed to \a filter (set here or restored from a project).
    void filterChanged( const AtlasFilter &filter );
    //! Plugin layers were added or removed, or another project was opened: data() may differ.
    void layersChanged();
    //! The filter saved in a project could not be read; \a message says why. No filter was applied.
    void restoreFailed( const QString &message );

  private slots:
    void restoreFromProject();
    void onProjectCleared();
    void onLayersAdded( const QList<QgsMapLayer *> &layers );

  private:
    //! The data of one source's first store in the project, read once per store.
    struct LoadedStore
    {
        QString store;
        AtlasSeizureData data;
    };

    /**
     * Returns the data of \a source's first store in the project (read when it changed) and sets
     * \a present to whether the project has layers of that source at all.
     */
    const AtlasSeizureData &dataOf( const AtlasDataSource *source, bool *present );
    void writeProjectVariables();

    QPointer<QgsProject> mProject;
    AtlasFilter mFilter;
    //! Per data source id; a std::map so that references to its values stay valid.
    std::map<QString, LoadedStore> mLoaded;
};

#endif // ATLASFILTERCONTROLLER_H
