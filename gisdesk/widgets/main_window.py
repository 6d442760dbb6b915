"""The main window: map in the middle, layers on the left, attribute table below, as in QGIS.

Widgets here are thin: they bind to model events (psygnal) and change the model through undoable
commands; the map canvas renders on a worker thread. Files and projects open in a worker too.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pyproj import Transformer
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from gisdesk.core import workers
from gisdesk.core.crs import WGS84, crs_label, to_crs
from gisdesk.core.project import SUFFIX, Project
from gisdesk.layers import VectorLayer
from gisdesk.settings import Settings, fmt_area, fmt_distance, fmt_int, fmt_number, ui_language
from gisdesk.widgets.map_canvas import MapCanvas

DATA_FILTER = ("*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.gml *.gpx *.csv *.xlsx *.tif "
               "*.tiff *.hgt")


class _LoadSignals(QObject):
    shell = Signal(object)  # a project opened without its layers yet (they follow one by one)
    layer = Signal(int, object)  # (index in the project file, layer), as each layer is read
    done = Signal(object, object)  # (Project | list[OpenResult] | None, error text | None)


class LoadJob:
    """Open a project file or data files off the GUI thread (``workers.submit(job.run)``).

    A project is shown at once (``shell``) and its layers, read in parallel, are added as they arrive
    (``layer``); ``done`` carries the project again with the problems met."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = list(paths)
        self.signals = _LoadSignals()

    def run(self) -> None:  # worker thread
        from gisdesk.core.errors import ProjectError, ReadError
        from gisdesk.core.project import read_layers

        try:
            if len(self.paths) == 1 and self.paths[0].lower().endswith(SUFFIX):
                project, states = Project.open_shell(self.paths[0])
                self.signals.shell.emit(project)
                _layers, problems = read_layers(states, on_layer=self.signals.layer.emit)
                self.signals.done.emit((project, problems), None)
                return
            from gisdesk.io import open_path

            results, errors = [], []
            for p in self.paths:
                try:
                    results.append(open_path(p))
                except ReadError as exc:
                    errors.append(str(exc))
            self.signals.done.emit(results, "\n".join(errors) or None)
        except (ProjectError, ReadError) as exc:
            self.signals.done.emit(None, str(exc))
        except Exception as exc:  # noqa: BLE001 - the app must survive anything a file does to a reader
            self.signals.done.emit(None, f"{type(exc).__name__}: {exc}")




class MainWindow(QMainWindow):
    loaded = Signal()
    html_exported = Signal(object)  # the HtmlResult of Project > Export interactive map

    def __init__(self, project: Project | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.project = project or Project(name=self.tr("Untitled"), crs=self._prefs().default_crs)
        self.undo_stack = QUndoStack(self)
        self._db_stores: tuple[Any, Any] | None = None  # (ConnectionStore, PasswordStore), made on first use
        self.db_browser: Any = None  # the database browser dock, made on first use
        self._layout_dialog: Any = None  # Project > Print layouts and atlas…, made on first use
        self._restarting = False  # closing for a restart in another language: nothing left to ask
        self.view_fetcher: Any = None  # reads PostGIS layers by view as the map moves; made with the first one
        self._jobs: list[LoadJob] = []
        self.resize(1400, 900)
        self.setAcceptDrops(True)

        self.canvas = MapCanvas(self.project)
        # the map, or the start page while the project is empty (no layer, never saved)
        self.central = QStackedWidget()
        self.central.addWidget(self.canvas)
        self.setCentralWidget(self.central)
        self._start_docks: list[Any] = []
        self._build_docks()
        self._build_status_bar()
        self._build_actions()
        self._build_menus_and_toolbars()
        self._bind_project()
        self._update_start_page()
        self.canvas.cursor_moved.connect(self._show_cursor)
        self.canvas.extent_changed.connect(lambda _ext: self._show_scale())
        self.canvas.identified.connect(self._show_identify)
        self.canvas.measured.connect(self._show_measure)

    # -- docks -------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        from gisdesk.widgets.attribute_table import AttributeTableWidget
        from gisdesk.widgets.layer_panel import LayerPanel

        self.layer_panel = LayerPanel(self.project, self.undo_stack)
        self.layer_panel.zoom_to_layer.connect(self.canvas.zoom_to_layer)
        self.layer_panel.properties_requested.connect(self.edit_style)
        self.layers_dock = self._dock(self.tr("Layers"), "layers_dock", self.layer_panel,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)

        self.attribute_table = AttributeTableWidget()
        self.table_dock = self._dock(self.tr("Attribute table"), "table_dock", self.attribute_table,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.layer_panel.current_layer_changed.connect(self._current_layer_changed)

        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_dock = self._dock(self.tr("Import report"), "report_dock", self.report_view,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.table_dock, self.report_dock)
        self.table_dock.raise_()

        self.identify_tree = QTreeWidget()
        self.identify_tree.setHeaderLabels([self.tr("Feature"), self.tr("Value")])
        self.identify_dock = self._dock(self.tr("Identify results"), "identify_dock", self.identify_tree,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.identify_dock.hide()

        from gisdesk.widgets.time_slider import TimeSliderDock

        self.time_dock = TimeSliderDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.time_dock)
        self.time_dock.set_project(self.project)

        from gisdesk.widgets.sensor_chart import SensorChartDock

        self.sensor_dock = SensorChartDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sensor_dock)
        self.sensor_dock.set_project(self.project)
        self.layer_panel.current_layer_changed.connect(self.sensor_dock.current_layer_changed)
        self.sensor_dock.hide()

        from gisdesk.widgets.layer_filter import LayerFilterDock

        self.filter_dock = LayerFilterDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.filter_dock)
        self.filter_dock.set_project(self.project)
        self.layer_panel.current_layer_changed.connect(self.filter_dock.set_layer)
        self.filter_dock.set_layer(self.layer_panel.current_layer())
        self.filter_dock.hide()

    def _dock(self, title: str, name: str, widget: Any, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- status bar --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.coord_label = QLabel()
        self.lonlat_label = QLabel()
        self.scale_label = QLabel()
        self.measure_label = QLabel()
        self.crs_button = QPushButton()
        self.crs_button.setFlat(True)
        self.crs_button.setToolTip(self.tr("Project coordinate reference system: click to change it"))
        self.crs_button.clicked.connect(self.choose_crs)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        for w in (self.measure_label, self.coord_label, self.lonlat_label, self.scale_label, self.progress,
                  self.crs_button):
            bar.addPermanentWidget(w)
        self._lonlat: Transformer | None = None

    def _show_cursor(self, x: float, y: float) -> None:
        geographic = to_crs(self.project.crs).is_geographic
        self.coord_label.setText(f"{fmt_number(x, 6)}; {fmt_number(y, 6)}" if geographic
                                 else f"{fmt_number(x, 1)}; {fmt_number(y, 1)}")
        if self._lonlat is None:
            self._lonlat = Transformer.from_crs(to_crs(self.project.crs), to_crs(WGS84), always_xy=True)
        lon, lat = self._lonlat.transform(x, y)
        self.lonlat_label.setText(f"{lat:.5f}°N {lon:.5f}°E")

    def _show_scale(self) -> None:
        scale = self.canvas.scale_denominator()
        if scale:
            self.scale_label.setText(self.tr("Scale 1:%s") % fmt_int(round(scale)))

    def _show_measure(self, kind: str, value: float) -> None:
        prefs = self._prefs()
        if kind == "distance":
            self.measure_label.setText(self.tr("Distance: %s") % fmt_distance(value, prefs.distance_unit))
        else:
            self.measure_label.setText(self.tr("Area: %s") % fmt_area(value, prefs.area_unit))

    def _update_crs_button(self, *_: Any) -> None:
        self.crs_button.setText(crs_label(self.project.crs))
        self._lonlat = None

    def choose_crs(self) -> None:
        from gisdesk.widgets.crs_dialog import CrsDialog

        dialog = CrsDialog(self.project.crs, self)
        if dialog.exec():
            chosen = dialog.selected_crs()
            if chosen:
                self.project.crs = chosen

    # -- actions -----------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New project"), self.new_project, S.New)
        self.act_open = self._action(self.tr("&Open…"), self._open_dialog, S.Open)
        self.act_add = self._action(self.tr("&Add layer…"), self._add_dialog, "Ctrl+Shift+V")
        self.act_import_requests = self._action(self.tr("Import service requests…"), self._import_requests_dialog)
        self.act_open_sensors = self._action(self.tr("Open &sensors…"), self._open_sensors_dialog)
        self.act_add_open311 = self._action(self.tr("Add Open311 feed…"), self._add_open311_dialog)
        self.act_sync_feed = self._action(self.tr("Sync feed now"), self._sync_current_feed)
        self.act_sync_feed.setEnabled(False)
        self.act_save = self._action(self.tr("&Save"), self.save_project, S.Save)
        self.act_save_as = self._action(self.tr("Save &as…"), self.save_project_as, "Ctrl+Shift+S")
        self.act_quit = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.act_zoom_full = self._action(self.tr("Zoom to &full extent"), self.canvas.zoom_to_full, "Ctrl+Shift+F")
        self.act_zoom_in = self._action(self.tr("Zoom &in"), lambda: self.canvas.zoom_by(0.5), S.ZoomIn)
        self.act_zoom_out = self._action(self.tr("Zoom &out"), lambda: self.canvas.zoom_by(2.0), S.ZoomOut)
        self.act_zoom_layer = self._action(self.tr("Zoom to &layer"), self._zoom_to_current, None)
        self.act_clear_sel = self._action(self.tr("&Clear selection"), self.canvas.clear_selection, "Ctrl+Alt+A")
        self.act_table = self._action(self.tr("Open &attribute table"), self._show_table, "F6")
        self.act_style = self._action(self.tr("Layer &style…"), lambda: self.edit_style(None), None)
        self.act_toolbox = self._action(self.tr("&Toolbox"), self.show_toolbox, "Ctrl+Alt+T")
        self.act_export_layer = self._action(self.tr("&Export layer…"), lambda: self.export_layer(None), None)
        self.act_export_html = self._action(self.tr("Export interactive &map (HTML)…"), self._export_html_dialog, None)
        self.act_print = self._action(self.tr("&Print layouts and atlas…"), self.show_print_layouts, S.Print)
        self.act_settings = self._action(self.tr("&Settings…"), self.show_settings)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_basemap = self._action(self.tr("Add basemap (XYZ tiles)…"), self.add_basemap)
        self.act_db_browser = self._action(self.tr("Add &PostGIS layer…"), self.show_database_browser, "Ctrl+Shift+D")
        self.act_publish = self._action(self.tr("&Publish to database…"), lambda: self.publish_layer(None), None)
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for name, text, key in (
            ("pan", self.tr("Pan"), None),
            ("identify", self.tr("Identify features"), "Ctrl+Shift+I"),
            ("select_rect", self.tr("Select by rectangle"), None),
            ("select_polygon", self.tr("Select by polygon"), None),
            ("measure_distance", self.tr("Measure distance"), "Ctrl+Shift+M"),
            ("measure_area", self.tr("Measure area"), "Ctrl+Shift+J"),
        ):
            act = self._action(text, lambda _c=False, n=name: self.set_tool(n), key, checkable=True)
            self.tool_group.addAction(act)
            self.tool_actions[name] = act
        self.tool_actions["pan"].setChecked(True)

    def _build_menus_and_toolbars(self) -> None:
        from gisdesk.widgets.recent import RecentProjects

        self.recent = RecentProjects(self.settings)
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&Project"))
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addActions([self.act_print, self.act_export_html])
        m.addSeparator()
        m.addAction(self.act_quit)
        m = mb.addMenu(self.tr("&Edit"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addAction(self.act_clear_sel)
        m.addSeparator()
        m.addAction(self.act_settings)
        m = mb.addMenu(self.tr("&View"))
        m.addActions([self.act_zoom_full, self.act_zoom_in, self.act_zoom_out, self.act_zoom_layer])
        m.addSeparator()
        m.addActions(list(self.tool_actions.values()))
        m.addSeparator()
        self.view_menu = m
        m.addAction(self.time_dock.toggleViewAction())
        m.addAction(self.sensor_dock.toggleViewAction())
        m.addAction(self.filter_dock.toggleViewAction())
        m = mb.addMenu(self.tr("&Layer"))
        m.addActions([self.act_add, self.act_import_requests, self.act_add_open311, self.act_sync_feed,
                      self.act_open_sensors, self.act_db_browser, self.act_basemap, self.act_table, self.act_style])
        m.addSeparator()
        m.addActions([self.act_export_layer, self.act_publish])
        self.analysis_menu = mb.addMenu(self.tr("&Analysis"))
        self.analysis_menu.addAction(self.act_toolbox)

        m = mb.addMenu(self.tr("&Help"))
        self.act_help = self._action(self.tr("&User guide"), self.show_user_guide, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(self.tr("&About gisdesk"), self.show_about)
        m.addActions([self.act_help, self.act_about])
        self._build_start_page()

        tb = self.addToolBar(self.tr("Project"))
        tb.setObjectName("project_toolbar")
        tb.addActions([self.act_new, self.act_open, self.act_save, self.act_add, self.act_print])
        tb = self.addToolBar(self.tr("Map navigation"))
        tb.setObjectName("map_toolbar")
        tb.addActions([self.tool_actions["pan"], self.act_zoom_in, self.act_zoom_out, self.act_zoom_full])
        tb.addSeparator()
        tb.addActions([self.tool_actions[n] for n in ("identify", "select_rect", "select_polygon")])
        tb.addAction(self.act_clear_sel)
        tb.addSeparator()
        tb.addActions([self.tool_actions["measure_distance"], self.tool_actions["measure_area"]])

    def set_tool(self, name: str) -> None:
        self.canvas.set_tool(name)
        self.tool_actions[name].setChecked(True)
        if name.startswith("measure"):
            self.measure_label.setText("")

    # -- start page and help -------------------------------------------------------------------
    def _build_start_page(self) -> None:
        from gisdesk.core.sample import default_project_path
        from gisdesk.widgets.start_page import StartPage

        self.start_page = sp = StartPage(self.recent, sample_path=default_project_path)
        self.central.addWidget(sp)
        sp.open_project.connect(lambda path: self.maybe_save() and self.open_paths([path]))
        sp.open_sample.connect(self.open_sample)
        sp.open_dialog.connect(self._open_dialog)
        sp.add_data.connect(self._add_dialog)
        sp.import_requests.connect(self._import_requests_dialog)
        sp.connect_database.connect(self.show_database_browser)
        sp.show_help.connect(self.show_user_guide)

    def open_sample(self) -> None:
        from gisdesk.core.sample import default_project_path

        sample = default_project_path()
        if sample is not None and self.maybe_save():
            self.open_paths([str(sample)])

    def _update_start_page(self, *_: Any) -> None:
        """The start page shows while the project has no layer and was never saved; the map otherwise."""
        empty = len(self.project.layers) == 0 and self.project.path is None
        if empty == (self.central.currentWidget() is self.start_page):
            return
        self.central.setCurrentWidget(self.start_page if empty else self.canvas)
        if empty:  # the empty bottom docks would leave the page little room: hidden meanwhile
            self._start_docks = [d for d in (self.table_dock, self.report_dock, self.time_dock) if not d.isHidden()]
            for d in self._start_docks:
                d.hide()
        else:
            for d in self._start_docks:
                d.show()
            self._start_docks = []

    def show_user_guide(self) -> Any:
        """Help > User guide (F1): the offline guide in the UI's language, in its own window."""
        from gisdesk.help import help_path
        from gisdesk.widgets.help_viewer import HelpViewer

        if getattr(self, "help_viewer", None) is None:
            self.help_viewer = HelpViewer(help_path(ui_language()), self)
        self.help_viewer.show()
        self.help_viewer.raise_()
        self.help_viewer.activateWindow()
        return self.help_viewer

    def show_about(self) -> None:
        from gisdesk.widgets.help_viewer import show_about

        show_about(self)

    def _fill_recent_menu(self) -> None:
        self.recent.populate_menu(self.recent_menu, lambda path: self.open_paths([path]))

    # -- project binding ---------------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        self._unbind_project()
        if self._layout_dialog is not None:  # it edits the old project's layouts
            self._layout_dialog.close()
            self._layout_dialog = None
        self.project = project
        if self.view_fetcher is not None:
            self.view_fetcher.set_project(project)
        self.undo_stack.clear()
        self.canvas.set_project(project)
        self.layer_panel.set_project(project)
        self.time_dock.set_project(project)
        self.sensor_dock.set_project(project)
        self.filter_dock.set_project(project)
        self.filter_dock.set_layer(self.layer_panel.current_layer())
        self._current_layer_changed(self.layer_panel.current_layer())
        self._bind_project()
        self._update_start_page()

    def _bind_project(self) -> None:
        self.project.layers.events.inserted.connect(self._update_start_page)
        self.project.layers.events.removed.connect(self._update_start_page)
        self.project.events.path.connect(self._update_start_page)
        self.project.layers.events.inserted.connect(self._layer_inserted)
        for layer in self.project.layers:
            self._layer_inserted(0, layer)
        self.project.events.time_window.connect(self.attribute_table.set_time_window)
        self.attribute_table.set_time_window(self.project.time_window)
        self.project.events.modified.connect(self._update_title)
        self.project.events.crs.connect(self._update_crs_button)
        self.project.events.path.connect(self._update_title)
        self._update_title()
        self._update_crs_button()

    def _unbind_project(self) -> None:
        self.project.layers.events.inserted.disconnect(self._update_start_page)
        self.project.layers.events.removed.disconnect(self._update_start_page)
        self.project.events.path.disconnect(self._update_start_page)
        self.project.layers.events.inserted.disconnect(self._layer_inserted)
        self.project.events.time_window.disconnect(self.attribute_table.set_time_window)
        self.project.events.modified.disconnect(self._update_title)
        self.project.events.crs.disconnect(self._update_crs_button)
        self.project.events.path.disconnect(self._update_title)

    def _update_title(self, *_: Any) -> None:
        name = self.project.name or (self.project.path.stem if self.project.path else self.tr("Untitled"))
        star = "*" if self.project.modified else ""
        self.setWindowTitle(f"{star}{name} — gisdesk")  # the star by hand: Qt's [*] marker is not in a plain title

    def _current_layer_changed(self, layer: Any) -> None:
        from gisdesk.io.city_layers import is_open311_layer

        self.attribute_table.set_layer(layer if isinstance(layer, VectorLayer) else None)
        self.act_sync_feed.setEnabled(is_open311_layer(layer))

    def current_layer(self) -> Any:
        return self.layer_panel.current_layer()

    def _zoom_to_current(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.canvas.zoom_to_layer(layer)

    def _show_table(self) -> None:
        self.table_dock.show()
        self.table_dock.raise_()

    def edit_style(self, layer: Any = None) -> None:
        from gisdesk.widgets.style_dialog import StyleDialog

        layer = layer or self.current_layer()
        if not isinstance(layer, VectorLayer):
            return
        dialog = StyleDialog(layer, self.undo_stack, self)
        dialog.exec()

    # -- identify ----------------------------------------------------------------------------
    def _show_identify(self, hits: list[tuple[Any, int]]) -> None:
        from gisdesk.widgets.attribute_table import format_value

        tree = self.identify_tree
        tree.clear()
        for layer, row in hits[:50]:
            record = layer.attributes.iloc[row]
            top = QTreeWidgetItem([f"{layer.name} #{row + 1}", ""])
            history = layer.history(row) if hasattr(layer, "history") else []
            if history:  # a request's life, one click away: requested, updated, due, closed
                node = QTreeWidgetItem(top, [self.tr("History"), ""])
                for ts, event, detail in history:
                    text = self._event_label(event) + (f" — {detail}" if detail else "")
                    QTreeWidgetItem(node, [format_value(ts), text])
                node.setExpanded(True)
            for col, value in record.items():
                if col == layer.geometry_name:
                    continue
                QTreeWidgetItem(top, [str(col), format_value(value)])  # plain text: never markup
            tree.addTopLevelItem(top)
        if hits:
            tree.topLevelItem(0).setExpanded(True)
        self.identify_dock.show()

    def _event_label(self, event: str) -> str:
        return {"requested": self.tr("Requested"), "updated": self.tr("Updated"), "due": self.tr("Due"),
                "closed": self.tr("Closed")}.get(event, event)

    # -- opening and saving ------------------------------------------------------------------
    def _open_dialog(self) -> None:
        if not self.maybe_save():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open project or data"), self._prefs().start_folder(),
            self.tr("Projects and data (%s);;All files (*)") % DATA_FILTER)
        if files:
            self.open_paths(files)

    def _add_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add layer"), self._prefs().start_folder(),
                                                self.tr("Data (%s);;All files (*)") % DATA_FILTER)
        if files:
            self.open_paths([f for f in files if not f.lower().endswith(SUFFIX)])

    def new_project(self) -> None:
        if self.maybe_save():
            self.set_project(Project(name=self.tr("Untitled"), crs=self._prefs().default_crs))

    def open_paths(self, paths: Sequence[str]) -> None:
        job = LoadJob([os.fspath(p) for p in paths])
        job.signals.shell.connect(self._project_opened, Qt.ConnectionType.QueuedConnection)
        job.signals.layer.connect(self._layer_arrived, Qt.ConnectionType.QueuedConnection)
        job.signals.done.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        self._jobs.append(job)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Opening %s…") % ", ".join(os.fspath(p) for p in paths))
        workers.submit(job.run)

    def _project_opened(self, project: Project) -> None:
        """A project file was read: show it now; its layers follow (``_layer_arrived``)."""
        self._arriving = (project, [])
        self.set_project(project)

    def _layer_arrived(self, index: int, layer: Any) -> None:
        """One layer of the project being opened: inserted where the file has it among those already here."""
        project, arrived = getattr(self, "_arriving", (None, []))
        if project is not self.project:
            return  # another project was opened meanwhile
        pos = bisect.bisect(arrived, index)
        arrived.insert(pos, index)
        project.layers.insert(pos, layer)
        project.mark_saved()  # opening is not editing
        if project.view_extent is None:
            self.canvas.zoom_to_full()

    def _loaded(self, payload: Any, error: str | None) -> None:
        self._jobs = [j for j in self._jobs if j.signals is not self.sender()]
        if not self._jobs:
            self.progress.hide()
        if isinstance(payload, tuple):  # a project opened by _project_opened, with its problems
            payload, problems = payload
            if payload is self.project:  # (not if another project was opened meanwhile)
                self._arriving = (None, [])
                self._project_loaded(payload, problems)
        elif isinstance(payload, list):
            first_layers = len(self.project.layers) == 0
            for result in payload:
                for layer in result.layers:
                    self.project.add_layer(layer)
                self._append_report(result.report.to_text())
                if result.report.has_warnings:
                    self.report_dock.show()
            if first_layers:
                self.canvas.zoom_to_full()
        if error:
            self._append_report(self.tr("Could not open: %s") % error)
            QMessageBox.warning(self, self.tr("Could not open"), error)
        self.statusBar().showMessage(self.tr("Ready"), 5000)
        self.loaded.emit()

    def _project_loaded(self, project: Project, problems: list[str]) -> None:
        project.load_problems.extend(problems)
        project.mark_saved()
        if project.path is not None:
            self.recent.add(str(project.path))
        self._append_report(self.tr("Project %s: %d layer(s)") % (project.path, len(project.layers)))
        for p in project.load_problems:
            self._append_report("  " + p)
        for layer in project.layers:
            if layer.report is not None:
                self._append_report(layer.report.to_text())
        if project.load_problems:
            QMessageBox.warning(self, self.tr("Some layers could not be opened"), "\n".join(project.load_problems))

    def _open_sensors_dialog(self) -> None:
        """Layer > Open sensors…: a file of readings (CSV, XLSX, Parquet) or a SensorThings cache (GeoPackage)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open sensors"), self._prefs().start_folder(),
            self.tr("Sensor readings (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;All files (*)"))
        if path:
            self.open_sensors(path)

    def open_sensors(self, path: str, stations_path: str | None = None) -> None:
        """Read sensor stations and readings off the GUI thread; the layer is added when it is ready."""
        from gisdesk.core.errors import ReadError
        from gisdesk.io import open_sensors

        job = self._call_run(lambda: open_sensors(path, stations_path), (ReadError,))
        job.finished.connect(lambda layer: self._sensors_opened(layer, None))
        job.failed.connect(lambda error: self._sensors_opened(None, error))
        self.progress.show()
        self.statusBar().showMessage(self.tr("Opening %s…") % path)
        job.start()

    def _call_run(self, fn: Any, expected: tuple[type[BaseException], ...] = ()) -> Any:
        """``fn`` on a worker thread (``widgets.background.CallRun``), owned by the window: closing the window
        drops a run still going, and a finished run is deleted."""
        from gisdesk.widgets.background import CallRun

        job = CallRun(fn, expected, parent=self)
        job.finished.connect(job.deleteLater)
        job.failed.connect(job.deleteLater)
        return job

    def _sensors_opened(self, layer: Any, error: str | None) -> None:
        if self._opened_in_background(layer, error):
            self._append_report(layer.report.to_text())
            if layer.report.warnings:
                self.report_dock.show()
            self.sensor_dock.set_layer(layer)
            self.sensor_dock.show()
            self.sensor_dock.raise_()
        self.statusBar().showMessage(self.tr("Ready"), 5000)
        self.loaded.emit()

    def _opened_in_background(self, layer: Any, error: str | None) -> bool:
        """A layer opened on a worker: added to the project (the map zooms to it when it is the first), or the
        reason it could not be opened shown; True when it was added."""
        self.progress.hide()
        if error:
            self._append_report(self.tr("Could not open: %s") % error)
            QMessageBox.warning(self, self.tr("Could not open"), error)
            return False
        first = len(self.project.layers) == 0
        self.project.add_layer(layer)
        if first:
            self.canvas.zoom_to_full()
        return True

    def _import_requests_dialog(self) -> None:
        """Layer > Import service requests…: a file, its columns mapped to Open311 in the import dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import service requests…"), self._prefs().start_folder(),
            self.tr("Data (%s);;All files (*)") % "*.csv *.tsv *.txt *.xlsx *.xlsm *.json *.geojson *.gpkg *.shp *.zip")
        if path:
            self.import_requests(path)

    def import_requests(self, path: str) -> Any:
        """Show the import dialog for ``path``; returns it (not modal: the layer is added when it is ready)."""
        from gisdesk.widgets.request_import import RequestImportDialog

        dialog = RequestImportDialog(path, self)
        dialog.layer_ready.connect(self._add_imported_layer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _add_imported_layer(self, layer: Any) -> None:
        self.project.add_layer(layer)
        if layer.report is not None:
            self._append_report(layer.report.to_text())
            if layer.report.warnings:
                self.report_dock.show()
        if len(self.project.layers) == 1:
            self.canvas.zoom_to_full()

    def _add_open311_dialog(self) -> Any:
        """Layer > Add Open311 feed…: an endpoint synced into a local copy, added when the sync is done."""
        from gisdesk.widgets.feed_dialog import Open311Dialog

        dialog = Open311Dialog(self)
        dialog.layer_ready.connect(self._add_imported_layer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _sync_current_feed(self) -> None:
        """Layer > Sync feed now: fetch what changed in the current Open311 layer's feed, in the background."""
        from gisdesk.io.city_layers import is_open311_layer

        layer = self.current_layer()
        if not is_open311_layer(layer):
            return
        if not hasattr(self, "_feed_sync"):
            from gisdesk.widgets.feed_dialog import FeedSyncRunner

            self._feed_sync = FeedSyncRunner(self)
            self._feed_sync.finished.connect(self._feed_synced)
            self._feed_sync.failed.connect(self._feed_sync_failed)
        if self._feed_sync.start(layer):
            self.statusBar().showMessage(self.tr("Syncing %s…") % layer.name)

    def _feed_synced(self, layer: Any, result: Any) -> None:
        self.statusBar().showMessage(self.tr("%s: %d new and %d updated requests")
                                     % (layer.name, result.added, result.updated), 8000)
        if layer.report is not None:
            self._append_report(layer.report.to_text())

    def _feed_sync_failed(self, layer: Any, message: str) -> None:
        self.statusBar().clearMessage()
        self._append_report(self.tr("Could not sync %s: %s") % (layer.name, message))
        self.report_dock.show()

    # -- export -------------------------------------------------------------------------------
    def export_layer(self, layer: Any = None) -> Any:
        """Layer > Export layer…: the current vector layer (or its selection, or what the map shows) to a file,
        personal columns left out unless the user keeps them. Returns the dialog (None without a vector layer)."""
        from gisdesk.widgets.export_dialog import ExportDialog

        layer = layer if layer is not None else self.current_layer()
        if layer is None or not hasattr(layer, "geometry_family"):
            self.statusBar().showMessage(self.tr("Choose a vector layer to export in the Layers panel."), 8000)
            return None
        dialog = ExportDialog(layer, self.project, self)
        dialog.export_done.connect(
            lambda result: self.statusBar().showMessage(self.tr("Exported %d features to %s")
                                                        % (result.rows, result.path), 8000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _prefs(self) -> Any:
        """The user's settings (``gisdesk.settings.Settings`` over this window's QSettings)."""
        return Settings(self.settings)

    def show_settings(self) -> Any:
        """Edit > Settings…: language, default CRS and folder, units, basemap, proxy (modal)."""
        from gisdesk.widgets.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.applied.connect(lambda _names: self.measure_label.setText(""))  # units may have changed
        dialog.accepted.connect(self.offer_restart_for_language)
        dialog.open()
        return dialog

    def offer_restart_for_language(self) -> bool:
        """After Settings: when the chosen language is not the one on screen, offer to restart in it now (the
        project is kept: saved first if the user wants). True when a restart was started."""
        from gisdesk.settings import resolve_language

        lang = resolve_language(saved=Settings(self.settings).language)
        if lang == ui_language():
            return False
        answer = QMessageBox.question(
            self, self.tr("Restart gisdesk?"),
            self.tr("The new language is used after a restart. Restart gisdesk now? If the project has unsaved "
                    "changes, you are asked about them first."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restart(lang)

    def restart(self, lang: str) -> bool:
        """Start gisdesk again in ``lang`` on this project as last saved (after asking about unsaved changes),
        then close this window."""
        from PySide6.QtCore import QProcess

        from gisdesk.settings import restart_command

        if not self.maybe_save():
            return False
        command = restart_command(lang, self.project.path)
        if not QProcess.startDetached(command[0], command[1:]):
            QMessageBox.warning(self, self.tr("Restart gisdesk?"),
                                self.tr("gisdesk could not be started again; close it and open it yourself."))
            return False
        self._restarting = True
        self.close()
        return True

    def show_print_layouts(self) -> Any:
        """Project > Print layouts and atlas…: the project's layouts, edited with a live preview, exported to
        PDF/PNG, as an atlas, or printed (non-modal; one per project)."""
        from gisdesk.widgets.layout_dialog import LayoutDialog

        dialog = self._layout_dialog
        if dialog is None or dialog.project is not self.project:
            if dialog is not None:
                dialog.close()
            dialog = self._layout_dialog = LayoutDialog(self.project, lambda: self.canvas.extent, self,
                                                        settings=self.settings)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- the shared database (PostGIS) ------------------------------------------------------------------
    def add_basemap(self) -> Any:
        """Layer > Add basemap (XYZ tiles)…: the tile server set in Settings, at the bottom of the map. Nothing is
        fetched unless the user sets one; tiles are kept on disk, so the map works offline with what was seen."""
        from gisdesk.layers.tiles import TileLayer

        basemap = self._prefs().basemap()
        if basemap is None:
            QMessageBox.warning(self, self.tr("Basemap"),
                                self.tr("No basemap URL is set: enter a tile server URL in Settings."))
            return None
        url, attribution = basemap
        try:
            layer = TileLayer(url, name=self.tr("Basemap"), attribution=attribution)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Basemap"), str(exc))
            return None
        self.project.layers.insert(0, layer)  # index 0: the bottom of the map
        return layer

    def _layer_inserted(self, index: int, layer: Any) -> None:
        """A basemap reports its tile status in the status bar; the first PostGIS layer starts the view fetcher
        (psycopg is not imported before one is needed)."""
        if getattr(layer, "type_name", None) == "tiles":
            layer.on_status = lambda text: self.statusBar().showMessage(text, 10000) if text else None
        if self.view_fetcher is None and getattr(layer, "type_name", None) == "postgis":
            from gisdesk.widgets.db_fetch import ViewFetcher

            self.view_fetcher = ViewFetcher(self.canvas, self.project, parent=self)
            self.view_fetcher.failed.connect(self._view_fetch_failed)

    def _view_fetch_failed(self, layer_name: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("%s could not be read: %s") % (layer_name, message), 15000)
        self._append_report(self.tr("%s could not be read: %s") % (layer_name, message))

    def _database_stores(self) -> tuple[Any, Any]:
        """The saved connections and the passwords (keyring, else this session's memory): one pair per window,
        made on first use (psycopg is not imported at start-up)."""
        if self._db_stores is None:
            from gisdesk.db.connections import ConnectionStore, PasswordStore

            self._db_stores = (ConnectionStore(), PasswordStore())
        return self._db_stores

    def show_database_browser(self) -> Any:
        """Layer > Add PostGIS layer…: the database browser dock (connections → schemas → tables)."""
        if self.db_browser is None:
            from gisdesk.widgets.db_browser import DatabaseBrowser

            self.db_browser = DatabaseBrowser(*self._database_stores(), parent=self)
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.db_browser)
            self.db_browser.add_layer_requested.connect(self.add_postgis_layer)
            self.view_menu.addAction(self.db_browser.toggleViewAction())
        self.db_browser.show()
        self.db_browser.raise_()
        return self.db_browser

    def add_postgis_layer(self, connection: Any, password: str | None, schema: str, table: str,
                          column: str | None = None) -> None:
        """Open a PostGIS table as a layer off the GUI thread (small tables whole, large ones by view)."""
        from gisdesk.db.errors import DatabaseError
        from gisdesk.db.layer import open_postgis_layer

        job = self._call_run(lambda: open_postgis_layer(connection, password, schema, table, column=column or None),
                             (DatabaseError,))
        job.finished.connect(lambda layer: self._postgis_opened(layer, None))
        job.failed.connect(lambda error: self._postgis_opened(None, error))
        self.progress.show()
        self.statusBar().showMessage(self.tr("Opening %s…") % f"{schema}.{table}")
        job.start()

    def _postgis_opened(self, layer: Any, error: str | None) -> None:
        if self._opened_in_background(layer, error):
            self.statusBar().showMessage(self.tr("Added %s") % layer.name, 8000)
        self.loaded.emit()

    def publish_layer(self, layer: Any = None) -> Any:
        """Layer > Publish to database…: the current vector layer to a PostGIS table (one transaction)."""
        from gisdesk.widgets.db_publish import PublishDialog

        layer = layer if layer is not None else self.current_layer()
        if layer is None or not hasattr(layer, "geometry_family"):
            self.statusBar().showMessage(self.tr("Choose a vector layer to publish in the Layers panel."), 8000)
            return None
        dialog = PublishDialog(layer, *self._database_stores(), parent=self, project=self.project)
        dialog.published.connect(lambda result: self.statusBar().showMessage(
            self.tr("Published %s") % f"{result.schema}.{result.table}", 8000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _export_html_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export interactive map"),
            os.path.join(self._prefs().start_folder(), f"{self.project.name or 'map'}.html"),
            self.tr("Web page (*.html)"))
        if path:
            self.export_html(path if path.lower().endswith((".html", ".htm")) else path + ".html")

    def export_html(self, path: str) -> None:
        """The visible layers, as the map shows them under the time window, as one offline HTML page (Leaflet
        inlined, no request to any server), written in the background; ``html_exported`` carries the result."""
        from gisdesk.export.html import export_html

        project = self.project
        job = self._call_run(lambda: export_html(project, path, window=project.time_window))
        job.finished.connect(lambda result: self._html_exported(result, None))
        job.failed.connect(lambda error: self._html_exported(None, error))
        self.progress.show()
        self.statusBar().showMessage(self.tr("Exporting %s…") % path)
        job.start()

    def _html_exported(self, result: Any, error: str | None) -> None:
        self.progress.hide()
        if result is not None and result.ok:
            self.statusBar().showMessage(self.tr("Interactive map written to %s") % result.path, 8000)
            if result.notes:
                self._append_report("\n".join([self.tr("Interactive map: %s") % result.path, *result.notes]))
        else:
            message = error or (result.error if result is not None else "") or self.tr("cancelled")
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Could not export the map"), message)
        self.html_exported.emit(result)

    # -- analysis -----------------------------------------------------------------------------
    def show_toolbox(self) -> Any:
        """Analysis > Toolbox: the dock is built on first use (the tools' modules load then, not at start-up)."""
        if getattr(self, "toolbox_dock", None) is None:
            from gisdesk.widgets.toolbox import ToolboxDock

            self.toolbox_dock = ToolboxDock(self)
            self.toolbox_dock.open_requested.connect(self.open_algorithm)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.toolbox_dock)
        self.toolbox_dock.show()
        self.toolbox_dock.raise_()
        self.toolbox_dock.search.setFocus()
        return self.toolbox_dock

    def open_algorithm(self, algorithm: Any) -> Any:
        """The dialog of one tool (not modal: the map stays usable while it runs)."""
        from gisdesk.widgets.toolbox import AlgorithmDialog

        dialog = AlgorithmDialog(algorithm, self.project, self, current_layer=self.current_layer())
        dialog.result_ready.connect(self.add_analysis_result)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def add_analysis_result(self, algorithm: Any, result: Any, values: dict[str, Any]) -> Any:
        """Put a result where it belongs: a new styled layer, a raster kept in the results folder and opened,
        a selection on the input layer, or a table (with its chart) in the results dock. Returns the new layer,
        if any."""
        from gisdesk.widgets.toolbox import atr

        added = None
        if result.layer is not None:
            added = VectorLayer(result.layer, name=result.name)
            if result.style:
                added.style = result.style
            self.project.add_layer(added)
        elif result.raster is not None:
            added = self._add_result_raster(result)
        if result.selection is not None:
            name, rows = result.selection
            target = values[name].layer
            target.selection = rows
            self.statusBar().showMessage(self.tr("%d features of %s selected") % (len(rows), target.name), 8000)
        if result.table is not None:
            if getattr(self, "results_dock", None) is None:
                from gisdesk.widgets.analysis_results import ResultsDock

                self.results_dock = ResultsDock(self)
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.results_dock)
                self.tabifyDockWidget(self.table_dock, self.results_dock)
            self.results_dock.add_result(result)
        self._append_report("\n".join([self.tr("Analysis: %s") % atr(algorithm.name), *result.summary]))
        return added

    def _add_result_raster(self, result: Any) -> Any:
        """Move the tool's GeoTIFF into the user's results folder (it outlives the session) and open it."""
        import shutil
        import time

        import platformdirs

        from gisdesk.io import open_path

        folder = Path(platformdirs.user_data_dir("gisdesk", appauthor=False)) / "results"
        folder.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in result.name).strip() or "result"
        target = folder / f"{safe} {time.strftime('%Y-%m-%d %H%M%S')}.tif"
        shutil.move(str(result.raster), target)
        layer = open_path(target).layers[0]
        layer.name = result.name
        if result.style:
            layer.style = result.style
        self.project.add_layer(layer)
        return layer

    def _append_report(self, text: str) -> None:
        self.report_view.appendPlainText(text)

    def save_project(self) -> bool:
        if self.project.path is None:
            return self.save_project_as()
        return self._save_to(self.project.path)

    def save_project_as(self) -> bool:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), self._prefs().start_folder(),
                                                self.tr("gisdesk project (*%s)") % SUFFIX)
        if not chosen:
            return False
        return self._save_to(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def _save_to(self, path: str | Path) -> bool:
        from gisdesk.core.errors import ProjectError

        self.project.view_extent = self.canvas.extent
        try:
            saved = self.project.save(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        self.recent.add(str(saved))
        self.statusBar().showMessage(self.tr("Saved %s") % saved, 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.project.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The project has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: Any) -> None:
        if self._restarting or self.maybe_save():
            if self.view_fetcher is not None:
                self.view_fetcher.shutdown()
            event.accept()
        else:
            event.ignore()

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        projects = [p for p in paths if p.lower().endswith(SUFFIX)]
        if projects:
            if self.maybe_save():
                self.open_paths(projects[:1])
        else:
            self.open_paths(paths)
        event.acceptProposedAction()
