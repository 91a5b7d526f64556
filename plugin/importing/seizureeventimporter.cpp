/***************************************************************************
  seizureeventimporter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "seizureeventimporter.h"

#include "backgroundeventwriter.h"
#include "eventsource.h"
#include "eventstorewriter.h"
#include "importedroutewriter.h"
#include "importrule.h"
#include "seizureeventvalidator.h"

#include <QFileInfo>

#include <optional>

namespace
{
  //! Rows between two progress calls: often enough for a smooth bar, rarely enough to cost nothing.
  constexpr int PROGRESS_INTERVAL = 16384;
} // namespace

SeizureEventImporter::SeizureEventImporter( const PortGazetteer &ports ) : mPorts( ports ) {}

ImportReport SeizureEventImporter::run( const QString &input, const EventColumnMapping &mapping, const QString &target,
                                        bool replace ) const
{
  EventStoreWriter writer( target, replace );
  writer.setSeaLanesFolder( mSeaLanesFolder.isNull()
                                ? ImportedRouteWriter::seaLanesFolderBeside( mPorts.geoPackagePath() )
                                : mSeaLanesFolder );
  return process( input, mapping, &writer );
}

ImportReport SeizureEventImporter::check( const QString &input, const EventColumnMapping &mapping ) const
{
  return process( input, mapping, nullptr );
}

void SeizureEventImporter::scanConventions( const QString &input, const QVector<int> &columnOfField,
                                            FileConventions &conventions ) const
{
  // A second reading, only for a file whose first doubtful value came before any evidence.
  SourceErrors ignored;
  const std::unique_ptr<EventSource> source = EventSource::open( input, mOptions, ignored );
  const int dateColumn = columnOfField.value( EventColumnMapping::Date, -1 );
  const int quantityColumn = columnOfField.value( EventColumnMapping::Quantity, -1 );
  EventSource::Row row;
  while ( source && !conventions.complete() && source->next( row, ignored ) )
  {
    ignored.clear();
    conventions.observeDate( row.values.value( dateColumn ), row.line );
    conventions.observeQuantity( row.values.value( quantityColumn ), row.line );
  }
}

ImportReport SeizureEventImporter::process( const QString &input, const EventColumnMapping &mapping,
                                            EventStoreWriter *writer ) const
{
  ImportReport report;
  report.checkOnly = writer == nullptr;
  SourceErrors errors;
  const std::unique_ptr<EventSource> source = EventSource::open( input, mOptions, errors );
  if ( !source )
  {
    report.addErrors( errors );
    return report;
  }
  const EventColumnMapping::Resolution columns =
      mapping.resolve( source->header(), source->fileName(), source->headerLine() );
  report.ignoredColumns = columns.ignoredColumns;
  if ( !columns.errors.isEmpty() )
  {
    report.addErrors( columns.errors );
    return report;
  }
  if ( writer && !writer->begin() )
  {
    report.targetError = writer->errorMessage();
    report.warnings = writer->warnings();
    return report;
  }

  const QString sourceFile = QFileInfo( source->fileName() ).fileName();
  SeizureEventValidator validator( mPorts, columns.columnOfField, source->header(), source->fileName(), mOptions );
  validator.conventions().setScan( [this, &input, &columns]( FileConventions &conventions ) {
    scanConventions( input, columns.columnOfField, conventions );
  } );
  std::optional<BackgroundEventWriter> background;
  if ( writer )
    background.emplace( *writer, sourceFile );
  EventSource::Row row;
  bool writing = writer != nullptr;
  while ( source->next( row, errors ) )
  {
    ++report.rowsRead;
    if ( !row.broken )
    {
      std::optional<SeizureEvent> event = validator.validate( row, errors );
      if ( event && writing && errors.isEmpty() && report.errorCount() == 0 )
      {
        // The database writes (and counts) on a thread of its own while the next rows are read and checked.
        if ( !background->write( std::move( *event ) ) )
          writing = false;
        ++report.eventsWritten;
      }
    }
    if ( !errors.isEmpty() )
    {
      report.addErrors( errors );
      errors.clear();
    }
    if ( mProgress && report.rowsRead % PROGRESS_INTERVAL == 0 && !mProgress( source->progress() ) )
    {
      report.cancelled = true;
      break;
    }
  }
  report.addErrors( errors );
  report.unmatchedPorts = validator.unmatchedPorts();
  report.notices << source->notices() << validator.conventions().notices();
  if ( !columns.recognisedColumns.isEmpty() )
    report.notices << QStringLiteral( "Columns recognised by name: %1." )
                          .arg( columns.recognisedColumns.join( QLatin1String( ", " ) ) );
  if ( !validator.otherNameMatches().isEmpty() )
    report.notices << QStringLiteral( "Ports matched by another name: %1." )
                          .arg( validator.otherNameMatches().join( QLatin1String( "; " ) ) );
  if ( report.rowsRead == 0 && report.errorCount() == 0 )
    report.addErrors(
        { SourceError( source->fileName(), source->headerLine(), QString(), QString::fromLatin1( ImportRule::NoEvents ),
                       QStringLiteral( "the file has a header but no event" ) ) } );

  if ( background && report.errorCount() == 0 && !report.cancelled )
    writing = background->finishWriting();
  background.reset(); // stops the writing thread; after errors or a cancel, what waits is dropped
  if ( writer && !writing )
    report.targetError = writer->errorMessage();
  const bool clean = !report.cancelled && report.errorCount() == 0 && report.targetError.isEmpty();
  if ( !writer )
  {
    report.succeeded = clean;
    return report;
  }
  // Said whether the import succeeds or not: what killed imports left in the folder was removed.
  report.warnings = writer->warnings();
  if ( !clean )
  {
    writer->abort();
    report.eventsWritten = 0;
    return report;
  }
  const bool finished = writer->finish( mPorts );
  report.warnings = writer->warnings();
  if ( !finished )
  {
    report.targetError = writer->errorMessage();
    writer->abort();
    report.eventsWritten = 0;
    return report;
  }
  if ( mProgress )
    mProgress( 1.0 );
  report.succeeded = true;
  return report;
}
