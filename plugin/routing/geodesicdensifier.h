/***************************************************************************
  geodesicdensifier.h
  Port Seizure Atlas: geodesic densification and lengths of WGS 84 polylines
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef GEODESICDENSIFIER_H
#define GEODESICDENSIFIER_H

#include <QPointF>
#include <QVector>

/**
 * \brief Densifies longitude/latitude polylines along WGS 84 geodesics and measures their geodesic length (PROJ).
 *
 * Sea-lane edges are straight in lon/lat but ships follow great circles; densified lines look right in any
 * projection. Output longitudes are continuous: consecutive vertices never differ by more than 180 degrees, so a line
 * that crosses the antimeridian goes on past +180 (or below -180) instead of jumping across the map.
 */
class GeodesicDensifier
{
  public:
    //! Default largest segment length in km.
    static constexpr double DEFAULT_MAX_SEGMENT_KM = 50.0;

    //! Constructs a densifier whose segments are at most \a maxSegmentKm long.
    explicit GeodesicDensifier( double maxSegmentKm = DEFAULT_MAX_SEGMENT_KM );

    //! Sets the largest segment length in km to \a maxSegmentKm (values <= 0 disable densification).
    void setMaxSegmentKm( double maxSegmentKm ) { mMaxSegmentKm = maxSegmentKm; }

    //! Returns the largest segment length in km.
    double maxSegmentKm() const { return mMaxSegmentKm; }

    /**
     * \brief Returns \a polyline (lon/lat degrees) with points inserted along the WGS 84 geodesic of each segment so
     * that no segment is longer than maxSegmentKm(). Original vertices are kept; longitudes are made continuous.
     */
    QVector<QPointF> densify( const QVector<QPointF> &polyline ) const;

    //! Returns the WGS 84 geodesic length in km of \a polyline (lon/lat degrees).
    static double lengthKm( const QVector<QPointF> &polyline );

    //! Returns the WGS 84 geodesic distance in km between \a from and \a to (lon/lat degrees).
    static double distanceKm( const QPointF &from, const QPointF &to );

    /**
     * \brief Returns \a polyline with each longitude shifted by a multiple of 360 degrees so that it is within
     * 180 degrees of the previous one. The first vertex is kept as it is.
     */
    static QVector<QPointF> unwrapLongitudes( QVector<QPointF> polyline );

  private:
    double mMaxSegmentKm = DEFAULT_MAX_SEGMENT_KM;
};

#endif // GEODESICDENSIFIER_H
