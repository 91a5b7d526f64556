/***************************************************************************
  sealanenetworkcache.h
  Port Seizure Atlas: one loaded sea-lane network per process, shared read-only
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANENETWORKCACHE_H
#define SEALANENETWORKCACHE_H

#include "sealanenetwork.h"

#include <QString>

#include <memory>

/**
 * \brief Keeps the sea-lane networks a process has loaded, so that the network is read once per QGIS session (or CLI
 * process) and shared read-only by every call and thread.
 *
 * A network is keyed by its folder and land file; each request compares the size and modification time of the
 * network, connectors and land files with those of the load, and loads again only when a file changed. Several
 * threads asking at once wait for one load. A failed load is not kept: the next request tries again.
 */
class SeaLaneNetworkCache
{
  public:
    /**
     * \brief Returns the network of \a folder (SeaLaneNetwork::NETWORK_FILE_NAME and CONNECTORS_FILE_NAME), with
     * the land polygons of layer \a landLayer in \a landPath if \a landPath is not empty. Never null; a network
     * that failed to load is invalid and its error() names the file, or the land file's problem.
     */
    static std::shared_ptr<const SeaLaneNetwork> network( const QString &folder, const QString &landPath = QString(),
                                                          const QString &landLayer = QString() );

    //! Returns how many times a network was read from its files in this process (for tests).
    static int loadCount();

    //! Forgets every network (they stay alive while callers hold them).
    static void clear();
};

#endif // SEALANENETWORKCACHE_H
