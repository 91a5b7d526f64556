/***************************************************************************
  sealanenetworkloading.cpp
  Port Seizure Atlas: reading the network GeoPackage and the port connectors
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "gdaldataset.h"
#include "sealanegdal.h"
#include "sealanenetwork.h"
#include "sealanenetworkinternal.h"

#include <QDir>

#include <cmath>
#include <utility>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using SeaLaneNetworkInternal::normalizedPortCode;

namespace
{
  //! Distinct `pass` values: passages are kept in a 64-bit mask by SeaRouter (id 0 is "no passage"), and some ids
  //! are left for the passages named by area.
  constexpr int MAX_PASS_VALUES = 48;

  //! Arcs keep the edge id in 24 bits.
  constexpr int MAX_EDGES = 1 << 24;
} // namespace

const QString SeaLaneNetwork::NETWORK_FILE_NAME = QStringLiteral( "marnet_plus_20km_seafix.gpkg" );
const QString SeaLaneNetwork::CONNECTORS_FILE_NAME = QStringLiteral( "port_connectors_20km.geojson" );

SeaLaneNetwork SeaLaneNetwork::loadFolder( const QString &folder )
{
  return loadFolder( folder, nullptr );
}

SeaLaneNetwork SeaLaneNetwork::loadFolder( const QString &folder, std::shared_ptr<const SeaLaneLand> land )
{
  const QDir directory( folder );
  return load( directory.filePath( NETWORK_FILE_NAME ), directory.filePath( CONNECTORS_FILE_NAME ),
               QStringLiteral( "marnet" ), std::move( land ) );
}

SeaLaneNetwork SeaLaneNetwork::invalid( const QString &error )
{
  SeaLaneNetwork network;
  network.mError = error;
  return network;
}

SeaLaneNetwork SeaLaneNetwork::load( const QString &networkPath, const QString &connectorsPath,
                                     const QString &layerName )
{
  return load( networkPath, connectorsPath, layerName, nullptr );
}

SeaLaneNetwork SeaLaneNetwork::load( const QString &networkPath, const QString &connectorsPath,
                                     const QString &layerName, std::shared_ptr<const SeaLaneLand> land )
{
  SeaLaneNetwork network;
  network.mNetworkPath = networkPath;
  network.mConnectorsPath = connectorsPath;
  network.mLand = std::move( land );

  network.mError = network.loadNetwork( layerName );
  if ( network.mError.isEmpty() )
  {
    network.classifyLanes();
    network.renumberNodes();
    network.buildAdjacency();
    network.findComponents();
    network.computeLandmarks();
    if ( !connectorsPath.isEmpty() )
      network.mError = network.loadConnectors();
    const std::size_t edges = static_cast<std::size_t>( network.edgeCount() );
    network.mEdgeGeodesicKm.reset( new std::atomic<double>[edges] );
    for ( std::size_t edge = 0; edge < edges; ++edge )
      network.mEdgeGeodesicKm[edge].store( -1.0, std::memory_order_relaxed );
    network.prepareHierarchies();
  }
  if ( !network.mError.isEmpty() )
  {
    // an invalid network holds no half-loaded graph
    SeaLaneNetwork failed;
    failed.mNetworkPath = networkPath;
    failed.mConnectorsPath = connectorsPath;
    failed.mError = network.mError;
    failed.mLand = network.mLand;
    return failed;
  }
  return network;
}

QString SeaLaneNetwork::loadNetwork( const QString &layerName )
{
  const QString where = QStringLiteral( "Sea-lane network %1" ).arg( mNetworkPath );
  if ( mNetworkPath.isEmpty() )
    return QStringLiteral( "Sea-lane network: no file given" );
  const QString fileProblem = SeaLaneGdal::unreadableFileProblem( mNetworkPath, where );
  if ( !fileProblem.isEmpty() )
    return fileProblem;

  const SeaLaneGdal::QuietGdalErrors quiet;
  static const char *const gpkgOnly[] = { "GPKG", nullptr };
  const GdalDatasetPtr dataset = openGdalDataset( mNetworkPath, GDAL_OF_VECTOR | GDAL_OF_READONLY, gpkgOnly );
  if ( !dataset )
    return QStringLiteral( "%1: not a GeoPackage, or damaged%2" ).arg( where, SeaLaneGdal::QuietGdalErrors::detail() );

  OGRLayer *layer = dataset->GetLayerByName( layerName.toUtf8().constData() );
  if ( !layer )
    return QStringLiteral( "%1: layer '%2' not found (layers: %3)%4" )
        .arg( where, layerName, SeaLaneGdal::layerNames( dataset.get() ), SeaLaneGdal::QuietGdalErrors::detail() );

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
    return QStringLiteral( "%1: field 'length_km' is %2, expected a number" )
        .arg( whereLayer, QString::fromUtf8( OGRFieldDefn::GetFieldTypeName( lengthType ) ) );

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
  SeaLaneGdal::rewind( layer );
  int featureCount = 0;
  while ( OGRFeatureUniquePtr feature{ layer->GetNextFeature() } )
  {
    ++featureCount;
    // built only for a message: formatting it for each of 30,000 features would slow the load down
    const auto whereFeature = [&whereLayer, &feature] {
      return QStringLiteral( "%1, feature fid %2" ).arg( whereLayer ).arg( feature->GetFID() );
    };
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry )
      return QStringLiteral( "%1: no geometry" ).arg( whereFeature() );
    if ( wkbFlatten( geometry->getGeometryType() ) != wkbLineString )
      return QStringLiteral( "%1: geometry is %2, expected LineString" )
          .arg( whereFeature(), QString::fromUtf8( geometry->getGeometryName() ) );
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
      return QStringLiteral( "%1: field 'length_km' is %2, expected a length >= 0" )
          .arg( whereFeature() )
          .arg( lengthKm );

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
          if ( mPassageNames.size() > MAX_PASS_VALUES )
          {
            return QStringLiteral( "%1: field 'pass' has more than %2 distinct values" )
                .arg( whereFeature() )
                .arg( MAX_PASS_VALUES );
          }
          passage = addPassage( name );
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
  const QString stopped = SeaLaneGdal::readingStopped( whereLayer, featureCount );
  if ( !stopped.isEmpty() )
    return stopped;
  if ( mEdgeLengthKm.empty() )
    return QStringLiteral( "%1: no usable LineString features" ).arg( whereLayer );

  mNetworkEdgeCount = static_cast<int>( mEdgeLengthKm.size() );
  return QString();
}

QString SeaLaneNetwork::loadConnectors()
{
  const QString where = QStringLiteral( "Port connectors %1" ).arg( mConnectorsPath );
  const QString fileProblem = SeaLaneGdal::unreadableFileProblem( mConnectorsPath, where );
  if ( !fileProblem.isEmpty() )
    return fileProblem;

  const SeaLaneGdal::QuietGdalErrors quiet;
  const GdalDatasetPtr dataset = openGdalDataset( mConnectorsPath, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  if ( !dataset )
    return QStringLiteral( "%1: not a readable vector file%2" ).arg( where, SeaLaneGdal::QuietGdalErrors::detail() );
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
  SeaLaneGdal::rewind( layer );
  int featureCount = 0;
  while ( OGRFeatureUniquePtr feature{ layer->GetNextFeature() } )
  {
    ++featureCount;
    const QString code = feature->IsFieldSetAndNotNull( codeField )
                             ? normalizedPortCode( QString::fromUtf8( feature->GetFieldAsString( codeField ) ) )
                             : QString();
    const QString whereFeature = QStringLiteral( "%1, feature %2 (%3)" )
                                     .arg( whereLayer )
                                     .arg( feature->GetFID() )
                                     .arg( code.isEmpty() ? QStringLiteral( "no unlocode" ) : code );
    if ( code.isEmpty() )
      return QStringLiteral( "%1: field 'unlocode' is empty" ).arg( whereFeature );
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbLineString )
      return QStringLiteral( "%1: geometry is %2, expected LineString" )
          .arg( whereFeature,
                geometry ? QString::fromUtf8( geometry->getGeometryName() ) : QStringLiteral( "missing" ) );
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
      return QStringLiteral( "%1: last vertex (%2, %3) is not a node of the network %4" )
          .arg( whereFeature )
          .arg( nodeLon, 0, 'g', 17 )
          .arg( nodeLat, 0, 'g', 17 )
          .arg( mNetworkPath );

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
      return QStringLiteral(
                 "%1: first vertex (%2, %3) differs from the port position (%4, %5) of the port's other connectors" )
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
  const QString stopped = SeaLaneGdal::readingStopped( whereLayer, featureCount );
  if ( !stopped.isEmpty() )
    return stopped;
  return QString();
}
