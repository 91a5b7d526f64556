/***************************************************************************
  printlayerroles.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTLAYERROLES_H
#define PRINTLAYERROLES_H

#include <QList>
#include <QString>
#include <QStringList>

class QgsProject;
class QgsVectorLayer;

/**
 * \brief Finds, in a project, the layers a print frames, lists in its legend, names in its
 * source list and pages its atlas by: the plugin's published data, an analyst's imported
 * seizure data, or both.
 *
 * Imported layers are those ImportedLayerSet adds (they carry AtlasLayerSet::IMPORTED_PROPERTY):
 * their point layer stands beside the published ports, their line layer beside the published
 * routes, and their event table gives the source list. A project may hold several imports:
 * only the imported layers visible in the layer tree count, as only they are drawn.
 */
class PrintLayerRoles
{
  public:
    /**
     * \brief A layer the print frames, with the filter expression of the features that count
     * (empty for all the features the layer shows).
     */
    struct FramedLayer
    {
        //! The layer.
        QgsVectorLayer *layer = nullptr;
        //! Expression selecting the features with a figure in the selection; empty for all.
        QString expression;
    };

    /**
     * \brief Returns the port layers: the published ports (those with tonnes in the selection
     * count) and the visible imported point layers (all their features count).
     */
    static QList<FramedLayer> portLayers( const QgsProject *project );

    //! \brief Returns the visible route layers: the published routes and imported route lines.
    static QList<QgsVectorLayer *> routeLayers( const QgsProject *project );

    //! \brief Returns the visible imported event tables (no geometry), whose source files a print names.
    static QList<QgsVectorLayer *> importedEventTables( const QgsProject *project );

    /**
     * \brief Returns the layer a port atlas pages through: the published ports when the project
     * holds them, else the first visible imported point layer; NULLPTR when there is none.
     * \a expression receives the filter of the pages (empty for all features).
     */
    static QgsVectorLayer *portAtlasCoverage( const QgsProject *project, QString *expression );

    /**
     * \brief Returns the ISO codes of the destination countries with a figure in the selection,
     * from the published figures and the imported port layers, sorted.
     */
    static QStringList countriesWithFigures( const QgsProject *project );

    //! \brief Returns TRUE when the project holds data to print: published ports or imported layers.
    static bool hasPrintableData( const QgsProject *project );

    //! \brief Returns TRUE when the project shows imported data and no published ports.
    static bool showsOnlyImportedData( const QgsProject *project );

  private:
    static QList<QgsVectorLayer *> importedLayers( const QgsProject *project );
    static bool isVisible( const QgsProject *project, const QgsVectorLayer *layer );
};

#endif // PRINTLAYERROLES_H
