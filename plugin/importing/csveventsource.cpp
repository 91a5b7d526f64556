/***************************************************************************
  csveventsource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "csveventsource.h"

#include "databuildrule.h"
#include "importrule.h"

#include <limits>

CsvEventSource::CsvEventSource( const QString &path )
    : mFileName( path ), mFile( path )
{
}

std::unique_ptr<CsvEventSource> CsvEventSource::open( const QString &path, DataBuildErrors &errors )
{
  std::unique_ptr<CsvEventSource> source( new CsvEventSource( path ) );
  if ( !source->mFile.open( QIODevice::ReadOnly ) )
  {
    source->addError( errors, 0, QString(), DataBuildRule::FileUnreadable, QStringLiteral( "cannot open the file: %1" ).arg( source->mFile.errorString() ) );
    return nullptr;
  }
  const qint64 size = source->mFile.size();
  if ( size > std::numeric_limits<int>::max() )
  {
    source->addError( errors, 0, QString(), DataBuildRule::FileUnreadable, QStringLiteral( "the file is larger than 2 GB; split it or import it from a database" ) );
    return nullptr;
  }
  if ( size > 0 )
  {
    const uchar *mapped = source->mFile.map( 0, size );
    if ( !mapped )
    {
      source->addError( errors, 0, QString(), DataBuildRule::FileUnreadable, QStringLiteral( "cannot read the file: %1" ).arg( source->mFile.errorString() ) );
      return nullptr;
    }
    source->mData = QByteArray::fromRawData( reinterpret_cast<const char *>( mapped ), static_cast<int>( size ) );
  }
  if ( !source->readHeader( errors ) )
    return nullptr;
  return source;
}

bool CsvEventSource::readHeader( DataBuildErrors &errors )
{
  if ( mData.startsWith( "\xFF\xFE" ) || mData.startsWith( "\xFE\xFF" ) || mData.startsWith( QByteArray( "\x00\x00\xFE\xFF", 4 ) ) )
  {
    addError( errors, 0, QString(), ImportRule::NotUtf8, QStringLiteral( "the file is UTF-16 or UTF-32; save it as UTF-8 (CSV UTF-8)" ) );
    return false;
  }
  mPosition = mData.startsWith( "\xEF\xBB\xBF" ) ? 3 : 0;
  CsvReader::RawRecord raw;
  bool haveHeader = false;
  while ( CsvReader::parseRecord( mData, mPosition, raw ) )
  {
    if ( !raw.blank )
    {
      haveHeader = true;
      break;
    }
  }
  if ( !haveHeader )
  {
    addError( errors, 0, QString(), DataBuildRule::EmptyFile,
              QStringLiteral( "the file is empty; expected a header line such as '%1'" ).arg( QStringLiteral( "date,port,origin_port,origin_country,drug,quantity,unit" ) ) );
    return false;
  }
  mHeaderLine = lineOfOffset( raw.start );
  if ( !raw.quotingProblem.isEmpty() )
  {
    addError( errors, lineOfOffset( raw.quotingOffset ), QString(), DataBuildRule::Quoting, raw.quotingProblem );
    return false;
  }
  for ( const CsvReader::RawField &field : std::as_const( raw.fields ) )
  {
    if ( !checkUtf8( field, QString(), errors ) )
      return false;
    mHeader << QString::fromUtf8( field.bytes ).trimmed();
  }
  return true;
}

bool CsvEventSource::next( Row &row, DataBuildErrors &errors )
{
  CsvReader::RawRecord &raw = mRecord;
  do
  {
    if ( !CsvReader::parseRecord( mData, mPosition, raw ) )
      return false;
  } while ( raw.blank );

  row.line = lineOfOffset( raw.start );
  row.broken = false;
  row.values.clear();
  if ( !raw.quotingProblem.isEmpty() )
  {
    addError( errors, lineOfOffset( raw.quotingOffset ), QString(), DataBuildRule::Quoting, raw.quotingProblem );
    row.broken = true;
  }
  for ( int i = 0; i < raw.fields.size(); ++i )
  {
    if ( !checkUtf8( raw.fields.at( i ), mHeader.value( i ), errors ) )
      row.broken = true;
  }
  if ( raw.fields.size() != mHeader.size() )
  {
    addError( errors, row.line, QString(), DataBuildRule::FieldCount,
              QStringLiteral( "expected %1 fields as in the header, found %2" ).arg( mHeader.size() ).arg( raw.fields.size() ) );
    row.broken = true;
  }
  // Every later offset lies past this record, so the line counter only moves forward.
  lineOfOffset( mPosition );
  if ( row.broken )
    return true;
  row.values.reserve( raw.fields.size() );
  for ( const CsvReader::RawField &field : std::as_const( raw.fields ) )
    row.values << QString::fromUtf8( field.bytes );
  return true;
}

double CsvEventSource::progress() const
{
  return mData.isEmpty() ? 1.0 : static_cast<double>( mPosition ) / mData.size();
}

bool CsvEventSource::checkUtf8( const CsvReader::RawField &field, const QString &column, DataBuildErrors &errors )
{
  // Quotes, commas and line breaks are ASCII: the raw bytes of a field are valid UTF-8 exactly
  // when its value is, and the offset found points at the bad byte in the file.
  const int invalid = CsvReader::firstInvalidUtf8( QByteArray::fromRawData( mData.constData() + field.rawStart, field.rawEnd - field.rawStart ) );
  if ( invalid < 0 )
    return true;
  const int offset = field.rawStart + invalid;
  const int line = lineOfOffset( offset );
  addError( errors, line, column, DataBuildRule::InvalidUtf8,
            QStringLiteral( "invalid UTF-8: byte 0x%1 at byte column %2 starts no valid UTF-8 sequence (text in another encoding such as "
                            "Latin-1 or Windows-1252?); save the whole file as UTF-8" )
                .arg( static_cast<unsigned char>( mData.at( offset ) ), 2, 16, QLatin1Char( '0' ) )
                .arg( offset - mLineOffset + 1 ) );
  return false;
}

int CsvEventSource::lineOfOffset( int offset )
{
  // A line ends at LF, CRLF or a lone CR, as for CsvReader.
  auto isLineEnd = [this]( int i ) {
    const char c = mData.at( i );
    return c == '\n' || ( c == '\r' && ( i + 1 >= mData.size() || mData.at( i + 1 ) != '\n' ) );
  };
  while ( offset < mLineOffset )
  {
    // Step back to the start of the previous line.
    int start = mLineOffset - 1;
    while ( start > 0 && !isLineEnd( start - 1 ) )
      --start;
    mLineOffset = start;
    --mLine;
  }
  for ( int i = mLineOffset; i < offset && i < mData.size(); ++i )
  {
    if ( isLineEnd( i ) )
    {
      ++mLine;
      mLineOffset = i + 1;
    }
  }
  return mLine;
}

void CsvEventSource::addError( DataBuildErrors &errors, int line, const QString &column, const char *ruleId, const QString &message ) const
{
  errors << DataBuildError( mFileName, line, column, QString::fromLatin1( ruleId ), message );
}
