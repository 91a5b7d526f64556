/***************************************************************************
  importrule.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTRULE_H
#define IMPORTRULE_H

/**
 * \brief The ids of the rules an import of seizure events checks, as reported in
 * SourceError::ruleId().
 *
 * The file-structure rules of CSV files (csv.empty-file, csv.invalid-utf8, csv.quoting, ...) are
 * SourceRule's (plugin/base); the ids here cover what is particular to an analyst's own
 * events. The ids are stable, so a test or a script may match on them.
 */
namespace ImportRule
{
  //! The input cannot be opened by any reader (not CSV, XLSX, ODS, GeoPackage or PostGIS).
  inline constexpr char SourceUnreadable[] = "import.source-unreadable";
  //! Reading the input stopped before its end (a GDAL or SQLite error: a damaged file).
  inline constexpr char SourceReadFailed[] = "import.source-read-failed";
  //! The header (after --map) lacks a column the import needs.
  inline constexpr char MissingColumn[] = "import.missing-column";
  //! A --map entry names a column the header does not have, or a field that does not exist.
  inline constexpr char MappingInvalid[] = "import.mapping-invalid";
  //! The input has a header but no event.
  inline constexpr char NoEvents[] = "import.no-events";
  //! A field that must have a value is empty.
  inline constexpr char RequiredField[] = "field.required";
  //! A date is in no accepted form (ISO, day/month/year, month name) or is no real date.
  inline constexpr char DateFormat[] = "date.format";
  //! A date lies before 1990 or in the future.
  inline constexpr char DateOutOfRange[] = "date.out-of-range";
  //! A quantity is not a plain decimal number (decimal point or decimal comma, no grouping).
  inline constexpr char QuantityNotNumeric[] = "quantity.not-numeric";
  //! A quantity is below zero.
  inline constexpr char QuantityNegative[] = "quantity.negative";
  //! A unit is not kg or t.
  inline constexpr char UnitUnknown[] = "unit.unknown";
  //! A port (UN/LOCODE or name) matches no port of the atlas.
  inline constexpr char PortUnknown[] = "port.unknown";
  //! A port name matches more than one port of the atlas.
  inline constexpr char PortAmbiguous[] = "port.ambiguous";
  //! A country code is not two letters.
  inline constexpr char CountryFormat[] = "country.format";
  //! The encoding named with --encoding is not known.
  inline constexpr char EncodingUnknown[] = "import.encoding-unknown";
  //! The text holds a NUL or another control character (other than tab, CR, LF).
  inline constexpr char ControlCharacter[] = "csv.control-character";
  //! A line or record is longer than the limit of one line (1 MiB).
  inline constexpr char LineTooLong[] = "csv.line-too-long";
  //! A quantity reads two ways (1.500: 1.5 or 1500) and nothing in the file or the options settles it.
  inline constexpr char QuantityAmbiguous[] = "quantity.ambiguous";
  //! A quantity uses the other decimal mark than the rest of the file.
  inline constexpr char DecimalMarkConflict[] = "quantity.decimal-mark-conflict";
  //! A single seizure above the plausible maximum (100 t unless allowed, never above 10,000 t).
  inline constexpr char QuantityImplausible[] = "quantity.implausible";
  //! A numeric date reads two ways (03/04/2021) and nothing in the file or the options settles it.
  inline constexpr char DateAmbiguous[] = "date.ambiguous";
  //! A drug name is in no language's vocabulary.
  inline constexpr char DrugUnknown[] = "drug.unknown";
  //! The origin country differs from the country of the origin port's UN/LOCODE.
  inline constexpr char CountryMismatch[] = "unlocode.country-mismatch";
} // namespace ImportRule

#endif // IMPORTRULE_H
