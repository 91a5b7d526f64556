/***************************************************************************
  importoptions.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importoptions.h"

bool ImportOptions::setDelimiter( const QString &text, QString *error )
{
  const QString value = text.toLower();
  if ( value == QLatin1String( "," ) || value == QLatin1String( "comma" ) )
    delimiter = ',';
  else if ( value == QLatin1String( ";" ) || value == QLatin1String( "semicolon" ) )
    delimiter = ';';
  else if ( value == QLatin1String( "|" ) || value == QLatin1String( "pipe" ) )
    delimiter = '|';
  else if ( value == QLatin1String( "\t" ) || value == QLatin1String( "tab" ) || value == QLatin1String( "\\t" ) )
    delimiter = '\t';
  else
  {
    *error = QStringLiteral( "--delimiter '%1' is none of , ; | tab" ).arg( text );
    return false;
  }
  return true;
}

bool ImportOptions::setDecimalMark( const QString &text, QString *error )
{
  if ( text == QLatin1String( "comma" ) )
    decimalMark = DecimalMark::Comma;
  else if ( text == QLatin1String( "point" ) )
    decimalMark = DecimalMark::Point;
  else
  {
    *error = QStringLiteral( "--decimal '%1' is neither comma nor point" ).arg( text );
    return false;
  }
  return true;
}

bool ImportOptions::setDateOrder( const QString &text, QString *error )
{
  if ( text == QLatin1String( "dmy" ) )
    dateOrder = DateOrder::DayFirst;
  else if ( text == QLatin1String( "mdy" ) )
    dateOrder = DateOrder::MonthFirst;
  else
  {
    *error = QStringLiteral( "--date-order '%1' is neither dmy nor mdy" ).arg( text );
    return false;
  }
  return true;
}

QString ImportOptions::delimiterName( char delimiter )
{
  switch ( delimiter )
  {
  case ';':
    return QStringLiteral( "semicolon" );
  case '\t':
    return QStringLiteral( "tab" );
  case '|':
    return QStringLiteral( "pipe" );
  default:
    return QStringLiteral( "comma" );
  }
}
