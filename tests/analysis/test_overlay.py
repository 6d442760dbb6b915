"""Point-in-polygon pairs: exact against brute force (shapely.intersects per pair), grid or not."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from gisdesk.analysis import overlay
from gisdesk.analysis.overlay import assign_points, locate_points, point_polygon_pairs


def brute_pairs(x, y, polys) -> tuple[np.ndarray, np.ndarray]:
    """Every (point, polygon) pair by shapely.intersects on the full matrix: the reference."""
    geoms = np.asarray(polys, dtype=object)
    pts = np.array([Point(a, b) if np.isfinite(a) and np.isfinite(b) else None for a, b in zip(x, y, strict=True)],
                   dtype=object)
    ok = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
    m = np.zeros((len(pts), len(geoms)), dtype=bool)
    if ok.any():
        m[:, ok] = shapely.intersects(pts[:, None], geoms[ok][None, :])  # None points give False
    pi, gi = np.nonzero(m)
    return pi.astype(np.int64), gi.astype(np.int64)


def brute_first(n, pi, gi) -> np.ndarray:
    out = np.full(n, -1, dtype=np.int64)
    for p, g in zip(pi[::-1], gi[::-1], strict=True):  # the lowest polygon index wins
        out[p] = g
    return out


# -- a layer with every awkward case, on an integer lattice so that points can sit exactly on edges ---------------
def awkward_polygons() -> list:
    squares = [box(i, j, i + 2, j + 2) for i in range(0, 8, 2) for j in range(0, 6, 2)]  # 12 squares, shared edges
    holed = Polygon([(10, 0), (20, 0), (20, 10), (10, 10)],
                    [[(12, 2), (15, 2), (15, 5), (12, 5)], [(16, 6), (18, 6), (17, 8)]])
    enclave = box(12, 2, 15, 5)  # fills the first hole exactly: its edges are the hole's ring
    multi = MultiPolygon([box(0, 8, 3, 11), Polygon([(4, 8), (8, 8), (6, 11)]), box(9, 12, 10, 13)])
    big = box(-3, -3, 9, 7)  # overlaps all the squares
    partial = Polygon([(1, 1), (7, 1.5), (5, 5), (3, 6)])  # overlaps several squares, diagonal edges
    tri_in_hole = Polygon([(16.5, 6.5), (17.5, 6.5), (17, 7.5)])  # inside the triangular hole
    return [*squares, holed, enclave, None, multi, Polygon(), big, partial, tri_in_hole]


def awkward_points(rng, n_random=3000) -> tuple[np.ndarray, np.ndarray]:
    # every lattice and half-lattice point (vertices, edge midpoints, cell centres) in and around the layer
    gx, gy = np.meshgrid(np.arange(-4, 22, 0.5), np.arange(-4, 15, 0.5))
    lx, ly = gx.ravel(), gy.ravel()
    # points on the diagonal edges (exact midpoints of integer vertices) and on the multipolygon's triangle
    dx = np.array([5.0, 7.0, 16.5, 17.5, 17.0, 16.0, 1.0 + 6 * 0.25, 7 - 2 * 0.5])
    dy = np.array([9.5, 9.5, 7.0, 7.0, 6.0, 6.0, 1.0 + 0.5 * 0.25, 1.5 + 3.5 * 0.5])
    rx = rng.uniform(-5, 23, n_random)
    ry = rng.uniform(-5, 16, n_random)
    far_x, far_y = np.array([1e6, -1e6, 100.0]), np.array([1e6, 0.0, 100.0])
    nan_x, nan_y = np.array([np.nan, 1.0, np.inf]), np.array([1.0, np.nan, 1.0])
    x = np.concatenate([lx, dx, rx, far_x, nan_x])
    y = np.concatenate([ly, dy, ry, far_y, nan_y])
    order = rng.permutation(len(x))
    return x[order], y[order]


def voronoi_layer(rng, n=60, extent=(535000.0, 1790000.0, 545000.0, 1797000.0)) -> np.ndarray:
    seeds = shapely.multipoints(np.column_stack([rng.uniform(extent[0], extent[2], n),
                                                 rng.uniform(extent[1], extent[3], n)]))
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds))
    cells = shapely.intersection(cells, box(*extent))
    return shapely.segmentize(cells[~shapely.is_empty(cells)], 150.0)


def points_on_boundaries(rng, polys, n) -> tuple[np.ndarray, np.ndarray]:
    """Polygon vertices themselves (exactly on two or three boundaries) and points along the edges."""
    coords = shapely.get_coordinates(np.asarray(polys, dtype=object))
    verts = coords[rng.choice(len(coords), n // 2)]
    rings = shapely.boundary(np.asarray(polys, dtype=object))
    k = rng.integers(0, len(rings), n - n // 2)
    along = shapely.line_interpolate_point(rings[k], rng.uniform(0, 1, len(k)), normalized=True)
    return np.concatenate([verts[:, 0], shapely.get_x(along)]), np.concatenate([verts[:, 1], shapely.get_y(along)])


def check_exact(x, y, polys, **kw) -> overlay.Located:
    loc = locate_points(x, y, polys, **kw)
    pi, gi = loc.pairs()
    bpi, bgi = brute_pairs(x, y, polys)
    assert len(pi) == len(bpi)
    np.testing.assert_array_equal(pi, bpi)
    np.testing.assert_array_equal(gi, bgi)
    np.testing.assert_array_equal(loc.first, brute_first(len(x), bpi, bgi))
    return loc


# -- exactness --------------------------------------------------------------------------------------------------
# cell sizes: lattice-aligned (edges run exactly along cell sides: 1, 0.5), odd (0.37, 2.3), coarse (9);
# None = the size the grid chooses itself
@pytest.mark.parametrize("cell_size", [None, 0.37, 0.5, 1.0, 2.3, 9.0])
def test_awkward_layer_matches_brute_force_through_the_grid(cell_size):
    rng = np.random.default_rng(1)
    polys = awkward_polygons()
    x, y = awkward_points(rng)
    loc = check_exact(x, y, polys, cell_size=cell_size, grid_min_points=0)
    assert loc.stats["grid"] is not None
    # most points were answered by lookup, not by an exact test (except with very coarse cells)
    if cell_size is not None and cell_size <= 1.0:
        assert loc.stats["exact_tests"] < 0.75 * len(x)


def test_awkward_layer_matches_brute_force_exact_path():
    rng = np.random.default_rng(2)
    polys = awkward_polygons()
    x, y = awkward_points(rng, 500)
    loc = check_exact(x, y, polys)  # few points: tested exactly straight away
    assert loc.stats["grid"] is None


def test_known_answers_on_the_awkward_layer():
    polys = awkward_polygons()
    x = np.array([2.0, 1.0, 13.0, 12.0, 11.0, 17.0, 17.0, 9.5, 50.0, np.nan, 5.0])
    y = np.array([2.0, 1.0, 3.0, 3.0, 1.0, 7.0, 6.2, 12.5, 50.0, 1.0, 9.0])
    pi, gi = point_polygon_pairs(x, y, polys)
    got = {i: sorted(gi[pi == i].tolist()) for i in range(len(x))}
    holed, enclave, multi, big, partial, tri = 12, 13, 15, 17, 18, 19
    assert got[0] == [0, 1, 3, 4, big, partial]  # the corner shared by four squares, inside big and partial
    assert got[1] == [0, big, partial]  # a vertex of partial, inside square 0 and big
    assert got[2] == [enclave]  # inside the hole of "holed", filled by the enclave
    assert got[3] == [holed, enclave]  # on the hole's ring = the enclave's edge
    assert got[4] == [holed]
    assert got[5] == [tri]  # in the triangular hole, inside the small triangle
    assert got[6] == []  # in the triangular hole, below the small triangle
    assert got[7] == [multi]  # the multipolygon's third part
    assert got[8] == [] and got[9] == []  # far away; no coordinates
    assert got[10] == [multi]  # inside the multipolygon's triangle
    first = assign_points(x, y, polys)
    assert first.tolist()[:5] == [0, 0, enclave, holed, holed] and first[8] == -1 and first[9] == -1


@pytest.mark.parametrize("seed", [3, 4])
def test_voronoi_layer_with_points_on_vertices_and_edges(seed):
    rng = np.random.default_rng(seed)
    polys = voronoi_layer(rng)
    bx, by = points_on_boundaries(rng, polys, 1500)
    rx = rng.uniform(534500, 545500, 6000)
    ry = rng.uniform(1789500, 1797500, 6000)
    x, y = np.concatenate([bx, rx]), np.concatenate([by, ry])
    for cs in (None, 7.0, 55.0):
        loc = check_exact(x, y, polys, cell_size=cs, grid_min_points=0)
        assert loc.stats["grid"]["regions"] >= len(polys)
    # a polygon's vertex intersects it; inner vertices are shared by two or three cells
    pi, _ = point_polygon_pairs(x, y, polys)
    per_vertex = np.bincount(pi, minlength=len(x))[: len(bx) // 2]
    assert per_vertex.min() >= 1 and (per_vertex >= 2).mean() > 0.8


def test_overlapping_polygons_inside_an_unmarked_region():
    # a small square inside a big one, points spread over both: the overlap's cells are far from any
    # boundary, so its region is inside two polygons and its points pair with both without an exact test
    polys = [box(0, 0, 100, 100), box(40, 40, 60, 60), box(45, 45, 55, 55)]
    rng = np.random.default_rng(5)
    x, y = rng.uniform(-5, 105, 20000), rng.uniform(-5, 105, 20000)
    loc = check_exact(x, y, polys, cell_size=1.0, grid_min_points=0)
    assert len(loc.extra_point) > 0
    assert loc.stats["exact_tests"] < 0.2 * len(x)
    counts = loc.counts(3)
    np.testing.assert_array_equal(counts, np.bincount(brute_pairs(x, y, polys)[1], minlength=3))


def test_points_far_from_a_big_polygon_layer_and_other_geometry_types():
    # polygons much bigger than the points' area (their boundaries are cut to the grid), plus a line and a point
    polys = [box(-1000, -1000, 1000, 1000), box(0, 0, 1000, 1000), LineString([(1, 1), (3, 3)]), Point(2, 1),
             box(5000, 5000, 5001, 5001)]
    rng = np.random.default_rng(6)
    x = np.concatenate([rng.uniform(-3, 5, 4000), [2.0, 2.0, 0.0, 1.5]])
    y = np.concatenate([rng.uniform(-3, 5, 4000), [2.0, 1.0, 3.0, 1.5]])
    loc = check_exact(x, y, polys, grid_min_points=0)
    pi, gi = loc.pairs()
    assert sorted(gi[pi == 4000].tolist()) == [0, 1, 2]  # on the line
    assert sorted(gi[pi == 4001].tolist()) == [0, 1, 3]  # on the point
    assert sorted(gi[pi == 4002].tolist()) == [0, 1]  # on the edge of the second box


def test_empty_and_degenerate_inputs():
    e = np.zeros(0)
    assert [len(a) for a in point_polygon_pairs(e, e, [box(0, 0, 1, 1)])] == [0, 0]
    assert [len(a) for a in point_polygon_pairs(np.array([0.5]), np.array([0.5]), [])] == [0, 0]
    assert assign_points(np.array([0.5]), np.array([0.5]), [None, Polygon()]).tolist() == [-1]
    # all points at one place, on a polygon's vertex, through the grid
    x = np.full(100, 1.0)
    loc = check_exact(x, x.copy(), [box(0, 0, 1, 1), box(1, 1, 2, 2)], grid_min_points=0)
    assert (np.bincount(loc.pairs()[0], minlength=100) == 2).all()
    # points on a vertical line (the box has no width)
    y = np.linspace(-1, 3, 200)
    check_exact(np.full(200, 1.0), y, [box(0, 0, 1, 1), box(1, 1, 2, 2)], grid_min_points=0)
    with pytest.raises(ValueError, match="differ in length"):
        point_polygon_pairs(np.zeros(2), np.zeros(3), [box(0, 0, 1, 1)])


def test_geoseries_input_and_the_cell_cap(monkeypatch):
    rng = np.random.default_rng(7)
    polys = gpd.GeoSeries(list(voronoi_layer(rng, 30)), crs="EPSG:9214")
    x, y = rng.uniform(535000, 545000, 30000), rng.uniform(1790000, 1797000, 30000)
    monkeypatch.setattr(overlay, "MAX_CELLS", 5000)
    loc = check_exact(x, y, polys, cell_size=1.0)  # asked for 1 m cells; the cap makes them coarser
    assert not shapely.is_prepared(polys.values).any()  # the caller's geometries are left as they were
    g = loc.stats["grid"]
    assert g["nx"] * g["ny"] <= 5000 and g["cell_size"] > 100


def test_many_polygons_use_the_tree_and_small_blocks(monkeypatch):
    # more polygons than LOOP_MAX_POLYGONS (tree path), points handled in several blocks
    monkeypatch.setattr(overlay, "LOOP_MAX_POLYGONS", 50)
    monkeypatch.setattr(overlay, "BLOCK", 1000)
    polys = [box(i, j, i + 1, j + 1) for i in range(12) for j in range(10)]
    rng = np.random.default_rng(8)
    x = np.concatenate([rng.uniform(-1, 13, 8000), rng.integers(0, 13, 2000).astype(float)])
    y = np.concatenate([rng.uniform(-1, 11, 8000), rng.integers(0, 11, 2000).astype(float)])
    check_exact(x, y, polys, cell_size=0.3, grid_min_points=0)
    check_exact(x, y, polys)


def test_counts_by_group():
    polys = [box(0, 0, 2, 2), box(2, 0, 4, 2)]
    x = np.array([1.0, 1.0, 2.0, 3.0, 3.0, 9.0])
    y = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    groups = np.array([0, 1, 1, 0, -1, 0])
    loc = locate_points(x, y, polys)
    np.testing.assert_array_equal(loc.counts(2), [3, 3])  # the point on the shared edge counts in both
    np.testing.assert_array_equal(loc.counts(2, groups, 2), [[1, 2], [1, 1]])


def test_a_million_points_are_fast():
    """The whole point of the grid: 1,000,000 points in ~100 polygons well under a second (brute-force
    STRtree needs ~2 s). Generous bound: the machine may be busy."""
    import time

    rng = np.random.default_rng(9)
    polys = voronoi_layer(rng, 100, (0.0, 0.0, 20000.0, 15000.0))
    x, y = rng.uniform(-100, 20100, 1_000_000), rng.uniform(-100, 15100, 1_000_000)
    locate_points(x[:30000], y[:30000], polys)  # imports (scipy.ndimage) outside the timing
    t = time.process_time()
    loc = locate_points(x, y, polys)
    took = time.process_time() - t
    assert loc.stats["exact_tests"] < 0.15 * len(x)
    assert took < 1.5, took
    # spot check against shapely on a sample
    sample = rng.choice(len(x), 3000, replace=False)
    pi, gi = brute_pairs(x[sample], y[sample], polys)
    np.testing.assert_array_equal(loc.first[sample], brute_first(3000, pi, gi))
