/***************************************************************************
  atlasdatasource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatasource.h"
#include "shippedatlasdatasource.h"

#include <vector>

namespace
{
  //! The sources of this process, the published data first (registered on first use).
  std::vector<std::unique_ptr<AtlasDataSource>> &registry()
  {
    static std::vector<std::unique_ptr<AtlasDataSource>> sources = [] {
      std::vector<std::unique_ptr<AtlasDataSource>> initial;
      initial.push_back( std::make_unique<ShippedAtlasDataSource>() );
      return initial;
    }();
    return sources;
  }
} // namespace

void AtlasDataSource::filterApplied( QgsVectorLayer *layer ) const
{
  Q_UNUSED( layer )
}

void AtlasDataSource::registerSource( std::unique_ptr<AtlasDataSource> source )
{
  if ( !source )
    return;
  for ( std::unique_ptr<AtlasDataSource> &registered : registry() )
  {
    if ( registered->id() == source->id() )
    {
      registered = std::move( source );
      return;
    }
  }
  registry().push_back( std::move( source ) );
}

QList<const AtlasDataSource *> AtlasDataSource::sources()
{
  QList<const AtlasDataSource *> all;
  for ( const std::unique_ptr<AtlasDataSource> &source : registry() )
    all << source.get();
  return all;
}

const AtlasDataSource *AtlasDataSource::sourceOf( const QgsVectorLayer *layer )
{
  for ( const std::unique_ptr<AtlasDataSource> &source : registry() )
  {
    if ( source->owns( layer ) )
      return source.get();
  }
  return nullptr;
}
