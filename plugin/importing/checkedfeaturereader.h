/***************************************************************************
  checkedfeaturereader.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CHECKEDFEATUREREADER_H
#define CHECKEDFEATUREREADER_H

#include <QString>

#include <memory>

class GDALDataset;
class OGRFeature;
class OGRLayer;

/**
 * \brief Reads the features of one table through GDAL and tells when reading stopped before
 * the end: a GDAL error while a feature is fetched (a damaged page: "database disk image is
 * malformed"), or fewer features read than the table holds.
 *
 * GDAL ends a table's iteration on such an error as it ends it at the last feature, so a
 * reader that does not look reads a part and believes it read everything. error() names the
 * table and the feature where reading stopped, and the cause.
 */
class CheckedFeatureReader
{
  public:
    //! \brief Reads \a layer of \a dataset from its first feature.
    CheckedFeatureReader( GDALDataset &dataset, OGRLayer &layer );

    /**
     * \brief Returns the next feature; nullptr at the end of the table or when reading failed
     * (then error() says why).
     */
    std::unique_ptr<OGRFeature> next();

    //! \brief Returns the features read so far.
    long long featuresRead() const { return mRead; }

    //! \brief Returns the number of features the table declares (-1 when it does not say).
    long long declaredCount() const { return mDeclared; }

    /**
     * \brief Returns why reading stopped early, e.g. "table 'events': reading stopped at feature
     * 59199 of 200000 (after fid 59198): database disk image is malformed"; empty when not.
     */
    QString error() const { return mError; }

    /**
     * \brief Reads every feature of every table of the file at \a path (a GeoPackage). Returns
     * an empty string, or what cannot be read: "PATH: table 'T': reading stopped at …".
     */
    static QString readEveryTable( const QString &path );

  private:
    void stop( const QString &cause );
    long long exactCount() const;

    GDALDataset &mDataset;
    OGRLayer &mLayer;
    long long mDeclared = -1;
    long long mRead = 0;
    long long mLastFid = -1;
    bool mEnded = false;
    QString mError;
};

#endif // CHECKEDFEATUREREADER_H
