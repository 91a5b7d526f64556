/***************************************************************************
  eventcolumnmapping.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTCOLUMNMAPPING_H
#define EVENTCOLUMNMAPPING_H

#include "sourceerror.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/**
 * \brief Which column of the analyst's table holds which field of an event.
 *
 * The fields are date, port, origin_port, origin_country, drug, quantity and unit; date, port,
 * quantity and unit must be present. A column named like a field is that field; so is a column
 * named like it in German, Dutch, French, Spanish, Italian or Portuguese (HeaderAliases: Datum,
 * Hafen, Menge, ...); `--map Datum=date,Hafen=port` names the others and always wins. Columns that are no field
 * are left out of the import and listed in the report.
 */
class EventColumnMapping
{
  public:
    //! \brief The fields of an event, in the order of the canonical header.
    enum Field
    {
      Date,
      Port,
      OriginPort,
      OriginCountry,
      Drug,
      Quantity,
      Unit,
      FieldCount
    };

    //! \brief Returns the name of \a field as in the canonical header, e.g. "origin_port".
    static QString fieldName( Field field );

    //! \brief Returns the canonical header: date,port,origin_port,origin_country,drug,quantity,unit.
    static QStringList canonicalHeader();

    //! \brief Returns TRUE when an import cannot do without \a field.
    static bool isRequired( Field field );

    /**
     * \brief Reads a mapping written as `column=field,column=field` (empty: no mapping).
     * Returns no value and sets \a error when an entry is not `column=field`, names an
     * unknown field, or maps two columns to one field.
     */
    static std::optional<EventColumnMapping> fromText( const QString &text, QString *error );

    /**
     * \brief The columns of one table resolved against the mapping: the index in the
     * header of each field (-1 when absent), the columns left out, and the problems found.
     */
    struct Resolution
    {
        //! Header index of each Field, -1 when the table does not have it.
        QVector<int> columnOfField;
        //! Header columns that are no field (left out of the import).
        QStringList ignoredColumns;
        //! Missing required fields and --map entries naming absent columns.
        SourceErrors errors;
        //! The columns recognised by their name in another language, e.g. "Datum → date".
        QStringList recognisedColumns;
    };

    /**
     * \brief Resolves \a header (line \a headerLine of \a fileName) against this mapping.
     */
    Resolution resolve( const QStringList &header, const QString &fileName, int headerLine ) const;

  private:
    QHash<QString, QString> mColumnOfField;
};

#endif // EVENTCOLUMNMAPPING_H
