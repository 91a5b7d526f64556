/***************************************************************************
  iteratedfeaturecount.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ITERATEDFEATURECOUNT_H
#define ITERATEDFEATURECOUNT_H

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

/**
 * \brief Returns the number of features \a layer shows under its subset string, counted by
 * iterating: QGIS 3.22's featureCount() on a filtered GeoPackage layer returns -1 when another
 * layer of the same file is open ("unable to open database file", also with the shipped data).
 */
inline long long iteratedFeatureCount( QgsVectorLayer *layer )
{
  long long n = 0;
  QgsFeature feature;
  QgsFeatureIterator it =
      layer->getFeatures( QgsFeatureRequest().setNoAttributes().setFlags( QgsFeatureRequest::NoGeometry ) );
  while ( it.nextFeature( feature ) )
    ++n;
  return n;
}

#endif // ITERATEDFEATURECOUNT_H
