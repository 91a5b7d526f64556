/***************************************************************************
  printtextfit.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printtextfit.h"

#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QStyleOptionGraphicsItem>
#include <qgslayoutitemlegend.h>
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

void PrintTextFit::fitLegendToContent( QgsLayoutItemLegend *legend )
{
  QImage scratch( 1, 1, QImage::Format_ARGB32_Premultiplied );
  QPainter painter( &scratch );
  const QStyleOptionGraphicsItem style;
  legend->paint( &painter, &style, nullptr );
  painter.end();
  legend->adjustBoxSize();
}

QFont PrintTextFit::withoutLigatures( QFont font )
{
  font.setStyleStrategy( QFont::PreferNoShaping );
  return font;
}
