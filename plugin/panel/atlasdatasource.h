/***************************************************************************
  atlasdatasource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASDATASOURCE_H
#define ATLASDATASOURCE_H

#include "atlasseizuredata.h"

#include <QList>
#include <QString>

#include <memory>

class QgsVectorLayer;

/**
 * \brief A kind of data the panel filters: what the panel needs to know of a store of seizure
 * data shown by project layers, whatever its origin.
 *
 * The plugin's published figures (ShippedAtlasDataSource) and an analyst's import (plugin/importgui)
 * implement it; the panel knows only this interface. A source is registered once per process
 * (registerSource()); the filter controller asks every registered source, in the order of
 * registration, which layers are its own, reads each source's first store once, offers the
 * choices of all of them together and tells a source after the filter changed one of its layers.
 */
class AtlasDataSource
{
  public:
    virtual ~AtlasDataSource() = default;

    //! \brief A name that identifies the kind of source; registering a second source of the same id replaces the first.
    virtual QString id() const = 0;

    //! \brief Whether \a layer shows this source's data (and follows the panel's filter).
    virtual bool owns( const QgsVectorLayer *layer ) const = 0;

    //! \brief The store \a layer reads (a file or a connection); layers of one store give the same.
    virtual QString storeOf( const QgsVectorLayer *layer ) const = 0;

    /**
     * \brief Reads the years, countries and figures per port and year of \a store, shown by
     * \a layers (all owned by this source and of that store).
     */
    virtual AtlasSeizureData load( const QString &store, const QList<QgsVectorLayer *> &layers ) const = 0;

    /**
     * \brief Called after the filter gave \a layer (owned by this source) its subset string, for
     * what depends on the rows shown. Does nothing by default.
     */
    virtual void filterApplied( QgsVectorLayer *layer ) const;

    //! \brief Registers \a source for the whole process (replacing one with the same id()).
    static void registerSource( std::unique_ptr<AtlasDataSource> source );

    //! \brief The registered sources in the order of registration; the published data come first.
    static QList<const AtlasDataSource *> sources();

    //! \brief The registered source that owns \a layer, or nullptr.
    static const AtlasDataSource *sourceOf( const QgsVectorLayer *layer );
};

#endif // ATLASDATASOURCE_H
