/***************************************************************************
  fuzzimportmapping.cpp — libFuzzer harness: the import column mapping (--map) and header resolution
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventcolumnmapping.h"
#include "fuzzcheck.h"

#include <QSet>

/**
 * The first line is the --map text, the second the header of the analyst's table (comma
 * separated). Checks the mapping's promises: a refused mapping says why; a resolved header
 * points every field at a real column or at none, never two fields at one column.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QStringList lines = QString::fromUtf8( fuzzBytes( data, size ) ).split( QLatin1Char( '\n' ) );
  QString error;
  const std::optional<EventColumnMapping> mapping = EventColumnMapping::fromText( lines.value( 0 ), &error );
  if ( !mapping )
  {
    PSA_FUZZ_CHECK( !error.isEmpty(), "a refused mapping says why" );
    return 0;
  }
  const QStringList header = lines.value( 1 ).split( QLatin1Char( ',' ) );
  const EventColumnMapping::Resolution resolution = mapping->resolve( header, QStringLiteral( "fuzz.csv" ), 1 );
  PSA_FUZZ_CHECK( resolution.columnOfField.size() == EventColumnMapping::FieldCount, "every field is resolved" );
  QSet<int> used;
  for ( const int column : resolution.columnOfField )
  {
    PSA_FUZZ_CHECK( column >= -1 && column < header.size(), "a field points at a column of the header or at none" );
    if ( column >= 0 )
    {
      PSA_FUZZ_CHECK( !used.contains( column ), "no column feeds two fields" );
      used.insert( column );
    }
  }
  return 0;
}
