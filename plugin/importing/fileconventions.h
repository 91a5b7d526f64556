/***************************************************************************
  fileconventions.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef FILECONVENTIONS_H
#define FILECONVENTIONS_H

#include "importoptions.h"

#include <QString>
#include <QStringList>

#include <functional>

/**
 * \brief The decimal mark and the order of day and month of one file, decided once for the
 * whole file, never per cell.
 *
 * A convention given in ImportOptions wins. Otherwise the first value of the file that reads
 * only one way decides it (0,8 or 2.350,5: decimal comma; 1.25 or 1,234.5: decimal point;
 * 25/12/2021: day first; 12/25/2021: month first). Values are observed as the rows are read;
 * when a value that reads two ways comes before any evidence, the whole file is scanned once
 * for it (setScan) before the value is refused.
 */
class FileConventions
{
  public:
    //! \brief Called with the conventions to observe every quantity and date of the file.
    using Scan = std::function<void( FileConventions & )>;

    //! \brief Creates the conventions of a file read with \a options.
    explicit FileConventions( const ImportOptions &options );

    //! \brief Sets the function that reads the whole file once when evidence is needed.
    void setScan( const Scan &scan ) { mScan = scan; }

    //! \brief Takes \a text, a quantity on \a line, as evidence of the decimal mark.
    void observeQuantity( const QString &text, int line );

    //! \brief Takes \a text, a date on \a line, as evidence of the order of day and month.
    void observeDate( const QString &text, int line );

    //! \brief Returns the decimal mark, scanning the file first when \a needed and not yet known.
    ImportOptions::DecimalMark decimalMark( bool needed = false );

    //! \brief Returns the order of day and month, scanning the file first when \a needed and not yet known.
    ImportOptions::DateOrder dateOrder( bool needed = false );

    //! \brief Returns TRUE when both conventions are known.
    bool complete() const;

    //! \brief Returns where the decimal mark comes from ("--decimal comma", "line 3: '0,8'"), or empty.
    QString decimalMarkReason() const { return mDecimalReason; }

    //! \brief Returns where the order of day and month comes from, or empty.
    QString dateOrderReason() const { return mDateReason; }

    //! \brief Returns the conventions used, for the report.
    QStringList notices() const;

  private:
    void scanOnce();

    ImportOptions::DecimalMark mDecimalMark;
    ImportOptions::DateOrder mDateOrder;
    QString mDecimalReason;
    QString mDateReason;
    Scan mScan;
    bool mScanned = false;
};

#endif // FILECONVENTIONS_H
