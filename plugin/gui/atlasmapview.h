/***************************************************************************
  atlasmapview.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASMAPVIEW_H
#define ATLASMAPVIEW_H

#include <QList>

class QAction;
class QgisInterface;
class QgsProject;
class QgsRectangle;
class QgsTemporalNavigationObject;

/**
 * \brief How QGIS's window shows the plugin's layers once they are added: the map framed on Europe
 * and the Atlantic routes (also QGIS's "full extent"), the Temporal Controller set to the data's
 * years with a one-year step, and the legend filtered by the map's content.
 */
class AtlasMapView
{
  public:
    /**
     * \brief The area shown after adding the layers, in WGS 84: Europe and the Atlantic routes
     * (Gulf of Mexico and the River Plate to the Black Sea and the Baltic).
     */
    static QgsRectangle defaultExtentWgs84();

    /**
     * \brief Returns the canvas's Temporal Controller of \a iface, or NULLPTR.
     */
    static QgsTemporalNavigationObject *temporalNavigation( QgisInterface *iface );

    /**
     * \brief Returns QGIS's "Filter Legend by Map Content" action of \a iface, or NULLPTR.
     */
    static QAction *filterLegendAction( QgisInterface *iface );

    /**
     * \brief Frames the map of \a iface on defaultExtentWgs84() (made the project's full extent too),
     * sets the Temporal Controller to \a years with a one-year step and filters the legend by the
     * map's content, so the routes' legend lists only the origins on the map.
     */
    static void showAddedLayers( QgisInterface *iface, QgsProject *project, const QList<int> &years );
};

#endif // ATLASMAPVIEW_H
