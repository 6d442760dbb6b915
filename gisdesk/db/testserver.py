"""A throwaway PostgreSQL + PostGIS server for tests and benchmarks (no Qt, no mocks).

``start_server()`` runs ``initdb`` into a new temporary folder, starts ``postgres`` on a free port of
127.0.0.1 (its unix socket inside that folder), creates the PostGIS extension in a fresh database and a
password-authenticated (SCRAM) login role that owns it; ``ThrowawayServer.stop()`` stops the server and
deletes the folder. Typical use::

    server = start_server()            # ~1-3 s
    try:
        conn = gisdesk.db.connections.connect(server.connection(), server.password)
        ...
    finally:
        server.stop()

PostgreSQL refuses to run as root: when this process is root the server runs as the Debian ``postgres``
system user (via ``runuser``) and the folder is handed to that user. The binaries are looked up in
``$GISDESK_PG_BIN``, then ``pg_config --bindir``, then ``/usr/lib/postgresql/<version>/bin``.
``ServerUnavailable`` says why a server cannot be started (missing binaries, no PostGIS, no ``postgres``
user); tests skip on it locally and fail on it in CI.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ServerUnavailable", "ThrowawayServer", "find_pg_bin", "start_server"]

TEST_USER = "gisdesk_test"
TEST_DB = "gisdesk_test"
SUPERUSER = "postgres"

# durability is pointless in a throwaway cluster; these make start-up and bulk loads fast
_FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "64MB",
    "max_connections": "40",
    "listen_addresses": "127.0.0.1",
    "password_encryption": "scram-sha-256",
    "log_min_messages": "fatal",
}


class ServerUnavailable(RuntimeError):
    """A throwaway server cannot be started here; the message says why (and what to install)."""


def find_pg_bin() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[str] = []
    if os.environ.get("GISDESK_PG_BIN"):
        candidates.append(os.environ["GISDESK_PG_BIN"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(check=False, args=[pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for c in candidates:
        p = Path(c)
        if c and all((p / exe).is_file() for exe in ("initdb", "pg_ctl", "postgres")):
            return p
    return None


def _version_key(path: str) -> float:
    try:
        return float(Path(path).parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ThrowawayServer:
    """A running throwaway cluster. ``user``/``password`` log in over TCP (SCRAM) to ``database``; the
    superuser ``postgres`` logs in without password over the unix socket in ``socket_dir`` only."""

    bin_dir: Path
    root: Path
    port: int
    host: str = "127.0.0.1"
    user: str = TEST_USER
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    database: str = TEST_DB
    startup_seconds: float = 0.0
    _run_as: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def connection(self, **changes):
        """A :class:`gisdesk.db.connections.Connection` for the test role (``changes`` override fields)."""
        from gisdesk.db.connections import Connection

        values = {"name": "throwaway", "host": self.host, "port": self.port, "database": self.database, "user": self.user,
                      "sslmode": "disable", "connect_timeout": 5}
        values.update(changes)
        return Connection(**values)

    def superuser_conninfo(self, database: str | None = None) -> dict[str, object]:
        """Keyword arguments for ``psycopg.connect`` as the superuser over the unix socket."""
        return {"host": str(self.socket_dir), "port": self.port, "user": SUPERUSER, "dbname": database or self.database}

    def superuser(self, database: str | None = None, autocommit: bool = True):
        import psycopg

        return psycopg.connect(**self.superuser_conninfo(database), autocommit=autocommit)

    def _pg(self, exe: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [*self._run_as, str(self.bin_dir / exe), *args]
        try:
            res = subprocess.run(check=False, args=cmd, capture_output=True, text=True, cwd=self.root, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            raise ServerUnavailable(f"{exe} could not be run: {exc}") from exc
        if check and res.returncode != 0:
            raise ServerUnavailable(f"{exe} failed ({res.returncode}): {res.stderr.strip() or res.stdout.strip()}")
        return res

    def start(self) -> None:
        """Start (or restart after :meth:`pause`) the server and wait until it accepts connections."""
        opts = f"-p {self.port} -k {self.socket_dir}"
        self._pg("pg_ctl", "start", "-w", "-t", "30", "-D", str(self.data_dir), "-l", str(self.root / "log.txt"),
                 "-o", opts)

    def pause(self) -> None:
        """Stop the server but keep its folder (``start()`` brings it back): for "server down" tests."""
        self._pg("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data_dir), check=False)

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        try:
            if self.data_dir.exists():
                self._pg("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data_dir), check=False)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server(bin_dir: Path | None = None) -> ThrowawayServer:
    """initdb + start + PostGIS + a SCRAM login role; raises :class:`ServerUnavailable` with the reason."""
    t0 = time.perf_counter()
    bin_dir = bin_dir or find_pg_bin()
    if bin_dir is None:
        raise ServerUnavailable("PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found; "
                                "install postgresql-15 and postgresql-15-postgis-3 or set GISDESK_PG_BIN")
    share = _sharedir(bin_dir)
    if share is not None and not (share / "extension" / "postgis.control").is_file():
        raise ServerUnavailable(f"PostGIS is not installed for the PostgreSQL in {bin_dir} "
                                f"(no {share / 'extension' / 'postgis.control'}); install postgresql-15-postgis-3")
    run_as: list[str] = []
    uid = gid = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable("running as root, and PostgreSQL refuses root; no 'postgres' user exists "
                                    "to run the throwaway server as") from None
        uid, gid = pw.pw_uid, pw.pw_gid
        runuser = shutil.which("runuser") or shutil.which("setpriv")
        if runuser is None:
            raise ServerUnavailable("running as root and neither runuser nor setpriv is available")
        if runuser.endswith("runuser"):
            run_as = [runuser, "-u", "postgres", "--"]
        else:
            run_as = [runuser, f"--reuid={uid}", f"--regid={gid}", "--init-groups", "--"]
    root = Path(tempfile.mkdtemp(prefix="gisdesk-pg-"))
    server = ThrowawayServer(bin_dir=bin_dir, root=root, port=_free_port(), _run_as=run_as)
    server.socket_dir.mkdir()
    if uid is not None:
        for p in (root, server.socket_dir):
            os.chown(p, uid, gid)
    try:
        server._pg("initdb", "-D", str(server.data_dir), "-U", SUPERUSER, "--no-sync", "-E", "UTF8",
                   "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256")
        with open(server.data_dir / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write("\n# gisdesk throwaway server\n")
            f.writelines(f"{k} = '{v}'\n" for k, v in _FAST_SETTINGS.items())
        server.start()
        _provision(server)
    except BaseException:
        server.stop()
        raise
    server.startup_seconds = time.perf_counter() - t0
    return server


def _sharedir(bin_dir: Path) -> Path | None:
    pg_config = bin_dir / "pg_config"
    if not pg_config.is_file():
        return None
    try:
        out = subprocess.run(check=False, args=[str(pg_config), "--sharedir"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


def _provision(server: ThrowawayServer) -> None:
    from psycopg import sql

    with server.superuser("postgres") as su:
        su.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(server.user), sql.Literal(server.password)))
        su.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(server.database), sql.Identifier(server.user)))
    with server.superuser() as su:
        su.execute("CREATE EXTENSION postgis")
