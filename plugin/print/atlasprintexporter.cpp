/***************************************************************************
  atlasprintexporter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasprintexporter.h"

#include "printpagefiles.h"
#include "workingfile.h"

#include <QDir>
#include <QFileInfo>
#include <qgsfeedback.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgsprintlayout.h>
#include <qgsvectorsimplifymethod.h>

namespace
{
  /**
   * Vector output (PDF, SVG): text stays text (searchable, selectable, smaller than outlines), and
   * geometries keep the detail one device pixel at the export's resolution can show. QGIS's own
   * export setting keeps a tenth of a pixel: the coasts of the world map and the routes' geodesic
   * arcs, in the main map and the Atlantic map, then filled one A4 page with 380,000 line segments.
   */
  template <class Settings> void prepareVectorExport( Settings &settings, QgsLayout *layout )
  {
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    settings.simplifyGeometries = false; // QGIS's 0.1 px method; the layout's own below instead
    QgsVectorSimplifyMethod method;
    method.setSimplifyHints( QgsVectorSimplifyMethod::GeometrySimplification );
    method.setForceLocalOptimization( true );
    // Snapped to one global grid: neighbouring polygons keep their shared borders (no slivers).
    method.setSimplifyAlgorithm( QgsVectorSimplifyMethod::SnappedToGridGlobal );
    method.setThreshold( 1.0f ); // device pixels
    layout->renderContext().setSimplifyMethod( method );
  }

  QString exportError( QgsLayoutExporter::ExportResult result, const QString &detail, const QString &fileName )
  {
    switch ( result )
    {
    case QgsLayoutExporter::Success:
      return QString();
    case QgsLayoutExporter::Canceled:
      return AtlasPrintExporter::tr( "Export cancelled; %1 was not written." ).arg( fileName );
    case QgsLayoutExporter::MemoryError:
      return AtlasPrintExporter::tr( "Not enough memory to export %1: choose a lower resolution or a smaller paper." )
          .arg( fileName );
    case QgsLayoutExporter::IteratorError:
      return AtlasPrintExporter::tr( "The atlas has no page to print for this selection." );
    case QgsLayoutExporter::FileError:
    case QgsLayoutExporter::PrintError:
    case QgsLayoutExporter::SvgLayerError:
      break;
    }
    return detail.isEmpty() ? AtlasPrintExporter::tr( "Cannot write %1." ).arg( fileName ) : detail;
  }
} // namespace

QString AtlasPrintExporter::checkDestination( const QString &fileName, const PrintOptions &options )
{
  const PrintOptions::Format format = PrintOptions::formatFromFileName( fileName );
  if ( format == PrintOptions::Format::Unknown )
    return tr( "%1: unknown output format; the file name must end in .pdf, .png or .svg." ).arg( fileName );
  if ( options.atlas != PrintOptions::Atlas::None && format != PrintOptions::Format::Pdf )
    return tr( "%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf." ).arg( fileName );
  const QFileInfo info( fileName );
  const QFileInfo folder( info.absolutePath() );
  if ( !folder.isDir() )
    return tr( "%1: the folder %2 does not exist." ).arg( fileName, folder.absoluteFilePath() );
  if ( !folder.isWritable() || ( info.exists() && !info.isWritable() ) )
    return tr( "%1: cannot write there (permission denied)." ).arg( fileName );
  if ( info.isDir() )
    return tr( "%1 is a folder, not a file name." ).arg( fileName );
  if ( options.dpi < 10 || options.dpi > 2400 )
    return tr( "%1 dpi is out of range (10 to 2400)." ).arg( options.dpi );
  return QString();
}

bool AtlasPrintExporter::exportLayout( QgsPrintLayout *layout, const QString &fileName, const PrintOptions &options,
                                       QgsFeedback *feedback, QString *error )
{
  *error = checkDestination( fileName, options );
  if ( !error->isEmpty() )
    return false;
  const QFileInfo target( fileName );
  const PrintOptions::Format format = PrintOptions::formatFromFileName( fileName );
  // Same folder, so the final rename never crosses file systems; hidden, so nobody opens it half-way.
  WorkingFile working( target.absoluteFilePath(), QStringLiteral( "partial." ) + target.suffix() );
  const QString partial = working.path();

  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
  QString detail;
  if ( layout->atlas()->enabled() )
  {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = options.dpi;
    settings.forceVectorOutput = true;
    prepareVectorExport( settings, layout );
    result = QgsLayoutExporter::exportToPdf( layout->atlas(), partial, settings, detail, feedback );
  }
  else
  {
    QgsLayoutExporter exporter( layout );
    if ( feedback )
      feedback->setProgress( 10 );
    if ( format == PrintOptions::Format::Pdf )
    {
      QgsLayoutExporter::PdfExportSettings settings;
      settings.dpi = options.dpi;
      settings.forceVectorOutput = true;
      prepareVectorExport( settings, layout );
      result = exporter.exportToPdf( partial, settings );
    }
    else if ( format == PrintOptions::Format::Svg )
    {
      QgsLayoutExporter::SvgExportSettings settings;
      settings.dpi = options.dpi;
      settings.forceVectorOutput = true;
      prepareVectorExport( settings, layout );
      result = exporter.exportToSvg( partial, settings );
    }
    else
    {
      QgsLayoutExporter::ImageExportSettings settings;
      settings.dpi = options.dpi;
      result = exporter.exportToImage( partial, settings );
    }
    if ( result != QgsLayoutExporter::Success && !exporter.errorFile().isEmpty() )
      detail = exporter.errorFile() == partial
                   ? tr( "Cannot write %1: writing the file failed (is the disk full?)." ).arg( fileName )
                   : tr( "Cannot write %1." ).arg( exporter.errorFile() );
    if ( feedback && feedback->isCanceled() )
      result = QgsLayoutExporter::Canceled;
  }
  if ( result != QgsLayoutExporter::Success )
  {
    PrintPageFiles::removeExtraPages( partial, format );
    *error = exportError( result, detail, fileName );
    return false;
  }
  // PNG and SVG: one file per page; the pages after the map (the "Sources" page) go beside it, first.
  if ( format != PrintOptions::Format::Pdf &&
       PrintPageFiles::moveExtraPages( partial, target.absoluteFilePath(), format, error ).isEmpty() &&
       !error->isEmpty() )
    return false;
  // QGIS does not see a write that failed (a full disk): the file is checked whole, flushed to
  // the disk, then renamed over the target; until then an older file stays as it was.
  const QString failure = working.commit( WorkingFile::Existing::Replace );
  if ( !failure.isEmpty() )
  {
    *error = failure;
    return false;
  }
  if ( feedback )
    feedback->setProgress( 100 );
  return true;
}
