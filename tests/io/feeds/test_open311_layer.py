"""An Open311 endpoint as a layer: synced into a local copy, opened offline from a project, synced again in
place; API keys only ever in the system keyring (or nowhere)."""

from __future__ import annotations

import json
import sys
import types
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.errors import ReadError
from gisdesk.core.project import Project
from gisdesk.core.registry import layer_from_state
from gisdesk.io.city_layers import (
    KEYRING_SERVICE,
    feed_endpoint,
    open_open311,
    remember_api_key,
    stored_api_key,
    sync_layer,
)
from gisdesk.io.feeds.cache import read_cache
from gisdesk.layers.service_requests import ServiceRequestLayer
from tests.io.feeds.server import FeedServer, Reply
from tests.io.feeds.test_open311 import BASE, FEED, HUE, FakeOpen311, request_calls

SINCE = datetime(2024, 3, 1, tzinfo=HUE)
UNTIL = datetime(2024, 6, 1, tzinfo=HUE)
NOW = pd.Timestamp("2024-05-20T12:00:00+07:00")
KEY = "s3cret-Hue-key"


def _spring() -> list[dict]:
    """Requests updated in [SINCE, UNTIL] (what a sync of that period finds with updated_after/before)."""
    return [dict(r) for r in FEED if SINCE <= r["updated_datetime"] <= UNTIL]


class KeyedOpen311(FakeOpen311):
    """Answers like a real server that wants an API key: 403 with the spec's error body without it."""

    def requests(self, req, fmt):
        if req.arg("api_key") != KEY:
            return Reply(403, [{"code": 403, "description": "Khóa API không hợp lệ / invalid api_key"}])
        return super().requests(req, fmt)


def _open(endpoint, cache, **kw):
    kw.setdefault("since", SINCE)
    kw.setdefault("until", UNTIL)
    kw.setdefault("now", NOW)
    return open_open311(endpoint, cache_path=cache, jurisdiction_id="hue.gov.vn", **kw)


@pytest.fixture
def no_keyring(monkeypatch):
    """keyring is not installed (as in CI): importing it fails."""
    monkeypatch.setitem(sys.modules, "keyring", None)


@pytest.fixture
def fake_keyring(monkeypatch):
    """A working keyring backend, in memory."""
    store: dict[tuple[str, str], str] = {}

    class Fail:  # keyring.backends.fail.Keyring: "no backend"
        pass

    class Memory:
        pass

    kr = types.ModuleType("keyring")
    kr.get_keyring = lambda: Memory()
    kr.get_password = lambda service, user: store.get((service, user))
    kr.set_password = lambda service, user, secret: store.__setitem__((service, user), secret)

    def delete(service, user):
        if (service, user) not in store:
            raise RuntimeError("no such password")
        del store[(service, user)]

    kr.delete_password = delete
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = Fail
    backends.fail = fail
    kr.backends = backends
    monkeypatch.setitem(sys.modules, "keyring", kr)
    monkeypatch.setitem(sys.modules, "keyring.backends", backends)
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    return store


# --------------------------------------------------------------------------------------


def test_open_open311_builds_a_request_layer(feed_server, tmp_path, no_keyring):
    records = _spring()
    endpoint = FakeOpen311(records=records).install(feed_server)
    windows = []
    layer = _open(endpoint, tmp_path / "hue.gpkg", progress=lambda d, t: windows.append((d, t)))
    assert isinstance(layer, ServiceRequestLayer)
    assert layer.source == endpoint and layer.crs == "EPSG:4326"
    assert layer.read_options == {"feed": "open311", "jurisdiction_id": "hue.gov.vn",
                                  "cache_path": str(tmp_path / "hue.gpkg")}
    assert windows[-1][0] == windows[-1][1] >= 2  # 92 days: two windows of at most 90
    assert request_calls(feed_server)[0].arg("jurisdiction_id") == "hue.gov.vn"
    table = layer.attributes.set_index("service_request_id")
    assert len(layer) == len(records) == len(table) and table.index.is_unique
    pts = layer.points
    by_id = {str(r["service_request_id"]): r for r in records}
    for i in range(0, len(layer), 37):
        rec = by_id[layer.attributes["service_request_id"].iloc[i]]
        assert (pts.x[i], pts.y[i]) == (rec["long"], rec["lat"])
    # the derived state of every request, computed here from the server's records
    for rid, row in table.iterrows():
        rec = by_id[rid]
        if rec["status"] == "closed":
            want = "closed"
        else:
            want = "overdue" if NOW > pd.Timestamp(rec["expected_datetime"]) else "open"
        assert row["state"] == want, rid
    assert {"open", "closed", "overdue"} == set(table["state"])
    assert str(table["requested_datetime"].dtype) == "datetime64[ms, UTC]"
    assert not layer.report.warnings and layer.report.features_kept == len(records)
    assert any("now holds" in m.text for m in layer.report.messages)


def test_a_feed_that_is_down_opens_the_local_copy_with_a_warning(tmp_path, no_keyring):
    cache = tmp_path / "hue.gpkg"
    records = _spring()
    with FeedServer() as srv:
        endpoint = FakeOpen311(records=records).install(srv)
        first = _open(endpoint, cache)
    # the server is gone: the connection is refused
    layer = _open(endpoint, cache, until=UNTIL + timedelta(days=1))
    assert len(layer) == len(first) == len(records)
    assert set(layer.attributes["service_request_id"]) == set(first.attributes["service_request_id"])
    [warning] = layer.report.warnings
    _, meta = read_cache(cache)
    synced = pd.Timestamp(meta["last_sync"]).tz_convert("Asia/Ho_Chi_Minh")
    assert "The feed could not be read: the server could not be reached" in warning.text
    assert f"local copy of {synced:%Y-%m-%d %H:%M} +07:00" in warning.text
    assert "Traceback" not in warning.text and "kept unchanged" not in warning.text

    # without a local copy there is nothing to show: one ReadError naming the endpoint and the reason
    with pytest.raises(ReadError) as err:
        _open(endpoint, tmp_path / "none.gpkg")
    assert err.value.path == endpoint
    assert "could not be reached" in err.value.problem and "no local copy" in err.value.problem
    assert not (tmp_path / "none.gpkg").exists()


def test_a_garbage_answer_also_falls_back_to_the_copy(feed_server, tmp_path, no_keyring):
    cache = tmp_path / "hue.gpkg"
    fake = FakeOpen311(records=_spring())
    endpoint = fake.install(feed_server)
    _open(endpoint, cache)
    before = cache.read_bytes()
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(200, "<html>Bảo trì hệ thống</html>",
                                                                {"Content-Type": "text/html"}))
    layer = _open(endpoint, cache, since=None, until=UNTIL + timedelta(days=3))
    [warning] = layer.report.warnings
    assert "not valid JSON" in warning.text or "not JSON" in warning.text, warning.text
    assert cache.read_bytes() == before  # the copy was left exactly as it was
    with pytest.raises(ReadError, match="web address"):
        open_open311("ftp://example.org/open311", cache_path=tmp_path / "x.gpkg")


def test_project_round_trip_opens_offline_and_keeps_no_key(feed_server, tmp_path, no_keyring):
    fake = KeyedOpen311(records=_spring())
    endpoint = fake.install(feed_server)
    cache = tmp_path / "hue.gpkg"
    # the key typed in the URL is taken as the key, and dropped from what is kept
    layer = _open(f"{endpoint}requests.json?api_key={KEY}", cache)
    assert layer.source == endpoint and len(layer) > 100
    layer.filters = {"service_name": ["Ngập úng", "Cây xanh"]}
    layer.style = {**layer.style, "opacity_hint": 1}
    layer.name = "Phản ánh Huế"
    project = Project(layers=[layer])
    saved = project.save(tmp_path / "p.gisdesk")
    text = saved.read_text(encoding="utf-8")
    assert KEY not in text and "api_key" not in text

    calls = len(feed_server.calls)
    state = json.loads(json.dumps(layer.get_state()))
    again = layer_from_state(state)
    assert len(feed_server.calls) == calls  # offline: not one HTTP request
    assert isinstance(again, ServiceRequestLayer) and again.name == "Phản ánh Huế"
    assert again.filters == layer.filters and again.style == layer.style
    pd.testing.assert_series_equal(again.attributes["service_request_id"], layer.attributes["service_request_id"])
    assert any("without connecting" in m.text for m in again.report.messages)
    loaded = Project.load(saved)
    assert not loaded.load_problems and len(loaded.layers[0]) == len(layer)
    assert len(feed_server.calls) == calls

    # the copy is gone: a clear message, still offline
    cache.unlink()
    with pytest.raises(ReadError, match="sync the feed") as err:
        layer_from_state(state)
    assert err.value.path == endpoint and KEY not in str(err.value)
    assert len(feed_server.calls) == calls


def test_sync_layer_adds_new_requests_in_place(feed_server, tmp_path, no_keyring):
    fake = FakeOpen311(records=_spring())
    endpoint = fake.install(feed_server)
    layer = _open(endpoint, tmp_path / "hue.gpkg", service_code=None)
    style, filters = layer.style, {"state": ["open", "overdue"]}
    layer.filters = filters
    n = len(layer)
    keep = layer.attributes["service_request_id"].iloc[[3, 10]].tolist()
    layer.selection = [3, 10]
    version = layer.data_version
    later = UNTIL + timedelta(days=2)
    changed = layer.attributes["service_request_id"].iloc[0]
    for rec in fake.records:
        if str(rec["service_request_id"]) == changed:
            rec.update(status="closed", updated_datetime=later)
    for i in range(3):
        fake.records.append({**FEED[0], "service_request_id": 700000 + i, "status": "open",
                             "requested_datetime": later, "updated_datetime": later + timedelta(minutes=i),
                             "expected_datetime": later + timedelta(days=3), "description": f"Mới {i}"})
    feed_server.calls.clear()
    now = later + timedelta(hours=1)
    result = sync_layer(layer, until=later + timedelta(days=1), now=now)
    assert result.added == 3 and result.updated >= 1
    assert pd.Timestamp(request_calls(feed_server)[0].arg("updated_after")) > pd.Timestamp(SINCE)  # incremental
    assert len(layer) == n + 3 and layer.data_version > version
    table = layer.attributes.set_index("service_request_id")
    assert table.loc["700002", "description"] == "Mới 2" and table.loc["700002", "state"] == "open"
    assert table.loc[changed, "state"] == "closed"
    assert layer.now == pd.Timestamp(now).tz_convert("UTC")
    assert layer.style == style and layer.filters == filters
    assert sorted(layer.attributes["service_request_id"].iloc[layer.selection]) == sorted(keep)
    assert np.isfinite(layer.points.x).sum() == len(layer)

    # a failed sync leaves the layer as it was
    feed_server.routes.clear()
    before = layer.data_version
    from gisdesk.io.feeds.http import FeedError

    with pytest.raises(FeedError, match="kept unchanged"):
        sync_layer(layer)
    assert layer.data_version == before and len(layer) == n + 3


def test_keyring_absent_the_key_is_typed_again(feed_server, tmp_path, no_keyring):
    endpoint = KeyedOpen311(records=_spring()).install(feed_server)
    assert remember_api_key(endpoint, KEY) is False
    assert stored_api_key(endpoint) is None
    with pytest.raises(ReadError, match="invalid api_key"):
        _open(endpoint, tmp_path / "hue.gpkg")
    layer = _open(endpoint, tmp_path / "hue.gpkg", api_key=KEY)
    assert len(layer) > 100
    assert all(c.arg("api_key") == KEY for c in request_calls(feed_server)[1:])
    from gisdesk.io.feeds.http import FeedError

    with pytest.raises(FeedError, match="invalid api_key"):
        sync_layer(layer)  # nothing remembered it
    assert sync_layer(layer, api_key=KEY).fetched >= 0


def test_keyring_keeps_the_key_for_the_endpoint(feed_server, tmp_path, fake_keyring):
    endpoint = KeyedOpen311(records=_spring()).install(feed_server)
    assert remember_api_key(f"{endpoint}requests.json", KEY) is True
    assert fake_keyring == {(KEYRING_SERVICE, feed_endpoint(endpoint)): KEY}
    assert stored_api_key(endpoint) == KEY
    layer = _open(endpoint, tmp_path / "hue.gpkg")  # no key given: the keyring's
    assert len(layer) > 100
    assert sync_layer(layer, until=UNTIL + timedelta(days=1)).fetched >= 0
    assert KEY not in json.dumps(layer.get_state())
    assert remember_api_key(endpoint, "") is True and fake_keyring == {}


def test_a_broken_keyring_is_ignored(monkeypatch):
    kr = types.ModuleType("keyring")

    def boom(*a):
        raise OSError("org.freedesktop.secrets was not provided by any .service files")

    kr.get_keyring = lambda: object()
    kr.get_password = kr.set_password = kr.delete_password = boom
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})
    monkeypatch.setitem(sys.modules, "keyring", kr)
    monkeypatch.setitem(sys.modules, "keyring.backends", types.SimpleNamespace(fail=fail))
    monkeypatch.setitem(sys.modules, "keyring.backends.fail", fail)
    assert stored_api_key("https://example.org/open311/v2/") is None
    assert remember_api_key("https://example.org/open311/v2/", KEY) is False
