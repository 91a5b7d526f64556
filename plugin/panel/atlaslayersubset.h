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
 * GeoPackage it may write, it does so by reopening the file in update mode and then read-only
 * again: about 10 ms per layer, and the legend count of the layer reads "unknown" afterwards.
 * The plugin's own layers read their GeoPackage through a view GDAL cannot open for writing
 * (ReadOnlyGeoPackageSource): QGIS opens them read-only once and never reopens them. Only the
 * layers of an analyst's import, a GeoPackage of their own, are writable: their provider is kept
 * in update mode (QgsVectorDataProvider::enterUpdateMode(), once per provider) to skip both
 * reopenings. The filter still runs at the provider: map, attribute table, legend counts and
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
