/***************************************************************************
  atlasprintdialog.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasprintdialog.h"

#include "atlasprintexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <qgsfileutils.h>
#include <qgsproject.h>
#include <qgssettings.h>

namespace
{
  //! Returns the existing folder closest to \a path (a folder or a file), empty when \a path is empty.
  QString existingFolder( const QString &path )
  {
    if ( path.trimmed().isEmpty() )
      return QString();
    const QFileInfo closest( QgsFileUtils::findClosestExistingPath( path ) );
    return closest.isDir() ? closest.absoluteFilePath() : QString();
  }
} // namespace

QString AtlasPrintDialog::defaultOutputFile( const QgsProject *project )
{
  // QGIS's layout designer keeps the last export folder in the project and in the user's settings.
  const QStringList candidates{
      project ? project->readEntry( QStringLiteral( "Layouts" ), QStringLiteral( "/lastLayoutExportDir" ) ) : QString(),
      QgsSettings().value( QStringLiteral( "lastLayoutExportDir" ), QString(), QgsSettings::App ).toString(),
      project ? project->homePath() : QString() };
  QString folder = QDir::homePath();
  for ( const QString &candidate : candidates )
  {
    const QString existing = existingFolder( candidate );
    // The closest existing path of a lost folder may be "/": only a folder that was named or its parent counts.
    if ( !existing.isEmpty() && existing != QDir::rootPath() )
    {
      folder = existing;
      break;
    }
  }
  return QDir( folder ).filePath( QStringLiteral( "port-seizure-atlas.pdf" ) );
}

namespace
{
  //! The "Pages" choice of a change map (the other choices are PrintOptions::Atlas values).
  constexpr int CHANGE_MAP = 100;
} // namespace

AtlasPrintDialog::AtlasPrintDialog( const QString &outputFile, QWidget *parent ) : QDialog( parent )
{
  setWindowTitle( tr( "Print the Port Seizure Atlas map" ) );
  QFormLayout *form = new QFormLayout( this );

  mPaper = new QComboBox( this );
  mPaper->setObjectName( QStringLiteral( "paperCombo" ) );
  mPaper->addItem( tr( "A4 landscape" ), static_cast<int>( PrintOptions::Paper::A4 ) );
  mPaper->addItem( tr( "A3 landscape" ), static_cast<int>( PrintOptions::Paper::A3 ) );
  mPaper->setToolTip(
      tr( "Paper of the layout; the layout is kept in the project's Layout Manager and can be edited there." ) );
  form->addRow( tr( "&Paper" ), mPaper );

  mAtlas = new QComboBox( this );
  mAtlas->setObjectName( QStringLiteral( "atlasCombo" ) );
  mAtlas->addItem( tr( "One map of the selection" ), static_cast<int>( PrintOptions::Atlas::None ) );
  mAtlas->addItem( tr( "Atlas: one page per port with figures" ), static_cast<int>( PrintOptions::Atlas::Port ) );
  mAtlas->addItem( tr( "Atlas: one page per country with figures" ), static_cast<int>( PrintOptions::Atlas::Country ) );
  mAtlas->addItem( tr( "Change map: the last year shown against the first" ), CHANGE_MAP );
  mAtlas->setToolTip( tr( "An atlas is exported as one multi-page PDF. A change map compares the first and the last "
                          "year of the selection (a single year: against the year before)." ) );
  form->addRow( tr( "&Pages" ), mAtlas );

  mDpi = new QSpinBox( this );
  mDpi->setObjectName( QStringLiteral( "dpiSpin" ) );
  mDpi->setRange( 72, 1200 );
  mDpi->setValue( 300 );
  mDpi->setSuffix( tr( " dpi" ) );
  mDpi->setToolTip( tr( "Resolution of PNG output (PDF and SVG stay vector)." ) );
  mDpiLabel = new QLabel( tr( "&Resolution" ), this );
  mDpiLabel->setBuddy( mDpi );
  form->addRow( mDpiLabel, mDpi );

  QWidget *fileRow = new QWidget( this );
  QHBoxLayout *fileLayout = new QHBoxLayout( fileRow );
  fileLayout->setContentsMargins( 0, 0, 0, 0 );
  mOutputFile = new QLineEdit( outputFile, fileRow );
  mOutputFile->setObjectName( QStringLiteral( "outputFileEdit" ) );
  mOutputFile->setToolTip( tr( "A .pdf, .png or .svg file; the extension picks the format." ) );
  QPushButton *browse = new QPushButton( tr( "&Browse…" ), fileRow );
  fileLayout->addWidget( mOutputFile, 1 );
  fileLayout->addWidget( browse );
  form->addRow( tr( "&File" ), fileRow );

  mProblem = new QLabel( this );
  mProblem->setObjectName( QStringLiteral( "problemLabel" ) );
  mProblem->setWordWrap( true );
  form->addRow( mProblem );

  mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  mButtons->button( QDialogButtonBox::Ok )->setText( tr( "&Print" ) );
  form->addRow( mButtons );

  connect( browse, &QPushButton::clicked, this, &AtlasPrintDialog::browse );
  connect( mOutputFile, &QLineEdit::textChanged, this, &AtlasPrintDialog::validate );
  connect( mAtlas, qOverload<int>( &QComboBox::currentIndexChanged ), this, &AtlasPrintDialog::validate );
  connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  validate();
}

PrintOptions AtlasPrintDialog::options() const
{
  PrintOptions options;
  options.paper = static_cast<PrintOptions::Paper>( mPaper->currentData().toInt() );
  options.changeMap = mAtlas->currentData().toInt() == CHANGE_MAP;
  options.atlas =
      options.changeMap ? PrintOptions::Atlas::None : static_cast<PrintOptions::Atlas>( mAtlas->currentData().toInt() );
  options.dpi = mDpi->value();
  return options;
}

QString AtlasPrintDialog::outputFile() const
{
  return mOutputFile->text().trimmed();
}

void AtlasPrintDialog::browse()
{
  const QString filters = options().atlas == PrintOptions::Atlas::None
                              ? tr( "PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)" )
                              : tr( "PDF (*.pdf)" );
  const QString file = QFileDialog::getSaveFileName( this, tr( "Print to" ), outputFile(), filters );
  if ( !file.isEmpty() )
    mOutputFile->setText( file );
}

void AtlasPrintDialog::validate()
{
  // A resolution only means something for an image: PDF and SVG stay vector.
  const bool raster = PrintOptions::formatFromFileName( outputFile() ) == PrintOptions::Format::Png;
  mDpi->setVisible( raster );
  mDpiLabel->setVisible( raster );
  const QString problem = outputFile().isEmpty() ? tr( "Choose a file to print to." )
                                                 : AtlasPrintExporter::checkDestination( outputFile(), options() );
  mProblem->setText( problem );
  mProblem->setVisible( !problem.isEmpty() );
  mButtons->button( QDialogButtonBox::Ok )->setEnabled( problem.isEmpty() );
}
