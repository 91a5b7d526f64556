/***************************************************************************
  printstylefiles.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTSTYLEFILES_H
#define PRINTSTYLEFILES_H

#include <QString>

class QgsMapLayer;

/**
 * \brief Names the QML file that carries a plugin layer's style from the analyst's project to
 * the print process: `<table>.qml` for the plugin's own layers, `imported-<table>.qml` for
 * layers of imported seizure data (their tables would otherwise share names with the plugin's).
 */
namespace PrintStyleFiles
{
  /**
   * \brief Returns the style file name of \a layer; empty for a layer that is not the plugin's.
   */
  QString fileName( const QgsMapLayer *layer );
} // namespace PrintStyleFiles

#endif // PRINTSTYLEFILES_H
