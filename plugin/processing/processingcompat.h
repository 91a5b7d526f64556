/***************************************************************************
  processingcompat.h
  Port Seizure Atlas: the QGIS enums the Processing provider uses, for QGIS 3.22 up to QGIS 4
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PROCESSINGCOMPAT_H
#define PROCESSINGCOMPAT_H

#include <QVariant>
#include <qgis.h>
#include <qgsconfig.h>
#include <qgsfeaturerequest.h>
#include <qgsfield.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#if _QGIS_VERSION_INT >= 32800
#include <qgsvariantutils.h>
#endif

/**
 * \brief The QGIS enum values the Processing provider needs, named once for every QGIS it builds against.
 *
 * QGIS 3.30 to 3.38 moved these enums into the Qgis class and deprecated the old ones; QGIS 4 removes the old
 * ones. With -Werror a deprecated name fails the build, so each value is taken from where the QGIS being built
 * against keeps it.
 */
namespace ProcessingCompat
{
#if _QGIS_VERSION_INT >= 33600
  //! Source type of a point layer parameter.
  constexpr int SOURCE_POINTS = static_cast<int>( Qgis::ProcessingSourceType::VectorPoint );
  //! Source type of a table parameter (with or without geometry).
  constexpr int SOURCE_ANY_TABLE = static_cast<int>( Qgis::ProcessingSourceType::Vector );
  //! Layer type of a line sink.
  constexpr Qgis::ProcessingSourceType SINK_LINES = Qgis::ProcessingSourceType::VectorLine;
  //! Field parameter accepting any field type.
  constexpr Qgis::ProcessingFieldParameterDataType FIELD_ANY = Qgis::ProcessingFieldParameterDataType::Any;
  //! Field parameter accepting numeric fields.
  constexpr Qgis::ProcessingFieldParameterDataType FIELD_NUMERIC = Qgis::ProcessingFieldParameterDataType::Numeric;
  //! Number parameter holding a double.
  constexpr Qgis::ProcessingNumberParameterType NUMBER_DOUBLE = Qgis::ProcessingNumberParameterType::Double;
  //! Parameter flag that moves a parameter to the "Advanced" section.
  constexpr Qgis::ProcessingParameterFlag PARAMETER_ADVANCED = Qgis::ProcessingParameterFlag::Advanced;
  //! Feature request flag that skips geometries.
  constexpr Qgis::FeatureRequestFlag REQUEST_NO_GEOMETRY = Qgis::FeatureRequestFlag::NoGeometry;
  //! Processing source flag that reads every feature whatever the invalid geometry setting.
  constexpr Qgis::ProcessingFeatureSourceFlag SOURCE_SKIP_VALIDITY_CHECKS =
      Qgis::ProcessingFeatureSourceFlag::SkipGeometryValidityChecks;
  //! Algorithm flag: must run in the main thread.
  constexpr Qgis::ProcessingAlgorithmFlag ALGORITHM_NO_THREADING = Qgis::ProcessingAlgorithmFlag::NoThreading;
  //! Algorithm flag: can run in batch mode.
  constexpr Qgis::ProcessingAlgorithmFlag ALGORITHM_SUPPORTS_BATCH = Qgis::ProcessingAlgorithmFlag::SupportsBatch;
  //! Algorithm flag: can be canceled.
  constexpr Qgis::ProcessingAlgorithmFlag ALGORITHM_CAN_CANCEL = Qgis::ProcessingAlgorithmFlag::CanCancel;
  //! File parameter taking a file (not a folder).
  constexpr Qgis::ProcessingFileParameterBehavior FILE_PARAMETER_FILE = Qgis::ProcessingFileParameterBehavior::File;
#else
  //! File parameter taking a file (not a folder).
  constexpr QgsProcessingParameterFile::Behavior FILE_PARAMETER_FILE = QgsProcessingParameterFile::File;
  //! Source type of a point layer parameter.
  constexpr int SOURCE_POINTS = QgsProcessing::TypeVectorPoint;
  //! Source type of a table parameter (with or without geometry).
  constexpr int SOURCE_ANY_TABLE = QgsProcessing::TypeVector;
  //! Layer type of a line sink.
  constexpr QgsProcessing::SourceType SINK_LINES = QgsProcessing::TypeVectorLine;
  //! Field parameter accepting any field type.
  constexpr QgsProcessingParameterField::DataType FIELD_ANY = QgsProcessingParameterField::Any;
  //! Field parameter accepting numeric fields.
  constexpr QgsProcessingParameterField::DataType FIELD_NUMERIC = QgsProcessingParameterField::Numeric;
  //! Number parameter holding a double.
  constexpr QgsProcessingParameterNumber::Type NUMBER_DOUBLE = QgsProcessingParameterNumber::Double;
  //! Parameter flag that moves a parameter to the "Advanced" section.
  constexpr QgsProcessingParameterDefinition::Flag PARAMETER_ADVANCED = QgsProcessingParameterDefinition::FlagAdvanced;
  //! Feature request flag that skips geometries.
  constexpr QgsFeatureRequest::Flag REQUEST_NO_GEOMETRY = QgsFeatureRequest::NoGeometry;
  //! Processing source flag that reads every feature whatever the invalid geometry setting.
  constexpr QgsProcessingFeatureSource::Flag SOURCE_SKIP_VALIDITY_CHECKS =
      QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks;
  //! Algorithm flag: must run in the main thread.
  constexpr QgsProcessingAlgorithm::Flag ALGORITHM_NO_THREADING = QgsProcessingAlgorithm::FlagNoThreading;
  //! Algorithm flag: can run in batch mode.
  constexpr QgsProcessingAlgorithm::Flag ALGORITHM_SUPPORTS_BATCH = QgsProcessingAlgorithm::FlagSupportsBatch;
  //! Algorithm flag: can be canceled.
  constexpr QgsProcessingAlgorithm::Flag ALGORITHM_CAN_CANCEL = QgsProcessingAlgorithm::FlagCanCancel;
#endif

#if _QGIS_VERSION_INT >= 33000
  //! WKB type of the output lines.
  constexpr Qgis::WkbType WKB_LINESTRING = Qgis::WkbType::LineString;
#else
  //! WKB type of the output lines.
  constexpr QgsWkbTypes::Type WKB_LINESTRING = QgsWkbTypes::LineString;
#endif

#if _QGIS_VERSION_INT >= 33800
  //! Type of a QgsField.
  using FieldType = QMetaType::Type;
  //! Text field type.
  constexpr FieldType FIELD_TYPE_STRING = QMetaType::Type::QString;
  //! Floating point field type.
  constexpr FieldType FIELD_TYPE_DOUBLE = QMetaType::Type::Double;
  //! Boolean field type.
  constexpr FieldType FIELD_TYPE_BOOL = QMetaType::Type::Bool;
#else
  //! Type of a QgsField.
  using FieldType = QVariant::Type;
  //! Text field type.
  constexpr FieldType FIELD_TYPE_STRING = QVariant::String;
  //! Floating point field type.
  constexpr FieldType FIELD_TYPE_DOUBLE = QVariant::Double;
  //! Boolean field type.
  constexpr FieldType FIELD_TYPE_BOOL = QVariant::Bool;
#endif

  /**
   * \brief Returns TRUE if \a value is NULL or invalid. With Qt 6 a null QString in a QVariant is not
   * QVariant::isNull(), so QGIS 3.28 and later have their own test.
   */
  inline bool isNull( const QVariant &value )
  {
#if _QGIS_VERSION_INT >= 32800
    return QgsVariantUtils::isNull( value );
#else
    return value.isNull();
#endif
  }
} // namespace ProcessingCompat

#endif // PROCESSINGCOMPAT_H
