/***************************************************************************
  routerequestreader.h
  Port Seizure Atlas: the routes a Processing run asks for, read from its input layers
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ROUTEREQUESTREADER_H
#define ROUTEREQUESTREADER_H

#include "searouteendpoint.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>
#include <qgsattributes.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsfields.h>

class QgsFeature;
class QgsPointXY;
class QgsProcessingFeatureSource;
class QgsProcessingFeedback;
class SeaLaneNetwork;
class SeaRouter;

/**
 * \brief Reads the routes to build from an origin–destination table, or from an origin and a destination point layer
 * (every origin to every destination), and groups them by origin so that each origin is routed with one search.
 *
 * A route end is a port (a UN/LOCODE the network knows) or a free WGS 84 point within the snap tolerance of the
 * network. A row that cannot give a route end (unknown UN/LOCODE, NULL or empty geometry, a point too far from the
 * sea, a coordinate that is not a number) is reported through the feedback as "Row N of 'layer': …", naming the port
 * code or the point, and counted in failedRowCount(); the other rows are still read.
 */
class RouteRequestReader
{
  public:
    /**
     * \brief One end of a route.
     */
    struct End
    {
        //! What the router gets.
        SeaRouteEndpoint endpoint;
        //! Port name, the label of a point, or the point's coordinates.
        QString name;
        //! UN/LOCODE of a port; empty for a free point.
        QString code;
        //! Why this end is routed by its coordinates although it has a UN/LOCODE (the code is unknown), or "".
        QString fallback;
    };

    /**
     * \brief One line to build, from the origin of its OriginGroup.
     */
    struct Line
    {
        //! Where the line goes.
        End destination;
        //! Attributes copied to the output after the origin's (see carriedFields()).
        QgsAttributes carried;
        //! Where the line comes from, for messages: "Row 3 of 'od'".
        QString row;
    };

    /**
     * \brief The lines that leave one origin.
     */
    struct OriginGroup
    {
        //! Where the lines start.
        End origin;
        //! Attributes of the origin row, copied to the output first; empty for an OD table.
        QgsAttributes carried;
        //! The origin's row for messages ("Row 2 of 'ports'"); empty for an OD table, whose lines name their rows.
        QString row;
        //! The lines, in input order.
        QVector<Line> lines;
    };

    /**
     * \brief Fields of an OD table that hold the route ends; an empty name is a field not given.
     */
    struct OdTableFields
    {
        //! UN/LOCODE of the origin.
        QString originCode;
        //! UN/LOCODE of the destination.
        QString destinationCode;
        //! WGS 84 longitude of the origin.
        QString originX;
        //! WGS 84 latitude of the origin.
        QString originY;
        //! WGS 84 longitude of the destination.
        QString destinationX;
        //! WGS 84 latitude of the destination.
        QString destinationY;
    };

    /**
     * \brief Returns a reader of the OD table \a table (one route per row; geometry is not read) whose route ends
     * are in \a fields. A row whose code field is NULL or empty falls back to its X/Y fields when they are given.
     * The table's other fields are carried to the output. \a table must outlive the reader.
     */
    static RouteRequestReader forOdTable( QgsProcessingFeatureSource *table, const OdTableFields &fields );

    /**
     * \brief Returns a reader that joins every point of \a origins to every point of \a destinations. The optional
     * \a originIdField and \a destinationIdField hold a label or a UN/LOCODE: a code the network knows is routed
     * from that port. The layers' other fields are carried with the prefixes "origin_" and "destination_". Both
     * sources must outlive the reader.
     */
    static RouteRequestReader forPointLayers( QgsProcessingFeatureSource *origins, const QString &originIdField,
                                              QgsProcessingFeatureSource *destinations,
                                              const QString &destinationIdField );

    /**
     * \brief Returns the fields copied from the input to each output line, in the order of OriginGroup::carried
     * followed by Line::carried.
     */
    QgsFields carriedFields() const { return mCarriedFields; }

    /**
     * \brief Reads the input and returns the routes to build, grouped by origin in order of first appearance.
     *
     * Route ends are checked with \a router (SeaRouter::endpointError()): ports must be known, points must join the
     * network at sea within its snap tolerance. An unknown UN/LOCODE falls back to the row's coordinates when it has
     * them (End::fallback says so, and the feedback). Points are reprojected to WGS 84 with \a transformContext.
     * Bad rows are reported to \a feedback; reading stops early, with what was read so far, when \a feedback is
     * canceled.
     */
    QVector<OriginGroup> read( const SeaRouter &router, const QgsCoordinateTransformContext &transformContext,
                               QgsProcessingFeedback *feedback );

    //! Returns the number of input rows read (OD rows, or origin and destination points).
    int rowCount() const { return mRowCount; }

    //! Returns the number of input rows that were reported and give no route.
    int failedRowCount() const { return mFailedRowCount; }

    /**
     * \brief Returns "Row \a position of '\a sourceName'", with the feature id \a fid added when it differs from
     * the position.
     */
    static QString rowLabel( const QString &sourceName, long long position, long long fid );

  private:
    //! A point layer row that gave a route end.
    struct PointRow
    {
        End end;
        QgsAttributes carried;
        QString row;
    };

    //! Network and router of one read().
    struct Checks
    {
        const SeaLaneNetwork &network;
        const SeaRouter &router;
    };

    RouteRequestReader() = default;

    QVector<OriginGroup> readOdTable( const Checks &checks, QgsProcessingFeedback *feedback );
    QVector<OriginGroup> readPointLayers( const Checks &checks, const QgsCoordinateTransformContext &transformContext,
                                          QgsProcessingFeedback *feedback );
    QVector<PointRow> readPoints( QgsProcessingFeatureSource *source, const QString &idField,
                                  const QVector<int> &carriedIndices, const QString &role, const Checks &checks,
                                  const QgsCoordinateTransformContext &transformContext,
                                  QgsProcessingFeedback *feedback );
    std::optional<End> odTableEnd( const QgsFeature &feature, const QString &codeField, const QString &xField,
                                   const QString &yField, const QString &role, const Checks &checks,
                                   QStringList &problems ) const;
    void reportFailedRow( const QString &row, const QStringList &problems, QgsProcessingFeedback *feedback );
    static void reportFallbacks( const QString &row, const QVector<const End *> &ends,
                                 QgsProcessingFeedback *feedback );

    static std::optional<End> odTableCoordinates( const QgsFeature &feature, const QString &xField,
                                                  const QString &yField, const QString &role, const QString &label,
                                                  const Checks &checks, QStringList &problems );
    static bool looksLikeUnlocode( const QString &text );
    static QString unknownCodeFallback( const QString &role, const QString &unlocode );
    static std::optional<End> portEnd( const QString &code, const QString &role, const Checks &checks,
                                       QStringList &problems );
    static std::optional<End> pointEnd( const QgsPointXY &lonLat, const QString &label, const QString &role,
                                        const Checks &checks, QStringList &problems );
    static QString groupKey( const End &end );
    static QVector<int> carriedIndices( const QgsFields &fields, const QStringList &excludedNames );
    static QgsFields fieldsAt( const QgsFields &fields, const QVector<int> &indices );
    static QgsAttributes attributesAt( const QgsFeature &feature, const QVector<int> &indices );

    QgsProcessingFeatureSource *mOdTable = nullptr;
    OdTableFields mOdTableFields;
    QgsProcessingFeatureSource *mOrigins = nullptr;
    QgsProcessingFeatureSource *mDestinations = nullptr;
    QString mOriginIdField;
    QString mDestinationIdField;
    QVector<int> mCarriedOriginIndices; // for an OD table: the table's carried fields
    QVector<int> mCarriedDestinationIndices;
    QgsFields mCarriedFields;
    int mRowCount = 0;
    int mFailedRowCount = 0;
};

#endif // ROUTEREQUESTREADER_H
