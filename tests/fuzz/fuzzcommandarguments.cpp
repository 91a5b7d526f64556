/***************************************************************************
  fuzzcommandarguments.cpp — libFuzzer harness: `port-seizure-atlas print` and `import` arguments
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "fuzzcheck.h"
#include "importcommand.h"
#include "printarguments.h"

/**
 * The first byte chooses print or import; the rest, split at line breaks, are the arguments
 * after the subcommand. Checks the parsers' promises: a refusal says why; an accepted print has
 * an output, an ordered year range and two-letter upper-case country codes.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  if ( size == 0 )
    return 0;
  const QStringList words = QString::fromUtf8( fuzzBytes( data + 1, size - 1 ) ).split( QLatin1Char( '\n' ) );
  if ( data[0] & 1 )
  {
    const ImportArguments parsed = parseImportArguments(
        QStringList{ QStringLiteral( "port-seizure-atlas" ), QStringLiteral( "import" ) } + words );
    PSA_FUZZ_CHECK( parsed.help || !parsed.error.isEmpty() || ( !parsed.input.isEmpty() && !parsed.target.isEmpty() ),
                    "an accepted import has an input and a target" );
    return 0;
  }
  PrintArguments parsed;
  QString error;
  if ( !PrintArguments::parse( words, &parsed, &error ) )
  {
    PSA_FUZZ_CHECK( !error.isEmpty(), "a refused print says why" );
    return 0;
  }
  PSA_FUZZ_CHECK( parsed.help || !parsed.out.isEmpty(), "an accepted print has an output" );
  PSA_FUZZ_CHECK( parsed.yearFrom <= parsed.yearTo, "years are in order" );
  for ( const QString &code : parsed.countries + parsed.originCountries )
    PSA_FUZZ_CHECK( code.size() == 2 && code == code.toUpper(), "country codes are two upper-case letters" );
  PSA_FUZZ_CHECK( parsed.options.dpi >= 10 && parsed.options.dpi <= 2400, "dpi in range" );
  return 0;
}
