"""An OGC SensorThings API (v1.1, also v1.0) client: stations and readings, cached in a local GeoPackage.

* :func:`fetch_things` reads the Things with their Locations and Datastreams (``$expand``), then each
  Datastream's Observations in a time window (``$filter=phenomenonTime ge ... and phenomenonTime lt ...``,
  ``$orderby``, ``$top``), following ``@iot.nextLink`` (absolute or relative) up to ``max_pages`` pages per
  collection: a server that never stops paging ends in a clear :class:`FeedError`, not an endless download.
* :func:`sync` keeps a cache (a GeoPackage: ``stations`` points, ``readings`` and ``datastreams`` tables,
  ``feed_info``) up to date: it asks each Datastream only for observations newer than the newest it already
  has, merges, and replaces the cache file atomically. If anything fails (the server is slow, down, pages
  forever or sends garbage) the error propagates and the cache file is left exactly as it was.
* :func:`read_cache` opens a cache offline.

``location`` may be a bare GeoJSON geometry or a Feature; ``result`` a number or a numeric string (anything
else is counted and reported); ``phenomenonTime`` an instant or an interval "start/end" (the end is used).
Readings go through the same normalisation as files (:mod:`gisdesk.io.sensors`): canonical parameter codes and
units, ppm/ppb gases to µg/m³, duplicates removed, odd stations reported.

``progress(done, total, text)`` is called as work advances (``total`` may be 0 when unknown); ``cancel()``
returning True stops the work with :class:`~gisdesk.io.feeds.http.Cancelled`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import numpy as np
import pandas as pd

from gisdesk.core.fileutil import atomic_path
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.feeds.http import DEFAULT_TIMEOUT, RETRIES, USER_AGENT, Cancelled, FeedError, get_json
from gisdesk.io.report import LayerReport
from gisdesk.io.sensors import (
    SensorData,
    canonical_parameter,
    check_readings,
    check_stations,
    empty_readings,
    empty_stations,
    normalise_readings,
)
from gisdesk.layers.schema import READING_FIELDS, STATION_FIELDS

__all__ = ["MAX_PAGES", "Cancelled", "FeedError", "cache_file_for", "fetch_things", "read_cache", "sync"]

MAX_PAGES = 200  # pages per collection (Things, or one Datastream's Observations) before giving up
DEFAULT_DAYS = 7  # how far back to read when no start is given and nothing is cached
PAGE_SIZE = 1000

Progress = Callable[[int, int, str], None]

_DATASTREAM_SELECT = "id,name,description,unitOfMeasurement"
_EXPAND = f"Locations,Datastreams($select={_DATASTREAM_SELECT};$expand=ObservedProperty)"

# EEA air-quality pollutant vocabulary (dd.eionet.europa.eu/vocabulary/aq/pollutant/<n>): used when an
# ObservedProperty's name says nothing gisdesk knows but its definition is one of these
_EEA_POLLUTANTS = {"1": "so2", "5": "pm10", "6001": "pm25", "7": "o3", "8": "no2", "10": "co", "38": "no", "9": "nox"}


# --------------------------------------------------------------------------------------------------
# paging


def _root(base_url: str) -> str:
    """The service root: a pasted ".../v1.1/Things" or ".../v1.1/" becomes ".../v1.1"."""
    url = base_url.strip()
    url = re.sub(r"/(Things|Datastreams|Observations|Locations)(\(.*\))?/?(\?.*)?$", "", url)
    return url.rstrip("/")


def _pages(url: str, params: dict[str, Any] | None, *, what: str, max_pages: int, http: dict[str, Any],
           cancel: Callable[[], bool] | None) -> Iterator[list[dict[str, Any]]]:
    """Each page's ``value`` list, following ``@iot.nextLink`` for at most ``max_pages`` pages. ``what`` (already
    translated) names what is read, such as "Things"."""
    seen: set[str] = set()
    current, query = url, params
    for page in range(1, max_pages + 1):
        if cancel is not None and cancel():
            raise Cancelled()
        body = get_json(current, query, cancel=cancel, **http)
        if not isinstance(body, dict) or not isinstance(body.get("value"), list):
            raise FeedError(current, trf(
                "the answer for {what} is not a SensorThings list (a JSON object with a 'value' array); got {got}. "
                "Check that this is the address of a SensorThings API (it usually ends in /v1.1 or /v1.0)",
                what=what, got=_describe(body)))
        yield [v for v in body["value"] if isinstance(v, dict)]
        nxt = body.get("@iot.nextLink")
        if not nxt:
            return
        if not isinstance(nxt, str):
            raise FeedError(current, trf("the server's @iot.nextLink for {what} is not a link ({link!r})", what=what,
                                         link=nxt))
        nxt = urljoin(current if query is None else _with_query(current, query), nxt)
        if nxt in seen:
            raise FeedError(current, trf("the server's next-page link for {what} points back to a page already read "
                                         "(after {pages:,} pages); reading stopped so it does not loop forever",
                                         what=what, pages=page))
        seen.add(nxt)
        current, query = nxt, None
    raise FeedError(url, trf("the server was still sending more pages of {what} after {pages:,} pages; reading "
                             "stopped there and nothing was saved. Ask for a shorter period or fewer things, or "
                             "raise the page limit if the feed really is that large", what=what, pages=max_pages))


def _with_query(url: str, params: dict[str, Any]) -> str:
    import httpx

    return str(httpx.URL(url, params=params))


def _describe(body: Any) -> str:
    if isinstance(body, dict):
        keys = ", ".join(list(body)[:5])
        return trf("an object with {keys}", keys=keys) if keys else tr("an empty object")
    if isinstance(body, list):
        return trf("a list of {n:,} item", n=1) if len(body) == 1 else trf("a list of {n:,} items", n=len(body))
    text = json.dumps(body)[:60]
    return trf("the value {text}", text=text)


def _entity_path(collection: str, ident: Any) -> str:
    if isinstance(ident, bool) or ident is None:
        raise FeedError(collection, trf("an entity has no usable @iot.id ({ident!r})", ident=ident))
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        return f"{collection}({int(ident)})"
    text = str(ident).replace("'", "''")
    return f"{collection}('{text}')"


def _iso(t: pd.Timestamp) -> str:
    return t.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# --------------------------------------------------------------------------------------------------
# things, locations, datastreams


def _point(location: Any) -> tuple[float, float, str | None]:
    """(lon, lat, problem) from a Location's ``location``: a GeoJSON geometry or Feature (or WKT text)."""
    geom = location
    if isinstance(geom, dict) and geom.get("type") == "Feature":
        geom = geom.get("geometry")
    if isinstance(geom, str):
        try:
            import shapely

            g = shapely.from_wkt(geom)
        except Exception:  # noqa: BLE001 - shapely raises GEOSException for bad text
            return np.nan, np.nan, "unreadable"
        if g is None or g.is_empty:
            return np.nan, np.nan, "empty"
        c = g if g.geom_type == "Point" else g.centroid
        return float(c.x), float(c.y), None if g.geom_type == "Point" else "area"
    if not isinstance(geom, dict):
        return np.nan, np.nan, "missing"
    if geom.get("type") == "Point":
        coords = geom.get("coordinates")
        try:
            lon, lat = float(coords[0]), float(coords[1])
        except (TypeError, ValueError, IndexError):
            return np.nan, np.nan, "unreadable"
        return lon, lat, None
    try:
        import shapely.geometry

        g = shapely.geometry.shape(geom)
    except Exception:  # noqa: BLE001 - bad GeoJSON
        return np.nan, np.nan, "unreadable"
    if g.is_empty:
        return np.nan, np.nan, "empty"
    c = g.centroid
    return float(c.x), float(c.y), "area"


def _parse_things(things: list[dict[str, Any]], root: str, report: LayerReport) -> tuple[pd.DataFrame, pd.DataFrame]:
    host = urlsplit(root).hostname or root
    st_rows = []
    ds_rows = []
    problems: dict[str, list[str]] = {}
    for th in things:
        tid = th.get("@iot.id", th.get("id"))
        if tid is None:
            problems.setdefault("no id", []).append(str(th.get("name", "?")))
            continue
        sid = str(tid)
        props = th.get("properties") if isinstance(th.get("properties"), dict) else {}
        provider = next((str(props[k]) for k in ("provider", "owner", "operator", "organisation", "organization",
                                                   "network") if props.get(k)), host)
        locs = th.get("Locations") or []
        lon = lat = np.nan
        if isinstance(locs, list) and locs:
            lon, lat, problem = _point(locs[0].get("location") if isinstance(locs[0], dict) else None)
            if problem:
                problems.setdefault(problem, []).append(str(th.get("name", sid)))
            if len(locs) > 1:
                problems.setdefault("several", []).append(str(th.get("name", sid)))
        else:
            problems.setdefault("missing", []).append(str(th.get("name", sid)))
        if np.isfinite(lat) and np.isfinite(lon) and abs(lat) > 90 >= abs(lon):
            lon, lat = lat, lon
            problems.setdefault("swapped", []).append(str(th.get("name", sid)))
        if np.isfinite(lat) and (abs(lat) > 90 or abs(lon) > 180):
            problems.setdefault("out of range", []).append(str(th.get("name", sid)))
            lon = lat = np.nan
        st_rows.append({"station_id": sid, "station_name": str(th.get("name") or sid), "provider": provider,
                        "lat": lat, "lon": lon, "description": th.get("description")})
        for ds in th.get("Datastreams") or []:
            if not isinstance(ds, dict):
                continue
            did = ds.get("@iot.id", ds.get("id"))
            if did is None:
                continue
            op = ds.get("ObservedProperty") if isinstance(ds.get("ObservedProperty"), dict) else {}
            uom = ds.get("unitOfMeasurement") if isinstance(ds.get("unitOfMeasurement"), dict) else {}
            ds_rows.append({
                "datastream_id": json.dumps(did),  # keeps 5 and "5" apart; _entity_path needs the type
                "station_id": sid,
                "name": str(ds.get("name") or ""),
                "parameter": _datastream_parameter(op, ds),
                "unit": str(uom.get("symbol") or uom.get("name") or ""),
                "observed_property": str(op.get("name") or ""),
            })
    _report_locations(problems, report)
    stations = pd.DataFrame(st_rows) if st_rows else empty_stations().drop(columns=["location_note"])
    stations = stations.drop_duplicates("station_id", keep="first")
    datastreams = pd.DataFrame(ds_rows, columns=["datastream_id", "station_id", "name", "parameter", "unit",
                                                 "observed_property"])
    datastreams = datastreams.drop_duplicates("datastream_id", keep="first")
    return stations, datastreams


def _datastream_parameter(op: dict[str, Any], ds: dict[str, Any]) -> str:
    """The ObservedProperty's name, unless only its definition (an EEA pollutant URI) or the Datastream's name
    says what is measured."""
    name = str(op.get("name") or "")
    code, _ = canonical_parameter(name) if name else ("", None)
    from gisdesk.layers.schema import PARAMETER_UNITS

    if code in PARAMETER_UNITS:
        return name
    definition = str(op.get("definition") or "")
    m = re.search(r"/aq/pollutant/(\d+)\b", definition)
    if m and m.group(1) in _EEA_POLLUTANTS:
        return _EEA_POLLUTANTS[m.group(1)]
    ds_name = str(ds.get("name") or "")
    if ds_name and canonical_parameter(ds_name)[0] in PARAMETER_UNITS:
        return ds_name
    return name or ds_name


# (one Thing, several Things) for each problem with a Thing's Location
_LOCATION_TEXTS = {
    "missing": (N_("{n:,} Thing ({names}) has no Location; it was kept without a position."),
                N_("{n:,} Things ({names}) have no Location; they were kept without a position.")),
    "unreadable": (N_("{n:,} Thing ({names}) has a Location that is not a readable GeoJSON point; it was kept "
                      "without a position."),
                   N_("{n:,} Things ({names}) have a Location that is not a readable GeoJSON point; they were kept "
                      "without a position.")),
    "empty": (N_("{n:,} Thing ({names}) has an empty Location; it was kept without a position."),
              N_("{n:,} Things ({names}) have an empty Location; they were kept without a position.")),
    "area": (N_("{n:,} Thing ({names}) has an area, not a point, as Location; the centre of the area was used."),
             N_("{n:,} Things ({names}) have an area, not a point, as Location; the centre of the area was used.")),
    "several": (N_("{n:,} Thing ({names}) has several Locations; the first one was used."),
                N_("{n:,} Things ({names}) have several Locations; the first one was used.")),
    "swapped": (N_("{n:,} Thing ({names}) has latitude and longitude the wrong way round in its Location; they "
                   "were swapped back."),
                N_("{n:,} Things ({names}) have latitude and longitude the wrong way round in their Location; they "
                   "were swapped back.")),
    "out of range": (N_("{n:,} Thing ({names}) has coordinates out of range; it was kept without a position."),
                     N_("{n:,} Things ({names}) have coordinates out of range; they were kept without a position.")),
    "no id": (N_("{n:,} Thing ({names}) has no @iot.id; it was skipped."),
              N_("{n:,} Things ({names}) have no @iot.id; they were skipped.")),
}


def _report_locations(problems: dict[str, list[str]], report: LayerReport) -> None:
    for key, names in problems.items():
        k = len(names)
        shown = ", ".join(f"'{n}'" for n in names[:3])
        if k > 3:
            shown = trf("{names} and {n:,} more", names=shown, n=k - 3)
        one, several = _LOCATION_TEXTS[key]
        report.warn("geometry", trf(one if k == 1 else several, n=k, names=shown), count=k)


def _fetch_things_raw(root: str, *, filter: str | None, top: int | None, max_pages: int, http: dict[str, Any],
                      cancel: Callable[[], bool] | None, progress: Progress | None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"$expand": _EXPAND}
    if filter:
        params["$filter"] = filter
    if top:
        params["$top"] = int(top)
    things: list[dict[str, Any]] = []
    for n, page in enumerate(_pages(f"{root}/Things", params, what=tr("Things"), max_pages=max_pages, http=http,
                                    cancel=cancel), start=1):
        things.extend(page)
        if progress:
            progress(n, 0, trf("Read {n:,} stations", n=len(things)))
    return things


# --------------------------------------------------------------------------------------------------
# observations


def _observations(root: str, datastream_id: str, since: pd.Timestamp | None, start: pd.Timestamp,
                  end: pd.Timestamp, *, top: int | None, max_pages: int, http: dict[str, Any],
                  cancel: Callable[[], bool] | None) -> tuple[pd.DataFrame, Any, int, list[str], int]:
    """One Datastream's observations: (frame of datetime/value, the newest time seen, how many results were not
    numbers, examples of them, how many times were unreadable)."""
    ident = json.loads(datastream_id)
    url = f"{root}/{_entity_path('Datastreams', ident)}/Observations"
    lower = f"phenomenonTime gt {_iso(since)}" if since is not None else f"phenomenonTime ge {_iso(start)}"
    params = {
        "$filter": f"{lower} and phenomenonTime lt {_iso(end)}",
        "$orderby": "phenomenonTime asc",
        "$top": int(top or PAGE_SIZE),
        "$select": "phenomenonTime,result",
    }
    times: list[Any] = []
    results: list[Any] = []
    for page in _pages(url, params, what=trf("the observations of Datastream {ident}", ident=ident),
                       max_pages=max_pages, http=http, cancel=cancel):
        for ob in page:
            times.append(ob.get("phenomenonTime"))
            results.append(ob.get("result"))
    if not times:
        return pd.DataFrame({"datetime": pd.Series([], dtype="datetime64[ms, UTC]"),
                             "value": pd.Series([], dtype="float64")}), pd.NaT, 0, [], 0
    t = pd.Series(times, dtype=object).map(lambda v: v.split("/")[-1] if isinstance(v, str) else None)
    dt = pd.to_datetime(t, utc=True, format="ISO8601", errors="coerce").astype("datetime64[ms, UTC]")
    res = pd.Series(results, dtype=object)
    usable = res.map(lambda v: isinstance(v, int | float | str) and not isinstance(v, bool))  # not true/false
    num = pd.to_numeric(res.where(usable), errors="coerce")
    bad = num.isna() & res.notna()
    examples = [repr(v)[:40] for v in res[bad].head(3)]
    frame = pd.DataFrame({"datetime": dt, "value": num.astype("float64")})
    bad_time = int((frame["datetime"].isna() & frame["value"].notna()).sum())
    frame = frame[frame["value"].notna() & frame["datetime"].notna()]
    return frame, dt.max(), int(bad.sum()) + int(res.isna().sum()), examples, bad_time


# --------------------------------------------------------------------------------------------------
# public API


def fetch_things(
    base_url: str,
    *,
    filter: str | None = None,
    top: int | None = None,
    start: Any = None,
    end: Any = None,
    cancel: Callable[[], bool] | None = None,
    progress: Progress | None = None,
    max_pages: int = MAX_PAGES,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = RETRIES,
    report: LayerReport | None = None,
) -> SensorData:
    """Read stations (Things) and their readings from ``start`` to ``end`` (default: the last 7 days).

    ``filter`` is an OData ``$filter`` on Things (e.g. ``"properties/city eq 'Huế'"``); ``top`` the page size
    asked for. Raises :class:`FeedError` (with a plain-English ``problem``) or :class:`Cancelled`.
    """
    data, _ = _fetch(base_url, filter=filter, top=top, start=start, end=end, since={}, cancel=cancel,
                     progress=progress, max_pages=max_pages, timeout=timeout, retries=retries, report=report)
    return _finish(data, data.report)


def _window(start: Any, end: Any) -> tuple[pd.Timestamp, pd.Timestamp]:
    e = pd.Timestamp.now(tz="UTC") if end is None else pd.Timestamp(end)
    e = e.tz_localize("UTC") if e.tzinfo is None else e.tz_convert("UTC")
    s = e - pd.Timedelta(days=DEFAULT_DAYS) if start is None else pd.Timestamp(start)
    s = s.tz_localize("UTC") if s.tzinfo is None else s.tz_convert("UTC")
    return s, e


def _fetch(base_url: str, *, filter: str | None, top: int | None, start: Any, end: Any,
           since: dict[str, pd.Timestamp], cancel: Callable[[], bool] | None, progress: Progress | None,
           max_pages: int, timeout: float, retries: int,
           report: LayerReport | None) -> tuple[SensorData, pd.DataFrame]:
    root = _root(base_url)
    report = report if report is not None else LayerReport(urlsplit(root).hostname or "SensorThings")
    report.source = report.source or root
    report.driver = "SensorThings API"
    s, e = _window(start, end)
    import httpx

    # one connection pool for the whole read: a network of 100 sensors is hundreds of requests
    with httpx.Client(follow_redirects=True, headers={"User-Agent": USER_AGENT}) as client:
        http = {"timeout": timeout, "retries": retries, "client": client}
        return _fetch_with(root, http, s, e, filter=filter, top=top, since=since, cancel=cancel, progress=progress,
                           max_pages=max_pages, report=report)


def _fetch_with(root: str, http: dict[str, Any], s: pd.Timestamp, e: pd.Timestamp, *, filter: str | None,
                top: int | None, since: dict[str, pd.Timestamp], cancel: Callable[[], bool] | None,
                progress: Progress | None, max_pages: int, report: LayerReport) -> tuple[SensorData, pd.DataFrame]:
    things = _fetch_things_raw(root, filter=filter, top=top, max_pages=max_pages, http=http, cancel=cancel,
                               progress=progress)
    stations, datastreams = _parse_things(things, root, report)
    n, m = len(stations), len(datastreams)
    if n == 1:
        text = (trf("Read {n:,} station (Thing) with {m:,} Datastream from {root}.", n=n, m=m, root=root) if m == 1
                else trf("Read {n:,} station (Thing) with {m:,} Datastreams from {root}.", n=n, m=m, root=root))
    else:
        text = (trf("Read {n:,} stations (Things) with {m:,} Datastream from {root}.", n=n, m=m, root=root) if m == 1
                else trf("Read {n:,} stations (Things) with {m:,} Datastreams from {root}.", n=n, m=m, root=root))
    report.info("read", text)
    frames = []
    newest: list[Any] = []
    non_numeric: dict[str, tuple[int, list[str]]] = {}
    bad_times = 0
    total = len(datastreams)
    for i, ds in enumerate(datastreams.itertuples(index=False), start=1):
        frame, last, n_bad, examples, n_bad_time = _observations(
            root, ds.datastream_id, since.get(ds.datastream_id), s, e, top=top, max_pages=max_pages, http=http,
            cancel=cancel)
        if n_bad:
            non_numeric[ds.name or ds.datastream_id] = (n_bad, examples)
        bad_times += n_bad_time
        newest.append(last)
        if len(frame):
            frames.append(frame.assign(station_id=ds.station_id, parameter=ds.parameter, unit=ds.unit))
        if progress:
            progress(i, total, trf("Read the observations of {i:,} of {total:,} Datastreams", i=i, total=total))
    datastreams = datastreams.assign(newest=pd.Series(newest, index=datastreams.index, dtype="datetime64[ms, UTC]"))
    for name, (k, examples) in list(non_numeric.items())[:5]:
        values = {"n": k, "name": name, "examples": ", ".join(examples) or tr("an empty result")}
        report.warn("dropped", trf("{n:,} observation of Datastream '{name}' has a result that is not a number "
                                   "(e.g. {examples}); it was skipped.", **values) if k == 1 else
                    trf("{n:,} observations of Datastream '{name}' have a result that is not a number (e.g. "
                        "{examples}); they were skipped.", **values), count=k)
    if bad_times:
        report.warn("dropped", trf("{n:,} observation had a phenomenonTime that is not a readable ISO 8601 time; it "
                                   "was skipped.", n=bad_times) if bad_times == 1 else
                    trf("{n:,} observations had a phenomenonTime that is not a readable ISO 8601 time; they were "
                        "skipped.", n=bad_times), count=bad_times)
    if len(non_numeric) > 5:
        k = len(non_numeric) - 5
        report.warn("dropped", trf("{n:,} more Datastream has results that are not numbers; skipped.", n=k) if k == 1
                    else trf("{n:,} more Datastreams have results that are not numbers; skipped.", n=k))
    raw = pd.concat(frames, ignore_index=True) if frames else None
    n_obs = 0 if raw is None else len(raw)
    readings = normalise_readings(raw[["station_id", "parameter", "datetime", "value", "unit"]], report) \
        if raw is not None else empty_readings()
    if since:
        text = (trf("Read {n:,} observation newer than those already cached.", n=n_obs) if n_obs == 1 else
                trf("Read {n:,} observations newer than those already cached.", n=n_obs))
    else:
        when = tr("%Y-%m-%d %H:%M")  # the Vietnamese format writes the day first (dd/mm/yyyy)
        span = {"n": n_obs, "start": s.strftime(when), "end": e.strftime(when)}
        text = (trf("Read {n:,} observation from {start} to {end} UTC.", **span) if n_obs == 1 else
                trf("Read {n:,} observations from {start} to {end} UTC.", **span))
    report.info("read", text, count=n_obs)
    stations = stations.assign(location_note="")
    stations = stations[list(STATION_FIELDS) + ["location_note", "description"]]
    return SensorData(stations=stations, readings=readings, report=report, datastreams=datastreams), datastreams


def _finish(data: SensorData, report: LayerReport, *, checks: bool = True) -> SensorData:
    stations = check_stations(data.stations.reset_index(drop=True), report, readings=data.readings) if checks \
        else data.stations
    if checks:
        check_readings(data.readings, stations, report)
    report.features_read = report.features_kept = len(stations)
    return SensorData(stations=stations, readings=data.readings, report=report, datastreams=data.datastreams)


# --------------------------------------------------------------------------------------------------
# the cache


def cache_file_for(base_url: str, folder: str | Path | None = None) -> Path:
    """Where the cache of ``base_url`` lives: ``folder`` (default the user's cache folder)/sensorthings/…gpkg."""
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("gisdesk")) / "sensorthings"
    root = _root(base_url)
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", urlsplit(root).hostname or "feed")
    digest = hashlib.sha256(root.encode("utf-8")).hexdigest()[:12]
    return Path(folder) / f"{host}-{digest}.gpkg"


def _resolve_cache(base_url: str, cache_path: str | Path | None) -> Path:
    if cache_path is None:
        return cache_file_for(base_url)
    p = Path(cache_path)
    if p.suffix.lower() == ".gpkg":
        return p
    return cache_file_for(base_url, p)


def read_cache(cache_path: str | Path, *, report: LayerReport | None = None) -> SensorData:
    """Open a cache written by :func:`sync` (offline). Raises ReadError when it is missing or unreadable."""
    import pyogrio

    from gisdesk.core.errors import ReadError

    path = Path(cache_path)
    report = report if report is not None else LayerReport(path.stem)
    if not path.exists():
        raise ReadError(path, tr("there is no local copy of this feed yet; connect once to fetch it"))
    try:
        layers = {str(n) for n, _ in pyogrio.list_layers(path)}
        if not {"stations", "readings", "datastreams"} <= layers:
            raise ReadError(path, tr("this GeoPackage is not a gisdesk sensor cache (it lacks the stations, "
                                     "readings and datastreams tables)"))
        st = pyogrio.read_dataframe(path, layer="stations", use_arrow=True)
        rd = pyogrio.read_dataframe(path, layer="readings", use_arrow=True, read_geometry=False)
        ds = pyogrio.read_dataframe(path, layer="datastreams", use_arrow=True, read_geometry=False)
        info = pyogrio.read_dataframe(path, layer="feed_info", read_geometry=False) if "feed_info" in layers else None
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(path, trf("the local copy of the feed could not be read ({e})", e=str(exc))) from exc
    stations = pd.DataFrame(st.drop(columns=[c for c in ("geometry",) if c in st.columns]))
    for c in ("station_id", "station_name", "provider", "location_note"):
        if c in stations.columns:
            stations[c] = stations[c].astype("str").where(stations[c].notna())
    stations["location_note"] = stations["location_note"].fillna("") if "location_note" in stations else ""
    readings = pd.DataFrame(rd)
    readings = readings[list(READING_FIELDS)] if len(readings) else empty_readings()
    readings["datetime"] = pd.to_datetime(readings["datetime"], utc=True).astype("datetime64[ms, UTC]")
    for c in ("station_id", "parameter", "unit"):
        readings[c] = readings[c].astype("str")
    readings["value"] = readings["value"].astype("float64")
    datastreams = pd.DataFrame(ds)
    if "newest" in datastreams.columns:
        datastreams["newest"] = pd.to_datetime(datastreams["newest"], utc=True).astype("datetime64[ms, UTC]")
    report.source = report.source or str(path)
    report.driver = "GPKG (SensorThings cache)"
    meta = dict(zip(info["key"], info["value"], strict=True)) if info is not None and len(info) else {}
    values = {"source": meta.get("base_url") or tr("the feed"), "when": meta.get("synced_at"), "n": len(stations),
              "m": len(readings)}
    report.info("read", trf("Opened the local copy of {source} (last synchronised {when}): {n:,} stations, {m:,} "
                            "readings.", **values) if values["when"] else
                trf("Opened the local copy of {source} (last synchronised at an unknown time): {n:,} stations, {m:,} "
                    "readings.", **values))
    report.features_read = report.features_kept = len(stations)
    return SensorData(stations=stations, readings=readings, report=report, datastreams=datastreams)


def _write_cache(path: Path, data: SensorData, meta: dict[str, str]) -> None:
    import geopandas as gpd
    import pyogrio

    st = data.stations.reset_index(drop=True)
    lon = st["lon"].to_numpy(dtype=float)
    lat = st["lat"].to_numpy(dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    geoms = np.full(len(st), None, dtype=object)
    if ok.any():
        import shapely

        geoms[ok] = shapely.points(lon[ok], lat[ok])
    gdf = gpd.GeoDataFrame(st, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")
    ds = data.datastreams if data.datastreams is not None else pd.DataFrame(
        {"datastream_id": pd.Series([], dtype="str"), "newest": pd.Series([], dtype="datetime64[ms, UTC]")})
    info = pd.DataFrame({"key": list(meta), "value": [str(v) for v in meta.values()]})
    with atomic_path(path, suffix=".gpkg") as tmp:
        tmp.unlink()  # GDAL creates the GeoPackage itself
        pyogrio.write_dataframe(gdf, tmp, layer="stations", driver="GPKG", use_arrow=True)
        pyogrio.write_dataframe(data.readings, tmp, layer="readings", driver="GPKG", use_arrow=True, append=False)
        pyogrio.write_dataframe(ds, tmp, layer="datastreams", driver="GPKG", use_arrow=True)
        pyogrio.write_dataframe(info, tmp, layer="feed_info", driver="GPKG")


def sync(
    base_url: str,
    cache_path: str | Path | None = None,
    *,
    filter: str | None = None,
    top: int | None = None,
    start: Any = None,
    cancel: Callable[[], bool] | None = None,
    progress: Progress | None = None,
    max_pages: int = MAX_PAGES,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = RETRIES,
    report: LayerReport | None = None,
) -> SensorData:
    """Bring the local cache of ``base_url`` up to date and return all cached stations and readings.

    ``cache_path``: a ``.gpkg`` file, or a folder to put it in (default: the user's cache folder). The first
    sync reads from ``start`` (default: the last 7 days); later ones only what is newer than the newest
    observation cached for each Datastream. On any failure (FeedError, Cancelled, a write error) the cache
    file is left exactly as it was.
    """
    path = _resolve_cache(base_url, cache_path)
    root = _root(base_url)
    report = report if report is not None else LayerReport(urlsplit(root).hostname or "SensorThings")
    old: SensorData | None = None
    if path.exists():
        from gisdesk.core.errors import ReadError

        try:
            old = read_cache(path, report=LayerReport("cache"))
        except ReadError as exc:
            report.warn("read", trf("The local copy could not be read ({problem}); it will be replaced by a full "
                                    "download.", problem=exc.problem))
    since: dict[str, pd.Timestamp] = {}
    if old is not None and old.datastreams is not None and "newest" in old.datastreams.columns:
        known = old.datastreams.dropna(subset=["newest"])
        since = dict(zip(known["datastream_id"].astype("str"), known["newest"], strict=True))
    new, datastreams = _fetch(root, filter=filter, top=top, start=start, end=None, since=since, cancel=cancel,
                              progress=progress, max_pages=max_pages, timeout=timeout, retries=retries,
                              report=report)
    readings = new.readings
    if old is not None and len(old.readings):
        merged = pd.concat([old.readings, readings], ignore_index=True)
        merged = merged.drop_duplicates(["station_id", "parameter", "datetime"], keep="last")
        readings = merged.sort_values(["station_id", "parameter", "datetime"], kind="stable").reset_index(drop=True)
        # a datastream that sent nothing new keeps its newest time
        prev = old.datastreams.set_index(old.datastreams["datastream_id"].astype("str"))["newest"] \
            if old.datastreams is not None and "newest" in old.datastreams.columns else pd.Series(dtype=object)
        fill = datastreams["newest"].isna()
        if fill.any():
            datastreams.loc[fill, "newest"] = datastreams.loc[fill, "datastream_id"].map(prev)
    stations = new.stations
    if old is not None and len(old.stations):
        gone = old.stations[~old.stations["station_id"].isin(stations["station_id"])]
        if len(gone):
            k = len(gone)
            report.info("read", trf("{n:,} station of the local copy is no longer listed by the server; kept with "
                                    "its cached readings.", n=k) if k == 1 else
                        trf("{n:,} stations of the local copy are no longer listed by the server; kept with their "
                            "cached readings.", n=k), count=k)
            stations = pd.concat([stations, gone[[c for c in gone.columns if c in stations.columns]]],
                                 ignore_index=True)
        old_ds = old.datastreams if old.datastreams is not None else None
        if old_ds is not None and len(old_ds):
            lost = old_ds[~old_ds["datastream_id"].astype("str").isin(datastreams["datastream_id"])]
            if len(lost):
                datastreams = pd.concat([datastreams, lost[[c for c in lost.columns if c in datastreams.columns]]],
                                        ignore_index=True)
    stations = stations.assign(location_note="")  # the checks below write it afresh
    data = SensorData(stations=stations, readings=readings, report=report, datastreams=datastreams)
    data = _finish(data, report)
    synced = datetime.now(UTC).replace(microsecond=0).isoformat()
    _write_cache(path, data, {"base_url": root, "synced_at": synced, "format": "gisdesk-sensorthings-cache/1"})
    n_new = len(new.readings)
    values = {"file": path.name, "n": len(readings), "new": n_new}
    report.info("read", trf("The local copy ({file}) now holds {n:,} readings, {new:,} of them new.", **values)
                if old is not None else trf("The local copy ({file}) now holds {n:,} readings.", **values))
    return data
