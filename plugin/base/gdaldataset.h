/***************************************************************************
  gdaldataset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GDALDATASET_H
#define GDALDATASET_H

#include <QString>

#include <memory>

class GDALDataset;
class GDALDriver;

/**
 * \brief Closes a GDAL dataset with GDALClose() (which flushes what was written).
 */
struct GdalDatasetCloser
{
    //! \brief Closes \a dataset.
    void operator()( GDALDataset *dataset ) const;
};

/**
 * \brief The one owner of a GDAL dataset in the plugin, whichever way it was opened or created:
 * closes it when it goes. Headers that hold one need not include GDAL's.
 */
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

/**
 * \brief Opens \a path with GDALOpenEx() and the open flags \a flags (GDAL_OF_VECTOR |
 * GDAL_OF_READONLY, ...), with one of \a allowedDrivers (nullptr: any), after registering GDAL's
 * drivers. Returns an empty pointer on failure (GDAL's reason is its last error).
 */
GdalDatasetPtr openGdalDataset( const QString &path, unsigned int flags, const char *const *allowedDrivers = nullptr );

/**
 * \brief Creates the vector dataset \a path with \a driver (e.g. GeoPackage's). Returns an empty
 * pointer on failure (GDAL's reason is its last error).
 */
GdalDatasetPtr createGdalVectorDataset( GDALDriver &driver, const QString &path );

#endif // GDALDATASET_H
