/***************************************************************************
  printcommand.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTCOMMAND_H
#define PRINTCOMMAND_H

#include <QString>

#include <QStringList>

/**
 * \brief `port-seizure-atlas print`: prints the map of the chosen years and countries to PDF, PNG
 * or SVG without a display, from the embedded data or a GeoPackage.
 */
class PrintCommand
{
  public:
    /**
     * \brief Runs the command with \a argc / \a argv (argv[1] is "print") in \a language (one of
     * PluginTranslation::LANGUAGES) and returns the exit status: 0 written, 1 could not be
     * written (nothing left behind), 2 bad argument.
     */
    static int run( int argc, char *argv[], const QString &language );
};

#endif // PRINTCOMMAND_H
