/***************************************************************************
  databuildtestutils.h
  Port Seizure Atlas: fixtures and read-back helpers shared by the data build tests
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef DATABUILDTESTUTILS_H
#define DATABUILDTESTUTILS_H

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <optional>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

/**
 * \brief Fixture folders, GeoPackage read-back and GDAL's validator for the data build tests.
 *
 * A broken-input fixture (tests/data/databuild/broken/<case>/) holds only the table(s) it
 * breaks; the test lays it over a copy of the valid fixture (tests/data/databuild/valid/),
 * so each fixture shows exactly one defect.
 */
namespace DataBuildTestUtils
{
  //! Returns the path of \a name below tests/data/databuild.
  inline QString fixturePath( const QString &name )
  {
    return QStringLiteral( PSA_TEST_DATA_DIR "/databuild/" ) + name;
  }

  //! Copies the files below \a source into \a target (created if needed), replacing files of the same name.
  inline bool copyDirectory( const QString &source, const QString &target )
  {
    QDirIterator it( source, QDir::Files, QDirIterator::Subdirectories );
    while ( it.hasNext() )
    {
      const QString file = it.next();
      const QString destination = QDir( target ).filePath( QDir( source ).relativeFilePath( file ) );
      QDir().mkpath( QFileInfo( destination ).absolutePath() );
      QFile::remove( destination );
      if ( !QFile::copy( file, destination ) )
        return false;
    }
    return true;
  }

  /**
   * \brief Builds a layers folder in \a parent: the valid fixture, overlaid with the broken case
   * \a brokenCase (a folder below tests/data/databuild, or empty for none). Returns its path.
   */
  inline QString makeLayers( const QString &parent, const QString &brokenCase = QString() )
  {
    const QString layers = QDir( parent ).filePath( QStringLiteral( "layers" ) );
    if ( !copyDirectory( fixturePath( QStringLiteral( "valid" ) ), layers ) )
      return QString();
    if ( !brokenCase.isEmpty() && !copyDirectory( fixturePath( brokenCase ), layers ) )
      return QString();
    return layers;
  }

  //! Returns the content of \a path, or an empty array when it cannot be read.
  inline QByteArray fileContent( const QString &path )
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
  }

  //! Opens the GeoPackage \a path read-only.
  inline GDALDatasetUniquePtr openGeoPackage( const QString &path )
  {
    GDALAllRegister();
    const char *const drivers[] = { "GPKG", nullptr };
    return GDALDatasetUniquePtr(
        GDALDataset::Open( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers ) );
  }

  /**
   * \brief Returns the rows of \a layerName in \a dataset that match the OGR attribute filter
   * \a where (all rows when empty), each as field name → value; NULL is an invalid QVariant, the
   * geometry is under "geometry_wkt" (invalid when NULL).
   */
  inline QList<QVariantMap> readRows( GDALDataset *dataset, const QString &layerName, const QString &where = QString() )
  {
    QList<QVariantMap> rows;
    OGRLayer *layer = dataset ? dataset->GetLayerByName( layerName.toUtf8().constData() ) : nullptr;
    if ( !layer )
      return rows;
    layer->SetAttributeFilter( where.isEmpty() ? nullptr : where.toUtf8().constData() );
    layer->ResetReading();
    for ( auto &feature : *layer )
    {
      QVariantMap row;
      for ( int i = 0; i < feature->GetFieldCount(); ++i )
      {
        const OGRFieldDefn *definition = feature->GetFieldDefnRef( i );
        const QString name = QString::fromUtf8( definition->GetNameRef() );
        if ( feature->IsFieldNull( i ) )
        {
          row.insert( name, QVariant() );
          continue;
        }
        switch ( definition->GetType() )
        {
        case OFTInteger:
          row.insert( name, definition->GetSubType() == OFSTBoolean ? QVariant( feature->GetFieldAsInteger( i ) != 0 )
                                                                    : QVariant( feature->GetFieldAsInteger( i ) ) );
          break;
        case OFTReal:
          row.insert( name, feature->GetFieldAsDouble( i ) );
          break;
        default:
          row.insert( name, QString::fromUtf8( feature->GetFieldAsString( i ) ) );
          break;
        }
      }
      const OGRGeometry *geometry = feature->GetGeometryRef();
      row.insert( QStringLiteral( "geometry_wkt" ),
                  geometry ? QVariant( QString::fromStdString( geometry->exportToWkt() ) ) : QVariant() );
      rows.append( row );
    }
    layer->SetAttributeFilter( nullptr );
    return rows;
  }

  //! Returns the first column of the first row of the SQL \a sql on \a dataset as text (null when there is no row).
  inline QString sqlValue( GDALDataset *dataset, const QString &sql )
  {
    QString value;
    OGRLayer *result = dataset->ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
    if ( !result )
      return value;
    std::unique_ptr<OGRFeature> feature( result->GetNextFeature() );
    if ( feature && !feature->IsFieldNull( 0 ) )
      value = QString::fromUtf8( feature->GetFieldAsString( 0 ) );
    dataset->ReleaseResultSet( result );
    return value;
  }

  //! Returns TRUE when GDAL's validate_gpkg.py was found at configure time.
  inline bool hasGeoPackageValidator()
  {
    return !QString( PSA_GPKG_VALIDATOR_SCRIPT ).isEmpty() &&
           QFileInfo::exists( QStringLiteral( PSA_GPKG_VALIDATOR_SCRIPT ) );
  }

  /**
   * \brief Runs GDAL's validate_gpkg.py on \a path. Returns TRUE when it passes; \a output
   * receives what it printed.
   */
  inline bool validateGeoPackage( const QString &path, QString &output )
  {
    QProcess process;
    process.setProcessChannelMode( QProcess::MergedChannels );
    process.start( QStringLiteral( PSA_GPKG_VALIDATOR_PYTHON ), { QStringLiteral( PSA_GPKG_VALIDATOR_SCRIPT ), path } );
    const bool finished = process.waitForFinished( 60000 );
    output = QString::fromUtf8( process.readAll() );
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
  }
} // namespace DataBuildTestUtils

#endif // DATABUILDTESTUTILS_H
