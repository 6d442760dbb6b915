"""Sensors as first-class layers: read stations and readings (a file, or the local copy of a SensorThings
feed) into a ``SensorLayer``, and rebuild one from a project state (registered with ``core.registry``).

A layer's ``source`` is what it was read from: a CSV/XLSX/Parquet file of readings (with ``stations_path``
when the stations are in a second file), a GeoPackage cache written by ``io.feeds.sensorthings.sync``, or
the URL of a SensorThings service. A project opens a feed layer from its local copy, offline; fetching what
is new is the user's choice (``open_sensor_feed(..., refresh=True)``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from gisdesk.core.i18n import trf
from gisdesk.io.report import LayerReport
from gisdesk.io.sensors import is_geopackage_source, read_sensor_geopackage
from gisdesk.layers.air_quality import Thresholds
from gisdesk.layers.schema import CITY_TIMEZONE
from gisdesk.layers.sensors import SensorLayer, sensor_layer_from_state

__all__ = ["open_sensor_feed", "open_sensors", "sensors_from_state"]


def _is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def open_sensors(path: str | Path, stations_path: str | Path | None = None, tz: str = CITY_TIMEZONE, *,
                 name: str | None = None, sheet: str | int | None = None, parameter: str | None = None,
                 thresholds: Thresholds | dict[str, Any] | None = None,
                 keep_suspect_locations: bool = False) -> SensorLayer:
    """Read sensor readings and their stations as a SensorLayer.

    ``path``: CSV, XLSX or Parquet readings (long or wide; ``io.sensors.read_sensor_file``), with the stations
    in ``stations_path`` when they are in a separate table; or a GeoPackage (``x.gpkg``, or ``x.zip!y.gpkg``
    inside a zip; ``io.sensors.read_sensor_geopackage``): a SensorThings cache, or a ``stations`` point layer
    with a ``readings`` table, told apart by their layers. Naive times are taken in ``tz``. ``parameter``
    picks the one shown (default PM2.5 when measured); ``thresholds`` the limits (default QCVN 05:2023/BTNMT).
    Raises ReadError.
    """
    source = str(path)
    if stations_path is None and is_geopackage_source(source):
        data = read_sensor_geopackage(source, tz=tz, keep_suspect_locations=keep_suspect_locations)
        read_options: dict[str, Any] = {"keep_suspect_locations": True} if keep_suspect_locations else {}
    else:
        from gisdesk.io.sensors import read_sensor_file

        data = read_sensor_file(source, stations_path=stations_path, tz=tz, sheet=sheet,
                                keep_suspect_locations=keep_suspect_locations)
        read_options = {}
        if sheet is not None:
            read_options["sheet"] = sheet
        if keep_suspect_locations:
            read_options["keep_suspect_locations"] = True
    name = name or Path(source.rpartition("!")[2]).stem  # "x.zip!y.gpkg": y
    return _layer(data, source=source, name=name, stations_path=stations_path, tz=tz, read_options=read_options,
                  parameter=parameter, thresholds=thresholds)


def open_sensor_feed(base_url: str, cache_path: str | Path | None = None, *, refresh: bool = True,
                     name: str | None = None, parameter: str | None = None,
                     thresholds: Thresholds | dict[str, Any] | None = None, **sync_options: Any) -> SensorLayer:
    """A SensorThings service as a SensorLayer: ``refresh`` first brings the local copy up to date
    (``io.feeds.sensorthings.sync``: raises FeedError/Cancelled and leaves the copy as it was), else the layer
    opens from the local copy alone (ReadError when there is none). ``sync_options`` go to ``sync``
    (``filter``, ``top``, ``start``, ``cancel``, ``progress``, ``timeout``...)."""
    from gisdesk.io.feeds.sensorthings import _resolve_cache, read_cache, sync

    cache = _resolve_cache(base_url, cache_path)
    data = sync(base_url, cache, **sync_options) if refresh else read_cache(cache)
    read_options = {"cache": str(cache)} if cache_path is not None else {}
    return _layer(data, source=base_url, name=name or urlsplit(base_url).hostname or "SensorThings",
                  stations_path=None, tz=CITY_TIMEZONE, read_options=read_options, parameter=parameter,
                  thresholds=thresholds)


def _layer(data: Any, *, source: str, name: str, stations_path: Any, tz: str, read_options: dict[str, Any],
           parameter: str | None, thresholds: Any) -> SensorLayer:
    report: LayerReport = data.report
    if parameter is not None and parameter not in data.parameters:
        report.warn("columns", trf("The layer was saved showing {param}, but there are no {param} readings any more; "
                                   "it shows the default parameter instead.", param=parameter))
        parameter = None
    return SensorLayer.from_sensor_data(
        data, name=name, source=source, read_options=read_options,
        stations_path=None if stations_path is None else str(stations_path), tz=tz, parameter=parameter,
        thresholds=thresholds)


def sensors_from_state(state: dict[str, Any]) -> SensorLayer:
    """``core.registry`` factory: read the source again (a feed from its local copy, offline) with the saved
    parameter and thresholds."""
    if "data" in state:
        return sensor_layer_from_state(state)
    source = state.get("source")
    if not source:
        raise ValueError(trf("layer {name!r} has neither data nor source", name=state.get("name")))
    thresholds = None
    problem = None
    if state.get("thresholds") is not None:
        try:
            thresholds = Thresholds.from_dict(state["thresholds"])
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            problem = trf("The saved thresholds are not valid ({e}); QCVN 05:2023/BTNMT is used instead.", e=exc)
    opts = state.get("read_options") or {}
    if _is_url(str(source)):
        lyr = open_sensor_feed(str(source), opts.get("cache"), refresh=False, name=state.get("name"),
                               parameter=state.get("parameter"), thresholds=thresholds)
    else:
        lyr = open_sensors(source, state.get("stations_path"), state.get("tz") or CITY_TIMEZONE,
                           name=state.get("name"), sheet=opts.get("sheet"), parameter=state.get("parameter"),
                           thresholds=thresholds, keep_suspect_locations=bool(opts.get("keep_suspect_locations")))
    if problem:
        lyr.report.warn("columns", problem)
    if state.get("style"):
        lyr.style = state["style"]
    lyr.visible = state.get("visible", True)
    lyr.opacity = state.get("opacity", 1.0)
    from gisdesk.io.readers import apply_filter_state

    apply_filter_state(lyr, state)
    return lyr

