/***************************************************************************
  registercommand.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "registercommand.h"
#include "pluginmetadata.h"
#include "qgisprofileregistration.h"
#include "registerarguments.h"

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

  const RegisterArguments parsed =
      RegisterArguments::parse( arguments, unregister, QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) );
  if ( parsed.outcome == RegisterArguments::Outcome::ShowHelp )
  {
    out << parsed.message;
    return 0;
  }
  if ( parsed.outcome == RegisterArguments::Outcome::Error )
  {
    err << parsed.message << Qt::endl;
    return 2;
  }

  const QString pluginDirectory = parsed.pluginDirectory.isEmpty() ? defaultPluginDirectory() : parsed.pluginDirectory;
  if ( pluginDirectory.isEmpty() )
  {
    err << "Cannot find " << PSA_PLUGIN_LIBRARY_BASE_NAME << ".so next to this program; pass --plugin-dir DIR."
        << Qt::endl;
    return 2;
  }
  if ( !unregister &&
       !QFileInfo::exists( QDir( pluginDirectory )
                               .filePath( QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) + QStringLiteral( ".so" ) ) ) )
  {
    err << "Warning: " << pluginDirectory << " holds no " << PSA_PLUGIN_LIBRARY_BASE_NAME << ".so (yet)." << Qt::endl;
  }

  QgisProfileRegistration registration( parsed.profilesPath, parsed.profileName );
  registration.setCreateMissingProfile( parsed.createProfile );
  const QgisProfileRegistration::Result result =
      unregister ? registration.unregisterPlugin( pluginDirectory, QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) )
                 : registration.registerPlugin( pluginDirectory, QStringLiteral( PSA_PLUGIN_LIBRARY_BASE_NAME ) );
  ( result.ok ? out : err ) << result.message << Qt::endl;
  return result.ok ? 0 : 1;
}
