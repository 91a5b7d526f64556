/***************************************************************************
  gdaldataset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "gdaldataset.h"

#include "gdalregistration.h"

#include <gdal_priv.h>

void GdalDatasetCloser::operator()( GDALDataset *dataset ) const
{
  GDALClose( GDALDataset::ToHandle( dataset ) );
}

GdalDatasetPtr openGdalDataset( const QString &path, unsigned int flags, const char *const *allowedDrivers )
{
  registerGdalDrivers();
  return GdalDatasetPtr( GDALDataset::Open( path.toUtf8().constData(), flags, allowedDrivers ) );
}

GdalDatasetPtr createGdalVectorDataset( GDALDriver &driver, const QString &path )
{
  return GdalDatasetPtr( driver.Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
}
