/***************************************************************************
  printtextfit.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printtextfit.h"

#include <QStringList>
#include <qgslayoututils.h>

double PrintTextFit::wrappedHeight( const QFont &font, const QString &text, double width )
{
  int lines = 0;
  for ( const QString &paragraph : text.split( QLatin1Char( '\n' ) ) )
  {
    QString line;
    ++lines;
    for ( const QString &word : paragraph.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts ) )
    {
      if ( QgsLayoutUtils::textWidthMM( font, word ) > width )
        return -1;
      const QString longer = line.isEmpty() ? word : line + QLatin1Char( ' ' ) + word;
      if ( QgsLayoutUtils::textWidthMM( font, longer ) > width )
      {
        ++lines;
        line = word;
      }
      else
        line = longer;
    }
  }
  // The label's own line height (as QgsLayoutItemLabel draws it), plus a little for the last descent.
  QStringList rows;
  for ( int i = 0; i < lines; ++i )
    rows << QStringLiteral( "Ag" );
  return QgsLayoutUtils::textHeightMM( font, rows.join( QLatin1Char( '\n' ) ) ) + 0.3;
}
