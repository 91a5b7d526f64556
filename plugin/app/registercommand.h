/***************************************************************************
  registercommand.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef REGISTERCOMMAND_H
#define REGISTERCOMMAND_H

#include <QStringList>

/**
 * \brief `port-seizure-atlas register|unregister`: adds a build or install folder of the
 * plugin to a QGIS profile and enables the plugin there, or removes it again.
 */
class RegisterCommand
{
  public:
    /**
     * \brief Runs the command with \a arguments (the program name and the subcommand first);
     * returns the process exit code. \a unregister selects removal.
     */
    static int run( const QStringList &arguments, bool unregister );

    /**
     * \brief Returns the plugin folder next to the running program: `<bin>/../plugins` in a
     * build tree, `<prefix>/lib/qgis/plugins` in an install. Empty when neither holds the plugin.
     */
    static QString defaultPluginDirectory();
};

#endif // REGISTERCOMMAND_H
