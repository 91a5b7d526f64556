/***************************************************************************
  qgisprofileregistration.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef QGISPROFILEREGISTRATION_H
#define QGISPROFILEREGISTRATION_H

#include <QCoreApplication>
#include <QString>
#include <functional>

class QSettings;

/**
 * \brief Registers a folder holding a C++ plugin with a QGIS user profile, and removes it again.
 *
 * QGIS loads C++ plugins from its own plugin folder and from every folder listed in the
 * profile setting `plugins/searchPathsForPlugins`; it starts a plugin at launch when the
 * setting `Plugins/<library base name>` is true. Both live in
 * `<profiles path>/profiles/<profile>/QGIS/QGIS3.ini`.
 *
 * The settings file is never left half-written: changes are made on a copy in the same
 * folder, which then replaces the original in one rename. On any error the original file
 * is untouched and the result says which file and what went wrong.
 */
class QgisProfileRegistration
{
    Q_DECLARE_TR_FUNCTIONS( QgisProfileRegistration )

  public:
    /**
     * \brief Outcome of a registration change: whether it worked, and a sentence for the user.
     */
    struct Result
    {
        //! TRUE when the change was written (or nothing needed to change).
        bool ok = false;
        //! What was done, or what went wrong, naming the file.
        QString message;
    };

    /**
     * \brief Works on the profile \a profileName below \a profilesPath (the folder given to
     * `qgis --profiles-path`, which holds `profiles/`).
     */
    QgisProfileRegistration( const QString &profilesPath, const QString &profileName = QStringLiteral( "default" ) );

    /**
     * \brief Returns the profiles folder QGIS uses by default for the current user.
     */
    static QString defaultProfilesPath();

    /**
     * \brief Returns the path of the profile's QGIS settings file (QGIS3.ini).
     */
    QString settingsFilePath() const;

    /**
     * \brief Sets whether a profile that does not exist yet is created (\a create TRUE) or
     * reported as an error (the default).
     */
    void setCreateMissingProfile( bool create ) { mCreateMissingProfile = create; }

    /**
     * \brief Adds \a pluginDirectory to the profile's plugin search paths and enables the
     * plugin library \a libraryBaseName (e.g. "libportseizureatlasplugin"). Registering twice
     * changes nothing the second time.
     */
    Result registerPlugin( const QString &pluginDirectory, const QString &libraryBaseName ) const;

    /**
     * \brief Removes \a pluginDirectory from the profile's plugin search paths and the enabled
     * flag of \a libraryBaseName. Other search paths and settings stay as they are.
     */
    Result unregisterPlugin( const QString &pluginDirectory, const QString &libraryBaseName ) const;

    /**
     * \brief Returns TRUE when \a pluginDirectory is a search path of the profile and
     * \a libraryBaseName is enabled in it.
     */
    bool isRegistered( const QString &pluginDirectory, const QString &libraryBaseName ) const;

  private:
    QString profileDirectory() const;
    Result changeSettings( const std::function<QString( QSettings & )> &change, bool mayCreateProfile ) const;

    QString mProfilesPath;
    QString mProfileName;
    bool mCreateMissingProfile = false;
};

#endif // QGISPROFILEREGISTRATION_H
