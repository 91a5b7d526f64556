/***************************************************************************
  searouteendpoint.h
  Port Seizure Atlas: where a sea route starts or ends
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEAROUTEENDPOINT_H
#define SEAROUTEENDPOINT_H

#include <QPointF>
#include <QString>

/**
 * \brief The start or end of a sea route: a port given by its UN/LOCODE, or a free longitude/latitude.
 *
 * A port leaves and joins the network through its sea-only connectors. A free point joins it with a straight line
 * (see SeaRouter for which node), and the route is flagged approximate.
 */
class SeaRouteEndpoint
{
  public:
    //! Constructs a null endpoint (isNull() returns TRUE).
    SeaRouteEndpoint() = default;

    /**
     * \brief Returns the port with UN/LOCODE \a unlocode. The code is stored in upper case without spaces, so
     * "BE ANR" and "beanr" both give BEANR.
     */
    static SeaRouteEndpoint port( const QString &unlocode );

    /**
     * \brief Returns the free point at longitude \a lon, latitude \a lat (WGS 84 degrees); \a label names it in
     * error messages and may be empty.
     */
    static SeaRouteEndpoint point( double lon, double lat, const QString &label = QString() );

    //! Returns TRUE for a default-constructed endpoint.
    bool isNull() const { return mType == Type::Null; }

    //! Returns TRUE if this endpoint is a port.
    bool isPort() const { return mType == Type::Port; }

    //! Returns the UN/LOCODE of a port endpoint, or an empty string.
    QString unlocode() const { return mUnlocode; }

    //! Returns the position of a point endpoint as longitude/latitude.
    QPointF position() const { return mPosition; }

    //! Returns the label of a point endpoint.
    QString label() const { return mLabel; }

    //! Returns a short description for messages: "port BEANR", or "point 'label' (lon, lat)".
    QString description() const;

  private:
    enum class Type
    {
      Null,
      Port,
      Point
    };

    Type mType = Type::Null;
    QString mUnlocode;
    QPointF mPosition;
    QString mLabel;
};

#endif // SEAROUTEENDPOINT_H
