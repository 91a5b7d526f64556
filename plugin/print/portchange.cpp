/***************************************************************************
  portchange.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portchange.h"

#include <QLocale>

#include <cmath>

PortChange::Kind PortChange::kind() const
{
  if ( before.isNull() )
    return Kind::New;
  if ( after.isNull() )
    return Kind::NoFigure;
  return Kind::Change;
}

QVariant PortChange::changeTonnes() const
{
  if ( kind() != Kind::Change )
    return QVariant();
  return after.toDouble() - before.toDouble();
}

QVariant PortChange::changePercent() const
{
  if ( kind() != Kind::Change || before.toDouble() == 0 )
    return QVariant();
  return ( after.toDouble() - before.toDouble() ) / before.toDouble() * 100.0;
}

QString PortChange::signedNumber( double value, int decimals )
{
  const QString digits = QLocale().toString( std::fabs( value ), 'f', decimals );
  if ( digits == QLocale().toString( 0.0, 'f', decimals ) )
    return QStringLiteral( "±" ) + digits;
  // The minus sign (U+2212), as typeset, not the hyphen.
  return ( value > 0 ? QStringLiteral( "+" ) : QStringLiteral( "−" ) ) + digits;
}

QString PortChange::label( int laterYear ) const
{
  switch ( kind() )
  {
  case Kind::New:
    return tr( "new: %1 t" ).arg( QLocale().toString( after.toDouble(), 'f', 1 ) );
  case Kind::NoFigure:
    return tr( "no figure for %1" ).arg( laterYear );
  case Kind::Change:
    break;
  }
  const QVariant percent = changePercent();
  const QString tonnes = tr( "%1 t" ).arg( signedNumber( changeTonnes().toDouble(), 1 ) );
  if ( percent.isNull() )
    return tonnes;
  return tr( "%1 (%2 %)" ).arg( tonnes, signedNumber( percent.toDouble(), 0 ) );
}

QList<PortChange> PortChange::compare( const QMap<QString, double> &before, const QMap<QString, double> &after )
{
  QStringList codes = before.keys() + after.keys();
  codes.removeDuplicates();
  codes.sort();
  QList<PortChange> changes;
  for ( const QString &code : codes )
  {
    PortChange change;
    change.unlocode = code;
    if ( before.contains( code ) )
      change.before = before.value( code );
    if ( after.contains( code ) )
      change.after = after.value( code );
    changes << change;
  }
  return changes;
}
