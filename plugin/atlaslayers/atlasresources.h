/***************************************************************************
  atlasresources.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASRESOURCES_H
#define ATLASRESOURCES_H

/**
 * \brief Registers the compiled-in resources (icons, QML styles, print templates) under
 * ":/port-seizure-atlas/". They live in a static library, so whoever links it calls this once.
 */
void initAtlasResources();

#endif // ATLASRESOURCES_H
