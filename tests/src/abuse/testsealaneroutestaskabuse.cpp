/***************************************************************************
  testsealaneroutestaskabuse.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "portseizureatlasprovider.h"
#include "qgistestmain.h"
#include "runningtaskabuse.h"
#include "sealanenetwork.h"

#include <QMutex>
#include <QTemporaryDir>
#include <memory>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  const QString ALGORITHM_ID = QStringLiteral( "portseizureatlas:sealaneroutes" );

  //! Keeps what the algorithm told the analyst (the Processing log), from any thread.
  class LogFeedback : public QgsProcessingFeedback
  {
    public:
      void pushInfo( const QString &info ) override
      {
        QMutexLocker locker( &mMutex );
        mLog << info;
      }
      void reportError( const QString &error, bool fatalError = false ) override
      {
        QMutexLocker locker( &mMutex );
        mLog << error;
        mErrors << error;
        QgsProcessingFeedback::reportError( error, fatalError );
      }
      //! Returns everything logged, one line each.
      QString log() const
      {
        QMutexLocker locker( &mMutex );
        return mLog.join( QLatin1Char( '\n' ) );
      }
      //! Returns the errors reported.
      QStringList errors() const
      {
        QMutexLocker locker( &mMutex );
        return mErrors;
      }

    private:
      mutable QMutex mMutex;
      QStringList mLog;
      QStringList mErrors;
  };
} // namespace

/**
 * \brief The "Sea-lane routes" Processing task abused half-way, as in the running QGIS: canceled,
 * its project cleared or replaced, its provider removed (what unloading the plugin does). Each
 * run must end with a message in the log, never crash, and leave the analyst's project as it
 * was (or as the analyst made it).
 */
class TestSeaLaneRoutesTaskAbuse : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cancelHalfWay();
    void clearProjectHalfWay();
    void replaceProjectHalfWay();
    void removeProviderHalfWay();

  private:
    //! A routing run long enough to be caught half-way: every port of the network to ten ports.
    QgsProcessingAlgRunnerTask *longRoutingTask();
    //! Adds the plugin's provider to the Processing registry.
    void registerProvider();

    PortSeizureAtlasProvider *mProvider = nullptr; // owned by the processing registry
    QgsVectorLayer *mOdTable = nullptr;            // owned by the project
    std::unique_ptr<QgsProcessingContext> mContext;
    std::unique_ptr<LogFeedback> mFeedback;
    QTemporaryDir mTempDir;
};

void TestSeaLaneRoutesTaskAbuse::initTestCase()
{
  initAtlasResources();
  QVERIFY( mTempDir.isValid() );
  QVERIFY( QFileInfo::exists( QStringLiteral( PSA_DATA_GPKG ) ) );
  registerProvider();
}

void TestSeaLaneRoutesTaskAbuse::registerProvider()
{
  mProvider = new PortSeizureAtlasProvider( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  QVERIFY( QgsApplication::processingRegistry()->addProvider( mProvider ) );
}

void TestSeaLaneRoutesTaskAbuse::init()
{
  QgsProject::instance()->clear();
  const SeaLaneNetwork network = SeaLaneNetwork::loadFolder( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  QVERIFY2( network.isValid(), qPrintable( network.error() ) );
  auto table = std::make_unique<QgsVectorLayer>( QStringLiteral( "None?field=from:string&field=to:string" ),
                                                 QStringLiteral( "analyst OD table" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const QString &origin : network.portCodes() )
  {
    for ( const QString &destination : network.portCodes().mid( 0, 10 ) )
    {
      QgsFeature feature( table->fields() );
      feature.setAttributes( QgsAttributes( { origin, destination } ) );
      features << feature;
    }
  }
  QVERIFY( features.size() > 1000 );
  table->dataProvider()->addFeatures( features );
  mOdTable = qobject_cast<QgsVectorLayer *>( QgsProject::instance()->addMapLayer( table.release() ) );
  // As the Processing dialog runs it: in the current project, in a background task.
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( QgsProject::instance() );
  mFeedback = std::make_unique<LogFeedback>();
}

void TestSeaLaneRoutesTaskAbuse::cleanup()
{
  QgsProject::instance()->clear();
}

QgsProcessingAlgRunnerTask *TestSeaLaneRoutesTaskAbuse::longRoutingTask()
{
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( ALGORITHM_ID );
  if ( !algorithm )
    return nullptr;
  const QVariantMap parameters = { { QStringLiteral( "OD_TABLE" ), mOdTable->id() },
                                   { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                   { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
  return new QgsProcessingAlgRunnerTask( algorithm, parameters, *mContext, mFeedback.get() );
}

void TestSeaLaneRoutesTaskAbuse::cancelHalfWay()
{
  QgsProcessingAlgRunnerTask *task = longRoutingTask();
  QVERIFY( task );
  QPointer<QgsProcessingAlgRunnerTask> guard( task );
  const AbusedTaskOutcome outcome = abuseRunningTask( task, [guard] {
    if ( guard )
      guard->cancel();
  } );
  QVERIFY2( outcome.abusedWhileRunning, "the task ended before it could be canceled half-way" );
  QVERIFY2( outcome.ended, "a canceled task must end" );
  QVERIFY2( mFeedback->log().contains( QLatin1String( "Canceled; routes built so far" ) ),
            qPrintable( mFeedback->log() ) );
  QVERIFY2( mFeedback->errors().isEmpty(), qPrintable( mFeedback->errors().join( '\n' ) ) );
  // The analyst's input is untouched.
  QCOMPARE( QgsProject::instance()->mapLayers().size(), 1 );
  QVERIFY( mOdTable->featureCount() > 1000 );
}

void TestSeaLaneRoutesTaskAbuse::clearProjectHalfWay()
{
  // "Project > New" while the routes are built: the input layer is deleted under the running task.
  const AbusedTaskOutcome outcome = abuseRunningTask( longRoutingTask(), [] { QgsProject::instance()->clear(); } );
  QVERIFY2( outcome.abusedWhileRunning, "the task ended before the project could be cleared half-way" );
  QVERIFY2( outcome.ended, "the task must end after its project was cleared" );
  QVERIFY2( outcome.completed, qPrintable( mFeedback->log() ) );
  QVERIFY2( mFeedback->log().contains( QLatin1String( "Routes built:" ) ), qPrintable( mFeedback->log() ) );
  QVERIFY( QgsProject::instance()->mapLayers().isEmpty() );
}

void TestSeaLaneRoutesTaskAbuse::replaceProjectHalfWay()
{
  // The analyst opens another project (with the atlas layers) while the routes are built.
  QgsProject other;
  QVERIFY( AtlasLayerSet::addToProject( &other, QStringLiteral( PSA_DATA_GPKG ) ).errors.isEmpty() );
  const QString path = mTempDir.filePath( QStringLiteral( "other.qgz" ) );
  QVERIFY( other.write( path ) );
  const int otherLayers = other.mapLayers().size();

  bool read = false;
  const AbusedTaskOutcome outcome =
      abuseRunningTask( longRoutingTask(), [&] { read = QgsProject::instance()->read( path ); } );
  QVERIFY2( outcome.abusedWhileRunning, "the task ended before the project could be replaced half-way" );
  QVERIFY( read );
  QVERIFY2( outcome.ended && outcome.completed, qPrintable( mFeedback->log() ) );
  QCOMPARE( QgsProject::instance()->mapLayers().size(), otherLayers );
  for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers() )
    QVERIFY2( layer->isValid(), qPrintable( layer->name() ) );
}

void TestSeaLaneRoutesTaskAbuse::removeProviderHalfWay()
{
  // Unloading the plugin removes (deletes) its Processing provider while a run may go on.
  PortSeizureAtlasProvider *provider = mProvider;
  const AbusedTaskOutcome outcome = abuseRunningTask(
      longRoutingTask(), [provider] { QgsApplication::processingRegistry()->removeProvider( provider ); } );
  QVERIFY2( outcome.abusedWhileRunning, "the task ended before the provider could be removed half-way" );
  QVERIFY2( outcome.ended, "the task must end after its provider was removed" );
  QVERIFY( !QgsApplication::processingRegistry()->algorithmById( ALGORITHM_ID ) );
  QVERIFY2( mFeedback->log().contains( QLatin1String( "Routes built:" ) ) ||
                mFeedback->log().contains( QLatin1String( "Canceled" ) ),
            qPrintable( mFeedback->log() ) );
  registerProvider(); // for the other tests
}

PSA_QGIS_TEST_MAIN( TestSeaLaneRoutesTaskAbuse )
#include "testsealaneroutestaskabuse.moc"
