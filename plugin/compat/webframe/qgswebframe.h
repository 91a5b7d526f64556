/***************************************************************************
  qgswebframe.h — stand-in for a header Debian's QGIS 3.22 development package leaves out
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// QGIS built without QtWebKit (as Debian's is) declares the class QWebFrame in qgswebframe.h, which
// qgswebpage.h includes and so qgslayoutitemlabel.h; libqgis-dev 3.22 does not ship that header.
// This declaration matches the class compiled into libqgis_core (no data members; its meta-object,
// signals and vtable come from the library), so code that includes qgslayoutitemlabel.h compiles
// and links. CMake adds this folder to the include path only when QGIS lacks the header.
#ifndef QGSWEBFRAME_H
#define QGSWEBFRAME_H

#include "qgis_core.h"

#include <QObject>
#include <QPainter>
#include <QRegion>
#include <QSize>
#include <QUrl>
#include <QVariant>

/**
 * \brief Declaration of QGIS's no-WebKit QWebFrame (its definition is in libqgis_core).
 */
class CORE_EXPORT QWebFrame : public QObject
{
    Q_OBJECT

  public:
    //! Creates the frame with \a parent.
    QWebFrame( QObject *parent = nullptr ) : QObject( parent ) {}

  signals:
    //! Never emitted without WebKit.
    void loadFinished( bool ok );
    //! Never emitted without WebKit.
    void javaScriptWindowObjectCleared();
};

#endif // QGSWEBFRAME_H
