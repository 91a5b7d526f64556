/***************************************************************************
  atlasmapview.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasmapview.h"
#include "atlastemporalsync.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <qgisinterface.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>
#include <qgstemporalnavigationobject.h>

QgsRectangle AtlasMapView::defaultExtentWgs84()
{
  return QgsRectangle( -98, -36, 42, 62 );
}

QgsTemporalNavigationObject *AtlasMapView::temporalNavigation( QgisInterface *iface )
{
  if ( !iface || !iface->mapCanvas() )
    return nullptr;
  // QGIS hands the canvas its Temporal Controller as a const pointer; the object is the app's own.
  return qobject_cast<QgsTemporalNavigationObject *>(
      const_cast<QgsTemporalController *>( iface->mapCanvas()->temporalController() ) );
}

QAction *AtlasMapView::filterLegendAction( QgisInterface *iface )
{
  if ( !iface || !iface->mainWindow() )
    return nullptr;
  // QGIS gives the action no object name: it is found by its text, in QGIS's own translation (a
  // variable, so that the plugin's own translation files never carry, or change, QGIS's text).
  static const char *const QGIS_ACTION_TEXT = "Filter Legend by Map Content";
  const QString text = QCoreApplication::translate( "QgisApp", QGIS_ACTION_TEXT );
  const QList<QAction *> actions = iface->mainWindow()->findChildren<QAction *>();
  for ( QAction *action : actions )
  {
    if ( action->isCheckable() && action->text().compare( text, Qt::CaseInsensitive ) == 0 )
      return action;
  }
  return nullptr;
}

void AtlasMapView::showAddedLayers( QgisInterface *iface, QgsProject *project, const QList<int> &years )
{
  if ( !iface || !iface->mapCanvas() || !project )
    return;
  QgsMapCanvas *canvas = iface->mapCanvas();
  canvas->setDestinationCrs( project->crs() );
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  try
  {
    const QgsCoordinateTransform transform( wgs84, project->crs(), project );
    const QgsRectangle extent = transform.transformBoundingBox( defaultExtentWgs84() );
    project->viewSettings()->setPresetFullExtent(
        QgsReferencedRectangle( extent, project->crs() ) ); // "Zoom Full" comes back here
    canvas->setExtent( extent );
  }
  catch ( const QgsCsException & )
  {
    // A projection that cannot show this area: keep QGIS's own extent.
  }
  AtlasTemporalSync::configure( temporalNavigation( iface ), project, years );
  if ( QAction *filterLegend = filterLegendAction( iface ) )
  {
    if ( !filterLegend->isChecked() )
      filterLegend->trigger();
  }
  canvas->refresh();
}
