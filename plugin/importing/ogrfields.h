/***************************************************************************
  ogrfields.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef OGRFIELDS_H
#define OGRFIELDS_H

#include <ogrsf_frmts.h>

#include <initializer_list>

/**
 * \brief A field of a table the import writes: its name and OGR type.
 */
struct OgrFieldDefinition
{
    //! Field name.
    const char *name;
    //! OGR field type.
    OGRFieldType type;
};

/**
 * \brief Creates \a fields, in order, in \a layer. Returns the name of the first field that could
 * not be created (the caller names the table and GDAL's message), NULLPTR when all were created.
 */
inline const char *createOgrFields( OGRLayer *layer, std::initializer_list<OgrFieldDefinition> fields )
{
  for ( const OgrFieldDefinition &field : fields )
  {
    OGRFieldDefn definition( field.name, field.type );
    if ( layer->CreateField( &definition ) != OGRERR_NONE )
      return field.name;
  }
  return nullptr;
}

#endif // OGRFIELDS_H
