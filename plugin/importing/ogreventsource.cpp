/***************************************************************************
  ogreventsource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "ogreventsource.h"

#include "checkedfeaturereader.h"
#include "gdaldataset.h"
#include "gdalmessagecollector.h"
#include "importrule.h"
#include "sourcerule.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

OgrEventSource::~OgrEventSource() = default;

std::unique_ptr<OgrEventSource> OgrEventSource::open( const QString &path, const QString &layerName,
                                                      SourceErrors &errors )
{
  GdalMessageCollector messages;
  std::unique_ptr<OgrEventSource> source( new OgrEventSource() );
  source->mFileName = path;
  const QString suffix = QFileInfo( path ).suffix().toLower();
  // In a workbook the first row is the header, and a cell is passed on as the text the analyst
  // sees. GDAL 3.6 takes these as configuration options, read while the sheet is opened and
  // its fields defined (below); they are set for this thread only.
  const QByteArray driverKey = suffix.toUpper().toLatin1();
  const bool workbook = suffix == QLatin1String( "xlsx" ) || suffix == QLatin1String( "ods" );
  const CPLConfigOptionSetter headers( ( "OGR_" + driverKey + "_HEADERS" ).constData(), workbook ? "FORCE" : nullptr,
                                       false );
  const CPLConfigOptionSetter fieldTypes( ( "OGR_" + driverKey + "_FIELD_TYPES" ).constData(),
                                          workbook ? "STRING" : nullptr, false );
  source->mDataset = openGdalDataset( path, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  if ( !source->mDataset )
  {
    errors << SourceError(
        path, 0, QString(), QString::fromLatin1( ImportRule::SourceUnreadable ),
        QStringLiteral( "cannot read the file as a table (CSV, XLSX, ODS, GeoPackage or PostGIS): %1" )
            .arg( messages.messages() ) );
    return nullptr;
  }
  source->mLayer = layerName.isEmpty() ? source->mDataset->GetLayer( 0 )
                                       : source->mDataset->GetLayerByName( layerName.toUtf8().constData() );
  if ( !source->mLayer )
  {
    QStringList names;
    for ( OGRLayer *layer : source->mDataset->GetLayers() )
      names << QString::fromUtf8( layer->GetName() );
    errors << SourceError( path, 0, QString(), QString::fromLatin1( ImportRule::SourceUnreadable ),
                           layerName.isEmpty() ? QStringLiteral( "the file holds no table" )
                                               : QStringLiteral( "no table or sheet '%1'; the file has: %2" )
                                                     .arg( layerName, names.join( QLatin1String( ", " ) ) ) );
    return nullptr;
  }
  const OGRFeatureDefn *definition = source->mLayer->GetLayerDefn();
  for ( int i = 0; i < definition->GetFieldCount(); ++i )
    source->mHeader << QString::fromUtf8( definition->GetFieldDefn( i )->GetNameRef() ).trimmed();
  if ( source->mHeader.isEmpty() )
  {
    errors << SourceError( path, 0, QString(), QString::fromLatin1( SourceRule::EmptyFile ),
                           QStringLiteral( "the table is empty; expected a header row" ) );
    return nullptr;
  }
  source->mReader = std::make_unique<CheckedFeatureReader>( *source->mDataset, *source->mLayer );
  return source;
}

bool OgrEventSource::next( Row &row, SourceErrors &errors )
{
  const std::unique_ptr<OGRFeature> feature = mReader->next();
  if ( !feature )
  {
    // The row where reading stopped: the header is row 1, the first feature row 2.
    if ( !mReader->error().isEmpty() )
      errors << SourceError( mFileName, static_cast<int>( mReader->featuresRead() ) + 2, QString(),
                             QString::fromLatin1( ImportRule::SourceReadFailed ),
                             mReader->error() +
                                 QStringLiteral( "; the file is damaged or cannot be read to its end" ) );
    return false;
  }
  row.line = static_cast<int>( mReader->featuresRead() ) + 1;
  row.broken = false;
  row.values.clear();
  for ( int i = 0; i < mHeader.size(); ++i )
    row.values << ( feature->IsFieldSetAndNotNull( i ) ? QString::fromUtf8( feature->GetFieldAsString( i ) )
                                                       : QString() );
  return true;
}

double OgrEventSource::progress() const
{
  const long long count = mReader->declaredCount();
  return count > 0 ? static_cast<double>( mReader->featuresRead() ) / count : 0.0;
}
