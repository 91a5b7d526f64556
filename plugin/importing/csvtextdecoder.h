/***************************************************************************
  csvtextdecoder.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CSVTEXTDECODER_H
#define CSVTEXTDECODER_H

#include <QByteArray>
#include <QPair>
#include <QString>

/**
 * \brief Turns the bytes of a CSV file into checked UTF-8: detects the encoding (UTF-8 with or
 * without BOM, UTF-16/UTF-32 with BOM, otherwise Windows-1252 with a notice), converts it with
 * iconv (any encoding iconv knows may be named), and refuses text no table holds: NUL and other
 * control characters (except tab, CR and LF) and lines longer than MAX_LINE_BYTES.
 */
class CsvTextDecoder
{
  public:
    //! \brief The longest physical line accepted, in bytes: 1 MiB.
    static constexpr int MAX_LINE_BYTES = 1024 * 1024;

    //! \brief What the decoding found.
    struct Result
    {
        //! The text as UTF-8 (the input itself, shared, when it was UTF-8 already).
        QByteArray utf8;
        //! Where the text starts in utf8 (past a UTF-8 byte order mark).
        int start = 0;
        //! The encoding the file was read in, e.g. "UTF-8", "UTF-16LE", "windows-1252".
        QString encoding;
        //! TRUE when the encoding was detected rather than given.
        bool detected = true;
        //! What the analyst should know (e.g. "not valid UTF-8 ...: read as Windows-1252").
        QString notice;
        //! Why the text cannot be read; empty when it can.
        QString problem;
        //! The rule id of the problem.
        const char *ruleId = nullptr;
        //! The line (1-based) of the problem; 0 for the whole file.
        int line = 0;
    };

    /**
     * \brief Decodes \a bytes in \a encoding, or in the detected encoding when \a encoding is
     * empty. The result's problem says why it cannot be read.
     */
    static Result decode( const QByteArray &bytes, const QString &encoding );

    /**
     * \brief Returns the offset of the first byte of \a utf8 (from \a start) that ends a line
     * longer than MAX_LINE_BYTES or is a control character other than tab, CR or LF (C0, DEL,
     * or a C1 character U+0080..U+009F); -1 when there is none.
     */
    static int firstForbiddenByte( const QByteArray &utf8, int start );

    //! \brief Returns the 1-based line and character column of \a offset in \a utf8.
    static QPair<int, int> lineAndColumn( const QByteArray &utf8, int offset );

  private:
    static bool convert( const QByteArray &bytes, int from, const QString &encoding, Result &result );
    static void checkText( Result &result );
};

#endif // CSVTEXTDECODER_H
