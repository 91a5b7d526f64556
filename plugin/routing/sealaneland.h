/***************************************************************************
  sealaneland.h
  Port Seizure Atlas: the land polygons that sea routes must not cross
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANELAND_H
#define SEALANELAND_H

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

/**
 * \brief Land polygons (WGS 84 longitude/latitude) read from any OGR vector file, tested with GEOS.
 *
 * The routing engine uses the land the network was repaired with (the countries of QGIS's world map, Natural Earth):
 * a free route end joins the network by a straight line only where that line stays at sea, and network edges over
 * land are inland waterways. Tests are straight lines in longitude/latitude, which for the few hundred km of a join
 * is close to the great circle. Immutable once loaded; its functions may be called from several threads (they take
 * a lock, GEOS prepared geometries are not thread-safe).
 */
class SeaLaneLand
{
  public:
    /**
     * \brief Loads the polygons of layer \a layerName in \a path (the first layer if empty). Returns null and sets
     * \a error (file, layer, feature) on failure.
     */
    static std::shared_ptr<const SeaLaneLand> load( const QString &path, const QString &layerName, QString *error );

    ~SeaLaneLand();
    SeaLaneLand( const SeaLaneLand & ) = delete;
    SeaLaneLand &operator=( const SeaLaneLand & ) = delete;

    //! Returns the file the polygons were read from.
    QString path() const { return mPath; }

    //! Returns the number of polygons (parts of multipolygons count one each).
    int polygonCount() const;

    //! Returns TRUE if \a lon, \a lat lies on land.
    bool isOnLand( double lon, double lat ) const;

    //! Returns TRUE if the straight line from \a lon1, \a lat1 to \a lon2, \a lat2 touches land.
    bool crossesLand( double lon1, double lat1, double lon2, double lat2 ) const;

  private:
    SeaLaneLand();
    //! Returns TRUE if \a geometry (a GEOSGeometry, destroyed here) with this bounding box touches land; locked.
    bool touchesLand( void *geometry, double minX, double minY, double maxX, double maxY ) const;

    struct Part;
    //! Collects in mCandidates the parts whose 1-degree grid cells meet the box (each once).
    void collectCandidates( double minX, double minY, double maxX, double maxY ) const;

    QString mPath;
    std::vector<Part> mParts;
    //! A 1-degree grid over longitude -360..360 and latitude -90..90: the parts whose bounding box meets each cell.
    std::vector<std::vector<int>> mGrid;
    mutable std::vector<unsigned> mSeen; // per part: the query stamp that last collected it
    mutable unsigned mQuery = 0;
    mutable std::vector<int> mCandidates;
    void *mContext = nullptr; // GEOSContextHandle_t
    mutable std::mutex mMutex;
};

#endif // SEALANELAND_H
