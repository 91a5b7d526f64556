/***************************************************************************
  gpkgreference.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GPKGREFERENCE_H
#define GPKGREFERENCE_H

#include "readonlygeopackagesource.h"
#include <QString>
#include <QVariant>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

/**
 * \brief Answers read straight from the GeoPackage, independently of the panel's code, to check
 * what the panel and the layers show.
 */
class GpkgReference
{
  public:
    /**
     * \brief Returns the number of rows of \a table of the built GeoPackage matching \a expression (QGIS expression).
     */
    static long long count( const QString &table, const QString &expression )
    {
      QgsVectorLayer layer( ReadOnlyGeoPackageSource::layerSource( QStringLiteral( PSA_DATA_GPKG ), table ), table,
                            QStringLiteral( "ogr" ) );
      long long rows = 0;
      QgsFeature feature;
      QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( expression ) );
      while ( it.nextFeature( feature ) )
        ++rows;
      return rows;
    }

    /**
     * \brief Returns the number of features \a layer returns now (what its attribute table lists).
     */
    static long long countFeatures( QgsVectorLayer *layer )
    {
      long long count = 0;
      QgsFeature feature;
      QgsFeatureIterator it = layer->getFeatures();
      while ( it.nextFeature( feature ) )
        ++count;
      return count;
    }

    /**
     * \brief Returns the sum of quantity_t of the preferred port-scope seizure figures matching
     * \a expression, NULL when there are none.
     */
    static QVariant portTonnes( const QString &expression )
    {
      QgsVectorLayer layer(
          ReadOnlyGeoPackageSource::layerSource( QStringLiteral( PSA_DATA_GPKG ), QStringLiteral( "seizure_figures" ) ),
          QStringLiteral( "figures" ), QStringLiteral( "ogr" ) );
      QVariant sum;
      QgsFeature feature;
      QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression(
          QStringLiteral( "scope = 'port' AND preferred AND drug = 'cocaine' AND (%1)" ).arg( expression ) ) );
      while ( it.nextFeature( feature ) )
        sum = sum.toDouble() + feature.attribute( QStringLiteral( "quantity_t" ) ).toDouble();
      return sum;
    }
};

#endif // GPKGREFERENCE_H
