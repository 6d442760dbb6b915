"""The start page: what the main window shows in place of the map while no project is open.

Recent projects (name, folder, date saved; a project whose file is gone is greyed with a tooltip and can be
removed from the list), the ways in (the Huế sample, a project, data, service requests, the city database) and
five first steps. The page only emits signals; the main window does the work:

``open_project(path)``, ``open_sample()``, ``open_dialog()``, ``add_data()``, ``import_requests()``,
``connect_database()``, ``show_help()``.

The main window puts it in a ``QStackedWidget`` with the map canvas (see the wiring in the issue-8 report).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gisdesk.widgets.recent import RecentProjects

__all__ = ["StartPage"]

#: item data roles of the recent-projects list
PATH_ROLE = Qt.ItemDataRole.UserRole
EXISTS_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2

_STYLE = """
#startContent { background: palette(window); }
QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }
QFrame#card QLabel { background: transparent; }
QLabel#title { font-size: 20pt; font-weight: 600; }
QLabel#subtitle { color: palette(placeholder-text); font-size: 10.5pt; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; }
QListWidget#recentList { border: none; background: transparent; }
QListWidget#recentList::item { border-radius: 4px; }
QListWidget#recentList::item:hover { background: palette(alternate-base); }
QPushButton[role="action"] { text-align: left; padding: 6px 10px; border: 1px solid palette(midlight);
                             border-radius: 4px; background: palette(base); }
QPushButton[role="action"]:hover { background: palette(alternate-base); border-color: palette(highlight); }
QPushButton[role="action"]:disabled { color: palette(placeholder-text); }
QPushButton[role="primary"] { text-align: left; padding: 7px 10px; border: 1px solid palette(highlight);
                              border-radius: 4px; background: palette(highlight);
                              color: palette(highlighted-text); font-weight: 600; }
QPushButton[role="primary"]:hover { background: palette(dark); border-color: palette(dark); }
QPushButton[role="primary"]:disabled { background: palette(midlight); border-color: palette(midlight);
                                       color: palette(placeholder-text); font-weight: normal; }
QPushButton[role="link"] { border: none; color: palette(link); text-align: left; padding: 2px 0; }
QPushButton[role="link"]:hover { text-decoration: underline; }
"""


class _RecentDelegate(QStyledItemDelegate):
    """Two lines per project: the name in bold, then the folder and the date saved (elided in the middle)."""

    PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + 3 * self.PAD // 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        opt.icon = opt.icon.__class__()  # the icon is drawn by hand below, at the top line
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, hover and selection as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        exists = bool(index.data(EXISTS_ROLE))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        group = QPalette.ColorGroup.Normal if exists else QPalette.ColorGroup.Disabled
        main = pal.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        sub = pal.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(self.PAD, self.PAD // 2 + 2, -self.PAD, -self.PAD // 2)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        fm = QFontMetrics(opt.font)
        line = fm.height()
        painter.save()
        if icon is not None:
            size = min(32, rect.height() - 4)
            icon.paint(painter, QRect(rect.left(), rect.top() + (rect.height() - size) // 2, size, size),
                       mode=icon.Mode.Normal if exists else icon.Mode.Disabled)
            rect.setLeft(rect.left() + size + self.PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(main)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        painter.setPen(sub)
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(detail, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()


class StartPage(QWidget):
    """The page shown while no project is open. It only emits signals (the main window acts on them)."""

    open_project = Signal(str)  # a recent project was chosen (its path)
    open_sample = Signal()  # "Open the Huế sample project"
    open_dialog = Signal()  # "Open a project…"
    add_data = Signal()  # "Add data…"
    import_requests = Signal()  # "Import service requests…"
    connect_database = Signal()  # "Connect to the city database…"
    show_help = Signal()  # "Open the user guide"

    def __init__(self, recent: RecentProjects, parent: QWidget | None = None, *,
                 sample_path: Callable[[], Path | None] | None = None) -> None:
        """``sample_path()`` gives the Huế sample project, or None when it is not installed (the button is then
        disabled); it is asked on each refresh. The main window passes ``default_project_path`` (widgets may
        not import ``gisdesk.app``, which sits above them)."""
        super().__init__(parent)
        self.recent = recent
        self.sample_path = sample_path
        self.setObjectName("startPage")
        self.setAcceptDrops(False)  # files dropped here reach the main window, which opens them

        content = QWidget()
        content.setObjectName("startContent")
        content.setStyleSheet(_STYLE)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        column = QVBoxLayout()
        column.setSpacing(14)
        row = QHBoxLayout(content)  # the column is centred, at most 1040 px wide
        row.setContentsMargins(24, 20, 24, 20)
        row.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(1040)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        holder.setLayout(column)
        column.setContentsMargins(0, 0, 0, 0)
        row.addWidget(holder, 100)
        row.addStretch(1)

        # -- header
        self.title = QLabel(self.tr("Welcome to gisdesk"))
        self.title.setObjectName("title")
        subtitle = QLabel(self.tr("Maps and analysis for the city of Huế. Everything works without the internet."))
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(subtitle)

        # -- recent projects | start
        cards = QHBoxLayout()
        cards.setSpacing(14)
        recent_card, recent_box = self._card(self.tr("Recent projects"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setItemDelegate(_RecentDelegate(self.recent_list))
        self.recent_list.setMouseTracking(True)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setIconSize(QSize(28, 28))
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.customContextMenuRequested.connect(self._recent_menu)
        self.recent_list.itemActivated.connect(self._item_chosen)
        self.recent_list.itemClicked.connect(self._item_chosen)
        self.recent_list.setMinimumHeight(150)
        self.no_recent = QLabel(self.tr("No recent projects yet. Start with the Huế sample project, or open "
                                        "your own data."))
        self.no_recent.setWordWrap(True)
        self.no_recent.setObjectName("subtitle")
        recent_box.addWidget(self.recent_list, 1)
        recent_box.addWidget(self.no_recent)
        recent_box.addStretch(0)
        cards.addWidget(recent_card, 3)

        start_card, start_box = self._card(self.tr("Start"))
        style = self.style()
        SP = QStyle.StandardPixmap
        self.sample_button = self._button(self.tr("Open the Huế sample project"), self.open_sample,
                                          style.standardIcon(SP.SP_DirHomeIcon), role="primary")
        self.open_button = self._button(self.tr("Open a project…"), self.open_dialog,
                                        style.standardIcon(SP.SP_DialogOpenButton))
        self.add_button = self._button(self.tr("Add data…"), self.add_data, style.standardIcon(SP.SP_FileIcon))
        self.add_button.setToolTip(self.tr("Shapefiles, GeoPackage, GeoJSON, KML, CSV or Excel, GeoTIFF"))
        self.requests_button = self._button(self.tr("Import service requests…"), self.import_requests,
                                            style.standardIcon(SP.SP_FileDialogDetailedView))
        self.requests_button.setToolTip(self.tr("Citizens' reports from a spreadsheet or a GIS file"))
        self.database_button = self._button(self.tr("Connect to the city database…"), self.connect_database,
                                            style.standardIcon(SP.SP_DriveNetIcon))
        self.database_button.setToolTip(self.tr("Layers shared by the city's departments (PostGIS)"))
        for b in (self.sample_button, self.open_button, self.add_button, self.requests_button,
                  self.database_button):
            start_box.addWidget(b)
        start_box.addStretch(1)
        cards.addWidget(start_card, 2)
        column.addLayout(cards)

        # -- first steps
        steps_card, steps_box = self._card(self.tr("First steps"))
        steps = [
            self.tr("<b>Add a shapefile</b>: <i>Layer ▸ Add layer…</i>, or drag the file onto the window. "
                    "Vietnamese text in TCVN3 or VNI is converted for you, and the Import report says what was "
                    "fixed."),
            self.tr("<b>Style it</b>: double-click the layer in the Layers panel to colour it by category or by "
                    "value."),
            self.tr("<b>Choose a time window</b>: the Time slider at the bottom shows the service requests of a "
                    "day, a week or a month."),
            self.tr("<b>Analyse</b>: <i>Analysis ▸ Toolbox</i> counts requests per ward, finds hot spots and "
                    "measures service levels."),
            self.tr("<b>Print a map pack</b>: <i>Project ▸ Print layouts and atlas…</i> makes one PDF page per "
                    "ward."),
        ]
        self.steps_label = QLabel("<ol style='margin-left:-18px'>"
                                  + "".join(f"<li style='margin-bottom:4px'>{s}</li>" for s in steps) + "</ol>")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        steps_box.addWidget(self.steps_label)
        self.help_button = self._button(self.tr("Read the user guide (F1)"), self.show_help,
                                        style.standardIcon(SP.SP_DialogHelpButton), role="link")
        self.help_button.setCursor(Qt.CursorShape.PointingHandCursor)
        steps_box.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(steps_card)
        column.addStretch(1)

        self.recent.changed.connect(lambda _paths: self.refresh())
        self.refresh()

    # -- building ---------------------------------------------------------------------------------------
    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 14)
        box.setSpacing(8)
        label = QLabel(title)
        label.setObjectName("cardTitle")
        box.addWidget(label)
        return card, box

    def _button(self, text: str, signal: Any, icon: Any, role: str = "action") -> QPushButton:
        button = QPushButton(icon, text)
        button.setProperty("role", role)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    # -- the recent list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the recent projects and whether the sample is there (done each time the page is shown)."""
        self.recent_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in _stored_paths(self.recent):
            p = Path(path)
            exists = p.is_file()
            item = QListWidgetItem(icon, p.stem)
            item.setData(PATH_ROLE, path)
            item.setData(EXISTS_ROLE, exists)
            if exists:
                saved = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(p.stat().st_mtime)),
                                           QLocale.FormatType.ShortFormat)
                item.setData(DETAIL_ROLE, self.tr("%s · saved %s") % (str(p.parent), saved))
                item.setToolTip(path)
            else:
                item.setData(DETAIL_ROLE, self.tr("%s · file not found") % str(p.parent))
                item.setToolTip(self.tr("This project file is no longer there: %s\nRight-click to remove it "
                                        "from the list.") % path)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
        has_items = self.recent_list.count() > 0
        self.recent_list.setVisible(has_items)
        self.no_recent.setVisible(not has_items)
        sample = self.sample_path() if self.sample_path is not None else None
        self.sample_button.setEnabled(sample is not None)
        self.sample_button.setToolTip(str(sample) if sample is not None else
                                      self.tr("The sample project is not installed with this copy of gisdesk."))

    def _item_chosen(self, item: QListWidgetItem) -> None:
        if item.data(EXISTS_ROLE):
            self.open_project.emit(str(item.data(PATH_ROLE)))

    def _recent_menu(self, pos: Any) -> None:
        item = self.recent_list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        if item.data(EXISTS_ROLE):
            menu.addAction(self.tr("Open this project"), lambda: self._item_chosen(item))
        path = str(item.data(PATH_ROLE))
        menu.addAction(self.tr("Remove from this list"), lambda: self.recent.remove(path))
        menu.exec(self.recent_list.viewport().mapToGlobal(pos))

    def showEvent(self, event: Any) -> None:
        self.refresh()  # a file may have been deleted or saved since the page was last shown
        super().showEvent(event)


def _stored_paths(recent: RecentProjects) -> list[str]:
    """The recent list as stored, missing files included (``RecentProjects.paths()`` drops those; the start
    page shows them greyed so the user sees that a project moved)."""
    return [os.fspath(p) for p in recent._read()][: recent.max_items]
