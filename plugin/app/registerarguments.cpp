/***************************************************************************
  registerarguments.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "registerarguments.h"
#include "qgisprofileregistration.h"

#include <QCommandLineParser>

RegisterArguments RegisterArguments::parse( const QStringList &arguments, bool unregister,
                                            const QString &libraryBaseName )
{
  QCommandLineParser parser;
  parser.setApplicationDescription(
      unregister ? QStringLiteral( "Removes the plugin folder from a QGIS profile and disables the plugin there." )
                 : QStringLiteral( "Adds the plugin folder to a QGIS profile and enables the plugin there." ) );
  parser.addHelpOption();
  parser.addPositionalArgument( unregister ? QStringLiteral( "unregister" ) : QStringLiteral( "register" ), QString() );
  const QCommandLineOption profilesPathOption(
      QStringLiteral( "profiles-path" ),
      QStringLiteral( "QGIS profiles folder (as for qgis --profiles-path). Default: %1" )
          .arg( QgisProfileRegistration::defaultProfilesPath() ),
      QStringLiteral( "DIR" ), QgisProfileRegistration::defaultProfilesPath() );
  const QCommandLineOption profileOption( QStringLiteral( "profile" ),
                                          QStringLiteral( "Profile name. Default: default" ), QStringLiteral( "NAME" ),
                                          QStringLiteral( "default" ) );
  const QCommandLineOption pluginDirOption(
      QStringLiteral( "plugin-dir" ),
      QStringLiteral( "Folder holding %1.so. Default: the one next to this program." ).arg( libraryBaseName ),
      QStringLiteral( "DIR" ) );
  const QCommandLineOption createOption( QStringLiteral( "create-profile" ),
                                         QStringLiteral( "Create the profile if it does not exist." ) );
  parser.addOptions( { profilesPathOption, profileOption, pluginDirOption } );
  if ( !unregister )
    parser.addOption( createOption );

  RegisterArguments parsed;
  if ( !parser.parse( arguments ) )
  {
    parsed.message = parser.errorText();
    return parsed;
  }
  if ( parser.isSet( QStringLiteral( "help" ) ) )
  {
    parsed.outcome = Outcome::ShowHelp;
    parsed.message = parser.helpText();
    return parsed;
  }
  if ( parser.positionalArguments().size() > 1 )
  {
    parsed.message = QStringLiteral( "Unexpected argument: %1" ).arg( parser.positionalArguments().at( 1 ) );
    return parsed;
  }
  parsed.outcome = Outcome::Run;
  parsed.profilesPath = parser.value( profilesPathOption );
  parsed.profileName = parser.value( profileOption );
  parsed.pluginDirectory = parser.value( pluginDirOption );
  parsed.createProfile = !unregister && parser.isSet( createOption );
  return parsed;
}
