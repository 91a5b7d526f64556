/***************************************************************************
  testsealanenetwork.cpp
  Port Seizure Atlas: loading the sea-lane network, and every way a load can fail
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "routingtestutils.h"
#include "sealanenetwork.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace RoutingTestUtils;

class TestSeaLaneNetwork : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();

    void loadsShippedNetwork();
    void edgesMatchTheirNodes();
    void connectorsJoinPortsToNodes();
    void portLookup();
    void nodeLookup();
    void antimeridianNodesAreJoined();
    void landmarks();
    void loadsWithoutConnectors();

    void badNetwork_data();
    void badNetwork();
    void badConnectors_data();
    void badConnectors();

  private:
    QString tempPath( const QString &name ) const { return mTempDir.filePath( name ); }

    QTemporaryDir mTempDir;
    SeaLaneNetwork mNetwork;
};

void TestSeaLaneNetwork::initTestCase()
{
  QVERIFY( mTempDir.isValid() );
  mNetwork = SeaLaneNetwork::load( networkPath(), connectorsPath() );
  QVERIFY2( mNetwork.isValid(), qPrintable( mNetwork.error() ) );

  // broken inputs made here rather than shipped: they would be as large as the network
  QFile empty( tempPath( QStringLiteral( "empty.gpkg" ) ) );
  QVERIFY( empty.open( QIODevice::WriteOnly ) );
  empty.close();

  QFile source( networkPath() );
  QVERIFY( source.open( QIODevice::ReadOnly ) );
  QByteArray bytes = source.readAll();
  // scramble 200 kB in the middle: SQLite opens the file and fails part way through the features
  quint32 state = 12345;
  for ( int i = bytes.size() / 2; i < bytes.size() / 2 + 200000; ++i )
  {
    state = state * 1664525u + 1013904223u;
    bytes[i] = static_cast<char>( state >> 24 );
  }
  QFile corrupt( tempPath( QStringLiteral( "corrupt_middle.gpkg" ) ) );
  QVERIFY( corrupt.open( QIODevice::WriteOnly ) );
  QCOMPARE( corrupt.write( bytes ), static_cast<qint64>( bytes.size() ) );
  corrupt.close();

  const QVector<TestEdge> edges{ { { QPointF( 0, 0 ), QPointF( 1, 0 ) }, QString(), HAVERSINE_LENGTH },
                                 { { QPointF( 1, 0 ), QPointF( 1, 1 ) }, QStringLiteral( "kiel" ), HAVERSINE_LENGTH } };
  TestNetworkOptions options;
  options.layerName = QStringLiteral( "type" );
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "wrong_layer.gpkg" ) ), edges, options ), QString() );
  options = TestNetworkOptions();
  options.withPass = false;
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "no_pass.gpkg" ) ), edges, options ), QString() );
  options = TestNetworkOptions();
  options.withLength = false;
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "no_length.gpkg" ) ), edges, options ), QString() );
  options = TestNetworkOptions();
  options.asPoints = true;
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "points.gpkg" ) ), edges, options ), QString() );
  QVector<TestEdge> nullLength = edges;
  nullLength[1].lengthKm = std::nan( "" );
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "null_length.gpkg" ) ), nullLength ), QString() );
  QVector<TestEdge> negativeLength = edges;
  negativeLength[1].lengthKm = -2.5;
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "negative_length.gpkg" ) ), negativeLength ), QString() );
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "small.gpkg" ) ), edges ), QString() );
  QCOMPARE( writeTestNetwork( tempPath( QStringLiteral( "nothing.gpkg" ) ), QVector<TestEdge>() ), QString() );

  // connectors to the small network: the port at (-1, 0) joins node (0, 0)
  QVERIFY( writeTestConnectors(
      tempPath( QStringLiteral( "good.geojson" ) ),
      { { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( -1, 0 ), QPointF( 0, 0 ) } } } ) );
  QVERIFY( writeTestConnectors(
      tempPath( QStringLiteral( "not_a_node.geojson" ) ),
      { { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( -1, 0 ), QPointF( 0.5, 0 ) } } } ) );
  QVERIFY( writeTestConnectors( tempPath( QStringLiteral( "no_code.geojson" ) ),
                                { { QString(), QStringLiteral( "A" ), { QPointF( -1, 0 ), QPointF( 0, 0 ) } } } ) );
  QVERIFY( writeTestConnectors(
      tempPath( QStringLiteral( "two_positions.geojson" ) ),
      { { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( -1, 0 ), QPointF( 0, 0 ) } },
        { QStringLiteral( "AAAAA" ), QStringLiteral( "A" ), { QPointF( -1, 0.5 ), QPointF( 1, 1 ) } } } ) );
  QFile noField( tempPath( QStringLiteral( "no_field.geojson" ) ) );
  QVERIFY( noField.open( QIODevice::WriteOnly ) );
  noField.write(
      "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"AAAAA\"}, "
      "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[-1, 0], [0, 0]]}}]}\n" );
  noField.close();
}

void TestSeaLaneNetwork::loadsShippedNetwork()
{
  QCOMPARE( mNetwork.error(), QString() );
  QCOMPARE( mNetwork.networkEdgeCount(), 29562 );
  QCOMPARE( mNetwork.skippedFeatureCount(), 0 );
  // 14,046 distinct end points, less the 12 pairs at -180/+180 that are one place
  QCOMPARE( mNetwork.nodeCount(), 14046 - 12 );
  QCOMPARE( mNetwork.connectorCount(), 261 );
  QCOMPARE( mNetwork.edgeCount(), 29562 + 261 );
  QCOMPARE( mNetwork.portCodes().size(), 108 );
  QCOMPARE(
      mNetwork.passages(),
      QStringList( { QStringLiteral( "babelmandeb" ), QStringLiteral( "bering" ), QStringLiteral( "bosporus" ),
                     QStringLiteral( "corinth" ), QStringLiteral( "dardanelles" ), QStringLiteral( "dover" ),
                     QStringLiteral( "fair isle channel" ), QStringLiteral( "gibraltar" ), QStringLiteral( "kiel" ),
                     QStringLiteral( "magellan" ), QStringLiteral( "malacca" ), QStringLiteral( "minch" ),
                     QStringLiteral( "northeast" ), QStringLiteral( "northwest" ), QStringLiteral( "orkney sounds" ),
                     QStringLiteral( "panama" ), QStringLiteral( "pentland firth" ), QStringLiteral( "suez" ) } ) );
  int doverEdges = 0;
  for ( int edge = 0; edge < mNetwork.networkEdgeCount(); ++edge )
    doverEdges += mNetwork.edgePassage( edge ) == QLatin1String( "dover" ) ? 1 : 0;
  QCOMPARE( doverEdges, 7 );
  // length_km is rounded to metres, so some edges are a little shorter than the great circle between their ends
  QVERIFY( mNetwork.heuristicScale() > 0.98 );
  QVERIFY( mNetwork.heuristicScale() < 1.0 );
}

void TestSeaLaneNetwork::edgesMatchTheirNodes()
{
  for ( int edge = 0; edge < mNetwork.networkEdgeCount(); ++edge )
  {
    QVERIFY( mNetwork.edgeVertexCount( edge ) >= 2 );
    QVERIFY( !mNetwork.isConnector( edge ) );
    const QPointF first = mNetwork.edgeVertex( edge, 0 );
    const QPointF last = mNetwork.edgeVertex( edge, mNetwork.edgeVertexCount( edge ) - 1 );
    QCOMPARE( mNetwork.findNode( first.x(), first.y() ), mNetwork.edgeStartNode( edge ) );
    QCOMPARE( mNetwork.findNode( last.x(), last.y() ), mNetwork.edgeEndNode( edge ) );
    QVERIFY( mNetwork.edgeStartNode( edge ) != mNetwork.edgeEndNode( edge ) );
    QVERIFY( mNetwork.edgeLengthKm( edge ) > 0 );
    QCOMPARE( mNetwork.edgeGeometry( edge ).size(), mNetwork.edgeVertexCount( edge ) );
  }
  // every edge is in the adjacency of both its nodes
  int arcs = 0;
  for ( int node = 0; node < mNetwork.nodeCount(); ++node )
    arcs += static_cast<int>( mNetwork.arcsEnd( node ) - mNetwork.arcsBegin( node ) );
  QCOMPARE( arcs, 2 * mNetwork.networkEdgeCount() );
}

void TestSeaLaneNetwork::connectorsJoinPortsToNodes()
{
  for ( int edge = mNetwork.networkEdgeCount(); edge < mNetwork.edgeCount(); ++edge )
  {
    QVERIFY( mNetwork.isConnector( edge ) );
    QCOMPARE( mNetwork.edgeStartNode( edge ), -1 );
    const QString code = mNetwork.edgePortCode( edge );
    QVERIFY( mNetwork.hasPort( code ) );
    QCOMPARE( mNetwork.edgeVertex( edge, 0 ), mNetwork.portPosition( code ) );
    const QPointF last = mNetwork.edgeVertex( edge, mNetwork.edgeVertexCount( edge ) - 1 );
    QCOMPARE( mNetwork.nodePosition( mNetwork.edgeEndNode( edge ) ), last );
    QCOMPARE( mNetwork.edgePassage( edge ), QString() );
    // the longest connector is Salvador's, about 450 km
    QVERIFY( mNetwork.edgeLengthKm( edge ) > 0 );
    QVERIFY( mNetwork.edgeLengthKm( edge ) < 500 );
  }
}

void TestSeaLaneNetwork::portLookup()
{
  QVERIFY( mNetwork.hasPort( QStringLiteral( "BEANR" ) ) );
  QVERIFY( mNetwork.hasPort( QStringLiteral( "be anr" ) ) );
  QVERIFY( !mNetwork.hasPort( QStringLiteral( "XXXXX" ) ) );
  QCOMPARE( mNetwork.portName( QStringLiteral( "BEANR" ) ), QStringLiteral( "Antwerp" ) );
  QCOMPARE( mNetwork.portPosition( QStringLiteral( "BEANR" ) ), QPointF( 4.4, 51.21667 ) );
  QCOMPARE( mNetwork.portConnectors( QStringLiteral( "BEANR" ) ).size(), 3 );
  QVERIFY( mNetwork.portConnectors( QStringLiteral( "XXXXX" ) ).isEmpty() );
  // two codes for one harbour: Manzanillo International Terminal lies in the port of Colón
  QCOMPARE( mNetwork.portPosition( QStringLiteral( "PAMIT" ) ), mNetwork.portPosition( QStringLiteral( "PAONX" ) ) );
}

void TestSeaLaneNetwork::nodeLookup()
{
  const int edge = 0;
  const QPointF first = mNetwork.edgeVertex( edge, 0 );
  QCOMPARE( mNetwork.findNode( first.x(), first.y() ), mNetwork.edgeStartNode( edge ) );
  QCOMPARE( mNetwork.findNode( first.x() + 1e-9, first.y() ), -1 );

  double distanceKm = -1;
  QCOMPARE( mNetwork.nearestNode( first.x() + 0.001, first.y(), &distanceKm ), mNetwork.edgeStartNode( edge ) );
  QVERIFY( distanceKm > 0 && distanceKm < 0.2 );
  QCOMPARE( mNetwork.nearestNode( std::nan( "" ), 0 ), -1 );
}

void TestSeaLaneNetwork::antimeridianNodesAreJoined()
{
  const int east = mNetwork.findNode( 180.0, 0.0 );
  QVERIFY( east >= 0 );
  QCOMPARE( mNetwork.findNode( -180.0, 0.0 ), east );
  QCOMPARE( mNetwork.nodeDistanceKm( east, mNetwork.findNode( -180.0, 0.0 ) ), 0.0 );
}

void TestSeaLaneNetwork::landmarks()
{
  QCOMPARE( mNetwork.landmarkCount(), SeaLaneNetwork::LANDMARK_COUNT );
  QSet<int> nodes;
  for ( int i = 0; i < mNetwork.landmarkCount(); ++i )
  {
    const int landmark = mNetwork.landmarkNode( i );
    nodes.insert( landmark );
    QCOMPARE( mNetwork.landmarkDistancesKm( landmark )[i], 0.0 );
  }
  QCOMPARE( nodes.size(), mNetwork.landmarkCount() );
  // one connected network: every node is reached, and each edge obeys the triangle inequality
  for ( int edge = 0; edge < mNetwork.networkEdgeCount(); ++edge )
  {
    const double *start = mNetwork.landmarkDistancesKm( mNetwork.edgeStartNode( edge ) );
    const double *end = mNetwork.landmarkDistancesKm( mNetwork.edgeEndNode( edge ) );
    for ( int i = 0; i < mNetwork.landmarkCount(); ++i )
    {
      QVERIFY( std::isfinite( start[i] ) );
      QVERIFY( std::fabs( start[i] - end[i] ) <= mNetwork.edgeLengthKm( edge ) + 1e-9 ); // rounding of the sums
    }
  }
}

void TestSeaLaneNetwork::loadsWithoutConnectors()
{
  const SeaLaneNetwork network = SeaLaneNetwork::load( tempPath( QStringLiteral( "small.gpkg" ) ), QString() );
  QVERIFY2( network.isValid(), qPrintable( network.error() ) );
  QCOMPARE( network.nodeCount(), 3 );
  QCOMPARE( network.networkEdgeCount(), 2 );
  QCOMPARE( network.connectorCount(), 0 );
  QCOMPARE( network.passages(), QStringList( { QStringLiteral( "kiel" ) } ) );

  const SeaLaneNetwork withPorts =
      SeaLaneNetwork::load( tempPath( QStringLiteral( "small.gpkg" ) ), tempPath( QStringLiteral( "good.geojson" ) ) );
  QVERIFY2( withPorts.isValid(), qPrintable( withPorts.error() ) );
  QCOMPARE( withPorts.portCodes(), QStringList( { QStringLiteral( "AAAAA" ) } ) );
  QCOMPARE( withPorts.edgeLengthKm( withPorts.networkEdgeCount() ), SeaLaneNetwork::haversineKm( -1, 0, 0, 0 ) );
}

void TestSeaLaneNetwork::badNetwork_data()
{
  QTest::addColumn<QString>( "path" );
  QTest::addColumn<QStringList>( "expected" );

  const QString missing = dataPath( QStringLiteral( "does_not_exist.gpkg" ) );
  QTest::newRow( "missing file" ) << missing << QStringList{ missing, QStringLiteral( "not found" ) };
  const QString garbage = dataPath( QStringLiteral( "garbage.gpkg" ) );
  QTest::newRow( "garbage" ) << garbage << QStringList{ garbage, QStringLiteral( "not a GeoPackage" ) };
  const QString truncated = dataPath( QStringLiteral( "truncated.gpkg" ) );
  QTest::newRow( "truncated" ) << truncated << QStringList{ truncated, QStringLiteral( "not a GeoPackage" ) };
  const QString connectors = connectorsPath();
  QTest::newRow( "GeoJSON, not a GeoPackage" )
      << connectors << QStringList{ connectors, QStringLiteral( "not a GeoPackage" ) };
  QTest::newRow( "folder" ) << QStringLiteral( PSA_TEST_DATA_DIR )
                            << QStringList{ QStringLiteral( PSA_TEST_DATA_DIR ),
                                            QStringLiteral( "not a readable file" ) };
  QTest::newRow( "no file given" ) << QString() << QStringList{ QStringLiteral( "no file given" ) };

  const QString empty = tempPath( QStringLiteral( "empty.gpkg" ) );
  QTest::newRow( "empty file" ) << empty << QStringList{ empty, QStringLiteral( "not a GeoPackage" ) };
  const QString corrupt = tempPath( QStringLiteral( "corrupt_middle.gpkg" ) );
  QTest::newRow( "corrupt pages" ) << corrupt << QStringList{ corrupt, QStringLiteral( "layer 'marnet'" ) };
  const QString wrongLayer = tempPath( QStringLiteral( "wrong_layer.gpkg" ) );
  QTest::newRow( "wrong layer" ) << wrongLayer
                                 << QStringList{ wrongLayer, QStringLiteral( "layer 'marnet' not found" ),
                                                 QStringLiteral( "layers: type" ) };
  const QString noPass = tempPath( QStringLiteral( "no_pass.gpkg" ) );
  QTest::newRow( "no pass field" ) << noPass << QStringList{ noPass, QStringLiteral( "field 'pass' not found" ) };
  const QString noLength = tempPath( QStringLiteral( "no_length.gpkg" ) );
  QTest::newRow( "no length field" ) << noLength
                                     << QStringList{ noLength, QStringLiteral( "field 'length_km' not found" ) };
  const QString nullLength = tempPath( QStringLiteral( "null_length.gpkg" ) );
  QTest::newRow( "NULL length" ) << nullLength
                                 << QStringList{ nullLength, QStringLiteral( "feature fid 2" ),
                                                 QStringLiteral( "'length_km' is NULL" ) };
  const QString negativeLength = tempPath( QStringLiteral( "negative_length.gpkg" ) );
  QTest::newRow( "negative length" ) << negativeLength
                                     << QStringList{ negativeLength, QStringLiteral( "feature fid 2" ),
                                                     QStringLiteral( "-2.5" ) };
  const QString points = tempPath( QStringLiteral( "points.gpkg" ) );
  QTest::newRow( "points" ) << points
                            << QStringList{ points, QStringLiteral( "feature fid 1" ),
                                            QStringLiteral( "expected LineString" ) };
  const QString nothing = tempPath( QStringLiteral( "nothing.gpkg" ) );
  QTest::newRow( "no features" ) << nothing << QStringList{ nothing, QStringLiteral( "no usable LineString" ) };
}

void TestSeaLaneNetwork::badNetwork()
{
  QFETCH( QString, path );
  QFETCH( QStringList, expected );

  const SeaLaneNetwork network = SeaLaneNetwork::load( path, connectorsPath() );
  QVERIFY( !network.isValid() );
  QCOMPARE( network.nodeCount(), 0 );
  QCOMPARE( network.edgeCount(), 0 );
  for ( const QString &part : expected )
    QVERIFY2( network.error().contains( part ),
              qPrintable( QStringLiteral( "'%1' not in: %2" ).arg( part, network.error() ) ) );
}

void TestSeaLaneNetwork::badConnectors_data()
{
  QTest::addColumn<QString>( "path" );
  QTest::addColumn<QStringList>( "expected" );

  const QString missing = dataPath( QStringLiteral( "does_not_exist.geojson" ) );
  QTest::newRow( "missing file" ) << missing << QStringList{ missing, QStringLiteral( "not found" ) };
  const QString garbage = dataPath( QStringLiteral( "garbage.gpkg" ) );
  QTest::newRow( "garbage" ) << garbage << QStringList{ garbage, QStringLiteral( "not a readable vector file" ) };
  const QString notANode = tempPath( QStringLiteral( "not_a_node.geojson" ) );
  QTest::newRow( "last vertex not a node" )
      << notANode << QStringList{ notANode, QStringLiteral( "AAAAA" ), QStringLiteral( "(0.5, 0) is not a node" ) };
  const QString noCode = tempPath( QStringLiteral( "no_code.geojson" ) );
  QTest::newRow( "empty unlocode" ) << noCode << QStringList{ noCode, QStringLiteral( "'unlocode' is empty" ) };
  const QString noField = tempPath( QStringLiteral( "no_field.geojson" ) );
  QTest::newRow( "no unlocode field" ) << noField
                                       << QStringList{ noField, QStringLiteral( "field 'unlocode' not found" ) };
  const QString twoPositions = tempPath( QStringLiteral( "two_positions.geojson" ) );
  QTest::newRow( "port in two places" ) << twoPositions
                                        << QStringList{ twoPositions, QStringLiteral( "AAAAA" ),
                                                        QStringLiteral( "differs from the port position" ) };
}

void TestSeaLaneNetwork::badConnectors()
{
  QFETCH( QString, path );
  QFETCH( QStringList, expected );

  const SeaLaneNetwork network = SeaLaneNetwork::load( tempPath( QStringLiteral( "small.gpkg" ) ), path );
  QVERIFY( !network.isValid() );
  QCOMPARE( network.edgeCount(), 0 );
  for ( const QString &part : expected )
    QVERIFY2( network.error().contains( part ),
              qPrintable( QStringLiteral( "'%1' not in: %2" ).arg( part, network.error() ) ) );
}

QTEST_GUILESS_MAIN( TestSeaLaneNetwork )
#include "testsealanenetwork.moc"
