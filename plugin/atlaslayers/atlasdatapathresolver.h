/***************************************************************************
  atlasdatapathresolver.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASDATAPATHRESOLVER_H
#define ATLASDATAPATHRESOLVER_H

#include <QString>

/**
 * \brief Makes projects that use the plugin's embedded data portable between machines.
 *
 * A saved project stores the absolute path of the plugin's GeoPackage as it was on the machine
 * that saved it. When a project is opened, this resolver rewrites any such path whose file does
 * not exist to the GeoPackage of the plugin installed here, so the layers load instead of
 * being reported as unavailable. Plugin data paths, moved or not, come back as their read-only
 * view (ReadOnlyGeoPackageSource), so a project saved before the plugin read its data read-only
 * never opens the shipped file for writing either. Paths to other files are never touched.
 */
class AtlasDataPathResolver
{
  public:
    /**
     * \brief Creates a resolver that maps stale plugin data paths to \a currentDataDirectory.
     */
    explicit AtlasDataPathResolver( const QString &currentDataDirectory );

    /**
     * \brief Returns \a path when it is not a plugin data file (a file directly inside a folder
     * named like the plugin's data folder); otherwise the read-only view of that file, or of the
     * same file in the current data folder when \a path's file does not exist.
     */
    QString resolve( const QString &path ) const;

    /**
     * \brief Registers the resolver with QGIS (QgsPathResolver) until uninstall() is called.
     */
    void install();

    /**
     * \brief Removes the resolver from QGIS again.
     */
    void uninstall();

  private:
    QString mCurrentDataDirectory;
    QString mPreprocessorId;
};

#endif // ATLASDATAPATHRESOLVER_H
