"""The CRS doctor: keep a declared CRS, guess a missing one, and catch CRSs that lie.

What it decides is a :class:`CrsDecision`; what it noticed goes into the layer's
:class:`~gisdesk.io.report.LayerReport` (category ``crs``, absurd coordinates under ``geometry``).

* A declared CRS (from a .prj, a GeoPackage, a GeoJSON ``crs`` member...) is kept. It is stored as
  ``"EPSG:xxxx"`` when it is an EPSG CRS (an ESRI-flavoured WKT of WGS 84 becomes ``EPSG:4326``),
  otherwise as WKT2 (ESRI-only and custom CRSs).
* A declared CRS is checked against the data: coordinates outside the CRS's area of use (the Highcharts
  file that says UTM 48N but holds screen coordinates) and a VN-2000 grid put on the WGS 84 datum
  (a classic hand-made .prj, about 225 m off at Huế) are reported with a suggested fix.
* No declared CRS: the coordinates are placed if they can be: degrees -> EPSG:4326; metres that fall in
  Vietnam under VN-2000 / TM-3 107-00 (Huế's local grid, EPSG:9214), VN-2000 / UTM 48N (EPSG:3405) or
  49N (EPSG:3406). A guess is always status ``"guessed"`` and reported as a warning.

Bounds are ``(minx, miny, maxx, maxy)`` in the layer's own coordinates. :func:`robust_bounds` computes
them while ignoring absurd coordinates (NaN, infinity, the -1.797e308 "no data" sentinel).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.database import query_crs_info
from pyproj.enums import PJType
from pyproj.exceptions import CRSError, ProjError

from gisdesk.core.crs import HUE_CRS, VN2000_UTM48N, WGS84, crs_to_string
from gisdesk.core.i18n import N_, fmt_num, tr, trf
from gisdesk.io.report import LayerReport

__all__ = [
    "ABSURD_COORDINATE",
    "CrsDecision",
    "HUE_LONLAT_BBOX",
    "doctor_crs",
    "guess_crs_from_bounds",
    "identify_crs",
    "robust_bounds",
    "vn2000_equivalent",
]

Bounds = tuple[float, float, float, float]

#: Any coordinate this large (in any unit a GIS uses, metres or US feet included) is not a position on
#: Earth: the circumference is 4.0e7 m = 1.3e8 ft. It catches the -1.797e308 (-DBL_MAX) sentinel.
ABSURD_COORDINATE = 1e9

#: Huế (the city, former Thừa Thiên Huế province) in longitude/latitude: west, south, east, north.
HUE_LONLAT_BBOX: Bounds = (107.0, 15.9, 108.2, 16.8)

#: VN-2000 / UTM zone 49N (the eastern coast of Vietnam).
VN2000_UTM49N = "EPSG:3406"

#: A coarse outline of mainland Vietnam (lon, lat), drawn by hand to within ~30 km (checked against the
#: 63-province KML in the shared test data: every province and every Huế commune falls inside it).
#: It only needs to tell apart candidate CRSs whose readings of the same numbers lie 100+ km apart.
_VIETNAM_OUTLINE = (
    (105.33, 23.40), (106.10, 22.99), (106.70, 22.87), (106.55, 22.35), (106.75, 21.97), (107.40, 21.62),
    (108.08, 21.55), (107.40, 21.10), (106.70, 20.65), (106.10, 19.95), (105.75, 19.05), (106.05, 18.30),
    (106.55, 17.55), (107.15, 16.95), (107.70, 16.60), (108.30, 16.15), (108.85, 15.40), (109.10, 14.40),
    (109.45, 12.90), (109.20, 12.20), (109.20, 11.60), (108.75, 11.20), (108.00, 10.65), (107.10, 10.35),
    (106.75, 10.05), (106.50, 9.55), (105.40, 8.65), (104.75, 8.55), (104.80, 9.60), (104.45, 10.40),
    (105.05, 10.95), (105.85, 11.05), (106.15, 11.70), (106.90, 12.05), (107.55, 12.30), (107.50, 13.00),
    (107.40, 14.00), (107.55, 14.70), (107.50, 15.30), (107.15, 15.85), (107.10, 16.25), (106.60, 16.55),
    (106.45, 17.05), (105.95, 17.60), (105.60, 18.15), (105.10, 18.70), (104.15, 19.40), (104.10, 19.70),
    (104.60, 20.40), (104.10, 20.95), (103.25, 20.70), (102.90, 21.20), (102.85, 21.70), (102.14, 22.40),
    (102.50, 22.75), (103.30, 22.75), (103.97, 22.50), (104.80, 22.90), (105.33, 23.40),
)

# The projected CRSs tried when nothing is declared, in order of preference: Huế's local grid first.
_GUESS_CANDIDATES = (HUE_CRS, VN2000_UTM48N, VN2000_UTM49N)

# A declared VN-2000-style grid whose positions differ from the real VN-2000 by more than this is
# reported as being on the wrong datum.
_DATUM_SHIFT_WARN_M = 20.0

_GEOD = Geod(ellps="WGS84")


@dataclass
class CrsDecision:
    """What the layer's CRS is, and how sure we are.

    ``crs`` is ``"EPSG:xxxx"`` or WKT2, ``None`` when unknown. ``status`` is ``"declared"`` (the file
    said so), ``"guessed"`` (worked out from the coordinates: check it) or ``"none"``. ``reason`` is a
    plain-English sentence. ``suggested`` is a CRS that would fix a problem found with the declared one
    (e.g. the real VN-2000 grid for a VN-2000 .prj on the WGS 84 datum), ``None`` when there is nothing
    to suggest. ``warnings`` repeats the warnings written to the report.
    """

    crs: str | None
    status: str
    reason: str
    suggested: str | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# bounds


def robust_bounds(geometries: Any, *, limit: float = ABSURD_COORDINATE) -> tuple[Bounds | None, int]:
    """Bounds of ``geometries`` (GeoSeries, GeoDataFrame or array of shapely geometries), ignoring
    geometries that hold an absurd coordinate (NaN, infinity, or beyond ``limit`` in absolute value,
    such as the -1.797e308 sentinel).

    Returns ``(bounds, n_absurd)``: ``bounds`` is ``None`` when no geometry has usable coordinates
    (all null, empty or absurd); ``n_absurd`` counts the geometries that were left out.
    """
    geoms = getattr(geometries, "geometry", geometries)
    arr = np.asarray(getattr(geoms, "values", geoms), dtype=object)
    if arr.size == 0:
        return None, 0
    coords, index = shapely.get_coordinates(arr, include_z=False, return_index=True)
    if coords.size == 0:
        return None, 0
    bad = ~np.isfinite(coords).all(axis=1) | (np.abs(coords) > limit).any(axis=1)
    bad_geoms = np.unique(index[bad])
    keep = ~np.isin(index, bad_geoms)
    if not keep.any():
        return None, int(bad_geoms.size)
    good = coords[keep]
    bounds = (float(good[:, 0].min()), float(good[:, 1].min()), float(good[:, 0].max()), float(good[:, 1].max()))
    return bounds, int(bad_geoms.size)


def _is_bounds_tuple(value: Any) -> bool:
    if isinstance(value, tuple | list):
        return True
    return isinstance(value, np.ndarray) and value.shape == (4,) and value.dtype.kind in "fiu"


def _bounds_are_sane(bounds: Bounds | None) -> bool:
    return bounds is not None and all(math.isfinite(v) and abs(v) <= ABSURD_COORDINATE for v in bounds)


def _looks_like_lonlat(bounds: Bounds) -> bool:
    minx, miny, maxx, maxy = bounds
    return -180.0 <= minx <= maxx <= 180.0 and -90.0 <= miny <= maxy <= 90.0


def _fmt_num(v: float) -> str:
    if abs(v) >= 1000:
        return fmt_num(v, ",.0f")
    return fmt_num(v, ".6g")


def _fmt_xy(bounds: Bounds) -> str:
    minx, miny, maxx, maxy = bounds
    return trf("x {minx} to {maxx}, y {miny} to {maxy}", minx=_fmt_num(minx), maxx=_fmt_num(maxx),
               miny=_fmt_num(miny), maxy=_fmt_num(maxy))


def _fmt_lon(v: float) -> str:
    return trf("{v:.2f}°E", v=abs(v)) if v >= 0 else trf("{v:.2f}°W", v=abs(v))


def _fmt_lat(v: float) -> str:
    return trf("{v:.2f}°N", v=abs(v)) if v >= 0 else trf("{v:.2f}°S", v=abs(v))


def _fmt_lonlat(bounds: Bounds) -> str:
    w, s, e, n = bounds
    return trf("{west} to {east}, {south} to {north}", west=_fmt_lon(w), east=_fmt_lon(e), south=_fmt_lat(s),
               north=_fmt_lat(n))


# --------------------------------------------------------------------------------------------------
# identifying a declared CRS


def _norm_name(name: str) -> str:
    """Datum name without case, punctuation, ESRI's ``D_`` prefix, bracketed notes or "ensemble"."""
    name = name.lower()
    name = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", name)
    name = re.sub(r"^(d|gcs)_", "", name.strip())
    name = re.sub(r"\bensemble\b", " ", name)
    return re.sub(r"[^a-z0-9]", "", name)


def _datum_names_similar(a: CRS, b: CRS) -> bool:
    """True when the datum names are the same once spaces, case, ESRI's ``D_`` and bracketed notes are
    ignored ("World Geodetic System 1984 [EPSG ID 6326]" vs "World Geodetic System 1984 ensemble")."""
    da, db = a.datum, b.datum
    if da is None or db is None:
        return False
    na, nb = _norm_name(da.name), _norm_name(db.name)
    return bool(na) and na == nb


def _same_ellipsoid(a: CRS, b: CRS) -> bool:
    ea, eb = a.ellipsoid, b.ellipsoid
    if ea is None or eb is None:
        return False
    return math.isclose(ea.semi_major_metre, eb.semi_major_metre, abs_tol=1e-3) and math.isclose(
        ea.inverse_flattening, eb.inverse_flattening, rel_tol=1e-9
    )


def identify_crs(crs: CRS) -> str | None:
    """The ``"EPSG:xxxx"`` this CRS is equivalent to, or None.

    PROJ's identification confidence: 100 = same name and definition, 90/70 = same definition with other
    names (an ESRI WKT of WGS 84 gives 100 through its alias table). Matches at 70 or more are taken.
    Lower matches (50-69) are taken only when the ellipsoid is identical and the datum names are
    obviously the same datum, e.g. ``DATUM["World Geodetic System 1984 [EPSG ID 6326]"]``.
    A bound CRS (WKT1 with TOWGS84) is identified only when its datum shift agrees with what PROJ
    uses for the EPSG code to within half a metre.
    """
    if crs.is_bound:
        base = crs.source_crs
        code = identify_crs(base) if base is not None else None
        if code is None or not _bound_shift_matches(crs, code):
            return None
        return code
    try:
        matches = crs.list_authority(auth_name="EPSG", min_confidence=50)
        if not matches and crs.is_geographic:
            # GDAL's WKT2 of an ESRI .prj spells the axes out (longitude first), which stops PROJ from
            # matching EPSG CRSs whose axes are latitude first; WKT1 leaves them out.
            wkt1 = crs.to_wkt("WKT1_GDAL")
            if wkt1:
                matches = CRS.from_wkt(wkt1).list_authority(auth_name="EPSG", min_confidence=50)
    except CRSError:  # pragma: no cover - defensive: PROJ identify failure
        return None
    for match in matches:
        if match.confidence >= 70:
            return f"EPSG:{match.code}"
        candidate = CRS.from_epsg(int(match.code))
        if (
            _same_ellipsoid(crs, candidate)
            and _datum_names_similar(crs, candidate)
            and _same_definition_ignoring_datum_name(crs, candidate)
        ):
            return f"EPSG:{match.code}"
    return None


def _same_definition_ignoring_datum_name(a: CRS, b: CRS) -> bool:
    """Same projection parameters, prime meridian and units; only the datum's name may differ."""
    if a.is_geographic != b.is_geographic or a.is_projected != b.is_projected:
        return False
    pa, pb = a.prime_meridian, b.prime_meridian
    if pa is None or pb is None or not math.isclose(pa.longitude, pb.longitude, abs_tol=1e-9):
        return False
    if a.is_projected:
        oa, ob = a.coordinate_operation, b.coordinate_operation
        if oa is None or ob is None or oa.method_code != ob.method_code:
            return False
        va = sorted((p.code, round(p.value, 9)) for p in oa.params)
        vb = sorted((p.code, round(p.value, 9)) for p in ob.params)
        if va != vb:
            return False
    ua = sorted(ax.unit_conversion_factor for ax in a.axis_info)
    ub = sorted(ax.unit_conversion_factor for ax in b.axis_info)
    return len(ua) == len(ub) and all(math.isclose(x, y, rel_tol=1e-9) for x, y in zip(ua, ub))


def _bound_shift_matches(bound: CRS, epsg: str, tolerance_m: float = 0.5) -> bool:
    """Does a bound CRS (TOWGS84) reach WGS 84 at the same place as the EPSG CRS does?"""
    target = CRS.from_user_input(epsg)
    area = target.area_of_use
    if area is None:
        return False
    lon = (area.west + area.east) / 2 if area.west <= area.east else area.west
    lat = (area.south + area.north) / 2
    try:
        x, y = Transformer.from_crs(WGS84, target, always_xy=True).transform(lon, lat)
        a = Transformer.from_crs(bound, WGS84, always_xy=True).transform(x, y)
        b = Transformer.from_crs(target, WGS84, always_xy=True).transform(x, y)
    except ProjError:
        return False
    if not all(map(math.isfinite, (*a, *b))):
        return False
    return _GEOD.inv(a[0], a[1], b[0], b[1])[2] <= tolerance_m


def _storage_string(crs: CRS) -> str:
    """"EPSG:xxxx" when :func:`identify_crs` finds one, else WKT2 (2019).

    Same storage form as :func:`gisdesk.core.crs.crs_to_string`, with a more forgiving identification
    (which already covers its exact-match case, so the slow PROJ identification is not run twice).
    """
    code = identify_crs(crs)
    if code is not None:
        return code
    return crs.to_wkt(version="WKT2_2019")


def _label(crs_string: str | None) -> str:
    if crs_string is None:
        return tr("no CRS")
    crs = CRS.from_user_input(crs_string)
    if crs_string.startswith("EPSG:"):
        return f"{crs.name} ({crs_string})"
    return trf("{name} (no EPSG code)", name=crs.name)


# --------------------------------------------------------------------------------------------------
# Vietnam helpers


@lru_cache(maxsize=1)
def _vietnam_outline() -> shapely.Polygon:
    # Buffered by 0.2° (~20 km) so coastal and border data are not missed because of the coarse outline.
    return shapely.Polygon(_VIETNAM_OUTLINE).buffer(0.2)


@lru_cache(maxsize=1)
def _vn2000_grids() -> tuple[tuple[str, float, float, float, float, float], ...]:
    """(EPSG, central meridian, scale, false easting, false northing, latitude of origin) of every
    VN-2000 Transverse Mercator CRS in the EPSG database."""
    out = []
    for info in query_crs_info(auth_name="EPSG", pj_types=PJType.PROJECTED_CRS):
        if not info.name.startswith("VN-2000 /"):
            continue
        p = _tm_params(CRS.from_epsg(int(info.code)))
        if p is not None:
            out.append((f"EPSG:{info.code}", *p))
    return tuple(sorted(out))


def _tm_params(crs: CRS) -> tuple[float, float, float, float, float] | None:
    """(central meridian, scale, false easting, false northing, latitude of origin) of a Transverse
    Mercator CRS in metres, else None."""
    base = crs.source_crs if crs.is_bound else crs
    if base is None or not base.is_projected:
        return None
    op = base.coordinate_operation
    if op is None or op.method_code != "9807":  # EPSG method 9807 = Transverse Mercator
        return None
    units = {ax.unit_name.lower() for ax in base.axis_info}
    if not units <= {"metre", "meter"}:
        return None
    by_code = {p.code: p.value for p in op.params}
    try:
        return (by_code["8802"], by_code["8805"], by_code["8806"], by_code["8807"], by_code["8801"])
    except KeyError:
        return None


def vn2000_equivalent(crs: CRS) -> str | None:
    """For a Transverse Mercator grid that looks like a VN-2000 grid (central meridian 102-111°E on a
    15' step, scale 0.9999 (TM-3) or 0.9996 (UTM), false easting 500 000 m), the same grid on the
    VN-2000 datum: the EPSG code when there is one, else a WKT2 built on VN-2000 (EPSG:4756).
    None for anything else."""
    p = _tm_params(crs)
    if p is None:
        return None
    lon0, k, fe, fn, lat0 = p
    if not (102.0 <= lon0 <= 111.0 and math.isclose(lon0 * 4, round(lon0 * 4), abs_tol=1e-9)):
        return None
    if not (any(math.isclose(k, v, abs_tol=1e-9) for v in (0.9999, 0.9996)) and fe == 500000.0 and fn == 0.0):
        return None
    if lat0 != 0.0:
        return None
    for code, glon0, gk, gfe, gfn, glat0 in _vn2000_grids():
        if (glon0, gfe, gfn, glat0) == (lon0, fe, fn, lat0) and math.isclose(gk, k, abs_tol=1e-9):
            return code
    from pyproj.crs import ProjectedCRS
    from pyproj.crs.coordinate_operation import TransverseMercatorConversion

    built = ProjectedCRS(
        conversion=TransverseMercatorConversion(
            latitude_natural_origin=lat0,
            longitude_natural_origin=lon0,
            false_easting=fe,
            false_northing=fn,
            scale_factor_natural_origin=k,
        ),
        geodetic_crs=CRS.from_epsg(4756),
        name=f"VN-2000 / TM {lon0:g}",
    )
    return crs_to_string(built)


def _to_lonlat_bounds(crs: CRS | str, bounds: Bounds) -> Bounds | None:
    """The data's bounds in WGS 84 degrees under ``crs``, or None when they cannot be projected."""
    try:
        t = Transformer.from_crs(crs, WGS84, always_xy=True)
        w, s, e, n = t.transform_bounds(*bounds, densify_pts=11)
    except (ProjError, CRSError, ValueError):
        return None
    if not all(map(math.isfinite, (w, s, e, n))) or not _looks_like_lonlat((w, s, e, n)):
        return None
    return (w, s, e, n)


def _within(inner: Bounds, outer: Bounds, margin: float = 0.0) -> bool:
    return (
        inner[0] >= outer[0] - margin
        and inner[1] >= outer[1] - margin
        and inner[2] <= outer[2] + margin
        and inner[3] <= outer[3] + margin
    )


def _in_vietnam(lonlat: Bounds, crs: str) -> bool:
    """Does this lon/lat box sit in Vietnam and within the grid's area of use (with a margin)?"""
    if not shapely.intersects(_vietnam_outline(), shapely.box(*lonlat)):
        return False
    area = CRS.from_user_input(crs).area_of_use
    if area is None:  # pragma: no cover - every candidate has one
        return True
    # TM-3 grids are provincial; a UTM zone is used for a whole half of the country (and the box of a
    # projected box is wider than the data), so it gets a wider margin.
    params = _tm_params(CRS.from_user_input(crs))
    margin = 2.5 if params is not None and math.isclose(params[1], 0.9996) else 0.6
    return _within(lonlat, (area.west, area.south, area.east, area.north), margin)


def _near_hue(lonlat: Bounds) -> bool:
    cx, cy = (lonlat[0] + lonlat[2]) / 2, (lonlat[1] + lonlat[3]) / 2
    return _within((cx, cy, cx, cy), HUE_LONLAT_BBOX, 0.3)


# --------------------------------------------------------------------------------------------------
# guessing


def guess_crs_from_bounds(bounds: Bounds | None) -> CrsDecision:
    """Work out a CRS from the data's bounds alone.

    Degrees (within -180..180, -90..90) -> EPSG:4326. Metres that fall in Vietnam under
    VN-2000 / TM-3 107-00 -> EPSG:9214 (preferred: Huế's local grid), else under VN-2000 / UTM 48N
    -> EPSG:3405, else UTM 49N -> EPSG:3406. Anything else -> status ``"none"``.
    The result is status ``"guessed"`` (or ``"none"``), never ``"declared"``.
    """
    if bounds is None:
        return CrsDecision(None, "none", tr("There are no usable coordinates to work out the CRS from."))
    bounds = tuple(float(v) for v in bounds)  # type: ignore[assignment]
    if not _bounds_are_sane(bounds):
        return CrsDecision(
            None, "none", trf("The coordinates ({xy}) are not real positions, so the CRS cannot be worked out.",
                              xy=_fmt_xy(bounds))
        )
    if _looks_like_lonlat(bounds):
        if _near_hue(bounds):
            reason = trf("The coordinates ({xy}) fit longitude/latitude in degrees around Huế, so they look like "
                         "WGS 84 (EPSG:4326).", xy=_fmt_xy(bounds))
        else:
            reason = trf("The coordinates ({xy}) fit longitude/latitude in degrees, so they look like WGS 84 "
                         "(EPSG:4326).", xy=_fmt_xy(bounds))
        return CrsDecision(WGS84, "guessed", reason)

    fits: list[tuple[str, Bounds]] = []
    for code in _GUESS_CANDIDATES:
        lonlat = _to_lonlat_bounds(code, bounds)
        if lonlat is not None and _in_vietnam(lonlat, code):
            fits.append((code, lonlat))
    if not fits:
        return CrsDecision(
            None,
            "none",
            trf("The coordinates ({xy}) are not longitude/latitude degrees and do not fall in Vietnam "
                "under VN-2000 / TM-3 107-00, UTM 48N or UTM 49N, so they could not be placed. "
                "Set the layer's CRS by hand.", xy=_fmt_xy(bounds)),
        )
    # Prefer a grid that puts the data around Huế, then the order of _GUESS_CANDIDATES (local TM-3 first).
    fits.sort(key=lambda item: (not _near_hue(item[1]), _GUESS_CANDIDATES.index(item[0])))
    code, lonlat = fits[0]
    name = CRS.from_user_input(code).name
    values = {"xy": _fmt_xy(bounds), "name": name, "code": code, "lonlat": _fmt_lonlat(lonlat)}
    if _near_hue(lonlat):
        sentences = [trf("The coordinates ({xy}) look like {name} ({code}) around Huế ({lonlat}).", **values)]
    else:
        sentences = [trf("The coordinates ({xy}) look like {name} ({code}) in Vietnam ({lonlat}).", **values)]
    others = [c for c, _ in fits[1:]]
    if others:
        other_txt = ", ".join(f"{CRS.from_user_input(c).name} ({c})" for c in others)
        if code == HUE_CRS:
            sentences.append(trf("{others} would also put them in Vietnam; Huế's local TM-3 grid was preferred "
                                 "because Huế's offices use it.", others=other_txt))
        else:
            sentences.append(trf("{others} would also put them in Vietnam.", others=other_txt))
    if code == HUE_CRS:
        sentences.append(tr("Other provinces' TM-3 grids (another central meridian) give numbers of the same size, "
                            "so data from outside Huế may need another VN-2000 TM-3 zone."))
    else:
        sentences.append(tr("WGS 84 / UTM coordinates (EPSG:32648/32649) look the same but lie about 200-300 m "
                            "away."))
    return CrsDecision(code, "guessed", " ".join(sentences))


# --------------------------------------------------------------------------------------------------
# checking a declared CRS


def _share_inside(span: tuple[float, float], area: tuple[float, float]) -> float:
    """Which share of the interval ``span`` lies within ``area`` (1 or 0 for a single value)."""
    lo, hi = span
    if hi <= lo:
        return 1.0 if area[0] <= lo <= area[1] else 0.0
    return max(0.0, min(hi, area[1]) - max(lo, area[0])) / (hi - lo)


def _check_area(crs: CRS, crs_string: str, bounds: Bounds) -> str | None:
    """A warning when the data's bounds do not fit the CRS's area of use (or are not positions at all)."""
    label = _label(crs_string)
    if crs.is_geographic:
        if not _looks_like_lonlat(bounds):
            return trf("The coordinates ({xy}) do not fit the declared CRS {label}: they are not "
                       "longitude/latitude degrees.", xy=_fmt_xy(bounds), label=label)
        lonlat = bounds
    else:
        lonlat = _to_lonlat_bounds(crs, bounds)
        if lonlat is None:
            return trf("The coordinates ({xy}) do not fit the declared CRS {label}: "
                       "they do not project to positions on Earth.", xy=_fmt_xy(bounds), label=label)
    area = (crs.source_crs if crs.is_bound else crs).area_of_use
    if area is None:
        return None
    w, s, e, n = area.west, area.south, area.east, area.north
    if w > e:  # the area crosses the antimeridian: compare in 0..360
        e += 360.0
        lw, le = (lonlat[0] + 360 if lonlat[0] < 0 else lonlat[0]), (lonlat[2] + 360 if lonlat[2] < 0 else lonlat[2])
        lonlat = (lw, lonlat[1], le, lonlat[3])
    margin_x = min(1.0, max(0.1, 0.1 * (e - w)))
    margin_y = min(1.0, max(0.1, 0.1 * (n - s)))
    # Data reaching a little beyond a CRS's area is common (a whole state in its northern zone, Sweden's
    # east coast in RT90 2.5 gon V); data mostly outside it means the CRS is wrong.
    inside = _share_inside((lonlat[0], lonlat[2]), (w - margin_x, e + margin_x)) * _share_inside(
        (lonlat[1], lonlat[3]), (s - margin_y, n + margin_y)
    )
    if inside >= 0.5:
        return None
    values = {"label": label, "area": _fmt_lonlat((w, s, e, n)), "xy": _fmt_xy(bounds), "at": _fmt_lonlat(lonlat)}
    if area.name and len(area.name) <= 60:
        return trf("The coordinates do not fit the declared CRS {label}: it is meant for {area} ({area_name}), but "
                   "under it the data ({xy}) would lie at {at}. The file's CRS is probably wrong; check where the "
                   "data should be.", area_name=area.name, **values)
    return trf("The coordinates do not fit the declared CRS {label}: it is meant for {area}, but under it the data "
               "({xy}) would lie at {at}. The file's CRS is probably wrong; check where the data should be.", **values)


def _vn2000_datum_warning(
    crs: CRS, crs_string: str, bounds: Bounds | None, source: str = "this CRS"
) -> tuple[str, str] | None:
    """(warning, suggested CRS) when a VN-2000-looking TM-3 grid is not on the VN-2000 datum."""
    if crs_string.startswith("EPSG:") and crs.name.startswith("VN-2000 /"):
        return None  # an EPSG VN-2000 grid is the official definition (and the EPSG scan below costs 0.2 s)
    p = _tm_params(crs)
    if p is None or not math.isclose(p[1], 0.9999, abs_tol=1e-9):
        return None  # UTM-scale grids on WGS 84 are legitimate WGS 84 / UTM CRSs
    suggested = vn2000_equivalent(crs)
    if suggested is None or suggested == crs_string:
        return None
    if bounds is not None and _bounds_are_sane(bounds):
        x, y = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
        at = N_("at the data's centre")
    else:  # no data: measure on the central meridian at Huế's latitude
        x, y = Transformer.from_crs(WGS84, suggested, always_xy=True).transform(p[0], 16.46)
        at = N_("at Huế's latitude")
    try:
        a = Transformer.from_crs(crs, WGS84, always_xy=True).transform(x, y)
        b = Transformer.from_crs(suggested, WGS84, always_xy=True).transform(x, y)
    except ProjError:  # pragma: no cover - defensive
        return None
    if not all(map(math.isfinite, (*a, *b))):
        return None
    shift = _GEOD.inv(a[0], a[1], b[0], b[1])[2]
    if shift < _DATUM_SHIFT_WARN_M:
        return None
    base = crs.source_crs if crs.is_bound else crs
    datum_name = base.datum.name if base.datum is not None else None
    norm = _norm_name(datum_name or "")
    if "worldgeodeticsystem1984" in norm or "wgs84" in norm or "wgs1984" in norm:
        datum_name = "WGS 84"
    if _near_hue((b[0], b[1], b[0], b[1])) and at == "at the data's centre":
        at = N_("at Huế")
    grid = trf("a VN-2000 grid (Transverse Mercator, central meridian {lon0:g}°E, scale {k:g}, false easting "
               "{easting:,.0f} m)", lon0=p[0], k=p[1], easting=p[2])
    kind = "vn2000" if ("vietnam2000" in norm or "vn2000" in norm) else "named" if datum_name else "unknown"
    warning = trf(_DATUM_WARNINGS[(source, kind)], grid=grid, datum=datum_name, shift=shift, at=tr(at),
                  suggested=_label(suggested))
    return warning, suggested


#: (who declares, which datum) -> the warning of :func:`_vn2000_datum_warning`, a whole sentence each
_DATUM_WARNINGS = {
    ("this .prj", "vn2000"): N_(
        "This .prj declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from "
        "the official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the "
        "matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000."),
    ("this CRS", "vn2000"): N_(
        "This CRS declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from "
        "the official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the "
        "matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000."),
    ("this .prj", "named"): N_(
        "This .prj puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was "
        "kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in "
        "VN-2000."),
    ("this CRS", "named"): N_(
        "This CRS puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was "
        "kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in "
        "VN-2000."),
    ("this .prj", "unknown"): N_(
        "This .prj puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was "
        "kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in "
        "VN-2000."),
    ("this CRS", "unknown"): N_(
        "This CRS puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was "
        "kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in "
        "VN-2000."),
}


def _parse_declared(declared: Any, prj_text: str | None, report: LayerReport) -> tuple[CRS | None, str]:
    """The declared CRS as a pyproj CRS (or None) and where it came from ("the file" / "the .prj file")."""
    if declared is not None and declared != "":
        try:
            return CRS.from_user_input(declared), "the file"
        except (CRSError, TypeError, ValueError):
            report.warn("crs", trf("The file declares a CRS that could not be understood ({text!r}); it was "
                                   "ignored.", text=str(declared)[:80]))
            return None, ""
    if prj_text is not None and prj_text.strip():
        text = prj_text.strip().lstrip("\ufeff")
        try:
            return CRS.from_user_input(text), "the .prj file"
        except CRSError:
            looks_html = text[:200].lower().lstrip().startswith(("<!doctype", "<html", "<?xml", "<"))
            report.warn("crs", tr("The .prj file is an HTML page, not a CRS definition; it was ignored.") if looks_html
                        else tr("The .prj file is not a CRS definition pyproj can read; it was ignored."))
    return None, ""


def doctor_crs(
    declared: Any,
    bounds: Bounds | Any | None,
    report: LayerReport,
    *,
    prj_text: str | None = None,
    missing: str = "No CRS was declared",
    n_absurd: int = 0,
) -> CrsDecision:
    """Decide the layer's CRS and report what was found.

    ``declared``: what the format declared (a pyproj CRS, "EPSG:xxxx", WKT, ...) or None.
    ``bounds``: the data's ``(minx, miny, maxx, maxy)``, or the geometries themselves (GeoSeries,
    GeoDataFrame, array), whose bounds are then computed with :func:`robust_bounds`.
    ``prj_text``: the raw .prj text, parsed when ``declared`` is None.
    ``missing``: how the "nothing declared" message starts (e.g. "No .prj" for shapefiles): a clause marked with
    ``N_`` (or already translated); it goes through ``tr`` and into whole-sentence templates.
    ``n_absurd``: when ``bounds`` come from :func:`robust_bounds`, the count it returned, so the absurd
    coordinates it left out are reported (passing the geometries instead does this by itself).

    Sets ``report.crs`` and ``report.crs_status`` and returns the decision.
    """
    n_before = len(report.messages)
    if bounds is not None and not _is_bounds_tuple(bounds):
        bounds, n_absurd = robust_bounds(bounds)
    elif bounds is not None:
        bounds = tuple(float(v) for v in bounds)
        if not _bounds_are_sane(bounds):
            n_absurd = n_absurd or -1  # some, uncounted
            bounds = None
    if n_absurd:
        if n_absurd == 1:
            text = tr("1 feature has absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); "
                      "it was left out when working out the layer's extent and CRS.")
        elif n_absurd > 1:
            text = trf("{n:,} features have absurd coordinates (NaN, infinity or a 'no data' value such as "
                       "-1.797e308); they were left out when working out the layer's extent and CRS.", n=n_absurd)
        else:
            text = tr("Some features have absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); "
                      "they were left out when working out the layer's extent and CRS.")
        report.warn("geometry", text, count=n_absurd if n_absurd > 0 else None)

    crs, source = _parse_declared(declared, prj_text, report)
    if crs is not None:
        decision = _doctor_declared(crs, source, bounds, report)
    else:
        guess = guess_crs_from_bounds(bounds)
        missing = tr(missing)  # a clause marked with N_() by the caller
        if guess.status == "guessed":
            text = trf("{missing}: {reason} This is a guess, check it.", missing=missing, reason=guess.reason)
        elif bounds is None:
            text = trf("{missing} and there are no usable coordinates to work it out from; set the layer's CRS by "
                       "hand.", missing=missing)
        else:
            text = trf("{missing}. {reason}", missing=missing, reason=guess.reason)
        report.warn("crs", text)
        decision = CrsDecision(guess.crs, guess.status, text)
    report.crs = decision.crs
    report.crs_status = decision.status
    decision.warnings = [m.text for m in report.messages[n_before:] if m.level != "info"]
    return decision


def _doctor_declared(crs: CRS, source: str, bounds: Bounds | None, report: LayerReport) -> CrsDecision:
    stored = _storage_string(crs)
    label = _label(stored)
    by_prj = source == "the .prj file"
    if stored.startswith("EPSG:") and crs_to_string(crs) != stored:
        reason = (trf("The CRS declared by the .prj file is equivalent to {label} and is stored as that code.",
                      label=label) if by_prj else
                  trf("The CRS declared by the file is equivalent to {label} and is stored as that code.", label=label))
    elif stored.startswith("EPSG:"):
        reason = (trf("The CRS declared by the .prj file is {label}.", label=label) if by_prj else
                  trf("The CRS declared by the file is {label}.", label=label))
    else:
        reason = (trf("The CRS declared by the .prj file is {label}; it has no exact EPSG equivalent and is kept as "
                      "WKT2.", label=label) if by_prj else
                  trf("The CRS declared by the file is {label}; it has no exact EPSG equivalent and is kept as WKT2.",
                      label=label))
    report.info("crs", reason)

    suggested: str | None = None
    vn = _vn2000_datum_warning(crs, stored, bounds, "this .prj" if source == "the .prj file" else "this CRS")
    if vn is not None:
        report.warn("crs", vn[0])
        suggested = vn[1]
    if bounds is not None:
        problem = _check_area(crs, stored, bounds)
        if problem is not None:
            guess = guess_crs_from_bounds(bounds)
            if guess.status == "guessed" and guess.crs != stored:
                problem += " " + trf("They look like {label} instead (a guess, check it).", label=_label(guess.crs))
                suggested = suggested or guess.crs
            report.warn("crs", problem)
    return CrsDecision(stored, "declared", reason, suggested=suggested)
