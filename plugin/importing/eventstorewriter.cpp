/***************************************************************************
  eventstorewriter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventstorewriter.h"

#include "atlasschema.h"
#include "geopackageeventrows.h"
#include "importedroutewriter.h"
#include "ogrfields.h"

#include "gdalmessagecollector.h"
#include "gdalregistration.h"
#include "gdalsqlstatement.h"
#include "workingfile.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFileInfo>
#include <QVector>

#include <cmath>
#include <optional>

namespace
{
  enum EventField
  {
    EventDate,
    Year,
    PortLocode,
    PortNameRaw,
    DestCountry,
    OriginLocode,
    OriginCountry,
    Drug,
    Tonnes,
    SourceFile,
    SourceLine
  };

  //! The fields of seizure_events, in the order of EventField.
  constexpr std::initializer_list<OgrFieldDefinition> EVENT_FIELDS = {
      { "event_date", OFTDate },
      { "year", OFTInteger },
      { "port_locode", OFTString },
      { "port_name_raw", OFTString },
      { "dest_country_iso2", OFTString },
      { "origin_locode", OFTString },
      { "origin_country_iso2", OFTString },
      { "drug", OFTString },
      { "tonnes", OFTReal },
      { "source_file", OFTString },
      { "source_line", OFTInteger },
  };

  void setText( OGRFeature &feature, int field, const QString &text )
  {
    if ( text.isEmpty() )
      feature.SetFieldNull( field );
    else
      feature.SetField( field, text.toUtf8().constData() );
  }
} // namespace

bool EventStoreWriter::isDatabaseTarget( const QString &target )
{
  return target.startsWith( QLatin1String( "PG:" ) ) || target.startsWith( QLatin1String( "postgresql://" ) ) ||
         target.startsWith( QLatin1String( "postgres://" ) );
}

EventStoreWriter::EventStoreWriter( const QString &target, bool replace )
    : mTarget( target ), mReplace( replace ), mDatabase( isDatabaseTarget( target ) )
{
  // Hidden, beside the target, unique, named after this process: see WorkingFile.
  if ( !mDatabase )
    mWorkingFile = std::make_unique<WorkingFile>( target, QStringLiteral( "importing.gpkg" ) );
}

EventStoreWriter::~EventStoreWriter()
{
  if ( !mFinished )
    abort();
}

QString EventStoreWriter::workingPath() const
{
  return mWorkingFile ? mWorkingFile->path() : QString();
}

bool EventStoreWriter::begin()
{
  registerGdalDrivers();
  GdalMessageCollector messages;
  if ( mDatabase )
  {
    const QString connection =
        mTarget.startsWith( QLatin1String( "PG:" ) ) ? mTarget : QStringLiteral( "PG:%1" ).arg( mTarget );
    mDataset = openGdalDataset( connection, GDAL_OF_VECTOR | GDAL_OF_UPDATE );
    if ( !mDataset )
      return fail( QStringLiteral( "cannot connect to the database: %1" ).arg( messages.messages() ) );
    if ( !mReplace && mDataset->GetLayerByName( AtlasSchema::SEIZURE_EVENTS_TABLE.toUtf8().constData() ) )
      return fail( QStringLiteral( "the database already has a table %1; give --replace to replace it" )
                       .arg( AtlasSchema::SEIZURE_EVENTS_TABLE ) );
    if ( mDataset->StartTransaction() != OGRERR_NONE )
      return fail( QStringLiteral( "cannot start a transaction: %1" ).arg( messages.messages() ) );
    mInTransaction = true;
    if ( mReplace &&
         !executeSql( QStringLiteral( "DROP TABLE IF EXISTS %1; DROP TABLE IF EXISTS %2; DROP TABLE IF EXISTS %3" )
                          .arg( AtlasSchema::SEIZURE_PORT_YEARS_TABLE, AtlasSchema::SEIZURE_EVENTS_TABLE,
                                AtlasSchema::SEIZURE_ROUTES_TABLE ) ) )
      return false;
    return createEventsTable();
  }

  // What an import killed in this folder left behind goes first (files of running imports stay).
  mWarnings << WorkingFile::removeAbandoned( QFileInfo( mTarget ).absolutePath() );
  if ( QFileInfo::exists( mTarget ) && !mReplace )
    return fail(
        QStringLiteral( "%1 exists already; choose another file or give --replace to replace it" ).arg( mTarget ) );
  const QString unwritable = mWorkingFile->checkFolderWritable();
  if ( !unwritable.isEmpty() )
    return fail( unwritable );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  if ( !driver )
    return fail( QStringLiteral( "GDAL has no GeoPackage (GPKG) driver" ) );
  mDataset = createGdalVectorDataset( *driver, workingPath() );
  if ( !mDataset )
    return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, messages.messages() ) );
  if ( !createEventsTable() )
    return false;
  // GDAL has created the table as the GeoPackage standard wants it; the rows go in through SQLite.
  mFeature.reset();
  mEvents = nullptr;
  mDataset.reset();
  if ( messages.hasFailure() )
    return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, messages.messages() ) );
  mRows = std::make_unique<GeoPackageEventRows>( workingPath(), AtlasSchema::SEIZURE_EVENTS_TABLE );
  return mRows->errorMessage().isEmpty() ||
         fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, mRows->errorMessage() ) );
}

bool EventStoreWriter::createDatabaseEventIndexes()
{
  // A shared database is queried by other tools too: its events get indexes for the filters by
  // year and destination or origin country. A GeoPackage's events get none: the map and the
  // panel read seizure_port_years and seizure_routes (indexed), never the events, and sorting
  // every event for an index took half of the import (bench/import/README.md).
  for ( const char *index :
        { "year_dest ON %1 (year, dest_country_iso2)", "year_origin ON %1 (year, origin_country_iso2)" } )
  {
    if ( !executeSql( QStringLiteral( "CREATE INDEX %1_" ).arg( AtlasSchema::SEIZURE_EVENTS_TABLE ) +
                      QString::fromLatin1( index ).arg( AtlasSchema::SEIZURE_EVENTS_TABLE ) ) )
      return false;
  }
  return true;
}

bool EventStoreWriter::createEventsTable()
{
  GdalMessageCollector messages;
  CPLStringList options;
  options.SetNameValue( "FID", "fid" );
  options.SetNameValue( "DESCRIPTION", "Seizure events imported by Port Seizure Atlas" );
  mEvents =
      mDataset->CreateLayer( AtlasSchema::SEIZURE_EVENTS_TABLE.toUtf8().constData(), nullptr, wkbNone, options.List() );
  if ( !mEvents )
    return fail( QStringLiteral( "cannot create the table %1: %2" )
                     .arg( AtlasSchema::SEIZURE_EVENTS_TABLE, messages.messages() ) );
  if ( const char *failed = createOgrFields( mEvents, EVENT_FIELDS ) )
    return fail( QStringLiteral( "cannot create the field %1.%2: %3" )
                     .arg( AtlasSchema::SEIZURE_EVENTS_TABLE, QString::fromLatin1( failed ), messages.messages() ) );
  mFeature = std::make_unique<OGRFeature>( mEvents->GetLayerDefn() );
  return true;
}

bool EventStoreWriter::write( const SeizureEvent &event, const QString &sourceFile )
{
  if ( !mErrorMessage.isEmpty() )
    return false;
  if ( mRows )
  {
    if ( sourceFile != mSourceFile )
    {
      mSourceFile = sourceFile;
      mSourceFileUtf8 = sourceFile.toUtf8();
    }
    if ( !mRows->append( event, mSourceFileUtf8 ) )
      return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, mRows->errorMessage() ) );
    mTally.add( event );
    return true;
  }
  if ( !mEvents )
    return false;
  OGRFeature &feature = *mFeature;
  feature.SetFID( OGRNullFID );
  if ( event.date.isValid() )
    feature.SetField( EventDate, event.date.year(), event.date.month(), event.date.day() );
  else
    feature.SetFieldNull( EventDate );
  if ( event.year > 0 )
    feature.SetField( Year, event.year );
  else
    feature.SetFieldNull( Year );
  setText( feature, PortLocode, event.portLocode );
  setText( feature, PortNameRaw, event.portNameRaw );
  setText( feature, DestCountry, event.destCountryIso2 );
  setText( feature, OriginLocode, event.originLocode );
  setText( feature, OriginCountry, event.originCountryIso2 );
  setText( feature, Drug, event.drug );
  if ( event.tonnes )
    feature.SetField( Tonnes, *event.tonnes );
  else
    feature.SetFieldNull( Tonnes );
  setText( feature, SourceFile, sourceFile );
  feature.SetField( SourceLine, event.sourceLine );
  if ( mEvents->CreateFeature( &feature ) != OGRERR_NONE )
  {
    return fail( QStringLiteral( "cannot write the event of line %1 to %2: %3" )
                     .arg( event.sourceLine )
                     .arg( AtlasSchema::SEIZURE_EVENTS_TABLE, QString::fromUtf8( CPLGetLastErrorMsg() ) ) );
  }
  mTally.add( event );
  return true;
}

bool EventStoreWriter::finish( const PortGazetteer &ports )
{
  if ( ( !mEvents && !mRows ) || !mErrorMessage.isEmpty() )
    return false;
  GdalMessageCollector messages;
  if ( mDatabase && !createDatabaseEventIndexes() )
    return false;
  if ( mRows )
  {
    const bool committed = mRows->commit();
    const QString rowsError = mRows->errorMessage();
    mRows.reset();
    if ( !committed )
      return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, rowsError ) );
    // The aggregate layer has a geometry: GDAL writes it, in a transaction of its own.
    mDataset = openGdalDataset( workingPath(), GDAL_OF_VECTOR | GDAL_OF_UPDATE );
    if ( !mDataset || mDataset->StartTransaction() != OGRERR_NONE )
      return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, messages.messages() ) );
    mInTransaction = true;
  }
  if ( !writePortYears( ports ) )
    return false;
  ImportedRouteWriter routes( mSeaLanesFolder );
  if ( !routes.write( *mDataset, mTally.routeGroups(), ports ) )
    return fail( routes.errorMessage() );
  mWarnings << routes.warnings();
  if ( mDataset->CommitTransaction() != OGRERR_NONE )
    return fail( QStringLiteral( "cannot commit the import: %1" ).arg( messages.messages() ) );
  mInTransaction = false;
  mEvents = nullptr;
  mFeature.reset();
  mDataset.reset();
  if ( messages.hasFailure() )
    return fail( QStringLiteral( "cannot close the import: %1" ).arg( messages.messages() ) );
  if ( mWorkingFile )
  {
    // Checked whole and flushed to the disk first. A new target gets its name only if no other
    // import created it meanwhile: of two imports into one new file, exactly one succeeds.
    const QString failure =
        mWorkingFile->commit( mReplace ? WorkingFile::Existing::Replace : WorkingFile::Existing::Refuse );
    if ( mWorkingFile->targetExisted() )
      return fail( QStringLiteral( "%1 exists already: another import created it while this one ran; choose another "
                                   "file or give --replace to replace it" )
                       .arg( mTarget ) );
    if ( !failure.isEmpty() )
      return fail( failure );
  }
  mFinished = true;
  return true;
}

bool EventStoreWriter::writePortYears( const PortGazetteer &ports )
{
  GdalMessageCollector messages;
  OGRLayer *layer = createWgs84Layer( *mDataset, AtlasSchema::SEIZURE_PORT_YEARS_TABLE, wkbPoint,
                                      "Imported seizure events per port and year" );
  if ( !layer )
    return fail( QStringLiteral( "cannot create the layer %1: %2" )
                     .arg( AtlasSchema::SEIZURE_PORT_YEARS_TABLE, messages.messages() ) );
  if ( const char *failed = createOgrFields( layer, { { "port_locode", OFTString },
                                                      { "name", OFTString },
                                                      { "country_iso2", OFTString },
                                                      { "year", OFTInteger },
                                                      { "events", OFTInteger },
                                                      { "events_with_quantity", OFTInteger },
                                                      { "tonnes", OFTReal } } ) )
    return fail(
        QStringLiteral( "cannot create the field %1.%2: %3" )
            .arg( AtlasSchema::SEIZURE_PORT_YEARS_TABLE, QString::fromLatin1( failed ), messages.messages() ) );
  for ( const EventGroup &group : mTally.portYearGroups() )
  {
    const PortGazetteer::Port *port = ports.portByLocode( group.portLocode );
    OGRFeature feature( layer->GetLayerDefn() );
    feature.SetField( 0, group.portLocode.toUtf8().constData() );
    if ( port )
      feature.SetField( 1, port->name.toUtf8().constData() );
    feature.SetField( 2, group.destCountry.toUtf8().constData() );
    if ( group.year )
      feature.SetField( 3, *group.year );
    feature.SetField( 4, group.events );
    feature.SetField( 5, group.eventsWithQuantity );
    if ( group.tonnes )
      feature.SetField( 6, *group.tonnes );
    if ( port && std::isfinite( port->latitude ) && std::isfinite( port->longitude ) )
      feature.SetGeometryDirectly( new OGRPoint( port->longitude, port->latitude ) );
    if ( layer->CreateFeature( &feature ) != OGRERR_NONE )
      return fail(
          QStringLiteral( "cannot write %1: %2" ).arg( AtlasSchema::SEIZURE_PORT_YEARS_TABLE, messages.messages() ) );
  }
  return executeSql( QStringLiteral( "CREATE INDEX %1_year_country ON %1 (year, country_iso2)" )
                         .arg( AtlasSchema::SEIZURE_PORT_YEARS_TABLE ) );
}

void EventStoreWriter::abort()
{
  GdalMessageCollector messages;
  mRows.reset();
  if ( mDataset && mInTransaction )
    mDataset->RollbackTransaction();
  mInTransaction = false;
  mEvents = nullptr;
  mFeature.reset();
  mDataset.reset();
  if ( mWorkingFile )
    mWorkingFile->discard();
  mFinished = true;
}

bool EventStoreWriter::executeSql( const QString &sql )
{
  const QString failure = runGdalSqlStatement( *mDataset, sql );
  return failure.isEmpty() || fail( QStringLiteral( "SQL failed (%1): %2" ).arg( sql, failure ) );
}

bool EventStoreWriter::fail( const QString &message )
{
  // The analyst named the target, never the hidden working file: messages speak of the target.
  if ( mErrorMessage.isEmpty() )
    mErrorMessage = mWorkingFile ? QString( message ).replace( mWorkingFile->path(), mTarget ) : message;
  return false;
}
