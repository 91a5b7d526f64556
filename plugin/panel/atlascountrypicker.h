/***************************************************************************
  atlascountrypicker.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASCOUNTRYPICKER_H
#define ATLASCOUNTRYPICKER_H

#include "atlasseizuredata.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

/**
 * \brief A multi-select of countries: a search box, a checkable list ("Belgium (BE)") and
 * "All" / "None" buttons. Nothing checked and everything checked both mean "all countries".
 */
class AtlasCountryPicker : public QWidget
{
    Q_OBJECT

  public:
    /**
     * \brief Creates an empty picker with \a parent; \a objectNamePrefix names its child widgets
     * ("<prefix>Search", "<prefix>List", "<prefix>All", "<prefix>None") for tests and styling.
     */
    explicit AtlasCountryPicker( const QString &objectNamePrefix, QWidget *parent = nullptr );

    /**
     * \brief Shows \a countries to choose from, keeping the checked ones that are still offered.
     */
    void setCountries( const QList<AtlasSeizureData::Country> &countries );

    /**
     * \brief Returns the ISO codes checked; empty when none or all are checked (no filter).
     */
    QStringList checkedIsoCodes() const;

    /**
     * \brief Checks exactly the countries \a isoCodes, without emitting checkedChanged().
     */
    void setCheckedIsoCodes( const QStringList &isoCodes );

    /**
     * \brief Returns the search box (first widget in the tab order).
     */
    QWidget *firstFocusWidget() const;

  signals:
    //! The user checked or unchecked a country.
    void checkedChanged();

  private:
    void setAllChecked( bool checked );
    void applySearch( const QString &text );

    QLineEdit *mSearch = nullptr;
    QListWidget *mList = nullptr;
    QPushButton *mAllButton = nullptr;
    QPushButton *mNoneButton = nullptr;
    bool mUpdating = false;
};

#endif // ATLASCOUNTRYPICKER_H
