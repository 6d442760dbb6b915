"""Kernel density: the integral gives back the points, a single point gives the kernel's shape and peak, the
surface equals a brute-force sum and scipy's gaussian_kde, the GeoTIFF's format, default bandwidth rule,
errors, CRS, time window, cancel, and the NYC 311 requests."""

from __future__ import annotations

import math
import os
import tempfile

import numpy as np
import pandas as pd
import pytest
import rasterio

from gisdesk.analysis.base import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.density import GAUSSIAN_CUT, NODATA, default_bandwidth, nice_up
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer

X0, Y0 = 560_000.0, 1_815_000.0  # Huế, EPSG:9214


def _points(x, y, crs="EPSG:9214", **cols) -> VectorLayer:
    table = pd.DataFrame(cols) if cols else pd.DataFrame(index=range(len(x)))
    return VectorLayer(PointData(table, np.asarray(x, float), np.asarray(y, float), crs=crs), name="requests")


def _run(values, context=None, feedback=None):
    return run_algorithm("kernel_density", values, context or Context(crs="EPSG:9214"), feedback or Feedback())


def _read(path):
    with rasterio.open(path) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.profile, ds


def _centres(transform, shape):
    rows, cols = shape
    xs = transform.c + (np.arange(cols) + 0.5) * transform.a
    ys = transform.f + (np.arange(rows) + 0.5) * transform.e
    return np.meshgrid(xs, ys)


def _cluster(n=2000, seed=3):
    rng = np.random.default_rng(seed)
    return X0 + rng.normal(0, 800, n), Y0 + rng.normal(0, 800, n)


# -- mass and shape -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kernel", ["quartic", "gaussian"])
def test_the_integral_gives_back_the_points_and_the_weights(kernel):
    x, y = _cluster()
    res = _run({"points": _points(x, y), "bandwidth": 300, "cell_size": 25, "kernel": kernel})
    data, tr, _, _, _ = _read(res.raster)
    area_km2 = tr.a * -tr.e / 1e6
    assert data.sum(dtype=np.float64) * area_km2 == pytest.approx(2000, rel=1e-3)
    w = np.random.default_rng(1).uniform(0, 10, len(x))
    res = _run({"points": _points(x, y, cost=w), "weight": "cost", "bandwidth": 300, "cell_size": 25,
                "kernel": kernel})
    data, tr, _, _, _ = _read(res.raster)
    assert data.sum(dtype=np.float64) * area_km2 == pytest.approx(w.sum(), rel=1e-3)
    assert any("cost per km²" in s for s in res.summary)


@pytest.mark.parametrize("kernel, h, peak_per_m2", [
    ("quartic", 500.0, 3 / (math.pi * 500.0**2)),
    ("quartic", 120.0, 3 / (math.pi * 120.0**2)),
    ("gaussian", 200.0, 1 / (2 * math.pi * 200.0**2)),
])
def test_a_single_point_gives_the_kernel(kernel, h, peak_per_m2):
    cell = 10.0
    px, py = X0 + 5.0, Y0 + 5.0  # a cell centre (the grid is anchored at multiples of the cell size)
    res = _run({"points": _points([px], [py]), "bandwidth": h, "cell_size": cell, "kernel": kernel})
    data, tr, _, _, _ = _read(res.raster)
    r, c = np.unravel_index(np.argmax(data), data.shape)
    gx, gy = _centres(tr, data.shape)
    assert (gx[r, c], gy[r, c]) == (px, py)
    assert data[r, c] == pytest.approx(peak_per_m2 * 1e6, rel=1e-6)  # per km²
    d2 = (gx - px) ** 2 + (gy - py) ** 2
    if kernel == "quartic":
        expect = np.where(d2 < h * h, 3 / (math.pi * h * h) * (1 - d2 / (h * h)) ** 2, 0.0) * 1e6
    else:
        expect = np.where(d2 <= (GAUSSIAN_CUT * h) ** 2, np.exp(-d2 / (2 * h * h)) / (2 * math.pi * h * h), 0) * 1e6
    assert np.allclose(data, expect, rtol=1e-5, atol=1e-9 * expect.max())
    raw = _run({"points": _points([px], [py]), "bandwidth": h, "cell_size": cell, "kernel": kernel,
                "scale": "raw"})
    rdata, _, _, _, _ = _read(raw.raster)
    assert rdata.max() == pytest.approx(1.0)  # the QGIS "raw" value: 1 at the point itself
    assert np.allclose(rdata, expect / (peak_per_m2 * 1e6), atol=1e-6)


def test_equals_a_brute_force_sum_for_points_at_cell_centres_and_close_to_it_elsewhere():
    rng = np.random.default_rng(9)
    cell, h = 20.0, 150.0
    # points at cell centres: binning moves nothing, so the convolution equals the sum exactly
    gx = X0 + (rng.integers(0, 60, 300) + 0.5) * cell
    gy = Y0 + (rng.integers(0, 60, 300) + 0.5) * cell
    res = _run({"points": _points(gx, gy), "bandwidth": h, "cell_size": cell})
    data, tr, _, _, _ = _read(res.raster)
    cx, cy = _centres(tr, data.shape)
    d2 = (cx[..., None] - gx) ** 2 + (cy[..., None] - gy) ** 2
    brute = (np.where(d2 < h * h, (1 - d2 / (h * h)) ** 2, 0.0).sum(axis=2) * 3 / (math.pi * h * h) * 1e6)
    assert np.allclose(data, brute, rtol=1e-5, atol=1e-6 * brute.max())
    # anywhere in a cell: each point is shared among the 4 cell centres around it (linear binning); with cells
    # of 20 m and h = 150 m the surface stays within 1% of the exact sum (simple binning: ~5%)
    x = X0 + rng.uniform(0, 1200, 300)
    y = Y0 + rng.uniform(0, 1200, 300)
    data, tr, _, _, _ = _read(_run({"points": _points(x, y), "bandwidth": h, "cell_size": cell}).raster)
    cx, cy = _centres(tr, data.shape)
    d2 = (cx[..., None] - x) ** 2 + (cy[..., None] - y) ** 2
    brute = (np.where(d2 < h * h, (1 - d2 / (h * h)) ** 2, 0.0).sum(axis=2) * 3 / (math.pi * h * h) * 1e6)
    err = np.abs(data - brute)
    assert err.max() < 0.015 * brute.max() and err.mean() < 0.002 * brute.max()
    assert np.corrcoef(data.ravel(), brute.ravel())[0, 1] > 0.9999


def test_gaussian_equals_scipy_gaussian_kde():
    from scipy.stats import gaussian_kde

    cell, sigma = 10.0, 60.0
    # a pattern with an isotropic covariance (a square of points and its centre), at cell centres
    off = np.array([(0, 0), (-15, -15), (-15, 15), (15, -15), (15, 15)], dtype=float) * cell
    x, y = X0 + 305.0 + off[:, 0], Y0 + 305.0 + off[:, 1]
    w = np.array([4.0, 2.0, 2.0, 2.0, 2.0])  # equal corners keep the weighted covariance isotropic
    res = _run({"points": _points(x, y, w=w), "weight": "w", "bandwidth": sigma, "cell_size": cell,
                "kernel": "gaussian"})
    data, tr, _, _, _ = _read(res.raster)
    kde = gaussian_kde(np.vstack([x, y]), weights=w)
    # gaussian_kde's kernel covariance is factor² times the data's (weighted) covariance: make it sigma² I
    cov = kde.covariance / kde.factor**2
    assert abs(cov[0, 1]) < 1e-6 * cov[0, 0] and cov[0, 0] == pytest.approx(cov[1, 1])
    kde.set_bandwidth(sigma / math.sqrt(cov[0, 0]))
    cx, cy = _centres(tr, data.shape)
    ref = kde(np.vstack([cx.ravel(), cy.ravel()])).reshape(data.shape) * w.sum() * 1e6  # per km², weighted
    # equal up to the cut at 4 sigma (exp(-8) of a point's peak)
    assert np.allclose(data, ref, rtol=0, atol=4e-4 * ref.max())


# -- the file -------------------------------------------------------------------------------------------------
def test_the_geotiff():
    x, y = _cluster(500)
    res = _run({"points": _points(x, y), "bandwidth": 400, "cell_size": 5})
    folder = os.path.dirname(res.raster)
    assert os.path.basename(folder).startswith("gisdesk-") and os.path.dirname(folder) == tempfile.gettempdir()
    with rasterio.open(res.raster) as ds:
        assert ds.dtypes == ("float32",) and ds.nodata == NODATA
        assert ds.crs.to_epsg() == 9214
        assert ds.transform.a == 5 and ds.transform.e == -5 and ds.transform.b == ds.transform.d == 0
        assert ds.transform.c % 5 == 0 and ds.transform.f % 5 == 0  # anchored at multiples of the cell size
        assert ds.profile["tiled"] and ds.profile["blockxsize"] == 256
        assert ds.compression.name.lower() == "deflate"
        assert ds.overviews(1)  # a large raster gets overviews
        data = ds.read(1)
        assert (data >= 0).all() and not (data == NODATA).any()
        # the raster reaches one bandwidth beyond the outermost points
        b = ds.bounds
        assert b.left <= x.min() - 400 < b.left + 5 and b.top - 5 < y.max() + 400 <= b.top
        assert ds.tags(1)["units"] == "points per km²"
    positive = data[data > 0]
    expected_max = max(float(np.percentile(positive, 99)), float(positive.max()) * 0.05)
    assert res.style == {"kind": "raster", "ramp": "heat", "min": 0.0, "max": pytest.approx(expected_max, rel=1e-5),
                         "bands": [1]}
    assert res.style["max"] < float(data.max())  # the stretch is not set by the single busiest cell
    assert res.layer is None and res.name == "Kernel density of requests"


def test_default_bandwidth_and_cell_size():
    x, y = _cluster(3000)
    res = _run({"points": _points(x, y)})
    mx, my = x.mean(), y.mean()
    d = np.hypot(x - mx, y - my)
    sd = math.sqrt(np.mean(d**2))
    expect = 0.9 * min(sd, math.sqrt(1 / math.log(2)) * np.median(d)) * 3000 ** -0.2
    assert default_bandwidth(x, y, "quartic")[0] == pytest.approx(expect)
    line = next(s for s in res.summary if s.startswith("Bandwidth "))
    assert f"Bandwidth {expect:,.0f} m, chosen by Silverman's rule of thumb" in line
    _data, tr, _, _, _ = _read(res.raster)
    assert tr.a == nice_up(expect / 10) == 25.0
    assert any(f"over a circle of {expect:,.0f} m radius" in s for s in res.summary)
    sg = default_bandwidth(x, y, "gaussian")[0]
    assert sg == pytest.approx(math.sqrt((x.var() + y.var()) / 2) * 3000 ** (-1 / 6))
    assert [nice_up(v) for v in (0.7, 1, 1.2, 2.2, 3, 7, 42, 260)] == [1, 1, 2, 2.5, 5, 10, 50, 500]


def test_points_in_degrees_are_measured_in_metres():
    from pyproj import Transformer

    x, y = _cluster(1000)
    lon, lat = Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(x, y)
    res = run_algorithm("kernel_density", {"points": _points(lon, lat, crs="EPSG:4326"), "bandwidth": 300,
                                           "cell_size": 30}, Context(), Feedback())
    data, tr, crs, _, _ = _read(res.raster)
    assert crs.to_epsg() == 32648 and tr.a == 30  # UTM 48N, metres, not degrees
    assert data.sum(dtype=np.float64) * 30 * 30 / 1e6 == pytest.approx(1000, rel=1e-3)


# -- errors, time, cancel -------------------------------------------------------------------------------------
def test_errors():
    x, y = _cluster(100)
    with pytest.raises(AnalysisError, match=r"bandwidth \(20 m\) is smaller than the cell size \(50 m\)"):
        _run({"points": _points(x, y), "bandwidth": 20, "cell_size": 50})
    far_x = np.array([0.0, 300_000.0])
    with pytest.raises(AnalysisError, match=r"would be [\d,]+ × [\d,]+ cells .* at least \d+ m"):
        _run({"points": _points(far_x + 400_000, [1.7e6, 1.9e6]), "bandwidth": 100, "cell_size": 10})
    with pytest.raises(AnalysisError, match="negative values"):
        _run({"points": _points(x, y, w=-np.ones(100)), "weight": "w"})
    with pytest.raises(AnalysisError, match="one point is not enough"):
        _run({"points": _points([X0], [Y0])})
    with pytest.raises(AnalysisError, match="all the points are at the same place"):
        _run({"points": _points([X0] * 3, [Y0] * 3)})
    with pytest.raises(AnalysisError, match="must be a point layer"):
        import geopandas as gpd
        import shapely

        poly = VectorLayer(gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:9214"), name="w")
        _run({"points": poly})


def test_missing_weights_are_left_out():
    x, y = _cluster(200)
    w = np.ones(200)
    w[:7] = np.nan
    res = _run({"points": _points(x, y, w=w), "weight": "w", "bandwidth": 300, "cell_size": 30})
    data, _tr, _, _, _ = _read(res.raster)
    assert data.sum(dtype=np.float64) * 30 * 30 / 1e6 == pytest.approx(193, rel=1e-3)
    assert "7 points without a value in 'w' were left out." in res.summary


def test_the_time_window_and_selection_apply():
    x, y = _cluster(400)
    t = pd.Timestamp("2025-03-01T00:00:00+07:00") + pd.to_timedelta(np.arange(400) % 4, unit="D")
    layer = _points(x, y, requested=t)
    layer.set_time_fields("requested")
    window = TimeWindow.of(pd.Timestamp("2025-03-02T00:00:00+07:00"), pd.Timestamp("2025-03-03T00:00:00+07:00"))
    res = _run({"points": layer, "bandwidth": 300, "cell_size": 30}, Context(crs="EPSG:9214", time_window=window))
    data, _, _, _, _ = _read(res.raster)
    assert data.sum(dtype=np.float64) * 30 * 30 / 1e6 == pytest.approx(100, rel=1e-3)
    layer.selection = np.arange(40)
    res = _run({"points": LayerInput(layer, selected_only=True), "bandwidth": 300, "cell_size": 30})
    data, _, _, _, _ = _read(res.raster)
    assert data.sum(dtype=np.float64) * 30 * 30 / 1e6 == pytest.approx(40, rel=1e-3)


def test_cancel_before_and_during():
    x, y = _cluster(500)
    before = Feedback()
    before.cancel()
    with pytest.raises(Cancelled):
        _run({"points": _points(x, y)}, feedback=before)
    seen = []

    def on_progress(fraction, message):
        seen.append(message)
        if message == "Spreading the points":
            during.cancel()

    during = Feedback(on_progress)
    with pytest.raises(Cancelled):
        _run({"points": _points(x, y)}, feedback=during)
    assert seen[-1] == "Spreading the points"


# -- real data ------------------------------------------------------------------------------------------------
def test_nyc_311_requests(shared_data):
    """893 of the 1,000 requests have a WGS 84 location; the density is computed in UTM 18N."""
    from gisdesk.io.readers import open_path

    requests = open_path(shared_data / "city_services" / "nyc311_2018_1000rows" / "311_Service_Requests.csv").layers[0]
    res = run_algorithm("kernel_density", {"points": requests, "bandwidth": 1000, "cell_size": 100}, Context(),
                        Feedback())
    data, _tr, crs, _, _ = _read(res.raster)
    assert crs.to_epsg() == 32618
    assert data.sum(dtype=np.float64) * 100 * 100 / 1e6 == pytest.approx(893, rel=1e-3)
    assert res.summary[0].startswith("Spread 893 points with a quartic kernel")
