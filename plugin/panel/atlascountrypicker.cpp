/***************************************************************************
  atlascountrypicker.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlascountrypicker.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AtlasCountryPicker::AtlasCountryPicker( const QString &objectNamePrefix, QWidget *parent ) : QWidget( parent )
{
  QVBoxLayout *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  mSearch = new QLineEdit( this );
  mSearch->setObjectName( objectNamePrefix + QStringLiteral( "Search" ) );
  mSearch->setPlaceholderText( tr( "Search country or ISO code" ) );
  mSearch->setClearButtonEnabled( true );
  mSearch->setToolTip( tr( "Type part of a country name or its ISO code to shorten the list" ) );
  layout->addWidget( mSearch );

  mList = new QListWidget( this );
  mList->setObjectName( objectNamePrefix + QStringLiteral( "List" ) );
  mList->setToolTip( tr( "Check the countries to show; none checked shows all. Space checks the current row." ) );
  mList->setMinimumHeight( 80 );
  mList->setMaximumHeight( 110 ); // both pickers, the years and the summary fit a 900-pixel window
  layout->addWidget( mList );

  QHBoxLayout *buttons = new QHBoxLayout();
  mAllButton = new QPushButton( tr( "All" ), this );
  mAllButton->setObjectName( objectNamePrefix + QStringLiteral( "All" ) );
  mAllButton->setToolTip( tr( "Check every country (same as no country filter)" ) );
  mNoneButton = new QPushButton( tr( "None" ), this );
  mNoneButton->setObjectName( objectNamePrefix + QStringLiteral( "None" ) );
  mNoneButton->setToolTip( tr( "Uncheck every country (shows all countries)" ) );
  buttons->addWidget( mAllButton );
  buttons->addWidget( mNoneButton );
  buttons->addStretch( 1 );
  layout->addLayout( buttons );

  setTabOrder( mSearch, mList );
  setTabOrder( mList, mAllButton );
  setTabOrder( mAllButton, mNoneButton );

  connect( mSearch, &QLineEdit::textChanged, this, &AtlasCountryPicker::applySearch );
  connect( mAllButton, &QPushButton::clicked, this, [this] { setAllChecked( true ); } );
  connect( mNoneButton, &QPushButton::clicked, this, [this] { setAllChecked( false ); } );
  connect( mList, &QListWidget::itemChanged, this, [this] {
    if ( !mUpdating )
      emit checkedChanged();
  } );
}

void AtlasCountryPicker::setCountries( const QList<AtlasSeizureData::Country> &countries )
{
  const QStringList checked = checkedIsoCodes();
  mUpdating = true;
  mList->clear();
  for ( const AtlasSeizureData::Country &country : countries )
  {
    QListWidgetItem *item = new QListWidgetItem( tr( "%1 (%2)" ).arg( country.name, country.isoCode ), mList );
    item->setData( Qt::UserRole, country.isoCode );
    item->setFlags( Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable );
    item->setCheckState( checked.contains( country.isoCode ) ? Qt::Checked : Qt::Unchecked );
  }
  mUpdating = false;
  applySearch( mSearch->text() );
}

QStringList AtlasCountryPicker::checkedIsoCodes() const
{
  QStringList codes;
  for ( int row = 0; row < mList->count(); ++row )
  {
    if ( mList->item( row )->checkState() == Qt::Checked )
      codes << mList->item( row )->data( Qt::UserRole ).toString();
  }
  return codes.size() == mList->count() ? QStringList() : codes;
}

void AtlasCountryPicker::setCheckedIsoCodes( const QStringList &isoCodes )
{
  mUpdating = true;
  for ( int row = 0; row < mList->count(); ++row )
    mList->item( row )->setCheckState(
        isoCodes.contains( mList->item( row )->data( Qt::UserRole ).toString() ) ? Qt::Checked : Qt::Unchecked );
  mUpdating = false;
}

QWidget *AtlasCountryPicker::firstFocusWidget() const
{
  return mSearch;
}

void AtlasCountryPicker::setAllChecked( bool checked )
{
  mUpdating = true;
  for ( int row = 0; row < mList->count(); ++row )
    mList->item( row )->setCheckState( checked ? Qt::Checked : Qt::Unchecked );
  mUpdating = false;
  emit checkedChanged();
}

void AtlasCountryPicker::applySearch( const QString &text )
{
  const QString needle = text.trimmed();
  for ( int row = 0; row < mList->count(); ++row )
    mList->item( row )->setHidden( !needle.isEmpty() &&
                                   !mList->item( row )->text().contains( needle, Qt::CaseInsensitive ) );
}
