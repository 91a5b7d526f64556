/***************************************************************************
  atlasyearchart.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasyearchart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

AtlasYearChart::AtlasYearChart( QWidget *parent ) : QWidget( parent )
{
  setFocusPolicy( Qt::StrongFocus );
  setToolTip( tr( "Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to "
                  "show that year." ) );
  setAccessibleName( tr( "Tonnes per year" ) );
}

void AtlasYearChart::setData( const QList<int> &years, const QMap<int, double> &tonnes, int selectedFrom,
                              int selectedTo )
{
  mYears = years;
  mTonnes = tonnes;
  mSelectedFrom = selectedFrom;
  mSelectedTo = selectedTo;
  mFocusIndex = std::clamp( mFocusIndex, 0, std::max( 0, static_cast<int>( mYears.size() ) - 1 ) );
  update();
}

QSize AtlasYearChart::sizeHint() const
{
  return QSize( 260, 120 );
}

QSize AtlasYearChart::minimumSizeHint() const
{
  return QSize( 120, 80 );
}

QRect AtlasYearChart::plotRect() const
{
  const int textHeight = fontMetrics().height();
  return rect().adjusted( 4, textHeight + 4, -4, -( textHeight + 4 ) );
}

QRect AtlasYearChart::barRect( int year ) const
{
  const int index = static_cast<int>( mYears.indexOf( year ) );
  if ( index < 0 )
    return QRect();
  const QRect plot = plotRect();
  const double width = static_cast<double>( plot.width() ) / mYears.size();
  return QRect( plot.left() + static_cast<int>( index * width ), rect().top(), std::max( 1, static_cast<int>( width ) ),
                rect().height() );
}

int AtlasYearChart::yearAt( const QPoint &position ) const
{
  for ( int year : mYears )
  {
    if ( barRect( year ).contains( position ) )
      return year;
  }
  return 0;
}

void AtlasYearChart::paintEvent( QPaintEvent * )
{
  QPainter painter( this );
  painter.setRenderHint( QPainter::Antialiasing, true );
  const QPalette palette = this->palette();
  painter.fillRect( rect(), palette.color( QPalette::Base ) );
  if ( mYears.isEmpty() )
  {
    painter.setPen( palette.color( QPalette::PlaceholderText ) );
    painter.drawText( rect(), Qt::AlignCenter | Qt::TextWordWrap, tr( "No years to show" ) );
    return;
  }
  const QRect plot = plotRect();
  double maximum = 0;
  for ( double value : mTonnes )
    maximum = std::max( maximum, value );
  const QLocale locale;
  for ( int index = 0; index < mYears.size(); ++index )
  {
    const int year = mYears.at( index );
    const QRect column = barRect( year );
    const bool selected =
        ( mSelectedFrom <= 0 || year >= mSelectedFrom ) && ( mSelectedTo <= 0 || year <= mSelectedTo );
    const QRect labelRect( column.left(), plot.bottom() + 2, column.width(), fontMetrics().height() );
    painter.setPen( palette.color( QPalette::Text ) );
    painter.drawText( labelRect, Qt::AlignCenter,
                      QStringLiteral( "'%1" ).arg( year % 100, 2, 10, QLatin1Char( '0' ) ) );
    if ( !mTonnes.contains( year ) )
    {
      painter.setPen( palette.color( QPalette::PlaceholderText ) );
      painter.drawText(
          QRect( column.left(), plot.bottom() - fontMetrics().height(), column.width(), fontMetrics().height() ),
          Qt::AlignCenter, QStringLiteral( "–" ) );
      continue;
    }
    const double value = mTonnes.value( year );
    const int height = maximum > 0 ? static_cast<int>( plot.height() * value / maximum ) : 0;
    const QRect bar( column.left() + 2, plot.bottom() - height, std::max( 1, column.width() - 4 ), height );
    QColor colour = palette.color( QPalette::Highlight );
    if ( !selected )
      colour = palette.color( QPalette::Mid );
    painter.fillRect( bar, colour );
    painter.setPen( palette.color( QPalette::Text ) );
    painter.drawText(
        QRect( column.left(), bar.top() - fontMetrics().height(), column.width(), fontMetrics().height() ),
        Qt::AlignCenter, locale.toString( value, 'f', 0 ) );
    if ( hasFocus() && index == mFocusIndex )
    {
      painter.setPen( QPen( palette.color( QPalette::Text ), 1, Qt::DotLine ) );
      painter.drawRect( column.adjusted( 0, 0, -1, -1 ) );
    }
  }
}

void AtlasYearChart::mousePressEvent( QMouseEvent *event )
{
#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
  const int year = yearAt( event->position().toPoint() );
#else
  const int year = yearAt( event->pos() );
#endif
  if ( year > 0 && event->button() == Qt::LeftButton )
  {
    mFocusIndex = static_cast<int>( mYears.indexOf( year ) );
    emit yearClicked( year );
  }
  QWidget::mousePressEvent( event );
}

void AtlasYearChart::keyPressEvent( QKeyEvent *event )
{
  if ( mYears.isEmpty() )
  {
    QWidget::keyPressEvent( event );
    return;
  }
  switch ( event->key() )
  {
  case Qt::Key_Left:
    mFocusIndex = std::max( 0, mFocusIndex - 1 );
    update();
    break;
  case Qt::Key_Right:
    mFocusIndex = std::min( static_cast<int>( mYears.size() ) - 1, mFocusIndex + 1 );
    update();
    break;
  case Qt::Key_Return:
  case Qt::Key_Enter:
  case Qt::Key_Space:
    emit yearClicked( mYears.at( mFocusIndex ) );
    break;
  default:
    QWidget::keyPressEvent( event );
  }
}

bool AtlasYearChart::event( QEvent *event )
{
  if ( event->type() == QEvent::ToolTip )
  {
    QHelpEvent *help = static_cast<QHelpEvent *>( event );
    const int year = yearAt( help->pos() );
    if ( year > 0 )
    {
      const QString text = mTonnes.contains( year ) ? tr( "%1: %2 t (preferred port figures)" )
                                                          .arg( year )
                                                          .arg( QLocale().toString( mTonnes.value( year ), 'f', 1 ) )
                                                    : tr( "%1: no port figure published" ).arg( year );
      QToolTip::showText( help->globalPos(), text, this );
      return true;
    }
  }
  return QWidget::event( event );
}
