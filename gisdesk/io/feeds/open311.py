"""Open311 GeoReport v2 client: services, service requests by date windows, and an incremental local copy.

Spec: https://wiki.open311.org/GeoReport_v2. What real servers do, and what this client does about it:

* ``GET requests`` answers at most 90 days and (typically) 1,000 requests per call. :func:`fetch_requests`
  cuts ``[start, end)`` into windows of at most ``max_window`` (90 days); a window that comes back with
  ``page_limit`` (1,000) requests or more may have been cut short, so it is split in halves, again and again,
  down to ``min_window``; a window that is still full then is paged with the ``page`` parameter that some
  servers support. If that does not help either, the result is marked ``truncated`` and the report says which
  period may be incomplete. Every HTTP call counts against ``max_pages``: a server that never stops returning
  full pages raises :class:`FeedError` instead of paging forever.
* Windows touch at their edges and servers include both ends, so a request may come back twice; requests
  are de-duplicated by ``service_request_id`` (``12`` and ``"12"`` are the same), keeping the newest
  ``updated_datetime``.
* Parsing is lenient: ids become strings, ``lat``/``long`` floats (unreadable or out-of-range ones are left
  empty and counted), date-times aware UTC (naive ones are read in the city's time zone, and the report says
  so), statuses ``open``/``closed`` with the server's wording in ``status_detail``, unknown keys kept as extra
  text columns. XML is parsed with defusedxml (no entity expansion, no external resources).
* Error answers in the spec's format (``[{"code": 403, "description": "..."}]``, ``<errors>``) become a
  :class:`FeedError` carrying the server's description, whatever the HTTP status.

Incremental sync (:func:`sync`) keeps a GeoPackage copy (:mod:`gisdesk.io.feeds.cache`) and asks only for
what changed since the newest ``updated_datetime`` it holds. The spec's ``start_date``/``end_date`` filter on
*requested_datetime*, so they find new requests but miss later changes to older ones; many servers (Chicago,
SeeClickFix, Mark-a-Spot, ...) also accept ``updated_after``/``updated_before``, which find both. ``sync``
uses ``date_filter="updated"`` (those parameters) by default, and ``date_filter="requested"`` for servers that
only know the spec's. When a server ignores the filter it asked for, the report says so. Nothing is written
until the whole answer has been read: a feed that fails leaves the local copy exactly as it was.

All functions are Qt-free and meant to run off the GUI thread: ``progress(done_windows, total_windows)`` is
called after each window, and ``cancel()`` (returning True) stops the work with :class:`Cancelled`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit
from xml.etree.ElementTree import Element, ParseError

import httpx
import numpy as np
import pandas as pd
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from gisdesk.core.errors import ReadError
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.feeds import http
from gisdesk.io.feeds.cache import read_cache, write_cache
from gisdesk.io.feeds.http import Cancelled, FeedError
from gisdesk.io.report import LayerReport
from gisdesk.layers.schema import CITY_TIMEZONE, REQUEST_DATETIME_FIELDS, REQUEST_FIELDS

__all__ = [
    "Cancelled",
    "FeedError",
    "FetchResult",
    "Service",
    "SyncResult",
    "default_cache_path",
    "fetch_requests",
    "merge_requests",
    "normalise_requests",
    "services",
    "sync",
]

MAX_WINDOW = timedelta(days=90)  # the spec's longest period per call
PAGE_LIMIT = 1000  # the spec's usual number of requests per call
MIN_WINDOW = timedelta(hours=1)  # full windows are halved down to this, then paged
MAX_PAGES = 500  # HTTP calls per fetch, at most
SYNC_HISTORY = timedelta(days=90)  # how far back the first sync reaches

DateFilter = Literal["requested", "updated"]
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_DATE_PARAMS: dict[str, tuple[str, str]] = {
    "requested": ("start_date", "end_date"),  # the spec: on requested_datetime
    "updated": ("updated_after", "updated_before"),  # widely supported extension: on updated_datetime
}
_TEXT_FIELDS = tuple(f for f in REQUEST_FIELDS if f not in REQUEST_DATETIME_FIELDS and f not in ("lat", "long"))
_ID_FIELDS = {"service_request_id", "service_code", "status", "address_id", "zipcode", "ward_code",
                    "media_url", "urgency"}
_KEY_ALIASES = {"lon": "long", "lng": "long"}


# --------------------------------------------------------------------------------------
# results
# --------------------------------------------------------------------------------------


@dataclass
class Service:
    """One entry of ``GET services``. ``extra`` keeps the keys the spec does not define."""

    service_code: str
    service_name: str | None = None
    description: str | None = None
    metadata: bool = False  # True: the service has extra attributes (GET service definition)
    type: str | None = None  # realtime | batch | blackbox
    keywords: tuple[str, ...] = ()
    group: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FetchResult:
    """Requests read from a feed: the normalised frame, what happened (``report``) and whether some may be
    missing (``truncated``: the server's per-call limit was hit even for the shortest window)."""

    frame: pd.DataFrame
    report: LayerReport
    truncated: bool = False
    calls: int = 0
    windows: int = 0

    @property
    def notes(self) -> list[str]:
        return [m.text for m in self.report.messages]

    @property
    def warnings(self) -> list[str]:
        return [m.text for m in self.report.warnings]


@dataclass
class SyncResult(FetchResult):
    """The local copy after a sync: ``frame`` is everything it now holds."""

    cache_path: Path | None = None
    since: pd.Timestamp | None = None
    until: pd.Timestamp | None = None
    fetched: int = 0  # requests read from the server in this sync
    added: int = 0  # of which new
    updated: int = 0  # of which replaced an older version in the copy


# --------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------


def services(
    endpoint: str,
    jurisdiction_id: str | None = None,
    *,
    fmt: Literal["json", "xml"] = "json",
    api_key: str | None = None,
    timeout: float = http.DEFAULT_TIMEOUT,
    retries: int = http.RETRIES,
    cancel: CancelCheck | None = None,
) -> list[Service]:
    """The services (request types) an endpoint offers, from ``services.json`` or ``services.xml``."""
    url, base = _resource(endpoint, "services", fmt)
    params = dict(base)
    if jurisdiction_id:
        params["jurisdiction_id"] = jurisdiction_id
    if api_key:
        params["api_key"] = api_key
    with _Session(timeout=timeout, retries=retries, cancel=cancel) as session:
        records = session.records(url, params, fmt, kind="services")
    out: list[Service] = []
    for rec in records:
        rec = {str(k).strip().casefold(): v for k, v in rec.items()}
        code = _id_text(rec.pop("service_code", None))
        if code is None:
            continue
        keywords = rec.pop("keywords", None)
        if isinstance(keywords, str):
            kw = tuple(k for k in (_nfc(p.strip()) for p in keywords.split(",")) if k)
        elif isinstance(keywords, list):
            kw = tuple(_nfc(str(k)).strip() for k in keywords if k is not None and str(k).strip())
        else:
            kw = ()
        out.append(Service(
            service_code=code,
            service_name=_opt_text(rec.pop("service_name", None)),
            description=_opt_text(rec.pop("description", None)),
            metadata=_truthy(rec.pop("metadata", False)),
            type=_opt_text(rec.pop("type", None)),
            keywords=kw,
            group=_opt_text(rec.pop("group", None)),
            extra=rec,
        ))
    return out


def fetch_requests(
    endpoint: str,
    start: datetime | pd.Timestamp | str,
    end: datetime | pd.Timestamp | str,
    *,
    service_code: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    fmt: Literal["json", "xml"] = "json",
    jurisdiction_id: str | None = None,
    api_key: str | None = None,
    date_filter: DateFilter = "requested",
    page_limit: int = PAGE_LIMIT,
    max_window: timedelta = MAX_WINDOW,
    min_window: timedelta = MIN_WINDOW,
    max_pages: int = MAX_PAGES,
    use_page_param: bool = True,
    extra_params: Mapping[str, str] | None = None,
    tz: str = CITY_TIMEZONE,
    timeout: float = http.DEFAULT_TIMEOUT,
    retries: int = http.RETRIES,
    cancel: CancelCheck | None = None,
    progress: Progress | None = None,
) -> FetchResult:
    """Every service request of ``[start, end)`` (by ``requested_datetime``, or by ``updated_datetime`` with
    ``date_filter="updated"``), read window by window, de-duplicated and normalised to ``REQUEST_FIELDS``.

    Naive ``start``/``end`` are in ``tz``. Raises :class:`FeedError` (with the server's own description where it
    gave one) or :class:`Cancelled`.
    """
    if date_filter not in _DATE_PARAMS:
        raise ValueError(f"date_filter must be 'requested' or 'updated', not {date_filter!r}")  # programming error
    if page_limit < 1 or max_pages < 1:
        raise ValueError("page_limit and max_pages must be at least 1")  # programming error
    report = LayerReport(name="service requests", source=_display_endpoint(endpoint), driver="Open311 GeoReport v2")
    t0 = _instant(start, tz, "start")
    t1 = _instant(end, tz, "end")
    if t1 <= t0:
        raise ValueError(trf("the end ({end}) must be after the start ({start})", end=str(t1), start=str(t0)))
    url, base = _resource(endpoint, "requests", fmt)
    params = dict(base)
    if extra_params:
        params.update({str(k): str(v) for k, v in extra_params.items()})
    if jurisdiction_id:
        params["jurisdiction_id"] = jurisdiction_id
    if api_key:
        params["api_key"] = api_key
    if service_code:
        params["service_code"] = _comma(service_code)
    if status:
        params["status"] = _comma(status)
    with _Session(timeout=timeout, retries=retries, cancel=cancel) as session:
        pager = _Pager(session, url, params, fmt, _DATE_PARAMS[date_filter], tz, page_limit, max_pages,
                       min_window, use_page_param, progress, report)
        records = pager.run(_windows(t0, t1, max_window))
    frame = normalise_requests(records, tz=tz, report=report)
    _check_filter(frame, date_filter, t0, t1, report)
    report.features_read = len(records)
    report.features_kept = len(frame)
    values = {"n": len(frame), "source": report.source, "calls": pager.calls, "start": _when(t0, tz),
              "end": _when(t1, tz)}
    report.info("read", trf("Read {n:,} service requests from {source} in {calls:,} call covering {start} to {end}.",
                            **values) if pager.calls == 1 else
                trf("Read {n:,} service requests from {source} in {calls:,} calls covering {start} to {end}.",
                    **values), count=len(frame))
    return FetchResult(frame, report, truncated=pager.truncated, calls=pager.calls, windows=pager.total)


def sync(
    endpoint: str,
    cache_path: str | os.PathLike[str] | None = None,
    *,
    since: datetime | pd.Timestamp | str | None = None,
    until: datetime | pd.Timestamp | str | None = None,
    history: timedelta = SYNC_HISTORY,
    date_filter: DateFilter = "updated",
    rebuild: bool = False,
    fmt: Literal["json", "xml"] = "json",
    jurisdiction_id: str | None = None,
    api_key: str | None = None,
    service_code: str | Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    cancel: CancelCheck | None = None,
    progress: Progress | None = None,
    **fetch_options: Any,
) -> SyncResult:
    """Bring the local copy of a feed up to date and return all it holds.

    Asks for the requests changed since ``since`` (default: the newest ``updated_datetime`` in the copy; for a
    first sync, ``history`` before ``until``, which defaults to now), merges them into the copy (a request's
    newer ``updated_datetime`` wins) and writes the copy atomically. ``date_filter`` chooses the server
    parameters: ``"updated"`` (``updated_after``/``updated_before``, finds changes to old requests; not in the
    spec but widely supported) or ``"requested"`` (the spec's ``start_date``/``end_date``, which only finds
    requests *made* since). ``fetch_options`` go to :func:`fetch_requests` (``page_limit``, ``max_pages``,
    ``timeout``, ``cancel``, ``progress``...).

    If the feed fails, :class:`FeedError` says what happened and that the local copy was kept unchanged; a
    damaged copy raises :class:`ReadError` (``rebuild=True`` replaces it by a fresh download).
    """
    tz = fetch_options.get("tz", CITY_TIMEZONE)
    path = Path(cache_path) if cache_path is not None else default_cache_path(endpoint, jurisdiction_id, cache_dir)
    report = LayerReport(name="service requests", source=_display_endpoint(endpoint), driver="Open311 GeoReport v2")
    cached: pd.DataFrame | None = None
    meta: dict[str, Any] = {}
    if path.exists() and not rebuild:
        cached, meta = read_cache(path)
        theirs = meta.get("endpoint")
        if theirs and theirs != _display_endpoint(endpoint):
            raise ReadError(path, trf("this local copy holds requests from {theirs}, not from {endpoint}; choose "
                                      "another cache file.", theirs=theirs, endpoint=_display_endpoint(endpoint)))
        if (meta.get("jurisdiction_id") or None) != (jurisdiction_id or None):
            raise ReadError(path, trf("this local copy holds jurisdiction {theirs!r}, not {mine!r}; choose another "
                                      "cache file.", theirs=meta.get("jurisdiction_id"), mine=jurisdiction_id))
    t1 = _instant(until, tz, "until") if until is not None else pd.Timestamp.now(tz="UTC").floor("s")
    if since is not None:
        t0 = _instant(since, tz, "since")
    else:
        t0 = _newest(cached, meta)
        if t0 is None:
            t0 = t1 - history
    kept = _kept_sentence(cached, meta, path)
    if cached is not None:
        for key, value in (("service_code", service_code), ("status", status)):
            mine = _comma(value) if value else None
            if (meta.get(key) or None) != mine:
                report.warn("read", trf(
                    "The local copy was made with {key} {old}, this sync asks for {new}: requests changed before "
                    "{when} that the earlier syncs did not ask for are missing. Sync with rebuild=True for a "
                    "complete copy.", key=key, old=meta.get(key) or tr("unfiltered"), new=mine or tr("all values"),
                    when=_when(t0, tz)))
    if t0 >= t1:
        fetched = FetchResult(normalise_requests([], tz=tz), report)
        report.info("read", tr("The local copy is already up to date; nothing was asked of the server."))
    else:
        try:
            fetched = fetch_requests(endpoint, t0, t1, fmt=fmt, jurisdiction_id=jurisdiction_id, api_key=api_key,
                                     service_code=service_code, status=status, date_filter=date_filter,
                                     cancel=cancel, progress=progress, **fetch_options)
        except FeedError as exc:
            raise FeedError(exc.url, trf("{problem}. {kept}", problem=exc.problem.rstrip("."), kept=kept)) from exc
        report.messages.extend(fetched.report.messages)
    merged, added, updated = merge_requests(cached, fetched.frame)
    newest = merged["updated_datetime"].max() if len(merged) else pd.NaT
    truncated_windows = list(meta.get("truncated_windows") or [])
    if fetched.truncated:
        truncated_windows.append([_iso(t0, "UTC"), _iso(t1, "UTC")])
    new_meta = {
        "endpoint": _display_endpoint(endpoint),
        "jurisdiction_id": jurisdiction_id,
        "last_sync": pd.Timestamp.now(tz="UTC").floor("s"),
        "synced_until": t1,
        "newest_updated": None if pd.isna(newest) else newest,
        "date_filter": date_filter,
        "service_code": _comma(service_code) if service_code else None,
        "status": _comma(status) if status else None,
        "requests": len(merged),
        "truncated_windows": truncated_windows,
    }
    write_cache(merged, path, meta=new_meta)
    report.info("read", trf("The local copy now holds {n:,} requests: {added:,} new and {updated:,} updated in this "
                            "sync.", n=len(merged), added=added, updated=updated), count=len(merged))
    report.features_read = len(fetched.frame)
    report.features_kept = len(merged)
    return SyncResult(merged, report, truncated=fetched.truncated, calls=fetched.calls, windows=fetched.windows,
                      cache_path=path, since=t0, until=t1, fetched=len(fetched.frame), added=added,
                      updated=updated)


def default_cache_path(endpoint: str, jurisdiction_id: str | None = None,
                       cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where a feed's local copy lives: ``<user cache>/gisdesk/open311/<host>-<hash>.gpkg``."""
    if cache_dir is None:
        import platformdirs

        cache_dir = platformdirs.user_cache_dir("gisdesk")
    key = f"{_display_endpoint(endpoint)}|{jurisdiction_id or ''}"
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", urlsplit(endpoint.strip()).hostname or "feed")[:60]
    return Path(cache_dir) / "open311" / f"{host}-{hashlib.sha256(key.encode()).hexdigest()[:12]}.gpkg"


def merge_requests(old: pd.DataFrame | None, new: pd.DataFrame) -> tuple[pd.DataFrame, int, int]:
    """``old`` and ``new`` as one frame, one row per ``service_request_id`` (the newest ``updated_datetime``
    wins; on a tie or when neither has one, ``new`` wins). Returns ``(frame, added, updated)``."""
    if old is None or len(old) == 0:
        frame = new.reset_index(drop=True)
        return frame, len(frame), 0
    if len(new) == 0:
        return old.reset_index(drop=True), 0, 0
    old, new = _conform(old), _conform(new)
    new = _dedup(new)
    added = int((~new["service_request_id"].isin(old["service_request_id"])).sum())
    pairs = new[["service_request_id", "updated_datetime"]].merge(
        _dedup(old)[["service_request_id", "updated_datetime"]], on="service_request_id", suffixes=("", "_old"))
    newer = pairs["updated_datetime"] > pairs["updated_datetime_old"]
    newer |= pairs["updated_datetime"].notna() & pairs["updated_datetime_old"].isna()
    both = pd.concat([old.assign(_new=0), new.assign(_new=1)], ignore_index=True)
    frame = _dedup(both, tiebreak="_new").drop(columns="_new").reset_index(drop=True)
    return _order(frame), added, int(newer.sum())


# --------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------


def normalise_requests(records: Sequence[Mapping[str, Any]], *, tz: str = CITY_TIMEZONE,
                       report: LayerReport | None = None) -> pd.DataFrame:
    """Open311-shaped records (dicts from JSON or XML) as a frame with ``REQUEST_FIELDS`` (missing ones empty),
    then the unknown keys as text columns. Rows without ``service_request_id`` are dropped; duplicates keep
    the newest ``updated_datetime``. What was repaired, guessed or dropped goes to ``report``."""
    report = report if report is not None else LayerReport(name="service requests")
    key_map: dict[str, str] = {}
    canon = {f.casefold(): f for f in REQUEST_FIELDS}
    rows: list[dict[str, Any]] = []
    not_records = 0
    for rec in records:
        if not isinstance(rec, Mapping):
            not_records += 1
            continue
        row: dict[str, Any] = {}
        for key, value in rec.items():
            name = key_map.get(key)
            if name is None:
                k = _nfc(str(key)).strip()
                name = canon.get(k.casefold(), k)
                key_map[key] = name
            if name in row and _empty(value):
                continue  # "Status" and "status": the first non-empty wins
            row[name] = value
        for alias, target in _KEY_ALIASES.items():
            if alias in row and target not in row:
                row[target] = row.pop(alias)
        rows.append(row)
    if not_records:
        report.warn("dropped", trf("{n:,} item of the answer was not a service request (not a key/value object); "
                                   "left out.", n=not_records) if not_records == 1 else
                    trf("{n:,} items of the answer were not service requests (not key/value objects); left out.",
                        n=not_records), count=not_records)
    raw = pd.DataFrame.from_records(rows) if rows else pd.DataFrame()
    n = len(raw)
    out: dict[str, pd.Series] = {}
    for name in _TEXT_FIELDS:
        out[name] = _text_column(raw.get(name), n, ids=name in _ID_FIELDS)
    out["lat"], out["long"] = _coordinates(raw.get("lat"), raw.get("long"), n, report)
    naive_total = 0
    for name in REQUEST_DATETIME_FIELDS:
        out[name], naive = _datetime_column(raw.get(name), n, name, tz, report)
        naive_total += naive
    if naive_total:
        values = {"n": naive_total, "tz": tz, "offset": _offset_label(tz)}
        report.warn("columns", trf("{n:,} date-time had no time zone; read as {tz} time ({offset}).", **values)
                    if naive_total == 1 else
                    trf("{n:,} date-times had no time zone; read as {tz} time ({offset}).", **values),
                    count=naive_total)
    status, detail = _statuses(out["status"], report)
    out["status"] = status
    out["status_detail"] = out["status_detail"].fillna(detail) if n else out["status_detail"]
    closed = (out["status"] == "closed").fillna(False).to_numpy(dtype=bool)
    derive = closed & out["closed_datetime"].isna().to_numpy() & out["updated_datetime"].notna().to_numpy()
    if derive.any():
        out["closed_datetime"] = out["closed_datetime"].mask(derive, out["updated_datetime"])
        k = int(derive.sum())
        report.info("columns", trf("{n:,} closed request gave no closing time; updated_datetime was taken as "
                                   "closed_datetime.", n=k) if k == 1 else
                    trf("{n:,} closed requests gave no closing time; updated_datetime was taken as "
                        "closed_datetime.", n=k), count=k)
    extras = [c for c in raw.columns if c not in out]
    for name in extras:
        out[name] = _text_column(raw[name], n, ids=False)
    if extras:
        shown = ", ".join(extras[:12]) + (", ..." if len(extras) > 12 else "")
        report.info("columns", trf("{n:,} field that Open311 does not define kept as an extra column: {shown}.",
                                   n=1, shown=shown) if len(extras) == 1 else
                    trf("{n:,} fields that Open311 does not define kept as extra columns: {shown}.",
                        n=len(extras), shown=shown), count=len(extras))
    frame = pd.DataFrame(out, index=pd.RangeIndex(n))
    no_id = frame["service_request_id"].isna().to_numpy()
    if no_id.any():
        frame = frame[~no_id].reset_index(drop=True)
        k = int(no_id.sum())
        report.warn("dropped", trf("{n:,} request without a service_request_id (servers send these while they are "
                                   "still being registered) left out.", n=k) if k == 1 else
                    trf("{n:,} requests without a service_request_id (servers send these while they are still "
                        "being registered) left out.", n=k), count=k)
    before = len(frame)
    frame = _dedup(frame)
    if len(frame) < before:
        k = before - len(frame)
        report.info("read", trf("{n:,} request came back more than once (date windows touch at their edges, or the "
                                "server repeats them); the newest version was kept.", n=k) if k == 1 else
                    trf("{n:,} requests came back more than once (date windows touch at their edges, or the server "
                        "repeats them); the newest version of each was kept.", n=k), count=k)
    return _order(frame)


def _dedup(frame: pd.DataFrame, tiebreak: str | None = None) -> pd.DataFrame:
    """One row per service_request_id: the newest updated_datetime (NaT counts as oldest); on a tie the later
    row (or the higher ``tiebreak``) wins. Row order otherwise kept."""
    if len(frame) == 0:
        return frame
    # datetime64 viewed as int64: NaT is the smallest value, so it sorts as the oldest
    key = frame["updated_datetime"].dt.tz_convert(None).to_numpy(dtype="datetime64[ms]").view("int64")
    order = pd.DataFrame({"k": key, "t": frame[tiebreak].to_numpy() if tiebreak else 0,
                          "pos": np.arange(len(frame))})
    order = order.sort_values(["k", "t", "pos"], kind="stable")
    ids = frame["service_request_id"].to_numpy()[order["pos"].to_numpy()]
    keep_pos = order["pos"].to_numpy()[~pd.Series(ids).duplicated(keep="last").to_numpy()]
    return frame.iloc[np.sort(keep_pos)].reset_index(drop=True)


def _conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Add the REQUEST_FIELDS a frame lacks (a cache from an older version), empty and of the right type."""
    missing = [f for f in REQUEST_FIELDS if f not in frame.columns]
    if not missing:
        return frame
    empty = normalise_requests([])
    frame = frame.copy()
    for f in missing:
        frame[f] = empty[f].reindex(range(len(frame))).set_axis(frame.index)
    return frame


def _order(frame: pd.DataFrame) -> pd.DataFrame:
    cols = list(REQUEST_FIELDS) + [c for c in frame.columns if c not in REQUEST_FIELDS]
    return frame[cols]


def _empty(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _id_text(v: Any) -> str | None:
    """An id or code as text: 12, 12.0, "12" and " 12 " are all "12"."""
    if v is None or isinstance(v, bool):
        return None if v is None else str(v).lower()
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        if not math.isfinite(v):
            return None
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    if isinstance(v, str):
        v = _nfc(v).strip()
        return v or None
    return _any_text(v)


def _any_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = _nfc(v)
        return v if v.strip() else None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list, tuple)):
        return _nfc(json.dumps(v, ensure_ascii=False, default=str))
    if isinstance(v, (int, float, np.integer, np.floating)):
        return _id_text(v)
    return _nfc(str(v))


def _opt_text(v: Any) -> str | None:
    t = _any_text(v)
    return t.strip() if t is not None else None


def _truthy(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().casefold() in ("true", "1", "yes", "y", "t")
    return bool(v) and not (isinstance(v, float) and math.isnan(v))


def _text_column(s: pd.Series | None, n: int, *, ids: bool) -> pd.Series:
    """Text (NFC; ids and codes stripped, integral numbers without ".0"); empty values are NA."""
    if s is None or n == 0:
        return pd.Series([None] * n, dtype="str", index=pd.RangeIndex(n))
    conv = _id_text if ids else _any_text
    return pd.Series([conv(v) for v in s.tolist()], dtype="str", index=pd.RangeIndex(n))


def _number(v: Any) -> float:
    if v is None or isinstance(v, bool):
        return math.nan
    if isinstance(v, (int, float, np.integer, np.floating)):
        return float(v)
    text = str(v).strip().replace("\u2212", "-")
    if not text:
        return math.nan
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a decimal comma
    try:
        return float(text)
    except ValueError:
        return -math.inf  # marker: present but not a number


def _coordinates(lat: pd.Series | None, lon: pd.Series | None, n: int,
                 report: LayerReport) -> tuple[pd.Series, pd.Series]:
    ys = np.array([_number(v) for v in lat.tolist()], dtype="float64") if lat is not None else np.full(n, np.nan)
    xs = np.array([_number(v) for v in lon.tolist()], dtype="float64") if lon is not None else np.full(n, np.nan)
    not_number = np.isneginf(ys) | np.isneginf(xs)  # _number's marker for text that is not a number
    with np.errstate(invalid="ignore"):
        out_of_range = (np.abs(ys) > 90) | (np.abs(xs) > 180)  # NaN compares False
    bad = not_number | out_of_range
    if bad.any():
        examples = []
        for i in np.flatnonzero(bad)[:3]:
            examples.append(f"{_raw(lat, i)!r}, {_raw(lon, i)!r}")
        k = int(bad.sum())
        report.warn("columns", trf("{n:,} request with a lat/long that is not a number or is out of range (for "
                                   "example {examples}) kept without a location.", n=k, examples="; ".join(examples))
                    if k == 1 else
                    trf("{n:,} requests with a lat/long that is not a number or is out of range (for example "
                        "{examples}) kept without a location.", n=k, examples="; ".join(examples)), count=k)
    zero = (ys == 0) & (xs == 0)
    if zero.any():
        k = int(zero.sum())
        report.warn("columns", trf("{n:,} request placed at 0°, 0° (a missing location written as zeros) kept "
                                   "without a location.", n=k) if k == 1 else
                    trf("{n:,} requests placed at 0°, 0° (a missing location written as zeros) kept without a "
                        "location.", n=k), count=k)
    half = (np.isfinite(ys) ^ np.isfinite(xs)) & ~bad
    if half.any():
        k = int(half.sum())
        report.warn("columns", trf("{n:,} request with only one of lat and long kept without a location.", n=k)
                    if k == 1 else
                    trf("{n:,} requests with only one of lat and long kept without a location.", n=k), count=k)
    drop = bad | zero | half | ~np.isfinite(ys) | ~np.isfinite(xs)
    ys[drop] = np.nan
    xs[drop] = np.nan
    idx = pd.RangeIndex(n)
    return pd.Series(ys, index=idx, dtype="float64"), pd.Series(xs, index=idx, dtype="float64")


def _raw(s: pd.Series | None, i: int) -> Any:
    if s is None:
        return None
    v = s.iloc[i]
    return v[:40] if isinstance(v, str) else v


# an ISO 8601 time followed by a zone: "...T10:00:00Z", "... 10:00+07:00", "...T10:00:00.5-0500"
_AWARE = re.compile(r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$")


def _datetime_column(s: pd.Series | None, n: int, name: str, tz: str,
                     report: LayerReport) -> tuple[pd.Series, int]:
    idx = pd.RangeIndex(n)
    result = pd.Series(pd.NaT, index=idx, dtype="datetime64[ms, UTC]")
    if s is None or n == 0:
        return result, 0
    texts = pd.Series([None if _empty(v) else (v.isoformat() if isinstance(v, datetime) else str(v).strip())
                       for v in s.tolist()], index=idx, dtype="object")
    present = texts.notna().to_numpy()
    aware = np.array([bool(t is not None and _AWARE.search(t)) for t in texts.tolist()], dtype=bool)
    naive = present & ~aware
    parts = []
    if aware.any():
        parsed = pd.to_datetime(texts[aware], utc=True, format="ISO8601", errors="coerce")
        parts.append(parsed.dt.as_unit("ms"))
    if naive.any():
        local = pd.to_datetime(texts[naive], format="ISO8601", errors="coerce")
        local = local.dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward").dt.tz_convert("UTC")
        parts.append(local.dt.as_unit("ms"))
    if parts:
        result = pd.concat(parts).reindex(idx).astype("datetime64[ms, UTC]")
    bad = present & result.isna().to_numpy()
    if bad.any():
        examples = ", ".join(repr(str(t)[:40]) for t in texts[bad].head(3))
        k = int(bad.sum())
        report.warn("columns", trf("{n:,} value of {name} could not be read as an ISO 8601 date-time (for example "
                                   "{examples}); left empty.", n=k, name=name, examples=examples) if k == 1 else
                    trf("{n:,} values of {name} could not be read as ISO 8601 date-times (for example {examples}); "
                        "left empty.", n=k, name=name, examples=examples), count=k)
    return result, int((naive & ~bad).sum())


def _offset_label(tz: str) -> str:
    off = pd.Timestamp.now(tz=tz).utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _status_key(text: str) -> str:
    return " ".join(_nfc(text).casefold().replace("_", " ").replace("-", " ").split())


_CLOSED_WORDS = {
    "closed", "close", "resolved", "completed", "complete", "done", "fixed", "finished", "cancelled",
    "canceled", "rejected", "duplicate", "archived", "not actionable", "no further action",
    "đã xử lý", "đã xử lý xong", "xử lý xong", "hoàn thành", "đã hoàn thành", "đã đóng", "đóng",
    "đã giải quyết", "từ chối", "đã từ chối", "đã hủy", "đã huỷ", "hủy", "huỷ",
}
_OPEN_WORDS = {
    "open", "opened", "new", "submitted", "received", "pending", "in progress", "inprogress", "assigned",
    "acknowledged", "accepted", "under review", "email sent", "started", "reopened", "re opened",
    "investigating", "scheduled", "on hold", "waiting", "mới", "đang xử lý", "chờ xử lý", "chưa xử lý",
    "tiếp nhận", "đã tiếp nhận", "đang giải quyết", "đang thực hiện", "chờ duyệt", "đã chuyển xử lý",
}
_STATUS_MAP = {**{_status_key(w): "open" for w in _OPEN_WORDS}, **{_status_key(w): "closed" for w in _CLOSED_WORDS}}


def _statuses(raw: pd.Series, report: LayerReport) -> tuple[pd.Series, pd.Series]:
    """(open/closed/NA, the source's wording)."""
    keys = [None if v is None or (isinstance(v, float) and math.isnan(v)) else _status_key(v)
            for v in raw.tolist()]
    status = pd.Series([_STATUS_MAP.get(k) if k is not None else None for k in keys], index=raw.index, dtype="str")
    unknown = raw[status.isna() & raw.notna()]
    if len(unknown):
        counts = unknown.value_counts()
        shown = ", ".join(f"{str(k)[:30]!r} {v}" for k, v in counts.head(5).items())
        k = len(unknown)
        report.warn("columns", trf("{n:,} request with a status that is neither open nor closed ({shown}): status "
                                   "left empty, the wording kept in status_detail.", n=k, shown=shown) if k == 1 else
                    trf("{n:,} requests with a status that is neither open nor closed ({shown}): status left empty, "
                        "the wording kept in status_detail.", n=k, shown=shown), count=k)
    translated = raw.notna() & status.notna() & (raw.str.casefold() != status)
    if translated.any():
        k = int(translated.sum())
        example = raw[translated].iloc[0]
        report.info("columns", trf("{n:,} status in the server's own words ({example!r}) was read as open or closed; "
                                   "the wording is kept in status_detail.", n=k, example=example) if k == 1 else
                    trf("{n:,} statuses in the server's own words (such as {example!r}) were read as open or "
                        "closed; the wording is kept in status_detail.", n=k, example=example), count=k)
    return status, raw.copy()


# --------------------------------------------------------------------------------------
# windows and paging
# --------------------------------------------------------------------------------------


def _windows(t0: pd.Timestamp, t1: pd.Timestamp, step: timedelta) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    if step <= timedelta(0):
        raise ValueError("max_window must be positive")  # programming error
    out = []
    a = t0
    while a < t1:
        b = min(a + pd.Timedelta(step), t1)
        out.append((a, b))
        a = b
    return out


class _Pager:
    """Reads windows, halving full ones and paging the shortest, counting every call."""

    def __init__(self, session: _Session, url: str, params: dict[str, str], fmt: str, names: tuple[str, str],
                 tz: str, page_limit: int, max_pages: int, min_window: timedelta, use_page_param: bool,
                 progress: Progress | None, report: LayerReport) -> None:
        self.session, self.url, self.params, self.fmt, self.names, self.tz = session, url, params, fmt, names, tz
        self.page_limit, self.max_pages, self.min_window = page_limit, max_pages, pd.Timedelta(min_window)
        self.use_page_param, self.progress, self.report = use_page_param, progress, report
        self.calls = 0
        self.total = 0
        self.truncated = False
        self.records: list[dict[str, Any]] = []

    def run(self, windows: list[tuple[pd.Timestamp, pd.Timestamp]]) -> list[dict[str, Any]]:
        stack = list(reversed(windows))  # oldest first
        self.total = len(windows)
        done = 0
        if self.progress:
            self.progress(0, self.total)
        while stack:
            a, b = stack.pop()
            got = self._call(a, b)
            if len(got) >= self.page_limit:
                self._check_dates(a, b, got)
                if (b - a) / 2 >= self.min_window:
                    mid = a + ((b - a) / 2).floor("s")
                    stack.append((mid, b))
                    stack.append((a, mid))
                    self.total += 1
                    if self.progress:
                        self.progress(done, self.total)
                    continue
                got = self._pages(a, b, got)
            self.records.extend(got)
            done += 1
            if self.progress:
                self.progress(done, self.total)
        return self.records

    def _pages(self, a: pd.Timestamp, b: pd.Timestamp, first: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = list(first)
        if not self.use_page_param:
            self._truncated(a, b, None)
            return out
        seen = {_record_id(r) for r in first}
        page = 2
        while True:
            got = self._call(a, b, page=page)
            if not got:
                return out
            fresh = {_record_id(r) for r in got} - seen
            if not fresh:
                self._truncated(a, b, page)
                return out
            out.extend(got)
            seen |= fresh
            if len(got) < self.page_limit:
                return out
            page += 1

    def _check_dates(self, a: pd.Timestamp, b: pd.Timestamp, got: list[dict[str, Any]]) -> None:
        """A full answer most of whose requests lie outside the window: the server ignores the date parameters,
        and halving the window would only fetch the same page again and again."""
        name = "updated_datetime" if self.names[0] == "updated_after" else "requested_datetime"
        values = pd.Series([_field(r, name) for r in got], dtype="object")
        values = values.where(values.map(lambda v: isinstance(v, str)), None)
        ts = pd.to_datetime(values, utc=True, format="ISO8601", errors="coerce")  # naive as UTC: the slack covers it
        slack = pd.Timedelta(hours=14)
        outside = int(((ts < a - slack) | (ts > b + slack)).sum())
        if outside > ts.notna().sum() / 2:
            values = {"first": self.names[0], "second": self.names[1], "start": _when(a, self.tz),
                      "end": _when(b, self.tz), "n": len(got), "outside": outside}
            raise FeedError(self.session.display(self.url, self.params), trf(
                "the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} "
                "requests, {outside:,} of them from outside that period, so the period cannot be read completely. "
                "Sync with date_filter='requested' (the spec's start_date/end_date) instead.", **values)
                if self.names[0] == "updated_after" else trf(
                "the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} "
                "requests, {outside:,} of them from outside that period, so the period cannot be read completely.",
                **values))

    def _truncated(self, a: pd.Timestamp, b: pd.Timestamp, page: int | None) -> None:
        """Warn that ``[a, b)`` may be incomplete: paging was turned off (``page`` None) or the server repeated
        itself at ``page``."""
        self.truncated = True
        values = {"start": _when(a, self.tz), "end": _when(b, self.tz), "limit": self.page_limit,
                  "duration": _duration(b - a), "page": page}
        if page is None:
            text = trf("From {start} to {end} the server returned its limit of {limit:,} requests even for a window "
                       "of {duration}, and paging with 'page' was turned off: some requests of that period may be "
                       "missing.", **values)
        else:
            text = trf("From {start} to {end} the server returned its limit of {limit:,} requests even for a window "
                       "of {duration}, and the server does not support the 'page' parameter (page {page} repeated "
                       "what it had already sent): some requests of that period may be missing.", **values)
        self.report.warn("dropped", text)

    def _call(self, a: pd.Timestamp, b: pd.Timestamp, page: int | None = None) -> list[dict[str, Any]]:
        if self.calls >= self.max_pages:
            raise FeedError(self.session.display(self.url, self.params), trf(
                "stopped after {calls:,} calls to the server ({n:,} requests read so far) without covering the whole "
                "period: it keeps returning its limit of {limit:,} requests per call. Ask for a shorter period or "
                "fewer services, or allow more calls (max_pages)", calls=self.max_pages, n=len(self.records),
                limit=self.page_limit))
        params = dict(self.params)
        params[self.names[0]] = _iso(a, self.tz)
        params[self.names[1]] = _iso(b, self.tz)
        if page is not None:
            params["page"] = str(page)
        self.calls += 1
        return self.session.records(self.url, params, self.fmt, kind="requests")


def _field(rec: Any, name: str) -> Any:
    """A record's value for ``name`` (keys compared case-insensitively)."""
    if not isinstance(rec, Mapping):
        return None
    if name in rec:
        return rec[name]
    for k, v in rec.items():
        if str(k).strip().casefold() == name:
            return v
    return None


def _record_id(rec: Any) -> str | None:
    return _id_text(_field(rec, "service_request_id"))


def _check_filter(frame: pd.DataFrame, date_filter: str, t0: pd.Timestamp, t1: pd.Timestamp,
                  report: LayerReport) -> None:
    """Say so when the server seems to ignore the date filter it was given."""
    col = "updated_datetime" if date_filter == "updated" else "requested_datetime"
    names = _DATE_PARAMS[date_filter]
    slack = pd.Timedelta(seconds=1)
    t = frame[col]
    outside = int(((t < t0 - slack) | (t > t1 + slack)).sum())
    if outside:
        values = {"n": outside, "column": col, "first": names[0], "second": names[1]}
        if date_filter == "updated":
            text = (trf("The server returned {n:,} request whose {column} lies outside the period asked for: it may "
                        "ignore {first}/{second} (try date_filter='requested'). It was kept.", **values)
                    if outside == 1 else
                    trf("The server returned {n:,} requests whose {column} lies outside the period asked for: it may "
                        "ignore {first}/{second} (try date_filter='requested'). They were kept.", **values))
        else:
            text = (trf("The server returned {n:,} request whose {column} lies outside the period asked for: it may "
                        "ignore {first}/{second}. It was kept.", **values)
                    if outside == 1 else
                    trf("The server returned {n:,} requests whose {column} lies outside the period asked for: it may "
                        "ignore {first}/{second}. They were kept.", **values))
        report.warn("read", text, count=outside)


# --------------------------------------------------------------------------------------
# HTTP and parsing
# --------------------------------------------------------------------------------------


class _Session:
    """One HTTP client for a series of calls. Keeps the body of small 4xx/5xx answers so that the server's
    own error description (spec format) can be shown instead of the bare status."""

    _ERROR_BODY_MAX = 64 * 1024

    def __init__(self, *, timeout: float, retries: int, cancel: CancelCheck | None) -> None:
        self.timeout, self.retries, self.cancel = timeout, retries, cancel
        self.error_body: bytes | None = None
        self.error_status: int | None = None
        self.client = httpx.Client(follow_redirects=True, headers={"User-Agent": http.USER_AGENT},
                                   event_hooks={"response": [self._keep_error_body]})

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def _keep_error_body(self, response: httpx.Response) -> None:
        self.error_body = None
        self.error_status = None
        if response.status_code >= 400:
            self.error_status = response.status_code
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) <= self._ERROR_BODY_MAX:
                response.read()
                self.error_body = response.content

    @staticmethod
    def display(url: str, params: Mapping[str, str]) -> str:
        """The URL as shown to the user: the api_key hidden."""
        shown = {k: ("***" if k.casefold() == "api_key" else v) for k, v in params.items()}
        return unquote(str(httpx.URL(url, params=shown))) if shown else url  # readable: "+07:00", not "%2B07%3A00"

    def get(self, url: str, params: Mapping[str, str]) -> httpx.Response:
        shown = self.display(url, params)
        self.error_body = self.error_status = None
        try:
            return http.get(url, params, client=self.client, timeout=self.timeout, retries=self.retries,
                            cancel=self.cancel)
        except FeedError as exc:
            described = _spec_error(self.error_body) if self.error_body else None
            if described:
                status = str(self.error_status)
                raise FeedError(shown, trf("the server refused the request (HTTP {status}): {described}",
                                           status=status, described=described)
                                if (self.error_status or 0) < 500 else
                                trf("the server reported an error (HTTP {status}): {described}", status=status,
                                    described=described)) from exc
            raise FeedError(shown, _hide_key(exc.problem, params)) from exc

    def records(self, url: str, params: Mapping[str, str], fmt: str, kind: str) -> list[dict[str, Any]]:
        resp = self.get(url, params)
        shown = self.display(url, params)
        if fmt == "xml":
            return _xml_records(resp, shown, kind)
        return _json_records(resp, shown, kind)


def _hide_key(text: str, params: Mapping[str, str]) -> str:
    for k, v in params.items():
        if k.casefold() == "api_key" and v:
            text = text.replace(v, "***")
    return text


def _describe_body(resp: httpx.Response) -> str:
    ctype = resp.headers.get("content-type", "").split(";")[0].strip() or tr("no content type")
    text = " ".join(resp.content[:400].decode("utf-8", errors="replace").split())
    if not text:
        return trf("{ctype}, empty", ctype=ctype)
    return trf("{ctype}, starting {text!r}", ctype=ctype, text=text[:80] + ("…" if len(text) > 80 else ""))


_WRAPPERS = {
    "requests": ("service_requests", "requests", "service_request", "request"),
    "services": ("services", "service"),
}
_ROOTS = {"requests": ("service_requests", "requests"), "services": ("services",)}
_ITEMS = {"requests": ("request", "service_request"), "services": ("service",)}


def _json_records(resp: httpx.Response, shown: str, kind: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(resp.content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(shown, trf("the server sent something that is not valid JSON ({what})",
                                   what=_describe_body(resp))) from exc
    described = _json_errors(data)
    if described:
        raise FeedError(shown, trf("the server refused the request: {described}", described=described))
    if isinstance(data, dict):
        for key in _WRAPPERS[kind]:
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            if ("service_request_id" if kind == "requests" else "service_code") in data:
                data = [data]  # a single record
    if not isinstance(data, list):
        if isinstance(data, dict):
            problem = trf(_NOT_A_LIST[kind, "object"], keys=", ".join(map(repr, list(data)[:5])))
        else:
            problem = trf(_NOT_A_LIST[kind, "other"], type=type(data).__name__)
        raise FeedError(shown, problem)
    records = [r for r in data if isinstance(r, dict)]
    if data and not records:
        raise FeedError(shown, tr(_NOT_A_LIST[kind, "items"]))
    return data  # odd items are counted and left out by normalise_requests


_NOT_A_LIST = {
    ("requests", "object"): N_("the server's answer is not a list of service requests (it is a JSON object with keys "
                               "{keys})."),
    ("services", "object"): N_("the server's answer is not a list of services (it is a JSON object with keys {keys})."),
    ("requests", "other"): N_("the server's answer is not a list of service requests (it is a JSON {type})."),
    ("services", "other"): N_("the server's answer is not a list of services (it is a JSON {type})."),
    ("requests", "items"): N_("the server's answer is not a list of service requests (its items are not key/value "
                              "objects)."),
    ("services", "items"): N_("the server's answer is not a list of services (its items are not key/value objects)."),
    ("requests", "xml"): N_("the server's XML is not a list of service requests (its root element is <{root}>, not "
                            "<{expected}>)."),
    ("services", "xml"): N_("the server's XML is not a list of services (its root element is <{root}>, not "
                            "<{expected}>)."),
}


def _json_errors(data: Any) -> str | None:
    """The description of an error answer in the spec's JSON format, else None."""
    items = data.get("errors", data.get("error")) if isinstance(data, dict) else data
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        return None
    if not all(isinstance(i, dict) and "description" in i and "service_request_id" not in i
               and "service_code" not in i for i in items):
        return None
    return _join_errors((i.get("code"), i.get("description")) for i in items)


def _join_errors(pairs: Iterable[tuple[Any, Any]]) -> str:
    parts = []
    for code, desc in pairs:
        text = _nfc(str(desc)).strip() if desc is not None else tr("no description")
        code_text = _id_text(code)
        parts.append(trf("{text} (code {code})", text=text, code=code_text) if code_text else text)
    return "; ".join(parts)


def _parse_xml(content: bytes) -> Element:
    return SafeET.fromstring(content)


def _xml_errors(root: Element) -> str | None:
    if _local(root.tag) not in ("errors", "error"):
        return None
    items = [root] if _local(root.tag) == "error" else [e for e in root if _local(e.tag) == "error"]
    return _join_errors((_child_text(e, "code"), _child_text(e, "description")) for e in items) or tr("no description")


def _spec_error(body: bytes) -> str | None:
    """The server's own description in an error body (JSON or XML, spec format), else None."""
    text = body.lstrip()
    if text[:1] in (b"[", b"{"):
        try:
            return _json_errors(json.loads(body))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
    if text[:1] == b"<":
        try:
            return _xml_errors(_parse_xml(body))
        except (ParseError, DefusedXmlException, ValueError):
            return None
    return None


def _xml_records(resp: httpx.Response, shown: str, kind: str) -> list[dict[str, Any]]:
    try:
        root = _parse_xml(resp.content)
    except DefusedXmlException as exc:
        raise FeedError(shown, tr("the server's XML declares entities or external resources, which are refused for "
                                  "safety; it was not read.")) from exc
    except (ParseError, ValueError) as exc:
        raise FeedError(shown, trf("the server sent something that is not valid XML ({what})",
                                   what=_describe_body(resp))) from exc
    described = _xml_errors(root)
    if described:
        raise FeedError(shown, trf("the server refused the request: {described}", described=described))
    if _local(root.tag) not in _ROOTS[kind]:
        raise FeedError(shown, trf(_NOT_A_LIST[kind, "xml"], root=_local(root.tag), expected=_ROOTS[kind][0]))
    return [_element_dict(e) for e in root if _local(e.tag) in _ITEMS[kind]]


def _element_dict(elem: Element) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in elem:
        out[_local(child.tag)] = _element_value(child)
    return out


def _element_value(elem: Element) -> Any:
    if len(elem):
        tags = [_local(c.tag) for c in elem]
        if len(set(tags)) == 1 and len(tags) > 1:
            return [_element_value(c) for c in elem]
        return _element_dict(elem)
    return elem.text if elem.text is not None and elem.text.strip() else None


def _child_text(elem: Element, name: str) -> str | None:
    for c in elem:
        if _local(c.tag) == name:
            return c.text
    return None


def _local(tag: Any) -> str:
    tag = str(tag)
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------


def _resource(endpoint: str, resource: str, fmt: str) -> tuple[str, dict[str, str]]:
    """``services.json`` (etc.) under the endpoint, and the query the endpoint carried itself."""
    if fmt not in ("json", "xml"):
        raise ValueError(f"fmt must be 'json' or 'xml', not {fmt!r}")  # programming error
    parts = urlsplit(endpoint.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FeedError(endpoint, tr("an Open311 endpoint is a web address starting with http:// or https://, such "
                                     "as https://example.org/open311/v2/"))
    path = re.sub(r"/(?:services|requests)(?:\.(?:json|xml))?$", "", parts.path).rstrip("/") + "/"
    url = urlunsplit((parts.scheme, parts.netloc, f"{path}{resource}.{fmt}", "", ""))
    return url, dict(parse_qsl(parts.query, keep_blank_values=True))


def _display_endpoint(endpoint: str) -> str:
    """The endpoint as stored and shown: no api_key, no resource file name."""
    url, base = _resource(endpoint, "x", "json")
    base = {k: v for k, v in base.items() if k.casefold() != "api_key"}
    root = url[: -len("x.json")]
    return str(httpx.URL(root, params=base)) if base else root


def _comma(values: str | Iterable[str]) -> str:
    if isinstance(values, str):
        return values
    return ",".join(str(v).strip() for v in values)


def _instant(value: datetime | pd.Timestamp | str, tz: str, what: str) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(trf("{what} is not a date-time: {value!r}", what=what, value=value)) from exc
    if pd.isna(ts):
        raise ValueError(trf("{what} is empty", what=what))
    if ts.tzinfo is None:
        ts = ts.tz_localize(tz)
    return ts.tz_convert("UTC")


def _iso(ts: pd.Timestamp, tz: str) -> str:
    return ts.tz_convert(tz).floor("s").isoformat()


def _when(ts: pd.Timestamp, tz: str) -> str:
    local = ts.tz_convert(tz)
    z = local.strftime("%z")
    # the Vietnamese format writes the day first (dd/mm/yyyy)
    return f"{local.strftime(tr('%Y-%m-%d %H:%M'))} {z[:3]}:{z[3:]}"


def _duration(td: pd.Timedelta) -> str:
    secs = int(td.total_seconds())
    if secs % 86400 == 0:
        n = secs // 86400
        return trf("{n:,} day", n=n) if n == 1 else trf("{n:,} days", n=n)
    if secs % 3600 == 0:
        n = secs // 3600
        return trf("{n:,} hour", n=n) if n == 1 else trf("{n:,} hours", n=n)
    n = secs // 60
    return trf("{n:,} minute", n=n) if n == 1 else trf("{n:,} minutes", n=n)


def _newest(cached: pd.DataFrame | None, meta: Mapping[str, Any]) -> pd.Timestamp | None:
    if cached is not None and len(cached) and cached["updated_datetime"].notna().any():
        return cached["updated_datetime"].max()
    for key in ("newest_updated", "synced_until"):
        if meta.get(key):
            try:
                return pd.Timestamp(meta[key]).tz_convert("UTC")
            except (ValueError, TypeError):
                continue
    return None


def _kept_sentence(cached: pd.DataFrame | None, meta: Mapping[str, Any], path: Path) -> str:
    if cached is None:
        return tr("The existing local copy was kept unchanged.") if path.exists() else tr("Nothing was saved.")
    when = meta.get("last_sync")
    try:
        when_text = _when(pd.Timestamp(when), CITY_TIMEZONE) if when else ""
    except (ValueError, TypeError):
        when_text = ""
    if when_text:
        return trf("The local copy ({n:,} requests, last synced {when}) was kept unchanged.", n=len(cached),
                   when=when_text)
    return trf("The local copy ({n:,} requests) was kept unchanged.", n=len(cached))
