"""Zonal statistics: the cells of a raster summarised per polygon, e.g. flood depth per ward (no Qt).

exactextract does the counting: it computes the fraction of each cell a polygon covers and weights the cell
by it, so a small ward is not over- or under-counted by cells that straddle its edge (a cell-centre mask would
count such a cell fully or not at all). The polygons are reprojected to the raster's CRS, the raster's nodata
cells are left out, and polygons outside the raster get empty statistics.
"""

from __future__ import annotations

import re
import time
from typing import Any

import numpy as np
import shapely

from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    input_frame,
    input_rows,
    register,
)

#: the statistics offered, in the order they are listed
STATS = ("mean", "min", "max", "count", "sum", "median", "stdev", "majority")
_STAT_WORDS = {
    "mean": "mean", "min": "smallest value", "max": "largest value", "count": "number of cells",
    "sum": "sum", "median": "median", "stdev": "standard deviation", "majority": "most common value",
}


def parse_stats(text: str | None) -> list[str]:
    """The statistics named in ``text`` (commas or spaces between them, any case), in order, without repeats.
    AnalysisError naming the first unknown one, or when none is named."""
    names = [w for w in re.split(r"[\s,;]+", (text or "").strip().lower()) if w]
    if not names:
        raise AnalysisError(f"Name at least one statistic: {', '.join(STATS)}.")
    out: list[str] = []
    for name in names:
        if name not in STATS:
            raise AnalysisError(f"'{name}' is not a statistic this tool computes; choose from {', '.join(STATS)}.")
        if name not in out:
            out.append(name)
    return out


@register
class ZonalStatistics(Algorithm):
    id = "zonal_statistics"
    name = "Zonal statistics"
    group = "Rasters"
    description = (
        "Summarises the cells of a raster inside each polygon, e.g. the mean and largest flood depth per ward. "
        "A cell that a polygon only partly covers counts by the fraction covered (exactextract), so 'count' "
        "is the number of cells covered and may be fractional, and the mean, median and standard deviation are "
        "weighted by coverage. Cells without data (the raster's nodata) are left out. The polygons are "
        "reprojected to the raster's CRS; polygons outside the raster get empty statistics. The new layer "
        "holds the polygons with one column zonal_<statistic> per statistic, in the raster's units."
    )
    params = (
        Param("raster", "raster", "Raster", help="The raster to summarise, e.g. a flood depth grid."),
        Param("polygons", "layer", "Polygons", geometry="polygon", help="The zones, e.g. wards."),
        Param("stats", "text", "Statistics", default="mean,min,max,count",
              help="Comma-separated, any of: " + ", ".join(STATS) + "."),
        Param("band", "integer", "Band", default=1, minimum=1),
    )
    time_aware = False

    def run(self, values: Any, context: Context, feedback: Feedback) -> Result:
        raster_in: LayerInput = values["raster"]
        polys_in: LayerInput = values["polygons"]
        stats = parse_stats(values.get("stats"))
        band = int(values.get("band") or 1)
        raster = raster_in.layer
        if not all(hasattr(raster, a) for a in ("count", "transform", "source", "is_rotated")):
            raise AnalysisError(f"Zonal statistics: {raster_in.name} is not a raster layer.")
        if not 1 <= band <= raster.count:
            raise AnalysisError(f"{raster_in.name} has {raster.count} band{'s' if raster.count != 1 else ''}; "
                                f"there is no band {band}.")
        if raster.is_rotated:
            raise AnalysisError(f"{raster_in.name} is rotated (its grid is not aligned with the map axes); "
                                "zonal statistics need a north-up raster. Warp it to a north-up grid first.")

        feedback.progress(0.02, f"Reading {polys_in.name}")
        gdf = input_frame(polys_in, context, time_aware=False)
        left_out = len(input_rows(polys_in, context, time_aware=False)) - len(gdf)
        summary: list[str] = []
        zones = _zones_in_raster_crs(gdf, raster, raster_in.name, polys_in.name, summary)

        polygonal = np.isin(shapely.get_type_id(zones), (3, 6))
        invalid = polygonal & ~shapely.is_valid(zones)
        if invalid.any():
            zones = zones.copy()
            zones[invalid] = _polygonal(shapely.make_valid(zones[invalid]))
            k = int(invalid.sum())
            summary.append(f"{k:,} invalid polygon{'s' if k != 1 else ''} of {polys_in.name} "
                           f"{'were' if k != 1 else 'was'} repaired before counting.")
        frame = shapely.box(*raster.bounds)
        touches = polygonal & ~shapely.is_empty(zones) & shapely.intersects(zones, frame)
        if not touches.any():
            raise AnalysisError(f"{polys_in.name} and {raster_in.name} do not overlap: no polygon lies on the "
                                "raster. Check that both layers have the right coordinate reference system.")
        partial = touches & ~shapely.covered_by(zones, frame)

        values_out = _extract(raster, band, zones, np.flatnonzero(touches), stats, raster_in.name, feedback)
        feedback.progress(0.96, "Making the new layer")
        from gisdesk.analysis.proximity import _free_name, graduated_style, rows_frame

        out = rows_frame(polys_in.layer, gdf["__row"].to_numpy())  # the polygons as they are, in their CRS

        columns = []
        for stat in stats:
            col = _free_name(out.columns, f"zonal_{stat}")
            out[col] = values_out[stat]
            columns.append(col)

        n = len(out)
        unit = f"band {band} of {raster_in.name}" if raster.count > 1 else raster_in.name
        words = ", ".join(_STAT_WORDS[s] for s in stats).capitalize()
        summary.insert(0, f"{words} of {unit} for {n:,} polygon{'s' if n != 1 else ''} of {polys_in.name}; cells "
                          "partly inside a polygon count by the fraction covered.")
        not_polygons = int((~polygonal | shapely.is_empty(zones)).sum())
        if not_polygons:
            summary.append(f"{not_polygons:,} feature{'s' if not_polygons != 1 else ''} of {polys_in.name} "
                           f"{'are not polygons' if not_polygons != 1 else 'is not a polygon'}: no statistics.")
        outside = int((~touches).sum()) - not_polygons
        if outside:
            summary.append(f"{outside:,} polygon{'s lie' if outside != 1 else ' lies'} wholly outside the raster: "
                           f"{'their' if outside != 1 else 'its'} statistics are empty.")
        if partial.any():
            k = int(partial.sum())
            summary.append(f"{k:,} polygon{'s lie' if k != 1 else ' lies'} partly outside the raster: only the "
                           "part on the raster was counted.")
        no_data = touches & (values_out["__cells"] == 0)
        if no_data.any():
            k = int(no_data.sum())
            summary.append(f"{k:,} polygon{'s cover' if k != 1 else ' covers'} only cells without data "
                           f"(nodata{'' if raster.nodata is None else f' = {raster.nodata:g}'}): "
                           f"{'their' if k != 1 else 'its'} statistics are empty.")
        if left_out:
            summary.append(f"{left_out:,} features of {polys_in.name} without a geometry were left out.")
        style = graduated_style(out, columns[0], ramp="YlGnBu", method="natural_breaks") if context.styles else None
        return Result(name=f"{raster_in.name} per {polys_in.name}", layer=out, style=style, summary=summary)


def _zones_in_raster_crs(gdf: Any, raster: Any, raster_name: str, polys_name: str, summary: list[str]) -> np.ndarray:
    from pyproj import CRS

    from gisdesk.core.crs import crs_label

    rcrs, pcrs = raster.crs, gdf.crs
    if rcrs is None and pcrs is None:
        summary.append(f"Neither {raster_name} nor {polys_name} has a coordinate reference system; their "
                       "coordinates were taken to be in the same system.")
        return np.asarray(gdf.geometry.values, dtype=object)
    if rcrs is None:
        raise AnalysisError(f"{raster_name} has no coordinate reference system, so the polygons cannot be placed "
                            "on it. Set the raster's CRS (Layer properties) first.")
    if pcrs is None:
        raise AnalysisError(f"{polys_name} has no coordinate reference system, so it cannot be placed on the "
                            "raster. Set its CRS (Layer properties) first.")
    if CRS.from_user_input(rcrs) == CRS.from_user_input(pcrs):
        return np.asarray(gdf.geometry.values, dtype=object)
    summary.append(f"The polygons were reprojected from {crs_label(pcrs)} to the raster's CRS, {crs_label(rcrs)}.")
    return np.asarray(gdf.geometry.to_crs(rcrs).values, dtype=object)


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """The polygonal part of each geometry (make_valid may add lines or points along collapsed edges)."""
    out = np.empty(len(geoms), dtype=object)
    for i, g in enumerate(geoms):  # only the (few) repaired polygons
        if shapely.get_type_id(g) == 7:
            parts = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) in (3, 6)]
            g = shapely.union_all(parts) if parts else shapely.Polygon()
        out[i] = g
    return out


#: the largest raster (cells) read whole to turn it north-up
MAX_FLIPPED_CELLS = 100_000_000


def _flipped(ds: Any, band: int, name: str) -> Any:
    """A north-up exactextract source for a raster whose rows run northwards (or columns westwards)."""
    from exactextract.raster import NumPyRasterSource

    if ds.width * ds.height > MAX_FLIPPED_CELLS:
        raise AnalysisError(f"{name} is stored upside down (its rows run from south to north) and is too large "
                            "to turn around here; warp it to a north-up grid first.")
    data = ds.read(band, masked=True)
    scale, offset = ds.scales[band - 1], ds.offsets[band - 1]
    if scale != 1.0 or offset != 0.0:
        data = data.astype(np.float64) * scale + offset
    t = ds.transform
    if t.e > 0:
        data = data[::-1]
    if t.a < 0:
        data = data[:, ::-1]
    xs = (t.c, t.c + t.a * ds.width)
    ys = (t.f, t.f + t.e * ds.height)
    return NumPyRasterSource(data, min(xs), min(ys), max(xs), max(ys))


def _extract(raster: Any, band: int, zones: np.ndarray, which: np.ndarray, stats: list[str], name: str,
             feedback: Feedback) -> dict[str, np.ndarray]:
    """exactextract's statistics of ``zones[which]``; NaN for the other zones and, except count, for zones
    without a cell with data. ``__cells`` holds the coverage-weighted number of cells with data."""
    import rasterio
    from exactextract import exact_extract
    from exactextract.feature import JSONFeatureSource
    from exactextract.raster import RasterioRasterSource
    from rasterio.errors import RasterioError

    n = len(zones)
    out = {s: np.full(n, np.nan) for s in stats}
    out["__cells"] = np.full(n, np.nan)
    features = [{"type": "Feature", "properties": {"zone": int(i)}, "geometry": shapely.geometry.mapping(zones[i])}
                for i in which]
    # exactextract's median interpolates between the distinct values, each weighted by its total coverage, so
    # a ward two-thirds dry (depth 0) gets a median above 0; the median here is computed from the cells instead
    ops = list(dict.fromkeys([s for s in stats if s != "median"] + ["count"]
                             + (["values", "coverage"] if "median" in stats else [])))
    last = [0.0]

    def progress(fraction: float, _message: str) -> None:
        feedback.check()
        now = time.monotonic()
        if now - last[0] > 0.1:
            last[0] = now
            feedback.progress(0.05 + 0.9 * fraction, f"Zonal statistics of {name}")

    try:
        with rasterio.open(raster.source) as ds:
            t = ds.transform
            if t.a > 0 and t.e < 0:  # north-up: exactextract reads the blocks it needs
                source = RasterioRasterSource(ds, band)
            else:  # rows running north or columns running west: read the band and turn it north-up
                source = _flipped(ds, band, name)
            table = exact_extract(source, JSONFeatureSource(features), ops,
                                  include_cols=["zone"], output="pandas", progress=progress)
    except RasterioError as exc:
        raise AnalysisError(f"Reading the raster {name} failed ({exc}); the file may be damaged.") from exc
    except RuntimeError as exc:
        raise AnalysisError(f"Zonal statistics of {name} failed: {exc}.") from exc
    zone = table["zone"].to_numpy(dtype=np.int64)
    cells = table["count"].to_numpy(dtype=np.float64)
    out["__cells"][zone] = cells
    empty = cells == 0
    for s in stats:
        if s == "median":
            out[s][zone] = weighted_median(table["values"].to_numpy(), table["coverage"].to_numpy())
            continue
        v = table[s].to_numpy(dtype=np.float64, na_value=np.nan)
        if s != "count":
            v = np.where(empty, np.nan, v)
        out[s][zone] = v
    return out


def weighted_median(values: Any, weights: Any) -> np.ndarray:
    """For each zone (one array of cell values and one of the fractions covered), the coverage-weighted median:
    the smallest value at which the cumulative weight reaches half the total, or the mean of it and the next
    value when the weight there is exactly half (so equal weights give numpy's median). NaN for an empty zone."""
    sizes = np.fromiter((len(v) for v in values), dtype=np.int64, count=len(values))
    out = np.full(len(values), np.nan)
    if not sizes.sum():
        return out
    zone = np.repeat(np.arange(len(values)), sizes)
    v = np.concatenate([np.asarray(a, dtype=np.float64) for a in values])
    w = np.concatenate([np.asarray(a, dtype=np.float64) for a in weights])
    ok = np.isfinite(v) & (w > 0)
    zone, v, w = zone[ok], v[ok], w[ok]
    if not len(v):
        return out
    order = np.lexsort((v, zone))
    zone, v, w = zone[order], v[order], w[order]
    total = np.bincount(zone, weights=w, minlength=len(values))
    start = np.searchsorted(zone, np.arange(len(values)))
    cum = np.cumsum(w)
    before = np.concatenate([[0.0], cum])[start]  # the weight of the zones sorted before each zone
    within = cum - before[zone]
    half = total[zone] / 2
    tol = 1e-9 * total[zone]
    idx = np.flatnonzero(within >= half - tol)  # the cumulative weight only grows within a zone:
    idx = idx[np.r_[True, zone[idx][1:] != zone[idx][:-1]]]  # the first cell of each zone reaching half
    z = zone[idx]
    med = v[idx]
    nxt = np.minimum(idx + 1, len(v) - 1)
    exact = (np.abs(within[idx] - half[idx]) <= tol[idx]) & (zone[nxt] == z) & (nxt != idx)
    med = np.where(exact, (med + v[nxt]) / 2, med)
    out[z] = med
    return out
