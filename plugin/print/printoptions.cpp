/***************************************************************************
  printoptions.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printoptions.h"

#include <QFileInfo>

PrintOptions::Paper PrintOptions::paperFromName( const QString &name, bool *ok )
{
  const QString lower = name.trimmed().toLower();
  *ok = lower == QLatin1String( "a4" ) || lower == QLatin1String( "a3" );
  return lower == QLatin1String( "a3" ) ? Paper::A3 : Paper::A4;
}

QString PrintOptions::paperName( Paper paper )
{
  return paper == Paper::A3 ? QStringLiteral( "a3" ) : QStringLiteral( "a4" );
}

PrintOptions::Atlas PrintOptions::atlasFromName( const QString &name, bool *ok )
{
  const QString lower = name.trimmed().toLower();
  *ok = true;
  if ( lower == QLatin1String( "port" ) )
    return Atlas::Port;
  if ( lower == QLatin1String( "country" ) )
    return Atlas::Country;
  *ok = lower == QLatin1String( "none" );
  return Atlas::None;
}

QString PrintOptions::atlasName( Atlas atlas )
{
  switch ( atlas )
  {
  case Atlas::Port:
    return QStringLiteral( "port" );
  case Atlas::Country:
    return QStringLiteral( "country" );
  case Atlas::None:
    break;
  }
  return QStringLiteral( "none" );
}

PrintOptions::Format PrintOptions::formatFromFileName( const QString &fileName )
{
  const QString suffix = QFileInfo( fileName ).suffix().toLower();
  if ( suffix == QLatin1String( "pdf" ) )
    return Format::Pdf;
  if ( suffix == QLatin1String( "png" ) )
    return Format::Png;
  if ( suffix == QLatin1String( "svg" ) )
    return Format::Svg;
  return Format::Unknown;
}

QString PrintOptions::templateResource( Paper paper )
{
  return paper == Paper::A3 ? QStringLiteral( ":/port-seizure-atlas/print/a3-landscape.qpt" )
                            : QStringLiteral( ":/port-seizure-atlas/print/a4-landscape.qpt" );
}

QString PrintOptions::layoutName( Paper paper )
{
  return paper == Paper::A3 ? QStringLiteral( "Port Seizure Atlas (A3)" ) : QStringLiteral( "Port Seizure Atlas (A4)" );
}
