/***************************************************************************
  testsealaneroutesalgorithm.cpp
  Port Seizure Atlas: the Processing algorithm "Sea-lane routes" as Processing runs it
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portseizureatlasprovider.h"
#include "processingcompat.h"
#include "qgistestmain.h"

#include "routelandcheck.h"
#include "sealanenetwork.h"
#include "sealanenetworkcache.h"
#include "sealaneroutesalgorithm.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <memory>
#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace
{
  const QString ALGORITHM_ID = QStringLiteral( "portseizureatlas:sealaneroutes" );

  /**
   * \brief Feedback that keeps every error, warning and message, and the threads they came from.
   */
  class RecordingFeedback : public QgsProcessingFeedback
  {
    public:
      void reportError( const QString &error, bool fatalError = false ) override
      {
        record( mErrors, error );
        QgsProcessingFeedback::reportError( error, fatalError );
      }
      void pushWarning( const QString &warning ) override
      {
        record( mWarnings, warning );
        QgsProcessingFeedback::pushWarning( warning );
      }
      void pushInfo( const QString &info ) override
      {
        record( mInfos, info );
        QgsProcessingFeedback::pushInfo( info );
      }

      //! Returns the errors reported.
      QStringList errors() const
      {
        QMutexLocker locker( &mMutex );
        return mErrors;
      }
      //! Returns the warnings pushed.
      QStringList warnings() const
      {
        QMutexLocker locker( &mMutex );
        return mWarnings;
      }
      //! Returns the information messages pushed.
      QStringList infos() const
      {
        QMutexLocker locker( &mMutex );
        return mInfos;
      }
      //! Returns TRUE if a message came from a thread other than the main one.
      bool reportedFromAnotherThread() const
      {
        QMutexLocker locker( &mMutex );
        return mFromAnotherThread;
      }

    private:
      void record( QStringList &list, const QString &text )
      {
        QMutexLocker locker( &mMutex );
        list << text;
        mFromAnotherThread = mFromAnotherThread || QThread::currentThread() != qApp->thread();
      }

      mutable QMutex mMutex;
      QStringList mErrors;
      QStringList mWarnings;
      QStringList mInfos;
      bool mFromAnotherThread = false;
  };

  /**
   * \brief Feedback that cancels the run at its first progress report.
   */
  class CancelingFeedback : public RecordingFeedback
  {
    public:
      CancelingFeedback()
      {
        QObject::connect(
            this, &QgsFeedback::progressChanged, this, [this]( double ) { cancel(); }, Qt::DirectConnection );
      }
  };

  //! One OD table row: origin and destination UN/LOCODE and a shipment id carried to the output.
  struct OdRow
  {
      QVariant from;
      QVariant to;
      QString shipment;
  };

  //! One point: position in the layer's CRS, ID (label or UN/LOCODE) and an extra attribute.
  struct PointRow
  {
      QgsGeometry geometry;
      QString id;
      QString extra;
  };
} // namespace

/**
 * \brief "Sea-lane routes" run the way Processing runs it: found in the registry, fed memory layers through the
 * context, writing to a temporary layer or a GeoPackage, in the calling thread or as a background task.
 */
class TestSeaLaneRoutesAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void providerOffersTheAlgorithm();
    void odTableWithUnlocodes();
    void pointLayersAllToAll();
    void odTableWithCoordinates();
    void unknownCodeIsReportedByRow();
    void nullGeometryIsReportedByRow();
    void pointBeyondSnapToleranceIsReportedByName();
    void avoidedPassages();
    void canceledBeforeStart();
    void canceledWhileRunning();
    void missingNetworkFolder();
    void corruptNetwork();
    void inputsAreChecked();
    void runsAsBackgroundTask();
    void worksInsideAModel();

    void coordinatesAtPublishedPositions();
    void seaOnlyJoins_data();
    void seaOnlyJoins();
    void caribbeanToBalticPassesDover();
    void unknownCodeFallsBackToCoordinates();
    void networkLoadedOncePerSession();
    void badPointsFailTheirRow();

  private:
    //! Returns a table without geometry, with fields from, to and shipment, holding \a rows; owned by mProject.
    QgsVectorLayer *odTable( const QList<OdRow> &rows );
    //! Returns a point layer in \a crs with fields id and \a extraField, holding \a rows; owned by mProject.
    QgsVectorLayer *pointLayer( const QString &name, const QString &crs, const QString &extraField,
                                const QList<PointRow> &rows );
    //! Runs the registered algorithm with \a parameters (OUTPUT defaults to a temporary layer).
    QVariantMap run( QVariantMap parameters, QgsProcessingFeedback *feedback, bool *ok = nullptr );
    //! Returns the features of the layer \a results[OUTPUT] names, keyed by "origin_code->destination_code" (unique
    //! here).
    QMap<QString, QgsFeature> outputFeatures( const QVariantMap &results );

    /**
     * \brief Returns a table without geometry with fields from, from_lon, from_lat, to, to_lon, to_lat holding
     * \a rows; owned by mProject.
     */
    QgsVectorLayer *coordinateTable( const QList<QgsAttributes> &rows );
    //! Returns the parameters that read both ends of coordinateTable() \a table by code and coordinates.
    static QVariantMap coordinateParameters( const QgsVectorLayer *table );

    static QgsGeometry lonLat( double lon, double lat ) { return QgsGeometry::fromPointXY( QgsPointXY( lon, lat ) ); }
    static QString routeKey( const QgsFeature &feature );

    PortSeizureAtlasProvider *mProvider = nullptr; // owned by the processing registry
    const QgsProcessingAlgorithm *mAlgorithm = nullptr;
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<QgsProcessingContext> mContext;
    QTemporaryDir mTempDir;
};

void TestSeaLaneRoutesAlgorithm::initTestCase()
{
  QVERIFY( mTempDir.isValid() );
  mProvider = new PortSeizureAtlasProvider( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  QVERIFY( QgsApplication::processingRegistry()->addProvider( mProvider ) );
  mAlgorithm = QgsApplication::processingRegistry()->algorithmById( ALGORITHM_ID );
  QVERIFY2( mAlgorithm, qPrintable( ALGORITHM_ID + QStringLiteral( " is not registered" ) ) );
}

void TestSeaLaneRoutesAlgorithm::cleanupTestCase()
{
  mContext.reset();
  mProject.reset();
  // removeProvider() deletes the provider and its algorithms
  QVERIFY( QgsApplication::processingRegistry()->removeProvider( mProvider ) );
  QVERIFY( !QgsApplication::processingRegistry()->algorithmById( ALGORITHM_ID ) );
}

void TestSeaLaneRoutesAlgorithm::init()
{
  mContext.reset();
  mProject = std::make_unique<QgsProject>();
  mContext = std::make_unique<QgsProcessingContext>();
  mContext->setProject( mProject.get() );
}

QgsVectorLayer *TestSeaLaneRoutesAlgorithm::odTable( const QList<OdRow> &rows )
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "None?field=from:string&field=to:string&field=shipment:string" ), QStringLiteral( "od" ),
      QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const OdRow &row : rows )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( QgsAttributes( { row.from, row.to, row.shipment } ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  return qobject_cast<QgsVectorLayer *>( mProject->addMapLayer( layer.release() ) );
}

QgsVectorLayer *TestSeaLaneRoutesAlgorithm::pointLayer( const QString &name, const QString &crs,
                                                        const QString &extraField, const QList<PointRow> &rows )
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "Point?crs=%1&field=id:string&field=%2:string" ).arg( crs, extraField ), name,
      QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const PointRow &row : rows )
  {
    QgsFeature feature( layer->fields() );
    feature.setGeometry( row.geometry );
    feature.setAttributes( QgsAttributes( { row.id, row.extra } ) );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  return qobject_cast<QgsVectorLayer *>( mProject->addMapLayer( layer.release() ) );
}

QVariantMap TestSeaLaneRoutesAlgorithm::run( QVariantMap parameters, QgsProcessingFeedback *feedback, bool *ok )
{
  if ( !parameters.contains( QStringLiteral( "OUTPUT" ) ) )
    parameters.insert( QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT );
  bool succeeded = false;
  const QVariantMap results = mAlgorithm->run( parameters, *mContext, feedback, &succeeded );
  if ( ok )
    *ok = succeeded;
  return results;
}

QString TestSeaLaneRoutesAlgorithm::routeKey( const QgsFeature &feature )
{
  const auto text = []( const QVariant &value ) {
    return ProcessingCompat::isNull( value ) ? QStringLiteral( "NULL" ) : value.toString();
  };
  return text( feature.attribute( QStringLiteral( "origin_code" ) ) ) + QStringLiteral( "->" ) +
         text( feature.attribute( QStringLiteral( "destination_code" ) ) );
}

QMap<QString, QgsFeature> TestSeaLaneRoutesAlgorithm::outputFeatures( const QVariantMap &results )
{
  QMap<QString, QgsFeature> features;
  QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>(
      QgsProcessingUtils::mapLayerFromString( results.value( QStringLiteral( "OUTPUT" ) ).toString(), *mContext ) );
  if ( !layer )
    return features;
  QgsFeature feature;
  QgsFeatureIterator iterator = layer->getFeatures();
  while ( iterator.nextFeature( feature ) )
    features.insert( routeKey( feature ), feature );
  return features;
}

void TestSeaLaneRoutesAlgorithm::providerOffersTheAlgorithm()
{
  QCOMPARE( mProvider->id(), QStringLiteral( "portseizureatlas" ) );
  QCOMPARE( mProvider->name(), QStringLiteral( "Port Seizure Atlas" ) );
  // the plugin's resources are not linked here: the generic Processing icon stands in
  QVERIFY( !mProvider->icon().isNull() );
  QVERIFY( !mProvider->svgIconPath().isEmpty() );

  QCOMPARE( mAlgorithm->displayName(), QStringLiteral( "Sea-lane routes" ) );
  QCOMPARE( mAlgorithm->group(), QStringLiteral( "Routing" ) );
  QVERIFY( mAlgorithm->shortHelpString().contains( QStringLiteral(
      "Eurostat SeaRoute (© European Union), EUPL-1.2, derived from ORNL Global Shipping Lane Network" ) ) );
  QVERIFY( mAlgorithm->shortHelpString().contains( QStringLiteral( "never cross land" ) ) );
  // Processing may run it as a background task, in models and in batch mode
  QVERIFY( !( mAlgorithm->flags() & ProcessingCompat::ALGORITHM_NO_THREADING ) );
  QVERIFY( mAlgorithm->flags() & ProcessingCompat::ALGORITHM_SUPPORTS_BATCH );
  QVERIFY( mAlgorithm->flags() & ProcessingCompat::ALGORITHM_CAN_CANCEL );

  const QgsProcessingParameterDefinition *avoid = mAlgorithm->parameterDefinition( QStringLiteral( "AVOID" ) );
  QVERIFY( avoid );
  QCOMPARE( avoid->defaultValue().toList(), QVariantList( { 4, 5, 10, 11 } ) );
  QCOMPARE( SeaLaneRoutesAlgorithm::passageNames().mid( 4, 2 ),
            QStringList( { QStringLiteral( "kiel" ), QStringLiteral( "corinth" ) } ) );
  QCOMPARE( SeaLaneRoutesAlgorithm::passageNames().mid( 10, 2 ),
            QStringList( { QStringLiteral( "northwest" ), QStringLiteral( "northeast" ) } ) );
  QCOMPARE( SeaLaneRoutesAlgorithm::passageDisplayNames().size(), SeaLaneRoutesAlgorithm::passageNames().size() );
  for ( const QString &name :
        { QStringLiteral( "ORIGINS" ), QStringLiteral( "ORIGIN_ID_FIELD" ), QStringLiteral( "DESTINATIONS" ),
          QStringLiteral( "DESTINATION_ID_FIELD" ), QStringLiteral( "OD_TABLE" ), QStringLiteral( "ORIGIN_CODE_FIELD" ),
          QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "ORIGIN_X" ), QStringLiteral( "ORIGIN_Y" ),
          QStringLiteral( "DESTINATION_X" ), QStringLiteral( "DESTINATION_Y" ), QStringLiteral( "SNAP_TOLERANCE_KM" ),
          QStringLiteral( "DENSIFY_KM" ), QStringLiteral( "SHORTEST_DISTANCE" ), QStringLiteral( "OUTPUT" ) } )
    QVERIFY2( mAlgorithm->parameterDefinition( name ), qPrintable( name ) );
}

void TestSeaLaneRoutesAlgorithm::odTableWithUnlocodes()
{
  QgsVectorLayer *table =
      odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QStringLiteral( "S1" ) },
                 { QStringLiteral( "brssz" ), QStringLiteral( "NL RTM" ), QStringLiteral( "S2" ) } } );
  const QString geoPackage = mTempDir.filePath( QStringLiteral( "od_routes.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                     { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                     { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                                     { QStringLiteral( "OUTPUT" ), geoPackage } },
                                   &feedback, &ok );
  QVERIFY2( ok, qPrintable( feedback.errors().join( '\n' ) ) );
  QVERIFY2( feedback.errors().isEmpty(), qPrintable( feedback.errors().join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 2 );
  QCOMPARE( results.value( QStringLiteral( "FAILED_COUNT" ) ).toInt(), 0 );

  QgsVectorLayer output( geoPackage, QStringLiteral( "routes" ), QStringLiteral( "ogr" ) );
  QVERIFY( output.isValid() );
  QCOMPARE( output.crs().authid(), QStringLiteral( "EPSG:4326" ) );
  QCOMPARE( output.featureCount(), 2LL );
  for ( const QString &field :
        { QStringLiteral( "origin" ), QStringLiteral( "destination" ), QStringLiteral( "origin_code" ),
          QStringLiteral( "destination_code" ), QStringLiteral( "length_km" ), QStringLiteral( "network_km" ),
          QStringLiteral( "passages" ), QStringLiteral( "approximate" ), QStringLiteral( "shipment" ) } )
    QVERIFY2( output.fields().lookupField( field ) >= 0, qPrintable( field ) );
  // the code fields themselves are not copied again
  QCOMPARE( output.fields().lookupField( QStringLiteral( "from" ) ), -1 );

  const QMap<QString, double> expectedKm = { { QStringLiteral( "ECGYE->BEANR" ), 10556.7 },
                                             { QStringLiteral( "BRSSZ->NLRTM" ), 10218.9 } };
  const QMap<QString, QString> expectedShipment = { { QStringLiteral( "ECGYE->BEANR" ), QStringLiteral( "S1" ) },
                                                    { QStringLiteral( "BRSSZ->NLRTM" ), QStringLiteral( "S2" ) } };
  QgsFeature feature;
  QgsFeatureIterator iterator = output.getFeatures();
  while ( iterator.nextFeature( feature ) )
  {
    const QString key = routeKey( feature );
    QVERIFY2( expectedKm.contains( key ), qPrintable( key ) );
    const double networkKm = feature.attribute( QStringLiteral( "network_km" ) ).toDouble();
    const double lengthKm = feature.attribute( QStringLiteral( "length_km" ) ).toDouble();
    QVERIFY2( std::fabs( networkKm - expectedKm[key] ) <= 0.01 * expectedKm[key],
              qPrintable( QStringLiteral( "%1: %2 km" ).arg( key ).arg( networkKm ) ) );
    QVERIFY2( std::fabs( lengthKm - expectedKm[key] ) <= 0.01 * expectedKm[key],
              qPrintable( QStringLiteral( "%1: geodesic %2 km" ).arg( key ).arg( lengthKm ) ) );
    QCOMPARE( feature.attribute( QStringLiteral( "shipment" ) ).toString(), expectedShipment[key] );
    QCOMPARE( feature.attribute( QStringLiteral( "approximate" ) ).toBool(), false );

    const QgsGeometry geometry = feature.geometry();
    const QgsLineString *line = qgsgeometry_cast<const QgsLineString *>( geometry.constGet() );
    QVERIFY( line );
    QVERIFY2( line->numPoints() > 50, qPrintable( QString::number( line->numPoints() ) ) );
    // geodesic length of the stored line matches the field
    QVERIFY( std::fabs( lengthKm - networkKm ) < 0.01 * networkKm );
  }
  QgsFeature guayaquil;
  QVERIFY( output.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "origin_code = 'ECGYE'" ) ) )
               .nextFeature( guayaquil ) );
  QCOMPARE( guayaquil.attribute( QStringLiteral( "origin" ) ).toString(), QStringLiteral( "Guayaquil" ) );
  QCOMPARE( guayaquil.attribute( QStringLiteral( "destination" ) ).toString(), QStringLiteral( "Antwerp" ) );
  QVERIFY( guayaquil.attribute( QStringLiteral( "passages" ) )
               .toString()
               .split( ';' )
               .contains( QStringLiteral( "panama" ) ) );
  QVERIFY( feedback.infos().join( '\n' ).contains( QStringLiteral( "Routes built: 2 of 2 rows; rows failed: 0." ) ) );
}

void TestSeaLaneRoutesAlgorithm::pointLayersAllToAll()
{
  // origins in Web Mercator: reprojected to WGS 84 by the algorithm
  const QgsCoordinateTransform toMercator( QgsCoordinateReferenceSystem::fromEpsgId( 4326 ),
                                           QgsCoordinateReferenceSystem::fromEpsgId( 3857 ),
                                           mProject->transformContext() );
  QgsGeometry guayaquil = lonLat( -79.9, -2.25 );
  QgsGeometry atlantic = lonLat( -30, 0 );
  guayaquil.transform( toMercator );
  atlantic.transform( toMercator );
  QgsVectorLayer *origins =
      pointLayer( QStringLiteral( "origins" ), QStringLiteral( "EPSG:3857" ), QStringLiteral( "cargo" ),
                  { { guayaquil, QStringLiteral( "ECGYE" ), QStringLiteral( "bananas" ) },
                    { atlantic, QStringLiteral( "Mid-Atlantic" ), QStringLiteral( "fish" ) } } );
  QgsVectorLayer *destinations =
      pointLayer( QStringLiteral( "destinations" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "terminal" ),
                  { { lonLat( 4.4, 51.2 ), QStringLiteral( "BEANR" ), QStringLiteral( "Europa" ) },
                    { lonLat( 4.5, 51.9 ), QStringLiteral( "NLRTM" ), QStringLiteral( "ECT Delta" ) },
                    { lonLat( -0.3, 39.4 ), QStringLiteral( "ESVLC" ), QStringLiteral( "Principe Felipe" ) } } );

  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "ORIGINS" ), origins->id() },
                                     { QStringLiteral( "ORIGIN_ID_FIELD" ), QStringLiteral( "id" ) },
                                     { QStringLiteral( "DESTINATIONS" ), destinations->id() },
                                     { QStringLiteral( "DESTINATION_ID_FIELD" ), QStringLiteral( "id" ) } },
                                   &feedback, &ok );
  QVERIFY2( ok, qPrintable( feedback.errors().join( '\n' ) ) );
  QVERIFY2( feedback.errors().isEmpty(), qPrintable( feedback.errors().join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 6 );

  const QMap<QString, QgsFeature> features = outputFeatures( results );
  QCOMPARE( features.size(), 6 );
  QCOMPARE( features.keys(), QStringList( { QStringLiteral( "ECGYE->BEANR" ), QStringLiteral( "ECGYE->ESVLC" ),
                                            QStringLiteral( "ECGYE->NLRTM" ), QStringLiteral( "NULL->BEANR" ),
                                            QStringLiteral( "NULL->ESVLC" ), QStringLiteral( "NULL->NLRTM" ) } ) );
  const QgsFeature fromPort = features.value( QStringLiteral( "ECGYE->NLRTM" ) );
  QCOMPARE( fromPort.attribute( QStringLiteral( "origin" ) ).toString(), QStringLiteral( "Guayaquil" ) );
  QCOMPARE( fromPort.attribute( QStringLiteral( "destination" ) ).toString(), QStringLiteral( "Rotterdam" ) );
  QCOMPARE( fromPort.attribute( QStringLiteral( "origin_cargo" ) ).toString(), QStringLiteral( "bananas" ) );
  QCOMPARE( fromPort.attribute( QStringLiteral( "destination_terminal" ) ).toString(), QStringLiteral( "ECT Delta" ) );
  QCOMPARE( fromPort.attribute( QStringLiteral( "approximate" ) ).toBool(), false );
  // the same route as from the OD table: the port code, not the point, decides where it starts
  QVERIFY( std::fabs( fromPort.attribute( QStringLiteral( "network_km" ) ).toDouble() - 10604.9 ) <= 0.01 * 10604.9 );

  const QgsFeature fromPoint = features.value( QStringLiteral( "NULL->ESVLC" ) );
  QCOMPARE( fromPoint.attribute( QStringLiteral( "origin" ) ).toString(), QStringLiteral( "Mid-Atlantic" ) );
  QCOMPARE( fromPoint.attribute( QStringLiteral( "origin_cargo" ) ).toString(), QStringLiteral( "fish" ) );
  QCOMPARE( fromPoint.attribute( QStringLiteral( "destination_terminal" ) ).toString(),
            QStringLiteral( "Principe Felipe" ) );
  QCOMPARE( fromPoint.attribute( QStringLiteral( "approximate" ) ).toBool(), true );
  QVERIFY( fromPoint.attribute( QStringLiteral( "passages" ) ).toString().contains( QStringLiteral( "gibraltar" ) ) );
  // the line starts at the point, reprojected back to WGS 84
  const QgsPointXY start = fromPoint.geometry().vertexAt( 0 );
  QVERIFY2( std::fabs( start.x() + 30 ) < 1e-6 && std::fabs( start.y() ) < 1e-6, qPrintable( start.toString() ) );
}

void TestSeaLaneRoutesAlgorithm::odTableWithCoordinates()
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "None?field=code:string&field=lon:double&field=lat:double&field=to:string" ),
      QStringLiteral( "od_xy" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  // row 1: a free point off Portugal to Antwerp; row 2: code NULL, falls back to the point; row 3: a code wins
  for ( const QgsAttributes &attributes :
        { QgsAttributes( { QVariant(), -10.0, 39.0, QStringLiteral( "BEANR" ) } ),
          QgsAttributes( { QVariant(), -10.0, 39.0, QStringLiteral( "NLRTM" ) } ),
          QgsAttributes( { QStringLiteral( "ESVLC" ), -10.0, 39.0, QStringLiteral( "BEANR" ) } ) } )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( attributes );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  QgsVectorLayer *table = qobject_cast<QgsVectorLayer *>( mProject->addMapLayer( layer.release() ) );

  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                     { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "code" ) },
                                     { QStringLiteral( "ORIGIN_X" ), QStringLiteral( "lon" ) },
                                     { QStringLiteral( "ORIGIN_Y" ), QStringLiteral( "lat" ) },
                                     { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                                     { QStringLiteral( "DENSIFY_KM" ), 0 } },
                                   &feedback, &ok );
  QVERIFY2( ok && feedback.errors().isEmpty(), qPrintable( feedback.errors().join( '\n' ) ) );
  const QMap<QString, QgsFeature> routes = outputFeatures( results );
  QCOMPARE( routes.keys(), QStringList( { QStringLiteral( "ESVLC->BEANR" ), QStringLiteral( "NULL->BEANR" ),
                                          QStringLiteral( "NULL->NLRTM" ) } ) );
  QCOMPARE( routes.value( QStringLiteral( "NULL->BEANR" ) ).attribute( QStringLiteral( "approximate" ) ).toBool(),
            true );
  QCOMPARE( routes.value( QStringLiteral( "NULL->BEANR" ) ).attribute( QStringLiteral( "origin" ) ).toString(),
            QStringLiteral( "(-10.0000, 39.0000)" ) );
  QCOMPARE( routes.value( QStringLiteral( "ESVLC->BEANR" ) ).attribute( QStringLiteral( "approximate" ) ).toBool(),
            false );
}

void TestSeaLaneRoutesAlgorithm::unknownCodeIsReportedByRow()
{
  QgsVectorLayer *table =
      odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QStringLiteral( "S1" ) },
                 { QStringLiteral( "ECGYE" ), QStringLiteral( "XXXXX" ), QStringLiteral( "S2" ) },
                 { QVariant(), QStringLiteral( "NLRTM" ), QStringLiteral( "S3" ) },
                 { QStringLiteral( "BRSSZ" ), QStringLiteral( "NLRTM" ), QStringLiteral( "S4" ) } } );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                     { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                     { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } },
                                   &feedback, &ok );
  QVERIFY( ok );
  QCOMPARE( outputFeatures( results ).keys(),
            QStringList( { QStringLiteral( "BRSSZ->NLRTM" ), QStringLiteral( "ECGYE->BEANR" ) } ) );
  QCOMPARE( results.value( QStringLiteral( "FAILED_COUNT" ) ).toInt(), 2 );

  const QStringList errors = feedback.errors();
  QCOMPARE( errors.size(), 2 );
  QVERIFY2( errors[0].startsWith( QStringLiteral( "Row 2 of 'od':" ) ) &&
                errors[0].contains( QStringLiteral( "'XXXXX'" ) ),
            qPrintable( errors[0] ) );
  QVERIFY2( errors[1].startsWith( QStringLiteral( "Row 3 of 'od':" ) ) &&
                errors[1].contains( QStringLiteral( "origin code field 'from' is NULL" ) ),
            qPrintable( errors[1] ) );
  QVERIFY( feedback.infos().join( '\n' ).contains( QStringLiteral( "Routes built: 2 of 4 rows; rows failed: 2." ) ) );
}

void TestSeaLaneRoutesAlgorithm::nullGeometryIsReportedByRow()
{
  QgsVectorLayer *origins =
      pointLayer( QStringLiteral( "origins" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "cargo" ),
                  { { lonLat( -79.9, -2.2 ), QStringLiteral( "ECGYE" ), QString() },
                    { QgsGeometry(), QStringLiteral( "Lost ship" ), QString() },
                    { QgsGeometry::fromWkt( QStringLiteral( "Point EMPTY" ) ), QString(), QString() } } );
  QgsVectorLayer *destinations =
      pointLayer( QStringLiteral( "destinations" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "terminal" ),
                  { { lonLat( 4.4, 51.2 ), QStringLiteral( "BEANR" ), QString() },
                    { lonLat( 4.5, 51.9 ), QStringLiteral( "NLRTM" ), QString() } } );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "ORIGINS" ), origins->id() },
                                     { QStringLiteral( "ORIGIN_ID_FIELD" ), QStringLiteral( "id" ) },
                                     { QStringLiteral( "DESTINATIONS" ), destinations->id() },
                                     { QStringLiteral( "DESTINATION_ID_FIELD" ), QStringLiteral( "id" ) } },
                                   &feedback, &ok );
  QVERIFY( ok );
  QCOMPARE( outputFeatures( results ).size(), 2 );
  const QStringList errors = feedback.errors();
  QCOMPARE( errors.size(), 2 );
  QVERIFY2( errors[0].startsWith( QStringLiteral( "Row 2 of 'origins' ('Lost ship'):" ) ) &&
                errors[0].contains( QStringLiteral( "no geometry" ) ),
            qPrintable( errors[0] ) );
  QVERIFY2( errors[1].startsWith( QStringLiteral( "Row 3 of 'origins':" ) ) &&
                errors[1].contains( QStringLiteral( "no geometry" ) ),
            qPrintable( errors[1] ) );
}

void TestSeaLaneRoutesAlgorithm::pointBeyondSnapToleranceIsReportedByName()
{
  // Ürümqi is about 2400 km from the nearest sea lane
  QgsVectorLayer *origins =
      pointLayer( QStringLiteral( "cities" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "note" ),
                  { { lonLat( 87.6, 43.8 ), QStringLiteral( "Urumqi" ), QString() },
                    { lonLat( 23.65, 37.93 ), QStringLiteral( "GRPIR" ), QString() } } );
  QgsVectorLayer *destinations =
      pointLayer( QStringLiteral( "ports" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "note" ),
                  { { lonLat( 4.4, 51.2 ), QStringLiteral( "BEANR" ), QString() } } );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "ORIGINS" ), origins->id() },
                                     { QStringLiteral( "ORIGIN_ID_FIELD" ), QStringLiteral( "id" ) },
                                     { QStringLiteral( "DESTINATIONS" ), destinations->id() },
                                     { QStringLiteral( "DESTINATION_ID_FIELD" ), QStringLiteral( "id" ) },
                                     { QStringLiteral( "SNAP_TOLERANCE_KM" ), 500 } },
                                   &feedback, &ok );
  QVERIFY( ok );
  QCOMPARE( outputFeatures( results ).keys(), QStringList( { QStringLiteral( "GRPIR->BEANR" ) } ) );
  QCOMPARE( feedback.errors().size(), 1 );
  const QString error = feedback.errors().constFirst();
  QVERIFY2( error.startsWith( QStringLiteral( "Row 1 of 'cities' ('Urumqi'):" ) ) &&
                error.contains( QStringLiteral( "point 'Urumqi'" ) ) &&
                error.contains( QStringLiteral( "snap tolerance of 500.0 km" ) ),
            qPrintable( error ) );

  // a wider tolerance does not help a point on land: every straight line from it to the network crosses land
  RecordingFeedback wide;
  const QVariantMap wider = run( { { QStringLiteral( "ORIGINS" ), origins->id() },
                                   { QStringLiteral( "ORIGIN_ID_FIELD" ), QStringLiteral( "id" ) },
                                   { QStringLiteral( "DESTINATIONS" ), destinations->id() },
                                   { QStringLiteral( "SNAP_TOLERANCE_KM" ), 3000 } },
                                 &wide );
  QCOMPARE( wider.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 1 );
  QCOMPARE( wide.errors().size(), 1 );
  QVERIFY2( wide.errors().constFirst().contains( QStringLiteral( "is on land" ) ),
            qPrintable( wide.errors().constFirst() ) );
}

void TestSeaLaneRoutesAlgorithm::avoidedPassages()
{
  QgsVectorLayer *table = odTable( { { QStringLiteral( "DOCAU" ), QStringLiteral( "GRPIR" ), QString() } } );
  const QVariantMap parameters = { { QStringLiteral( "OD_TABLE" ), table->id() },
                                   { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                   { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } };

  RecordingFeedback byDefaultFeedback;
  const QgsFeature byDefault =
      outputFeatures( run( parameters, &byDefaultFeedback ) ).value( QStringLiteral( "DOCAU->GRPIR" ) );
  QVERIFY( byDefault.isValid() );
  QStringList passages = byDefault.attribute( QStringLiteral( "passages" ) ).toString().split( ';' );
  QVERIFY( !passages.contains( QStringLiteral( "corinth" ) ) );
  QVERIFY( passages.contains( QStringLiteral( "gibraltar" ) ) );
  QVERIFY(
      byDefaultFeedback.infos().contains( QStringLiteral( "Avoided passages: kiel, corinth, northwest, northeast" ) ) );

  QVariantMap allowAll = parameters;
  allowAll.insert( QStringLiteral( "AVOID" ), QVariantList() );
  RecordingFeedback allowAllFeedback;
  const QgsFeature all = outputFeatures( run( allowAll, &allowAllFeedback ) ).value( QStringLiteral( "DOCAU->GRPIR" ) );
  QVERIFY( all.isValid() );
  passages = all.attribute( QStringLiteral( "passages" ) ).toString().split( ';' );
  QVERIFY( passages.contains( QStringLiteral( "corinth" ) ) );
  QVERIFY( all.attribute( QStringLiteral( "network_km" ) ).toDouble() <
           byDefault.attribute( QStringLiteral( "network_km" ) ).toDouble() );
  QVERIFY( allowAllFeedback.infos().contains( QStringLiteral( "Avoided passages: none" ) ) );

  // as a batch run or a saved model passes it: indices, possibly as text
  QVariantMap onlyCorinth = parameters;
  onlyCorinth.insert( QStringLiteral( "AVOID" ), QStringLiteral( "5" ) );
  RecordingFeedback onlyCorinthFeedback;
  const QgsFeature corinthAvoided =
      outputFeatures( run( onlyCorinth, &onlyCorinthFeedback ) ).value( QStringLiteral( "DOCAU->GRPIR" ) );
  QCOMPARE( corinthAvoided.attribute( QStringLiteral( "network_km" ) ).toDouble(),
            byDefault.attribute( QStringLiteral( "network_km" ) ).toDouble() );
  QVERIFY( onlyCorinthFeedback.infos().contains( QStringLiteral( "Avoided passages: corinth" ) ) );

  // an empty string is "nothing selected" too
  QVariantMap emptyText = parameters;
  emptyText.insert( QStringLiteral( "AVOID" ), QString() );
  RecordingFeedback emptyTextFeedback;
  run( emptyText, &emptyTextFeedback );
  QVERIFY( emptyTextFeedback.infos().contains( QStringLiteral( "Avoided passages: none" ) ) );
}

void TestSeaLaneRoutesAlgorithm::canceledBeforeStart()
{
  QgsVectorLayer *table = odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QString() },
                                     { QStringLiteral( "BRSSZ" ), QStringLiteral( "NLRTM" ), QString() } } );
  RecordingFeedback feedback;
  feedback.cancel();
  QElapsedTimer timer;
  timer.start();
  const QVariantMap results = run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                     { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                     { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } },
                                   &feedback );
  QVERIFY2( timer.elapsed() < 5000, qPrintable( QString::number( timer.elapsed() ) ) );
  QCOMPARE( results.value( QStringLiteral( "ROUTE_COUNT" ), 0 ).toInt(), 0 );
  QVERIFY( outputFeatures( results ).isEmpty() );
}

void TestSeaLaneRoutesAlgorithm::canceledWhileRunning()
{
  // every port of the network to ten ports: canceled at the first progress report, after the first origin
  const SeaLaneNetwork network = SeaLaneNetwork::loadFolder( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  QVERIFY2( network.isValid(), qPrintable( network.error() ) );
  const QStringList destinations = network.portCodes().mid( 0, 10 );
  QList<OdRow> rows;
  for ( const QString &origin : network.portCodes() )
  {
    for ( const QString &destination : destinations )
      rows.append( { origin, destination, QString() } );
  }
  QVERIFY( rows.size() > 1000 );
  QgsVectorLayer *table = odTable( rows );

  CancelingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                     { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                     { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } },
                                   &feedback, &ok );
  QVERIFY( feedback.isCanceled() );
  const int built = results.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt();
  QVERIFY2( built > 0 && built <= destinations.size(), qPrintable( QString::number( built ) ) );
  QVERIFY( feedback.errors().isEmpty() );
  QCOMPARE( outputFeatures( results ).size(), built );
}

void TestSeaLaneRoutesAlgorithm::missingNetworkFolder()
{
  const QString folder = mTempDir.filePath( QStringLiteral( "no-such-folder" ) );
  SeaLaneRoutesAlgorithm algorithm( folder );
  algorithm.initAlgorithm();
  QgsVectorLayer *table = odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QString() } } );
  RecordingFeedback feedback;
  bool ok = true;
  algorithm.run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                   { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                   { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                 *mContext, &feedback, &ok );
  QVERIFY( !ok );
  const QString errors = feedback.errors().join( '\n' );
  QVERIFY2( errors.contains( folder + QStringLiteral( "/marnet_plus_20km_seafix.gpkg" ) ) &&
                errors.contains( QStringLiteral( "not found" ) ),
            qPrintable( errors ) );
}

void TestSeaLaneRoutesAlgorithm::corruptNetwork()
{
  const QString folder = mTempDir.filePath( QStringLiteral( "corrupt" ) );
  QVERIFY( QDir().mkpath( folder ) );
  QFile network( folder + QStringLiteral( "/marnet_plus_20km_seafix.gpkg" ) );
  QVERIFY( network.open( QIODevice::WriteOnly ) );
  network.write( "this is not a GeoPackage" );
  network.close();
  QVERIFY( QFile::copy( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes/port_connectors_20km.geojson" ),
                        folder + QStringLiteral( "/port_connectors_20km.geojson" ) ) );

  SeaLaneRoutesAlgorithm algorithm( folder );
  algorithm.initAlgorithm();
  QgsVectorLayer *table = odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QString() } } );
  RecordingFeedback feedback;
  bool ok = true;
  algorithm.run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                   { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                   { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                 *mContext, &feedback, &ok );
  QVERIFY( !ok );
  const QString errors = feedback.errors().join( '\n' );
  QVERIFY2( errors.contains( QStringLiteral( "marnet_plus_20km_seafix.gpkg" ) ), qPrintable( errors ) );
}

void TestSeaLaneRoutesAlgorithm::inputsAreChecked()
{
  QgsVectorLayer *table = odTable( {} );
  QgsVectorLayer *points =
      pointLayer( QStringLiteral( "points" ), QStringLiteral( "EPSG:4326" ), QStringLiteral( "note" ), {} );
  QString message;

  QVERIFY( !mAlgorithm->checkParameterValues( {}, *mContext, &message ) );
  QVERIFY2( message.contains( QStringLiteral( "OD table" ) ), qPrintable( message ) );
  QVERIFY(
      !mAlgorithm->checkParameterValues( { { QStringLiteral( "ORIGINS" ), points->id() } }, *mContext, &message ) );
  QVERIFY( !mAlgorithm->checkParameterValues(
      { { QStringLiteral( "OD_TABLE" ), table->id() }, { QStringLiteral( "ORIGINS" ), points->id() } }, *mContext,
      &message ) );
  QVERIFY2( message.contains( QStringLiteral( "not both" ) ), qPrintable( message ) );
  QVERIFY( !mAlgorithm->checkParameterValues( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                                { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                                { QStringLiteral( "DESTINATION_X" ), QStringLiteral( "to" ) } },
                                              *mContext, &message ) );
  QVERIFY2( message.contains( QStringLiteral( "destination" ) ), qPrintable( message ) );
  QVERIFY( mAlgorithm->checkParameterValues( { { QStringLiteral( "OD_TABLE" ), table->id() },
                                               { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                               { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                                               { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                                             *mContext, &message ) );

  // run() does not call checkParameterValues(): the algorithm refuses the same inputs itself
  RecordingFeedback feedback;
  bool ok = true;
  run( { { QStringLiteral( "ORIGINS" ), points->id() } }, &feedback, &ok );
  QVERIFY( !ok );
  QVERIFY2( feedback.errors().join( '\n' ).contains( QStringLiteral( "destinations" ) ),
            qPrintable( feedback.errors().join( '\n' ) ) );
}

void TestSeaLaneRoutesAlgorithm::runsAsBackgroundTask()
{
  QgsVectorLayer *table =
      odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QStringLiteral( "S1" ) },
                 { QStringLiteral( "BRSSZ" ), QStringLiteral( "NLRTM" ), QStringLiteral( "S2" ) } } );
  RecordingFeedback feedback;
  // as the Processing dialog runs it: a QgsTask whose processAlgorithm() runs in a worker thread
  QgsProcessingAlgRunnerTask *task =
      new QgsProcessingAlgRunnerTask( mAlgorithm,
                                      { { QStringLiteral( "OD_TABLE" ), table->id() },
                                        { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                        { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                                        { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                                      *mContext, &feedback );
  QSignalSpy executed( task, &QgsProcessingAlgRunnerTask::executed );
  QgsApplication::taskManager()->addTask( task );
  QVERIFY( executed.wait( 60000 ) );
  QVERIFY2( executed.at( 0 ).at( 0 ).toBool(), qPrintable( feedback.errors().join( '\n' ) ) );
  QVERIFY( feedback.reportedFromAnotherThread() );
  const QVariantMap results = executed.at( 0 ).at( 1 ).toMap();
  QCOMPARE( results.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 2 );
  QCOMPARE( outputFeatures( results ).keys(),
            QStringList( { QStringLiteral( "BRSSZ->NLRTM" ), QStringLiteral( "ECGYE->BEANR" ) } ) );
}

void TestSeaLaneRoutesAlgorithm::worksInsideAModel()
{
  // A Graphical Modeler model with one step: the OD table is a model input, the routes its output.
  QgsProcessingModelAlgorithm model( QStringLiteral( "routes model" ), QStringLiteral( "tests" ) );
  model.addModelParameter(
      new QgsProcessingParameterFeatureSource( QStringLiteral( "od" ), QStringLiteral( "OD table" ),
                                               QList<int>() << ProcessingCompat::SOURCE_ANY_TABLE ),
      QgsProcessingModelParameter( QStringLiteral( "od" ) ) );
  QgsProcessingModelChildAlgorithm child( ALGORITHM_ID );
  child.setChildId( QStringLiteral( "routes" ) );
  child.addParameterSources( QStringLiteral( "OD_TABLE" ),
                             { QgsProcessingModelChildParameterSource::fromModelParameter( QStringLiteral( "od" ) ) } );
  child.addParameterSources( QStringLiteral( "ORIGIN_CODE_FIELD" ),
                             { QgsProcessingModelChildParameterSource::fromStaticValue( QStringLiteral( "from" ) ) } );
  child.addParameterSources( QStringLiteral( "DESTINATION_CODE_FIELD" ),
                             { QgsProcessingModelChildParameterSource::fromStaticValue( QStringLiteral( "to" ) ) } );
  QgsProcessingModelOutput output( QStringLiteral( "sea_routes" ) );
  output.setChildOutputName( QStringLiteral( "OUTPUT" ) );
  child.setModelOutputs( { { QStringLiteral( "sea_routes" ), output } } );
  model.addChildAlgorithm( child );

  QgsVectorLayer *table =
      odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QStringLiteral( "S1" ) },
                 { QStringLiteral( "BRSSZ" ), QStringLiteral( "NLRTM" ), QStringLiteral( "S2" ) } } );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = model.run( { { QStringLiteral( "od" ), table->id() },
                                           { QStringLiteral( "routes:sea_routes" ), QgsProcessing::TEMPORARY_OUTPUT } },
                                         *mContext, &feedback, &ok );
  QVERIFY2( ok, qPrintable( feedback.errors().join( '\n' ) ) );
  QgsVectorLayer *routes = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString(
      results.value( QStringLiteral( "routes:sea_routes" ) ).toString(), *mContext ) );
  QVERIFY( routes );
  QCOMPARE( routes->featureCount(), 2LL );
}

QgsVectorLayer *TestSeaLaneRoutesAlgorithm::coordinateTable( const QList<QgsAttributes> &rows )
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "None?field=from:string&field=from_lon:double&field=from_lat:double&field=to:string&field=to_lon:"
                      "double&field=to_lat:double" ),
      QStringLiteral( "od_xy" ), QStringLiteral( "memory" ) );
  QgsFeatureList features;
  for ( const QgsAttributes &attributes : rows )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttributes( attributes );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  return qobject_cast<QgsVectorLayer *>( mProject->addMapLayer( layer.release() ) );
}

QVariantMap TestSeaLaneRoutesAlgorithm::coordinateParameters( const QgsVectorLayer *table )
{
  return { { QStringLiteral( "OD_TABLE" ), table->id() },
           { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
           { QStringLiteral( "ORIGIN_X" ), QStringLiteral( "from_lon" ) },
           { QStringLiteral( "ORIGIN_Y" ), QStringLiteral( "from_lat" ) },
           { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
           { QStringLiteral( "DESTINATION_X" ), QStringLiteral( "to_lon" ) },
           { QStringLiteral( "DESTINATION_Y" ), QStringLiteral( "to_lat" ) },
           { QStringLiteral( "DENSIFY_KM" ), 0 } };
}

void TestSeaLaneRoutesAlgorithm::coordinatesAtPublishedPositions()
{
  // 8 Latin American and Caribbean origins to 10 European ports, by UN/LOCODE and by the ports' published positions
  // (layers/ports.csv): a route by coordinates is at most 25 km longer, and neither kind runs over land
  QFile file( QStringLiteral( PSA_SOURCE_DIR "/layers/ports.csv" ) );
  QVERIFY( file.open( QIODevice::ReadOnly | QIODevice::Text ) );
  QHash<QString, QPointF> positions;
  file.readLine();
  while ( !file.atEnd() )
  {
    const QStringList fields = QString::fromUtf8( file.readLine() ).trimmed().split( QLatin1Char( ',' ) );
    if ( fields.size() > 4 )
      positions.insert( fields[1], QPointF( fields[4].toDouble(), fields[3].toDouble() ) );
  }
  const QStringList origins = { QStringLiteral( "BRPNG" ), QStringLiteral( "BRSSZ" ), QStringLiteral( "COTRB" ),
                                QStringLiteral( "ECGYE" ), QStringLiteral( "JMKIN" ), QStringLiteral( "DOCAU" ),
                                QStringLiteral( "VELAG" ), QStringLiteral( "PECLL" ) };
  const QStringList destinations = { QStringLiteral( "BEANR" ), QStringLiteral( "NLRTM" ), QStringLiteral( "DEHAM" ),
                                     QStringLiteral( "FRLEH" ), QStringLiteral( "ESALG" ), QStringLiteral( "ESVLC" ),
                                     QStringLiteral( "ITGIT" ), QStringLiteral( "GBFXT" ), QStringLiteral( "PLGDN" ),
                                     QStringLiteral( "SEGOT" ) };
  QList<QgsAttributes> byCode;
  QList<QgsAttributes> byPosition;
  for ( const QString &origin : origins )
  {
    for ( const QString &destination : destinations )
    {
      QVERIFY2( positions.contains( origin ) && positions.contains( destination ), qPrintable( origin + destination ) );
      const QPointF from = positions.value( origin );
      const QPointF to = positions.value( destination );
      byCode << QgsAttributes( { origin, QVariant(), QVariant(), destination, QVariant(), QVariant() } );
      byPosition << QgsAttributes( { QVariant(), from.x(), from.y(), QVariant(), to.x(), to.y() } );
    }
  }
  RecordingFeedback codeFeedback;
  RecordingFeedback positionFeedback;
  QgsVectorLayer *codeTable = coordinateTable( byCode );
  QgsVectorLayer *positionTable = coordinateTable( byPosition );
  const QVariantMap codeResults = run( coordinateParameters( codeTable ), &codeFeedback );
  const QVariantMap positionResults = run( coordinateParameters( positionTable ), &positionFeedback );
  QVERIFY2( codeFeedback.errors().isEmpty(), qPrintable( codeFeedback.errors().join( '\n' ) ) );
  QVERIFY2( positionFeedback.errors().isEmpty(), qPrintable( positionFeedback.errors().join( '\n' ) ) );

  const RouteLandCheck land;
  QVERIFY2( land.isValid(), qPrintable( land.worldMap() ) );
  const auto routes = [this]( const QVariantMap &results ) {
    QList<QgsFeature> features;
    QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>(
        QgsProcessingUtils::mapLayerFromString( results.value( QStringLiteral( "OUTPUT" ) ).toString(), *mContext ) );
    QgsFeature feature;
    QgsFeatureIterator iterator = layer->getFeatures();
    while ( iterator.nextFeature( feature ) )
      features << feature;
    return features;
  };
  const QList<QgsFeature> codeRoutes = routes( codeResults );
  const QList<QgsFeature> positionRoutes = routes( positionResults );
  QCOMPARE( codeRoutes.size(), 80 );
  QCOMPARE( positionRoutes.size(), 80 );
  for ( int i = 0; i < 80; ++i )
  {
    const QString pair = origins[i / 10] + QStringLiteral( "->" ) + destinations[i % 10];
    const double codeKm = codeRoutes[i].attribute( QStringLiteral( "network_km" ) ).toDouble();
    const double positionKm = positionRoutes[i].attribute( QStringLiteral( "network_km" ) ).toDouble();
    QVERIFY2(
        positionKm <= codeKm + 25,
        qPrintable(
            QStringLiteral( "%1: %2 km by coordinates, %3 km by code" ).arg( pair ).arg( positionKm ).arg( codeKm ) ) );
    QVERIFY( positionRoutes[i].attribute( QStringLiteral( "approach_km" ) ).toDouble() > 0 );
    const QgsPointXY from( positions.value( origins[i / 10] ) );
    const QgsPointXY to( positions.value( destinations[i % 10] ) );
    for ( const QgsFeature &route : { codeRoutes[i], positionRoutes[i] } )
    {
      const double landKm = land.landKm( route.geometry(), from, to );
      QVERIFY2( landKm <= RouteLandCheck::TOLERATED_LAND_KM,
                qPrintable( QStringLiteral( "%1: %2 km over land" ).arg( pair ).arg( landKm ) ) );
    }
  }
}

void TestSeaLaneRoutesAlgorithm::seaOnlyJoins_data()
{
  QTest::addColumn<double>( "lon" );
  QTest::addColumn<double>( "lat" );
  // the nearest node of Paranagua bay is 245 km offshore; a point in the Western Scheldt, where the nearest nodes are
  // on the delta's waterways; the Gulf of Uraba, whose nearest node lies across the land of Colombia
  QTest::newRow( "offshore node" ) << -48.35 << -25.52;
  QTest::newRow( "delta" ) << 3.6 << 51.42;
  QTest::newRow( "enclosed bay" ) << -76.85 << 8.4;
}

void TestSeaLaneRoutesAlgorithm::seaOnlyJoins()
{
  QFETCH( double, lon );
  QFETCH( double, lat );
  QgsVectorLayer *table = coordinateTable(
      { QgsAttributes( { QVariant(), lon, lat, QStringLiteral( "DEHAM" ), QVariant(), QVariant() } ) } );
  RecordingFeedback feedback;
  const QVariantMap results = run( coordinateParameters( table ), &feedback );
  QVERIFY2( feedback.errors().isEmpty(), qPrintable( feedback.errors().join( '\n' ) ) );
  const QMap<QString, QgsFeature> routes = outputFeatures( results );
  QCOMPARE( routes.size(), 1 );
  const QgsFeature route = routes.first();
  QVERIFY( route.attribute( QStringLiteral( "approximate" ) ).toBool() );
  QVERIFY( route.attribute( QStringLiteral( "approach_km" ) ).toDouble() > 0 );
  // the whole line stays at sea: the port approach exemption of the check covers 150 km around each end, the join
  // lines here are longer
  const RouteLandCheck land;
  const QgsGeometry line = route.geometry();
  const double landKm = land.landKm( line, QgsPointXY( line.vertexAt( 1 ) ), QgsPointXY( 9.97, 53.53 ) );
  QVERIFY2( landKm <= RouteLandCheck::TOLERATED_LAND_KM,
            qPrintable( QStringLiteral( "%1 km over land" ).arg( landKm ) ) );
}

void TestSeaLaneRoutesAlgorithm::caribbeanToBalticPassesDover()
{
  QgsVectorLayer *table = odTable( { { QStringLiteral( "JMKIN" ), QStringLiteral( "PLGDN" ), QString() } } );
  QVariantMap parameters = { { QStringLiteral( "OD_TABLE" ), table->id() },
                             { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                             { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } };
  RecordingFeedback feedback;
  const QgsFeature lanes = outputFeatures( run( parameters, &feedback ) ).value( QStringLiteral( "JMKIN->PLGDN" ) );
  QVERIFY( lanes.isValid() );
  QCOMPARE( lanes.attribute( QStringLiteral( "passages" ) ).toString(), QStringLiteral( "dover" ) );

  parameters.insert( QStringLiteral( "SHORTEST_DISTANCE" ), true );
  const QgsFeature shortest = outputFeatures( run( parameters, &feedback ) ).value( QStringLiteral( "JMKIN->PLGDN" ) );
  QVERIFY( shortest.isValid() );
  QCOMPARE( shortest.attribute( QStringLiteral( "passages" ) ).toString(), QStringLiteral( "pentland firth" ) );
  QVERIFY( shortest.attribute( QStringLiteral( "network_km" ) ).toDouble() <
           lanes.attribute( QStringLiteral( "network_km" ) ).toDouble() );
}

void TestSeaLaneRoutesAlgorithm::unknownCodeFallsBackToCoordinates()
{
  QgsVectorLayer *table = coordinateTable(
      { QgsAttributes( { QStringLiteral( "ZZABC" ), -9.6, 38.6, QStringLiteral( "BEANR" ), QVariant(), QVariant() } ),
        QgsAttributes( { QStringLiteral( "ZZXYZ" ), QVariant(), QVariant(), QStringLiteral( "BEANR" ), QVariant(),
                         QVariant() } ) } );
  RecordingFeedback feedback;
  const QVariantMap results = run( coordinateParameters( table ), &feedback );
  QCOMPARE( results.value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 1 );
  const QgsFeature route = outputFeatures( results ).value( QStringLiteral( "NULL->BEANR" ) );
  QVERIFY( route.isValid() );
  QCOMPARE( route.attribute( QStringLiteral( "origin" ) ).toString(), QStringLiteral( "ZZABC" ) );
  QVERIFY2( route.attribute( QStringLiteral( "fallback" ) )
                .toString()
                .contains( QStringLiteral( "unknown origin UN/LOCODE 'ZZABC', routed by its coordinates" ) ),
            qPrintable( route.attribute( QStringLiteral( "fallback" ) ).toString() ) );
  QVERIFY2( feedback.warnings().join( '\n' ).contains(
                QStringLiteral( "Row 1 of 'od_xy': unknown origin UN/LOCODE 'ZZABC', routed by its coordinates" ) ),
            qPrintable( feedback.warnings().join( '\n' ) ) );
  // without coordinates the row fails, naming the code
  QCOMPARE( feedback.errors().size(), 1 );
  QVERIFY2( feedback.errors().constFirst().startsWith( QStringLiteral( "Row 2 of 'od_xy':" ) ) &&
                feedback.errors().constFirst().contains( QStringLiteral( "'ZZXYZ'" ) ),
            qPrintable( feedback.errors().constFirst() ) );
  // a known code is used, with no fallback
  QgsVectorLayer *known = coordinateTable( { QgsAttributes(
      { QStringLiteral( "ESVLC" ), -9.6, 38.6, QStringLiteral( "BEANR" ), QVariant(), QVariant() } ) } );
  const QgsFeature port =
      outputFeatures( run( coordinateParameters( known ), &feedback ) ).value( QStringLiteral( "ESVLC->BEANR" ) );
  QVERIFY( port.isValid() );
  QVERIFY( ProcessingCompat::isNull( port.attribute( QStringLiteral( "fallback" ) ) ) );
}

void TestSeaLaneRoutesAlgorithm::networkLoadedOncePerSession()
{
  QgsVectorLayer *table = odTable( { { QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ), QString() } } );
  const QVariantMap parameters = { { QStringLiteral( "OD_TABLE" ), table->id() },
                                   { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                                   { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) } };
  RecordingFeedback first;
  QCOMPARE( run( parameters, &first ).value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 1 );
  const int loads = SeaLaneNetworkCache::loadCount();
  // the second call (and a new algorithm instance) does not read the network files again
  RecordingFeedback second;
  QCOMPARE( run( parameters, &second ).value( QStringLiteral( "ROUTE_COUNT" ) ).toInt(), 1 );
  std::unique_ptr<QgsProcessingAlgorithm> other( mAlgorithm->create() );
  bool ok = false;
  QVariantMap withOutput = parameters;
  withOutput.insert( QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT );
  other->run( withOutput, *mContext, &second, &ok );
  QVERIFY( ok );
  QCOMPARE( SeaLaneNetworkCache::loadCount(), loads );
}

void TestSeaLaneRoutesAlgorithm::badPointsFailTheirRow()
{
  const double nan = std::numeric_limits<double>::quiet_NaN();
  QgsVectorLayer *table = coordinateTable( {
      QgsAttributes( { QVariant(), 10.0, 50.0, QStringLiteral( "BEANR" ), QVariant(), QVariant() } ), // Germany
      QgsAttributes( { QVariant(), 0.0, 90.0, QStringLiteral( "BEANR" ), QVariant(), QVariant() } ),  // the pole
      QgsAttributes( { QVariant(), nan, 40.0, QStringLiteral( "BEANR" ), QVariant(), QVariant() } ),  // NaN
      QgsAttributes( { QVariant(), -9.6, 38.6, QVariant(), -9.6, 38.6 } ),                            // the same place
      QgsAttributes(
          { QStringLiteral( "ECGYE" ), QVariant(), QVariant(), QStringLiteral( "BEANR" ), QVariant(), QVariant() } ),
  } );
  RecordingFeedback feedback;
  bool ok = false;
  const QVariantMap results = run( coordinateParameters( table ), &feedback, &ok );
  QVERIFY( ok );
  QCOMPARE( outputFeatures( results ).keys(), QStringList( { QStringLiteral( "ECGYE->BEANR" ) } ) );
  QCOMPARE( results.value( QStringLiteral( "FAILED_COUNT" ) ).toInt(), 4 );
  const QStringList errors = feedback.errors();
  QCOMPARE( errors.size(), 3 );
  QVERIFY2( errors[0].startsWith( QStringLiteral( "Row 1 of 'od_xy':" ) ) &&
                errors[0].contains( QStringLiteral( "is on land" ) ),
            qPrintable( errors[0] ) );
  QVERIFY2( errors[1].startsWith( QStringLiteral( "Row 2 of 'od_xy':" ) ) &&
                errors[1].contains( QStringLiteral( "snap tolerance" ) ),
            qPrintable( errors[1] ) );
  QVERIFY2( errors[2].startsWith( QStringLiteral( "Row 3 of 'od_xy':" ) ) &&
                errors[2].contains( QStringLiteral( "expected a number" ) ),
            qPrintable( errors[2] ) );
  QVERIFY2( feedback.warnings().join( '\n' ).contains( QStringLiteral( "Row 4 of 'od_xy': the origin" ) ) &&
                feedback.warnings().join( '\n' ).contains( QStringLiteral( "same place" ) ),
            qPrintable( feedback.warnings().join( '\n' ) ) );
}

PSA_QGIS_TEST_MAIN( TestSeaLaneRoutesAlgorithm )
#include "testsealaneroutesalgorithm.moc"
