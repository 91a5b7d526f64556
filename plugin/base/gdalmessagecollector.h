/***************************************************************************
  gdalmessagecollector.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GDALMESSAGECOLLECTOR_H
#define GDALMESSAGECOLLECTOR_H

#include <cpl_error.h>

#include <QString>
#include <QStringList>

/**
 * \brief Collects the GDAL messages raised while it lives, instead of letting GDAL print them, so a
 * failure can be reported with GDAL's reason.
 */
class GdalMessageCollector
{
  public:
    //! \brief Starts collecting; GDAL's previous handler is restored by the destructor.
    GdalMessageCollector() { CPLPushErrorHandlerEx( &GdalMessageCollector::collect, this ); }

    //! \brief Stops collecting.
    ~GdalMessageCollector() { CPLPopErrorHandler(); }

    GdalMessageCollector( const GdalMessageCollector & ) = delete;
    GdalMessageCollector &operator=( const GdalMessageCollector & ) = delete;

    //! \brief Returns TRUE when GDAL raised a failure (CE_Failure or worse).
    bool hasFailure() const { return mHasFailure; }

    //! \brief Returns the warnings and failures raised, joined by "; ".
    QString messages() const { return mMessages.join( QLatin1String( "; " ) ); }

  private:
    static void CPL_STDCALL collect( CPLErr level, CPLErrorNum, const char *message )
    {
      auto *self = static_cast<GdalMessageCollector *>( CPLGetErrorHandlerUserData() );
      if ( level >= CE_Failure )
        self->mHasFailure = true;
      if ( level >= CE_Warning )
        self->mMessages.append( QString::fromUtf8( message ) );
    }

    QStringList mMessages;
    bool mHasFailure = false;
};

#endif // GDALMESSAGECOLLECTOR_H
