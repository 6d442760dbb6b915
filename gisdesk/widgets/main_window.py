"""The main window (foundation version): open projects and files, list layers, show import reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
)

from gisdesk.core.crs import crs_label
from gisdesk.core.project import SUFFIX, Project


class _LoadSignals(QObject):
    done = Signal(object, object)  # (Project | list[OpenResult] | None, error text | None)


class LoadJob(QRunnable):
    """Open a project file or data files off the GUI thread."""

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self.paths = list(paths)
        self.signals = _LoadSignals()

    def run(self) -> None:  # worker thread
        from gisdesk.core.errors import ProjectError, ReadError
        from gisdesk.io import open_path

        try:
            if len(self.paths) == 1 and self.paths[0].lower().endswith(SUFFIX):
                self.signals.done.emit(Project.load(self.paths[0]), None)
                return
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

    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self.project = project or Project(name=self.tr("Untitled"))
        self._jobs: list[LoadJob] = []
        self.resize(1200, 800)

        self.layer_list = QListWidget()
        self.layer_list.itemChanged.connect(self._item_toggled)
        dock = QDockWidget(self.tr("Layers"), self)
        dock.setObjectName("layers_dock")
        dock.setWidget(self.layer_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.setCentralWidget(self.report_view)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        self._build_menu()
        self._bind_project()

    # -- menus --------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Project"))
        act_open = QAction(self.tr("&Open…"), self)
        act_open.setShortcut(QKeySequence.StandardKey.Open)
        act_open.triggered.connect(self._open_dialog)
        menu.addAction(act_open)
        act_save = QAction(self.tr("&Save"), self)
        act_save.setShortcut(QKeySequence.StandardKey.Save)
        act_save.triggered.connect(self.save_project)
        menu.addAction(act_save)
        menu.addSeparator()
        act_quit = QAction(self.tr("&Quit"), self)
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)
        menu.addAction(act_quit)

    def _open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open project or data"), "",
            self.tr("Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb "
                    "*.csv *.xlsx *.tif *.tiff);;All files (*)"))
        if files:
            self.open_paths(files)

    # -- loading ------------------------------------------------------------------------------
    def open_paths(self, paths: Sequence[str]) -> None:
        job = LoadJob(paths)
        job.signals.done.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        self._jobs.append(job)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Opening %s…") % ", ".join(paths))
        QThreadPool.globalInstance().start(job)

    def _loaded(self, payload: Any, error: str | None) -> None:
        self._jobs = [j for j in self._jobs if j.signals is not self.sender()]
        self.progress.hide()
        if isinstance(payload, Project):
            self.set_project(payload)
            problems = payload.load_problems
            self._append_report(self.tr("Project %s: %d layer(s)") % (payload.path, len(payload.layers)))
            for p in problems:
                self._append_report("  " + p)
            for layer in payload.layers:
                report = getattr(layer, "report", None)
                if report is not None:
                    self._append_report(report.to_text())
        elif isinstance(payload, list):
            for result in payload:
                for layer in result.layers:
                    self.project.add_layer(layer)
                self._append_report(result.report.to_text())
        if error:
            self._append_report(self.tr("Could not open: %s") % error)
            QMessageBox.warning(self, self.tr("Could not open"), error)
        self.statusBar().showMessage(self.tr("Ready"), 5000)
        self.loaded.emit()

    def _append_report(self, text: str) -> None:
        self.report_view.appendPlainText(text)

    # -- project binding ----------------------------------------------------------------------
    def set_project(self, project: Project) -> None:
        self._unbind_project()
        self.project = project
        self._bind_project()

    def _bind_project(self) -> None:
        ev = self.project.layers.events
        ev.inserted.connect(self._refresh_layers)
        ev.removed.connect(self._refresh_layers)
        ev.moved.connect(self._refresh_layers)
        ev.reordered.connect(self._refresh_layers)
        self.project.events.modified.connect(self._update_title)
        self._refresh_layers()
        self._update_title()

    def _unbind_project(self) -> None:
        ev = self.project.layers.events
        for sig in (ev.inserted, ev.removed, ev.moved, ev.reordered):
            sig.disconnect(self._refresh_layers)
        self.project.events.modified.disconnect(self._update_title)

    def _refresh_layers(self, *_: Any) -> None:
        self.layer_list.blockSignals(True)
        self.layer_list.clear()
        for layer in reversed(self.project.layers):  # top layer first, as in QGIS
            item = QListWidgetItem(layer.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, layer)
            problem = getattr(layer, "problem", None)
            item.setToolTip(problem or f"{layer.source or ''}\n{crs_label(layer.crs)}")
            self.layer_list.addItem(item)
        self.layer_list.blockSignals(False)
        self.statusBar().showMessage(self.tr("Project CRS: %s") % crs_label(self.project.crs))

    def _item_toggled(self, item: QListWidgetItem) -> None:
        layer = item.data(Qt.ItemDataRole.UserRole)
        layer.visible = item.checkState() == Qt.CheckState.Checked

    def _update_title(self, *_: Any) -> None:
        name = self.project.name or self.tr("Untitled")
        star = "*" if self.project.modified else ""
        self.setWindowTitle(f"{star}{name} — gisdesk")

    def save_project(self) -> bool:
        from gisdesk.core.errors import ProjectError

        path = self.project.path
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), "",
                                                    self.tr("gisdesk project (*%s)") % SUFFIX)
            if not chosen:
                return False
            path = chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX
        try:
            self.project.save(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved %s") % path, 5000)
        return True
