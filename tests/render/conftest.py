"""Fixtures for the renderer tests: a Qt GUI application, synthetic layers and golden-image comparison.

Golden images live in ``tests/render/golden/``. A render is compared pixel by pixel: a pixel differs when
any channel differs by more than ``tol``; the test fails when more than ``max_fraction`` of the pixels
differ (antialiasing and font hinting vary a little between Qt versions). To regenerate the goldens on
purpose, run the tests with ``GISDESK_UPDATE_GOLDEN=1`` and look at every changed PNG before committing.
On a mismatch the actual image and a difference mask are written next to the test's tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon

GOLDEN = Path(__file__).parent / "golden"
X0, Y0 = 560000.0, 1815000.0  # somewhere in Huế, EPSG:9214 metres
MAP_CRS = "EPSG:9214"


@pytest.fixture
def gui_app(qapp):
    """Qt's application object (fonts, image formats). pytest-qt's QApplication, so that other tests in
    the session that need widgets find the kind of application they expect."""
    return qapp


def image_array(image) -> np.ndarray:
    """A QImage as (h, w, 4) uint8 RGBA (straight alpha)."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 4 * w].reshape(h, w, 4).copy()


@pytest.fixture
def golden(tmp_path):
    """``golden(image, name, tol=24, max_fraction=0.01)``: compare with tests/render/golden/<name>.png."""
    from PySide6.QtGui import QImage

    def check(image, name: str, tol: int = 24, max_fraction: float = 0.01) -> None:
        path = GOLDEN / f"{name}.png"
        if os.environ.get("GISDESK_UPDATE_GOLDEN") == "1":
            GOLDEN.mkdir(exist_ok=True)
            assert image.save(str(path), "PNG")
            return
        assert path.exists(), f"no golden image {path}; run with GISDESK_UPDATE_GOLDEN=1 to make it, then look at it"
        expected = image_array(QImage(str(path)))
        actual = image_array(image)
        assert actual.shape == expected.shape, f"{name}: size {actual.shape} != golden {expected.shape}"
        diff = np.abs(actual.astype(np.int16) - expected.astype(np.int16)).max(axis=2) > tol
        fraction = float(diff.mean())
        if fraction > max_fraction:
            image.save(str(tmp_path / f"{name}.actual.png"), "PNG")
            mask = np.zeros_like(actual)
            mask[diff] = (255, 0, 0, 255)
            QImage(mask.data, mask.shape[1], mask.shape[0], 4 * mask.shape[1],
                   QImage.Format.Format_RGBA8888).copy().save(str(tmp_path / f"{name}.diff.png"), "PNG")
        assert fraction <= max_fraction, (
            f"{name}: {fraction:.2%} of the pixels differ from the golden image by more than {tol} "
            f"(allowed {max_fraction:.2%}); actual and diff images in {tmp_path}")

    return check


# ------------------------------------------------------------------------------------------------
# synthetic layers (EPSG:9214 unless said otherwise), inside a 2000 x 1500 m frame
# ------------------------------------------------------------------------------------------------
FRAME = (X0, Y0, X0 + 2000.0, Y0 + 1500.0)


def _sq(x, y, w, h):
    return Polygon([(X0 + x, Y0 + y), (X0 + x + w, Y0 + y), (X0 + x + w, Y0 + y + h), (X0 + x, Y0 + y + h)])


def polygons_gdf() -> gpd.GeoDataFrame:
    holed = Polygon(_sq(100, 100, 700, 600).exterior.coords, [_sq(300, 250, 250, 250).exterior.coords[::-1]])
    multi = MultiPolygon([_sq(1000, 150, 300, 300), _sq(1450, 150, 350, 200)])
    overlap_a = _sq(1000, 800, 500, 500)
    overlap_b = _sq(1250, 1000, 600, 400)
    return gpd.GeoDataFrame(
        {"name": ["holed", "multi", "a", "b", "null", "empty"], "kind": ["x", "y", "x", "y", "x", "y"]},
        geometry=[holed, multi, overlap_a, overlap_b, None, Polygon()], crs=MAP_CRS)


def lines_gdf() -> gpd.GeoDataFrame:
    xs = np.linspace(50, 1950, 200)
    wave = LineString([(X0 + x, Y0 + 750 + 400 * np.sin(x / 250.0)) for x in xs])
    multi = MultiLineString([[(X0 + 100, Y0 + 1400), (X0 + 1900, Y0 + 1400)],
                             [(X0 + 100, Y0 + 100), (X0 + 1000, Y0 + 1300), (X0 + 1900, Y0 + 100)]])
    return gpd.GeoDataFrame({"name": ["wave", "multi", "none"]}, geometry=[wave, multi, None], crs=MAP_CRS)


def points_gdf(n: int = 30, seed: int = 1) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    xs = X0 + 100 + rng.random(n) * 1800
    ys = Y0 + 100 + rng.random(n) * 1300
    return gpd.GeoDataFrame({"cat": rng.choice(["a", "b", "c"], n)}, geometry=gpd.points_from_xy(xs, ys),
                            crs=MAP_CRS)


def dense_points_wgs84(n: int = 20000, seed: int = 2) -> gpd.GeoDataFrame:
    """Clustered points in EPSG:4326 around the frame (they are reprojected to draw)."""
    from pyproj import Transformer

    rng = np.random.default_rng(seed)
    centres = np.array([[500, 500], [1400, 1000], [1000, 300]])
    which = rng.integers(0, 3, n)
    xy = centres[which] + rng.normal(0, 220, (n, 2))
    t = Transformer.from_crs(MAP_CRS, "EPSG:4326", always_xy=True)
    lon, lat = t.transform(X0 + xy[:, 0], Y0 + xy[:, 1])
    cats = np.array(["VSMT", "CSCC", "GTDB"])[which]
    return gpd.GeoDataFrame({"code": cats}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


def write_raster(path: Path, crs: str = MAP_CRS) -> Path:
    """A 40 x 30 int16 raster over the frame: a gradient with a nodata hole in a corner."""
    import rasterio
    from rasterio.transform import from_bounds
    from rasterio.warp import transform_bounds

    data = (np.add.outer(np.arange(30) * 10, np.arange(40) * 5)).astype(np.int16)
    data[:8, :10] = -32768
    bounds = FRAME if crs == MAP_CRS else transform_bounds(MAP_CRS, crs, *FRAME)
    with rasterio.open(path, "w", driver="GTiff", width=40, height=30, count=1, dtype="int16",
                       crs=crs, transform=from_bounds(*bounds, 40, 30), nodata=-32768) as ds:
        ds.write(data, 1)
    return path
