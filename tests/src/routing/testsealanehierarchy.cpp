/***************************************************************************
  testsealanehierarchy.cpp
  Port Seizure Atlas: routes searched on the contraction hierarchy are those of plain Dijkstra, over all pairs of the
  shipped ports, for every cost model
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "routingtestutils.h"
#include "sealanenetwork.h"
#include "searoute.h"
#include "searouteendpoint.h"
#include "searouter.h"

#include <QFile>
#include <QTextStream>
#include <QtTest>

#include <cmath>

using namespace RoutingTestUtils;

class TestSeaLaneHierarchy : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void allPortPairsAsDijkstra_data();
    void allPortPairsAsDijkstra();

  private:
    SeaLaneNetwork mNetwork;
    //! The shipped ports (layers/ports.csv): by UN/LOCODE where the network has the port, else by position.
    QVector<SeaRouteEndpoint> mPorts;
    int mPortsByCode = 0;
};

void TestSeaLaneHierarchy::initTestCase()
{
  mNetwork = SeaLaneNetwork::load( networkPath(), connectorsPath() );
  QVERIFY2( mNetwork.isValid(), qPrintable( mNetwork.error() ) );

  QFile file( QStringLiteral( PSA_SOURCE_DIR "/layers/ports.csv" ) );
  QVERIFY( file.open( QIODevice::ReadOnly | QIODevice::Text ) );
  QTextStream stream( &file );
  const QStringList header = stream.readLine().trimmed().split( QLatin1Char( ',' ) );
  const int codeColumn = header.indexOf( QStringLiteral( "unlocode" ) );
  const int latColumn = header.indexOf( QStringLiteral( "lat" ) );
  const int lonColumn = header.indexOf( QStringLiteral( "lon" ) );
  QVERIFY( codeColumn >= 0 && latColumn >= 0 && lonColumn >= 0 );
  while ( !stream.atEnd() )
  {
    const QStringList fields = stream.readLine().trimmed().split( QLatin1Char( ',' ) );
    if ( fields.size() < header.size() )
      continue;
    bool latOk = false;
    bool lonOk = false;
    const double lat = fields[latColumn].toDouble( &latOk );
    const double lon = fields[lonColumn].toDouble( &lonOk );
    if ( mNetwork.hasPort( fields[codeColumn] ) )
    {
      mPorts << SeaRouteEndpoint::port( fields[codeColumn] );
      ++mPortsByCode;
    }
    else if ( latOk && lonOk )
    {
      mPorts << SeaRouteEndpoint::point( lon, lat, fields[codeColumn] );
    }
  }
  // the shipped list routes over a hundred ports by code
  QVERIFY2( mPortsByCode >= 100, qPrintable( QString::number( mPortsByCode ) ) );
}

void TestSeaLaneHierarchy::allPortPairsAsDijkstra_data()
{
  QTest::addColumn<bool>( "weighLanes" );
  QTest::addColumn<QStringList>( "avoided" );
  const QSet<QString> defaults = SeaRouter::defaultAvoidedPassages();
  QStringList byDefault( defaults.cbegin(), defaults.cend() );
  QTest::newRow( "lanes weighed" ) << true << byDefault;
  QTest::newRow( "shortest distance" ) << false << byDefault;
  QTest::newRow( "lanes weighed, every passage allowed" ) << true << QStringList();
  QTest::newRow( "shortest distance, Panama and Suez avoided" )
      << false << QStringList( { QStringLiteral( "panama" ), QStringLiteral( "suez" ) } );
}

void TestSeaLaneHierarchy::allPortPairsAsDijkstra()
{
  QFETCH( bool, weighLanes );
  QFETCH( QStringList, avoided );
  SeaRouter dijkstra( mNetwork );
  SeaRouter hierarchy( mNetwork );
  for ( SeaRouter *router : { &dijkstra, &hierarchy } )
  {
    router->setLaneWeighting( weighLanes );
    router->setAvoidedPassages( QSet<QString>( avoided.cbegin(), avoided.cend() ) );
  }
  dijkstra.setSearchMethod( SeaRouter::SearchMethod::Dijkstra );
  hierarchy.setSearchMethod( SeaRouter::SearchMethod::Hierarchy );

  int compared = 0;
  for ( const SeaRouteEndpoint &origin : std::as_const( mPorts ) )
  {
    const QVector<SeaRoute> expected = dijkstra.routes( origin, mPorts );
    // one-to-many on the hierarchy, and each pair on its own
    const QVector<SeaRoute> many = hierarchy.routes( origin, mPorts );
    for ( int d = 0; d < mPorts.size(); ++d )
    {
      const SeaRoute one = hierarchy.route( origin, mPorts[d] );
      for ( const SeaRoute &route : { one, many[d] } )
      {
        const QString pair = origin.description() + QStringLiteral( " -> " ) + mPorts[d].description();
        QVERIFY2( route.isValid() == expected[d].isValid(), qPrintable( pair ) );
        // the same length within 0.01 %, and a line that is the route's edges
        QVERIFY2( std::fabs( route.lengthKm() - expected[d].lengthKm() ) <= 1e-4 * expected[d].lengthKm(),
                  qPrintable( QStringLiteral( "%1: hierarchy %2 km, Dijkstra %3 km" )
                                  .arg( pair )
                                  .arg( route.lengthKm(), 0, 'f', 6 )
                                  .arg( expected[d].lengthKm(), 0, 'f', 6 ) ) );
        QCOMPARE( route.edges().isEmpty(), expected[d].edges().isEmpty() );
        QCOMPARE( route.polyline().isEmpty(), expected[d].polyline().isEmpty() );
        for ( const QString &passage : avoided )
          QVERIFY2( !route.usesPassage( passage ), qPrintable( pair + QStringLiteral( " uses " ) + passage ) );
        ++compared;
      }
    }
  }
  QCOMPARE( compared, 2 * mPorts.size() * mPorts.size() );
}

QTEST_GUILESS_MAIN( TestSeaLaneHierarchy )
#include "testsealanehierarchy.moc"
