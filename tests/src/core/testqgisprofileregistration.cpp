/***************************************************************************
  testqgisprofileregistration.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "qgisprofileregistration.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace
{
  const QString LIBRARY = QStringLiteral( "libportseizureatlasplugin" );

  QByteArray readFile( const QString &path )
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
  }

  void writeFile( const QString &path, const QByteArray &content )
  {
    QDir().mkpath( QFileInfo( path ).absolutePath() );
    QFile file( path );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( content );
  }
} // namespace

/**
 * \brief Registering the plugin with a QGIS profile: what `port-seizure-atlas register` does
 * to an analyst's QGIS settings, and what it must never do to them.
 */
class TestQgisProfileRegistration : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void registersIntoNewProfileWhenAsked();
    void refusesMissingProfileByDefault();
    void keepsExistingSettingsAndIsIdempotent();
    void unregisterRemovesOnlyOurs();
    void missingPluginFolderIsAnError();
    void readOnlyProfileIsLeftUnchanged();

  private:
    std::unique_ptr<QTemporaryDir> mProfiles;
    std::unique_ptr<QTemporaryDir> mPluginDir;
};

void TestQgisProfileRegistration::init()
{
  mProfiles = std::make_unique<QTemporaryDir>();
  mPluginDir = std::make_unique<QTemporaryDir>();
  QVERIFY( mProfiles->isValid() && mPluginDir->isValid() );
}

void TestQgisProfileRegistration::registersIntoNewProfileWhenAsked()
{
  QgisProfileRegistration registration( mProfiles->path() );
  registration.setCreateMissingProfile( true );
  const QgisProfileRegistration::Result result = registration.registerPlugin( mPluginDir->path(), LIBRARY );
  QVERIFY2( result.ok, qPrintable( result.message ) );
  QCOMPARE( registration.settingsFilePath(),
            mProfiles->filePath( QStringLiteral( "profiles/default/QGIS/QGIS3.ini" ) ) );
  QVERIFY( registration.isRegistered( mPluginDir->path(), LIBRARY ) );

  // QGIS reads exactly these keys.
  const QSettings settings( registration.settingsFilePath(), QSettings::IniFormat );
  QCOMPARE( settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList(),
            QStringList{ QDir( mPluginDir->path() ).canonicalPath() } );
  QCOMPARE( settings.value( QStringLiteral( "Plugins/libportseizureatlasplugin" ) ).toBool(), true );
  // No temporary copies are left behind.
  QCOMPARE( QDir( QFileInfo( registration.settingsFilePath() ).absolutePath() ).entryList( QDir::Files ),
            QStringList{ QStringLiteral( "QGIS3.ini" ) } );
}

void TestQgisProfileRegistration::refusesMissingProfileByDefault()
{
  QgisProfileRegistration registration( mProfiles->path(), QStringLiteral( "analyst" ) );
  const QgisProfileRegistration::Result result = registration.registerPlugin( mPluginDir->path(), LIBRARY );
  QVERIFY( !result.ok );
  QVERIFY2( result.message.contains( QLatin1String( "profiles/analyst" ) ), qPrintable( result.message ) );
  QVERIFY2( result.message.contains( QLatin1String( "--create-profile" ) ), qPrintable( result.message ) );
  QVERIFY( !QFileInfo::exists( mProfiles->filePath( QStringLiteral( "profiles" ) ) ) );
}

void TestQgisProfileRegistration::keepsExistingSettingsAndIsIdempotent()
{
  QgisProfileRegistration registration( mProfiles->path() );
  {
    QDir().mkpath( QFileInfo( registration.settingsFilePath() ).absolutePath() );
    QSettings existing( registration.settingsFilePath(), QSettings::IniFormat );
    existing.setValue( QStringLiteral( "plugins/searchPathsForPlugins" ),
                       QStringList{ QStringLiteral( "/opt/other-plugins" ) } );
    existing.setValue( QStringLiteral( "Plugins/libotherplugin" ), true );
    existing.setValue( QStringLiteral( "qgis/digitizing/line_width" ), 3 );
  }
  QVERIFY( registration.registerPlugin( mPluginDir->path(), LIBRARY ).ok );
  QVERIFY( registration.registerPlugin( mPluginDir->path(), LIBRARY ).ok );

  const QSettings settings( registration.settingsFilePath(), QSettings::IniFormat );
  QCOMPARE( settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList(),
            ( QStringList{ QStringLiteral( "/opt/other-plugins" ), QDir( mPluginDir->path() ).canonicalPath() } ) );
  QCOMPARE( settings.value( QStringLiteral( "Plugins/libotherplugin" ) ).toBool(), true );
  QCOMPARE( settings.value( QStringLiteral( "qgis/digitizing/line_width" ) ).toInt(), 3 );
}

void TestQgisProfileRegistration::unregisterRemovesOnlyOurs()
{
  QgisProfileRegistration registration( mProfiles->path() );
  registration.setCreateMissingProfile( true );
  {
    QDir().mkpath( QFileInfo( registration.settingsFilePath() ).absolutePath() );
    QSettings existing( registration.settingsFilePath(), QSettings::IniFormat );
    existing.setValue( QStringLiteral( "plugins/searchPathsForPlugins" ),
                       QStringList{ QStringLiteral( "/opt/other-plugins" ) } );
  }
  QVERIFY( registration.registerPlugin( mPluginDir->path(), LIBRARY ).ok );
  const QgisProfileRegistration::Result result = registration.unregisterPlugin( mPluginDir->path(), LIBRARY );
  QVERIFY2( result.ok, qPrintable( result.message ) );
  QVERIFY( !registration.isRegistered( mPluginDir->path(), LIBRARY ) );

  const QSettings settings( registration.settingsFilePath(), QSettings::IniFormat );
  QCOMPARE( settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList(),
            QStringList{ QStringLiteral( "/opt/other-plugins" ) } );
  QVERIFY( !settings.contains( QStringLiteral( "Plugins/libportseizureatlasplugin" ) ) );
}

void TestQgisProfileRegistration::missingPluginFolderIsAnError()
{
  QgisProfileRegistration registration( mProfiles->path() );
  registration.setCreateMissingProfile( true );
  const QString missing = mPluginDir->filePath( QStringLiteral( "no-such-folder" ) );
  const QgisProfileRegistration::Result result = registration.registerPlugin( missing, LIBRARY );
  QVERIFY( !result.ok );
  QVERIFY2( result.message.contains( missing ), qPrintable( result.message ) );
  QVERIFY( !QFileInfo::exists( registration.settingsFilePath() ) );
}

void TestQgisProfileRegistration::readOnlyProfileIsLeftUnchanged()
{
  QgisProfileRegistration registration( mProfiles->path() );
  const QByteArray original = QByteArrayLiteral( "[qgis]\nshowTips=false\n" );
  writeFile( registration.settingsFilePath(), original );
  const QString settingsDir = QFileInfo( registration.settingsFilePath() ).absolutePath();
  QFile::setPermissions( settingsDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner );
  if ( QFileInfo( settingsDir ).isWritable() )
  {
    QFile::setPermissions( settingsDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );
    QSKIP( "Running as root: a read-only folder is still writable, so this case cannot be shown here." );
  }
  const QgisProfileRegistration::Result result = registration.registerPlugin( mPluginDir->path(), LIBRARY );
  QFile::setPermissions( settingsDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );
  QVERIFY( !result.ok );
  QVERIFY2( result.message.contains( settingsDir ), qPrintable( result.message ) );
  QCOMPARE( readFile( registration.settingsFilePath() ), original );
}

QTEST_GUILESS_MAIN( TestQgisProfileRegistration )
#include "testqgisprofileregistration.moc"
