"""Hot spots: Getis-Ord Gi* of point counts on a hexagon grid, a square grid or the polygons of a layer (no Qt).

How it works
------------
1. The points (after filters, the time window and the selection) are counted per unit, or a numeric field is
   summed per unit (``weight``).

   * Grids are built in a CRS in metres (``base.metric_crs``), anchored at that CRS's origin so that two runs
     (e.g. two time windows) use the very same cells. ``cell_size`` is the distance between the centres of
     neighbouring cells: the side of a square, the width across the flat sides of a hexagon (pointy-top
     hexagons). A point's cell comes from its x/y arithmetically (floor for squares, cube rounding for
     hexagons): no geometry test per point.
   * Polygon units (e.g. wards) get their points through ``overlay.assign_points`` (a point on a shared edge
     counts once, in the lowest-numbered polygon).

2. Which grid cells take part (``empty_cells``): by default the cells holding at least one point plus the
   ring of cells touching them ("ring"). Far-away empty cells (the sea, the mountains, the ring of nothing
   around a bounding box) would otherwise dominate the average the statistic compares with, and make every
   populated cell look hot; the ring keeps empty neighbours so the edge of a cluster is seen, and every cell
   that takes part has at least one neighbour. "all" keeps every cell over the points' extent (bounded by
   ``MAX_CELLS``), as a fishnet over a study area would.

3. Neighbours: grids use the contiguity of the lattice (a hexagon and the 6 hexagons sharing an edge; a
   square and the 8 squares sharing an edge or a corner, "queen"), looked up arithmetically. Polygons are
   neighbours when they touch, overlap or lie within ``CONTIGUITY_TOLERANCE`` (1 m) of each other, measured
   in metres (``libpysal.graph.Graph.build_fuzzy_contiguity``): queen contiguity that survives real boundary
   files, whose neighbours rarely share vertices exactly (vertex-based queen contiguity leaves 68 of the 263
   NYC ZIP-code polygons unconnected, shapely's strict "touches" 4 of Huế's 152 GADM communes, which overlap
   slightly). A polygon touching no other ("island") is linked to its nearest polygon (by distance between the
   shapes, in metres) so that it takes part; the summary names them. Weights are binary and, as Gi* (star)
   requires, include the unit itself.

4. Statistic: ``esda.G_Local(y, w, transform="B", star=True)`` gives Gi* and its z-score (``gi_z``, the same
   number ArcGIS's "Hot Spot Analysis" reports as GiZScore).

5. Significance (``p_value``): with ``permutations`` > 0 it is a pseudo p-value by conditional randomisation,
   exactly esda's procedure (the same permutation draws for the same seed, the same statistic, the same
   "directed" count), vectorised over blocks of units so that progress and Cancel work, and then made
   two-sided (doubled, capped at 1; esda documents the directed p-value as half the two-sided one). The seed
   is fixed (``SEED``): the same input gives the same answer. With ``permutations`` = 0 the p-value is the
   two-sided normal approximation of ``gi_z`` (ArcGIS's GiPValue).
   Conditional randomisation keeps each unit's own value where it is and shuffles the others around it, so it
   asks whether the neighbourhood is unusually high or low given the unit: one very busy cell among ordinary
   neighbours gets a large ``gi_z`` but may reach only 95%; a cluster spanning a few cells reaches 99%.

6. Classes (``hotspot_class``, ``gi_bin`` -3..3 as ArcGIS's Gi_Bin): p <= 0.01 -> 99% confidence, <= 0.05 ->
   95%, <= 0.10 -> 90%; hot when ``gi_z`` > 0, cold when < 0; otherwise "Not significant". No correction for
   multiple testing is applied (the summary says what that means).

esda and libpysal take seconds to import: they are imported inside ``run``.
"""

from __future__ import annotations

import math
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
    check_overlap,
    choose_metric_crs,
    input_frame,
    input_points,
    metric_crs,
    register,
)
from gisdesk.core.i18n import N_, tr, trf

#: the fixed seed of the permutations (reproducible results)
SEED = 12345
#: the most grid cells a run may test (conditional randomisation costs ~ cells x permutations x neighbours)
MAX_CELLS = 100_000
#: polygons closer than this (metres) are neighbours: real boundary files rarely share vertices exactly
CONTIGUITY_TOLERANCE = 1.0
#: fewer units than this: Gi* is computed but the summary says it is unreliable
FEW_UNITS = 30
#: units per block of the permutation test: the in-block corrections grow with it, the per-block overhead shrinks
_BLOCK_UNITS = 256

SQRT3 = math.sqrt(3.0)

#: (gi_bin, label, fill colour RGBA) in legend order; ColorBrewer RdBu, light grey for "not significant"
HOTSPOT_CLASSES: tuple[tuple[int, str, tuple[int, int, int, int]], ...] = (
    (3, N_("Hot spot, 99% confidence"), (178, 24, 43, 220)),
    (2, N_("Hot spot, 95% confidence"), (239, 138, 98, 220)),
    (1, N_("Hot spot, 90% confidence"), (253, 219, 199, 220)),
    (0, N_("Not significant"), (217, 217, 217, 110)),
    (-1, N_("Cold spot, 90% confidence"), (209, 229, 240, 220)),
    (-2, N_("Cold spot, 95% confidence"), (103, 169, 207, 220)),
    (-3, N_("Cold spot, 99% confidence"), (33, 102, 172, 220)),
)
#: the values of ``hotspot_class`` (data: always English; the legend shows them translated)
CLASS_LABELS: dict[int, str] = {b: label for b, label, _ in HOTSPOT_CLASSES}

#: what the areas tested are, in the plural (a noun placed in the sentences of the summary and errors)
_UNIT_WORDS = {"hexagons": N_("hexagon cells"), "squares": N_("square cells"), "polygons": N_("polygons")}


def hotspot_style(stroke: tuple[int, int, int, int] = (110, 110, 110, 140), stroke_width: float = 0.2
                  ) -> dict[str, Any]:
    """The fixed categorized style on ``hotspot_class``: reds for hot, blues for cold, light grey otherwise."""
    cats = [{"value": label, "label": tr(label),
             "symbol": {"kind": "single", "fill": list(fill), "stroke": list(stroke),
                        "stroke_width": stroke_width, "size": 3.0}}
            for _, label, fill in HOTSPOT_CLASSES]
    return {"kind": "categorized", "column": "hotspot_class", "categories": cats, "other": None}


@register
class HotSpots(Algorithm):
    id = "hotspots"
    name = "Hot spots (Getis-Ord Gi*)"
    group = "Hot spots and density"
    time_aware = True
    description = (
        "Finds where points (e.g. requests) cluster more than chance would give (hot spots) and where there are "
        "fewer than expected (cold spots). The points are counted on a grid of hexagons or squares, or in the "
        "polygons of a layer such as the wards; each area's count together with its neighbours' is compared with "
        "the whole map (the Getis-Ord Gi* statistic). The result colours each area by confidence, from "
        "\"Hot spot, 99% confidence\" to \"Cold spot, 99% confidence\"; gi_z is the z-score and p_value the "
        "chance of a pattern this strong arising at random (from 999 random rearrangements by default). The cell "
        "size is in metres: the distance between the centres of neighbouring cells."
    )
    params = (
        Param("points", "layer", "Points", geometry="point", help="The points to count (e.g. service requests)."),
        Param("weight", "field", "Value to sum", parent="points", numeric=True, optional=True,
              help="Sum this numeric column per area instead of counting points (values must be 0 or more)."),
        Param("units", "choice", "Areas", default="hexagons",
              choices=(("hexagons", "Hexagon grid"), ("squares", "Square grid"),
                       ("polygons", "Polygons of a layer (e.g. wards)")),
              help="What the points are counted in."),
        Param("cell_size", "number", "Cell size", default=500.0, minimum=10.0, maximum=100_000.0, unit="m",
              help="For grids: the distance between the centres of neighbouring cells (a 500 m hexagon covers "
                   "0.22 km²)."),
        Param("polygons", "layer", "Polygon layer", geometry="polygon", optional=True,
              help="Needed when the areas are the polygons of a layer."),
        Param("empty_cells", "choice", "Empty grid cells", default="ring",
              choices=(("ring", "Keep those next to cells with points"),
                       ("all", "Keep every cell over the points' extent")),
              help="Which empty cells of a grid take part."),
        Param("permutations", "integer", "Permutations", default=999, minimum=0, maximum=99_999,
              help="Random rearrangements used for the p-values; 0 uses the normal approximation."),
    )

    def run(self, values: dict[str, Any], context: Context, feedback: Feedback) -> Result:
        units = values["units"]
        pts_in: LayerInput = values["points"]
        poly_in: LayerInput | None = values["polygons"]
        if units == "polygons" and poly_in is None:
            raise AnalysisError(tr("Hot spots: the areas are set to 'Polygons of a layer', but no polygon layer "
                                   "was chosen; choose one (e.g. the wards) or use a hexagon or square grid."))
        summary: list[str] = []
        feedback.progress(0.0, "Reading the points")

        if units == "polygons":
            assert poly_in is not None
            polys = input_frame(poly_in, context, time_aware=True)
            x, y, rows = input_points(pts_in, context, crs=polys.crs)
        else:
            crs, crs_notes = choose_metric_crs(context, [pts_in])
            summary.extend(crs_notes)
            x, y, rows = input_points(pts_in, context, crs=crs)
        x, y, w, n_dropped = _weights(pts_in, values["weight"], x, y, rows)
        if n_dropped:
            summary.append(trf("{n:,} point without a value in '{field}' was left out.", n=n_dropped,
                               field=values["weight"]) if n_dropped == 1 else
                           trf("{n:,} points without a value in '{field}' were left out.", n=n_dropped,
                               field=values["weight"]))
        feedback.progress(0.05, "Counting the points")

        if units == "polygons":
            assert poly_in is not None
            check_overlap((float(x.min()), float(y.min()), float(x.max()), float(y.max())),
                          tuple(polys.total_bounds), pts_in.name, poly_in.name)
            layer, counts, sums, adj, notes = _polygon_units(x, y, w, polys, poly_in, context)
            out_crs = polys.crs
            stroke: tuple[int, int, int, int] = (90, 90, 90, 200)
            stroke_width = 0.3
        else:
            size = float(values["cell_size"])
            layer, counts, sums, adj, notes = _grid_units(x, y, w, units, size, values["empty_cells"], feedback)
            out_crs = crs
            stroke, stroke_width = (110, 110, 110, 140), 0.2
        summary.extend(notes)
        feedback.progress(0.25, "Testing for hot spots")

        value = sums if sums is not None else counts.astype(np.float64)
        _check_values(value, values["weight"] if sums is not None else None, units)
        gi_z, p_value, p_note = gi_star(value, adj, values["permutations"], feedback=feedback,
                                        progress=(0.3, 0.95))
        gi_bin = classify(gi_z, p_value)

        import geopandas as gpd

        out = layer.copy() if isinstance(layer, gpd.GeoDataFrame) else None
        cols = {"count": counts.astype(np.int64)}
        if sums is not None:
            cols["sum"] = sums
        cols.update(gi_z=gi_z, p_value=p_value, gi_bin=gi_bin.astype(np.int8),
                    hotspot_class=np.array([CLASS_LABELS[b] for b in range(-3, 4)], dtype=object)[gi_bin + 3])
        if out is None:
            out = gpd.GeoDataFrame(cols, geometry=layer, crs=out_crs)
        else:
            clash = [c for c in cols if c in out.columns]
            if clash:
                summary.append(trf("The polygons' own column(s) {columns} were replaced by the result's.",
                                   columns=", ".join(repr(c) for c in clash)))
            for k, v in cols.items():
                out[k] = v
            geom = out.geometry.name
            out = out[[c for c in out.columns if c != geom] + [geom]]

        summary.append(p_note)
        summary.append(_result_line(gi_bin, units))
        if len(value) < FEW_UNITS:
            summary.append(trf("Only {n} areas were tested; Gi* results are unreliable with fewer than about "
                               "{few}.", n=len(value), few=FEW_UNITS))
        if values["permutations"] and 2 / (values["permutations"] + 1) > 0.01:
            summary.append(trf("With {n} permutations the smallest possible p-value is {p:.3f}, so no area can "
                               "reach 99% confidence; use 999.", n=values["permutations"],
                               p=2 / (values["permutations"] + 1)))
        summary.append(tr("No correction for testing many areas at once is applied: about 1 area in 10 can reach "
                          "90% confidence by chance alone, so trust the 99% class most."))
        style = hotspot_style(stroke, stroke_width)
        return Result(name=trf("Hot spots of {layer}", layer=pts_in.name), layer=out, style=style, summary=summary)


# -- inputs ---------------------------------------------------------------------------------------------------
def _weights(li: LayerInput, field: str | None, x: np.ndarray, y: np.ndarray, rows: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, int]:
    """The weight of each point (None when counting); points without a value are left out."""
    if field is None:
        return x, y, None, 0
    import pandas as pd

    w = pd.to_numeric(li.layer.attributes[field].iloc[rows], errors="coerce").to_numpy(dtype=np.float64,
                                                                                        na_value=np.nan)
    ok = np.isfinite(w)
    if (w[ok] < 0).any():
        raise AnalysisError(trf("Hot spots: '{field}' of {layer} has {n:,} negative values; Gi* needs values of 0 "
                                "or more. Filter them out or choose another column.", field=field, layer=li.name,
                                n=int((w[ok] < 0).sum())))
    n_bad = int((~ok).sum())
    if n_bad == len(w):
        raise AnalysisError(trf("Hot spots: no point of {layer} that takes part has a value in '{field}'.",
                                layer=li.name, field=field))
    return x[ok], y[ok], w[ok], n_bad


def _check_values(value: np.ndarray, field: str | None, units: str) -> None:
    """AnalysisError when the values (the sum of ``field`` per area, or the number of points when None) cannot
    show a pattern."""
    words = tr(_UNIT_WORDS[units])
    n = len(value)
    if n < 3:
        raise AnalysisError(trf("Hot spots: only {n} {units} take part; at least 3 are needed (30 or more for a "
                                "reliable answer). Use a smaller cell size or more points.", n=n, units=words))
    total = float(value.sum())
    if total <= 0:
        if field is None:
            raise AnalysisError(trf("Hot spots: the number of points is 0 in every one of the {n:,} {units}, so "
                                    "there is no pattern to test. Check the time window, the filters and the chosen "
                                    "column.", n=n, units=words))
        raise AnalysisError(trf("Hot spots: the sum of '{field}' is 0 in every one of the {n:,} {units}, so there "
                                "is no pattern to test. Check the time window, the filters and the chosen column.",
                                field=field, n=n, units=words))
    if float(np.ptp(value)) == 0.0:
        if field is None:
            raise AnalysisError(trf("Hot spots: the number of points is the same ({value:g}) in all {n:,} {units}, "
                                    "so there is no pattern to test. Use smaller cells or another unit.",
                                    value=value[0], n=n, units=words))
        raise AnalysisError(trf("Hot spots: the sum of '{field}' is the same ({value:g}) in all {n:,} {units}, so "
                                "there is no pattern to test. Use smaller cells or another unit.", field=field,
                                value=value[0], n=n, units=words))


# -- grids ----------------------------------------------------------------------------------------------------
HEX_NEIGHBOURS = np.array([(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)], dtype=np.int64)
SQUARE_NEIGHBOURS = np.array([(di, dj) for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di, dj) != (0, 0)],
                             dtype=np.int64)


def hex_cell(x: np.ndarray, y: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """Axial (q, r) of the pointy-top hexagon holding each point; hexagon centres sit at
    ``(size * (q + r / 2), size * sqrt(3) / 2 * r)``, ``size`` being the distance between neighbouring centres."""
    rf = np.asarray(y, dtype=np.float64) / (size * SQRT3 / 2.0)
    qf = np.asarray(x, dtype=np.float64) / size - rf / 2.0
    sf = -qf - rf
    q, r, s = np.rint(qf), np.rint(rf), np.rint(sf)
    dq, dr, ds = np.abs(q - qf), np.abs(r - rf), np.abs(s - sf)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    return q.astype(np.int64), r.astype(np.int64)


def hex_centres(q: np.ndarray, r: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    return size * (q + r / 2.0), size * SQRT3 / 2.0 * r


def hex_polygons(q: np.ndarray, r: np.ndarray, size: float) -> np.ndarray:
    """Shapely hexagons (pointy-top, circumradius size/sqrt(3)) for axial cells, built in one array call."""
    import shapely

    cx, cy = hex_centres(q, r, size)
    ang = np.deg2rad(np.array([30.0, 90.0, 150.0, 210.0, 270.0, 330.0, 30.0]))
    rad = size / SQRT3
    coords = np.stack([cx[:, None] + rad * np.cos(ang), cy[:, None] + rad * np.sin(ang)], axis=-1)
    return shapely.polygons(coords)


def square_cell(x: np.ndarray, y: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) of the square holding each point: the square [i*size, (i+1)*size) x [j*size, (j+1)*size)."""
    return (np.floor(np.asarray(x, dtype=np.float64) / size).astype(np.int64),
            np.floor(np.asarray(y, dtype=np.float64) / size).astype(np.int64))


def square_polygons(i: np.ndarray, j: np.ndarray, size: float) -> np.ndarray:
    import shapely

    return shapely.box(i * size, j * size, (i + 1) * size, (j + 1) * size)


def _grid_units(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, shape: str, size: float, empty: str,
                feedback: Feedback) -> tuple[Any, np.ndarray, np.ndarray | None, Any, list[str]]:
    """(cell polygons, counts, sums or None, binary adjacency (csr, no diagonal), summary lines)."""
    import scipy.sparse as sp

    hexes = shape == "hexagons"
    a, b = hex_cell(x, y, size) if hexes else square_cell(x, y, size)
    nbrs = HEX_NEIGHBOURS if hexes else SQUARE_NEIGHBOURS
    if empty == "all":
        ea, eb = _extent_cells(x, y, shape, size)
    else:
        ea = eb = np.zeros(0, dtype=np.int64)
    # a compact int64 key per cell; the margin of 2 keeps every ring cell's neighbours inside the key range
    a0 = min(int(a.min()), int(ea.min()) if len(ea) else int(a.min())) - 2
    b0 = min(int(b.min()), int(eb.min()) if len(eb) else int(b.min())) - 2
    span_b = max(int(b.max()), int(eb.max()) if len(eb) else int(b.max())) - b0 + 3
    span_a = max(int(a.max()), int(ea.max()) if len(ea) else int(a.max())) - a0 + 3
    if float(span_a) * float(span_b) > 4e18:
        raise AnalysisError(_too_many(shape, size, span_a * span_b))
    key = (a - a0) * span_b + (b - b0)
    occupied, inverse = np.unique(key, return_inverse=True)
    if len(occupied) > MAX_CELLS:
        raise AnalysisError(_too_many(shape, size, len(occupied)))
    feedback.progress(0.12, "Building the grid")
    occ_a, occ_b = occupied // span_b + a0, occupied % span_b + b0
    ring_a = occ_a[:, None] + nbrs[None, :, 0]  # every cell with points keeps all its neighbours
    ring_b = occ_b[:, None] + nbrs[None, :, 1]
    cells = np.unique(np.concatenate([occupied, ((ring_a - a0) * span_b + (ring_b - b0)).ravel(),
                                      (ea - a0) * span_b + (eb - b0)]))
    if len(cells) > MAX_CELLS:
        raise AnalysisError(_too_many(shape, size, len(cells)))
    pos = np.searchsorted(cells, occupied)
    counts = np.zeros(len(cells), dtype=np.int64)
    counts[pos] = np.bincount(inverse, minlength=len(occupied))
    sums = None
    if w is not None:
        sums = np.zeros(len(cells), dtype=np.float64)
        sums[pos] = np.bincount(inverse, weights=w, minlength=len(occupied))
    ca, cb = cells // span_b + a0, cells % span_b + b0
    # contiguity of the lattice: look every neighbour key up among the cells that take part
    na = (ca[:, None] + nbrs[None, :, 0]).ravel()
    nb = (cb[:, None] + nbrs[None, :, 1]).ravel()
    nkey = (na - a0) * span_b + (nb - b0)
    at = np.searchsorted(cells, nkey)
    at_c = np.minimum(at, len(cells) - 1)
    found = cells[at_c] == nkey
    src = np.repeat(np.arange(len(cells)), len(nbrs))[found]
    adj = sp.csr_array((np.ones(int(found.sum())), (src, at_c[found])), shape=(len(cells), len(cells)))
    geoms = hex_polygons(ca, cb, size) if hexes else square_polygons(ca, cb, size)
    area_km2 = (SQRT3 / 2.0 * size * size if hexes else size * size) / 1e6
    n_empty = int((counts == 0).sum())
    numbers = {"n": len(x), "cells": len(cells), "size": size, "area": area_km2, "full": len(cells) - n_empty,
               "empty": n_empty}
    if hexes and empty == "ring":
        counted = trf("Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): "
                      "the cells holding points and the ring of empty cells touching them ({full:,} with points, "
                      "{empty:,} empty).", **numbers)
    elif hexes:
        counted = trf("Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): "
                      "every cell over the points' extent ({full:,} with points, {empty:,} empty).", **numbers)
    elif empty == "ring":
        counted = trf("Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): "
                      "the cells holding points and the ring of empty cells touching them ({full:,} with points, "
                      "{empty:,} empty).", **numbers)
    else:
        counted = trf("Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): "
                      "every cell over the points' extent ({full:,} with points, {empty:,} empty).", **numbers)
    notes = [
        counted,
        (tr("Neighbours: each hexagon and the 6 hexagons sharing an edge with it.") if hexes else
         tr("Neighbours: each square and the 8 squares sharing an edge or a corner with it.")),
    ]
    return geoms, counts, sums, adj, notes


def _extent_cells(x: np.ndarray, y: np.ndarray, shape: str, size: float) -> tuple[np.ndarray, np.ndarray]:
    """Every cell whose centre lies within the points' bounding box (grown by half a cell)."""
    x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    if shape == "squares":
        i0, j0 = square_cell(np.array([x0]), np.array([y0]), size)
        i1, j1 = square_cell(np.array([x1]), np.array([y1]), size)
        n = (int(i1[0]) - int(i0[0]) + 1) * (int(j1[0]) - int(j0[0]) + 1)
        if n > MAX_CELLS:
            raise AnalysisError(_too_many(shape, size, n))
        ii, jj = np.meshgrid(np.arange(i0[0], i1[0] + 1), np.arange(j0[0], j1[0] + 1), indexing="ij")
        return ii.ravel(), jj.ravel()
    row_h = size * SQRT3 / 2.0
    r0, r1 = math.floor((y0 - size / 2) / row_h), math.ceil((y1 + size / 2) / row_h)
    q0 = math.floor((x0 - size) / size - r1 / 2.0) - 1
    q1 = math.ceil((x1 + size) / size - r0 / 2.0) + 1
    n_about = int((r1 - r0 + 1) * ((x1 - x0) / size + 2))
    if n_about > MAX_CELLS:
        raise AnalysisError(_too_many(shape, size, n_about))
    qq, rr = np.meshgrid(np.arange(q0, q1 + 1), np.arange(r0, r1 + 1), indexing="ij")
    qq, rr = qq.ravel(), rr.ravel()
    cx, cy = hex_centres(qq, rr, size)
    half = size / 2.0
    keep = (cx >= x0 - half) & (cx <= x1 + half) & (cy >= y0 - half) & (cy <= y1 + half)
    return qq[keep], rr[keep]


def _too_many(shape: str, size: float, n: int) -> str:
    need = _nice_up(size * math.sqrt(n / MAX_CELLS) * 1.05)
    if shape == "hexagons":
        return trf("Hot spots: a hexagon grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are "
                   "allowed). Choose a cell size of at least {need:g} m, or fewer points (a time window or a "
                   "filter).", size=size, n=n, most=MAX_CELLS, need=need)
    return trf("Hot spots: a square grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are "
               "allowed). Choose a cell size of at least {need:g} m, or fewer points (a time window or a filter).",
               size=size, n=n, most=MAX_CELLS, need=need)


def _nice_up(v: float) -> float:
    """The smallest 1, 2, 2.5 or 5 x 10^k that is at least ``v``."""
    if v <= 0:
        return 1.0
    e = math.floor(math.log10(v))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0**e >= v * (1 - 1e-12):
            return m * 10.0**e
    return 10.0 ** (e + 1)


# -- polygons -------------------------------------------------------------------------------------------------
def _polygon_units(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, polys: Any, li: LayerInput,
                   context: Context) -> tuple[Any, np.ndarray, np.ndarray | None, Any, list[str]]:
    import scipy.sparse as sp

    from gisdesk.analysis.overlay import assign_points

    n = len(polys)
    if n < 3:
        raise AnalysisError(trf("Hot spots: {layer} has only {n} polygon(s) that take part; at least 3 are needed "
                                "(30 or more for a reliable answer). Use a grid instead.", layer=li.name, n=n))
    which = assign_points(x, y, polys.geometry.values)
    inside = which >= 0
    counts = np.bincount(which[inside], minlength=n).astype(np.int64)
    sums = None if w is None else np.bincount(which[inside], weights=w[inside], minlength=n)
    notes = [trf("Counted {n:,} points in {m:,} polygons of {layer}.", n=int(inside.sum()), m=n, layer=li.name)]
    outside = int((~inside).sum())
    if outside:
        notes.append(trf("{n:,} point falls in no polygon of {layer} and was left out.", n=outside, layer=li.name)
                     if outside == 1 else
                     trf("{n:,} points fall in no polygon of {layer} and were left out.", n=outside, layer=li.name))

    from libpysal.graph import Graph

    metric = metric_crs(context, [li])
    geoms = polys.to_crs(metric).geometry if polys.crs is not None else polys.geometry
    adj = sp.csr_array(Graph.build_fuzzy_contiguity(geoms, buffer=CONTIGUITY_TOLERANCE).sparse)
    adj.setdiag(0)
    adj.eliminate_zeros()
    adj.data[:] = 1.0
    islands = np.flatnonzero(np.diff(adj.indptr) == 0)
    notes.append(trf("Neighbours: polygons that touch, overlap or lie within {d:g} m of each other (queen "
                     "contiguity, tolerant of boundaries whose vertices do not match).", d=CONTIGUITY_TOLERANCE))
    if len(islands):
        import shapely

        arr = np.asarray(geoms.values, dtype=object)
        src, dst = shapely.STRtree(arr).query_nearest(arr[islands], exclusive=True, all_matches=False)
        a, b = islands[src], dst.astype(np.int64)
        link = sp.csr_array((np.ones(2 * len(a)), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n))
        adj = sp.csr_array(adj + link)
        adj.data[:] = 1.0
        notes.append(trf("{n} polygon(s) touch no other ({names}); each was linked to its nearest polygon so that "
                         "it takes part.", n=len(islands), names=_names(polys, islands)))
    geom_name = polys.geometry.name
    layer = polys.drop(columns=[c for c in ("__row",) if c in polys.columns])
    layer = layer.set_geometry(geom_name)
    return layer, counts, sums, adj, notes


def _names(polys: Any, idx: np.ndarray, most: int = 5) -> str:
    """A few readable names of polygons (a name-like text column, else row numbers)."""
    col = next((c for c in polys.columns if isinstance(c, str) and c.lower() in
                ("name", "ten", "tên", "ward", "ward_name", "name_3", "po_name", "zipcode", "ten_xa", "ten_phuong")),
               None)
    vals = list(dict.fromkeys(str(polys[col].iloc[i]) if col else trf("row {n}", n=int(polys['__row'].iloc[i]) + 1)
                              for i in idx))
    if len(vals) > most:
        return trf("{names} and {k} more", names=", ".join(vals[:most]), k=len(vals) - most)
    return ", ".join(vals)


# -- the statistic --------------------------------------------------------------------------------------------
def gi_star(y: np.ndarray, adj: Any, permutations: int, *, seed: int = SEED, feedback: Feedback | None = None,
            progress: tuple[float, float] = (0.0, 1.0)) -> tuple[np.ndarray, np.ndarray, str]:
    """Gi* z-scores and two-sided p-values of ``y`` on the binary neighbours ``adj`` (scipy sparse, no
    diagonal needed: the unit itself is added). Returns (gi_z, p_value, a summary sentence on the p-values)."""
    import esda
    from libpysal.graph import Graph
    from scipy import stats

    y = np.asarray(y, dtype=np.float64)
    graph = Graph.from_sparse(adj)
    g = esda.G_Local(y, graph, transform="B", star=True, permutations=0)
    z = np.asarray(g.Zs, dtype=np.float64)
    if permutations <= 0:
        p = 2.0 * stats.norm.sf(np.abs(z))
        note = tr("Significance: p-values from the normal approximation of the z-scores (two-sided), without "
                  "permutations.")
        return z, p, note
    p_dir = conditional_pvalues(y, adj, np.asarray(g.Gs, dtype=np.float64), permutations, seed=seed,
                                feedback=feedback, progress=progress)
    p = np.minimum(1.0, 2.0 * p_dir)
    note = trf("Significance: pseudo p-values from {n:,} random permutations of the other areas' values "
               "(conditional randomisation, fixed seed {seed}, two-sided).", n=permutations, seed=seed)
    return z, p, note


def conditional_pvalues(y: np.ndarray, adj: Any, observed: np.ndarray, permutations: int, *, seed: int = SEED,
                        feedback: Feedback | None = None, progress: tuple[float, float] = (0.0, 1.0)
                        ) -> np.ndarray:
    """esda's conditional randomisation for Gi* with binary weights (``esda.crand`` with its "directed"
    alternative), vectorised: the same permutation draws for the same seed, so the result equals
    ``esda.G_Local(y, w, transform="B", star=True, permutations=P, seed=seed).p_sim``.

    esda, for unit i with k_i neighbours and each permutation p, takes the first k_i drawn ids (they index the
    values with unit i removed: id v means y[v] when v < i, y[v + 1] otherwise), sums those values and y_i,
    divides by sum(y), and counts the draws at least as large as the observed Gi* (or as small, when that is
    the smaller count). Here the units go in blocks [s, e): the sums for "v >= s" are cumulative sums shared by
    the whole block, and the few draws with s <= v < i (those that fall inside the block) are corrected one by
    one, so the work is ~ units x permutations rather than units x permutations x neighbours.
    """
    import scipy.sparse as sp

    adj = sp.csr_array(adj)
    y = np.asarray(y, dtype=np.float64)
    observed = np.asarray(observed, dtype=np.float64)
    n = len(y)
    card = (np.diff(adj.indptr) - _self_entries(adj)).astype(np.int64)
    kmax = int(card.max())
    perms = int(permutations)
    lo, hi = progress
    span = hi - lo
    # the draws: esda's vec_permutations (np.random.seed(seed); choice(n - 1, kmax, replace=False) per
    # permutation) on a private RandomState, so the global numpy state is left alone
    rs = np.random.RandomState(seed)
    ids = np.empty((perms, kmax), dtype=np.int64)
    step = max(1, 2_000_000 // max(n, 1))
    for k in range(perms):
        ids[k] = rs.choice(n - 1, size=kmax, replace=False)
        if feedback is not None and k % step == 0:
            feedback.progress(lo + span * 0.4 * k / perms, "Drawing permutations")
    y0, y1 = y[ids], y[ids + 1]  # the value an id stands for below / at-or-above unit i
    flat = ids.ravel()
    order = np.argsort(flat, kind="stable")
    sorted_ids = flat[order]
    diff = (y1 - y0).ravel()
    k_of = np.tile(np.arange(kmax), perms)
    p_of = np.repeat(np.arange(perms), kmax)
    scaling = float(y.sum())
    # a draw equal to the observed value counts as "at least as large", as in esda; sums of the same values
    # added in another order may differ in the last bits, so equality allows for rounding
    tol = 1e-11 * float(np.abs(y).max()) * (kmax + 1) / scaling
    out = np.empty(n, dtype=np.float64)
    block = min(n, _BLOCK_UNITS)
    for s in range(0, n, block):
        e = min(n, s + block)
        m = e - s
        base = np.zeros((perms, kmax + 1))
        np.cumsum(np.where(ids >= s, y1, y0), axis=1, out=base[:, 1:])
        sums = base[:, card[s:e]].T  # (m, perms): every draw taken as "at or above" s
        # draws with s <= v < e - 1 stand for y[v] (not y[v + 1]) for the units i in (v, e) of the block
        a, b = np.searchsorted(sorted_ids, [s, e - 1], side="left")
        ent = order[a:b]
        if len(ent):
            first = flat[ent] + 1 - s  # first row (within the block) the entry applies to
            length = m - first
            total = int(length.sum())
            starts = np.repeat(first - np.cumsum(length) + length, length)
            rows = starts + np.arange(total)
            who = np.repeat(ent, length)
            ok = card[s + rows] > k_of[who]
            corr = np.bincount(rows[ok] * perms + p_of[who[ok]], weights=diff[who[ok]], minlength=m * perms)
            sums -= corr.reshape(m, perms)
        rstats = (sums + y[s:e, None]) / scaling
        larger = (rstats >= observed[s:e, None] - tol).sum(axis=1)
        larger = np.where(perms - larger < larger, perms - larger, larger)
        out[s:e] = (larger + 1.0) / (perms + 1.0)
        if feedback is not None:
            feedback.progress(lo + span * (0.4 + 0.6 * e / n), "Testing for hot spots")
    return out


def _self_entries(adj: Any) -> np.ndarray:
    """1 where a row holds a diagonal entry (the unit is its own neighbour in the matrix), else 0."""
    d = adj.diagonal()
    return (d != 0).astype(np.int64)


def classify(z: np.ndarray, p: np.ndarray) -> np.ndarray:
    """ArcGIS-style Gi_Bin: +-3 (p <= 0.01), +-2 (<= 0.05), +-1 (<= 0.10), 0; the sign of z (hot > 0)."""
    z = np.asarray(z, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    level = np.select([p <= 0.01, p <= 0.05, p <= 0.10], [3, 2, 1], default=0)
    sign = np.sign(np.nan_to_num(z)).astype(np.int64)
    return (level * sign).astype(np.int64)


def _result_line(gi_bin: np.ndarray, units: str) -> str:
    return trf("Result: {hot:,} hot spots ({hot99:,} at 99% confidence), {cold:,} cold spots ({cold99:,} at 99% "
               "confidence), {none:,} {units} not significant.", hot=int((gi_bin > 0).sum()),
               hot99=int((gi_bin == 3).sum()), cold=int((gi_bin < 0).sum()), cold99=int((gi_bin == -3).sum()),
               none=int((gi_bin == 0).sum()), units=tr(_UNIT_WORDS[units]))
