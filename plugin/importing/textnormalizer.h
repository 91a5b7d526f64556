/***************************************************************************
  textnormalizer.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef TEXTNORMALIZER_H
#define TEXTNORMALIZER_H

#include <QString>

/**
 * \brief Folds names for matching: the way a port or a month is spelled in an analyst's
 * table (case, accents, punctuation) must not decide whether it is recognised.
 */
namespace TextNormalizer
{
  /**
   * \brief Returns \a text in lower case, without accents (é → e, ß kept as ss), with every run
   * of characters that are neither letters nor digits replaced by one space, trimmed.
   */
  QString foldForMatching( const QString &text );

  //! \brief Returns the Levenshtein edit distance between \a a and \a b.
  int editDistance( const QString &a, const QString &b );
} // namespace TextNormalizer

#endif // TEXTNORMALIZER_H
