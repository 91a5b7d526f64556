/***************************************************************************
  atlasdataset.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASDATASET_H
#define ATLASDATASET_H

#include <QDate>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/**
 * \brief The source tables of layers/ once read and checked: countries, ports, seizure
 * figures and routes, as typed values.
 *
 * AtlasDataValidator fills it; a data set it returns without errors is consistent (every
 * UN/LOCODE and country code it names is known, every figure cell has one preferred figure).
 * Each row keeps the line it came from, so later steps can still point at the source.
 */
class AtlasDataSet
{
  public:
    //! \brief One row of countries.csv.
    struct Country
    {
        //! ISO 3166-1 alpha-2 code.
        QString iso2;
        //! English name.
        QString name;
        //! Line of the row in countries.csv.
        int line = 0;
    };

    //! \brief One row of ports.csv.
    struct Port
    {
        //! Port name.
        QString name;
        //! UN/LOCODE, e.g. BEANR.
        QString unlocode;
        //! ISO 3166-1 alpha-2 code of the port's country.
        QString countryIso2;
        //! Position, x = longitude, y = latitude (EPSG:4326); empty when no source gives it.
        std::optional<QPointF> position;
        //! europe_destination, origin or transit.
        QString role;
        //! Where the coordinates come from.
        QString coordinateSource;
        //! Line of the row in ports.csv.
        int line = 0;
    };

    //! \brief Where a row comes from: the publication, its quoted sentence and caveats.
    struct Citation
    {
        //! Title of the source.
        QString sourceTitle;
        //! http(s) URL of the source, or a repository path below layers/.
        QString sourceUrl;
        //! Who published the source.
        QString sourcePublisher;
        //! YYYY, YYYY-MM or YYYY-MM-DD, or empty.
        QString sourceDate;
        //! The sentence(s) of the source stating the quantity, in the original language.
        QString quote;
        //! Caveats and the review notes.
        QString note;
    };

    //! \brief One row of seizure_figures.csv (the Citation holds its source, quote and note).
    struct SeizureFigure : Citation
    {
        //! Unique id, e.g. BEANR-2023-1.
        QString figureId;
        //! port, port_group or national.
        QString scope;
        //! The ports the figure covers: one for port scope, any number for a port group, none for national.
        QStringList unlocodes;
        //! Display name of the place the figure covers.
        QString areaName;
        //! One country, or several for a group across borders.
        QStringList countryIso2;
        //! Calendar year of the seizures.
        int year = 0;
        //! The drug, e.g. cocaine.
        QString drug;
        //! Tonnes; never missing (an unknown figure is no row).
        double quantityTonnes = 0;
        //! The source says "more than".
        bool lowerBound = false;
        //! The source says "about".
        bool approximate = false;
        //! The figure shown for its (scope, place, year, drug) cell; exactly one per cell.
        bool preferred = false;
        //! Why the figure is, or is not, preferred.
        QString preferenceReason;
        //! Line the row starts on in seizure_figures.csv.
        int line = 0;
    };

    //! \brief One row of routes.csv: a documented origin → European destination link.
    struct Route
    {
        //! Unique id, e.g. R001.
        QString routeId;
        //! Name of the origin port or place.
        QString originName;
        //! Empty for a country-level row.
        QString originUnlocode;
        //! Country of the origin; empty for a region or an unstated country.
        QString originCountryIso2;
        //! Name of the destination port or place.
        QString destinationName;
        //! Empty for a country-level row.
        QString destinationUnlocode;
        //! Country of the destination; empty for a region.
        QString destinationCountryIso2;
        //! Empty when the year is unknown.
        std::optional<int> year;
        //! Empty when the quantity is unknown.
        std::optional<double> quantityTonnes;
        //! The source says "more than": the quantity is a lower bound.
        bool lowerBound = false;
        //! The part of the year the quantity covers, when not the whole year; empty otherwise.
        QString period;
        //! seized_at_destination, seized_at_origin, seized_in_transit, share, qualitative or aggregate.
        QString evidenceKind;
        //! How the link is documented.
        QString evidence;
        //! The sentence of the source, in its original language.
        QString quote;
        //! Title of the source.
        QString sourceTitle;
        //! http(s) URL of the source, or a repository path below layers/.
        QString sourceUrl;
        //! Line the row starts on in its table.
        int line = 0;
        //! The table the row comes from: routes.csv, or documented_seizures.csv for a seizure's link.
        QString table = QStringLiteral( "routes.csv" );
    };

    //! \brief One row of quote_drug_words_reviewed.csv: a drug word in a cocaine figure's quote, reviewed.
    struct QuoteWordReview
    {
        //! The figure whose quote holds the word.
        QString figureId;
        //! The word, as in the word list of AtlasConsistencyChecks (lower case).
        QString word;
        //! Why the figure is still cocaine-only.
        QString reason;
    };

    //! \brief One row of country_main_ports.csv: a port a country's container exports leave from, with its source.
    struct CountryMainPort
    {
        //! The exporting country.
        QString countryIso2;
        //! The port (it may lie in a neighbouring country, e.g. for a landlocked one).
        QString unlocode;
        //! Title of the source that names the port.
        QString sourceTitle;
        //! http(s) URL of the source.
        QString sourceUrl;
        //! The sentence of the source, in its original language.
        QString quote;
        //! Line of the row in country_main_ports.csv.
        int line = 0;
    };

    //! \brief One row of port_throughput.csv: the containers a port handled in a year, with its source.
    struct Throughput
    {
        //! The port.
        QString unlocode;
        //! Calendar year.
        int year = 0;
        //! Twenty-foot equivalent units handled in the year.
        double teu = 0;
        //! Title of the source (with a [scope: …] tag where the figure covers more or less than the port).
        QString sourceTitle;
        //! http(s) URL of the source.
        QString sourceUrl;
        //! The sentence of the source stating the number, in its original language.
        QString quote;
        //! Line of the row in port_throughput.csv.
        int line = 0;
    };

    //! \brief One row of documented_seizures.csv: a single seizure at a European port, as reported
    //! (the Citation holds the source and the sentence(s) stating the quantity).
    struct DocumentedSeizure : Citation
    {
        //! Unique id, e.g. DSA-002.
        QString seizureId;
        //! ISO date; the first of the month or year when only that is known.
        QDate date;
        //! day, month or year: how precise the date is.
        QString datePrecision;
        //! The European port where it was seized.
        QString portUnlocode;
        //! The port's name as the source gives it.
        QString portName;
        //! The port the shipment came from, when the source names it.
        QString originUnlocode;
        //! The country the shipment came from, when the source names it.
        QString originCountryIso2;
        //! The drug (vocabulary of seizure_figures.csv).
        QString drug;
        //! Tonnes as the source states them.
        double tonnes = 0;
        //! The source says about / almost / more than.
        bool approximate = false;
        //! Line the row starts on in documented_seizures.csv.
        int line = 0;
    };

    //! Rows of countries.csv, in file order.
    QVector<Country> countries;
    //! Rows of ports.csv, in file order.
    QVector<Port> ports;
    //! Rows of seizure_figures.csv, in file order.
    QVector<SeizureFigure> seizureFigures;
    //! Rows of routes.csv, in file order.
    QVector<Route> routes;
    //! Rows of documented_seizures.csv (optional table), in file order.
    QVector<DocumentedSeizure> documentedSeizures;
    //! Rows of port_throughput.csv (optional table), in file order.
    QVector<Throughput> throughput;
    //! Rows of country_main_ports.csv (optional table), in file order.
    QVector<CountryMainPort> countryMainPorts;
    //! Rows of quote_drug_words_reviewed.csv (optional table), in file order.
    QVector<QuoteWordReview> quoteWordReviews;

    /**
     * \brief Returns the English name of the country \a iso2, or an empty string when
     * countries.csv does not list it.
     */
    QString countryName( const QString &iso2 ) const;

    /**
     * \brief Returns the English names of the countries \a iso2 joined by "; ".
     */
    QString countryNames( const QStringList &iso2 ) const;

    /**
     * \brief Returns the port with the UN/LOCODE \a unlocode, or nullptr when ports.csv does
     * not list it. The pointer is valid while the data set is not changed.
     */
    const Port *port( const QString &unlocode ) const;

    /**
     * \brief Returns the main container export ports of the country \a iso2 (country_main_ports.csv), in file order.
     */
    QVector<CountryMainPort> mainPorts( const QString &iso2 ) const;
};

#endif // ATLASDATASET_H
