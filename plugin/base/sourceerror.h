/***************************************************************************
  sourceerror.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SOURCEERROR_H
#define SOURCEERROR_H

#include <QList>
#include <QString>

/**
 * \brief One problem found while reading or checking a source table: the data build's tables in
 * layers/ or the table an analyst imports.
 *
 * Errors are values, never exceptions: every reader and check returns the full list, so the
 * user sees every problem of a run at once. An error names the file, the physical line the
 * record starts on (1 is the header, 0 when the problem concerns the whole file), the column
 * (empty when it concerns the whole record or file), the id of the rule that failed (see
 * SourceRule, DataBuildRule and ImportRule) and a sentence saying what was found and what was expected.
 */
class SourceError
{
  public:
    //! Creates an empty error (no file, line 0).
    SourceError() = default;

    /**
     * \brief Creates an error in \a file at \a line, in column \a column, for the rule \a ruleId,
     * described by \a message.
     */
    SourceError( const QString &file, int line, const QString &column, const QString &ruleId, const QString &message );

    //! \brief Returns the path of the file the error was found in.
    QString file() const { return mFile; }

    //! \brief Returns the physical line the record starts on (1 = header, 0 = whole file).
    int line() const { return mLine; }

    //! \brief Returns the name of the column (empty when the error concerns the whole record or file).
    QString column() const { return mColumn; }

    //! \brief Returns the id of the rule that failed, e.g. "unlocode.duplicate".
    QString ruleId() const { return mRuleId; }

    //! \brief Returns the description of the problem.
    QString message() const { return mMessage; }

    /**
     * \brief Returns the error as one line a compiler-aware editor can jump to:
     * `file:line: column 'x': message [rule]`. The line and column parts are left out when
     * they do not apply.
     */
    QString toString() const;

    //! \brief Returns TRUE when all five parts of this error and \a other are equal.
    bool operator==( const SourceError &other ) const;

    //! \brief Returns TRUE when any part of this error and \a other differs.
    bool operator!=( const SourceError &other ) const { return !( *this == other ); }

  private:
    QString mFile;
    int mLine = 0;
    QString mColumn;
    QString mRuleId;
    QString mMessage;
};

//! A list of errors, in the order they were found.
using SourceErrors = QList<SourceError>;

#endif // SOURCEERROR_H
