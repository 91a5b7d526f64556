/***************************************************************************
  main.cpp — the port-seizure-atlas command-line program
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importcommand.h"
#include "pluginmetadata.h"
#include "plugintranslation.h"
#include "printcommand.h"
#include "registercommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <vector>

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
      "Run 'port-seizure-atlas COMMAND --help' for the options of a command.\n"
      "\n"
      "--locale en|de|nl|fr|es|it   language of the texts (default: LC_ALL, LC_MESSAGES or LANG)\n";
}

int main( int argc, char *argv[] )
{
  // --locale LANGUAGE, anywhere on the command line, chooses the language of the texts; without it
  // LC_ALL, LC_MESSAGES or LANG do. The commands never see the option.
  QString language = PluginTranslation::environmentLanguage();
  std::vector<char *> arguments;
  for ( int i = 0; i < argc; ++i )
  {
    const QByteArray argument( argv[i] );
    if ( argument != "--locale" && !argument.startsWith( "--locale=" ) )
    {
      arguments.push_back( argv[i] );
      continue;
    }
    const QString value = argument.startsWith( "--locale=" ) ? QString::fromUtf8( argument.mid( 9 ) )
                          : i + 1 < argc                     ? QString::fromUtf8( argv[++i] )
                                                             : QString();
    if ( !PluginTranslation::LANGUAGES.contains( value ) )
    {
      QTextStream( stderr ) << QStringLiteral( "port-seizure-atlas: unknown --locale '%1'; the languages are: %2.\n" )
                                   .arg( value, PluginTranslation::LANGUAGES.join( QStringLiteral( ", " ) ) );
      return 2;
    }
    language = value;
  }
  int count = static_cast<int>( arguments.size() );
  arguments.push_back( nullptr );

  // print starts QGIS itself (QgsApplication), so it must run before a QCoreApplication exists.
  if ( count > 1 && QByteArray( arguments[1] ) == "print" )
    return PrintCommand::run( count, arguments.data(), language );

  QCoreApplication app( count, arguments.data() );
  QCoreApplication::setApplicationName( QStringLiteral( "port-seizure-atlas" ) );
  QCoreApplication::setApplicationVersion( QStringLiteral( PSA_PLUGIN_VERSION ) );
  PluginTranslation translation;
  translation.install(
      language,
      QDir( RegisterCommand::defaultPluginDirectory() ).filePath( QStringLiteral( "port-seizure-atlas/i18n" ) ) );

  const QStringList words = QCoreApplication::arguments();
  const QString command = words.value( 1 );
  if ( command == QLatin1String( "register" ) )
    return RegisterCommand::run( words, false );
  if ( command == QLatin1String( "unregister" ) )
    return RegisterCommand::run( words, true );
  if ( command == QLatin1String( "import" ) )
    return ImportCommand::run( words );
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
