/***************************************************************************
  seizureevent.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SEIZUREEVENT_H
#define SEIZUREEVENT_H

#include <QDate>
#include <QString>

#include <optional>

/**
 * \brief One checked seizure event, as stored in the table seizure_events.
 *
 * Empty strings, an invalid date and an empty optional are stored as NULL: an unknown value
 * stays unknown, it is never estimated.
 */
struct SeizureEvent
{
    //! The day of the seizure; invalid when the source gives only a year or a month.
    QDate date;
    //! The year of the seizure; 0 when the source gives no date.
    int year = 0;
    //! UN/LOCODE of the port where the drugs were seized.
    QString portLocode;
    //! The port as written in the source.
    QString portNameRaw;
    //! ISO 3166-1 alpha-2 code of the seizing port's country.
    QString destCountryIso2;
    //! UN/LOCODE of the port the container came from.
    QString originLocode;
    //! ISO 3166-1 alpha-2 code of the country the container came from.
    QString originCountryIso2;
    //! The drug as written in the source.
    QString drug;
    //! The quantity in tonnes.
    std::optional<double> tonnes;
    //! The physical line (or sheet row) of the source the event comes from.
    int sourceLine = 0;
};

#endif // SEIZUREEVENT_H
