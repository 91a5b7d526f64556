/***************************************************************************
  delimitedrecordparser.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "delimitedrecordparser.h"

#include <QVector>

#include <algorithm>

namespace
{
  using DelimitedRecordParser::RawField;
  using DelimitedRecordParser::RawRecord;

  //! Reads a quoted field from the opening quote at \a at; returns the offset just past it.
  int readQuoted( const QByteArray &data, int at, int limit, char delimiter, RawField &field, RawRecord &record )
  {
    const int size = data.size();
    int i = at + 1;
    bool closed = false;
    for ( ; i < size && i < limit; ++i )
    {
      const char c = data.at( i );
      if ( c != '"' )
      {
        field.bytes.append( c );
        continue;
      }
      if ( i + 1 < size && data.at( i + 1 ) == '"' )
      {
        field.bytes.append( '"' );
        ++i;
        continue;
      }
      closed = true;
      ++i;
      break;
    }
    if ( !closed && ( i < limit || i >= size ) && record.quotingProblem.isEmpty() )
    {
      record.quotingProblem = QStringLiteral( "the quoted field starting here is never closed" );
      record.quotingOffset = at;
    }
    for ( ; i < size && i < limit; ++i )
    {
      const char c = data.at( i );
      if ( c == delimiter || c == '\n' || c == '\r' )
        break;
      if ( record.quotingProblem.isEmpty() )
      {
        record.quotingProblem = QStringLiteral(
            "unexpected character after the closing quote; a quote inside a quoted field is written \"\"" );
        record.quotingOffset = i;
      }
      field.bytes.append( c );
    }
    return i;
  }
} // namespace

bool DelimitedRecordParser::parse( const QByteArray &data, int &position, char delimiter, RawRecord &record,
                                   bool &tooLong, int maxRecordBytes )
{
  if ( position >= data.size() )
    return false;
  const int size = data.size();
  const int limit = position + std::min( maxRecordBytes, size - position );
  tooLong = false;
  // The field list keeps its capacity: no allocation per record.
  record.fields.resize( 0 );
  record.start = position;
  record.quotingOffset = 0;
  record.quotingProblem = QString();
  int i = position;
  bool recordEnded = false;
  while ( !recordEnded )
  {
    RawField field;
    field.rawStart = i;
    if ( i < size && data.at( i ) == '"' )
      i = readQuoted( data, i, limit, delimiter, field, record );
    else
    {
      int end = i;
      while ( end < limit && data.at( end ) != delimiter && data.at( end ) != '\n' && data.at( end ) != '\r' )
      {
        if ( data.at( end ) == '"' && record.quotingProblem.isEmpty() )
        {
          record.quotingProblem =
              QStringLiteral( "quote inside an unquoted field; quote the whole field and double the quote" );
          record.quotingOffset = end;
        }
        ++end;
      }
      field.bytes = QByteArray::fromRawData( data.constData() + i, end - i );
      i = end;
    }
    field.rawEnd = i;
    record.fields.append( field );
    if ( i >= size )
      break;
    if ( i >= limit )
    {
      tooLong = true;
      break;
    }
    const char separator = data.at( i++ );
    if ( separator == delimiter )
      continue;
    if ( separator == '\r' && i < size && data.at( i ) == '\n' )
      ++i;
    recordEnded = true;
  }
  position = i;
  record.blank = record.fields.size() == 1 && record.fields.first().rawEnd == record.fields.first().rawStart;
  return true;
}

char DelimitedRecordParser::sniffDelimiter( const QByteArray &data, int position )
{
  constexpr int SAMPLE_RECORDS = 20;
  char best = 0;
  int bestFields = 1;
  for ( const char candidate : { ',', ';', '\t', '|' } )
  {
    int at = position;
    RawRecord record;
    bool tooLong = false;
    int fields = -1;
    bool consistent = true;
    for ( int read = 0; read < SAMPLE_RECORDS && consistent && parse( data, at, candidate, record, tooLong ); )
    {
      if ( record.blank )
        continue;
      ++read;
      if ( fields < 0 )
        fields = record.fields.size();
      consistent = record.fields.size() == fields && record.quotingProblem.isEmpty() && !tooLong;
    }
    if ( consistent && fields > bestFields )
    {
      best = candidate;
      bestFields = fields;
    }
  }
  return best;
}
