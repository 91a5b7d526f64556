/***************************************************************************
  printtextfit.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTTEXTFIT_H
#define PRINTTEXTFIT_H

#include <QFont>
#include <QString>

class QgsLayoutItemLegend;

/**
 * \brief Measures text as a layout label draws it (word-wrapped at its width) and legends as they
 * draw themselves, so the print can size and place its items before they are drawn and never clip one.
 */
namespace PrintTextFit
{
  /**
   * \brief Returns the height (mm) \a text takes in a label \a width mm wide with \a font, its
   * lines wrapped at spaces; -1 when a word (a long link) is wider than the label and would be cut.
   */
  double wrappedHeight( const QFont &font, const QString &text, double width );

  /**
   * \brief Sizes \a legend to its content now: a legend measures itself only once it has been
   * painted, so it is painted once off screen first.
   */
  void fitLegendToContent( QgsLayoutItemLegend *legend );

  /**
   * \brief Returns \a font drawn without typographic ligatures, for text a reader copies: a link
   * copied from a PDF must read "narcotrafico", not "narcotraﬁco".
   */
  QFont withoutLigatures( QFont font );
} // namespace PrintTextFit

#endif // PRINTTEXTFIT_H
