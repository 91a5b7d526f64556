"""End-to-end abuse: a project saved with the atlas layers is opened after their GeoPackage moved.

The layers are added by the plugin ("Add ports and seizures"), pointed at the analyst's own copy
of the GeoPackage and saved in a project; the copy is then moved away and the project opened
again. Whatever QGIS asks about unavailable layers is answered by closing the question (the layers
are kept). Reports the layers, which of them are unavailable, what the plugin's panel says, and
whether saving again keeps everything. Run by qgis --code."""
import os
import shutil
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QLabel  # noqa: E402

TABLE_PROPERTY = "port-seizure-atlas/table"
GEOPACKAGE = "port_seizure_atlas.gpkg"
result = {}


def plugin_layers():
    """The layers the plugin added (the basemap from QGIS's world map included)."""
    return [layer for layer in QgsProject.instance().mapLayers().values() if layer.customProperty(TABLE_PROPERTY)]


def close_questions():
    """Closes any modal question (QGIS's unavailable-layers dialog), keeping the layers."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        result.setdefault("questions", []).append(dialog.windowTitle())
        dialog.reject()
    if result.get("reading"):
        QTimer.singleShot(200, close_questions)


def read_project(path):
    result["reading"] = True
    QTimer.singleShot(200, close_questions)
    ok = QgsProject.instance().read(path)
    result["reading"] = False
    QApplication.processEvents()
    return ok


def check():
    work = os.path.dirname(os.environ["PSA_E2E_RESULT"])
    data = os.path.join(work, "analyst-data")
    os.makedirs(data)
    add = [a for m in e2e.plugin_menus() for a in m.actions() if a.objectName() == "PortSeizureAtlasAddLayersAction"]
    add[0].trigger()
    QApplication.processEvents()
    own = os.path.join(data, GEOPACKAGE)
    for layer in plugin_layers():
        source = layer.source()
        if "port_seizure_atlas" in source and "world_map" not in source:
            # The plugin reads its file through a read-only view: /vsisparse/<dir>/<name>.readonly.gpkg.
            view = source.split("|")[0]
            original = os.path.join(os.path.dirname(view.replace("/vsisparse/", "", 1)), GEOPACKAGE)
            if not os.path.exists(own):
                shutil.copy(original, own)
            layer.setDataSource(source.replace(view, own), layer.name(), layer.providerType())
    result["layers_before"] = len(plugin_layers())
    project = os.path.join(work, "analyst.qgz")
    result["saved"] = QgsProject.instance().write(project)
    moved = os.path.join(work, "moved.gpkg")
    shutil.move(own, moved)

    QgsProject.instance().clear()
    result["read"] = read_project(project)
    QApplication.processEvents()
    result["layers_after"] = len(plugin_layers())
    result["unavailable"] = sorted(layer.name() for layer in plugin_layers() if not layer.isValid())
    dock = e2e.plugin_docks()[0]
    hint = dock.findChild(QLabel, "filterHintLabel")
    result["panel_hint"] = hint.text() if hint is not None and hint.isVisible() else None
    result["moved_path"] = own

    # Nothing lost: saved again, with the file put back, the layers come back.
    resaved = os.path.join(work, "resaved.qgz")
    result["resaved"] = QgsProject.instance().write(resaved)
    shutil.move(moved, own)
    QgsProject.instance().clear()
    result["reread"] = read_project(resaved)
    result["unavailable_after_file_back"] = sorted(layer.name() for layer in plugin_layers() if not layer.isValid())
    result["layers_after_file_back"] = len(plugin_layers())
    return result


e2e.run_check(check)
