/***************************************************************************
  printarguments.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTARGUMENTS_H
#define PRINTARGUMENTS_H

#include "printoptions.h"

#include <QStringList>

/**
 * \brief The options of `port-seizure-atlas print`, read from the command line without touching
 * any file or QGIS (so it can be tested and fuzzed on its own). Whether the years and countries
 * exist in the data is checked later, against the data.
 */
struct PrintArguments
{
    //! First and last year shown; 0 leaves that end open.
    int yearFrom = 0;
    int yearTo = 0;
    //! --compare: the earlier and the later year of the change map; 0 without --compare.
    int compareBefore = 0;
    int compareAfter = 0;
    //! Destination countries (ISO 3166-1 alpha-2, upper case); empty for all.
    QStringList countries;
    //! Origin and transit countries of the routes; empty for all.
    QStringList originCountries;
    //! Paper, atlas and resolution.
    PrintOptions options;
    //! Output file (.pdf, .png or .svg).
    QString out;
    /**
     * Data to print, in the order given: a GeoPackage of the plugin's data, or imported seizure
     * events (a GeoPackage or a PostgreSQL connection). Empty for the plugin's embedded data.
     */
    QStringList data;
    //! Layout template to use instead of the built-in one (the panel passes the project's layout).
    QString layoutTemplate;
    //! Folder of <table>.qml styles to apply to the plugin layers (the panel passes the project's styles).
    QString stylesFolder;
    //! Print "progress N" lines for a caller that shows progress.
    bool progress = false;
    //! --help was asked for.
    bool help = false;

    /**
     * \brief Reads \a arguments (the words after "print"). Returns false with \a error set, naming
     * the option and the value, when an option is unknown, lacks its value or has a bad value.
     */
    static bool parse( const QStringList &arguments, PrintArguments *result, QString *error );

    /**
     * \brief Returns the usage text of the print command.
     */
    static QString usage();
};

#endif // PRINTARGUMENTS_H
