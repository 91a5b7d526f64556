/***************************************************************************
  atlasseizuredata.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASSEIZUREDATA_H
#define ATLASSEIZUREDATA_H

#include "atlasfilter.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

class QgsVectorLayer;

/**
 * \brief The figures the filter panel summarises, read once from the plugin's GeoPackage:
 * the preferred port-scope seizure figures, the ports and the countries to choose from.
 *
 * Only preferred figures of scope "port" count for a port's tonnes: alternatives would count a
 * year twice, and national totals are never added to ports. A port without a figure in the
 * selected years has no tonnes (NULL), never 0.
 */
class AtlasSeizureData
{
  public:
    /**
     * \brief A country to choose in the panel.
     */
    struct Country
    {
        //! ISO 3166-1 alpha-2 code.
        QString isoCode;
        //! English name as in the data.
        QString name;
    };

    /**
     * \brief One row of the top-ports table.
     */
    struct PortSummary
    {
        //! UN/LOCODE of the port.
        QString unlocode;
        //! Name of the port.
        QString name;
        //! Country name of the port.
        QString countryName;
        //! Sum of the port's preferred figures in the selected years (tonnes).
        double tonnes = 0;
        //! Change of the last selected year with a figure versus the year before (tonnes); NULL when either is unknown.
        QVariant changeVersusPreviousYear;
        //! Titles of the sources of the figures summed, one per line.
        QString sources;
    };

    /**
     * \brief One documented route (origin → European port) of the routes table.
     */
    struct DocumentedRoute
    {
        //! Origin port or area, as documented.
        QString originName;
        //! Name of the origin country.
        QString originCountryName;
        //! European destination port or area.
        QString destinationName;
        //! Calendar year; 0 when unknown.
        int year = 0;
        //! Documented tonnes; NULL when the source gives none.
        QVariant tonnes;
    };

    /**
     * \brief What the panel offers to choose from: years and destination and origin countries.
     */
    struct Choices
    {
        //! Years with data, ascending.
        QList<int> years;
        //! Destination countries, by name.
        QList<Country> destinationCountries;
        //! Origin and transit countries, by name.
        QList<Country> originCountries;
    };

    /**
     * \brief Returns the years and countries of all of \a data together (e.g. the published
     * figures and an analyst's import, which may hold a year or a country the other lacks).
     */
    static Choices unitedChoices( const QList<AtlasSeizureData> &data );

    /**
     * \brief Reads the GeoPackage at \a geoPackagePath. When it cannot be read, the data is
     * empty and \a error (when given) names the file and the table.
     */
    static AtlasSeizureData load( const QString &geoPackagePath, QString *error = nullptr );

    /**
     * \brief Reads an analyst's imported seizure data through \a layers, the project layers of
     * one imported store: the layer per port and year (port_locode, name, country_iso2, year,
     * tonnes) and the event table (origin_country_iso2, for the origin countries), ignoring the
     * filter they carry now. Works the same on GeoPackage and PostGIS: the database answers, with
     * one row per port and year and the distinct origin countries. Country names come from
     * QGIS's own world map. geoPackagePath() returns \a store, which names where the data is.
     * The data is empty when \a layers hold no layer per port and year.
     */
    static AtlasSeizureData loadImported( const QList<QgsVectorLayer *> &layers, const QString &store );

    /**
     * \brief Returns the file the data was read from.
     */
    QString geoPackagePath() const { return mGeoPackagePath; }

    /**
     * \brief Returns the years that have a seizure figure or a dated route, in order.
     */
    QList<int> years() const { return mYears; }

    /**
     * \brief Returns the European destination countries (of the ports), by name.
     */
    QList<Country> destinationCountries() const { return mDestinationCountries; }

    /**
     * \brief Returns the origin and transit countries (of the routes and ports), by name.
     */
    QList<Country> originCountries() const { return mOriginCountries; }

    /**
     * \brief Returns the name of the country \a isoCode, or the code itself when it is unknown.
     */
    QString countryName( const QString &isoCode ) const;

    /**
     * \brief Returns, per UN/LOCODE, the tonnes of the port in the years and destination countries
     * of \a filter; ports without a figure there are absent.
     */
    QMap<QString, double> portTonnes( const AtlasFilter &filter ) const;

    /**
     * \brief Returns the number of calendar years in the year range of \a filter, counted within
     * the years that have data (an open end stops at the first or last of them); 0 when the range
     * holds none of them. Without a year limit: all the years from the first to the last with data.
     */
    int yearsSpanned( const AtlasFilter &filter ) const;

    /**
     * \brief Returns the total tonnes of all ports for \a filter, NULL when no port has a figure.
     */
    QVariant totalTonnes( const AtlasFilter &filter ) const;

    /**
     * \brief Returns the port tonnes per year in the destination countries of \a filter, all years
     * (the chart shows every year and marks the selected ones). Years without figures are absent.
     */
    QMap<int, double> tonnesPerYear( const AtlasFilter &filter ) const;

    /**
     * \brief Returns at most \a limit ports with the most tonnes for \a filter, most first.
     */
    QList<PortSummary> topPorts( const AtlasFilter &filter, int limit ) const;

    /**
     * \brief Returns the documented routes in the years, destination and origin countries of
     * \a filter, by year then origin. A route of unknown year is in only without a year limit.
     */
    QList<DocumentedRoute> documentedRoutes( const AtlasFilter &filter ) const;

  private:
    struct Route
    {
        DocumentedRoute route;
        QString originIso;
        QString destinationIso;
    };
    struct Figure
    {
        QString unlocode;
        QString countryIso;
        int year = 0;
        double tonnes = 0;
        QString sourceTitle;
    };
    struct Port
    {
        QString name;
        QString countryName;
    };

    bool countryMatches( const AtlasFilter &filter, const QString &countryIso ) const;
    int lastYearWithData( const AtlasFilter &filter ) const;

    QString mGeoPackagePath;
    QList<Figure> mFigures;
    QList<Route> mRoutes;
    QMap<QString, Port> mPorts;
    QList<int> mYears;
    QList<Country> mDestinationCountries;
    QList<Country> mOriginCountries;
    QMap<QString, QString> mCountryNames;
};

#endif // ATLASSEIZUREDATA_H
