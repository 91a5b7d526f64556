/***************************************************************************
  portseizureatlasdock.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTSEIZUREATLASDOCK_H
#define PORTSEIZUREATLASDOCK_H

#include <qgsdockwidget.h>

class QAction;
class QLabel;
class QToolButton;
class AtlasFilterController;
class AtlasFilterPanel;

/**
 * \brief The "Port Seizure Atlas" dock panel: where the analyst filters and summarises the
 * plugin's layers (AtlasFilterPanel, applied to QgsProject::instance() by an AtlasFilterController).
 */
class PortSeizureAtlasDock : public QgsDockWidget
{
    Q_OBJECT

  public:
    //! Object name of the dock, stable so that QGIS can restore its place and tests can find it.
    static const QString OBJECT_NAME;

    /**
     * \brief Creates the dock with \a parent (QGIS's main window).
     */
    explicit PortSeizureAtlasDock( QWidget *parent = nullptr );

    /**
     * \brief Shows \a text as the panel's status line (for example where the data comes from).
     */
    void setStatusText( const QString &text );

    /**
     * \brief Shows a button in the panel that triggers \a action ("Add ports and seizures").
     */
    void setAddLayersAction( QAction *action );

    /**
     * \brief Shows a "Print…" button for \a action below the filter.
     */
    void setPrintAction( QAction *action );

    /**
     * \brief Returns the controller applying the panel's filter to the current project.
     */
    AtlasFilterController *filterController() const { return mFilterController; }

    /**
     * \brief Returns the filter panel.
     */
    AtlasFilterPanel *filterPanel() const { return mFilterPanel; }

  private:
    AtlasFilterController *mFilterController = nullptr;
    AtlasFilterPanel *mFilterPanel = nullptr;
    QLabel *mStatusLabel = nullptr;
    QToolButton *mAddLayersButton = nullptr;
    QToolButton *mPrintButton = nullptr;
};

#endif // PORTSEIZUREATLASDOCK_H
