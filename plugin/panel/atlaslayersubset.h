/***************************************************************************
  atlaslayersubset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASLAYERSUBSET_H
#define ATLASLAYERSUBSET_H

#include <QString>

class QgsVectorLayer;

/**
 * \brief Sets the subset string of a plugin layer at its data provider, without the GeoPackage
 * reopenings QGIS 3.22 would otherwise do on each change.
 *
 * QGIS 3.22's OGR provider recomputes its capabilities on every subset string change. For a
 * GeoPackage it is allowed to write (the data in a build folder, or QGIS run as root), it does so
 * by reopening the file in update mode and then read-only again: about 10 ms per layer, and the
 * legend count of the layer reads "unknown" afterwards. Keeping the provider in update mode
 * (QgsVectorDataProvider::enterUpdateMode(), once per provider) skips both reopenings. A file the
 * user cannot write (an installed plugin) is opened read-only once and never reopened; there this
 * changes nothing. The filter still runs at the provider: map, attribute table, legend counts and
 * prints see the same rows.
 */
class AtlasLayerSubset
{
  public:
    /**
     * \brief Gives \a layer the subset string \a subset. Returns true when it changed, false when
     * \a layer already had it. Call it for every filtered layer of the GeoPackage at each change,
     * whether its subset string changes or not, so that all of them share one connection.
     */
    static bool apply( QgsVectorLayer *layer, const QString &subset );
};

#endif // ATLASLAYERSUBSET_H
