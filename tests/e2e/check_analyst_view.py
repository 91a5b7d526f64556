"""End-to-end: what an analyst reads in the real QGIS after "Add ports and seizures".

Walks through the map as an analyst does and reports what is on screen: the Temporal Controller
(frame length, the year a frame shows in the ports' labels and in the panel), the legend (label
lengths, layer names not cut, the routes' legend filtered to the origins on the map), an origin
filter (the wording in the panel and in the ports' labels), the map tip (why a figure is
preferred), the attribute table's formatting, the map's extent, and the panel's width at QGIS's
default dock width. Saves screenshots of the panel and the map. Run by qgis --code."""
import os
import sys
import time

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayerTree,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDateTime, Qt  # noqa: E402
from qgis.PyQt.QtGui import QFontMetrics  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QScrollArea, QWidget  # noqa: E402
from qgis.utils import iface  # noqa: E402

TABLE_PROPERTY = "port-seizure-atlas/table"
ARTIFACTS = os.environ.get("PSA_E2E_ARTIFACTS", "")


def wait(seconds):
    """Lets QGIS process events (debounced filter, deferred framing, rendering) for a while."""
    end = time.time() + seconds
    while time.time() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def settle():
    wait(0.5)
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    wait(0.5)
    canvas.waitWhileRendering()
    QApplication.processEvents()


def layer(table):
    for candidate in QgsProject.instance().mapLayers().values():
        if candidate.customProperty(TABLE_PROPERTY) == table:
            return candidate
    return None


def port_feature(ports, unlocode):
    return next(ports.getFeatures(QgsFeatureRequest().setFilterExpression("\"unlocode\" = '%s'" % unlocode)))


def port_label(unlocode):
    """The label text of a port as the map draws it now (the canvas's expression context)."""
    ports = layer("ports")
    context = iface.mapCanvas().mapSettings().expressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(ports))
    context.setFeature(port_feature(ports, unlocode))
    expression = QgsExpression(ports.labeling().settings().fieldName)
    return expression.evaluate(context)


def map_tip(unlocode):
    ports = layer("ports")
    context = iface.mapCanvas().mapSettings().expressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(ports))
    context.setFeature(port_feature(ports, unlocode))
    return QgsExpression.replaceExpressionText(ports.mapTipTemplate(), context)


def legend_labels(table):
    """Labels of the legend entries the Layers panel lists under a layer now."""
    view = iface.layerTreeView()
    model = view.layerTreeModel()
    node = QgsProject.instance().layerTreeRoot().findLayer(layer(table).id())
    return [legend_node.data(Qt.DisplayRole) for legend_node in model.layerLegendNodes(node)]


def layer_names_cut():
    """Layer names wider than the Layers panel leaves them (QGIS cuts them with '…')."""
    view = iface.layerTreeView()
    model = view.layerTreeModel()
    cut = []
    for tree_layer in QgsProject.instance().layerTreeRoot().findLayers():
        index = view.node2index(tree_layer) if hasattr(view, "node2index") else model.node2index(tree_layer)
        index = view.proxyModel().mapFromSource(index) if hasattr(view, "proxyModel") else index
        rect = view.visualRect(index)
        font = model.data(model.node2index(tree_layer), Qt.FontRole) or view.font()
        text_width = QFontMetrics(font).horizontalAdvance(tree_layer.name())
        # checkbox and icon sit left of the text, inside the item's rectangle
        if rect.left() + 44 + text_width > view.viewport().width():
            cut.append({"name": tree_layer.name(), "left": rect.left(), "text": text_width, "viewport": view.viewport().width()})
    return cut


def check_country(panel, prefix, iso):
    lst = panel.findChild(QListWidget, prefix + "List")
    for row in range(lst.count()):
        item = lst.item(row)
        if item.data(Qt.UserRole) == iso:
            item.setCheckState(Qt.Checked)


def panel_geometry(dock):
    scroll = dock.findChild(QScrollArea)
    content = scroll.widget()
    combos = [dock.findChild(QComboBox, name) for name in ("yearFromCombo", "yearToCombo")]
    parts = {}
    for name in ("yearFromCombo", "destinationBox", "originBox", "summaryBox", "yearChart", "totalLabel"):
        widget = dock.findChild(QWidget, name)
        top = widget.mapTo(content, widget.rect().topLeft()).y()
        parts[name] = {"top": top, "bottom": top + widget.height(), "visible": widget.isVisible()}
    return {
        "dock_width": dock.width(),
        "viewport_width": scroll.viewport().width(),
        "viewport_height": scroll.viewport().height(),
        "content_width": content.width(),
        "content_minimum_width": content.minimumSizeHint().width(),
        "horizontal_scrollbar_visible": scroll.horizontalScrollBar().isVisible(),
        "combos_cut": [c.width() < c.minimumSizeHint().width() for c in combos],
        "combo_texts": [c.currentText() for c in combos],
        "parts": parts,
        "window_height": iface.mainWindow().height(),
    }


def check():
    result = {}
    window = iface.mainWindow()
    window.resize(1400, 900)
    dock = e2e.plugin_docks()[0]
    dock.show()
    add = [a for m in e2e.plugin_menus() for a in m.actions() if a.objectName() == "PortSeizureAtlasAddLayersAction"]
    add[0].trigger()
    settle()
    panel = dock.widget().widget().findChild(QWidget, "filterPanel")
    canvas = iface.mapCanvas()

    # The panel at QGIS's default dock width, and in a 900-pixel-high window.
    result["panel"] = panel_geometry(dock)

    # Map extent: Europe and the Atlantic routes, in WGS 84.
    to_wgs84 = QgsCoordinateTransform(QgsProject.instance().crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    extent = to_wgs84.transformBoundingBox(canvas.extent())
    result["extent_wgs84"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
    full = to_wgs84.transformBoundingBox(QgsProject.instance().viewSettings().fullExtent())
    result["full_extent_wgs84"] = [full.xMinimum(), full.yMinimum(), full.xMaximum(), full.yMaximum()]

    # Legend and layer names.
    result["layer_names"] = [t.name() for t in QgsProject.instance().layerTreeRoot().findLayers()]
    result["layer_names_cut"] = layer_names_cut()
    result["ports_legend"] = legend_labels("ports")
    result["ports_tooltip"] = iface.layerTreeView().layerTreeModel().data(
        iface.layerTreeView().layerTreeModel().node2index(QgsProject.instance().layerTreeRoot().findLayer(layer("ports").id())), Qt.ToolTipRole)
    result["routes_legend_all"] = legend_labels("inbound_routes")

    # Attribute table: aliases, rounded numbers, readable codes.
    ports = layer("ports")
    registry = QgsApplication.fieldFormatterRegistry()
    rotterdam = port_feature(ports, "NLRTM")
    shown = {}
    for name in ("latest_tonnes", "role", "selected_tonnes"):
        index = ports.fields().indexOf(name)
        setup = ports.editorWidgetSetup(index)
        formatter = registry.fieldFormatter(setup.type())
        shown[name] = formatter.representValue(ports, index, setup.config(), None, rotterdam[name])
    result["rotterdam_shown"] = shown
    result["ports_aliases"] = [ports.attributeDisplayName(i) for i in range(ports.fields().count())]
    result["figures_aliases"] = [layer("seizure_figures").attributeDisplayName(i) for i in range(layer("seizure_figures").fields().count())]

    # Map tip: why each figure is preferred or not.
    result["antwerp_map_tip"] = map_tip("BEANR")

    # Screenshots before any filter.
    if ARTIFACTS:
        settle()
        canvas.grab().save(os.path.join(ARTIFACTS, "analyst-map-default.png"))
        panel.grab().save(os.path.join(ARTIFACTS, "analyst-panel-default.png"))  # the whole filter panel, scrolled or not
        window.grab().save(os.path.join(ARTIFACTS, "analyst-window-default.png"))

    # Temporal Controller: a one-year step over the data's years; a frame is one year everywhere.
    navigation = canvas.temporalController()
    if not hasattr(navigation, "setNavigationMode"):  # only the base class is exposed: take QGIS's own widget's
        from qgis.gui import QgsTemporalControllerWidget
        navigation = window.findChild(QgsTemporalControllerWidget).temporalController()
    result["frame_duration_years"] = navigation.frameDuration().years()
    result["frame_duration_seconds"] = navigation.frameDuration().seconds()
    result["frame_count"] = navigation.totalFrameCount()
    result["time_aware_layers"] = sorted(t.name() for t in QgsProject.instance().layerTreeRoot().findLayers() if t.layer().temporalProperties() and t.layer().temporalProperties().isActive())
    navigation.setNavigationMode(navigation.Animated)
    frame = navigation.findBestFrameNumberForFrameStart(QDateTime.fromString("2021-01-01T00:00:00", Qt.ISODate))
    navigation.setCurrentFrameNumber(frame)
    settle()
    frame_range = navigation.dateTimeRangeForFrameNumber(navigation.currentFrameNumber())
    result["frame_2021"] = {
        "begin": frame_range.begin().toString(Qt.ISODate),
        "end": frame_range.end().toString(Qt.ISODate),
        "panel_years": [dock.findChild(QComboBox, "yearFromCombo").currentText(), dock.findChild(QComboBox, "yearToCombo").currentText()],
        "antwerp_label": port_label("BEANR"),
        "routes_subset": layer("inbound_routes").subsetString(),
        "canvas_range_begin": canvas.mapSettings().temporalRange().begin().toString(Qt.ISODate),
    }
    # The next frame moves the panel's years along.
    navigation.next()
    settle()
    result["after_next"] = {
        "panel_years": [dock.findChild(QComboBox, "yearFromCombo").currentText(), dock.findChild(QComboBox, "yearToCombo").currentText()],
        "antwerp_label": port_label("BEANR"),
    }
    # Europe at its own scale: labels without collisions, overlapping circles readable.
    if ARTIFACTS:
        from_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().crs(), QgsProject.instance())
        canvas.setExtent(from_wgs84.transformBoundingBox(QgsRectangle(-11, 35, 31, 61)))
        settle()
        result["europe_scale"] = canvas.scale()
        canvas.grab().save(os.path.join(ARTIFACTS, "analyst-map-europe-2022.png"))
        canvas.setExtent(from_wgs84.transformBoundingBox(QgsRectangle(1.5, 50.5, 6.5, 53.5)))
        settle()
        result["benelux_scale"] = canvas.scale()
        canvas.grab().save(os.path.join(ARTIFACTS, "analyst-map-benelux-2022.png"))
        canvas.setExtent(QgsProject.instance().viewSettings().fullExtent())
        settle()

    navigation.setNavigationMode(navigation.NavigationOff)
    settle()

    # Origin filter: Ecuador only, over 2021–2023.
    from_combo = dock.findChild(QComboBox, "yearFromCombo")
    to_combo = dock.findChild(QComboBox, "yearToCombo")
    from_combo.setCurrentIndex(from_combo.findText("2021"))
    to_combo.setCurrentIndex(to_combo.findText("2023"))
    check_country(panel, "origin", "EC")
    wait(0.6)
    settle()
    result["origin_filter"] = {
        "total": dock.findChild(QLabel, "totalLabel").text(),
        "selection": dock.findChild(QLabel, "selectionLabel").text(),
        "routes": dock.findChild(QLabel, "documentedRoutesLabel").text(),
        "antwerp_label": port_label("BEANR"),
        "antwerp_map_tip": map_tip("BEANR"),
        "routes_legend": legend_labels("inbound_routes"),
        "change_cells": [panel.findChild(QWidget, "topPortsTable").item(r, 3).text() for r in range(panel.findChild(QWidget, "topPortsTable").rowCount())],
    }
    if ARTIFACTS:
        settle()
        canvas.grab().save(os.path.join(ARTIFACTS, "analyst-map-ecuador-2021-2023.png"))
        panel.grab().save(os.path.join(ARTIFACTS, "analyst-panel-ecuador-2021-2023.png"))
        window.grab().save(os.path.join(ARTIFACTS, "analyst-window-ecuador-2021-2023.png"))
    result["messages"] = e2e.message_bar_texts()
    return result


e2e.run_check(check, delay_ms=2500)
