/***************************************************************************
  seizureeventvalidator.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SEIZUREEVENTVALIDATOR_H
#define SEIZUREEVENTVALIDATOR_H

#include "eventcolumnmapping.h"
#include "eventsource.h"
#include "fileconventions.h"
#include "importoptions.h"
#include "portgazetteer.h"
#include "seizureevent.h"
#include "sourceerror.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVector>

#include <optional>

/**
 * \brief Checks one row of an analyst's table and turns it into a SeizureEvent.
 *
 * Every problem of the row is reported (file, line, column, rule), not only the first. Ports
 * are matched through PortGazetteer; every value that matches no port is also collected,
 * with how often and where it occurs and the nearest port names, for the report.
 */
class SeizureEventValidator
{
  public:
    //! \brief A port value that matched no port of the atlas.
    struct UnmatchedPort
    {
        //! How many rows hold it.
        int count = 0;
        //! The first line it occurs on.
        int firstLine = 0;
        //! The column it occurs in (port or origin_port, as in the header).
        QString column;
        //! Nearest port names, e.g. "Antwerp (BEANR)".
        QStringList suggestions;
    };

    /**
     * \brief Creates a validator for rows of \a fileName whose header columns are resolved to
     * fields by \a columnOfField (see EventColumnMapping::Resolution), matching ports
     * in \a ports, reading numbers and dates with the conventions of \a options (detected per
     * file where not given). Dates after \a today are refused.
     */
    SeizureEventValidator( const PortGazetteer &ports, const QVector<int> &columnOfField, const QStringList &header,
                           const QString &fileName, const ImportOptions &options = ImportOptions(),
                           const QDate &today = QDate::currentDate() );

    //! \brief Returns the decimal mark and date order of the file (set its scan to read the whole file).
    FileConventions &conventions() { return mConventions; }

    /**
     * \brief Returns the port values matched by another name than the UN/LOCODE or the atlas's
     * name, with the port and how: "'Anvers' → Antwerp (BEANR), exonym (fr) Anvers".
     */
    QStringList otherNameMatches() const { return mOtherNameMatches; }

    /**
     * \brief Checks \a row; returns the event, or no value after adding every problem to \a errors.
     */
    std::optional<SeizureEvent> validate( const EventSource::Row &row, SourceErrors &errors );

    //! \brief Returns the port values that matched no port, by value.
    QMap<QString, UnmatchedPort> unmatchedPorts() const { return mUnmatchedPorts; }

    //! \brief The first year accepted.
    static constexpr int FIRST_YEAR = 1990;

  private:
    QString value( const EventSource::Row &row, EventColumnMapping::Field field ) const;
    QString column( EventColumnMapping::Field field ) const;
    const PortGazetteer::Port *matchPort( const EventSource::Row &row, EventColumnMapping::Field field,
                                          SourceErrors &errors );
    void addError( SourceErrors &errors, int line, EventColumnMapping::Field field, const char *ruleId,
                   const QString &message ) const;
    void checkDate( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors );
    void checkQuantity( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors );
    void checkDrug( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors );

    const PortGazetteer &mPorts;
    QVector<int> mColumnOfField;
    QStringList mHeader;
    QString mFileName;
    QDate mToday;
    FileConventions mConventions;
    bool mAllowLarge = false;
    QStringList mOtherNameMatches;
    //! Drug names met before, with their stored name (empty: refused).
    QHash<QString, QString> mDrugs;
    QMap<QString, UnmatchedPort> mUnmatchedPorts;
    // An analyst's table names few ports many times: each distinct value is looked up once.
    QHash<QString, PortGazetteer::Match> mPortMatches;
    //! Texts met before (drugs, port names, countries): repeated values share one copy.
    QSet<QString> mTexts;
    //! Returns the copy of \a text met before, or keeps \a text as that copy.
    QString shared( const QString &text );
};

#endif // SEIZUREEVENTVALIDATOR_H
