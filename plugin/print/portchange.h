/***************************************************************************
  portchange.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTCHANGE_H
#define PORTCHANGE_H

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

/**
 * \brief What changed at one port between two years: the preferred port figures of both years,
 * their signed difference in tonnes and in percent. A year without a figure stays unknown
 * (never 0 t): a port with a figure in the later year only is "new", one with a figure in the
 * earlier year only has "no figure" for the later one.
 */
struct PortChange
{
    Q_DECLARE_TR_FUNCTIONS( PortChange )

  public:
    //! How the port's figures compare.
    enum class Kind
    {
      Change,   //!< A figure in both years.
      New,      //!< A figure in the later year only.
      NoFigure, //!< A figure in the earlier year only: the later year is unknown.
    };

    //! UN/LOCODE of the port.
    QString unlocode;
    //! The earlier year's tonnes; NULL when the port has no figure for it.
    QVariant before;
    //! The later year's tonnes; NULL when the port has no figure for it.
    QVariant after;

    //! Returns how the figures compare.
    Kind kind() const;
    //! Returns the difference in tonnes (later − earlier); NULL unless both years have a figure.
    QVariant changeTonnes() const;
    //! Returns the difference in percent of the earlier year; NULL unless both have a figure and the earlier is not 0.
    QVariant changePercent() const;
    //! Returns the map label: "+12.0 t (+35 %)", "−4.5 t (−10 %)", "new: 3.0 t", "no figure for 2023".
    QString label( int laterYear ) const;

    /**
     * \brief Returns the changes of every port that has a figure in \a before or \a after (tonnes
     * per UN/LOCODE of the earlier and the later year), by UN/LOCODE.
     */
    static QList<PortChange> compare( const QMap<QString, double> &before, const QMap<QString, double> &after );

    /**
     * \brief Returns \a value with its sign ("+12.0", "−4.5", "±0.0") and \a decimals decimals, in the
     * default locale's number format.
     */
    static QString signedNumber( double value, int decimals );
};

#endif // PORTCHANGE_H
