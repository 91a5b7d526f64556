/***************************************************************************
  atlastemporalsync.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASTEMPORALSYNC_H
#define ATLASTEMPORALSYNC_H

#include <QList>
#include <QObject>
#include <QPointer>
#include <qgsrange.h>

class AtlasFilter;
class AtlasFilterController;
class QgsProject;
class QgsTemporalNavigationObject;

/**
 * \brief Keeps QGIS's Temporal Controller and the panel's years one filter: a frame of the
 * Temporal Controller (animated or a fixed range) becomes the panel's years, and the panel's
 * years (typed, clicked or played) move the Temporal Controller's frame.
 *
 * So every layer, the ports included (their circles and labels follow the panel's years), shows
 * the frame's year only: one map, one year. A year range chosen in the panel while the
 * Temporal Controller animates one year at a time switches the animation off (the range is shown).
 */
class AtlasTemporalSync : public QObject
{
    Q_OBJECT

  public:
    /**
     * \brief Links \a navigation (the map canvas's Temporal Controller) and \a controller, with \a parent.
     */
    AtlasTemporalSync( QgsTemporalNavigationObject *navigation, AtlasFilterController *controller,
                       QObject *parent = nullptr );

    /**
     * \brief Sets \a navigation and the time settings of \a project to the years with data of
     * \a years (1 January of the first to 1 January after the last) with a one-year step, the
     * first frame current. Nothing happens when \a years is empty.
     */
    static void configure( QgsTemporalNavigationObject *navigation, QgsProject *project, const QList<int> &years );

    /**
     * \brief Returns the calendar years \a range covers as {first, last}; {0, 0} for an empty or infinite range.
     */
    static QPair<int, int> yearsOf( const QgsDateTimeRange &range );

  private slots:
    void onTemporalRangeChanged( const QgsDateTimeRange &range );
    void onFilterChanged( const AtlasFilter &filter );

  private:
    QPointer<QgsTemporalNavigationObject> mNavigation;
    QPointer<AtlasFilterController> mController;
    bool mSyncing = false;
};

#endif // ATLASTEMPORALSYNC_H
