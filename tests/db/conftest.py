"""A real throwaway PostgreSQL + PostGIS server for the database tests (no mocks).

``pg_server`` (session) starts one with :func:`gisdesk.db.testserver.start_server`; it skips with the reason
when the PostgreSQL/PostGIS packages are missing, and fails instead when ``GISDESK_REQUIRE_SHARED=1`` (CI,
where ``.ci/run`` installs them), the same rule as ``shared_data``. ``pg`` is a fresh autocommit connection
of the test role (password over TCP), ``su`` one of the superuser over the unix socket. Each test that
creates tables works in its own schema (``schema`` fixture), dropped afterwards.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest

from gisdesk.db import connections as dbc
from gisdesk.db.testserver import ServerUnavailable, ThrowawayServer, start_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayServer]:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        if os.environ.get("GISDESK_REQUIRE_SHARED") == "1":
            pytest.fail(f"cannot start the throwaway PostgreSQL but GISDESK_REQUIRE_SHARED=1: {exc}")
        pytest.skip(f"no throwaway PostgreSQL/PostGIS server: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg(pg_server: ThrowawayServer):
    conn = dbc.connect(pg_server.connection(), pg_server.password)
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def su(pg_server: ThrowawayServer):
    conn = pg_server.superuser()
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def schema(request: pytest.FixtureRequest, pg_server: ThrowawayServer) -> Iterator[str]:
    """A fresh schema owned by the test role, named after the test; dropped afterwards."""
    name = "t_" + re.sub(r"\W+", "_", request.node.name.lower())[:50]
    with pg_server.superuser() as su:
        su.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        su.execute(f'CREATE SCHEMA "{name}" AUTHORIZATION "{pg_server.user}"')
    yield name
    with pg_server.superuser() as su:
        su.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
