/***************************************************************************
  eventtally.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTTALLY_H
#define EVENTTALLY_H

#include "seizureevent.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

/**
 * \brief The totals of one group of imported events: a year, a seizing port and, for a route,
 * an origin.
 */
struct EventGroup
{
    //! The year; no value for events without a date.
    std::optional<int> year;
    //! UN/LOCODE of the port the containers came from; empty for a port/year group or when unknown.
    QString originLocode;
    //! ISO 3166-1 alpha-2 code of the origin country; empty for a port/year group or when unknown.
    QString originCountry;
    //! UN/LOCODE of the seizing port.
    QString portLocode;
    //! ISO 3166-1 alpha-2 code of the seizing port's country.
    QString destCountry;
    //! Events in the group.
    int events = 0;
    //! Events of the group that give a quantity.
    int eventsWithQuantity = 0;
    //! The sum of the quantities given, in tonnes; no value when no event gives one (never 0).
    std::optional<double> tonnes;
};

/**
 * \brief Counts and sums imported events per route (year, origin port and country, seizing port
 * and country) in the same pass that reads them, and per port and year from those routes.
 *
 * This replaces two GROUP BY queries over every event once the import is written (each a sort
 * of all the events: the largest share of an import's time after the inserts). A group whose
 * events give no quantity keeps an unknown sum, never 0, as SQL's SUM over NULLs does.
 */
class EventTally
{
  public:
    //! \brief Counts \a event in its route group.
    void add( const SeizureEvent &event );

    //! \brief Returns the groups per year, origin and seizing port, ordered by year, origin country, origin port,
    //! country, port.
    QVector<EventGroup> routeGroups() const;

    //! \brief Returns the groups per year and seizing port (the route groups summed), ordered by year, country and
    //! port.
    QVector<EventGroup> portYearGroups() const;

  private:
    //! Route groups in the order they were first met, and where each one is by key.
    QHash<QString, int> mIndexOfKey;
    std::vector<EventGroup> mGroups;
    //! The key of the last event, reused: no allocation per event once it has grown.
    QString mKey;
};

#endif // EVENTTALLY_H
