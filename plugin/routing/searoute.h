/***************************************************************************
  searoute.h
  Port Seizure Atlas: one computed sea route
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEAROUTE_H
#define SEAROUTE_H

#include "searouteendpoint.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

class SeaRouter;

/**
 * \brief The result of one SeaRouter query: a route, or an error that names the endpoint at fault.
 *
 * A valid route has its length (sum of the edge lengths, in km), its ordered edges, the passages (chokepoints) it
 * uses, the passages it was told to avoid, and its polyline from the origin to the destination in WGS 84 lon/lat.
 * An endpoint given as a free point is joined to the network by a straight line; such a route is approximate().
 */
class SeaRoute
{
  public:
    //! Constructs an invalid route with no error message.
    SeaRoute() = default;

    //! Returns TRUE if the route was found.
    bool isValid() const { return mValid; }

    //! Returns why no route was found, naming the endpoint or passage at fault; empty for a valid route.
    QString error() const { return mError; }

    //! Returns the origin asked for.
    SeaRouteEndpoint origin() const { return mOrigin; }

    //! Returns the destination asked for.
    SeaRouteEndpoint destination() const { return mDestination; }

    /**
     * \brief Returns the route length in km: the sum of its edge lengths (network `length_km`, connector haversine
     * lengths) plus the straight snap lines of free points.
     */
    double lengthKm() const { return mLengthKm; }

    /**
     * \brief Returns the WGS 84 geodesic length in km of polyline() (the same as GeodesicDensifier::lengthKm() of it,
     * up to rounding, and of its densified line), from lengths the network keeps per edge.
     */
    double geodesicLengthKm() const { return mGeodesicLengthKm; }

    /**
     * \brief Returns the edge ids (see SeaLaneNetwork) from origin to destination. A port connector can only be the
     * first or the last edge.
     */
    QVector<int> edges() const { return mEdges; }

    //! Returns the sorted, distinct `pass` values of the route's edges (e.g. "dover", "panama").
    QStringList passages() const { return mPassages; }

    //! Returns TRUE if the route uses passage \a name.
    bool usesPassage( const QString &name ) const { return mPassages.contains( name ); }

    //! Returns the sorted passages the router avoided for this route.
    QStringList avoidedPassages() const { return mAvoidedPassages; }

    /**
     * \brief Returns the route line, longitude/latitude, from the origin position to the destination position.
     * Longitudes are continuous: a route across the antimeridian goes past +180 or below -180.
     */
    QVector<QPointF> polyline() const { return mPolyline; }

    //! Returns TRUE if either end was a free point joined by a straight snap line.
    bool isApproximate() const { return mOriginSnapKm >= 0 || mDestinationSnapKm >= 0; }

    //! Returns the length in km of the origin's straight snap line, or -1 if the origin is a port.
    double originSnapKm() const { return mOriginSnapKm; }

    //! Returns the length in km of the destination's straight snap line, or -1 if the destination is a port.
    double destinationSnapKm() const { return mDestinationSnapKm; }

    /**
     * \brief Returns the km from the origin to the first network node of the route: its connector, or its straight
     * join line (and the connector of the port it joins through, see SeaRouter::PORT_MATCH_KM).
     */
    double originApproachKm() const { return mOriginApproachKm; }

    //! Returns the km from the last network node of the route to the destination (see originApproachKm()).
    double destinationApproachKm() const { return mDestinationApproachKm; }

    //! Returns the longitude/latitude of the network node where the route leaves the origin's approach.
    QPointF originJoin() const { return mOriginJoin; }

    //! Returns the longitude/latitude of the network node where the route enters the destination's approach.
    QPointF destinationJoin() const { return mDestinationJoin; }

  private:
    friend class SeaRouter;

    bool mValid = false;
    QString mError;
    SeaRouteEndpoint mOrigin;
    SeaRouteEndpoint mDestination;
    double mLengthKm = 0;
    double mGeodesicLengthKm = 0;
    QVector<int> mEdges;
    QStringList mPassages;
    QStringList mAvoidedPassages;
    QVector<QPointF> mPolyline;
    double mOriginSnapKm = -1;
    double mDestinationSnapKm = -1;
    double mOriginApproachKm = 0;
    double mDestinationApproachKm = 0;
    QPointF mOriginJoin;
    QPointF mDestinationJoin;
};

#endif // SEAROUTE_H
