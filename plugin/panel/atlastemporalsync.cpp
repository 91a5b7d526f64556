/***************************************************************************
  atlastemporalsync.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlastemporalsync.h"
#include "atlasfiltercontroller.h"

#include <algorithm>
#include <qgsinterval.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsrange.h>
#include <qgstemporalnavigationobject.h>
#include <qgsunittypes.h>

AtlasTemporalSync::AtlasTemporalSync( QgsTemporalNavigationObject *navigation, AtlasFilterController *controller,
                                      QObject *parent )
    : QObject( parent ), mNavigation( navigation ), mController( controller )
{
  if ( !navigation || !controller )
    return;
  connect( navigation, &QgsTemporalNavigationObject::updateTemporalRange, this,
           &AtlasTemporalSync::onTemporalRangeChanged );
  connect( controller, &AtlasFilterController::filterChanged, this, &AtlasTemporalSync::onFilterChanged );
}

void AtlasTemporalSync::configure( QgsTemporalNavigationObject *navigation, QgsProject *project,
                                   const QList<int> &years )
{
  if ( years.isEmpty() )
    return;
  const QgsDateTimeRange range( QDateTime( QDate( years.first(), 1, 1 ), QTime( 0, 0 ) ),
                                QDateTime( QDate( years.last() + 1, 1, 1 ), QTime( 0, 0 ) ), true, false );
  if ( project )
  {
    project->timeSettings()->setTemporalRange( range );
    project->timeSettings()->setTimeStep( 1 );
    project->timeSettings()->setTimeStepUnit( QgsUnitTypes::TemporalYears );
  }
  if ( navigation )
  {
    navigation->setFrameDuration( QgsInterval( 1, QgsUnitTypes::TemporalYears ) );
    navigation->setTemporalExtents( range );
    navigation->setCurrentFrameNumber( 0 );
  }
}

QPair<int, int> AtlasTemporalSync::yearsOf( const QgsDateTimeRange &range )
{
  if ( !range.begin().isValid() || !range.end().isValid() || range.isEmpty() )
    return { 0, 0 };
  // A frame [1 Jan Y, 1 Jan Y+1) is the year Y alone: its end is excluded.
  const QDateTime lastInstant = range.includeEnd() ? range.end() : range.end().addMSecs( -1 );
  return { range.begin().date().year(), std::max( range.begin().date().year(), lastInstant.date().year() ) };
}

void AtlasTemporalSync::onTemporalRangeChanged( const QgsDateTimeRange &range )
{
  if ( mSyncing || !mNavigation || !mController ||
       mNavigation->navigationMode() == QgsTemporalNavigationObject::NavigationOff )
    return;
  const QPair<int, int> years = yearsOf( range );
  if ( years.first <= 0 )
    return;
  AtlasFilter filter = mController->filter();
  filter.setYears( years.first, years.second );
  mSyncing = true;
  mController->setFilter( filter );
  mSyncing = false;
}

void AtlasTemporalSync::onFilterChanged( const AtlasFilter &filter )
{
  if ( mSyncing || !mNavigation || mNavigation->navigationMode() != QgsTemporalNavigationObject::Animated )
    return;
  mSyncing = true;
  if ( filter.yearFrom() > 0 && filter.yearFrom() == filter.yearTo() )
  {
    const long long frame =
        mNavigation->findBestFrameNumberForFrameStart( QDateTime( QDate( filter.yearFrom(), 1, 1 ), QTime( 0, 0 ) ) );
    if ( frame != mNavigation->currentFrameNumber() )
      mNavigation->setCurrentFrameNumber( frame );
  }
  else
  {
    mNavigation->setNavigationMode( QgsTemporalNavigationObject::NavigationOff ); // a range is not one frame
  }
  mSyncing = false;
}
