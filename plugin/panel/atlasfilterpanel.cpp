/***************************************************************************
  atlasfilterpanel.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilterpanel.h"
#include "atlascountrypicker.h"
#include "atlasfiltercontroller.h"
#include "atlasyearchart.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

const int AtlasFilterPanel::DEBOUNCE_MS = 150;
const int AtlasFilterPanel::TOP_PORTS = 5;

AtlasFilterPanel::AtlasFilterPanel( AtlasFilterController *controller, QWidget *parent )
    : QWidget( parent ), mController( controller )
{
  QVBoxLayout *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );

  mHintLabel = new QLabel( this ); // text: hintText()
  mHintLabel->setObjectName( QStringLiteral( "filterHintLabel" ) );
  mHintLabel->setWordWrap( true );
  layout->addWidget( mHintLabel );

  QGroupBox *yearsBox = new QGroupBox( tr( "Years" ), this );
  QHBoxLayout *yearsLayout = new QHBoxLayout( yearsBox );
  mYearFromCombo = new QComboBox( yearsBox );
  mYearFromCombo->setObjectName( QStringLiteral( "yearFromCombo" ) );
  mYearFromCombo->setToolTip( tr( "First year shown (only years with data are offered)" ) );
  mYearToCombo = new QComboBox( yearsBox );
  mYearToCombo->setObjectName( QStringLiteral( "yearToCombo" ) );
  mYearToCombo->setToolTip( tr( "Last year shown; the same year as the first shows a single year" ) );
  QLabel *fromLabel = new QLabel( tr( "&From" ), yearsBox );
  fromLabel->setBuddy( mYearFromCombo );
  QLabel *toLabel = new QLabel( tr( "&to" ), yearsBox );
  toLabel->setBuddy( mYearToCombo );
  mPlayButton = new QToolButton( yearsBox );
  mPlayButton->setObjectName( QStringLiteral( "playButton" ) );
  mPlayButton->setText( tr( "&Play" ) );
  mPlayButton->setCheckable( true );
  mPlayButton->setToolTip( tr( "Step through the years one by one (Alt+P); press again to stop" ) );
  yearsLayout->addWidget( fromLabel );
  yearsLayout->addWidget( mYearFromCombo );
  yearsLayout->addWidget( toLabel );
  yearsLayout->addWidget( mYearToCombo );
  yearsLayout->addWidget( mPlayButton );
  yearsLayout->addStretch( 1 );
  layout->addWidget( yearsBox );

  QGroupBox *destinationBox = new QGroupBox( tr( "European destination countries" ), this );
  QVBoxLayout *destinationLayout = new QVBoxLayout( destinationBox );
  mDestinationPicker = new AtlasCountryPicker( QStringLiteral( "destination" ), destinationBox );
  destinationLayout->addWidget( mDestinationPicker );
  layout->addWidget( destinationBox );

  QGroupBox *originBox = new QGroupBox( tr( "Origin and transit countries (routes)" ), this );
  QVBoxLayout *originLayout = new QVBoxLayout( originBox );
  mOriginPicker = new AtlasCountryPicker( QStringLiteral( "origin" ), originBox );
  originLayout->addWidget( mOriginPicker );
  layout->addWidget( originBox );

  mResetButton = new QToolButton( this );
  mResetButton->setObjectName( QStringLiteral( "resetButton" ) );
  mResetButton->setText( tr( "&Reset filter" ) );
  mResetButton->setToolTip( tr( "Show all years and all countries again (Alt+R)" ) );
  layout->addWidget( mResetButton );

  QGroupBox *summaryBox = new QGroupBox( tr( "Selection" ), this );
  QVBoxLayout *summaryLayout = new QVBoxLayout( summaryBox );
  mTotalLabel = new QLabel( summaryBox );
  mTotalLabel->setObjectName( QStringLiteral( "totalLabel" ) );
  mTotalLabel->setWordWrap( true );
  mTotalLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mTotalLabel->setToolTip( tr( "Sum of the preferred port figures of the selection; national totals are not added" ) );
  summaryLayout->addWidget( mTotalLabel );
  mTopPortsTable = new QTableWidget( 0, 4, summaryBox );
  mTopPortsTable->setObjectName( QStringLiteral( "topPortsTable" ) );
  mTopPortsTable->setHorizontalHeaderLabels( { tr( "Port" ), tr( "Country" ), tr( "Tonnes" ), tr( "Change" ) } );
  mTopPortsTable->horizontalHeaderItem( 3 )->setToolTip( tr( "Last selected year versus the year before, in tonnes; empty when either figure is unknown" ) );
  mTopPortsTable->verticalHeader()->setVisible( false );
  mTopPortsTable->setTabKeyNavigation( false ); // arrows move between cells, Tab moves on
  mTopPortsTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTopPortsTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTopPortsTable->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  mTopPortsTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mTopPortsTable->setMaximumHeight( 170 );
  summaryLayout->addWidget( mTopPortsTable );
  mChart = new AtlasYearChart( summaryBox );
  mChart->setObjectName( QStringLiteral( "yearChart" ) );
  summaryLayout->addWidget( mChart );
  layout->addWidget( summaryBox );

  setTabOrder( mYearFromCombo, mYearToCombo );
  setTabOrder( mYearToCombo, mPlayButton );
  setTabOrder( mPlayButton, mDestinationPicker->firstFocusWidget() );
  setTabOrder( mDestinationPicker, mOriginPicker->firstFocusWidget() );
  setTabOrder( mOriginPicker, mResetButton );
  setTabOrder( mResetButton, mTopPortsTable );
  setTabOrder( mTopPortsTable, mChart );

  mDebounceTimer = new QTimer( this );
  mDebounceTimer->setSingleShot( true );
  mDebounceTimer->setInterval( DEBOUNCE_MS );
  mPlayTimer = new QTimer( this );
  mPlayTimer->setInterval( 1000 );

  connect( mDebounceTimer, &QTimer::timeout, this, &AtlasFilterPanel::applyNow );
  connect( mPlayTimer, &QTimer::timeout, this, &AtlasFilterPanel::stepPlay );
  connect( mYearFromCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this, [this] {
    mLastChangedYearCombo = mYearFromCombo;
    scheduleApply();
  } );
  connect( mYearToCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this, [this] {
    mLastChangedYearCombo = mYearToCombo;
    scheduleApply();
  } );
  connect( mDestinationPicker, &AtlasCountryPicker::checkedChanged, this, &AtlasFilterPanel::scheduleApply );
  connect( mOriginPicker, &AtlasCountryPicker::checkedChanged, this, &AtlasFilterPanel::scheduleApply );
  connect( mResetButton, &QToolButton::clicked, this, &AtlasFilterPanel::reset );
  connect( mPlayButton, &QToolButton::toggled, this, &AtlasFilterPanel::togglePlay );
  connect( mChart, &AtlasYearChart::yearClicked, this, &AtlasFilterPanel::selectYear );
  if ( mController )
  {
    // A filter put in force elsewhere (an opened project) replaces an edit not applied yet.
    connect( mController, &AtlasFilterController::filterChanged, this, [this]( const AtlasFilter &filter ) {
      mDebounceTimer->stop();
      showFilter( filter );
    } );
    connect( mController, &AtlasFilterController::layersChanged, this, &AtlasFilterPanel::reloadChoices );
  }
  reloadChoices();
}

void AtlasFilterPanel::setPlayInterval( int milliseconds )
{
  mPlayTimer->setInterval( milliseconds );
}

AtlasFilter AtlasFilterPanel::filterFromControls() const
{
  AtlasFilter filter;
  filter.setYears( mYearFromCombo->currentData().toInt(), mYearToCombo->currentData().toInt() );
  filter.setDestinationCountries( mDestinationPicker->checkedIsoCodes() );
  filter.setOriginCountries( mOriginPicker->checkedIsoCodes() );
  return filter;
}

void AtlasFilterPanel::scheduleApply()
{
  if ( !mUpdatingControls )
    mDebounceTimer->start();
}

void AtlasFilterPanel::orderYearCombos()
{
  // The end the analyst moved last wins: moving the start past the end moves the end along (a
  // single year), and the other way round. Done after the debounce, so that typing "2022" into
  // one box (passing 2017 and 2020 on the way) does not drag the other box along.
  const int from = mYearFromCombo->currentData().toInt();
  const int to = mYearToCombo->currentData().toInt();
  if ( from <= 0 || to <= 0 || from <= to )
    return;
  mUpdatingControls = true;
  if ( mLastChangedYearCombo == mYearToCombo )
    setComboYear( mYearFromCombo, to );
  else
    setComboYear( mYearToCombo, from );
  mUpdatingControls = false;
}

void AtlasFilterPanel::applyNow()
{
  mDebounceTimer->stop();
  orderYearCombos();
  if ( mController )
    mController->setFilter( filterFromControls() ); // filterChanged → showFilter() updates the summary
}

void AtlasFilterPanel::fillYearCombo( QComboBox *combo, const QList<int> &years )
{
  combo->clear();
  combo->addItem( tr( "Any" ), 0 );
  for ( int year : years )
    combo->addItem( QString::number( year ), year );
}

void AtlasFilterPanel::setComboYear( QComboBox *combo, int year )
{
  const int index = combo->findData( year );
  combo->setCurrentIndex( index < 0 ? 0 : index );
}

void AtlasFilterPanel::reloadChoices()
{
  if ( !mController )
    return;
  // An edit still waiting for the debounce delay outlives the new choices: a layer added or
  // removed meanwhile must not throw away what the analyst has just chosen.
  const AtlasFilter shown = mDebounceTimer->isActive() ? filterFromControls() : mController->filter();
  const AtlasSeizureData::Choices choices = mController->choices();
  const bool hasData = !choices.years.isEmpty();
  mHintLabel->setText( hintText() );
  mHintLabel->setVisible( !hasData );
  for ( QWidget *widget : { static_cast<QWidget *>( mYearFromCombo ), static_cast<QWidget *>( mYearToCombo ), static_cast<QWidget *>( mPlayButton ),
                            static_cast<QWidget *>( mDestinationPicker ), static_cast<QWidget *>( mOriginPicker ), static_cast<QWidget *>( mResetButton ) } )
    widget->setEnabled( hasData );
  if ( !hasData )
    mPlayButton->setChecked( false );
  mUpdatingControls = true;
  fillYearCombo( mYearFromCombo, choices.years );
  fillYearCombo( mYearToCombo, choices.years );
  mDestinationPicker->setCountries( choices.destinationCountries );
  mOriginPicker->setCountries( choices.originCountries );
  mUpdatingControls = false;
  showFilter( shown );
}

QString AtlasFilterPanel::hintText() const
{
  // Layers saved in a project whose GeoPackage has moved stay in the project, unavailable: say
  // which file is missing rather than asking to add layers that are already there.
  for ( QgsVectorLayer *layer : mController->pluginLayers() )
  {
    if ( layer->isValid() )
      continue;
    const QString path = QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() ).value( QStringLiteral( "path" ) ).toString();
    return tr( "The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to "
               "its new place with Layer › Change Data Source…" )
        .arg( QDir::toNativeSeparators( path ) );
  }
  return tr( "Add the ports and seizures to the project to filter them here." );
}

void AtlasFilterPanel::showFilter( const AtlasFilter &filter )
{
  mUpdatingControls = true;
  setComboYear( mYearFromCombo, filter.yearFrom() );
  setComboYear( mYearToCombo, filter.yearTo() );
  mDestinationPicker->setCheckedIsoCodes( filter.destinationCountries() );
  mOriginPicker->setCheckedIsoCodes( filter.originCountries() );
  mUpdatingControls = false;
  updateSummary();
}

void AtlasFilterPanel::reset()
{
  mPlayButton->setChecked( false );
  showFilter( AtlasFilter() );
  applyNow();
}

void AtlasFilterPanel::togglePlay( bool playing )
{
  const QList<int> years = mController ? mController->choices().years : QList<int>();
  if ( !playing || years.isEmpty() )
  {
    mPlayTimer->stop();
    if ( playing )
      mPlayButton->setChecked( false );
    return;
  }
  const int from = mYearFromCombo->currentData().toInt();
  selectYear( years.contains( from ) ? from : years.first() );
  mPlayTimer->start();
}

void AtlasFilterPanel::stepPlay()
{
  const QList<int> years = mController ? mController->choices().years : QList<int>();
  const int index = static_cast<int>( years.indexOf( mYearFromCombo->currentData().toInt() ) );
  if ( index < 0 || index + 1 >= years.size() )
  {
    mPlayButton->setChecked( false );
    return;
  }
  selectYear( years.at( index + 1 ) );
}

void AtlasFilterPanel::selectYear( int year )
{
  mUpdatingControls = true;
  setComboYear( mYearFromCombo, year );
  setComboYear( mYearToCombo, year );
  mUpdatingControls = false;
  applyNow();
}

void AtlasFilterPanel::updateSummary()
{
  if ( !mController )
    return;
  const AtlasFilter filter = filterFromControls();
  const AtlasSeizureData &data = mController->data();
  const QLocale locale;
  const QVariant total = data.totalTonnes( filter );
  mTotalLabel->setText( total.isNull() ? tr( "No port figure published for this selection." )
                                       : tr( "%1 t of cocaine seized in the selected ports (preferred port figures)." ).arg( locale.toString( total.toDouble(), 'f', 1 ) ) );

  const QList<AtlasSeizureData::PortSummary> ports = data.topPorts( filter, TOP_PORTS );
  mTopPortsTable->setRowCount( static_cast<int>( ports.size() ) );
  for ( int row = 0; row < ports.size(); ++row )
  {
    const AtlasSeizureData::PortSummary &port = ports.at( row );
    const QString sources = tr( "Sources:\n%1" ).arg( port.sources );
    const QString change = port.changeVersusPreviousYear.isNull() ? QString() : locale.toString( port.changeVersusPreviousYear.toDouble(), 'f', 1 );
    const QStringList texts = { port.name, port.countryName, locale.toString( port.tonnes, 'f', 1 ), change };
    for ( int column = 0; column < texts.size(); ++column )
    {
      QTableWidgetItem *item = new QTableWidgetItem( texts.at( column ) );
      item->setToolTip( sources );
      if ( column >= 2 )
        item->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
      mTopPortsTable->setItem( row, column, item );
    }
  }
  mChart->setData( data.years(), data.tonnesPerYear( filter ), filter.yearFrom(), filter.yearTo() );
}
