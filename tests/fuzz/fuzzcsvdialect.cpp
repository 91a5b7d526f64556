/***************************************************************************
  fuzzcsvdialect.cpp — libFuzzer harness: the CSV reader of the import (encoding detection,
  separator sniffing, record splitting, the limits on lines and control characters)
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "csveventsource.h"
#include "csvreader.h"
#include "csvtextdecoder.h"
#include "delimitedrecordparser.h"
#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

/**
 * The input is a whole CSV file in any encoding. Checks the reader's promises: decoded text is
 * valid UTF-8 without forbidden control characters, or a problem says why; records always move
 * forward and never exceed the record limit; the file source reads rows in line order, each
 * broken row with its errors.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QByteArray bytes = fuzzBytes( data, size );
  const CsvTextDecoder::Result text = CsvTextDecoder::decode( bytes, QString() );
  if ( !text.problem.isEmpty() )
  {
    PSA_FUZZ_CHECK( text.ruleId != nullptr, "a refused text names its rule" );
  }
  else
  {
    PSA_FUZZ_CHECK( CsvReader::firstInvalidUtf8( text.utf8 ) < 0, "decoded text is valid UTF-8" );
    PSA_FUZZ_CHECK( CsvTextDecoder::firstForbiddenByte( text.utf8, text.start ) < 0,
                    "decoded text holds no forbidden character" );
    const char delimiter = DelimitedRecordParser::sniffDelimiter( text.utf8, text.start );
    PSA_FUZZ_CHECK( delimiter == 0 || delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|',
                    "a sniffed separator is one of four" );
    int position = text.start;
    DelimitedRecordParser::RawRecord record;
    bool tooLong = false;
    while ( !tooLong )
    {
      const int before = position;
      if ( !DelimitedRecordParser::parse( text.utf8, position, delimiter ? delimiter : ',', record, tooLong ) )
        break;
      PSA_FUZZ_CHECK( position > before, "every record moves forward" );
      PSA_FUZZ_CHECK( position - before <= DelimitedRecordParser::MAX_RECORD_BYTES + 2, "no record exceeds the limit" );
    }
  }

  // The same bytes as a file, read row by row as an import does.
  static const QString path =
      QDir::temp().filePath( QStringLiteral( "psa-fuzz-csvdialect-%1.csv" ).arg( QCoreApplication::applicationPid() ) );
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    return 0;
  file.write( bytes );
  file.close();
  SourceErrors errors;
  const std::unique_ptr<CsvEventSource> source = CsvEventSource::open( path, ImportOptions(), errors );
  PSA_FUZZ_CHECK( source || !errors.isEmpty(), "a file that cannot be read says why" );
  if ( !source )
    return 0;
  EventSource::Row row;
  int lastLine = source->headerLine();
  while ( source->next( row, errors ) )
  {
    PSA_FUZZ_CHECK( row.line > lastLine, "rows come in line order" );
    PSA_FUZZ_CHECK( row.broken || row.values.size() == source->header().size(), "a whole row has a value per column" );
    lastLine = row.line;
  }
  return 0;
}
