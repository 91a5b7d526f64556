/***************************************************************************
  printpagefiles.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printpagefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <cstdio>

QString PrintPageFiles::exportedPageFile( const QString &fileName, int page, PrintOptions::Format format )
{
  const QFileInfo info( fileName );
  // QgsLayoutExporter: images keep the complete base name and the last suffix, SVG the base name
  // (up to the first dot) and the complete suffix.
  const bool svg = format == PrintOptions::Format::Svg;
  const QString base = svg ? info.baseName() : info.completeBaseName();
  const QString extension = svg ? info.completeSuffix() : info.suffix();
  const QString name = page == 0 ? QStringLiteral( "%1.%2" ).arg( base, extension )
                                 : QStringLiteral( "%1_%2.%3" ).arg( base ).arg( page + 1 ).arg( extension );
  return info.dir().filePath( name );
}

QString PrintPageFiles::finalPageFile( const QString &fileName, int page )
{
  const QFileInfo info( fileName );
  if ( page == 0 )
    return info.absoluteFilePath();
  return info.absoluteDir().filePath(
      QStringLiteral( "%1_%2.%3" ).arg( info.completeBaseName() ).arg( page + 1 ).arg( info.suffix() ) );
}

QStringList PrintPageFiles::moveExtraPages( const QString &partial, const QString &target, PrintOptions::Format format,
                                            QString *error )
{
  QStringList moved;
  for ( int page = 1;; ++page )
  {
    const QString exported = exportedPageFile( partial, page, format );
    if ( !QFileInfo::exists( exported ) )
      break;
    const QString destination = finalPageFile( target, page );
    // rename() replaces an existing file atomically on POSIX; QFile::rename() would refuse.
    if ( std::rename( QFile::encodeName( exported ).constData(), QFile::encodeName( destination ).constData() ) != 0 )
    {
      removeExtraPages( partial, format );
      *error = QObject::tr( "Cannot write %1 (renaming the finished export failed)." ).arg( destination );
      return QStringList();
    }
    moved << destination;
  }
  return moved;
}

void PrintPageFiles::removeExtraPages( const QString &partial, PrintOptions::Format format )
{
  for ( int page = 1; QFileInfo::exists( exportedPageFile( partial, page, format ) ); ++page )
    QFile::remove( exportedPageFile( partial, page, format ) );
}
