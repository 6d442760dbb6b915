"""Which polygon each point falls in (no Qt).

First version: shapely's STRtree. The count-points algorithm's owner makes it fast; the signatures stay.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely


def point_polygon_pairs(x: np.ndarray, y: np.ndarray, polygons: Any) -> tuple[np.ndarray, np.ndarray]:
    """Every (point index, polygon index) pair where the point intersects the polygon (a point on a shared
    edge pairs with both polygons, as QGIS's count does). ``polygons``: an array or GeoSeries of shapely
    polygons in the points' CRS; None/empty polygons pair with nothing."""
    geoms = np.asarray(polygons, dtype=object)
    tree = shapely.STRtree(geoms)
    pts = shapely.points(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
    pairs = tree.query(pts, predicate="intersects")
    return pairs[0].astype(np.int64), pairs[1].astype(np.int64)


def assign_points(x: np.ndarray, y: np.ndarray, polygons: Any) -> np.ndarray:
    """For each point, the index of one polygon it falls in (the lowest index when several), -1 for none."""
    pi, gi = point_polygon_pairs(x, y, polygons)
    out = np.full(len(x), -1, dtype=np.int64)
    order = np.lexsort((-gi, pi))  # last write wins: the lowest polygon index for each point
    out[pi[order]] = gi[order]
    return out
