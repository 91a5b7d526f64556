/***************************************************************************
  portseizureatlasplugin.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portseizureatlasplugin.h"
#include "pluginlocation.h"
#include "pluginmetadata.h"
#include "portseizureatlasdock.h"
#include "qgisversioncompatibility.h"

#include <QAction>
#include <QDir>
#include <QIcon>
#include <qgis.h>
#include <qgisinterface.h>
#include <qgsmessagebar.h>

// The plugin's identity, generated from metadata.txt (see plugin/gui/pluginmetadata.h.in).
static const QString sName = QStringLiteral( PSA_PLUGIN_NAME );
static const QString sDescription = QStringLiteral( PSA_PLUGIN_DESCRIPTION );
static const QString sCategory = QStringLiteral( PSA_PLUGIN_CATEGORY );
static const QString sVersion = QStringLiteral( PSA_PLUGIN_VERSION );
static const QString sIcon = QStringLiteral( PSA_PLUGIN_ICON );
static const QString sExperimental = QStringLiteral( PSA_PLUGIN_EXPERIMENTAL );
static const QString sCreateDate = QStringLiteral( PSA_PLUGIN_CREATE_DATE );
static const QString sUpdateDate = QStringLiteral( PSA_PLUGIN_UPDATE_DATE );
static const QgisPlugin::PluginType sPluginType = QgisPlugin::UI;

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

  const int running = runningQgisVersionInt();
  if ( !QgisVersionCompatibility::isCompatible( PSA_BUILT_AGAINST_QGIS_VERSION_INT, running ) )
  {
    mIface->messageBar()->pushMessage( sName,
                                       QgisVersionCompatibility::incompatibilityMessage( sName, PSA_BUILT_AGAINST_QGIS_VERSION_INT, running ),
                                       Qgis::MessageLevel::Critical, 0 );
    return;
  }

  mDock = new PortSeizureAtlasDock( mIface->mainWindow() );
  const QString dataDirectory = PluginLocation::dataDirectory();
  mDock->setStatusText( QDir( dataDirectory ).exists()
                            ? tr( "Plugin %1, data folder %2" ).arg( sVersion, QDir::toNativeSeparators( dataDirectory ) )
                            : tr( "Plugin %1. The data folder %2 is missing: reinstall the plugin." ).arg( sVersion, QDir::toNativeSeparators( dataDirectory ) ) );

  mToggleDockAction = new QAction( QIcon( sIcon ), sName, this );
  mToggleDockAction->setObjectName( TOGGLE_ACTION_OBJECT_NAME );
  mToggleDockAction->setToolTip( tr( "Show or hide the Port Seizure Atlas panel" ) );
  mDock->setToggleVisibilityAction( mToggleDockAction );

  mIface->addDockWidget( Qt::RightDockWidgetArea, mDock );
  mIface->addPluginToMenu( menuName(), mToggleDockAction );
  mIface->addToolBarIcon( mToggleDockAction );
}

void PortSeizureAtlasPlugin::unload()
{
  if ( !mIface )
    return;
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
