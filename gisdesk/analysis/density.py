"""Kernel density of points to a GeoTIFF, in a CRS in metres (no Qt).

How it works
------------
The points (after filters, the time window and the selection) are reprojected to a CRS in metres
(``base.metric_crs``; the Huế project CRS EPSG:9214 is one) and binned into the cells of a north-up grid
(``np.bincount``); the grid is then convolved with the kernel sampled at the cell centres
(``scipy.signal.fftconvolve``, strip by strip so that progress and Cancel work and memory stays bounded).
The binning is linear: a point is shared among the 4 cell centres around it (bilinear weights), which keeps
the total exactly and makes the surface exact for points on cell centres and within a fraction of a percent of
the exact sum elsewhere when the bandwidth spans several cells (the default cell is a tenth of it).

Kernels (``d`` is the distance from a point, ``h`` the bandwidth):

* quartic (as QGIS's heatmap and ArcGIS's kernel density): ``3 / (pi h^2) * (1 - d^2/h^2)^2`` for ``d < h``,
  0 beyond: a point spreads its weight over a disc of radius ``h``, most at its centre;
* gaussian: ``1 / (2 pi h^2) * exp(-d^2 / (2 h^2))``, ``h`` being the standard deviation, cut at ``4 h``
  (0.03% of the weight lies beyond).

Both integrate to 1, so "density" output (points, or weight, per km²) summed over the raster times the cell
area gives back the number of points (or the weight total), apart from what the Gaussian's cut leaves out.
``scale="raw"`` gives the plain sum of the kernel shape, 1 at a point's own location (QGIS's "raw" heatmap
values).

Default bandwidth: for the quartic kernel, the spatial variant of Silverman's rule of thumb that ArcGIS
uses, ``0.9 * min(SD, sqrt(1/ln 2) * Dm) * n^-0.2`` (SD: standard distance of the points from their mean
centre; Dm: median distance from it; n: number of points; the weights are not used). For the Gaussian kernel,
Scott's rule for two dimensions, ``n^(-1/6) * sqrt((sx^2 + sy^2) / 2)`` (an isotropic version of what
``scipy.stats.gaussian_kde`` uses). Default cell size: a tenth of the bandwidth rounded up to 1, 2, 2.5 or 5
x 10^k m, made coarser when the raster would have more than ``DEFAULT_MAX_CELLS`` cells.

The raster is anchored at multiples of the cell size (two runs line up cell for cell), float32, DEFLATE with
the floating-point predictor, tiled 256 x 256, with overviews when it is large, nodata -9999 (no cell holds
it: a density is 0 or more), written into ``tempfile.mkdtemp(prefix="gisdesk-")``.
"""

from __future__ import annotations

import math
import os
import tempfile
from typing import Any

import numpy as np

from gisdesk.analysis.base import (
    Algorithm,
    AnalysisError,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    choose_metric_crs,
    input_points,
    register,
)
from gisdesk.core.i18n import fmt_num, tr, trf

#: the most cells a raster may have (float32: 4 bytes each; the work copies are float64)
MAX_CELLS = 25_000_000
#: the default cell size is made coarser until the raster has at most this many cells
DEFAULT_MAX_CELLS = 4_000_000
#: the Gaussian kernel is cut at this many bandwidths (standard deviations)
GAUSSIAN_CUT = 4.0
NODATA = -9999.0
#: rows per convolution strip (progress and Cancel between strips)
_STRIP_CELLS = 2_000_000


def display_max(dens: np.ndarray) -> float | None:
    """The top of the colour stretch: the 99th percentile of the cells with any density. Requests crowd in the
    old city, so stretching to the single highest cell would leave every other neighbourhood transparent."""
    positive = dens[np.isfinite(dens) & (dens > 0)]
    if not positive.size:
        return None
    return float(max(np.percentile(positive, 99), positive.max() * 0.05))


def kernel_values(d2: np.ndarray, h: float, kernel: str, output: str) -> np.ndarray:
    """The kernel at squared distances ``d2`` (m²) for bandwidth ``h`` (m): per m² for "density" (integrates
    to 1), the unscaled shape (1 at d = 0) for "raw"."""
    d2 = np.asarray(d2, dtype=np.float64)
    if kernel == "quartic":
        u = d2 / (h * h)
        shape = np.where(u < 1.0, (1.0 - np.minimum(u, 1.0)) ** 2, 0.0)
        scale = 3.0 / (math.pi * h * h)
    elif kernel == "gaussian":
        shape = np.where(d2 <= (GAUSSIAN_CUT * h) ** 2, np.exp(-d2 / (2.0 * h * h)), 0.0)
        scale = 1.0 / (2.0 * math.pi * h * h)
    else:
        raise ValueError(f"unknown kernel {kernel!r}")  # programming error
    return shape * scale if output == "density" else shape


def support_radius(h: float, kernel: str) -> float:
    """How far (m) one point's kernel reaches."""
    return h if kernel == "quartic" else GAUSSIAN_CUT * h


def default_bandwidth(x: np.ndarray, y: np.ndarray, kernel: str) -> tuple[float, str]:
    """(bandwidth in metres, the summary sentence saying what it is and how it was chosen) for projected
    coordinates in metres."""
    n = len(x)
    if kernel == "quartic":
        mx, my = float(np.mean(x)), float(np.mean(y))
        d2 = (x - mx) ** 2 + (y - my) ** 2
        sd = math.sqrt(float(np.mean(d2)))
        dm = float(np.median(np.sqrt(d2)))
        spread = min(sd, math.sqrt(1.0 / math.log(2.0)) * dm)
        h = 0.9 * spread * n ** -0.2
        why = trf("Bandwidth {h}, chosen by Silverman's rule of thumb (the spatial variant ArcGIS uses): 0.9 × "
                  "min(standard distance {sd}, 1.20 × median distance to the mean centre {dm}) × n^-0.2 with n = "
                  "{n:,} points.", h=_m(h), sd=_m(sd), dm=_m(dm), n=n)
    else:
        sx, sy = float(np.std(x)), float(np.std(y))
        spread = math.sqrt((sx * sx + sy * sy) / 2.0)
        h = spread * n ** (-1.0 / 6.0)
        why = trf("Bandwidth {h}, chosen by Scott's rule for two dimensions: n^(-1/6) × the spread of the points "
                  "({spread}, the root mean square of the x and y standard deviations) with n = {n:,} points.",
                  h=_m(h), spread=_m(spread), n=n)
    return h, why


def nice_up(v: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k that is at least ``v``."""
    if not v > 0:
        return 1.0
    e = math.floor(math.log10(v))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0**e >= v * (1 - 1e-12):
            return m * 10.0**e
    return 10.0 ** (e + 1)


def grid_for(bounds: tuple[float, float, float, float], radius: float, cell: float
             ) -> tuple[float, float, int, int]:
    """(west, north, columns, rows) of the grid covering ``bounds`` grown by ``radius``, anchored at multiples
    of ``cell``."""
    x0, y0, x1, y1 = bounds
    west = math.floor((x0 - radius) / cell) * cell
    south = math.floor((y0 - radius) / cell) * cell
    east = math.ceil((x1 + radius) / cell) * cell
    north = math.ceil((y1 + radius) / cell) * cell
    cols = max(1, round((east - west) / cell))
    rows = max(1, round((north - south) / cell))
    return west, north, cols, rows


@register
class KernelDensity(Algorithm):
    id = "kernel_density"
    name = "Kernel density (heat map raster)"
    group = "Hot spots and density"
    time_aware = True
    description = (
        "Turns points (e.g. requests) into a smooth surface showing where they are dense, written as a GeoTIFF "
        "raster in metres. Each point spreads its weight over a circle whose radius is the bandwidth: with a "
        "500 m bandwidth, a request counts fully at its own location, less and less farther away, and not at all "
        "beyond 500 m (quartic kernel, as QGIS's heatmap; the Gaussian kernel's bandwidth is its standard "
        "deviation and it fades out more gently). A larger bandwidth gives a smoother, broader picture; a "
        "smaller one shows individual streets. Values are points per km² (or the weight field's total per km²), "
        "so the raster summed over its area gives back the number of points; \"Raw kernel sum\" gives the plain "
        "sum of kernel values instead (1 at a lone point, as QGIS's raw heatmap). Leave the bandwidth empty to have it chosen from the spread of the points; the "
        "summary says which value was used and why."
    )
    params = (
        Param("points", "layer", "Points", geometry="point", help="The points (e.g. service requests)."),
        Param("weight", "field", "Weight", parent="points", numeric=True, optional=True,
              help="A numeric column giving each point's weight (default: every point counts 1)."),
        Param("bandwidth", "number", "Bandwidth (radius)", optional=True, minimum=1.0, maximum=1_000_000.0, unit="m",
              help="How far each point's weight spreads; empty: chosen from the data by a rule of thumb."),
        Param("cell_size", "number", "Cell size", optional=True, minimum=0.5, maximum=1_000_000.0, unit="m",
              help="The raster's cell size; empty: a tenth of the bandwidth."),
        Param("kernel", "choice", "Kernel", default="quartic",
              choices=(("quartic", "Quartic (as the QGIS heatmap)"), ("gaussian", "Gaussian"))),
        Param("scale", "choice", "Output values", default="density",
              choices=(("density", "Points per km²"), ("raw", "Raw kernel sum"))),
    )

    def run(self, values: dict[str, Any], context: Context, feedback: Feedback) -> Result:
        pts_in: LayerInput = values["points"]
        kernel, output = values["kernel"], values["scale"]
        feedback.progress(0.0, "Reading the points")
        crs, summary = choose_metric_crs(context, [pts_in])  # summary: why a UTM zone, when one is used
        x, y, rows = input_points(pts_in, context, crs=crs)
        w = None
        field = values["weight"]
        if field is not None:
            import pandas as pd

            w = pd.to_numeric(pts_in.layer.attributes[field].iloc[rows], errors="coerce").to_numpy(
                dtype=np.float64, na_value=np.nan)
            ok = np.isfinite(w)
            if (w[ok] < 0).any():
                raise AnalysisError(trf("Kernel density: '{field}' of {layer} has {n:,} negative values; a density "
                                        "needs weights of 0 or more. Filter them out or choose another column.",
                                        field=field, layer=pts_in.name, n=int((w[ok] < 0).sum())))
            if not ok.any():
                raise AnalysisError(trf("Kernel density: no point of {layer} that takes part has a value in "
                                        "'{field}'.", layer=pts_in.name, field=field))
            if not ok.all():
                k = int((~ok).sum())
                summary.append(trf("{n:,} point without a value in '{field}' was left out.", n=k, field=field)
                               if k == 1 else
                               trf("{n:,} points without a value in '{field}' were left out.", n=k, field=field))
            x, y, w = x[ok], y[ok], w[ok]
        n = len(x)
        unit_name = f"{field} per km²" if field else "points per km²"
        total = float(w.sum()) if w is not None else float(n)

        h = values["bandwidth"]
        if h is None:
            if n < 2:
                raise AnalysisError(tr("Kernel density: one point is not enough to choose a bandwidth; give the "
                                       "bandwidth in metres."))
            h, h_line = default_bandwidth(x, y, kernel)
            if not h > 0:
                raise AnalysisError(tr("Kernel density: all the points are at the same place, so no bandwidth can "
                                       "be chosen from their spread; give the bandwidth in metres."))
        else:
            h = float(h)
            h_line = trf("Bandwidth {h} (as given).", h=_m(h))
        radius = support_radius(h, kernel)
        bounds = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))

        cell = values["cell_size"]
        if cell is None:
            cell = nice_up(h / 10.0)
            while True:
                _, _, cols, rws = grid_for(bounds, radius, cell)
                if cols * rws <= DEFAULT_MAX_CELLS:
                    break
                cell = nice_up(cell * 1.01)
            cell_line = trf("Cell size {cell} (a tenth of the bandwidth, or coarser to keep the raster small).",
                            cell=_m(cell))
        else:
            cell = float(cell)
            cell_line = trf("Cell size {cell} (as given).", cell=_m(cell))
        if h < cell:
            raise AnalysisError(trf("Kernel density: the bandwidth ({h}) is smaller than the cell size ({cell}), so "
                                    "each point would fall into a single cell. Use cells of at most {most} or a "
                                    "larger bandwidth.", h=_m(h), cell=_m(cell), most=_m(nice_down(h / 5))))
        west, north, cols, rws = grid_for(bounds, radius, cell)
        if cols * rws > MAX_CELLS:
            need = nice_up(cell * math.sqrt(cols * rws / MAX_CELLS) * 1.02)
            raise AnalysisError(trf("Kernel density: with {cell} cells the raster would be {cols:,} × {rows:,} cells "
                                    "({millions:.0f} million; at most {most:.0f} million are allowed). Choose a cell "
                                    "size of at least {need}, or fewer points (a time window or a filter).",
                                    cell=_m(cell), cols=cols, rows=rws, millions=cols * rws / 1e6,
                                    most=MAX_CELLS / 1e6, need=_m(need)))
        feedback.progress(0.05, "Binning the points")
        grid = bin_points(x, y, w, west, north, cell, cols, rws)
        kern = kernel_grid(h, cell, kernel, output)
        feedback.progress(0.1, "Spreading the points")
        dens = convolve(grid, kern, feedback, progress=(0.1, 0.85))
        if output == "density":
            dens *= 1e6  # per m² -> per km²
        feedback.progress(0.88, "Writing the raster")
        path = write_geotiff(dens, west, north, cell, crs, unit_name if output == "density" else "kernel sum")
        feedback.progress(0.98, "")

        spread = {"field": field, "n": n, "cols": cols, "rows": rws, "crs": _crs_label(crs)}
        if kernel == "quartic":
            head = (trf("Spread {field} of {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} "
                        "cells in {crs}.", **spread) if field else
                    trf("Spread {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} cells in {crs}.",
                        **spread))
        else:
            head = (trf("Spread {field} of {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} "
                        "cells in {crs}.", **spread) if field else
                    trf("Spread {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} cells in "
                        "{crs}.", **spread))
        summary.insert(0, head)
        summary.append(h_line)
        if kernel == "quartic":
            summary.append(trf("Each point spreads its weight over a circle of {h} radius, most at its centre and none "
                               "beyond the circle.", h=_m(h)))
        else:
            summary.append(trf("Each point spreads its weight like a bell of standard deviation {h}: about 39% of it "
                               "within {h}, 86% within {h2}, none beyond {reach}.", h=_m(h), h2=_m(2 * h),
                               reach=_m(radius)))
        summary.append(cell_line)
        if h < 3 * cell:
            summary.append(trf("The bandwidth spans fewer than 3 cells, so the surface is coarse; cells of {cell} "
                               "would show it better.", cell=_m(h / 10)))
        peak = float(dens.max())
        r, c = np.unravel_index(int(np.argmax(dens)), dens.shape)
        px, py = west + (c + 0.5) * cell, north - (r + 0.5) * cell
        if output == "density" and field:
            summary.append(trf("Values are {field} per km²; summed over the raster's area they give back {total} "
                               "(the weight total).", field=field, total=_num(total)))
            summary.append(trf("Highest density: {peak} {field} per km² at x {x:,.0f}, y {y:,.0f}.", peak=_num(peak),
                               field=field, x=px, y=py))
        elif output == "density":
            summary.append(trf("Values are points per km²; summed over the raster's area they give back {total} "
                               "(the number of points).", total=_num(total)))
            summary.append(trf("Highest density: {peak} points per km² at x {x:,.0f}, y {y:,.0f}.", peak=_num(peak),
                               x=px, y=py))
        else:
            summary.append(tr("Values are raw kernel sums: each point adds 1 at its own location, less around it."))
            summary.append(trf("Highest value: {peak} at x {x:,.0f}, y {y:,.0f}.", peak=_num(peak), x=px, y=py))
        style = {"kind": "raster", "ramp": "heat", "min": 0.0, "max": display_max(dens), "bands": [1]}
        return Result(name=trf("Kernel density of {layer}", layer=pts_in.name), raster=path, style=style,
                      summary=summary)


def _num(v: float) -> str:
    """A count or value for people: 1,000,000; 22,140; 12.35; 0.0421 (1.000.000; 12,35 in Vietnamese)."""
    return fmt_num(v, ",.0f") if abs(v) >= 100 or v == int(v) else fmt_num(v, ".4g")


def _crs_label(crs: str) -> str:
    from pyproj import CRS

    c = CRS.from_user_input(crs)
    code = c.to_epsg()
    return f"{c.name} (EPSG:{code})" if code else c.name


def nice_down(v: float) -> float:
    """The largest 1, 2, 2.5 or 5 × 10^k that is at most ``v``."""
    if not v > 0:
        return 1.0
    e = math.floor(math.log10(v))
    for m in (10.0, 5.0, 2.5, 2.0, 1.0):
        if m * 10.0**e <= v * (1 + 1e-12):
            return m * 10.0**e
    return 10.0**e


def _m(v: float) -> str:
    """A distance for people: 287 m, 1.2 km, 12.5 m (1,2 km in Vietnamese)."""
    if v >= 10_000:
        return f"{fmt_num(v / 1000, ',.0f')} km"
    if v >= 1000:
        return f"{fmt_num(v / 1000, ',.3g')} km"
    if v >= 100:
        return f"{fmt_num(v, ',.0f')} m"
    return f"{fmt_num(v, '.3g')} m"


def bin_points(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, west: float, north: float, cell: float,
               cols: int, rows: int) -> np.ndarray:
    """(rows, cols) float64 grid of the points' weight (1 each when ``w`` is None) by linear binning: each point
    is shared among the 4 cell centres around it in proportion to its closeness (bilinear weights), so the total
    is kept exactly, a point on a cell centre goes wholly to that cell, and the surface's error is of the order
    of (cell / bandwidth)² instead of cell / bandwidth for simple binning. Row 0 is the northern edge."""
    u = (np.asarray(x, dtype=np.float64) - west) / cell - 0.5  # in units of cells, 0 at the first centre
    v = (north - np.asarray(y, dtype=np.float64)) / cell - 0.5
    c0 = np.floor(u)
    r0 = np.floor(v)
    fu, fv = u - c0, v - r0
    c0 = c0.astype(np.int64)
    r0 = r0.astype(np.int64)
    wt = np.ones(len(u)) if w is None else np.asarray(w, dtype=np.float64)
    out = np.zeros(rows * cols, dtype=np.float64)
    for dr, dc, share in ((0, 0, (1 - fv) * (1 - fu)), (0, 1, (1 - fv) * fu), (1, 0, fv * (1 - fu)),
                          (1, 1, fv * fu)):
        r = np.clip(r0 + dr, 0, rows - 1)
        c = np.clip(c0 + dc, 0, cols - 1)
        out += np.bincount(r * cols + c, weights=wt * share, minlength=rows * cols)
    return out.reshape(rows, cols)


def kernel_grid(h: float, cell: float, kernel: str, output: str) -> np.ndarray:
    """The kernel sampled at the centres of the cells around a point's cell: (2k+1, 2k+1)."""
    k = math.ceil(support_radius(h, kernel) / cell)
    off = np.arange(-k, k + 1) * cell
    return kernel_values(off[:, None] ** 2 + off[None, :] ** 2, h, kernel, output)


def convolve(grid: np.ndarray, kern: np.ndarray, feedback: Feedback | None = None,
             progress: tuple[float, float] = (0.0, 1.0)) -> np.ndarray:
    """``grid`` convolved with ``kern`` (same shape as ``grid``; what lies beyond the grid is 0), by FFT in
    strips of rows; FFT round-off below 1e-12 of the largest value is set to 0 (the kernel is exactly 0 there
    or too small to matter)."""
    from scipy.signal import fftconvolve

    rows, cols = grid.shape
    k = kern.shape[0] // 2
    padded = np.pad(grid, k)
    out = np.empty((rows, cols), dtype=np.float64)
    strip = max(1, min(rows, _STRIP_CELLS // max(cols + 2 * k, 1)))
    lo, hi = progress
    for start in range(0, rows, strip):
        stop = min(rows, start + strip)
        block = padded[start:stop + 2 * k]
        if block.any():
            out[start:stop] = fftconvolve(block, kern, mode="valid")
        else:
            out[start:stop] = 0.0
        if feedback is not None:
            feedback.progress(lo + (hi - lo) * stop / rows, "Spreading the points")
    top = float(out.max()) if out.size else 0.0
    out[out < top * 1e-12] = 0.0
    return out


def write_geotiff(data: np.ndarray, west: float, north: float, cell: float, crs: str, units: str) -> str:
    """Write ``data`` as a float32 GeoTIFF (DEFLATE, tiled, overviews when large) in a new gisdesk temp folder;
    returns the path."""
    import rasterio
    from rasterio.crs import CRS
    from rasterio.enums import Resampling
    from rasterio.transform import Affine

    folder = tempfile.mkdtemp(prefix="gisdesk-")
    path = os.path.join(folder, "kernel_density.tif")
    rows, cols = data.shape
    profile = {
        "driver": "GTiff", "width": cols, "height": rows, "count": 1, "dtype": "float32",
        "crs": CRS.from_user_input(crs), "transform": Affine(cell, 0.0, west, 0.0, -cell, north),
        "nodata": NODATA, "compress": "deflate", "predictor": 3, "tiled": True,
        "blockxsize": 256, "blockysize": 256, "BIGTIFF": "IF_SAFER",
    }
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data.astype(np.float32), 1)
        ds.set_band_description(1, "kernel density")
        ds.update_tags(1, units=units)
        factors = [f for f in (2, 4, 8, 16, 32, 64) if max(rows, cols) / f >= 256]
        if factors:
            ds.build_overviews(factors, Resampling.average)
            ds.update_tags(ns="rio_overview", resampling="average")
    return path
