/***************************************************************************
  sealanegdal.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "sealanegdal.h"

#include <QFileInfo>
#include <QStringList>

#include <ogrsf_frmts.h>

namespace SeaLaneGdal
{
  QString QuietGdalErrors::detail()
  {
    const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
    return message.isEmpty() ? QString() : QStringLiteral( ": %1" ).arg( message );
  }

  QString layerNames( GDALDataset *dataset )
  {
    QStringList names;
    for ( int i = 0; i < dataset->GetLayerCount(); ++i )
      names << QString::fromUtf8( dataset->GetLayer( i )->GetName() );
    return names.isEmpty() ? QStringLiteral( "none" ) : names.join( QLatin1String( ", " ) );
  }

  void rewind( OGRLayer *layer )
  {
    layer->ResetReading();
    CPLErrorReset();
  }

  QString readingStopped( const QString &whereLayer, int featureCount )
  {
    if ( !QuietGdalErrors::failed() )
      return QString();
    return QStringLiteral( "%1: reading stopped after %2 features%3" )
        .arg( whereLayer )
        .arg( featureCount )
        .arg( QuietGdalErrors::detail() );
  }

  QString unreadableFileProblem( const QString &path, const QString &where )
  {
    const QFileInfo info( path );
    if ( !info.exists() )
      return QStringLiteral( "%1: file not found" ).arg( where );
    if ( !info.isFile() || !info.isReadable() )
      return QStringLiteral( "%1: not a readable file" ).arg( where );
    return QString();
  }
} // namespace SeaLaneGdal
