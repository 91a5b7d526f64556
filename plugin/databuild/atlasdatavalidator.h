/***************************************************************************
  atlasdatavalidator.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASDATAVALIDATOR_H
#define ATLASDATAVALIDATOR_H

#include "atlasdataset.h"
#include "csvreader.h"
#include "sourceerror.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * \brief Reads the source tables of a layers/ folder (countries.csv, ports.csv,
 * seizure_figures.csv, routes.csv) into an AtlasDataSet and checks every rule of
 * DataBuildRule on them.
 *
 * All errors are collected, not just the first. When countries.csv or ports.csv cannot be
 * read completely (missing file, broken header, a record left out for bad UTF-8 or quoting),
 * the checks of the other tables against it (unknown country, unknown UN/LOCODE) are skipped,
 * so one broken file does not drown the report in follow-up errors.
 *
 * A repository path in a source URL ("layers/sources/report.pdf") is resolved against the
 * layers folder and must exist.
 */
class AtlasDataValidator
{
  public:
    //! The file name of the country table.
    static const QString COUNTRIES_FILE;
    //! The file name of the port table.
    static const QString PORTS_FILE;
    //! The file name of the seizure figure table.
    static const QString SEIZURE_FIGURES_FILE;
    //! The file name of the route table.
    static const QString ROUTES_FILE;
    //! The file name of the documented single seizures (optional table).
    static const QString DOCUMENTED_SEIZURES_FILE;
    //! The file name of the container throughput table (optional table).
    static const QString THROUGHPUT_FILE;
    //! The first and last year a throughput figure may have.
    static constexpr int THROUGHPUT_FIRST_YEAR = 1990;
    //! The last year a throughput figure may have.
    static constexpr int THROUGHPUT_LAST_YEAR = 2030;
    //! The file name of the main container export ports per country (optional table).
    static const QString COUNTRY_MAIN_PORTS_FILE;
    //! The file name of the reviewed drug words in cocaine quotes (optional table).
    static const QString QUOTE_WORD_REVIEWS_FILE;

    //! \brief Returns the columns of countries.csv.
    static QStringList countryColumns();
    //! \brief Returns the columns of ports.csv.
    static QStringList portColumns();
    //! \brief Returns the columns of seizure_figures.csv.
    static QStringList seizureFigureColumns();
    //! \brief Returns the columns of routes.csv.
    static QStringList routeColumns();
    //! \brief Returns the allowed values of the evidence_kind column of routes.csv.
    static QStringList evidenceKinds();
    //! \brief Returns the columns of documented_seizures.csv.
    static QStringList documentedSeizureColumns();
    //! \brief Returns the columns of port_throughput.csv.
    static QStringList throughputColumns();
    //! \brief Returns the columns of country_main_ports.csv.
    static QStringList countryMainPortColumns();
    //! \brief Returns the columns of quote_drug_words_reviewed.csv.
    static QStringList quoteWordReviewColumns();
    //! \brief Returns the allowed values of the drug column of seizure_figures.csv.
    static QStringList drugs();
    //! \brief Returns the allowed values of the role column of ports.csv.
    static QStringList portRoles();

    /**
     * \brief Creates a validator for the tables in \a layersDirectory (the repository's
     * layers/ folder or a test fixture shaped like it).
     */
    explicit AtlasDataValidator( const QString &layersDirectory );

    /**
     * \brief Sets the latest year a figure may have to \a year. Defaults to the current year.
     */
    void setLatestAllowedYear( int year ) { mLatestAllowedYear = year; }

    /**
     * \brief Reads and checks all four tables. Returns TRUE when no rule is broken.
     */
    bool validate();

    //! \brief Returns the rows read by the last validate(), including those of broken tables that could be read.
    const AtlasDataSet &dataSet() const { return mDataSet; }

    //! \brief Returns the route rows read by the last validate() (routes.csv), in file order.
    QVector<AtlasDataSet::Route> routes() const { return mDataSet.routes; }

    //! \brief Returns every error found by the last validate(), table by table in file order.
    SourceErrors errors() const { return mErrors; }

  private:
    bool readTable( const QString &fileName, const QStringList &columns, QVector<CsvReader::Record> &records,
                    const QStringList &optionalColumns = QStringList() );
    void forEachOptionalRecord( const QString &fileName, const QStringList &columns,
                                const std::function<void( const CsvReader::Record & )> &read );
    void readQuoteWordReviews();
    void readCountryMainPorts();
    void readThroughput();
    void readDocumentedSeizures();
    bool namesPreferredFigure( const QString &reason ) const;
    void readCountries();
    void readPorts();
    void readSeizureFigures();
    void readRoutes();

    bool checkRequired( const CsvReader::Record &record, const QString &column, const QString &hint = QString() );
    bool checkCountryCode( const CsvReader::Record &record, const QString &column, const QString &code,
                           bool mustBeKnown = true );
    bool checkUnlocode( const CsvReader::Record &record, const QString &column, const QString &code, bool mustBeKnown );
    void checkPortCountry( const CsvReader::Record &record, const QString &column, const QString &unlocode,
                           const QStringList &countries );
    std::optional<double> checkNumber( const CsvReader::Record &record, const QString &column,
                                       const char *notNumericRule );
    std::optional<int> checkYear( const CsvReader::Record &record, const QString &column );
    std::optional<int> checkYearBetween( const CsvReader::Record &record, const QString &column, int first, int last );
    std::optional<double> checkQuantity( const CsvReader::Record &record, const QString &column );
    std::optional<bool> checkFlag( const CsvReader::Record &record, const QString &column );
    void checkSource( const CsvReader::Record &record, const QString &titleColumn, const QString &urlColumn );
    void checkSourceDate( const CsvReader::Record &record, const QString &column );
    void checkUniqueId( const CsvReader::Record &record, const QString &column, QHash<QString, int> &seen );

    void addError( int line, const QString &column, const char *ruleId, const QString &message );

    QString mLayersDirectory;
    QString mCurrentFile;
    int mLatestAllowedYear = 0;
    bool mCountriesKnown = false;
    bool mPortsKnown = false;
    AtlasDataSet mDataSet;
    SourceErrors mErrors;
};

#endif // ATLASDATAVALIDATOR_H
