/***************************************************************************
  shippedatlasdatasource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SHIPPEDATLASDATASOURCE_H
#define SHIPPEDATLASDATASOURCE_H

#include "atlasdatasource.h"

/**
 * \brief The published figures the plugin ships (its GeoPackage), as the panel sees them: every
 * plugin layer but the basemap and an analyst's imported layers; the store is the GeoPackage.
 */
class ShippedAtlasDataSource : public AtlasDataSource
{
  public:
    //! \brief "shipped".
    QString id() const override;
    //! \brief Whether \a layer is one of the plugin's own layers of its GeoPackage (not the basemap, not an import).
    bool owns( const QgsVectorLayer *layer ) const override;
    //! \brief The GeoPackage on disk \a layer reads (through its read-only view).
    QString storeOf( const QgsVectorLayer *layer ) const override;
    //! \brief Reads the figures of the GeoPackage \a store (the layers are not needed).
    AtlasSeizureData load( const QString &store, const QList<QgsVectorLayer *> &layers ) const override;
};

#endif // SHIPPEDATLASDATASOURCE_H
