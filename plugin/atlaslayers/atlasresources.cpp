/***************************************************************************
  atlasresources.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasresources.h"

#include <QtGlobal>

void initAtlasResources()
{
  Q_INIT_RESOURCE( resources );
}
