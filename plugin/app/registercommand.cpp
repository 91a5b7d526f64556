/***************************************************************************
  registercommand.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "registercommand.h"
#include "pluginmetadata.h"
#include "qgisprofileregistration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

QString RegisterCommand::defaultPluginDirectory()
{
  const QDir binDir( QCoreApplication::applicationDirPath() );
  const QString library = QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) + QStringLiteral( ".so" );
  for ( const QString &candidate : { QStringLiteral( "../plugins" ), QStringLiteral( "../lib/qgis/plugins" ) } )
  {
    const QString directory = QDir::cleanPath( binDir.filePath( candidate ) );
    if ( QFileInfo::exists( QDir( directory ).filePath( library ) ) )
      return directory;
  }
  return QString();
}

int RegisterCommand::run( const QStringList &arguments, bool unregister )
{
  QTextStream out( stdout );
  QTextStream err( stderr );

  QCommandLineParser parser;
  parser.setApplicationDescription( unregister
                                        ? QStringLiteral( "Removes the plugin folder from a QGIS profile and disables the plugin there." )
                                        : QStringLiteral( "Adds the plugin folder to a QGIS profile and enables the plugin there." ) );
  parser.addHelpOption();
  parser.addPositionalArgument( unregister ? QStringLiteral( "unregister" ) : QStringLiteral( "register" ), QString() );
  const QCommandLineOption profilesPathOption( QStringLiteral( "profiles-path" ),
                                               QStringLiteral( "QGIS profiles folder (as for qgis --profiles-path). Default: %1" ).arg( QgisProfileRegistration::defaultProfilesPath() ),
                                               QStringLiteral( "DIR" ), QgisProfileRegistration::defaultProfilesPath() );
  const QCommandLineOption profileOption( QStringLiteral( "profile" ), QStringLiteral( "Profile name. Default: default" ),
                                          QStringLiteral( "NAME" ), QStringLiteral( "default" ) );
  const QCommandLineOption pluginDirOption( QStringLiteral( "plugin-dir" ),
                                            QStringLiteral( "Folder holding %1.so. Default: the one next to this program." ).arg( QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) ),
                                            QStringLiteral( "DIR" ) );
  const QCommandLineOption createOption( QStringLiteral( "create-profile" ), QStringLiteral( "Create the profile if it does not exist." ) );
  parser.addOptions( { profilesPathOption, profileOption, pluginDirOption } );
  if ( !unregister )
    parser.addOption( createOption );

  if ( !parser.parse( arguments ) )
  {
    err << parser.errorText() << Qt::endl;
    return 2;
  }
  if ( parser.isSet( QStringLiteral( "help" ) ) )
  {
    out << parser.helpText();
    return 0;
  }
  if ( parser.positionalArguments().size() > 1 )
  {
    err << "Unexpected argument: " << parser.positionalArguments().at( 1 ) << Qt::endl;
    return 2;
  }

  const QString pluginDirectory = parser.isSet( pluginDirOption ) ? parser.value( pluginDirOption ) : defaultPluginDirectory();
  if ( pluginDirectory.isEmpty() )
  {
    err << "Cannot find " << PSA_PLUGIN_LIBRARY_BASE_NAME << ".so next to this program; pass --plugin-dir DIR." << Qt::endl;
    return 2;
  }
  if ( !unregister && !QFileInfo::exists( QDir( pluginDirectory ).filePath( QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) + QStringLiteral( ".so" ) ) ) )
  {
    err << "Warning: " << pluginDirectory << " holds no " << PSA_PLUGIN_LIBRARY_BASE_NAME << ".so (yet)." << Qt::endl;
  }

  QgisProfileRegistration registration( parser.value( profilesPathOption ), parser.value( profileOption ) );
  registration.setCreateMissingProfile( !unregister && parser.isSet( createOption ) );
  const QgisProfileRegistration::Result result = unregister
                                                     ? registration.unregisterPlugin( pluginDirectory, QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) )
                                                     : registration.registerPlugin( pluginDirectory, QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) );
  ( result.ok ? out : err ) << result.message << Qt::endl;
  return result.ok ? 0 : 1;
}
