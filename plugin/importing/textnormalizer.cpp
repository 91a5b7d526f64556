/***************************************************************************
  textnormalizer.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "textnormalizer.h"

#include <QVector>

#include <algorithm>

QString TextNormalizer::foldForMatching( const QString &text )
{
  const QString decomposed = text.normalized( QString::NormalizationForm_KD );
  QString folded;
  folded.reserve( decomposed.size() );
  bool pendingSpace = false;
  for ( const QChar c : decomposed )
  {
    if ( c.category() == QChar::Mark_NonSpacing )
      continue;
    if ( c == QChar( 0x00DF ) )
    {
      folded += QLatin1String( pendingSpace && !folded.isEmpty() ? " ss" : "ss" );
      pendingSpace = false;
      continue;
    }
    if ( c.isLetterOrNumber() )
    {
      if ( pendingSpace && !folded.isEmpty() )
        folded += QLatin1Char( ' ' );
      pendingSpace = false;
      folded += c.toLower();
    }
    else if ( c != QLatin1Char( '.' ) )
    {
      pendingSpace = true;
    }
  }
  return folded;
}

int TextNormalizer::editDistance( const QString &a, const QString &b )
{
  QVector<int> previous( b.size() + 1 );
  QVector<int> current( b.size() + 1 );
  for ( int j = 0; j <= b.size(); ++j )
    previous[j] = j;
  for ( int i = 1; i <= a.size(); ++i )
  {
    current[0] = i;
    for ( int j = 1; j <= b.size(); ++j )
    {
      const int substitution = previous[j - 1] + ( a.at( i - 1 ) == b.at( j - 1 ) ? 0 : 1 );
      current[j] = std::min( { previous[j] + 1, current[j - 1] + 1, substitution } );
    }
    std::swap( previous, current );
  }
  return previous[b.size()];
}
