/***************************************************************************
  databuildrule.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DATABUILDRULE_H
#define DATABUILDRULE_H

/**
 * \brief The ids of the rules the data build checks, as reported in SourceError::ruleId().
 *
 * An id names the rule, not the table: the file and column of the error say where it was
 * broken. The ids are stable, so a test or a script may match on them.
 */
namespace DataBuildRule
{
  // The file-structure rules of every CSV file (csv.*) are SourceRule's (plugin/base).

  // ---- Values shared by several tables ------------------------------------------------------
  //! A field that must have a value is empty.
  inline constexpr char RequiredField[] = "field.required";
  //! An id (figure_id, route_id, country code) appears twice.
  inline constexpr char DuplicateId[] = "id.duplicate";
  //! A UN/LOCODE is not 2 upper-case letters followed by 3 upper-case letters or digits.
  inline constexpr char UnlocodeFormat[] = "unlocode.format";
  //! A UN/LOCODE is listed twice in ports.csv.
  inline constexpr char UnlocodeDuplicate[] = "unlocode.duplicate";
  //! A UN/LOCODE is not in ports.csv.
  inline constexpr char UnlocodeUnknown[] = "unlocode.unknown";
  //! The country prefix of a UN/LOCODE (or the port's country) differs from the row's country.
  inline constexpr char UnlocodeCountryMismatch[] = "unlocode.country-mismatch";
  //! A country code is not two upper-case letters.
  inline constexpr char CountryFormat[] = "country.format";
  //! A country code is not in countries.csv.
  inline constexpr char CountryUnknown[] = "country.unknown";
  //! A year is not a whole number.
  inline constexpr char YearNotInteger[] = "year.not-integer";
  //! A year is before 1990 or after the current year.
  inline constexpr char YearOutOfRange[] = "year.out-of-range";
  //! A quantity is not a plain decimal number.
  inline constexpr char QuantityNotNumeric[] = "quantity.not-numeric";
  //! A quantity is below zero.
  inline constexpr char QuantityNegative[] = "quantity.negative";
  //! A source URL is neither http(s) nor a repository path below layers/.
  inline constexpr char SourceUrlInvalid[] = "source.url-invalid";
  //! A source URL names a file below layers/ that does not exist.
  inline constexpr char SourceFileMissing[] = "source.file-missing";
  //! A source date is not YYYY, YYYY-MM or YYYY-MM-DD (or is no real date).
  inline constexpr char SourceDateFormat[] = "source.date-format";

  // ---- ports.csv -----------------------------------------------------------------------------
  //! lat or lon is not a plain decimal number (both empty is allowed: position unknown).
  inline constexpr char CoordinateNotNumeric[] = "coordinate.not-numeric";
  //! lat is outside -90..90 or lon outside -180..180.
  inline constexpr char CoordinateOutOfRange[] = "coordinate.out-of-range";
  //! A European destination lies outside Europe but would lie inside with lat and lon swapped.
  inline constexpr char CoordinateSwapped[] = "coordinate.swapped";
  //! A European destination lies outside lat 27..72, lon -32..45 (and swapping does not help).
  inline constexpr char CoordinateOutsideEurope[] = "coordinate.outside-europe";
  //! role is not europe_destination, origin or transit.
  inline constexpr char RoleUnknown[] = "role.unknown";

  // ---- seizure_figures.csv ---------------------------------------------------------------------
  //! scope is not port, port_group or national.
  inline constexpr char ScopeUnknown[] = "scope.unknown";
  //! A port figure does not name exactly one UN/LOCODE.
  inline constexpr char ScopePortCodes[] = "scope.port-codes";
  //! A national figure names UN/LOCODEs.
  inline constexpr char ScopeNationalCodes[] = "scope.national-codes";
  //! A national or port figure does not name exactly one country.
  inline constexpr char ScopeCountries[] = "scope.countries";
  //! A 0/1 flag (lower_bound, approximate, preferred) holds another value.
  inline constexpr char FlagInvalid[] = "flag.invalid";
  //! A figure cell (scope, place, year, drug) has two preferred figures.
  inline constexpr char PreferredDuplicate[] = "preferred.duplicate";
  //! A figure cell (scope, place, year, drug) has figures but none is preferred (and not every
  //! figure of it names, in preference_reason, the preferred figure of another cell it repeats).
  inline constexpr char PreferredMissing[] = "preferred.missing";
  //! drug is not one of AtlasDataValidator::drugs().
  inline constexpr char DrugUnknown[] = "drug.unknown";

  // ---- Consistency between figures (AtlasConsistencyChecks) -----------------------------------
  //! Two preferred figures of the same year and drug at scopes that contain each other give the
  //! same quantity (at the precision of the less precise one): one number counted twice.
  inline constexpr char NestedScopeDuplicate[] = "consistency.nested-scope-duplicate";
  //! The preferred port figures of a country and year (with the groups of ports that have no figure
  //! of their own) add up to more than its preferred national figure, which is not marked as a lower bound.
  inline constexpr char PortSumAboveNational[] = "consistency.port-sum-above-national";
  //! A cocaine figure's quote names drugs in general or another drug, and no reviewed exception
  //! (quote_drug_words_reviewed.csv) covers that word.
  inline constexpr char QuoteDrugWord[] = "consistency.quote-drug-word";

  // ---- documented_seizures.csv -----------------------------------------------------------------
  //! seizure_date is not a real date written YYYY-MM-DD.
  inline constexpr char SeizureDateFormat[] = "seizure.date-format";
  //! date_precision is not day, month or year.
  inline constexpr char SeizureDatePrecision[] = "seizure.date-precision";

  // ---- quote_drug_words_reviewed.csv ----------------------------------------------------------
  //! A reviewed exception names a figure that seizure_figures.csv does not hold.
  inline constexpr char ReviewFigureUnknown[] = "quote-review.figure-unknown";

  // ---- routes.csv ----------------------------------------------------------------------------
  //! evidence_kind is not one of the known kinds.
  inline constexpr char EvidenceKindUnknown[] = "evidence-kind.unknown";
} // namespace DataBuildRule

#endif // DATABUILDRULE_H
