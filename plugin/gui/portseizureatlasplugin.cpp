/***************************************************************************
  portseizureatlasplugin.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portseizureatlasplugin.h"
#include "atlasdatapathresolver.h"
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasmapview.h"
#include "atlasprintcontroller.h"
#include "atlasprintdialog.h"
#include "atlasprinttask.h"
#include "atlasresources.h"
#include "atlasschema.h"
#include "atlastemporalsync.h"
#include "importeddataactions.h"
#include "pluginlocation.h"
#include "pluginmetadata.h"
#include "plugintranslation.h"
#include "portseizureatlasdock.h"
#include "portseizureatlasprovider.h"
#include "qgislanguage.h"
#include "qgisversioncompatibility.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <QUrl>
#include <qgis.h>
#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmessagebar.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

// The plugin's identity, generated from metadata.txt (see plugin/pluginmetadata.h.in).
static const QString sName = QStringLiteral( PSA_PLUGIN_NAME );
static const QString sDescription = QStringLiteral( PSA_PLUGIN_DESCRIPTION );
static const QString sCategory = QStringLiteral( PSA_PLUGIN_CATEGORY );
static const QString sVersion = QStringLiteral( PSA_PLUGIN_VERSION );
static const QString sIcon = QStringLiteral( PSA_PLUGIN_ICON );
static const QString sExperimental = QStringLiteral( PSA_PLUGIN_EXPERIMENTAL );
static const QString sCreateDate = QStringLiteral( PSA_PLUGIN_CREATE_DATE );
static const QString sUpdateDate = QStringLiteral( PSA_PLUGIN_UPDATE_DATE );
static const QgisPlugin::PluginType sPluginType = QgisPlugin::UI;

// The icon must be readable as soon as QGIS loads the library (its Plugin Manager asks icon()
// before creating the plugin), so the resources are registered when the library is loaded.
static const bool sResourcesRegistered = ( initAtlasResources(), true );

const QString PortSeizureAtlasPlugin::TOGGLE_ACTION_OBJECT_NAME = QStringLiteral( "PortSeizureAtlasToggleDockAction" );

PortSeizureAtlasPlugin::PortSeizureAtlasPlugin( QgisInterface *iface )
    : QgisPlugin( sName, sDescription, sCategory, sVersion, sPluginType ), mIface( iface )
{
}

PortSeizureAtlasPlugin::~PortSeizureAtlasPlugin()
{
  unload();
}

int PortSeizureAtlasPlugin::runningQgisVersionInt()
{
  // PSA_SIMULATE_QGIS_VERSION_INT lets the end-to-end test (and a support engineer) see what
  // an analyst with another QGIS version sees, without installing that version.
  bool ok = false;
  const int simulated = qEnvironmentVariableIntValue( "PSA_SIMULATE_QGIS_VERSION_INT", &ok );
  return ok ? simulated : Qgis::versionInt();
}

QString PortSeizureAtlasPlugin::menuName() const
{
  return tr( "&Port Seizure Atlas" );
}

void PortSeizureAtlasPlugin::initGui()
{
  if ( !mIface || mToggleDockAction )
    return;

  // QGIS's language (Settings › Options › General › User interface translation); English when the
  // plugin has no translation into it.
  mTranslation = std::make_unique<PluginTranslation>();
  mTranslation->install( PluginTranslation::languageOf( qgisLanguage() ),
                         QDir( PluginLocation::dataDirectory() ).filePath( QStringLiteral( "i18n" ) ) );

  const int running = runningQgisVersionInt();
  if ( !QgisVersionCompatibility::isCompatible( PSA_BUILT_AGAINST_QGIS_VERSION_INT, running ) )
  {
    mIface->messageBar()->pushMessage(
        sName, QgisVersionCompatibility::incompatibilityMessage( sName, PSA_BUILT_AGAINST_QGIS_VERSION_INT, running ),
        Qgis::MessageLevel::Critical, 0 );
    return;
  }

  mDock = new PortSeizureAtlasDock( mIface->mainWindow() );
  const QString dataDirectory = PluginLocation::dataDirectory();
  mDock->setStatusText(
      QDir( dataDirectory ).exists()
          ? tr( "Plugin %1, data folder %2" ).arg( sVersion, QDir::toNativeSeparators( dataDirectory ) )
          : tr( "Plugin %1. The data folder %2 is missing: reinstall the plugin." )
                .arg( sVersion, QDir::toNativeSeparators( dataDirectory ) ) );

  mToggleDockAction = new QAction( QIcon( sIcon ), sName, this );
  mToggleDockAction->setObjectName( TOGGLE_ACTION_OBJECT_NAME );
  mToggleDockAction->setToolTip( tr( "Show or hide the Port Seizure Atlas panel" ) );
  mDock->setToggleVisibilityAction( mToggleDockAction );

  mAddLayersAction = new QAction( QIcon( sIcon ), tr( "Add ports and seizures" ), this );
  mAddLayersAction->setObjectName( QStringLiteral( "PortSeizureAtlasAddLayersAction" ) );
  mAddLayersAction->setToolTip( tr( "Add the ports, routes and sourced seizure figures to the project" ) );
  connect( mAddLayersAction, &QAction::triggered, this, &PortSeizureAtlasPlugin::addAtlasLayers );
  mDock->setAddLayersAction( mAddLayersAction );

  mPrintAction = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFilePrint.svg" ) ),
                              tr( "Print map…" ), this );
  mPrintAction->setObjectName( QStringLiteral( "PortSeizureAtlasPrintAction" ) );
  mPrintAction->setToolTip(
      tr( "Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country" ) );
  connect( mPrintAction, &QAction::triggered, this, &PortSeizureAtlasPlugin::printMap );
  mDock->setPrintAction( mPrintAction );
  mPrintController =
      std::make_unique<AtlasPrintController>( QgsProject::instance(), mDock->filterController(),
                                              AtlasPrintTask::findProgram( PluginLocation::libraryFilePath() ) );
  connect( mPrintController.get(), &AtlasPrintController::printFinished, this,
           [this]( bool ok, const QString &file, const QString &message ) {
             if ( !mIface )
               return;
             if ( ok )
               mIface->messageBar()->pushMessage(
                   sName,
                   tr( "Printed <a href=\"%1\">%2</a>" )
                       .arg( QUrl::fromLocalFile( file ).toString(), QDir::toNativeSeparators( file ) ),
                   Qgis::MessageLevel::Success, 10 );
             else
               mIface->messageBar()->pushMessage( sName, message, Qgis::MessageLevel::Critical, 0 );
           } );

  // The Temporal Controller's frame and the panel's years are one filter (owned by the dock).
  new AtlasTemporalSync( AtlasMapView::temporalNavigation( mIface ), mDock->filterController(), mDock );

  mDataPathResolver = std::make_unique<AtlasDataPathResolver>( dataDirectory );
  mDataPathResolver->install();

  auto provider =
      std::make_unique<PortSeizureAtlasProvider>( QDir( dataDirectory ).filePath( QStringLiteral( "sealanes" ) ) );
  if ( QgsApplication::processingRegistry()->addProvider( provider.get() ) ) // takes ownership only on success
    mProcessingProvider = provider.release();

  mIface->addDockWidget( Qt::RightDockWidgetArea, mDock );
  mIface->addPluginToMenu( menuName(), mToggleDockAction );
  mIface->addPluginToMenu( menuName(), mAddLayersAction );
  mIface->addPluginToMenu( menuName(), mPrintAction );
  mImportedDataActions = std::make_unique<ImportedDataActions>(
      mIface, menuName(), QDir( dataDirectory ).filePath( AtlasLayerSet::GEOPACKAGE_FILE_NAME ) );
  mIface->addToolBarIcon( mToggleDockAction );
}

void PortSeizureAtlasPlugin::addAtlasLayers()
{
  QgsProject *project = QgsProject::instance();
  const bool projectWasEmpty = project->count() == 0;
  const QString geoPackage = QDir( PluginLocation::dataDirectory() ).filePath( AtlasLayerSet::GEOPACKAGE_FILE_NAME );
  const AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, geoPackage );
  if ( !result.errors.isEmpty() )
    mIface->messageBar()->pushMessage( sName, result.errors.join( QLatin1Char( '\n' ) ), Qgis::MessageLevel::Warning,
                                       0 );
  else if ( result.added.isEmpty() )
    mIface->messageBar()->pushMessage( sName, tr( "The plugin's layers are already in the project." ),
                                       Qgis::MessageLevel::Info, 5 );
  else
    mIface->messageBar()->pushMessage( sName, tr( "Added %n layer(s).", nullptr, result.added.size() ),
                                       Qgis::MessageLevel::Success, 5 );
  if ( result.added.isEmpty() )
    return;

  // QGIS gives a new project the CRS and the full extent of its first layer once control
  // returns to the event loop, and its Temporal Controller the range of the first temporal
  // layer; frame the map and set the years after that.
  QTimer::singleShot( 0, this, [this, projectWasEmpty] {
    QgsProject *project = QgsProject::instance();
    if ( !AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE ) || !mIface || !mDock )
      return;
    if ( projectWasEmpty )
      project->setCrs( QgsCoordinateReferenceSystem( AtlasLayerSet::DEFAULT_PROJECT_CRS ) );
    AtlasMapView::showAddedLayers( mIface, project, mDock->filterController()->choices().years );
  } );
}

void PortSeizureAtlasPlugin::printMap()
{
  AtlasPrintDialog dialog( AtlasPrintDialog::defaultOutputFile( QgsProject::instance() ), mIface->mainWindow() );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  QString error;
  if ( !mPrintController->print( dialog.options(), dialog.outputFile(), &error ) )
    mIface->messageBar()->pushMessage( sName, error, Qgis::MessageLevel::Critical, 0 );
  else
    mIface->messageBar()->pushMessage(
        sName,
        tr( "Printing %1 in the background; the layout \"%2\" is in the Layout Manager." )
            .arg( QDir::toNativeSeparators( dialog.outputFile() ), PrintOptions::layoutName( dialog.options().paper ) ),
        Qgis::MessageLevel::Info, 5 );
}

void PortSeizureAtlasPlugin::unload()
{
  if ( !mIface )
    return;
  mPrintController.reset(); // cancels running exports and waits for them
  if ( mProcessingProvider )
    QgsApplication::processingRegistry()->removeProvider( mProcessingProvider ); // deletes it
  if ( mDataPathResolver )
  {
    mDataPathResolver->uninstall();
    mDataPathResolver.reset();
  }
  if ( mPrintAction )
  {
    mIface->removePluginMenu( menuName(), mPrintAction );
    delete mPrintAction;
  }
  mImportedDataActions.reset();
  if ( mAddLayersAction )
  {
    mIface->removePluginMenu( menuName(), mAddLayersAction );
    delete mAddLayersAction;
  }
  if ( mToggleDockAction )
  {
    mIface->removePluginMenu( menuName(), mToggleDockAction );
    mIface->removeToolBarIcon( mToggleDockAction );
    delete mToggleDockAction;
  }
  if ( mDock )
  {
    mIface->removeDockWidget( mDock );
    delete mDock;
  }
  mTranslation.reset(); // last: the menu is found by its translated name
}

// ---- Entry points QGIS looks up in the library ------------------------------------------

QGISEXTERN QgisPlugin *classFactory( QgisInterface *qgisInterfacePointer )
{
  return new PortSeizureAtlasPlugin( qgisInterfacePointer );
}

QGISEXTERN const QString *name()
{
  return &sName;
}

QGISEXTERN const QString *description()
{
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  return &sCategory;
}

QGISEXTERN int type()
{
  return sPluginType;
}

QGISEXTERN const QString *version()
{
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  return &sIcon;
}

QGISEXTERN const QString *experimental()
{
  return &sExperimental;
}

QGISEXTERN const QString *create_date()
{
  return &sCreateDate;
}

QGISEXTERN const QString *update_date()
{
  return &sUpdateDate;
}

QGISEXTERN void unload( QgisPlugin *pluginPointer )
{
  delete pluginPointer;
}
