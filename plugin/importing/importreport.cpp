/***************************************************************************
  importreport.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importreport.h"

void ImportReport::addErrors( const SourceErrors &newErrors )
{
  for ( const SourceError &error : newErrors )
  {
    if ( errors.size() < MAX_ERRORS )
      errors << error;
    else
      ++errorsNotKept;
  }
}

QString ImportReport::toText() const
{
  QStringList lines = notices;
  for ( const SourceError &error : errors )
    lines << error.toString();
  if ( errorsNotKept > 0 )
    lines << QStringLiteral( "... and %1 more errors" ).arg( errorsNotKept );
  if ( !unmatchedPorts.isEmpty() )
  {
    lines << QStringLiteral( "Ports not found (%1 values):" ).arg( unmatchedPorts.size() );
    for ( auto it = unmatchedPorts.constBegin(); it != unmatchedPorts.constEnd(); ++it )
    {
      const QString suggestions =
          it->suggestions.isEmpty()
              ? QStringLiteral( "no similar port" )
              : QStringLiteral( "did you mean %1?" ).arg( it->suggestions.join( QLatin1String( ", " ) ) );
      lines << QStringLiteral( "  '%1' in column '%2': %3 rows, first on line %4; %5" )
                   .arg( it.key(), it->column )
                   .arg( it->count )
                   .arg( it->firstLine )
                   .arg( suggestions );
    }
  }
  if ( !ignoredColumns.isEmpty() )
    lines << QStringLiteral( "Columns left out (no event field; map them with --map COLUMN=FIELD): %1" )
                 .arg( ignoredColumns.join( QLatin1String( ", " ) ) );
  if ( !targetError.isEmpty() )
    lines << targetError;
  lines << warnings;
  if ( cancelled )
    lines << QStringLiteral( "Import cancelled; nothing was written." );
  else if ( succeeded && checkOnly )
    lines << QStringLiteral( "Checked %1 events: no problem found (nothing written)." ).arg( rowsRead );
  else if ( succeeded )
    lines << QStringLiteral( "Imported %1 events." ).arg( eventsWritten );
  else if ( errorCount() == 0 && !targetError.isEmpty() )
    lines << QStringLiteral( "Import refused: the target cannot be written; nothing was written." );
  else
    lines << QStringLiteral( "Import refused: %1 errors in %2 rows; nothing was written." )
                 .arg( errorCount() )
                 .arg( rowsRead );
  return lines.join( QLatin1Char( '\n' ) );
}
