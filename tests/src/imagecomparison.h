/***************************************************************************
  imagecomparison.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMAGECOMPARISON_H
#define IMAGECOMPARISON_H

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QString>
#include <algorithm>
#include <cstdlib>

/**
 * \brief Compares a rendered image with a reference image (tests/data/control_images/
 * expected_<name>.png), with a per-channel colour tolerance and a number of pixels allowed to
 * differ. An optional expected_<name>_mask.png raises the tolerance per pixel (its red channel
 * is the extra tolerance), for areas such as anti-aliased text. On failure the rendered image
 * and a difference image are written to \a artifactsDir for review.
 */
class ImageComparison
{
  public:
    /**
     * \brief Returns an empty string when \a rendered matches the reference \a name, otherwise
     * what differs.
     */
    static QString compare( const QImage &rendered, const QString &name, int colorTolerance, int allowedMismatches,
                            const QString &artifactsDir )
    {
      const QString controlDir = QStringLiteral( PSA_TEST_DATA_DIR ) + QStringLiteral( "/control_images" );
      const QString expectedPath = QStringLiteral( "%1/expected_%2.png" ).arg( controlDir, name );
      QDir().mkpath( artifactsDir );
      const QString renderedPath = QStringLiteral( "%1/rendered_%2.png" ).arg( artifactsDir, name );
      rendered.save( renderedPath );

      const QImage expected = QImage( expectedPath ).convertToFormat( QImage::Format_ARGB32 );
      if ( expected.isNull() )
        return QStringLiteral( "no reference image %1; the rendered image is %2" ).arg( expectedPath, renderedPath );
      const QImage actual = rendered.convertToFormat( QImage::Format_ARGB32 );
      if ( actual.size() != expected.size() )
        return QStringLiteral( "size %1x%2 differs from the reference %3x%4" )
            .arg( actual.width() )
            .arg( actual.height() )
            .arg( expected.width() )
            .arg( expected.height() );
      const QImage mask = QImage( QStringLiteral( "%1/expected_%2_mask.png" ).arg( controlDir, name ) )
                              .convertToFormat( QImage::Format_ARGB32 );

      QImage difference( actual.size(), QImage::Format_ARGB32 );
      difference.fill( Qt::white );
      int mismatches = 0;
      for ( int y = 0; y < actual.height(); ++y )
      {
        const QRgb *a = reinterpret_cast<const QRgb *>( actual.constScanLine( y ) );
        const QRgb *e = reinterpret_cast<const QRgb *>( expected.constScanLine( y ) );
        const QRgb *m = mask.isNull() || mask.size() != actual.size()
                            ? nullptr
                            : reinterpret_cast<const QRgb *>( mask.constScanLine( y ) );
        QRgb *d = reinterpret_cast<QRgb *>( difference.scanLine( y ) );
        for ( int x = 0; x < actual.width(); ++x )
        {
          const int tolerance = colorTolerance + ( m ? qRed( m[x] ) : 0 );
          const int delta =
              std::max( { std::abs( qRed( a[x] ) - qRed( e[x] ) ), std::abs( qGreen( a[x] ) - qGreen( e[x] ) ),
                          std::abs( qBlue( a[x] ) - qBlue( e[x] ) ), std::abs( qAlpha( a[x] ) - qAlpha( e[x] ) ) } );
          if ( delta > tolerance )
          {
            ++mismatches;
            d[x] = qRgb( 255, 0, 0 );
          }
        }
      }
      if ( mismatches <= allowedMismatches )
        return QString();
      const QString differencePath = QStringLiteral( "%1/difference_%2.png" ).arg( artifactsDir, name );
      difference.save( differencePath );
      return QStringLiteral( "%1 pixels differ from %2 (allowed: %3); see %4 and %5" )
          .arg( mismatches )
          .arg( expectedPath )
          .arg( allowedMismatches )
          .arg( renderedPath, differencePath );
    }
};

#endif // IMAGECOMPARISON_H
