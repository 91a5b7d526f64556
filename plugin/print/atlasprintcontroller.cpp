/***************************************************************************
  atlasprintcontroller.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasprintcontroller.h"
#include "plugintranslation.h"
#include "qgislanguage.h"
#include "readonlygeopackagesource.h"

#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintexporter.h"
#include "atlasprintlayout.h"
#include "atlasprinttask.h"
#include "atlasschema.h"
#include "printlayerroles.h"
#include "printstylefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

AtlasPrintController::AtlasPrintController( QgsProject *project, AtlasFilterController *filterController,
                                            const QString &program, QObject *parent )
    : QObject( parent ), mProject( project ), mFilterController( filterController ), mProgram( program )
{
}

AtlasPrintController::~AtlasPrintController()
{
  cancelAll();
}

AtlasPrintTask *AtlasPrintController::print( const PrintOptions &options, const QString &outputFile, QString *error )
{
  if ( !mProject || !mFilterController )
  {
    *error = tr( "No project to print." );
    return nullptr;
  }
  *error = AtlasPrintExporter::checkDestination( outputFile, options );
  if ( !error->isEmpty() )
    return nullptr;
  if ( mProgram.isEmpty() || !QFileInfo( mProgram ).isExecutable() )
  {
    *error = tr( "Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin." );
    return nullptr;
  }
  QgsPrintLayout *layout = AtlasPrintLayout::createOrRefresh( mProject, options, error );
  if ( !layout )
    return nullptr;
  QStringList dataSources;
  if ( QgsVectorLayer *ports = AtlasLayerSet::findLayer( mProject, AtlasSchema::PORTS_TABLE ) )
    dataSources << ReadOnlyGeoPackageSource::fileOfLayerSource( ports->source() );
  for ( const PrintLayerRoles::FramedLayer &ports : PrintLayerRoles::portLayers( mProject ) )
  {
    if ( !ports.layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() )
      continue;
    if ( ports.layer->providerType() != QLatin1String( "ogr" ) )
    {
      // The export process has a profile of its own, without the QGIS authentication database.
      *error = tr( "The layout \"%1\" is ready in the Layout Manager: export it from the layout designer. The "
                   "background export cannot "
                   "sign in to the PostGIS database of \"%2\" (its QGIS authentication stays in this QGIS)." )
                   .arg( layout->name(), ports.layer->name() );
      return nullptr;
    }
    dataSources << ports.layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).toString();
  }

  // The export runs in another process: it gets the layout and the styles as they are now.
  QTemporaryDir work( QDir::temp().filePath( QStringLiteral( "port-seizure-atlas-print-XXXXXX" ) ) );
  work.setAutoRemove( false );
  QgsReadWriteContext context;
  context.setPathResolver( mProject->pathResolver() );
  if ( !work.isValid() ||
       !layout->saveAsTemplate( QDir( work.path() ).filePath( QStringLiteral( "layout.qpt" ) ), context ) )
  {
    QDir( work.path() ).removeRecursively();
    *error = tr( "Cannot write the layout to a temporary folder (%1)." ).arg( work.errorString() );
    return nullptr;
  }
  for ( QgsVectorLayer *layer : mFilterController->pluginLayers() )
  {
    bool ok = false;
    layer->saveNamedStyle( QDir( work.path() ).filePath( PrintStyleFiles::fileName( layer ) ), ok );
  }

  auto *task = new AtlasPrintTask( mProgram, commandArguments( options, outputFile, dataSources, work.path() ),
                                   outputFile, work.path() );
  connect( task, &AtlasPrintTask::exportFinished, this, &AtlasPrintController::printFinished );
  mTasks << task;
  QgsApplication::taskManager()->addTask( task );
  return task;
}

QList<AtlasPrintTask *> AtlasPrintController::runningTasks() const
{
  QList<AtlasPrintTask *> running;
  for ( const QPointer<AtlasPrintTask> &task : mTasks )
  {
    if ( task && task->status() != QgsTask::Complete && task->status() != QgsTask::Terminated )
      running << task;
  }
  return running;
}

void AtlasPrintController::cancelAll()
{
  const QList<AtlasPrintTask *> running = runningTasks();
  for ( AtlasPrintTask *task : running )
    task->cancel();
  for ( AtlasPrintTask *task : running )
    task->waitForFinished();
}

QStringList AtlasPrintController::commandArguments( const PrintOptions &options, const QString &outputFile,
                                                    const QStringList &dataSources, const QString &workFolder ) const
{
  QStringList arguments{
      QStringLiteral( "print" ), QStringLiteral( "--out" ), outputFile, QStringLiteral( "--template" ),
      PrintOptions::paperName( options.paper ), QStringLiteral( "--atlas" ), PrintOptions::atlasName( options.atlas ),
      QStringLiteral( "--dpi" ), QString::number( options.dpi ), QStringLiteral( "--layout-template" ),
      QDir( workFolder ).filePath( QStringLiteral( "layout.qpt" ) ), QStringLiteral( "--styles" ), workFolder,
      QStringLiteral( "--progress" ),
      // The print speaks QGIS's language, as the plugin does.
      QStringLiteral( "--locale" ), PluginTranslation::languageOf( qgisLanguage() ) };
  for ( const QString &source : dataSources )
    arguments << QStringLiteral( "--data" ) << source;
  const AtlasFilter filter = mFilterController->filter();
  // An open end of the panel's range means "up to the first / last year with data".
  const QList<int> years = mFilterController->choices().years;
  const int from = filter.yearFrom() > 0 ? filter.yearFrom() : years.value( 0, filter.yearTo() );
  const int to = filter.yearTo() > 0 ? filter.yearTo() : years.value( years.size() - 1, filter.yearFrom() );
  if ( options.changeMap )
  {
    // The first year shown against the last; a single year against the year before.
    arguments << QStringLiteral( "--compare" ) << QStringLiteral( "%1,%2" ).arg( from < to ? from : to - 1 ).arg( to );
  }
  else if ( filter.hasYearLimit() )
    arguments << QStringLiteral( "--years" ) << QStringLiteral( "%1-%2" ).arg( from ).arg( to );
  if ( !filter.destinationCountries().isEmpty() )
    arguments << QStringLiteral( "--countries" ) << filter.destinationCountries().join( QLatin1Char( ',' ) );
  if ( !filter.originCountries().isEmpty() )
    arguments << QStringLiteral( "--origin-countries" ) << filter.originCountries().join( QLatin1Char( ',' ) );
  return arguments;
}
