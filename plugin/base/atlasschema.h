/***************************************************************************
  atlasschema.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASSCHEMA_H
#define ATLASSCHEMA_H

#include <QString>

/**
 * \brief The names of the tables of the shipped GeoPackage (port_seizure_atlas.gpkg, written by
 * the data build) and of the tables an import writes, as every room reads them.
 *
 * A table is named once here; the data build writes these names and the panel, the print and the
 * import read them; the names of the fields other rooms read are in AtlasSchema::Field.
 */
namespace AtlasSchema
{
  // ---- The shipped GeoPackage ------------------------------------------------------------------
  //! The ports (Point, EPSG:4326) with their preferred figures.
  inline const QString PORTS_TABLE = QStringLiteral( "ports" );
  //! Every figure with its source, preferred or not.
  inline const QString SEIZURE_FIGURES_TABLE = QStringLiteral( "seizure_figures" );
  //! The preferred national figures.
  inline const QString NATIONAL_TOTALS_TABLE = QStringLiteral( "national_totals" );
  //! The inbound sea routes (LineString, EPSG:4326).
  inline const QString INBOUND_ROUTES_TABLE = QStringLiteral( "inbound_routes" );
  //! Single documented seizures (Point, EPSG:4326), not totals.
  inline const QString DOCUMENTED_SEIZURES_TABLE = QStringLiteral( "documented_seizures" );
  //! Container throughput (TEU) of the ports by year.
  inline const QString PORT_THROUGHPUT_TABLE = QStringLiteral( "port_throughput" );

  // ---- The tables an import writes (GeoPackage or PostGIS) --------------------------------------
  //! One row per imported seizure event.
  inline const QString SEIZURE_EVENTS_TABLE = QStringLiteral( "seizure_events" );
  //! The imported events summed per port and year (Point).
  inline const QString SEIZURE_PORT_YEARS_TABLE = QStringLiteral( "seizure_port_years" );
  //! The imported events' origin → port routes (LineString).
  inline const QString SEIZURE_ROUTES_TABLE = QStringLiteral( "seizure_routes" );

  // ---- Fields ---------------------------------------------------------------------------------
  /**
   * \brief The names of the fields of the shipped tables that other rooms read (the panel, the
   * print, the import's port gazetteer); the data build writes them under these names.
   */
  namespace Field
  {
    inline constexpr char NAME[] = "name";
    inline constexpr char UNLOCODE[] = "unlocode";
    inline constexpr char UNLOCODES[] = "unlocodes";
    inline constexpr char COUNTRY_ISO2[] = "country_iso2";
    inline constexpr char COUNTRY_NAME[] = "country_name";
    inline constexpr char ROLE[] = "role";
    inline constexpr char YEAR[] = "year";
    inline constexpr char SCOPE[] = "scope";
    inline constexpr char PREFERRED[] = "preferred";
    inline constexpr char QUANTITY_T[] = "quantity_t";
    inline constexpr char DRUG[] = "drug";
    inline constexpr char SOURCE_TITLE[] = "source_title";
    inline constexpr char SOURCE_URL[] = "source_url";
    inline constexpr char SOURCE_DATE[] = "source_date";
    inline constexpr char SOURCE_PUBLISHER[] = "source_publisher";
    inline constexpr char ORIGIN_NAME[] = "origin_name";
    inline constexpr char ORIGIN_COUNTRY_ISO2[] = "origin_country_iso2";
    inline constexpr char ORIGIN_COUNTRY_NAME[] = "origin_country_name";
    inline constexpr char DEST_NAME[] = "dest_name";
    inline constexpr char DEST_COUNTRY_ISO2[] = "dest_country_iso2";
  } // namespace Field

  //! The values of the figures' `scope` field.
  namespace Scope
  {
    //! One port.
    inline const QString PORT = QStringLiteral( "port" );
    //! A named group of ports (several UN/LOCODEs, or a group that cannot be enumerated).
    inline const QString PORT_GROUP = QStringLiteral( "port_group" );
    //! A whole country.
    inline const QString NATIONAL = QStringLiteral( "national" );
  } // namespace Scope
} // namespace AtlasSchema

#endif // ATLASSCHEMA_H
