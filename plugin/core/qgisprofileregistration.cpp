/***************************************************************************
  qgisprofileregistration.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "qgisprofileregistration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace
{
  const QString SEARCH_PATHS_KEY = QStringLiteral( "plugins/searchPathsForPlugins" );

  QString enabledKey( const QString &libraryBaseName )
  {
    return QStringLiteral( "Plugins/%1" ).arg( libraryBaseName );
  }

  QString normalizedDirectory( const QString &directory )
  {
    return QDir::cleanPath( QFileInfo( directory ).absoluteFilePath() );
  }

} // namespace

QgisProfileRegistration::QgisProfileRegistration( const QString &profilesPath, const QString &profileName )
    : mProfilesPath( profilesPath ), mProfileName( profileName )
{
}

QString QgisProfileRegistration::defaultProfilesPath()
{
  // QGIS 3 keeps its profiles in <generic data location>/QGIS/QGIS3 (QgsUserProfileManager).
  return QStandardPaths::writableLocation( QStandardPaths::GenericDataLocation ) + QStringLiteral( "/QGIS/QGIS3" );
}

QString QgisProfileRegistration::profileDirectory() const
{
  return QDir( mProfilesPath ).filePath( QStringLiteral( "profiles/%1" ).arg( mProfileName ) );
}

QString QgisProfileRegistration::settingsFilePath() const
{
  return QDir( profileDirectory() ).filePath( QStringLiteral( "QGIS/QGIS3.ini" ) );
}

bool QgisProfileRegistration::isRegistered( const QString &pluginDirectory, const QString &libraryBaseName ) const
{
  if ( !QFileInfo::exists( settingsFilePath() ) )
    return false;
  const QSettings settings( settingsFilePath(), QSettings::IniFormat );
  const QStringList paths = settings.value( SEARCH_PATHS_KEY ).toStringList();
  return paths.contains( normalizedDirectory( pluginDirectory ) ) &&
         settings.value( enabledKey( libraryBaseName ) ).toBool();
}

QgisProfileRegistration::Result QgisProfileRegistration::registerPlugin( const QString &pluginDirectory,
                                                                         const QString &libraryBaseName ) const
{
  const QString directory = normalizedDirectory( pluginDirectory );
  if ( !QFileInfo( directory ).isDir() )
    return { false, tr( "Plugin folder %1 does not exist." ).arg( directory ) };

  const auto addPlugin = [&]( QSettings &settings ) {
    QStringList paths = settings.value( SEARCH_PATHS_KEY ).toStringList();
    if ( !paths.contains( directory ) )
      paths.append( directory );
    settings.setValue( SEARCH_PATHS_KEY, paths );
    settings.setValue( enabledKey( libraryBaseName ), true );
    return tr( "Registered %1 (plugin %2) in %3. Restart QGIS to load it." )
        .arg( directory, libraryBaseName, settingsFilePath() );
  };
  return changeSettings( addPlugin, mCreateMissingProfile );
}

QgisProfileRegistration::Result QgisProfileRegistration::unregisterPlugin( const QString &pluginDirectory,
                                                                           const QString &libraryBaseName ) const
{
  if ( !QFileInfo::exists( settingsFilePath() ) )
    return { true, tr( "Nothing to remove: %1 does not exist." ).arg( settingsFilePath() ) };

  const QString directory = normalizedDirectory( pluginDirectory );
  const auto removePlugin = [&]( QSettings &settings ) {
    QStringList paths = settings.value( SEARCH_PATHS_KEY ).toStringList();
    paths.removeAll( directory );
    if ( paths.isEmpty() )
      settings.remove( SEARCH_PATHS_KEY );
    else
      settings.setValue( SEARCH_PATHS_KEY, paths );
    settings.remove( enabledKey( libraryBaseName ) );
    return tr( "Removed %1 (plugin %2) from %3." ).arg( directory, libraryBaseName, settingsFilePath() );
  };
  return changeSettings( removePlugin, false );
}

QgisProfileRegistration::Result
QgisProfileRegistration::changeSettings( const std::function<QString( QSettings & )> &change,
                                         bool mayCreateProfile ) const
{
  const QString iniPath = settingsFilePath();
  const QString profileDir = profileDirectory();
  if ( !QFileInfo( profileDir ).isDir() )
  {
    if ( !mayCreateProfile )
      return { false, tr( "QGIS profile folder %1 does not exist. Start QGIS once with profile \"%2\", "
                          "or ask to create it (--create-profile)." )
                          .arg( profileDir, mProfileName ) };
    if ( !QDir().mkpath( QFileInfo( iniPath ).absolutePath() ) )
      return { false, tr( "Cannot create the QGIS profile folder %1 (permission denied?)." )
                          .arg( QFileInfo( iniPath ).absolutePath() ) };
  }
  const QString iniDir = QFileInfo( iniPath ).absolutePath();
  if ( !QFileInfo( iniDir ).isDir() && !QDir().mkpath( iniDir ) )
    return { false, tr( "Cannot create folder %1 (permission denied?)." ).arg( iniDir ) };

  QByteArray original;
  if ( QFileInfo::exists( iniPath ) )
  {
    QFile in( iniPath );
    if ( !in.open( QIODevice::ReadOnly ) )
      return { false, tr( "Cannot read %1: %2" ).arg( iniPath, in.errorString() ) };
    original = in.readAll();
  }

  // Work on a copy beside the original, then replace the original in one rename.
  QTemporaryFile copy( iniPath + QStringLiteral( ".XXXXXX.ini" ) );
  if ( !copy.open() )
    return { false, tr( "Cannot write to %1: %2. The settings were not changed." ).arg( iniDir, copy.errorString() ) };
  copy.write( original );
  copy.close();

  QString message;
  {
    QSettings settings( copy.fileName(), QSettings::IniFormat );
    if ( settings.status() == QSettings::FormatError )
      return { false, tr( "%1 is not a valid settings file; it was left unchanged." ).arg( iniPath ) };
    message = change( settings );
    settings.sync();
    if ( settings.status() != QSettings::NoError )
      return { false, tr( "Cannot write the new settings for %1; it was left unchanged." ).arg( iniPath ) };
  }

  QFile changed( copy.fileName() );
  if ( !changed.open( QIODevice::ReadOnly ) )
    return { false, tr( "Cannot read back %1; %2 was left unchanged." ).arg( copy.fileName(), iniPath ) };
  QSaveFile out( iniPath );
  if ( !out.open( QIODevice::WriteOnly ) || out.write( changed.readAll() ) < 0 || !out.commit() )
    return { false, tr( "Cannot write %1: %2. It was left unchanged." ).arg( iniPath, out.errorString() ) };
  return { true, message };
}
