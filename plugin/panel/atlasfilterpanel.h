/***************************************************************************
  atlasfilterpanel.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASFILTERPANEL_H
#define ATLASFILTERPANEL_H

#include "atlasfilter.h"
#include "atlasseizuredata.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QgsCollapsibleGroupBox;
class QLabel;
class QTableWidget;
class QTimer;
class QToolButton;
class AtlasCountryPicker;
class AtlasFilterController;
class AtlasYearChart;

/**
 * \brief The filter panel: years (one year or a range, a play button stepping year by year),
 * destination and origin countries, a reset, and a summary of the selection (total tonnes,
 * top ports, tonnes per year).
 *
 * Every change applies at once, debounced by DEBOUNCE_MS, through the AtlasFilterController;
 * there is no Apply button. When the controller's filter changes from elsewhere (a project is
 * opened), the controls follow it.
 */
class AtlasFilterPanel : public QWidget
{
    Q_OBJECT

  public:
    //! Delay between the last change of a control and the filter being applied (milliseconds).
    static const int DEBOUNCE_MS;
    //! Rows in the top-ports table.
    static const int TOP_PORTS;

    /**
     * \brief Creates the panel driving \a controller, with \a parent.
     */
    explicit AtlasFilterPanel( AtlasFilterController *controller, QWidget *parent = nullptr );

    /**
     * \brief Returns the filter the controls show now (applied after the debounce delay).
     */
    AtlasFilter filterFromControls() const;

    /**
     * \brief Sets the time between two years while playing to \a milliseconds.
     */
    void setPlayInterval( int milliseconds );

  private slots:
    void scheduleApply();
    void applyNow();
    void reloadChoices();
    void showFilter( const AtlasFilter &filter );
    void reset();
    void togglePlay( bool playing );
    void stepPlay();
    void selectYear( int year );

  private:
    void fillYearCombo( QComboBox *combo, const QList<int> &years );
    void setComboYear( QComboBox *combo, int year );
    void updateSummary();
    void orderYearCombos();
    QString hintText() const;
    //! Returns a selectable label named \a objectName that wraps its text.
    static QLabel *wrappedLabel( const QString &objectName, QWidget *parent );
    //! Returns a foldable section "<prefix>Box" with a label of the countries chosen and a country picker, both
    //! returned through the pointers.
    QgsCollapsibleGroupBox *countrySection( const QString &prefix, const QString &title, AtlasCountryPicker **picker,
                                            QLabel **chosen );
    //! Returns a change in tonnes with its sign and unit ("+20.4 t", "−23.8 t"); empty when unknown.
    static QString changeText( const QVariant &change );
    //! Returns the documented \a routes from \a origins as rich text, one route a line.
    static QString routesText( const QList<AtlasSeizureData::DocumentedRoute> &routes, const QString &origins );

    QPointer<AtlasFilterController> mController;
    QLabel *mHintLabel = nullptr;
    QComboBox *mYearFromCombo = nullptr;
    QComboBox *mYearToCombo = nullptr;
    QToolButton *mPlayButton = nullptr;
    QToolButton *mResetButton = nullptr;
    AtlasCountryPicker *mDestinationPicker = nullptr;
    AtlasCountryPicker *mOriginPicker = nullptr;
    QgsCollapsibleGroupBox *mDestinationBox = nullptr;
    QgsCollapsibleGroupBox *mOriginBox = nullptr;
    QLabel *mDestinationChosenLabel = nullptr;
    QLabel *mOriginChosenLabel = nullptr;
    QLabel *mSelectionLabel = nullptr;
    QLabel *mTotalLabel = nullptr;
    QLabel *mRoutesLabel = nullptr;
    QTableWidget *mTopPortsTable = nullptr;
    AtlasYearChart *mChart = nullptr;
    QTimer *mDebounceTimer = nullptr;
    QTimer *mPlayTimer = nullptr;
    QComboBox *mLastChangedYearCombo = nullptr;
    bool mUpdatingControls = false;
};

#endif // ATLASFILTERPANEL_H
