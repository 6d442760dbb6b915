"""Sensor exceedance: how many hours each station (and each ward) spent over a limit in the time window (no Qt).

How an hour is counted:

* the readings of the parameter (inside the time window, ``[start, end)``) are grouped into clock hours
  (Huế's offset, +07:00, is a whole number of hours, so UTC hours are the city's clock hours) and averaged per
  station: one **hourly mean** per station and hour with at least one reading, whatever the sensor's cadence
  (a reference monitor's one value an hour, a low-cost sensor's irregular readings every 17 minutes);
* an hour is **over** when its mean is *strictly greater* than the limit (a mean exactly at the limit is not
  over, as in QCVN 05:2023, whose values are maximum permitted values);
* an hour of the window without any reading is **missing**: counted in ``hours_missing``, never as over or
  under. The window's hours are the clock hours it touches; an open side of the window ends at the first or
  last hour with a reading of the parameter at any station taking part.

The default limit comes from the layer's thresholds (QCVN 05:2023/BTNMT Table 1 unless the user edited them):
the **1-hour** limit of the parameter where there is one (SO2 350, CO 30,000, NO2 200, O3 200 µg/m³), else its
**24-hour** limit (PM2.5 50 µg/m³, 45 from 1 January 2026; PM10 100 µg/m³). QCVN 05:2023 sets no 1-hour limit
for PM2.5 or PM10, so for them an hour over the 24-hour limit is an indication of bad air, not a legal
exceedance (that is a calendar day's mean over it: the sensor layer's ``exceedances`` column). Each hour is
compared with the limit in force on its (local) day, so a window across 1 January 2026 uses 50 then 45 for
PM2.5. A limit given by the user is in the readings' unit and applies to every hour.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    check_overlap,
    input_frame,
    input_rows,
    register,
    transform_xy,
)
from gisdesk.core.i18n import fmt_num, tr, trf

HOUR_NS = 3_600_000_000_000
#: how parameters are called in messages and column titles
PARAMETER_LABELS = {"pm25": "PM2.5", "pm10": "PM10", "pm1": "PM1", "no2": "NO2", "so2": "SO2", "co": "CO",
                    "o3": "O3", "aqi": "AQI"}
#: the columns of the per-station output, in order (besides the geometry)
STATION_COLUMNS = ("station_id", "station_name", "ward", "parameter", "hours_in_window", "hours_with_data",
                   "hours_missing", "hours_over", "pct_over", "max_value", "first_over", "last_over", "limit",
                   "unit")
#: the columns of the per-ward table
WARD_COLUMNS = ("ward", "stations", "stations_over", "hours_with_data", "hours_over", "worst_station_id",
                "worst_station", "worst_hours_over")
_LABEL_GUESSES = ("name", "ward_name", "ten", "ten_phuong", "TEN", "NAME", "Name")


def parameter_label(code: str) -> str:
    return PARAMETER_LABELS.get(code, code)


@register
class SensorExceedance(Algorithm):
    id = "sensor_exceedance"
    name = "Hours over the limit per sensor"
    group = "Sensors"
    description = (
        "How many hours each sensor station spent over a limit in the time window, and, with wards, how many "
        "in each ward. The readings are averaged per clock hour; an hour counts as over when its mean is "
        "strictly greater than the limit, and hours without readings are counted as missing, never as over. "
        "The default limit is QCVN 05:2023/BTNMT's 1-hour limit for the parameter, or its 24-hour limit where "
        "it sets no 1-hour limit (PM2.5 and PM10: then an hour over it signals bad air but is not a legal "
        "exceedance). The result is a point layer of the stations (hours over, % of the hours with data, "
        "highest hourly mean, first and last hour over, in Huế time) and, with wards, a table per ward."
    )
    params = (
        Param("sensors", "layer", "Sensor stations", geometry="point",
              help="A sensor layer: stations with their readings (Layer > Open sensors…)."),
        Param("parameter", "text", "Parameter", optional=True,
              help="What to count, e.g. pm25 (PM2.5), pm10, no2, o3; default: the parameter the layer shows."),
        Param("limit", "number", "Limit", optional=True, minimum=0.0,
              help="In the readings' unit (µg/m³ for pollutants). Default: the layer's thresholds (QCVN "
                   "05:2023/BTNMT): the 1-hour limit, else the 24-hour limit."),
        Param("polygons", "layer", "Wards", optional=True, geometry="polygon",
              help="Optional: polygons (wards) to sum the hours over per area."),
        Param("label_field", "field", "Ward name field", optional=True, parent="polygons",
              help="The column that names each polygon in the per-ward table."),
    )
    time_aware = True

    def run(self, values: Mapping[str, Any], context: Context, feedback: Feedback) -> Result:
        from gisdesk.layers.sensors import SensorLayer

        li: LayerInput = values["sensors"]
        layer = li.layer
        if not isinstance(layer, SensorLayer):
            raise AnalysisError(trf("{layer}: this layer has stations but no readings. Open the sensors with Layer > "
                                    "Open sensors… (a readings file, a GeoPackage of stations and readings, or a "
                                    "SensorThings feed) and choose that layer.", layer=li.name))
        param = _parameter(layer, values.get("parameter"))
        label = parameter_label(param)
        feedback.progress(0.05, "Finding the stations")
        rows = input_rows(li, context)
        ids = np.array(layer.station_ids(rows), dtype=object)
        readings = layer.readings
        of_param = (readings["parameter"] == param).to_numpy(dtype=bool, na_value=False)
        sub = readings.loc[of_param, ["station_id", "datetime", "value", "unit"]]
        # station ids are factorised once (text columns of a million readings are slow to convert)
        sid_codes, sid_values = pd.factorize(sub["station_id"], use_na_sentinel=True)
        measuring = pd.Index([str(x) for x in sid_values])
        takes_part = pd.Index(ids).isin(measuring)
        not_measuring = int((~takes_part).sum())
        if not takes_part.any():
            raise AnalysisError(trf("None of the stations of {layer} that take part measures {parameter}; choose "
                                    "other stations or another parameter.", layer=li.name, parameter=label))
        rows, ids = rows[takes_part], ids[takes_part]
        unit = _unit(sub, label)
        limit = _Limit.resolve(layer, param, values.get("limit"), unit)

        feedback.progress(0.15, "Averaging the readings per hour")
        from gisdesk.core.timewindow import times_ns

        t = times_ns(sub["datetime"])
        v = sub["value"].to_numpy(dtype=float, na_value=np.nan)
        keep = (t != np.iinfo(np.int64).min) & np.isfinite(v)
        window = context.time_window
        if window is not None:
            keep &= window.mask(t)
        uniq = pd.Index(pd.unique(ids))  # a station id listed twice shares its readings
        code = np.append(uniq.get_indexer(measuring), -1)[sid_codes]  # -1: not taking part (or no id)
        keep &= code >= 0
        if not keep.any():
            if window is not None:
                raise AnalysisError(trf("No {parameter} reading of the stations taking part falls inside the time "
                                        "window ({window}); widen the time window.", parameter=label,
                                        window=window.label(layer.tz)))
            raise AnalysisError(trf("No {parameter} reading of the stations taking part falls inside the layer; "
                                    "widen the time window.", parameter=label))
        s, h, mean = _hourly_means(code[keep], t[keep] // HOUR_NS, v[keep])
        feedback.progress(0.5, "Counting the hours over the limit")
        lim = limit.per_hour(h, layer.tz)
        over = mean > lim  # strictly greater: a mean exactly at the limit is not over
        n = len(uniq)
        with_data = np.bincount(s, minlength=n)
        n_over = np.bincount(s, weights=over, minlength=n).astype(np.int64)
        max_value = np.full(n, np.nan)
        np.fmax.at(max_value, s, mean)
        first = np.full(n, np.iinfo(np.int64).max)
        last = np.full(n, np.iinfo(np.int64).min)
        np.minimum.at(first, s[over], h[over])
        np.maximum.at(last, s[over], h[over])
        start_h = window.start_ns // HOUR_NS if window is not None and window.start_ns is not None else int(h.min())
        end_h = -(-window.end_ns // HOUR_NS) if window is not None and window.end_ns is not None else int(h.max()) + 1
        span = int(end_h - start_h)

        at = uniq.get_indexer(ids)  # each output row's station
        table = layer.attributes.iloc[rows].reset_index(drop=True)
        names = table["station_name"].astype("str") if "station_name" in table.columns else pd.Series(ids)
        out = pd.DataFrame({
            "station_id": pd.array(ids, dtype="str"),
            "station_name": pd.array(names.to_numpy(dtype=object), dtype="str"),
            "parameter": param,
            "hours_in_window": np.full(len(ids), span, dtype=np.int64),
            "hours_with_data": with_data[at].astype(np.int64),
            "hours_missing": (span - with_data[at]).astype(np.int64),
            "hours_over": n_over[at],
            "pct_over": np.where(with_data[at] > 0, 100.0 * n_over[at] / np.maximum(with_data[at], 1), np.nan),
            "max_value": max_value[at],
            "first_over": _iso_hours(first[at], layer.tz, missing=np.iinfo(np.int64).max),
            "last_over": _iso_hours(last[at], layer.tz, missing=np.iinfo(np.int64).min),
            "limit": limit.at_end(h, layer.tz),
            "unit": unit,
        })
        import geopandas as gpd

        geoms = layer.geometries(rows)
        gdf = gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(list(geoms), crs=layer.crs).values, crs=layer.crs)

        feedback.progress(0.7, "Summing per ward")
        ward_table = None
        ward_notes: list[str] = []
        if values.get("polygons") is not None:
            ward_of, ward_table, ward_notes = _per_ward(values["polygons"], values.get("label_field"), layer, rows,
                                                        gdf, context)
            gdf.insert(2, "ward", pd.array(ward_of, dtype="str"))
        gdf = gdf[[c for c in STATION_COLUMNS if c in gdf.columns] + [gdf.geometry.name]]

        feedback.progress(0.9, "Styling")
        from gisdesk.styles.renderers import GraduatedRenderer

        style = GraduatedRenderer.from_data(gdf, "hours_over", method="natural_breaks", k=5, ramp="YlOrRd",
                                            geometry_family="point").to_dict() if context.styles else None
        summary = _summary(gdf, label, unit, limit, window, layer, span, not_measuring, ward_notes, h)
        top = gdf.sort_values(["hours_over", "max_value"], ascending=False, kind="stable").head(15)
        chart = {"x": [str(x) for x in top["station_name"]],
                 "series": {tr("Hours over the limit"): [int(x) for x in top["hours_over"]]},
                 "title": trf("Hours with a mean {parameter} over {limit:g} {unit}", parameter=label,
                              limit=float(gdf["limit"].iloc[0]), unit=unit).rstrip()}
        return Result(name=trf("Hours over the {parameter} limit", parameter=label), layer=gdf, table=ward_table,
                      style=style, summary=summary, chart=chart)


# --------------------------------------------------------------------------------------------------
# the parts


def _parameter(layer: Any, given: Any) -> str:
    """The parameter code to count: the given one (a code or a name such as "PM2.5"), else the layer's."""
    params = layer.parameters
    if given is None or not str(given).strip():
        if layer.parameter is None:
            raise AnalysisError(trf("{layer} has no readings.", layer=layer.name))
        return str(layer.parameter)
    text = str(given).strip()
    if text in params:
        return text
    from gisdesk.io.sensors import canonical_parameter

    code, _ = canonical_parameter(text)
    if code in params:
        return code
    have = ", ".join(f"{parameter_label(p)} ({p})" if parameter_label(p) != p else p for p in params) or tr("none")
    raise AnalysisError(trf("{layer} has no readings of {given!r}; its readings are of {have}.", layer=layer.name,
                            given=text, have=have))


def _hourly_means(station: np.ndarray, hour: np.ndarray, value: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One mean per (station, hour) with readings: (station codes, hours, means), sorted by station and hour.
    Integer keys and bincount: no group-by over a million rows."""
    h0 = int(hour.min())
    span = int(hour.max()) - h0 + 1
    key = station.astype(np.int64) * span + (hour - h0)
    keys, inverse = np.unique(key, return_inverse=True)
    sums = np.bincount(inverse, weights=value, minlength=len(keys))
    counts = np.bincount(inverse, minlength=len(keys))
    return keys // span, keys % span + h0, sums / counts


def _unit(sub: pd.DataFrame, label: str) -> str:
    units = [str(u) for u in pd.unique(sub["unit"]) if isinstance(u, str) and u]
    if len(units) > 1:
        raise AnalysisError(trf("The {parameter} readings mix units ({units}); they cannot be compared with one "
                                "limit. Convert them to one unit first.", parameter=label, units=", ".join(units)))
    return units[0] if units else ""


class _Limit:
    """The limit each hour is compared with: a constant (given by the user) or the thresholds' rows of one
    averaging period (each hour against the row in force on its local day)."""

    def __init__(self, *, value: float | None = None, rows: list[Any] | None = None, scale: float = 1.0,
                 period: str | None = None, source: str = "", unit: str = "", no_hourly: bool = False) -> None:
        self.value = value
        self.rows = sorted(rows or [], key=lambda r: (r.valid_from is not None, r.valid_from))
        self.scale = scale
        self.period = period
        self.source = source
        self.unit = unit
        self.no_hourly = no_hourly

    @classmethod
    def resolve(cls, layer: Any, param: str, given: Any, unit: str) -> _Limit:
        label = parameter_label(param)
        if given is not None:
            return cls(value=float(given), source="given", unit=unit)
        thresholds = layer.thresholds
        periods = thresholds.periods(param)
        period = "1h" if "1h" in periods else "24h" if "24h" in periods else None
        if period is None:
            raise AnalysisError(trf("The layer's thresholds ({thresholds}) set no 1-hour or 24-hour limit for "
                                    "{parameter}; give a limit.", thresholds=thresholds.name, parameter=label))
        rows = [r for r in thresholds.rows if r.parameter == param and r.period == period]
        scale = 1.0
        if unit and unit != rows[0].unit:
            from gisdesk.layers.air_quality import _unit_scale

            got = _unit_scale(rows[0].unit, unit)
            if got is None:
                raise AnalysisError(trf("The {parameter} readings are in {unit} but the limit is in {limit_unit}; "
                                        "they cannot be compared. Give a limit in the readings' unit.",
                                        parameter=label, unit=unit, limit_unit=rows[0].unit))
            scale = got
        sources = sorted({r.source for r in rows if r.source}) or [thresholds.name]
        return cls(rows=rows, scale=scale, period=period, source="; ".join(sources), unit=unit or rows[0].unit,
                   no_hourly=period != "1h")

    def _row_of(self, hours: np.ndarray, tz: str) -> np.ndarray:
        """For each hour (hours since the epoch, UTC), the position in ``rows`` of the limit in force on its
        local day (-1: none yet)."""
        days = _local_days(hours, tz)
        begins = np.array([np.datetime64(r.valid_from, "D") if r.valid_from else np.datetime64("0001-01-01", "D")
                           for r in self.rows])
        return np.searchsorted(begins, days, side="right") - 1

    def per_hour(self, hours: np.ndarray, tz: str) -> np.ndarray:
        """The limit for each hour (hours since the epoch, UTC), in the readings' unit."""
        if self.value is not None:
            return np.full(len(hours), self.value)
        pos = self._row_of(hours, tz)
        limits = np.array([r.limit for r in self.rows], dtype=float) * self.scale
        return np.where(pos >= 0, limits[np.clip(pos, 0, None)], np.nan)

    def at_end(self, hours: np.ndarray, tz: str) -> float:
        """The limit in force on the last hour with data (what the output's ``limit`` column says)."""
        got = self.per_hour(np.array([hours.max()], dtype=np.int64), tz)
        return float(got[0])

    def describe(self, hours: np.ndarray, tz: str, label: str) -> list[str]:
        """Sentences on the limit used, its source and how hours are compared with it."""
        if self.value is not None:
            if not self.unit:
                return [trf("Limit used: {limit:g} (given), for every hour.", limit=self.value)]
            return [trf("Limit used: {limit:g} {unit} (given), for every hour.", limit=self.value, unit=self.unit)]
        pos = np.unique(self._row_of(np.unique(hours), tz))
        used = [self.rows[i] for i in pos if i >= 0] or self.rows[-1:]
        parts = [trf("{limit:g} {unit} from {date}", limit=r.limit * self.scale, unit=self.unit,
                     date=f"{r.valid_from:%d/%m/%Y}") if r.valid_from and len(used) > 1 else
                 f"{fmt_num(r.limit * self.scale, 'g')} {self.unit}".rstrip()
                 for r in used]
        source = _and(list(dict.fromkeys(r.source or self.source for r in used)))
        figures = {"limits": _and(parts), "parameter": label, "source": source}
        if len(used) > 1:
            lines = [trf("Limit used: {limits} (each hour against the limit in force on its day), the 1-hour limit "
                         "for {parameter} of {source}.", **figures) if self.period == "1h" else
                     trf("Limit used: {limits} (each hour against the limit in force on its day), the 24-hour limit "
                         "for {parameter} of {source}.", **figures)]
        else:
            lines = [trf("Limit used: {limits}, the 1-hour limit for {parameter} of {source}.", **figures)
                     if self.period == "1h" else
                     trf("Limit used: {limits}, the 24-hour limit for {parameter} of {source}.", **figures)]
        if self.no_hourly:
            lines.append(trf("QCVN 05:2023 sets no 1-hour limit for {parameter}, so each hourly mean was compared "
                             "with the 24-hour limit: hours over it signal bad air but are not legal exceedances "
                             "(those are days whose mean is over the limit: the sensor layer's 'exceedances' "
                             "column).", parameter=label))
        return lines


def _and(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return trf("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def _local_days(hours: np.ndarray, tz: str) -> np.ndarray:
    """The local calendar day (datetime64[D]) of each hour (hours since the epoch, UTC)."""
    idx = pd.DatetimeIndex(np.asarray(hours, dtype=np.int64) * HOUR_NS, tz="UTC")
    return idx.tz_convert(tz).tz_localize(None).to_numpy(dtype="datetime64[D]")


def _iso_hours(hours: np.ndarray, tz: str, missing: int) -> pd.arrays.ArrowStringArray | Any:
    """Hours since the epoch (UTC) as local ISO 8601 text with the offset ("2026-10-01T07:00:00+07:00");
    None where ``missing``. Text, not datetimes: every output format (GeoPackage, shapefile, CSV) keeps it."""
    hours = np.asarray(hours, dtype=np.int64)
    ok = hours != missing
    out = np.full(len(hours), None, dtype=object)
    if ok.any():
        idx = pd.DatetimeIndex(hours[ok] * HOUR_NS, tz="UTC").tz_convert(tz)
        text = pd.Series(idx.strftime("%Y-%m-%dT%H:%M:%S%z"))
        out[ok] = text.str.replace(r"([+-]\d\d)(\d\d)$", r"\1:\2", regex=True).to_numpy(dtype=object)
    return pd.array(out, dtype="str")


def _ward_labels(polys: Any, label_field: str | None) -> np.ndarray:
    if label_field:
        col = polys[label_field]
    else:
        col = next((polys[c] for c in _LABEL_GUESSES if c in polys.columns), None)
    if col is None:
        return np.array([trf("Polygon {n}", n=int(r) + 1) for r in polys["__row"]], dtype=object)
    text = col.astype("str").to_numpy(dtype=object)
    missing = col.isna().to_numpy()
    text[missing] = [trf("Polygon {n}", n=int(r) + 1) for r in polys["__row"].to_numpy()[missing]]
    return text


def _per_ward(pli: LayerInput, label_field: str | None, layer: Any, rows: np.ndarray, gdf: Any,
              context: Context) -> tuple[np.ndarray, pd.DataFrame, list[str]]:
    """Each station's ward (label, None outside), the per-ward table and notes for the summary."""
    from gisdesk.analysis.overlay import assign_points

    polys = input_frame(pli, context)
    if polys.crs is None or layer.crs is None:
        raise AnalysisError(trf("{layer} has no coordinate reference system; set one (Layer properties) first.",
                                layer=pli.name if polys.crs is None else layer.name))
    pts = layer.points
    if pts is not None:
        x, y = pts.x[rows].astype(float), pts.y[rows].astype(float)
    else:  # stations held as a GeoDataFrame: points only (anything else has no single position)
        import shapely

        geoms = np.asarray(gdf.geometry.values, dtype=object)
        point = shapely.get_type_id(geoms) == 0
        x, y = np.full(len(geoms), np.nan), np.full(len(geoms), np.nan)
        x[point], y[point] = shapely.get_x(geoms[point]), shapely.get_y(geoms[point])
    located = np.isfinite(x) & np.isfinite(y)
    ward = np.full(len(rows), -1, dtype=np.int64)
    notes: list[str] = []
    if located.any():
        px, py = transform_xy(x[located], y[located], layer.crs, polys.crs)
        px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
        check_overlap((px.min(), py.min(), px.max(), py.max()), tuple(polys.total_bounds), layer.name, pli.name)
        ward[located] = assign_points(px, py, polys.geometry.values)
    labels = _ward_labels(polys, label_field)
    ward_of = np.where(ward >= 0, labels[np.clip(ward, 0, None)], None)
    outside = located & (ward < 0)
    if (~located).any():
        k = int((~located).sum())
        notes.append(trf("{n:,} station has no position and is in no ward.", n=k) if k == 1 else
                     trf("{n:,} stations have no position and are in no ward.", n=k))
    if outside.any():
        k = int(outside.sum())
        names = ", ".join(str(s) for s in gdf["station_id"].to_numpy(dtype=object)[outside][:5])
        if k > 5:
            names = trf("{names} and {k} more", names=names, k=k - 5)
        notes.append(trf("{n:,} station lies outside every ward: {stations}.", n=k, stations=names) if k == 1 else
                     trf("{n:,} stations lie outside every ward: {stations}.", n=k, stations=names))
    inside = ward >= 0
    frame = pd.DataFrame({
        "w": ward[inside], "station_id": gdf["station_id"].to_numpy(dtype=object)[inside],
        "station_name": gdf["station_name"].to_numpy(dtype=object)[inside],
        "hours_with_data": gdf["hours_with_data"].to_numpy()[inside],
        "hours_over": gdf["hours_over"].to_numpy()[inside],
        "max_value": gdf["max_value"].to_numpy(dtype=float)[inside],
    })
    cols = list(WARD_COLUMNS)
    if frame.empty:
        table = pd.DataFrame({c: pd.Series([], dtype="int64" if c not in ("ward", "worst_station_id",
                                                                          "worst_station") else "str")
                              for c in cols})
        return ward_of, table, notes
    frame["is_over"] = frame["hours_over"] > 0
    per = frame.groupby("w", sort=True).agg(stations=("station_id", "size"), stations_over=("is_over", "sum"),
                                            hours_with_data=("hours_with_data", "sum"),
                                            hours_over=("hours_over", "sum"))
    worst = (frame.sort_values(["w", "hours_over", "max_value"], ascending=[True, False, False], kind="stable",
                               na_position="last")
             .drop_duplicates("w").set_index("w"))
    per = per.join(worst[["station_id", "station_name", "hours_over"]].rename(
        columns={"station_id": "worst_station_id", "station_name": "worst_station", "hours_over": "worst_hours_over"}))
    per.insert(0, "ward", labels[per.index.to_numpy()])
    table = per.reset_index(drop=True)
    for c in ("stations", "stations_over", "hours_with_data", "hours_over", "worst_hours_over"):
        table[c] = table[c].astype("int64")
    for c in ("ward", "worst_station_id", "worst_station"):
        table[c] = table[c].astype("str")
    table = table.sort_values(["hours_over", "ward"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return ward_of, table[cols], notes


def _summary(gdf: Any, label: str, unit: str, limit: _Limit, window: Any, layer: Any, span: int,
             not_measuring: int, ward_notes: list[str], hours: np.ndarray) -> list[str]:
    n = len(gdf)
    head = {"n": n, "parameter": label, "hours": span}
    if window is not None:
        head["window"] = window.label(layer.tz)
        line = (trf("{n:,} station measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock "
                    "hours.", **head) if n == 1 else
                trf("{n:,} stations measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock "
                    "hours.", **head))
    else:
        line = (trf("{n:,} station measuring {parameter}, over all the readings (no time window): {hours:,} clock "
                    "hours.", **head) if n == 1 else
                trf("{n:,} stations measuring {parameter}, over all the readings (no time window): {hours:,} clock "
                    "hours.", **head))
    lines = [line]
    lines += limit.describe(hours, layer.tz, label)
    lines.append(tr("An hour counts as over when the mean of its readings is strictly greater than the limit (a mean "
                    "exactly at the limit is not over). Hours without any reading are counted as missing, never as "
                    "over."))
    over = gdf[gdf["hours_over"] > 0].sort_values(["hours_over", "max_value"], ascending=False, kind="stable")
    if len(over):
        parts = [trf("{station} ({id}): {hours:,} h, {pct:.1f} % of its hours with data, highest hourly mean "
                     "{highest:g} {unit}", station=r.station_name, id=r.station_id, hours=r.hours_over,
                     pct=r.pct_over, highest=r.max_value, unit=unit).rstrip()
                 for r in over.head(3).itertuples()]
        lines.append(trf("{k:,} of {n:,} stations went over the limit; most hours over: {stations}.", k=len(over),
                         n=n, stations="; ".join(parts)))
    else:
        lines.append(trf("No station went over the limit (highest hourly mean {highest:g} {unit}).",
                         highest=np.nanmax(gdf["max_value"]), unit=unit).replace(" )", ")"))
    missing = int(gdf["hours_missing"].sum())
    if missing:
        no_data = int((gdf["hours_with_data"] == 0).sum())
        if not no_data:
            lines.append(trf("{n:,} station-hours had no reading (missing).", n=missing))
        else:
            lines.append(trf("{n:,} station-hours had no reading (missing); {k:,} station had no {parameter} reading "
                             "in the window.", n=missing, k=no_data, parameter=label) if no_data == 1 else
                         trf("{n:,} station-hours had no reading (missing); {k:,} stations had no {parameter} "
                             "reading in the window.", n=missing, k=no_data, parameter=label))
    if not_measuring:
        k = not_measuring
        lines.append(trf("{n:,} station that does not measure {parameter} was left out.", n=k, parameter=label)
                     if k == 1 else
                     trf("{n:,} stations that do not measure {parameter} were left out.", n=k, parameter=label))
    return lines + ward_notes
