/***************************************************************************
  testgeodesicdensifier.cpp
  Port Seizure Atlas: geodesic densification, lengths and the antimeridian
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "geodesicdensifier.h"
#include "routingtestutils.h"
#include "sealanenetwork.h"
#include "searouter.h"

#include <QtTest>

using namespace RoutingTestUtils;

class TestGeodesicDensifier : public QObject
{
    Q_OBJECT

  private slots:
    void knownLengths();
    void segmentsWithinLimit();
    void keepsOriginalVertices();
    void antimeridian_data();
    void antimeridian();
    void degenerateInput();
    void unwrapLongitudes();
    void densifiedReferenceRoutes();

  private:
    //! Returns an empty string if \a line has no segment over \a maxKm (plus rounding) and no longitude jump.
    static QString checkLine( const QVector<QPointF> &line, double maxKm );
};

QString TestGeodesicDensifier::checkLine( const QVector<QPointF> &line, double maxKm )
{
  for ( int i = 1; i < line.size(); ++i )
  {
    const double km = GeodesicDensifier::distanceKm( line[i - 1], line[i] );
    if ( km > maxKm * ( 1 + 1e-9 ) )
      return QStringLiteral( "segment %1 is %2 km" ).arg( i ).arg( km );
    if ( std::fabs( line[i].x() - line[i - 1].x() ) > 180.0 )
      return QStringLiteral( "longitude jumps from %1 to %2 at vertex %3" )
          .arg( line[i - 1].x() )
          .arg( line[i].x() )
          .arg( i );
  }
  return QString();
}

void TestGeodesicDensifier::knownLengths()
{
  // one degree along the equator: a * pi / 180 on WGS 84
  QVERIFY( std::fabs( GeodesicDensifier::distanceKm( QPointF( 0, 0 ), QPointF( 1, 0 ) ) - 111.31949079327357 ) < 1e-6 );
  // one degree of latitude from the equator (meridian arc on WGS 84)
  QVERIFY( std::fabs( GeodesicDensifier::distanceKm( QPointF( 0, 0 ), QPointF( 0, 1 ) ) - 110.574388557 ) < 1e-5 );
  // the same degree either side of the antimeridian
  QVERIFY( std::fabs( GeodesicDensifier::distanceKm( QPointF( 179.5, 0 ), QPointF( -179.5, 0 ) ) -
                      111.31949079327357 ) < 1e-6 );
  const QVector<QPointF> line{ QPointF( 0, 0 ), QPointF( 1, 0 ), QPointF( 1, 1 ) };
  QVERIFY( std::fabs( GeodesicDensifier::lengthKm( line ) - GeodesicDensifier::distanceKm( line[0], line[1] ) -
                      GeodesicDensifier::distanceKm( line[1], line[2] ) ) < 1e-9 );
  QCOMPARE( GeodesicDensifier::lengthKm( QVector<QPointF>() ), 0.0 );
}

void TestGeodesicDensifier::segmentsWithinLimit()
{
  // Lisbon to New York, about 5,400 km
  const QVector<QPointF> line{ QPointF( -9.14, 38.71 ), QPointF( -74.0, 40.7 ) };
  for ( const double maxKm : { 50.0, 10.0, 333.3 } )
  {
    const GeodesicDensifier densifier( maxKm );
    QCOMPARE( densifier.maxSegmentKm(), maxKm );
    const QVector<QPointF> dense = densifier.densify( line );
    QCOMPARE( checkLine( dense, maxKm ), QString() );
    const double km = GeodesicDensifier::lengthKm( line );
    QCOMPARE( dense.size(), static_cast<int>( std::ceil( km / maxKm ) ) + 1 );
    // points on the geodesic add no length
    QVERIFY( std::fabs( GeodesicDensifier::lengthKm( dense ) - km ) < 1e-6 * km );
    // and the great circle bulges north of the straight lon/lat line (its middle is at 44.5 N)
    double northmost = 0;
    for ( const QPointF &vertex : dense )
      northmost = std::max( northmost, vertex.y() );
    QVERIFY( northmost > 44.0 );
  }
}

void TestGeodesicDensifier::keepsOriginalVertices()
{
  const QVector<QPointF> line{ QPointF( 0, 0 ), QPointF( 0.1, 0 ), QPointF( 3, 2 ), QPointF( 3, 2 ), QPointF( -1, 5 ) };
  const QVector<QPointF> dense = GeodesicDensifier( 50 ).densify( line );
  QCOMPARE( checkLine( dense, 50 ), QString() );
  int found = 0;
  for ( const QPointF &vertex : line )
  {
    while ( found < dense.size() && dense[found] != vertex )
      ++found;
    QVERIFY2( found < dense.size(),
              qPrintable( QStringLiteral( "(%1, %2) lost" ).arg( vertex.x() ).arg( vertex.y() ) ) );
  }
  QCOMPARE( dense.first(), line.first() );
  QCOMPARE( dense.last(), line.last() );
}

void TestGeodesicDensifier::antimeridian_data()
{
  QTest::addColumn<QVector<QPointF>>( "line" );
  QTest::addColumn<double>( "lastLongitude" );

  QTest::newRow( "179 to -179" ) << QVector<QPointF>{ QPointF( 179, 10 ), QPointF( -179, 10 ) } << 181.0;
  QTest::newRow( "-179 to 179" ) << QVector<QPointF>{ QPointF( -179, -10 ), QPointF( 179, -10 ) } << -181.0;
  QTest::newRow( "there and back" ) << QVector<QPointF>{ QPointF( 170, 0 ), QPointF( -170, 0 ), QPointF( 175, 5 ) }
                                    << 175.0;
  QTest::newRow( "past 180 in the data" )
      << QVector<QPointF>{ QPointF( 179.2, 60 ), QPointF( 180.754, 61 ), QPointF( -178, 62 ) } << 182.0;
  QTest::newRow( "twice round" ) << QVector<QPointF>{ QPointF( 0, 0 ), QPointF( 120, 0 ), QPointF( -120, 0 ),
                                                      QPointF( 0, 0 ), QPointF( 120, 0 ) }
                                 << 480.0;
}

void TestGeodesicDensifier::antimeridian()
{
  QFETCH( QVector<QPointF>, line );
  QFETCH( double, lastLongitude );

  const QVector<QPointF> dense = GeodesicDensifier( 50 ).densify( line );
  QCOMPARE( checkLine( dense, 50 ), QString() );
  QCOMPARE( dense.first(), line.first() );
  QVERIFY( std::fabs( dense.last().x() - lastLongitude ) < 1e-9 );
  QCOMPARE( dense.last().y(), line.last().y() );
  // the short way across, not round the world
  QVERIFY( std::fabs( GeodesicDensifier::lengthKm( dense ) - GeodesicDensifier::lengthKm( line ) ) <
           1e-6 * GeodesicDensifier::lengthKm( line ) );
  for ( int i = 1; i < dense.size(); ++i )
    QVERIFY( std::fabs( dense[i].x() - dense[i - 1].x() ) < 2.0 );
}

void TestGeodesicDensifier::degenerateInput()
{
  const GeodesicDensifier densifier;
  QCOMPARE( densifier.maxSegmentKm(), 50.0 );
  QVERIFY( densifier.densify( QVector<QPointF>() ).isEmpty() );
  QCOMPARE( densifier.densify( { QPointF( 5, 5 ) } ), QVector<QPointF>( { QPointF( 5, 5 ) } ) );
  QCOMPARE( densifier.densify( { QPointF( 5, 5 ), QPointF( 5, 5 ) } ),
            QVector<QPointF>( { QPointF( 5, 5 ), QPointF( 5, 5 ) } ) );
  GeodesicDensifier off( 0 );
  const QVector<QPointF> line{ QPointF( 179, 0 ), QPointF( -179, 0 ) };
  // no densification, but longitudes still continuous
  QCOMPARE( off.densify( line ), QVector<QPointF>( { QPointF( 179, 0 ), QPointF( 181, 0 ) } ) );
}

void TestGeodesicDensifier::unwrapLongitudes()
{
  QCOMPARE( GeodesicDensifier::unwrapLongitudes(
                { QPointF( 170, 1 ), QPointF( -170, 2 ), QPointF( 170, 3 ), QPointF( 530, 4 ) } ),
            QVector<QPointF>( { QPointF( 170, 1 ), QPointF( 190, 2 ), QPointF( 170, 3 ), QPointF( 170, 4 ) } ) );
}

void TestGeodesicDensifier::densifiedReferenceRoutes()
{
  const SeaLaneNetwork network = SeaLaneNetwork::load( networkPath(), connectorsPath() );
  QVERIFY2( network.isValid(), qPrintable( network.error() ) );
  SeaRouter router( network );
  const GeodesicDensifier densifier( 50 );
  const QStringList codes = network.portCodes();
  for ( int o = 0; o < codes.size(); o += 7 )
  {
    for ( int d = 1; d < codes.size(); d += 5 )
    {
      const SeaRoute route = router.route( codes[o], codes[d] );
      QVERIFY2( route.isValid(), qPrintable( route.error() ) );
      const QVector<QPointF> dense = densifier.densify( route.polyline() );
      const QString problem = checkLine( dense, 50 );
      QVERIFY2( problem.isEmpty(),
                qPrintable( codes[o] + QStringLiteral( "->" ) + codes[d] + QStringLiteral( ": " ) + problem ) );
      if ( route.lengthKm() > 0 )
      {
        // ellipsoid against sphere: within half a percent
        const double geodesicKm = GeodesicDensifier::lengthKm( dense );
        QVERIFY2( std::fabs( geodesicKm - route.lengthKm() ) < 0.005 * route.lengthKm(),
                  qPrintable( QStringLiteral( "%1->%2: geodesic %3 km, route %4 km" )
                                  .arg( codes[o], codes[d] )
                                  .arg( geodesicKm )
                                  .arg( route.lengthKm() ) ) );
      }
    }
  }
}

QTEST_GUILESS_MAIN( TestGeodesicDensifier )
#include "testgeodesicdensifier.moc"
