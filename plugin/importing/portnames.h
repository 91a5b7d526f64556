/***************************************************************************
  portnames.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTNAMES_H
#define PORTNAMES_H

#include <QString>
#include <QVector>

/**
 * \brief Other names of the atlas's ports: UN/LOCODE's own local names (Antwerpen, Göteborg,
 * Gdańsk) and common exonyms (Anvers, Amberes, Leghorn), as kept with their sources in
 * resources/import/port_names.csv and compiled in.
 */
namespace PortNames
{
  //! \brief One other name of a port.
  struct Entry
  {
      //! The port's UN/LOCODE.
      QString locode;
      //! The name, with its diacritics.
      QString name;
      //! "local" (UN/LOCODE's own name) or "exonym".
      QString kind;
      //! ISO 639-1 code of an exonym's language; empty for a local name.
      QString language;
  };

  //! \brief Returns the names of resources/import/port_names.csv.
  const QVector<Entry> &entries();

  //! \brief Returns the text of resources/import/port_names.csv as compiled in.
  const char *csvText();
} // namespace PortNames

#endif // PORTNAMES_H
