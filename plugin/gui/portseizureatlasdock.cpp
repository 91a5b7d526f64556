/***************************************************************************
  portseizureatlasdock.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portseizureatlasdock.h"
#include "atlasfiltercontroller.h"
#include "atlasfilterpanel.h"
#include "importedatlasdatasource.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <qgsproject.h>

const QString PortSeizureAtlasDock::OBJECT_NAME = QStringLiteral( "PortSeizureAtlasDock" );

PortSeizureAtlasDock::PortSeizureAtlasDock( QWidget *parent ) : QgsDockWidget( tr( "Port Seizure Atlas" ), parent )
{
  setObjectName( OBJECT_NAME );
  QWidget *content = new QWidget( this );
  QVBoxLayout *layout = new QVBoxLayout( content );

  QLabel *intro = new QLabel( tr( "Cocaine seizures in European seaports, year by year, and the sea routes "
                                  "they arrive by. Every figure carries its source." ),
                              content );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  mStatusLabel = new QLabel( content );
  mStatusLabel->setObjectName( QStringLiteral( "statusLabel" ) );
  mStatusLabel->setWordWrap( true );
  mStatusLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mAddLayersButton = new QToolButton( content );
  mAddLayersButton->setObjectName( QStringLiteral( "addLayersButton" ) );
  mAddLayersButton->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
  mAddLayersButton->setVisible( false );
  layout->addWidget( mAddLayersButton );

  ImportedAtlasDataSource::registerWithPanel(); // projects may hold an analyst's imported layers
  mFilterController = new AtlasFilterController( QgsProject::instance(), this );
  mFilterPanel = new AtlasFilterPanel( mFilterController, content );
  mFilterPanel->setObjectName( QStringLiteral( "filterPanel" ) );
  connect( mFilterController, &AtlasFilterController::restoreFailed, this, [this]( const QString &problem ) {
    setStatusText( tr( "The filter saved in this project could not be read (%1). All years and countries are shown." )
                       .arg( problem ) );
  } );
  layout->addWidget( mFilterPanel );

  mPrintButton = new QToolButton( content );
  mPrintButton->setObjectName( QStringLiteral( "printButton" ) );
  mPrintButton->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
  mPrintButton->setVisible( false );
  layout->addWidget( mPrintButton );

  layout->addWidget( mStatusLabel );
  layout->addStretch( 1 );

  QScrollArea *scroll = new QScrollArea( this );
  scroll->setWidgetResizable( true );
  scroll->setFrameShape( QFrame::NoFrame );
  scroll->setWidget( content );
  setWidget( scroll );
}

void PortSeizureAtlasDock::setAddLayersAction( QAction *action )
{
  mAddLayersButton->setDefaultAction( action );
  mAddLayersButton->setVisible( action );
}

void PortSeizureAtlasDock::setPrintAction( QAction *action )
{
  mPrintButton->setDefaultAction( action );
  mPrintButton->setVisible( action );
}

void PortSeizureAtlasDock::setStatusText( const QString &text )
{
  mStatusLabel->setText( text );
}
