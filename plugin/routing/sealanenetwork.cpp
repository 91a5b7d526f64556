/***************************************************************************
  sealanenetwork.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanenetwork.h"

#include <QDir>

#include "radixheap.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace
{
  constexpr double DEG_TO_RAD = 3.14159265358979323846 / 180.0;

  //! Passages are kept in a 64-bit mask by SeaRouter; id 0 is "no passage".
  constexpr int MAX_PASSAGES = 63;

  //! Arcs keep the edge id in 24 bits.
  constexpr int MAX_EDGES = 1 << 24;

  //! Interleaves the bits of \a x and \a y (Morton order).
  std::uint64_t mortonCode( std::uint32_t x, std::uint32_t y )
  {
    std::uint64_t code = 0;
    for ( int bit = 0; bit < 16; ++bit )
    {
      code |= static_cast<std::uint64_t>( ( x >> bit ) & 1u ) << ( 2 * bit );
      code |= static_cast<std::uint64_t>( ( y >> bit ) & 1u ) << ( 2 * bit + 1 );
    }
    return code;
  }

  void registerGdalDrivers()
  {
    static std::once_flag sOnce;
    std::call_once( sOnce, [] { GDALAllRegister(); } );
  }

  /**
   * Silences GDAL's error printing while a file is read; the last error becomes part of our message instead.
   */
  class QuietGdalErrors
  {
    public:
      QuietGdalErrors()
      {
        CPLPushErrorHandler( CPLQuietErrorHandler );
        CPLErrorReset();
      }
      ~QuietGdalErrors() { CPLPopErrorHandler(); }
      QuietGdalErrors( const QuietGdalErrors & ) = delete;
      QuietGdalErrors &operator=( const QuietGdalErrors & ) = delete;

      static bool failed() { return CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal; }

      //! Returns ": <GDAL message>" or an empty string.
      static QString detail()
      {
        const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
        return message.isEmpty() ? QString() : QStringLiteral( ": %1" ).arg( message );
      }
  };

  GDALDatasetUniquePtr openVector( const QString &path, const char *const *allowedDrivers )
  {
    registerGdalDrivers();
    const QByteArray utf8Path = path.toUtf8();
    return GDALDatasetUniquePtr( GDALDataset::FromHandle( GDALOpenEx( utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowedDrivers, nullptr, nullptr ) ) );
  }

  QString layerNames( GDALDataset *dataset )
  {
    QStringList names;
    for ( int i = 0; i < dataset->GetLayerCount(); ++i )
      names << QString::fromUtf8( dataset->GetLayer( i )->GetName() );
    return names.isEmpty() ? QStringLiteral( "none" ) : names.join( QLatin1String( ", " ) );
  }

  QString normalizedPortCode( const QString &code )
  {
    QString normalized = code.trimmed().toUpper();
    normalized.remove( QLatin1Char( ' ' ) );
    return normalized;
  }

  double chordToKm( double chord )
  {
    return 2.0 * SeaLaneNetwork::EARTH_RADIUS_KM * std::asin( std::min( 1.0, chord / 2.0 ) );
  }
} // namespace

SeaLaneNetwork::NodeKey SeaLaneNetwork::nodeKey( double lon, double lat )
{
  // + 0.0 turns -0.0 into 0.0, so that the two zeros are one node
  lon += 0.0;
  // the network is cut at the antimeridian: a node at -180 is the same place as the one at +180
  if ( lon == -180.0 )
    lon = 180.0;
  lat += 0.0;
  NodeKey key;
  std::memcpy( &key.lon, &lon, sizeof( double ) );
  std::memcpy( &key.lat, &lat, sizeof( double ) );
  return key;
}

void SeaLaneNetwork::unitVector( double lon, double lat, double *xyz )
{
  const double lambda = lon * DEG_TO_RAD;
  const double phi = lat * DEG_TO_RAD;
  xyz[0] = std::cos( phi ) * std::cos( lambda );
  xyz[1] = std::cos( phi ) * std::sin( lambda );
  xyz[2] = std::sin( phi );
}

double SeaLaneNetwork::haversineKm( double lon1, double lat1, double lon2, double lat2 )
{
  const double phi1 = lat1 * DEG_TO_RAD;
  const double phi2 = lat2 * DEG_TO_RAD;
  const double sinDeltaPhi = std::sin( ( phi2 - phi1 ) / 2.0 );
  const double sinDeltaLambda = std::sin( ( lon2 - lon1 ) * DEG_TO_RAD / 2.0 );
  const double h = sinDeltaPhi * sinDeltaPhi + std::cos( phi1 ) * std::cos( phi2 ) * sinDeltaLambda * sinDeltaLambda;
  return 2.0 * EARTH_RADIUS_KM * std::asin( std::sqrt( std::min( 1.0, h ) ) );
}

const QString SeaLaneNetwork::NETWORK_FILE_NAME = QStringLiteral( "marnet_plus_20km_seafix.gpkg" );
const QString SeaLaneNetwork::CONNECTORS_FILE_NAME = QStringLiteral( "port_connectors_20km.geojson" );

SeaLaneNetwork SeaLaneNetwork::loadFolder( const QString &folder )
{
  const QDir directory( folder );
  return load( directory.filePath( NETWORK_FILE_NAME ), directory.filePath( CONNECTORS_FILE_NAME ) );
}

SeaLaneNetwork SeaLaneNetwork::load( const QString &networkPath, const QString &connectorsPath, const QString &layerName )
{
  SeaLaneNetwork network;
  network.mNetworkPath = networkPath;
  network.mConnectorsPath = connectorsPath;

  network.mError = network.loadNetwork( layerName );
  if ( network.mError.isEmpty() )
  {
    network.renumberNodes();
    network.buildAdjacency();
    network.computeLandmarks();
    if ( !connectorsPath.isEmpty() )
      network.mError = network.loadConnectors();
  }
  if ( !network.mError.isEmpty() )
  {
    // an invalid network holds no half-loaded graph
    SeaLaneNetwork failed;
    failed.mNetworkPath = networkPath;
    failed.mConnectorsPath = connectorsPath;
    failed.mError = network.mError;
    return failed;
  }
  return network;
}

std::size_t SeaLaneNetwork::hashNodeKey( const NodeKey &key )
{
  // coordinates often end in zero bits: mix every bit into every other (murmur3 finaliser)
  std::uint64_t hash = key.lon ^ ( key.lat * 0x9E3779B97F4A7C15ULL );
  hash ^= hash >> 33;
  hash *= 0xFF51AFD7ED558CCDULL;
  hash ^= hash >> 33;
  hash *= 0xC4CEB9FE1A85EC53ULL;
  hash ^= hash >> 33;
  return static_cast<std::size_t>( hash );
}

std::size_t SeaLaneNetwork::nodeSlot( const NodeKey &key ) const
{
  // linear probing in a power-of-two table that is never more than half full
  const std::size_t mask = mNodeSlots.size() - 1;
  std::size_t slot = hashNodeKey( key ) & mask;
  while ( mNodeSlots[slot] != 0 && !( mNodeSlotKeys[slot] == key ) )
    slot = ( slot + 1 ) & mask;
  return slot;
}

void SeaLaneNetwork::growNodeSlots( std::size_t minimumSlots )
{
  std::size_t slotCount = 1024;
  while ( slotCount < minimumSlots )
    slotCount *= 2;
  if ( slotCount <= mNodeSlots.size() )
    return;
  std::vector<NodeKey> keys( slotCount );
  std::vector<int> nodes( slotCount, 0 );
  keys.swap( mNodeSlotKeys );
  nodes.swap( mNodeSlots );
  for ( std::size_t old = 0; old < nodes.size(); ++old )
  {
    if ( nodes[old] == 0 )
      continue;
    const std::size_t slot = nodeSlot( keys[old] );
    mNodeSlotKeys[slot] = keys[old];
    mNodeSlots[slot] = nodes[old];
  }
}

int SeaLaneNetwork::addNode( double lon, double lat )
{
  if ( 2 * ( mNodeLon.size() + 1 ) > mNodeSlots.size() )
    growNodeSlots( 4 * ( mNodeLon.size() + 1 ) );
  const NodeKey key = nodeKey( lon, lat );
  const std::size_t slot = nodeSlot( key );
  if ( mNodeSlots[slot] != 0 )
    return mNodeSlots[slot] - 1;

  const int node = static_cast<int>( mNodeLon.size() );
  mNodeSlotKeys[slot] = key;
  mNodeSlots[slot] = node + 1;
  mNodeLon.push_back( lon );
  mNodeLat.push_back( lat );
  double xyz[3];
  unitVector( lon, lat, xyz );
  mNodeUnit.insert( mNodeUnit.end(), xyz, xyz + 3 );
  return node;
}

int SeaLaneNetwork::addEdge( const std::vector<double> &lonLat, double lengthKm, int passage, qint64 featureId )
{
  mEdgeLengthKm.push_back( lengthKm );
  mEdgePassage.push_back( static_cast<std::uint8_t>( passage ) );
  mEdgeFeatureId.push_back( featureId );
  mCoordinates.insert( mCoordinates.end(), lonLat.begin(), lonLat.end() );
  mEdgeVertexOffset.push_back( static_cast<int>( mCoordinates.size() / 2 ) );
  return static_cast<int>( mEdgeLengthKm.size() ) - 1;
}

namespace
{
  //! Why \a path cannot be read as a file ("<where>: file not found"), or an empty string.
  QString unreadableFileProblem( const QString &path, const QString &where )
  {
    const QFileInfo info( path );
    if ( !info.exists() )
      return QStringLiteral( "%1: file not found" ).arg( where );
    if ( !info.isFile() || !info.isReadable() )
      return QStringLiteral( "%1: not a readable file" ).arg( where );
    return QString();
  }
} // namespace

QString SeaLaneNetwork::loadNetwork( const QString &layerName )
{
  const QString where = QStringLiteral( "Sea-lane network %1" ).arg( mNetworkPath );
  if ( mNetworkPath.isEmpty() )
    return QStringLiteral( "Sea-lane network: no file given" );
  const QString fileProblem = unreadableFileProblem( mNetworkPath, where );
  if ( !fileProblem.isEmpty() )
    return fileProblem;

  const QuietGdalErrors quiet;
  static const char *const gpkgOnly[] = { "GPKG", nullptr };
  const GDALDatasetUniquePtr dataset = openVector( mNetworkPath, gpkgOnly );
  if ( !dataset )
    return QStringLiteral( "%1: not a GeoPackage, or damaged%2" ).arg( where, QuietGdalErrors::detail() );

  OGRLayer *layer = dataset->GetLayerByName( layerName.toUtf8().constData() );
  if ( !layer )
    return QStringLiteral( "%1: layer '%2' not found (layers: %3)%4" ).arg( where, layerName, layerNames( dataset.get() ), QuietGdalErrors::detail() );

  const QString whereLayer = QStringLiteral( "%1, layer '%2'" ).arg( where, layerName );
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  const int passField = definition->GetFieldIndex( "pass" );
  const int lengthField = definition->GetFieldIndex( "length_km" );
  if ( passField < 0 )
    return QStringLiteral( "%1: field 'pass' not found" ).arg( whereLayer );
  if ( lengthField < 0 )
    return QStringLiteral( "%1: field 'length_km' not found" ).arg( whereLayer );
  const OGRFieldType lengthType = definition->GetFieldDefn( lengthField )->GetType();
  if ( lengthType != OFTReal && lengthType != OFTInteger && lengthType != OFTInteger64 )
    return QStringLiteral( "%1: field 'length_km' is %2, expected a number" ).arg( whereLayer, QString::fromUtf8( OGRFieldDefn::GetFieldTypeName( lengthType ) ) );

  // read only what routing needs
  std::vector<QByteArray> ignoredNames;
  for ( int i = 0; i < definition->GetFieldCount(); ++i )
  {
    if ( i != passField && i != lengthField )
      ignoredNames.push_back( QByteArray( definition->GetFieldDefn( i )->GetNameRef() ) );
  }
  ignoredNames.push_back( QByteArrayLiteral( "OGR_STYLE" ) );
  std::vector<const char *> ignored;
  for ( const QByteArray &name : ignoredNames )
    ignored.push_back( name.constData() );
  ignored.push_back( nullptr );
  layer->SetIgnoredFields( ignored.data() );

  const GIntBig expectedCount = layer->GetFeatureCount( FALSE );
  if ( expectedCount > 0 )
  {
    mEdgeLengthKm.reserve( static_cast<std::size_t>( expectedCount ) );
    mEdgePassage.reserve( static_cast<std::size_t>( expectedCount ) );
    mEdgeFeatureId.reserve( static_cast<std::size_t>( expectedCount ) );
    mEdgeStart.reserve( static_cast<std::size_t>( expectedCount ) );
    mEdgeEnd.reserve( static_cast<std::size_t>( expectedCount ) );
    mEdgeVertexOffset.reserve( static_cast<std::size_t>( expectedCount ) + 1 );
    mCoordinates.reserve( static_cast<std::size_t>( expectedCount ) * 6 );
    growNodeSlots( 2 * static_cast<std::size_t>( expectedCount ) );
  }

  QHash<QString, int> passageIds;
  std::vector<double> lonLat;
  layer->ResetReading();
  CPLErrorReset();
  int featureCount = 0;
  while ( OGRFeatureUniquePtr feature{ layer->GetNextFeature() } )
  {
    ++featureCount;
    // built only for a message: formatting it for each of 30,000 features would slow the load down
    const auto whereFeature = [&whereLayer, &feature] { return QStringLiteral( "%1, feature fid %2" ).arg( whereLayer ).arg( feature->GetFID() ); };
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry )
      return QStringLiteral( "%1: no geometry" ).arg( whereFeature() );
    if ( wkbFlatten( geometry->getGeometryType() ) != wkbLineString )
      return QStringLiteral( "%1: geometry is %2, expected LineString" ).arg( whereFeature(), QString::fromUtf8( geometry->getGeometryName() ) );
    const OGRLineString *line = geometry->toLineString();
    const int vertexCount = line->getNumPoints();
    if ( vertexCount < 2 )
    {
      ++mSkippedFeatureCount;
      continue;
    }

    if ( !feature->IsFieldSetAndNotNull( lengthField ) )
      return QStringLiteral( "%1: field 'length_km' is NULL" ).arg( whereFeature() );
    const double lengthKm = feature->GetFieldAsDouble( lengthField );
    if ( !std::isfinite( lengthKm ) || lengthKm < 0 )
      return QStringLiteral( "%1: field 'length_km' is %2, expected a length >= 0" ).arg( whereFeature() ).arg( lengthKm );

    lonLat.resize( 2 * static_cast<std::size_t>( vertexCount ) );
    for ( int i = 0; i < vertexCount; ++i )
    {
      lonLat[2 * i] = line->getX( i );
      lonLat[2 * i + 1] = line->getY( i );
      if ( !std::isfinite( lonLat[2 * i] ) || !std::isfinite( lonLat[2 * i + 1] ) )
        return QStringLiteral( "%1: vertex %2 is not a finite coordinate" ).arg( whereFeature() ).arg( i );
    }
    if ( nodeKey( lonLat[0], lonLat[1] ) == nodeKey( lonLat[lonLat.size() - 2], lonLat[lonLat.size() - 1] ) )
    {
      // a closed loop is never part of a shortest path
      ++mSkippedFeatureCount;
      continue;
    }

    int passage = 0;
    if ( feature->IsFieldSetAndNotNull( passField ) )
    {
      const QString name = QString::fromUtf8( feature->GetFieldAsString( passField ) ).trimmed();
      if ( !name.isEmpty() )
      {
        passage = passageIds.value( name, 0 );
        if ( passage == 0 )
        {
          if ( mPassageNames.size() > MAX_PASSAGES )
            return QStringLiteral( "%1: field 'pass' has more than %2 distinct values" ).arg( whereFeature() ).arg( MAX_PASSAGES );
          passage = mPassageNames.size();
          mPassageNames << name;
          passageIds.insert( name, passage );
        }
      }
    }

    if ( mEdgeLengthKm.size() >= static_cast<std::size_t>( MAX_EDGES ) )
      return QStringLiteral( "%1: more than %2 edges" ).arg( whereLayer ).arg( MAX_EDGES );
    addEdge( lonLat, lengthKm, passage, feature->GetFID() );
    mEdgeStart.push_back( addNode( lonLat[0], lonLat[1] ) );
    mEdgeEnd.push_back( addNode( lonLat[lonLat.size() - 2], lonLat[lonLat.size() - 1] ) );
  }
  if ( QuietGdalErrors::failed() )
    return QStringLiteral( "%1: reading stopped after %2 features%3" ).arg( whereLayer ).arg( featureCount ).arg( QuietGdalErrors::detail() );
  if ( mEdgeLengthKm.empty() )
    return QStringLiteral( "%1: no usable LineString features" ).arg( whereLayer );

  mNetworkEdgeCount = static_cast<int>( mEdgeLengthKm.size() );
  return QString();
}

void SeaLaneNetwork::renumberNodes()
{
  // nodes close on the map get close ids, so that a search touches fewer cache lines
  const std::size_t nodes = mNodeLon.size();
  std::vector<std::uint64_t> codes( nodes );
  for ( std::size_t node = 0; node < nodes; ++node )
  {
    const double x = std::clamp( ( mNodeLon[node] + 180.0 ) / 360.0, 0.0, 1.0 ) * 65535.0;
    const double y = std::clamp( ( mNodeLat[node] + 90.0 ) / 180.0, 0.0, 1.0 ) * 65535.0;
    codes[node] = mortonCode( static_cast<std::uint32_t>( x ), static_cast<std::uint32_t>( y ) );
  }
  std::vector<int> order( nodes );
  for ( std::size_t node = 0; node < nodes; ++node )
    order[node] = static_cast<int>( node );
  std::stable_sort( order.begin(), order.end(), [&codes]( int a, int b ) { return codes[a] < codes[b]; } );

  std::vector<int> newId( nodes );
  std::vector<double> lon( nodes );
  std::vector<double> lat( nodes );
  std::vector<double> unit( 3 * nodes );
  for ( std::size_t i = 0; i < nodes; ++i )
  {
    const std::size_t old = static_cast<std::size_t>( order[i] );
    newId[old] = static_cast<int>( i );
    lon[i] = mNodeLon[old];
    lat[i] = mNodeLat[old];
    std::copy( mNodeUnit.begin() + 3 * old, mNodeUnit.begin() + 3 * old + 3, unit.begin() + 3 * i );
  }
  mNodeLon.swap( lon );
  mNodeLat.swap( lat );
  mNodeUnit.swap( unit );
  for ( int &node : mEdgeStart )
    node = newId[node];
  for ( int &node : mEdgeEnd )
    node = newId[node];
  for ( int &slot : mNodeSlots )
  {
    if ( slot != 0 )
      slot = newId[static_cast<std::size_t>( slot - 1 )] + 1;
  }
}

void SeaLaneNetwork::buildAdjacency()
{
  const int nodes = nodeCount();
  mArcOffset.assign( static_cast<std::size_t>( nodes ) + 1, 0 );
  for ( int edge = 0; edge < mNetworkEdgeCount; ++edge )
  {
    ++mArcOffset[mEdgeStart[edge] + 1];
    ++mArcOffset[mEdgeEnd[edge] + 1];
  }
  for ( int node = 0; node < nodes; ++node )
    mArcOffset[node + 1] += mArcOffset[node];

  mArcs.resize( static_cast<std::size_t>( mArcOffset[nodes] ) );
  std::vector<int> fill( mArcOffset.begin(), mArcOffset.end() - 1 );
  double scale = 1.0;
  for ( int edge = 0; edge < mNetworkEdgeCount; ++edge )
  {
    const int start = mEdgeStart[edge];
    const int end = mEdgeEnd[edge];
    const double lengthKm = mEdgeLengthKm[edge];
    const std::uint32_t edgeAndPassage = static_cast<std::uint32_t>( edge ) | ( static_cast<std::uint32_t>( mEdgePassage[edge] ) << 24 );
    mArcs[fill[start]++] = Arc{ lengthKm, end, edgeAndPassage };
    mArcs[fill[end]++] = Arc{ lengthKm, start, edgeAndPassage };

    const double direct = nodeDistanceKm( start, end );
    if ( direct > 0 && lengthKm < scale * direct )
      scale = lengthKm / direct;
  }
  // a hair below the bound, so that rounding in the heuristic can never overestimate
  mHeuristicScale = scale * ( 1.0 - 1e-9 );
}

void SeaLaneNetwork::shortestDistancesKm( int source, std::vector<double> &distances ) const
{
  distances.assign( mNodeLon.size(), std::numeric_limits<double>::infinity() );
  RadixHeap heap;
  distances[static_cast<std::size_t>( source )] = 0;
  heap.push( 0, source );
  while ( !heap.isEmpty() )
  {
    const std::pair<double, int> top = heap.pop();
    if ( top.first > distances[static_cast<std::size_t>( top.second )] )
      continue;
    for ( const Arc *arc = arcsBegin( top.second ); arc != arcsEnd( top.second ); ++arc )
    {
      const double distance = top.first + arc->lengthKm;
      if ( distance < distances[static_cast<std::size_t>( arc->target )] )
      {
        distances[static_cast<std::size_t>( arc->target )] = distance;
        heap.push( distance, arc->target );
      }
    }
  }
}

void SeaLaneNetwork::computeLandmarks()
{
  // "farthest" selection: each landmark is the node farthest (by sea) from the ones chosen before, so that they sit
  // at the ends of the network, behind most destinations
  const std::size_t nodes = mNodeLon.size();
  mLandmarkCount = static_cast<int>( std::min<std::size_t>( LANDMARK_COUNT, nodes ) );
  mLandmarkNodes.clear();
  mLandmarkDistanceKm.assign( nodes * static_cast<std::size_t>( mLandmarkCount ), 0.0 );
  std::vector<double> nearestLandmarkKm( nodes, std::numeric_limits<double>::infinity() );
  std::vector<double> distances;
  shortestDistancesKm( 0, distances );
  for ( int landmark = 0; landmark < mLandmarkCount; ++landmark )
  {
    // the first landmark is the node farthest from node 0, the others the farthest from every landmark so far
    const std::vector<double> &spread = landmark == 0 ? distances : nearestLandmarkKm;
    std::size_t farthest = 0;
    for ( std::size_t node = 0; node < nodes; ++node )
    {
      if ( std::isfinite( spread[node] ) && ( !std::isfinite( spread[farthest] ) || spread[node] > spread[farthest] ) )
        farthest = node;
    }
    mLandmarkNodes.push_back( static_cast<int>( farthest ) );
    shortestDistancesKm( static_cast<int>( farthest ), distances );
    for ( std::size_t node = 0; node < nodes; ++node )
    {
      mLandmarkDistanceKm[node * static_cast<std::size_t>( mLandmarkCount ) + static_cast<std::size_t>( landmark )] = distances[node];
      nearestLandmarkKm[node] = std::min( nearestLandmarkKm[node], distances[node] );
    }
  }
}

QString SeaLaneNetwork::loadConnectors()
{
  const QString where = QStringLiteral( "Port connectors %1" ).arg( mConnectorsPath );
  const QString fileProblem = unreadableFileProblem( mConnectorsPath, where );
  if ( !fileProblem.isEmpty() )
    return fileProblem;

  const QuietGdalErrors quiet;
  const GDALDatasetUniquePtr dataset = openVector( mConnectorsPath, nullptr );
  if ( !dataset )
    return QStringLiteral( "%1: not a readable vector file%2" ).arg( where, QuietGdalErrors::detail() );
  if ( dataset->GetLayerCount() < 1 )
    return QStringLiteral( "%1: no layer" ).arg( where );
  OGRLayer *layer = dataset->GetLayer( 0 );
  const QString whereLayer = QStringLiteral( "%1, layer '%2'" ).arg( where, QString::fromUtf8( layer->GetName() ) );
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  const int codeField = definition->GetFieldIndex( "unlocode" );
  const int nameField = definition->GetFieldIndex( "port" );
  if ( codeField < 0 )
    return QStringLiteral( "%1: field 'unlocode' not found" ).arg( whereLayer );

  std::vector<double> lonLat;
  layer->ResetReading();
  CPLErrorReset();
  int featureCount = 0;
  while ( OGRFeatureUniquePtr feature{ layer->GetNextFeature() } )
  {
    ++featureCount;
    const QString code = feature->IsFieldSetAndNotNull( codeField ) ? normalizedPortCode( QString::fromUtf8( feature->GetFieldAsString( codeField ) ) ) : QString();
    const QString whereFeature = QStringLiteral( "%1, feature %2 (%3)" ).arg( whereLayer ).arg( feature->GetFID() ).arg( code.isEmpty() ? QStringLiteral( "no unlocode" ) : code );
    if ( code.isEmpty() )
      return QStringLiteral( "%1: field 'unlocode' is empty" ).arg( whereFeature );
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbLineString )
      return QStringLiteral( "%1: geometry is %2, expected LineString" ).arg( whereFeature, geometry ? QString::fromUtf8( geometry->getGeometryName() ) : QStringLiteral( "missing" ) );
    const OGRLineString *line = geometry->toLineString();
    const int vertexCount = line->getNumPoints();
    if ( vertexCount < 2 )
      return QStringLiteral( "%1: fewer than 2 vertices" ).arg( whereFeature );

    lonLat.resize( 2 * static_cast<std::size_t>( vertexCount ) );
    double lengthKm = 0;
    for ( int i = 0; i < vertexCount; ++i )
    {
      lonLat[2 * i] = line->getX( i );
      lonLat[2 * i + 1] = line->getY( i );
      if ( !std::isfinite( lonLat[2 * i] ) || !std::isfinite( lonLat[2 * i + 1] ) )
        return QStringLiteral( "%1: vertex %2 is not a finite coordinate" ).arg( whereFeature ).arg( i );
      if ( i > 0 )
        lengthKm += haversineKm( lonLat[2 * i - 2], lonLat[2 * i - 1], lonLat[2 * i], lonLat[2 * i + 1] );
    }
    const double nodeLon = lonLat[lonLat.size() - 2];
    const double nodeLat = lonLat[lonLat.size() - 1];
    const int node = findNode( nodeLon, nodeLat );
    if ( node < 0 )
      return QStringLiteral( "%1: last vertex (%2, %3) is not a node of the network %4" ).arg( whereFeature ).arg( nodeLon, 0, 'g', 17 ).arg( nodeLat, 0, 'g', 17 ).arg( mNetworkPath );

    Port &port = mPorts[code];
    if ( port.connectors.isEmpty() )
    {
      port.lon = lonLat[0];
      port.lat = lonLat[1];
      if ( nameField >= 0 && feature->IsFieldSetAndNotNull( nameField ) )
        port.name = QString::fromUtf8( feature->GetFieldAsString( nameField ) );
    }
    else if ( port.lon != lonLat[0] || port.lat != lonLat[1] )
    {
      return QStringLiteral( "%1: first vertex (%2, %3) differs from the port position (%4, %5) of the port's other connectors" )
          .arg( whereFeature )
          .arg( lonLat[0], 0, 'g', 17 )
          .arg( lonLat[1], 0, 'g', 17 )
          .arg( port.lon, 0, 'g', 17 )
          .arg( port.lat, 0, 'g', 17 );
    }

    const int edge = addEdge( lonLat, lengthKm, 0, feature->GetFID() );
    mEdgeStart.push_back( -1 );
    mEdgeEnd.push_back( node );
    port.connectors.append( edge );
    mConnectorPort.insert( edge, code );
  }
  if ( QuietGdalErrors::failed() )
    return QStringLiteral( "%1: reading stopped after %2 features%3" ).arg( whereLayer ).arg( featureCount ).arg( QuietGdalErrors::detail() );
  return QString();
}

int SeaLaneNetwork::findNode( double lon, double lat ) const
{
  if ( mNodeSlots.empty() )
    return -1;
  return mNodeSlots[nodeSlot( nodeKey( lon, lat ) )] - 1;
}

int SeaLaneNetwork::nearestNode( double lon, double lat, double *distanceKm ) const
{
  if ( mNodeLon.empty() || !std::isfinite( lon ) || !std::isfinite( lat ) )
    return -1;
  double xyz[3];
  unitVector( lon, lat, xyz );
  int best = -1;
  double bestDot = -2.0;
  const double *unit = mNodeUnit.data();
  for ( std::size_t node = 0; node < mNodeLon.size(); ++node, unit += 3 )
  {
    const double dot = unit[0] * xyz[0] + unit[1] * xyz[1] + unit[2] * xyz[2];
    if ( dot > bestDot )
    {
      bestDot = dot;
      best = static_cast<int>( node );
    }
  }
  if ( distanceKm )
    *distanceKm = haversineKm( lon, lat, mNodeLon[best], mNodeLat[best] );
  return best;
}

double SeaLaneNetwork::nodeDistanceKm( int a, int b ) const
{
  return nodeDistanceKm( a, mNodeUnit.data() + 3 * static_cast<std::size_t>( b ) );
}

double SeaLaneNetwork::nodeDistanceKm( int node, const double *xyz ) const
{
  const double *u = mNodeUnit.data() + 3 * static_cast<std::size_t>( node );
  const double dx = u[0] - xyz[0];
  const double dy = u[1] - xyz[1];
  const double dz = u[2] - xyz[2];
  return chordToKm( std::sqrt( dx * dx + dy * dy + dz * dz ) );
}

QString SeaLaneNetwork::edgePortCode( int edge ) const
{
  return mConnectorPort.value( edge );
}

QVector<QPointF> SeaLaneNetwork::edgeGeometry( int edge ) const
{
  QVector<QPointF> geometry;
  appendEdgeGeometry( edge, false, false, geometry );
  return geometry;
}

void SeaLaneNetwork::appendEdgeGeometry( int edge, bool reversed, bool skipFirst, QVector<QPointF> &polyline ) const
{
  const int first = mEdgeVertexOffset[edge];
  const int count = mEdgeVertexOffset[edge + 1] - first;
  const double *coordinates = mCoordinates.data() + 2 * static_cast<std::size_t>( first );
  for ( int i = skipFirst ? 1 : 0; i < count; ++i )
  {
    const int vertex = reversed ? count - 1 - i : i;
    polyline.append( QPointF( coordinates[2 * vertex], coordinates[2 * vertex + 1] ) );
  }
}

int SeaLaneNetwork::passageId( const QString &name ) const
{
  if ( name.isEmpty() )
    return -1;
  return mPassageNames.indexOf( name );
}

QStringList SeaLaneNetwork::passages() const
{
  QStringList names = mPassageNames.mid( 1 );
  names.sort();
  return names;
}

QStringList SeaLaneNetwork::portCodes() const
{
  QStringList codes = mPorts.keys();
  codes.sort();
  return codes;
}

bool SeaLaneNetwork::hasPort( const QString &unlocode ) const
{
  return mPorts.contains( normalizedPortCode( unlocode ) );
}

QString SeaLaneNetwork::portName( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QString() : it->name;
}

QPointF SeaLaneNetwork::portPosition( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QPointF() : QPointF( it->lon, it->lat );
}

QVector<int> SeaLaneNetwork::portConnectors( const QString &unlocode ) const
{
  const auto it = mPorts.constFind( normalizedPortCode( unlocode ) );
  return it == mPorts.constEnd() ? QVector<int>() : it->connectors;
}
