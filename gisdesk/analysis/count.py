"""Count points in polygons: requests per ward, by category and status, and per 1,000 residents (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import (
    Algorithm,
    Context,
    Feedback,
    LayerInput,
    Param,
    Result,
    check_overlap,
    input_frame,
    input_points,
    input_rows,
    register,
)
from gisdesk.analysis.overlay import locate_points
from gisdesk.core.i18n import N_, tr, trf

#: at most this many columns per field (category, status): the most common values get their own column,
#: the rest are counted together in an "other" column
MAX_GROUP_COLUMNS = 30
#: points handled per call of the point-in-polygon step (progress and cancel between calls)
CHUNK = 2_000_000
COUNT = "count"
RATE = "rate_per_1000"


@register
class CountPointsInPolygons(Algorithm):
    id = "count_points_in_polygons"
    name = "Count points in polygons"
    group = "Counting and summaries"
    description = (
        "How many points fall in each polygon: for example service requests per ward. The result is the "
        "polygon layer with a 'count' column (a point exactly on the border of two polygons counts in both), "
        "coloured by natural breaks. Choose a category or status field of the points to get one more "
        "column per value ('n_<value>' for categories, 'n_status_<value>' for statuses; at most 30 per field, "
        "the least common values are added up in an 'other' column). Choose a population field of the "
        "polygons to get 'rate_per_1000': points per 1,000 residents, empty where the population is missing "
        "or 0; the map is then coloured by the rate. Points are taken in the polygons' coordinate system; "
        "the time window applies to time-aware layers."
    )
    params = (
        Param("points", "layer", "Points", geometry="point", help="The points to count, e.g. service requests."),
        Param("polygons", "layer", "Polygons", geometry="polygon", help="The areas to count in, e.g. wards."),
        Param("category", "field", "Count per category", parent="points", optional=True,
              help="A field of the points: one count column per value (e.g. the request category)."),
        Param("status", "field", "Count per status", parent="points", optional=True,
              help="A field of the points: one count column per value (e.g. open / closed)."),
        Param("population", "field", "Population", parent="polygons", numeric=True, optional=True,
              help="A numeric field of the polygons: adds the number of points per 1,000 residents."),
    )
    time_aware = True

    def run(self, values: Mapping[str, Any], context: Context, feedback: Feedback) -> Result:
        pts: LayerInput = values["points"]
        polys: LayerInput = values["polygons"]
        feedback.progress(0.0, "Reading the polygons")
        poly_rows = input_rows(polys, context, time_aware=self.time_aware)
        gdf = input_frame(polys, context, time_aware=self.time_aware)
        poly_crs = polys.layer.crs
        pushed = _pushed_down_counts(pts, polys, values, gdf, context, self.time_aware)
        if pushed is not None:
            feedback.progress(0.85, "Building the result")
            out = gdf.drop(columns="__row")
            count_col = _unique(COUNT, set(map(str, out.columns)))
            out = out.assign(**{count_col: pushed})
            summary = [trf("{n:,} points of {points} counted by the database server in {m:,} polygons of "
                           "{polygons} (both layers are in the same PostGIS database, and {points} is read by view, "
                           "so the server counted every row, not only those loaded for the map).",
                           n=int(pushed.sum()), m=len(out), points=pts.name, polygons=polys.name)]
            return Result(name=trf("{points} per {polygons}", points=pts.name, polygons=polys.name), layer=out,
                          style=_style(out, count_col) if context.styles else None, summary=summary,
                          partial_noted=True)
        feedback.progress(0.05, "Reading the points")
        x, y, rows = input_points(pts, context, time_aware=self.time_aware, crs=poly_crs)
        check_overlap((float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y))),
                      tuple(gdf.total_bounds), pts.name, polys.name)
        geoms = np.asarray(gdf.geometry.values, dtype=object)
        n_poly = len(gdf)

        groups = []  # (field, prefix, codes per taking-part point, labels)
        for key, prefix in (("category", "n_"), ("status", "n_status_")):
            if values.get(key):
                codes, labels = _codes(pts.layer.attributes[values[key]], rows)
                groups.append((values[key], prefix, codes, labels))

        counts = np.zeros(n_poly, dtype=np.int64)
        per_group = [np.zeros((n_poly, len(g[3])), dtype=np.int64) for g in groups]
        located = np.zeros(0, dtype=bool)
        on_shared = 0
        n = len(x)
        for s in range(0, n, CHUNK):
            feedback.progress(0.1 + 0.7 * s / n, "Finding the polygon of each point")
            loc = locate_points(x[s:s + CHUNK], y[s:s + CHUNK], geoms)
            counts += loc.counts(n_poly)
            for acc, (_, _, codes, labels) in zip(per_group, groups, strict=True):
                acc += loc.counts(n_poly, codes[s:s + CHUNK], len(labels))
            located = np.concatenate([located, loc.first >= 0])
            if len(loc.extra_point):
                on_shared += int(np.count_nonzero(np.r_[True, np.diff(loc.extra_point) != 0]))
        feedback.progress(0.85, "Building the result")

        out = gdf.drop(columns="__row")
        taken = set(map(str, out.columns))
        count_col = _unique(COUNT, taken)
        new_cols: dict[str, Any] = {count_col: counts}
        summary = _point_summary(pts, polys, context, self.time_aware, rows, located, on_shared, n_poly,
                                 len(poly_rows) - n_poly)
        by_view = getattr(pts.layer, "strategy", None) == "view"
        if by_view:
            summary.append(trf("{points} is read from the database by view: only the {n:,} points loaded for the "
                               "map took part. Counts of every row are made by the server when the polygons are in "
                               "the same database and no category, status or selection is asked for.",
                               points=pts.name, n=len(x)))
        if (pts.layer.crs is None) != (poly_crs is None):
            missing, other = (pts, polys) if pts.layer.crs is None else (polys, pts)
            summary.append(trf("{layer} has no coordinate reference system: its coordinates were taken to be in "
                               "that of {other}.", layer=missing.name, other=other.name))
        for acc, (field, prefix, _, labels) in zip(per_group, groups, strict=True):
            cols, notes = _group_columns(acc, labels, field, prefix, taken)
            new_cols.update(cols)
            summary += notes
        style_col = count_col
        if values.get("population"):
            pop = pd.to_numeric(gdf[values["population"]], errors="coerce").to_numpy(dtype=np.float64,
                                                                                      na_value=np.nan)
            with np.errstate(divide="ignore", invalid="ignore"):
                rate = np.where(np.isfinite(pop) & (pop > 0), counts * 1000.0 / pop, np.nan)
            rate_col = _unique(RATE, taken)
            new_cols[rate_col] = rate
            bad = int(np.count_nonzero(~np.isfinite(rate)))
            if bad:
                field = values["population"]
                summary.append(trf("{n:,} polygon has no population in '{field}' (missing, 0 or negative): "
                                   "{column} is empty there.", n=bad, field=field, column=rate_col) if bad == 1 else
                               trf("{n:,} polygons have no population in '{field}' (missing, 0 or negative): "
                                   "{column} is empty there.", n=bad, field=field, column=rate_col))
            if bad < n_poly:
                style_col = rate_col
        out = out.assign(**new_cols)
        feedback.progress(0.9, "Classifying")
        return Result(name=trf("{points} per {polygons}", points=pts.name, polygons=polys.name), layer=out,
                      style=_style(out, style_col) if context.styles else None, summary=summary,
                      partial_noted=by_view)


def _pushed_down_counts(pts: LayerInput, polys: LayerInput, values: Mapping[str, Any], gdf: Any,
                        context: Context, time_aware: bool) -> np.ndarray | None:
    """The counts per row of ``gdf`` made by the database server (``gisdesk.db.layer.pushdown_count``) when both
    layers are PostGIS layers of one database and the points are read by view; None otherwise (or when the
    server's rows cannot be matched to the polygons by a key column)."""
    if not (getattr(pts.layer, "type_name", None) == "postgis" == getattr(polys.layer, "type_name", None)):
        return None  # (psycopg is imported only for database layers)
    if pts.selected_only or polys.selected_only or values.get("category") or values.get("status"):
        return None
    from gisdesk.db.layer import pushdown_count

    table = pushdown_count(pts.layer, polys.layer, context.time_window if time_aware else None)
    if table is None or table.empty:
        return None
    count = table.columns[-1]
    for key in table.columns[:-1]:
        if key in gdf.columns and table[key].is_unique and gdf[key].is_unique:
            counts = gdf[key].map(dict(zip(table[key], table[count], strict=True)))
            if counts.notna().all():
                return counts.to_numpy(dtype=np.int64)
    return None


def _codes(column: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, list[Any]]:
    """A code 0..k-1 per taking-part point and the k values (a missing or blank value is the last, None)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    labels = list(uniques)
    blank = [i for i, v in enumerate(labels) if isinstance(v, str) and not v.strip()]
    if blank:  # "" and "  " mean no value: code -1, and the labels renumbered without them
        remap = np.full(len(labels) + 1, -1, dtype=np.int64)  # index -1 (missing) stays -1
        kept = [i for i in range(len(labels)) if i not in set(blank)]
        remap[kept] = np.arange(len(kept))
        codes = remap[codes]
        labels = [labels[i] for i in kept]
    codes = codes[rows]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(labels), codes)
        labels.append(None)
    return codes.astype(np.int64, copy=False), labels


def _group_columns(acc: np.ndarray, labels: list[Any], field: str, prefix: str,
                   taken: set[str]) -> tuple[dict[str, np.ndarray], list[str]]:
    """One count column per value (the most common first), at most MAX_GROUP_COLUMNS with 'other'."""
    totals = acc.sum(axis=0)
    order = sorted(range(len(labels)), key=lambda i: (-totals[i], _label(labels[i])))
    order = [i for i in order if totals[i] > 0] or order[:1]
    notes: list[str] = []
    keep, rest = order, []
    if len(order) > MAX_GROUP_COLUMNS:
        keep, rest = order[:MAX_GROUP_COLUMNS - 1], order[MAX_GROUP_COLUMNS - 1:]
    cols: dict[str, np.ndarray] = {}
    renamed = []
    for i in keep:
        name = _unique(prefix + _safe(labels[i]), taken)
        cols[name] = acc[:, i]
        if name != prefix + _safe(labels[i]):  # two values with the same safe name: say which is which
            renamed.append(f"{name} = {tr(NO_VALUE) if labels[i] is None else labels[i]}")
    if rest:
        name = _unique(prefix + "other", taken)
        cols[name] = acc[:, rest].sum(axis=1)
        points = int(totals[rest].sum())
        values = {"field": field, "n": len(order), "k": len(keep), "rest": len(rest), "points": points, "column": name}
        notes.append(trf("'{field}' takes {n} values among the points counted: the {k} most common have their own "
                         "column; the other {rest} ({points:,} point) are counted together in {column}.", **values)
                     if points == 1 else
                     trf("'{field}' takes {n} values among the points counted: the {k} most common have their own "
                         "column; the other {rest} ({points:,} points) are counted together in {column}.", **values))
    if renamed:
        notes.append(trf("Columns for '{field}': {columns}.", field=field, columns="; ".join(renamed)))
    return cols, notes


def _label(value: Any) -> str:
    return NO_VALUE if value is None else str(value)


#: how the summary names a missing value (translated where shown)
NO_VALUE = N_("(no value)")


def _safe(value: Any) -> str:
    """A column-name-safe form of a value: ASCII letters, digits and '_', lower case (Vietnamese letters
    lose their marks: 'Cấp nước' -> 'cap_nuoc')."""
    if value is None:
        return "no_value"
    text = unicodedata.normalize("NFD", str(value)).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()
    return text[:40].rstrip("_") or "value"


def _unique(name: str, taken: set[str]) -> str:
    out, k = name, 2
    while out in taken or out.lower() in {t.lower() for t in taken}:
        out, k = f"{name}_{k}", k + 1
    taken.add(out)
    return out


def _point_summary(pts: LayerInput, polys: LayerInput, context: Context, time_aware: bool, rows: np.ndarray,
                   located: np.ndarray, on_shared: int, n_poly: int, poly_no_geometry: int) -> list[str]:
    inside = int(np.count_nonzero(located))
    names = {"points": pts.name, "polygons": polys.name, "n": inside, "m": n_poly}
    if inside == 1:
        head = (trf("Counted {n:,} point of {points} in {m:,} polygon of {polygons}.", **names) if n_poly == 1 else
                trf("Counted {n:,} point of {points} in {m:,} polygons of {polygons}.", **names))
    else:
        head = (trf("Counted {n:,} points of {points} in {m:,} polygon of {polygons}.", **names) if n_poly == 1 else
                trf("Counted {n:,} points of {points} in {m:,} polygons of {polygons}.", **names))
    lines = [head]
    outside = len(located) - inside
    if outside:
        lines.append(trf("{n:,} point fell outside every polygon and is not counted.", n=outside) if outside == 1
                     else trf("{n:,} points fell outside every polygon and are not counted.", n=outside))
    if on_shared:
        lines.append(trf("{n:,} point on a border shared by polygons (or where polygons overlap) is counted in each "
                         "of them.", n=on_shared) if on_shared == 1 else
                     trf("{n:,} points on a border shared by polygons (or where polygons overlap) are counted in "
                         "each of them.", n=on_shared))
    taking_part = input_rows(pts, context, time_aware=time_aware)
    no_location = len(taking_part) - len(rows)
    if no_location:
        lines.append(trf("{n:,} point without a location was left out.", n=no_location) if no_location == 1 else
                     trf("{n:,} points without a location were left out.", n=no_location))
    if time_aware and context.time_window is not None:
        for li, is_points in ((pts, True), (polys, False)):
            if getattr(li.layer, "time_field", None) is None:
                continue
            k = len(input_rows(li, context, time_aware=False)) - len(input_rows(li, context, time_aware=True))
            if not k:
                continue
            if is_points:
                lines.append(trf("{n:,} point of {layer} outside the time window was left out.", n=k, layer=li.name)
                             if k == 1 else
                             trf("{n:,} points of {layer} outside the time window were left out.", n=k,
                                 layer=li.name))
            else:
                lines.append(trf("{n:,} polygon of {layer} outside the time window was left out.", n=k,
                                 layer=li.name) if k == 1 else
                             trf("{n:,} polygons of {layer} outside the time window were left out.", n=k,
                                 layer=li.name))
    if poly_no_geometry:
        k = poly_no_geometry
        lines.append(trf("{n:,} polygon of {layer} without a geometry was left out.", n=k, layer=polys.name)
                     if k == 1 else
                     trf("{n:,} polygons of {layer} without a geometry were left out.", n=k, layer=polys.name))
    return lines


def _style(gdf: Any, column: str) -> dict[str, Any] | None:
    from gisdesk.styles.renderers import GraduatedRenderer

    try:
        return GraduatedRenderer.from_data(gdf, column, method="natural_breaks", k=5, ramp="YlOrRd",
                                           geometry_family="polygon").to_dict()
    except ValueError:  # no number to classify
        return None

