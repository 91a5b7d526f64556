/***************************************************************************
  atlasdatapathresolver.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatapathresolver.h"

#include <QDir>
#include <QFileInfo>
#include <qgspathresolver.h>

AtlasDataPathResolver::AtlasDataPathResolver( const QString &currentDataDirectory )
    : mCurrentDataDirectory( currentDataDirectory )
{
}

QString AtlasDataPathResolver::resolve( const QString &path ) const
{
  // Sources look like "/some/where/port-seizure-atlas/port_seizure_atlas.gpkg|layername=ports".
  const int separator = path.indexOf( QLatin1Char( '|' ) );
  const QString file = separator < 0 ? path : path.left( separator );
  const QFileInfo info( file );
  if ( info.dir().dirName() != QFileInfo( mCurrentDataDirectory ).fileName() || info.exists() )
    return path;
  const QString moved = QDir( mCurrentDataDirectory ).filePath( info.fileName() );
  if ( !QFileInfo::exists( moved ) )
    return path;
  return separator < 0 ? moved : moved + path.mid( separator );
}

void AtlasDataPathResolver::install()
{
  if ( !mPreprocessorId.isEmpty() )
    return;
  const QString directory = mCurrentDataDirectory;
  mPreprocessorId = QgsPathResolver::setPathPreprocessor( [directory]( const QString &path ) {
    return AtlasDataPathResolver( directory ).resolve( path );
  } );
}

void AtlasDataPathResolver::uninstall()
{
  if ( mPreprocessorId.isEmpty() )
    return;
  QgsPathResolver::removePathPreprocessor( mPreprocessorId );
  mPreprocessorId.clear();
}
