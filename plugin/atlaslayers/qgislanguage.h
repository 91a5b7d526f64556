/***************************************************************************
  qgislanguage.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef QGISLANGUAGE_H
#define QGISLANGUAGE_H

#include <QString>
#include <qgsapplication.h>

/**
 * \brief The language QGIS shows its own texts in: the translation it loaded (Settings › Options ›
 * General, or qgis --lang), else the language of its locale.
 */
inline QString qgisLanguage()
{
  const auto *application = qobject_cast<QgsApplication *>( QCoreApplication::instance() );
  const QString translation = application ? application->translation() : QString();
  return translation.isEmpty() ? QgsApplication::locale() : translation;
}

#endif // QGISLANGUAGE_H
