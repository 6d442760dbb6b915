"""The analysis toolbox, as QGIS's Processing toolbox: a searchable list of tools grouped by theme, one dialog
per tool generated from its declared parameters, runs in the background with progress and Cancel.

``ToolboxDock``: the search box and the tool tree; double-click (or Enter) opens the tool's dialog.
``AlgorithmDialog``: a form built from ``Algorithm.params`` (layer combos filtered by geometry with a
"Selected features only" box, column combos that follow their layer, numbers with their units, choices), the
tool's description beside it, the time window that applies, Run / Cancel / Close, a progress bar, and the
error in plain words when the input is wrong (the dialog stays open so it can be fixed).
``AnalysisRun``: one run on a worker thread (``core.workers``), with Qt signals for progress and the end.

The algorithms' English texts are shown through ``QCoreApplication.translate("analysis", ...)``; their
Vietnamese is filled into the .ts by ``i18n/translate_vi.py``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gisdesk.widgets.background import BackgroundRun, RunFooter

__all__ = ["AlgorithmDialog", "AnalysisRun", "ToolboxDock", "atr"]

_ALG_ROLE = Qt.ItemDataRole.UserRole + 1


def atr(text: str) -> str:
    """The translation of an algorithm's text (name, group, label, help, description, choice)."""
    return QCoreApplication.translate("analysis", text) if text else text


class AnalysisRun(BackgroundRun):
    """One run of an algorithm on a worker thread (``widgets.background.BackgroundRun``)."""

    memory_message = ("There is not enough memory for this analysis; try a smaller area, a coarser grid or a "
                      "shorter time window.")

    def __init__(self, algorithm: Any, values: dict[str, Any], context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from gisdesk.analysis import Feedback

        self.algorithm = algorithm
        self.values = values
        self.context = context
        self.feedback = Feedback(self._report)

    def _report(self, fraction: float, message: str) -> None:  # worker thread; queued to the GUI
        self.progress.emit(fraction, message)

    def cancel(self) -> None:
        self.feedback.cancel()

    def work(self) -> Any:  # worker thread
        from gisdesk.analysis import run_algorithm

        return run_algorithm(self.algorithm, self.values, self.context, self.feedback)

    def is_cancel(self, exc: BaseException) -> bool:
        from gisdesk.analysis import Cancelled

        return isinstance(exc, Cancelled)

    def problem(self, exc: BaseException) -> str | None:
        from gisdesk.analysis import AnalysisError
        from gisdesk.core.errors import ReadError

        return str(exc) if isinstance(exc, (AnalysisError, ReadError)) else None

    def unexpected(self, exc: BaseException) -> str:
        return f"The analysis stopped on an unexpected error: {type(exc).__name__}: {exc}"


class ToolboxDock(QDockWidget):
    """Analysis > Toolbox: the tools by group, filtered as you type (name, group or description)."""

    open_requested = Signal(object)  # an Algorithm class

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Analysis toolbox"), parent)
        self.setObjectName("toolbox_dock")
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tools…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._open_first_shown)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        lay.addWidget(self.search)
        lay.addWidget(self.tree)
        self.setWidget(body)
        self._fill()

    def _fill(self) -> None:
        from PySide6.QtCore import QCollator, QLocale

        from gisdesk.analysis import algorithms

        self.tree.clear()
        collator = QCollator(QLocale(QLocale.Language.Vietnamese))  # "Đếm" sorts with D, not after "Z"
        by_group: dict[str, list[Any]] = {}
        for alg in algorithms().values():
            by_group.setdefault(atr(alg.group), []).append(alg)
        for group_name in sorted(by_group, key=collator.sortKey):
            group = QTreeWidgetItem([group_name])
            self.tree.addTopLevelItem(group)
            for alg in sorted(by_group[group_name], key=lambda a: collator.sortKey(atr(a.name))):
                item = QTreeWidgetItem([atr(alg.name)])
                item.setData(0, _ALG_ROLE, alg)
                item.setToolTip(0, atr(alg.description))
                group.addChild(item)
        self.tree.expandAll()

    def tool_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def shown_tools(self) -> list[str]:
        return [it.data(0, _ALG_ROLE).id for it in self.tool_items() if not it.isHidden()]

    def filter(self, text: str) -> None:
        from gisdesk.widgets.attribute_table import fold_text

        words = fold_text(text).split()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            any_shown = False
            for j in range(group.childCount()):
                item = group.child(j)
                alg = item.data(0, _ALG_ROLE)
                hay = fold_text(" ".join([item.text(0), group.text(0), alg.name, alg.id, alg.group,
                                          atr(alg.description), alg.description]))
                shown = all(w in hay for w in words)
                item.setHidden(not shown)
                any_shown |= shown
            group.setHidden(not any_shown)

    def _open_first_shown(self) -> None:
        for it in self.tool_items():
            if not it.isHidden():
                self.open_requested.emit(it.data(0, _ALG_ROLE))
                return

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        alg = item.data(0, _ALG_ROLE)
        if alg is not None:
            self.open_requested.emit(alg)


class AlgorithmDialog(QDialog):
    """The dialog of one tool; emits ``result_ready(algorithm, result, values)`` when a run succeeds."""

    result_ready = Signal(object, object, object)

    def __init__(self, algorithm: Any, project: Any, parent: QWidget | None = None, current_layer: Any = None) -> None:
        super().__init__(parent)
        self.algorithm = algorithm
        self.project = project
        self.run_job: AnalysisRun | None = None
        self.setWindowTitle(atr(algorithm.name))
        self.resize(760, 460)
        self.editors: dict[str, QWidget] = {}
        self.selected_boxes: dict[str, QCheckBox] = {}

        form_host = QWidget()
        self.form = QFormLayout(form_host)
        for p in algorithm.params:
            editor = self._editor(p, current_layer)
            label = atr(p.label) + ("" if p.optional or p.default is not None else " *")
            self.form.addRow(label, editor)
            if p.help:
                editor.setToolTip(atr(p.help))
        for p in algorithm.params:  # fields follow their layer once every editor exists
            if p.kind == "field":
                self._fill_fields(p)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.form.addRow(self.window_label)
        self._show_window()

        self.about = QTextBrowser()
        self.about.setOpenLinks(False)
        self.about.setHtml(f"<h3>{html.escape(atr(algorithm.name))}</h3>"
                           f"<p>{html.escape(atr(algorithm.description))}</p>")

        top = QHBoxLayout()
        top.addWidget(form_host, 3)
        top.addWidget(self.about, 2)
        self.footer = RunFooter(self.tr("Run"), self)
        self.run_button = self.footer.attach(self, self.run, self.cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.footer)

    # -- editors ----------------------------------------------------------------------------------
    def _editor(self, p: Any, current_layer: Any) -> QWidget:
        if p.kind in ("layer", "raster"):
            combo = QComboBox()
            if p.optional:
                combo.addItem(self.tr("(none)"), None)
            for layer in self._layers_for(p):
                combo.addItem(layer.name, layer)
            if current_layer is not None:
                i = combo.findData(current_layer)
                if i >= 0:
                    combo.setCurrentIndex(i)
            self.editors[p.name] = combo
            if p.kind == "raster":
                return combo
            box = QCheckBox(self.tr("Selected features only"))
            self.selected_boxes[p.name] = box
            combo.currentIndexChanged.connect(lambda _i, name=p.name: self._layer_changed(name))
            host = QWidget()
            h = QVBoxLayout(host)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(combo)
            h.addWidget(box)
            self._update_selected_box(p.name)
            return host
        if p.kind == "field":
            combo = QComboBox()
            self.editors[p.name] = combo
            return combo
        if p.kind in ("number", "integer"):
            spin: QAbstractSpinBox
            if p.kind == "integer":
                spin = QSpinBox()
                spin.setRange(int(p.minimum) if p.minimum is not None else -2**31 + 1,
                              int(p.maximum) if p.maximum is not None else 2**31 - 1)
            else:
                spin = QDoubleSpinBox()
                # whole metres; "500.000 m" reads as five hundred thousand to a Vietnamese eye
                spin.setDecimals(0 if p.unit == "m" else 2)
                spin.setRange(p.minimum if p.minimum is not None else -1e12,
                              p.maximum if p.maximum is not None else 1e12)
            if p.unit:
                spin.setSuffix(" " + atr(p.unit))
            if p.optional and p.default is None:  # an empty value means "let the tool choose"
                spin.setSpecialValueText(self.tr("automatic"))
                spin.setMinimum(spin.minimum() - (1 if p.kind == "integer" else 0.001))
                spin.setValue(spin.minimum())
            elif p.default is not None:
                spin.setValue(p.default)
            self.editors[p.name] = spin
            return spin
        if p.kind == "choice":
            combo = QComboBox()
            for value, label in p.choices:
                combo.addItem(atr(label), value)
            if p.default is not None:
                combo.setCurrentIndex(max(0, combo.findData(p.default)))
            self.editors[p.name] = combo
            return combo
        if p.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(p.default))
            self.editors[p.name] = box
            return box
        edit = QLineEdit("" if p.default is None else str(p.default))
        self.editors[p.name] = edit
        return edit

    def _layers_for(self, p: Any) -> list[Any]:
        out = []
        for layer in self.project.layers:
            is_vector = hasattr(layer, "geometry_family")
            if p.kind == "raster":
                if not is_vector and hasattr(layer, "band_count"):
                    out.append(layer)
            elif is_vector and (p.geometry is None or layer.geometry_family in (p.geometry, None)):
                out.append(layer)
        return out

    def _layer_changed(self, name: str) -> None:
        self._update_selected_box(name)
        for p in self.algorithm.params:
            if p.kind == "field" and p.parent == name:
                self._fill_fields(p)

    def _update_selected_box(self, name: str) -> None:
        layer = self.editors[name].currentData()
        box = self.selected_boxes[name]
        n = len(getattr(layer, "selection", ())) if layer is not None else 0
        box.setEnabled(n > 0)
        box.setText(self.tr("Selected features only (%d)") % n if n else self.tr("Selected features only"))
        if not n:
            box.setChecked(False)

    def _fill_fields(self, p: Any) -> None:
        import pandas as pd

        combo: QComboBox = self.editors[p.name]  # type: ignore[assignment]
        previous = combo.currentData()
        combo.clear()
        if p.optional:
            combo.addItem(self.tr("(none)"), None)
        layer = self.editors[p.parent].currentData()
        if layer is None:
            return
        table = layer.attributes
        for col in table.columns:
            if p.numeric and not pd.api.types.is_numeric_dtype(table[col]):
                continue
            combo.addItem(str(col), str(col))
        wanted = previous if previous is not None else p.default
        if wanted is not None and combo.findData(wanted) >= 0:
            combo.setCurrentIndex(combo.findData(wanted))

    def _show_window(self) -> None:
        window = getattr(self.project, "time_window", None)
        if not self.algorithm.time_aware:
            self.window_label.setText(self.tr("The time slider does not apply to this tool."))
        elif window is None:
            self.window_label.setText(self.tr("Time window: all times (set one with the time slider)."))
        else:
            self.window_label.setText(self.tr("Time window: %s (time-aware layers keep only these rows).")
                                      % window.label())

    # -- values ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        from gisdesk.analysis import LayerInput

        out: dict[str, Any] = {}
        for p in self.algorithm.params:
            w = self.editors[p.name]
            if p.kind in ("layer", "raster"):
                layer = w.currentData()
                if layer is not None:
                    box = self.selected_boxes.get(p.name)
                    out[p.name] = LayerInput(layer, selected_only=bool(box and box.isChecked()))
            elif p.kind in ("field", "choice"):
                v = w.currentData()
                if v is not None:
                    out[p.name] = v
            elif p.kind in ("number", "integer"):
                if p.optional and p.default is None and w.value() == w.minimum():
                    continue
                out[p.name] = w.value()
            elif p.kind == "bool":
                out[p.name] = w.isChecked()
            else:
                text = w.text().strip()
                if text:
                    out[p.name] = text
        return out

    def set_value(self, name: str, value: Any) -> None:
        """Set one editor (tests and "run again" use it): layers and choices by data, numbers, text."""
        p = self.algorithm.param(name)
        w = self.editors[name]
        if p.kind in ("layer", "raster", "field", "choice"):
            i = w.findData(value)
            if i < 0:
                raise ValueError(f"{value!r} is not offered for {name}")
            w.setCurrentIndex(i)
        elif p.kind in ("number", "integer"):
            w.setValue(value)
        elif p.kind == "bool":
            w.setChecked(bool(value))
        else:
            w.setText(str(value))

    # -- running ---------------------------------------------------------------------------------
    def run(self) -> AnalysisRun | None:
        from gisdesk.analysis import AnalysisError, Context, check_values

        if self.run_job is not None and self.run_job.running:
            return None
        values = self.values()
        try:
            check_values(self.algorithm, values)
        except AnalysisError as exc:
            self._show_error(str(exc))
            return None
        self.error_label.hide()
        context = Context(time_window=getattr(self.project, "time_window", None),
                          crs=getattr(self.project, "crs", None))
        job = AnalysisRun(self.algorithm, values, context)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.run_job = job
        self.footer.set_busy(True, self.tr("Running…"))
        job.start()
        return job

    def cancel(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.status.setText(self.tr("Cancelling…"))
            self.run_job.cancel()

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.status.setText(atr(message))

    def _idle(self) -> None:
        self.footer.set_busy(False)

    def _finished(self, result: Any) -> None:
        self._idle()
        self.progress.setValue(1000)
        self.status.setText(self.tr("Done."))
        self.result_ready.emit(self.algorithm, result, self.run_job.values if self.run_job else {})
        self.accept()

    def _failed(self, message: str) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.clear()
        self._show_error(message)

    def _cancelled(self) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; nothing was added."))

    def _show_error(self, message: str) -> None:
        self.footer.show_error(message)

    def reject(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.run_job.cancel()
        super().reject()
