/***************************************************************************
  sealanenetworkcache.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanenetworkcache.h"

#include "sealaneland.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <mutex>

namespace
{
  //! What a file looked like when it was read: a change of size or time means it must be read again.
  QString fileStamp( const QString &path )
  {
    if ( path.isEmpty() )
      return QString();
    const QFileInfo info( path );
    if ( !info.exists() )
      return QStringLiteral( "missing" );
    return QStringLiteral( "%1:%2" ).arg( info.size() ).arg( info.lastModified().toMSecsSinceEpoch() );
  }

  struct Entry
  {
      QString stamp;
      std::shared_ptr<const SeaLaneNetwork> network;
  };

  struct Cache
  {
      std::mutex mutex;
      QHash<QString, Entry> entries;
      int loads = 0;
  };

  Cache &cache()
  {
    static Cache sCache;
    return sCache;
  }
} // namespace

std::shared_ptr<const SeaLaneNetwork> SeaLaneNetworkCache::network( const QString &folder, const QString &landPath,
                                                                    const QString &landLayer )
{
  const QDir directory( folder );
  const QString networkPath = directory.filePath( SeaLaneNetwork::NETWORK_FILE_NAME );
  const QString connectorsPath = directory.filePath( SeaLaneNetwork::CONNECTORS_FILE_NAME );
  const QString key = QStringLiteral( "%1\n%2\n%3" ).arg( directory.absolutePath(), landPath, landLayer );
  const QString stamp =
      QStringLiteral( "%1|%2|%3" ).arg( fileStamp( networkPath ), fileStamp( connectorsPath ), fileStamp( landPath ) );

  Cache &shared = cache();
  const std::lock_guard<std::mutex> lock( shared.mutex );
  const auto found = shared.entries.constFind( key );
  if ( found != shared.entries.constEnd() && found->stamp == stamp )
    return found->network;

  ++shared.loads;
  std::shared_ptr<const SeaLaneLand> land;
  if ( !landPath.isEmpty() )
  {
    QString landError;
    land = SeaLaneLand::load( landPath, landLayer, &landError );
    if ( !land )
      return std::make_shared<const SeaLaneNetwork>( SeaLaneNetwork::invalid( landError ) );
  }
  auto network = std::make_shared<const SeaLaneNetwork>( SeaLaneNetwork::loadFolder( folder, land ) );
  if ( network->isValid() )
    shared.entries.insert( key, Entry{ stamp, network } );
  else
    shared.entries.remove( key );
  return network;
}

int SeaLaneNetworkCache::loadCount()
{
  Cache &shared = cache();
  const std::lock_guard<std::mutex> lock( shared.mutex );
  return shared.loads;
}

void SeaLaneNetworkCache::clear()
{
  Cache &shared = cache();
  const std::lock_guard<std::mutex> lock( shared.mutex );
  shared.entries.clear();
}
