"""CSV and XLSX tables, with point columns found automatically.

:func:`read_table` reads a CSV (any common encoding and delimiter) or one sheet of an XLSX workbook
and returns a GeoDataFrame. Its geometry comes from the columns :func:`find_point_columns` picks:

* a pair of latitude/longitude columns (``lat``/``lon``, ``Latitude``/``Longitude``, ``lng``/``long``,
  ``Vĩ độ``/``Kinh độ``, ``vi_do``/``kinh_do``, ``snapped_lat``/``snapped_lon``...),
* a WKT / GeoJSON / hex WKB column (``geom``, ``geometry``, ``wkt``, ``the_geom``...),
* a single "location" column (``(40.69, -73.84)``, Socrata's ``{'latitude': ..., 'longitude': ...}``,
  ``16.4637, 107.5909``),
* a pair of projected x/y columns (``x``/``y``, ``easting``/``northing``, ``toa_do_x``/``toa_do_y``,
  ``X Coordinate (State Plane)``...).

Hand-typed values are read as people type them: decimal commas (``16,4637``), spaces and thousands
separators, degree signs, DMS (``16°27'49.3"N``, ``107 35 12 E``), Vietnamese hemisphere letters
(``B`` = Bắc = north, ``Đ`` = Đông = east). Rows with latitude and longitude the wrong way round are
swapped back. A value that cannot be used (empty, unreadable text, out of range, the -1.797e308
sentinel, the 0/0 placeholder) leaves its row in the table with no geometry, and the report counts them.

Attribute columns keep codes as text (ward codes, ZIP codes, phone numbers: never lose leading zeros),
and become integer / decimal columns only when every value is a number.

Speed (city exports run to 200,000 rows): a well-formed CSV is split into columns by Arrow's parser,
which splits fields exactly as Python's csv module does; files where the rows or line numbers could
differ (ragged or cut-off rows, an odd number of quotes, line breaks inside quotes, bare carriage
returns, NUL) go through the csv module line by line. Column types are decided once per distinct value,
and plain numbers in coordinate columns are converted a column at a time; ``benchmarks/tabular.py``
times it against the per-cell reader it replaced.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from gisdesk.core.crs import WGS84, crs_to_string
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport

__all__ = ["PointColumns", "find_point_columns", "list_sheets", "parse_coordinate", "read_table"]

XLSX_EXTS = {".xlsx", ".xlsm"}

# --------------------------------------------------------------------------------------------------
# names


def _ascii_fold(text: str) -> str:
    """Lower case, accents removed (đ -> d), camelCase split, punctuation -> spaces."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(text))
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


_LAT_WORDS = {"lat", "latitude", "lati", "vido", "latitud", "breite"}
_LON_WORDS = {"lon", "lng", "long", "longitude", "longi", "kinhdo", "longitud", "laenge"}
_X_WORDS = {"x", "easting", "east", "xcoord", "coordx"}
_Y_WORDS = {"y", "northing", "north", "ycoord", "coordy"}
# unit and hemisphere decorations that differ between the two columns of a pair: "VĨ ĐỘ (N)"/"KINH ĐỘ (E)"
_DECORATION = {"n", "s", "e", "w", "b", "deg", "degree", "degrees", "dd", "decimal", "m", "metre", "meter", "met"}
_PHRASES = ((re.compile(r"\bvi do\b"), "@lat"), (re.compile(r"\bkinh do\b"), "@lon"))

_WKT_NAMES = {
    "geom", "geometry", "wkt", "the geom", "shape", "wkt geom", "geom wkt", "geometry wkt", "wkt geometry",
    "geometrie", "hinh hoc", "geojson", "wkb", "geom wkb",
}
_LOCATION_NAMES = {
    "location", "loc", "vi tri", "toa do", "coordinates", "coordinate", "coords", "latlng", "latlon", "lat lon",
    "lat lng", "lat long", "geolocation", "geo location", "gps", "position", "point", "geo point", "geopoint",
}


def _axis_of(name: str) -> tuple[str, tuple[str, ...]] | None:
    """("lat"|"lon"|"x"|"y", template) when the name holds exactly one axis word.

    The template is the name with the axis word replaced by ``{}``: two columns pair up when their
    templates are equal ("snapped_lat"/"snapped_lon", "X Coordinate (State Plane)"/"Y Coordinate ...").
    """
    folded = _ascii_fold(name)
    for pattern, token in _PHRASES:
        folded = pattern.sub(token, folded)
    tokens = folded.split()
    found: list[tuple[int, str]] = []
    for i, tok in enumerate(tokens):
        axis = None
        if tok == "@lat" or tok in _LAT_WORDS:
            axis = "lat"
        elif tok == "@lon" or tok in _LON_WORDS:
            axis = "lon"
        elif tok in _X_WORDS:
            axis = "x"
        elif tok in _Y_WORDS:
            axis = "y"
        if axis:
            found.append((i, axis))
    if len(found) != 1:
        return None
    i, axis = found[0]
    template = tuple("{}" if j == i else t for j, t in enumerate(tokens) if j == i or t not in _DECORATION)
    return axis, template


# --------------------------------------------------------------------------------------------------
# coordinate values

_NA_TOKENS = {
    "", "na", "n/a", "n.a.", "nan", "null", "none", "nil", "-", "--", "---", "?", "#n/a", "#na", "#value!",
    "#ref!", "#div/0!", "#num!", "#name?", "#null!", "không", "khong", "không có", "khong co", "chưa có",
    "chua co", "unknown", "missing",
}

_HEMI_LAT = {"N": 1, "S": -1, "B": 1}  # B = Bắc (north)
_HEMI_LON = {"E": 1, "W": -1, "Đ": 1, "O": -1}  # Đ = Đông (east); O = Ouest (west)
_NUM = r"\d+(?:[.,]\d+)?"
_DMS_RE = re.compile(
    rf"""^(?P<h1>[NSEWBĐO])?\s*(?P<sign>[-+])?\s*
        (?P<d>{_NUM})\s*(?:°|º|˚|deg|d(?=\s*\d)|:)?\s*
        (?:(?P<m>{_NUM})\s*(?:'|′|’|‘|´|`|min|m(?=\s*\d)|:)?\s*
           (?:(?P<s>{_NUM})\s*(?:"|″|”|“|''|′′|sec|s)?\s*)?
        )?
        (?P<h2>[NSEWBĐO])?$""",
    re.VERBOSE,
)

# classes of unusable values, in the order they are reported
EMPTY, UNREADABLE, OUT_OF_RANGE, ABSURD, PLACEHOLDER = "empty", "unreadable", "out of range", "absurd", "placeholder"

_SENTINEL = 1e300  # the -1.797e308 (DBL_MAX) "no data" value and its friends
_ABSURD_PROJECTED = 1e9  # no projected coordinate on Earth is this large (see crs_doctor)


def _number(text: str) -> float | None:
    """A plain number written by hand: decimal comma, thousands separators, spaces."""
    s = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    s = s.replace("−", "-").replace("–", "-")
    if not s:
        return None
    if re.fullmatch(r"[+-]?\d{1,3}(?:[ '.]\d{3})+(?:,\d+)?", s) and (" " in s or "'" in s or s.count(".") > 1 or "," in s):
        s = re.sub(r"[ '.]", "", s).replace(",", ".")  # 1.820.000,5 / 1 820 000
    elif re.fullmatch(r"[+-]?\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?", s) and (" " in s or s.count(",") > 1 or "." in s):
        s = re.sub(r"[ ,]", "", s)  # 1,820,000.5 / 1 820 000.5
    elif re.fullmatch(r"[+-]?\s*\d+,\d+", s):
        s = s.replace(",", ".")  # 16,4637
    s = s.replace(" ", "") if re.fullmatch(r"[+-]\s+\d.*", s) else s
    try:
        v = float(s)
    except ValueError:
        return None
    return v


def parse_coordinate(value: Any) -> tuple[float | None, str | None, str | None]:
    """Read one hand-typed coordinate.

    Returns ``(value, problem, hemisphere)``: ``value`` in decimal degrees (or plain units) or None;
    ``problem`` is None, ``"empty"``, ``"unreadable"`` or ``"absurd"`` (NaN, infinity, -1.797e308);
    ``hemisphere`` is ``"lat"`` when the text carried N/S (or B), ``"lon"`` for E/W (or Đ), else None.
    """
    if value is None:
        return None, EMPTY, None
    if isinstance(value, bool):
        return None, UNREADABLE, None
    if isinstance(value, int | float | np.integer | np.floating):
        v = float(value)
        if math.isnan(v):
            return None, EMPTY, None
        if not math.isfinite(v) or abs(v) >= _SENTINEL:
            return None, ABSURD, None
        return v, None, None
    if isinstance(value, datetime | date | time):
        return None, UNREADABLE, None
    if isinstance(value, str) and value.isascii() and "_" not in value:
        try:  # the common case: a plain decimal number
            v = float(value)
        except ValueError:
            pass
        else:
            if math.isnan(v):
                return None, EMPTY, None
            if not math.isfinite(v) or abs(v) >= _SENTINEL:
                return None, ABSURD, None
            return v, None, None
    text = unicodedata.normalize("NFKC", str(value)).strip().strip("\"'").strip()
    if text.lower() in _NA_TOKENS:
        return None, EMPTY, None
    v = _number(text)
    hemi = None
    if v is None:
        v, hemi = _dms(text)
        if v is None:
            low = text.lower()
            if low in {"inf", "-inf", "+inf", "infinity", "-infinity"}:
                return None, ABSURD, None
            return None, UNREADABLE, None
    if not math.isfinite(v) or abs(v) >= _SENTINEL:
        return None, ABSURD, hemi
    return v, None, hemi


def _dms(text: str) -> tuple[float | None, str | None]:
    s = text.replace("\u00a0", " ").replace("−", "-").replace("–", "-").strip()
    s = s.upper().replace("DEG", "deg").replace("MIN", "min").replace("SEC", "sec")
    # "d"/"m"/"s" unit letters are lower case in the pattern; upper-casing made them D/M/S: restore the
    # ones that sit between digits.
    s = re.sub(r"(?<=\d)\s*D(?=\s*\d)", "d", s)
    s = re.sub(r"(?<=\d)\s*M(?=\s*\d)", "m", s)
    s = re.sub(r"(?<=\d)\s*S\s*$", "s", s) if re.search(r"\dm\s*\d", s) else s
    m = _DMS_RE.match(s)
    if not m:
        return None, None
    h1, h2 = m.group("h1"), m.group("h2")
    if h1 and h2:
        return None, None
    hemi_letter = h1 or h2
    deg_txt, min_txt, sec_txt = m.group("d"), m.group("m"), m.group("s")
    if min_txt is None and sec_txt is None and hemi_letter is None and "°" not in s and "º" not in s and "deg" not in s:
        return None, None  # a bare number would have been read by _number: this is something else
    try:
        deg = float(deg_txt.replace(",", "."))
        minutes = float(min_txt.replace(",", ".")) if min_txt else 0.0
        seconds = float(sec_txt.replace(",", ".")) if sec_txt else 0.0
    except ValueError:  # pragma: no cover - the pattern only lets digits through
        return None, None
    if (min_txt and not deg.is_integer()) or (sec_txt and min_txt and not minutes.is_integer()):
        return None, None
    if minutes >= 60 or seconds >= 60:
        return None, None
    v = deg + minutes / 60 + seconds / 3600
    sign = -1 if m.group("sign") == "-" else 1
    hemi = None
    if hemi_letter in _HEMI_LAT:
        hemi = "lat"
        sign = -1 if (_HEMI_LAT[hemi_letter] < 0 or sign < 0) else 1
    elif hemi_letter in _HEMI_LON:
        hemi = "lon"
        sign = -1 if (_HEMI_LON[hemi_letter] < 0 or sign < 0) else 1
    return sign * v, hemi


# problem codes used by the vectorised parsers (index into _PROBLEMS)
_PROBLEMS: tuple[str | None, ...] = (None, EMPTY, UNREADABLE, OUT_OF_RANGE, ABSURD, PLACEHOLDER)
_P_NONE, _P_EMPTY, _P_UNREADABLE, _P_OUT_OF_RANGE, _P_ABSURD, _P_PLACEHOLDER = range(6)
_PROBLEM_CODE = {p: i for i, p in enumerate(_PROBLEMS)}
_H_NONE, _H_LAT, _H_LON = 0, 1, 2
_HEMI_CODE = {None: _H_NONE, "lat": _H_LAT, "lon": _H_LON}


def _object_array(values: Sequence[Any]) -> np.ndarray:
    """A 1-D object array of the values (never a 2-D one, whatever the values are)."""
    arr = np.empty(len(values), dtype=object)
    arr[:] = list(values)
    return arr


# an ASCII decimal number as float() reads it; Arrow's string -> float64 cast gives the same (correctly
# rounded) value for these
_PLAIN_NUMBER_RE2 = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"


def _arrow_texts(values: Sequence[Any]) -> Any:
    """A pyarrow large_string array of the values when they are all str/None, else None."""
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.large_string())
    except (pa.ArrowException, TypeError, ValueError, UnicodeError):
        return None


def _parse_values(values: Sequence[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`parse_coordinate` over a column: (values, problem codes, hemisphere codes).

    Plain ASCII decimal numbers (the bulk of any real column) are converted at once (Arrow's cast gives
    the value float() gives, which is what :func:`parse_coordinate` does for them); the rest go through
    :func:`parse_coordinate` one by one.
    """
    n = len(values)
    out = np.full(n, np.nan)
    problems = np.zeros(n, dtype=np.int8)
    hemis = np.zeros(n, dtype=np.int8)
    if not n:
        return out, problems, hemis
    done = np.zeros(n, dtype=bool)
    texts = _arrow_texts(values)
    if texts is not None:
        import pyarrow as pa
        import pyarrow.compute as pc

        null = texts.is_null().to_numpy(zero_copy_only=False)
        problems[null] = _P_EMPTY
        plain = pc.fill_null(pc.match_substring_regex(texts, _PLAIN_NUMBER_RE2), False)
        idx = np.flatnonzero(plain.to_numpy(zero_copy_only=False))
        try:
            vals = pc.cast(texts.filter(plain), pa.float64()).to_numpy(zero_copy_only=False)
        except pa.ArrowException:  # pragma: no cover - Arrow refused a plain number: read it one by one
            idx = idx[:0]
            vals = np.empty(0)
        with np.errstate(invalid="ignore"):
            good = np.abs(vals) < _SENTINEL  # False for infinity (the pattern lets no NaN through)
        problems[idx[~good]] = _P_ABSURD
        out[idx[good]] = vals[good]
        done[idx] = True
        done[null] = True
    else:  # typed sheet cells: floats at once, the rest one by one
        is_float = np.fromiter(map(type, values), dtype=object, count=n) == float
        if is_float.any():
            vals = np.array([v for v, f in zip(values, is_float, strict=True) if f], dtype=np.float64)
            idx = np.flatnonzero(is_float)
            with np.errstate(invalid="ignore"):
                good = np.abs(vals) < _SENTINEL
            problems[idx[np.isnan(vals)]] = _P_EMPTY
            problems[idx[~good & ~np.isnan(vals)]] = _P_ABSURD
            out[idx[good]] = vals[good]
            done[idx] = True
    for i in np.flatnonzero(~done).tolist():
        v, problem, hemi = parse_coordinate(values[i])
        if v is not None and problem is None:
            out[i] = v
        problems[i] = _PROBLEM_CODE[problem]
        hemis[i] = _HEMI_CODE[hemi]
    return out, problems, hemis


# --------------------------------------------------------------------------------------------------
# point columns


@dataclass
class PointColumns:
    """Which columns place the rows on the map.

    ``kind`` is ``"xy"`` (``x`` = longitude/easting column, ``y`` = latitude/northing column),
    ``"wkt"`` (``wkt`` = a column of WKT, GeoJSON or hex WKB geometries) or ``"location"`` (``location``
    = one column holding both latitude and longitude). ``degrees`` says whether x/y were found as
    latitude/longitude by name (None for plain x/y: the values decide). ``reason`` is a plain-English
    sentence; ``alternatives`` lists other coordinate columns that were found but not used.
    """

    kind: str
    x: str | None = None
    y: str | None = None
    wkt: str | None = None
    reason: str = ""
    location: str | None = None
    degrees: bool | None = None
    alternatives: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.kind == "xy":
            return f"{self.y!r}/{self.x!r}" if self.degrees else f"{self.x!r}/{self.y!r}"
        if self.kind == "wkt":
            return repr(self.wkt)
        return repr(self.location)


@dataclass
class _Parsed:
    """Geometries built from point columns plus what went wrong, row by row.

    Point candidates keep their coordinates (``points``: x, y and the usable-row mask) and make their
    shapely points only when :attr:`geoms` is first asked for: most candidates are compared and dropped.
    """

    geoms_: np.ndarray | None
    problems: list[str | None]
    samples: dict[str, list[tuple[int, str]]]
    degrees: bool
    swapped_rows: list[int] = field(default_factory=list)
    whole_columns_swapped: bool = False
    names_disagree: bool = False  # lat/lon names but projected values
    srid: int | None = None
    points: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @property
    def geoms(self) -> np.ndarray:
        if self.geoms_ is None:
            assert self.points is not None
            xs, ys, ok = self.points
            geoms = np.full(len(ok), None, dtype=object)
            if ok.any():
                geoms[ok] = shapely.points(xs[ok], ys[ok])
            self.geoms_ = geoms
        return self.geoms_

    @property
    def usable(self) -> int:
        return self.problems.count(None)


def _sample(value: Any) -> str:
    text = str(value) if value is not None else ""
    return text if len(text) <= 40 else text[:37] + "..."


def _parse_xy(xvals: Sequence[Any], yvals: Sequence[Any], degrees_hint: bool | None) -> _Parsed:
    xs, xprob, xhemi = _parse_values(xvals)
    ys, yprob, yhemi = _parse_values(yvals)
    finite = np.isfinite(xs) & np.isfinite(ys)
    if finite.any():
        fx, fy = np.abs(xs[finite]), np.abs(ys[finite])
        degree_like = ((fx <= 180) & (fy <= 180)).mean()
        degrees = bool(degree_like >= 0.9)
    else:
        degrees = degrees_hint is not False
    names_disagree = bool(degrees_hint and not degrees)

    swapped_rows: list[int] = []
    if degrees:
        hemi_swapped = (yhemi == _H_LON) | (xhemi == _H_LAT)
        with np.errstate(invalid="ignore"):
            swap = finite & (hemi_swapped | ((np.abs(ys) > 90) & (np.abs(xs) <= 90)))
        if swap.any():
            xs[swap], ys[swap] = ys[swap], xs[swap].copy()
            swapped_rows = np.flatnonzero(swap).tolist()
    whole = bool(swapped_rows) and len(swapped_rows) > 0.5 * int(finite.sum())

    # the first unreadable/absurd value of the pair wins, then "empty"
    def bad(p: np.ndarray) -> np.ndarray:
        return (p == _P_UNREADABLE) | (p == _P_ABSURD)

    empty = (xprob == _P_EMPTY) | (yprob == _P_EMPTY)
    code = np.where(bad(xprob), xprob, np.where(bad(yprob), yprob, np.where(empty, _P_EMPTY, _P_NONE))).astype(np.int8)
    fine = code == _P_NONE
    with np.errstate(invalid="ignore"):
        if degrees:
            wrong = fine & ((np.abs(ys) > 90) | (np.abs(xs) > 180))
            code[wrong] = _P_OUT_OF_RANGE
        else:
            wrong = fine & ((np.abs(xs) > _ABSURD_PROJECTED) | (np.abs(ys) > _ABSURD_PROJECTED))
            code[wrong] = _P_ABSURD
        code[fine & ~wrong & (xs == 0) & (ys == 0)] = _P_PLACEHOLDER
    ok = code == _P_NONE
    problems: list[str | None] = np.array(_PROBLEMS, dtype=object)[code].tolist()

    samples: dict[str, list[tuple[int, str]]] = {}
    n_empty = 0
    for i in np.flatnonzero(~ok).tolist():
        problem = problems[i]
        if problem == EMPTY:
            if n_empty >= 3:
                continue
            n_empty += 1
        xp, yp = _PROBLEMS[xprob[i]], _PROBLEMS[yprob[i]]
        if problem in (xp, yp):
            bad_value = yvals[i] if yp == problem else xvals[i]
        else:  # out of range, placeholder, absurd projected value: show the pair as typed
            bad_value = (
                f"{_sample(yvals[i])}, {_sample(xvals[i])}" if degrees else f"{_sample(xvals[i])}, {_sample(yvals[i])}"
            )
        samples.setdefault(problem, []).append((i, _sample(bad_value)))
    return _Parsed(None, problems, samples, degrees, swapped_rows, whole, names_disagree, points=(xs, ys, ok))


_LOC_KEY_RE = {
    "lat": re.compile(r"""['"]?\blat(?:itude)?['"]?\s*[:=]\s*['"]?\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"""),
    "lon": re.compile(r"""['"]?\b(?:lon|lng|long|longitude)['"]?\s*[:=]\s*['"]?\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"""),
}
_GEOJSON_POINT_RE = re.compile(
    r""""coordinates"\s*:\s*\[\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"""
)
_WKT_POINT_RE = re.compile(r"^\s*POINT\s*\(\s*(\S+)\s+(\S+)\s*\)\s*$", re.IGNORECASE)
_PAIR_RE = re.compile(r"^[\(\[]?\s*([^,;()\[\]]+?)\s*[,;]\s*([^,;()\[\]]+?)\s*[\)\]]?$")


def _split_location(value: Any) -> tuple[Any, Any]:
    """(lon, lat) texts from a single location cell; (None, None) when empty, ("?", "?") if unreadable."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text.lower() in _NA_TOKENS:
        return None, None
    if "lat" in text.lower() and ("lon" in text.lower() or "lng" in text.lower()):
        lat, lon = _LOC_KEY_RE["lat"].search(text), _LOC_KEY_RE["lon"].search(text)
        if lat and lon:
            return lon.group(1), lat.group(1)
        return None, None  # e.g. Socrata's {'human_address': ...} without a position
    m = _GEOJSON_POINT_RE.search(text)
    if m:
        return m.group(1), m.group(2)
    m = _WKT_POINT_RE.match(text)
    if m:
        return m.group(1), m.group(2)
    m = _PAIR_RE.match(text)
    if m:
        a, b = m.group(1), m.group(2)
        va, _, _ = parse_coordinate(a)
        vb, _, _ = parse_coordinate(b)
        if va is not None and vb is not None and abs(va) > 90 and abs(vb) <= 90:
            return a, b  # "lon, lat"
        return b, a  # "lat, lon": Socrata, Google Maps, what people copy
    # "16°27'49.3\"N 107°35'12\"E": two DMS values separated by a space
    m = re.match(r"^(.*?[NSBnsb])\s*[,;]?\s*(.*?[EWĐewđ])$", text) or re.match(r"^(.*?[EWĐewđ])\s*[,;]?\s*(.*?[NSBnsb])$", text)
    if m:
        first, second = m.group(1), m.group(2)
        if first.strip()[-1].upper() in "NSB":
            return second, first
        return first, second
    return "?", "?"


# the common "(40.69, -73.84)" / "16.4637, 107.5909" cell, split at once (RE2 via pyarrow); what it
# matches, _split_location would split the same way (its "a, b" pair rule)
_PLAIN_PAIR_RE = r"^\(? *(?P<a>[+-]?[0-9]+(?:\.[0-9]+)?) *, *(?P<b>[+-]?[0-9]+(?:\.[0-9]+)?) *\)?$"


def _split_locations(values: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """:func:`_split_location` over a column: the (lon, lat) texts."""
    n = len(values)
    lons: list[Any] = [None] * n
    lats: list[Any] = [None] * n
    done = np.zeros(n, dtype=bool)
    texts = _arrow_texts(values)
    if texts is not None and n:
        import pyarrow as pa
        import pyarrow.compute as pc

        found = pc.extract_regex(texts, _PLAIN_PAIR_RE)
        matched = found.is_valid()
        idx = np.flatnonzero(matched.to_numpy(zero_copy_only=False))
        if len(idx):
            found = found.filter(matched)
            a, b = found.field("a"), found.field("b")
            va = np.abs(pc.cast(a, pa.float64()).to_numpy(zero_copy_only=False))
            vb = np.abs(pc.cast(b, pa.float64()).to_numpy(zero_copy_only=False))
            # parse_coordinate gives no value for infinite or sentinel-sized numbers: then "lat, lon"
            with np.errstate(invalid="ignore"):
                lon_first = pa.array((va < _SENTINEL) & (vb < _SENTINEL) & (va > 90) & (vb <= 90))
            lon_txt = pc.if_else(lon_first, a, b).to_pylist()
            lat_txt = pc.if_else(lon_first, b, a).to_pylist()
            for k, i in enumerate(idx.tolist()):
                lons[i], lats[i] = lon_txt[k], lat_txt[k]
            done[idx] = True
        done |= texts.is_null().to_numpy(zero_copy_only=False)  # (None, None), as _split_location says
    for i in np.flatnonzero(~done).tolist():
        lons[i], lats[i] = _split_location(values[i])
    return lons, lats


def _parse_location(values: Sequence[Any]) -> _Parsed:
    lons, lats = _split_locations(values)
    parsed = _parse_xy(lons, lats, True)
    # report the original cell, not the part of it
    for problem, items in parsed.samples.items():
        parsed.samples[problem] = [(i, _sample(values[i])) for i, _ in items]
    return parsed


_WKT_START_RE = re.compile(
    r"^\s*(?:SRID=\d+\s*;\s*)?(?:POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION"
    r"|CIRCULARSTRING|COMPOUNDCURVE|CURVEPOLYGON|MULTICURVE|MULTISURFACE|TRIANGLE|TIN|POLYHEDRALSURFACE)\b",
    re.IGNORECASE,
)
_GEOJSON_START_RE = re.compile(r"""^\s*\{\s*["']type["']\s*:""")
_HEXWKB_RE = re.compile(r"^(?:[0-9A-Fa-f]{2}){21,}$")


def _looks_like_geometry_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    return bool(_WKT_START_RE.match(value) or _GEOJSON_START_RE.match(value) or _HEXWKB_RE.match(value.strip()))


def _parse_wkt(values: Sequence[Any]) -> _Parsed:
    n = len(values)
    geoms = np.full(n, None, dtype=object)
    problems: list[str | None] = [None] * n
    samples: dict[str, list[tuple[int, str]]] = {}
    srids: Counter[int] = Counter()
    for i, value in enumerate(values):
        text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()
        geom = None
        if text.lower() in _NA_TOKENS:
            problem = EMPTY
        else:
            m = re.match(r"^SRID=(\d+)\s*;\s*(.*)$", text, re.IGNORECASE | re.DOTALL)
            if m:
                srids[int(m.group(1))] += 1
                text = m.group(2)
            try:
                with np.errstate(all="ignore"):  # "1e3088" overflows: that value is absurd, not a crash
                    if text.startswith("{"):
                        geom = shapely.from_geojson(text.replace("'", '"'), on_invalid="ignore")
                    elif _HEXWKB_RE.match(text):
                        geom = shapely.from_wkb(bytes.fromhex(text), on_invalid="ignore")
                    else:
                        geom = shapely.from_wkt(text, on_invalid="ignore")
            except (shapely.errors.GEOSException, ValueError, TypeError):
                geom = None
            if geom is None:
                problem = UNREADABLE
            elif geom.is_empty:
                problem, geom = EMPTY, None
            else:
                coords = shapely.get_coordinates(geom)
                problem = None if np.isfinite(coords).all() and (np.abs(coords) < _ABSURD_PROJECTED).all() else ABSURD
                if problem:
                    geom = None
        problems[i] = problem
        geoms[i] = geom
        if problem is not None and (problem != EMPTY or len(samples.get(EMPTY, [])) < 3):
            samples.setdefault(problem, []).append((i, _sample(value)))
    from gisdesk.io.crs_doctor import robust_bounds

    bounds, _ = robust_bounds(geoms)
    degrees = bounds is not None and -180 <= bounds[0] <= bounds[2] <= 180 and -90 <= bounds[1] <= bounds[3] <= 90
    srid = srids.most_common(1)[0][0] if srids else None
    return _Parsed(geoms, problems, samples, degrees, srid=srid)


def _column_values(df: pd.DataFrame, name: str) -> list[Any]:
    col = df[name]
    if isinstance(col.dtype, pd.StringDtype):  # strings and missing values only
        return col.to_numpy(dtype=object, na_value=None).tolist()
    return [None if (v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA) else v for v in df[name].tolist()]


def _candidates(df: pd.DataFrame) -> list[tuple[int, PointColumns]]:
    """Every plausible set of point columns with a priority (lower = better)."""
    cols = [str(c) for c in df.columns]
    axes: dict[str, list[tuple[str, tuple[str, ...]]]] = {"lat": [], "lon": [], "x": [], "y": []}
    for c in cols:
        found = _axis_of(c)
        if found:
            axes[found[0]].append((c, found[1]))
    out: list[tuple[int, PointColumns]] = []

    def first_values(c: str, k: int = 25) -> list[Any]:
        vals: list[Any] = []
        col = df[c]
        for start in range(0, len(col), 200):  # a window at a time: a column may be long
            for v in col.iloc[start : start + 200].tolist():
                if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) or str(v).strip() == "":
                    continue
                vals.append(v)
                if len(vals) == k:
                    return vals
        return vals

    wkt_named = {c for c in cols if _ascii_fold(c) in _WKT_NAMES}
    for c in cols:
        vals = first_values(c)
        if not vals:
            continue
        share = sum(_looks_like_geometry_text(v) for v in vals) / len(vals)
        if share >= 0.5:
            prio = 0 if c in wkt_named else 30
            out.append((prio, PointColumns("wkt", wkt=c, reason=trf("column {c!r} holds geometries as text", c=c))))

    for (latc, lt), (lonc, ln) in ((a, b) for a in axes["lat"] for b in axes["lon"]):
        if lt == ln:
            prio = 10 + len(lt)
            out.append((prio, PointColumns("xy", x=lonc, y=latc, degrees=True,
                                           reason=trf("columns {lat!r} and {lon!r} are named as latitude and longitude",
                                                      lat=latc, lon=lonc))))
    for c in cols:
        if _ascii_fold(c) in _LOCATION_NAMES:
            vals = first_values(c)
            if vals and sum(_split_location(v) != ("?", "?") for v in vals) / len(vals) >= 0.5:
                out.append((40, PointColumns("location", location=c,
                                             reason=trf("column {c!r} holds latitude and longitude together", c=c))))
    for (xc, xt), (yc, yt) in ((a, b) for a in axes["x"] for b in axes["y"]):
        if xt == yt:
            out.append((50 + len(xt), PointColumns("xy", x=xc, y=yc, degrees=None,
                                                   reason=trf("columns {x!r} and {y!r} are named as x and y", x=xc, y=yc))))
    out.sort(key=lambda item: item[0])
    return out


def _parse_candidate(df: pd.DataFrame, pc: PointColumns) -> _Parsed:
    if pc.kind == "wkt":
        assert pc.wkt is not None
        return _parse_wkt(_column_values(df, pc.wkt))
    if pc.kind == "location":
        assert pc.location is not None
        return _parse_location(_column_values(df, pc.location))
    assert pc.x is not None and pc.y is not None
    return _parse_xy(_column_values(df, pc.x), _column_values(df, pc.y), pc.degrees)


def _choose(df: pd.DataFrame) -> tuple[PointColumns, _Parsed] | None:
    cands = _candidates(df)
    if not cands:
        return None
    parsed = [(pc, _parse_candidate(df, pc)) for _, pc in cands]
    best = max(p.usable for _, p in parsed)
    chosen_i = 0
    if best > 0:
        chosen_i = next(i for i, (_, p) in enumerate(parsed) if p.usable > 0 and p.usable >= 0.5 * best)
    pc, p = parsed[chosen_i]
    others = [o.describe() for j, (o, _) in enumerate(parsed) if j != chosen_i]
    pc.alternatives = others
    reason = trf("Point positions come from {columns}: {why} ({usable:,} of {rows:,} rows have usable positions).",
                 columns=pc.describe(), why=pc.reason, usable=p.usable, rows=len(df))
    if others:
        reason += " " + trf("Other coordinate columns were found and kept as plain attributes: {others}.",
                            others=", ".join(others))
    pc.reason = reason
    return pc, p


def find_point_columns(df: pd.DataFrame) -> PointColumns | None:
    """Find the columns that place the rows on the map (see the module docstring), or None.

    Names are matched without case or accents; the values then decide between candidates: the first one
    in the order WKT column named like a geometry, latitude/longitude pair, other WKT column, location
    column, x/y pair that has at least half as many usable rows as the best one wins.
    """
    if not all(isinstance(c, str) for c in df.columns):
        df = df.set_axis([str(c) for c in df.columns], axis=1)
    found = _choose(df)
    return found[0] if found else None


# --------------------------------------------------------------------------------------------------
# reading CSV


def _decode(raw: bytes, path: Path, report: LayerReport) -> tuple[str, str]:
    """Text of the file and the encoding used; ReadError for binary files."""
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, enc in boms:
        if raw.startswith(bom):
            text = raw.decode(enc, errors="replace")
            report.encoding_status = "declared"
            label = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}[enc]
            if enc in ("utf-16", "utf-32"):
                little = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE))
                text_ = (trf("The file starts with a byte-order mark: it was read as {label} little-endian.", label=label)
                         if little else
                         trf("The file starts with a byte-order mark: it was read as {label} big-endian.", label=label))
            else:
                text_ = trf("The file starts with a byte-order mark: it was read as {label}.", label=label)
            report.info("encoding", text_)
            return text, label
    head = raw[:4096]
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            enc = "utf-16-le"
        elif even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            enc = "utf-16-be"
        else:
            raise ReadError(path, tr("this is not a text table: it contains binary data"))
        report.encoding_status = "detected"
        report.info("encoding", trf("The file has no byte-order mark but its bytes are {enc}; it was read as such.",
                                    enc=enc.upper()))
        return raw.decode(enc, errors="replace"), enc.upper()
    try:
        text = raw.decode("utf-8")
        report.encoding_status = "detected"
        return text, "UTF-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and exc.reason.startswith("unexpected end"):
            report.encoding_status = "detected"
            report.warn("encoding", tr("The file ends in the middle of a character (it seems cut off); the last bytes "
                                       "were dropped."))
            return raw[: exc.start].decode("utf-8"), "UTF-8"
    return _decode_legacy(raw, report)


def _decode_legacy(raw: bytes, report: LayerReport) -> tuple[str, str]:
    samples = [line for line in raw.splitlines() if any(b > 0x7F for b in line)][:500]
    try:
        from gisdesk.io import (
            encoding as enc_mod,  # written alongside; optional until it lands
        )
    except ImportError:
        enc_mod = None
    if enc_mod is not None and hasattr(enc_mod, "detect_encoding"):
        guess = enc_mod.detect_encoding(samples, declared=None)
        name = guess.encoding
        try:
            text = raw.decode(name, errors="replace")
        except LookupError:
            name, text = "cp1258", raw.decode("cp1258", errors="replace")
        report.encoding_status = "detected"
        confidence = getattr(guess, "confidence", 1.0)
        if isinstance(confidence, int | float) and confidence < 0.6:
            report.warn("encoding", trf("The file is not UTF-8; its text was read as {name} ({why}). This is "
                                        "uncertain: check the accented names.", name=name, why=guess.reason))
        else:
            report.info("encoding", trf("The file is not UTF-8; its text was read as {name} ({why}).", name=name,
                                        why=guess.reason))
        return text, name
    report.encoding_status = "detected"
    report.warn(
        "encoding",
        tr("The file is not UTF-8; its text was read as Windows-1258 (Vietnamese). TCVN3 and VNI files could not "
           "be told apart here: check the accented names."),
    )
    return raw.decode("cp1258", errors="replace"), "cp1258"


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    if not lines:
        return ","
    best: tuple[float, int, int] | None = None
    best_delim = ","
    for rank, delim in enumerate((",", ";", "\t", "|")):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delim, quotechar='"')]
        except csv.Error:  # pragma: no cover - non-strict readers rarely raise
            continue
        if not counts:
            continue
        mode, freq = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        header_ok = 1 if counts[0] == mode else 0
        score = (freq / len(counts) + 0.1 * header_ok, mode, -rank)
        if best is None or score > best:
            best, best_delim = score, delim
    return best_delim


_DELIM_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
#: "Read 12 rows and 3 columns (comma-separated, UTF-8)." per delimiter (any other: "{delim}-separated")
_READ_TEXT = {
    ",": (N_("Read {rows:,} row and {cols:,} column (comma-separated, {enc})."),
          N_("Read {rows:,} row and {cols:,} columns (comma-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} column (comma-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} columns (comma-separated, {enc}).")),
    ";": (N_("Read {rows:,} row and {cols:,} column (semicolon-separated, {enc})."),
          N_("Read {rows:,} row and {cols:,} columns (semicolon-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} column (semicolon-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} columns (semicolon-separated, {enc}).")),
    "\t": (N_("Read {rows:,} row and {cols:,} column (tab-separated, {enc})."),
           N_("Read {rows:,} row and {cols:,} columns (tab-separated, {enc})."),
           N_("Read {rows:,} rows and {cols:,} column (tab-separated, {enc})."),
           N_("Read {rows:,} rows and {cols:,} columns (tab-separated, {enc}).")),
    "|": (N_("Read {rows:,} row and {cols:,} column (vertical bar-separated, {enc})."),
          N_("Read {rows:,} row and {cols:,} columns (vertical bar-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} column (vertical bar-separated, {enc})."),
          N_("Read {rows:,} rows and {cols:,} columns (vertical bar-separated, {enc}).")),
    None: (N_("Read {rows:,} row and {cols:,} column ({delim}-separated, {enc})."),
           N_("Read {rows:,} row and {cols:,} columns ({delim}-separated, {enc})."),
           N_("Read {rows:,} rows and {cols:,} column ({delim}-separated, {enc})."),
           N_("Read {rows:,} rows and {cols:,} columns ({delim}-separated, {enc}).")),
}


def _read_text(rows: int, cols: int, delim: str, enc: str) -> str:
    """The "Read ... rows and ... columns" line of a CSV file, in the UI language."""
    forms = _READ_TEXT.get(delim, _READ_TEXT[None])
    return trf(forms[2 * (rows != 1) + (cols != 1)], rows=rows, cols=cols, delim=repr(delim), enc=enc)


@dataclass
class _RawTable:
    header: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]  # line (CSV) or row (XLSX) number of each row, 1-based, for messages
    unit: str  # "line" or "row"
    read: int = 0  # data rows seen (including dropped ones)
    dropped: int = 0
    text_encoding: str | None = None
    delimiter: str | None = None  # CSV only
    number_formats: list[list[str]] | None = None  # XLSX only
    # CSV read by Arrow: one pyarrow string array per column (stripped, empty -> null) instead of ``rows``
    columns: list[Any] | None = None

    @property
    def n_rows(self) -> int:
        return len(self.row_numbers)


# what str.strip() removes (every character whose str.isspace() is True; tests check the list)
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _read_csv_fast(text: str, delim: str, start_line: int) -> tuple[list[str], list[Any], list[int]] | None:
    """(header, columns, line numbers) from :func:`_read_csv_arrow`, or None."""
    if "\x00" in text or text.count('"') % 2 or text.count("\r") != text.count("\r\n"):
        return None  # see _read_csv_arrow

    def lines() -> Any:  # no bare carriage return (checked above): lines end at "\n"
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end + 1
            yield text[start:end]
            start = end

    try:
        reader = csv.reader(lines(), delimiter=delim, quotechar='"', doublequote=True, strict=False)
        header = next((row for row in reader if row and any(c.strip() for c in row)), None)
    except csv.Error:
        return None
    if header is None:
        return None
    fast = _read_csv_arrow(text, delim, start_line, header)
    return None if fast is None else (header, *fast)


def _read_csv_arrow(text: str, delim: str, start_line: int, header: list[str]) -> tuple[list[Any], list[int]] | None:
    """The data rows of a plain CSV read by Arrow's parser, as (columns, line numbers); None when the
    file needs the careful line-by-line reader.

    Arrow splits fields as Python's csv module does (quotes, doubled quotes, text after a closing quote);
    it is used only where the rows and line numbers cannot differ: every row as wide as ``header`` (the
    first non-blank row), no record spread over several lines, an even number of quotes, no NUL and no
    bare carriage return. Each column is stripped as str.strip() does, and empty values become null.
    """
    width = len(header)
    if (
        width < 2
        or len(delim) != 1
        or not delim.isascii()
        or delim in "\r\n\"\x00"
        or "\x00" in text
        or text.count('"') % 2
        or text.count("\r") != text.count("\r\n")
    ):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    data = text.encode("utf-8", errors="surrogatepass")
    names = [f"c{i}" for i in range(width)]
    try:
        table = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(
                delimiter=delim, quote_char='"', double_quote=True, escape_char=False, newlines_in_values=True,
                ignore_empty_lines=True,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowException, ValueError):
        return None  # ragged rows, an open quote...: the careful reader says what is wrong
    if table.num_rows < 1:
        return None
    columns = [table.column(i).combine_chunks() for i in range(width)]
    if [c[0].as_py() for c in columns] != header:
        return None  # blank rows above the header, or some other surprise
    limit = csv.field_size_limit()
    if any((pc.max(pc.binary_length(col)).as_py() or 0) > limit for col in columns):
        return None  # the careful reader gives up on such a value; let it say so
    # the physical lines: Arrow skips the empty ones, so the rest are its rows, in order
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(buf == ord("\n"))
    starts = np.concatenate(([0], ends + 1))
    stops = np.concatenate((ends, [len(buf)]))
    size = stops - starts
    cr_only = (size == 1) & (buf[np.minimum(starts, len(buf) - 1)] == ord("\r"))
    nonempty = np.flatnonzero((size > 0) & ~cr_only)
    if len(nonempty) != table.num_rows:
        # a record spread over several lines (a quoted line break: its first and last lines are not
        # empty, so there are more lines than rows): line numbers need the careful reader
        return None
    line_numbers = start_line + nonempty
    stripped = [pc.utf8_trim(col.slice(1), characters=_WHITESPACE) for col in columns]
    blank = np.ones(table.num_rows - 1, dtype=bool)
    for col in stripped:
        blank &= pc.equal(col, "").to_numpy(zero_copy_only=False)
    keep = ~blank  # rows whose every field is blank are skipped, as by the careful reader
    mask = pa.array(keep)
    columns = []
    for col in stripped:
        col = col.filter(mask) if not keep.all() else col
        empty = pc.equal(col, "")
        columns.append(pc.if_else(empty, pa.scalar(None, pa.large_string()), col) if pc.any(empty).as_py() else col)
    return columns, line_numbers[1:][keep].tolist()


def _check_binary_text(text: str, path: Path) -> None:
    sample = text[:20000]
    if not sample:
        return
    control = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f\v")
    bad = sample.count("\ufffd")
    if (control + bad) > max(3, 0.02 * len(sample)):
        raise ReadError(path, tr("this is not a text table: it contains binary data"))


def _read_csv(path: Path, raw: bytes, report: LayerReport) -> _RawTable:
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError(path, tr("the file is empty"))
    text, enc = _decode(raw, path, report)
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    _check_binary_text(text, path)
    if not text.strip():
        raise ReadError(path, tr("the file is empty"))

    first_line_end = text.find("\n")
    first = text[: first_line_end if first_line_end >= 0 else len(text)].strip()
    start_line = 1
    m = re.fullmatch(r'"?sep=(.)"?', first)
    if m:  # Excel's "sep=;" hint line
        delim = m.group(1)
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
        start_line = 2
    else:
        delim = _sniff_delimiter(text)

    if enc != "tcvn3":
        fast = _read_csv_fast(text, delim, start_line)
        if fast is not None:
            header_row, columns, line_numbers = fast
            report.info("read", _read_text(len(line_numbers), len(header_row), delim, enc))
            return _RawTable(header_row, [], line_numbers, "line", read=len(line_numbers), text_encoding=enc,
                             delimiter=delim, columns=columns)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, quotechar='"', doublequote=True, strict=False)
    header: list[str] | None = None
    rows: list[list[Any]] = []
    numbers: list[int] = []
    too_many: list[int] = []
    too_few: list[int] = []
    read = 0
    prev_end = 0
    entries: list[tuple[int, list[str]]] = []
    ends_clean = text.endswith(("\n", "\r"))
    last_line = start_line - 1 + text.count("\n") + (0 if ends_clean else 1)
    lost_to_quote: tuple[int, int] | None = None
    try:
        for row in reader:
            line = start_line + prev_end
            prev_end = reader.line_num
            entries.append((line, row))
    except csv.Error:
        # the csv module gives up on a value longer than its field size limit: in practice a quote that
        # is never closed, swallowing the rest of a big file
        lost_to_quote = (start_line + prev_end, last_line)
    if (
        lost_to_quote is None
        and entries
        and text.count('"') % 2 == 1
        and any("\n" in c or "\r" in c for c in entries[-1][1])
    ):
        # a quote that is never closed swallows the rest of the file into one value
        line, _ = entries.pop()
        lost_to_quote = (line, last_line)
    truncated_line: int | None = None
    for k, (line, row) in enumerate(entries):
        if not row or all(not c.strip() for c in row):
            continue
        if header is None:
            header = row
            continue
        read += 1
        width = len(header)
        is_last = k == len(entries) - 1
        if len(row) > width:
            if all(not c.strip() for c in row[width:]):
                row = row[:width]
            else:
                too_many.append(line)
                continue
        if len(row) < width:
            if is_last and not ends_clean and lost_to_quote is None:
                truncated_line = line
                continue
            too_few.append(line)
            row = row + [""] * (width - len(row))
        rows.append(row)
        numbers.append(line)
    if header is None:
        raise ReadError(path, tr("the file is empty (no header row)"))
    if enc == "tcvn3":  # TCVN3 has no capitals with tone marks: "HUế" -> "HUẾ"
        from gisdesk.io.encoding import repair_tcvn3_capitals

        header = [repair_tcvn3_capitals(c) for c in header]
        rows = [[repair_tcvn3_capitals(c) for c in row] for row in rows]
    n_lost = 0
    if lost_to_quote is not None:
        first_lost, last_lost = lost_to_quote
        n_lost = max(1, last_lost - first_lost + 1)
        read += n_lost
        report.warn(
            "dropped",
            trf("A quote opened on line {first} is never closed, so lines {first} to {last} read as one value; they "
                "were not loaded.", first=first_lost, last=last_lost),
            count=n_lost,
        )

    dropped = len(too_many) + (1 if truncated_line else 0) + n_lost
    if too_many:
        report.warn(
            "dropped",
            _trn(len(too_many), N_("{n:,} row has more fields than the header ({lines}); it was not loaded because "
                                   "the values cannot be matched to columns."),
                 N_("{n:,} rows have more fields than the header ({lines}); they were not loaded because the values "
                    "cannot be matched to columns."), lines=_lines(too_many)),
            count=len(too_many),
        )
    if too_few:
        report.warn(
            "read",
            _trn(len(too_few), N_("{n:,} row has fewer fields than the header ({lines}); the missing fields were "
                                  "left empty."),
                 N_("{n:,} rows have fewer fields than the header ({lines}); the missing fields were left empty."),
                 lines=_lines(too_few)),
            count=len(too_few),
        )
    if truncated_line:
        report.warn(
            "dropped",
            trf("The last line ({line}) is incomplete: the file seems to be cut off. That row was not loaded.",
                line=truncated_line),
            count=1,
        )
    report.info("read", _read_text(len(rows), len(header), delim, enc))
    return _RawTable(header, rows, numbers, "line", read=read, dropped=dropped, text_encoding=enc, delimiter=delim)


def _trn(n: int, one: str, many: str, /, **values: Any) -> str:
    """``trf(one)`` when ``n`` is 1, else ``trf(many)``, with ``n`` among the values; both texts are marked with
    ``N_`` where they are written (their Vietnamese is the same)."""
    return trf(one if n == 1 else many, n=n, **values)


#: "line 4", "lines 4, 7", "lines 1, 2, 3, 4, 5 and 3 more" (and the same with "row")
_LINES_TEXT = {
    "line": (N_("line {shown}"), N_("lines {shown}"), N_("lines {shown} and {more:,} more")),
    "row": (N_("row {shown}"), N_("rows {shown}"), N_("rows {shown} and {more:,} more")),
}


def _lines(numbers: list[int], unit: str = "line") -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    one, many, more = _LINES_TEXT.get(unit, _LINES_TEXT["line"])
    if len(numbers) > 5:
        return trf(more, shown=shown, more=len(numbers) - 5)
    return trf(one if len(numbers) == 1 else many, shown=shown)


# --------------------------------------------------------------------------------------------------
# reading XLSX


def _open_workbook(path: Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # openpyxl chatters about styles and extensions it ignores; none of it matters here
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError, TypeError, EOFError) as exc:
        raise ReadError(path, trf("this is not a readable Excel workbook ({kind}: {e})", kind=type(exc).__name__,
                                  e=exc)) from exc


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of an XLSX workbook, in order; ``[]`` for CSV and other one-table files."""
    path = Path(path)
    if not _is_workbook(path):
        return []
    wb = _open_workbook(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _is_workbook(path: Path) -> bool:
    if path.suffix.lower() in XLSX_EXTS:
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    if head != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _cell_value(value: Any, number_format: str) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        fmt = (number_format or "").strip()
        if re.fullmatch(r"0{2,}", fmt) and float(value).is_integer() and value >= 0:
            return f"{int(value):0{len(fmt)}d}"  # a code shown with leading zeros ("00123")
    return value


def _read_xlsx(path: Path, report: LayerReport, sheet: str | int | None) -> _RawTable:
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        if not names:
            raise ReadError(path, tr("the workbook has no sheets"))
        if sheet is None:
            chosen = None
            for name in names:
                grid = _sheet_grid(wb[name])
                if grid[0]:
                    chosen = name
                    break
            if chosen is None:
                raise ReadError(path, trf("every sheet of the workbook is empty ({sheets})",
                                          sheets=", ".join(map(repr, names))))
        else:
            chosen = _pick_sheet(path, names, sheet)
            grid = _sheet_grid(wb[chosen])
            if not grid[0]:
                raise ReadError(path, trf("sheet {sheet!r} is empty", sheet=chosen))
    finally:
        wb.close()
    values, formats, row_numbers = grid
    header_i = _header_index(values)
    header = ["" if v is None else str(v).strip() for v in values[header_i]]
    if header_i:
        report.info(
            "read",
            _trn(header_i, N_("Skipped {n:,} title row above the header (header on row {row})."),
                 N_("Skipped {n:,} title rows above the header (header on row {row})."), row=row_numbers[header_i]),
        )
    rows, fmts, numbers = [], [], []
    for r in range(header_i + 1, len(values)):
        row = values[r]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        rows.append(list(row))
        fmts.append(formats[r])
        numbers.append(row_numbers[r])
    others = [n for n in names if n != chosen]
    counts = {"rows": _trn(len(rows), N_("{n:,} row"), N_("{n:,} rows")),
              "cols": _trn(len(header), N_("{n:,} column"), N_("{n:,} columns"))}
    if others:
        report.info("read", trf("Read sheet {sheet!r}: {rows} and {cols}; the workbook also has {others}.",
                                sheet=chosen, others=", ".join(map(repr, others)), **counts))
    else:
        report.info("read", trf("Read sheet {sheet!r}: {rows} and {cols}.", sheet=chosen, **counts))
    report.encoding_status = report.encoding_status or "declared"
    return _RawTable(header, rows, numbers, "row", read=len(rows), number_formats=fmts)


def _pick_sheet(path: Path, names: list[str], sheet: str | int) -> str:
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise ReadError(path, trf("there is no sheet number {sheet} (the workbook has {n}: {sheets})", sheet=sheet,
                                  n=len(names), sheets=", ".join(map(repr, names))))
    wanted = unicodedata.normalize("NFC", str(sheet))
    if wanted in names:
        return wanted
    folded = {_ascii_fold(n): n for n in names}
    if _ascii_fold(wanted) in folded:
        return folded[_ascii_fold(wanted)]
    raise ReadError(path, trf("there is no sheet named {sheet!r} (the sheets are {sheets})", sheet=wanted,
                              sheets=", ".join(map(repr, names))))


def _sheet_grid(ws: Any) -> tuple[list[list[Any]], list[list[str]], list[int]]:
    """Non-empty rows of a sheet as values (trailing empty columns trimmed), their formats and numbers."""
    values: list[list[Any]] = []
    formats: list[list[str]] = []
    numbers: list[int] = []
    width = 0
    for r, row in enumerate(ws.iter_rows(), start=1):
        vals = []
        fmts = []
        for cell in row:
            v = getattr(cell, "value", None)
            f = getattr(cell, "number_format", "General") or "General"
            if isinstance(v, str) and not v.strip():
                v = None
            vals.append(_cell_value(v, f))
            fmts.append(f)
        last = max((i for i, v in enumerate(vals) if v is not None), default=-1)
        if last < 0:
            continue
        width = max(width, last + 1)
        values.append(vals)
        formats.append(fmts)
        numbers.append(getattr(row[0], "row", None) or r if row else r)
    values = [(v + [None] * width)[:width] for v in values]
    formats = [(f + ["General"] * width)[:width] for f in formats]
    return values, formats, numbers


def _header_index(values: list[list[Any]]) -> int:
    """The first row that looks like a header: enough filled cells (skips title rows above it)."""
    head = values[:30]
    counts = [sum(v is not None for v in row) for row in head]
    widest = max(counts)
    for i, c in enumerate(counts):
        if c >= max(2, 0.5 * widest) or widest == 1:
            return i
    return 0  # pragma: no cover - the widest row always qualifies


# --------------------------------------------------------------------------------------------------
# columns and types


def _clean_header(header: list[str]) -> tuple[list[str], list[str]]:
    names: list[str] = []
    notes: list[str] = []
    seen: Counter[str] = Counter()
    for i, h in enumerate(header):
        name = unicodedata.normalize("NFC", str(h)).replace("\ufeff", "").strip()
        if not name:
            name = f"column_{i + 1}"
            notes.append(trf("Column {i} has no name and was called {name!r}.", i=i + 1, name=name))
        base = name
        seen[base] += 1
        if seen[base] > 1:
            k = seen[base]
            while f"{base}_{k}" in seen:
                k += 1
            name = f"{base}_{k}"
            seen[name] += 1
            notes.append(trf("A second column named {base!r} was renamed {name!r}.", base=base, name=name))
        names.append(name)
    return names, notes


_CODE_WORDS = {"code", "ma", "zip", "zipcode", "postcode", "postal", "phone", "tel", "telephone", "sdt", "fax",
               "mobile", "cmnd", "cccd", "mst", "msisdn", "dien thoai", "so dien thoai"}
_INT_RE = re.compile(r"[+-]?\d+")
_LEADING_ZERO_RE = re.compile(r"0\d+")
_FLOAT_RE = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")
_COMMA_FLOAT_RE = re.compile(r"[+-]?\d+,\d+")
_INTEGRAL_DECIMAL_RE = re.compile(r"\d+\.0+")
_NUMERIC_NA = {"na", "n/a", "nan", "null", "none", "-", "--", "#n/a", "#na", "#value!", "#div/0!", "?"}
_NUMERIC_NA_LONGEST = max(map(len, _NUMERIC_NA))


def _is_code_name(name: str) -> bool:
    folded = _ascii_fold(name)
    tokens = set(folded.split())
    return bool(tokens & _CODE_WORDS) or any(p in folded for p in ("dien thoai", "ma so"))


def _to_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    return str(v).strip()


# a code: a number with leading zeros, or an integer of more than 15 characters
_CODE_LIKE_RE = re.compile(r"0\d+|[+-]\d{15,}|\d{16,}")
_STR_DTYPE = pd.Series([], dtype="str").dtype


def _str_series(texts: list[str | None] | None, arrow: Any = None) -> pd.Series:
    """``pd.Series(texts, dtype="str")`` for a list of str/None, built straight from an Arrow array
    (``arrow``: the texts already as a pyarrow large_string array)."""
    if isinstance(_STR_DTYPE, pd.StringDtype) and _STR_DTYPE.storage == "pyarrow":
        if arrow is None:
            arrow = _arrow_texts(texts)
        if arrow is not None:
            return pd.Series(pd.arrays.ArrowStringArray(arrow, dtype=_STR_DTYPE))
    if texts is None:  # pragma: no cover - pandas without pyarrow strings
        texts = arrow.to_pylist()
    return pd.Series(texts, dtype="str")  # pragma: no cover - pandas without pyarrow strings


def _infer_text_column(
    name: str, texts: list[str | None] | None, delim: str | None, report: LayerReport, *, arrow: Any = None
) -> pd.Series:
    """:func:`_infer_column` for a column of stripped, non-empty texts and None: each test runs once per
    distinct value, and the values are mapped back through dictionary codes.

    ``texts`` may be None when ``arrow`` (the same texts as a pyarrow string array) is given."""
    if arrow is None:
        assert texts is not None
        arrow = _arrow_texts(texts)

    def texts_of() -> list[str | None]:
        return arrow.to_pylist() if texts is None else texts

    n = len(arrow) if arrow is not None else len(texts)  # type: ignore[arg-type]
    import pyarrow.compute as pc

    if arrow is not None:
        encoded = arrow.dictionary_encode()
        codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
        uniques: list[str] = encoded.dictionary.to_pylist()
    else:  # pragma: no cover - text that UTF-8 cannot hold (lone surrogates)
        assert texts is not None
        codes, uniques_arr = pd.factorize(_object_array(texts))
        uniques = uniques_arr.tolist()
    if not uniques:
        return pd.Series([None] * n, dtype=object)
    if _is_code_name(name) or any(map(_CODE_LIKE_RE.fullmatch, uniques)):
        return _code_column(name, texts_of(), uniques, report, arrow)

    na = np.zeros(len(uniques), dtype=bool)
    if arrow is not None:  # the "N/A"-like tokens are short: test only the short values
        short = np.flatnonzero(pc.less_equal(pc.utf8_length(encoded.dictionary), _NUMERIC_NA_LONGEST).to_numpy(zero_copy_only=False))
    else:  # pragma: no cover - text that UTF-8 cannot hold
        short = np.arange(len(uniques))
    for i in short.tolist():
        na[i] = uniques[i].lower() in _NUMERIC_NA
    real = [u for u, is_na in zip(uniques, na, strict=True) if not is_na] if na.any() else uniques

    def na_note() -> None:
        if na.any():
            na_tokens = {u for u, is_na in zip(uniques, na, strict=True) if is_na}
            _note_na(name, [t for t in texts_of() if t in na_tokens], report)

    def floats(convert: Any) -> pd.Series:
        table = np.array([np.nan if is_na else convert(u) for u, is_na in zip(uniques, na, strict=True)] + [np.nan],
                         dtype="float64")
        return pd.Series(table[codes], dtype="float64")

    if real and all(map(_INT_RE.fullmatch, real)):
        na_note()
        table = np.array([0 if is_na else int(u) for u, is_na in zip(uniques, na, strict=True)] + [0], dtype=np.int64)
        mask = np.append(na, True)[codes]
        return pd.Series(pd.arrays.IntegerArray(table[codes], mask))
    if real and all(map(_FLOAT_RE.fullmatch, real)):
        na_note()
        return floats(float)
    if (
        real
        and delim != ","
        and all(_COMMA_FLOAT_RE.fullmatch(t) or _INT_RE.fullmatch(t) for t in real)
        and any("," in t for t in real)
    ):
        na_note()
        example = next(u for u in uniques if "," in u)  # the first one in the file
        report.info("columns", trf("Column {name!r} uses decimal commas (e.g. {example!r}); it was read as numbers.",
                                   name=name, example=example))
        return floats(lambda t: float(t.replace(",", ".")))
    return _str_series(texts, arrow)


def _infer_column(
    name: str, values: list[Any], delim: str | None, report: LayerReport, *, clean_text: bool = False
) -> pd.Series:
    """Typed column: code-like text stays text; all-number columns become Int64 / float64.

    ``clean_text``: the values are already stripped non-empty texts and None (a CSV column).
    """
    if clean_text:
        return _infer_text_column(name, values, delim, report)
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:  # text columns of a sheet
        stripped = [v if v is None else (v.strip() or None) for v in values] if str in kinds else values
        return _infer_text_column(name, stripped, delim, report)
    present = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    if not present:
        return pd.Series([None] * len(values), dtype=object)
    code_name = _is_code_name(name)
    if not any(isinstance(v, str) for v in present):  # XLSX cells that are all typed
        if all(isinstance(v, bool) for v in present):
            return pd.Series(values, dtype="boolean")
        numbers = [v for v in present if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) == len(present) and not code_name:
            if all(isinstance(v, int) for v in numbers):
                return pd.Series(pd.array(values, dtype="Int64"))
            return pd.Series([np.nan if v is None else float(v) for v in values], dtype="float64")
        if all(isinstance(v, datetime) for v in present):
            return pd.Series(pd.to_datetime(values))
    texts = [None if v is None else (_to_text(v) or None) for v in values]
    distinct = {t for t in texts if t is not None}

    if code_name or any(
        _LEADING_ZERO_RE.fullmatch(t) or (len(t) > 15 and _INT_RE.fullmatch(t)) for t in distinct
    ):
        return _code_column(name, texts, [t for t in texts if t is not None], report)

    real = {t for t in distinct if t.lower() not in _NUMERIC_NA}
    na_tokens = distinct - real

    def na_note() -> None:
        if na_tokens:
            _note_na(name, [t for t in texts if t in na_tokens], report)

    if real and all(_INT_RE.fullmatch(t) for t in real):
        na_note()
        return pd.Series(pd.array([None if t is None or t in na_tokens else int(t) for t in texts], dtype="Int64"))
    if real and all(_FLOAT_RE.fullmatch(t) for t in real):
        na_note()
        return pd.Series([np.nan if t is None or t in na_tokens else float(t) for t in texts], dtype="float64")
    if (
        real
        and delim != ","
        and all(_COMMA_FLOAT_RE.fullmatch(t) or _INT_RE.fullmatch(t) for t in real)
        and any("," in t for t in real)
    ):
        na_note()
        example = next(t for t in texts if t is not None and "," in t)
        report.info("columns", trf("Column {name!r} uses decimal commas (e.g. {example!r}); it was read as numbers.",
                                   name=name, example=example))
        return pd.Series(
            [np.nan if t is None or t in na_tokens else float(t.replace(",", ".")) for t in texts], dtype="float64"
        )
    return pd.Series(texts, dtype="str")


def _note_na(name: str, present: list[str], report: LayerReport) -> None:
    tokens = Counter(t for t in present if t.lower() in _NUMERIC_NA)
    n = sum(tokens.values())
    shown = ", ".join(repr(t) for t, _ in tokens.most_common(3))
    report.info("columns", _trn(n, N_("Column {name!r} is numeric; {n:,} value such as {shown} were read as empty."),
                                N_("Column {name!r} is numeric; {n:,} values such as {shown} were read as empty."),
                                name=name, shown=shown), count=n)


def _code_column(
    name: str, texts: list[str | None], present: list[str], report: LayerReport, arrow: Any = None
) -> pd.Series:
    """Codes stay text. Whole numbers written as decimals ("19777.0") lose the ".0"; when most codes have
    the same width, the shorter ones get back the leading zeros a spreadsheet took away.

    ``present`` holds the texts that are not None, or only their distinct values (first one first);
    ``arrow``: the texts as a pyarrow array, when the caller has it."""
    if present and all(map(_INTEGRAL_DECIMAL_RE.fullmatch, present)):
        whole = {t: t.split(".")[0] for t in present}
        ints = list(map(whole.get, texts))
        widths = Counter(len(t) for t in ints if t is not None)
        top = max(widths)
        shorter = sum(c for w, c in widths.items() if w < top)
        if shorter and top >= 2 and widths[top] >= 0.5 * sum(widths.values()):
            example = next(t for t in ints if t is not None and len(t) < top)
            padded = {t: t.zfill(top) for t in whole.values()}
            ints = list(map(padded.get, ints))
            report.warn(
                "columns",
                trf("Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}), which lost their "
                    "leading zeros; they were turned back into {width}-digit text codes ({n:,} were padded with "
                    "zeros, e.g. {example!r} -> {padded!r}).", name=name, first=present[0], width=top, n=shorter,
                    example=example, padded=example.zfill(top)),
                count=shorter,
            )
        else:
            report.info(
                "columns",
                trf("Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}); they were kept as text "
                    "without the '.0'.", name=name, first=present[0]),
            )
        return _str_series(ints)
    return _str_series(texts, arrow)


# --------------------------------------------------------------------------------------------------
# the entry point


def _find_column(path: Path, names: list[str], wanted: str, what: str) -> str:
    if wanted in names:
        return wanted
    folded = {}
    for n in names:
        folded.setdefault(_ascii_fold(n), n)
    if _ascii_fold(wanted) in folded:
        return folded[_ascii_fold(wanted)]
    raise ReadError(path, trf("there is no column named {wanted!r} for the {what}; the columns are {columns}",
                              wanted=wanted, what=tr(what), columns=", ".join(map(repr, names))))


def read_table(
    path: str | Path,
    report: LayerReport,
    *,
    sheet: str | int | None = None,
    x: str | None = None,
    y: str | None = None,
    wkt: str | None = None,
    crs: str | None = None,
    points: bool = True,
) -> gpd.GeoDataFrame:
    """Read a CSV file or one XLSX sheet as a GeoDataFrame of points (or WKT geometries).

    ``points=False`` reads the table only (no geometry, no search for coordinate columns, no message about
    them): for callers that place the rows themselves (``io.service_requests``).

    ``sheet`` picks a sheet by name or 0-based number (default: the first one with data).
    ``x``/``y`` (longitude/easting and latitude/northing columns) or ``wkt`` override the automatic
    choice of :func:`find_point_columns`. ``crs`` sets the coordinates' CRS; without it, degrees are
    taken as WGS 84 (EPSG:4326) and projected values go to the CRS doctor, whose answer is a guess.

    Every row is kept: rows without usable coordinates get no geometry and are counted in the report.
    Raises :class:`ReadError` for missing, empty, binary or unreadable files and unknown columns/sheets.
    """
    path = Path(path)
    if (x is None) != (y is None):
        raise ValueError("x and y must be given together")  # programming error
    if not path.exists():
        raise ReadError(path, tr("the file does not exist"))
    if path.is_dir():
        raise ReadError(path, tr("this is a folder, not a table file"))
    report.source = report.source or str(path)

    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ReadError(path, trf("the file could not be opened ({e})", e=exc.strerror or exc)) from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(path, tr("this is an old Excel .xls workbook; save it as .xlsx (Excel Workbook) and open "
                                 "that"))
    if _is_workbook(path):
        report.driver = "XLSX"
        raw_table = _read_xlsx(path, report, sheet)
        delim = None
    else:
        if head.startswith(b"PK\x03\x04"):
            raise ReadError(path, tr("this is a zip archive, not a table"))
        if sheet not in (None, 0):
            raise ReadError(path, tr("a CSV file has no sheets"))
        report.driver = "CSV"
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ReadError(path, trf("the file could not be read ({e})", e=exc.strerror or exc)) from exc
        raw_table = _read_csv(path, raw, report)
        delim = raw_table.delimiter

    names, notes = _clean_header(raw_table.header)
    strip = raw_table.unit == "line"  # CSV text is stripped; XLSX cells were cleaned when read

    def cell(row: list[Any], j: int) -> Any:
        v = row[j] if j < len(row) else None
        if isinstance(v, str):
            v = v.strip() if strip else v
            return v or None
        return v

    # one column per name, as read: a list of python objects (text from CSV, typed cells from XLSX), or
    # a pyarrow array of stripped texts and nulls (CSV read by Arrow)
    raw_cols: dict[str, Any]
    n_rows = raw_table.n_rows
    if raw_table.columns is not None:
        raw_cols = dict(zip(names, raw_table.columns, strict=True))
        raw_df = pd.DataFrame({k: _str_series(None, v) for k, v in raw_cols.items()}, index=pd.RangeIndex(n_rows))
    else:
        raw_cols = {name: [cell(row, j) for row in raw_table.rows] for j, name in enumerate(names)}
        raw_df = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in raw_cols.items()}, index=pd.RangeIndex(n_rows))
    for note in notes:
        report.info("columns", note)

    # ---- point columns
    chosen: PointColumns | None
    parsed: _Parsed | None
    if not points:
        chosen, parsed = None, None
    elif wkt is not None:
        col = _find_column(path, names, wkt, N_("geometries"))
        chosen = PointColumns("wkt", wkt=col, reason=trf("Point positions come from column {col!r}, as asked.",
                                                           col=col))
        parsed = _parse_wkt(_column_values(raw_df, col))
    elif x is not None and y is not None:
        xc = _find_column(path, names, x, N_("x (longitude/easting)"))
        yc = _find_column(path, names, y, N_("y (latitude/northing)"))
        hint_x, hint_y = _axis_of(xc), _axis_of(yc)
        hint = True if (hint_x and hint_x[0] == "lon" and hint_y and hint_y[0] == "lat") else None
        chosen = PointColumns("xy", x=xc, y=yc, degrees=hint,
                              reason=trf("Point positions come from columns {x!r} (x) and {y!r} (y), as asked.",
                                         x=xc, y=yc))
        parsed = _parse_xy(_column_values(raw_df, xc), _column_values(raw_df, yc), hint)
    else:
        found = _choose(raw_df)
        chosen, parsed = found if found else (None, None)

    n = len(raw_df)
    if not points:
        geoms = np.full(n, None, dtype=object)
        crs_out = None
    elif chosen is None or parsed is None:
        geoms = np.full(n, None, dtype=object)
        report.warn("columns", no_point_columns_text(n), count=n)
        crs_out: str | None = None
        report.crs, report.crs_status = None, "none"
    else:
        report.info("columns", chosen.reason)
        used_by_points = " ".join([chosen.describe(), *chosen.alternatives])
        point_columns = [c for c in names if f"'{c}'" in used_by_points]
        geoms = parsed.geoms
        _report_point_problems(chosen, parsed, raw_table, report)
        crs_out = _decide_crs(path, chosen, parsed, geoms, crs, report)

    # ---- attributes
    attrs: dict[str, pd.Series] = {}
    for name in names:
        if chosen is not None and chosen.kind == "wkt" and name == chosen.wkt:
            continue  # it became the geometry
        col = raw_cols[name]
        if isinstance(col, list):
            attrs[name] = _infer_column(name, col, delim, report, clean_text=strip)
        else:
            attrs[name] = _infer_text_column(name, None, delim, report, arrow=col)
    if "geometry" in attrs:
        new_name = "geometry_text"
        while new_name in attrs:
            new_name += "_"
        attrs[new_name] = attrs.pop("geometry")
        report.info("columns", trf("A column named 'geometry' that was not used for positions was renamed "
                                   "{name!r}.", name=new_name))
    frame = pd.DataFrame(attrs, index=pd.RangeIndex(n))
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index), crs=crs_out)
    if chosen is not None and parsed is not None:
        gdf.attrs[POINT_COLUMNS_ATTR] = point_columns

    if raw_table.text_encoding:
        report.encoding = {
            str(c): raw_table.text_encoding
            for c in frame.columns
            if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype)
        }
    null_geoms = int(shapely.is_missing(np.asarray(gdf.geometry.values, dtype=object)).sum()) if n else 0
    report.features_read = raw_table.read
    report.features_kept = n
    report.dropped = raw_table.dropped
    report.null_geometries = null_geoms
    return gdf


#: ``read_table``'s result names in ``attrs[POINT_COLUMNS_ATTR]`` the columns that place its rows (and the other
#: coordinate columns it found), for readers that build on it (``io.sensors``)
POINT_COLUMNS_ATTR = "gisdesk_point_columns"
#: the report line of a table whose degrees were taken as WGS 84 (``tr()`` it to compare with a message)
DEGREES_TAKEN_AS_WGS84 = N_("The coordinates are longitude/latitude degrees; they were taken as WGS 84 (EPSG:4326), "
                            "as is usual for tables.")


def no_point_columns_text(n: int) -> str:
    """The report line of a table of ``n`` rows in which no coordinate columns were found."""
    return _trn(n, N_("No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, "
                      "Vĩ độ/Kinh độ and WKT geometry columns); the {n:,} row was loaded as a table without geometry. "
                      "Choose the coordinate columns to put them on the map."),
                N_("No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, "
                   "Vĩ độ/Kinh độ and WKT geometry columns); the {n:,} rows were loaded as a table without geometry. "
                   "Choose the coordinate columns to put them on the map."))


def _report_point_problems(chosen: PointColumns, parsed: _Parsed, table: _RawTable, report: LayerReport) -> None:
    n = len(parsed.problems)
    unit = table.unit
    numbers = table.row_numbers

    if parsed.names_disagree:
        report.warn(
            "columns",
            trf("The columns {columns} are named like latitude/longitude but hold values like {sample}, which are "
                "not degrees; they were read as projected x/y coordinates.", columns=chosen.describe(),
                sample=_first_sample(parsed)),
        )
    if parsed.swapped_rows:
        k = len(parsed.swapped_rows)
        lat_name = chosen.y if chosen.kind == "xy" else chosen.location
        if parsed.whole_columns_swapped and chosen.kind == "xy":
            report.warn(
                "columns",
                trf("The latitude column {lat!r} holds longitudes and the longitude column {lon!r} holds latitudes "
                    "({k:,} of {n:,} rows); the values were swapped back.", lat=lat_name, lon=chosen.x, k=k, n=n),
                count=k,
            )
        else:
            report.warn(
                "columns",
                _trn(k, N_("{n:,} row has latitude and longitude the wrong way round ({lines}); it was swapped "
                           "back."),
                     N_("{n:,} rows have latitude and longitude the wrong way round ({lines}); they were swapped "
                        "back."), lines=_lines([numbers[i] for i in parsed.swapped_rows], unit)),
                count=k,
            )

    bad = [i for i, p in enumerate(parsed.problems) if p is not None]
    if not bad:
        return
    by_kind = Counter(parsed.problems[i] for i in bad)
    if chosen.kind == "xy":
        what = f"{chosen.y}/{chosen.x}" if parsed.degrees else f"{chosen.x}/{chosen.y}"
    elif chosen.kind == "wkt":
        what = trf("geometry in {column!r}", column=chosen.wkt)
    else:
        what = trf("position in {column!r}", column=chosen.location)
    parts = []
    labels = {
        EMPTY: N_("empty"),
        UNREADABLE: N_("unreadable"),
        OUT_OF_RANGE: N_("out of range"),
        ABSURD: N_("absurd values such as the -1.797e308 'no data' number"),
        PLACEHOLDER: N_("0/0 placeholders"),
    }
    on_unit = N_("{value!r} on row {number}") if unit == "row" else N_("{value!r} on line {number}")
    for kind in (EMPTY, UNREADABLE, OUT_OF_RANGE, ABSURD, PLACEHOLDER):
        if by_kind.get(kind):
            examples = [
                trf(on_unit, value=v, number=numbers[i]) for i, v in parsed.samples.get(kind, [])[:3] if kind != EMPTY
            ]
            ex = trf(", e.g. {examples}", examples="; ".join(examples)) if examples else ""
            parts.append(trf("{n:,} {label}{examples}", n=by_kind[kind], label=tr(labels[kind]), examples=ex))
    total = len(bad)
    if set(by_kind) <= {EMPTY, UNREADABLE}:
        text = _trn(total, N_("{n:,} row has no usable coordinates (empty or unreadable {what}: {parts}); it was kept "
                              "as attribute-only rows."),
                    N_("{n:,} rows have no usable coordinates (empty or unreadable {what}: {parts}); they were kept "
                       "as attribute-only rows."), what=what, parts="; ".join(parts))
    else:
        text = _trn(total, N_("{n:,} row has no usable coordinates (unusable {what}: {parts}); it was kept as "
                              "attribute-only rows."),
                    N_("{n:,} rows have no usable coordinates (unusable {what}: {parts}); they were kept as "
                       "attribute-only rows."), what=what, parts="; ".join(parts))
    report.warn("columns", text, count=total)


def _first_sample(parsed: _Parsed) -> str:
    for g in parsed.geoms:
        if g is not None:
            return f"{g.x:,.0f}, {g.y:,.0f}" if hasattr(g, "x") else g.wkt[:40]
    return tr("these")


def _decide_crs(
    path: Path, chosen: PointColumns, parsed: _Parsed, geoms: np.ndarray, crs: str | None, report: LayerReport
) -> str | None:
    from gisdesk.io import crs_doctor

    if crs is not None:
        try:
            out = crs_to_string(crs)
        except Exception as exc:  # noqa: BLE001 - pyproj raises CRSError and friends
            raise ReadError(path, trf("{crs!r} is not a CRS gisdesk knows ({e})", crs=crs, e=exc)) from exc
        report.crs, report.crs_status = out, "overridden"
        report.info("crs", trf("The coordinates were taken in {crs}, as asked.", crs=crs_doctor._label(out)))
        bounds, _ = crs_doctor.robust_bounds(geoms)
        if bounds is not None and out is not None:
            from pyproj import CRS

            problem = crs_doctor._check_area(CRS.from_user_input(out), out, bounds)
            if problem:
                report.warn("crs", problem)
        return out
    if parsed.srid is not None:
        decision = crs_doctor.doctor_crs(f"EPSG:{parsed.srid}", geoms, report)
        return decision.crs
    if parsed.degrees:
        report.crs, report.crs_status = WGS84, "assumed"
        report.info("crs", tr(DEGREES_TAKEN_AS_WGS84))
        return WGS84
    decision = crs_doctor.doctor_crs(None, geoms, report, missing=tr("The table does not say which CRS its x/y use"))
    return decision.crs
