"""The database widgets against the real throwaway server: the connection dialog (saved without its password,
Test shows the versions or why it failed), the browser (schemas → geometry tables with type, SRID and row
estimate; a password prompt after a refused password; a server-down error in the tree; the search; add to map)
and the publish dialog (the table written with its GiST index, personal columns left out, a cancelled replace
leaves the old table, an existing table stops a "fail" publish with the reason)."""

from __future__ import annotations

import json
import socket

import pytest

from gisdesk.db import connections as dbc
from gisdesk.db.connections import ConnectionStore, PasswordStore

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _no_remembered_passwords():
    """The server (and so the keyring key user@host:port/db) is shared by the tests: start each one knowing no
    password."""
    from gisdesk.widgets import db_connection

    dbc.forget_session_passwords()
    db_connection._UNSAVED.clear()
    yield
    dbc.forget_session_passwords()
    db_connection._UNSAVED.clear()


@pytest.fixture
def store(tmp_path):
    return ConnectionStore(tmp_path / "connections.json")


@pytest.fixture
def passwords():
    p = PasswordStore()
    assert not p.persistent  # the tests' environment has no keyring: nothing may reach a real one
    return p


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the connection dialog ----------------------------------------------------------------------------------
def _fill(dialog, conn, password):
    dialog.name_edit.setText(conn.name)
    dialog.host_edit.setText(conn.host)
    dialog.port_spin.setValue(conn.port)
    dialog.database_edit.setText(conn.database)
    dialog.user_edit.setText(conn.user)
    dialog.password_edit.setText(password)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData(conn.sslmode))
    dialog.timeout_spin.setValue(conn.connect_timeout)


def test_dialog_saves_the_connection_without_its_password(qtbot, store, passwords, pg_server):
    from gisdesk.widgets.db_connection import ConnectionDialog

    dialog = ConnectionDialog(store, passwords)
    qtbot.addWidget(dialog)
    # no keyring: the box is off and says the password lives for this session only
    assert not dialog.save_password.isEnabled() and not dialog.save_password.isChecked()
    assert "session only" in dialog.keyring_note.text() and passwords.status in dialog.keyring_note.text()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    conn = pg_server.connection(name="Sở Xây dựng")
    _fill(dialog, conn, pg_server.password)
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        dialog.accept()
    assert saved.args[0] == conn and dialog.result() == dialog.DialogCode.Accepted
    text = store.path.read_text(encoding="utf-8")
    assert pg_server.password not in text and "password" not in text
    assert json.loads(text)["connections"][0]["name"] == "Sở Xây dựng"
    assert store.get("Sở Xây dựng") == conn
    assert passwords.get(conn) == pg_server.password  # in memory, for this session

    # a second connection may not take the same name; the dialog says so and stays open
    again = ConnectionDialog(store, passwords)
    qtbot.addWidget(again)
    _fill(again, conn, "")
    again.accept()
    assert again.result() != again.DialogCode.Accepted
    assert "already a connection named “Sở Xây dựng”" in again.error_label.text()

    # editing shows the known password and renames the saved connection
    edit = ConnectionDialog(store, passwords, conn)
    qtbot.addWidget(edit)
    assert edit.password_edit.text() == pg_server.password and edit.port_spin.value() == pg_server.port
    edit.name_edit.setText("City DB")
    edit.accept()
    assert [c.name for c in store.load()] == ["City DB"]


def test_test_button_shows_the_versions_or_the_reason(qtbot, store, passwords, pg_server):
    from gisdesk.widgets.db_connection import ConnectionDialog

    dialog = ConnectionDialog(store, passwords)
    qtbot.addWidget(dialog)
    _fill(dialog, pg_server.connection(), pg_server.password)
    job = dialog.test()
    assert not dialog.test_button.isEnabled()  # running on a worker; the dialog answers meanwhile
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert dialog.test_label.text().startswith("Connected: PostgreSQL 15")
    assert ", PostGIS 3." in dialog.test_label.text()
    assert dialog.test_button.isEnabled()

    dialog.password_edit.setText("not the password")
    assert dialog.test_label.text() == ""  # an edit clears the old result
    job = dialog.test()
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert "password was not accepted" in dialog.test_label.text()
    assert "#b00020" in dialog.test_label.styleSheet()

    dialog.port_spin.setValue(_free_port())  # nothing listens there: the server is "down"
    job = dialog.test()
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert "connection refused" in dialog.test_label.text().lower()
    assert not store.load()  # testing saves nothing


# -- the browser --------------------------------------------------------------------------------------------
@pytest.fixture
def tables(pg, schema):
    pg.execute(f'CREATE TABLE "{schema}"."phường" (id serial PRIMARY KEY, ten text, '
               "geom geometry(MultiPolygon, 4326))")
    pg.execute(f'INSERT INTO "{schema}"."phường" (ten, geom) SELECT \'P\' || i, ST_Multi(ST_Buffer('
               "ST_SetSRID(ST_MakePoint(107.58 + i * 0.01, 16.46), 4326), 0.004)) FROM generate_series(1, 7) i")
    pg.execute(f'CREATE INDEX ON "{schema}"."phường" USING gist (geom)')
    pg.execute(f'CREATE TABLE "{schema}".requests (id bigint, geom geometry(Point, 9214))')
    pg.execute(f'INSERT INTO "{schema}".requests SELECT i, ST_SetSRID(ST_MakePoint(560000 + i, 1820000), 9214) '
               "FROM generate_series(1, 50000) i")
    pg.execute(f'ANALYZE "{schema}".requests')
    return schema


def _browser(qtbot, store, passwords):
    from gisdesk.widgets.db_browser import DatabaseBrowser

    browser = DatabaseBrowser(store, passwords)
    qtbot.addWidget(browser)
    return browser


def _child(item, text):
    return next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == text)


def test_browser_lists_the_geometry_tables_after_asking_for_the_password(qtbot, store, passwords, pg_server,
                                                                          tables):
    conn = pg_server.connection(name="Thành phố")
    store.save(conn)
    browser = _browser(qtbot, store, passwords)
    top = browser.connection_item("Thành phố")
    assert top is not None and top.childCount() == 0

    # no password known: the server refuses, a prompt asks; a wrong one is refused with the reason
    top.setExpanded(True)
    qtbot.waitUntil(lambda: browser.password_prompt is not None and browser.password_prompt.isVisible(),
                    timeout=10_000)
    prompt = browser.password_prompt
    assert not prompt.reason_label.isVisibleTo(prompt)  # nothing was refused yet: it just asks
    prompt.password_edit.setText("wrong")
    prompt.accept()
    qtbot.waitUntil(lambda: browser.password_prompt not in (None, prompt), timeout=10_000)
    prompt = browser.password_prompt
    assert prompt.isVisible() and "password was not accepted" in prompt.reason_label.text()
    prompt.password_edit.setText(pg_server.password)
    prompt.accept()
    qtbot.waitUntil(lambda: top.data(0, browser_state_role()) == "loaded", timeout=10_000)
    assert passwords.get(conn) == pg_server.password  # remembered once accepted (in memory here)

    schema_item = _child(top, tables)
    rows = {schema_item.child(i).text(0): [schema_item.child(i).text(c) for c in (1, 2)]
            for i in range(schema_item.childCount())}
    assert rows == {"phường": ["EPSG:4326", "≈ 7 rows"], "requests": ["EPSG:9214", "≈ 50 thousand rows"]}
    poly, points = _child(schema_item, "phường"), _child(schema_item, "requests")
    assert "MULTIPOLYGON" in poly.toolTip(0) and "POINT" in points.toolTip(0)
    assert poly.icon(0).cacheKey() != points.icon(0).cacheKey()  # one icon per geometry type
    assert points.icon(2).isNull() is False and "No spatial index" in points.toolTip(2)  # warned
    assert poly.icon(2).isNull() and "No spatial index" not in poly.toolTip(2)

    # the search keeps the matching tables, accents and case ignored
    browser.search.setText("PHUONG")
    assert browser.shown_tables() == [f"{tables}.phường"]
    browser.search.setText("point")
    assert browser.shown_tables() == [f"{tables}.requests"]
    browser.search.setText("")
    assert {f"{tables}.phường", f"{tables}.requests"} <= set(browser.shown_tables())

    # double-click / Add to map asks the window to open the layer
    with qtbot.waitSignal(browser.add_layer_requested, timeout=1000) as req:
        browser.tree.itemActivated.emit(poly, 0)
    assert req.args == [conn, pg_server.password, tables, "phường", "geom"]
    browser.tree.setCurrentItem(points)
    assert browser.add_action.isEnabled()
    with qtbot.waitSignal(browser.add_layer_requested, timeout=1000) as req:
        browser.add_action.trigger()
    assert req.args[2:] == [tables, "requests", "geom"]

    try:  # the window's handler, when the layer module (written alongside) is there
        from gisdesk.db.layer import open_postgis_layer
    except ImportError:
        return
    conn_, password, schema_, _table, column = req.args
    layer = open_postgis_layer(conn_, password, schema_, "phường", column=column)
    try:
        assert len(layer) == 7
    finally:
        layer.close()


def browser_state_role():
    from gisdesk.widgets.db_browser import STATE_ROLE

    return STATE_ROLE


def test_browser_shows_a_server_down_error_in_the_tree(qtbot, store, passwords, pg_server):
    store.save(pg_server.connection(name="down", port=_free_port()))
    browser = _browser(qtbot, store, passwords)
    top = browser.connection_item("down")
    top.setExpanded(True)
    qtbot.waitUntil(lambda: top.data(0, browser_state_role()) == "error", timeout=10_000)
    assert browser.password_prompt is None  # not a password problem: no prompt, no message box
    assert top.childCount() == 1
    message = top.child(0)
    assert "connection refused" in message.text(0).lower() and message.toolTip(0) == message.text(0)
    assert top.foreground(0).color().name() == "#b00020" and "connection refused" in top.toolTip(0).lower()


def test_browser_new_and_remove(qtbot, store, passwords, pg_server, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    browser = _browser(qtbot, store, passwords)
    assert "No database connections yet" in browser.tree.topLevelItem(0).text(0)
    dialog = browser.new_connection()
    _fill(dialog, pg_server.connection(name="mới"), pg_server.password)
    dialog.accept()
    assert browser.connection_item("mới") is not None and browser.current_connection().name == "mới"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not browser.remove_connection() and store.get("mới") is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert browser.remove_connection()
    assert store.load() == [] and passwords.get(pg_server.connection(name="mới")) is None


# -- publishing ---------------------------------------------------------------------------------------------
def test_table_name_for():
    from gisdesk.widgets.db_publish import table_name_for

    assert table_name_for("Phản ánh 2024") == "phản_ánh_2024"
    assert table_name_for("Ranh giới phường (2025).shp") == "ranh_giới_phường_2025"
    assert table_name_for("2025 wards") == "t_2025_wards"
    assert table_name_for("—") == "layer"
    assert len(table_name_for("Đường " * 30).encode("utf-8")) <= 63


def _publish_dialog(qtbot, store, passwords, pg_server, layer):
    from gisdesk.widgets.db_publish import PublishDialog

    conn = pg_server.connection(name="city")
    store.save(conn)
    passwords.set(conn, pg_server.password)
    dialog = PublishDialog(layer, store, passwords)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)
    return dialog


def _run(qtbot, dialog, signal="finished"):
    job = dialog.publish()
    assert job is not None, dialog.error_label.text()
    with qtbot.waitSignal(getattr(job, signal), timeout=20_000):
        pass
    return job


def test_publish_writes_the_table_with_an_index_and_without_personal_columns(qtbot, store, passwords, pg_server,
                                                                             pg, schema):
    from tests.export.test_data import point_layer

    dialog = _publish_dialog(qtbot, store, passwords, pg_server, point_layer())
    assert dialog.table_edit.text() == "phản_ánh"
    assert schema in dialog.facts["schemas"] and dialog.schema() == "public"
    assert not dialog.keep_personal.isChecked() and "reporter_name, reporter_phone" in dialog.personal_label.text()
    assert dialog.if_exists() == "fail"
    dialog.set_schema(schema)
    dialog.set_scope("all")
    assert dialog.exists_label.text() == "A new table will be created."
    with qtbot.waitSignal(dialog.published, timeout=20_000) as done:
        _run(qtbot, dialog)
    result = done.args[0]
    assert (result.schema, result.table, result.rows) == (schema, "phản_ánh", 6)
    assert pg.execute(f'SELECT count(*) FROM "{schema}"."phản_ánh"').fetchone()[0] == 6
    columns = {r[0] for r in pg.execute("SELECT column_name FROM information_schema.columns WHERE "
                                        "table_schema = %s AND table_name = 'phản_ánh'", [schema]).fetchall()}
    assert {"service_request_id", "description", "geom", "gid"} <= columns
    assert not columns & {"reporter_name", "reporter_phone"}
    assert pg.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND tablename = 'phản_ánh' "
                      "AND indexdef ILIKE '%%USING gist%%'", [schema]).fetchone()[0] == 1
    text = dialog.result_box.text()
    assert "6 rows were written to the new table" in text and "spatial index (GiST)" in text
    assert "reporter_name, reporter_phone" in dialog.result_box.informativeText()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_publish_replace_cancelled_keeps_the_old_table(qtbot, store, passwords, pg_server, pg, schema,
                                                       monkeypatch):
    from gisdesk.widgets.db_publish import PublishRun
    from tests.export.test_data import point_layer

    pg.execute(f'CREATE TABLE "{schema}"."phản_ánh" (gid int, old text, geom geometry(Point, 4326))')
    pg.execute(f'INSERT INTO "{schema}"."phản_ánh" VALUES (1, \'cũ\', NULL)')
    dialog = _publish_dialog(qtbot, store, passwords, pg_server, point_layer())
    dialog.set_schema(schema)
    dialog.set_scope("all")
    assert "will stop" in dialog.exists_label.text()  # "fail" is the default
    job = _run(qtbot, dialog, "failed")  # the table exists: the reason, and the dialog stays open
    assert "already exists" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)  # read again after a failure
    assert dialog.schema() == schema  # the choice is kept

    dialog.set_if_exists("replace")
    assert "will be replaced" in dialog.exists_label.text()
    # the user presses Cancel once the rows are on their way (the new table is built, not yet swapped in)
    monkeypatch.setattr(PublishRun, "report", lambda self, fraction: self.cancel())
    job = _run(qtbot, dialog, "cancelled")
    assert job.cancelled_yet()
    assert dialog.status.text() == "Cancelled; the database was left as it was."
    assert pg.execute(f'SELECT gid, old FROM "{schema}"."phản_ánh"').fetchall() == [(1, "cũ")]
    assert pg.execute("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                      "WHERE n.nspname = %s", [schema]).fetchone()[0] == 1  # no half-built table or index left

    monkeypatch.undo()
    with qtbot.waitSignal(dialog.published, timeout=20_000):
        _run(qtbot, dialog)
    assert pg.execute(f'SELECT count(*) FROM "{schema}"."phản_ánh"').fetchone()[0] == 6
    assert "replaced the table" in dialog.result_box.text()
