"""Database > Browser: the saved PostgreSQL/PostGIS connections, their schemas and the tables with geometry, as
QGIS's browser panel shows them.

``DatabaseBrowser(store, passwords, parent=None)`` is a dock: a toolbar (New / Edit / Remove / Refresh / Add
to map, also in the context menu), a search box and a tree: connection → schema → geometry table (geometry
type icon, CRS, row estimate, a warning icon when the geometry column has no spatial index). Expanding a
connection connects and reads its catalogue on a worker (``db_connection.DatabaseCall``); with no known
password, or a refused one, a small prompt asks for it (and says why). Errors (server down, no PostGIS, ...)
show in the tree item, in red with the whole message as tooltip, never in a message box. Double-click or "Add
to map" emits ``add_layer_requested(connection, password, schema, table, column)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gisdesk.widgets.db_connection import (
    ERROR_COLOUR,
    ConnectionDialog,
    DatabaseCall,
    PasswordPrompt,
    forget_password,
    known_password,
    remember_password,
)

__all__ = ["DatabaseBrowser", "geometry_icon"]

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "connection", "schema", "table", "message"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # connection name, schema name or GeometryTable
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # a connection: None (not read), "loading", "loaded", "error"
COL_NAME, COL_CRS, COL_ROWS = 0, 1, 2


def _families(geometry_type: str) -> str:
    g = geometry_type.upper().rstrip("ZM").removeprefix("MULTI")
    return {"POINT": "point", "LINESTRING": "line", "POLYGON": "polygon"}.get(g, "mixed")


def geometry_icon(geometry_type: str, size: int = 16) -> QIcon:
    """A small drawing of the geometry type: a point, a line, a polygon, or the three for mixed geometry."""
    app = QApplication.instance()
    ratio = max(1.0, app.devicePixelRatio()) if app is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink, fill = QColor(31, 95, 153), QColor(120, 170, 214)
    s = size / 16
    family = _families(geometry_type)
    try:
        if family == "point":
            p.setPen(QPen(ink, 1.2 * s))
            p.setBrush(fill)
            for x, y in ((5, 5), (11, 7), (6, 12)):
                p.drawEllipse(QPointF(x * s, y * s), 2.4 * s, 2.4 * s)
        elif family == "line":
            p.setPen(QPen(ink, 2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            path = QPainterPath(QPointF(2 * s, 13 * s))
            for x, y in ((6, 6), (10, 10), (14, 3)):
                path.lineTo(x * s, y * s)
            p.drawPath(path)
        elif family == "polygon":
            p.setPen(QPen(ink, 1.2 * s))
            p.setBrush(fill)
            p.drawPolygon(QPolygonF([QPointF(x * s, y * s) for x, y in ((2, 5), (9, 2), (14, 7), (12, 14),
                                                                         (4, 13))]))
        else:
            p.setPen(QPen(ink, 1.2 * s))
            p.setBrush(fill)
            p.drawPolygon(QPolygonF([QPointF(x * s, y * s) for x, y in ((1, 9), (7, 8), (8, 15), (2, 15))]))
            p.drawEllipse(QPointF(4 * s, 3.5 * s), 2.2 * s, 2.2 * s)
            p.setPen(QPen(ink, 1.8 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(9 * s, 5 * s), QPointF(15 * s, 12 * s))
    finally:
        p.end()
    return QIcon(pixmap)


class DatabaseBrowser(QDockWidget):
    """The connections → schemas → geometry tables of the saved databases."""

    #: (Connection, password or None, schema, table, geometry column)
    add_layer_requested = Signal(object, object, str, str, str)

    def __init__(self, store: Any, passwords: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Database browser"), parent)
        self.setObjectName("db_browser_dock")
        self.store = store
        self.passwords = passwords
        self.connections: dict[str, Any] = {}
        self.jobs: dict[str, DatabaseCall] = {}
        self.password_prompt: PasswordPrompt | None = None
        self.connection_dialog: ConnectionDialog | None = None
        self._used_password: dict[str, str | None] = {}  # the password that opened each loaded connection

        style = self.style()
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
                                  self.tr("New connection…"), self)
        self.edit_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                   self.tr("Edit connection…"), self)
        self.remove_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
                                     self.tr("Remove connection"), self)
        self.refresh_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                      self.tr("Refresh"), self)
        self.add_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight),
                                  self.tr("Add to map"), self)
        self.new_action.triggered.connect(self.new_connection)
        self.edit_action.triggered.connect(self.edit_connection)
        self.remove_action.triggered.connect(self.remove_connection)
        self.refresh_action.triggered.connect(self.refresh)
        self.add_action.triggered.connect(self.add_current)
        for a in (self.new_action, self.edit_action, self.remove_action, self.refresh_action):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.add_action)
        add_button = self.toolbar.widgetForAction(self.add_action)
        if add_button is not None:
            add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tables…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("CRS"), self.tr("Rows")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CRS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROWS, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setUniformRowHeights(True)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_actions)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.setSpacing(3)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.search)
        lay.addWidget(self.tree)
        self.setWidget(body)
        self.reload_connections()

    # -- connections ----------------------------------------------------------------------------------------
    def reload_connections(self) -> None:
        """Rebuild the list of connections from the store (loaded ones are read again when expanded)."""
        from PySide6.QtCore import QCollator

        collator = QCollator(QLocale(QLocale.Language.Vietnamese))
        self.tree.clear()
        self.connections = {c.name: c for c in self.store.load()}
        for name in sorted(self.connections, key=collator.sortKey):
            conn = self.connections[name]
            item = QTreeWidgetItem([name])
            item.setData(0, KIND_ROLE, "connection")
            item.setData(0, VALUE_ROLE, name)
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon))
            item.setToolTip(0, conn.label)
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(item)
        if not self.connections:
            hint = self._message_item(self.tr("No database connections yet: click “New connection…” above."),
                                      error=False)
            self.tree.addTopLevelItem(hint)
            hint.setFirstColumnSpanned(True)
        self._update_actions()

    def connection_item(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, KIND_ROLE) == "connection" and item.data(0, VALUE_ROLE) == name:
                return item
        return None

    def _connection_of(self, item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item if item is not None and item.data(0, KIND_ROLE) == "connection" else None

    def current_connection(self) -> Any:
        top = self._connection_of(self.tree.currentItem())
        return self.connections.get(top.data(0, VALUE_ROLE)) if top is not None else None

    def new_connection(self) -> ConnectionDialog:
        dialog = ConnectionDialog(self.store, self.passwords, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.connection_dialog = dialog
        dialog.open()
        return dialog

    def edit_connection(self) -> ConnectionDialog | None:
        conn = self.current_connection()
        if conn is None:
            return None
        dialog = ConnectionDialog(self.store, self.passwords, conn, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.connection_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, conn: Any) -> None:
        self.reload_connections()
        item = self.connection_item(conn.name)
        if item is not None:
            self.tree.setCurrentItem(item)

    def remove_connection(self) -> bool:
        conn = self.current_connection()
        if conn is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove connection"),
            self.tr("Remove the connection “{0}” ({1})? Its saved password is removed too; the database itself is "
                    "not changed.").format(conn.name, conn.label))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.store.remove(conn.name)
        forget_password(self.passwords, conn)
        self.reload_connections()
        return True

    # -- loading --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the current connection's catalogue again (or the list of connections, when none is current)."""
        top = self._connection_of(self.tree.currentItem())
        if top is None:
            self.reload_connections()
            return
        self.load(top.data(0, VALUE_ROLE))

    def _expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == "connection" and item.data(0, STATE_ROLE) in (None, "error"):
            self.load(item.data(0, VALUE_ROLE))

    def load(self, name: str, password: str | None = None, save: bool | None = None) -> DatabaseCall | None:
        """Connect to ``name`` and read its schemas and geometry tables on a worker. ``password``: one just
        typed (``save``: keep it in the keyring once accepted); default the known one, or none."""
        from gisdesk.db.catalog import list_geometry_tables, list_schemas
        from gisdesk.db.connections import connect

        item = self.connection_item(name)
        conn = self.connections.get(name)
        if item is None or conn is None or (name in self.jobs and self.jobs[name].running):
            return None
        typed = password is not None
        if not typed:
            password = known_password(self.passwords, conn)
        item.setData(0, STATE_ROLE, "loading")
        self._set_children(item, [self._message_item(self.tr("Connecting…"), error=False)])
        self._mark(item, None)
        item.setExpanded(True)

        def work() -> tuple[list[str], list[Any]]:  # worker thread
            with connect(conn, password) as pg:
                return list_schemas(pg), list_geometry_tables(pg)

        job = DatabaseCall(work)
        job.finished.connect(lambda result: self._loaded(name, password, typed, save, result))
        job.failed_kind.connect(lambda kind, message: self._load_failed(name, password, kind, message))
        self.jobs[name] = job
        job.start()
        return job

    def _loaded(self, name: str, password: str | None, typed: bool, save: bool | None, result: Any) -> None:
        item = self.connection_item(name)
        conn = self.connections.get(name)
        if item is None or conn is None:
            return
        if typed and password is not None:
            remember_password(self.passwords, conn, password, bool(save))
        self._used_password[name] = password
        schemas, tables = result
        item.setData(0, STATE_ROLE, "loaded")
        self._mark(item, None)
        by_schema: dict[str, list[Any]] = {}
        for t in tables:
            by_schema.setdefault(t.schema, []).append(t)
        children = []
        for schema in sorted(set(schemas) | set(by_schema)):
            s_item = QTreeWidgetItem([schema])
            s_item.setData(0, KIND_ROLE, "schema")
            s_item.setData(0, VALUE_ROLE, schema)
            s_item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
            s_tables = by_schema.get(schema, [])
            if not s_tables:
                s_item.setForeground(0, QBrush(QColor(128, 128, 128)))
                s_item.setToolTip(0, self.tr("No tables with a geometry column that you may read."))
            for t in s_tables:
                s_item.addChild(self._table_item(t, sum(x.table == t.table for x in s_tables) > 1))
            children.append(s_item)
        self._set_children(item, children)
        if not tables:
            note = self._message_item(self.tr("No tables with a geometry column that you may read."), error=False)
            item.addChild(note)
            note.setFirstColumnSpanned(True)
        for child in children:  # a single schema with tables (often "public"): open it
            if child.childCount() and sum(c.childCount() > 0 for c in children) == 1:
                child.setExpanded(True)
        self.filter(self.search.text())

    def _load_failed(self, name: str, password: str | None, kind: str, message: str) -> None:
        from gisdesk.db.errors import Kind

        item = self.connection_item(name)
        conn = self.connections.get(name)
        if item is None or conn is None:
            return
        if kind == Kind.AUTH and "password" in message.lower():
            reason = message if password is not None else ""
            self._set_children(item, [self._message_item(self.tr("Waiting for the password…"), error=False)])
            self._ask_password(name, reason)
            return
        self._show_error(item, message)

    def _ask_password(self, name: str, reason: str) -> PasswordPrompt:
        conn = self.connections[name]
        prompt = PasswordPrompt(conn, self.passwords, reason, parent=self)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.answered.connect(lambda pw, save: self.load(name, pw, save))
        prompt.rejected.connect(lambda: self._password_refused(name))
        prompt.finished.connect(lambda _r: self._prompt_closed(prompt))
        self.password_prompt = prompt
        prompt.open()
        return prompt

    def _prompt_closed(self, prompt: PasswordPrompt) -> None:
        if self.password_prompt is prompt:
            self.password_prompt = None

    def _password_refused(self, name: str) -> None:
        item = self.connection_item(name)
        if item is None:
            return
        item.setData(0, STATE_ROLE, None)  # expanding again asks again
        self._set_children(item, [self._message_item(self.tr("Not connected: a password is needed."),
                                                     error=False)])

    def _show_error(self, item: QTreeWidgetItem, message: str) -> None:
        self._mark(item, message)
        self._set_children(item, [self._message_item(message, error=True)])
        item.setExpanded(True)
        item.setData(0, STATE_ROLE, "error")  # after expanding: expanding it again (by the user) tries again

    def _mark(self, item: QTreeWidgetItem, error: str | None) -> None:
        conn = self.connections.get(item.data(0, VALUE_ROLE))
        if error:
            item.setForeground(0, QBrush(QColor(ERROR_COLOUR)))
            item.setToolTip(0, f"{conn.label if conn else ''}\n{error}".strip())
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        else:
            item.setData(0, Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(0, conn.label if conn else "")
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon))

    def _set_children(self, item: QTreeWidgetItem, children: list[QTreeWidgetItem]) -> None:
        item.takeChildren()
        item.addChildren(children)
        for c in children:
            if c.data(0, KIND_ROLE) == "message":
                c.setFirstColumnSpanned(True)

    def _message_item(self, text: str, *, error: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KIND_ROLE, "message")
        item.setToolTip(0, text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if error:
            item.setForeground(0, QBrush(QColor(ERROR_COLOUR)))
        else:
            item.setForeground(0, QBrush(QColor(110, 110, 110)))
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        return item

    # -- tables ---------------------------------------------------------------------------------------------
    def _table_item(self, t: Any, show_column: bool) -> QTreeWidgetItem:
        name = f"{t.table} ({t.column})" if show_column else t.table
        item = QTreeWidgetItem([name, t.crs or self.tr("no SRID"), self.rows_text(t.rows, t.rows_exact)])
        item.setData(0, KIND_ROLE, "table")
        item.setData(0, VALUE_ROLE, t)
        item.setIcon(0, geometry_icon(t.geometry_type))
        if t.kind != "table":
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        item.setTextAlignment(COL_ROWS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = self.table_tooltip(t)
        for col in (COL_NAME, COL_CRS):
            item.setToolTip(col, tip)
        if t.srid == 0:
            item.setToolTip(COL_CRS, self.tr("The geometry column has no SRID constraint: rows may carry "
                                             "different coordinate systems."))
        if not t.has_spatial_index and t.kind in ("table", "materialized view", "partitioned table"):
            item.setIcon(COL_ROWS, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(COL_ROWS, self.no_index_text(t))
        else:
            item.setToolTip(COL_ROWS, tip)
        return item

    def rows_text(self, rows: int | None, exact: bool) -> str:
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "1,234" (the C locale omits it)
        if rows is None:
            return self.tr("? rows")
        if exact:
            return self.tr("1 row") if rows == 1 else self.tr("{0} rows").format(locale.toString(int(rows)))
        if rows >= 1_000_000:
            return self.tr("≈ {0} million rows").format(locale.toString(rows / 1e6, "f", 1))
        if rows >= 10_000:
            return self.tr("≈ {0} thousand rows").format(locale.toString(round(rows / 1e3)))
        return self.tr("≈ {0} rows").format(locale.toString(int(rows)))

    def table_tooltip(self, t: Any) -> str:
        kinds = {"table": self.tr("table"), "view": self.tr("view"), "materialized view": self.tr("materialized view"),
                 "partitioned table": self.tr("partitioned table"), "foreign table": self.tr("foreign table")}
        lines = [f"{t.schema}.{t.table}",
                 self.tr("Kind: {0}").format(kinds.get(t.kind, t.kind)),
                 self.tr("Geometry: {0} in column “{1}”").format(t.geometry_type, t.column),
                 self.tr("CRS: {0}").format(t.crs or self.tr("not constrained (SRID 0)")),
                 self.tr("Rows: {0}").format(self.rows_text(t.rows, t.rows_exact))]
        if t.primary_key:
            lines.append(self.tr("Primary key: {0}").format(t.primary_key))
        if not t.has_spatial_index and t.kind != "view":
            lines.append(self.no_index_text(t))
        return "\n".join(lines)

    def no_index_text(self, t: Any) -> str:
        return self.tr("No spatial index on “{0}”: a large table without one is slow to show by view and to "
                       "analyse. Ask the database administrator to create a GiST index on this column.").format(
            t.column)

    def table_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                schema = top.child(j)
                out += [schema.child(k) for k in range(schema.childCount())
                        if schema.child(k).data(0, KIND_ROLE) == "table"]
        return out

    def shown_tables(self) -> list[str]:
        """``schema.table`` of the table items the search leaves visible (for tests and scripts)."""
        return [it.data(0, VALUE_ROLE).qualified for it in self.table_items()
                if not it.isHidden() and not it.parent().isHidden()]

    def filter(self, text: str) -> None:
        """Show the tables whose schema, name, geometry column or type hold every word typed (accents and
        case ignored: "phuong" finds "phường")."""
        from gisdesk.widgets.attribute_table import fold_text

        words = fold_text(text).split()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                schema = top.child(j)
                if schema.data(0, KIND_ROLE) != "schema":
                    continue
                any_shown = False
                for k in range(schema.childCount()):
                    item = schema.child(k)
                    t = item.data(0, VALUE_ROLE)
                    hay = fold_text(f"{t.schema} {t.table} {t.column} {t.geometry_type} {t.kind}")
                    shown = all(w in hay for w in words)
                    item.setHidden(not shown)
                    any_shown |= shown
                schema.setHidden(bool(words) and not any_shown)
                if words and any_shown:
                    schema.setExpanded(True)

    # -- adding to the map ----------------------------------------------------------------------------------
    def current_table(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, VALUE_ROLE) if item is not None and item.data(0, KIND_ROLE) == "table" else None

    def add_current(self) -> bool:
        item = self.tree.currentItem()
        return self._add(item) if item is not None else False

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "table":
            self._add(item)

    def _add(self, item: QTreeWidgetItem) -> bool:
        if item.data(0, KIND_ROLE) != "table":
            return False
        top = self._connection_of(item)
        name = top.data(0, VALUE_ROLE)
        conn = self.connections.get(name)
        if conn is None:
            return False
        t = item.data(0, VALUE_ROLE)
        password = self._used_password.get(name, known_password(self.passwords, conn))
        self.add_layer_requested.emit(conn, password, t.schema, t.table, t.column)
        return True

    # -- menus ----------------------------------------------------------------------------------------------
    def _update_actions(self, *_: Any) -> None:
        has_conn = self.current_connection() is not None
        self.edit_action.setEnabled(has_conn)
        self.remove_action.setEnabled(has_conn)
        self.add_action.setEnabled(self.current_table() is not None)

    def _context_menu(self, pos: Any) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self)
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if kind == "table":
            menu.addAction(self.add_action)
            menu.setDefaultAction(self.add_action)
            menu.addSeparator()
        if kind is not None and kind != "message" or self._connection_of(item) is not None:
            menu.addAction(self.refresh_action)
            menu.addAction(self.edit_action)
            menu.addAction(self.remove_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

