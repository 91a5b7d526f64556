/***************************************************************************
  sealanenetworkrepair.cpp
  Port Seizure Atlas: what the network file does not say: one node per place (exact endpoint keys joined across
  the antimeridian), lane classes and passages named by area, connected components
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealaneland.h"
#include "sealanenetwork.h"

#include <algorithm>
#include <cstring>

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
  mEdgeLaneClass.push_back( static_cast<std::uint8_t>( LaneClass::Main ) );
  mEdgeFeatureId.push_back( featureId );
  mCoordinates.insert( mCoordinates.end(), lonLat.begin(), lonLat.end() );
  mEdgeVertexOffset.push_back( static_cast<int>( mCoordinates.size() / 2 ) );
  return static_cast<int>( mEdgeLengthKm.size() ) - 1;
}

const QString SeaLaneNetwork::INLAND_WATERWAY_PASSAGE = QStringLiteral( "inland waterway" );

QVector<SeaLaneNetwork::NamedPassageArea> SeaLaneNetwork::namedPassageAreas()
{
  // boxes around the narrows, drawn on the 20 km network: every edge through the narrows has a point inside
  return {
      { QStringLiteral( "pentland firth" ), LaneClass::MinorPassage, -3.45, 58.58, -2.85, 58.80 },
      { QStringLiteral( "orkney sounds" ), LaneClass::MinorPassage, -3.80, 58.80, -2.30, 59.40 },
      { QStringLiteral( "fair isle channel" ), LaneClass::MinorPassage, -2.60, 59.40, -0.90, 59.80 },
      { QStringLiteral( "minch" ), LaneClass::MinorPassage, -6.80, 57.30, -5.30, 58.50 },
      { QStringLiteral( "bosporus" ), LaneClass::Main, 28.95, 41.00, 29.15, 41.25 },
      { QStringLiteral( "dardanelles" ), LaneClass::Main, 26.15, 40.00, 26.75, 40.45 },
      // between the Atlantic and the North Sea north of Scotland: container liners run through the Channel
      { QString(), LaneClass::SecondaryLane, -12.00, 58.30, 2.00, 66.00 },
  };
}

int SeaLaneNetwork::addPassage( const QString &name )
{
  const int existing = mPassageNames.indexOf( name );
  if ( existing > 0 )
    return existing;
  mPassageNames << name;
  return mPassageNames.size() - 1;
}

namespace
{
  //! Points sampled on each segment of an edge to tell where it runs.
  constexpr int SAMPLES_PER_SEGMENT = 4;
} // namespace

void SeaLaneNetwork::classifyLanes()
{
  const QVector<NamedPassageArea> areas = namedPassageAreas();
  std::vector<int> areaPassages( static_cast<std::size_t>( areas.size() ), -1 );
  int inlandPassage = -1;
  for ( int edge = 0; edge < mNetworkEdgeCount; ++edge )
  {
    if ( mEdgePassage[edge] != 0 )
      continue; // the file names it (a canal or strait of the `pass` field)
    const int first = mEdgeVertexOffset[edge];
    const int last = mEdgeVertexOffset[edge + 1] - 1;
    int samples = 0;
    int onLand = 0;
    int area = -1;
    for ( int vertex = first; vertex < last && area < 0; ++vertex )
    {
      const double *a = mCoordinates.data() + 2 * static_cast<std::size_t>( vertex );
      for ( int i = 0; i < SAMPLES_PER_SEGMENT && area < 0; ++i )
      {
        const double t = ( i + 0.5 ) / SAMPLES_PER_SEGMENT;
        const double lon = a[0] + t * ( a[2] - a[0] );
        const double lat = a[1] + t * ( a[3] - a[1] );
        for ( int k = 0; k < areas.size() && area < 0; ++k )
        {
          const NamedPassageArea &box = areas[k];
          if ( lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north )
            area = k;
        }
        ++samples;
        if ( mLand && area < 0 && mLand->isOnLand( lon, lat ) )
          ++onLand;
      }
    }
    if ( area >= 0 )
    {
      int &passage = areaPassages[static_cast<std::size_t>( area )];
      if ( passage < 0 )
        passage = areas[area].name.isEmpty() ? 0 : addPassage( areas[area].name );
      mEdgePassage[edge] = static_cast<std::uint8_t>( passage );
      mEdgeLaneClass[edge] = static_cast<std::uint8_t>( areas[area].laneClass );
    }
    else if ( samples > 0 && 2 * onLand > samples )
    {
      // most of the edge runs over land: a river or a canal
      if ( inlandPassage < 0 )
        inlandPassage = addPassage( INLAND_WATERWAY_PASSAGE );
      mEdgePassage[edge] = static_cast<std::uint8_t>( inlandPassage );
      mEdgeLaneClass[edge] = static_cast<std::uint8_t>( LaneClass::InlandWaterway );
    }
  }
}

void SeaLaneNetwork::findComponents()
{
  const std::size_t nodes = mNodeLon.size();
  mNodeComponent.assign( nodes, -1 );
  std::vector<int> sizes;
  std::vector<int> stack;
  for ( std::size_t start = 0; start < nodes; ++start )
  {
    if ( mNodeComponent[start] >= 0 )
      continue;
    const int component = static_cast<int>( sizes.size() );
    sizes.push_back( 0 );
    mNodeComponent[start] = component;
    stack.push_back( static_cast<int>( start ) );
    while ( !stack.empty() )
    {
      const int node = stack.back();
      stack.pop_back();
      ++sizes.back();
      for ( const Arc *arc = arcsBegin( node ); arc != arcsEnd( node ); ++arc )
      {
        int &target = mNodeComponent[static_cast<std::size_t>( arc->target )];
        if ( target < 0 )
        {
          target = component;
          stack.push_back( arc->target );
        }
      }
    }
  }
  mComponentCount = static_cast<int>( sizes.size() );
  mMainComponent = static_cast<int>( std::max_element( sizes.begin(), sizes.end() ) - sizes.begin() );
}
