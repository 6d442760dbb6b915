"""Saved PostgreSQL/PostGIS connections, their passwords, opening and testing them (no Qt).

* :class:`Connection`: the settings of one connection (never the password).
* :class:`ConnectionStore`: the saved connections, as JSON in the user's config folder
  (``platformdirs.user_config_dir("gisdesk")/connections.json``), written atomically.
* :class:`PasswordStore`: passwords live in the operating system's keyring (service ``gisdesk-postgres``,
  user name ``user@host:port/db``). When no keyring works (a headless Linux without Secret Service), the
  store says so (:attr:`PasswordStore.persistent` is False, :attr:`PasswordStore.status` explains) and keeps
  passwords in memory for this session only: they are never written to disk.
* :func:`connect` opens a psycopg connection (autocommit, Asia/Ho_Chi_Minh session time zone);
  :func:`test_connection` reports the server and PostGIS versions. Both raise
  :class:`~gisdesk.db.errors.DatabaseError` with a plain message.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import psycopg

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.db.errors import DatabaseError, Kind, database_errors

__all__ = ["SSL_MODES", "Connection", "ConnectionStore", "PasswordStore", "connect", "test_connection"]

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEYRING_SERVICE = "gisdesk-postgres"
CITY_TZ = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class Connection:
    """How to reach one database. The password is not part of it (see :class:`PasswordStore`)."""

    name: str
    host: str = "localhost"
    port: int = 5432
    database: str = "postgres"
    user: str = "postgres"
    sslmode: str = "prefer"
    connect_timeout: int = 10  # seconds

    def __post_init__(self) -> None:
        if not str(self.name).strip():
            raise ValueError(tr("a connection needs a name"))
        if not str(self.host).strip():
            raise ValueError(tr("a connection needs a host"))
        if not str(self.database).strip() or not str(self.user).strip():
            raise ValueError(tr("a connection needs a database and a user name"))
        if self.sslmode not in SSL_MODES:
            raise ValueError(trf("SSL mode must be one of {modes}, not {mode!r}", modes=", ".join(SSL_MODES),
                                 mode=self.sslmode))
        try:
            port = int(self.port)
        except (TypeError, ValueError):
            raise ValueError(trf("the port must be a number, not {port!r}", port=self.port)) from None
        if not 0 < port < 65536:
            raise ValueError(trf("the port must be between 1 and 65535, not {port}", port=str(port)))
        object.__setattr__(self, "port", port)
        if int(self.connect_timeout) < 1:
            raise ValueError(tr("the connection timeout must be at least 1 second"))
        object.__setattr__(self, "connect_timeout", int(self.connect_timeout))

    @property
    def label(self) -> str:
        """``user@host:port/db``: how messages name this database, and the keyring user name."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Connection:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})

    def conninfo(self, password: str | None = None) -> dict[str, Any]:
        """Keyword arguments for ``psycopg.connect``."""
        kw: dict[str, Any] = {"host": self.host, "port": self.port, "dbname": self.database, "user": self.user,
                                  "sslmode": self.sslmode, "connect_timeout": self.connect_timeout,
                                  "application_name": "gisdesk", "options": f"-c TimeZone={CITY_TZ}"}
        if password is not None:
            kw["password"] = password
        return kw


# --- saved connections -----------------------------------------------------------------------------------


def default_store_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("gisdesk")) / "connections.json"


class ConnectionStore:
    """The saved connections (a JSON list of :meth:`Connection.to_dict`), no passwords."""

    def __init__(self, path: str | os.PathLike[str] | None = None):
        self.path = Path(path) if path is not None else default_store_path()

    def load(self) -> list[Connection]:
        """The saved connections; an unreadable file gives an empty list (it is replaced on the next save)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        out = []
        for d in data.get("connections", []) if isinstance(data, dict) else []:
            try:
                out.append(Connection.from_dict(d))
            except (TypeError, ValueError):
                continue
        return out

    def get(self, name: str) -> Connection | None:
        return next((c for c in self.load() if c.name == name), None)

    def save(self, conn: Connection, *, old_name: str | None = None) -> None:
        """Add ``conn``, or replace the one named ``old_name`` (default: the same name)."""
        key = old_name if old_name is not None else conn.name
        items = [c for c in self.load() if c.name not in (key, conn.name)]
        items.append(conn)
        self._write(items)

    def remove(self, name: str) -> None:
        self._write([c for c in self.load() if c.name != name])

    def _write(self, items: list[Connection]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": 1, "connections": [c.to_dict() for c in items]}, ensure_ascii=False,
                             indent=2)
        fd, tmp = tempfile.mkstemp(prefix=".connections-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(payload)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# --- passwords ---------------------------------------------------------------------------------------------

_SESSION_PASSWORDS: dict[str, str] = {}
_SESSION_LOCK = threading.Lock()


def _keyring_usable(backend: Any) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return getattr(backend, "priority", 1) > 0


class PasswordStore:
    """Passwords in the OS keyring, or in memory for this session when no keyring works.

    ``persistent`` tells whether passwords survive a restart; ``status`` is a sentence for the UI.
    """

    def __init__(self) -> None:
        import keyring

        try:
            self._backend = keyring.get_keyring()
            self.persistent = _keyring_usable(self._backend)
        except Exception:  # noqa: BLE001 - a broken keyring configuration must not stop the app
            self._backend = None
            self.persistent = False
        if self.persistent:
            self.status = tr("Passwords are kept in the system keyring ({backend}).").format(
                backend=type(self._backend).__name__)
        else:
            self.status = tr("No system keyring is available (on Linux, install and unlock a Secret Service such "
                             "as GNOME Keyring or KWallet). Passwords are kept in memory until gisdesk closes and "
                             "are never written to disk.")

    def set(self, conn: Connection, password: str) -> bool:
        """Remember ``password``; True if it went to the keyring, False if kept for this session only."""
        if self.persistent:
            try:
                self._backend.set_password(KEYRING_SERVICE, conn.label, password)
                with _SESSION_LOCK:
                    _SESSION_PASSWORDS.pop(conn.label, None)
                return True
            except Exception:  # noqa: BLE001, S110 - locked / refused keyring: fall back to memory, below
                pass
        with _SESSION_LOCK:
            _SESSION_PASSWORDS[conn.label] = password
        return False

    def get(self, conn: Connection) -> str | None:
        with _SESSION_LOCK:
            if conn.label in _SESSION_PASSWORDS:
                return _SESSION_PASSWORDS[conn.label]
        if self.persistent:
            try:
                return self._backend.get_password(KEYRING_SERVICE, conn.label)
            except Exception:  # noqa: BLE001 - a locked keyring: ask the user again
                return None
        return None

    def delete(self, conn: Connection) -> None:
        with _SESSION_LOCK:
            _SESSION_PASSWORDS.pop(conn.label, None)
        if self.persistent:
            try:
                self._backend.delete_password(KEYRING_SERVICE, conn.label)
            except Exception:  # noqa: BLE001, S110 - nothing stored there
                pass


def forget_session_passwords() -> None:
    """Drop every password kept in memory (e.g. on "log out")."""
    with _SESSION_LOCK:
        _SESSION_PASSWORDS.clear()


# --- opening and testing -----------------------------------------------------------------------------------


def connect(conn: Connection, password: str | None, *, statement_timeout_ms: int | None = None) -> psycopg.Connection:
    """An open autocommit psycopg connection, session time zone Asia/Ho_Chi_Minh.

    ``statement_timeout_ms`` caps every statement on it (the server stops longer ones, and the error says so).
    Raises :class:`DatabaseError` (unreachable, timeout, auth, no_database, ssl).
    """
    kw = conn.conninfo(password)
    if statement_timeout_ms:
        kw["options"] += f" -c statement_timeout={int(statement_timeout_ms)}"
    with database_errors(conn.label, N_("Connecting failed: {problem}")):
        return psycopg.connect(**kw, autocommit=True)


def test_connection(conn: Connection, password: str | None) -> str:
    """Connect, check PostGIS, disconnect. Returns e.g. ``"PostgreSQL 15.18, PostGIS 3.3.2"``.

    Raises :class:`DatabaseError`; kind ``no_postgis`` when the database lacks the extension.
    """
    with connect(conn, password) as pg, database_errors(conn.label, N_("Testing the connection failed: {problem}")):
        server = pg.execute("SHOW server_version").fetchone()[0].split(" ")[0]
        row = pg.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'").fetchone()
        if row is None:
            raise DatabaseError(conn.label, trf("the server (PostgreSQL {server}) answers, but the PostGIS extension "
                                                "is not installed in this database. Ask the administrator to run "
                                                "CREATE EXTENSION postgis.", server=server), Kind.NO_POSTGIS)
        return f"PostgreSQL {server}, PostGIS {row[0]}"


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite the name

__all__ += ["KEYRING_SERVICE", "default_store_path", "forget_session_passwords"]
