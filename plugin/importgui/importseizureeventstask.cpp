/***************************************************************************
  importseizureeventstask.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importseizureeventstask.h"

#include "seizureeventimporter.h"

ImportSeizureEventsTask::ImportSeizureEventsTask( const PortGazetteer &ports, const QString &input,
                                                  const EventColumnMapping &mapping, const QString &target,
                                                  bool replace )
    : QgsTask( target.isEmpty() ? tr( "Checking seizure events" ) : tr( "Importing seizure events" ),
               QgsTask::CanCancel ),
      mPorts( ports ), mInput( input ), mMapping( mapping ), mTarget( target ), mReplace( replace )
{
}

bool ImportSeizureEventsTask::run()
{
  SeizureEventImporter importer( mPorts );
  importer.setOptions( mOptions );
  importer.setProgressCallback( [this]( double share ) {
    setProgress( 100.0 * share );
    return !isCanceled();
  } );
  mReport =
      mTarget.isEmpty() ? importer.check( mInput, mMapping ) : importer.run( mInput, mMapping, mTarget, mReplace );
  return mReport.succeeded;
}

void ImportSeizureEventsTask::finished( bool )
{
  emit reportReady( mReport );
}
