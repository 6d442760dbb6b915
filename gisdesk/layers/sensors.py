"""SensorLayer: a network of sensor stations as a layer that knows what they measure.

The stations are the layer's points (``STATION_FIELDS`` plus the source's per-station columns); their
readings are a second table, ``layer.readings`` (``READING_FIELDS``: one measurement per row, aware UTC
times). The layer shows one ``parameter`` at a time (PM2.5 by default) against ``thresholds``
(:class:`~gisdesk.layers.air_quality.Thresholds`, QCVN 05:2023/BTNMT by default, editable, saved in the
project) and adds to every station, for the parameter shown and the current time window:

* ``latest_value``, ``latest_time``: the station's latest reading before the window's end (the window is
  half-open, so a reading exactly at its end belongs to the next one); the latest of all without a window;
* ``limit``: the limit to compare it with, ``Thresholds.reference``: the limit of the shortest averaging
  period QCVN sets for the parameter, in force on the day of the reading, in the readings' unit. QCVN
  05:2023 gives PM2.5 and PM10 only 24-hour and annual limits, so a PM2.5 hourly reading is compared with
  the 24-hour limit: an indication of the air now, not a legal exceedance (those are ``exceedances``);
* ``ratio``: ``latest_value / limit``;
* ``level``, the rule the default style colours:

  - ``"good"``: ratio <= 0.5 (at most half the limit);
  - ``"moderate"``: 0.5 < ratio <= 1;
  - ``"over"``: ratio > 1;
  - ``"no limit"``: the station has a reading but the thresholds set no limit for the parameter (humidity,
    temperature, AQI...), or the readings' unit cannot be compared with the limit's;
  - ``"no data"``: no reading of the parameter before the window's end, or the latest one is older than the
    window's start (the station did not report during the window: colouring it by an older value would
    pass it off as current; ``latest_value`` still says what it last reported);

* ``exceedances``: how many averaging periods (of the reference period, e.g. local calendar days for PM2.5)
  inside the window had a mean over the limit (``air_quality.exceedances``: periods need 75 % coverage);
  empty where there is no limit or no reading in the window.

The time slider does not hide stations (the layer has no time field by default): it changes what they show.
``update_for_window(window)`` recomputes the columns (cheap: vectorised pandas over the readings);
``follow_time_window(project)`` calls it for every SensorLayer of a project when the window moves.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.layers.air_quality import Threshold, Thresholds, _unit_scale, exceedances
from gisdesk.layers.schema import CITY_TIMEZONE, READING_FIELDS
from gisdesk.layers.vector import PointData, VectorLayer

__all__ = ["DERIVED_FIELDS", "LEVELS", "SensorLayer", "default_style", "follow_time_window", "level_of",
           "sensor_layer_from_state"]

DERIVED_FIELDS = ("latest_value", "latest_time", "limit", "ratio", "level", "exceedances")
#: levels, in the order they are drawn (the last on top)
LEVELS = ("no data", "no limit", "good", "moderate", "over")
#: ratio bounds of the levels: good <= GOOD_RATIO < moderate <= 1 < over
GOOD_RATIO = 0.5

LEVEL_COLOURS = {
    "good": [26, 150, 65, 255],  # green
    "moderate": [245, 166, 35, 255],  # amber
    "over": [215, 25, 28, 255],  # red
    "no limit": [130, 130, 140, 255],  # grey
    "no data": [175, 175, 175, 170],  # light grey, translucent
}
#: the legend labels of the default style (English in the style dict; shown with tr(), printed with page_text)
LEVEL_LABELS = {"good": N_("Good (at most half the limit)"), "moderate": N_("Moderate (up to the limit)"),
                "over": N_("Over the limit"), "no limit": N_("No limit for this parameter"), "no data": N_("No data")}
# marker diameters (mm): a bit larger than service requests (1.2 to 2.2 mm), the worst on top and largest
LEVEL_SIZES = {"no data": 2.6, "no limit": 2.8, "good": 3.2, "moderate": 3.4, "over": 4.0}


class SensorLayer(VectorLayer):
    """Stations (points) with their readings, styled by the latest value of one parameter against a limit.

    ``readings`` is read-only once the layer is made (the per-parameter indexes are built from it once)."""

    type_name = "sensors"

    def __init__(
        self,
        data: PointData | gpd.GeoDataFrame,
        readings: pd.DataFrame | None = None,
        *,
        thresholds: Thresholds | dict[str, Any] | None = None,
        parameter: str | None = None,
        stations_path: str | None = None,
        tz: str = CITY_TIMEZONE,
        window: Any = None,
        **kwargs: Any,
    ) -> None:
        self.readings = _check_readings(readings)
        self.stations_path = None if stations_path is None else str(stations_path)
        self.tz = tz
        self._thresholds = _as_thresholds(thresholds)
        self._window = window
        self._subsets: dict[str, _Series] = {}  # per parameter; the readings are not changed after this
        self._parameters: list[str] | None = None
        params = self.parameters
        if parameter is not None and parameter not in params:
            raise ValueError(_no_readings(parameter, params))
        self._parameter = parameter if parameter is not None else default_parameter(params)
        kwargs.setdefault("style", default_style())
        super().__init__(self._with_derived(_check_stations(data)), **kwargs)

    @classmethod
    def from_sensor_data(cls, data: Any, **kwargs: Any) -> SensorLayer:
        """A layer of an ``io.sensors.SensorData`` (its stations, readings and report)."""
        kwargs.setdefault("report", data.report)
        return cls(data.points(), data.readings, **kwargs)

    # -- what is shown --------------------------------------------------------------------------
    @property
    def parameters(self) -> list[str]:
        """The parameters with readings, most readings first."""
        if self._parameters is None:
            r = self.readings
            self._parameters = [] if r.empty else [str(p) for p in r["parameter"].value_counts(sort=True).index]
        return list(self._parameters)

    @property
    def parameter(self) -> str | None:
        """The parameter the stations show (None when there are no readings)."""
        return self._parameter

    def set_parameter(self, parameter: str) -> None:
        if parameter not in self.parameters:
            raise ValueError(_no_readings(parameter, self.parameters))
        if parameter != self._parameter:
            self._parameter = parameter
            self._recompute()
            self.events.filter.emit(self.filter_state())  # saved in the project

    @property
    def thresholds(self) -> Thresholds:
        """A copy of the limits in use: edit it and give it back with ``set_thresholds``."""
        return self._thresholds.copy()

    def set_thresholds(self, thresholds: Thresholds | dict[str, Any]) -> None:
        new = _as_thresholds(thresholds)
        if new != self._thresholds:
            self._thresholds = new
            self._recompute()
            self.events.filter.emit(self.filter_state())  # saved in the project

    @property
    def window(self) -> Any:
        """The time window the derived columns were computed for (``core.timewindow.TimeWindow`` or None)."""
        return self._window

    def update_for_window(self, window: Any) -> None:
        """Recompute the latest values, levels and exceedance counts for ``window`` (None: all time). Moving
        the time slider is not an edit: this emits ``events.data``, not ``events.filter``."""
        if window != self._window:
            self._window = window
            self._recompute()

    @property
    def unit(self) -> str:
        """The unit of the parameter shown (its readings' most common unit; "" when unknown)."""
        return self._subset(self._parameter).unit if self._parameter else ""

    def reference(self, at: Any = None) -> Threshold | None:
        """The limit the stations are compared with (for the parameter shown), in force on ``at`` (default:
        the window's end, else the latest reading)."""
        if self._parameter is None:
            return None
        return self._thresholds.reference(self._parameter, at if at is not None else self._reference_time())

    def time_range(self) -> tuple[Any, Any] | None:
        """(first, last) reading time (aware, UTC) of all parameters, or None without readings: the span the
        time slider offers for this layer (its stations are not hidden by the slider: it has no time field,
        unless the user sets one, e.g. ``latest_time`` to hide stations that did not report in the window)."""
        if self._time_field is not None:
            return super().time_range()
        t = self.readings["datetime"]
        if not t.notna().any():
            return None
        return t.min().tz_convert("UTC"), t.max().tz_convert("UTC")

    def filter_state(self) -> dict[str, Any]:
        state = super().filter_state()
        state["parameter"] = self._parameter
        return state

    # -- readings -------------------------------------------------------------------------------
    def readings_for(self, station_id: Any, parameter: str | None = None, window: Any = None) -> pd.DataFrame:
        """The readings of one station (for a chart): ``datetime`` (aware UTC), ``value``, ``unit``, oldest
        first; only those inside ``window`` (``TimeWindow``, half-open) when one is given."""
        param = parameter or self._parameter
        s = self._subset(param) if param else None
        at = s.station_ids.get_indexer([str(station_id)])[0] if s is not None else -1
        if at < 0:
            return pd.DataFrame({"datetime": pd.Series([], dtype="datetime64[ms, UTC]"),
                                 "value": pd.Series([], dtype="float64"), "unit": pd.Series([], dtype="str")})
        out = s.frame.iloc[s.starts[at]:s.stops[at]][["datetime", "value", "unit"]]
        if window is not None:
            from gisdesk.core.timewindow import times_ns

            out = out[window.mask(times_ns(out["datetime"]))]
        return out.sort_values("datetime", kind="stable").reset_index(drop=True)

    def station_ids(self, rows: Any = None) -> list[str]:
        """The ``station_id`` of the rows at ``rows`` (positions; all when None)."""
        ids = self.attributes["station_id"]
        return [str(v) for v in (ids if rows is None else ids.iloc[np.asarray(rows, dtype=np.int64)])]

    def _subset(self, parameter: str) -> _Series:
        """The usable readings of ``parameter``, sorted by station and time, with arrays to search them."""
        held = self._subsets.get(parameter)
        if held is None:
            from gisdesk.core.timewindow import times_ns

            r = self.readings
            sub = r[(r["parameter"] == parameter).to_numpy(dtype=bool, na_value=False)
                    & r["value"].notna().to_numpy() & r["datetime"].notna().to_numpy()]
            sub = sub.sort_values(["station_id", "datetime"], kind="stable").reset_index(drop=True)
            sid = sub["station_id"].to_numpy(dtype=object)
            starts = np.flatnonzero(np.r_[True, sid[1:] != sid[:-1]]) if len(sid) else np.zeros(0, dtype=np.int64)
            stops = np.r_[starts[1:], len(sid)].astype(np.int64)
            units = sub["unit"].dropna()
            held = self._subsets[parameter] = _Series(
                frame=sub, t=times_ns(sub["datetime"]).copy(), v=sub["value"].to_numpy(dtype=float),
                starts=starts, stops=stops, station_ids=pd.Index([str(x) for x in sid[starts]]),
                unit=str(units.mode().iloc[0]) if len(units) else "")
        return held

    def _latest(self, param: str, ids: np.ndarray, end_ns: int | None) -> tuple[np.ndarray, np.ndarray]:
        """Each station's latest (value, time ns) of ``param`` before ``end_ns`` (NaN / NaT where none).
        Within a station the readings are sorted by time, so the readings before the end are the first
        ``count`` of its block: one pass, no copy of the readings."""
        n = len(ids)
        value = np.full(n, np.nan)
        when = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
        s = self._subset(param)
        if not len(s.t):
            return value, when
        before = np.ones(len(s.t), dtype=np.int64) if end_ns is None else (s.t < end_ns).astype(np.int64)
        counts = np.add.reduceat(before, s.starts)
        last = s.starts + counts - 1
        pos = s.station_ids.get_indexer(ids)  # each station's block (-1: no readings of param)
        has = pos >= 0
        has[has] = counts[pos[has]] > 0
        value[has] = s.v[last[pos[has]]]
        when[has] = s.t[last[pos[has]]]
        return value, when

    # -- derived columns ------------------------------------------------------------------------
    def _reference_time(self) -> pd.Timestamp | None:
        w = self._window
        if w is not None and w.end is not None:
            return w.end
        if self._parameter is None:
            return None
        t = self._subset(self._parameter).t
        return pd.Timestamp(int(t.max()), tz="UTC") if len(t) else None

    def _recompute(self) -> None:
        points, gdf = self._store
        selection = self.selection
        self.data = self._with_derived(points if points is not None else gdf)
        if selection.size:
            self.selection = selection  # the same stations: a new window keeps what was selected

    def _with_derived(self, data: PointData | gpd.GeoDataFrame) -> PointData | gpd.GeoDataFrame:
        table = data.table if isinstance(data, PointData) else data
        out = table.drop(columns=[c for c in DERIVED_FIELDS if c in table.columns]).copy(deep=False)
        n = len(out)
        ids = out["station_id"].astype("str").to_numpy(dtype=object, na_value="")
        value = np.full(n, np.nan)
        time_ns = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
        limit = np.full(n, np.nan)
        over = pd.array([pd.NA] * n, dtype="Int64")
        w = self._window
        param = self._parameter
        if param is not None:
            value, time_ns = self._latest(param, ids, None if w is None else w.end_ns)
            limit, period = self._limits(param, time_ns)
            if period is not None:
                over = self._exceedances(param, period, ids)
        latest_time = _to_datetime(time_ns)
        ratio = value / limit
        has_value = np.isfinite(value)
        if w is not None and w.start_ns is not None:
            has_value &= time_ns >= w.start_ns  # nothing reported during the window
        out["latest_value"] = value
        out["latest_time"] = latest_time
        out["limit"] = limit
        out["ratio"] = ratio
        out["level"] = pd.array(level_of(ratio, has_value), dtype="str")
        out["exceedances"] = over
        if isinstance(data, PointData):
            return PointData(out, data.x, data.y, crs=data.crs, geometry_name=data.geometry_name)
        return out

    def _limits(self, param: str, time_ns: np.ndarray) -> tuple[np.ndarray, str | None]:
        """Each station's limit (in the readings' unit) in force on the day of its latest reading (stations
        without one: on the reference day), and the averaging period of the limits (None: no limit)."""
        n = len(time_ns)
        ref_time = self._reference_time()
        ref = self._thresholds.reference(param, ref_time)
        if ref is None:
            return np.full(n, np.nan), None
        unit = self.unit
        scale = 1.0 if not unit or unit == ref.unit else _unit_scale(ref.unit, unit)
        if scale is None:
            return np.full(n, np.nan), None
        nat = np.iinfo(np.int64).min
        fill = nat if ref_time is None else int(pd.Timestamp(ref_time).value)
        when = np.where(time_ns == nat, fill, time_ns)
        days = _to_datetime(when).tz_convert(self.tz).normalize()
        codes, uniques = pd.factorize(days, use_na_sentinel=True)
        per_day = np.array([np.nan if pd.isna(d) else (self._thresholds.limit(param, ref.period, d) or np.nan)
                            for d in uniques] + [ref.limit], dtype=float)  # a missing day: the reference limit
        return per_day[codes] * scale, ref.period

    def _exceedances(self, param: str, period: str, ids: np.ndarray) -> pd.arrays.IntegerArray:
        w = self._window
        span = None if w is None else (w.start, w.end)
        sub = self._subset(param).frame
        if w is not None:  # exceedances keeps only the window's readings too; cutting first saves the copies
            sub = sub[w.mask(self._subset(param).t)]
        try:
            table = exceedances(sub, self._thresholds, param, period, span, tz=self.tz)
        except ValueError:  # units that cannot be compared with the limit
            return pd.array([pd.NA] * len(ids), dtype="Int64")
        pos = pd.Index(table["station_id"].astype("str")).get_indexer(ids)
        counts = table["periods_over"].to_numpy(dtype=np.int64)
        out = pd.array(np.where(pos >= 0, counts[np.clip(pos, 0, None)], 0), dtype="Int64")
        out[pos < 0] = pd.NA
        return out

    # -- state ----------------------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state["parameter"] = self._parameter
        state["thresholds"] = self._thresholds.to_dict()
        state["tz"] = self.tz
        if self.stations_path is not None:
            state["stations_path"] = self.stations_path
        if not self.source:  # an in-memory layer carries its stations (without derived columns) and readings
            state["data"] = state["data"].drop(columns=[c for c in DERIVED_FIELDS if c in state["data"].columns])
            state["readings"] = self.readings.copy()
        return state


def default_parameter(parameters: list[str]) -> str | None:
    """PM2.5 when it is measured, else the parameter with the most readings."""
    if "pm25" in parameters:
        return "pm25"
    return parameters[0] if parameters else None


def level_of(ratio: np.ndarray, has_value: np.ndarray) -> np.ndarray:
    """The level of each station (see the module doc): from ``ratio`` (latest / limit, NaN without a limit)
    and ``has_value`` (a reading counts for the window)."""
    ratio = np.asarray(ratio, dtype=float)
    out = np.full(len(ratio), "no data", dtype=object)
    has_value = np.asarray(has_value, dtype=bool)
    out[has_value] = "no limit"
    known = has_value & np.isfinite(ratio)
    out[known & (ratio <= GOOD_RATIO)] = "good"
    out[known & (ratio > GOOD_RATIO) & (ratio <= 1.0)] = "moderate"
    out[known & (ratio > 1.0)] = "over"
    return out


def default_style() -> dict[str, Any]:
    """Categorized on ``level``: green / amber / red / grey; the worst drawn on top and largest."""
    cats = []
    for value in LEVELS:
        cats.append({"value": value, "label": LEVEL_LABELS[value],
                     "symbol": {"kind": "single", "fill": LEVEL_COLOURS[value], "stroke": [40, 40, 40, 255],
                                "stroke_width": 0.3, "size": LEVEL_SIZES[value]}})
    return {"kind": "categorized", "column": "level", "categories": cats, "other": None}


def follow_time_window(project: Any) -> Callable[[], None]:
    """Keep every SensorLayer of ``project`` (and those added later) computed for the project's time window.
    Returns a function that stops following."""

    def apply(window: Any) -> None:
        for layer in list(project.layers):
            if isinstance(layer, SensorLayer):
                layer.update_for_window(window)

    def inserted(_index: int, layer: Any) -> None:
        if isinstance(layer, SensorLayer):
            layer.update_for_window(project.time_window)

    project.events.time_window.connect(apply)
    project.layers.events.inserted.connect(inserted)
    apply(project.time_window)

    def stop() -> None:
        project.events.time_window.disconnect(apply)
        project.layers.events.inserted.disconnect(inserted)

    return stop


# --------------------------------------------------------------------------------------------------
# helpers


@dataclass(frozen=True, eq=False)
class _Series:
    """The readings of one parameter sorted by station and time; station ``i`` of ``station_ids`` holds rows
    ``starts[i]:stops[i]``; ``t`` their times (UTC ns), ``v`` their values."""

    frame: pd.DataFrame
    t: np.ndarray
    v: np.ndarray
    starts: np.ndarray
    stops: np.ndarray
    station_ids: pd.Index
    unit: str  # the most common unit


def _as_thresholds(value: Thresholds | dict[str, Any] | None) -> Thresholds:
    if value is None:
        return Thresholds.qcvn_05_2023()
    if isinstance(value, Thresholds):
        return value.copy()
    if isinstance(value, dict):
        return Thresholds.from_dict(value)
    raise TypeError(f"thresholds must be a Thresholds or its dict, not {type(value).__name__}")


def _no_readings(parameter: str, params: list[str]) -> str:
    if not params:
        return trf("there are no {parameter} readings (there are no readings at all)", parameter=parameter)
    return trf("there are no {parameter} readings (the readings have: {parameters})", parameter=parameter,
               parameters=", ".join(params))


def _check_stations(data: Any) -> PointData | gpd.GeoDataFrame:
    if not isinstance(data, PointData | gpd.GeoDataFrame):
        raise TypeError(f"SensorLayer needs the stations as PointData or a GeoDataFrame, got {type(data).__name__}")
    table = data.table if isinstance(data, PointData) else data
    if "station_id" not in table.columns:
        raise ValueError(tr("the stations table has no 'station_id' column"))
    return data


def _check_readings(readings: pd.DataFrame | None) -> pd.DataFrame:
    """The readings table with ``READING_FIELDS`` (an empty one for None); times must be aware."""
    if readings is None:
        readings = pd.DataFrame({c: [] for c in READING_FIELDS})
    missing = [c for c in READING_FIELDS if c not in readings.columns]
    if missing:
        raise ValueError(trf("the readings table lacks {columns}", columns=", ".join(missing)))
    out = readings[list(READING_FIELDS)].copy()
    t = out["datetime"]
    if not isinstance(t.dtype, pd.DatetimeTZDtype):
        if pd.api.types.is_datetime64_dtype(t.dtype):
            raise ValueError(tr("the readings' times have no time zone"))
        t = pd.to_datetime(t, utc=True, format="ISO8601")
    out["datetime"] = t.dt.tz_convert("UTC")
    for c in ("station_id", "parameter", "unit"):
        out[c] = out[c].astype("str")
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    return out.reset_index(drop=True)


def _to_datetime(ns: np.ndarray) -> pd.DatetimeIndex:
    """int64 UTC nanoseconds (int64 min = NaT) as aware times; an Index, so assigning it is by position."""
    return pd.DatetimeIndex(np.asarray(ns, dtype=np.int64).view("datetime64[ns]")).tz_localize("UTC").as_unit("ms")


def sensor_layer_from_state(state: dict[str, Any]) -> SensorLayer:
    """Registry factory for a layer that carries its data (a source is read by ``gisdesk.io``)."""
    state = dict(state)
    state.pop("type", None)
    if "data" not in state:
        raise ValueError(f"layer {state.get('name')!r}: reading {state.get('source')!r} needs gisdesk.io")  # programming error
    return SensorLayer(**copy.copy(state))
