/***************************************************************************
  csvtextdecoder.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "csvtextdecoder.h"

#include "csvreader.h"
#include "importrule.h"
#include "sourcerule.h"

#include <QPair>

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <limits>

namespace
{
  const QByteArray UTF8_BOM( "\xEF\xBB\xBF" );

  //! TRUE when the byte at \a i of \a text is a control character a table never holds.
  bool isForbiddenControl( const QByteArray &text, int i )
  {
    const unsigned char c = static_cast<unsigned char>( text.at( i ) );
    if ( c < 0x20 )
      return c != '\t' && c != '\n' && c != '\r';
    if ( c == 0x7F )
      return true;
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    return c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>( text.at( i + 1 ) ) < 0xA0;
  }

  //! The BOM-marked Unicode encodings: the BOM and the iconv name.
  struct MarkedEncoding
  {
      QByteArray bom;
      const char *name;
  };
} // namespace

CsvTextDecoder::Result CsvTextDecoder::decode( const QByteArray &bytes, const QString &encoding )
{
  Result result;
  if ( !encoding.isEmpty() && QString( encoding )
                                      .remove( QLatin1Char( '-' ) )
                                      .remove( QLatin1Char( '_' ) )
                                      .compare( QLatin1String( "UTF8" ), Qt::CaseInsensitive ) != 0 )
  {
    result.detected = false;
    if ( convert( bytes, 0, encoding, result ) )
      checkText( result );
    return result;
  }
  result.detected = encoding.isEmpty();
  if ( result.detected )
  {
    // UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16 little-endian mark.
    const MarkedEncoding marked[] = { { QByteArray( "\xFF\xFE\x00\x00", 4 ), "UTF-32LE" },
                                      { QByteArray( "\x00\x00\xFE\xFF", 4 ), "UTF-32BE" },
                                      { QByteArray( "\xFF\xFE" ), "UTF-16LE" },
                                      { QByteArray( "\xFE\xFF" ), "UTF-16BE" } };
    for ( const MarkedEncoding &candidate : marked )
    {
      if ( bytes.startsWith( candidate.bom ) )
      {
        if ( convert( bytes, candidate.bom.size(), QString::fromLatin1( candidate.name ), result ) )
          checkText( result );
        result.detected = true;
        return result;
      }
    }
  }
  // Control characters and endless lines first: a binary file given by mistake is named as such.
  result.utf8 = bytes;
  result.start = bytes.startsWith( UTF8_BOM ) ? UTF8_BOM.size() : 0;
  result.encoding = QStringLiteral( "UTF-8" );
  checkText( result );
  const int invalid = result.problem.isEmpty() ? CsvReader::firstInvalidUtf8( bytes ) : -1;
  if ( invalid < 0 )
    return result;
  result.utf8.clear();
  result.start = 0;
  const QPair<int, int> where = lineAndColumn( bytes, invalid );
  const QString byteText = QStringLiteral( "byte 0x%1 at line %2, column %3" )
                               .arg( static_cast<unsigned char>( bytes.at( invalid ) ), 2, 16, QLatin1Char( '0' ) )
                               .arg( where.first )
                               .arg( where.second );
  int earlierUtf8 = 0;
  while ( earlierUtf8 < invalid && static_cast<unsigned char>( bytes.at( earlierUtf8 ) ) < 0x80 )
    ++earlierUtf8;
  if ( !result.detected || earlierUtf8 < invalid )
  {
    result.ruleId = SourceRule::InvalidUtf8;
    result.line = where.first;
    result.problem =
        !result.detected
            ? QStringLiteral( "the file is not UTF-8 as --encoding says: %1 starts no UTF-8 character; give its real "
                              "encoding, e.g. --encoding windows-1252" )
                  .arg( byteText )
            : QStringLiteral(
                  "the file mixes encodings: line %1 is UTF-8, but %2 starts no UTF-8 character (text pasted from a "
                  "file in Latin-1 or Windows-1252?); "
                  "save the whole file as UTF-8, or give --encoding NAME to read all of it in one encoding" )
                  .arg( lineAndColumn( bytes, earlierUtf8 ).first )
                  .arg( byteText );
    return result;
  }
  if ( convert( bytes, 0, QStringLiteral( "windows-1252" ), result ) )
  {
    result.notice =
        QStringLiteral( "not valid UTF-8 (%1): read as Windows-1252; give --encoding NAME if it is another encoding" )
            .arg( byteText );
    checkText( result );
  }
  return result;
}

bool CsvTextDecoder::convert( const QByteArray &bytes, int from, const QString &encoding, Result &result )
{
  result.encoding = encoding;
  // Bound the memory before converting: a line this long is refused anyway.
  const int forbidden = firstForbiddenByte( bytes, from );
  const bool asciiCompatible = !encoding.startsWith( QLatin1String( "UTF-16" ), Qt::CaseInsensitive ) &&
                               !encoding.startsWith( QLatin1String( "UTF-32" ), Qt::CaseInsensitive ) &&
                               !encoding.startsWith( QLatin1String( "UCS" ), Qt::CaseInsensitive );
  // (A C1 pair C2 80..9F is text in a single-byte encoding: it is checked after the conversion.)
  if ( asciiCompatible && forbidden >= 0 && static_cast<unsigned char>( bytes.at( forbidden ) ) != 0xC2 )
  {
    result.utf8 = bytes;
    checkText( result );
    return false;
  }
  iconv_t converter = iconv_open( "UTF-8", encoding.toLatin1().constData() );
  if ( converter == reinterpret_cast<iconv_t>( -1 ) )
  {
    result.ruleId = ImportRule::EncodingUnknown;
    result.problem =
        QStringLiteral(
            "the encoding '%1' is not known; give one iconv knows, e.g. UTF-8, windows-1252, ISO-8859-15, UTF-16" )
            .arg( encoding );
    return false;
  }
  const qsizetype inputSize = bytes.size() - from;
  if ( inputSize > ( std::numeric_limits<int>::max() - 16 ) / 3 )
  {
    iconv_close( converter );
    result.ruleId = SourceRule::FileUnreadable;
    result.problem =
        QStringLiteral( "the file is too large to convert from %1 (over 700 MB); save it as UTF-8" ).arg( encoding );
    return false;
  }
  QByteArray output;
  output.resize( static_cast<int>( inputSize * 3 + 16 ) );
  char *in = const_cast<char *>( bytes.constData() ) + from;
  size_t inLeft = static_cast<size_t>( inputSize );
  char *out = output.data();
  size_t outLeft = static_cast<size_t>( output.size() );
  const size_t status = iconv( converter, &in, &inLeft, &out, &outLeft );
  iconv_close( converter );
  if ( status == static_cast<size_t>( -1 ) )
  {
    const int offset = static_cast<int>( in - bytes.constData() );
    const QPair<int, int> where = lineAndColumn( bytes, offset );
    result.ruleId = SourceRule::InvalidUtf8;
    result.line = where.first;
    result.problem = QStringLiteral( "byte 0x%1 at line %2, column %3 is no character in %4; give the file's real "
                                     "encoding with --encoding NAME" )
                         .arg( offset < bytes.size() ? static_cast<unsigned char>( bytes.at( offset ) ) : 0, 2, 16,
                               QLatin1Char( '0' ) )
                         .arg( where.first )
                         .arg( where.second )
                         .arg( encoding );
    return false;
  }
  output.resize( static_cast<int>( out - output.constData() ) );
  output.squeeze();
  result.utf8 = output;
  result.start = output.startsWith( UTF8_BOM ) ? UTF8_BOM.size() : 0;
  return true;
}

void CsvTextDecoder::checkText( Result &result )
{
  const int offset = firstForbiddenByte( result.utf8, result.start );
  if ( offset < 0 )
    return;
  const QPair<int, int> where = lineAndColumn( result.utf8, offset );
  result.line = where.first;
  if ( isForbiddenControl( result.utf8, offset ) )
  {
    const unsigned char byte = static_cast<unsigned char>( result.utf8.at( offset ) );
    const int codePoint = byte == 0xC2 ? static_cast<unsigned char>( result.utf8.at( offset + 1 ) ) : byte;
    result.ruleId = ImportRule::ControlCharacter;
    result.problem = QStringLiteral( "line %1, column %2: control character U+%3%4 in the text; a table of events "
                                     "holds none (a binary file, or a "
                                     "field cut by a NUL byte?); remove it or export the table again" )
                         .arg( where.first )
                         .arg( where.second )
                         .arg( codePoint, 4, 16, QLatin1Char( '0' ) )
                         .arg( codePoint == 0 ? QStringLiteral( " (NUL)" ) : QString() );
  }
  else
  {
    result.ruleId = ImportRule::LineTooLong;
    result.problem = QStringLiteral( "line %1 is longer than %2 bytes (1 MiB), the limit of one line: not a table of "
                                     "events (a binary file?) or a "
                                     "field far too long" )
                         .arg( where.first )
                         .arg( MAX_LINE_BYTES );
  }
}

int CsvTextDecoder::firstForbiddenByte( const QByteArray &utf8, int start )
{
  const int size = utf8.size();
  const char *data = utf8.constData();
  int lineStart = start;
  for ( int i = start; i < size; ++i )
  {
    const unsigned char c = static_cast<unsigned char>( data[i] );
    if ( c == '\n' || c == '\r' )
      lineStart = i + 1;
    else if ( ( c < 0x20 || c == 0x7F || c == 0xC2 ) && isForbiddenControl( utf8, i ) )
      return i;
    if ( i - lineStart >= MAX_LINE_BYTES )
      return i;
  }
  return -1;
}

QPair<int, int> CsvTextDecoder::lineAndColumn( const QByteArray &utf8, int offset )
{
  int line = 1;
  int lineStart = 0;
  for ( int i = 0; i < offset && i < utf8.size(); ++i )
  {
    const char c = utf8.at( i );
    if ( c == '\n' || ( c == '\r' && ( i + 1 >= utf8.size() || utf8.at( i + 1 ) != '\n' ) ) )
    {
      ++line;
      lineStart = i + 1;
    }
  }
  int column = 1;
  for ( int i = lineStart; i < offset; ++i )
  {
    // Count characters, not bytes: continuation bytes 10xxxxxx start none.
    if ( ( static_cast<unsigned char>( utf8.at( i ) ) & 0xC0 ) != 0x80 )
      ++column;
  }
  return { line, column };
}
