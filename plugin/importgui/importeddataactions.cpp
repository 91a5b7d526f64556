/***************************************************************************
  importeddataactions.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importeddataactions.h"

#include "importedlayerset.h"
#include "importseizureeventswizard.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <qgisinterface.h>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsmessagebar.h>
#include <qgsproject.h>
#include <qgsproviderconnectionmodel.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>

ImportedDataActions::ImportedDataActions( QgisInterface *iface, const QString &menuName, const QString &atlasGeoPackage,
                                          QObject *parent )
    : QObject( parent ), mIface( iface ), mMenuName( menuName ), mAtlasGeoPackage( atlasGeoPackage )
{
  mImportAction = new QAction( tr( "Import seizure events…" ), this );
  mImportAction->setObjectName( QStringLiteral( "PortSeizureAtlasImportEventsAction" ) );
  mImportAction->setToolTip( tr( "Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage" ) );
  connect( mImportAction, &QAction::triggered, this, &ImportedDataActions::openImportWizard );
  mAddGeoPackageAction = new QAction( tr( "Add my seizure data (GeoPackage)…" ), this );
  mAddGeoPackageAction->setObjectName( QStringLiteral( "PortSeizureAtlasAddImportedGeoPackageAction" ) );
  mAddGeoPackageAction->setToolTip(
      tr( "Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters" ) );
  connect( mAddGeoPackageAction, &QAction::triggered, this, &ImportedDataActions::addGeoPackage );
  mAddPostgresAction = new QAction( tr( "Add my seizure data (PostGIS)…" ), this );
  mAddPostgresAction->setObjectName( QStringLiteral( "PortSeizureAtlasAddImportedPostgresAction" ) );
  mAddPostgresAction->setToolTip(
      tr( "Add seizure events imported into a PostGIS database, through a QGIS connection" ) );
  connect( mAddPostgresAction, &QAction::triggered, this, &ImportedDataActions::addPostgres );
  mIface->addPluginToMenu( mMenuName, mImportAction );
  mIface->addPluginToMenu( mMenuName, mAddGeoPackageAction );
  mIface->addPluginToMenu( mMenuName, mAddPostgresAction );
}

ImportedDataActions::~ImportedDataActions()
{
  for ( QAction *action : { mImportAction.data(), mAddGeoPackageAction.data(), mAddPostgresAction.data() } )
  {
    if ( action )
      mIface->removePluginMenu( mMenuName, action );
  }
}

void ImportedDataActions::openImportWizard()
{
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( mAtlasGeoPackage, &error );
  if ( ports.size() == 0 )
  {
    report( { error.isEmpty() ? tr( "%1 holds no ports; reinstall the plugin." ).arg( mAtlasGeoPackage ) : error }, 0 );
    return;
  }
  // Parented to the main window and kept after it closes, so the import it started can report back.
  auto *wizard = new ImportSeizureEventsWizard( ports, mIface->mainWindow() );
  connect( wizard, &ImportSeizureEventsWizard::importEnded, this,
           [this]( bool succeeded, const QString &geoPackage, const QString &postgresUri, const QString &reportText ) {
             if ( !succeeded )
             {
               report( { tr( "Import refused; nothing was written.\n%1" ).arg( reportText ) }, 0 );
               return;
             }
             const ImportedLayerSet::Result result =
                 geoPackage.isEmpty()
                     ? ImportedLayerSet::addPostgres( QgsProject::instance(), QgsDataSourceUri( postgresUri ) )
                     : ImportedLayerSet::addGeoPackage( QgsProject::instance(), geoPackage );
             report( result.errors, result.added.size(), result.notes );
           } );
  wizard->show();
}

void ImportedDataActions::addGeoPackage()
{
  const QString path = QFileDialog::getOpenFileName( mIface->mainWindow(), tr( "Imported seizure events" ), QString(),
                                                     tr( "GeoPackage (*.gpkg)" ) );
  if ( path.isEmpty() )
    return;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( QgsProject::instance(), path );
  report( result.errors, result.added.size(), result.notes );
}

void ImportedDataActions::addPostgres()
{
  QgsProviderMetadata *postgres = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
  const QMap<QString, QgsAbstractProviderConnection *> connections =
      postgres ? postgres->connections() : QMap<QString, QgsAbstractProviderConnection *>();
  if ( connections.isEmpty() )
  {
    report( { tr( "No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with "
                  "an authentication configuration." ) },
            0 );
    return;
  }
  bool ok = false;
  const QString name = QInputDialog::getItem( mIface->mainWindow(), tr( "Imported seizure events" ),
                                              tr( "PostGIS connection:" ), connections.keys(), 0, false, &ok );
  if ( !ok || name.isEmpty() )
    return;
  QgsDataSourceUri uri( connections.value( name )->uri() );
  const QString schema = QInputDialog::getText( mIface->mainWindow(), tr( "Imported seizure events" ),
                                                tr( "Schema holding seizure_events:" ), QLineEdit::Normal,
                                                QStringLiteral( "public" ), &ok );
  if ( !ok )
    return;
  uri.setSchema( schema );
  const ImportedLayerSet::Result result = ImportedLayerSet::addPostgres( QgsProject::instance(), uri );
  report( result.errors, result.added.size(), result.notes );
}

void ImportedDataActions::report( const QStringList &errors, int added, const QStringList &notes )
{
  if ( !errors.isEmpty() )
    mIface->messageBar()->pushMessage( tr( "Port Seizure Atlas" ), errors.join( QLatin1Char( '\n' ) ),
                                       Qgis::MessageLevel::Warning, 0 );
  else if ( !notes.isEmpty() )
    mIface->messageBar()->pushMessage(
        tr( "Port Seizure Atlas" ),
        tr( "Added %n layer(s) of your seizure data; the panel filters them.", nullptr, added ) + QLatin1Char( '\n' ) +
            notes.join( QLatin1Char( '\n' ) ),
        Qgis::MessageLevel::Info, 0 );
  else
    mIface->messageBar()->pushMessage(
        tr( "Port Seizure Atlas" ),
        tr( "Added %n layer(s) of your seizure data; the panel filters them.", nullptr, added ),
        Qgis::MessageLevel::Success, 5 );
}
