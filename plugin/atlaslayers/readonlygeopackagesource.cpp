/***************************************************************************
  readonlygeopackagesource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "readonlygeopackagesource.h"

#include <QDir>
#include <QFileInfo>
#include <cpl_error.h>
#include <cstring>

namespace
{
  //! GDAL's view of regions of files, described in an XML file; it cannot be opened for update.
  const QString SPARSE_PREFIX = QStringLiteral( "/vsisparse/" );
  //! GDAL's view of a part of a file; "0," is the whole file from its first byte.
  const QString SUBFILE_PREFIX = QStringLiteral( "/vsisubfile/0," );
  //! Suffix of the view's name, before the extension.
  const QString VIEW_SUFFIX = QStringLiteral( ".readonly" );

} // namespace

QString ReadOnlyGeoPackageSource::layerSource( const QString &file, const QString &table )
{
  return QStringLiteral( "%1|layername=%2" ).arg( readOnlyPath( file ), table );
}

QString ReadOnlyGeoPackageSource::readOnlyPath( const QString &file )
{
  if ( file.startsWith( SPARSE_PREFIX ) || file.startsWith( SUBFILE_PREFIX ) )
    return file;
  const QFileInfo info( file );
  const QString view = info.dir().filePath( viewFileName( info.fileName() ) );
  return QFileInfo::exists( view ) ? SPARSE_PREFIX + view : SUBFILE_PREFIX + file;
}

QString ReadOnlyGeoPackageSource::filePath( const QString &path )
{
  if ( path.startsWith( SUBFILE_PREFIX ) )
    return path.mid( SUBFILE_PREFIX.size() );
  if ( !path.startsWith( SPARSE_PREFIX ) )
    return path;
  const QFileInfo view( path.mid( SPARSE_PREFIX.size() ) );
  QString name = view.completeBaseName();
  if ( name.endsWith( VIEW_SUFFIX ) )
    name.chop( VIEW_SUFFIX.size() );
  return view.dir().filePath( name + QLatin1Char( '.' ) + view.suffix() );
}

QString ReadOnlyGeoPackageSource::fileOfLayerSource( const QString &layerSource )
{
  return filePath( layerSource.section( QLatin1Char( '|' ), 0, 0 ) );
}

QString ReadOnlyGeoPackageSource::viewFileName( const QString &fileName )
{
  const QFileInfo info( fileName );
  return info.completeBaseName() + VIEW_SUFFIX + QLatin1Char( '.' ) + info.suffix();
}

bool ReadOnlyGeoPackageSource::isRefusedUpdateMessage( int errorNumber, const char *message )
{
  if ( errorNumber != CPLE_OpenFailed || !message )
    return false;
  // /vsisparse/ refuses to open its description for writing; then SQLite cannot open the view.
  return std::strcmp( message, "Failed to open ." ) == 0 || ( std::strstr( message, "sqlite3_open(/vsisparse/" ) &&
                                                              std::strstr( message, "unable to open database file" ) );
}
