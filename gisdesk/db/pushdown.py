"""Analyses run by the server when both inputs live in the same database (no Qt).

* :func:`count_points_in_polygons_sql`: points per polygon (``ST_Intersects``, so a point on a shared border
  counts in both, as :mod:`gisdesk.analysis.count` does), with the points' time window and filters.
* :func:`within_distance_sql`: the points within a distance (metres, edge to edge) of any "near" feature, with
  the distance to the nearest one.

The big side (the points) is always answered from its GiST index: the polygons / near features are the
outer side of the join. When the polygons are in another SRID than the points they are read here (they are
few: wards, schools), reprojected with pyproj and sent back as WKB parameters; the server never needs
``ST_Transform`` (PostGIS 3.3's ``spatial_ref_sys`` lacks EPSG:9214, Huế's CRS). Distances: in the points'
CRS when it is projected in metres; on the spheroid (``geography``) when the points are in degrees, with a
bounding-box prefilter so the index is still used. Filters follow :func:`gisdesk.db.source.read_table`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from gisdesk.core.i18n import N_, trf
from gisdesk.db.catalog import GeometryTable, geometry_table
from gisdesk.db.errors import DatabaseError, Kind, database_errors, label_of
from gisdesk.db.source import Filter, _column, _where, read_table, table_columns

__all__ = ["count_points_in_polygons_sql", "within_distance_sql"]

COUNT = "count"


def _points_info(conn, points: tuple[str, str], geometry_column: str | None) -> tuple[GeometryTable, dict[str, str]]:
    info = geometry_table(conn, points[0], points[1], geometry_column)
    if info.srid <= 0:
        raise DatabaseError(label_of(conn), trf('"{schema}"."{table}" has no SRID constraint (its rows may mix '
                                                "coordinate systems); the server cannot count it directly. Load it "
                                                "instead.", schema=info.schema, table=info.table), Kind.BAD_INPUT)
    return info, table_columns(conn, *points)


def _conditions(conn, info, columns, where, time_column, time_window) -> tuple[sql.Composable, list[Any]]:
    parts, params = _where(conn, info, columns, bbox=None, bbox_crs=None, where=where, time_column=time_column,
                           time_window=time_window, alias="pt")
    return sql.SQL("").join(sql.SQL(" AND ") + p for p in parts), params


def count_points_in_polygons_sql(conn: psycopg.Connection, points: tuple[str, str], polygons: tuple[str, str], *,
                                 time_column: str | None = None, time_window: Any = None,
                                 where: Sequence[Filter] | None = None, points_geometry: str | None = None,
                                 polygons_geometry: str | None = None) -> pd.DataFrame:
    """One row per polygon: its attribute columns (no geometry) and ``count``, the points in it.

    ``points``/``polygons`` are ``(schema, table)``; ``time_window``/``where`` filter the points.
    Rows come in the polygon table's primary-key order (read order when it has none).
    """
    pinfo, pcols = _points_info(conn, points, points_geometry)
    poly = geometry_table(conn, polygons[0], polygons[1], polygons_geometry)
    cond, cparams = _conditions(conn, pinfo, pcols, where, time_column, time_window)
    pt_table, pt_geom = sql.Identifier(pinfo.schema, pinfo.table), sql.Identifier("pt", pinfo.column)
    label = N_('Counting "{points}" in "{polygons}" failed: {problem}')
    names = {"points": pinfo.table, "polygons": poly.table}
    if poly.srid == pinfo.srid and poly.primary_key:
        polycols = table_columns(conn, *polygons)
        attrs = [c for c, t in polycols.items() if c != poly.column and not t.startswith(("geometry", "geography"))]
        q = sql.SQL("SELECT {attrs}count({ptg}) FROM {poly} AS p LEFT JOIN {pts} AS pt ON ST_Intersects({pg}, {ptg})"
                    "{cond} GROUP BY {pk} ORDER BY {pk}").format(
            attrs=sql.SQL("").join(sql.Identifier("p", c) + sql.SQL(", ") for c in attrs), ptg=pt_geom,
            poly=sql.Identifier(poly.schema, poly.table), pts=pt_table, pg=sql.Identifier("p", poly.column),
            cond=cond, pk=sql.Identifier("p", poly.primary_key))
        with database_errors(label_of(conn), label, **names), conn.cursor(binary=True) as cur:
            rows = cur.execute(q, cparams).fetchall()
        cols = list(zip(*rows, strict=True)) if rows else [()] * (len(attrs) + 1)
        out = pd.DataFrame({c: _column(cols[i], polycols[c]) for i, c in enumerate(attrs)})
        out[_free(out.columns, COUNT)] = np.asarray(cols[-1], dtype=np.int64)
        return out
    # different SRIDs (or no key): the polygons are reprojected here and sent as parameters
    gdf = read_table(conn, *polygons, geometry_column=polygons_geometry)
    if poly.primary_key:
        gdf = gdf.sort_values(poly.primary_key, kind="stable").reset_index(drop=True)
    wkb = _wkb_in(gdf, pinfo.srid)
    q = sql.SQL("SELECT p.k, count({ptg}) FROM (SELECT k, ST_GeomFromWKB(w, %s) AS g FROM unnest(%s::int[], "
                "%s::bytea[]) AS u(k, w)) AS p LEFT JOIN {pts} AS pt ON ST_Intersects(p.g, {ptg}){cond} "
                "GROUP BY p.k ORDER BY p.k").format(ptg=pt_geom, pts=pt_table, cond=cond)
    with database_errors(label_of(conn), label, **names), conn.cursor(binary=True) as cur:
        rows = cur.execute(q, [pinfo.srid, list(range(len(gdf))), wkb, *cparams]).fetchall()
    counts = np.zeros(len(gdf), dtype=np.int64)
    for k, n in rows:
        counts[k] = n
    out = pd.DataFrame(gdf.drop(columns=[gdf.geometry.name]))
    out[_free(out.columns, COUNT)] = counts
    return out


def within_distance_sql(conn: psycopg.Connection, points: tuple[str, str], near: tuple[str, str], distance: float, *,
                        time_column: str | None = None, time_window: Any = None,
                        where: Sequence[Filter] | None = None, columns: Sequence[str] | None = None,
                        points_geometry: str | None = None, near_geometry: str | None = None,
                        with_xy: bool = False) -> pd.DataFrame:
    """The points at most ``distance`` metres from a feature of ``near``: their attribute ``columns`` (default
    all but geometry), ``near_distance_m`` (to the nearest near feature) and ``near_row`` (that feature's
    primary key, or its position in the near table when it has none); with ``with_xy`` also their coordinates
    in the table's CRS (``x``, ``y`` in ``out.attrs["xy"]``'s column names). Order: by ``near_distance_m``."""
    from pyproj import CRS

    d = float(distance)
    if not math.isfinite(d) or d < 0:
        raise DatabaseError(label_of(conn), trf("the distance must be 0 m or more (got {distance!r}).",
                                                distance=distance), Kind.BAD_INPUT)
    pinfo, pcols = _points_info(conn, points, points_geometry)
    ninfo = geometry_table(conn, near[0], near[1], near_geometry)
    attrs = [c for c in (columns if columns is not None else pcols) if c != pinfo.column
             and not pcols.get(c, "").startswith(("geometry", "geography"))]
    for c in attrs:
        if c not in pcols:
            raise DatabaseError(label_of(conn), trf('"{table}" has no column {column!r} that you may read.',
                                                    table=pinfo.table, column=c), Kind.BAD_INPUT)
    crs = CRS.from_epsg(pinfo.srid)
    metres = crs.is_projected and all(a.unit_name in ("metre", "meter") for a in crs.axis_info)
    if not metres and not crs.is_geographic:
        raise DatabaseError(label_of(conn), trf("the points are in EPSG:{srid}, neither in metres nor in degrees; "
                                                "the distance cannot be measured on the server.",
                                                srid=str(pinfo.srid)), Kind.BAD_INPUT)
    ngdf = read_table(conn, *near, geometry_column=near_geometry)
    if ninfo.primary_key:
        keys = ngdf[ninfo.primary_key].tolist()
    else:
        keys = list(range(len(ngdf)))
    ngdf = ngdf[ngdf.geometry.notna() & ~ngdf.geometry.is_empty] if len(ngdf) else ngdf
    keys = [keys[i] for i in ngdf.index]
    wkb = _wkb_in(ngdf, pinfo.srid)
    cond, cparams = _conditions(conn, pinfo, pcols, where, time_column, time_window)
    pt_geom = sql.Identifier("pt", pinfo.column)
    select = sql.SQL("").join(sql.Identifier("pt", c) + sql.SQL(", ") for c in attrs)
    near_rows = sql.SQL("SELECT k, ST_GeomFromWKB(w, %s) AS g, x0, y0, x1, y1 FROM unnest(%s::int[], %s::bytea[], "
                        "%s::float8[], %s::float8[], %s::float8[], %s::float8[]) AS u(k, w, x0, y0, x1, y1)")
    geoms = np.asarray(ngdf.geometry.to_crs(epsg=pinfo.srid).values if len(ngdf) else [], dtype=object)
    bounds = shapely.bounds(geoms) if len(geoms) else np.zeros((0, 4))
    if metres:
        match = sql.SQL("ST_DWithin({ptg}, n.g, %s)").format(ptg=pt_geom)
        dist = sql.SQL("ST_Distance({ptg}, n.g)").format(ptg=pt_geom)
        boxes = bounds  # unused by the condition
        mparams: list[Any] = [d]
    else:
        # degrees: geodesic distance, with an index-friendly box grown by at least d metres
        dlat = d / 110_000.0 * 1.01 + 1e-9
        lat = np.minimum(np.maximum(np.abs(bounds[:, 1]), np.abs(bounds[:, 3])) + dlat, 89.9)
        dlon = d / (111_320.0 * np.cos(np.radians(lat))) * 1.01 + 1e-9
        boxes = np.column_stack([bounds[:, 0] - dlon, bounds[:, 1] - dlat, bounds[:, 2] + dlon, bounds[:, 3] + dlat])
        match = sql.SQL("{ptg} && ST_MakeEnvelope(n.x0, n.y0, n.x1, n.y1, %s) AND "
                        "ST_DWithin({ptg}::geography, n.g::geography, %s)").format(ptg=pt_geom)
        dist = sql.SQL("ST_Distance({ptg}::geography, n.g::geography)").format(ptg=pt_geom)
        mparams = [pinfo.srid, d]
    if with_xy:
        select = select + sql.SQL("ST_X({g}), ST_Y({g}), ").format(g=pt_geom)
    q = sql.SQL("SELECT * FROM (SELECT DISTINCT ON (pt.ctid) {select}{dist} AS dist, n.k FROM ({near}) AS n "
                "JOIN {pts} AS pt ON {match}{cond} ORDER BY pt.ctid, dist, n.k) AS r ORDER BY dist").format(
        select=select, dist=dist, near=near_rows, pts=sql.Identifier(pinfo.schema, pinfo.table), match=match,
        cond=cond)
    params = [pinfo.srid, list(range(len(wkb))), wkb, *(boxes[:, i].tolist() for i in range(4)), *mparams, *cparams]
    with database_errors(label_of(conn), N_('Finding "{points}" near "{near}" failed: {problem}'), points=pinfo.table,
                         near=ninfo.table), conn.cursor(binary=True) as cur:
        rows = cur.execute(q, params).fetchall()
    extra = 2 if with_xy else 0
    cols = list(zip(*rows, strict=True)) if rows else [()] * (len(attrs) + 2 + extra)
    out = pd.DataFrame({c: _column(cols[i], pcols[c]) for i, c in enumerate(attrs)})
    if with_xy:
        xname = _free(out.columns, "x")
        out[xname] = np.asarray(cols[len(attrs)], dtype=np.float64)
        yname = _free(out.columns, "y")
        out[yname] = np.asarray(cols[len(attrs) + 1], dtype=np.float64)
        out.attrs["xy"] = (xname, yname)
    out[_free(out.columns, "near_distance_m")] = np.asarray(cols[len(attrs) + extra], dtype=np.float64)
    out[_free(out.columns, "near_row")] = [keys[k] for k in cols[len(attrs) + extra + 1]]
    return out


def _wkb_in(gdf: Any, srid: int) -> list[bytes | None]:
    if not len(gdf):
        return []
    if gdf.crs is not None and gdf.crs.to_epsg() != srid:
        gdf = gdf.to_crs(epsg=srid)
    return [None if g is None else bytes(b) for g, b in zip(gdf.geometry.values, shapely.to_wkb(
        np.asarray(gdf.geometry.values, dtype=object)), strict=True)]


def _free(columns: Any, name: str) -> str:
    taken = set(map(str, columns))
    out, k = name, 2
    while out in taken:
        out = f"{name}_{k}"
        k += 1
    return out
