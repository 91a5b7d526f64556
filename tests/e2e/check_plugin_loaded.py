"""End-to-end: the plugin is loaded in the real QGIS, with one dock, one menu entry and one
toolbar button; the button shows and hides the dock; "Add ports and seizures" adds the
plugin's layers once. Run by qgis --code."""
import os
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402
from qgis.utils import iface  # noqa: E402


def check():
    result = {"at_start": e2e.inventory()}
    actions = e2e.toolbar_actions()
    docks = e2e.plugin_docks()
    if actions and docks:
        action, dock = actions[0], docks[0]
        result["icon_is_null"] = action.icon().isNull()
        result["action_text"] = action.text()
        dock.show()
        QApplication.processEvents()
        result["visible_before_toggle"] = dock.isVisible()
        action.trigger()
        QApplication.processEvents()
        result["visible_after_first_toggle"] = dock.isVisible()
        action.trigger()
        QApplication.processEvents()
        result["visible_after_second_toggle"] = dock.isVisible()
        add = [a for m in e2e.plugin_menus() for a in m.actions() if a.objectName() == "PortSeizureAtlasAddLayersAction"]
        result["add_layers_actions"] = len(add)
        if add:
            add[0].trigger()
            QApplication.processEvents()
            QApplication.processEvents()
            result["project_crs"] = QgsProject.instance().crs().authid()
            result["layers_after_add"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
            result["invalid_layers"] = [layer.name() for layer in QgsProject.instance().mapLayers().values() if not layer.isValid()]
            group = QgsProject.instance().layerTreeRoot().findGroup("Port Seizure Atlas")
            result["group_layer_count"] = len(group.findLayers()) if group else 0
            result["messages_after_add"] = e2e.message_bar_texts()
            add[0].trigger()
            QApplication.processEvents()
            result["layer_count_after_second_add"] = len(QgsProject.instance().mapLayers())
            iface.mapCanvas().waitWhileRendering()
        status = dock.findChild(__import__("qgis.PyQt.QtWidgets", fromlist=["QLabel"]).QLabel, "statusLabel")
        result["status_text"] = status.text() if status else None
        screenshot = os.environ.get("PSA_E2E_SCREENSHOT")
        if screenshot:
            iface.mainWindow().resize(1400, 900)
            QApplication.processEvents()
            iface.mapCanvas().refreshAllLayers()
            iface.mapCanvas().waitWhileRendering()
            QApplication.processEvents()
            iface.mainWindow().grab().save(screenshot)
    result["messages"] = e2e.message_bar_texts()
    return result


e2e.run_check(check)
