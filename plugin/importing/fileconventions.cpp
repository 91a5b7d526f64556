/***************************************************************************
  fileconventions.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "fileconventions.h"

#include "eventvalueparser.h"

FileConventions::FileConventions( const ImportOptions &options )
    : mDecimalMark( options.decimalMark ), mDateOrder( options.dateOrder )
{
  if ( mDecimalMark != ImportOptions::DecimalMark::Detect )
    mDecimalReason = QStringLiteral( "--decimal %1" )
                         .arg( mDecimalMark == ImportOptions::DecimalMark::Comma ? QStringLiteral( "comma" )
                                                                                 : QStringLiteral( "point" ) );
  if ( mDateOrder != ImportOptions::DateOrder::Detect )
    mDateReason = QStringLiteral( "--date-order %1" )
                      .arg( mDateOrder == ImportOptions::DateOrder::DayFirst ? QStringLiteral( "dmy" )
                                                                             : QStringLiteral( "mdy" ) );
}

void FileConventions::observeQuantity( const QString &text, int line )
{
  if ( mDecimalMark != ImportOptions::DecimalMark::Detect || text.isEmpty() )
    return;
  mDecimalMark = EventValueParser::decimalMarkEvidence( text );
  if ( mDecimalMark != ImportOptions::DecimalMark::Detect )
    mDecimalReason = QStringLiteral( "line %1: '%2'" ).arg( line ).arg( text.trimmed() );
}

void FileConventions::observeDate( const QString &text, int line )
{
  if ( mDateOrder != ImportOptions::DateOrder::Detect || text.isEmpty() )
    return;
  mDateOrder = EventValueParser::dateOrderEvidence( text );
  if ( mDateOrder != ImportOptions::DateOrder::Detect )
    mDateReason = QStringLiteral( "line %1: '%2'" ).arg( line ).arg( text.trimmed() );
}

void FileConventions::scanOnce()
{
  if ( mScanned || !mScan )
    return;
  mScanned = true;
  mScan( *this );
}

ImportOptions::DecimalMark FileConventions::decimalMark( bool needed )
{
  if ( needed && mDecimalMark == ImportOptions::DecimalMark::Detect )
    scanOnce();
  return mDecimalMark;
}

ImportOptions::DateOrder FileConventions::dateOrder( bool needed )
{
  if ( needed && mDateOrder == ImportOptions::DateOrder::Detect )
    scanOnce();
  return mDateOrder;
}

bool FileConventions::complete() const
{
  return mDecimalMark != ImportOptions::DecimalMark::Detect && mDateOrder != ImportOptions::DateOrder::Detect;
}

QStringList FileConventions::notices() const
{
  QStringList notices;
  if ( mDecimalMark != ImportOptions::DecimalMark::Detect )
    notices << QStringLiteral( "Quantities read with a decimal %1 (%2)." )
                   .arg( mDecimalMark == ImportOptions::DecimalMark::Comma ? QStringLiteral( "comma" )
                                                                           : QStringLiteral( "point" ),
                         mDecimalReason );
  if ( mDateOrder != ImportOptions::DateOrder::Detect )
    notices << QStringLiteral( "Numeric dates read %1 (%2)." )
                   .arg( mDateOrder == ImportOptions::DateOrder::DayFirst ? QStringLiteral( "day first" )
                                                                          : QStringLiteral( "month first" ),
                         mDateReason );
  return notices;
}
