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
from gisdesk.core.i18n import N_, tr, trf

#: the statistics offered, in the order they are listed
STATS = ("mean", "min", "max", "count", "sum", "median", "stdev", "majority")
_STAT_WORDS = {
    "mean": N_("mean"), "min": N_("smallest value"), "max": N_("largest value"), "count": N_("number of cells"),
    "sum": N_("sum"), "median": N_("median"), "stdev": N_("standard deviation"), "majority": N_("most common value"),
}


def parse_stats(text: str | None) -> list[str]:
    """The statistics named in ``text`` (commas or spaces between them, any case), in order, without repeats.
    AnalysisError naming the first unknown one, or when none is named."""
    names = [w for w in re.split(r"[\s,;]+", (text or "").strip().lower()) if w]
    if not names:
        raise AnalysisError(trf("Name at least one statistic: {stats}.", stats=", ".join(STATS)))
    out: list[str] = []
    for name in names:
        if name not in STATS:
            raise AnalysisError(trf("'{name}' is not a statistic this tool computes; choose from {stats}.",
                                    name=name, stats=", ".join(STATS)))
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
            raise AnalysisError(trf("Zonal statistics: {raster} is not a raster layer.", raster=raster_in.name))
        if not 1 <= band <= raster.count:
            raise AnalysisError(trf("{raster} has {n} band; there is no band {band}.", raster=raster_in.name,
                                    n=raster.count, band=band) if raster.count == 1 else
                                trf("{raster} has {n} bands; there is no band {band}.", raster=raster_in.name,
                                    n=raster.count, band=band))
        if raster.is_rotated:
            raise AnalysisError(trf("{raster} is rotated (its grid is not aligned with the map axes); zonal statistics "
                                    "need a north-up raster. Warp it to a north-up grid first.",
                                    raster=raster_in.name))

        feedback.progress(0.02, trf("Reading {layer}", layer=polys_in.name))
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
            summary.append(trf("{n:,} invalid polygon of {layer} was repaired before counting.", n=k,
                               layer=polys_in.name) if k == 1 else
                           trf("{n:,} invalid polygons of {layer} were repaired before counting.", n=k,
                               layer=polys_in.name))
        frame = shapely.box(*raster.bounds)
        touches = polygonal & ~shapely.is_empty(zones) & shapely.intersects(zones, frame)
        if not touches.any():
            raise AnalysisError(trf("{layer} and {raster} do not overlap: no polygon lies on the raster. Check that "
                                    "both layers have the right coordinate reference system.", layer=polys_in.name,
                                    raster=raster_in.name))
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
        words = ", ".join(tr(_STAT_WORDS[s]) for s in stats)
        head = {"stats": words[:1].upper() + words[1:], "raster": raster_in.name, "band": band, "n": n,
                "layer": polys_in.name}
        if raster.count > 1:
            line = (trf("{stats} of band {band} of {raster} for {n:,} polygon of {layer}; cells partly inside a "
                        "polygon count by the fraction covered.", **head) if n == 1 else
                    trf("{stats} of band {band} of {raster} for {n:,} polygons of {layer}; cells partly inside a "
                        "polygon count by the fraction covered.", **head))
        else:
            line = (trf("{stats} of {raster} for {n:,} polygon of {layer}; cells partly inside a polygon count by the "
                        "fraction covered.", **head) if n == 1 else
                    trf("{stats} of {raster} for {n:,} polygons of {layer}; cells partly inside a polygon count by "
                        "the fraction covered.", **head))
        summary.insert(0, line)
        not_polygons = int((~polygonal | shapely.is_empty(zones)).sum())
        if not_polygons:
            k = not_polygons
            summary.append(trf("{n:,} feature of {layer} is not a polygon: no statistics.", n=k, layer=polys_in.name)
                           if k == 1 else
                           trf("{n:,} features of {layer} are not polygons: no statistics.", n=k,
                               layer=polys_in.name))
        outside = int((~touches).sum()) - not_polygons
        if outside:
            summary.append(trf("{n:,} polygon lies wholly outside the raster: its statistics are empty.", n=outside)
                           if outside == 1 else
                           trf("{n:,} polygons lie wholly outside the raster: their statistics are empty.",
                               n=outside))
        if partial.any():
            k = int(partial.sum())
            summary.append(trf("{n:,} polygon lies partly outside the raster: only the part on the raster was "
                               "counted.", n=k) if k == 1 else
                           trf("{n:,} polygons lie partly outside the raster: only the part on the raster was "
                               "counted.", n=k))
        no_data = touches & (values_out["__cells"] == 0)
        if no_data.any():
            k = int(no_data.sum())
            if raster.nodata is None:
                summary.append(trf("{n:,} polygon covers only cells without data (nodata): its statistics are "
                                   "empty.", n=k) if k == 1 else
                               trf("{n:,} polygons cover only cells without data (nodata): their statistics are "
                                   "empty.", n=k))
            else:
                summary.append(trf("{n:,} polygon covers only cells without data (nodata = {nodata:g}): its "
                                   "statistics are empty.", n=k, nodata=raster.nodata) if k == 1 else
                               trf("{n:,} polygons cover only cells without data (nodata = {nodata:g}): their "
                                   "statistics are empty.", n=k, nodata=raster.nodata))
        if left_out:
            summary.append(trf("{n:,} feature of {layer} without a geometry was left out.", n=left_out,
                               layer=polys_in.name) if left_out == 1 else
                           trf("{n:,} features of {layer} without a geometry were left out.", n=left_out,
                               layer=polys_in.name))
        style = graduated_style(out, columns[0], ramp="YlGnBu", method="natural_breaks") if context.styles else None
        return Result(name=trf("{raster} per {layer}", raster=raster_in.name, layer=polys_in.name), layer=out,
                      style=style, summary=summary)


def _zones_in_raster_crs(gdf: Any, raster: Any, raster_name: str, polys_name: str, summary: list[str]) -> np.ndarray:
    from pyproj import CRS

    from gisdesk.core.crs import crs_label

    rcrs, pcrs = raster.crs, gdf.crs
    if rcrs is None and pcrs is None:
        summary.append(trf("Neither {raster} nor {layer} has a coordinate reference system; their coordinates were "
                           "taken to be in the same system.", raster=raster_name, layer=polys_name))
        return np.asarray(gdf.geometry.values, dtype=object)
    if rcrs is None:
        raise AnalysisError(trf("{raster} has no coordinate reference system, so the polygons cannot be placed on "
                                "it. Set the raster's CRS (Layer properties) first.", raster=raster_name))
    if pcrs is None:
        raise AnalysisError(trf("{layer} has no coordinate reference system, so it cannot be placed on the raster. "
                                "Set its CRS (Layer properties) first.", layer=polys_name))
    if CRS.from_user_input(rcrs) == CRS.from_user_input(pcrs):
        return np.asarray(gdf.geometry.values, dtype=object)
    summary.append(trf("The polygons were reprojected from {crs} to the raster's CRS, {raster_crs}.",
                       crs=crs_label(pcrs), raster_crs=crs_label(rcrs)))
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
        raise AnalysisError(trf("{raster} is stored upside down (its rows run from south to north) and is too large "
                                "to turn around here; warp it to a north-up grid first.", raster=name))
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
            feedback.progress(0.05 + 0.9 * fraction, trf("Zonal statistics of {raster}", raster=name))

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
        raise AnalysisError(trf("Reading the raster {raster} failed ({problem}); the file may be damaged.",
                                raster=name, problem=str(exc))) from exc
    except RuntimeError as exc:
        raise AnalysisError(trf("Zonal statistics of {raster} failed: {problem}.", raster=name,
                                problem=str(exc))) from exc
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
