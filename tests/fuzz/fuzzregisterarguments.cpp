/***************************************************************************
  fuzzregisterarguments.cpp — libFuzzer harness: `port-seizure-atlas register|unregister` arguments
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "fuzzcheck.h"
#include "registerarguments.h"

#include <QCoreApplication>

#include <memory>

/**
 * The help text names the program from QCoreApplication::arguments(), as in the real program,
 * which always has an application object.
 */
extern "C" int LLVMFuzzerInitialize( int *argc, char ***argv )
{
  static std::unique_ptr<QCoreApplication> application = std::make_unique<QCoreApplication>( *argc, *argv );
  return 0;
}

/**
 * The first byte chooses register or unregister; the rest, split at line breaks, are the
 * arguments after the subcommand. Checks that every outcome carries what the command needs: an
 * error or the help text for the user, or a profile to work on.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  if ( size == 0 )
    return 0;
  const bool unregister = data[0] & 1;
  QStringList arguments = { QStringLiteral( "port-seizure-atlas" ),
                            unregister ? QStringLiteral( "unregister" ) : QStringLiteral( "register" ) };
  arguments += QString::fromUtf8( fuzzBytes( data + 1, size - 1 ) ).split( QLatin1Char( '\n' ) );

  const RegisterArguments parsed =
      RegisterArguments::parse( arguments, unregister, QStringLiteral( "libportseizureatlasplugin" ) );
  switch ( parsed.outcome )
  {
  case RegisterArguments::Outcome::Error:
    PSA_FUZZ_CHECK( !parsed.message.isEmpty(), "an error tells the user what is wrong" );
    break;
  case RegisterArguments::Outcome::ShowHelp:
    PSA_FUZZ_CHECK( parsed.message.contains( QLatin1String( "--profiles-path" ) ), "the help lists the options" );
    break;
  case RegisterArguments::Outcome::Run:
    PSA_FUZZ_CHECK( parsed.message.isEmpty(), "a command to run has no message" );
    PSA_FUZZ_CHECK( !unregister || !parsed.createProfile, "unregister never creates a profile" );
    break;
  }
  return 0;
}
