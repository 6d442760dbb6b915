"""Choose a CRS: search the EPSG projected and geographic 2D CRSs by code and name.

The CRSs common in Huế come first (EPSG:9214 VN-2000 / TM-3 107-00, EPSG:3405 VN-2000 / UTM 48N,
EPSG:4326 WGS 84, EPSG:3857 Web Mercator, then the other VN-2000 ones), in their own group. Every
word typed must appear in the code or the name (case and accents ignored): "vn-2000 107", "9214",
"EPSG:3857", "mercator". The dialog returns "EPSG:xxxx".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyproj.database import query_crs_info
from pyproj.enums import PJType
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core.crs import crs_to_string
from gisdesk.widgets.attribute_table import fold_text

__all__ = ["HUE_COMMON", "CrsDialog", "CrsEntry", "CrsListModel", "crs_catalogue", "search_crs"]

#: shown first, in this order, then every other VN-2000 CRS by code
HUE_COMMON = ("EPSG:9214", "EPSG:3405", "EPSG:4756", "EPSG:4326", "EPSG:3857")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CrsEntry:
    code: str  # "EPSG:9214"
    name: str
    kind: str  # "projected" | "geographic"
    area: str
    common: bool
    haystack: str  # folded "epsg:9214 9214 vn-2000 / tm-3 107-00"


@lru_cache(maxsize=1)
def crs_catalogue() -> tuple[CrsEntry, ...]:
    """Every non-deprecated EPSG projected / geographic 2D CRS, the ones common in Huế first (~0.2 s once)."""
    infos = query_crs_info(auth_name="EPSG", pj_types=[PJType.PROJECTED_CRS, PJType.GEOGRAPHIC_2D_CRS],
                           allow_deprecated=False)
    by_code: dict[str, CrsEntry] = {}
    for info in infos:
        code = f"EPSG:{info.code}"
        if code in by_code:  # the database lists a few twice
            continue
        common = code in HUE_COMMON or "VN-2000" in info.name
        kind = "projected" if info.type == PJType.PROJECTED_CRS else "geographic"
        area = info.area_of_use.name if info.area_of_use is not None else ""
        by_code[code] = CrsEntry(code, info.name, kind, area, common,
                                 fold_text(f"{code} {info.code} {info.name}"))

    def rank(entry: CrsEntry) -> tuple[int, int, int]:
        number = int(entry.code.split(":")[1]) if entry.code.split(":")[1].isdigit() else 1 << 30
        first = HUE_COMMON.index(entry.code) if entry.code in HUE_COMMON else len(HUE_COMMON)
        return (0 if entry.common else 1, first, number)

    return tuple(sorted(by_code.values(), key=rank))


def search_crs(text: str, entries: tuple[CrsEntry, ...] | None = None) -> list[CrsEntry]:
    """Entries whose code or name contains every word of ``text`` (case and accents ignored)."""
    entries = crs_catalogue() if entries is None else entries
    terms = fold_text(text).split()
    if not terms:
        return list(entries)
    return [e for e in entries if all(t in e.haystack for t in terms)]


class CrsListModel(QAbstractItemModel):
    """Two groups ("Common in Huế", "All CRSs") of matching CRSs; columns: name, code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[CrsEntry]] = [[], []]
        self.set_filter("")

    def set_filter(self, text: str) -> None:
        matches = search_crs(text)
        self.beginResetModel()
        self._groups = [[e for e in matches if e.common], [e for e in matches if not e.common]]
        self.endResetModel()

    def match_count(self) -> int:
        return sum(len(g) for g in self._groups)

    def entry(self, index: _Index) -> CrsEntry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def find(self, code: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for row, entry in enumerate(group):
                if entry.code == code:
                    return self.index(row, 0, self.index(g, 0))
        return QModelIndex()

    # Qt API: top-level rows are the groups (internal id 0); a child's internal id is its group + 1
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 2
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                n = len(self._groups[index.row()])
                if index.row() == 0:
                    return self.tr("Common in Huế (%d)") % n
                return self.tr("All CRSs (%d)") % n
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = self.entry(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name if index.column() == 0 else entry.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.code} — {entry.name}\n{entry.area}"
        if role == Qt.ItemDataRole.UserRole:
            return entry.code
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Coordinate reference system") if section == 0 else self.tr("Code")
        return None


class CrsDialog(QDialog):
    """Pick a CRS. ``selected_crs()`` gives "EPSG:xxxx" (None until a CRS is chosen).

    ``CrsDialog.get_crs(parent, current)`` runs the dialog and returns the choice or None.
    """

    def __init__(self, current: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a coordinate reference system"))
        self.resize(640, 520)
        self.model = CrsListModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by EPSG code or name, e.g. 9214 or VN-2000"))
        self.search.setClearButtonEnabled(True)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)

        self._selected: str | None = None
        self.search.textChanged.connect(self.set_filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.expandAll()
        self._update_buttons()
        code = crs_to_string(current) if current is not None else None
        if code:
            self.select(code)

    def set_filter(self, text: str) -> None:
        """Show the CRSs matching ``text``; keep the choice when it still matches."""
        keep = self._selected
        self.model.set_filter(text)
        self.view.expandAll()
        if keep and self.model.find(keep).isValid():
            self.select(keep)
        elif self.model.match_count() == 1:
            group = 0 if self.model.rowCount(self.model.index(0, 0)) else 1
            self.view.setCurrentIndex(self.model.index(0, 0, self.model.index(group, 0)))
        else:
            self._selected = None
            self._update_buttons()

    def select(self, code: str) -> bool:
        index = self.model.find(code)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def selected_crs(self) -> str | None:
        return self._selected

    def _selection_changed(self, *_: Any) -> None:
        rows = self.view.selectionModel().selectedRows()
        entry = self.model.entry(rows[0]) if rows else None
        self._selected = entry.code if entry is not None else None
        if entry is not None:
            kind = self.tr("projected") if entry.kind == "projected" else self.tr("geographic")
            self.details.setText(f"<b>{entry.code}</b> — {entry.name} ({kind})<br>{entry.area}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._selected is not None)
        if self._selected is None:
            self.details.setText(self.tr("%d matching CRSs") % self.model.match_count())

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.entry(index) is not None:
            self.accept()

    @classmethod
    def get_crs(cls, parent: QWidget | None = None, current: Any = None) -> str | None:
        dialog = cls(current, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_crs()
        return None
