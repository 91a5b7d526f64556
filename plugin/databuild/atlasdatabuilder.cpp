/***************************************************************************
  atlasdatabuilder.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatabuilder.h"
#include "sealanenetwork.h"

#include "atlasdatavalidator.h"
#include "atlaslayers.h"
#include "documentedseizureroutes.h"
#include "geopackagewriter.h"
#include "workingfile.h"

#include <QDir>
#include <QFileInfo>

const QString AtlasDataBuilder::OUTPUT_WRITE_RULE = QStringLiteral( "output.write" );
const QString AtlasDataBuilder::SEA_LANES_RULE = QStringLiteral( "sealanes.read" );
const QString AtlasDataBuilder::ASSUMED_ORIGIN_RULE = QStringLiteral( "route.assumed-origin-unreachable" );

AtlasDataBuilder::AtlasDataBuilder( const QString &layersDirectory, const QString &outputPath )
    : mLayersDirectory( layersDirectory ), mOutputPath( outputPath ), mBuildDateTime( defaultBuildDateTime() )
{
}

QDateTime AtlasDataBuilder::defaultBuildDateTime()
{
  bool ok = false;
  const qint64 sourceDateEpoch = qEnvironmentVariable( "SOURCE_DATE_EPOCH" ).toLongLong( &ok );
  const QDateTime dateTime =
      ok ? QDateTime::fromSecsSinceEpoch( sourceDateEpoch, Qt::UTC ) : QDateTime::currentDateTimeUtc();
  // Whole seconds: the metadata shows no milliseconds.
  return dateTime.addMSecs( -dateTime.time().msec() );
}

bool AtlasDataBuilder::build()
{
  mErrors.clear();
  AtlasDataValidator validator( mLayersDirectory );
  if ( mLatestAllowedYear > 0 )
    validator.setLatestAllowedYear( mLatestAllowedYear );
  const bool valid = validator.validate();
  mDataSet = validator.dataSet();
  // Documented seizures that name their origin port are route links too.
  mDataSet.routes += DocumentedSeizureRoutes::routes( mDataSet );
  if ( !valid )
  {
    mErrors = validator.errors();
    return false;
  }

  const QFileInfo target( mOutputPath );
  QDir directory = target.absoluteDir();
  if ( !directory.exists() && !directory.mkpath( QStringLiteral( "." ) ) )
  {
    addWriteError( QStringLiteral( "cannot create the folder %1" ).arg( directory.path() ) );
    return false;
  }
  // Hidden beside the target, unique, ending in .gpkg as GDAL expects (see WorkingFile): checked
  // whole, flushed to the disk and renamed over the target in one step; removed on a failure.
  WorkingFile workingFile( target.absoluteFilePath(), QStringLiteral( "building.gpkg" ) );
  if ( !writeGeoPackage( workingFile.path() ) )
    return false;
  const QString failure = workingFile.commit( WorkingFile::Existing::Replace );
  if ( !failure.isEmpty() )
  {
    addWriteError( failure );
    return false;
  }
  return true;
}

bool AtlasDataBuilder::writeGeoPackage( const QString &path )
{
  const AtlasLayers layers( mDataSet, mBuildDateTime );
  std::optional<InboundRouteGeometries> routeGeometries;
  mRoutesNotDrawn.clear();
  if ( !mSeaLanesDirectory.isEmpty() )
  {
    const SeaLaneNetwork network = SeaLaneNetwork::loadFolder( mSeaLanesDirectory );
    if ( !network.isValid() )
    {
      mErrors.append( SourceError( network.networkPath(), 0, QString(), SEA_LANES_RULE, network.error() ) );
      return false;
    }
    routeGeometries.emplace( mDataSet, network );
    mRoutesNotDrawn = routeGeometries->notDrawn();
    const QString routesFile = QDir( mLayersDirectory ).filePath( QStringLiteral( "routes.csv" ) );
    for ( const auto &problem : routeGeometries->unreachableAssumedOrigins() )
      mErrors.append( SourceError( routesFile, problem.first, QStringLiteral( "origin_country_iso2" ),
                                   ASSUMED_ORIGIN_RULE, problem.second ) );
    if ( !routeGeometries->unreachableAssumedOrigins().isEmpty() )
      return false;
  }

  GeoPackageWriter writer( path );
  const bool written =
      writer.isValid() && writer.writeLayer( layers.portsDefinition(), layers.portFeatures() ) &&
      writer.writeLayer( layers.seizureFiguresDefinition(), layers.seizureFigureFeatures() ) &&
      writer.writeLayer( layers.nationalTotalsDefinition(), layers.nationalTotalFeatures() ) &&
      ( !routeGeometries ||
        writer.writeLayer( layers.inboundRoutesDefinition(), layers.inboundRouteFeatures( *routeGeometries ) ) ) &&
      ( mDataSet.throughput.isEmpty() ||
        writer.writeLayer( layers.portThroughputDefinition(), layers.portThroughputFeatures() ) ) &&
      ( mDataSet.documentedSeizures.isEmpty() ||
        writer.writeLayer( layers.documentedSeizuresDefinition(), layers.documentedSeizureFeatures() ) );
  if ( !writer.close() || !written )
  {
    addWriteError( writer.errorMessage() );
    return false;
  }
  return true;
}

void AtlasDataBuilder::addWriteError( const QString &message )
{
  mErrors.append( SourceError( mOutputPath, 0, QString(), OUTPUT_WRITE_RULE, message ) );
}
