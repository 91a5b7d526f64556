/***************************************************************************
  importseizureeventswizard.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importseizureeventswizard.h"

#include "eventsource.h"
#include "headeraliases.h"
#include "importedlayerset.h"
#include "importseizureeventstask.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgstaskmanager.h>

namespace
{
  //! A page whose Next button follows a condition.
  class ConditionalPage : public QWizardPage
  {
    public:
      std::function<bool()> complete = [] { return true; };
      std::function<bool()> validate = [] { return true; };
      std::function<void()> initialize = [] {};
      bool isComplete() const override { return complete(); }
      bool validatePage() override { return validate(); }
      void initializePage() override { initialize(); }
      void notifyCompleteChanged() { emit completeChanged(); }
  };

  QLineEdit *fileChooser( QWidget *page, QLayout *layout, const QString &filter, bool save )
  {
    auto *row = new QHBoxLayout();
    auto *edit = new QLineEdit( page );
    auto *browse = new QPushButton( QObject::tr( "Browse…" ), page );
    row->addWidget( edit );
    row->addWidget( browse );
    static_cast<QVBoxLayout *>( layout )->addLayout( row );
    QObject::connect( browse, &QPushButton::clicked, page, [page, edit, filter, save] {
      const QString path = save ? QFileDialog::getSaveFileName( page, QString(), edit->text(), filter )
                                : QFileDialog::getOpenFileName( page, QString(), edit->text(), filter );
      if ( !path.isEmpty() )
        edit->setText( path );
    } );
    return edit;
  }
} // namespace

ImportSeizureEventsWizard::ImportSeizureEventsWizard( const PortGazetteer &ports, QWidget *parent )
    : QWizard( parent ), mPorts( ports )
{
  setWindowTitle( tr( "Import seizure events" ) );
  addPage( createFilePage() );
  addPage( createColumnsPage() );
  addPage( createCheckPage() );
  addPage( createTargetPage() );
}

QString ImportSeizureEventsWizard::mappingText( const QStringList &chosenColumns )
{
  QStringList entries;
  for ( int field = 0; field < EventColumnMapping::FieldCount && field < chosenColumns.size(); ++field )
  {
    const QString column = chosenColumns.at( field );
    const QString name = EventColumnMapping::fieldName( static_cast<EventColumnMapping::Field>( field ) );
    if ( !column.isEmpty() && column != name )
      entries << QStringLiteral( "%1=%2" ).arg( column, name );
  }
  return entries.join( QLatin1Char( ',' ) );
}

QWizardPage *ImportSeizureEventsWizard::createFilePage()
{
  auto *page = new ConditionalPage();
  page->setTitle( tr( "Your table of seizure events" ) );
  page->setSubTitle(
      tr( "One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed." ) );
  auto *layout = new QVBoxLayout( page );
  mInput = fileChooser( page, layout, tr( "Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)" ), false );
  mInput->setObjectName( QStringLiteral( "inputFile" ) );

  auto *reading = new QFormLayout();
  auto choice = [page, reading]( const QString &name, const QString &label,
                                 const QList<QPair<QString, QString>> &items ) {
    auto *combo = new QComboBox( page );
    combo->setObjectName( name );
    for ( const auto &[text, data] : items )
      combo->addItem( text, data );
    reading->addRow( label, combo );
    return combo;
  };
  mDelimiter = choice( QStringLiteral( "delimiter" ), tr( "Separator" ),
                       { { tr( "Detect" ), QString() },
                         { tr( "Comma ," ), QStringLiteral( "comma" ) },
                         { tr( "Semicolon ;" ), QStringLiteral( "semicolon" ) },
                         { tr( "Tab" ), QStringLiteral( "tab" ) },
                         { tr( "Pipe |" ), QStringLiteral( "pipe" ) } } );
  mEncoding = choice( QStringLiteral( "encoding" ), tr( "Encoding" ),
                      { { tr( "Detect" ), QString() },
                        { QStringLiteral( "UTF-8" ), QStringLiteral( "UTF-8" ) },
                        { QStringLiteral( "Windows-1252" ), QStringLiteral( "windows-1252" ) },
                        { QStringLiteral( "ISO-8859-15" ), QStringLiteral( "ISO-8859-15" ) },
                        { QStringLiteral( "UTF-16" ), QStringLiteral( "UTF-16" ) } } );
  // Any other encoding iconv knows may be typed in.
  mEncoding->setEditable( true );
  mDecimalMark = choice( QStringLiteral( "decimalMark" ), tr( "Decimal mark" ),
                         { { tr( "Detect from the quantities" ), QString() },
                           { tr( "Comma (1.500,5)" ), QStringLiteral( "comma" ) },
                           { tr( "Point (1,500.5)" ), QStringLiteral( "point" ) } } );
  mDateOrder = choice( QStringLiteral( "dateOrder" ), tr( "Day and month" ),
                       { { tr( "Detect from the dates" ), QString() },
                         { tr( "Day first (03/04 = 3 April)" ), QStringLiteral( "dmy" ) },
                         { tr( "Month first (03/04 = 4 March)" ), QStringLiteral( "mdy" ) } } );
  mAllowLarge = new QCheckBox( tr( "Accept single seizures above %1 t" ).arg( ImportOptions::LARGE_TONNES ), page );
  mAllowLarge->setObjectName( QStringLiteral( "allowLarge" ) );
  reading->addRow( QString(), mAllowLarge );
  layout->addLayout( reading );
  mDetected = new QLabel( page );
  mDetected->setObjectName( QStringLiteral( "detectedDialect" ) );
  mDetected->setWordWrap( true );
  layout->addWidget( mDetected );
  mPreview = new QTableWidget( page );
  mPreview->setObjectName( QStringLiteral( "preview" ) );
  mPreview->setEditTriggers( QAbstractItemView::NoEditTriggers );
  layout->addWidget( mPreview );

  page->complete = [this] { return !mInput->text().trimmed().isEmpty(); };
  page->validate = [this] { return readHeader(); };
  connect( mInput, &QLineEdit::textChanged, page, [this, page] {
    updatePreview();
    page->notifyCompleteChanged();
  } );
  for ( QComboBox *combo : { mDelimiter, mDecimalMark, mDateOrder } )
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), page, [this] { updatePreview(); } );
  connect( mEncoding, &QComboBox::currentTextChanged, page, [this] { updatePreview(); } );
  return page;
}

ImportOptions ImportSeizureEventsWizard::readingOptions() const
{
  ImportOptions options;
  QString ignored;
  if ( !mDelimiter->currentData().toString().isEmpty() )
    options.setDelimiter( mDelimiter->currentData().toString(), &ignored );
  // A typed encoding has no item; a chosen one has its iconv name ("Detect": none).
  const int encodingItem = mEncoding->findText( mEncoding->currentText() );
  options.encoding =
      encodingItem >= 0 ? mEncoding->itemData( encodingItem ).toString() : mEncoding->currentText().trimmed();
  if ( !mDecimalMark->currentData().toString().isEmpty() )
    options.setDecimalMark( mDecimalMark->currentData().toString(), &ignored );
  if ( !mDateOrder->currentData().toString().isEmpty() )
    options.setDateOrder( mDateOrder->currentData().toString(), &ignored );
  options.allowLarge = mAllowLarge->isChecked();
  return options;
}

void ImportSeizureEventsWizard::updatePreview()
{
  constexpr int PREVIEW_ROWS = 10;
  mPreview->clear();
  mPreview->setRowCount( 0 );
  mPreview->setColumnCount( 0 );
  const QString input = mInput->text().trimmed();
  if ( input.isEmpty() || ( !input.startsWith( QLatin1String( "PG:" ) ) &&
                            !QFileInfo( input.section( QLatin1Char( '|' ), 0, 0 ) ).isFile() ) )
  {
    mDetected->clear();
    return;
  }
  SourceErrors errors;
  const std::unique_ptr<EventSource> source = EventSource::open( input, readingOptions(), errors );
  if ( !source )
  {
    mDetected->setText( errors.value( 0 ).toString() );
    return;
  }
  mDetected->setText( source->notices().join( QLatin1Char( ' ' ) ) );
  mPreview->setColumnCount( source->header().size() );
  mPreview->setHorizontalHeaderLabels( source->header() );
  EventSource::Row row;
  while ( mPreview->rowCount() < PREVIEW_ROWS && source->next( row, errors ) )
  {
    const int at = mPreview->rowCount();
    mPreview->insertRow( at );
    mPreview->setVerticalHeaderItem( at, new QTableWidgetItem( QString::number( row.line ) ) );
    for ( int column = 0; column < row.values.size(); ++column )
      mPreview->setItem( at, column, new QTableWidgetItem( row.values.at( column ) ) );
  }
}

bool ImportSeizureEventsWizard::readHeader()
{
  SourceErrors errors;
  const std::unique_ptr<EventSource> source = EventSource::open( mInput->text().trimmed(), readingOptions(), errors );
  if ( !source )
  {
    QMessageBox::warning( this, windowTitle(), errors.value( 0 ).toString() );
    return false;
  }
  mHeader = source->header();
  return true;
}

QWizardPage *ImportSeizureEventsWizard::createColumnsPage()
{
  auto *page = new ConditionalPage();
  page->setTitle( tr( "Which column is which" ) );
  page->setSubTitle( tr( "Date, port, quantity and unit are needed. Columns named like a field are chosen already." ) );
  auto *form = new QFormLayout( page );
  for ( int field = 0; field < EventColumnMapping::FieldCount; ++field )
  {
    auto *choice = new QComboBox( page );
    const QString name = EventColumnMapping::fieldName( static_cast<EventColumnMapping::Field>( field ) );
    choice->setObjectName( QStringLiteral( "column_%1" ).arg( name ) );
    form->addRow( EventColumnMapping::isRequired( static_cast<EventColumnMapping::Field>( field ) )
                      ? tr( "%1 (needed)" ).arg( name )
                      : name,
                  choice );
    mColumnChoices << choice;
    connect( choice, qOverload<int>( &QComboBox::currentIndexChanged ), page,
             [page] { page->notifyCompleteChanged(); } );
  }
  page->initialize = [this] {
    for ( int field = 0; field < mColumnChoices.size(); ++field )
    {
      QComboBox *choice = mColumnChoices.at( field );
      choice->clear();
      choice->addItem( tr( "(none)" ), QString() );
      for ( const QString &column : std::as_const( mHeader ) )
        choice->addItem( column, column );
      int same = choice->findData( EventColumnMapping::fieldName( static_cast<EventColumnMapping::Field>( field ) ) );
      // A header in another language (Datum, Hafen, Quantité, ...) is chosen too.
      for ( int i = 0; same < 0 && i < mHeader.size(); ++i )
      {
        if ( HeaderAliases::fieldOf( mHeader.at( i ) ) == field )
          same = i + 1;
      }
      choice->setCurrentIndex( std::max( 0, same ) );
    }
  };
  page->complete = [this] {
    for ( int field = 0; field < mColumnChoices.size(); ++field )
    {
      if ( EventColumnMapping::isRequired( static_cast<EventColumnMapping::Field>( field ) ) &&
           mColumnChoices.at( field )->currentData().toString().isEmpty() )
        return false;
    }
    return true;
  };
  return page;
}

EventColumnMapping ImportSeizureEventsWizard::mapping() const
{
  QStringList chosen;
  for ( QComboBox *choice : mColumnChoices )
    chosen << choice->currentData().toString();
  QString error;
  return EventColumnMapping::fromText( mappingText( chosen ), &error ).value_or( EventColumnMapping() );
}

QWizardPage *ImportSeizureEventsWizard::createCheckPage()
{
  auto *page = new ConditionalPage();
  page->setTitle( tr( "Check" ) );
  page->setSubTitle(
      tr( "Every row is checked as for the atlas's own tables. Nothing is written until every row passes." ) );
  auto *layout = new QVBoxLayout( page );
  mCheckProgress = new QProgressBar( page );
  mCheckProgress->setRange( 0, 100 );
  mCheckReport = new QPlainTextEdit( page );
  mCheckReport->setReadOnly( true );
  mCheckReport->setObjectName( QStringLiteral( "checkReport" ) );
  layout->addWidget( mCheckProgress );
  layout->addWidget( mCheckReport );
  page->initialize = [this] { startCheck(); };
  page->complete = [this] { return mCheckPassed; };
  return page;
}

void ImportSeizureEventsWizard::startCheck()
{
  if ( mCheckTask )
    mCheckTask->cancel();
  mCheckPassed = false;
  mCheckReport->setPlainText( tr( "Checking…" ) );
  auto *task = new ImportSeizureEventsTask( mPorts, mInput->text().trimmed(), mapping(), QString(), false );
  task->setOptions( readingOptions() );
  mCheckTask = task;
  connect( task, &QgsTask::progressChanged, mCheckProgress,
           [this]( double progress ) { mCheckProgress->setValue( static_cast<int>( progress ) ); } );
  connect( task, &ImportSeizureEventsTask::reportReady, this, [this, task]( const ImportReport &report ) {
    if ( task != mCheckTask )
      return; // an older check, superseded
    mCheckProgress->setValue( 100 );
    mCheckPassed = report.succeeded;
    mCheckReport->setPlainText( report.toText() );
    if ( auto *page = dynamic_cast<ConditionalPage *>( currentPage() ) )
      page->notifyCompleteChanged();
  } );
  QgsApplication::taskManager()->addTask( task );
}

QWizardPage *ImportSeizureEventsWizard::createTargetPage()
{
  auto *page = new ConditionalPage();
  page->setTitle( tr( "Save to" ) );
  page->setSubTitle( tr( "A GeoPackage of your own, or a schema of your team's PostGIS. It is written completely or "
                         "not at all; the layers are "
                         "then added to the project." ) );
  auto *layout = new QVBoxLayout( page );
  mDestination = new QComboBox( page );
  mDestination->setObjectName( QStringLiteral( "destination" ) );
  mDestination->addItem( tr( "GeoPackage file" ), QString() );
  if ( QgsProviderMetadata *postgres =
           QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) ) )
  {
    const QStringList names = postgres->connections().keys();
    for ( const QString &name : names )
      mDestination->addItem( tr( "PostGIS connection: %1" ).arg( name ), name );
  }
  layout->addWidget( mDestination );
  mTarget = fileChooser( page, layout, tr( "GeoPackage (*.gpkg)" ), true );
  mTarget->setObjectName( QStringLiteral( "targetFile" ) );
  auto *schemaRow = new QFormLayout();
  mSchema = new QLineEdit( QStringLiteral( "public" ), page );
  schemaRow->addRow( tr( "PostGIS schema" ), mSchema );
  layout->addLayout( schemaRow );
  mReplace = new QCheckBox( tr( "Replace the GeoPackage, or the tables in the schema, if they exist" ), page );
  layout->addWidget( mReplace );
  auto updateFields = [this, page] {
    const bool database = !mDestination->currentData().toString().isEmpty();
    mTarget->setEnabled( !database );
    mSchema->setEnabled( database );
    page->notifyCompleteChanged();
  };
  connect( mDestination, qOverload<int>( &QComboBox::currentIndexChanged ), page, updateFields );
  updateFields();
  page->complete = [this] {
    return mDestination->currentData().toString().isEmpty() ? !mTarget->text().trimmed().isEmpty()
                                                            : !mSchema->text().trimmed().isEmpty();
  };
  connect( mTarget, &QLineEdit::textChanged, page, [page] { page->notifyCompleteChanged(); } );
  connect( mSchema, &QLineEdit::textChanged, page, [page] { page->notifyCompleteChanged(); } );
  return page;
}

void ImportSeizureEventsWizard::accept()
{
  QString target = mTarget->text().trimmed();
  QString geoPackage = target;
  QString postgresUri;
  const QString connectionName = mDestination->currentData().toString();
  if ( !connectionName.isEmpty() )
  {
    QgsProviderMetadata *postgres = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
    QgsAbstractProviderConnection *connection = postgres ? postgres->connections().value( connectionName ) : nullptr;
    if ( !connection )
    {
      QMessageBox::warning( this, windowTitle(),
                            tr( "The PostGIS connection %1 no longer exists." ).arg( connectionName ) );
      return;
    }
    QgsDataSourceUri uri( connection->uri() );
    const QString refused = ImportedLayerSet::storedCredentialsError( uri );
    if ( !refused.isEmpty() )
    {
      QMessageBox::warning( this, windowTitle(),
                            tr( "PostGIS connection %1: %2 Nothing was written." ).arg( connectionName, refused ) );
      return; // refused before writing, not after: the layers could not be added anyway
    }
    uri.setSchema( mSchema->text().trimmed() );
    postgresUri = uri.uri( false );
    // GDAL writes the tables: the authentication configuration is resolved here, in memory only.
    target = QStringLiteral( "PG:%1 active_schema=%2" ).arg( uri.connectionInfo( true ), mSchema->text().trimmed() );
    geoPackage.clear();
  }
  auto *task =
      new ImportSeizureEventsTask( mPorts, mInput->text().trimmed(), mapping(), target, mReplace->isChecked() );
  task->setOptions( readingOptions() );
  connect( task, &ImportSeizureEventsTask::reportReady, this,
           [this, geoPackage, postgresUri]( const ImportReport &report ) {
             emit importEnded( report.succeeded, geoPackage, postgresUri, report.toText() );
           } );
  QgsApplication::taskManager()->addTask( task );
  QWizard::accept();
}
