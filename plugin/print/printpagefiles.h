/***************************************************************************
  printpagefiles.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTPAGEFILES_H
#define PRINTPAGEFILES_H

#include "printoptions.h"

#include <QString>
#include <QStringList>

/**
 * \brief The files of the pages after the first of a print exported as PNG or SVG (one file per
 * page, such as the "Sources" page): where QGIS's exporter writes them, and their final names
 * beside the print ("map.png" → "map_2.png").
 */
namespace PrintPageFiles
{
  /**
   * \brief Returns the file QGIS's layout exporter writes page \a page (from 0) to when a layout is
   * exported to \a fileName in \a format (PNG or SVG).
   */
  QString exportedPageFile( const QString &fileName, int page, PrintOptions::Format format );

  //! \brief Returns the final name of page \a page (from 0) of a print written to \a fileName: "map_2.png" for page 1.
  QString finalPageFile( const QString &fileName, int page );

  /**
   * \brief Moves the page files after the first, exported next to \a partial, to their final names
   * beside \a target. Returns the final names, or an empty list with \a error set when a move fails.
   */
  QStringList moveExtraPages( const QString &partial, const QString &target, PrintOptions::Format format,
                              QString *error );

  //! \brief Removes the page files after the first exported next to \a partial (a failed or cancelled export).
  void removeExtraPages( const QString &partial, PrintOptions::Format format );
} // namespace PrintPageFiles

#endif // PRINTPAGEFILES_H
