/***************************************************************************
  readonlygeopackagesource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef READONLYGEOPACKAGESOURCE_H
#define READONLYGEOPACKAGESOURCE_H

#include <QString>

/**
 * \brief The data source of a layer that reads a GeoPackage the plugin ships or borrows (its
 * own data, QGIS's world map) without ever being able to write it, whoever runs QGIS.
 *
 * QGIS 3.22's OGR provider opens a GeoPackage for update whenever the operating system lets it
 * (a build folder, QGIS run as root), switches its journal to WAL, which rewrites the file's
 * header, and reopens it at every subset string change; another process's read of the same
 * file can fail meanwhile. The layers therefore read through a GDAL view that cannot be opened
 * for writing:
 * - the plugin's GeoPackage through "/vsisparse/<name>.readonly.gpkg", a description of the whole
 *   file written beside it by the build (plugin/cmake/WriteReadOnlyView.cmake). GDAL refuses to
 *   open it for update, so QGIS opens it read-only once and a filter change costs no reopening;
 * - any other GeoPackage through "/vsisubfile/0,<file>" (the whole file from its first byte):
 *   SQLite cannot create a journal there, so no byte of the file can change.
 */
class ReadOnlyGeoPackageSource
{
  public:
    //! \brief The OGR data source that reads \a table of the GeoPackage \a file read-only.
    static QString layerSource( const QString &file, const QString &table );

    //! \brief The GDAL path of \a file's read-only view (\a file itself when it already is one).
    static QString readOnlyPath( const QString &file );

    /**
     * \brief The GeoPackage on disk behind \a path, a plain path or a read-only view made by
     * readOnlyPath(): for messages, file checks and other programs.
     */
    static QString filePath( const QString &path );

    /**
     * \brief The GeoPackage on disk that the OGR data source \a layerSource reads
     * ("<path>|layername=…"), through a read-only view or not.
     */
    static QString fileOfLayerSource( const QString &layerSource );

    //! \brief The name of the view the build writes beside the GeoPackage named \a fileName.
    static QString viewFileName( const QString &fileName );

    /**
     * \brief Returns TRUE for the GDAL messages (number \a errorNumber) with which GDAL refuses
     * QGIS's attempt to open a read-only view for update: the expected outcome, not a problem.
     */
    static bool isRefusedUpdateMessage( int errorNumber, const char *message );
};

#endif // READONLYGEOPACKAGESOURCE_H
