/***************************************************************************
  testsearouter.cpp
  Port Seizure Atlas: shortest sea routes against the reference lengths, passages and bad input
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "geodesicdensifier.h"
#include "routingtestutils.h"
#include "sealanenetwork.h"
#include "searoute.h"
#include "searouteendpoint.h"
#include "searouter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <memory>

using namespace RoutingTestUtils;

class TestSeaRouter : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();

    void referenceRoutes_data();
    void referenceRoutes();
    void defaultRoutesAvoidRestrictedPassages();
    void corinthWhenAllowed();
    void panamaWhenThatIsTheWay();
    void aStarMatchesDijkstra();
    void polylineFollowsEdges();
    void freePoints();
    void samePlace();
    void acrossTheAntimeridian();

    void unknownPort();
    void pointTooFarFromTheSea();
    void invalidPoint();
    void invalidNetwork();
    void avoidedPassagesOnSmallNetwork();

  private:
    static QStringList split( const QString &passages );
    //! Returns the passages of \a route that the network file's `pass` field names (not those named by area).
    static QStringList filePassages( const SeaRoute &route );
    //! Checks what every valid route must satisfy; returns an empty string or the first violation.
    QString checkRoute( const SeaRoute &route ) const;

    SeaLaneNetwork mNetwork;
    QTemporaryDir mTempDir;
};

QStringList TestSeaRouter::split( const QString &passages )
{
  QStringList names = passages.split( QLatin1Char( ';' ) );
  names.removeAll( QString() );
  names.sort();
  return names;
}

QStringList TestSeaRouter::filePassages( const SeaRoute &route )
{
  QStringList passages = route.passages();
  for ( const SeaLaneNetwork::NamedPassageArea &area : SeaLaneNetwork::namedPassageAreas() )
    passages.removeAll( area.name );
  return passages;
}

QString TestSeaRouter::checkRoute( const SeaRoute &route ) const
{
  if ( !route.isValid() )
    return QStringLiteral( "invalid: %1" ).arg( route.error() );
  const QVector<int> edges = route.edges();
  double sumKm = 0;
  for ( int i = 0; i < edges.size(); ++i )
  {
    // a connector is only ever the first or the last edge
    if ( mNetwork.isConnector( edges[i] ) && i != 0 && i != edges.size() - 1 )
      return QStringLiteral( "connector %1 in the middle of the route" ).arg( mNetwork.edgePortCode( edges[i] ) );
    sumKm += mNetwork.edgeLengthKm( edges[i] );
  }
  if ( route.origin().isPort() &&
       ( edges.isEmpty() || mNetwork.edgePortCode( edges.first() ) != route.origin().unlocode() ) )
    return QStringLiteral( "does not leave through a connector of %1" ).arg( route.origin().unlocode() );
  if ( route.destination().isPort() &&
       ( edges.isEmpty() || mNetwork.edgePortCode( edges.last() ) != route.destination().unlocode() ) )
    return QStringLiteral( "does not arrive through a connector of %1" ).arg( route.destination().unlocode() );
  sumKm += std::max( 0.0, route.originSnapKm() ) + std::max( 0.0, route.destinationSnapKm() );
  if ( std::fabs( sumKm - route.lengthKm() ) > 1e-6 * route.lengthKm() )
    return QStringLiteral( "length %1 is not the sum of its edges %2" ).arg( route.lengthKm() ).arg( sumKm );

  const QVector<QPointF> line = route.polyline();
  const QPointF start =
      route.origin().isPort() ? mNetwork.portPosition( route.origin().unlocode() ) : route.origin().position();
  const QPointF end = route.destination().isPort() ? mNetwork.portPosition( route.destination().unlocode() )
                                                   : route.destination().position();
  // longitudes are continuous, so the end may be a whole turn away from the endpoint's own longitude
  const auto samePlace = []( const QPointF &a, const QPointF &b ) {
    return a.y() == b.y() && std::fabs( std::remainder( a.x() - b.x(), 360.0 ) ) < 1e-9;
  };
  if ( !samePlace( line.first(), start ) || !samePlace( line.last(), end ) )
    return QStringLiteral( "polyline runs from (%1, %2) to (%3, %4)" )
        .arg( line.first().x() )
        .arg( line.first().y() )
        .arg( line.last().x() )
        .arg( line.last().y() );
  // edge lengths are haversine lengths of their geometry: a wrongly reversed or skipped edge would show here
  double lineKm = 0;
  for ( int i = 1; i < line.size(); ++i )
  {
    if ( std::fabs( line[i].x() - line[i - 1].x() ) > 180 )
      return QStringLiteral( "longitude jumps at vertex %1" ).arg( i );
    lineKm += SeaLaneNetwork::haversineKm( line[i - 1].x(), line[i - 1].y(), line[i].x(), line[i].y() );
  }
  if ( std::fabs( lineKm - route.lengthKm() ) > 0.001 * edges.size() + 1e-6 )
    return QStringLiteral( "polyline is %1 km, route %2 km" ).arg( lineKm ).arg( route.lengthKm() );
  // the geodesic length the route reports (from lengths kept per edge) is that of its line
  const double geodesicKm = GeodesicDensifier::lengthKm( line );
  if ( std::fabs( geodesicKm - route.geodesicLengthKm() ) > 1e-9 * geodesicKm + 1e-9 )
    return QStringLiteral( "geodesic length %1 km, its line's %2 km" )
        .arg( route.geodesicLengthKm() )
        .arg( geodesicKm );

  for ( const QString &avoided : route.avoidedPassages() )
  {
    if ( route.usesPassage( avoided ) )
      return QStringLiteral( "uses avoided passage %1" ).arg( avoided );
  }
  return QString();
}

void TestSeaRouter::initTestCase()
{
  QVERIFY( mTempDir.isValid() );
  mNetwork = SeaLaneNetwork::load( networkPath(), connectorsPath() );
  QVERIFY2( mNetwork.isValid(), qPrintable( mNetwork.error() ) );
}

void TestSeaRouter::referenceRoutes_data()
{
  QTest::addColumn<QString>( "from" );
  QTest::addColumn<QString>( "to" );
  QTest::addColumn<double>( "kmDefault" );
  QTest::addColumn<QStringList>( "passagesDefault" );
  QTest::addColumn<double>( "kmAll" );
  QTest::addColumn<QStringList>( "passagesAll" );

  const QString path = dataPath( QStringLiteral( "route_reference.csv" ) );
  QFile file( path );
  QVERIFY2( file.open( QIODevice::ReadOnly | QIODevice::Text ), qPrintable( path ) );
  QTextStream stream( &file );
  const QStringList header = stream.readLine().split( QLatin1Char( ',' ) );
  QCOMPARE( header, QStringList( { QStringLiteral( "from_unlocode" ), QStringLiteral( "to_unlocode" ),
                                   QStringLiteral( "km_default" ), QStringLiteral( "passes_default" ),
                                   QStringLiteral( "km_all_passages" ), QStringLiteral( "passes_all_passages" ) } ) );
  int rows = 0;
  while ( !stream.atEnd() )
  {
    const QString line = stream.readLine().trimmed();
    if ( line.isEmpty() )
      continue;
    const QStringList fields = line.split( QLatin1Char( ',' ) );
    QVERIFY2(
        fields.size() == 6,
        qPrintable( QStringLiteral( "%1 line %2: %3 fields" ).arg( path ).arg( rows + 2 ).arg( fields.size() ) ) );
    QTest::newRow( qPrintable( fields[0] + QStringLiteral( "->" ) + fields[1] ) )
        << fields[0] << fields[1] << fields[2].toDouble() << split( fields[3] ) << fields[4].toDouble()
        << split( fields[5] );
    ++rows;
  }
  QCOMPARE( rows, 26 );
}

void TestSeaRouter::referenceRoutes()
{
  QFETCH( QString, from );
  QFETCH( QString, to );
  QFETCH( double, kmDefault );
  QFETCH( QStringList, passagesDefault );
  QFETCH( double, kmAll );
  QFETCH( QStringList, passagesAll );

  // the reference lengths are shortest distances, and name only the `pass` values of the network file
  SeaRouter router( mNetwork );
  router.setLaneWeighting( false );
  const SeaRoute route = router.route( from, to );
  QCOMPARE( checkRoute( route ), QString() );
  QVERIFY2( std::fabs( route.lengthKm() - kmDefault ) <= 0.01 * kmDefault,
            qPrintable( QStringLiteral( "%1 km, reference %2 km" ).arg( route.lengthKm() ).arg( kmDefault ) ) );
  QCOMPARE( filePassages( route ), passagesDefault );
  QCOMPARE( route.avoidedPassages(), QStringList( { QStringLiteral( "corinth" ), QStringLiteral( "kiel" ),
                                                    QStringLiteral( "northeast" ), QStringLiteral( "northwest" ) } ) );
  QVERIFY( !route.isApproximate() );

  router.allowAllPassages();
  const SeaRoute all = router.route( from, to );
  QCOMPARE( checkRoute( all ), QString() );
  QVERIFY2( std::fabs( all.lengthKm() - kmAll ) <= 0.01 * kmAll,
            qPrintable( QStringLiteral( "%1 km, reference %2 km" ).arg( all.lengthKm() ).arg( kmAll ) ) );
  QCOMPARE( filePassages( all ), passagesAll );
  QCOMPARE( all.avoidedPassages(), QStringList() );
  QVERIFY( all.lengthKm() <= route.lengthKm() + 1e-9 );
}

void TestSeaRouter::defaultRoutesAvoidRestrictedPassages()
{
  // every port to every port: 108 one-to-many searches
  SeaRouter router( mNetwork );
  const QStringList codes = mNetwork.portCodes();
  QVector<SeaRouteEndpoint> destinations;
  for ( const QString &code : codes )
    destinations << SeaRouteEndpoint::port( code );
  int routes = 0;
  for ( const QString &origin : codes )
  {
    const QVector<SeaRoute> results = router.routes( SeaRouteEndpoint::port( origin ), destinations );
    QCOMPARE( results.size(), destinations.size() );
    for ( const SeaRoute &route : results )
    {
      if ( route.origin().unlocode() == route.destination().unlocode() || route.lengthKm() == 0 )
        continue;
      const QString problem = checkRoute( route );
      QVERIFY2( problem.isEmpty(),
                qPrintable( QStringLiteral( "%1->%2: %3" ).arg( origin, route.destination().unlocode(), problem ) ) );
      for ( const QString &restricted : SeaRouter::defaultAvoidedPassages() )
        QVERIFY2( !route.usesPassage( restricted ),
                  qPrintable(
                      QStringLiteral( "%1->%2 uses %3" ).arg( origin, route.destination().unlocode(), restricted ) ) );
      ++routes;
    }
  }
  QVERIFY( routes > 100 * 100 );
}

void TestSeaRouter::corinthWhenAllowed()
{
  SeaRouter router( mNetwork );
  const SeaRoute byDefault = router.route( QStringLiteral( "DOCAU" ), QStringLiteral( "GRPIR" ) );
  QVERIFY2( byDefault.isValid(), qPrintable( byDefault.error() ) );
  QVERIFY( !byDefault.usesPassage( QStringLiteral( "corinth" ) ) );
  QVERIFY( byDefault.usesPassage( QStringLiteral( "gibraltar" ) ) );

  router.allowAllPassages();
  QVERIFY( router.avoidedPassages().isEmpty() );
  const SeaRoute all = router.route( QStringLiteral( "DOCAU" ), QStringLiteral( "GRPIR" ) );
  QVERIFY2( all.isValid(), qPrintable( all.error() ) );
  QVERIFY( all.usesPassage( QStringLiteral( "corinth" ) ) );
  QVERIFY( all.lengthKm() < byDefault.lengthKm() );

  // avoiding one passage only
  router.setAvoidedPassages( { QStringLiteral( "corinth" ) } );
  QCOMPARE( router.route( QStringLiteral( "DOCAU" ), QStringLiteral( "GRPIR" ) ).lengthKm(), byDefault.lengthKm() );
}

void TestSeaRouter::panamaWhenThatIsTheWay()
{
  SeaRouter router( mNetwork );
  const SeaRoute route = router.route( QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ) );
  QCOMPARE( checkRoute( route ), QString() );
  QVERIFY( route.usesPassage( QStringLiteral( "panama" ) ) );

  // without Panama the Pacific port goes round Cape Horn, a lot farther
  router.setAvoidedPassages( { QStringLiteral( "panama" ) } );
  const SeaRoute around = router.route( QStringLiteral( "ECGYE" ), QStringLiteral( "BEANR" ) );
  QCOMPARE( checkRoute( around ), QString() );
  QVERIFY( !around.usesPassage( QStringLiteral( "panama" ) ) );
  QVERIFY( around.lengthKm() > route.lengthKm() + 3000 );
  QCOMPARE( around.avoidedPassages(), QStringList( { QStringLiteral( "panama" ) } ) );
}

void TestSeaRouter::aStarMatchesDijkstra()
{
  // A* against plain Dijkstra: equal lengths over all pairs of the shipped ports
  // show that the heuristic never overestimates, with the lanes weighed (the default) or by distance alone
  SeaRouter router( mNetwork );
  const QStringList codes = mNetwork.portCodes();
  QVector<SeaRouteEndpoint> destinations;
  for ( const QString &code : codes )
    destinations << SeaRouteEndpoint::port( code );
  for ( int mode = 0; mode < 3; ++mode )
  {
    router.setLaneWeighting( mode != 1 );
    if ( mode == 2 )
      router.allowAllPassages();
    // every origin with the default passages, every third one with all passages allowed
    for ( int o = 0; o < codes.size(); o += mode == 2 ? 3 : 1 )
    {
      router.setSearchMethod( SeaRouter::SearchMethod::Dijkstra );
      const QVector<SeaRoute> many = router.routes( SeaRouteEndpoint::port( codes[o] ), destinations );
      router.setSearchMethod( SeaRouter::SearchMethod::AStar );
      for ( int d = 0; d < codes.size(); ++d )
      {
        const SeaRoute one = router.route( codes[o], codes[d] );
        QVERIFY2( one.isValid() == many[d].isValid(), qPrintable( codes[o] + QStringLiteral( "->" ) + codes[d] ) );
        QVERIFY2( std::fabs( one.lengthKm() - many[d].lengthKm() ) <= 1e-4 * one.lengthKm(),
                  qPrintable( QStringLiteral( "%1->%2: A* %3 km, Dijkstra %4 km" )
                                  .arg( codes[o], codes[d] )
                                  .arg( one.lengthKm(), 0, 'f', 6 )
                                  .arg( many[d].lengthKm(), 0, 'f', 6 ) ) );
      }
    }
  }
}

void TestSeaRouter::polylineFollowsEdges()
{
  SeaRouter router( mNetwork );
  const SeaRoute route = router.route( QStringLiteral( "BRSSZ" ), QStringLiteral( "NLRTM" ) );
  QCOMPARE( checkRoute( route ), QString() );
  // every edge's geometry is in the line, forwards or backwards, one after the other
  const QVector<QPointF> line = route.polyline();
  int position = 0;
  for ( const int edge : route.edges() )
  {
    const QVector<QPointF> geometry = mNetwork.edgeGeometry( edge );
    const bool forward = line[position] == geometry.first();
    QVERIFY( forward || line[position] == geometry.last() );
    for ( int i = 0; i < geometry.size(); ++i )
      QCOMPARE( line[position + i], forward ? geometry[i] : geometry[geometry.size() - 1 - i] );
    position += geometry.size() - 1;
  }
  QCOMPARE( position, line.size() - 1 );
}

void TestSeaRouter::freePoints()
{
  SeaRouter router( mNetwork );
  // off Lisbon to Antwerp, and back
  const SeaRouteEndpoint atSea = SeaRouteEndpoint::point( -9.6, 38.6, QStringLiteral( "off Lisbon" ) );
  const SeaRoute route = router.route( atSea, SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ) );
  QCOMPARE( checkRoute( route ), QString() );
  QVERIFY( route.isApproximate() );
  QVERIFY( route.originSnapKm() >= 0 && route.originSnapKm() < 100 );
  QCOMPARE( route.destinationSnapKm(), -1.0 );
  QVERIFY( route.usesPassage( QStringLiteral( "dover" ) ) );

  const SeaRoute back = router.route( SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ), atSea );
  QCOMPARE( checkRoute( back ), QString() );
  QVERIFY( back.isApproximate() );
  QCOMPARE( back.destinationSnapKm(), route.originSnapKm() );
  QVERIFY( std::fabs( back.lengthKm() - route.lengthKm() ) < 1e-6 );

  // a point exactly on a node needs no snap line
  const QPointF node = mNetwork.nodePosition( mNetwork.edgeStartNode( 0 ) );
  const SeaRoute fromNode = router.route( SeaRouteEndpoint::point( node.x(), node.y() ),
                                          SeaRouteEndpoint::port( QStringLiteral( "NLRTM" ) ) );
  QCOMPARE( checkRoute( fromNode ), QString() );
  QCOMPARE( fromNode.originSnapKm(), 0.0 );
  QVERIFY( fromNode.polyline()[0] != fromNode.polyline()[1] );
}

void TestSeaRouter::samePlace()
{
  SeaRouter router( mNetwork );
  const SeaRoute same = router.route( QStringLiteral( "PAMIT" ), QStringLiteral( "PAONX" ) );
  QVERIFY2( same.isValid(), qPrintable( same.error() ) );
  QCOMPARE( same.lengthKm(), 0.0 );
  QVERIFY( same.edges().isEmpty() );
  QCOMPARE( same.polyline().size(), 1 );
  QVERIFY( router.route( QStringLiteral( "BEANR" ), QStringLiteral( "BEANR" ) ).isValid() );
}

void TestSeaRouter::acrossTheAntimeridian()
{
  // between Fiji and Samoa the short way crosses 180 degrees; the network is cut there and joined on load
  SeaRouter router( mNetwork );
  router.allowAllPassages();
  const SeaRoute route = router.route( SeaRouteEndpoint::point( 175.0, -20.0, QStringLiteral( "west" ) ),
                                       SeaRouteEndpoint::point( -172.0, -20.0, QStringLiteral( "east" ) ) );
  QCOMPARE( checkRoute( route ), QString() );
  QVERIFY2( route.lengthKm() < 3000, qPrintable( QString::number( route.lengthKm() ) ) );
  const QVector<QPointF> line = route.polyline();
  QCOMPARE( line.first(), QPointF( 175.0, -20.0 ) );
  QCOMPARE( line.last(), QPointF( 188.0, -20.0 ) );
}

void TestSeaRouter::unknownPort()
{
  SeaRouter router( mNetwork );
  const SeaRoute from = router.route( QStringLiteral( "XXAAA" ), QStringLiteral( "BEANR" ) );
  QVERIFY( !from.isValid() );
  QVERIFY2( from.error().contains( QLatin1String( "origin port 'XXAAA'" ) ), qPrintable( from.error() ) );
  QVERIFY( from.error().contains( connectorsPath() ) );
  QVERIFY( from.polyline().isEmpty() );

  const SeaRoute to = router.route( QStringLiteral( "BEANR" ), QStringLiteral( "xx bbb" ) );
  QVERIFY( !to.isValid() );
  QVERIFY2( to.error().contains( QLatin1String( "destination port 'XXBBB'" ) ), qPrintable( to.error() ) );

  const SeaRoute both = router.route( QStringLiteral( "XXAAA" ), QStringLiteral( "XXBBB" ) );
  QVERIFY( both.error().contains( QLatin1String( "XXAAA" ) ) && both.error().contains( QLatin1String( "XXBBB" ) ) );

  // in a matrix only the bad destination fails
  const QVector<SeaRoute> many =
      router.routes( SeaRouteEndpoint::port( QStringLiteral( "COCTG" ) ),
                     { SeaRouteEndpoint::port( QStringLiteral( "ESALG" ) ),
                       SeaRouteEndpoint::port( QStringLiteral( "XXCCC" ) ), SeaRouteEndpoint() } );
  QCOMPARE( many.size(), 3 );
  QVERIFY( many[0].isValid() );
  QVERIFY( !many[1].isValid() && many[1].error().contains( QLatin1String( "XXCCC" ) ) );
  QVERIFY( !many[2].isValid() && many[2].error().contains( QLatin1String( "No destination given" ) ) );

  const QVector<SeaRoute> badOrigin = router.routes( SeaRouteEndpoint::port( QStringLiteral( "XXAAA" ) ),
                                                     { SeaRouteEndpoint::port( QStringLiteral( "ESALG" ) ) } );
  QVERIFY( !badOrigin[0].isValid() && badOrigin[0].error().contains( QLatin1String( "XXAAA" ) ) );
}

void TestSeaRouter::pointTooFarFromTheSea()
{
  SeaRouter router( mNetwork );
  // Kashgar, western China: about 2,000 km from the nearest sea lane
  const SeaRoute route = router.route( SeaRouteEndpoint::point( 75.99, 39.47, QStringLiteral( "Kashgar" ) ),
                                       SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ) );
  QVERIFY( !route.isValid() );
  QVERIFY2( route.error().contains( QLatin1String( "origin point 'Kashgar' (75.9900, 39.4700)" ) ),
            qPrintable( route.error() ) );
  QVERIFY2( route.error().contains( QLatin1String( "snap tolerance of 500.0 km" ) ), qPrintable( route.error() ) );
  double distanceKm = 0;
  mNetwork.nearestNode( 75.99, 39.47, &distanceKm );
  QVERIFY2( distanceKm > 1500, qPrintable( QString::number( distanceKm ) ) );

  // without land polygons a wider tolerance lets it through, flagged approximate; the search takes the best of the
  // joins up to twice the nearest one
  router.setSnapToleranceKm( 5000 );
  const SeaRoute wide = router.route( SeaRouteEndpoint::point( 75.99, 39.47, QStringLiteral( "Kashgar" ) ),
                                      SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ) );
  QVERIFY2( wide.isValid(), qPrintable( wide.error() ) );
  QVERIFY( wide.isApproximate() );
  QVERIFY2( wide.originSnapKm() >= distanceKm && wide.originSnapKm() <= 2 * distanceKm,
            qPrintable( QString::number( wide.originSnapKm() ) ) );

  // the router remembers how it joined the point, but not past a change of the tolerance
  router.setSnapToleranceKm( 500 );
  QVERIFY( !router
                .route( SeaRouteEndpoint::point( 75.99, 39.47, QStringLiteral( "Kashgar" ) ),
                        SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ) )
                .isValid() );
}

void TestSeaRouter::invalidPoint()
{
  SeaRouter router( mNetwork );
  const SeaRoute route = router.route( SeaRouteEndpoint::port( QStringLiteral( "BEANR" ) ),
                                       SeaRouteEndpoint::point( 10, 95, QStringLiteral( "beyond the pole" ) ) );
  QVERIFY( !route.isValid() );
  QVERIFY2( route.error().contains( QLatin1String( "'beyond the pole'" ) ), qPrintable( route.error() ) );
  QVERIFY( route.error().contains( QLatin1String( "not a valid longitude/latitude" ) ) );
}

void TestSeaRouter::invalidNetwork()
{
  const QString missing = dataPath( QStringLiteral( "does_not_exist.gpkg" ) );
  const SeaLaneNetwork network = SeaLaneNetwork::load( missing, connectorsPath() );
  SeaRouter router( network );
  const SeaRoute route = router.route( QStringLiteral( "COCTG" ), QStringLiteral( "ESALG" ) );
  QVERIFY( !route.isValid() );
  QVERIFY2( route.error().contains( missing ), qPrintable( route.error() ) );
}

void TestSeaRouter::avoidedPassagesOnSmallNetwork()
{
  // A(0,0) - B(1,0) -kiel- C(2,0), and the long way B - D(1,1) - C; E(10,10) - F(11,10) is cut off
  const QString networkFile = mTempDir.filePath( QStringLiteral( "small.gpkg" ) );
  QCOMPARE(
      writeTestNetwork( networkFile,
                        { { { QPointF( 0, 0 ), QPointF( 1, 0 ) }, QString(), HAVERSINE_LENGTH },
                          { { QPointF( 2, 0 ), QPointF( 1, 0 ) }, QStringLiteral( "kiel" ), HAVERSINE_LENGTH },
                          { { QPointF( 1, 0 ), QPointF( 1, 1 ) }, QString(), HAVERSINE_LENGTH },
                          { { QPointF( 2, 0 ), QPointF( 1.5, 1.2 ), QPointF( 1, 1 ) }, QString(), HAVERSINE_LENGTH },
                          { { QPointF( 10, 10 ), QPointF( 11, 10 ) }, QString(), HAVERSINE_LENGTH } } ),
      QString() );
  const QString connectorsFile = mTempDir.filePath( QStringLiteral( "small.geojson" ) );
  QVERIFY( writeTestConnectors(
      connectorsFile,
      { { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( -0.5, 0 ), QPointF( 0, 0 ) } },
        { QStringLiteral( "CCCCC" ), QStringLiteral( "C" ), { QPointF( 2.5, 0 ), QPointF( 2, 0 ) } },
        { QStringLiteral( "EEEEE" ), QStringLiteral( "E" ), { QPointF( 10, 9.5 ), QPointF( 10, 10 ) } } } ) );
  const SeaLaneNetwork network = SeaLaneNetwork::load( networkFile, connectorsFile );
  QVERIFY2( network.isValid(), qPrintable( network.error() ) );

  SeaRouter router( network );
  const SeaRoute around = router.route( QStringLiteral( "AAAAA" ), QStringLiteral( "CCCCC" ) );
  QVERIFY2( around.isValid(), qPrintable( around.error() ) );
  QCOMPARE( around.edges().size(), 5 );
  QVERIFY( around.passages().isEmpty() );
  const QVector<QPointF> expected{ QPointF( -0.5, 0 ),  QPointF( 0, 0 ), QPointF( 1, 0 ),  QPointF( 1, 1 ),
                                   QPointF( 1.5, 1.2 ), QPointF( 2, 0 ), QPointF( 2.5, 0 ) };
  QCOMPARE( around.polyline(), expected );

  router.allowAllPassages();
  const SeaRoute direct = router.route( QStringLiteral( "AAAAA" ), QStringLiteral( "CCCCC" ) );
  QCOMPARE( direct.passages(), QStringList( { QStringLiteral( "kiel" ) } ) );
  QCOMPARE( direct.polyline(), QVector<QPointF>( { QPointF( -0.5, 0 ), QPointF( 0, 0 ), QPointF( 1, 0 ),
                                                   QPointF( 2, 0 ), QPointF( 2.5, 0 ) } ) );
  const double expectedKm = SeaLaneNetwork::haversineKm( -0.5, 0, 0, 0 ) + SeaLaneNetwork::haversineKm( 0, 0, 1, 0 ) +
                            SeaLaneNetwork::haversineKm( 1, 0, 2, 0 ) + SeaLaneNetwork::haversineKm( 2, 0, 2.5, 0 );
  QVERIFY( std::fabs( direct.lengthKm() - expectedKm ) < 1e-9 );

  const SeaRoute cutOff = router.route( QStringLiteral( "AAAAA" ), QStringLiteral( "EEEEE" ) );
  QVERIFY( !cutOff.isValid() );
  QCOMPARE( cutOff.error(), QStringLiteral( "No sea route from port AAAAA to port EEEEE" ) );

  // with the only short way avoided and the long way cut, the message names the avoided passages
  router.setAvoidedPassages( { QStringLiteral( "kiel" ), QStringLiteral( "suez" ) } );
  const SeaRoute viaE = router.route( SeaRouteEndpoint::port( QStringLiteral( "EEEEE" ) ),
                                      SeaRouteEndpoint::point( 2.2, 0.1, QStringLiteral( "near C" ) ) );
  QCOMPARE(
      viaE.error(),
      QStringLiteral( "No sea route from port EEEEE to point 'near C' (2.2000, 0.1000) that avoids kiel, suez" ) );
}

QTEST_GUILESS_MAIN( TestSeaRouter )
#include "testsearouter.moc"
