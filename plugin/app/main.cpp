/***************************************************************************
  main.cpp — the port-seizure-atlas command-line program
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importcommand.h"
#include "pluginmetadata.h"
#include "printcommand.h"
#include "registercommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace
{
  const char *const USAGE =
      "Usage: port-seizure-atlas COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  register     add this build or install of the plugin to a QGIS profile and enable it\n"
      "  unregister   remove it from the profile again\n"
      "  print        print the map (PDF, PNG, SVG; atlas) without a display\n"
      "  import       import seizure events (CSV, XLSX, ODS, GeoPackage, PostGIS) into a GeoPackage or PostGIS\n"
      "\n"
      "Run 'port-seizure-atlas COMMAND --help' for the options of a command.\n";
}

int main( int argc, char *argv[] )
{
  // print starts QGIS itself (QgsApplication), so it must run before a QCoreApplication exists.
  if ( argc > 1 && QByteArray( argv[1] ) == "print" )
    return PrintCommand::run( argc, argv );

  QCoreApplication app( argc, argv );
  QCoreApplication::setApplicationName( QStringLiteral( "port-seizure-atlas" ) );
  QCoreApplication::setApplicationVersion( QStringLiteral( PSA_PLUGIN_VERSION ) );

  const QStringList arguments = QCoreApplication::arguments();
  const QString command = arguments.value( 1 );
  if ( command == QLatin1String( "register" ) )
    return RegisterCommand::run( arguments, false );
  if ( command == QLatin1String( "unregister" ) )
    return RegisterCommand::run( arguments, true );
  if ( command == QLatin1String( "import" ) )
    return ImportCommand::run( arguments );
  if ( command == QLatin1String( "--version" ) )
  {
    QTextStream( stdout ) << "port-seizure-atlas " << PSA_PLUGIN_VERSION << Qt::endl;
    return 0;
  }
  if ( command == QLatin1String( "--help" ) || command == QLatin1String( "-h" ) )
  {
    QTextStream( stdout ) << USAGE;
    return 0;
  }
  QTextStream( stderr ) << ( command.isEmpty() ? QStringLiteral( "No command given.\n" )
                                               : QStringLiteral( "Unknown command '%1'.\n" ).arg( command ) )
                        << USAGE;
  return 2;
}
