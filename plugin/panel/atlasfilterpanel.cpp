/***************************************************************************
  atlasfilterpanel.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilterpanel.h"
#include "atlascountrypicker.h"
#include "atlasfiltercontroller.h"
#include "atlasyearchart.h"
#include "readonlygeopackagesource.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <qgscollapsiblegroupbox.h>
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

  // Narrow enough for QGIS's default dock width: no row wider than two year boxes; the country
  // sections fold away and name the countries chosen above their lists.
  QGroupBox *yearsBox = new QGroupBox( tr( "Years" ), this );
  QGridLayout *yearsLayout = new QGridLayout( yearsBox );
  mYearFromCombo = new QComboBox( yearsBox );
  mYearFromCombo->setObjectName( QStringLiteral( "yearFromCombo" ) );
  mYearFromCombo->setToolTip( tr( "First year shown (only years with data are offered)" ) );
  mYearToCombo = new QComboBox( yearsBox );
  mYearToCombo->setObjectName( QStringLiteral( "yearToCombo" ) );
  mYearToCombo->setToolTip( tr( "Last year shown; the same year as the first shows a single year" ) );
  for ( QComboBox *combo : { mYearFromCombo, mYearToCombo } )
  {
    combo->setSizeAdjustPolicy( QComboBox::AdjustToContents ); // "2022" never cut to "202("
    combo->setSizePolicy( QSizePolicy::MinimumExpanding, QSizePolicy::Fixed );
  }
  QLabel *fromLabel = new QLabel( tr( "&From" ), yearsBox );
  fromLabel->setBuddy( mYearFromCombo );
  QLabel *toLabel = new QLabel( tr( "&to" ), yearsBox );
  toLabel->setBuddy( mYearToCombo );
  mPlayButton = new QToolButton( yearsBox );
  mPlayButton->setObjectName( QStringLiteral( "playButton" ) );
  mPlayButton->setText( tr( "&Play" ) );
  mPlayButton->setCheckable( true );
  mPlayButton->setToolTip( tr(
      "Step through the years one by one (Alt+P); press again to stop. The Temporal Controller's frame follows." ) );
  mResetButton = new QToolButton( yearsBox );
  mResetButton->setObjectName( QStringLiteral( "resetButton" ) );
  mResetButton->setText( tr( "&Reset filter" ) );
  mResetButton->setToolTip( tr( "Show all years and all countries again (Alt+R)" ) );
  yearsLayout->addWidget( fromLabel, 0, 0 );
  yearsLayout->addWidget( mYearFromCombo, 0, 1 );
  yearsLayout->addWidget( toLabel, 0, 2 );
  yearsLayout->addWidget( mYearToCombo, 0, 3 );
  QHBoxLayout *buttonsLayout = new QHBoxLayout();
  buttonsLayout->addWidget( mPlayButton );
  buttonsLayout->addWidget( mResetButton );
  buttonsLayout->addStretch( 1 );
  yearsLayout->addLayout( buttonsLayout, 1, 0, 1, 4 );
  yearsLayout->setColumnStretch( 1, 1 );
  yearsLayout->setColumnStretch( 3, 1 );
  layout->addWidget( yearsBox );

  mDestinationBox = countrySection( QStringLiteral( "destination" ), tr( "Destination countries" ), &mDestinationPicker,
                                    &mDestinationChosenLabel );
  layout->addWidget( mDestinationBox );
  mOriginBox = countrySection( QStringLiteral( "origin" ), tr( "Origin countries (routes)" ), &mOriginPicker,
                               &mOriginChosenLabel );
  // Folded at first, so years, destinations, summary and chart fit a 900-pixel-high window;
  // it opens when a filter with origins is shown.
  mOriginBox->setCollapsed( true );
  layout->addWidget( mOriginBox );

  // A plain box: the chart draws with the palette, which a collapsible box's style sheet would override.
  QGroupBox *summaryBox = new QGroupBox( tr( "Selection" ), this );
  summaryBox->setObjectName( QStringLiteral( "summaryBox" ) );
  QVBoxLayout *summaryLayout = new QVBoxLayout( summaryBox );
  mSelectionLabel = wrappedLabel( QStringLiteral( "selectionLabel" ), summaryBox );
  summaryLayout->addWidget( mSelectionLabel );
  mTotalLabel = wrappedLabel( QStringLiteral( "totalLabel" ), summaryBox );
  mTotalLabel->setToolTip( tr( "Sum of the preferred port figures of the selection; national totals are not added" ) );
  summaryLayout->addWidget( mTotalLabel );
  mChart = new AtlasYearChart( summaryBox );
  mChart->setObjectName( QStringLiteral( "yearChart" ) );
  summaryLayout->addWidget( mChart );
  mTopPortsTable = new QTableWidget( 0, 4, summaryBox );
  mTopPortsTable->setObjectName( QStringLiteral( "topPortsTable" ) );
  mTopPortsTable->setHorizontalHeaderLabels( { tr( "Port" ), tr( "Country" ), tr( "Tonnes" ), tr( "Change" ) } );
  mTopPortsTable->horizontalHeaderItem( 3 )->setToolTip(
      tr( "Last selected year versus the year before; empty when either figure is unknown" ) );
  mTopPortsTable->verticalHeader()->setVisible( false );
  mTopPortsTable->setTabKeyNavigation( false ); // arrows move between cells, Tab moves on
  mTopPortsTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTopPortsTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTopPortsTable->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mTopPortsTable->setVerticalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mTopPortsTable->setWordWrap( false );
  mTopPortsTable->setTextElideMode( Qt::ElideRight );
  mTopPortsTable->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  mTopPortsTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mTopPortsTable->setColumnHidden(
      1, true ); // the country is in the port's tooltip: port names stay whole in a narrow dock
  mTopPortsTable->horizontalHeader()->setMinimumSectionSize( 20 );
  mTopPortsTable->setSizePolicy( QSizePolicy::Ignored, QSizePolicy::Fixed );
  summaryLayout->addWidget( mTopPortsTable );
  mRoutesLabel = wrappedLabel( QStringLiteral( "documentedRoutesLabel" ), summaryBox );
  mRoutesLabel->setToolTip( tr( "What is documented per origin: the routes from the chosen origin countries in the "
                                "selection, with their tonnes and years" ) );
  summaryLayout->addWidget( mRoutesLabel );
  layout->addWidget( summaryBox );

  setTabOrder( mYearFromCombo, mYearToCombo );
  setTabOrder( mYearToCombo, mPlayButton );
  setTabOrder( mPlayButton, mResetButton );
  // Each country section: its fold button, then its search box, list and buttons.
  QWidget *destinationFold = mDestinationBox->findChild<QToolButton *>( QStringLiteral( "collapseButton" ) );
  QWidget *originFold = mOriginBox->findChild<QToolButton *>( QStringLiteral( "collapseButton" ) );
  setTabOrder( mResetButton, destinationFold ? destinationFold : mDestinationPicker->firstFocusWidget() );
  if ( destinationFold )
    setTabOrder( destinationFold, mDestinationPicker->firstFocusWidget() );
  setTabOrder( mDestinationPicker, originFold ? originFold : mOriginPicker->firstFocusWidget() );
  if ( originFold )
    setTabOrder( originFold, mOriginPicker->firstFocusWidget() );
  setTabOrder( mOriginPicker, mChart );
  setTabOrder( mChart, mTopPortsTable );

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
  for ( QWidget *widget : { static_cast<QWidget *>( mYearFromCombo ), static_cast<QWidget *>( mYearToCombo ),
                            static_cast<QWidget *>( mPlayButton ), static_cast<QWidget *>( mDestinationPicker ),
                            static_cast<QWidget *>( mOriginPicker ), static_cast<QWidget *>( mResetButton ) } )
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
    const QString path = ReadOnlyGeoPackageSource::fileOfLayerSource( layer->source() );
    return tr( "The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the "
               "layers to "
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
  if ( !filter.originCountries().isEmpty() )
    mOriginBox->setCollapsed( false );
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
  const bool byOrigin = !filter.originCountries().isEmpty();
  const QString destinations =
      AtlasFilterController::countriesText( filter.destinationCountries(), data, tr( "all countries" ) );
  const QString origins = AtlasFilterController::countriesText( filter.originCountries(), data, tr( "all origins" ) );
  // The chosen countries stay in sight above the list, however far it is scrolled.
  mDestinationChosenLabel->setText( filter.destinationCountries().isEmpty()
                                        ? tr( "All shown; check countries to limit the map." )
                                        : tr( "Chosen: %1" ).arg( destinations ) );
  mOriginChosenLabel->setText( filter.originCountries().isEmpty()
                                   ? tr( "All shown; check countries to limit the routes." )
                                   : tr( "Chosen: %1" ).arg( origins ) );
  mSelectionLabel->setText(
      tr( "<b>%1</b> · %2 · origins: %3" )
          .arg( AtlasFilterController::yearsText( filter ), destinations.toHtmlEscaped(), origins.toHtmlEscaped() ) );

  const QVariant total = data.totalTonnes( filter );
  if ( total.isNull() )
    mTotalLabel->setText( tr( "No port figure published for this selection." ) );
  else if ( byOrigin )
    mTotalLabel->setText(
        tr( "%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. "
            "What is documented from %2 is listed below." )
            .arg( locale.toString( total.toDouble(), 'f', 1 ), origins ) );
  else
    mTotalLabel->setText( tr( "%1 t of cocaine seized in these ports (preferred port figures)." )
                              .arg( locale.toString( total.toDouble(), 'f', 1 ) ) );

  const QList<AtlasSeizureData::PortSummary> ports = data.topPorts( filter, TOP_PORTS );
  mTopPortsTable->setRowCount( static_cast<int>( ports.size() ) );
  for ( int row = 0; row < ports.size(); ++row )
  {
    const AtlasSeizureData::PortSummary &port = ports.at( row );
    const QString sources = tr( "Sources:\n%1" ).arg( port.sources );
    const QStringList texts = { port.name, port.countryName, locale.toString( port.tonnes, 'f', 1 ),
                                changeText( port.changeVersusPreviousYear ) };
    for ( int column = 0; column < texts.size(); ++column )
    {
      QTableWidgetItem *item = new QTableWidgetItem( texts.at( column ) );
      item->setToolTip( column == 0 ? tr( "%1 (%2)\n%3" ).arg( port.name, port.countryName, sources ) : sources );
      if ( column >= 2 )
        item->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
      mTopPortsTable->setItem( row, column, item );
    }
  }
  // Every row shown without a scroll bar of its own: the panel scrolls as a whole.
  mTopPortsTable->setFixedHeight( mTopPortsTable->horizontalHeader()->sizeHint().height() +
                                  mTopPortsTable->verticalHeader()->length() + 2 * mTopPortsTable->frameWidth() );
  mRoutesLabel->setText( byOrigin ? routesText( data.documentedRoutes( filter ), origins ) : QString() );
  mRoutesLabel->setVisible( byOrigin );
  mChart->setData( data.years(), data.tonnesPerYear( filter ), filter.yearFrom(), filter.yearTo() );
}

QLabel *AtlasFilterPanel::wrappedLabel( const QString &objectName, QWidget *parent )
{
  QLabel *label = new QLabel( parent );
  label->setObjectName( objectName );
  label->setWordWrap( true ); // narrow docks wrap, never scroll sideways
  label->setTextInteractionFlags( Qt::TextSelectableByMouse );
  return label;
}

QgsCollapsibleGroupBox *AtlasFilterPanel::countrySection( const QString &prefix, const QString &title,
                                                          AtlasCountryPicker **picker, QLabel **chosen )
{
  QgsCollapsibleGroupBox *box = new QgsCollapsibleGroupBox( title, this );
  box->setObjectName( prefix + QStringLiteral( "Box" ) );
  box->setSaveCollapsedState( false );
  box->setFocusPolicy( Qt::NoFocus ); // Tab goes from the fold button to the search box
  QVBoxLayout *boxLayout = new QVBoxLayout( box );
  *chosen = wrappedLabel( prefix + QStringLiteral( "ChosenLabel" ), box );
  boxLayout->addWidget( *chosen );
  *picker = new AtlasCountryPicker( prefix, box );
  boxLayout->addWidget( *picker );
  return box;
}

QString AtlasFilterPanel::changeText( const QVariant &change )
{
  if ( change.isNull() )
    return QString();
  const double tonnes = change.toDouble();
  // U+2212 MINUS SIGN reads as a minus beside the plus; 0.0 has no sign.
  const QString sign = tonnes > 0.05 ? QStringLiteral( "+" ) : tonnes < -0.05 ? QStringLiteral( "\u2212" ) : QString();
  return tr( "%1%2 t" ).arg( sign, QLocale().toString( std::abs( tonnes ), 'f', 1 ) );
}

QString AtlasFilterPanel::routesText( const QList<AtlasSeizureData::DocumentedRoute> &routes, const QString &origins )
{
  if ( routes.isEmpty() )
    return tr( "No documented route from %1 in this selection." ).arg( origins.toHtmlEscaped() );
  const QLocale locale;
  QStringList lines;
  for ( const AtlasSeizureData::DocumentedRoute &route : routes )
  {
    const QString year = route.year > 0 ? QString::number( route.year ) : tr( "year unknown" );
    const QString tonnes = route.tonnes.isNull()
                               ? tr( "tonnes unknown" )
                               : tr( "%1 t" ).arg( locale.toString( route.tonnes.toDouble(), 'f', 1 ) );
    // A route that names no port ("(country of departure)") reads as its country alone.
    const QString origin = route.originName.startsWith( QLatin1Char( '(' ) ) || route.originName.isEmpty()
                               ? route.originCountryName
                               : tr( "%1 (%2)" ).arg( route.originName, route.originCountryName );
    lines << tr( "%1: %2 → %3, %4" ).arg( year, origin.toHtmlEscaped(), route.destinationName.toHtmlEscaped(), tonnes );
  }
  return tr( "<b>Documented routes from %1</b> (%n route(s)):<br>%2", nullptr, static_cast<int>( routes.size() ) )
      .arg( origins.toHtmlEscaped(), lines.join( QLatin1String( "<br>" ) ) );
}
