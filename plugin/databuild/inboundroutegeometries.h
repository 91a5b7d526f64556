/***************************************************************************
  inboundroutegeometries.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef INBOUNDROUTEGEOMETRIES_H
#define INBOUNDROUTEGEOMETRIES_H

#include "atlasdataset.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

class SeaLaneNetwork;
class SeaRoute;
class SeaRouter;

/**
 * \brief The sea-lane line of each row of routes.csv: shortest path on the maritime network
 * from the origin port to the European port, densified along the geodesic.
 *
 * A row is drawn when both ends are ports with a sourced position. A port the network has a
 * connector for starts there; any other joins the network from its sourced position by sea, as
 * the analyst's own points do (SeaRouter, SeaRouteEndpoint::point()). A row that names only the origin country starts
 * at that country's main container export port (the nearest by sea of those country_main_ports.csv lists) and is
 * flagged originPortAssumed. Every other row keeps NULL geometry and a status that says why, so no documented route is
 * dropped from the layer.
 */
class InboundRouteGeometries
{
  public:
    /**
     * \brief The line of one route row, or why there is none.
     */
    struct Geometry
    {
        //! LineString WKT in EPSG:4326, empty when the row is not drawn.
        QString wkt;
        //! Geodesic length of the line on WGS 84, in km.
        std::optional<double> lengthKm;
        //! Length on the network (sum of edge lengths), in km.
        std::optional<double> networkKm;
        //! Chokepoints the route passes, e.g. "dover;panama".
        QString passages;
        //! "drawn", or a sentence saying why the row has no line.
        QString status;
        //! TRUE when the source names only the origin country and the line starts at that
        //! country's main container export port (country_main_ports.csv).
        bool originPortAssumed = false;
        //! The port the line starts from when originPortAssumed, else empty.
        QString assumedOriginUnlocode;
    };

    //! Longest segment of a drawn line, in km, after geodesic densification.
    static constexpr double DENSIFY_KM = 50.0;
    //! Status of a row whose line was drawn.
    static const QString STATUS_DRAWN;

    /**
     * \brief Routes every row of \a dataSet on \a network with the default passages avoided
     * (Kiel, Corinth, Northwest and Northeast passages).
     */
    InboundRouteGeometries( const AtlasDataSet &dataSet, const SeaLaneNetwork &network );

    /**
     * \brief Returns the line of the route row \a routeId (an empty Geometry for an unknown id).
     */
    Geometry geometry( const QString &routeId ) const { return mGeometries.value( routeId ); }

    /**
     * \brief Returns one line per row that is not drawn: "R034 (routes.csv line 35): …".
     */
    QStringList notDrawn() const { return mNotDrawn; }

    /**
     * \brief Returns, for each row whose assumed origin (a main export port of its origin country)
     * cannot reach its destination by sea, its line in routes.csv and why ("R040: …"). These are data errors.
     */
    QVector<std::pair<int, QString>> unreachableAssumedOrigins() const { return mUnreachableAssumedOrigins; }

  private:
    Geometry routeFromAssumedOrigin( const AtlasDataSet &dataSet, const SeaLaneNetwork &network, SeaRouter &router,
                                     const AtlasDataSet::Route &route );
    void setLine( Geometry &geometry, const SeaRoute &seaRoute ) const;

    QHash<QString, Geometry> mGeometries;
    QStringList mNotDrawn;
    QVector<std::pair<int, QString>> mUnreachableAssumedOrigins;
};

#endif // INBOUNDROUTEGEOMETRIES_H
