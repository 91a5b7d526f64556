/***************************************************************************
  eventtally.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventtally.h"

#include <algorithm>
#include <tuple>

namespace
{
  //! A separator that no checked code or country contains.
  constexpr QChar SEPARATOR( 0x1f );

  //! Year (unknown first), then the texts: the order SQL's ORDER BY gives with NULLs first.
  auto orderKey( const EventGroup &group )
  {
    return std::make_tuple( group.year.value_or( 0 ), std::cref( group.originCountry ), std::cref( group.originLocode ),
                            std::cref( group.destCountry ), std::cref( group.portLocode ) );
  }

  QVector<EventGroup> sorted( QVector<EventGroup> groups )
  {
    std::sort( groups.begin(), groups.end(),
               []( const EventGroup &a, const EventGroup &b ) { return orderKey( a ) < orderKey( b ); } );
    return groups;
  }

  //! Adds the counts and the known sum of \a from to \a to.
  void addTotals( EventGroup &to, const EventGroup &from )
  {
    to.events += from.events;
    to.eventsWithQuantity += from.eventsWithQuantity;
    if ( from.tonnes )
      to.tonnes = to.tonnes.value_or( 0.0 ) + *from.tonnes;
  }
} // namespace

void EventTally::add( const SeizureEvent &event )
{
  mKey.clear();
  // A year (0..9999) fits one UTF-16 unit below the surrogates: no number formatting per event.
  mKey.append( QChar( static_cast<char16_t>( event.year ) ) )
      .append( event.portLocode )
      .append( SEPARATOR )
      .append( event.destCountryIso2 )
      .append( SEPARATOR )
      .append( event.originLocode )
      .append( SEPARATOR )
      .append( event.originCountryIso2 );
  auto found = mIndexOfKey.constFind( mKey );
  if ( found == mIndexOfKey.constEnd() )
  {
    EventGroup group;
    if ( event.year > 0 )
      group.year = event.year;
    group.portLocode = event.portLocode;
    group.destCountry = event.destCountryIso2;
    group.originLocode = event.originLocode;
    group.originCountry = event.originCountryIso2;
    found = mIndexOfKey.insert( mKey, static_cast<int>( mGroups.size() ) );
    mGroups.push_back( group );
  }
  EventGroup &group = mGroups.at( static_cast<std::size_t>( found.value() ) );
  ++group.events;
  if ( event.tonnes )
  {
    ++group.eventsWithQuantity;
    group.tonnes = group.tonnes.value_or( 0.0 ) + *event.tonnes;
  }
}

QVector<EventGroup> EventTally::routeGroups() const
{
  return sorted( QVector<EventGroup>( mGroups.cbegin(), mGroups.cend() ) );
}

QVector<EventGroup> EventTally::portYearGroups() const
{
  std::vector<EventGroup> portYears;
  QHash<QString, int> indexOfKey;
  for ( const EventGroup &route : mGroups )
  {
    const QString key =
        QString::number( route.year.value_or( 0 ) ) + SEPARATOR + route.portLocode + SEPARATOR + route.destCountry;
    auto found = indexOfKey.constFind( key );
    if ( found == indexOfKey.constEnd() )
    {
      EventGroup group;
      group.year = route.year;
      group.portLocode = route.portLocode;
      group.destCountry = route.destCountry;
      found = indexOfKey.insert( key, static_cast<int>( portYears.size() ) );
      portYears.push_back( group );
    }
    addTotals( portYears.at( static_cast<std::size_t>( found.value() ) ), route );
  }
  return sorted( QVector<EventGroup>( portYears.cbegin(), portYears.cend() ) );
}
