"""Service requests (and later sensors) as first-class layers: read a file through the column mapping into a
``ServiceRequestLayer``, and rebuild one from a project state (registered with ``core.registry``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.core.errors import ReadError
from gisdesk.core.i18n import tr, trf
from gisdesk.io.report import LayerReport
from gisdesk.io.service_requests import ColumnMapping, read_requests
from gisdesk.layers.service_requests import ServiceRequestLayer, request_layer_from_state


def open_service_requests(path: str | Path, mapping: ColumnMapping | dict[str, Any] | None = None, *,
                          name: str | None = None, layer: str | None = None, sheet: str | int | None = None,
                          deadlines: dict[str, float] | None = None, now: Any = None) -> ServiceRequestLayer:
    """Read an export of requests (CSV, XLSX, GeoJSON, Socrata JSON, GPKG/SHP...) as a ServiceRequestLayer.
    Without ``mapping`` the columns are mapped automatically (``io.service_requests.detect_mapping``); the
    mapping used is kept on the layer (and saved in the project). Raises ReadError."""
    source = str(path)
    if isinstance(mapping, dict):
        mapping = ColumnMapping.from_dict(mapping)
    data = read_requests(source, mapping, layer=layer, sheet=sheet)
    lyr = ServiceRequestLayer(
        data.points(),
        name=name or (layer or Path(source.split("!")[-1]).stem),
        source=str(path),
        source_layer=layer,
        read_options={"sheet": sheet} if sheet is not None else {},
        mapping=data.mapping.to_dict(),
        deadlines=deadlines,
        now=now,
        report=data.report,
    )
    return lyr


def service_requests_from_state(state: dict[str, Any]) -> ServiceRequestLayer:
    """``core.registry`` factory: read the source again through the saved mapping. An Open311 feed layer
    (``read_options["feed"] == "open311"``) opens from its local copy, offline: a project opens at once,
    without the network; "Sync feed now" (:func:`sync_layer`) fetches what changed."""
    if "data" in state:
        return request_layer_from_state(state)
    source = state.get("source")
    if not source:
        raise ValueError(trf("layer {name!r} has neither data nor source", name=state.get("name")))
    opts = state.get("read_options") or {}
    if opts.get("feed") == "open311":
        from gisdesk.io.readers import apply_layer_state

        lyr = open_open311(source, jurisdiction_id=opts.get("jurisdiction_id"), cache_path=opts.get("cache_path"),
                           sync=False, name=state.get("name"), deadlines=state.get("deadlines"))
        if opts.get("sync"):
            lyr.read_options["sync"] = dict(opts["sync"])
        return apply_layer_state(lyr, state)
    try:
        mapping = ColumnMapping.from_dict(state["mapping"]) if state.get("mapping") else None
    except (ValueError, TypeError, KeyError) as exc:
        raise ReadError(source, trf("the saved column mapping is not valid ({error})", error=exc)) from exc
    lyr = open_service_requests(source, mapping, name=state.get("name"), layer=state.get("source_layer"),
                                sheet=opts.get("sheet"), deadlines=state.get("deadlines"))
    from gisdesk.io.readers import apply_layer_state

    return apply_layer_state(lyr, state)


# ------------------------------------------------------------------------------------------------
# Open311 GeoReport v2 endpoints: a layer over the feed's local copy
# ------------------------------------------------------------------------------------------------
KEYRING_SERVICE = "gisdesk-open311"
#: sync options kept in ``read_options["sync"]`` so "Sync feed now" asks the server the same way
_KEPT_SYNC_OPTIONS = ("fmt", "date_filter", "service_code", "status")


def feed_endpoint(endpoint: str) -> str:
    """The endpoint as gisdesk stores and shows it: its base URL, without ``api_key`` or a resource file name
    (``…/v2/requests.json?api_key=x`` -> ``…/v2/``). Raises ReadError when it is not a web address."""
    from gisdesk.io.feeds.http import FeedError
    from gisdesk.io.feeds.open311 import _display_endpoint

    try:
        return _display_endpoint(str(endpoint))
    except FeedError as exc:
        raise ReadError(str(endpoint), exc.problem) from exc


def _key_in_url(endpoint: str) -> str | None:
    from urllib.parse import parse_qsl, urlsplit

    for k, v in parse_qsl(urlsplit(str(endpoint).strip()).query, keep_blank_values=True):
        if k.casefold() == "api_key" and v:
            return v
    return None


def is_open311_layer(layer: Any) -> bool:
    """True for a layer made by :func:`open_open311` (what "Sync feed now" applies to)."""
    return (isinstance(layer, ServiceRequestLayer) and bool(layer.source)
            and (layer.read_options or {}).get("feed") == "open311")


def stored_api_key(endpoint: str) -> str | None:
    """The API key remembered for ``endpoint`` in the system keyring, or None (none, or no keyring)."""
    from gisdesk.io.feeds.keystore import get_secret

    try:
        user = feed_endpoint(endpoint)
    except ReadError:
        return None
    return get_secret(KEYRING_SERVICE, user)


def remember_api_key(endpoint: str, api_key: str | None) -> bool:
    """Keep ``api_key`` for ``endpoint`` in the system keyring (service "gisdesk-open311", user = the endpoint);
    an empty key forgets it. Returns whether the keyring did it (False without a usable keyring: the key is
    then not kept anywhere and the user types it again)."""
    from gisdesk.io.feeds.keystore import delete_secret, set_secret

    try:
        user = feed_endpoint(endpoint)
    except ReadError:
        return False
    if not api_key:
        return delete_secret(KEYRING_SERVICE, user)
    return set_secret(KEYRING_SERVICE, user, api_key)


def open_open311(endpoint: str, *, jurisdiction_id: str | None = None, cache_path: str | Path | None = None,
                 sync: bool = True, api_key: str | None = None, name: str | None = None, cancel: Any = None,
                 progress: Any = None, deadlines: dict[str, float] | None = None, now: Any = None,
                 **sync_options: Any) -> ServiceRequestLayer:
    """An Open311 GeoReport v2 endpoint as a ServiceRequestLayer, built from its local copy (a GeoPackage,
    ``io.feeds.open311.sync``): with ``sync`` the copy is first brought up to date (``sync_options``:
    ``since``, ``until``, ``history``, ``date_filter``, ``service_code``, ``status``, ``fmt``, ``cache_dir``...;
    ``progress(done_windows, total_windows)`` and ``cancel()`` as there), without it the layer opens offline.

    If the feed fails but a local copy exists, the layer opens from the copy and its report warns that what it
    shows is the copy of the last sync. Without a copy: ReadError. ``Cancelled`` passes through (nothing was
    changed). The layer's ``source`` is the endpoint without its API key; keys are never kept in the layer
    (see :func:`remember_api_key`). Without ``api_key`` the key in the keyring (if any) is used.
    """
    from gisdesk.io.feeds.http import FeedError
    from gisdesk.io.feeds.open311 import default_cache_path
    from gisdesk.io.feeds.open311 import sync as sync_feed
    from gisdesk.io.writers import WriteError

    source = feed_endpoint(endpoint)
    jurisdiction_id = (jurisdiction_id or "").strip() or None
    cache_dir = sync_options.pop("cache_dir", None)
    path = Path(cache_path) if cache_path else default_cache_path(source, jurisdiction_id, cache_dir)
    api_key = api_key or _key_in_url(endpoint)
    if sync and not api_key:
        api_key = stored_api_key(source)
    failure: str | None = None
    synced = None
    if sync:
        try:
            synced = sync_feed(source, path, jurisdiction_id=jurisdiction_id, api_key=api_key, cancel=cancel,
                               progress=progress, **sync_options)
        except FeedError as exc:
            # sync's own message adds "the local copy was kept"; the report says that its own way
            cause = exc.__cause__ if isinstance(exc.__cause__, FeedError) else exc
            failure = cause.problem.rstrip(".")
        except WriteError as exc:
            failure = trf("the downloaded requests could not be saved in the local copy ({problem})",
                          problem=exc.problem.rstrip("."))
    if failure is not None and not path.is_file():
        raise ReadError(source, trf("the feed could not be read: {failure}. There is no local copy to show instead.",
                                    failure=failure))
    if not sync and not path.is_file():
        raise ReadError(source, trf("there is no local copy of this feed at {path}; sync the feed (Layer > Add "
                                    "Open311 feed…) to download it.", path=path))
    from gisdesk.io.feeds.cache import read_cache

    if synced is not None:
        frame, meta = synced.frame, {"last_sync": pd.Timestamp.now(tz="UTC")}
    else:
        frame, meta = read_cache(path)
    report = _feed_report(source, frame, meta, path, synced, failure)
    kept = {k: sync_options[k] for k in _KEPT_SYNC_OPTIONS if sync_options.get(k) is not None}
    if "service_code" in kept and not isinstance(kept["service_code"], str):
        kept["service_code"] = ",".join(map(str, kept["service_code"]))
    if "status" in kept and not isinstance(kept["status"], str):
        kept["status"] = ",".join(map(str, kept["status"]))
    read_options: dict[str, Any] = {"feed": "open311", "jurisdiction_id": jurisdiction_id,
                                    "cache_path": str(path) if (cache_path or cache_dir) else None}
    if kept:
        read_options["sync"] = kept
    name = name or _feed_name(source, jurisdiction_id)
    report.name = name
    return ServiceRequestLayer(
        _request_points(frame),
        name=name,
        source=source,
        read_options=read_options,
        mapping={},
        deadlines=deadlines,
        now=now,
        report=report,
    )


def sync_layer(layer: ServiceRequestLayer, *, api_key: str | None = None, cancel: Any = None,
               progress: Any = None, now: Any = None, **sync_options: Any) -> Any:
    """"Sync feed now": bring an Open311 layer's local copy up to date and show it in the same layer
    (``layer.data`` replaced, derived fields recomputed for ``now``, default the current time; the layer's
    style, filters and time fields stay). Returns the ``SyncResult`` (``added``, ``updated``...).

    On failure (``FeedError``, ``Cancelled``, ReadError for a damaged copy) the layer and its copy are left as
    they were. Safe to call off the GUI thread only as :func:`fetch_layer_update` + ``apply()`` on the GUI
    thread (changing ``layer.data`` notifies the canvas)."""
    update = fetch_layer_update(layer, api_key=api_key, cancel=cancel, progress=progress, **sync_options)
    update.apply(now)
    return update.result


class LayerUpdate:
    """What :func:`fetch_layer_update` read, to be shown by :meth:`apply` (on the GUI thread)."""

    def __init__(self, layer: ServiceRequestLayer, result: Any, points: Any) -> None:
        self.layer, self.result, self.points = layer, result, points

    def apply(self, now: Any = None) -> None:
        """Replace the layer's data by the synced copy (selected requests stay selected, by id)."""
        layer = self.layer
        now = pd.Timestamp(now).tz_convert("UTC") if now is not None else pd.Timestamp.now(tz="UTC")
        old = layer.attributes
        selected = set(old["service_request_id"].iloc[layer.selection].astype(str)) if layer.selection.size else set()
        layer.replace_data(self.points, now)  # one data change, derived fields computed once
        if selected:
            ids = layer.attributes["service_request_id"].astype(str)
            layer.selection = np.flatnonzero(ids.isin(selected).to_numpy())
        report = _feed_report(layer.source or "", self.points.table, {"last_sync": now}, self.result.cache_path,
                              self.result, None)
        report.name = layer.name
        layer.report = report


def fetch_layer_update(layer: ServiceRequestLayer, *, api_key: str | None = None, cancel: Any = None,
                       progress: Any = None, **sync_options: Any) -> LayerUpdate:
    """The network half of :func:`sync_layer` (any thread): sync the layer's local copy; nothing on the layer
    changes until ``apply()``."""
    from gisdesk.io.feeds.open311 import default_cache_path
    from gisdesk.io.feeds.open311 import sync as sync_feed

    if not is_open311_layer(layer):
        raise ValueError(trf("layer {name!r} is not an Open311 feed layer", name=getattr(layer, "name", layer)))
    opts = layer.read_options
    source = layer.source
    jurisdiction_id = opts.get("jurisdiction_id")
    cache_dir = sync_options.pop("cache_dir", None)
    path = Path(opts["cache_path"]) if opts.get("cache_path") else default_cache_path(source, jurisdiction_id,
                                                                                       cache_dir)
    options = {**(opts.get("sync") or {}), **sync_options}
    api_key = api_key or stored_api_key(source)
    result = sync_feed(source, path, jurisdiction_id=jurisdiction_id, api_key=api_key, cancel=cancel,
                       progress=progress, **options)
    return LayerUpdate(layer, result, _request_points(result.frame))


def _request_points(frame: pd.DataFrame) -> Any:
    from gisdesk.layers.vector import PointData

    x = pd.to_numeric(frame["long"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    y = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    return PointData(frame.reset_index(drop=True), x, y, crs="EPSG:4326")


def _feed_name(source: str, jurisdiction_id: str | None) -> str:
    from urllib.parse import urlsplit

    host = urlsplit(source).hostname or source
    return trf("Service requests ({name})", name=jurisdiction_id or host)


def _local_time(value: Any) -> str:
    from gisdesk.layers.schema import CITY_TIMEZONE

    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return tr("an unknown date")
    if pd.isna(ts):
        return tr("an unknown date")
    if ts.tzinfo is None:
        ts = ts.tz_localize("UTC")
    local = ts.tz_convert(CITY_TIMEZONE)
    z = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {z[:3]}:{z[3:]}"


def _feed_report(source: str, frame: pd.DataFrame, meta: dict[str, Any], path: Any, synced: Any,
                 failure: str | None) -> LayerReport:
    report = LayerReport(name="service requests", source=source, driver="Open311 GeoReport v2")
    if synced is not None:
        report.messages.extend(synced.report.messages)
    when = _local_time(meta.get("last_sync"))
    if failure is not None:
        report.warn("read", trf("The feed could not be read: {failure}. The local copy of {when} ({n:,} requests) "
                                "is shown instead; sync again later.", failure=failure, when=when, n=len(frame)),
                    count=len(frame))
    elif synced is None:
        report.info("read", trf("Opened the local copy of {when} ({n:,} requests) without connecting to the "
                                "feed; sync the feed to fetch what changed since.", when=when, n=len(frame)),
                    count=len(frame))
    n = len(frame)
    x = pd.to_numeric(frame["long"], errors="coerce") if "long" in frame else pd.Series(np.nan, index=frame.index)
    y = pd.to_numeric(frame["lat"], errors="coerce") if "lat" in frame else pd.Series(np.nan, index=frame.index)
    located = int((np.isfinite(x.to_numpy(dtype="float64", na_value=np.nan))
                   & np.isfinite(y.to_numpy(dtype="float64", na_value=np.nan))).sum())
    if located < n:
        report.warn("geometry", trf("{k:,} of {n:,} requests have no location; they are in the table but not on "
                                    "the map.", k=n - located, n=n), count=n - located)
    report.features_read = report.features_kept = n
    report.geometry_types = {"Point": located} if located else {}
    report.null_geometries = n - located
    report.crs = "EPSG:4326"
    report.crs_status = "declared"
    return report
