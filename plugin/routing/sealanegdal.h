/***************************************************************************
  sealanegdal.h
  Port Seizure Atlas: reading vector files through GDAL for the routing engine (not public)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANEGDAL_H
#define SEALANEGDAL_H

#include <QString>

#include <cpl_error.h>
#include <gdal_priv.h>

class OGRLayer;

//! GDAL helpers of the routing engine's readers.
namespace SeaLaneGdal
{
  /**
   * \brief Silences GDAL's error printing while a file is read; the last error becomes part of our message instead.
   */
  class QuietGdalErrors
  {
    public:
      //! Pushes the quiet handler and resets the last error.
      QuietGdalErrors()
      {
        CPLPushErrorHandler( CPLQuietErrorHandler );
        CPLErrorReset();
      }
      ~QuietGdalErrors() { CPLPopErrorHandler(); }
      QuietGdalErrors( const QuietGdalErrors & ) = delete;
      QuietGdalErrors &operator=( const QuietGdalErrors & ) = delete;

      //! Returns TRUE if the last GDAL error is a failure.
      static bool failed() { return CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal; }

      //! Returns ": <GDAL message>" or an empty string.
      static QString detail();
  };

  //! Returns the layer names of \a dataset, comma separated, or "none".
  QString layerNames( GDALDataset *dataset );

  //! Starts reading \a layer from its first feature, with no GDAL error pending.
  void rewind( OGRLayer *layer );

  /**
   * \brief Returns "<whereLayer>: reading stopped after <featureCount> features: <GDAL message>" if the last GDAL
   * error is a failure, else an empty string.
   */
  QString readingStopped( const QString &whereLayer, int featureCount );

  //! Returns why \a path cannot be read as a file ("<where>: file not found"), or an empty string.
  QString unreadableFileProblem( const QString &path, const QString &where );
} // namespace SeaLaneGdal

#endif // SEALANEGDAL_H
