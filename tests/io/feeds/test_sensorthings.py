"""The SensorThings API client against a local server speaking the v1.1 JSON: paging, odd locations and
results, endless and looping paging, garbage, timeouts, cancelling, and an incremental cache that survives
every failure byte for byte."""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import quote

import pandas as pd
import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io.feeds.http import Cancelled, FeedError
from gisdesk.io.feeds.sensorthings import cache_file_for, fetch_things, read_cache, sync
from gisdesk.layers.schema import READING_FIELDS, STATION_FIELDS
from tests.io.feeds.server import Reply

T0 = pd.Timestamp("2026-11-20T00:00:00Z")
START = "2026-11-19T00:00:00Z"


def _t(hours: float) -> str:
    return (T0 + pd.Timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeSTA:
    """A SensorThings v1.1 service on the test server: Things (with expanded Locations and Datastreams) and
    per-Datastream Observations, filtered by phenomenonTime and paged with @iot.nextLink."""

    def __init__(self, server: Any, *, page: int = 2, absolute_links: bool = True) -> None:
        self.server = server
        self.page = page
        self.absolute = absolute_links
        self.things: list[dict[str, Any]] = []
        self.obs: dict[Any, list[dict[str, Any]]] = {}
        server.route("/v1.1/Things", self._things)

    def add_thing(self, tid: Any, name: str, location: Any, datastreams: list[dict[str, Any]]) -> None:
        thing = {"@iot.id": tid, "name": name, "description": f"station {name}",
                 "Locations": [{"@iot.id": f"L{tid}", "encodingType": "application/geo+json", "location": location}]
                 if location is not None else [],
                 "Datastreams": datastreams}
        self.things.append(thing)
        for ds in datastreams:
            ident = ds["@iot.id"]
            self.obs.setdefault(ident, [])
            seg = f"({ident})" if isinstance(ident, int) else f"('{ident}')"
            for path in {f"/v1.1/Datastreams{seg}/Observations",
                         f"/v1.1/Datastreams{quote(seg, safe='()')}/Observations"}:
                self.server.route(path, lambda req, i=ident: self._observations(req, i))

    def _link(self, path: str, query: str) -> str:
        return (self.server.url(path) if self.absolute else path.rsplit("/", 1)[-1]) + "?" + query

    def _things(self, req: Any) -> Reply:
        assert "Datastreams(" in (req.arg("$expand") or "") and "Locations" in req.arg("$expand")
        skip = int(req.arg("$skip", "0"))
        top = int(req.arg("$top", str(self.page)))
        top = min(top, self.page)
        items = self.things[skip: skip + top]
        body: dict[str, Any] = {"value": items}
        if skip + top < len(self.things):  # a next link repeats the query (SensorThings 1.1, 9.3.3.4)
            expand = quote(req.arg("$expand"))
            body["@iot.nextLink"] = self._link("/v1.1/Things", f"$expand={expand}&$skip={skip + top}&$top={top}")
        return Reply(body=body)

    def _observations(self, req: Any, ident: Any) -> Reply:
        flt = req.arg("$filter") or ""
        m = re.fullmatch(r"phenomenonTime (ge|gt) (\S+) and phenomenonTime lt (\S+)", flt)
        assert m, flt
        assert req.arg("$orderby") == "phenomenonTime asc"
        lo, hi = pd.Timestamp(m.group(2)), pd.Timestamp(m.group(3))

        def end(ob: dict[str, Any]) -> pd.Timestamp:
            try:
                return pd.Timestamp(ob["phenomenonTime"].split("/")[-1])
            except ValueError:  # garbage times are sent along, as a sloppy server would
                return lo + pd.Timedelta(seconds=1)

        rows = [o for o in self.obs[ident]
                if (end(o) > lo if m.group(1) == "gt" else end(o) >= lo) and end(o) < hi]
        rows.sort(key=end)
        skip = int(req.arg("$skip", "0"))
        top = min(int(req.arg("$top", "100")), self.page)
        body: dict[str, Any] = {"value": rows[skip: skip + top]}
        if skip + top < len(rows):
            seg = f"({ident})" if isinstance(ident, int) else f"('{ident}')"
            q = f"$filter={quote(flt)}&$orderby=phenomenonTime%20asc&$skip={skip + top}&$top={top}"
            body["@iot.nextLink"] = self._link(f"/v1.1/Datastreams{seg}/Observations", q)
        return Reply(body=body)


def _ds(ident: Any, prop: str, symbol: str, definition: str = "") -> dict[str, Any]:
    return {"@iot.id": ident, "name": f"{prop} datastream", "unitOfMeasurement": {"symbol": symbol, "name": symbol},
            "ObservedProperty": {"name": prop, "definition": definition}}


@pytest.fixture
def sta(feed_server):
    fake = FakeSTA(feed_server)
    # a bare GeoJSON geometry
    fake.add_thing(1, "Trạm Phú Hội", {"type": "Point", "coordinates": [107.5950, 16.4637]},
                   [_ds(11, "PM2.5", "µg/m³"), _ds(12, "NO2", "ppb")])
    # a GeoJSON Feature, a string id that needs quoting
    fake.add_thing(2, "Trạm Kim Long", {"type": "Feature", "properties": {},
                                        "geometry": {"type": "Point", "coordinates": [107.5530, 16.4640]}},
                   [_ds("pm25-kl", "particulate matter", "ug/m3",
                        "http://dd.eionet.europa.eu/vocabulary/aq/pollutant/6001")])
    fake.add_thing(3, "Trạm không vị trí", None, [_ds(31, "Temperature", "°C")])
    fake.obs[11] = [{"phenomenonTime": _t(h), "result": 10.0 + h} for h in range(5)]
    fake.obs[12] = [{"phenomenonTime": _t(0), "result": "10"},  # a numeric string
                    {"phenomenonTime": _t(1), "result": "offline"},  # not a number
                    {"phenomenonTime": _t(2), "result": None}]
    # interval phenomenonTime: the end counts
    fake.obs["pm25-kl"] = [{"phenomenonTime": f"{_t(h - 1)}/{_t(h)}", "result": 20 + h} for h in range(1, 4)]
    fake.obs[31] = [{"phenomenonTime": _t(0), "result": 27.5}, {"phenomenonTime": "yesterday", "result": 1}]
    return fake


def test_fetch_things_reads_stations_and_observations(sta, feed_server):
    steps = []
    data = fetch_things(feed_server.url("/v1.1"), start=START, end="2026-11-21T00:00:00Z", top=2,
                        progress=lambda done, total, text: steps.append((done, total)))
    assert steps[-1] == (4, 4) and (1, 0) in steps  # Things pages (total unknown), then the 4 Datastreams
    st = data.stations.set_index("station_id")
    assert list(data.stations.columns[:5]) == list(STATION_FIELDS)
    assert list(data.readings.columns) == list(READING_FIELDS)
    assert len(st) == 3
    assert (st.loc["1", "lon"], st.loc["1", "lat"]) == (107.5950, 16.4637)  # bare geometry
    assert (st.loc["2", "lon"], st.loc["2", "lat"]) == (107.5530, 16.4640)  # Feature
    assert st.loc["3", ["lat", "lon"]].isna().all()
    assert st.loc["1", "station_name"] == "Trạm Phú Hội"
    r = data.readings
    pm = r[(r.station_id == "1") & (r.parameter == "pm25")]
    assert pm["value"].tolist() == [10, 11, 12, 13, 14]  # 5 observations over 3 pages
    assert str(pm["datetime"].dtype) == "datetime64[ms, UTC]"
    # the EEA pollutant definition identified "particulate matter" as PM2.5; intervals use their end
    kl = r[r.station_id == "2"]
    assert kl["parameter"].unique().tolist() == ["pm25"]
    assert kl["datetime"].tolist() == [T0 + pd.Timedelta(hours=h) for h in (1, 2, 3)]
    assert kl["unit"].unique().tolist() == ["µg/m³"]
    # "10" (ppb, a string) became 10 ppb NO2 = 18.8 µg/m³; "offline" and null were counted and skipped
    no2 = r[r.parameter == "no2"]
    assert no2["value"].round(2).tolist() == [18.82]
    texts = [m.text for m in data.report.messages]
    assert any("2 observations of Datastream 'NO2 datastream' have a result that is not a number" in t
               and "'offline'" in t for t in texts), texts
    assert any("'Trạm không vị trí'" in t and "has no Location" in t for t in texts), texts
    assert any("no2 reading in ppb was converted to µg/m³" in t for t in texts), texts
    assert any("1 observation had a phenomenonTime that is not a readable ISO 8601 time" in t for t in texts), texts
    # paging really happened, with absolute next links
    paths = [c.path for c in feed_server.calls]
    assert paths.count("/v1.1/Things") == 2
    assert paths.count("/v1.1/Datastreams(11)/Observations") == 3


def test_relative_next_links_and_a_pasted_things_address(feed_server):
    fake = FakeSTA(feed_server, page=1, absolute_links=False)
    for i in range(3):
        fake.add_thing(i + 1, f"S{i + 1}", {"type": "Point", "coordinates": [107.5 + i / 100, 16.4]},
                       [_ds(100 + i, "pm10", "µg/m³")])
        fake.obs[100 + i] = [{"phenomenonTime": _t(h), "result": h} for h in range(3)]
    data = fetch_things(feed_server.url("/v1.1/Things"), start=START, end="2026-11-21T00:00:00Z")
    assert sorted(data.stations["station_id"]) == ["1", "2", "3"]
    assert len(data.readings) == 9
    assert [c.path for c in feed_server.calls].count("/v1.1/Datastreams(101)/Observations") == 3


def test_a_server_that_pages_forever_is_stopped(feed_server):
    def forever(req):
        n = int(req.arg("$skip", "0"))
        return Reply(body={"value": [{"@iot.id": n, "name": f"T{n}", "Datastreams": []}],
                           "@iot.nextLink": feed_server.url(f"/v1.1/Things?$skip={n + 1}")})

    feed_server.route("/v1.1/Things", forever)
    with pytest.raises(FeedError, match="still sending more pages of Things after 5 pages") as err:
        fetch_things(feed_server.url("/v1.1"), max_pages=5)
    assert "nothing was saved" in err.value.problem
    assert len(feed_server.calls) == 5


def test_a_next_link_that_loops_is_stopped(feed_server):
    feed_server.route("/v1.1/Things", lambda req: Reply(body={
        "value": [], "@iot.nextLink": feed_server.url("/v1.1/Things?$skip=2")}))
    with pytest.raises(FeedError, match="points back to a page already read"):
        fetch_things(feed_server.url("/v1.1"))


def test_garbage_answers_give_clear_errors(feed_server):
    feed_server.route("/v1.1/Things", lambda req: Reply(200, "<html>Đăng nhập</html>", {"Content-Type": "text/html"}))
    with pytest.raises(FeedError, match=r"not valid JSON \(text/html"):
        fetch_things(feed_server.url("/v1.1"))
    feed_server.route("/v1.1/Things", lambda req: Reply(body={"type": "FeatureCollection", "features": []}))
    with pytest.raises(FeedError, match="not a SensorThings list.*an object with type, features"):
        fetch_things(feed_server.url("/v1.1"))
    feed_server.route("/v1.1/Things", lambda req: Reply(body={"value": [], "@iot.nextLink": 42}))
    with pytest.raises(FeedError, match="is not a link"):
        fetch_things(feed_server.url("/v1.1"))


def _digest(path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_sync_caches_and_failures_leave_the_cache_untouched(sta, feed_server, tmp_path):
    cache = tmp_path / "hue.gpkg"
    first = sync(feed_server.url("/v1.1"), cache, start=START)
    assert cache.exists()
    assert len(first.readings) == 10  # 5 pm25 + 1 no2 + 3 pm25 (Kim Long) + 1 temperature
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    import pyogrio

    layers = {str(n): t for n, t in pyogrio.list_layers(cache)}
    assert layers == {"stations": "Point", "readings": None, "datastreams": None, "feed_info": None}
    before = _digest(cache)

    # a server that does not answer in time
    feed_server.route("/v1.1/Things", lambda req: Reply(body={"value": []}, delay=1.0))
    with pytest.raises(FeedError, match="did not answer within 0.2 s"):
        sync(feed_server.url("/v1.1"), cache, timeout=0.2, retries=0)
    assert _digest(cache) == before

    # Things are fine but an Observations page is garbage
    feed_server.route("/v1.1/Things", sta._things)
    feed_server.route("/v1.1/Datastreams(11)/Observations", lambda req: Reply(200, "{\"value\": [", {}))
    with pytest.raises(FeedError, match="not valid JSON"):
        sync(feed_server.url("/v1.1"), cache)
    assert _digest(cache) == before

    # the server fails half-way; then the user cancels
    feed_server.route("/v1.1/Datastreams(11)/Observations", lambda req: Reply(500, "database down"))
    with pytest.raises(FeedError, match="HTTP 500"):
        sync(feed_server.url("/v1.1"), cache)
    with pytest.raises(Cancelled):
        sync(feed_server.url("/v1.1"), cache, cancel=lambda: True)
    assert _digest(cache) == before
    assert not list(tmp_path.glob(".*"))

    # offline, the cache opens as it was
    offline = read_cache(cache)
    pd.testing.assert_frame_equal(offline.readings, first.readings)
    assert offline.stations.set_index("station_id").loc["2", "station_name"] == "Trạm Kim Long"
    assert offline.datastreams.set_index("datastream_id").loc["11", "newest"] == T0 + pd.Timedelta(hours=4)
    assert "last synchronised" in offline.report.messages[0].text


def test_incremental_sync_asks_only_for_newer_observations(sta, feed_server, tmp_path):
    url = feed_server.url("/v1.1")
    first = sync(url, tmp_path, start=START)  # a folder: the file is named after the address
    cache = cache_file_for(url, tmp_path)
    assert cache.exists() and cache.parent == tmp_path
    assert len(first.readings) == 10
    sta.obs[11].append({"phenomenonTime": _t(5), "result": 99.0})
    sta.obs[11].append({"phenomenonTime": _t(6), "result": 98.0})
    feed_server.calls.clear()

    second = sync(url, tmp_path)
    filters = {c.path: c.arg("$filter") for c in feed_server.calls if c.path.endswith("/Observations")}
    assert filters["/v1.1/Datastreams(11)/Observations"].startswith("phenomenonTime gt 2026-11-20T04:00:00.000Z")
    assert filters["/v1.1/Datastreams(31)/Observations"].startswith("phenomenonTime gt 2026-11-20T00:00:00.000Z")
    r = second.readings
    assert len(r) == 12
    assert r[(r.station_id == "1") & (r.parameter == "pm25")]["value"].tolist()[-2:] == [99.0, 98.0]
    newest = second.datastreams.set_index("datastream_id")["newest"]
    assert newest["11"] == T0 + pd.Timedelta(hours=6)
    assert newest['"pm25-kl"'] == T0 + pd.Timedelta(hours=3)  # nothing new: keeps its newest time
    assert any("12 readings, 2 of them new" in m.text for m in second.report.messages)
    pd.testing.assert_frame_equal(read_cache(cache).readings, r)


def test_read_cache_errors(tmp_path):
    with pytest.raises(ReadError, match="no local copy of this feed yet"):
        read_cache(tmp_path / "none.gpkg")
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a geopackage")
    with pytest.raises(ReadError, match="could not be read"):
        read_cache(bad)
