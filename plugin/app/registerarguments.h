/***************************************************************************
  registerarguments.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef REGISTERARGUMENTS_H
#define REGISTERARGUMENTS_H

#include <QString>
#include <QStringList>

/**
 * \brief The command line of `port-seizure-atlas register|unregister`, parsed without acting on
 * it: what to do, and with which profile and plugin folder.
 */
struct RegisterArguments
{
    //! \brief What the command line asks for.
    enum class Outcome
    {
      Run,      //!< change the profile with the options below
      ShowHelp, //!< print message (the help text) and stop
      Error     //!< print message (what is wrong) and stop with exit code 2
    };

    //! What the command line asks for.
    Outcome outcome = Outcome::Error;
    //! The help text or the error for the user; empty for Outcome::Run.
    QString message;
    //! The QGIS profiles folder (as for qgis --profiles-path).
    QString profilesPath;
    //! The profile name.
    QString profileName;
    //! The folder holding the plugin library as given with --plugin-dir; empty when not given.
    QString pluginDirectory;
    //! TRUE when --create-profile was given (register only).
    bool createProfile = false;

    /**
     * \brief Parses \a arguments (the program name and the subcommand first) of `register`, or of
     * `unregister` when \a unregister is TRUE. \a libraryBaseName names the plugin library in the
     * help text.
     */
    static RegisterArguments parse( const QStringList &arguments, bool unregister, const QString &libraryBaseName );
};

#endif // REGISTERARGUMENTS_H
