/***************************************************************************
  scalebar/qgsscalebarrenderer.h — forwards to the header where Debian's libqgis-dev 3.22 installs it
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// qgslayoutitemscalebar.h includes "scalebar/qgsscalebarrenderer.h", but the package installs the header
// flat, as <qgsscalebarrenderer.h>. CMake adds this folder only when the "scalebar/" folder is missing.
#include <qgsscalebarrenderer.h>
