"""Import citizen service requests: map an export's columns to Open311 fields, with a live preview.

:class:`RequestImportDialog` reads the file once, off the GUI thread (``io.service_requests.read_source``),
guesses the mapping (``detect_mapping``) and lets the officer correct it: one source column per Open311
field, where positions come from (latitude/longitude, one location column, or projected x/y in a CRS),
the zone of times written without one, the day/month order, what each of the export's own statuses
means (open or closed) and, optionally, a deadline in hours per category. Every change re-normalises
the file in the background (debounced) and shows the first rows and the reader's report (rows without
a location, dates that did not parse, unknown statuses...).

On *Import* the layer is built in the background with ``io.city_layers.open_service_requests`` (so a
project re-opens it the same way through the saved mapping) and handed out by :meth:`result_layer`.

Citizen text is data: it is only ever put in item models and plain-text labels, never in rich text.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core import workers
from gisdesk.core.crs import crs_to_string
from gisdesk.core.errors import ReadError
from gisdesk.io.report import Message
from gisdesk.io.service_requests import ColumnMapping, MappingNotes, SourceTable, detect_mapping, normalise_requests
from gisdesk.layers.schema import CITY_TIMEZONE, REQUEST_FIELDS

__all__ = ["FIELD_ROWS", "PREVIEW_ROWS", "TIME_ZONES", "Preview", "RequestImportDialog", "preview_requests"]

#: the fields of the column table, in the order an officer thinks of them (lat/long are in "Position")
FIELD_ROWS = (
    "service_request_id", "service_name", "service_code", "status", "status_detail",
    "requested_datetime", "updated_datetime", "expected_datetime", "closed_datetime",
    "description", "status_notes", "address", "address_id", "zipcode", "ward_name", "ward_code",
    "agency_responsible", "urgency", "source", "media_url", "service_notice",
)
assert set(FIELD_ROWS) | {"lat", "long"} == set(REQUEST_FIELDS) and len(FIELD_ROWS) == len(REQUEST_FIELDS) - 2

#: offered in the time-zone box (any IANA name may be typed)
TIME_ZONES = (
    CITY_TIMEZONE, "UTC", "Asia/Bangkok", "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul",
    "Australia/Sydney", "Europe/London", "Europe/Paris", "America/New_York", "America/Chicago",
    "America/Denver", "America/Los_Angeles",
)
PREVIEW_ROWS = 20
_MAX_LISTED = 300  # distinct statuses / categories listed in the tables
_DEBOUNCE_MS = 250
_SAMPLE_ROWS = 200


# --------------------------------------------------------------------------------------------------
# work done off the GUI thread (no widgets here)


@dataclass
class _Loaded:
    source: SourceTable
    parts: list[str]  # sheets of a workbook or layers of a GeoPackage ([] for one-table files)
    part_kind: str  # "sheet" | "layer" | ""
    mapping: ColumnMapping
    notes: MappingNotes
    samples: dict[str, str]  # column -> first non-empty value (as text)


@dataclass
class Preview:
    """The first rows of the normalised requests and what the reader said about the whole file."""

    columns: list[str]
    rows: list[list[str]]
    messages: list[Message]
    total: int
    located: int
    statuses: list[tuple[str, int]] = field(default_factory=list)  # the source's status wording, counts
    categories: list[tuple[str, int]] = field(default_factory=list)  # service_name (or code) values, counts


@dataclass
class _Failure:
    message: str


def _is_missing(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and math.isnan(v)


def _cell_text(value: Any, column: str) -> str:
    """A preview cell as plain text; times in the city's zone with their offset written out."""
    if _is_missing(value):
        return ""
    if isinstance(value, pd.Timestamp):
        stamp = value.tz_convert(CITY_TIMEZONE) if value.tzinfo is not None else value
        return stamp.isoformat(sep=" ", timespec="seconds")
    if column in ("lat", "long") and isinstance(value, float):
        return f"{value:.6f}"
    return str(value)


def _counts(series: pd.Series) -> list[tuple[str, int]]:
    s = series.dropna()
    if not len(s):
        return []
    text = s.astype(str).str.strip()
    text = text[text != ""]
    vc = text.value_counts()
    return [(str(k), int(v)) for k, v in vc.head(_MAX_LISTED).items()]


def preview_requests(source: SourceTable, mapping: ColumnMapping, deadlines: dict[str, float] | None = None,
                     rows: int = PREVIEW_ROWS, now: Any = None) -> Preview:
    """Normalise ``source`` with ``mapping`` (its report is copied, not added to) and describe the result."""
    from gisdesk.layers.service_requests import with_derived

    src = dataclasses.replace(source, report=copy.deepcopy(source.report))
    data = normalise_requests(src, mapping)
    stamp = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    frame = with_derived(data.frame, dict(deadlines or {}), stamp)
    columns = [f for f in FIELD_ROWS if mapping[f] or f in ("status", "status_detail")]
    columns = [c for c in ("service_request_id", *columns) if c in frame.columns]
    columns = list(dict.fromkeys(columns)) + ["lat", "long", "due_datetime", "state"]
    head = frame.head(rows)
    cells = [[_cell_text(v, c) for v in head[c].tolist()] for c in columns]
    table = [list(r) for r in zip(*cells, strict=True)] if cells and len(head) else []
    status_col = mapping["status"]
    statuses = _counts(source.frame[status_col]) if status_col and status_col in source.frame.columns else []
    cat_field = "service_name" if mapping["service_name"] else "service_code"
    categories = _counts(frame[cat_field]) if mapping[cat_field] else []
    located = int(frame["lat"].notna().sum())
    return Preview(columns, table, list(src.report.messages), len(frame), located, statuses, categories)


def _load(path: str, part: str | None, part_kind: str) -> _Loaded:
    from gisdesk.io.service_requests import read_source

    parts: list[str] = []
    kind = part_kind
    suffix = Path(path.split("!")[-1]).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from gisdesk.io.tabular import list_sheets

        parts, kind = list_sheets(path), "sheet"
    elif suffix in (".gpkg", ".sqlite") and "!" not in path:
        import pyogrio

        try:
            parts, kind = [str(r[0]) for r in pyogrio.list_layers(path)], "layer"
        except Exception:  # noqa: BLE001 - read_source says what is wrong with the file
            parts = []
    if kind == "sheet":
        source = read_source(path, sheet=part)
    else:
        source = read_source(path, layer=part)
    frame = source.frame
    sample = frame.head(500)  # as read_requests does
    mapping, notes = detect_mapping(list(frame.columns), sample)
    samples: dict[str, str] = {}
    for c in frame.columns:
        values = [v for v in frame[c].head(_SAMPLE_ROWS).tolist() if not _is_missing(v) and str(v).strip()]
        if values:
            text = str(values[0])
            samples[str(c)] = text if len(text) <= 80 else text[:77] + "…"
    return _Loaded(source, parts if len(parts) > 1 else [], kind if len(parts) > 1 else "", mapping, notes, samples)


class _JobSignals(QObject):
    done = Signal(int, object)  # generation, result or _Failure


class _Job:
    """Runs ``fn`` on a worker thread (``workers.submit``) and emits its result (or the problem) back."""

    def __init__(self, fn: Callable[[], Any], generation: int) -> None:
        self.fn, self.generation = fn, generation
        self.signals = _JobSignals()

    def run(self) -> None:  # worker thread
        try:
            result: Any = self.fn()
        except ReadError as exc:
            result = _Failure(str(exc))
        except Exception as exc:  # noqa: BLE001 - bad input must end in a message, never in a dead app
            result = _Failure(f"{type(exc).__name__}: {exc}")
        try:
            self.signals.done.emit(self.generation, result)
        except RuntimeError:  # the dialog was closed and deleted meanwhile: nobody is waiting
            pass


def _plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and data are never markup
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def _plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt guesses rich text in tooltips otherwise)."""
    return QtGui_Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


# --------------------------------------------------------------------------------------------------
# the dialog


class RequestImportDialog(QDialog):
    """Map an export of citizen requests to Open311 fields and import it as a ServiceRequestLayer.

    ``mapping`` (e.g. a layer's saved one) is used instead of the detected one; ``deadlines`` preset the
    per-category deadlines (hours). Signals: ``loaded`` (the file was read, or could not be: see
    :meth:`error_text`), ``preview_updated``, ``layer_ready(layer)`` (after *Import*).
    """

    loaded = Signal()
    preview_updated = Signal()
    layer_ready = Signal(object)

    def __init__(self, path: str | Path, parent: QWidget | None = None, *, mapping: ColumnMapping | None = None,
                 deadlines: dict[str, float] | None = None, name: str | None = None, sheet: str | None = None,
                 layer: str | None = None) -> None:
        super().__init__(parent)
        self._path = str(path)
        self._name = name
        self._initial_mapping = mapping
        self._part: str | None = sheet if sheet is not None else layer
        self._part_kind = "sheet" if sheet is not None else ("layer" if layer is not None else "")
        self._source: SourceTable | None = None
        self._notes: MappingNotes | None = None
        self._detected: ColumnMapping | None = None
        self._samples: dict[str, str] = {}
        self._status_choice: dict[str, str] = dict(mapping.status_map) if mapping else {}
        self._deadline_hours: dict[str, float] = {str(k): float(v) for k, v in (deadlines or {}).items()}
        self._preview: Preview | None = None
        self._layer: Any = None
        self._jobs: list[tuple[str, _Job]] = []  # kept alive until their result arrives
        self._gen = {"read": 0, "preview": 0, "build": 0}
        self._reading = self._building = False
        self._loaded_once = False
        self._preview_running = self._preview_pending = False
        self._field_combos: dict[str, QComboBox] = {}
        self._status_values: list[str] = []
        self._categories: list[str] = []

        display = Path(self._path.split("!")[-1]).name
        self.setWindowTitle(self.tr("Import service requests: %s") % display)
        self.resize(1100, 780)
        self._build_ui(display)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._start_preview)
        self._read()

    # -- layout --------------------------------------------------------------------------------
    def _build_ui(self, display: str) -> None:
        top = QHBoxLayout()
        self.file_label = _plain_label(display)
        self.file_label.setToolTip(_plain_tooltip(self._path))
        top.addWidget(self.file_label, 1)
        self.part_label = _plain_label(self.tr("Sheet:"))
        self.part_combo = QComboBox()
        self.part_combo.setMinimumContentsLength(16)
        self.part_combo.activated.connect(self._part_chosen)
        self.part_label.setBuddy(self.part_combo)
        for w in (self.part_label, self.part_combo):
            w.hide()
            top.addWidget(w)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, no known length
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        top.addWidget(self.busy)
        self.status_label = _plain_label()
        top.addWidget(self.status_label)

        self.error_label = _plain_label(wrap=True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.error_label.hide()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_columns_tab(), self.tr("Columns"))
        self.tabs.addTab(self._build_position_tab(), self.tr("Position and time"))
        self.tabs.addTab(self._build_status_tab(), self.tr("Statuses"))
        self.tabs.addTab(self._build_deadline_tab(), self.tr("Deadlines"))

        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        self.preview_title = _plain_label(self.tr("Preview (first %d requests)") % PREVIEW_ROWS)
        font = self.preview_title.font()
        font.setBold(True)
        self.preview_title.setFont(font)
        self.summary_label = _plain_label()
        head = QHBoxLayout()
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.summary_label)
        pv.addLayout(head)
        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(22)
        self.report_list = QListWidget()
        self.report_list.setWordWrap(True)
        self.report_list.setAlternatingRowColors(True)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.preview_view)
        inner.addWidget(self.report_list)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        pv.addWidget(inner, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.mapping_error = _plain_label(wrap=True)
        self.mapping_error.setStyleSheet("QLabel { color: #b00020; }")
        self.mapping_error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error_label)
        lay.addWidget(splitter, 1)
        lay.addWidget(self.mapping_error)
        lay.addWidget(self.buttons)
        self.tabs.setEnabled(False)

    def _build_columns_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.notes_label = _plain_label(wrap=True)
        lay.addWidget(self.notes_label)
        self.field_table = QTableWidget(len(FIELD_ROWS), 4)
        self.field_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Source column"), self.tr("Example value"), self.tr("Why")])
        self.field_table.verticalHeader().hide()
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.field_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.resizeSection(2, 220)
        header.setStretchLastSection(True)
        labels = self._field_labels()
        for row, f in enumerate(FIELD_ROWS):
            item = QTableWidgetItem(labels[f])
            item.setToolTip(_plain_tooltip(self.tr("Open311 field: %s") % f))
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.field_table.setItem(row, 0, item)
            combo = self._column_combo()
            combo.setObjectName(f"field_{f}")
            combo.currentIndexChanged.connect(lambda _i, f=f: self._field_changed(f))
            self._field_combos[f] = combo
            self.field_table.setCellWidget(row, 1, combo)
            self.field_table.setItem(row, 2, QTableWidgetItem(""))
            self.field_table.setItem(row, 3, QTableWidgetItem(""))
        lay.addWidget(self.field_table, 1)
        return w

    def _build_position_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.geometry_note = _plain_label(
            self.tr("The file has its own point geometry: it places the requests first; the columns below are "
                    "used where a feature has none."), wrap=True)
        self.geometry_note.hide()
        lay.addWidget(self.geometry_note)

        pos = QGroupBox(self.tr("Position"))
        form = QFormLayout(pos)
        self.lat_combo, self.long_combo = self._column_combo(), self._column_combo()
        self.location_combo = self._column_combo()
        self.x_combo, self.y_combo = self._column_combo(), self._column_combo()
        self.crs_edit = QLineEdit()
        self.crs_edit.setPlaceholderText(self.tr("EPSG code, e.g. 9214 (VN-2000 Huế) or 2263 (New York)"))
        self.crs_button = QPushButton(self.tr("Choose…"))
        self.crs_button.clicked.connect(self._choose_crs)
        crs_row = QHBoxLayout()
        crs_row.addWidget(self.crs_edit, 1)
        crs_row.addWidget(self.crs_button)
        for text, widget in (
            (self.tr("Latitude"), self.lat_combo),
            (self.tr("Longitude"), self.long_combo),
            (self.tr("Location (both in one column)"), self.location_combo),
            (self.tr("Projected X"), self.x_combo),
            (self.tr("Projected Y"), self.y_combo),
        ):
            form.addRow(_plain_label(text), widget)
            widget.currentIndexChanged.connect(self._mapping_edited)
        form.addRow(_plain_label(self.tr("CRS of X/Y")), crs_row)
        form.addRow(_plain_label(
            self.tr("Each request takes its position from latitude/longitude, else from the location column, else "
                    "from X/Y (only once their CRS is set)."), wrap=True))
        self.crs_edit.textEdited.connect(self._mapping_edited)
        lay.addWidget(pos)

        times = QGroupBox(self.tr("Dates and times"))
        tform = QFormLayout(times)
        self.tz_combo = QComboBox()
        self.tz_combo.setEditable(True)
        self.tz_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tz_combo.addItems(list(TIME_ZONES))
        completer = QCompleter(sorted(zoneinfo.available_timezones()), self.tz_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz_combo.setCompleter(completer)
        self.tz_combo.currentTextChanged.connect(self._mapping_edited)
        self.dayfirst_combo = QComboBox()
        self.dayfirst_combo.addItem(self.tr("Automatic (from the values)"), None)
        self.dayfirst_combo.addItem(self.tr("Day first (dd/mm/yyyy)"), True)
        self.dayfirst_combo.addItem(self.tr("Month first (mm/dd/yyyy)"), False)
        self.dayfirst_combo.currentIndexChanged.connect(self._mapping_edited)
        tform.addRow(_plain_label(self.tr("Time zone of times written without one")), self.tz_combo)
        tform.addRow(_plain_label(self.tr("Date order")), self.dayfirst_combo)
        lay.addWidget(times)
        lay.addStretch(1)
        return w

    def _build_status_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(_plain_label(
            self.tr("What each status written in the file means. Statuses gisdesk does not know count as open "
                    "until you choose."), wrap=True))
        self.status_table = QTableWidget(0, 3)
        self.status_table.setHorizontalHeaderLabels([self.tr("Status in the file"), self.tr("Requests"),
                                                     self.tr("Means")])
        self.status_table.verticalHeader().hide()
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.status_table, 1)
        self.status_empty = _plain_label(self.tr("No status column is mapped."))
        lay.addWidget(self.status_empty)
        return w

    def _build_deadline_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(_plain_label(
            self.tr("Optional: hours allowed per category. A request without its own due time is overdue once "
                    "it has been open longer (0 = no deadline)."), wrap=True))
        self.deadline_table = QTableWidget(0, 3)
        self.deadline_table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Requests"),
                                                       self.tr("Deadline (hours)")])
        self.deadline_table.verticalHeader().hide()
        self.deadline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadline_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.deadline_table, 1)
        self.deadline_empty = _plain_label(self.tr("No category column is mapped."))
        lay.addWidget(self.deadline_empty)
        return w

    def _column_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— none —"), None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        return combo

    def _field_labels(self) -> dict[str, str]:
        return {
            "service_request_id": self.tr("Request id"),
            "service_name": self.tr("Category"),
            "service_code": self.tr("Category code"),
            "status": self.tr("Status"),
            "status_detail": self.tr("Status as written"),
            "requested_datetime": self.tr("Requested at"),
            "updated_datetime": self.tr("Updated at"),
            "expected_datetime": self.tr("Due at"),
            "closed_datetime": self.tr("Closed at"),
            "description": self.tr("Description"),
            "status_notes": self.tr("Reply / status notes"),
            "address": self.tr("Address"),
            "address_id": self.tr("Address id"),
            "zipcode": self.tr("Postcode"),
            "ward_name": self.tr("Ward"),
            "ward_code": self.tr("Ward code"),
            "agency_responsible": self.tr("Agency"),
            "urgency": self.tr("Urgency"),
            "source": self.tr("Channel"),
            "media_url": self.tr("Photo URL"),
            "service_notice": self.tr("Service notice"),
            "lat": self.tr("Latitude"),
            "long": self.tr("Longitude"),
            "due_datetime": self.tr("Due (computed)"),
            "state": self.tr("State"),
        }

    def _status_words(self) -> dict[str, str]:
        return {"open": self.tr("open"), "closed": self.tr("closed"), "overdue": self.tr("overdue")}

    # -- state ---------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Reading, recomputing the preview (or about to) or building the layer."""
        return (self._reading or self._building or self._preview_running or self._preview_pending
                or self._preview_timer.isActive())

    def error_text(self) -> str:
        """The message shown when the file could not be read or imported ("" if none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def source(self) -> SourceTable | None:
        return self._source

    def notes(self) -> MappingNotes | None:
        """What the detection found (None when a given mapping was used or nothing is read yet)."""
        return self._notes

    def preview(self) -> Preview | None:
        return self._preview

    def field_combo(self, name: str) -> QComboBox:
        """The source-column box of a field (``lat``/``long`` are in the position section)."""
        if name == "lat":
            return self.lat_combo
        if name == "long":
            return self.long_combo
        return self._field_combos[name]

    def mapping(self) -> ColumnMapping:
        """The mapping as edited. Raises ValueError (a translated sentence) when the zone or CRS is not valid."""
        if self._source is None:
            return copy.deepcopy(self._initial_mapping) if self._initial_mapping else ColumnMapping()
        fields: dict[str, str | None] = {f: c.currentData() for f, c in self._field_combos.items()}
        fields["lat"], fields["long"] = self.lat_combo.currentData(), self.long_combo.currentData()
        tz = self.tz_combo.currentText().strip()
        try:
            zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError) as exc:
            raise ValueError(self.tr("“%s” is not a time zone name: choose one from the list, such as "
                                     "Asia/Ho_Chi_Minh.") % tz) from exc
        crs_text = self.crs_edit.text().strip()
        xy_crs: str | None = None
        if crs_text:
            try:
                xy_crs = crs_to_string(f"EPSG:{crs_text}" if crs_text.isdigit() else crs_text)
            except Exception as exc:  # pyproj raises several types for a bad code
                raise ValueError(self.tr("“%s” is not a coordinate reference system gisdesk knows: type an EPSG "
                                         "code such as 9214 or 2263.") % crs_text) from exc
        return ColumnMapping(fields=fields, location=self.location_combo.currentData(), x=self.x_combo.currentData(),
                             y=self.y_combo.currentData(), xy_crs=xy_crs, tz=tz,
                             dayfirst=self.dayfirst_combo.currentData(), status_map=dict(self._status_choice))

    def deadlines(self) -> dict[str, float]:
        """Hours allowed per category (only those set)."""
        return {k: v for k, v in self._deadline_hours.items() if v > 0}

    def part(self) -> str | None:
        """The chosen sheet or layer (None: the reader's default)."""
        return self._part

    # -- reading -------------------------------------------------------------------------------
    def _run(self, kind: str, fn: Callable[[], Any], slot: Callable[[int, Any], None]) -> None:
        self._gen[kind] += 1
        job = _Job(fn, self._gen[kind])
        job.signals.done.connect(slot, Qt.ConnectionType.QueuedConnection)
        self._jobs.append((kind, job))
        workers.submit(job.run)

    def _forget(self, generation: int, kind: str) -> None:
        self._jobs = [(k, j) for k, j in self._jobs if not (k == kind and j.generation == generation)]

    def _read(self) -> None:
        self._reading = True
        self._source = None
        self.tabs.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.error_label.hide()
        self._set_busy(self.tr("Reading %s…") % Path(self._path.split("!")[-1]).name)
        path, part, kind = self._path, self._part, self._part_kind
        self._run("read", lambda: _load(path, part, kind), self._read_done)

    def _read_done(self, generation: int, result: Any) -> None:
        self._forget(generation, "read")
        if generation != self._gen["read"]:
            return
        self._reading = False
        self._update_busy()
        if isinstance(result, _Failure):
            self._show_error(result.message)
            self.loaded.emit()
            return
        assert isinstance(result, _Loaded)
        first = not self._loaded_once
        self._loaded_once = True
        self._source, self._samples = result.source, result.samples
        self._fill_parts(result)
        if first and self._initial_mapping is not None:
            mapping, self._notes, self._detected = self._initial_mapping, None, None
        else:
            mapping, self._notes, self._detected = result.mapping, result.notes, result.mapping
            for k, v in mapping.status_map.items():
                self._status_choice.setdefault(k, v)
        self._fill_mapping(mapping)
        self.geometry_note.setVisible(result.source.x is not None)
        self.tabs.setEnabled(True)
        self.loaded.emit()
        self._schedule_preview(immediate=True)

    def _fill_parts(self, result: _Loaded) -> None:
        show = bool(result.parts)
        self.part_label.setVisible(show)
        self.part_combo.setVisible(show)
        if not show:
            return
        self._part_kind = result.part_kind
        self.part_label.setText(self.tr("Sheet:") if result.part_kind == "sheet" else self.tr("Layer:"))
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        self.part_combo.addItem(self.tr("(first sheet with data)") if result.part_kind == "sheet"
                                else self.tr("(first layer)"), None)
        for p in result.parts:
            self.part_combo.addItem(p, p)
        self.part_combo.setCurrentIndex(max(0, self.part_combo.findData(self._part)) if self._part else 0)
        self.part_combo.blockSignals(False)

    def _part_chosen(self, index: int) -> None:
        part = self.part_combo.itemData(index)
        if part == self._part:
            return
        self._part = part
        self._preview_gen_bump()
        self._read()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.ok_button.setEnabled(False)

    def _fill_mapping(self, mapping: ColumnMapping) -> None:
        assert self._source is not None
        columns = [str(c) for c in self._source.frame.columns]
        combos = [*self._field_combos.values(), self.lat_combo, self.long_combo, self.location_combo,
                  self.x_combo, self.y_combo]
        wanted: dict[QComboBox, str | None] = {c: mapping[f] for f, c in self._field_combos.items()}
        wanted.update({self.lat_combo: mapping["lat"], self.long_combo: mapping["long"],
                       self.location_combo: mapping.location, self.x_combo: mapping.x, self.y_combo: mapping.y})
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— none —"), None)
            for c in columns:
                combo.addItem(c, c)
            col = wanted[combo]
            if col and combo.findData(col) < 0:
                combo.addItem(self.tr("%s (not in this file)") % col, col)
            combo.setCurrentIndex(max(0, combo.findData(col)) if col else 0)
            combo.blockSignals(False)
        for w in (self.crs_edit, self.tz_combo, self.dayfirst_combo):
            w.blockSignals(True)
        self.crs_edit.setText(mapping.xy_crs or "")
        if self.tz_combo.findText(mapping.tz) < 0:
            self.tz_combo.addItem(mapping.tz)
        self.tz_combo.setCurrentText(mapping.tz)
        self.dayfirst_combo.setCurrentIndex(max(0, self.dayfirst_combo.findData(mapping.dayfirst)))
        for w in (self.crs_edit, self.tz_combo, self.dayfirst_combo):
            w.blockSignals(False)
        for f in FIELD_ROWS:
            self._update_field_row(f)
        self._fill_notes()

    def _fill_notes(self) -> None:
        if self._notes is None:
            self.notes_label.setText(self.tr("The saved column mapping is used."))
            return
        layouts = {"open311": self.tr("Open311 field names"), "nyc311": self.tr("the NYC 311 export"),
                   "socrata": self.tr("the Socrata API (NYC 311)"), "vietnamese": self.tr("Vietnamese column names"),
                   "custom": self.tr("column names matched one by one")}
        head = self.tr("Detected: %s (confidence %d%%). Check the columns below.") % (
            layouts.get(self._notes.layout, self._notes.layout), round(self._notes.confidence * 100))
        self.notes_label.setText("\n".join([head, *self._notes.notes[1:]]))

    def _update_field_row(self, f: str) -> None:
        row = FIELD_ROWS.index(f)
        col = self._field_combos[f].currentData()
        self.field_table.item(row, 2).setText(self._samples.get(col, "") if col else "")
        reason = ""
        if col and self._notes is not None and self._detected is not None and self._detected[f] == col:
            reason = self._notes.reasons.get(f, "")
        elif col:
            reason = self.tr("chosen by you")
        item = self.field_table.item(row, 3)
        item.setText(reason)
        item.setToolTip(_plain_tooltip(reason) if reason else "")
        guess = "a guess" in reason
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if guess else QIcon()
        self.field_table.item(row, 0).setIcon(icon)

    # -- edits ---------------------------------------------------------------------------------
    def _field_changed(self, f: str) -> None:
        self._update_field_row(f)
        self._mapping_edited()

    def _mapping_edited(self, *_: Any) -> None:
        if self._source is None:
            return
        self._schedule_preview()

    def _choose_crs(self) -> None:
        from gisdesk.widgets.crs_dialog import CrsDialog

        dialog = CrsDialog(self.crs_edit.text().strip() or None, self)
        if dialog.exec():
            chosen = dialog.selected_crs()
            if chosen:
                self.crs_edit.setText(chosen)
                self._mapping_edited()

    def _status_chosen(self, value: str, combo: QComboBox) -> None:
        choice = combo.currentData()
        default = ColumnMapping().status_of(value)
        for k in [k for k in self._status_choice if k.strip().casefold() == value.strip().casefold()]:
            del self._status_choice[k]
        if choice is not None and choice != default:
            self._status_choice[value] = choice
        self._mapping_edited()

    def _deadline_set(self, category: str, hours: float) -> None:
        if hours > 0:
            self._deadline_hours[category] = float(hours)
        else:
            self._deadline_hours.pop(category, None)
        self._mapping_edited()

    # -- preview -------------------------------------------------------------------------------
    def _schedule_preview(self, immediate: bool = False) -> None:
        self._preview_timer.start(0 if immediate else _DEBOUNCE_MS)
        self._update_busy()

    def _preview_gen_bump(self) -> None:
        self._gen["preview"] += 1  # whatever is running is now stale
        self._preview_pending = False
        self._preview_timer.stop()

    def _start_preview(self) -> None:
        if self._source is None:
            self._update_busy()
            return
        try:
            mapping = self.mapping()
        except ValueError as exc:
            self.mapping_error.setText(str(exc))
            self.mapping_error.show()
            self.ok_button.setEnabled(False)
            self._update_busy()
            return
        self.mapping_error.hide()
        if not self._building:
            self.ok_button.setEnabled(True)
        if self._preview_running:  # one at a time: the newest mapping runs when this one is done
            self._preview_pending = True
            return
        self._preview_running = True
        self._set_busy(self.tr("Updating the preview…"))
        source, deadlines = self._source, self.deadlines()
        self._run("preview", lambda: preview_requests(source, mapping, deadlines), self._preview_done)

    def _preview_done(self, generation: int, result: Any) -> None:
        self._forget(generation, "preview")
        self._preview_running = False
        if self._preview_pending:
            self._preview_pending = False
            self._start_preview()
            return
        if generation != self._gen["preview"]:
            self._update_busy()
            return
        self._update_busy()
        if isinstance(result, _Failure):
            self.report_list.clear()
            item = QListWidgetItem(self.tr("The preview could not be made: %s") % result.message)
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            self.report_list.addItem(item)
            self.preview_updated.emit()
            return
        assert isinstance(result, Preview)
        self._preview = result
        self._show_preview(result)
        self._fill_statuses(result.statuses)
        self._fill_deadlines(result.categories)
        self.preview_updated.emit()

    def _show_preview(self, p: Preview) -> None:
        labels = self._field_labels()
        words = self._status_words()
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([labels.get(c, c) for c in p.columns])
        translate = {i for i, c in enumerate(p.columns) if c in ("status", "state")}
        for row in p.rows:
            items = []
            for i, text in enumerate(row):
                item = QStandardItem(words.get(text, text) if i in translate else text)
                item.setEditable(False)
                items.append(item)
            self.preview_model.appendRow(items)
        self.preview_view.resizeColumnsToContents()
        for i in range(self.preview_model.columnCount()):
            if self.preview_view.columnWidth(i) > 320:
                self.preview_view.setColumnWidth(i, 320)
        self.summary_label.setText(self.tr("%d requests, %d with a location") % (p.total, p.located))
        self.report_list.clear()
        icons = {"info": QStyle.StandardPixmap.SP_MessageBoxInformation,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "error": QStyle.StandardPixmap.SP_MessageBoxCritical}
        rank = {"error": 0, "warning": 1}
        for m in sorted(p.messages, key=lambda m: rank.get(m.level, 2)):  # problems first, in reading order
            item = QListWidgetItem(m.text)
            item.setIcon(self.style().standardIcon(icons.get(m.level, icons["info"])))
            item.setData(Qt.ItemDataRole.UserRole, m.level)
            self.report_list.addItem(item)

    def _fill_statuses(self, statuses: list[tuple[str, int]]) -> None:
        values = [v for v, _ in statuses]
        self.status_empty.setVisible(not values)
        if values == self._status_values:
            return
        self._status_values = values
        user = ColumnMapping(status_map=dict(self._status_choice))
        self.status_table.setRowCount(0)
        self.status_table.setRowCount(len(statuses))
        words = self._status_words()
        for row, (value, count) in enumerate(statuses):
            self.status_table.setItem(row, 0, QTableWidgetItem(value))
            n = QTableWidgetItem(str(count))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_table.setItem(row, 1, n)
            combo = QComboBox()
            default = ColumnMapping().status_of(value)
            if default is None:
                combo.addItem(self.tr("not recognised (counts as open)"), None)
            combo.addItem(words["open"], "open")
            combo.addItem(words["closed"], "closed")
            combo.setCurrentIndex(max(0, combo.findData(user.status_of(value))))
            combo.currentIndexChanged.connect(lambda _i, v=value, c=combo: self._status_chosen(v, c))
            self.status_table.setCellWidget(row, 2, combo)
        self.status_table.resizeColumnToContents(2)

    def status_combo(self, value: str) -> QComboBox | None:
        """The "means" box of a status written in the file."""
        if value not in self._status_values:
            return None
        return self.status_table.cellWidget(self._status_values.index(value), 2)

    def _fill_deadlines(self, categories: list[tuple[str, int]]) -> None:
        values = [v for v, _ in categories]
        self.deadline_empty.setVisible(not values)
        if values == self._categories:
            return
        self._categories = values
        self.deadline_table.setRowCount(0)
        self.deadline_table.setRowCount(len(categories))
        for row, (value, count) in enumerate(categories):
            self.deadline_table.setItem(row, 0, QTableWidgetItem(value))
            n = QTableWidgetItem(str(count))
            n.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.deadline_table.setItem(row, 1, n)
            spin = QDoubleSpinBox()
            spin.setRange(0, 24 * 365)
            spin.setDecimals(1)
            spin.setSingleStep(24)
            spin.setSpecialValueText(self.tr("none"))
            spin.setSuffix(self.tr(" h"))
            spin.setValue(self._deadline_hours.get(value, 0.0))
            spin.valueChanged.connect(lambda h, v=value: self._deadline_set(v, h))
            self.deadline_table.setCellWidget(row, 2, spin)
        self.deadline_table.resizeColumnToContents(2)

    def deadline_spin(self, category: str) -> QDoubleSpinBox | None:
        """The hours box of a category."""
        if category not in self._categories:
            return None
        return self.deadline_table.cellWidget(self._categories.index(category), 2)

    # -- busy indicator ------------------------------------------------------------------------
    def _set_busy(self, text: str) -> None:
        self.status_label.setText(text)
        self.busy.show()

    def _update_busy(self) -> None:
        if self._reading or self._building or self._preview_running:
            self.busy.show()
            return
        self.busy.hide()
        self.status_label.setText("")

    # -- result --------------------------------------------------------------------------------
    def _builder(self, mapping: ColumnMapping) -> Callable[[], Any]:
        """A function that builds the layer, safe to run on a worker thread (it holds copies, no widgets)."""
        from gisdesk.io.city_layers import open_service_requests

        path, name, deadlines = self._path, self._name, self.deadlines() or None
        sheet = self._part if self._part_kind == "sheet" else None
        layer = self._part if self._part_kind == "layer" else None
        return lambda: open_service_requests(path, mapping, name=name, sheet=sheet, layer=layer, deadlines=deadlines)

    def result_layer(self) -> Any:
        """The ServiceRequestLayer: the one built on *Import*, else built now (raises ReadError/ValueError)."""
        if self._layer is None:
            self._layer = self._builder(self.mapping())()
        return self._layer

    def accept(self) -> None:
        """*Import*: build the layer in the background, then close; a problem stays in the dialog."""
        if self._layer is not None:
            super().accept()
            return
        if self._source is None or self._building:
            return
        try:
            mapping = self.mapping()
        except ValueError as exc:
            self.mapping_error.setText(str(exc))
            self.mapping_error.show()
            return
        self._building = True
        self.ok_button.setEnabled(False)
        self.tabs.setEnabled(False)
        self.error_label.hide()
        self._set_busy(self.tr("Importing…"))
        self._run("build", self._builder(mapping), self._built)

    def _built(self, generation: int, result: Any) -> None:
        self._forget(generation, "build")
        if generation != self._gen["build"]:
            return
        self._building = False
        self._update_busy()
        self.tabs.setEnabled(True)
        if isinstance(result, _Failure):
            self._show_error(self.tr("Could not import: %s") % result.message)
            self.ok_button.setEnabled(True)
            return
        self._layer = result
        self.layer_ready.emit(result)
        super().accept()

    def reject(self) -> None:
        for kind in self._gen:  # results still on their way are ignored
            self._gen[kind] += 1
        self._preview_timer.stop()
        self._reading = self._building = self._preview_running = self._preview_pending = False
        super().reject()
