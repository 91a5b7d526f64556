/***************************************************************************
  importedportyearsstyle.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDPORTYEARSSTYLE_H
#define IMPORTEDPORTYEARSSTYLE_H

#include <QCoreApplication>
#include <QString>

class QgsVectorLayer;

/**
 * \brief Styles an imported "seizures per port and year" layer (one point per port AND year) so
 * that a range of years reads as ONE circle per port, sized by the sum of the years shown.
 *
 * The panel filters the layer by year and country at the provider (subset string), as it filters
 * the shipped seizure figures. After each filter change the panel calls updateTotals(): it reads
 * the filtered port/year rows (a few per port; never an event), sums them per port in one pass and
 * writes one layer variable per port. Virtual fields read them: SELECTED_TONNES_FIELD (NULL when
 * no event of the port had a quantity), SELECTED_EVENTS_FIELD, SELECTED_EVENTS_WITH_QUANTITY_FIELD,
 * SELECTED_YEARS_FIELD and SELECTED_LATEST_YEAR_FIELD. The renderer draws only the port's latest
 * row of the selection; the circle area follows the tonnes per year shown (the sum divided by
 * YEARS_SHOWN_VARIABLE, the years the filtered rows span), on the scale of the shipped ports style.
 * A port with no known quantity is a hollow ring. Fields, variables and style are saved with the
 * project, so a reopened project draws the same map, from a GeoPackage or PostGIS alike.
 *
 * Measured and rejected: the same totals through QGIS aggregates grouped by port in the virtual
 * fields (one provider query per port and map render): 60-125 ms per redraw at 27 ports.
 */
class ImportedPortYearsStyle
{
    Q_DECLARE_TR_FUNCTIONS( ImportedPortYearsStyle )

  public:
    //! \brief Virtual field: tonnes summed over the port's rows shown; NULL when none had a quantity.
    static const QString SELECTED_TONNES_FIELD;
    //! \brief Virtual field: events summed over the port's rows shown.
    static const QString SELECTED_EVENTS_FIELD;
    //! \brief Virtual field: events with a quantity, summed over the port's rows shown.
    static const QString SELECTED_EVENTS_WITH_QUANTITY_FIELD;
    //! \brief Virtual field: the years of the port's rows shown ("2019, 2021").
    static const QString SELECTED_YEARS_FIELD;
    //! \brief Virtual field: the latest year of the port's rows shown; the renderer draws that row only.
    static const QString SELECTED_LATEST_YEAR_FIELD;
    //! \brief Layer variable prefix: one variable per port shown, "tonnes|years|events|with quantity|latest year".
    static const QString PORT_VARIABLE_PREFIX;
    //! \brief Layer variable: the calendar years the rows shown span (the circles show tonnes per year shown).
    static const QString YEARS_SHOWN_VARIABLE;

    /**
     * \brief Adds the virtual fields (once), the one-circle-per-port renderer, the map tip and the
     * display expression to \a layer.
     */
    static void apply( QgsVectorLayer *layer );

    /**
     * \brief Sums the port/year rows \a layer shows now (after the panel's filter) per port and
     * writes the totals as layer variables the virtual fields read. Reads the small port/year
     * table only. Does nothing for a layer apply() did not style.
     */
    static void updateTotals( QgsVectorLayer *layer );

  private:
    static void addVirtualFields( QgsVectorLayer *layer );
    static void setRenderer( QgsVectorLayer *layer );
    static void setMapTip( QgsVectorLayer *layer );
};

#endif // IMPORTEDPORTYEARSSTYLE_H
