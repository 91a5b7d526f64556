/***************************************************************************
  filecompleteness.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "filecompleteness.h"

#include <QFile>

namespace
{
  //! The bytes at the end of a file that hold a PDF trailer or an SVG's closing tag.
  constexpr qint64 TAIL_SIZE = 4096;

  quint32 bigEndian32( const QByteArray &bytes, int offset )
  {
    quint32 value = 0;
    for ( int i = 0; i < 4; ++i )
      value = ( value << 8 ) | static_cast<quint8>( bytes.at( offset + i ) );
    return value;
  }
} // namespace

QString FileCompleteness::problem( const QString &path, const QString &suffix )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QStringLiteral( "it cannot be read back" );
  const qint64 size = file.size();
  const QString format = suffix.toLower();
  if ( format == QLatin1String( "pdf" ) || format == QLatin1String( "svg" ) )
  {
    file.seek( qMax<qint64>( 0, size - TAIL_SIZE ) );
    const QByteArray tail = file.read( TAIL_SIZE );
    return format == QLatin1String( "pdf" ) ? pdfProblem( tail, size ) : svgProblem( tail );
  }
  if ( format == QLatin1String( "png" ) )
    return pngProblem( path, size );
  if ( format == QLatin1String( "gpkg" ) || format == QLatin1String( "sqlite" ) )
    return sqliteProblem( path, size );
  return QString();
}

QString FileCompleteness::pdfProblem( const QByteArray &tail, qint64 size )
{
  // The last lines: "startxref", the offset of the cross-reference table, "%%EOF". (The tail is
  // binary: it is searched as bytes, NUL bytes included.)
  const QByteArray end = tail.trimmed();
  const int keyword = end.lastIndexOf( "startxref" );
  const QList<QByteArray> words = keyword < 0 ? QList<QByteArray>() : end.mid( keyword ).simplified().split( ' ' );
  if ( words.size() != 3 || !end.endsWith( "%%EOF" ) || words.at( 2 ) != "%%EOF" )
    return QStringLiteral( "it has no PDF end-of-file trailer (it ends after %1 bytes)" ).arg( size );
  bool number = false;
  const qint64 offset = words.at( 1 ).toLongLong( &number );
  if ( !number || offset >= size )
    return QStringLiteral( "its PDF trailer points past its end (%1 bytes)" ).arg( size );
  return QString();
}

QString FileCompleteness::svgProblem( const QByteArray &tail )
{
  if ( !tail.trimmed().endsWith( "</svg>" ) )
    return QStringLiteral( "it does not end with the closing </svg> tag" );
  return QString();
}

QString FileCompleteness::pngProblem( const QString &path, qint64 size )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) || file.read( 8 ) != QByteArray( "\x89PNG\r\n\x1a\n", 8 ) )
    return QStringLiteral( "it has no PNG signature" );
  // Walks the chunk headers only: length (4), type (4), data, CRC (4).
  qint64 offset = 8;
  while ( offset + 12 <= size )
  {
    file.seek( offset );
    const QByteArray header = file.read( 8 );
    if ( header.size() != 8 )
      break;
    const qint64 next = offset + 12 + bigEndian32( header, 0 );
    if ( header.mid( 4, 4 ) == "IEND" )
      return next == size ? QString() : QStringLiteral( "its PNG end chunk is not at its end" );
    offset = next;
  }
  return QStringLiteral( "its PNG chunks stop short of the end chunk (IEND) after %1 bytes" ).arg( size );
}

QString FileCompleteness::sqliteProblem( const QString &path, qint64 size )
{
  QFile file( path );
  const QByteArray header = file.open( QIODevice::ReadOnly ) ? file.read( 100 ) : QByteArray();
  if ( header.size() < 100 || !header.startsWith( QByteArray( "SQLite format 3\0", 16 ) ) )
    return QStringLiteral( "it has no SQLite header" );
  // Page size: 2 bytes at 16, 1 meaning 65536. Page count: 4 bytes at 28, valid while the
  // change counter (24) equals the "version valid for" number (92).
  const quint32 rawPageSize = ( static_cast<quint8>( header.at( 16 ) ) << 8 ) | static_cast<quint8>( header.at( 17 ) );
  const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
  if ( bigEndian32( header, 24 ) != bigEndian32( header, 92 ) )
    return QString();
  const qint64 expected = pageSize * bigEndian32( header, 28 );
  if ( expected != size )
    return QStringLiteral( "it holds %1 bytes where its header announces %2" ).arg( size ).arg( expected );
  return QString();
}
