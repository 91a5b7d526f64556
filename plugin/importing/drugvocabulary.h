/***************************************************************************
  drugvocabulary.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DRUGVOCABULARY_H
#define DRUGVOCABULARY_H

#include <QString>
#include <QStringList>

#include <optional>

/**
 * \brief The small vocabulary drugs are stored in (cocaine, cannabis resin, herbal cannabis,
 * heroin, amphetamine, methamphetamine, MDMA, other), read from their names in English,
 * German, Dutch, French, Spanish, Italian and Portuguese (Kokain, cocaïne, cocaína, Haschisch,
 * wiet, ...), case and accents ignored.
 */
namespace DrugVocabulary
{
  //! \brief Returns the names drugs are stored under.
  QStringList storedNames();

  /**
   * \brief Returns the stored name of the drug \a text names, or no value with a \a problem
   * that names the closest known names.
   */
  std::optional<QString> storedName( const QString &text, QString *problem );
} // namespace DrugVocabulary

#endif // DRUGVOCABULARY_H
