/***************************************************************************
  filecompleteness.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef FILECOMPLETENESS_H
#define FILECOMPLETENESS_H

#include <QString>

/**
 * \brief Tells whether a file written by someone else (QGIS's layout exporter, GDAL, SQLite)
 * came out whole, from what its format says its end or its size must be.
 *
 * A writer that does not check its writes (a full disk, a file size limit) leaves a file cut
 * short that it still reports as written; the end of the file shows it: a PDF ends with its
 * trailer (`%%EOF`, after a `startxref` offset that lies inside the file), an SVG with `</svg>`,
 * a PNG's chunks add up exactly to the file size and end with IEND, and an SQLite database
 * (GeoPackage) is as long as its header's page count times its page size. Other files pass.
 */
class FileCompleteness
{
  public:
    /**
     * \brief Returns what is missing from the file at \a path whose format is named by the
     * suffix \a suffix ("pdf", "svg", "png", "gpkg", "sqlite"; case-insensitive), e.g. "it has
     * no PDF end-of-file trailer"; empty when the file is whole or its format is not one of these.
     */
    static QString problem( const QString &path, const QString &suffix );

  private:
    static QString pdfProblem( const QByteArray &tail, qint64 size );
    static QString svgProblem( const QByteArray &tail );
    static QString pngProblem( const QString &path, qint64 size );
    static QString sqliteProblem( const QString &path, qint64 size );
};

#endif // FILECOMPLETENESS_H
