/***************************************************************************
  fuzzprojectfilter.cpp — libFuzzer harness: the panel filter saved in a project
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilter.h"
#include "fuzzcheck.h"

#include <QRegularExpression>

/**
 * Reads the input as the filter text of a project file (AtlasFilter::fromString) and checks what
 * the panel relies on: text that is refused gives "no filter" and a reason; a filter read back
 * from its own text is the same filter; and its subset strings, which go into the GeoPackage
 * provider's SQL, hold nothing but the clause syntax and two-letter codes.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QString text = QString::fromUtf8( fuzzBytes( data, size ) );
  QString error;
  const AtlasFilter filter = AtlasFilter::fromString( text, &error );
  if ( !error.isEmpty() )
    PSA_FUZZ_CHECK( filter.isEmpty(), "a refused filter text must give no filter" );
  if ( text.trimmed().isEmpty() )
    PSA_FUZZ_CHECK( error.isEmpty() && filter.isEmpty(), "empty text is no filter and no error" );

  QString roundTripError;
  PSA_FUZZ_CHECK( AtlasFilter::fromString( filter.toString(), &roundTripError ) == filter,
                  "a filter reads back from its own text" );
  PSA_FUZZ_CHECK( roundTripError.isEmpty(), "a filter's own text reads without error" );

  static const QRegularExpression sqlSafe( QStringLiteral( "^[A-Za-z0-9_\"' =<>(),]*$" ) );
  for ( const QString &table :
        { QStringLiteral( "ports" ), QStringLiteral( "inbound_routes" ), QStringLiteral( "national_totals" ),
          QStringLiteral( "seizure_figures" ), QStringLiteral( "countries" ) } )
    PSA_FUZZ_CHECK( sqlSafe.match( filter.subsetString( table ) ).hasMatch(),
                    "subset strings hold only clause syntax and ISO codes" );
  return 0;
}
