"""Connections: saving without passwords, the keyring or session fallback, and every failure against the
real throwaway server (wrong port, silent port, wrong password, unknown database, SSL both ways, no PostGIS,
statement timeout, a connection killed mid-query, a server that goes down)."""

from __future__ import annotations

import json
import socket
import threading
import time

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from gisdesk.db import connections as dbc
from gisdesk.db.errors import DatabaseError, Kind


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def get_password(self, service, username):
        return self.items.get((service, username))

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    dbc.forget_session_passwords()
    yield kr
    keyring.set_keyring(before)
    dbc.forget_session_passwords()


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    dbc.forget_session_passwords()
    yield
    keyring.set_keyring(before)
    dbc.forget_session_passwords()


def test_connection_validates_fields():
    with pytest.raises(ValueError, match="SSL mode"):
        dbc.Connection("x", sslmode="sometimes")
    with pytest.raises(ValueError, match="port"):
        dbc.Connection("x", port=70000)
    with pytest.raises(ValueError, match="port must be a number"):
        dbc.Connection("x", port="abc")
    assert dbc.Connection("x", port="5433").port == 5433
    c = dbc.Connection("Sở TN&MT", host="db.hue.gov.vn", port=5432, database="hue", user="canbo")
    assert c.label == "canbo@db.hue.gov.vn:5432/hue"


def test_store_round_trips_without_password(tmp_path, memory_keyring):
    store = dbc.ConnectionStore(tmp_path / "cfg" / "connections.json")
    conn = dbc.Connection("Phường Phú Hội", host="10.0.0.5", port=5433, database="hue", user="canbo",
                          sslmode="require", connect_timeout=7)
    store.save(conn)
    assert dbc.PasswordStore().set(conn, "bí-mật-123") is True
    assert store.load() == [conn]
    text = (tmp_path / "cfg" / "connections.json").read_text(encoding="utf-8")
    assert "bí-mật-123" not in text and "password" not in text
    assert json.loads(text)["connections"][0]["name"] == "Phường Phú Hội"
    assert memory_keyring.items == {("gisdesk-postgres", "canbo@10.0.0.5:5433/hue"): "bí-mật-123"}
    assert dbc.PasswordStore().get(conn) == "bí-mật-123"
    # edit (rename) replaces, remove removes
    renamed = dbc.Connection("Phú Hội", host="10.0.0.5", port=5433, database="hue", user="canbo")
    store.save(renamed, old_name="Phường Phú Hội")
    assert [c.name for c in store.load()] == ["Phú Hội"]
    store.remove("Phú Hội")
    assert store.load() == []
    dbc.PasswordStore().delete(conn)
    assert memory_keyring.items == {}


def test_default_store_is_in_user_config_dir(tmp_path_factory):
    store = dbc.ConnectionStore()
    assert str(store.path).startswith(str(tmp_path_factory.getbasetemp()))  # XDG_CONFIG_HOME of the fixture
    assert store.path.name == "connections.json"


def test_no_keyring_keeps_password_in_memory_only(tmp_path, no_keyring):
    ps = dbc.PasswordStore()
    assert ps.persistent is False
    assert "No system keyring" in ps.status and "never written to disk" in ps.status
    conn = dbc.Connection("c", host="h", database="d", user="u")
    assert ps.set(conn, "s3cret-vừa") is False
    assert dbc.PasswordStore().get(conn) == "s3cret-vừa"  # for the rest of the session
    store = dbc.ConnectionStore(tmp_path / "connections.json")
    store.save(conn)
    assert not any("s3cret" in p.read_text(encoding="utf-8") for p in tmp_path.rglob("*") if p.is_file())
    dbc.forget_session_passwords()
    assert dbc.PasswordStore().get(conn) is None


def test_corrupt_store_reads_as_empty(tmp_path):
    p = tmp_path / "connections.json"
    p.write_text("{not json", encoding="utf-8")
    store = dbc.ConnectionStore(p)
    assert store.load() == []
    store.save(dbc.Connection("a"))
    assert [c.name for c in store.load()] == ["a"]


# --- against the real server --------------------------------------------------------------------------------


def test_test_connection_reports_versions(pg_server):
    text = dbc.test_connection(pg_server.connection(), pg_server.password)
    assert text.startswith("PostgreSQL 15") and "PostGIS 3." in text


def _fails(conn, password, kind):
    with pytest.raises(DatabaseError) as ei:
        dbc.test_connection(conn, password)
    assert ei.value.kind == kind, str(ei.value)
    assert conn.label in str(ei.value)
    assert "Traceback" not in str(ei.value)
    return str(ei.value)


def test_wrong_password(pg_server):
    msg = _fails(pg_server.connection(), "wrong", Kind.AUTH)
    assert "password was not accepted" in msg


def test_unknown_database(pg_server):
    msg = _fails(pg_server.connection(database="khong_co"), pg_server.password, Kind.NO_DATABASE)
    assert 'no database named "khong_co"' in msg


def test_server_without_ssl_but_ssl_required(pg_server):
    msg = _fails(pg_server.connection(sslmode="require"), pg_server.password, Kind.SSL)
    assert "does not offer it" in msg


def test_server_requires_ssl(pg_server, su):
    su.execute("CREATE DATABASE ssl_only")
    hba = pg_server.data_dir / "pg_hba.conf"
    original = hba.read_text()
    try:
        hba.write_text("hostnossl ssl_only all 127.0.0.1/32 reject\n" + original)
        su.execute("SELECT pg_reload_conf()")
        time.sleep(0.2)
        msg = _fails(pg_server.connection(database="ssl_only"), pg_server.password, Kind.SSL)
        assert "only accepts encrypted" in msg
    finally:
        hba.write_text(original)
        su.execute("SELECT pg_reload_conf()")
        su.execute("DROP DATABASE ssl_only")


def test_missing_postgis(pg_server, su):
    su.execute(f'CREATE DATABASE no_gis OWNER "{pg_server.user}"')
    try:
        msg = _fails(pg_server.connection(database="no_gis"), pg_server.password, Kind.NO_POSTGIS)
        assert "CREATE EXTENSION postgis" in msg and "PostgreSQL 15" in msg
    finally:
        su.execute("DROP DATABASE no_gis")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_nothing_listening(pg_server):
    msg = _fails(pg_server.connection(port=_free_port()), pg_server.password, Kind.UNREACHABLE)
    assert "connection refused" in msg


def test_server_that_does_not_answer_times_out(pg_server):
    with socket.socket() as silent:  # accepts TCP but never speaks: like a firewall that swallows packets
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        conn = pg_server.connection(port=silent.getsockname()[1], connect_timeout=2)
        t0 = time.perf_counter()
        msg = _fails(conn, pg_server.password, Kind.TIMEOUT)
        assert time.perf_counter() - t0 < 6
    assert "did not answer in time" in msg


def test_unknown_host(pg_server):
    _fails(pg_server.connection(host="khong-co-may-chu.invalid"), pg_server.password, Kind.UNREACHABLE)


def test_statement_timeout(pg_server):
    from gisdesk.db.errors import database_errors

    with dbc.connect(pg_server.connection(), pg_server.password, statement_timeout_ms=200) as pg:
        with pytest.raises(DatabaseError) as ei, database_errors(pg_server.connection().label, "Reading failed: {problem}"):
            pg.execute("SELECT pg_sleep(3)")
        assert ei.value.kind == Kind.STATEMENT_TIMEOUT
        assert "time limit" in str(ei.value) and str(ei.value).startswith("gisdesk_test@")
        assert pg.execute("SELECT 1").fetchone() == (1,)  # the connection is still usable


def test_lost_connection_mid_query(pg_server, su):
    from gisdesk.db.errors import database_errors

    pg = dbc.connect(pg_server.connection(), pg_server.password)
    pid = pg.info.backend_pid

    def kill():
        time.sleep(0.3)
        su.execute("SELECT pg_terminate_backend(%s)", [pid])

    t = threading.Thread(target=kill)
    t.start()
    try:
        with pytest.raises(DatabaseError) as ei, database_errors("here", "Loading failed: {problem}"):
            pg.execute("SELECT pg_sleep(5)")
    finally:
        t.join()
    assert ei.value.kind == Kind.LOST
    assert "connection to the server was lost" in str(ei.value)
    with pytest.raises(DatabaseError) as ei2, database_errors("here"):
        pg.execute("SELECT 1")  # afterwards: closed
    assert ei2.value.kind == Kind.LOST
    pg.close()


def test_server_down_then_back(pg_server):
    pg_server.pause()
    try:
        _fails(pg_server.connection(), pg_server.password, Kind.UNREACHABLE)
    finally:
        pg_server.start()
    assert "PostGIS" in dbc.test_connection(pg_server.connection(), pg_server.password)


def test_database_messages_are_translated(pg_server):
    """The database's plain messages go through gisdesk.core.i18n.tr: with the Vietnamese catalogue they read in
    Vietnamese (the same .qm the app installs), and stay English without it."""
    from PySide6.QtCore import QTranslator

    from gisdesk.core import i18n
    from gisdesk.i18n import qm_path

    conn = pg_server.connection(port=_free_port())
    with pytest.raises(DatabaseError, match="connection refused"):
        dbc.connect(conn, pg_server.password)
    translator = QTranslator()
    assert translator.load(str(qm_path("vi")))
    i18n.set_translator(lambda ctx, text: translator.translate(ctx, text))
    try:
        with pytest.raises(DatabaseError, match="kết nối bị từ chối"):
            dbc.connect(conn, pg_server.password)
        assert "kho mật khẩu" in dbc.PasswordStore().status
    finally:
        i18n.set_translator(None)
