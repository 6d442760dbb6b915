"""Layer > Export data…: save a vector layer (all of it, what the map shows, or the selection) to GeoPackage,
GeoJSON, shapefile, FlatGeobuf, CSV or Excel, in a chosen CRS, leaving out personal columns unless asked.

``ExportDialog(layer, project, parent)``: the file name and format (the format follows the extension; "Save
as…" opens the file dialog), the CRS (the layer's, the project's, or another from the CRS dialog), what to
export (all / shown on the map / selected), a visible "Keep personal columns (…)" box, unchecked by default,
that names the columns that will be left out, then Export / Cancel / Close and a progress bar. The export runs
on ``core.workers`` (``ExportRun``); the dialog emits ``export_done(ExportResult)`` and closes on success, and
shows the reason and stays open on failure (the writers are atomic: nothing half-written is left).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.settings import fmt_int
from gisdesk.widgets.background import BackgroundRun, RunFooter

__all__ = ["EXPORT_FORMATS", "ExportDialog", "ExportRun"]

#: (extension, label) in the order the dialog offers them
EXPORT_FORMATS = (
    (".gpkg", "GeoPackage"),
    (".geojson", "GeoJSON"),
    (".shp", "ESRI Shapefile"),
    (".fgb", "FlatGeobuf"),
    (".csv", "CSV"),
    (".xlsx", "Excel"),
)
_SUFFIX_ALIASES = {".json": ".geojson"}


class ExportRun(BackgroundRun):
    """One export on a worker thread (``widgets.background.BackgroundRun``); ``finished`` carries the
    ExportResult."""

    def __init__(self, layer: Any, path: str, options: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.path = path
        self.options = dict(options)
        self._cancel = False
        self.memory_message = (f"{path}: there is not enough memory for this export; export the features shown "
                               "on the map or the selection instead.")

    def cancel(self) -> None:
        self._cancel = True

    def work(self) -> Any:  # worker thread
        from gisdesk.export import export_layer

        return export_layer(self.layer, self.path, cancel=lambda: self._cancel,
                            progress=lambda f, m: self.progress.emit(f, m), **self.options)

    def is_cancel(self, exc: BaseException) -> bool:
        from gisdesk.export import ExportCancelled

        return isinstance(exc, ExportCancelled)

    def problem(self, exc: BaseException) -> str | None:
        from gisdesk.io.writers import WriteError

        return str(exc) if isinstance(exc, WriteError) else None

    def unexpected(self, exc: BaseException) -> str:
        return f"{self.path}: the export stopped on an unexpected error: {type(exc).__name__}: {exc}"


class ExportDialog(QDialog):
    """Export one vector layer; ``export_done(ExportResult)`` on success."""

    export_done = Signal(object)

    def __init__(self, layer: Any, project: Any = None, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        from gisdesk.export import personal_columns

        self.layer = layer
        self.project = project
        self.run_job: ExportRun | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export data: %s") % layer.name)
        self.resize(620, 420)

        # file and format
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Save as…"))
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.format_combo = QComboBox()
        for suffix, label in EXPORT_FORMATS:
            self.format_combo.addItem(f"{label} ({suffix})", suffix)
        self.exists_label = QLabel()
        self.exists_label.setWordWrap(True)
        self.exists_label.hide()

        # CRS
        self.crs_combo = QComboBox()
        layer_crs = layer.crs
        self.crs_combo.addItem(self.tr("As the layer (%s)") % self._crs_text(layer_crs), None)
        project_crs = getattr(project, "crs", None)
        if project_crs and project_crs != layer_crs:
            self.crs_combo.addItem(self.tr("Project CRS (%s)") % self._crs_text(project_crs), project_crs)
        self.crs_combo.addItem(self.tr("Other…"), "choose")
        self.crs_combo.activated.connect(self._crs_activated)
        self.crs_note = QLabel(self.tr("GeoJSON is written in WGS 84 (lon/lat) unless another CRS is chosen."))
        self.crs_note.setWordWrap(True)

        # scope
        n_all = len(layer)
        mask = layer.visible_rows(self._window())
        n_shown = n_all if mask is None else int(mask.sum())
        n_sel = len(layer.selection)
        self.scope_all = QRadioButton(self.tr("All features (%s)") % fmt_int(n_all))
        self.scope_shown = QRadioButton(self.tr("Features shown on the map: filters and time window (%s)")
                                        % fmt_int(n_shown))
        self.scope_selection = QRadioButton(self.tr("Selected features (%s)") % fmt_int(n_sel))
        self.scope_selection.setEnabled(n_sel > 0)
        if not n_sel:
            self.scope_selection.setToolTip(self.tr("Nothing is selected in this layer."))
        self.scope_group = QButtonGroup(self)
        for i, b in enumerate((self.scope_shown, self.scope_all, self.scope_selection)):
            self.scope_group.addButton(b, i)
        self.scope_shown.setChecked(True)
        scope_box = QWidget()
        scope_lay = QVBoxLayout(scope_box)
        scope_lay.setContentsMargins(0, 0, 0, 0)
        for b in (self.scope_shown, self.scope_all, self.scope_selection):
            scope_lay.addWidget(b)

        # personal columns
        columns = [c for c in layer.attributes.columns if str(c) != layer.geometry_name]
        self.personal = personal_columns(columns)
        names = ", ".join(self.personal)
        if self.personal:
            self.keep_personal = QCheckBox(self.tr("Keep personal columns (%s)") % names)
        else:
            self.keep_personal = QCheckBox(self.tr("Keep personal columns (none found)"))
            self.keep_personal.setEnabled(False)
        self.keep_personal.setChecked(False)
        self.personal_label = QLabel()
        self.personal_label.setWordWrap(True)
        self.keep_personal.toggled.connect(self._show_personal)
        self._show_personal()

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow("", self.exists_label)
        form.addRow(self.tr("Coordinate reference system:"), self.crs_combo)
        form.addRow("", self.crs_note)
        form.addRow(self.tr("Export:"), scope_box)
        form.addRow("", self.keep_personal)
        form.addRow("", self.personal_label)

        self.footer = RunFooter(self.tr("Export"), self)
        self.export_button = self.footer.attach(self, self.export, self.cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(self.footer)

        self.path_edit.textChanged.connect(self._path_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.setText(path or str(Path.home() / f"{_safe_stem(layer.name)}.gpkg"))

    def _crs_text(self, crs: Any) -> str:
        if not crs:
            return self.tr("no CRS")
        return crs if str(crs).startswith("EPSG:") else self.tr("custom")

    # -- state ----------------------------------------------------------------------------------------------
    def _window(self) -> Any:
        return getattr(self.project, "time_window", None)

    def scope(self) -> str:
        if self.scope_selection.isChecked():
            return "selection"
        if self.scope_all.isChecked():
            return "all"
        return "shown"

    def set_scope(self, scope: str) -> None:
        {"all": self.scope_all, "shown": self.scope_shown, "selection": self.scope_selection}[scope].setChecked(True)

    def target_crs(self) -> str | None:
        value = self.crs_combo.currentData()
        return None if value in (None, "choose") else value

    def set_crs(self, code: str) -> None:
        """Export in ``code`` ("EPSG:xxxx"), adding it to the list when needed."""
        i = self.crs_combo.findData(code)
        if i < 0:
            i = self.crs_combo.count() - 1  # before "Other…"
            self.crs_combo.insertItem(i, code, code)
        self.crs_combo.setCurrentIndex(i)

    def options(self) -> dict[str, Any]:
        return {"scope": self.scope(), "window": self._window() if self.scope() != "all" else None,
                "crs": self.target_crs(), "keep_personal": self.keep_personal.isChecked()}

    # -- reactions ------------------------------------------------------------------------------------------
    def _show_personal(self, *_: Any) -> None:
        if not self.personal:
            self.personal_label.setText(self.tr("No column looks like personal data."))
        elif self.keep_personal.isChecked():
            self.personal_label.setText(self.tr("The file will hold personal data: do not publish it."))
        else:
            self.personal_label.setText(self.tr("These columns will be left out: %s") % ", ".join(self.personal))

    def _path_changed(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        suffix = _SUFFIX_ALIASES.get(suffix, suffix)
        i = self.format_combo.findData(suffix)
        if i >= 0 and i != self.format_combo.currentIndex():
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(i)
            self.format_combo.blockSignals(False)
        self.crs_note.setVisible(self.format_combo.currentData() == ".geojson")
        exists = bool(text.strip()) and Path(text.strip()).is_file()
        self.exists_label.setText(self.tr("This file exists and will be replaced.") if exists else "")
        self.exists_label.setVisible(exists)

    def _format_changed(self, _index: int) -> None:
        suffix = self.format_combo.currentData()
        text = self.path_edit.text().strip()
        path = Path(text) if text else Path.home() / _safe_stem(self.layer.name)
        self.path_edit.setText(str(path.with_suffix(suffix)))

    def browse(self) -> None:
        filters = ";;".join(f"{label} (*{suffix})" for suffix, label in EXPORT_FORMATS)
        current = self.format_combo.currentData()
        selected = next(f"{label} (*{suffix})" for suffix, label in EXPORT_FORMATS if suffix == current)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export data"), self.path_edit.text(), filters,
                                                   selected)
        if path:
            suffix = next((s for s, label in EXPORT_FORMATS if chosen.startswith(label)), current)
            if not Path(path).suffix:
                path += suffix
            self.path_edit.setText(path)

    def _crs_activated(self, _index: int) -> None:
        if self.crs_combo.currentData() != "choose":
            return
        from gisdesk.widgets.crs_dialog import CrsDialog

        code = CrsDialog.get_crs(self, self.layer.crs)
        if code:
            self.set_crs(code)
        else:
            self.crs_combo.setCurrentIndex(0)

    # -- running --------------------------------------------------------------------------------------------
    def export(self) -> ExportRun | None:
        if self.run_job is not None and self.run_job.running:
            return None
        path = self.path_edit.text().strip()
        if not path:
            self._show_error(self.tr("Choose a file name first."))
            return None
        self.error_label.hide()
        job = ExportRun(self.layer, path, self.options())
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.run_job = job
        self.footer.set_busy(True, self.tr("Exporting…"))
        job.start()
        return job

    def cancel(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.status.setText(self.tr("Cancelling…"))
            self.run_job.cancel()

    def _progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if fraction >= 0.4:  # the write itself runs to its end (it is atomic)
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Writing the file…"))

    def _idle(self) -> None:
        self.footer.set_busy(False)

    def _finished(self, result: Any) -> None:
        self._idle()
        self.progress.setValue(1000)
        self.status.setText(self.tr("Done."))
        self.export_done.emit(result)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("%s rows were written to %s.") % (fmt_int(result.rows), str(result.path)),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setDetailedText("\n".join(result.notes))
        box.setInformativeText("\n".join(result.notes[1:4]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()  # not exec(): nothing blocks
        self.accept()

    def _failed(self, message: str) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.clear()
        self._show_error(self.tr("The export failed: %s") % message)

    def _cancelled(self) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; nothing was written."))

    def _show_error(self, message: str) -> None:
        self.footer.show_error(message)

    def reject(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.run_job.cancel()
        super().reject()


def _safe_stem(name: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if c in bad or ord(c) < 32 else c for c in name).strip(" .") or "export"
