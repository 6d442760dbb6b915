"""Sensor stations and readings from files: CSV and XLSX (long or wide layout) and Parquet.

:func:`read_sensor_file` returns a :class:`SensorData`: a stations table (``STATION_FIELDS`` plus the
source's other per-station columns) and a readings table (``READING_FIELDS``: one measurement per row,
``datetime`` aware in UTC, ``value`` a float, canonical parameter codes and units from ``PARAMETER_UNITS``),
with a :class:`~gisdesk.io.report.LayerReport` that says what was found and what was done about it.

Layouts understood:

* **long**: one reading per row (station, parameter, time, value, unit, lat/lon), e.g. the OpenAQ export
  (``location_id, location_name, parameter, value, unit, datetimeUtc, datetimeLocal, timezone, latitude,
  longitude, ...``) or the aqi.in scrape (``station_name, timestamp_utc, parameter, value, unit, ...``);
* **wide**: one row per station and time with a column per parameter (``pm25``, ``PM2.5 (µg/m³)``,
  ``Nhiệt độ (°C)``, ``độ ẩm``...);
* **Parquet** tables of either layout (read with pyarrow: the GDAL in pyogrio has no Parquet driver).

Stations may come from a second file (``stations_path``: CSV, XLSX or Parquet), matched by id or name.
Columns are recognised by name in English, OpenAQ's and common Vietnamese wording ("trạm", "thời gian",
"giá trị", "đơn vị", "vĩ độ", "kinh độ", "thông số"). Gas concentrations in ppm/ppb are converted to µg/m³
at 25 °C and 1 atm (the reference conditions of QCVN 05:2023/BTNMT), °F to °C, mg/m³ to µg/m³.

The real-world mess the report describes rather than hides: units that cannot be right ("µg/m³" on humidity),
stations geocoded to the wrong province (a ward name shared by two provinces), several stations on one point
(often one sensor listed under several names), rows without coordinates, duplicate readings, constant series,
irregular cadence, empty columns and naive times.

The SensorThings API client (:mod:`gisdesk.io.feeds.sensorthings`) feeds its observations through the same
normalisation (:func:`normalise_readings`, :func:`check_stations`, :func:`check_readings`).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd

from gisdesk.core.errors import ReadError
from gisdesk.core.i18n import N_, fmt_num, tr, trf
from gisdesk.io.report import LayerReport
from gisdesk.layers.schema import CITY_TIMEZONE, PARAMETER_UNITS, READING_FIELDS, STATION_FIELDS

__all__ = [
    "SensorData",
    "canonical_parameter",
    "canonical_unit",
    "check_readings",
    "check_stations",
    "empty_readings",
    "empty_stations",
    "is_geopackage_source",
    "normalise_readings",
    "read_sensor_file",
    "read_sensor_geopackage",
]

WGS84 = "EPSG:4326"
PARQUET_EXTS = {".parquet", ".pq", ".parq"}
TABLE_EXTS = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm"}

# --------------------------------------------------------------------------------------------------
# the result


@dataclass
class SensorData:
    """Stations and readings of a sensor network, normalised, with the report of what was done.

    ``stations``: one row per station, ``STATION_FIELDS`` first (lat/lon in WGS 84, NaN when unknown), then
    ``location_note`` (why a position is doubtful, else empty) and the source's other per-station columns.
    ``readings``: ``READING_FIELDS`` (datetime aware, UTC), sorted by station, parameter and time.
    ``datastreams``: for SensorThings data, one row per Datastream (else None).
    """

    stations: pd.DataFrame
    readings: pd.DataFrame
    report: LayerReport
    datastreams: pd.DataFrame | None = None

    @property
    def parameters(self) -> list[str]:
        """The parameters measured, most readings first."""
        if self.readings.empty:
            return []
        return [str(p) for p in self.readings["parameter"].value_counts().index]

    def points(self) -> Any:
        """The stations as a :class:`~gisdesk.layers.PointData` (x = lon, y = lat, WGS 84)."""
        from gisdesk.layers.vector import PointData

        table = self.stations.reset_index(drop=True)
        return PointData(table, table["lon"].to_numpy(dtype=float), table["lat"].to_numpy(dtype=float), crs=WGS84)


def empty_readings() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "station_id": pd.Series([], dtype="str"),
            "parameter": pd.Series([], dtype="str"),
            "datetime": pd.Series([], dtype="datetime64[ms, UTC]"),
            "value": pd.Series([], dtype="float64"),
            "unit": pd.Series([], dtype="str"),
        }
    )


def empty_stations() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "station_id": pd.Series([], dtype="str"),
            "station_name": pd.Series([], dtype="str"),
            "provider": pd.Series([], dtype="str"),
            "lat": pd.Series([], dtype="float64"),
            "lon": pd.Series([], dtype="float64"),
            "location_note": pd.Series([], dtype="str"),
        }
    )


# --------------------------------------------------------------------------------------------------
# names


def _fold(text: Any) -> str:
    """Lower case ASCII words: accents removed (đ -> d), camelCase split, punctuation -> spaces."""
    t = unicodedata.normalize("NFKC", str(text))
    t = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", t)
    t = t.replace("đ", "d").replace("Đ", "D")
    t = "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def _nfc(text: Any) -> str:
    return unicodedata.normalize("NFC", str(text)).strip()


def _map_unique(s: pd.Series, func: Any, na: Any = None) -> np.ndarray:
    """``func`` applied once per distinct value (missing values give ``na``); fast on big columns."""
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    out = np.array([func(u) for u in uniques] + [na], dtype=object)
    return out[codes]


def _isin(s: pd.Series, values: Iterable[Any]) -> np.ndarray:
    values = set(values)
    return _map_unique(s, lambda v: v in values, na=False).astype(bool)


def _trn(n: int, one: str, many: str, /, **values: Any) -> str:
    """``trf(one)`` when ``n`` is 1, else ``trf(many)``, with ``n`` among the values; both texts are marked with
    ``N_`` where they are written (the Vietnamese of both is the same)."""
    return trf(one if n == 1 else many, n=n, **values)


def _names(items: Iterable[Any], limit: int = 4) -> str:
    items = [f"'{i}'" for i in items]
    if len(items) <= 1:
        return items[0] if items else ""
    if len(items) <= limit:
        return trf("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])
    return trf("{items} and {n:,} more", items=", ".join(items[:limit]), n=len(items) - limit)


# column roles, by folded name
_ID_NAMES = {
    "station id", "stationid", "station code", "station no", "station number", "ma tram", "id tram", "ma so tram",
    "site id", "site code", "location id", "locationid", "sensor id", "device id", "thing id", "station key",
}
_NAME_NAMES = {
    "station name", "station", "ten tram", "tram", "tram quan trac", "location name", "site name", "site",
    "dia diem", "ten dia diem", "location", "name", "ten", "station label", "sensor name", "device name",
}
_PARAM_NAMES = {
    "parameter", "parameter name", "pollutant", "thong so", "ten thong so", "chi tieu", "chat o nhiem",
    "variable", "measurand", "observed property", "param", "species", "metric", "chi so",
}
_VALUE_NAMES = {
    "value", "gia tri", "concentration", "nong do", "reading", "measurement", "measured value", "result",
    "ket qua", "gia tri do", "obs value", "observation", "gia tri quan trac",
}
_UNIT_NAMES = {"unit", "units", "don vi", "don vi tinh", "dvt", "uom", "unit of measurement", "unit symbol"}
# time columns, best first; a name with "utc" in it says its naive times are UTC
_TIME_NAMES = [
    "datetime utc", "date time utc", "timestamp utc", "time utc", "date utc", "utc", "thoi gian utc",
    "datetime", "date time", "timestamp", "time stamp", "thoi gian", "ngay gio", "thoi diem", "thoi gian do",
    "observed at", "measured at", "measurement time", "phenomenon time", "period start", "date", "time", "ngay",
    "datetime local", "date time local", "local time", "local datetime", "time local",
]
_DATE_ONLY = {"date", "ngay", "ngay do"}
_CLOCK_ONLY = {"time", "gio", "gio do", "hour", "thoi gian"}
_PROVIDER_NAMES = [
    "provider", "provider name", "data provider", "network", "operator", "owner name", "owner", "agency", "nguon",
    "nguon du lieu", "don vi quan ly",
]
_TZ_NAMES = {"timezone", "time zone", "tz", "mui gio"}
_AQI_NAMES = {"aqi", "aqi reported", "us aqi", "vn aqi", "aqi value", "chi so aqi", "aqi us", "aqi vn"}
_FLAG_NAMES = {"quality flag", "qc flag", "flag", "quality", "qc", "validity", "qa flag"}
_LAT_NAMES = {"lat", "latitude", "vi do", "lat dd", "latitude dd", "y lat"}
_LON_NAMES = {"lon", "lng", "long", "longitude", "kinh do", "lon dd", "longitude dd", "x lon"}
_BAD_FLAGS = {"invalid", "bad", "error", "rejected", "fail", "failed", "erroneous", "khong hop le", "loi"}

# --------------------------------------------------------------------------------------------------
# parameters and units

#: folded (spaces removed) names -> canonical parameter code
_PARAMETER_ALIASES: dict[str, str] = {}
for _code, _aliases in {
    "pm25": ["pm25", "finedust", "buimin", "pm2point5", "finepm", "finedustpm25"],
    "pm10": ["pm10", "coarsedust"],
    "pm1": ["pm1"],
    "no2": ["no2", "nitrogendioxide", "nitodioxit", "nitodioxide", "nitrogendioxit"],
    "so2": ["so2", "sulfurdioxide", "sulphurdioxide", "luuhuynhdioxit", "luuhuynhdioxide"],
    "co": ["co", "carbonmonoxide", "cacbonmonoxit", "cacbonmonoxide", "carbonmonoxit"],
    "o3": ["o3", "ozone", "ozon"],
    "aqi": ["aqi", "usaqi", "vnaqi", "aqius", "aqivn", "chisoaqi", "aqireported", "chisochatluongkhongkhi",
            "airqualityindex", "aqivalue"],
    "temperature": ["temperature", "temp", "t", "tem", "nhietdo", "nhietdokhongkhi", "airtemperature", "airtemp",
                    "tempc", "temperaturec", "ambienttemperature", "nhietdomoitruong"],
    "humidity": ["humidity", "hum", "rh", "relativehumidity", "doam", "doamkhongkhi", "humid", "doamtuongdoi",
                 "relhumidity"],
    "pressure": ["pressure", "press", "pres", "apsuat", "apsuatkhongkhi", "airpressure", "baro",
                 "barometricpressure", "atmosphericpressure", "apsuatkhiquyen"],
    "water_level": ["waterlevel", "mucnuoc", "wl", "level", "stage", "waterheight", "mucnuocsong", "riverlevel",
                    "mucnuocho"],
    "flood_depth": ["flooddepth", "dosaungap", "ngap", "docaongap", "mucngap", "inundationdepth"],
    "rainfall": ["rainfall", "rain", "precipitation", "precip", "luongmua", "mua", "rr", "rainfallmm"],
}.items():
    for _a in _aliases:
        _PARAMETER_ALIASES[_a] = _code
# aliases too loose to take a bare column name as a parameter column in a wide table
_NOT_WIDE = {"t", "tem", "level", "stage", "rr", "mua", "ngap", "wl", "press", "pres", "hum", "baro"}

#: molar masses (g/mol) for ppm/ppb -> µg/m³; NOx is reported as NO2 by convention
_MOLAR_MASS = {
    "no2": 46.0055, "so2": 64.066, "co": 28.010, "o3": 47.997, "no": 30.006, "nox": 46.0055, "nh3": 17.031,
    "h2s": 34.08, "ch4": 16.043, "co2": 44.009, "c6h6": 78.11, "benzene": 78.11, "hcho": 30.026,
}
#: litres per mole of an ideal gas at 25 °C and 1 atm (QCVN 05:2023 1.3.10: Nm³ is at 25 °C, 760 mmHg)
MOLAR_VOLUME_25C = 24.45

_CONCENTRATION = {"pm25", "pm10", "pm1", "no2", "so2", "co", "o3"} | set(_MOLAR_MASS) | {"tsp", "pm4"}

#: folded unit spellings -> canonical unit
_UNIT_ALIASES = {
    "ug/m3": "µg/m³", "ug/nm3": "µg/m³", "mcg/m3": "µg/m³", "ugm3": "µg/m³", "ugm-3": "µg/m³",
    "microgrampercubicmeter": "µg/m³", "microgramspercubicmeter": "µg/m³", "microgrampercubicmetre": "µg/m³",
    "microgramspercubicmetre": "µg/m³", "ug/m^3": "µg/m³",
    "mg/m3": "mg/m³", "mg/nm3": "mg/m³", "milligrampercubicmeter": "mg/m³", "mg/m^3": "mg/m³",
    "ppm": "ppm", "partspermillion": "ppm", "ppb": "ppb", "partsperbillion": "ppb",
    "degc": "°C", "c": "°C", "oc": "°C", "celsius": "°C", "degreecelsius": "°C", "degreescelsius": "°C",
    "doc": "°C", "cel": "°C",
    "degf": "°F", "f": "°F", "of": "°F", "fahrenheit": "°F", "degreefahrenheit": "°F", "degreesfahrenheit": "°F",
    "k": "K", "kelvin": "K",
    "%": "%", "%rh": "%", "percent": "%", "rh": "%", "phantram": "%", "pct": "%",
    "hpa": "hPa", "mbar": "hPa", "mb": "hPa", "millibar": "hPa", "kpa": "kPa", "pa": "Pa", "mmhg": "mmHg",
    "inhg": "inHg",
    "m": "m", "met": "m", "metre": "m", "meter": "m", "metres": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "in": "in", "inch": "in", "inches": "in",
    "aqi": "", "index": "", "-": "",
}

# unit -> (factor, offset) to the canonical unit, per parameter kind
_LENGTH_TO_M = {"m": 1.0, "cm": 0.01, "mm": 0.001, "in": 0.0254}
_LENGTH_TO_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4}
_PRESSURE_TO_HPA = {"hPa": 1.0, "kPa": 10.0, "Pa": 0.01, "mmHg": 1.333224, "inHg": 33.8639}
# plausible ranges of the canonical values, used to decide whether a wrong-looking unit label is only a label
_PLAUSIBLE = {"humidity": (0.0, 100.0), "temperature": (-50.0, 60.0), "pressure": (300.0, 1100.0)}


def _unit_key(unit: Any) -> str:
    t = unicodedata.normalize("NFKC", str(unit)).strip().lower()
    t = t.replace("μ", "u").replace("µ", "u").replace("°", "deg").replace("º", "deg").replace("³", "3")
    t = t.replace("đ", "d")
    t = "".join(ch for ch in unicodedata.normalize("NFD", t) if not unicodedata.combining(ch))
    return re.sub(r"\s+", "", t)


def canonical_unit(unit: Any) -> str | None:
    """The canonical spelling of a unit ("ug/m3" -> "µg/m³", "deg C" -> "°C"); None when empty or unknown."""
    if unit is None or (isinstance(unit, float) and math.isnan(unit)):
        return None
    text = str(unit).strip()
    if not text or text.lower() in {"nan", "none", "null", "<na>"}:
        return None
    key = _unit_key(text)
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    return None


_PM_RE = re.compile(r"\bpm\s*[-_]?\s*(2\s*[.,_ ]\s*5|25|10|1\s*[.,]\s*0|1|4)\b")
_BRACKET_RE = re.compile(r"\s*[(\[{]([^)\]}]*)[)\]}]\s*")


def canonical_parameter(name: Any) -> tuple[str, str | None]:
    """A parameter name as written -> (canonical code, unit found in brackets or None).

    "PM2.5" / "pm25" / "PM 2.5" / "Bụi PM2,5" -> "pm25"; "Nhiệt độ (°C)" -> ("temperature", "°C");
    "Water level" / "mực nước" -> "water_level". A name gisdesk has no code for is kept as a lower-case code
    ("Wind speed" -> "wind_speed").
    """
    text = _nfc(name)
    unit = None
    m = _BRACKET_RE.search(text)
    if m:
        unit = m.group(1).strip() or None
        text = _BRACKET_RE.sub(" ", text).strip()
    low = unicodedata.normalize("NFKC", text).lower()
    pm = _PM_RE.search(low.replace("đ", "d"))
    if pm:
        digits = re.sub(r"[\s.,_]", "", pm.group(1))
        code = {"25": "pm25", "10": "pm10", "1": "pm1", "4": "pm4"}.get(digits)
        if "." in pm.group(1) or "," in pm.group(1):
            code = "pm1" if digits == "10" else code
        if code:
            return code, unit
    folded = _fold(text)
    key = folded.replace(" ", "")
    for prefix in ("bui", "nong do", "khi"):
        if folded.startswith(prefix + " ") and folded[len(prefix) + 1:].replace(" ", "") in _PARAMETER_ALIASES:
            key = folded[len(prefix) + 1:].replace(" ", "")
    if key in _PARAMETER_ALIASES:
        return _PARAMETER_ALIASES[key], unit
    if not folded:
        return "", unit
    return folded.replace(" ", "_"), unit


def _parameter_kind(code: str) -> str:
    if code in _CONCENTRATION:
        return "concentration"
    return {"temperature": "temperature", "humidity": "humidity", "pressure": "pressure", "water_level": "length_m",
            "flood_depth": "length_m", "rainfall": "length_mm", "aqi": "index"}.get(code, "other")


# --------------------------------------------------------------------------------------------------
# times


_ZONE_SUFFIX = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE
)
_DATE_PARTS = ["%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%m-%d-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y-%m-%d", "%Y.%m.%d",
               "%d/%m/%y", "%m/%d/%y"]
_TIME_PARTS = ["", " %H:%M", " %H:%M:%S", " %I:%M %p", " %I:%M:%S %p", " %H:%M:%S.%f", " %Hh%M", " %Hh",
               "T%H:%M:%S", "T%H:%M"]


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(trf("{tz!r} is not a time zone name (use e.g. 'Asia/Ho_Chi_Minh')", tz=tz)) from exc


def _zone_label(tz: str) -> str:
    offset = pd.Timestamp.now(tz=_zone(tz)).strftime("%z")
    return f"{tz} (UTC{offset[:3]}:{offset[3:]})"


def _localize(naive: pd.Series, tz: str) -> pd.Series:
    """Naive local times -> aware UTC. Times that do not exist or repeat (DST) become NaT."""
    return naive.dt.tz_localize(_zone(tz), ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")


def _to_utc_ms(s: pd.Series) -> pd.Series:
    return s.astype("datetime64[ms, UTC]")


@dataclass
class _Times:
    values: pd.Series  # datetime64[ms, UTC], NaT where unreadable
    naive: int = 0  # how many were read without a zone
    how: str = ""  # the format / rule used, for the report
    ambiguous_order: bool = False  # day/month vs month/day could not be told apart
    naive_mask: np.ndarray | None = None  # per value: read without a zone (text columns only)


def _infer_format(sample: Sequence[str]) -> tuple[str | None, bool]:
    """The strptime format that reads most of ``sample``; also whether day-first and month-first both fit."""
    us_clock = any(re.search(r"\b[AP]\.?M\.?$", s, re.IGNORECASE) for s in sample)
    dates = _DATE_PARTS
    if us_clock:  # a US export: month first
        dates = sorted(_DATE_PARTS, key=lambda f: 0 if f.startswith("%m") else 1)
    best, best_n = None, 0
    fits: list[str] = []
    arr = pd.Series(list(sample), dtype="str")
    for d in dates:
        for t in _TIME_PARTS:
            fmt = d + t
            n = int(pd.to_datetime(arr, format=fmt, errors="coerce").notna().sum())
            if n == len(arr):
                fits.append(fmt)
            if n > best_n:
                best, best_n = fmt, n
    ambiguous = any(f.startswith("%d") for f in fits) and any(f.startswith("%m") for f in fits)
    if fits:
        return fits[0], ambiguous
    return best, False


def _parse_times(col: pd.Series, *, tz: str, name: str, zones: pd.Series | None = None) -> _Times:
    """A column of times as written -> aware UTC (ms). Naive times are taken in ``tz`` (or in ``zones``,
    a per-row zone name column), except in a column whose name says UTC.

    A long text column is parsed once per distinct value (readings repeat each time stamp for every station
    and parameter; parsing is string work per value)."""
    n = len(col)
    if n >= 4096 and zones is None and not (pd.api.types.is_datetime64_any_dtype(col.dtype)
                                            or pd.api.types.is_numeric_dtype(col.dtype)):
        codes, uniques = pd.factorize(col, use_na_sentinel=True)
        if 0 < len(uniques) <= n // 4:
            each = _parse_times_rows(pd.Series(uniques), tz=tz, name=name)
            vals = each.values.to_numpy(dtype="datetime64[ms]", na_value=np.datetime64("NaT"))
            out = np.where(codes >= 0, vals[np.clip(codes, 0, None)], np.datetime64("NaT", "ms"))
            naive = 0 if each.naive_mask is None else int(each.naive_mask[codes[codes >= 0]].sum())
            return _Times(pd.Series(out, index=col.index).dt.tz_localize("UTC"), naive=naive, how=each.how,
                          ambiguous_order=each.ambiguous_order)
    return _parse_times_rows(col, tz=tz, name=name, zones=zones)


def _parse_times_rows(col: pd.Series, *, tz: str, name: str, zones: pd.Series | None = None) -> _Times:
    n = len(col)
    if n == 0:
        return _Times(pd.Series([], dtype="datetime64[ms, UTC]"))
    says_utc = "utc" in _fold(name).split() or _fold(name).endswith("utc")
    if isinstance(col.dtype, pd.DatetimeTZDtype):
        return _Times(_to_utc_ms(col.dt.tz_convert("UTC")), how=N_("typed date-times with a time zone"))
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        naive = col
        how = N_("typed date-times")
        out = _place_naive(naive, tz, says_utc, zones)
        return _Times(out, naive=int(naive.notna().sum()), how=how)
    if pd.api.types.is_numeric_dtype(col.dtype):
        v = pd.to_numeric(col, errors="coerce").astype(float)
        med = float(np.nanmedian(v)) if v.notna().any() else 0.0
        if 1e11 < med < 1e14:
            return _Times(_to_utc_ms(pd.to_datetime(v, unit="ms", utc=True)), how=N_("Unix time in milliseconds"))
        if 1e8 < med < 1e11:
            return _Times(_to_utc_ms(pd.to_datetime(v, unit="s", utc=True)), how=N_("Unix time in seconds"))
        if 20000 < med < 80000:  # spreadsheet serial days
            naive = pd.to_datetime(v, unit="D", origin="1899-12-30")
            return _Times(_place_naive(naive, tz, says_utc, zones), naive=int(naive.notna().sum()),
                          how=N_("spreadsheet serial dates"))
        return _Times(pd.Series(pd.NaT, index=col.index, dtype="datetime64[ms, UTC]"), how=N_("numbers"))
    # text (or python datetimes mixed with text, from a spreadsheet)
    if pd.api.types.is_string_dtype(col.dtype) and col.dtype != object:
        text = col.str.strip()
    else:  # python objects, e.g. spreadsheet cells mixing datetimes and text
        obj = col.astype(object)
        text = obj.map(lambda v: v.isoformat(sep=" ") if hasattr(v, "isoformat") and not isinstance(v, str) else v)
        text = text.astype("str").str.strip()
    text = text.where(~_isin(text.str.lower(), {"", "nan", "none", "nat", "null", "<na>"}))
    text = text.str.replace(r"\s*(?:UTC|GMT)$", "+00:00", regex=True, case=False)
    text = text.str.replace(r"\s+SA$", " AM", regex=True).str.replace(r"\s+CH$", " PM", regex=True)
    present = text.notna()
    aware = present & text.str.contains(_ZONE_SUFFIX, regex=True, na=False)
    out = pd.Series(pd.NaT, index=col.index, dtype="datetime64[ms, UTC]")
    how_parts = []
    ambiguous = False
    if aware.any():
        parsed = pd.to_datetime(text[aware], utc=True, format="ISO8601", errors="coerce")
        if parsed.isna().any():
            bad = parsed.isna()
            fmt, _ = _infer_format(list(text[aware][bad].drop_duplicates().head(300)))
            if fmt:
                again = pd.to_datetime(text[aware][bad], utc=True, format=fmt + "%z", errors="coerce")
                parsed = parsed.where(~bad, again)
        out[aware] = _to_utc_ms(parsed)
        how_parts.append(N_("with a time zone"))
    naive_mask = present & ~aware
    n_naive = int(naive_mask.sum())
    if n_naive:
        vals = text[naive_mask]
        parsed = pd.to_datetime(vals, format="ISO8601", errors="coerce")
        fmt_used = "ISO 8601"
        if parsed.isna().mean() > 0.01:
            fmt, ambiguous = _infer_format(list(vals.drop_duplicates().head(300)))
            if fmt is not None:
                other = pd.to_datetime(vals, format=fmt, errors="coerce")
                if other.notna().sum() > parsed.notna().sum():
                    parsed, fmt_used = other, _describe_format(fmt)
        out[naive_mask] = _place_naive(parsed, tz, says_utc, zones[naive_mask] if zones is not None else None)
        how_parts.append(fmt_used)
    return _Times(out, naive=n_naive, how=", ".join(how_parts), ambiguous_order=ambiguous,
                  naive_mask=naive_mask.to_numpy(dtype=bool))


#: how a date format is described (English; translated where shown, see ``_how_text``)
_FORMAT_WORDS = {
    ("d", False): N_("day/month/year"), ("m", False): N_("month/day/year"), ("Y", False): N_("year-month-day"),
    ("d", True): N_("day/month/year with a 12-hour AM/PM clock"),
    ("m", True): N_("month/day/year with a 12-hour AM/PM clock"),
    ("Y", True): N_("year-month-day with a 12-hour AM/PM clock"),
}


def _describe_format(fmt: str) -> str:
    d = fmt.split(" ")[0].split("T")[0]
    first = "d" if d.startswith("%d") else "m" if d.startswith("%m") else "Y"
    return _FORMAT_WORDS[(first, "%p" in fmt)]


def _how_text(how: str) -> str:
    """``_Times.how`` (English parts joined with ", ") in the UI language."""
    return ", ".join(tr(part) for part in how.split(", ")) if how else how


def _place_naive(naive: pd.Series, tz: str, says_utc: bool, zones: pd.Series | None) -> pd.Series:
    naive = pd.to_datetime(naive, errors="coerce")
    if says_utc:
        return _to_utc_ms(naive.dt.tz_localize("UTC"))
    if zones is not None and zones.notna().any():
        out = pd.Series(pd.NaT, index=naive.index, dtype="datetime64[ms, UTC]")
        filled = zones.fillna(tz).astype("str")
        for zone_name in filled.unique():
            mask = filled == zone_name
            try:
                out[mask] = _to_utc_ms(_localize(naive[mask], zone_name))
            except ValueError:
                out[mask] = _to_utc_ms(_localize(naive[mask], tz))
        return out
    return _to_utc_ms(_localize(naive, tz))


# --------------------------------------------------------------------------------------------------
# values


_SENTINEL_LIMIT = -999.0  # -999, -9999, -99999: the "no data" codes of loggers


def _parse_values(col: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Numbers (float, NaN where empty or unreadable) and a mask of the unreadable non-empty values."""
    if pd.api.types.is_bool_dtype(col.dtype):
        return pd.Series(np.nan, index=col.index), col.notna()
    if pd.api.types.is_numeric_dtype(col.dtype):
        return pd.to_numeric(col, errors="coerce").astype("float64"), pd.Series(False, index=col.index)
    text = col.astype("str").str.strip()
    empty = col.isna() | _isin(text.str.lower(), {"", "nan", "none", "null", "na", "n/a", "-", "--", "<na>"})
    text = text.str.replace(r"^([+-]?\d+),(\d+)$", r"\1.\2", regex=True)
    num = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")
    bad = num.isna() & ~empty
    return num, bad


# --------------------------------------------------------------------------------------------------
# reading the raw table


@dataclass
class _Raw:
    df: pd.DataFrame
    lat: np.ndarray | None  # per row, WGS 84 (NaN where missing), or None when the file has no coordinates
    lon: np.ndarray | None
    driver: str
    coord_cols: set[str]


def _read_raw(path: Path, report: LayerReport, *, sheet: Any = None, what: str = "readings") -> _Raw:
    if not path.exists():
        raise ReadError(path, tr("the file does not exist"))
    if path.is_dir():
        raise ReadError(path, tr("this is a folder, not a sensor table"))
    ext = path.suffix.lower()
    head = b""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ReadError(path, trf("the file could not be opened ({e})", e=exc.strerror or exc)) from exc
    if ext in PARQUET_EXTS or head == b"PAR1":
        return _read_parquet(path, report)
    if ext in {".json", ".geojson", ".shp", ".gpkg", ".kml"}:
        raise ReadError(path, trf("a {ext} file is not a sensor table; sensor stations and readings are read from "
                                  "CSV, Excel (.xlsx) or Parquet files, or from a SensorThings API address", ext=ext))
    if ext not in {".xlsx", ".xlsm"} and path.stat().st_size >= FAST_CSV_BYTES:
        fast = _read_big_csv(path, report)
        if fast is not None:
            return fast
    return _read_text_table(path, report, sheet=sheet, what=what)


#: CSV files this big are first tried with pyarrow's CSV reader (text columns, vectorised parsing): the
#: general table reader parses cell by cell (~15 s per million cells), which is too slow for a year of readings
FAST_CSV_BYTES = 4 * 1024 * 1024


def _read_big_csv(path: Path, report: LayerReport) -> _Raw | None:
    """A big, clean UTF-8 CSV read with pyarrow; None (use the general reader, which explains every problem)
    when the file is anything else: another encoding, ragged rows, unusual coordinates."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        with path.open("rb") as fh:
            head = fh.read(256 * 1024)
        text = head.decode("utf-8", errors="strict") if not head.startswith(b"\xef\xbb\xbf") else None
    except (OSError, UnicodeDecodeError):
        return None
    if text is None:
        return None
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if len(lines) < 2:
        return None
    counts = {d: [ln.count(d) for ln in lines[:-1]] for d in (",", ";", "\t", "|")}
    delim = max(counts, key=lambda d: (min(counts[d]), counts[d][0]))
    if min(counts[delim]) == 0:
        return None
    try:
        header = next(csv.reader([lines[0]], delimiter=delim))
        names = [unicodedata.normalize("NFC", h).strip() for h in header]
        if len(set(names)) != len(names) or not all(names):
            return None
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 22),
            parse_options=pacsv.ParseOptions(delimiter=delim, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=True, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowException, OSError, StopIteration, UnicodeDecodeError):
        return None
    df = table.to_pandas()
    if df.empty:
        return None
    for c in df.columns:  # text to NFC, once per distinct value
        uniq = df[c].dropna().unique()
        if len(uniq) and any(not unicodedata.is_normalized("NFC", u) for u in uniq):
            df[c] = pd.Series(_map_unique(df[c], lambda v: unicodedata.normalize("NFC", v)), index=df.index,
                              dtype="str")
    folded = {c: _fold(c) for c in df.columns}
    lat_c = next((c for c, f in folded.items() if f in _LAT_NAMES), None)
    lon_c = next((c for c, f in folded.items() if f in _LON_NAMES), None)
    lat = lon = None
    coord_cols: set[str] = set()
    if lat_c and lon_c:
        lat_v, bad_lat = _parse_values(df[lat_c])
        lon_v, bad_lon = _parse_values(df[lon_c])
        if bad_lat.mean() > 0.001 or bad_lon.mean() > 0.001:
            return None  # DMS, hemisphere letters...: the general reader knows those
        inside = lat_v.abs().le(90) & lon_v.abs().le(180)
        if (lat_v.notna() & ~inside).mean() > 0.001:
            return None  # swapped or projected coordinates: the general reader deals with them
        coord_cols = {lat_c, lon_c}
    elif any(f in _LAT_NAMES | _LON_NAMES or f in {"x", "y", "geometry", "wkt", "location"} for f in folded.values()):
        return None
    read_text = {
        ",": N_("Read {rows:,} rows and {cols:,} columns (comma-separated, UTF-8)."),
        ";": N_("Read {rows:,} rows and {cols:,} columns (semicolon-separated, UTF-8)."),
        "\t": N_("Read {rows:,} rows and {cols:,} columns (tab-separated, UTF-8)."),
        "|": N_("Read {rows:,} rows and {cols:,} columns (vertical bar-separated, UTF-8)."),
    }[delim]
    report.info("read", trf(read_text, rows=len(df), cols=len(df.columns)))
    if coord_cols:
        report.info("columns", trf("Point positions come from '{lat}'/'{lon}' (latitude/longitude, taken as WGS 84).",
                                   lat=lat_c, lon=lon_c))
        lat, lon = _clean_coords(lat_v.to_numpy(), lon_v.to_numpy(), report)
    report.encoding, report.encoding_status = {c: "UTF-8" for c in df.columns}, "detected"
    return _Raw(df, lat, lon, "CSV", coord_cols)


def _read_text_table(path: Path, report: LayerReport, *, sheet: Any, what: str) -> _Raw:
    import shapely

    from gisdesk.io.tabular import DEGREES_TAKEN_AS_WGS84, POINT_COLUMNS_ATTR, no_point_columns_text, read_table

    scratch = LayerReport(path.name)
    gdf = read_table(path, scratch, sheet=sheet)
    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    has_points = scratch.crs is not None and not bool(shapely.is_missing(geoms).all())
    lat = lon = None
    coord_cols: set[str] = set()
    if has_points:
        coord_cols = set(gdf.attrs.get(POINT_COLUMNS_ATTR, ())) & set(df.columns)
        if scratch.crs != WGS84:
            try:
                gdf = gdf.to_crs(WGS84)
            except Exception as exc:
                raise ReadError(path, trf("the coordinates could not be turned into longitude/latitude ({e})",
                                          e=exc)) from exc
            report.info("crs", trf("The coordinates were in {crs}; they were converted to longitude/latitude "
                                   "(WGS 84).", crs=scratch.crs))
            geoms = np.asarray(gdf.geometry.values, dtype=object)
        pts = shapely.get_type_id(geoms) == 0
        lon = np.where(pts, shapely.get_x(geoms), np.nan)
        lat = np.where(pts, shapely.get_y(geoms), np.nan)
    no_columns = no_point_columns_text(len(df))
    degrees = tr(DEGREES_TAKEN_AS_WGS84)
    for m in scratch.messages:
        if m.category == "columns" and m.text == no_columns:
            continue  # said below, in sensor terms
        if m.category == "crs" and not has_points:
            continue
        if m.category == "crs" and m.text == degrees:
            continue  # the usual case; nothing to say
        report.add(m.level, m.category, m.text, m.count)
    report.encoding, report.encoding_status = scratch.encoding, scratch.encoding_status
    if df.empty:
        raise ReadError(path, tr(_NO_ROWS_OF[what]))
    return _Raw(df, lat, lon, scratch.driver or "CSV", coord_cols)


_NO_ROWS_OF = {"readings": N_("the table has a header but no rows of readings"),
               "stations": N_("the table has a header but no rows of stations")}


def _read_parquet(path: Path, report: LayerReport) -> _Raw:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(path, trf("this Parquet file could not be read ({e})",
                                  e=str(exc).splitlines()[0][:200])) from exc
    nested = [f.name for f in table.schema if pa.types.is_nested(f.type) or pa.types.is_dictionary(f.type)
              and pa.types.is_nested(f.type.value_type)]
    if nested:
        table = table.drop_columns(nested)
        report.info("columns", _trn(len(nested), N_("Column {names} holds lists or records, not single values; "
                                                    "left out."),
                                    N_("Columns {names} hold lists or records, not single values; left out."),
                                    names=_names(nested, 6)))
    df = table.to_pandas()
    report.info("read", _read_rows_text(len(df), len(df.columns), "Parquet"))
    if df.empty:
        raise ReadError(path, tr("the Parquet file has no rows"))
    df.columns = [str(c) for c in df.columns]
    for c in df.columns:  # text to NFC, as everywhere else
        if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype):
            uniq = df[c].dropna().unique()
            if len(uniq) and any(isinstance(u, str) and not unicodedata.is_normalized("NFC", u) for u in uniq):
                df[c] = df[c].map(lambda v: unicodedata.normalize("NFC", v) if isinstance(v, str) else v)
    lat = lon = None
    coord_cols: set[str] = set()
    geo = (table.schema.metadata or {}).get(b"geo")
    if geo:
        import geopandas as gpd

        try:
            gdf = gpd.read_parquet(path).to_crs(WGS84)
        except Exception as exc:
            raise ReadError(path, trf("the GeoParquet geometry could not be read ({e})", e=exc)) from exc
        import shapely

        geoms = np.asarray(gdf.geometry.values, dtype=object)
        pts = shapely.get_type_id(geoms) == 0
        lon = np.where(pts, shapely.get_x(geoms), np.nan)
        lat = np.where(pts, shapely.get_y(geoms), np.nan)
        coord_cols = {gdf.geometry.name}
        df = df.drop(columns=[c for c in coord_cols if c in df.columns])
    else:
        names = {c: _fold(c) for c in df.columns}
        lat_c = next((c for c, f in names.items() if f in _LAT_NAMES and pd.api.types.is_numeric_dtype(df[c])), None)
        lon_c = next((c for c, f in names.items() if f in _LON_NAMES and pd.api.types.is_numeric_dtype(df[c])), None)
        if lat_c and lon_c:
            lat = df[lat_c].to_numpy(dtype=float, na_value=np.nan)
            lon = df[lon_c].to_numpy(dtype=float, na_value=np.nan)
            coord_cols = {lat_c, lon_c}
            report.info("columns", trf("Station positions come from columns '{lat}' (latitude) and '{lon}' "
                                       "(longitude), taken as WGS 84.", lat=lat_c, lon=lon_c))
            lat, lon = _clean_coords(lat, lon, report)
    return _Raw(df, lat, lon, "Parquet", coord_cols)


def _read_rows_text(rows: int, cols: int, what: str) -> str:
    """"Read 12 rows and 5 columns (Parquet)." in the UI language."""
    if rows == 1:
        tpl = N_("Read {rows:,} row and {cols:,} column ({what}).") if cols == 1 else \
            N_("Read {rows:,} row and {cols:,} columns ({what}).")
    else:
        tpl = N_("Read {rows:,} rows and {cols:,} column ({what}).") if cols == 1 else \
            N_("Read {rows:,} rows and {cols:,} columns ({what}).")
    return trf(tpl, rows=rows, cols=cols, what=what)


def _clean_coords(lat: np.ndarray, lon: np.ndarray, report: LayerReport) -> tuple[np.ndarray, np.ndarray]:
    """0/0 placeholders and out-of-range values -> NaN (read_table does this for CSV/XLSX)."""
    lat = lat.astype(float, copy=True)
    lon = lon.astype(float, copy=True)
    zero = (lat == 0) & (lon == 0)
    bad = ~zero & (np.isfinite(lat) & np.isfinite(lon)) & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
    if zero.any():
        report.warn("columns", _trn(int(zero.sum()),
                                    N_("{n:,} row has the coordinates 0, 0 (a placeholder for 'unknown', in the sea "
                                       "off Africa); it was kept without a position."),
                                    N_("{n:,} rows have the coordinates 0, 0 (a placeholder for 'unknown', in the sea "
                                       "off Africa); they were kept without a position.")),
                    count=int(zero.sum()))
    if bad.any():
        report.warn("columns", _trn(int(bad.sum()),
                                    N_("{n:,} row has latitude/longitude out of range; kept without a position."),
                                    N_("{n:,} rows have latitude/longitude out of range; kept without a position.")),
                    count=int(bad.sum()))
    lat[zero | bad] = np.nan
    lon[zero | bad] = np.nan
    return lat, lon


def _find(cols: dict[str, str], names: Iterable[str], exclude: Iterable[Any] = ()) -> str | None:
    for wanted in names:
        for c, f in cols.items():
            if c not in exclude and f == wanted:
                return c
    return None


_COORD_TEXT = re.compile(
    r"^\s*[\[(]?\s*-?\d+(?:[.,]\d+)?\s*[,; ]\s*-?\d+(?:[.,]\d+)?\s*[\])]?\s*$|^\s*POINT", re.IGNORECASE)


def _looks_like_coordinates(s: pd.Series) -> bool:
    sample = s.dropna().astype("str").head(50)
    return len(sample) > 0 and bool(sample.str.match(_COORD_TEXT).mean() > 0.8)


@dataclass
class _Roles:
    station_id: str | None = None
    station_name: str | None = None
    parameter: str | None = None
    value: str | None = None
    unit: str | None = None
    time: str | None = None
    clock: str | None = None  # a separate time-of-day column to join to a date-only ``time``
    provider: str | None = None
    tz: str | None = None
    aqi: str | None = None
    flag: str | None = None

    def used(self) -> set[str]:
        return {v for v in vars(self).values() if v}


def _detect_roles(df: pd.DataFrame, *, stations_file: bool, exclude: set[str]) -> _Roles:
    cols = {c: _fold(c) for c in df.columns if c not in exclude}
    r = _Roles()
    r.station_id = _find(cols, sorted(_ID_NAMES | ({"id", "ma"} if stations_file else set())))
    name_cands = [c for c, f in cols.items() if f in _NAME_NAMES and c != r.station_id
                  and not _looks_like_coordinates(df[c])]
    order = ["station name", "ten tram", "location name", "site name", "station", "tram", "tram quan trac", "site",
             "dia diem", "ten dia diem", "name", "ten", "location", "station label", "sensor name", "device name"]
    name_cands.sort(key=lambda c: order.index(cols[c]) if cols[c] in order else 99)
    r.station_name = name_cands[0] if name_cands else None
    taken = {r.station_id, r.station_name}
    r.parameter = _find(cols, sorted(_PARAM_NAMES), exclude=taken)
    r.value = _find(cols, sorted(_VALUE_NAMES), exclude=taken)
    r.unit = _find(cols, sorted(_UNIT_NAMES), exclude=taken)
    r.tz = _find(cols, sorted(_TZ_NAMES), exclude=taken)
    r.provider = _find(cols, _PROVIDER_NAMES + ([] if stations_file else ["source"]), exclude=taken)
    r.time = _find(cols, _TIME_NAMES, exclude=taken)
    if r.time is None:  # "Created Date", "ngày đo", "observation time"...
        words = ("date", "time", "datetime", "timestamp", "ngay", "gio", "thoi")
        r.time = next((c for c, f in cols.items() if c not in taken and any(w in f.split() for w in words)), None)
    if r.time and cols[r.time] in _DATE_ONLY:
        r.clock = _find(cols, sorted(_CLOCK_ONLY), exclude=taken | {r.time})
    if r.parameter:  # AQI and flags ride along with each reading in a long table
        r.aqi = _find(cols, sorted(_AQI_NAMES), exclude=taken | {r.value})
        r.flag = _find(cols, sorted(_FLAG_NAMES), exclude=taken)
    return r


# --------------------------------------------------------------------------------------------------
# normalisation shared with the SensorThings client


def normalise_readings(raw: pd.DataFrame, report: LayerReport) -> pd.DataFrame:
    """Canonical parameters, units and values; duplicates removed. Returns ``READING_FIELDS``.

    ``raw`` has ``station_id`` (str), ``parameter`` (as written), ``datetime`` (aware UTC), ``value`` (float,
    NaN for unreadable), ``unit`` (as written, or missing). Rows without a time or a value are expected to be
    dropped (and reported) by the caller.
    """
    if raw.empty:
        return empty_readings()
    df = raw[["station_id", "parameter", "datetime", "value", "unit"]].copy()
    # parameters
    p_codes, p_uniques = pd.factorize(df["parameter"].astype("str"), use_na_sentinel=False)
    mapped = [canonical_parameter(p) for p in p_uniques]
    codes = np.array([m[0] for m in mapped], dtype=object)
    header_units = np.array([m[1] for m in mapped], dtype=object)
    df["parameter"] = pd.Series(codes[p_codes], index=df.index, dtype="str")
    unit_in = df["unit"].astype(object)
    from_name = pd.Series(header_units[p_codes], index=df.index, dtype=object)
    df["unit"] = unit_in.where(unit_in.notna() & (unit_in.astype("str").str.strip() != ""), from_name)
    renamed = {str(u): c for u, c in zip(p_uniques, codes, strict=True) if str(u) != c and c}
    if renamed:
        shown = ", ".join(f"{k!r} -> {v}" for k, v in list(renamed.items())[:8])
        report.info("columns", trf("Parameter names were turned into gisdesk's codes: {shown} and more.", shown=shown)
                    if len(renamed) > 8 else trf("Parameter names were turned into gisdesk's codes: {shown}.",
                                                 shown=shown))
    unknown = sorted({c for c in codes if c and c not in PARAMETER_UNITS})
    if unknown:
        report.info("columns", _trn(len(unknown), N_("{n:,} parameter that QCVN and gisdesk have no standard code "
                                                     "for was kept under its own name: {names}."),
                                    N_("{n:,} parameters that QCVN and gisdesk have no standard code for were kept "
                                       "under their own name: {names}."), names=", ".join(unknown)))
    empty_param = df["parameter"] == ""
    if empty_param.any():
        k = int(empty_param.sum())
        report.warn("dropped", _trn(k, N_("{n:,} reading has no parameter name; it was dropped."),
                                    N_("{n:,} readings have no parameter name; they were dropped.")), count=k)
        df = df[~empty_param]
    df = _normalise_units(df, report)
    return _dedupe(df, report)


def _normalise_units(df: pd.DataFrame, report: LayerReport) -> pd.DataFrame:
    unit_text = df["unit"].astype(object).where(df["unit"].notna(), None)
    u_codes, u_uniques = pd.factorize(unit_text.astype("str").where(unit_text.notna()), use_na_sentinel=True)
    canon = np.array([canonical_unit(u) for u in u_uniques] + [None], dtype=object)
    written = np.array([str(u) for u in u_uniques] + [""], dtype=object)
    df = df.assign(_u=canon[u_codes], _w=written[u_codes])
    value = df["value"].to_numpy(dtype=float, copy=True)
    unit_out = np.empty(len(df), dtype=object)
    # one group per (parameter, unit as written), numbered in order of appearance; integer keys, not a
    # group-by over text columns (readings tables are long)
    blank = np.array([str(u) == "" for u in u_uniques] + [True])
    w_codes = np.where(blank[u_codes], -1, u_codes).astype(np.int64) + 1
    p_codes, _ = pd.factorize(df["parameter"], use_na_sentinel=False)
    k_codes, _ = pd.factorize(p_codes.astype(np.int64) * (len(u_uniques) + 1) + w_codes)
    codes_seen, first_pos = np.unique(k_codes, return_index=True)
    params, writtens, canons = (df[c].iloc[first_pos].to_numpy(dtype=object) for c in ("parameter", "_w", "_u"))
    no_unit: dict[str, int] = {}
    for i, param, written_unit, unit in zip(codes_seen, params, writtens, canons, strict=True):
        mask = k_codes == i
        unit = unit if isinstance(unit, str) else None
        written_unit = written_unit if isinstance(written_unit, str) else ""
        kind = _parameter_kind(param)
        target = PARAMETER_UNITS.get(param)
        n = int(mask.sum())
        if not written_unit:
            if target is not None:
                unit_out[mask] = target
                if target:
                    no_unit[param] = no_unit.get(param, 0) + n
            else:
                unit_out[mask] = ""
            continue
        if unit is None:  # a unit gisdesk does not know
            unit_out[mask] = written_unit
            if target:
                report.warn("columns", _trn(n, N_("{n:,} {param} reading has the unit {unit!r}, which gisdesk does "
                                                  "not know; it was kept with that unit, so they cannot be compared "
                                                  "with limits in {target}."),
                                            N_("{n:,} {param} readings have the unit {unit!r}, which gisdesk does not "
                                               "know; they were kept with that unit, so they cannot be compared with "
                                               "limits in {target}."), param=param, unit=written_unit, target=target),
                            count=n)
            continue
        if target is None:  # a parameter without a canonical unit: keep the unit in its canonical spelling
            conc = kind == "concentration"
            if conc and unit in ("ppm", "ppb") and param in _MOLAR_MASS:
                value[mask] = _gas_to_ugm3(value[mask], unit, param)
                unit_out[mask] = "µg/m³"
                _report_gas(report, param, unit, n)
            elif conc and unit == "mg/m³":
                value[mask] *= 1000.0
                unit_out[mask] = "µg/m³"
            else:
                unit_out[mask] = unit
            continue
        factor_offset = _conversion(kind, param, unit)
        if factor_offset == (1.0, 0.0):
            unit_out[mask] = target
        elif factor_offset is not None:
            f, o = factor_offset
            if isinstance(f, str):  # a gas: ppm/ppb
                value[mask] = _gas_to_ugm3(value[mask], unit, param)
                _report_gas(report, param, unit, n)
            else:
                value[mask] = value[mask] * f + o
                report.info("columns", _trn(n, N_("{n:,} {param} reading in {unit} was converted to {target}."),
                                            N_("{n:,} {param} readings in {unit} were converted to {target}."),
                                            param=param, unit=unit, target=target), count=n)
            unit_out[mask] = target
        else:  # a unit that cannot be right for this parameter
            v = value[mask]
            lo, hi = _PLAUSIBLE.get(param, (-np.inf, np.inf))
            finite = v[np.isfinite(v)]
            plausible = kind in ("humidity", "temperature", "pressure") and (
                finite.size == 0 or (finite.min() >= lo and finite.max() <= hi))
            rng = (trf(" ({lo:g} to {hi:g})", lo=finite.min(), hi=finite.max())
                   if finite.size and finite.min() != finite.max()
                   else trf(" ({lo:g})", lo=finite.min()) if finite.size else "")
            values = {"param": param, "unit": written_unit, "target": target, "range": rng}
            if plausible:
                unit_out[mask] = target
                report.warn("columns", _trn(n, N_("{n:,} {param} reading is labelled {unit!r}, which is not a unit "
                                                  "of {param}; the values{range} are plausible in {target}, so the "
                                                  "unit was corrected to {target}."),
                                            N_("{n:,} {param} readings are labelled {unit!r}, which is not a unit of "
                                               "{param}; the values{range} are plausible in {target}, so the unit was "
                                               "corrected to {target}."), **values), count=n)
            else:
                unit_out[mask] = written_unit
                report.warn("columns", _trn(n, N_("{n:,} {param} reading is labelled {unit!r}, which is not a unit "
                                                  "of {param}{range}; it was kept as given but cannot be compared "
                                                  "with limits in {target}."),
                                            N_("{n:,} {param} readings are labelled {unit!r}, which is not a unit of "
                                               "{param}{range}; they were kept as given but cannot be compared with "
                                               "limits in {target}."), **values), count=n)
    if no_unit:
        shown = ", ".join(trf("{param} in {unit}", param=p, unit=PARAMETER_UNITS[p]) for p in no_unit)
        k = sum(no_unit.values())
        report.info("columns", _trn(k, N_("{n:,} reading had no unit; they were taken to be in the usual unit of "
                                          "their parameter ({shown})."),
                                    N_("{n:,} readings had no unit; they were taken to be in the usual unit of "
                                       "their parameter ({shown})."), shown=shown), count=k)
    return df.assign(value=value, unit=pd.Series(unit_out, index=df.index, dtype="str")).drop(columns=["_u", "_w"])


def _conversion(kind: str, param: str, unit: str) -> tuple[Any, float] | None:
    """(factor, offset) from ``unit`` to the canonical unit of ``param``; ("gas", 0) for ppm/ppb; None when the
    unit cannot belong to the parameter."""
    target = PARAMETER_UNITS[param]
    if unit == target:
        return 1.0, 0.0
    if kind == "concentration":
        if unit == "mg/m³":
            return 1000.0, 0.0
        if unit in ("ppm", "ppb") and param in _MOLAR_MASS:
            return "gas", 0.0
        return None
    if kind == "temperature":
        return {"°F": (5.0 / 9.0, -32.0 * 5.0 / 9.0), "K": (1.0, -273.15)}.get(unit)
    if kind == "pressure":
        f = _PRESSURE_TO_HPA.get(unit)
        return (f, 0.0) if f else None
    if kind == "length_m":
        f = _LENGTH_TO_M.get(unit)
        return (f, 0.0) if f else None
    if kind == "length_mm":
        f = _LENGTH_TO_MM.get(unit)
        return (f, 0.0) if f else None
    if kind == "index":
        return 1.0, 0.0  # an index has no unit; any label is dropped
    return None


def _gas_to_ugm3(values: np.ndarray, unit: str, param: str) -> np.ndarray:
    ppb = values * (1000.0 if unit == "ppm" else 1.0)
    return ppb * _MOLAR_MASS[param] / MOLAR_VOLUME_25C


def _report_gas(report: LayerReport, param: str, unit: str, n: int) -> None:
    example = float(_gas_to_ugm3(np.array([0.01 if unit == "ppm" else 10.0]), unit, param)[0])
    report.info("columns", _trn(n, N_("{n:,} {param} reading in {unit} was converted to µg/m³ at 25 °C and 1 atm, "
                                      "the reference conditions of QCVN 05:2023 (molar mass {mass:g} g/mol: "
                                      "{amount:g} {unit} = {example:.1f} µg/m³)."),
                                N_("{n:,} {param} readings in {unit} were converted to µg/m³ at 25 °C and 1 atm, "
                                   "the reference conditions of QCVN 05:2023 (molar mass {mass:g} g/mol: "
                                   "{amount:g} {unit} = {example:.1f} µg/m³)."),
                                param=param, unit=unit, mass=_MOLAR_MASS[param],
                                amount=0.01 if unit == "ppm" else 10, example=example), count=n)


def _dedupe(df: pd.DataFrame, report: LayerReport) -> pd.DataFrame:
    key = ["station_id", "parameter", "datetime"]
    exact = df.duplicated(key + ["value"], keep="first")
    if exact.any():
        k = int(exact.sum())
        report.warn("dropped", _trn(k, N_("{n:,} reading repeated another reading exactly (same station, "
                                          "parameter, time and value); the repeats were dropped."),
                                    N_("{n:,} readings repeated another reading exactly (same station, parameter, "
                                       "time and value); the repeats were dropped.")), count=k)
        df = df[~exact]
    clash = df.duplicated(key, keep="first")
    if clash.any():
        k = int(clash.sum())
        first = df[clash].iloc[0]
        report.warn("dropped", _trn(k, N_("{n:,} reading gave a second, different value for a station, parameter "
                                          "and time already read (e.g. {param} at station '{station}' on "
                                          "{when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others "
                                          "dropped."),
                                    N_("{n:,} readings gave a second, different value for a station, parameter and "
                                       "time already read (e.g. {param} at station '{station}' on "
                                       "{when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others "
                                       "dropped."),
                                    param=first["parameter"], station=first["station_id"], when=first["datetime"]),
                    count=k)
        df = df[~clash]
    out = df.sort_values(key, kind="stable").reset_index(drop=True)
    return out[list(READING_FIELDS)]


# --------------------------------------------------------------------------------------------------
# Vietnamese provinces, for the "geocoded to the wrong province" check

#: (name, aliases (folded, no spaces), bounding box lon_min, lat_min, lon_max, lat_max, province since 1 July 2025)
#: The boxes are the 63 pre-2025 provinces' extents rounded outwards to 0.05°, without far offshore islands
#: (Hoàng Sa, Trường Sa), measured on Open Development Vietnam's "Địa phận tỉnh" polygons; they are coarse on
#: purpose: they only catch positions that are far from the province a station is named after.
_VN_PROVINCES: list[tuple[str, tuple[str, ...], tuple[float, float, float, float], str]] = [
    ("An Giang", ("angiang",), (104.75, 10.15, 105.60, 11.00), "An Giang"),
    ("Bà Rịa–Vũng Tàu", ("bariavungtau", "vungtau", "brvt"), (106.55, 8.60, 107.60, 10.85),
     "Hồ Chí Minh City"),
    ("Bắc Giang", ("bacgiang",), (105.85, 21.10, 107.05, 21.65), "Bắc Ninh"),
    ("Bắc Kạn", ("backan", "baccan"), (105.40, 21.80, 106.25, 22.75), "Thái Nguyên"),
    ("Bạc Liêu", ("baclieu",), (105.20, 9.00, 105.90, 9.65), "Cà Mau"),
    ("Bắc Ninh", ("bacninh",), (105.90, 20.95, 106.35, 21.30), "Bắc Ninh"),
    ("Bến Tre", ("bentre",), (106.00, 9.80, 106.80, 10.35), "Vĩnh Long"),
    ("Bình Định", ("binhdinh",), (108.60, 13.50, 109.30, 14.70), "Gia Lai"),
    ("Bình Dương", ("binhduong",), (106.30, 10.85, 107.00, 11.55), "Hồ Chí Minh City"),
    ("Bình Phước", ("binhphuoc",), (106.40, 11.30, 107.45, 12.30), "Đồng Nai"),
    ("Bình Thuận", ("binhthuan",), (107.35, 10.55, 108.90, 11.60), "Lâm Đồng"),
    ("Cà Mau", ("camau",), (104.70, 8.55, 105.45, 9.60), "Cà Mau"),
    ("Cần Thơ", ("cantho",), (105.20, 9.90, 105.85, 10.35), "Cần Thơ"),
    ("Cao Bằng", ("caobang",), (105.25, 22.35, 106.85, 23.15), "Cao Bằng"),
    ("Đà Nẵng", ("danang",), (107.80, 15.90, 108.35, 16.25), "Đà Nẵng"),
    ("Đắk Lắk", ("daklak", "daclac", "darlac"), (107.45, 12.15, 109.00, 13.45), "Đắk Lắk"),
    ("Đắk Nông", ("daknong", "dacnong"), (107.20, 11.75, 108.15, 12.85), "Lâm Đồng"),
    ("Điện Biên", ("dienbien",), (102.10, 20.85, 103.60, 22.55), "Điện Biên"),
    ("Đồng Nai", ("dongnai",), (106.70, 10.50, 107.60, 11.60), "Đồng Nai"),
    ("Đồng Tháp", ("dongthap",), (105.15, 10.10, 105.95, 11.00), "Đồng Tháp"),
    ("Gia Lai", ("gialai",), (107.40, 12.95, 108.90, 14.65), "Gia Lai"),
    ("Hà Giang", ("hagiang",), (104.30, 22.15, 105.60, 23.40), "Tuyên Quang"),
    ("Hà Nam", ("hanam",), (105.75, 20.35, 106.20, 20.75), "Ninh Bình"),
    ("Hà Nội", ("hanoi",), (105.25, 20.55, 106.05, 21.40), "Hà Nội"),
    ("Hà Tĩnh", ("hatinh",), (105.10, 17.90, 106.55, 18.80), "Hà Tĩnh"),
    ("Hải Dương", ("haiduong",), (106.10, 20.65, 106.65, 21.25), "Hải Phòng"),
    ("Hải Phòng", ("haiphong",), (106.35, 20.55, 107.15, 21.05), "Hải Phòng"),
    ("Hậu Giang", ("haugiang",), (105.30, 9.55, 105.90, 10.00), "Cần Thơ"),
    ("Hòa Bình", ("hoabinh",), (104.80, 20.30, 105.90, 21.15), "Phú Thọ"),
    ("Hưng Yên", ("hungyen",), (105.85, 20.60, 106.30, 21.05), "Hưng Yên"),
    ("Khánh Hòa", ("khanhhoa",), (108.65, 11.80, 109.50, 12.90), "Khánh Hòa"),
    ("Kiên Giang", ("kiengiang",), (103.80, 9.35, 105.55, 10.55), "An Giang"),
    ("Kon Tum", ("kontum",), (107.30, 13.90, 108.55, 15.45), "Quảng Ngãi"),
    ("Lai Châu", ("laichau",), (102.30, 21.65, 104.00, 22.85), "Lai Châu"),
    ("Lâm Đồng", ("lamdong",), (107.25, 11.20, 108.75, 12.35), "Lâm Đồng"),
    ("Lạng Sơn", ("langson",), (106.05, 21.30, 107.40, 22.50), "Lạng Sơn"),
    ("Lào Cai", ("laocai",), (103.50, 21.85, 104.65, 22.85), "Lào Cai"),
    ("Long An", ("longan",), (105.45, 10.35, 106.75, 11.05), "Tây Ninh"),
    ("Nam Định", ("namdinh",), (105.90, 19.90, 106.60, 20.55), "Ninh Bình"),
    ("Nghệ An", ("nghean",), (103.85, 18.55, 105.85, 20.00), "Nghệ An"),
    ("Ninh Bình", ("ninhbinh",), (105.50, 19.90, 106.20, 20.50), "Ninh Bình"),
    ("Ninh Thuận", ("ninhthuan",), (108.55, 11.30, 109.25, 12.20), "Khánh Hòa"),
    ("Phú Thọ", ("phutho",), (104.80, 20.90, 105.50, 21.75), "Phú Thọ"),
    ("Phú Yên", ("phuyen",), (108.65, 12.70, 109.50, 13.70), "Đắk Lắk"),
    ("Quảng Bình", ("quangbinh",), (105.60, 16.90, 107.00, 18.10), "Quảng Trị"),
    ("Quảng Nam", ("quangnam",), (107.20, 14.95, 108.75, 16.10), "Đà Nẵng"),
    ("Quảng Ngãi", ("quangngai",), (108.20, 14.50, 109.10, 15.45), "Quảng Ngãi"),
    ("Quảng Ninh", ("quangninh",), (106.40, 20.80, 108.10, 21.70), "Quảng Ninh"),
    ("Quảng Trị", ("quangtri",), (106.50, 16.30, 107.40, 17.20), "Quảng Trị"),
    ("Sóc Trăng", ("soctrang",), (105.50, 9.20, 106.35, 9.95), "Cần Thơ"),
    ("Sơn La", ("sonla",), (103.20, 20.55, 105.05, 22.05), "Sơn La"),
    ("Tây Ninh", ("tayninh",), (105.80, 10.95, 106.50, 11.80), "Tây Ninh"),
    ("Thái Bình", ("thaibinh",), (106.10, 20.25, 106.65, 20.75), "Hưng Yên"),
    ("Thái Nguyên", ("thainguyen",), (105.45, 21.30, 106.25, 22.05), "Thái Nguyên"),
    ("Thanh Hóa", ("thanhhoa",), (104.35, 19.25, 106.10, 20.70), "Thanh Hóa"),
    ("Thừa Thiên Huế", ("thuathienhue", "hue"), (106.95, 15.95, 108.20, 16.75), "Huế"),
    ("Tiền Giang", ("tiengiang",), (105.80, 10.15, 106.85, 10.60), "Đồng Tháp"),
    ("Hồ Chí Minh City", ("hochiminh", "hochiminhcity", "tphcm", "hcmc", "saigon", "tphochiminh", "hcm"),
     (106.35, 10.30, 107.05, 11.20), "Hồ Chí Minh City"),
    ("Trà Vinh", ("travinh",), (105.95, 9.50, 106.60, 10.10), "Vĩnh Long"),
    ("Tuyên Quang", ("tuyenquang",), (104.80, 21.45, 105.60, 22.70), "Tuyên Quang"),
    ("Vĩnh Long", ("vinhlong",), (105.65, 9.85, 106.30, 10.35), "Vĩnh Long"),
    ("Vĩnh Phúc", ("vinhphuc",), (105.30, 21.15, 105.80, 21.60), "Phú Thọ"),
    ("Yên Bái", ("yenbai",), (103.85, 21.30, 105.10, 22.30), "Lào Cai"),
]
_PROVINCE_BY_ALIAS = {a: i for i, p in enumerate(_VN_PROVINCES) for a in p[1]}
_PROVINCE_PAD = 0.1  # degrees (~11 km) of slack around a box
_PLACE_WORDS = re.compile(r"\b(?:province|tinh|thanh pho|tp|city|municipality|viet nam|vietnam)\b")


def _named_province(name: str) -> int | None:
    """The province a station's name ends with ("Phu Xuan, Thai Binh, Thai Binh Province, Vietnam" -> Thái Bình)."""
    parts = [p for p in str(name).split(",") if p.strip()]
    for part in reversed(parts):
        key = _PLACE_WORDS.sub(" ", _fold(part)).replace(" ", "")
        if key in _PROVINCE_BY_ALIAS:
            return _PROVINCE_BY_ALIAS[key]
    return None


def _in_box(lon: float, lat: float, box: tuple[float, float, float, float], pad: float = _PROVINCE_PAD) -> bool:
    return box[0] - pad <= lon <= box[2] + pad and box[1] - pad <= lat <= box[3] + pad


def _km_to_box(lon: float, lat: float, box: tuple[float, float, float, float]) -> float:
    clon = min(max(lon, box[0]), box[2])
    clat = min(max(lat, box[1]), box[3])
    return _haversine_km(lon, lat, clon, clat)


def _haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _province_at(lon: float, lat: float) -> str | None:
    inside = [(b[2] - b[0]) * (b[3] - b[1]) for _, _, b, _ in _VN_PROVINCES]
    best = None
    for i, (_, _, box, _) in enumerate(_VN_PROVINCES):
        if _in_box(lon, lat, box, 0.0) and (best is None or inside[i] < inside[best]):
            best = i
    return _VN_PROVINCES[best][0] if best is not None else None


def _position_fits_province(lon: float, lat: float, idx: int) -> bool:
    _, _, box, new = _VN_PROVINCES[idx]
    if _in_box(lon, lat, box):
        return True
    # since the 2025 reform a station may be named after the merged province
    return any(_in_box(lon, lat, b) for n, _, b, nw in _VN_PROVINCES if nw == new)


# --------------------------------------------------------------------------------------------------
# station checks


def _add_note(notes: pd.Series, mask: Any, text: str) -> pd.Series:
    mask = pd.Series(mask, index=notes.index).fillna(False).astype(bool)
    old = notes.fillna("")
    joined = old.where(old == "", old + "; ") + text
    return notes.where(~mask, joined)


def check_stations(stations: pd.DataFrame, report: LayerReport, *, keep_suspect_locations: bool = False,
                   readings: pd.DataFrame | None = None, report_missing: bool = True) -> pd.DataFrame:
    """Doctor the station positions; returns the stations with ``location_note`` filled in.

    * a station named after a Vietnamese province but placed far outside it (a geocoder that matched a ward
      name of another province) loses its position (kept in ``source_lat``/``source_lon``) unless
      ``keep_suspect_locations``; either way it is noted and reported;
    * stations sharing one position are noted; those that also report the same values at the same times are
      reported as one sensor listed under several names;
    * positions marked as fallbacks/centroids in a ``source`` column are noted;
    * stations without a position are reported.
    """
    st = stations.copy()
    if "location_note" not in st.columns:
        st["location_note"] = pd.Series([""] * len(st), index=st.index, dtype="str")
    st["location_note"] = st["location_note"].fillna("").astype("str")
    lat = st["lat"].to_numpy(dtype=float)
    lon = st["lon"].to_numpy(dtype=float)
    has = np.isfinite(lat) & np.isfinite(lon)

    # 1. named after one province, placed in another
    suspects = []
    removed = np.zeros(len(st), dtype=bool)
    for i in np.flatnonzero(has):
        name = st["station_name"].iat[i]
        if not isinstance(name, str) or not name:
            continue
        idx = _named_province(name)
        if idx is None or _position_fits_province(lon[i], lat[i], idx):
            continue
        prov = _VN_PROVINCES[idx][0]
        km = _km_to_box(lon[i], lat[i], _VN_PROVINCES[idx][2])
        where = _province_at(lon[i], lat[i])
        suspects.append((i, name, prov, km, where))
    if suspects:
        rows = [s[0] for s in suspects]
        mask = np.zeros(len(st), dtype=bool)
        mask[rows] = True
        for i, name, prov, km, where in suspects:
            note = (trf("named after {prov} province but placed about {km:,.0f} km outside it, in {where}",
                        prov=prov, km=km, where=where) if where else
                    trf("named after {prov} province but placed about {km:,.0f} km outside it", prov=prov, km=km))
            st.iloc[i, st.columns.get_loc("location_note")] = _join_note(st["location_note"].iat[i], note)
        examples = "; ".join(
            trf("'{name}' is placed at {pos}, in {where}, about {km:,.0f} km from {prov}", name=name,
                pos=f"{lat[i]:.4f}, {lon[i]:.4f}", where=where, km=km, prov=prov) if where else
            trf("'{name}' is placed at {pos} about {km:,.0f} km from {prov}", name=name,
                pos=f"{lat[i]:.4f}, {lon[i]:.4f}", km=km, prov=prov)
            for i, name, prov, km, where in suspects[:3])
        more = trf(" (and {n:,} more)", n=len(suspects) - 3) if len(suspects) > 3 else ""
        k = len(suspects)
        if keep_suspect_locations:
            done = tr("They were kept where they are and marked in column 'location_note'.")
        else:
            st["source_lat"] = st["lat"]
            st["source_lon"] = st["lon"]
            st.loc[mask, ["lat", "lon"]] = np.nan
            removed = mask
            done = (tr("Its position was removed so that its readings do not appear in the wrong place (the "
                       "position as given is kept in columns 'source_lat'/'source_lon'); set the position by hand "
                       "if you know it.") if k == 1 else
                    tr("Their positions were removed so that their readings do not appear in the wrong place (the "
                       "position as given is kept in columns 'source_lat'/'source_lon'); set the position by hand "
                       "if you know it."))
        report.warn("geometry", _trn(k, N_("{n:,} station is named after one province but placed in another, "
                                           "probably by a geocoder that matched a place name shared by both: "
                                           "{examples}{more}. {done}"),
                                     N_("{n:,} stations are named after one province but placed in another, "
                                        "probably by a geocoder that matched a place name shared by both: "
                                        "{examples}{more}. {done}"), examples=examples, more=more, done=done),
                    count=k)
        lat = st["lat"].to_numpy(dtype=float)
        lon = st["lon"].to_numpy(dtype=float)
        has = np.isfinite(lat) & np.isfinite(lon)

    # 2. several stations on one point
    if has.sum() > 1:
        pos = pd.DataFrame({"lat": np.round(lat, 6), "lon": np.round(lon, 6)}, index=st.index)[has]
        dup = pos.duplicated(keep=False)
        if dup.any():
            groups = pos[dup].groupby(["lat", "lon"], sort=False).groups
            n_extra = int(pos.duplicated(keep="first").sum())
            n_groups = len(groups)
            examples = []
            same_sensor = []
            rows_of: dict[Any, np.ndarray] = {}
            sub_all = None
            if readings is not None:
                ids_in_groups = st.loc[np.concatenate([np.asarray(v) for v in groups.values()]), "station_id"]
                sub_all = readings[_isin(readings["station_id"], ids_in_groups)]
                sub_all = sub_all.assign(station_id=sub_all["station_id"].astype("category"),
                                         parameter=sub_all["parameter"].astype("category"))
                rows_of = sub_all.groupby("station_id", sort=False, observed=True).indices
            for (la, lo), idx in groups.items():
                names = [str(st.at[j, "station_name"] or st.at[j, "station_id"]) for j in idx]
                note = _trn(len(idx) - 1, N_("shares its position with {n:,} other station"),
                            N_("shares its position with {n:,} other stations"))
                for j in idx:
                    st.at[j, "location_note"] = _join_note(st.at[j, "location_note"], note)
                if len(examples) < 3:
                    examples.append(trf("{n:,} at {pos} ({names})", n=len(idx), pos=f"{la:.4f}, {lo:.4f}",
                                        names=_names(names, 3)))
                if sub_all is not None and len(idx) <= 8:
                    ids = [str(st.at[j, "station_id"]) for j in idx]
                    twins = _identical_series(sub_all, ids, rows_of)
                    if twins:
                        same_sensor.append((twins, la, lo))
            shown = "; ".join(examples) + ("; ..." if n_groups > 3 else "")
            points = _trn(n_groups, N_("{n:,} point with several stations: {shown}"),
                          N_("{n:,} points with several stations: {shown}"), shown=shown)
            report.warn("geometry", _trn(n_extra, N_("{n:,} station shares its position with another station "
                                                     "({points}). Their markers sit on top of each other; such "
                                                     "positions usually come from geocoding a place name (a city "
                                                     "centre) rather than from where the sensors stand. They were "
                                                     "kept and marked in column 'location_note'."),
                                         N_("{n:,} stations share their position with another station ({points}). "
                                            "Their markers sit on top of each other; such positions usually come "
                                            "from geocoding a place name (a city centre) rather than from where the "
                                            "sensors stand. They were kept and marked in column 'location_note'."),
                                         points=points), count=n_extra)
            for twins, la, lo in same_sensor[:5]:
                names = [str(st.loc[st["station_id"] == t, "station_name"].iat[0] or t) for t, _ in twins]
                common = min(c for _, c in twins)
                report.warn("geometry", trf("Stations {names} at {pos} report identical values at the same times "
                                            "(all {n:,} readings they have in common): they are probably one sensor "
                                            "listed under several names. All were kept; count them once when "
                                            "comparing stations.", names=_names(names), pos=f"{la:.4f}, {lo:.4f}",
                                            n=common), count=len(names))

    # 3. positions the source itself marks as fallbacks
    for c in st.columns:
        if c in STATION_FIELDS or c in ("location_note", "source_lat", "source_lon"):
            continue
        col = st[c]
        if not (col.dtype == object or pd.api.types.is_string_dtype(col.dtype)):
            continue
        folded = col.astype("str").str.lower()
        fallback = folded.str.contains(r"centroid|fallback|approximate|approx\b", regex=True, na=False) & has
        if fallback.any():
            k = int(fallback.sum())
            st["location_note"] = _add_note(st["location_note"], fallback,
                                            trf("{column} says '{value}'", column=c, value=col[fallback].iat[0]))
            first = st.loc[fallback, "station_name"].iat[0]
            report.warn("geometry", _trn(k, N_("{n:,} station has a position that column '{column}' marks as "
                                               "approximate (e.g. '{first}': '{value}'); it was kept and marked in "
                                               "'location_note'."),
                                         N_("{n:,} stations have a position that column '{column}' marks as "
                                            "approximate (e.g. '{first}': '{value}'); they were kept and marked in "
                                            "'location_note'."), column=c, first=first, value=col[fallback].iat[0]),
                        count=k)

    # 4. no position at all
    missing = ~np.isfinite(st["lat"].to_numpy(dtype=float)) | ~np.isfinite(st["lon"].to_numpy(dtype=float))
    unexplained = missing & ~removed
    if unexplained.any() and report_missing:
        k = int(unexplained.sum())
        names = st.loc[unexplained, "station_name"].fillna(st.loc[unexplained, "station_id"]).astype("str").tolist()
        report.warn("geometry", _trn(k, N_("{n:,} station has no position ({names}); it was kept with its readings "
                                           "but cannot be drawn on the map."),
                                     N_("{n:,} stations have no position ({names}); they were kept with their "
                                        "readings but cannot be drawn on the map."), names=_names(names, 3)), count=k)
    report.geometry_types = {"Point": int((~missing).sum())} if (~missing).any() else {}
    report.null_geometries = int(missing.sum())
    report.crs = WGS84
    return st


def _join_note(old: Any, new: str) -> str:
    old = old if isinstance(old, str) else ""
    return f"{old}; {new}" if old else new


def _identical_series(readings: pd.DataFrame, ids: list[str], rows_of: dict[Any, np.ndarray]) -> list[tuple[str, int]]:
    """Of ``ids``, those whose readings equal another one's at every common (parameter, time) (at least 3)."""
    keys: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for i in ids:
        rows = rows_of.get(i)
        if rows is None or len(rows) == 0:
            continue
        sub = readings.iloc[rows]
        k = (sub["parameter"].cat.codes.to_numpy().astype(np.int64) << 42) | (
            sub["datetime"].array.asi8 & ((1 << 42) - 1))
        order = np.argsort(k, kind="stable")
        keys[i] = (k[order], sub["value"].to_numpy()[order])
    twins: dict[str, int] = {}
    names = list(keys)
    for a_i, a in enumerate(names):
        for b in names[a_i + 1:]:
            common, ia, ib = np.intersect1d(keys[a][0], keys[b][0], assume_unique=False, return_indices=True)
            if len(common) >= 3 and np.array_equal(keys[a][1][ia], keys[b][1][ib]):
                twins[a] = max(twins.get(a, 0), len(common))
                twins[b] = max(twins.get(b, 0), len(common))
    return sorted(twins.items(), key=lambda t: ids.index(t[0])) if len(twins) >= 2 else []


# --------------------------------------------------------------------------------------------------
# reading checks


def check_readings(readings: pd.DataFrame, stations: pd.DataFrame, report: LayerReport) -> None:
    """Report (never change) what is odd about the readings: negative concentrations, values out of the
    physical range, series that never change, irregular cadence and gaps."""
    if readings.empty:
        return
    names = stations.set_index("station_id")["station_name"] if not stations.empty else pd.Series(dtype="str")

    def label(sid: str) -> str:
        n = names.get(sid)
        return f"'{n}'" if isinstance(n, str) and n else f"'{sid}'"

    v = readings["value"]
    kinds = pd.Series(_map_unique(readings["parameter"], _parameter_kind), index=readings.index)
    neg = (v < 0) & kinds.isin(["concentration", "humidity", "index"]).to_numpy()
    if neg.any():
        by = readings[neg].groupby("parameter")["value"].agg(["size", "min"])
        parts = [trf("{n:,} {param} (lowest {low:g})", n=int(r["size"]), param=p, low=r["min"])
                 for p, r in by.iterrows()]
        k = int(neg.sum())
        report.warn("columns", _trn(k, N_("{n:,} reading is negative: {parts}. Instruments report small negative "
                                          "values near zero; they were kept as measured."),
                                    N_("{n:,} readings are negative: {parts}. Instruments report small negative "
                                       "values near zero; they were kept as measured."), parts=", ".join(parts)),
                    count=k)
    hum_hi = (readings["parameter"] == "humidity") & (v > 100) & (readings["unit"] == "%")
    if hum_hi.any():
        k = int(hum_hi.sum())
        report.warn("columns", _trn(k, N_("{n:,} humidity reading is above 100 % (highest {high:g}); kept as "
                                          "measured."),
                                    N_("{n:,} humidity readings are above 100 % (highest {high:g}); kept as "
                                       "measured."), high=v[hum_hi].max()), count=k)
    temp = (readings["parameter"] == "temperature") & (readings["unit"] == "°C") & ((v < -50) | (v > 60))
    if temp.any():
        k = int(temp.sum())
        report.warn("columns", _trn(k, N_("{n:,} temperature reading is outside -50 to 60 °C (e.g. {value:g}); "
                                          "check the unit. Kept as measured."),
                                    N_("{n:,} temperature readings are outside -50 to 60 °C (e.g. {value:g}); "
                                       "check the unit. Kept as measured."), value=v[temp].iloc[0]), count=k)

    g = readings.groupby(["station_id", "parameter"], sort=False)["value"]
    stats = g.agg(["size", "nunique", "first"])
    flat = stats[(stats["size"] >= 24) & (stats["nunique"] == 1)]
    if len(flat):
        parts = [trf("all {n:,} {param} readings of {station} are {value:g}", n=int(r["size"]), param=p,
                     station=label(s), value=r["first"])
                 for (s, p), r in flat.head(4).iterrows()]
        more = trf(" (and {n:,} more series)", n=len(flat) - 4) if len(flat) > 4 else ""
        report.warn("columns", trf("{parts}{more}. A series that never changes usually means the sensor is below its "
                                   "detection limit, stuck or not reporting; kept as given.", parts="; ".join(parts),
                                   more=more),
                    count=int(flat["size"].sum()))

    # cadence and gaps, per station (all parameters together)
    stamps = readings["datetime"]
    off_clock = float(((stamps.dt.second != 0) | (stamps.dt.minute % 5 != 0)).mean()) > 0.5
    # to the minute: some sources stamp each parameter a few seconds apart
    times = readings.assign(datetime=stamps.dt.floor("min"))[["station_id", "datetime"]]
    times = times.drop_duplicates().sort_values(["station_id", "datetime"])
    step = times.groupby("station_id", sort=False)["datetime"].diff().dt.total_seconds()
    times = times.assign(step=step).dropna(subset=["step"])
    times = times[times["step"] > 0]
    if len(times) < 10:
        return
    per = times.groupby("station_id", sort=False)["step"]
    med = per.median()
    q1, q3 = per.quantile(0.25), per.quantile(0.75)
    gap = times[times["step"] > 3 * times["station_id"].map(med).clip(lower=60)]
    typical = float(med.median())
    irregular = ((q3 - q1) > 0.25 * med) & (med < 3 * 3600)
    every = _duration(typical)
    many = len(med) > 1
    if off_clock:
        example = stamps[(stamps.dt.second != 0) | (stamps.dt.minute % 5 != 0)].iloc[0]
        text = trf("Readings come about every {every} at most stations, at times that do not follow the clock (e.g. "
                   "{when:%H:%M:%S} UTC); hourly and daily means weigh each hour equally.", every=every, when=example) \
            if many else \
            trf("Readings come about every {every}, at times that do not follow the clock (e.g. {when:%H:%M:%S} "
                "UTC); hourly and daily means weigh each hour equally.", every=every, when=example)
    elif irregular.any():
        if not many:
            text = trf("Readings come about every {every}, at irregular intervals; hourly and daily means weigh each "
                       "hour equally.", every=every)
        else:
            text = _trn(int(irregular.sum()),
                        N_("Readings come about every {every} at most stations; {n:,} station reports at irregular "
                           "intervals; hourly and daily means weigh each hour equally."),
                        N_("Readings come about every {every} at most stations; {n:,} stations report at irregular "
                           "intervals; hourly and daily means weigh each hour equally."), every=every)
    else:
        text = trf("Readings come about every {every} at most stations.", every=every) if many else \
            trf("Readings come about every {every}.", every=every)
    if len(gap):
        longest = gap.loc[gap["step"].idxmax()]
        text += " " + _trn(len(gap), N_("There is {n:,} gap longer than three times the usual interval (the longest: "
                                        "{longest} without readings at {station} before {when:%Y-%m-%d %H:%M} UTC)."),
                           N_("There are {n:,} gaps longer than three times the usual interval (the longest: "
                              "{longest} without readings at {station} before {when:%Y-%m-%d %H:%M} UTC)."),
                           longest=_duration(float(longest["step"])), station=label(longest["station_id"]),
                           when=longest["datetime"])
    report.info("read", text)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return trf("{v:.0f} s", v=seconds)
    if seconds < 5400:
        return trf("{v:.0f} min", v=seconds / 60)
    if seconds < 2 * 86400:
        hours = seconds / 3600
        return trf("{v:.0f} h", v=hours) if f"{hours:.1f}".endswith(".0") else trf("{v:.1f} h", v=hours)
    return trf("{v:.1f} days", v=seconds / 86400)


# --------------------------------------------------------------------------------------------------
# the entry point


def read_sensor_file(
    path: str | Path,
    *,
    stations_path: str | Path | None = None,
    tz: str = CITY_TIMEZONE,
    report: LayerReport | None = None,
    sheet: str | int | None = None,
    keep_suspect_locations: bool = False,
) -> SensorData:
    """Read sensor readings (and their stations) from a CSV, XLSX or Parquet file.

    ``stations_path`` names a separate stations table (CSV/XLSX/Parquet: id and/or name, lat/lon, anything
    else is kept), matched to the readings by station id, else by name. Naive times are taken in ``tz``
    (default Asia/Ho_Chi_Minh) unless their column's name says UTC; the report says which. ``sheet`` picks
    an Excel sheet. A station named after one Vietnamese province but placed in another loses its position
    unless ``keep_suspect_locations``.

    Raises :class:`~gisdesk.core.errors.ReadError` for a file that is missing, unreadable or holds no readings.
    """
    if stations_path is None and is_geopackage_source(path):
        return read_sensor_geopackage(path, tz=tz, report=report, keep_suspect_locations=keep_suspect_locations)
    path = Path(path)
    _zone(tz)  # a bad zone name is the caller's error
    report = report if report is not None else LayerReport(path.stem)
    report.source = report.source or str(path)
    try:
        return _read_sensor_file(path, stations_path=stations_path, tz=tz, report=report, sheet=sheet,
                                 keep_suspect_locations=keep_suspect_locations)
    except ReadError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, pd.errors.ParserError) as exc:
        # a table odd in a way not foreseen: still one clear error naming the file, never a traceback
        raise ReadError(path, trf("the table could not be read as sensor data ({kind}: {e})",
                                  kind=type(exc).__name__, e=exc)) from exc


# --------------------------------------------------------------------------------------------------
# GeoPackages: a stations point layer and a readings table (also inside a zip: "x.zip!y.gpkg")

#: layer names understood, best first (compared case-insensitively)
_GPKG_STATION_LAYERS = ("stations", "station", "sites", "locations", "tram", "tram_quan_trac")
_GPKG_READING_LAYERS = ("readings", "observations", "measurements", "du_lieu", "so_lieu")
#: the layers of a SensorThings cache (``io.feeds.sensorthings``): it has datastreams besides
_STA_CACHE_LAYERS = {"stations", "readings", "datastreams"}


def is_geopackage_source(source: str | Path) -> bool:
    """Whether ``source`` names a GeoPackage: ``x.gpkg`` or a member ``x.zip!y.gpkg``."""
    return str(source).lower().endswith(".gpkg")


def _gdal_path(source: str) -> tuple[str, Path]:
    """(the path GDAL opens, the file on disk) for ``x.gpkg`` or ``x.zip!folder/y.gpkg``; ReadError when the
    file (or the member) is not there."""
    head, sep, member = source.partition("!")
    on_disk = Path(head)
    if not on_disk.exists():
        raise ReadError(source, tr("the file does not exist"))
    if on_disk.is_dir():
        raise ReadError(source, tr("this is a folder, not a GeoPackage"))
    if not sep:
        return str(on_disk), on_disk
    import zipfile

    try:
        with zipfile.ZipFile(on_disk) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReadError(source, trf("'{name}' is not a readable zip archive ({e})", name=on_disk.name, e=exc)) from exc
    if member not in names:
        raise ReadError(source, trf("the archive '{name}' holds no '{member}'", name=on_disk.name, member=member))
    return f"/vsizip/{on_disk.absolute().as_posix()}/{member}", on_disk


def holds_sensors(source: str | Path) -> bool:
    """Whether ``source`` (``x.gpkg`` or ``x.zip!y.gpkg``) is a GeoPackage ``read_sensor_geopackage`` reads as
    sensors: a SensorThings cache, or a point layer of stations beside a table of readings under one of the
    names it looks for. False for anything else, including a file it cannot open."""
    if not is_geopackage_source(source):
        return False
    import pyogrio

    try:
        gdal, _ = _gdal_path(str(source))
        layers = {str(n): g for n, g in pyogrio.list_layers(gdal)}
    except Exception:  # noqa: BLE001 - not readable: not sensors (the ordinary reader gives the message)
        return False
    if _STA_CACHE_LAYERS <= set(layers):
        return True
    has_points = any(g is not None and "point" in str(g).lower() for g in layers.values())
    return has_points and _pick_layer(layers, _GPKG_READING_LAYERS, spatial=False) is not None


def _pick_layer(layers: dict[str, Any], names: Sequence[str], spatial: bool) -> str | None:
    by_lower = {n.lower(): n for n in layers}
    for wanted in names:
        if wanted in by_lower and (layers[by_lower[wanted]] is not None) == spatial:
            return by_lower[wanted]
    return None


def _nfc_frame(df: pd.DataFrame) -> pd.DataFrame:
    for c in df.columns:
        if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype):
            uniq = df[c].dropna().unique()
            if len(uniq) and any(isinstance(u, str) and not unicodedata.is_normalized("NFC", u) for u in uniq):
                df[c] = df[c].map(lambda v: unicodedata.normalize("NFC", v) if isinstance(v, str) else v)
    return df


def read_sensor_geopackage(
    path: str | Path,
    *,
    tz: str = CITY_TIMEZONE,
    report: LayerReport | None = None,
    keep_suspect_locations: bool = False,
) -> SensorData:
    """Read a GeoPackage of sensors (``x.gpkg``, or ``x.zip!y.gpkg`` read inside the zip without unpacking).

    Two layouts are told apart by their layers:

    * a **SensorThings cache** (layers ``stations``, ``readings`` and ``datastreams``, written by
      :func:`gisdesk.io.feeds.sensorthings.sync`): read with ``read_cache``, as it was stored;
    * **stations and readings**: a point layer of stations (named ``stations``; else the only point layer) and
      a table of readings (named ``readings``, ``observations`` or ``measurements``; else the only table
      without geometry), e.g. the bundled sample's ``stations`` (station_id, name, kind, parameters, unit,
      ward_code, installed) and ``readings`` (station_id, parameter, observed_at, value, unit). Their columns
      are recognised by name as in CSV files (:func:`read_sensor_file`) and go through the same normalisation
      and checks; the station positions come from the points (reprojected to WGS 84); the stations' other
      columns are kept. Date-times are read as written (GDAL's own parsing warns about the "+07:00" offsets the
      GeoPackage standard does not allow, and drops nothing): aware ones keep their offset, naive ones are
      taken in ``tz``.

    Raises :class:`~gisdesk.core.errors.ReadError` when the file is missing or is not such a GeoPackage.
    """
    import pyogrio

    source = str(path)
    _zone(tz)
    stem = Path(source.rpartition("!")[2] or source).stem
    report = report if report is not None else LayerReport(stem)
    report.source = report.source or source
    gdal, on_disk = _gdal_path(source)
    try:
        listed = pyogrio.list_layers(gdal)
    except Exception as exc:
        raise ReadError(source, trf("this is not a GeoPackage GDAL can open ({e})",
                                    e=str(exc).splitlines()[0][:200])) from exc
    layers = {str(n): g for n, g in listed}
    if _STA_CACHE_LAYERS <= set(layers) and gdal == str(on_disk):
        from gisdesk.io.feeds.sensorthings import read_cache

        return read_cache(on_disk, report=report)
    st_layer = _pick_layer(layers, _GPKG_STATION_LAYERS, spatial=True)
    if st_layer is None:
        points = [n for n, g in layers.items() if g is not None and "point" in str(g).lower()]
        st_layer = points[0] if len(points) == 1 else None
    rd_layer = _pick_layer(layers, _GPKG_READING_LAYERS, spatial=False)
    if rd_layer is None:
        tables = [n for n, g in layers.items() if g is None]
        rd_layer = tables[0] if len(tables) == 1 else None
    if st_layer is None or rd_layer is None:
        listed_names = ", ".join(f"'{n}'" for n in layers)
        raise ReadError(source, trf("this GeoPackage does not hold sensors: expected a point layer of stations "
                                    "(named 'stations') and a table of readings (named 'readings'); its layers are "
                                    "{layers}", layers=listed_names) if listed_names else
                        tr("this GeoPackage does not hold sensors: expected a point layer of stations (named "
                           "'stations') and a table of readings (named 'readings'); its layers are none"))
    try:
        st = pyogrio.read_dataframe(gdal, layer=st_layer, use_arrow=True, datetime_as_string=True)
        rd = pyogrio.read_dataframe(gdal, layer=rd_layer, use_arrow=True, datetime_as_string=True,
                                    read_geometry=False)
    except Exception as exc:
        raise ReadError(source, trf("the layers '{stations}' and '{readings}' could not be read ({e})",
                                    stations=st_layer, readings=rd_layer, e=str(exc).splitlines()[0][:200])) from exc
    report.driver = "GPKG"
    features = _trn(len(st), N_("{n:,} feature"), N_("{n:,} features"))
    rows = _trn(len(rd), N_("{n:,} row"), N_("{n:,} rows"))
    report.info("read", trf("Read the stations from layer '{stations}' ({features}) and the readings from table "
                            "'{readings}' ({rows}) of '{file}'.", stations=st_layer, features=features,
                            readings=rd_layer, rows=rows, file=Path(source.rpartition("!")[2]).name))
    if rd.empty:
        raise ReadError(source, trf("the table '{table}' holds no readings", table=rd_layer))
    try:
        lat, lon = _station_positions(st, report)
        st_raw = _Raw(_nfc_frame(pd.DataFrame(st.drop(columns=st.geometry.name))), lat, lon, "GPKG", set())
        stations = _stations_from_raw(st_raw, source, f"layer '{st_layer}'", LayerReport(st_layer), report,
                                      keep_reading_columns=True)
        raw = _Raw(_nfc_frame(pd.DataFrame(rd)), None, None, "GPKG", set())
        data = _read_sensor_file(Path(source), stations_path=None, tz=tz, report=report, sheet=None,
                                 keep_suspect_locations=keep_suspect_locations, raw=raw, stations_table=stations)
    except ReadError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise ReadError(source, trf("the GeoPackage could not be read as sensor data ({kind}: {e})",
                                    kind=type(exc).__name__, e=exc)) from exc
    report.driver = "GPKG"
    report.crs_status = "declared" if st.crs is not None else "assumed"
    return data


def _station_positions(st: Any, report: LayerReport) -> tuple[np.ndarray, np.ndarray]:
    """lat/lon (WGS 84) of a stations GeoDataFrame's points; NaN for missing, empty or non-point geometries."""
    import shapely

    gdf = st
    if gdf.crs is None:
        report.warn("crs", tr("The stations layer declares no coordinate reference system; its coordinates were "
                              "taken as longitude/latitude (WGS 84)."))
    elif not gdf.crs.equals(WGS84):
        gdf = gdf.to_crs(WGS84)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    kind = shapely.get_type_id(geoms)  # -1 for a missing geometry
    empty = np.zeros(len(geoms), dtype=bool)
    empty[kind >= 0] = shapely.is_empty(geoms[kind >= 0])
    pts = (kind == 0) & ~empty
    lon = np.full(len(geoms), np.nan)
    lat = np.full(len(geoms), np.nan)
    lon[pts] = shapely.get_x(geoms[pts])
    lat[pts] = shapely.get_y(geoms[pts])
    other = (kind > 0) & ~empty
    if other.any():
        k = int(other.sum())
        report.warn("geometry", _trn(k, N_("{n:,} station is not a single point; it was kept without a position."),
                                     N_("{n:,} stations are not a single point; they were kept without a position.")),
                    count=k)
    return _clean_coords(lat, lon, report)


def _read_sensor_file(path: Path, *, stations_path: str | Path | None, tz: str, report: LayerReport,
                      sheet: str | int | None, keep_suspect_locations: bool, raw: _Raw | None = None,
                      stations_table: pd.DataFrame | None = None) -> SensorData:
    """The shared reading path. ``raw`` (the readings as read) and ``stations_table`` (the stations, as
    ``_stations_from_raw`` makes them) are given by readers of other containers (a GeoPackage); else the
    readings are read from ``path`` and the stations from ``stations_path``."""
    raw = raw if raw is not None else _read_raw(path, report, sheet=sheet)
    report.driver = raw.driver
    roles = _detect_roles(raw.df, stations_file=False, exclude=raw.coord_cols)
    df = raw.df
    n_rows = len(df)

    if roles.parameter and roles.value:
        layout = "long"
    else:
        layout = "wide"
    wide_cols: dict[str, tuple[str, str | None]] = {}
    if layout == "wide":
        skip = roles.used() | raw.coord_cols
        for c in df.columns:
            if c in skip:
                continue
            code, unit = canonical_parameter(c)
            key = _fold(re.sub(r"[(\[{].*?[)\]}]", " ", str(c))).replace(" ", "")
            if code in PARAMETER_UNITS and key not in _NOT_WIDE and pd.api.types.is_numeric_dtype(df[c].dtype) | (
                    _parse_values(df[c])[0].notna().mean() > 0.5):
                wide_cols[c] = (code, unit)
        if not wide_cols:
            _no_readings(path, df, roles, raw)
    if roles.time is None:
        raise ReadError(path, trf("no column of dates/times was found (looked for names such as 'datetime', "
                                  "'timestamp', 'time', 'date', 'thời gian', 'ngày giờ'); the columns are {columns}",
                                  columns=", ".join(repr(c) for c in df.columns[:20])))

    # ---- station key per row
    station_key, station_name = _station_keys(df, roles, path, report)

    # ---- times
    time_col = df[roles.time]
    if roles.clock:
        time_col = df[roles.time].astype("str").str.slice(0, 10) + " " + df[roles.clock].astype("str")
        report.info("columns", trf("Dates from column '{date}' and times of day from '{clock}' were joined.",
                                   date=roles.time, clock=roles.clock))
    zones = df[roles.tz] if roles.tz and not _fold(roles.time).endswith("utc") else None
    times = _parse_times(time_col, tz=tz, name=roles.time, zones=zones)
    _report_times(times, roles, tz, zones, report)

    # ---- long readings table
    if layout == "long":
        values, bad_values = _parse_values(df[roles.value])
        long = pd.DataFrame({
            "station_id": station_key,
            "parameter": df[roles.parameter].astype("str").where(df[roles.parameter].notna(), ""),
            "datetime": times.values,
            "value": values,
            "unit": df[roles.unit].astype(object) if roles.unit else pd.Series(None, index=df.index, dtype=object),
            "_row": np.arange(n_rows),
        })
        bad = bad_values
        where = {"station": roles.station_id or roles.station_name, "parameter": roles.parameter,
                 "value": roles.value, "unit": roles.unit, "time": roles.time}
        report.info("columns", trf("Read as one reading per row: station from '{station}', parameter from "
                                   "'{parameter}', value from '{value}', unit from '{unit}', time from '{time}'.",
                                   **where) if roles.unit else
                    trf("Read as one reading per row: station from '{station}', parameter from '{parameter}', value "
                        "from '{value}', time from '{time}'.", **where))
        long, bad = _apply_flags(long, bad, df, roles, report)
        if roles.aqi is not None:
            long, bad = _add_aqi(long, bad, df, roles, times.values, station_key, report)
    else:
        pieces = []
        bads = []
        for c, (code, unit) in wide_cols.items():
            vals, bad_c = _parse_values(df[c])
            pieces.append(pd.DataFrame({
                "station_id": station_key, "parameter": code, "datetime": times.values, "value": vals,
                "unit": unit, "_row": np.arange(n_rows)}))
            bads.append(bad_c)
        long = pd.concat(pieces, ignore_index=True)
        bad = pd.concat(bads, ignore_index=True)
        shown = ", ".join(f"'{c}' -> {code}" for c, (code, _) in list(wide_cols.items())[:8])
        report.info("columns", trf("Read as one row per station and time with a column per parameter ({shown}); "
                                   "time from '{time}'.", shown=shown, time=roles.time))
    long = _drop_unusable(long, bad, report)

    # ---- stations
    stations = _stations_from_rows(df, roles, raw, station_key, station_name, long, report)
    if stations_table is not None:
        stations, long = _join_stations_file(None, stations, long, report, table=stations_table)
    elif stations_path is not None:
        stations, long = _join_stations_file(Path(stations_path), stations, long, report)
    elif raw.lat is None:
        report.warn("columns", tr("The file has no coordinate columns (looked for latitude/longitude, Vĩ độ/Kinh độ, "
                                  "x/y); the stations were loaded without positions. Open a stations table with it "
                                  "(station id or name and latitude/longitude) to put them on the map."))

    readings = normalise_readings(long.drop(columns=["_row"]), report)
    stations = stations[stations["station_id"].isin(readings["station_id"].unique()) | stations["_from_file"]]
    stations = stations.drop(columns=["_from_file"]).reset_index(drop=True)
    report.crs_status = "assumed"  # latitude/longitude in a table: WGS 84, as is usual
    stations = check_stations(stations, report, keep_suspect_locations=keep_suspect_locations, readings=readings,
                              report_missing=stations_path is not None or stations_table is not None
                                              or raw.lat is not None)
    check_readings(readings, stations, report)
    report.features_read = len(stations)
    report.features_kept = len(stations)
    n_par = readings["parameter"].nunique()
    counts = {"readings": _trn(len(readings), N_("{n:,} reading"), N_("{n:,} readings")),
              "parameters": _trn(n_par, N_("{n:,} parameter"), N_("{n:,} parameters")),
              "stations": _trn(len(stations), N_("{n:,} station"), N_("{n:,} stations"))}
    report.info("read", trf("{readings} of {parameters} at {stations}, from {start:%Y-%m-%d %H:%M} to "
                            "{end:%Y-%m-%d %H:%M} UTC.", start=readings["datetime"].min(),
                            end=readings["datetime"].max(), **counts) if len(readings) else
                trf("{readings} of {parameters} at {stations}.", **counts))
    return SensorData(stations=stations, readings=readings, report=report)


def _no_readings(path: Path, df: pd.DataFrame, roles: _Roles, raw: _Raw) -> None:
    if (roles.station_id or roles.station_name) and raw.lat is not None:
        raise ReadError(path, tr("this looks like a table of stations (names and positions) without readings; open "
                                 "it as the stations table of a readings file"))
    raise ReadError(path, trf("no readings were found: expected either columns for the parameter and the value "
                              "(e.g. 'parameter'/'value', 'thông số'/'giá trị') or a column per parameter "
                              "(e.g. 'pm25', 'PM2.5', 'nhiệt độ'); the columns are {columns}",
                              columns=", ".join(repr(c) for c in df.columns[:20])))


def _station_keys(df: pd.DataFrame, roles: _Roles, path: Path, report: LayerReport) -> tuple[pd.Series, pd.Series]:
    n = len(df)
    if roles.station_id:
        key = _id_text(df[roles.station_id])
    elif roles.station_name:
        key = pd.Series(_map_unique(df[roles.station_name], _nfc), index=df.index, dtype=object)
    else:
        key = pd.Series([path.stem] * n, index=df.index, dtype="str")
        report.info("columns", trf("The file names no station; all readings were taken as one station, "
                                   "'{name}' (the file's name).", name=path.stem))
    name = (df[roles.station_name].astype("str").str.strip().where(df[roles.station_name].notna())
            if roles.station_name else key)
    missing = key.isna() | (key.astype("str").str.strip() == "")
    if missing.any():
        k = int(missing.sum())
        key = key.where(~missing, "unknown station")
        report.warn("columns", _trn(k, N_("{n:,} row names no station; it was put under a station called 'unknown "
                                          "station'."),
                                    N_("{n:,} rows name no station; they were put under a station called 'unknown "
                                       "station'.")), count=k)
    return key.astype("str"), name


def _id_text(col: pd.Series) -> pd.Series:
    """Station ids as text: 1274949.0 -> "1274949"."""
    if pd.api.types.is_float_dtype(col.dtype):
        whole = col.dropna()
        if (whole == whole.round()).all():
            return col.astype("Int64").astype("str").astype(object).where(col.notna())
    return col.astype("str").str.strip().where(col.notna())


def _report_times(times: _Times, roles: _Roles, tz: str, zones: pd.Series | None, report: LayerReport) -> None:
    col = roles.time
    if times.naive:
        if "utc" in _fold(col).split() or _fold(col).endswith("utc"):
            report.info("columns", trf("The times in column '{column}' carry no time zone; they were taken as UTC, "
                                       "as the column's name says.", column=col), count=times.naive)
        elif zones is not None and zones.notna().any():
            shown = ", ".join(str(z) for z in zones.dropna().unique()[:3])
            report.info("columns", trf("The times in column '{column}' carry no time zone; they were taken in the "
                                       "zone named in column '{zones}' ({shown}).", column=col, zones=roles.tz,
                                       shown=shown), count=times.naive)
        else:
            report.info("columns", trf("The times in column '{column}' carry no time zone; they were taken as local "
                                       "time in {zone}.", column=col, zone=_zone_label(tz)), count=times.naive)
    if "day/month" in times.how or "month/day" in times.how:
        report.info("columns", trf("Dates in column '{column}' were read as {how}.", column=col,
                                   how=_how_text(times.how)))
    if times.ambiguous_order:
        report.warn("columns", trf("Every date in column '{column}' fits both day/month and month/day order (no day "
                                   "is above 12); they were read as {how}. Check a known date.", column=col,
                                   how=_how_text(times.how)))


def _apply_flags(long: pd.DataFrame, bad: pd.Series, df: pd.DataFrame, roles: _Roles,
                 report: LayerReport) -> tuple[pd.DataFrame, pd.Series]:
    if not roles.flag:
        return long, bad
    flags = df[roles.flag].astype("str").str.strip()
    counts = flags[df[roles.flag].notna()].value_counts()
    drop = _map_unique(flags, lambda f: _fold(f) in _BAD_FLAGS, na=False).astype(bool)
    if len(counts) == 1:
        report.info("columns", trf("Column '{column}' says '{flag}' for every reading.", column=roles.flag,
                                   flag=counts.index[0]))
    elif len(counts):
        shown = ", ".join(f"{v!r} {fmt_num(c)}" for v, c in counts.head(5).items())
        report.info("columns", trf("Column '{column}' holds the quality flags {shown}.", column=roles.flag,
                                   shown=shown))
    if drop.any():
        k = int(drop.sum())
        report.warn("dropped", _trn(k, N_("{n:,} reading is flagged as invalid in column '{column}' ({flags}); it "
                                          "was dropped."),
                                    N_("{n:,} readings are flagged as invalid in column '{column}' ({flags}); they "
                                       "were dropped."), column=roles.flag, flags=", ".join(sorted(set(flags[drop])))),
                    count=k)
        keep = ~drop
        return long[keep], bad[keep]
    return long, bad


def _add_aqi(long: pd.DataFrame, bad: pd.Series, df: pd.DataFrame, roles: _Roles, times: pd.Series,
             key: pd.Series, report: LayerReport) -> tuple[pd.DataFrame, pd.Series]:
    vals, _ = _parse_values(df[roles.aqi])
    aqi = pd.DataFrame({"station_id": key, "parameter": "aqi", "datetime": times, "value": vals, "unit": "",
                        "_row": np.arange(len(df))})
    aqi = aqi.dropna(subset=["value", "datetime"]).drop_duplicates(["station_id", "datetime", "value"])
    if aqi.empty:
        return long, bad
    report.info("columns", _trn(len(aqi), N_("Column '{column}' repeats an air-quality index with each reading; it "
                                             "was added as {n:,} reading of parameter 'aqi' (one per station and "
                                             "time)."),
                                N_("Column '{column}' repeats an air-quality index with each reading; it was added "
                                   "as {n:,} readings of parameter 'aqi' (one per station and time)."),
                                column=roles.aqi), count=len(aqi))
    return (pd.concat([long, aqi], ignore_index=True),
            pd.concat([bad.reset_index(drop=True), pd.Series(False, index=range(len(aqi)))], ignore_index=True))


def _drop_unusable(long: pd.DataFrame, bad: pd.Series, report: LayerReport) -> pd.DataFrame:
    long = long.reset_index(drop=True)
    bad = bad.reset_index(drop=True).astype(bool)
    no_time = long["datetime"].isna()
    sentinel = long["value"] <= _SENTINEL_LIMIT
    empty = long["value"].isna() & ~bad
    if bad.any():
        k = int(bad.sum())
        report.warn("dropped", _trn(k, N_("{n:,} value is not a number; that reading was dropped."),
                                    N_("{n:,} values are not a number; those readings were dropped.")), count=k)
    if sentinel.any():
        k = int(sentinel.sum())
        shown = ", ".join(f"{v:g}" for v in sorted(long.loc[sentinel, "value"].unique())[:3])
        report.warn("dropped", _trn(k, N_("{n:,} reading holds a 'no data' code ({shown}); it was dropped."),
                                    N_("{n:,} readings hold a 'no data' code ({shown}); they were dropped."),
                                    shown=shown), count=k)
    if empty.any():
        k = int(empty.sum())
        report.info("dropped", _trn(k, N_("{n:,} empty value (no reading) was skipped."),
                                    N_("{n:,} empty values (no reading) were skipped.")), count=k)
    unusable_time = no_time & ~(bad | sentinel | empty)
    if unusable_time.any():
        k = int(unusable_time.sum())
        report.warn("dropped", _trn(k, N_("{n:,} reading has an empty or unreadable time (or one that does not exist "
                                          "in the time zone); it was dropped."),
                                    N_("{n:,} readings have an empty or unreadable time (or one that does not exist "
                                       "in the time zone); they were dropped.")), count=k)
    keep = ~(no_time | bad | sentinel | empty)
    return long[keep]


def _stations_from_rows(df: pd.DataFrame, roles: _Roles, raw: _Raw, key: pd.Series, name: pd.Series,
                        long: pd.DataFrame, report: LayerReport) -> pd.DataFrame:
    """One row per station: name, provider, the most frequent position, and the per-station columns."""
    frame = pd.DataFrame({"station_id": key.to_numpy(), "station_name": name.to_numpy()})
    frame["provider"] = df[roles.provider].astype("str").where(df[roles.provider].notna()).to_numpy() \
        if roles.provider else None
    frame["lat"] = raw.lat if raw.lat is not None else np.nan
    frame["lon"] = raw.lon if raw.lon is not None else np.nan
    used = (roles.used() - {roles.tz}) | raw.coord_cols  # a station's time zone is worth keeping
    others = [c for c in df.columns if c not in used and c not in _wide_param_cols(df, roles, used)]
    empty_cols = [c for c in others if df[c].isna().all()]
    if empty_cols:
        report.info("columns", _trn(len(empty_cols), N_("Column {names} is empty in every row; left out."),
                                    N_("Columns {names} are empty in every row; left out."),
                                    names=_names(empty_cols, 6)))
    others = [c for c in others if c not in empty_cols and _fold(c) not in _LAT_NAMES | _LON_NAMES]
    g_key = frame["station_id"]
    extras: list[str] = []
    varying: list[str] = []
    if others:
        nun = df[others].groupby(g_key.to_numpy(), sort=False).nunique(dropna=True)
        for c in others:
            (extras if (nun[c] <= 1).all() else varying).append(c)
    if varying:
        report.info("columns", _trn(len(varying), N_("Column {names} changes from reading to reading and is not part "
                                                     "of a reading; it was left out."),
                                    N_("Columns {names} change from reading to reading and are not part of a "
                                       "reading; they were left out."), names=_names(varying, 6)))
    for c in extras:
        frame[c] = df[c].to_numpy()
    # the most frequent position of each station
    pos = frame[["station_id", "lat", "lon"]].dropna()
    if len(pos):
        counts = pos.groupby(["station_id", "lat", "lon"], sort=False).size().rename("n").reset_index()
        counts = counts.sort_values(["station_id", "n"], ascending=[True, False], kind="stable")
        n_pos = counts.groupby("station_id", sort=False).size()
        best = counts.drop_duplicates("station_id").set_index("station_id")[["lat", "lon"]]
        moved = n_pos[n_pos > 1]
        if len(moved):
            report.warn("geometry", _trn(len(moved), N_("{n:,} station appears with more than one position (e.g. "
                                                        "'{station}' at {places} places); the most frequent position "
                                                        "was used."),
                                         N_("{n:,} stations appear with more than one position (e.g. '{station}' at "
                                            "{places} places); the most frequent position was used."),
                                         station=moved.index[0], places=int(moved.iloc[0])), count=len(moved))
    else:
        best = pd.DataFrame(columns=["lat", "lon"], dtype=float)
    rows_without = int(frame["lat"].isna().sum()) if raw.lat is not None else 0
    first = frame.drop(columns=["lat", "lon"]).groupby("station_id", sort=False).first()
    stations = first.join(best, how="left").reset_index()
    if raw.lat is not None and rows_without:
        got_pos = stations["station_id"].isin(best.index)
        report.info("columns", _trn(rows_without, N_("{n:,} row has no coordinates; {k} of their stations have a "
                                                     "position from other rows."),
                                    N_("{n:,} rows have no coordinates; {k} of their stations have a position from "
                                       "other rows."), k=int(got_pos.sum())) if got_pos.any() else
                    _trn(rows_without, N_("{n:,} row has no coordinates."), N_("{n:,} rows have no coordinates.")),
                    count=rows_without)
    stations["station_id"] = stations["station_id"].astype("str")
    stations["station_name"] = stations["station_name"].where(stations["station_name"].notna(),
                                                              stations["station_id"]).astype("str")
    stations["provider"] = stations["provider"].astype("str").where(stations["provider"].notna()) \
        if stations["provider"].notna().any() else pd.Series(None, index=stations.index, dtype="str")
    stations["location_note"] = ""
    stations["_from_file"] = False
    ordered = list(STATION_FIELDS) + ["location_note"] + extras + ["_from_file"]
    return stations[ordered]


def _wide_param_cols(df: pd.DataFrame, roles: _Roles, used: set[str]) -> set[str]:
    if roles.parameter and roles.value:
        return set()
    out = set()
    for c in df.columns:
        if c in used:
            continue
        code, _ = canonical_parameter(c)
        if code in PARAMETER_UNITS:
            out.add(c)
    return out


def _read_stations_table(path: Path, report: LayerReport) -> pd.DataFrame:
    sub = LayerReport(path.name)
    raw = _read_raw(path, sub, what="stations")
    return _stations_from_raw(raw, path, f"'{path.name}'", sub, report)


def _stations_from_raw(raw: _Raw, path: str | Path, label: str, sub: LayerReport, report: LayerReport, *,
                       keep_reading_columns: bool = False) -> pd.DataFrame:
    """The stations of a stations table as read (``raw``): station_id, station_name, provider, lat, lon and its
    other columns. ``label`` names the table in messages ("'stations.csv'"); ``sub`` holds the messages of
    reading it. ``keep_reading_columns``: columns named like parts of a reading (unit, time...) are kept as
    per-station columns (in a stations table proper they describe the station, e.g. its usual unit)."""
    roles = _detect_roles(raw.df, stations_file=True, exclude=raw.coord_cols)
    df = raw.df
    if not (roles.station_id or roles.station_name):
        raise ReadError(path, trf("the stations table {label} has no column of station ids or names (looked for "
                                  "'station_id', 'location_id', 'mã trạm', 'station_name', 'tên trạm', 'name'...)",
                                  label=label))
    for m in sub.messages:
        if m.category in ("encoding", "geometry", "columns") and m.level != "info":
            report.add(m.level, m.category, trf("In the stations table: {message}",
                                                message=f"{m.text[0].lower()}{m.text[1:]}"), m.count)
    out = pd.DataFrame(index=df.index)
    out["station_id"] = _id_text(df[roles.station_id]) if roles.station_id else \
        df[roles.station_name].astype("str").str.strip().where(df[roles.station_name].notna())
    out["station_name"] = (df[roles.station_name].astype("str").str.strip().where(df[roles.station_name].notna())
                           if roles.station_name else out["station_id"])
    out["provider"] = df[roles.provider].astype("str").where(df[roles.provider].notna()) if roles.provider else None
    out["lat"] = raw.lat if raw.lat is not None else np.nan
    out["lon"] = raw.lon if raw.lon is not None else np.nan
    used = ({roles.station_id, roles.station_name, roles.provider} - {None} if keep_reading_columns
            else roles.used()) | raw.coord_cols
    extras = [c for c in df.columns if c not in used and not df[c].isna().all()
              and _fold(c) not in _LAT_NAMES | _LON_NAMES]
    for c in extras:
        out[c if c not in out.columns else f"{c}_2"] = df[c]
    nameless = out["station_id"].isna() | (out["station_id"].astype("str").str.strip() == "")
    if nameless.any():
        k = int(nameless.sum())
        report.warn("dropped", _trn(k, N_("{n:,} row of the stations table has neither a station id nor a name; it "
                                          "was dropped."),
                                    N_("{n:,} rows of the stations table have neither a station id nor a name; they "
                                       "were dropped.")), count=k)
        out = out[~nameless]
    rows = _trn(len(out), N_("{n:,} row"), N_("{n:,} rows"))
    if roles.station_id:
        report.info("read", trf("Stations were read from {label} ({rows}); station ids come from column "
                                "'{column}'.", label=label, rows=rows, column=roles.station_id))
    else:
        report.info("read", trf("Stations were read from {label} ({rows}); station names come from column "
                                "'{column}'.", label=label, rows=rows, column=roles.station_name))
    if raw.lat is None:
        report.warn("columns", trf("The stations table {label} has no coordinate columns; the stations have no "
                                   "positions.", label=label))
    return out.reset_index(drop=True)


def _join_stations_file(path: Path | None, from_rows: pd.DataFrame, long: pd.DataFrame,
                        report: LayerReport, *, table: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    table = table if table is not None else _read_stations_table(path, report)
    dup = table["station_id"].duplicated(keep="first")
    if dup.any():
        k = int(dup.sum())
        report.warn("dropped", _trn(k, N_("{n:,} station appears twice in the stations table (e.g. '{station}'); "
                                          "the first row was used."),
                                    N_("{n:,} stations appear twice in the stations table (e.g. '{station}'); the "
                                       "first row was used."), station=table.loc[dup, "station_id"].iat[0]), count=k)
        table = table[~dup]
    # match keys: exact, else NFC/case/accent-folded
    keys = pd.Series(from_rows["station_id"].to_numpy(), index=from_rows["station_id"].to_numpy())
    exact = set(table["station_id"])
    mapping: dict[str, str] = {}
    folded = {}
    for sid in table["station_id"]:
        folded.setdefault(_fold(sid), sid)
    for k in keys.index:
        if k in exact:
            mapping[k] = k
        elif _fold(k) in folded:
            mapping[k] = folded[_fold(k)]
    if not mapping and from_rows["station_name"].notna().any():  # the readings have ids, the table only names
        by_name = {_fold(n): sid for sid, n in zip(table["station_id"], table["station_name"], strict=True)}
        for sid, name in zip(from_rows["station_id"], from_rows["station_name"], strict=True):
            if _fold(name) in by_name:
                mapping[sid] = by_name[_fold(name)]
    unmatched = [k for k in keys.index if k not in mapping]
    long = long.assign(station_id=long["station_id"].map(mapping).fillna(long["station_id"]))
    merged = table.copy()
    merged["location_note"] = ""
    merged["_from_file"] = True
    # positions the stations table lacks may come from the readings' own rows
    own = from_rows.assign(station_id=from_rows["station_id"].map(lambda s: mapping.get(s, s))).set_index("station_id")
    own = own[~own.index.duplicated(keep="first")]
    if own["lat"].notna().any():
        fill = merged["lat"].isna() & merged["station_id"].isin(own.index[own["lat"].notna()])
        if fill.any():
            merged.loc[fill, "lat"] = merged.loc[fill, "station_id"].map(own["lat"])
            merged.loc[fill, "lon"] = merged.loc[fill, "station_id"].map(own["lon"])
    if "provider" in own.columns and own["provider"].notna().any():
        merged["provider"] = merged["provider"].astype(object).where(
            merged["provider"].notna(), merged["station_id"].map(own["provider"]))
    merged["provider"] = merged["provider"].astype("str").where(merged["provider"].notna())
    extra_from_rows = [c for c in from_rows.columns if c not in merged.columns]
    for c in extra_from_rows:
        merged[c] = merged["station_id"].map(own[c]) if c in own.columns else None
    no_readings = ~merged["station_id"].isin(long["station_id"].unique())
    if unmatched:
        add = from_rows[from_rows["station_id"].isin(unmatched)].copy()
        add["_from_file"] = False
        merged = pd.concat([merged, add[[c for c in add.columns if c in merged.columns]]], ignore_index=True)
        report.warn("columns", _trn(len(unmatched), N_("{n:,} station of the readings is not in the stations table "
                                                       "({names}); it was kept, positioned from the readings file if "
                                                       "it has coordinates."),
                                    N_("{n:,} stations of the readings are not in the stations table ({names}); they "
                                       "were kept, positioned from the readings file if it has coordinates."),
                                    names=_names(unmatched, 3)), count=len(unmatched))
    matched = _trn(len(mapping), N_("{n:,} station of the readings matched the stations table."),
                   N_("{n:,} stations of the readings matched the stations table."))
    if no_readings.any():
        matched = matched[:-1] + "; " + _trn(int(no_readings.sum()),
                                             N_("{n:,} station of the table has no readings in this file and was "
                                                "kept."),
                                             N_("{n:,} stations of the table have no readings in this file and were "
                                                "kept."))
    report.info("read", matched)
    merged["station_name"] = merged["station_name"].fillna(merged["station_id"])
    front = list(STATION_FIELDS) + ["location_note"]
    merged = merged[front + [c for c in merged.columns if c not in front]]
    return merged.reset_index(drop=True), long
