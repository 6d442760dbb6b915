"""The one error type of the database layer: :class:`DatabaseError`, with a plain-English message.

Every function in :mod:`gisdesk.db` that talks to the server turns psycopg's exceptions into a
``DatabaseError(where, problem, kind)``: ``where`` names the database (``user@host:port/db``), ``problem``
says what went wrong and what the user can do, ``kind`` is a short machine-readable category the GUI can
branch on (for example to offer "reconnect" after ``LOST``). Nothing half-written stays behind: writes run
in one transaction that the server rolls back when this error is raised.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors as pge

from gisdesk.core.i18n import N_, tr, trf

__all__ = ["DatabaseError", "Kind", "database_errors", "translate"]


class Kind:
    """Values of :attr:`DatabaseError.kind`."""

    UNREACHABLE = "unreachable"  # nothing listens there / host unknown / network down
    TIMEOUT = "timeout"  # the server did not answer within connect_timeout
    AUTH = "auth"  # wrong user name or password
    NO_DATABASE = "no_database"
    SSL = "ssl"  # the server wants SSL and the connection does not use it, or the other way round
    NO_POSTGIS = "no_postgis"
    STATEMENT_TIMEOUT = "statement_timeout"
    LOST = "lost_connection"
    CANCELLED = "cancelled"
    PERMISSION = "permission"
    NOT_FOUND = "not_found"  # schema / table / column missing
    EXISTS = "exists"  # the table to create is already there
    BAD_INPUT = "bad_input"  # a filter, value or name the database cannot take
    OTHER = "other"


class DatabaseError(Exception):
    """Something went wrong talking to the database; ``str(error)`` is the message for the user."""

    def __init__(self, where: str, problem: str, kind: str = Kind.OTHER):
        self.where = where
        self.problem = problem
        self.kind = kind
        super().__init__(f"{where}: {problem}" if where else problem)


def label_of(conn: Any) -> str:
    """``user@host:port/db`` for a psycopg connection (or a :class:`~gisdesk.db.connections.Connection`)."""
    if conn is None:
        return tr("database")
    info = getattr(conn, "info", None)
    try:
        if info is not None:
            return f"{info.user}@{info.host}:{info.port}/{info.dbname}"
    except Exception:  # noqa: BLE001, S110 - a closed connection may not answer
        pass
    label = getattr(conn, "label", None)
    return label if isinstance(label, str) else tr("database")


_RULES: list[tuple[str, str, str]] = [
    # (regular expression on the server/libpq message, kind, plain problem)
    (r"password authentication failed|no password supplied|authentication failed",
     Kind.AUTH, N_("the user name or password was not accepted. Check them and try again.")),
    (r"database \"(?P<db>[^\"]*)\" does not exist",
     Kind.NO_DATABASE, N_("the server has no database named \"{db}\". Check the database name.")),
    (r"role \"(?P<role>[^\"]*)\" does not exist",
     Kind.AUTH, N_("the server has no user named \"{role}\". Check the user name.")),
    (r"server does not support SSL, but SSL was required",
     Kind.SSL, N_("the connection asks for SSL but the server does not offer it. Choose SSL mode 'prefer' or "
               "'disable', or ask the administrator to enable SSL on the server.")),
    (r"(no pg_hba\.conf entry|pg_hba\.conf rejects connection) .*no encryption",
     Kind.SSL, N_("the server only accepts encrypted (SSL) connections from here. Choose SSL mode 'require' "
               "(or 'verify-full').")),
    (r"no pg_hba\.conf entry",
     Kind.AUTH, N_("the server does not accept connections from this computer for this user and database. Ask the "
                "administrator to allow it (pg_hba.conf).")),
    (r"timeout expired",
     Kind.TIMEOUT, N_("the server did not answer in time. It may be down, overloaded, or behind a firewall.")),
    (r"Connection refused",
     Kind.UNREACHABLE, N_("no database server is running at that address (connection refused). Check the host "
                       "and port, and that the server is up.")),
    (r"failed to resolve host|could not translate host name|Name or service not known|nodename nor servname",
     Kind.UNREACHABLE, N_("the host name could not be found. Check the host name and the network.")),
    (r"Network is unreachable|No route to host|could not connect",
     Kind.UNREACHABLE, N_("the server cannot be reached. Check the network, the host and the port.")),
    (r"certificate|SSL error|SSL SYSCALL",
     Kind.SSL, N_("the SSL connection failed (certificate not trusted or SSL error). Check the SSL mode and the "
               "server's certificate.")),
    ((r"server closed the connection unexpectedly|terminating connection|consuming input failed|"
     r"connection is closed|the connection is lost|connection is lost|SSL connection has been closed"),
     Kind.LOST, N_("the connection to the server was lost. Nothing was changed by the interrupted action; "
                "reconnect and try again.")),
    (r"Cannot find SRID \((?P<srid>\d+)\) in spatial_ref_sys",
     Kind.BAD_INPUT, N_("the server does not know the coordinate system EPSG:{srid} (it is missing from its "
                     "spatial_ref_sys table), so it cannot reproject to or from it. Ask the administrator to add "
                     "it, or work in a coordinate system the server knows.")),
]


def translate(exc: BaseException, where: str = "", action: str = "", **values: Any) -> DatabaseError:
    """The :class:`DatabaseError` for a psycopg exception.

    ``action`` is an English sentence template marked with ``N_`` that holds ``{problem}``, such as
    ``N_('Reading "{table}" failed: {problem}')``; it is translated, then filled with ``values`` and the problem.
    """
    if isinstance(exc, DatabaseError):
        return exc
    msg = str(exc).strip()
    kind, problem = _classify(exc, msg)
    if action and "{problem}" in action:
        problem = trf(action, problem=problem, **values)
    elif action:  # an older caller's bare action ("Reading the schemas"): its words stay as they are
        problem = trf("{action} failed: {problem}", action=action, problem=problem)
    err = DatabaseError(where, problem, kind)
    err.__cause__ = exc
    return err


def _classify(exc: BaseException, msg: str) -> tuple[str, str]:
    if isinstance(exc, pge.QueryCanceled):
        if "statement timeout" in msg:
            return Kind.STATEMENT_TIMEOUT, tr("the query took longer than the server's time limit (statement "
                                              "timeout) and was stopped. Zoom in, narrow the time window or add a "
                                              "filter, or ask the administrator for a longer limit.")
        return Kind.CANCELLED, tr("the query was cancelled; nothing was changed.")
    if isinstance(exc, (pge.AdminShutdown, pge.CrashShutdown, pge.CannotConnectNow)):
        if isinstance(exc, pge.CannotConnectNow):
            return Kind.UNREACHABLE, tr("the server is starting up or shutting down. Try again in a moment.")
        return Kind.LOST, tr("the connection to the server was lost (the server ended it). Nothing was changed by "
                             "the interrupted action; reconnect and try again.")
    if isinstance(exc, pge.InsufficientPrivilege):
        return Kind.PERMISSION, tr("you do not have permission for this ({detail}).").format(detail=_first_line(msg))
    if isinstance(exc, pge.InvalidSchemaName):
        return Kind.NOT_FOUND, tr("{detail}; check the schema name.").format(detail=_first_line(msg))
    if isinstance(exc, pge.UndefinedTable):
        return Kind.NOT_FOUND, tr("{detail}; check the table name (it may have been removed).").format(
            detail=_first_line(msg))
    if isinstance(exc, pge.UndefinedColumn):
        return Kind.NOT_FOUND, tr("{detail}; check the column name.").format(detail=_first_line(msg))
    if isinstance(exc, pge.DuplicateTable):
        return Kind.EXISTS, f"{_first_line(msg)}."
    if (isinstance(exc, pge.UndefinedFunction) and re.search(r"\bst_\w+|geometry|postgis", msg, re.IGNORECASE)) or (
            isinstance(exc, pge.UndefinedObject) and re.search(r"type \"geometry\"", msg)):
        return Kind.NO_POSTGIS, tr("the PostGIS extension is not installed in this database. Ask the administrator "
                                   "to run CREATE EXTENSION postgis.")
    for pattern, kind, problem in _RULES:
        m = re.search(pattern, msg, re.IGNORECASE | re.DOTALL)
        if m:
            return kind, tr(problem).format(**m.groupdict())
    if isinstance(exc, (pge.DataError, pge.IntegrityError, pge.SyntaxError, pge.UndefinedFunction,
                        pge.DatatypeMismatch, pge.InvalidParameterValue)):
        return Kind.BAD_INPUT, tr("the database refused a value or filter: {detail}.").format(detail=_first_line(msg))
    if isinstance(exc, psycopg.OperationalError):
        return Kind.LOST if _looks_lost(exc) else Kind.UNREACHABLE, tr(
            "the database connection failed: {detail}.").format(detail=_first_line(msg) or type(exc).__name__)
    return Kind.OTHER, tr("the database reported an error: {detail}.").format(
        detail=_first_line(msg) or type(exc).__name__)


def _looks_lost(exc: BaseException) -> bool:
    return "closed" in str(exc) or "lost" in str(exc)


def _first_line(msg: str) -> str:
    return msg.splitlines()[0].strip().rstrip(".") if msg else ""


@contextlib.contextmanager
def database_errors(where: str, action: str = "", **values: Any) -> Iterator[None]:
    """Turn psycopg (and socket) errors raised inside the block into :class:`DatabaseError`; ``action`` and
    ``values`` as in :func:`translate` (``N_('Listing the tables failed: {problem}')``)."""
    try:
        yield
    except DatabaseError:
        raise
    except (psycopg.Error, OSError) as exc:
        raise translate(exc, where, action, **values) from exc
