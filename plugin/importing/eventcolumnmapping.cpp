/***************************************************************************
  eventcolumnmapping.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventcolumnmapping.h"

#include "headeraliases.h"
#include "importrule.h"

namespace
{
  //! The separator a one-column header seems to be split by, or empty.
  QString likelySeparator( const QStringList &header )
  {
    if ( header.size() != 1 )
      return QString();
    for ( const auto &[character, name] : { std::pair<QChar, const char *>{ QLatin1Char( ';' ), "semicolon" },
                                            { QLatin1Char( '\t' ), "tab" },
                                            { QLatin1Char( '|' ), "pipe" },
                                            { QLatin1Char( ',' ), "comma" } } )
    {
      if ( header.first().contains( character ) )
        return QString::fromLatin1( name );
    }
    return QString();
  }
} // namespace

QString EventColumnMapping::fieldName( Field field )
{
  return canonicalHeader().value( field );
}

QStringList EventColumnMapping::canonicalHeader()
{
  return { QStringLiteral( "date" ),        QStringLiteral( "port" ),
           QStringLiteral( "origin_port" ), QStringLiteral( "origin_country" ),
           QStringLiteral( "drug" ),        QStringLiteral( "quantity" ),
           QStringLiteral( "unit" ) };
}

bool EventColumnMapping::isRequired( Field field )
{
  return field == Date || field == Port || field == Quantity || field == Unit;
}

std::optional<EventColumnMapping> EventColumnMapping::fromText( const QString &text, QString *error )
{
  EventColumnMapping mapping;
  const QStringList fields = canonicalHeader();
  for ( const QString &entry : text.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ) )
  {
    const int equals = entry.lastIndexOf( QLatin1Char( '=' ) );
    const QString column = entry.left( equals ).trimmed();
    const QString field = entry.mid( equals + 1 ).trimmed();
    if ( equals < 0 || column.isEmpty() || field.isEmpty() )
    {
      *error = QStringLiteral( "--map entry '%1' is not COLUMN=FIELD" ).arg( entry );
      return std::nullopt;
    }
    if ( !fields.contains( field ) )
    {
      *error = QStringLiteral( "--map entry '%1': '%2' is no field; the fields are %3" )
                   .arg( entry, field, fields.join( QLatin1String( ", " ) ) );
      return std::nullopt;
    }
    if ( mapping.mColumnOfField.contains( field ) )
    {
      *error = QStringLiteral( "--map maps both '%1' and '%2' to the field '%3'" )
                   .arg( mapping.mColumnOfField.value( field ), column, field );
      return std::nullopt;
    }
    const QString otherField = mapping.mColumnOfField.key( column );
    if ( !otherField.isEmpty() )
    {
      *error = QStringLiteral( "--map maps the column '%1' to both '%2' and '%3'; a column feeds one field" )
                   .arg( column, otherField, field );
      return std::nullopt;
    }
    mapping.mColumnOfField.insert( field, column );
  }
  return mapping;
}

EventColumnMapping::Resolution EventColumnMapping::resolve( const QStringList &header, const QString &fileName,
                                                            int headerLine ) const
{
  Resolution resolution;
  resolution.columnOfField.fill( -1, FieldCount );
  QVector<bool> used( header.size(), false );
  for ( int field = 0; field < FieldCount; ++field )
  {
    const QString name = fieldName( static_cast<Field>( field ) );
    const QString column = mColumnOfField.value( name, name );
    // A column named like this field but mapped to another one feeds only that other field.
    const bool columnMappedElsewhere = !mColumnOfField.contains( name ) && !mColumnOfField.key( name ).isEmpty();
    int index = columnMappedElsewhere ? -1 : header.indexOf( column );
    if ( index < 0 && !mColumnOfField.contains( name ) )
    {
      // A header in another language (Datum, Hafen, ...), unless --map gives that column elsewhere.
      for ( int i = 0; i < header.size() && index < 0; ++i )
      {
        if ( !used.at( i ) && HeaderAliases::fieldOf( header.at( i ) ) == field &&
             mColumnOfField.key( header.at( i ) ).isEmpty() && !canonicalHeader().contains( header.at( i ) ) )
        {
          index = i;
          resolution.recognisedColumns << QStringLiteral( "%1 → %2" ).arg( header.at( i ), name );
        }
      }
    }
    if ( index >= 0 )
    {
      resolution.columnOfField[field] = index;
      used[index] = true;
    }
    else if ( mColumnOfField.contains( name ) )
    {
      resolution.errors << SourceError(
          fileName, headerLine, column, QString::fromLatin1( ImportRule::MappingInvalid ),
          QStringLiteral( "--map names the column '%1' for the field '%2', but the header has no such column" )
              .arg( column, name ) );
    }
    else if ( columnMappedElsewhere && isRequired( static_cast<Field>( field ) ) )
    {
      resolution.errors << SourceError(
          fileName, headerLine, name, QString::fromLatin1( ImportRule::MissingColumn ),
          QStringLiteral(
              "--map gives the column '%1' to the field '%2'; map another column to '%1' with --map COLUMN=%1" )
              .arg( name, mColumnOfField.key( name ) ) );
    }
    else if ( isRequired( static_cast<Field>( field ) ) )
    {
      const QString separator = likelySeparator( header );
      const QString cause =
          separator.isEmpty()
              ? QString()
              : QStringLiteral( "; the header is one column, the file looks %1-separated: give --delimiter %1" )
                    .arg( separator );
      resolution.errors << SourceError(
          fileName, headerLine, name, QString::fromLatin1( ImportRule::MissingColumn ),
          QStringLiteral(
              "the header has no column '%1'; name it so or map a column to it with --map COLUMN=%1 (header: %2)%3" )
              .arg( name, header.join( QLatin1Char( ',' ) ), cause ) );
    }
  }
  for ( int i = 0; i < header.size(); ++i )
  {
    if ( !used.at( i ) )
      resolution.ignoredColumns << header.at( i );
  }
  return resolution;
}
