"""The throwaway server itself: it says why it cannot start, and cleans up after itself."""

from __future__ import annotations

import glob
import tempfile

import pytest

from gisdesk.db.testserver import ServerUnavailable, find_pg_bin, start_server


def test_missing_binaries_are_a_clear_reason(tmp_path):
    before = set(glob.glob(f"{tempfile.gettempdir()}/gisdesk-pg-*"))
    with pytest.raises(ServerUnavailable, match="initdb"):
        start_server(bin_dir=tmp_path)  # an empty folder: no initdb there
    assert set(glob.glob(f"{tempfile.gettempdir()}/gisdesk-pg-*")) <= before  # nothing left behind


def test_session_server(pg_server, su):
    assert find_pg_bin() is not None
    assert pg_server.startup_seconds < 30  # measured: ~1.6 s idle, ~5 s on a loaded 2-core box
    assert su.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
    assert su.execute("SELECT extname FROM pg_extension WHERE extname = 'postgis'").fetchone() == ("postgis",)
    method = su.execute("SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' AND address = '127.0.0.1'"
                        ).fetchone()
    assert method == ("scram-sha-256",)
