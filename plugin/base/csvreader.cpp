/***************************************************************************
  csvreader.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "csvreader.h"

#include "sourcerule.h"

#include <QFile>

#include <algorithm>
#include <limits>
#include <utility>

QString CsvReader::Record::value( const QString &column ) const
{
  if ( !mColumnIndex )
    return QString();
  const auto it = mColumnIndex->constFind( column );
  if ( it == mColumnIndex->constEnd() )
    return QString();
  return mValues.value( it.value() );
}

CsvReader::CsvReader( const QStringList &columns ) : mColumns( columns ) {}

bool CsvReader::readFile( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    mHeaderValid = false;
    mRecords.clear();
    mErrors.clear();
    mFileName = path;
    addError( 0, QString(), SourceRule::FileUnreadable,
              QStringLiteral( "cannot open the file: %1" ).arg( file.errorString() ) );
    return false;
  }
  return readData( file.readAll(), path );
}

int CsvReader::firstInvalidUtf8( const QByteArray &data )
{
  const int size = data.size();
  int i = 0;
  while ( i < size )
  {
    const unsigned char lead = static_cast<unsigned char>( data.at( i ) );
    if ( lead < 0x80 )
    {
      ++i;
      continue;
    }
    int continuationCount = 0;
    unsigned int codePoint = 0;
    unsigned int smallestAllowed = 0;
    if ( ( lead & 0xE0 ) == 0xC0 )
    {
      continuationCount = 1;
      codePoint = lead & 0x1F;
      smallestAllowed = 0x80;
    }
    else if ( ( lead & 0xF0 ) == 0xE0 )
    {
      continuationCount = 2;
      codePoint = lead & 0x0F;
      smallestAllowed = 0x800;
    }
    else if ( ( lead & 0xF8 ) == 0xF0 )
    {
      continuationCount = 3;
      codePoint = lead & 0x07;
      smallestAllowed = 0x10000;
    }
    else
    {
      return i;
    }
    for ( int k = 1; k <= continuationCount; ++k )
    {
      if ( i + k >= size )
        return i;
      const unsigned char continuation = static_cast<unsigned char>( data.at( i + k ) );
      if ( ( continuation & 0xC0 ) != 0x80 )
        return i;
      codePoint = ( codePoint << 6 ) | ( continuation & 0x3F );
    }
    if ( codePoint < smallestAllowed || codePoint > 0x10FFFF || ( codePoint >= 0xD800 && codePoint <= 0xDFFF ) )
      return i;
    i += continuationCount + 1;
  }
  return -1;
}

bool CsvReader::readData( const QByteArray &data, const QString &fileName )
{
  mFileName = fileName;
  mRecords.clear();
  mErrors.clear();
  mHeaderToColumn.clear();
  mHeaderValid = false;

  // A line ends at LF, CRLF or a lone CR; quoted line breaks count as well, so every record
  // knows the physical line it starts on.
  mLineStarts = { 0 };
  for ( int i = 0; i < data.size(); ++i )
  {
    const char c = data.at( i );
    if ( c == '\n' || ( c == '\r' && ( i + 1 >= data.size() || data.at( i + 1 ) != '\n' ) ) )
      mLineStarts.append( i + 1 );
  }

  int position = data.startsWith( "\xEF\xBB\xBF" ) ? 3 : 0;

  RawRecord raw;
  const auto nextRecord = [&data, &position, &raw] {
    bool tooLong = false; // never: the tables of the data build have no length limit
    return DelimitedRecordParser::parse( data, position, ',', raw, tooLong, std::numeric_limits<int>::max() );
  };
  bool haveHeader = false;
  while ( nextRecord() )
  {
    if ( !raw.blank )
    {
      haveHeader = true;
      break;
    }
  }
  if ( !haveHeader )
  {
    addError( 0, QString(), SourceRule::EmptyFile,
              QStringLiteral( "the file is empty; expected the header line '%1'" ).arg( mColumns.join( ',' ) ) );
    return false;
  }

  const int headerLine = lineOfOffset( raw.start );
  if ( !raw.quotingProblem.isEmpty() )
  {
    addError( lineOfOffset( raw.quotingOffset ), QString(), SourceRule::Quoting, raw.quotingProblem );
    return false;
  }
  QStringList header;
  for ( const RawField &field : std::as_const( raw.fields ) )
  {
    if ( reportInvalidUtf8( data, field, QString() ) )
      return false;
    header.append( QString::fromUtf8( field.bytes ) );
  }
  if ( !checkHeader( header, headerLine ) )
    return false;
  mHeaderValid = true;

  auto columnIndex = std::make_shared<QHash<QString, int>>();
  for ( int i = 0; i < mColumns.size(); ++i )
    columnIndex->insert( mColumns.at( i ), i );

  while ( nextRecord() )
  {
    if ( raw.blank )
      continue;
    const int line = lineOfOffset( raw.start );
    bool broken = false;
    if ( !raw.quotingProblem.isEmpty() )
    {
      addError( lineOfOffset( raw.quotingOffset ), QString(), SourceRule::Quoting, raw.quotingProblem );
      broken = true;
    }
    for ( int i = 0; i < raw.fields.size(); ++i )
    {
      if ( reportInvalidUtf8( data, raw.fields.at( i ), i < header.size() ? header.at( i ) : QString() ) )
        broken = true;
    }
    if ( raw.fields.size() != header.size() )
    {
      addError( line, QString(), SourceRule::FieldCount,
                QStringLiteral( "expected %1 fields as in the header, found %2" )
                    .arg( header.size() )
                    .arg( raw.fields.size() ) );
      broken = true;
    }
    if ( broken )
      continue;

    Record record;
    record.mLine = line;
    record.mColumnIndex = columnIndex;
    record.mValues.reserve( mColumns.size() );
    for ( int i = 0; i < mColumns.size(); ++i )
      record.mValues.append( QString() );
    for ( int i = 0; i < raw.fields.size(); ++i )
      record.mValues[mHeaderToColumn.at( i )] = QString::fromUtf8( raw.fields.at( i ).bytes );
    mRecords.append( record );
  }
  return mErrors.isEmpty();
}

bool CsvReader::checkHeader( const QStringList &header, int headerLine )
{
  const int errorCount = mErrors.size();
  QHash<QString, int> seen;
  mHeaderToColumn.clear();
  for ( int i = 0; i < header.size(); ++i )
  {
    const QString &name = header.at( i );
    if ( seen.contains( name ) )
      addError( headerLine, name, SourceRule::DuplicateColumn,
                QStringLiteral( "the header names this column twice (fields %1 and %2)" )
                    .arg( seen.value( name ) + 1 )
                    .arg( i + 1 ) );
    else
      seen.insert( name, i );
    const int index = mColumns.indexOf( name );
    if ( index < 0 )
      addError( headerLine, name, SourceRule::UnknownColumn,
                QStringLiteral( "unknown column; the table has the columns %1" )
                    .arg( mColumns.join( QLatin1String( ", " ) ) ) );
    mHeaderToColumn.append( index );
  }
  for ( const QString &column : std::as_const( mColumns ) )
  {
    if ( !seen.contains( column ) && !mOptionalColumns.contains( column ) )
      addError( headerLine, column, SourceRule::MissingColumn, QStringLiteral( "missing from the header" ) );
  }
  return mErrors.size() == errorCount;
}

bool CsvReader::reportInvalidUtf8( const QByteArray &data, const RawField &field, const QString &column )
{
  // Quotes, commas and line breaks are ASCII, so the raw bytes of a field are valid UTF-8
  // exactly when its value is, and the offset found points at the bad byte in the file.
  const int invalid = firstInvalidUtf8( data.mid( field.rawStart, field.rawEnd - field.rawStart ) );
  if ( invalid < 0 )
    return false;
  const int offset = field.rawStart + invalid;
  addError( lineOfOffset( offset ), column, SourceRule::InvalidUtf8,
            QStringLiteral(
                "invalid UTF-8: byte 0x%1 at byte column %2 starts no valid UTF-8 sequence; save the file as UTF-8" )
                .arg( static_cast<unsigned char>( data.at( offset ) ), 2, 16, QLatin1Char( '0' ) )
                .arg( byteColumnOfOffset( offset ) ) );
  return true;
}

void CsvReader::addError( int line, const QString &column, const char *ruleId, const QString &message )
{
  mErrors.append( SourceError( mFileName, line, column, QString::fromLatin1( ruleId ), message ) );
}

int CsvReader::lineOfOffset( int offset ) const
{
  const auto it = std::upper_bound( mLineStarts.constBegin(), mLineStarts.constEnd(), offset );
  return static_cast<int>( it - mLineStarts.constBegin() );
}

int CsvReader::byteColumnOfOffset( int offset ) const
{
  return offset - mLineStarts.at( lineOfOffset( offset ) - 1 ) + 1;
}
