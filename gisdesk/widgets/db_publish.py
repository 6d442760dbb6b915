"""Layer > Publish to database…: write a vector layer to a PostGIS table in one transaction, with a spatial index.

``PublishDialog(layer, store, passwords, parent=None, project=None)``: the connection, the schema (read from
the server on a worker; schemas where the user may not create tables are shown but disabled), the table name
(from the layer's name, as a clean identifier: Vietnamese letters kept, lower case, spaces → ``_``), what to do
when the table exists (fail / replace / append; the dialog says when it does), which rows (shown on the map /
all / the selection, the same rule as the data export: ``gisdesk.export.data.export_rows``), the CRS to store,
and a "Keep personal columns" box, unchecked by default (``gisdesk.export.data.personal_columns``). Publish
runs ``gisdesk.db.publish.publish_layer`` on a worker (``PublishRun``) with a progress bar and Cancel; a
cancelled or failed publish leaves the database as it was (one transaction), and the dialog says why it failed
and stays open. On success it emits ``published(PublishResult)``, shows what was written and closes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.settings import fmt_int
from gisdesk.widgets.background import BackgroundRun, RunFooter
from gisdesk.widgets.db_connection import (
    ERROR_COLOUR,
    DatabaseCall,
    PasswordPrompt,
    known_password,
    remember_password,
    sentence,
)

__all__ = ["IF_EXISTS", "PublishDialog", "PublishRun", "table_name_for"]

IF_EXISTS = ("fail", "replace", "append")
MAX_IDENT_BYTES = 63


def table_name_for(name: str) -> str:
    """A clean table name for a layer name: NFC, lower case, runs of spaces and punctuation → ``_``, letters
    of any script kept (``"Phản ánh 2024"`` → ``"phản_ánh_2024"``), ``t_`` before a leading digit, at most 63
    bytes in UTF-8 (PostgreSQL's limit), ``"layer"`` when nothing is left."""
    text = unicodedata.normalize("NFC", str(name)).casefold()
    text = re.sub(r"\.(shp|gpkg|geojson|json|kml|kmz|fgb|csv|xlsx|zip)$", "", text)
    text = "".join(c if c.isalnum() or c == "_" else " " for c in text)
    text = re.sub(r"\s+", "_", text.strip()).strip("_")
    text = re.sub(r"_+", "_", text)
    if not text:
        text = "layer"
    if text[0].isdigit():
        text = "t_" + text
    while len(text.encode("utf-8")) > MAX_IDENT_BYTES:
        text = text[:-1]
    return unicodedata.normalize("NFC", text.rstrip("_")) or "layer"


def _server_facts(conn: Any, password: str | None, srid: int | None) -> dict[str, Any]:  # worker thread
    """The schemas (and whether the user may create tables in each), the table names per schema, and whether
    the server knows ``srid``."""
    from gisdesk.db.catalog import READING_SCHEMAS_FAILED, publish_targets
    from gisdesk.db.connections import connect
    from gisdesk.db.errors import database_errors

    with connect(conn, password) as pg, database_errors(conn.label, READING_SCHEMAS_FAILED):
        t = publish_targets(pg, srid)
    return {"schemas": t.schemas, "writable": t.writable, "tables": t.tables, "srid_known": t.srid_known}


class PublishRun(BackgroundRun):
    """One publish on a worker thread; ``finished`` carries ``(PublishResult, notes, dropped columns)``."""

    def __init__(self, layer: Any, conn: Any, password: str | None, schema: str, table: str,
                 options: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.conn = conn
        self.password = password
        self.schema = schema
        self.table = table
        self.options = dict(options)
        self._cancel = False
        self.memory_message = ("There is not enough memory to publish this layer; publish the features shown on "
                               "the map or the selection instead.")

    def cancel(self) -> None:
        self._cancel = True

    def cancelled_yet(self) -> bool:
        return self._cancel

    def report(self, fraction: float) -> None:  # worker thread, from publish_layer
        self.progress.emit(0.1 + 0.9 * fraction, "Writing the rows")

    def work(self) -> Any:  # worker thread
        from gisdesk.db.connections import connect
        from gisdesk.db.publish import publish_layer
        from gisdesk.export.data import export_frame, export_rows, personal_columns

        o = self.options
        self.progress.emit(0.0, "Choosing the rows")
        rows, notes = export_rows(self.layer, o.get("scope", "shown"), o.get("window"),
                                  path=f"{self.schema}.{self.table}")
        columns = [c for c in self.layer.attributes.columns if str(c) != self.layer.geometry_name]
        dropped = [] if o.get("keep_personal") else personal_columns(columns)
        keep = [c for c in columns if str(c) not in set(dropped)]
        gdf = export_frame(self.layer, rows, keep)
        self.progress.emit(0.05, "Connecting")
        with connect(self.conn, self.password) as pg:
            result = publish_layer(pg, gdf, self.schema, self.table, if_exists=o.get("if_exists", "fail"),
                                   srid=o.get("srid"), cancel=self.cancelled_yet, progress=self.report)
        return result, notes, dropped

    def is_cancel(self, exc: BaseException) -> bool:
        from gisdesk.db.errors import DatabaseError, Kind

        return isinstance(exc, DatabaseError) and exc.kind == Kind.CANCELLED

    def problem(self, exc: BaseException) -> str | None:
        from gisdesk.db.errors import DatabaseError
        from gisdesk.io.writers import WriteError

        if isinstance(exc, DatabaseError):
            self.kind = exc.kind
            return sentence(exc.problem)
        if isinstance(exc, WriteError):
            return sentence(exc.problem)
        return None

    def unexpected(self, exc: BaseException) -> str:
        return f"Publishing stopped on an unexpected error: {type(exc).__name__}: {exc}"


class PublishDialog(QDialog):
    """Publish one vector layer to a PostGIS table; ``published(PublishResult)`` on success."""

    published = Signal(object)

    def __init__(self, layer: Any, store: Any, passwords: Any, parent: QWidget | None = None,
                 project: Any = None) -> None:
        super().__init__(parent)
        from gisdesk.export.data import personal_columns

        self.layer = layer
        self.store = store
        self.passwords = passwords
        self.project = project
        self.run_job: PublishRun | None = None
        self.schema_job: DatabaseCall | None = None
        self.password_prompt: PasswordPrompt | None = None
        self.result_box: QMessageBox | None = None
        self.facts: dict[str, Any] | None = None
        self._run_mode = "created"
        self._wanted_schema: str | None = None
        self._password: dict[str, str | None] = {}  # per connection name: the password that worked
        self.setWindowTitle(self.tr("Publish to database: {0}").format(layer.name))
        self.resize(640, 470)

        # where
        self.connection_combo = QComboBox()
        for conn in store.load():
            self.connection_combo.addItem(f"{conn.name} ({conn.label})", conn.name)
        self.schema_combo = QComboBox()
        self.schema_combo.setMinimumContentsLength(16)
        self.reload_button = QToolButton()
        self.reload_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.reload_button.setToolTip(self.tr("Read the schemas again"))
        self.reload_button.clicked.connect(self.load_schemas)
        schema_row = QHBoxLayout()
        schema_row.addWidget(self.schema_combo, 1)
        schema_row.addWidget(self.reload_button)
        self.server_label = QLabel()
        self.server_label.setWordWrap(True)
        self.table_edit = QLineEdit(table_name_for(layer.name))
        self.exists_combo = QComboBox()
        self.exists_combo.addItem(self.tr("Stop with an error (nothing is written)"), "fail")
        self.exists_combo.addItem(self.tr("Replace the table"), "replace")
        self.exists_combo.addItem(self.tr("Append the rows to the table"), "append")
        self.exists_label = QLabel()
        self.exists_label.setWordWrap(True)

        # CRS
        self.crs_combo = QComboBox()
        self.layer_srid = _epsg(layer.crs)
        if self.layer_srid:
            self.crs_combo.addItem(self.tr("As the layer (EPSG:{0})").format(self.layer_srid), self.layer_srid)
        if self.layer_srid != 4326:
            self.crs_combo.addItem(self.tr("WGS 84 (EPSG:4326)"), 4326)
        self.crs_note = QLabel()
        self.crs_note.setWordWrap(True)

        # rows
        n_all = len(layer)
        mask = layer.visible_rows(self._window())
        n_shown = n_all if mask is None else int(mask.sum())
        n_sel = len(layer.selection)
        self.scope_shown = QRadioButton(self.tr("Features shown on the map: filters and time window ({0})")
                                        .format(fmt_int(n_shown)))
        self.scope_all = QRadioButton(self.tr("All features ({0})").format(fmt_int(n_all)))
        self.scope_selection = QRadioButton(self.tr("Selected features ({0})").format(fmt_int(n_sel)))
        self.scope_selection.setEnabled(n_sel > 0)
        if not n_sel:
            self.scope_selection.setToolTip(self.tr("Nothing is selected in this layer."))
        self.scope_group = QButtonGroup(self)
        scope_box = QWidget()
        scope_lay = QVBoxLayout(scope_box)
        scope_lay.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.scope_shown, self.scope_all, self.scope_selection)):
            self.scope_group.addButton(b, i)
            scope_lay.addWidget(b)
        self.scope_shown.setChecked(True)

        # personal columns
        columns = [c for c in layer.attributes.columns if str(c) != layer.geometry_name]
        self.personal = personal_columns(columns)
        if self.personal:
            self.keep_personal = QCheckBox(self.tr("Keep personal columns ({0})").format(", ".join(self.personal)))
        else:
            self.keep_personal = QCheckBox(self.tr("Keep personal columns (none found)"))
            self.keep_personal.setEnabled(False)
        self.personal_label = QLabel()
        self.personal_label.setWordWrap(True)
        self.keep_personal.toggled.connect(self._show_personal)
        self._show_personal()

        form = QFormLayout()
        form.addRow(self.tr("Connection:"), self.connection_combo)
        form.addRow(self.tr("Schema:"), schema_row)
        form.addRow("", self.server_label)
        form.addRow(self.tr("Table name:"), self.table_edit)
        form.addRow(self.tr("If the table exists:"), self.exists_combo)
        form.addRow("", self.exists_label)
        form.addRow(self.tr("Coordinate reference system:"), self.crs_combo)
        form.addRow("", self.crs_note)
        form.addRow(self.tr("Publish:"), scope_box)
        form.addRow("", self.keep_personal)
        form.addRow("", self.personal_label)

        self.footer = RunFooter(self.tr("Publish"), self)
        self.publish_button = self.footer.attach(self, self.publish, self.cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(self.footer)

        self.table_edit.textChanged.connect(self._update_exists)
        self.schema_combo.currentIndexChanged.connect(self._update_exists)
        self.exists_combo.currentIndexChanged.connect(self._update_exists)
        self.crs_combo.currentIndexChanged.connect(self._update_crs_note)
        self.connection_combo.currentIndexChanged.connect(self.load_schemas)
        if self.connection_combo.count():
            self.load_schemas()
        else:
            self.connection_combo.setEnabled(False)
            self.server_label.setText(self.tr("No database connection is saved: add one in the database browser "
                                              "first."))
            self.publish_button.setEnabled(False)
        self._update_crs_note()

    # -- state ----------------------------------------------------------------------------------------------
    def _window(self) -> Any:
        return getattr(self.project, "time_window", None)

    def connection(self) -> Any:
        name = self.connection_combo.currentData()
        return self.store.get(name) if name is not None else None

    def schema(self) -> str | None:
        return self.schema_combo.currentData()

    def table(self) -> str:
        return unicodedata.normalize("NFC", self.table_edit.text().strip())

    def scope(self) -> str:
        return "selection" if self.scope_selection.isChecked() else "all" if self.scope_all.isChecked() else "shown"

    def set_scope(self, scope: str) -> None:
        {"all": self.scope_all, "shown": self.scope_shown, "selection": self.scope_selection}[scope].setChecked(True)

    def if_exists(self) -> str:
        return self.exists_combo.currentData()

    def set_if_exists(self, value: str) -> None:
        self.exists_combo.setCurrentIndex(self.exists_combo.findData(value))

    def set_schema(self, schema: str) -> None:
        self.schema_combo.setCurrentIndex(self.schema_combo.findData(schema))

    def options(self) -> dict[str, Any]:
        return {"scope": self.scope(), "window": self._window() if self.scope() != "all" else None,
                "keep_personal": self.keep_personal.isChecked(), "if_exists": self.if_exists(),
                "srid": self.crs_combo.currentData()}

    # -- the server's schemas -------------------------------------------------------------------------------
    def load_schemas(self, *_: Any, password: str | None = None, save: bool = False) -> DatabaseCall | None:
        conn = self.connection()
        if conn is None:
            return None
        typed = password is not None
        if not typed:
            password = self._password.get(conn.name) or known_password(self.passwords, conn)
        srid = self.layer_srid
        if self.schema():
            self._wanted_schema = self.schema()  # kept when the schemas are read again
        self.facts = None
        self.schema_combo.clear()
        self.schema_combo.setEnabled(False)
        self.server_label.setStyleSheet("")
        self.server_label.setText(self.tr("Reading the schemas of {0}…").format(conn.label))
        self.publish_button.setEnabled(False)
        job = DatabaseCall(lambda: _server_facts(conn, password, srid))
        job.finished.connect(lambda facts: self._schemas_loaded(conn, password, typed, save, facts))
        job.failed_kind.connect(lambda kind, message: self._schemas_failed(conn, password, kind, message))
        self.schema_job = job
        job.start()
        return job

    def _current_conn_is(self, conn: Any) -> bool:
        return self.connection_combo.currentData() == conn.name

    def _schemas_loaded(self, conn: Any, password: str | None, typed: bool, save: bool, facts: dict) -> None:
        if not self._current_conn_is(conn):
            return
        if typed and password is not None:
            remember_password(self.passwords, conn, password, save)
        self._password[conn.name] = password
        self.facts = facts
        self.schema_combo.blockSignals(True)
        self.schema_combo.clear()
        model = self.schema_combo.model()
        for s in facts["schemas"]:
            self.schema_combo.addItem(s, s)
            if s not in facts["writable"] and isinstance(model, QStandardItemModel):
                item = model.item(self.schema_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self.tr("You may not create tables in this schema."))
        writable = [s for s in facts["schemas"] if s in facts["writable"]]
        default = next((s for s in (self._wanted_schema, "public") if s in writable), writable[0] if writable
                       else None)
        if default is not None:
            self.schema_combo.setCurrentIndex(self.schema_combo.findData(default))
        self.schema_combo.blockSignals(False)
        self.schema_combo.setEnabled(True)
        if writable:
            self.server_label.setText("")
            self.server_label.hide()
            self.publish_button.setEnabled(True)
        else:
            self._server_problem(self.tr("You may not create tables in any schema of this database. Ask the "
                                         "administrator for the CREATE privilege on a schema."))
        self._update_exists()
        self._update_crs_note()

    def _schemas_failed(self, conn: Any, password: str | None, kind: str, message: str) -> None:
        from gisdesk.db.errors import Kind

        if not self._current_conn_is(conn):
            return
        if kind == Kind.AUTH and "password" in message.lower():
            self.server_label.setText(self.tr("Waiting for the password…"))
            prompt = PasswordPrompt(conn, self.passwords, message if password is not None else "", parent=self)
            prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            prompt.answered.connect(lambda pw, save: self.load_schemas(password=pw, save=save))
            prompt.rejected.connect(lambda: self._server_problem(self.tr("Not connected: a password is needed.")))
            prompt.finished.connect(lambda _r: self._prompt_closed(prompt))
            self.password_prompt = prompt
            prompt.open()
            return
        self._server_problem(message)

    def _prompt_closed(self, prompt: PasswordPrompt) -> None:
        if self.password_prompt is prompt:
            self.password_prompt = None

    def _server_problem(self, message: str) -> None:
        self.server_label.setText(message)
        self.server_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.server_label.show()
        self.publish_button.setEnabled(False)

    def _update_exists(self, *_: Any) -> None:
        schema, table = self.schema(), self.table()
        exists = bool(self.facts and schema and table in self.facts["tables"].get(schema, set()))
        if not exists:
            self.exists_label.setText(self.tr("A new table will be created.") if self.facts and table else "")
            self.exists_label.setStyleSheet("")
            return
        text = {
            "fail": self.tr("“{0}” exists in this schema: publishing will stop. Choose “Replace” or “Append”, "
                            "or another name."),
            "replace": self.tr("“{0}” exists in this schema and will be replaced (at the very end; until then "
                               "the old table stays as it is)."),
            "append": self.tr("“{0}” exists in this schema: the rows will be added to it (its columns must "
                              "include the layer's)."),
        }[self.if_exists()]
        self.exists_label.setText(text.format(table))
        self.exists_label.setStyleSheet(f"color: {ERROR_COLOUR};" if self.if_exists() == "fail" else
                                        "color: #8a5a00;")

    def _update_crs_note(self, *_: Any) -> None:
        srid = self.crs_combo.currentData()
        if not self.crs_combo.count():
            self.crs_note.setText(self.tr("The layer has no coordinate system; it cannot be published."))
        elif self.facts is not None and srid == self.layer_srid and not self.facts.get("srid_known", True):
            self.crs_note.setText(self.tr("This server does not know EPSG:{0} (its spatial_ref_sys table lacks "
                                          "it): gisdesk reads the table correctly, but SQL on the server cannot "
                                          "reproject it. Choose WGS 84 to let other programs reproject it.")
                                  .format(srid))
        else:
            self.crs_note.setText("")
        self.crs_note.setVisible(bool(self.crs_note.text()))

    def _show_personal(self, *_: Any) -> None:
        if not self.personal:
            self.personal_label.setText(self.tr("No column looks like personal data."))
        elif self.keep_personal.isChecked():
            self.personal_label.setText(self.tr("The table will hold personal data: everyone who may read it "
                                                "will see it."))
        else:
            self.personal_label.setText(self.tr("These columns will be left out: {0}").format(
                ", ".join(self.personal)))

    # -- running --------------------------------------------------------------------------------------------
    def publish(self) -> PublishRun | None:
        if self.run_job is not None and self.run_job.running:
            return None
        conn, schema, table = self.connection(), self.schema(), self.table()
        if conn is None:
            self._show_error(self.tr("Choose a connection first."))
            return None
        if not schema:
            self._show_error(self.tr("Choose a schema first."))
            return None
        if not table:
            self._show_error(self.tr("Type a table name first."))
            self.table_edit.setFocus()
            return None
        if len(table.encode("utf-8")) > MAX_IDENT_BYTES:
            self._show_error(self.tr("The table name is too long for PostgreSQL (at most 63 bytes; a Vietnamese "
                                     "letter takes 2 or 3). Choose a shorter name."))
            return None
        if not self.crs_combo.count():
            self._show_error(self.tr("The layer has no coordinate system; it cannot be published."))
            return None
        self.error_label.hide()
        password = self._password.get(conn.name, known_password(self.passwords, conn))
        job = PublishRun(self.layer, conn, password, schema, table, self.options())
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.run_job = job
        self._run_mode = self._mode()
        self.footer.set_busy(True, self.tr("Publishing to {0}.{1}…").format(schema, table))
        job.start()
        return job

    def cancel(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.status.setText(self.tr("Cancelling…"))
            self.run_job.cancel()

    def _progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _idle(self) -> None:
        self.footer.set_busy(False)

    def result_text(self, result: Any, mode: str = "created") -> str:
        """The sentence saying what was written; ``mode`` "created", "replaced" or "appended"."""
        n = fmt_int(result.rows)
        where = f"“{result.schema}”.“{result.table}”"
        crs = f"EPSG:{result.srid}"
        if mode == "appended":
            return self.tr("{0} rows were appended to {1} ({2}, {3}).").format(n, where, result.geometry_type, crs)
        if mode == "replaced":
            text = self.tr("{0} rows replaced the table {1} ({2}, {3}), with a spatial index (GiST) on “{4}” and the "
                           "primary key “{5}”.")
        else:
            text = self.tr("{0} rows were written to the new table {1} ({2}, {3}), with a spatial index (GiST) on "
                           "“{4}” and the primary key “{5}”.")
        return text.format(n, where, result.geometry_type, crs, result.geometry_column, result.primary_key)

    def _mode(self) -> str:
        schema, table = self.schema(), self.table()
        exists = bool(self.facts and table in self.facts["tables"].get(schema or "", set()))
        return {"replace": "replaced", "append": "appended"}.get(self.if_exists(), "created") if exists else "created"

    def _finished(self, outcome: Any) -> None:
        result, notes, dropped = outcome
        self._idle()
        self.progress.setValue(1000)
        self.status.setText(self.tr("Done."))
        self.published.emit(result)
        details = list(notes)
        if dropped:
            details.append(self.tr("Personal columns left out: {0}.").format(", ".join(dropped)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Published"), self.result_text(result, self._run_mode),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setInformativeText("\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()  # not exec(): nothing blocks
        self.accept()

    def _failed(self, message: str) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.clear()
        self._show_error(self.tr("Publishing failed: {0}").format(message))
        if self.facts is not None:
            self.load_schemas()  # the table list may have changed meanwhile

    def _cancelled(self) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; the database was left as it was."))

    def _show_error(self, message: str) -> None:
        self.footer.show_error(message)

    def reject(self) -> None:
        if self.run_job is not None and self.run_job.running:
            self.run_job.cancel()
        super().reject()


def _epsg(crs: Any) -> int | None:
    if not crs:
        return None
    from pyproj import CRS

    try:
        return CRS.from_user_input(crs).to_epsg(min_confidence=90)
    except Exception:  # noqa: BLE001 - an unreadable CRS: offer WGS 84 only
        return None
