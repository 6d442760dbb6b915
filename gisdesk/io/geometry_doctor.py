"""The geometry doctor: repair, count and explain what is odd about a layer's geometries.

Two kinds of entry points:

* :func:`doctor_geometries` works on a GeoDataFrame that was read normally. It removes
  impossible coordinates, repairs invalid geometries with ``shapely.make_valid`` (keeping
  the row's dimension), counts null/empty geometries and geometry types, and notes Z/M.
  It never drops a row.
* :func:`read_tolerant` (and its named variants :func:`read_geojson_tolerant` and
  :func:`read_with_unsupported_geometry`) is the fallback reader for files whose
  geometries GEOS refuses while GDAL reads them fine: rings that are not closed
  (``openring.json``: *"Points of LinearRing do not form a closed linestring"*) and
  TIN / PolyhedralSurface / Triangle geometries (shapefile MultiPatch:
  *"Unknown WKB type 16"*). It reads the raw WKB through pyogrio, closes open rings
  (``shapely.from_wkb(on_invalid="fix")``), turns surfaces into MultiPolygons of their
  faces, and keeps rows whose geometry cannot be understood with a null geometry.

Everything is vectorised over the whole geometry array; per-row Python only runs on the
few geometries that are actually broken. Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
import os
import struct
import warnings
from collections import Counter
from typing import Any

import geopandas
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.raw
import shapely
from geopandas.array import GeometryArray

from gisdesk.core.i18n import N_, fmt_num, tr, trf
from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.layers.vector import PointData

__all__ = [
    "doctor_points",
    "MAX_ABS_COORDINATE",
    "doctor_geometries",
    "read_tolerant",
    "read_geojson_tolerant",
    "read_with_unsupported_geometry",
    "surfaces_to_multipolygons_wkb",
]

# Coordinates beyond this are no real place in any CRS (the Earth is ~4e7 m around; even
# exotic projections stay far below). Catches the -DBL_MAX "no data" sentinel (-1.797e308).
MAX_ABS_COORDINATE = 1e15

# shapely type ids
_POINT, _LINESTRING, _LINEARRING, _POLYGON = 0, 1, 2, 3
_MULTIPOINT, _MULTILINESTRING, _MULTIPOLYGON, _COLLECTION = 4, 5, 6, 7
_TYPE_NAMES = {
    0: "Point",
    1: "LineString",
    2: "LinearRing",
    3: "Polygon",
    4: "MultiPoint",
    5: "MultiLineString",
    6: "MultiPolygon",
    7: "GeometryCollection",
}
# family per type id: 0 points, 1 lines, 2 polygons, 3 collections
_FAMILY_OF_TYPE = np.array([0, 1, 1, 2, 0, 1, 2, 3], dtype=np.int8)
#: a family and its count in a listing ("points (12)"), translated where shown
_FAMILY_COUNTS = (N_("points ({n:,})"), N_("lines ({n:,})"), N_("polygons ({n:,})"),
                  N_("geometry collections ({n:,})"))
#: one family holding several geometry types: nothing to do
_SAME_FAMILY = (
    N_("The layer mixes {listing}; both are points, so nothing needs to change."),
    N_("The layer mixes {listing}; both are lines, so nothing needs to change."),
    N_("The layer mixes {listing}; both are polygons, so nothing needs to change."),
    N_("The layer mixes {listing}; both are geometry collections, so nothing needs to change."),
)
#: GEOS's reasons for an invalid geometry (``shapely.is_valid_reason``, lower case), translated where shown
_GEOS_REASONS = {
    "self-intersection": N_("self-intersection"),
    "ring self-intersection": N_("ring self-intersection"),
    "too few points in geometry component": N_("too few points in geometry component"),
    "hole lies outside shell": N_("hole lies outside shell"),
    "interior is disconnected": N_("interior is disconnected"),
    "nested shells": N_("nested shells"),
    "nested holes": N_("nested holes"),
    "duplicate rings": N_("duplicate rings"),
    "invalid coordinate": N_("invalid coordinate"),
    "ring is not closed": N_("ring is not closed"),
    "unknown reason": N_("unknown reason"),
}


def _and_list(items: list[str]) -> str:
    """"a, b and c" in the UI language."""
    if len(items) == 1:
        return items[0]
    return trf("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def _geos_reason(reason: str) -> str:
    return tr(_GEOS_REASONS[reason]) if reason in _GEOS_REASONS else reason


def _format_coordinate(value: float) -> str:
    if np.isnan(value):
        return "NaN"
    if np.isinf(value):
        return "-inf" if value < 0 else "inf"
    return f"{value:.1e}".replace("e+", "e")


def _geometry_array(gdf: geopandas.GeoDataFrame) -> np.ndarray:
    """The geometry column as a numpy object array of shapely geometries (no copy)."""
    return np.asarray(gdf.geometry.values, dtype=object)


# --------------------------------------------------------------------------------------
# doctor_geometries
# --------------------------------------------------------------------------------------


def doctor_geometries(
    gdf: geopandas.GeoDataFrame,
    report: LayerReport,
    *,
    source_has_m: bool = False,
) -> geopandas.GeoDataFrame:
    """Check and repair the geometries of one layer; say what was done in ``report``.

    * geometries with NaN/inf/absurd (> 1e15) coordinates are set to None (row kept);
    * invalid geometries are repaired with ``shapely.make_valid``; a polygon stays
      polygonal (lines/points produced by the repair are left out), a line stays linear;
      ``report.repaired`` is increased by the number repaired;
    * rows with null or empty geometry are kept; ``report.null_geometries`` is set to how
      many rows now have no geometry;
    * ``report.geometry_types`` counts the (non-empty) geometry types after the repair;
      mixed single/multi types and mixed families (points + lines + polygons) are reported;
    * Z values are reported as kept; M values are reported as kept, or as *not kept* when
      ``source_has_m`` says the source declared them but none survived the read.

    Returns ``gdf`` itself when nothing had to change, else a copy with a new geometry
    column (same index, CRS and column name). Rows are never dropped or reordered.
    """
    if gdf._geometry_column_name not in gdf.columns:  # a plain table: nothing to doctor
        return gdf
    geoms = _geometry_array(gdf)
    n = len(geoms)
    changed = False
    if n == 0:
        report.geometry_types = {}
        report.null_geometries = 0
        return gdf

    type_id = shapely.get_type_id(geoms)  # -1 for None
    present = type_id >= 0
    all_points = bool(np.all((type_id == _POINT) | ~present))

    # 1. impossible coordinates -> None (row kept)
    bad_rows, empty_points, worst = _find_bad_coordinates(geoms, type_id, present, all_points)
    if bad_rows.size:
        geoms = geoms.copy()
        changed = True
        geoms[bad_rows] = None
        type_id = type_id.copy()
        type_id[bad_rows] = -1
        present[bad_rows] = False
        _report_impossible(bad_rows.size, worst, report)

    # empty geometries (kept as they are, counted with the nulls)
    if all_points:
        empty = empty_points
    else:
        empty = shapely.is_empty(geoms)  # False for None

    # 2. validity (points and multipoints are always valid once coordinates are finite)
    if not all_points:
        geoms, type_id, n_repaired = _repair_invalid(geoms, type_id, present & ~empty, report)
        if n_repaired:
            changed = True
            present = type_id >= 0
            # a repair can collapse a geometry to nothing of its kind (set to None above)
            empty = empty & present

    # 3. nulls
    missing = ~present | empty
    n_missing = int(np.count_nonzero(missing))
    _report_missing(n, n_missing, int(np.count_nonzero(~present)), report)

    # 4. geometry types (after repair, not counting null/empty)
    counts = np.bincount(type_id[~missing], minlength=8) if np.any(~missing) else np.zeros(8, dtype=int)
    report.geometry_types = {_TYPE_NAMES[t]: int(c) for t, c in enumerate(counts) if c}
    _report_mixed_types(counts, report)

    # 5. Z and M
    _report_z_m(geoms, ~missing, report, source_has_m)

    if not changed:
        return gdf
    # shallow copy (copy-on-write) + a GeometryArray straight from the shapely array: no
    # per-row validation, so a 1M-row layer costs a few hundredths of a second here
    out = gdf.copy(deep=False)
    out[gdf.geometry.name] = GeometryArray(geoms, crs=gdf.crs)
    return out


def doctor_points(points: PointData, report: LayerReport) -> PointData:
    """``doctor_geometries`` for a layer held as coordinate arrays (``layers.vector.PointData``).

    Coordinates that are infinite, half missing or absurd (> 1e15) are removed (the row is kept without a
    geometry) and reported as ``doctor_geometries`` reports them; rows without a point are counted and
    reported; ``report.geometry_types`` is set. Points need no validity repair. Returns ``points`` itself
    when nothing had to change.
    """
    x, y = points.x, points.y
    n = len(x)
    if n == 0:
        report.geometry_types = {}
        report.null_geometries = 0
        return points
    raw = np.isnan(x) & np.isnan(y)  # no point (null or POINT EMPTY): nothing to repair
    with np.errstate(invalid="ignore"):
        absurd = ~raw & ~((np.abs(x) <= MAX_ABS_COORDINATE) & (np.abs(y) <= MAX_ABS_COORDINATE))
    if absurd.any():
        vals = np.concatenate([x[absurd], y[absurd]])
        _report_impossible(int(np.count_nonzero(absurd)), _worst(vals), report)
        x = np.where(absurd, np.nan, x)
        y = np.where(absurd, np.nan, y)
        points = dataclasses.replace(points, x=x, y=y)
    missing = raw | absurd
    n_missing = int(np.count_nonzero(missing))
    _report_missing(n, n_missing, n_missing, report)
    report.geometry_types = {"Point": n - n_missing} if n > n_missing else {}
    return points


def _report_impossible(k: int, worst: float, report: LayerReport) -> None:
    worst_text = _format_coordinate(worst)
    report.warn(
        "dropped",
        trf("{n:,} geometry had impossible coordinates ({worst}) and was removed; the row was kept without a "
            "geometry.", n=k, worst=worst_text) if k == 1 else
        trf("{n:,} geometries had impossible coordinates ({worst}) and were removed; the rows were kept without a "
            "geometry.", n=k, worst=worst_text),
        count=k,
    )


def _report_missing(n: int, n_missing: int, n_null: int, report: LayerReport) -> None:
    """Rows without a geometry (``n_null`` of them null, the rest empty): counted and reported."""
    report.null_geometries = n_missing
    if not n_missing:
        return
    n_empty = n_missing - n_null
    if n_missing == n == 1:
        text = tr("The layer's only feature has no geometry; it was kept as an attribute-only row.")
    elif n_missing == n:
        text = trf("None of the {n:,} features has a geometry; the layer was loaded as a table (attributes only).",
                   n=n)
    else:
        detail = []
        if n_null:
            detail.append(trf("{n:,} null", n=n_null))
        if n_empty:
            detail.append(trf("{n:,} empty", n=n_empty))
        if n_missing == 1:
            text = trf("{n:,} feature has no geometry ({detail}); it was kept as an attribute-only row that is not "
                       "drawn on the map.", n=n_missing, detail=", ".join(detail))
        else:
            text = trf("{n:,} features have no geometry ({detail}); they were kept as attribute-only rows that are "
                       "not drawn on the map.", n=n_missing, detail=", ".join(detail))
    report.warn("geometry", text, count=n_missing)


def _find_bad_coordinates(
    geoms: np.ndarray, type_id: np.ndarray, present: np.ndarray, all_points: bool
) -> tuple[np.ndarray, np.ndarray, float]:
    """Rows whose X/Y hold NaN, inf or |value| > MAX_ABS_COORDINATE.

    Returns (bad row indices, empty-point mask (only computed for point layers), worst value).
    """
    n = len(geoms)
    if all_points:
        # get_x/get_y are the cheapest way to the coordinates of a point array
        x = shapely.get_x(geoms)
        y = shapely.get_y(geoms)
        empty_points = np.zeros(n, dtype=bool)
        lo, hi = min(x.min(), y.min()), max(x.max(), y.max())  # NaN (None, empty, bad) propagates
        if lo >= -MAX_ABS_COORDINATE and hi <= MAX_ABS_COORDINATE:
            return np.empty(0, dtype=np.intp), empty_points, 0.0
        with np.errstate(invalid="ignore"):
            ok = (np.abs(x) <= MAX_ABS_COORDINATE) & (np.abs(y) <= MAX_ABS_COORDINATE)
        suspect = np.flatnonzero(~ok & present)  # NaN here also means POINT EMPTY
        if suspect.size == 0:
            return suspect, empty_points, 0.0
        is_empty = shapely.is_empty(geoms[suspect])
        empty_points[suspect[is_empty]] = True
        bad = suspect[~is_empty]
        values = np.concatenate([x[bad], y[bad]])
        return bad, empty_points, _worst(values)

    empty_points = np.zeros(n, dtype=bool)
    coords = shapely.get_coordinates(geoms)
    if coords.size == 0:
        return np.empty(0, dtype=np.intp), empty_points, 0.0
    lo, hi = coords.min(), coords.max()  # NaN propagates
    if lo >= -MAX_ABS_COORDINATE and hi <= MAX_ABS_COORDINATE:
        return np.empty(0, dtype=np.intp), empty_points, 0.0
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    with np.errstate(invalid="ignore"):
        bad_coord = ~(np.abs(coords) <= MAX_ABS_COORDINATE).all(axis=1)
    bad = np.unique(index[bad_coord])
    return bad, empty_points, _worst(coords[bad_coord].ravel())


def _worst(values: np.ndarray) -> float:
    """The most telling bad value for the message: a sentinel/inf before NaN."""
    with np.errstate(invalid="ignore"):
        finite_or_inf = values[~np.isnan(values) & ~(np.abs(values) <= MAX_ABS_COORDINATE)]
    if finite_or_inf.size:
        return float(finite_or_inf[np.argmax(np.abs(finite_or_inf))])
    return float("nan")


def _reason_group(reason: str) -> str:
    """'Ring Self-intersection[209058.4 901642.4]' -> 'ring self-intersection'."""
    return reason.split("[", 1)[0].strip().lower() or "unknown reason"


def _repair_invalid(
    geoms: np.ndarray, type_id: np.ndarray, candidates: np.ndarray, report: LayerReport
) -> tuple[np.ndarray, np.ndarray, int]:
    """make_valid the invalid non-point geometries; keep each row's dimension."""
    check = np.flatnonzero(candidates & (type_id != _POINT) & (type_id != _MULTIPOINT))
    if check.size == 0:
        return geoms, type_id, 0
    valid = shapely.is_valid(geoms[check])
    bad = check[~valid]
    if bad.size == 0:
        return geoms, type_id, 0

    originals = geoms[bad]
    reasons = Counter(_reason_group(r) for r in shapely.is_valid_reason(originals))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GEOS noise on degenerate input
        repaired = shapely.make_valid(originals)

    want_family = _FAMILY_OF_TYPE[type_id[bad]]
    kept, n_trimmed, n_collapsed = _keep_family(repaired, want_family, type_id[bad])

    geoms = geoms.copy()
    geoms[bad] = kept
    type_id = type_id.copy()
    type_id[bad] = shapely.get_type_id(kept)

    k = bad.size
    if len(reasons) == 1:
        reason_text = _geos_reason(next(iter(reasons)))
    else:
        reason_text = "; ".join(f"{_geos_reason(r)}: {fmt_num(c, ',')}" for r, c in reasons.most_common())
    report.repaired += k
    report.warn(
        "geometry",
        trf("{n:,} invalid geometry ({reasons}) was repaired with make_valid.", n=k, reasons=reason_text) if k == 1
        else trf("{n:,} invalid geometries ({reasons}) were repaired with make_valid.", n=k, reasons=reason_text),
        count=k,
    )
    if n_trimmed:
        report.warn(
            "geometry",
            trf("Repairing {n:,} geometry also produced stray lines or points; they were left out so that each "
                "geometry keeps its kind (a polygon stays a polygon, a line stays a line).", n=n_trimmed)
            if n_trimmed == 1 else
            trf("Repairing {n:,} geometries also produced stray lines or points; they were left out so that each "
                "geometry keeps its kind (a polygon stays a polygon, a line stays a line).", n=n_trimmed),
            count=n_trimmed,
        )
    if n_collapsed:
        report.warn(
            "dropped",
            trf("{n:,} invalid geometry collapsed when repaired (e.g. a polygon with no area or a line of zero "
                "length) and was removed; the row was kept without a geometry.", n=n_collapsed)
            if n_collapsed == 1 else
            trf("{n:,} invalid geometries collapsed when repaired (e.g. a polygon with no area or a line of zero "
                "length) and were removed; the rows were kept without a geometry.", n=n_collapsed),
            count=n_collapsed,
        )
    return geoms, type_id, k


def _flatten_parts(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All simple parts (Point/LineString/Polygon) of each geometry, with their row index."""
    parts, index = shapely.get_parts(geoms, return_index=True)
    while True:
        tid = shapely.get_type_id(parts)
        nested = tid >= _MULTIPOINT
        if not np.any(nested):
            return parts, index
        sub, sub_index = shapely.get_parts(parts, return_index=True)
        parts, index = sub, index[sub_index]


def _keep_family(
    repaired: np.ndarray, want_family: np.ndarray, original_type: np.ndarray
) -> tuple[np.ndarray, int, int]:
    """Keep only the parts of each repaired geometry that belong to the original family.

    Returns (geometries, how many lost some stray parts, how many lost everything -> None).
    Rows whose original was a GeometryCollection keep whatever make_valid gave.
    """
    out = repaired.copy()
    got_family = np.full(len(repaired), -1, dtype=np.int8)
    tid = shapely.get_type_id(repaired)
    got_family[tid >= 0] = _FAMILY_OF_TYPE[tid[tid >= 0]]
    empty = shapely.is_empty(repaired)
    mismatch = np.flatnonzero(
        (want_family != 3) & ((got_family != want_family) | empty)
    )
    if mismatch.size == 0:
        return out, 0, 0

    parts, index = _flatten_parts(repaired[mismatch])
    part_family = _FAMILY_OF_TYPE[shapely.get_type_id(parts)]
    keep = (part_family == want_family[mismatch][index]) & ~shapely.is_empty(parts)
    parts, index = parts[keep], index[keep]

    rebuilt = np.full(mismatch.size, None, dtype=object)
    for family, builder in ((0, shapely.multipoints), (1, shapely.multilinestrings), (2, shapely.multipolygons)):
        sel = want_family[mismatch][index] == family
        if np.any(sel):
            builder(parts[sel], indices=index[sel], out=rebuilt)
    # a single Polygon/LineString/Point stays single when only one part is left
    nparts = shapely.get_num_geometries(rebuilt)
    single = (nparts == 1) & np.isin(original_type[mismatch], (_POINT, _LINESTRING, _POLYGON))
    if np.any(single):
        rebuilt[single] = shapely.get_geometry(rebuilt[single], 0)
    out[mismatch] = rebuilt
    n_collapsed = int(np.count_nonzero(shapely.is_missing(rebuilt)))
    return out, mismatch.size - n_collapsed, n_collapsed


def _report_mixed_types(counts: np.ndarray, report: LayerReport) -> None:
    families: dict[int, list[tuple[str, int]]] = {}
    for t, c in enumerate(counts):
        if c:
            families.setdefault(int(_FAMILY_OF_TYPE[t]), []).append((_TYPE_NAMES[t], int(c)))
    if len(families) > 1:
        parts = [trf(_FAMILY_COUNTS[f], n=sum(c for _, c in types)) for f, types in sorted(families.items())]
        report.warn(
            "geometry",
            trf("The layer mixes {listing}. All were kept; each kind is styled separately "
                "(points get a marker, lines a stroke, polygons a fill).", listing=_and_list(parts)),
        )
        return
    for family, types in families.items():
        if len(types) > 1:
            listing = _and_list([f"{name} ({fmt_num(c, ',')})" for name, c in types])
            report.info("geometry", trf(_SAME_FAMILY[family], listing=listing))


def _report_z_m(geoms: np.ndarray, present: np.ndarray, report: LayerReport, source_has_m: bool) -> None:
    total = int(np.count_nonzero(present))
    n_z = n_m = 0
    if total:
        # one cheap pass over everything (-1 for None): dimension 2 means neither Z nor M;
        # has_z/has_m only run on the (usually few, or no) rows with a higher dimension
        dims = shapely.get_coordinate_dimension(geoms)
        higher = np.flatnonzero((dims > 2) & present)
        if higher.size:
            hs = geoms[higher]
            n_z = int(np.count_nonzero(shapely.has_z(hs)))
            n_m = int(np.count_nonzero(shapely.has_m(hs)))
    if n_z:
        if n_z == total:
            text = tr("The geometries have Z values (heights); they were kept.")
        elif n_z == 1:
            text = trf("{n:,} geometry of {total:,} has Z values (heights); they were kept.", n=n_z, total=total)
        else:
            text = trf("{n:,} geometries of {total:,} have Z values (heights); they were kept.", n=n_z, total=total)
        report.info("geometry", text, count=n_z)
    if n_m:
        if n_m == total:
            text = tr("The geometries have M values (measures); they were kept.")
        elif n_m == 1:
            text = trf("{n:,} geometry of {total:,} has M values (measures); they were kept.", n=n_m, total=total)
        else:
            text = trf("{n:,} geometries of {total:,} have M values (measures); they were kept.", n=n_m, total=total)
        report.info("geometry", text, count=n_m)
    elif source_has_m:
        report.warn(
            "geometry",
            tr("The source declares M values (measures), but M values are not kept: GDAL dropped them "
               "while reading, so only X/Y/Z coordinates were loaded.") if n_z else
            tr("The source declares M values (measures), but M values are not kept: GDAL dropped them "
               "while reading, so only X/Y coordinates were loaded."),
        )


# --------------------------------------------------------------------------------------
# tolerant readers
# --------------------------------------------------------------------------------------

_SURFACE_TARGET = {15: 6, 16: 6, 17: 3}  # PolyhedralSurface, TIN -> MultiPolygon; Triangle -> Polygon
_SURFACE_NAMES = {15: "PolyhedralSurface", 16: "TIN", 17: "Triangle"}
_WKB_Z, _WKB_M, _WKB_SRID = 0x80000000, 0x40000000, 0x20000000


def _walk_wkb(buf: bytearray, pos: int, seen: set[int]) -> int:
    """Walk one WKB geometry starting at ``pos``; rewrite surface type codes in place.

    Handles ISO (1000/2000/3000 offsets) and extended (0x80000000/0x40000000 flags, SRID)
    type codes, both byte orders, nested collections. Returns the end position; records
    rewritten surface types in ``seen``. Raises ValueError/struct.error on anything else.
    """
    order = buf[pos]
    if order not in (0, 1):
        raise ValueError(f"bad byte order {order}")  # programming error: internal, caught by the caller
    end = "<" if order == 1 else ">"
    u32 = struct.Struct(end + "I")
    (code,) = u32.unpack_from(buf, pos + 1)
    flags = code & 0xE0000000
    iso = code & 0x1FFFFFFF
    base, dim = iso % 1000, iso // 1000
    if dim > 3:
        raise ValueError(f"unknown WKB type {code}")  # programming error: internal, caught by the caller
    ndim = 2 + (bool(flags & _WKB_Z) or dim in (1, 3)) + (bool(flags & _WKB_M) or dim in (2, 3))
    p = pos + 5
    if flags & _WKB_SRID:
        p += 4
    if base in _SURFACE_TARGET:
        seen.add(base)
        u32.pack_into(buf, pos + 1, flags | (dim * 1000 + _SURFACE_TARGET[base]))
    if base == 1:  # Point
        return p + 8 * ndim
    if base == 2:  # LineString
        (npts,) = u32.unpack_from(buf, p)
        return p + 4 + 8 * ndim * npts
    if base in (3, 17):  # Polygon, Triangle
        (nrings,) = u32.unpack_from(buf, p)
        p += 4
        for _ in range(nrings):
            (npts,) = u32.unpack_from(buf, p)
            p += 4 + 8 * ndim * npts
        return p
    if base in (4, 5, 6, 7, 15, 16):  # multi*, collection, PolyhedralSurface, TIN
        (count,) = u32.unpack_from(buf, p)
        p += 4
        for _ in range(count):
            p = _walk_wkb(buf, p, seen)
        return p
    raise ValueError(f"unsupported WKB type {code}")  # programming error: internal, caught by the caller


def surfaces_to_multipolygons_wkb(wkb: bytes) -> tuple[bytes, set[str]]:
    """Rewrite TIN / PolyhedralSurface as MultiPolygon and Triangle as Polygon, in WKB.

    The layouts are identical (a surface is a list of polygon faces, a triangle is a
    polygon), so only the type codes change; coordinates, Z and M are kept exactly.
    Works inside collections. Returns the new WKB and the names of the types rewritten
    (empty set: nothing to do). Raises ValueError if the WKB is malformed or holds a type
    this function does not know.
    """
    buf = bytearray(wkb)
    seen: set[int] = set()
    try:
        end = _walk_wkb(buf, 0, seen)
    except (struct.error, IndexError) as exc:
        raise ValueError(f"truncated WKB ({exc})") from exc  # programming error: internal, caught by caller
    if end != len(buf):
        raise ValueError("trailing bytes after the WKB geometry")  # programming error: internal, caught by the caller
    return bytes(buf), {_SURFACE_NAMES[b] for b in seen}


# read_dataframe keywords that raw.read does not take
_DATAFRAME_ONLY = {"fid_as_index", "use_arrow", "on_invalid", "arrow_to_pandas_kwargs", "mixed_offsets_as_utc"}


def _geos_problem(wkb: bytes) -> str:
    try:
        shapely.from_wkb(wkb)
    except Exception as exc:  # shapely.errors.GEOSException and friends
        text = str(exc)
        return text.split(":", 1)[1].strip() if text.startswith("ParseException") else text
    return tr("unknown problem")


def read_tolerant(path: str | os.PathLike[str], report: LayerReport, **pyogrio_kwargs: Any) -> geopandas.GeoDataFrame:
    """Read a layer whose geometries GEOS refuses, keeping everything that can be kept.

    Attributes are read by ``pyogrio.read_dataframe(read_geometry=False)`` (same dtypes as a
    normal read); geometries are read as raw WKB by ``pyogrio.raw.read`` and parsed here:

    * WKB that shapely reads as-is is kept;
    * TIN / PolyhedralSurface / Triangle become MultiPolygon / Polygon of their faces
      (Z kept), see :func:`surfaces_to_multipolygons_wkb`;
    * rings that are not closed are closed (``shapely.from_wkb(on_invalid="fix")``);
    * anything else becomes a null geometry; the row is kept and the loss is reported.

    Run :func:`doctor_geometries` afterwards (closing a ring or flattening a surface can
    leave an invalid polygon). GDAL warnings are turned into report messages, not raised.
    Raises :class:`ReadError` if GDAL cannot read the layer at all.
    """
    for key in ("read_geometry", "return_fids"):
        if key in pyogrio_kwargs:
            raise TypeError(f"read_tolerant does not take {key!r}")
    raw_kwargs = {k: v for k, v in pyogrio_kwargs.items() if k not in _DATAFRAME_ONLY and k != "columns"}
    df_kwargs = {k: v for k, v in pyogrio_kwargs.items() if k != "on_invalid"}

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            attrs = pyogrio.read_dataframe(path, read_geometry=False, **df_kwargs)
            meta, _fids, wkb, _fields = pyogrio.raw.read(path, columns=[], read_geometry=True, **raw_kwargs)
        except Exception as exc:  # pyogrio DataSourceError/DataLayerError/FieldError, OSError...
            raise ReadError(path, trf("GDAL could not read this layer ({error}).", error=exc)) from exc

    if wkb is None:
        wkb = np.full(len(attrs), None, dtype=object)
    if len(attrs.columns) == 0 and len(attrs) != len(wkb):
        attrs = pd.DataFrame(index=pd.RangeIndex(len(wkb)))  # no attribute fields: pandas lost the row count
    if len(wkb) != len(attrs):  # should never happen: same file, same options
        raise ReadError(path, tr("the geometries and the attributes of this layer did not line up when read."))

    geoms, notes = _parse_wkb_tolerantly(np.asarray(wkb, dtype=object))
    crs = meta.get("crs")
    if isinstance(attrs, geopandas.GeoDataFrame):  # not expected with read_geometry=False
        attrs = pd.DataFrame(attrs.drop(columns=attrs.geometry.name))
    gdf = geopandas.GeoDataFrame(attrs, geometry=geopandas.GeoSeries(geoms, index=attrs.index, crs=crs), crs=crs)

    _report_tolerant_notes(notes, report)
    _report_gdal_warnings(caught, report, skip_unclosed=bool(notes.get("closed")))
    return gdf


def read_geojson_tolerant(path: str | os.PathLike[str], report: LayerReport) -> geopandas.GeoDataFrame:
    """Read a GeoJSON file whose rings are not closed (``openring.json``) or otherwise odd.

    GDAL parses such files fine (with a "Non closed ring detected" warning); it is GEOS
    that refuses the unclosed ring. So the file is read through GDAL as raw WKB and the
    rings are closed there: see :func:`read_tolerant`.
    """
    return read_tolerant(path, report)


def read_with_unsupported_geometry(
    path: str | os.PathLike[str], report: LayerReport, **pyogrio_kwargs: Any
) -> geopandas.GeoDataFrame:
    """Read a layer with TIN / PolyhedralSurface (MultiPatch) geometries: see :func:`read_tolerant`.

    (Curved geometries need nothing: pyogrio already returns them linearised.)
    """
    return read_tolerant(path, report, **pyogrio_kwargs)


def _parse_wkb_tolerantly(wkb: np.ndarray) -> tuple[np.ndarray, dict[str, Any]]:
    notes: dict[str, Any] = {"surfaces": 0, "surface_kinds": set(), "closed": 0, "lost": Counter()}
    geoms = shapely.from_wkb(wkb, on_invalid="ignore")
    failed = np.flatnonzero(shapely.is_missing(geoms) & np.array([w is not None for w in wkb], dtype=bool))
    if failed.size == 0:
        return geoms, notes

    fixed_input = np.empty(failed.size, dtype=object)
    surface_kinds: list[set[str]] = []
    for j, i in enumerate(failed):
        blob = bytes(wkb[i])
        try:
            new, kinds = surfaces_to_multipolygons_wkb(blob)
        except ValueError:
            new, kinds = blob, set()
        fixed_input[j] = new
        surface_kinds.append(kinds)

    # plain read first (surfaces now parse), then with ring closing for what still fails
    parsed = shapely.from_wkb(fixed_input, on_invalid="ignore")
    retry = shapely.is_missing(parsed)
    if np.any(retry):
        parsed[retry] = shapely.from_wkb(fixed_input[retry], on_invalid="fix")
    closed = retry & ~shapely.is_missing(parsed)

    for j, i in enumerate(failed):
        if parsed[j] is None:
            notes["lost"][_geos_problem(bytes(wkb[i]))] += 1
        else:
            if surface_kinds[j]:
                notes["surfaces"] += 1
                notes["surface_kinds"] |= surface_kinds[j]
            if closed[j]:
                notes["closed"] += 1
    geoms[failed] = parsed
    return geoms, notes


def _report_tolerant_notes(notes: dict[str, Any], report: LayerReport) -> None:
    if notes["surfaces"]:
        k = notes["surfaces"]
        kinds = " / ".join(sorted(notes["surface_kinds"]))
        report.warn(
            "geometry",
            trf("{n:,} geometry was a {kinds} (3D surface made of faces), which gisdesk cannot draw as such; it was "
                "converted to polygons, one per face, with the heights kept.", n=k, kinds=kinds) if k == 1 else
            trf("{n:,} geometries were {kinds} (3D surfaces made of faces), which gisdesk cannot draw as such; each "
                "was converted to polygons, one per face, with the heights kept.", n=k, kinds=kinds),
            count=k,
        )
    if notes["closed"]:
        k = notes["closed"]
        report.repaired += k
        report.warn(
            "geometry",
            trf("{n:,} geometry had polygon rings that were not closed (the last point differs from the first); "
                "the rings were closed.", n=k) if k == 1 else
            trf("{n:,} geometries had polygon rings that were not closed (the last point differs from the first); "
                "the rings were closed.", n=k),
            count=k,
        )
    lost: Counter[str] = notes["lost"]
    if lost:
        k = sum(lost.values())
        why = "; ".join(f"{msg}: {fmt_num(c, ',')}" if len(lost) > 1 else msg for msg, c in lost.most_common())
        report.warn(
            "dropped",
            trf("{n:,} geometry could not be read ({why}) and was left out; the row was kept without a geometry. "
                "This geometry type is not supported.", n=k, why=why) if k == 1 else
            trf("{n:,} geometries could not be read ({why}) and were left out; the rows were kept without a "
                "geometry. This geometry type is not supported.", n=k, why=why),
            count=k,
        )


def _report_gdal_warnings(caught: list[warnings.WarningMessage], report: LayerReport, *, skip_unclosed: bool) -> None:
    seen: set[str] = set()
    for w in caught:
        text = str(w.message).strip()
        if not text or text in seen:
            continue
        seen.add(text)
        if skip_unclosed and "Non closed ring" in text:
            continue  # already reported in plain words
        report.info("read", trf("GDAL noted while reading: {text}", text=text))
