/***************************************************************************
  atlasyearchart.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASYEARCHART_H
#define ATLASYEARCHART_H

#include <QList>
#include <QMap>
#include <QWidget>

/**
 * \brief A small bar chart of tonnes per year, drawn with QPainter in the widget's palette
 * colours (readable in light and dark themes). Years without a figure show no bar and a dash,
 * never a zero bar. Clicking a bar, or pressing Enter on the focused year, selects that year.
 */
class AtlasYearChart : public QWidget
{
    Q_OBJECT

  public:
    /**
     * \brief Creates an empty chart with \a parent.
     */
    explicit AtlasYearChart( QWidget *parent = nullptr );

    /**
     * \brief Shows the years \a years with the tonnes \a tonnes (years absent from it are unknown)
     * and highlights the years from \a selectedFrom to \a selectedTo (0: open end).
     */
    void setData( const QList<int> &years, const QMap<int, double> &tonnes, int selectedFrom, int selectedTo );

    /**
     * \brief Returns the rectangle of the bar column of \a year (for tests and tooltips); empty when not shown.
     */
    QRect barRect( int year ) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  signals:
    //! The user clicked the bar of \a year.
    void yearClicked( int year );

  protected:
    void paintEvent( QPaintEvent *event ) override;
    void mousePressEvent( QMouseEvent *event ) override;
    void keyPressEvent( QKeyEvent *event ) override;
    bool event( QEvent *event ) override;

  private:
    int yearAt( const QPoint &position ) const;
    QRect plotRect() const;

    QList<int> mYears;
    QMap<int, double> mTonnes;
    int mSelectedFrom = 0;
    int mSelectedTo = 0;
    int mFocusIndex = 0;
};

#endif // ATLASYEARCHART_H
