/***************************************************************************
  portseizureatlasplugin.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTSEIZUREATLASPLUGIN_H
#define PORTSEIZUREATLASPLUGIN_H

#include <QObject>
#include <QPointer>
#include <memory>
#include <qgisplugin.h>

class QAction;
class QgisInterface;
class PortSeizureAtlasDock;
class AtlasDataPathResolver;
class PluginTranslation;
class ImportedDataActions;
class PortSeizureAtlasProvider;
class AtlasPrintController;

/**
 * \brief The plugin's entry class: QGIS creates it through classFactory(), calls initGui()
 * once its window is up, and unload() before it unloads the library.
 *
 * initGui() adds the actions, menu entries, toolbar button, dock and the Processing provider;
 * unload() removes every one of them again, so load → unload → load leaves exactly one of each. It adds no layer
 * while QGIS starts. In a QGIS whose major.minor differs from the one it was built against,
 * it shows a message and stays inert.
 */
class PortSeizureAtlasPlugin : public QObject, public QgisPlugin
{
    Q_OBJECT

  public:
    //! Object name of the action that shows and hides the dock.
    static const QString TOGGLE_ACTION_OBJECT_NAME;

    /**
     * \brief Creates the plugin for the QGIS interface \a iface.
     */
    explicit PortSeizureAtlasPlugin( QgisInterface *iface );
    ~PortSeizureAtlasPlugin() override;

    PortSeizureAtlasPlugin( const PortSeizureAtlasPlugin & ) = delete;
    PortSeizureAtlasPlugin &operator=( const PortSeizureAtlasPlugin & ) = delete;

    /**
     * \brief Adds the plugin's actions, menu entries, toolbar button and dock to QGIS.
     */
    void initGui() override;

    /**
     * \brief Removes everything initGui() added.
     */
    void unload() override;

  private slots:
    //! Adds the plugin's layers to the current project (the "Add ports and seizures" action).
    void addAtlasLayers();
    //! Asks how to print, refreshes the print layout and exports it in the background (the "Print map…" action).
    void printMap();

  private:
    //! The QGIS version the plugin believes it runs in (overridable for diagnosis, see .cpp).
    static int runningQgisVersionInt();
    QString menuName() const;

    QgisInterface *mIface = nullptr;
    QPointer<QAction> mToggleDockAction;
    QPointer<QAction> mAddLayersAction;
    QPointer<QAction> mPrintAction;
    //! Cancels and waits for running exports when deleted (on unload).
    std::unique_ptr<AtlasPrintController> mPrintController;
    QPointer<PortSeizureAtlasDock> mDock;
    std::unique_ptr<AtlasDataPathResolver> mDataPathResolver;
    //! The plugin's texts in QGIS's language while the plugin is loaded.
    std::unique_ptr<PluginTranslation> mTranslation;
    //! Menu entries adding analysts' imported seizure data.
    std::unique_ptr<ImportedDataActions> mImportedDataActions;
    //! Owned by QGIS's Processing registry; QPointer because the registry may delete it first at exit.
    QPointer<PortSeizureAtlasProvider> mProcessingProvider;
};

#endif // PORTSEIZUREATLASPLUGIN_H
