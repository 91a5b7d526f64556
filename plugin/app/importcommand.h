/***************************************************************************
  importcommand.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTCOMMAND_H
#define IMPORTCOMMAND_H

#include "importoptions.h"

#include <QString>
#include <QStringList>

/**
 * \brief The options of `port-seizure-atlas import`, as read from the command line.
 */
struct ImportArguments
{
    //! The table to import (file, optionally `|layername=NAME`, or `PG:...`).
    QString input;
    //! The GeoPackage path or PostgreSQL connection to write.
    QString target;
    //! The column mapping text of --map (`column=field,...`), may be empty.
    QString mapping;
    //! The atlas GeoPackage holding the ports; empty: the one installed with the plugin.
    QString portsGeoPackage;
    //! How the input is read: --delimiter, --encoding, --decimal, --date-order, --allow-large.
    ImportOptions options;
    //! Replace an existing target.
    bool replace = false;
    //! Only check the input, write nothing.
    bool checkOnly = false;
    //! Print the help text and do nothing else.
    bool help = false;
    //! Why the arguments cannot be used; empty when they can.
    QString error;
};

/**
 * \brief Reads the arguments of `port-seizure-atlas import` from \a arguments (the program
 * name and "import" first). Never throws and never touches files, so it can be fuzzed: any
 * problem ends up in ImportArguments::error.
 */
ImportArguments parseImportArguments( const QStringList &arguments );

/**
 * \brief `port-seizure-atlas import --in FILE --out TARGET [--map column=field,...]`: imports an
 * analyst's seizure events into a GeoPackage or PostGIS, all or nothing.
 */
class ImportCommand
{
  public:
    //! \brief The help text of the command.
    static QString usage();

    /**
     * \brief Runs the command with \a arguments (the program name and "import" first);
     * returns the exit code: 0 imported, 1 refused (the report says why), 2 bad arguments.
     */
    static int run( const QStringList &arguments );
};

#endif // IMPORTCOMMAND_H
