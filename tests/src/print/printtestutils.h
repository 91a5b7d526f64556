/***************************************************************************
  printtestutils.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PRINTTESTUTILS_H
#define PRINTTESTUTILS_H

#include "readonlygeopackagesource.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

/**
 * \brief Answers for the print tests read independently of the print code: from the built
 * GeoPackage directly, and from the PDF with poppler's tools.
 */
namespace PrintTestUtils
{
  /**
   * \brief Returns the distinct values of \a field in the rows of \a table of the built GeoPackage
   * matching \a expression.
   */
  inline QSet<QString> distinctValues( const QString &table, const QString &field, const QString &expression )
  {
    QgsVectorLayer layer( ReadOnlyGeoPackageSource::layerSource( QStringLiteral( PSA_DATA_GPKG ), table ), table,
                          QStringLiteral( "ogr" ) );
    QSet<QString> values;
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures( QgsFeatureRequest().setFilterExpression( expression ) );
    while ( it.nextFeature( feature ) )
      values.insert( feature.attribute( field ).toString() );
    return values;
  }

  /**
   * \brief Returns the ports with a preferred, port-scope figure in \a yearFrom–\a yearTo in the
   * destination countries \a countries (SQL list, e.g. "'BE','NL'"): the ports a port atlas prints.
   */
  inline QSet<QString> portsWithFigures( int yearFrom, int yearTo, const QString &countries )
  {
    return distinctValues( QStringLiteral( "seizure_figures" ), QStringLiteral( "unlocodes" ),
                           QStringLiteral( "\"scope\" = 'port' AND \"preferred\" = 1 AND \"quantity_t\" IS NOT NULL "
                                           "AND \"year\" >= %1 AND \"year\" <= %2 AND \"country_iso2\" IN (%3)" )
                               .arg( yearFrom )
                               .arg( yearTo )
                               .arg( countries ) );
  }

  /**
   * \brief What a run of the command-line program returned.
   */
  struct Run
  {
      //! Exit status; -1 when it crashed or did not finish.
      int status = -1;
      //! Standard output.
      QString out;
      //! Standard error.
      QString err;
  };

  /**
   * \brief Runs the built `port-seizure-atlas` with \a arguments as a user would, without a display;
   * through the command \a wrapper when given (e.g. a shell that sets a limit, then execs).
   */
  inline Run runProgram( const QStringList &arguments, const QStringList &wrapper = QStringList() )
  {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove( QStringLiteral( "DISPLAY" ) );
    environment.remove( QStringLiteral( "WAYLAND_DISPLAY" ) );
    environment.remove( QStringLiteral( "QT_QPA_PLATFORM" ) );
    process.setProcessEnvironment( environment );
    const QStringList command =
        wrapper + QStringList( QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/output/bin/port-seizure-atlas" ) ) +
        arguments;
    process.start( command.first(), command.mid( 1 ) );
    Run result;
    if ( !process.waitForFinished( 120000 ) )
      return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8( process.readAllStandardOutput() );
    result.err = QString::fromUtf8( process.readAllStandardError() );
    return result;
  }

  /**
   * \brief Returns the text of the PDF \a file (pdftotext), of its \a page only when given
   * (from 1), empty when it cannot be read.
   */
  inline QString pdfText( const QString &file, int page = 0 )
  {
    QProcess process;
    QStringList arguments{ QStringLiteral( "-layout" ), file, QStringLiteral( "-" ) };
    if ( page > 0 )
      arguments = QStringList{ QStringLiteral( "-f" ), QString::number( page ), QStringLiteral( "-l" ),
                               QString::number( page ) } +
                  arguments;
    process.start( QStringLiteral( "pdftotext" ), arguments );
    process.waitForFinished( 60000 );
    return QString::fromUtf8( process.readAllStandardOutput() );
  }

  /**
   * \brief Returns the number of pages of the PDF \a file (pdfinfo), 0 when it cannot be read.
   */
  inline int pdfPageCount( const QString &file )
  {
    QProcess process;
    process.start( QStringLiteral( "pdfinfo" ), { file } );
    process.waitForFinished( 60000 );
    const QStringList lines = QString::fromUtf8( process.readAllStandardOutput() ).split( QLatin1Char( '\n' ) );
    for ( const QString &line : lines )
    {
      if ( line.startsWith( QLatin1String( "Pages:" ) ) )
        return line.mid( 6 ).trimmed().toInt();
    }
    return 0;
  }

  /**
   * \brief Returns the pairs of words of the PDF \a file (pdftotext -bbox) whose boxes overlap by more
   * than half a point both ways, as "page N: 'word' over 'word'"; empty when no text is drawn over text.
   */
  inline QStringList overlappingWords( const QString &file )
  {
    QProcess process;
    process.start( QStringLiteral( "pdftotext" ), { QStringLiteral( "-bbox" ), file, QStringLiteral( "-" ) } );
    process.waitForFinished( 60000 );
    const QString html = QString::fromUtf8( process.readAllStandardOutput() );
    static const QRegularExpression word(
        QStringLiteral( "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<" ) );
    QStringList overlaps;
    const QStringList pages = html.split( QStringLiteral( "<page " ) );
    for ( int page = 1; page < pages.size(); ++page )
    {
      QList<QPair<QRectF, QString>> words;
      QRegularExpressionMatchIterator it = word.globalMatch( pages.at( page ) );
      while ( it.hasNext() )
      {
        const QRegularExpressionMatch match = it.next();
        words << qMakePair( QRectF( QPointF( match.captured( 1 ).toDouble(), match.captured( 2 ).toDouble() ),
                                    QPointF( match.captured( 3 ).toDouble(), match.captured( 4 ).toDouble() ) ),
                            match.captured( 5 ) );
      }
      for ( int i = 0; i < words.size(); ++i )
      {
        for ( int j = i + 1; j < words.size(); ++j )
        {
          const QRectF common = words.at( i ).first.intersected( words.at( j ).first );
          if ( common.width() > 0.5 && common.height() > 0.5 )
            overlaps << QStringLiteral( "page %1: '%2' over '%3'" )
                            .arg( page )
                            .arg( words.at( i ).second, words.at( j ).second );
        }
      }
    }
    return overlaps;
  }

  /**
   * \brief Returns what poppler reports on stderr while drawing every page of the PDF \a file
   * (syntax errors such as "No current point in closepath"); empty for a clean file.
   */
  inline QString popplerComplaints( const QString &file )
  {
    QProcess process;
    process.start( QStringLiteral( "pdftoppm" ), { QStringLiteral( "-r" ), QStringLiteral( "10" ), file,
                                                   QDir::temp().filePath( QStringLiteral( "psa-poppler-check" ) ) } );
    process.waitForFinished( 120000 );
    for ( const QString &page : QDir::temp().entryList( { QStringLiteral( "psa-poppler-check*" ) }, QDir::Files ) )
      QFile::remove( QDir::temp().filePath( page ) );
    return QString::fromUtf8( process.readAllStandardError() ).trimmed();
  }

  /**
   * \brief Returns \a text with runs of white space made single spaces (pdftotext breaks lines)
   * and typographic ligatures (ﬁ) split into letters (compatibility normalisation).
   */
  inline QString simplified( const QString &text )
  {
    return text.normalized( QString::NormalizationForm_KC ).simplified();
  }
} // namespace PrintTestUtils

#endif // PRINTTESTUTILS_H
