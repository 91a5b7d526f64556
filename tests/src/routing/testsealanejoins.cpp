/***************************************************************************
  testsealanejoins.cpp
  Port Seizure Atlas: how route ends join the network (sea-only lines, ports' positions, components) and the lane
  classes that keep routes on the main shipping lanes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "routingtestutils.h"
#include "sealaneland.h"
#include "sealanenetwork.h"
#include "searoute.h"
#include "searouteendpoint.h"
#include "searouter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace RoutingTestUtils;

class TestSeaLaneJoins : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();

    void joinLineStaysAtSea();
    void pointOnLandFails();
    void noReachableNodeWithinTolerance();
    void disconnectedComponentIsNotJoined();
    void landFileProblemsAreNamed();

    void portPositionJoinsThroughConnectors();
    void caribbeanToBalticPassesDover();
    void pureDistanceTakesThePentlandFirth();
    void minorPassagesAreNamed();

  private:
    //! Writes a GeoJSON file of one land polygon (\a ring, closed) and returns its path.
    QString writeLand( const QString &name, const QVector<QPointF> &ring );

    SeaLaneNetwork mShipped;
    QTemporaryDir mTempDir;
    QString mNetworkFile;
    QString mConnectorsFile;
    std::shared_ptr<const SeaLaneLand> mLand;
};

QString TestSeaLaneJoins::writeLand( const QString &name, const QVector<QPointF> &ring )
{
  QStringList coordinates;
  for ( const QPointF &vertex : ring )
    coordinates << QStringLiteral( "[%1, %2]" ).arg( vertex.x(), 0, 'g', 17 ).arg( vertex.y(), 0, 'g', 17 );
  const QString path = mTempDir.filePath( name );
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
    return QString();
  file.write(
      QStringLiteral( "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": "
                      "{}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[%1]]}}]}\n" )
          .arg( coordinates.join( QLatin1String( ", " ) ) )
          .toUtf8() );
  return path;
}

void TestSeaLaneJoins::initTestCase()
{
  QVERIFY( mTempDir.isValid() );
  mShipped = SeaLaneNetwork::load( networkPath(), connectorsPath() );
  QVERIFY2( mShipped.isValid(), qPrintable( mShipped.error() ) );

  // a peninsula (lon 0.2 to 0.8) between the sea west of it and a node east of it; the network runs round its north
  QString error;
  mLand = SeaLaneLand::load(
      writeLand( QStringLiteral( "peninsula.geojson" ),
                 { QPointF( 0.2, -2 ), QPointF( 0.8, -2 ), QPointF( 0.8, 1 ), QPointF( 0.2, 1 ), QPointF( 0.2, -2 ) } ),
      QString(), &error );
  QVERIFY2( mLand, qPrintable( error ) );
  QCOMPARE( mLand->polygonCount(), 1 );
  mNetworkFile = mTempDir.filePath( QStringLiteral( "peninsula.gpkg" ) );
  QCOMPARE( writeTestNetwork( mNetworkFile,
                              { { { QPointF( 1.0, 0 ), QPointF( 0.5, 2 ) }, QString(), HAVERSINE_LENGTH },
                                { { QPointF( 0.5, 2 ), QPointF( -2, 0 ) }, QString(), HAVERSINE_LENGTH },
                                { { QPointF( -2, 0 ), QPointF( -5, 0 ) }, QString(), HAVERSINE_LENGTH },
                                // a piece of network that does not connect to the rest
                                { { QPointF( 0.15, -3 ), QPointF( 0.15, -3.5 ) }, QString(), HAVERSINE_LENGTH } } ),
            QString() );
  mConnectorsFile = mTempDir.filePath( QStringLiteral( "peninsula.geojson.connectors" ) );
  QVERIFY( writeTestConnectors(
      mConnectorsFile,
      { { QStringLiteral( "WWWWW" ), QStringLiteral( "West" ), { QPointF( -5.5, 0 ), QPointF( -5, 0 ) } } } ) );
}

void TestSeaLaneJoins::joinLineStaysAtSea()
{
  const SeaLaneNetwork withLand =
      SeaLaneNetwork::load( mNetworkFile, mConnectorsFile, QStringLiteral( "marnet" ), mLand );
  const SeaLaneNetwork withoutLand = SeaLaneNetwork::load( mNetworkFile, mConnectorsFile );
  QVERIFY2( withLand.isValid(), qPrintable( withLand.error() ) );
  QCOMPARE( withLand.componentCount(), 2 );
  const SeaRouteEndpoint west = SeaRouteEndpoint::point( 0.1, 0, QStringLiteral( "west of the peninsula" ) );

  // without land the point joins the nearest node, across the peninsula (the node west of it is more than twice as
  // far, so it is no other way in)
  SeaRouter across( withoutLand );
  const SeaRoute crossing = across.route( west, SeaRouteEndpoint::port( QStringLiteral( "WWWWW" ) ) );
  QVERIFY2( crossing.isValid(), qPrintable( crossing.error() ) );
  QCOMPARE( crossing.originJoin(), QPointF( 1.0, 0 ) );
  QVERIFY( mLand->crossesLand( 0.1, 0, 1.0, 0 ) );

  // with land it joins the nearest node a straight line at sea reaches, searching outward
  SeaRouter atSea( withLand );
  const SeaRoute route = atSea.route( west, SeaRouteEndpoint::port( QStringLiteral( "WWWWW" ) ) );
  QVERIFY2( route.isValid(), qPrintable( route.error() ) );
  const QPointF join = route.originJoin();
  QVERIFY2( !mLand->crossesLand( 0.1, 0, join.x(), join.y() ),
            qPrintable( QStringLiteral( "join %1 %2" ).arg( join.x() ).arg( join.y() ) ) );
  QCOMPARE( join, QPointF( -2, 0 ) );
  QCOMPARE( route.originSnapKm(), SeaLaneNetwork::haversineKm( 0.1, 0, -2, 0 ) );
  QCOMPARE( route.originApproachKm(), route.originSnapKm() );
  QVERIFY( route.lengthKm() < crossing.lengthKm() );
  // the line starts at the point and goes straight to the join
  QCOMPARE( route.polyline().at( 0 ), QPointF( 0.1, 0 ) );
  QCOMPARE( route.polyline().at( 1 ), join );
}

void TestSeaLaneJoins::pointOnLandFails()
{
  const SeaLaneNetwork network =
      SeaLaneNetwork::load( mNetworkFile, mConnectorsFile, QStringLiteral( "marnet" ), mLand );
  SeaRouter router( network );
  const SeaRoute route = router.route( SeaRouteEndpoint::point( 0.5, -0.5, QStringLiteral( "inland" ) ),
                                       SeaRouteEndpoint::port( QStringLiteral( "WWWWW" ) ) );
  QVERIFY( !route.isValid() );
  QVERIFY2( route.error().contains( QStringLiteral( "origin point 'inland' (0.5000, -0.5000) is on land" ) ),
            qPrintable( route.error() ) );
  QCOMPARE( router.endpointError( SeaRouteEndpoint::point( 0.5, -0.5 ), QStringLiteral( "origin" ) ).isEmpty(), false );
  // the other end still routes
  QVERIFY( router.route( SeaRouteEndpoint::point( -2, 0.1 ), SeaRouteEndpoint::port( QStringLiteral( "WWWWW" ) ) )
               .isValid() );
}

void TestSeaLaneJoins::noReachableNodeWithinTolerance()
{
  const SeaLaneNetwork network =
      SeaLaneNetwork::load( mNetworkFile, mConnectorsFile, QStringLiteral( "marnet" ), mLand );
  SeaRouter router( network );
  // 1.0 E is reached only across land; -2 E is 233 km away at sea
  router.setSnapToleranceKm( 120 );
  const QString error = router.endpointError( SeaRouteEndpoint::point( 0.1, 0, QStringLiteral( "bay" ) ),
                                              QStringLiteral( "destination" ) );
  QVERIFY2(
      error.contains( QStringLiteral( "destination point 'bay'" ) ) &&
          error.contains( QStringLiteral( "reached by a straight line at sea within the snap tolerance of 120.0 km" ) ),
      qPrintable( error ) );
  router.setSnapToleranceKm( 240 );
  QCOMPARE( router.endpointError( SeaRouteEndpoint::point( 0.1, 0 ), QStringLiteral( "destination" ) ), QString() );
  // 90 degrees north, NaN: clear messages, no crash
  QVERIFY( router.endpointError( SeaRouteEndpoint::point( 0, 90 ), QStringLiteral( "origin" ) )
               .contains( QStringLiteral( "snap tolerance" ) ) );
  QVERIFY( router.endpointError( SeaRouteEndpoint::point( std::nan( "" ), 10 ), QStringLiteral( "origin" ) )
               .contains( QStringLiteral( "not a valid longitude/latitude" ) ) );
}

void TestSeaLaneJoins::disconnectedComponentIsNotJoined()
{
  const SeaLaneNetwork network = SeaLaneNetwork::load( mNetworkFile, mConnectorsFile );
  QCOMPARE( network.componentCount(), 2 );
  // the point is right next to the small piece, which leads nowhere: it joins the main network instead
  const int island = network.findNode( 0.15, -3 );
  QVERIFY( island >= 0 );
  QVERIFY( !network.isInMainComponent( island ) );
  SeaRouter router( network );
  const SeaRoute route =
      router.route( SeaRouteEndpoint::point( 0.16, -3.01 ), SeaRouteEndpoint::port( QStringLiteral( "WWWWW" ) ) );
  QVERIFY2( route.isValid(), qPrintable( route.error() ) );
  QVERIFY( network.isInMainComponent( network.findNode( route.originJoin().x(), route.originJoin().y() ) ) );
}

void TestSeaLaneJoins::landFileProblemsAreNamed()
{
  QString error;
  const QString missing = mTempDir.filePath( QStringLiteral( "no-land.gpkg" ) );
  QVERIFY( !SeaLaneLand::load( missing, QStringLiteral( "countries" ), &error ) );
  QVERIFY2( error.contains( missing ) && error.contains( QStringLiteral( "not found" ) ), qPrintable( error ) );
  const QString lines = mTempDir.filePath( QStringLiteral( "lines.geojson" ) );
  QVERIFY( writeTestConnectors(
      lines, { { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( 0, 0 ), QPointF( 1, 1 ) } } } ) );
  QVERIFY( !SeaLaneLand::load( lines, QString(), &error ) );
  QVERIFY2( error.contains( lines ) && error.contains( QStringLiteral( "expected polygons" ) ), qPrintable( error ) );
}

void TestSeaLaneJoins::portPositionJoinsThroughConnectors()
{
  // a point at a port's published position leaves through the port's sea-only connectors: the same route as the code
  SeaRouter router( mShipped );
  for ( const QString &code : { QStringLiteral( "BRPNG" ), QStringLiteral( "BEANR" ), QStringLiteral( "COTRB" ) } )
  {
    const QPointF position = mShipped.portPosition( code );
    const SeaRoute byCode = router.route( code, QStringLiteral( "DEHAM" ) );
    const SeaRoute byPoint = router.route( SeaRouteEndpoint::point( position.x(), position.y() ),
                                           SeaRouteEndpoint::port( QStringLiteral( "DEHAM" ) ) );
    QVERIFY2( byCode.isValid() && byPoint.isValid(), qPrintable( code + byPoint.error() ) );
    QCOMPARE( byPoint.lengthKm(), byCode.lengthKm() );
    QCOMPARE( byPoint.originSnapKm(), 0.0 );
    QVERIFY( byPoint.originApproachKm() > 0 );
    QCOMPARE( byPoint.edges().constFirst(), byCode.edges().constFirst() );
  }
  // a quay 3 km from the port too, one more straight line at its start
  const QPointF antwerp = mShipped.portPosition( QStringLiteral( "BEANR" ) );
  const SeaRoute quay = router.route( SeaRouteEndpoint::point( antwerp.x() + 0.04, antwerp.y() ),
                                      SeaRouteEndpoint::port( QStringLiteral( "DEHAM" ) ) );
  QVERIFY2( quay.isValid(), qPrintable( quay.error() ) );
  QVERIFY( quay.originSnapKm() > 2 && quay.originSnapKm() < 4 );
  QCOMPARE( quay.polyline().at( 1 ), antwerp );
}

void TestSeaLaneJoins::caribbeanToBalticPassesDover()
{
  SeaRouter router( mShipped );
  QVERIFY( router.laneWeighting() );
  for ( const QString &origin : { QStringLiteral( "JMKIN" ), QStringLiteral( "DOCAU" ), QStringLiteral( "COCTG" ) } )
  {
    for ( const QString &destination :
          { QStringLiteral( "PLGDN" ), QStringLiteral( "SEGOT" ), QStringLiteral( "DEHAM" ) } )
    {
      const SeaRoute route = router.route( origin, destination );
      QVERIFY2( route.isValid(), qPrintable( route.error() ) );
      QVERIFY2( route.usesPassage( QStringLiteral( "dover" ) ),
                qPrintable( QStringLiteral( "%1->%2: %3" ).arg( origin, destination, route.passages().join( ';' ) ) ) );
      for ( const QString &minor : { QStringLiteral( "pentland firth" ), QStringLiteral( "orkney sounds" ),
                                     QStringLiteral( "fair isle channel" ), QStringLiteral( "minch" ) } )
        QVERIFY( !route.usesPassage( minor ) );
    }
  }
}

void TestSeaLaneJoins::pureDistanceTakesThePentlandFirth()
{
  SeaRouter router( mShipped );
  const SeaRoute lanes = router.route( QStringLiteral( "JMKIN" ), QStringLiteral( "PLGDN" ) );
  router.setLaneWeighting( false );
  QVERIFY( !router.laneWeighting() );
  const SeaRoute shortest = router.route( QStringLiteral( "JMKIN" ), QStringLiteral( "PLGDN" ) );
  QVERIFY2( shortest.isValid(), qPrintable( shortest.error() ) );
  QVERIFY2( shortest.usesPassage( QStringLiteral( "pentland firth" ) ), qPrintable( shortest.passages().join( ';' ) ) );
  QVERIFY( !shortest.usesPassage( QStringLiteral( "dover" ) ) );
  QVERIFY( shortest.lengthKm() < lanes.lengthKm() );
}

void TestSeaLaneJoins::minorPassagesAreNamed()
{
  for ( const QString &name :
        { QStringLiteral( "pentland firth" ), QStringLiteral( "fair isle channel" ), QStringLiteral( "minch" ) } )
  {
    const int id = mShipped.passageId( name );
    QVERIFY2( id > 0, qPrintable( name ) );
    int edges = 0;
    for ( int edge = 0; edge < mShipped.networkEdgeCount(); ++edge )
    {
      if ( mShipped.edgePassageId( edge ) == id )
      {
        ++edges;
        QCOMPARE( mShipped.edgeLaneClass( edge ), SeaLaneNetwork::LaneClass::MinorPassage );
      }
    }
    QVERIFY2( edges > 0, qPrintable( name ) );
  }
  // the straits the network file names keep their names and the main lane class
  const int dover = mShipped.passageId( QStringLiteral( "dover" ) );
  for ( int edge = 0; edge < mShipped.networkEdgeCount(); ++edge )
  {
    if ( mShipped.edgePassageId( edge ) == dover )
      QCOMPARE( mShipped.edgeLaneClass( edge ), SeaLaneNetwork::LaneClass::Main );
  }
}

QTEST_GUILESS_MAIN( TestSeaLaneJoins )
#include "testsealanejoins.moc"
