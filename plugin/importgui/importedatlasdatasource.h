/***************************************************************************
  importedatlasdatasource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDATLASDATASOURCE_H
#define IMPORTEDATLASDATASOURCE_H

#include "atlasdatasource.h"

/**
 * \brief An analyst's imported seizure events, as the panel sees them: the layers ImportedLayerSet
 * adds (tagged with AtlasLayerSet::IMPORTED_PROPERTY, whose value names the store: a GeoPackage
 * or a PostGIS schema). After each filter change the port/year layer sums the rows it shows per
 * port (ImportedPortYearsStyle::updateTotals()).
 */
class ImportedAtlasDataSource : public AtlasDataSource
{
  public:
    //! \brief "imported".
    QString id() const override;
    //! \brief Whether \a layer is a layer of an analyst's import.
    bool owns( const QgsVectorLayer *layer ) const override;
    //! \brief The store (GeoPackage or PostGIS schema) \a layer was imported into.
    QString storeOf( const QgsVectorLayer *layer ) const override;
    //! \brief Reads the years, countries and port/year rows of \a store through its \a layers.
    AtlasSeizureData load( const QString &store, const QList<QgsVectorLayer *> &layers ) const override;
    //! \brief Sums the port/year rows \a layer now shows per port, so each port draws one circle.
    void filterApplied( QgsVectorLayer *layer ) const override;

    //! \brief Registers the imported data with the panel (AtlasDataSource::registerSource()), once.
    static void registerWithPanel();
};

#endif // IMPORTEDATLASDATASOURCE_H
