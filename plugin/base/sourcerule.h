/***************************************************************************
  sourcerule.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SOURCERULE_H
#define SOURCERULE_H

/**
 * \brief The ids of the rules every CSV source table is checked against (file structure, by
 * CsvReader and the import's CSV reader), as reported in SourceError::ruleId().
 *
 * The rules of the content are the data build's (DataBuildRule) and the import's (ImportRule).
 * The ids are stable, so a test or a script may match on them.
 */
namespace SourceRule
{
  //! The file cannot be opened or read.
  inline constexpr char FileUnreadable[] = "csv.file-unreadable";
  //! The file has no header line.
  inline constexpr char EmptyFile[] = "csv.empty-file";
  //! A byte sequence is not valid UTF-8.
  inline constexpr char InvalidUtf8[] = "csv.invalid-utf8";
  //! A column the table needs is absent from the header.
  inline constexpr char MissingColumn[] = "csv.missing-column";
  //! The header has a column the table does not define.
  inline constexpr char UnknownColumn[] = "csv.unknown-column";
  //! The header names a column twice.
  inline constexpr char DuplicateColumn[] = "csv.duplicate-column";
  //! A record has more or fewer fields than the header.
  inline constexpr char FieldCount[] = "csv.field-count";
  //! A quote is misplaced (inside an unquoted field, after a closing quote, or never closed).
  inline constexpr char Quoting[] = "csv.quoting";
} // namespace SourceRule

#endif // SOURCERULE_H
