"""End-to-end abuse of the "Sea-lane routes" background task in the real QGIS.

A long routing run (every port of the network to ten ports) is started as the Processing dialog
starts it (QgsProcessingAlgRunnerTask in QGIS's task manager) and, once it has made progress:
first canceled; in a second run the project is cleared (Project > New); in a third the plugin is
unloaded through QGIS's Plugin Manager.
Reports how each run ended, its log, and what is left in the window and the project. Run by
qgis --code."""
import os
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402
from qgis.utils import iface  # noqa: E402

CONNECTORS = os.path.join(os.environ["PSA_E2E_DIR"], "..", "..", "layers", "sealanes", "port_connectors_20km.geojson")
OD_TABLE_NAME = "analyst OD table"
result = {}


def od_table():
    """The analyst's origin-destination table: every port of the network to ten ports."""
    connectors = QgsVectorLayer(CONNECTORS, "connectors", "ogr")
    codes = sorted({feature["unlocode"] for feature in connectors.getFeatures()})
    layer = QgsVectorLayer("None?field=from:string&field=to:string", OD_TABLE_NAME, "memory")
    features = []
    for origin in codes:
        for destination in codes[:10]:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([origin, destination])
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def run_abused(table, abuse):
    """Runs the algorithm in a task; calls abuse(task) once it passed 1 %; waits for its end."""
    algorithm = QgsApplication.processingRegistry().algorithmById(e2e.SEALANE_ALGORITHM_ID)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    parameters = {"OD_TABLE": table.id(), "ORIGIN_CODE_FIELD": "from", "DESTINATION_CODE_FIELD": "to",
                  "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT}
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    state = {"abused_at": None, "ended": False, "completed": False}
    loop = QEventLoop()

    def on_progress(progress):
        if state["abused_at"] is None and progress >= 1:
            state["abused_at"] = progress
            abuse(task)

    def on_end(completed):
        state["ended"] = True
        state["completed"] = completed
        loop.quit()

    task.progressChanged.connect(on_progress)
    task.taskCompleted.connect(lambda: on_end(True))
    task.taskTerminated.connect(lambda: on_end(False))
    QTimer.singleShot(150000, loop.quit)
    QgsApplication.taskManager().addTask(task)
    loop.exec_()
    state["log"] = feedback.textLog()
    return state


def unload_through_plugin_manager(_task):
    """Unticks the plugin in Plugins > Manage and Install Plugins, as an analyst does."""

    def untick():
        dialog = QApplication.activeModalWidget()
        item = e2e.plugin_item(dialog) if dialog else None
        result["found_in_plugin_manager"] = item is not None
        if item is not None:
            item.setCheckState(Qt.Unchecked)
            QApplication.processEvents()
        if dialog:
            dialog.reject()

    QTimer.singleShot(500, untick)
    iface.pluginManagerInterface().showPluginManager()


def check():
    table = od_table()
    result["od_rows"] = table.featureCount()
    result["canceled_run"] = run_abused(table, lambda task: task.cancel())
    # Project > New while it runs: the input table is deleted under the running task.
    result["project_cleared_run"] = run_abused(table, lambda task: QgsProject.instance().clear())
    table = od_table()
    result["unloaded_run"] = run_abused(table, unload_through_plugin_manager)
    result["after_unload"] = e2e.inventory()
    result["od_tables_left"] = len(QgsProject.instance().mapLayersByName(OD_TABLE_NAME))
    return result


e2e.run_check(check)
