/***************************************************************************
  sealaneland.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealaneland.h"

#include "gdaldataset.h"
#include "sealanegdal.h"

#include <algorithm>
#include <cmath>

#include <geos_c.h>
#include <ogrsf_frmts.h>

//! One polygon with its bounding box and its prepared GEOS geometry.
struct SeaLaneLand::Part
{
    double west;
    double south;
    double east;
    double north;
    GEOSGeometry *geometry;
    const GEOSPreparedGeometry *prepared;

    bool overlaps( double minX, double minY, double maxX, double maxY ) const
    {
      return minX <= east && maxX >= west && minY <= north && maxY >= south;
    }
};

namespace
{
  GEOSContextHandle_t context( void *handle )
  {
    return static_cast<GEOSContextHandle_t>( handle );
  }

  constexpr int GRID_COLUMNS = 720; // longitude -360 to 360: join lines across the antimeridian go past 180
  constexpr int GRID_ROWS = 180;

  int column( double lon )
  {
    return std::clamp( static_cast<int>( std::floor( lon + 360.0 ) ), 0, GRID_COLUMNS - 1 );
  }

  int row( double lat )
  {
    return std::clamp( static_cast<int>( std::floor( lat + 90.0 ) ), 0, GRID_ROWS - 1 );
  }
} // namespace

SeaLaneLand::SeaLaneLand() : mContext( GEOS_init_r() ) {}

SeaLaneLand::~SeaLaneLand()
{
  for ( Part &part : mParts )
  {
    GEOSPreparedGeom_destroy_r( context( mContext ), part.prepared );
    GEOSGeom_destroy_r( context( mContext ), part.geometry );
  }
  GEOS_finish_r( context( mContext ) );
}

std::shared_ptr<const SeaLaneLand> SeaLaneLand::load( const QString &path, const QString &layerName, QString *error )
{
  const QString where = QStringLiteral( "Land polygons %1" ).arg( path );
  const auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    return std::shared_ptr<const SeaLaneLand>();
  };
  const QString fileProblem = SeaLaneGdal::unreadableFileProblem( path, where );
  if ( !fileProblem.isEmpty() )
    return fail( fileProblem );
  const SeaLaneGdal::QuietGdalErrors quiet;
  const GdalDatasetPtr dataset = openGdalDataset( path, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  if ( !dataset )
    return fail(
        QStringLiteral( "%1: not a readable vector file%2" ).arg( where, SeaLaneGdal::QuietGdalErrors::detail() ) );
  OGRLayer *layer =
      layerName.isEmpty() ? dataset->GetLayer( 0 ) : dataset->GetLayerByName( layerName.toUtf8().constData() );
  if ( !layer )
    return fail( QStringLiteral( "%1: layer '%2' not found (layers: %3)" )
                     .arg( where, layerName, SeaLaneGdal::layerNames( dataset.get() ) ) );

  std::shared_ptr<SeaLaneLand> land( new SeaLaneLand() );
  land->mPath = path;
  GEOSContextHandle_t geos = context( land->mContext );
  SeaLaneGdal::rewind( layer );
  while ( OGRFeatureUniquePtr feature{ layer->GetNextFeature() } )
  {
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry || geometry->IsEmpty() )
      continue;
    const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
    std::vector<const OGRGeometry *> polygons;
    if ( type == wkbPolygon )
      polygons.push_back( geometry );
    else if ( type == wkbMultiPolygon )
    {
      for ( const OGRPolygon *polygon : *geometry->toMultiPolygon() )
        polygons.push_back( polygon );
    }
    else
      return fail( QStringLiteral( "%1, layer '%2', feature %3: geometry is %4, expected polygons" )
                       .arg( where, QString::fromUtf8( layer->GetName() ) )
                       .arg( feature->GetFID() )
                       .arg( QString::fromUtf8( geometry->getGeometryName() ) ) );
    for ( const OGRGeometry *polygon : polygons )
    {
      GEOSGeometry *converted = polygon->exportToGEOS( geos );
      if ( !converted )
        return fail(
            QStringLiteral( "%1, feature %2: a polygon GEOS cannot read" ).arg( where ).arg( feature->GetFID() ) );
      OGREnvelope envelope;
      polygon->getEnvelope( &envelope );
      land->mParts.push_back( Part{ envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY, converted,
                                    GEOSPrepare_r( geos, converted ) } );
    }
  }
  if ( SeaLaneGdal::QuietGdalErrors::failed() )
    return fail( QStringLiteral( "%1: reading stopped%2" ).arg( where, SeaLaneGdal::QuietGdalErrors::detail() ) );
  if ( land->mParts.empty() )
    return fail( QStringLiteral( "%1: no polygon" ).arg( where ) );
  land->mGrid.resize( static_cast<std::size_t>( GRID_COLUMNS ) * GRID_ROWS );
  for ( int i = 0; i < land->polygonCount(); ++i )
  {
    const Part &part = land->mParts[static_cast<std::size_t>( i )];
    for ( int x = column( part.west ); x <= column( part.east ); ++x )
    {
      for ( int y = row( part.south ); y <= row( part.north ); ++y )
        land->mGrid[static_cast<std::size_t>( x ) * GRID_ROWS + y].push_back( i );
    }
  }
  land->mSeen.assign( land->mParts.size(), 0 );
  return land;
}

int SeaLaneLand::polygonCount() const
{
  return static_cast<int>( mParts.size() );
}

bool SeaLaneLand::isOnLand( double lon, double lat ) const
{
  if ( !std::isfinite( lon ) || !std::isfinite( lat ) )
    return false;
  const std::lock_guard<std::mutex> lock( mMutex );
  GEOSContextHandle_t geos = context( mContext );
  return touchesLand( GEOSGeom_createPointFromXY_r( geos, lon, lat ), lon, lat, lon, lat );
}

bool SeaLaneLand::crossesLand( double lon1, double lat1, double lon2, double lat2 ) const
{
  if ( !std::isfinite( lon1 ) || !std::isfinite( lat1 ) || !std::isfinite( lon2 ) || !std::isfinite( lat2 ) )
    return true;
  // across the antimeridian: the short way round
  if ( lon2 - lon1 > 180.0 )
    lon2 -= 360.0;
  else if ( lon1 - lon2 > 180.0 )
    lon2 += 360.0;
  const std::lock_guard<std::mutex> lock( mMutex );
  GEOSContextHandle_t geos = context( mContext );
  GEOSCoordSequence *sequence = GEOSCoordSeq_create_r( geos, 2, 2 );
  GEOSCoordSeq_setXY_r( geos, sequence, 0, lon1, lat1 );
  GEOSCoordSeq_setXY_r( geos, sequence, 1, lon2, lat2 );
  return touchesLand( GEOSGeom_createLineString_r( geos, sequence ), std::min( lon1, lon2 ), std::min( lat1, lat2 ),
                      std::max( lon1, lon2 ), std::max( lat1, lat2 ) );
}

bool SeaLaneLand::touchesLand( void *geometry, double minX, double minY, double maxX, double maxY ) const
{
  GEOSContextHandle_t geos = context( mContext );
  GEOSGeometry *tested = static_cast<GEOSGeometry *>( geometry );
  bool touches = false;
  collectCandidates( minX, minY, maxX, maxY );
  for ( const int candidate : mCandidates )
  {
    const Part &part = mParts[static_cast<std::size_t>( candidate )];
    if ( part.overlaps( minX, minY, maxX, maxY ) && GEOSPreparedIntersects_r( geos, part.prepared, tested ) == 1 )
    {
      touches = true;
      break;
    }
  }
  GEOSGeom_destroy_r( geos, tested );
  return touches;
}

void SeaLaneLand::collectCandidates( double minX, double minY, double maxX, double maxY ) const
{
  mCandidates.clear();
  if ( ++mQuery == 0 )
  {
    std::fill( mSeen.begin(), mSeen.end(), 0u );
    mQuery = 1;
  }
  for ( int x = column( minX ); x <= column( maxX ); ++x )
  {
    for ( int y = row( minY ); y <= row( maxY ); ++y )
    {
      for ( const int part : mGrid[static_cast<std::size_t>( x ) * GRID_ROWS + y] )
      {
        if ( mSeen[static_cast<std::size_t>( part )] != mQuery )
        {
          mSeen[static_cast<std::size_t>( part )] = mQuery;
          mCandidates.push_back( part );
        }
      }
    }
  }
}
