/***************************************************************************
  atlasfilter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASFILTER_H
#define ATLASFILTER_H

#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * \brief What the analyst has chosen in the filter panel: a year range and the destination and
 * origin countries. A plain value, free of QGIS.
 *
 * An open end (0) means "no limit"; an empty country list means "all countries". The filter
 * turns into one subset string (SQL WHERE clause understood by the GeoPackage provider) per
 * plugin table, and into a short text saved in the project.
 */
class AtlasFilter
{
  public:
    //! Version tag at the start of toString(); older or foreign text is refused by fromString().
    static const QString FORMAT_TAG;

    /**
     * \brief Returns the first year shown, 0 when the range has no lower limit.
     */
    int yearFrom() const { return mYearFrom; }

    /**
     * \brief Returns the last year shown, 0 when the range has no upper limit.
     */
    int yearTo() const { return mYearTo; }

    /**
     * \brief Sets the years from \a from to \a to, both included; 0 leaves that end open.
     * A reversed range is put in order.
     */
    void setYears( int from, int to );

    /**
     * \brief Returns true when the filter limits the years at either end.
     */
    bool hasYearLimit() const { return mYearFrom > 0 || mYearTo > 0; }

    /**
     * \brief Returns true when \a year lies in the range (open ends included).
     */
    bool containsYear( int year ) const;

    /**
     * \brief Returns the ISO 3166-1 alpha-2 codes of the European destination countries shown; empty for all.
     */
    QStringList destinationCountries() const { return mDestinationCountries; }

    /**
     * \brief Sets the destination countries to \a isoCodes (empty for all). Codes that are not two
     * letters are dropped; the rest are upper-cased, sorted and made unique.
     */
    void setDestinationCountries( const QStringList &isoCodes );

    /**
     * \brief Returns the ISO codes of the origin and transit countries shown; empty for all.
     */
    QStringList originCountries() const { return mOriginCountries; }

    /**
     * \brief Sets the origin countries to \a isoCodes (empty for all), cleaned as in setDestinationCountries().
     */
    void setOriginCountries( const QStringList &isoCodes );

    /**
     * \brief Returns true when nothing is filtered.
     */
    bool isEmpty() const { return !hasYearLimit() && mDestinationCountries.isEmpty() && mOriginCountries.isEmpty(); }

    /**
     * \brief Returns the subset string for the plugin table \a table ("ports", "inbound_routes",
     * "national_totals", "seizure_figures"); empty for no filter and for tables it does not filter
     * (the basemap "countries").
     *
     * Ports: European destination ports by destination country, origin and transit ports by origin
     * country; ports stay shown whatever the years (a port without a figure in the years shows as
     * "no published figure"). Routes: years, origin and destination countries; a route with an
     * unknown year is hidden as soon as the years are limited, because it cannot be placed in them.
     * National totals and seizure figures: years and destination country.
     */
    QString subsetString( const QString &table ) const;

    /**
     * \brief Returns the filter as one line of text for the project file.
     */
    QString toString() const;

    /**
     * \brief Reads a filter written by toString() from \a text. Empty text is "no filter". Text that
     * cannot be read gives "no filter" too, and \a error (when given) says what was wrong.
     */
    static AtlasFilter fromString( const QString &text, QString *error = nullptr );

    //! Filters are equal when they show the same thing.
    bool operator==( const AtlasFilter &other ) const;
    //! Filters differ when they show different things.
    bool operator!=( const AtlasFilter &other ) const { return !( *this == other ); }

  private:
    static QStringList cleanIsoCodes( const QStringList &isoCodes );
    static QString inClause( const QString &field, const QStringList &isoCodes );
    QString yearClause() const;

    int mYearFrom = 0;
    int mYearTo = 0;
    QStringList mDestinationCountries;
    QStringList mOriginCountries;
};

Q_DECLARE_METATYPE( AtlasFilter )

#endif // ATLASFILTER_H
