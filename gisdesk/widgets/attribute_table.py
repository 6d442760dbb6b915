"""The attribute table: a Qt model over a vector layer's DataFrame, and the widget around it.

Built for a million rows. The model never copies or formats the data up front: ``data()`` formats
the one cell the view asks for. Sorting and filtering work on whole columns with numpy/pandas/Arrow
(no per-row Python callbacks as in ``QSortFilterProxyModel``): the model keeps an array of row
positions (the rows shown, in their order) and ``rowCount`` is its length. With no sort and no
filter there is no array at all.

* Sort: stable, nulls last in both directions. Text sorts in Vietnamese order (ICU via QCollator,
  "Phường 9" before "Phường 10") when a column has at most ``COLLATE_MAX_UNIQUE`` distinct values,
  otherwise case-insensitively by code point (ids, phone numbers, free text).
* Text filter: case- and accent-insensitive "contains" over the text columns ("Vy Da" finds
  "Vỹ Dạ"). The query is turned into a regular expression whose letters match every accented
  form (``v[yýỳỷỹỵ...]``), run by Arrow/pandas over each column; a column with few distinct values is
  factorized once and only its distinct values are searched.
* Column filter: rows whose value in one column equals a value (or is empty).
* Selected only: rows in ``layer.selection``.

Selection is by row *position* (``layer.selection``), in both directions; the widget blocks its own
echo.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
import weakref
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import shiboken6
from geopandas.array import GeometryDtype
from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core import workers

__all__ = [
    "HUE_TZ",
    "AttributeTableModel",
    "AttributeTableWidget",
    "accent_insensitive_pattern",
    "fold_text",
    "format_value",
]

HUE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
COLLATE_MAX_UNIQUE = 100_000  # above this many distinct texts, sort by code point (ICU keys cost ~2 µs each)
_FACTORIZE_MAX_RATIO = 0.2  # factorize a text column for searching when a sample has few distinct values
_MARKS = "[\u0300-\u036f]*"  # combining accents, in case some text arrived decomposed (NFD)
_Index = QModelIndex | QPersistentModelIndex


# -- text helpers --------------------------------------------------------------------------------
def fold_text(text: str) -> str:
    """Lower case without accents: ``"Vỹ Dạ"`` -> ``"vy da"``, ``"Đông Ba"`` -> ``"dong ba"``."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


@lru_cache(maxsize=1)
def _letter_variants() -> dict[str, str]:
    """ASCII letter -> every Latin letter that folds to it, in both cases (``d`` -> ``dDđĐ...``)."""
    table: dict[str, set[str]] = {}
    for cp in range(0x00C0, 0x2000):  # Latin-1 Supplement .. Latin Extended Additional (all of Vietnamese)
        ch = chr(cp)
        base = fold_text(ch)
        if len(base) == 1 and base.isascii() and base.isalpha() and base != ch.lower():
            table.setdefault(base, set()).add(ch)
    out = {}
    for base in "abcdefghijklmnopqrstuvwxyz":
        letters = table.get(base, set()) | {base, base.upper()}
        letters |= {c.upper() for c in letters if len(c.upper()) == 1} | {c.lower() for c in letters}
        out[base] = "".join(sorted(letters))
    return out


def accent_insensitive_pattern(query: str) -> str | None:
    """A regular expression (valid for Python ``re`` and Arrow's RE2) finding ``query`` in any case
    and with or without accents. ``None`` for a blank query.

    Two habits of Vietnamese data are forgiven too: ``i`` and ``y`` match each other (Vỹ Dạ / Vĩ Dạ,
    Mỹ / Mĩ are both in use), and a space in the query matches any whitespace or none (GADM writes
    "VĩDạ"). Case is handled in the character classes, not with an ignore-case flag: RE2 is ~10x
    slower with the flag on a million rows.
    """
    folded = " ".join(fold_text(query).split())
    if not folded:
        return None
    variants = _letter_variants()
    variants = {**variants, "i": variants["i"] + variants["y"], "y": variants["i"] + variants["y"]}
    parts = []
    for ch in folded:
        if ch == " ":
            parts.append(r"\s*")
        elif ch in variants:
            parts.append(f"[{variants[ch]}]{_MARKS}")
        elif ch.isalpha() and len(ch.upper()) == 1 and ch.upper() != ch:
            parts.append(f"[{ch}{ch.upper()}]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def format_value(value: Any) -> str:
    """How a cell shows ``value``: empty for missing values, times in Huế time (+07:00)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", " ").replace("\n", " ")
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return ""
        return format(float(value), ".15g")
    if isinstance(value, pd.Timestamp):
        if value.tzinfo is not None:
            value = value.tz_convert(HUE_TZ)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(HUE_TZ)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"
    try:
        if isinstance(value, (np.datetime64, np.timedelta64)) and np.isnat(value):
            return ""
    except TypeError:
        pass
    return str(value)


def _is_text(dtype: Any) -> bool:
    return pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype)


def _is_number(dtype: Any) -> bool:
    return pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)


def _few_distinct(series: pd.Series) -> bool:
    """Guess from a sample whether ``series`` has few distinct values (worth factorizing)."""
    n = len(series)
    if n < 50_000:
        return True  # cheap either way
    sample = series.iloc[:: max(1, n // 20_000)]
    try:
        return sample.nunique(dropna=True) <= _FACTORIZE_MAX_RATIO * len(sample)
    except TypeError:  # unhashable values (lists, dicts)
        return False


def _collation_ranks(texts: list[str]) -> np.ndarray:
    """Rank of each text in Vietnamese collation order (case-insensitive, numbers by value); ties share."""
    collator = QCollator(QLocale(QLocale.Language.Vietnamese))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    keys = [collator.sortKey(t) for t in texts]
    order = sorted(range(len(texts)), key=keys.__getitem__)
    ranks = np.empty(len(texts), dtype=np.int64)
    rank = 0
    for i, j in enumerate(order):
        if i and keys[j].compare(keys[order[i - 1]]) != 0:
            rank += 1
        ranks[j] = rank
    return ranks


# -- the model -----------------------------------------------------------------------------------
class AttributeTableModel(QAbstractTableModel):
    """Read-only table of a VectorLayer's attributes (the geometry column is hidden).

    View rows map to layer row positions through ``position(row)`` / ``positions(start, stop)``;
    ``view_rows(positions)`` goes the other way. ``filtered`` is emitted after every change of the
    rows shown (sort, filters, new data).
    """

    filtered = Signal()

    def __init__(self, layer: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layer: Any = None
        self._columns: list[str] = []
        self._values: list[Any] = []  # per column: numpy array (numpy dtypes) or the Series
        self._numeric: list[bool] = []
        self._cache: dict[tuple[str, str], Any] = {}  # per data version: factorized columns, sort orders
        self._n = 0
        self._perm: np.ndarray | None = None  # sort permutation of all rows (None: file order)
        self._order: np.ndarray | None = None  # rows shown, in order (None: all, in self._perm order)
        self._inverse: np.ndarray | None = None
        self._sort: tuple[int, bool] = (-1, True)
        self._text = ""
        self._text_mask: np.ndarray | None = None
        self._column_filter: tuple[str, Any] | None = None
        self._column_mask: np.ndarray | None = None
        self._selected_only = False
        self._time_window: Any = None
        self._shown_mask: np.ndarray | None = None  # the layer's time window and filters (visible_rows)
        self._selected_mask: np.ndarray | None = None  # the "selected only" filter (as of its last refresh)
        self._highlight = np.zeros(0, dtype=bool)  # layer.selection as a mask: drawn highlighted
        self.set_layer(layer)

    # -- layer binding ---------------------------------------------------------------------------
    @property
    def layer(self) -> Any:
        return self._layer

    def set_layer(self, layer: Any) -> None:
        """Show ``layer`` (a VectorLayer; None or a layer without a table, e.g. a raster, shows nothing).

        Filters and sort are reset.
        """
        if not isinstance(getattr(layer, "attributes", None), pd.DataFrame):
            layer = None
        if self._layer is not None:
            self._layer.events.data.disconnect(self._data_changed_slot)
            self._layer.events.selection.disconnect(self._selection_slot)
            self._layer.events.filter.disconnect(self._filter_slot)
        self._layer = layer
        self._sort = (-1, True)
        self._text, self._text_mask = "", None
        self._column_filter, self._column_mask = None, None
        self._selected_only, self._selected_mask = False, None
        ref = weakref.ref(self)

        def data_changed() -> None:  # plain functions: psygnal must not keep the model alive
            model = ref()
            if model is not None and shiboken6.isValid(model):
                model._reload()

        def selection_changed(_rows: Any) -> None:
            model = ref()
            if model is not None and shiboken6.isValid(model):
                model._selection_changed()

        def filter_changed(_state: Any) -> None:
            model = ref()
            if model is not None and shiboken6.isValid(model):
                model._update_shown()

        self._data_changed_slot = data_changed
        self._selection_slot = selection_changed
        self._filter_slot = filter_changed
        if layer is not None:
            layer.events.data.connect(data_changed)
            layer.events.selection.connect(selection_changed)
            layer.events.filter.connect(filter_changed)
        self._reload()

    def set_time_window(self, window: Any) -> None:
        """Show only the rows inside the time slider's window (for a layer with a time field)."""
        if window != self._time_window:
            self._time_window = window
            self._update_shown()

    def _update_shown(self) -> None:
        mask = None if self._layer is None else self._layer.visible_rows(self._time_window)
        if mask is None and self._shown_mask is None:
            return
        self.beginResetModel()
        self._cache.clear()
        self._shown_mask = mask
        self._apply()
        self.endResetModel()

    def _reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        layer = self._layer
        sort_name = self._columns[self._sort[0]] if 0 <= self._sort[0] < len(self._columns) else None
        if layer is None:
            self._columns, self._values, self._numeric, self._n = [], [], [], 0
        else:
            df = layer.attributes
            self._columns = [c for c in df.columns if not isinstance(df[c].dtype, GeometryDtype)]
            self._values = []
            for c in self._columns:
                s = df[c]
                arr = s.to_numpy() if isinstance(s.dtype, np.dtype) and s.dtype.kind in "biuf" else s
                self._values.append(arr)
            self._numeric = [_is_number(df[c].dtype) for c in self._columns]
            self._n = len(df)
        self._highlight = self._compute_selected_mask()
        # new data may have other columns: keep the sort and the column filter by column name
        self._sort = (self._columns.index(sort_name), self._sort[1]) if sort_name in self._columns else (-1, True)
        if self._column_filter is not None and self._column_filter[0] not in self._columns:
            self._column_filter, self._column_mask = None, None
        self._perm = self._sort_order(*self._sort) if self._sort[0] >= 0 and self._n else None
        if self._text:
            self._text_mask = self.compute_text_mask(self._text)
        if self._column_filter is not None:
            self._column_mask = self._compute_column_mask(*self._column_filter)
        if self._selected_only:
            self._selected_mask = self._compute_selected_mask()
        self._shown_mask = None if layer is None else layer.visible_rows(self._time_window)
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return self._n if self._order is None else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(self._cell(index.column(), self.position(index.row())))
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self._cell(index.column(), self.position(index.row()))
            return value if isinstance(value, str) and len(value) > 60 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric[index.column()]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Selected features are highlighted by the model, whatever the view's own selection holds:
        # a scattered selection of 100,000 rows is far too many ranges for QItemSelectionModel.
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._highlight[
                self.position(index.row())]:
            palette = QGuiApplication.palette()
            if role == Qt.ItemDataRole.BackgroundRole:
                return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return None

    def is_selected(self, row: int) -> bool:
        """Whether the layer row shown at view row ``row`` is in ``layer.selection``."""
        return bool(self._highlight[self.position(row)])

    def _selection_changed(self) -> None:
        self._highlight = self._compute_selected_mask()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
                return str(self._columns[section])
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self._columns):
                return f"{self._columns[section]} ({self._layer.attributes[self._columns[section]].dtype})"
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return str(self.position(section) + 1)  # the row's number in the layer, whatever the sort
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by column number ``column`` (-1: file order); stable, empty values last."""
        column = column if 0 <= column < len(self._columns) else -1
        ascending = order == Qt.SortOrder.AscendingOrder
        if (column, ascending) == self._sort and (column < 0 or self._perm is not None):
            return
        self.beginResetModel()
        self._sort = (column, ascending)
        self._perm = self._sort_order(column, ascending) if column >= 0 and self._n else None
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    def sort_by(self, column: str | None, ascending: bool = True) -> None:
        """Sort by column name (None: file order)."""
        self.sort(-1 if column is None else self._columns.index(column),
                  Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)

    # -- public helpers ------------------------------------------------------------------------------
    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def total_count(self) -> int:
        return self._n

    @property
    def text_filter(self) -> str:
        return self._text

    @property
    def column_filter(self) -> tuple[str, Any] | None:
        return self._column_filter

    @property
    def selected_only(self) -> bool:
        return self._selected_only

    def position(self, row: int) -> int:
        """The layer row position shown at view row ``row``."""
        if self._order is not None:
            return int(self._order[row])
        return int(self._perm[row]) if self._perm is not None else row

    def positions(self, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Layer row positions of view rows ``start:stop`` (int64 array)."""
        stop = self.rowCount() if stop is None else stop
        if self._order is not None:
            return self._order[start:stop]
        if self._perm is not None:
            return self._perm[start:stop]
        return np.arange(start, min(stop, self._n), dtype=np.int64)

    def view_rows(self, positions: Iterable[int] | np.ndarray) -> np.ndarray:
        """View rows showing the layer rows ``positions``, sorted; rows filtered out are left out."""
        pos = np.asarray(positions, dtype=np.int64).ravel()
        pos = pos[(pos >= 0) & (pos < self._n)]
        if self._order is None and self._perm is None:
            return np.sort(pos)
        if self._inverse is None:
            shown = self.positions()
            inverse = np.full(self._n, -1, dtype=np.int64)
            inverse[shown] = np.arange(len(shown), dtype=np.int64)
            self._inverse = inverse
        rows = self._inverse[pos]
        return np.sort(rows[rows >= 0])

    def column_values(self, column: str, limit: int = 1000) -> list[Any]:
        """The most frequent distinct values of ``column`` (empty value first if any), sorted for a menu."""
        series = self._layer.attributes[column]
        try:
            counts = series.value_counts(dropna=True)
        except TypeError:  # unhashable values
            counts = series.map(format_value).value_counts()
        values = list(counts.index[:limit])
        if _is_text(series.dtype) and all(isinstance(v, str) for v in values):
            ranks = _collation_ranks(values)
            values = [values[i] for i in np.argsort(ranks, kind="stable")]
        else:
            try:
                values = sorted(values)
            except TypeError:
                values = sorted(values, key=format_value)
        if series.isna().any():
            values.insert(0, None)
        return values

    # -- filters ---------------------------------------------------------------------------------------
    def set_text_filter(self, text: str, mask: np.ndarray | None = None) -> None:
        """Show rows where some text column contains ``text`` (any case, with or without accents).

        ``mask`` is ``compute_text_mask(text)`` when it was computed elsewhere (a worker thread).
        """
        text = text.strip()
        if text == self._text and (mask is None or not text):
            return
        self.beginResetModel()
        self._text = text
        if not text:
            self._text_mask = None
        else:
            self._text_mask = mask if mask is not None else self.compute_text_mask(text)
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    def compute_text_mask(self, text: str) -> np.ndarray | None:
        """Boolean array over all rows: some text column contains ``text``. Safe in a worker thread."""
        pattern = accent_insensitive_pattern(text)
        if pattern is None or self._layer is None:
            return None
        df = self._layer.attributes  # read once: a worker thread keeps to this frame even if the layer gets new data
        mask = np.zeros(len(df), dtype=bool)
        for column in df.columns:
            if isinstance(df[column].dtype, GeometryDtype) or not _is_text(df[column].dtype):
                continue
            codes, texts = self._searchable(df, column)
            hits = texts.str.contains(pattern, regex=True, na=False).to_numpy(dtype=bool, na_value=False)
            if codes is None:
                mask |= hits
            else:
                mask |= np.append(hits, False)[codes]  # code -1 (missing) -> the False at the end
        return mask

    def set_column_filter(self, column: str | None, value: Any = None) -> None:
        """Show rows whose ``column`` equals ``value`` (``None``: the empty ones); ``column=None`` clears."""
        self.beginResetModel()
        if column is None:
            self._column_filter, self._column_mask = None, None
        else:
            if column not in self._columns:
                self.endResetModel()
                raise KeyError(column)
            self._column_filter = (column, value)
            self._column_mask = self._compute_column_mask(column, value)
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    def set_selected_only(self, on: bool) -> None:
        """Show only the layer's selected rows (re-read on every call and on ``refresh_selected``)."""
        self.beginResetModel()
        self._selected_only = bool(on)
        self._selected_mask = self._compute_selected_mask() if on else None
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    def refresh_selected(self) -> None:
        """Re-read ``layer.selection`` for "selected only" (after the map changed the selection)."""
        if self._selected_only:
            self.set_selected_only(True)

    def clear_filters(self) -> None:
        self.beginResetModel()
        self._text, self._text_mask = "", None
        self._column_filter, self._column_mask = None, None
        self._selected_only, self._selected_mask = False, None
        self._apply()
        self.endResetModel()
        self.filtered.emit()

    # -- internals ---------------------------------------------------------------------------------------
    def _cell(self, column: int, pos: int) -> Any:
        values = self._values[column]
        if isinstance(values, np.ndarray):
            return values[pos]
        return values.iat[pos]

    def _apply(self) -> None:
        """Combine sort and filters into the array of rows shown."""
        self._inverse = None
        masks = [m for m in (self._shown_mask, self._text_mask, self._column_mask, self._selected_mask)
                 if m is not None]
        if not masks:
            self._order = None
            return
        mask = masks[0] if len(masks) == 1 else np.logical_and.reduce(masks)
        if self._perm is None:
            self._order = np.flatnonzero(mask).astype(np.int64, copy=False)
        else:
            self._order = self._perm[mask[self._perm]]

    def _compute_column_mask(self, column: str, value: Any) -> np.ndarray:
        series = self._layer.attributes[column]
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
            return series.isna().to_numpy(dtype=bool)
        try:
            eq = series == value
        except (TypeError, ValueError):
            eq = series.map(format_value) == format_value(value)
        return np.asarray(eq.to_numpy(dtype=bool, na_value=False), dtype=bool)

    def _compute_selected_mask(self) -> np.ndarray:
        mask = np.zeros(self._n, dtype=bool)
        if self._layer is not None:
            sel = np.asarray(self._layer.selection, dtype=np.int64)
            mask[sel[sel < self._n]] = True
        return mask

    def _searchable(self, df: pd.DataFrame, column: str) -> tuple[np.ndarray | None, pd.Series]:
        """(codes, distinct texts) for a column with few distinct values, else (None, the texts)."""
        key = ("search", f"{id(df)}\0{column}")  # the frame's identity: a worker may still hold the old one
        cached = self._cache.get(key)
        if cached is not None and len(cached[0] if cached[0] is not None else cached[1]) == len(df):
            return cached
        series = df[column].reset_index(drop=True)
        result: tuple[np.ndarray | None, pd.Series]
        is_str = pd.api.types.is_string_dtype(series.dtype)
        if is_str and not _few_distinct(series):
            result = (None, series)
        else:
            try:
                codes, uniques = pd.factorize(series)
                texts = pd.Series(uniques, dtype=object if not is_str else series.dtype)
                if not is_str:
                    texts = texts.map(format_value).astype(object)
                result = (codes, texts)
            except TypeError:  # unhashable values: format every row
                result = (None, series.map(format_value).astype(object))
        self._cache[key] = result
        return result

    def _sort_order(self, column: int, ascending: bool) -> np.ndarray:
        """Positions of all rows sorted by ``column``: stable, missing values last."""
        name = self._columns[column]
        key = ("sort", f"{name}\0{ascending}")
        if key in self._cache:
            return self._cache[key]
        series = self._layer.attributes[name].reset_index(drop=True)
        if _is_text(series.dtype):
            order = self._sort_text(series, ascending)
        else:
            order = series.sort_values(kind="stable", ascending=ascending, na_position="last").index.to_numpy()
        order = np.asarray(order, dtype=np.int64)
        self._cache[key] = order
        return order

    def _sort_text(self, series: pd.Series, ascending: bool) -> np.ndarray:
        is_str = pd.api.types.is_string_dtype(series.dtype)
        codes = uniques = None
        if _few_distinct(series):
            try:
                codes, uniques = pd.factorize(series)
            except TypeError:
                codes = None
        if codes is not None and len(uniques) <= COLLATE_MAX_UNIQUE:
            texts = [u if isinstance(u, str) else format_value(u) for u in uniques]
            ranks = _collation_ranks(texts)
            top = int(ranks.max()) + 1 if len(ranks) else 0
            if not ascending:
                ranks = top - 1 - ranks
            keys = np.append(ranks, top)[codes]  # missing (-1) -> top: last in both directions
            return np.argsort(keys, kind="stable")
        # many distinct texts: case-insensitive code-point order, done by Arrow/numpy
        lowered = series.str.lower() if is_str else series.map(
            lambda v: None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))
            else format_value(v).lower())
        return lowered.sort_values(kind="stable", ascending=ascending, na_position="last").index.to_numpy()


# -- the widget ------------------------------------------------------------------------------------
class _MaskSignals(QObject):
    done = Signal(int, str, object)  # generation, text, mask


class _TextMaskJob(QRunnable):
    """Compute a text-filter mask off the GUI thread (Arrow releases the GIL while it searches)."""

    def __init__(self, model: AttributeTableModel, text: str, generation: int) -> None:
        super().__init__()
        self.model, self.text, self.generation = model, text, generation
        self.signals = _MaskSignals()

    def run(self) -> None:  # worker thread
        try:
            mask = self.model.compute_text_mask(self.text)
        except Exception:  # noqa: BLE001 - e.g. the layer's data replaced meanwhile: the GUI recomputes
            mask = False
        try:
            self.signals.done.emit(self.generation, self.text, mask)
        except RuntimeError:  # the table was deleted meanwhile: nobody is waiting
            pass


class AttributeTableWidget(QWidget):
    """Table view + free-text filter + column-value filter + "selected only" + row count.

    Selecting rows in the table sets ``layer.selection``; a change of ``layer.selection`` (from the
    map) selects those rows here and scrolls to the first. ``feature_activated(position)`` is
    emitted on a double click (the lead's hook for "zoom to feature").
    """

    feature_activated = Signal(int)

    #: text filters on layers with more rows than this run in a worker thread
    ASYNC_FILTER_ROWS = 100_000
    #: a layer selection in more runs of consecutive view rows than this is shown by highlight only
    MIRROR_MAX_RANGES = 2_000

    def __init__(self, layer: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layer: Any = None
        self._syncing = False
        self._mirrored = True  # the view's selection holds exactly the layer's selection (as shown)
        self._generation = 0
        self._jobs: list[_TextMaskJob] = []
        self._column_values: list[Any] = []
        self._widths: list[int] = []
        self.model = AttributeTableModel(parent=self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search text columns…"))
        self.search.setClearButtonEnabled(True)
        self.column_combo = QComboBox()
        self.column_combo.setToolTip(self.tr("Filter by the value of a column"))
        self.value_combo = QComboBox()
        self.value_combo.setMinimumContentsLength(12)
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value_combo.setEnabled(False)
        self.selected_only = QCheckBox(self.tr("Selected only"))
        self.count_label = QLabel()

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure a million rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 6)
        vh.setHighlightSections(False)  # Qt walks every row header on each selection change: 1M rows, ~5 s
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionsMovable(True)
        hh.setSortIndicatorClearable(True)  # a third click goes back to file order
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # do not sort on construction
        self.view.setSortingEnabled(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 3)
        top.addWidget(self.column_combo, 1)
        top.addWidget(self.value_combo, 1)
        top.addWidget(self.selected_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._start_text_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._start_text_filter)
        self.column_combo.currentIndexChanged.connect(self._column_chosen)
        self.value_combo.currentIndexChanged.connect(self._value_chosen)
        self.selected_only.toggled.connect(self.model.set_selected_only)
        self.view.selectionModel().selectionChanged.connect(self._view_selection_changed)
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(lambda index: self.feature_activated.emit(self.model.position(index.row())))
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.filtered.connect(self._update_count)
        self.set_layer(layer)

    # -- layer binding ---------------------------------------------------------------------------
    @property
    def layer(self) -> Any:
        return self._layer

    def set_layer(self, layer: Any) -> None:
        """Show ``layer``'s attributes (None, or a layer without a table such as a raster: empty, disabled)."""
        if not isinstance(getattr(layer, "attributes", None), pd.DataFrame):
            layer = None
        if self._layer is not None:
            self._layer.events.selection.disconnect(self._selection_slot)
        self._layer = layer
        ref = weakref.ref(self)

        def selection_changed(_rows: Any) -> None:
            widget = ref()
            if widget is not None and shiboken6.isValid(widget):
                widget._layer_selection_changed()

        self._selection_slot = selection_changed
        if layer is not None:
            layer.events.selection.connect(selection_changed)
        self._generation += 1
        for w in (self.search, self.selected_only):
            w.blockSignals(True)
        self.search.clear()
        self.selected_only.setChecked(False)
        for w in (self.search, self.selected_only):
            w.blockSignals(False)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._mirrored = True
        self.model.set_layer(layer)
        self._columns_changed()
        self._fit_columns()
        self.setEnabled(layer is not None)

    def _fit_columns(self) -> None:
        """Columns as wide as their name and first rows need (at most 300 px)."""
        header = self.view.horizontalHeader()
        # the horizontal header decides how many rows a column fit measures (QTableView::sizeHintForColumn)
        header.setResizeContentsPrecision(50)  # measure 50 rows, not the default 1,000
        self.view.resizeColumnsToContents()
        for i in range(header.count()):
            if header.sectionSize(i) > 300:
                header.resizeSection(i, 300)

    # -- filters -----------------------------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Type ``text`` into the search box (the filter follows after a short pause)."""
        self.search.setText(text)

    def _start_text_filter(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._generation += 1
        if not text or self.model.total_count <= self.ASYNC_FILTER_ROWS:
            self.model.set_text_filter(text)
            return
        job = _TextMaskJob(self.model, text, self._generation)
        job.signals.done.connect(self._text_mask_done, Qt.ConnectionType.QueuedConnection)
        self._jobs.append(job)
        self.count_label.setText(self.tr("Searching…"))
        workers.submit(job.run)

    def _text_mask_done(self, generation: int, text: str, mask: Any) -> None:
        self._jobs = [j for j in self._jobs if j.generation != generation]
        if generation != self._generation:
            return  # the user typed on, or the layer changed
        if mask is False or (mask is not None and len(mask) != self.model.total_count):  # data changed meanwhile
            self.model.set_text_filter(text)  # the worker failed: do it here
        else:
            self.model.set_text_filter(text, mask)

    def _column_chosen(self, index: int) -> None:
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        self._column_values = []
        if index <= 0:
            self.value_combo.setEnabled(False)
            self.value_combo.blockSignals(False)
            self.model.set_column_filter(None)
            return
        column = self.model.columns[index - 1]
        self._column_values = self.model.column_values(column)
        self.value_combo.addItems([self.tr("(all values)")] + [
            self.tr("(empty)") if value is None else format_value(value) for value in self._column_values])
        self.value_combo.setEnabled(True)
        self.value_combo.blockSignals(False)
        self.model.set_column_filter(None)

    def _columns_changed(self) -> None:
        self._widths = []
        filtered = self.model.column_filter
        for w in (self.column_combo, self.value_combo):
            w.blockSignals(True)
            w.clear()
        self.column_combo.addItems([self.tr("(any column)"), *self.model.columns])
        self.value_combo.setEnabled(False)
        self._column_values = []
        for w in (self.column_combo, self.value_combo):
            w.blockSignals(False)
        if filtered is not None:  # the filtered column is still there: show it
            self.column_combo.blockSignals(True)
            self.column_combo.setCurrentIndex(self.model.columns.index(filtered[0]) + 1)
            self.column_combo.blockSignals(False)

    def _value_chosen(self, index: int) -> None:
        column_index = self.column_combo.currentIndex()
        if index <= 0 or column_index <= 0:
            self.model.set_column_filter(None)
            return
        self.model.set_column_filter(self.model.columns[column_index - 1], self._column_values[index - 1])

    def set_column_filter(self, column: str | None, value: Any = None) -> None:
        """Choose ``column`` and ``value`` in the combo boxes (a value missing from the list is added)."""
        if column is None:
            self.column_combo.setCurrentIndex(0)
            return
        self.column_combo.setCurrentIndex(self.model.columns.index(column) + 1)
        for i, v in enumerate(self._column_values):
            if (v is None and value is None) or (v is not None and value is not None and format_value(v) ==
                                                 format_value(value)):
                self.value_combo.setCurrentIndex(i + 1)
                return
        self._column_values.append(value)
        self.value_combo.addItem(self.tr("(empty)") if value is None else format_value(value))
        self.value_combo.setCurrentIndex(self.value_combo.count() - 1)

    # -- selection sync ------------------------------------------------------------------------------
    def _view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._syncing or self._layer is None:
            return
        ctrl = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and not self._mirrored:
            # The view holds only part of a large selection: Ctrl+click adds or removes rows from it.
            current = np.asarray(self._layer.selection, dtype=np.int64)
            added = self._positions_of(selected)
            removed = self._positions_of(deselected)
            rows = np.setdiff1d(np.union1d(current, added), removed)
        else:
            rows = self._positions_of(self.view.selectionModel().selection())
            self._mirrored = True
        self._syncing = True
        try:
            self._layer.selection = rows
        finally:
            self._syncing = False
        self._update_count()

    def _clicked(self, _index: QModelIndex) -> None:
        # A plain click on the one row the view holds of a large selection changes nothing in the
        # view, so no selectionChanged: make it select just that row, as a click does.
        modifiers = QApplication.keyboardModifiers()
        if self._mirrored or self._layer is None or modifiers & (Qt.KeyboardModifier.ControlModifier
                                                                  | Qt.KeyboardModifier.ShiftModifier):
            return
        self._mirrored = True
        self._syncing = True
        try:
            self._layer.selection = self._positions_of(self.view.selectionModel().selection())
        finally:
            self._syncing = False
        self._update_count()

    def _positions_of(self, selection: QItemSelection) -> np.ndarray:
        parts = [self.model.positions(r.top(), r.bottom() + 1) for r in selection]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _layer_selection_changed(self) -> None:
        if self._syncing:
            return  # our own echo
        if self.model.selected_only:
            self.model.refresh_selected()  # resets the model; _after_reset selects the rows
        else:
            self._select_from_layer(scroll=True)
        self._update_count()

    def _select_from_layer(self, scroll: bool) -> None:
        """Select the layer's selected rows in the view (they are highlighted by the model in any case).

        Up to ``MIRROR_MAX_RANGES`` runs of consecutive rows go into the view's selection model, so
        Shift/Ctrl+click extend them as usual; a more scattered selection is shown by the model's
        highlight alone (QItemSelectionModel slows down quadratically with the number of ranges).
        """
        selection_model = self.view.selectionModel()
        rows = self.model.view_rows(self._layer.selection) if self._layer is not None else np.zeros(0, np.int64)
        self._syncing = True
        try:
            if rows.size == 0:
                selection_model.clearSelection()
                self._mirrored = True
                return
            breaks = np.flatnonzero(np.diff(rows) != 1)
            first = self.model.index(int(rows[0]), 0)
            if breaks.size + 1 <= self.MIRROR_MAX_RANGES:
                starts = rows[np.r_[0, breaks + 1]]
                ends = rows[np.r_[breaks, rows.size - 1]]
                last_column = max(self.model.columnCount() - 1, 0)
                selection = QItemSelection()
                index = self.model.index
                for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
                    # ``+=``, not ``select()``: PySide6 6.12 on Python 3.11 drops a reference to None on
                    # every call of a void method (see the report); this loop may run 2,000 times
                    selection += QItemSelection(index(s, 0), index(e, last_column))
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                selection_model.select(selection, flags)
                self._mirrored = True
            else:
                selection_model.clearSelection()
                self._mirrored = False
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.view.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    # -- resets keep column widths and the selection --------------------------------------------------
    def _before_reset(self) -> None:
        header = self.view.horizontalHeader()
        if header.count():
            self._widths = [header.sectionSize(i) for i in range(header.count())]
        self._syncing = True  # the view drops its selection: that is no user action

    def _after_reset(self) -> None:
        if [self.column_combo.itemText(i) for i in range(1, self.column_combo.count())] != self.model.columns:
            self._columns_changed()  # the layer got new data with other columns
        header = self.view.horizontalHeader()
        if self._widths and len(self._widths) == header.count():
            for i, width in enumerate(self._widths):
                header.resizeSection(i, width)
        self._syncing = False
        self._select_from_layer(scroll=False)
        self._update_count()

    def set_time_window(self, window: Any) -> None:
        """The time slider's window: rows outside it are not listed (as they are not drawn)."""
        self.model.set_time_window(window)
        self._update_count()

    def _update_count(self) -> None:
        locale = QLocale()
        selected = 0 if self._layer is None else len(self._layer.selection)
        self.count_label.setText(self.tr("%s of %s rows shown, %s selected") % (
            locale.toString(self.model.rowCount()), locale.toString(self.model.total_count),
            locale.toString(selected)))
