/***************************************************************************
  csveventsource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "csveventsource.h"

#include "csvtextdecoder.h"
#include "importrule.h"
#include "sourcerule.h"

#include <QFileInfo>

#include <limits>

CsvEventSource::CsvEventSource( const QString &path ) : mFileName( path ), mFile( path ) {}

std::unique_ptr<CsvEventSource> CsvEventSource::open( const QString &path, const ImportOptions &options,
                                                      SourceErrors &errors )
{
  std::unique_ptr<CsvEventSource> source( new CsvEventSource( path ) );
  if ( !source->mFile.open( QIODevice::ReadOnly ) )
  {
    source->addError( errors, 0, QString(), SourceRule::FileUnreadable,
                      QStringLiteral( "cannot open the file: %1" ).arg( source->mFile.errorString() ) );
    return nullptr;
  }
  const qint64 size = source->mFile.size();
  if ( size > std::numeric_limits<int>::max() )
  {
    source->addError( errors, 0, QString(), SourceRule::FileUnreadable,
                      QStringLiteral( "the file is larger than 2 GB; split it or import it from a database" ) );
    return nullptr;
  }
  QByteArray bytes;
  if ( size > 0 )
  {
    const uchar *mapped = source->mFile.map( 0, size );
    if ( !mapped )
    {
      source->addError( errors, 0, QString(), SourceRule::FileUnreadable,
                        QStringLiteral( "cannot read the file: %1" ).arg( source->mFile.errorString() ) );
      return nullptr;
    }
    bytes = QByteArray::fromRawData( reinterpret_cast<const char *>( mapped ), static_cast<int>( size ) );
  }
  const CsvTextDecoder::Result text = CsvTextDecoder::decode( bytes, options.encoding );
  if ( !text.problem.isEmpty() )
  {
    source->addError( errors, text.line, QString(), text.ruleId, text.problem );
    return nullptr;
  }
  source->mData = text.utf8;
  // A converted file is read from its UTF-8 copy: the mapping of the original goes, and with it its share of the
  // memory.
  if ( !bytes.isEmpty() && text.utf8.constData() != bytes.constData() )
    source->mFile.unmap( reinterpret_cast<uchar *>( const_cast<char *>( bytes.constData() ) ) );
  source->mPosition = text.start;
  source->mEncoding = text.encoding;
  source->mEncodingDetected = text.detected;
  source->mEncodingNotice = text.notice;
  source->mDelimiterDetected = options.delimiter == 0;
  source->mDelimiter = options.delimiter != 0
                           ? options.delimiter
                           : DelimitedRecordParser::sniffDelimiter( source->mData, source->mPosition );
  if ( source->mDelimiter == 0 )
    source->mDelimiter = ',';
  if ( !source->readHeader( errors ) )
    return nullptr;
  return source;
}

QStringList CsvEventSource::notices() const
{
  QStringList notices = { QStringLiteral( "Read %1 as %2-separated (%3), encoding %4 (%5)." )
                              .arg( QFileInfo( mFileName ).fileName(), ImportOptions::delimiterName( mDelimiter ),
                                    mDelimiterDetected ? QStringLiteral( "detected; --delimiter changes it" )
                                                       : QStringLiteral( "as given" ),
                                    mEncoding,
                                    mEncodingDetected ? QStringLiteral( "detected; --encoding changes it" )
                                                      : QStringLiteral( "as given" ) ) };
  if ( !mEncodingNotice.isEmpty() )
    notices << QStringLiteral( "%1: %2." ).arg( QFileInfo( mFileName ).fileName(), mEncodingNotice );
  return notices;
}

bool CsvEventSource::readHeader( SourceErrors &errors )
{
  DelimitedRecordParser::RawRecord raw;
  bool haveHeader = false;
  bool tooLong = false;
  while ( DelimitedRecordParser::parse( mData, mPosition, mDelimiter, raw, tooLong ) )
  {
    if ( !raw.blank || tooLong )
    {
      haveHeader = true;
      break;
    }
  }
  if ( !haveHeader )
  {
    addError( errors, 0, QString(), SourceRule::EmptyFile,
              QStringLiteral( "the file is empty; expected a header line such as '%1'" )
                  .arg( QStringLiteral( "date,port,origin_port,origin_country,drug,quantity,unit" ) ) );
    return false;
  }
  mHeaderLine = lineOfOffset( raw.start );
  if ( tooLong )
  {
    addError(
        errors, mHeaderLine, QString(), ImportRule::LineTooLong,
        QStringLiteral( "the header is longer than %1 bytes (1 MiB), the limit of one record: not a table of events?" )
            .arg( DelimitedRecordParser::MAX_RECORD_BYTES ) );
    return false;
  }
  if ( !raw.quotingProblem.isEmpty() )
  {
    addError( errors, lineOfOffset( raw.quotingOffset ), QString(), SourceRule::Quoting, raw.quotingProblem );
    return false;
  }
  for ( const DelimitedRecordParser::RawField &field : std::as_const( raw.fields ) )
    mHeader << QString::fromUtf8( field.bytes ).trimmed();
  return true;
}

bool CsvEventSource::next( Row &row, SourceErrors &errors )
{
  DelimitedRecordParser::RawRecord &raw = mRecord;
  bool tooLong = false;
  do
  {
    if ( mStopped || !DelimitedRecordParser::parse( mData, mPosition, mDelimiter, raw, tooLong ) )
      return false;
  } while ( raw.blank && !tooLong );

  row.line = lineOfOffset( raw.start );
  row.broken = false;
  row.values.clear();
  if ( tooLong )
  {
    // A record that long is no seizure event (an unclosed quote, a binary file): reading stops here.
    addError( errors, row.line, QString(), ImportRule::LineTooLong,
              QStringLiteral( "the record starting on this line is longer than %1 bytes (1 MiB), the limit of one "
                              "record (a quote never closed?); "
                              "reading stopped here" )
                  .arg( DelimitedRecordParser::MAX_RECORD_BYTES ) );
    row.broken = true;
    mStopped = true;
    return true;
  }
  if ( !raw.quotingProblem.isEmpty() )
  {
    addError( errors, lineOfOffset( raw.quotingOffset ), QString(), SourceRule::Quoting, raw.quotingProblem );
    row.broken = true;
  }
  if ( raw.fields.size() != mHeader.size() )
  {
    addError( errors, row.line, QString(), SourceRule::FieldCount,
              QStringLiteral( "expected %1 fields as in the header, found %2 (%3-separated)" )
                  .arg( mHeader.size() )
                  .arg( raw.fields.size() )
                  .arg( ImportOptions::delimiterName( mDelimiter ) ) );
    row.broken = true;
  }
  // Every later offset lies past this record, so the line counter only moves forward.
  lineOfOffset( mPosition );
  if ( row.broken )
    return true;
  row.values.reserve( raw.fields.size() );
  for ( const DelimitedRecordParser::RawField &field : std::as_const( raw.fields ) )
    row.values << QString::fromUtf8( field.bytes );
  return true;
}

double CsvEventSource::progress() const
{
  return mData.isEmpty() ? 1.0 : static_cast<double>( mPosition ) / mData.size();
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

void CsvEventSource::addError( SourceErrors &errors, int line, const QString &column, const char *ruleId,
                               const QString &message ) const
{
  errors << SourceError( mFileName, line, column, QString::fromLatin1( ruleId ), message );
}
