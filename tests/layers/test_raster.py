"""RasterLayer reads only the window and resolution asked for."""

from __future__ import annotations

import functools

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from gisdesk.core.errors import ReadError
from gisdesk.core.registry import layer_from_state
from gisdesk.layers.raster import DEFAULT_MAX_SIDE, RasterLayer


@pytest.fixture(scope="module")
def big_tif(tmp_path_factory):
    """A 6000 x 6000 float32 GeoTIFF (144 MB uncompressed) with overviews, made block by block."""
    path = tmp_path_factory.mktemp("raster") / "big.tif"
    size = 6000
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs="EPSG:9214",
                   transform=from_origin(540000, 1840000, 10, 10), nodata=-9999, tiled=True,
                   blockxsize=256, blockysize=256, compress="deflate")
    rng = np.random.default_rng(0)
    with rasterio.open(path, "w", **profile) as ds:
        for row in range(0, size, 1000):
            block = rng.random((1000, size), dtype=np.float32) * 100  # noise: compresses poorly, like real data
            ds.write(block, 1, window=rasterio.windows.Window(0, row, size, 1000))
        ds.build_overviews([2, 4, 8, 16, 32], rasterio.enums.Resampling.average)
    return path


def _counting_open(counter):
    real_open = rasterio.open

    def opener(path, mode="rb"):
        fh = open(path, mode)
        read = fh.read

        def counted(n=-1):
            data = read(n)
            counter["bytes"] += len(data)
            return data

        fh.read = counted
        return fh

    return functools.partial(real_open, opener=opener)


def test_overview_read_touches_a_small_part_of_the_file(big_tif, monkeypatch):
    counter = {"bytes": 0}
    monkeypatch.setattr(rasterio, "open", _counting_open(counter))
    layer = RasterLayer(str(big_tif))
    assert layer.overviews == [2, 4, 8, 16, 32]
    counter["bytes"] = 0
    view = layer.read(layer.extent, out_shape=(300, 300))
    assert view.data.shape == (1, 300, 300)
    file_size = big_tif.stat().st_size
    # the whole image at screen size comes from the 1/16 overview: a few percent of the file
    assert counter["bytes"] < file_size * 0.05, (counter["bytes"], file_size)
    assert np.isclose(view.data.mean(), 50, atol=2)


def test_window_read_at_full_resolution_reads_only_that_window(big_tif, monkeypatch):
    counter = {"bytes": 0}
    monkeypatch.setattr(rasterio, "open", _counting_open(counter))
    layer = RasterLayer(str(big_tif))
    counter["bytes"] = 0
    bounds = (545000, 1835000, 547560, 1837560)  # 256 x 256 pixels
    view = layer.read(bounds, out_shape=(256, 256))
    assert view.data.shape == (1, 256, 256)
    np.testing.assert_allclose(view.bounds, bounds)
    assert counter["bytes"] < big_tif.stat().st_size * 0.02


def test_default_read_is_capped(big_tif):
    layer = RasterLayer(str(big_tif))
    view = layer.read()
    assert max(view.data.shape[1:]) == DEFAULT_MAX_SIDE
    assert layer.read((0, 0, 10, 10)) is None  # far outside


def test_state_round_trip(big_tif):
    layer = RasterLayer(str(big_tif), name="Độ cao", opacity=0.5, bands=[1], crs="EPSG:9214")
    again = layer_from_state(layer.get_state())
    assert isinstance(again, RasterLayer)
    assert again.get_state() == layer.get_state()
    assert again.crs == "EPSG:9214"


def test_real_rasters(shared_data):
    base = shared_data / "raster"
    dem = RasterLayer(str(base / "central_vietnam_dem_danang" / "dem.tif"))
    assert dem.crs == "EPSG:4326" and (dem.width, dem.height) == (864, 900)
    view = dem.read(out_shape=(90, 86))
    assert view.data.mask.dtype == bool and -30 < view.data.min() and view.data.max() < 700
    nocrs = RasterLayer(str(base / "rasterio_tests" / "float_nan.tif"))
    assert nocrs.crs is None
    with pytest.raises(ReadError, match="corrupt"):
        RasterLayer(str(base / "rasterio_tests" / "corrupt.tif")).read()
    with pytest.raises(ReadError, match="cannot open as a raster"):
        RasterLayer(str(base / "raster" / "nope.tif"))


def test_rotated_raster_bounds_are_its_envelope(shared_data):
    path = shared_data / "raster" / "rasterio_tests" / "rotated.tif"
    layer = RasterLayer(str(path))
    assert layer.is_rotated
    with rasterio.open(path) as ds:
        t, w, h = ds.transform, ds.width, ds.height
    corners = np.array([t @ c for c in ((0, 0), (w, 0), (0, h), (w, h))])
    np.testing.assert_allclose(layer.extent, (*corners.min(axis=0), *corners.max(axis=0)))
    view = layer.read(out_shape=(50, 50))
    assert view.data.shape[1:] == (50, 50)
