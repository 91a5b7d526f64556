/***************************************************************************
  checkedfeaturereader.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "checkedfeaturereader.h"

#include "gdaldataset.h"
#include "gdalmessagecollector.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

CheckedFeatureReader::CheckedFeatureReader( GDALDataset &dataset, OGRLayer &layer )
    : mDataset( dataset ), mLayer( layer )
{
  GdalMessageCollector messages;
  mDeclared = mLayer.GetFeatureCount( FALSE );
  mLayer.ResetReading();
  if ( messages.hasFailure() )
    stop( messages.messages() );
}

std::unique_ptr<OGRFeature> CheckedFeatureReader::next()
{
  if ( mEnded )
    return nullptr;
  GdalMessageCollector messages;
  std::unique_ptr<OGRFeature> feature( mLayer.GetNextFeature() );
  if ( messages.hasFailure() )
  {
    stop( messages.messages() );
    return nullptr;
  }
  if ( !feature )
  {
    mEnded = true;
    // The table's own count is kept apart from its rows; a stale count is checked by counting.
    if ( mDeclared >= 0 && mRead != mDeclared && exactCount() != mRead )
      stop( QStringLiteral( "the table holds more features than could be read" ) );
    return nullptr;
  }
  ++mRead;
  mLastFid = feature->GetFID();
  return feature;
}

long long CheckedFeatureReader::exactCount() const
{
  GdalMessageCollector messages;
  const QString table = QString::fromUtf8( mLayer.GetName() ).replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) );
  const QByteArray sql = QStringLiteral( "SELECT COUNT(*) FROM \"%1\"" ).arg( table ).toUtf8();
  OGRLayer *result = mDataset.ExecuteSQL( sql.constData(), nullptr, nullptr );
  if ( !result )
    return -1;
  long long count = -1;
  if ( std::unique_ptr<OGRFeature> row( result->GetNextFeature() ); row && !messages.hasFailure() )
    count = row->GetFieldAsInteger64( 0 );
  mDataset.ReleaseResultSet( result );
  return count;
}

void CheckedFeatureReader::stop( const QString &cause )
{
  mEnded = true;
  const QString of = mDeclared >= 0 ? QStringLiteral( " of %1" ).arg( mDeclared ) : QString();
  const QString after = mLastFid >= 0 ? QStringLiteral( " (after fid %1)" ).arg( mLastFid ) : QString();
  mError = QStringLiteral( "table '%1': reading stopped at feature %2%3%4: %5" )
               .arg( QString::fromUtf8( mLayer.GetName() ) )
               .arg( mRead + 1 )
               .arg( of, after, cause.isEmpty() ? QStringLiteral( "unknown GDAL error" ) : cause );
}

QString CheckedFeatureReader::readEveryTable( const QString &path )
{
  GdalMessageCollector messages;
  const GdalDatasetPtr dataset = openGdalDataset( path, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  if ( !dataset )
    return QStringLiteral( "%1: cannot be read: %2" ).arg( path, messages.messages() );
  for ( OGRLayer *layer : dataset->GetLayers() )
  {
    CheckedFeatureReader reader( *dataset, *layer );
    while ( reader.next() )
      ;
    if ( !reader.error().isEmpty() )
      return QStringLiteral( "%1: %2" ).arg( path, reader.error() );
  }
  return QString();
}
