/***************************************************************************
  importreport.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTREPORT_H
#define IMPORTREPORT_H

#include "seizureeventvalidator.h"
#include "sourceerror.h"

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * \brief What an import did: how many events were read and written, or why nothing was
 * written: every error (file, line, column, rule), the port values that matched no port with
 * the nearest port names, and the columns left out.
 */
struct ImportReport
{
    //! TRUE when the events were written (all of them); FALSE leaves the target untouched.
    bool succeeded = false;
    //! TRUE when the input was only checked (nothing is written even when it is valid).
    bool checkOnly = false;
    //! TRUE when the user cancelled the import.
    bool cancelled = false;
    //! Rows read from the source (broken rows included).
    long long rowsRead = 0;
    //! Events written to the target.
    long long eventsWritten = 0;
    //! The errors kept (at most MAX_ERRORS).
    SourceErrors errors;
    //! Errors found beyond MAX_ERRORS (counted, not kept).
    long long errorsNotKept = 0;
    //! Port values that matched no port of the atlas.
    QMap<QString, SeizureEventValidator::UnmatchedPort> unmatchedPorts;
    //! Columns of the source that are no event field.
    QStringList ignoredColumns;
    //! How the input was read: separator, encoding, decimal mark, date order, columns and port names recognised.
    QStringList notices;
    //! What the analyst should know about a successful import (e.g. routes without lines).
    QStringList warnings;
    //! The failure of the target (cannot create, write or commit), or empty.
    QString targetError;

    //! \brief The number of errors kept in the report; the others are only counted.
    static constexpr int MAX_ERRORS = 1000;

    //! \brief Adds \a newErrors, keeping at most MAX_ERRORS.
    void addErrors( const SourceErrors &newErrors );

    //! \brief Returns the total number of errors found.
    long long errorCount() const { return errors.size() + errorsNotKept; }

    //! \brief Returns the report as text for a terminal or a log, one error a line.
    QString toText() const;
};

#endif // IMPORTREPORT_H
