/***************************************************************************
  sourceerror.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "sourceerror.h"

SourceError::SourceError( const QString &file, int line, const QString &column, const QString &ruleId,
                          const QString &message )
    : mFile( file ), mLine( line ), mColumn( column ), mRuleId( ruleId ), mMessage( message )
{
}

QString SourceError::toString() const
{
  QString text = mFile;
  if ( mLine > 0 )
    text += QStringLiteral( ":%1" ).arg( mLine );
  text += QStringLiteral( ": " );
  if ( !mColumn.isEmpty() )
    text += QStringLiteral( "column '%1': " ).arg( mColumn );
  text += mMessage;
  if ( !mRuleId.isEmpty() )
    text += QStringLiteral( " [%1]" ).arg( mRuleId );
  return text;
}

bool SourceError::operator==( const SourceError &other ) const
{
  return mFile == other.mFile && mLine == other.mLine && mColumn == other.mColumn && mRuleId == other.mRuleId &&
         mMessage == other.mMessage;
}
