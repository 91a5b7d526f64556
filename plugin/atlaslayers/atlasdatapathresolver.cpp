/***************************************************************************
  atlasdatapathresolver.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatapathresolver.h"
#include "readonlygeopackagesource.h"

#include <QDir>
#include <QFileInfo>
#include <qgspathresolver.h>

AtlasDataPathResolver::AtlasDataPathResolver( const QString &currentDataDirectory )
    : mCurrentDataDirectory( currentDataDirectory )
{
}

QString AtlasDataPathResolver::resolve( const QString &path ) const
{
  // Sources look like "/vsisparse//some/where/port-seizure-atlas/port_seizure_atlas.readonly.gpkg|layername=ports",
  // or, in projects saved before the plugin read its data through that view,
  // "/some/where/port-seizure-atlas/port_seizure_atlas.gpkg|layername=ports".
  const int separator = path.indexOf( QLatin1Char( '|' ) );
  const QString file = ReadOnlyGeoPackageSource::filePath( separator < 0 ? path : path.left( separator ) );
  const QString layerPart = separator < 0 ? QString() : path.mid( separator );
  const QFileInfo info( file );
  if ( info.dir().dirName() != QFileInfo( mCurrentDataDirectory ).fileName() )
    return path;
  QString current = file;
  if ( !info.exists() )
  {
    current = QDir( mCurrentDataDirectory ).filePath( info.fileName() );
    if ( !QFileInfo::exists( current ) )
      return path;
  }
  // The plugin's data is read through its read-only view, in older projects too.
  return ReadOnlyGeoPackageSource::readOnlyPath( current ) + layerPart;
}

void AtlasDataPathResolver::install()
{
  if ( !mPreprocessorId.isEmpty() )
    return;
  const QString directory = mCurrentDataDirectory;
  mPreprocessorId = QgsPathResolver::setPathPreprocessor(
      [directory]( const QString &path ) { return AtlasDataPathResolver( directory ).resolve( path ); } );
}

void AtlasDataPathResolver::uninstall()
{
  if ( mPreprocessorId.isEmpty() )
    return;
  QgsPathResolver::removePathPreprocessor( mPreprocessorId );
  mPreprocessorId.clear();
}
