"""Project: ordered layers with events, CRS, versioned JSON file with relative paths, atomic save."""

from __future__ import annotations

import json
import os

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import Point, box

from gisdesk.core.errors import ProjectError
from gisdesk.core.project import FORMAT, VERSION, Project
from gisdesk.core.registry import layer_from_state
from gisdesk.io import read_vector
from gisdesk.layers import RasterLayer, UnavailableLayer, VectorLayer


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    wards = gpd.GeoDataFrame(
        {"ten": ["Phường Vỹ Dạ", "Xã A Lưới 4"], "ma": ["19777", "01234"]},
        geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs="EPSG:9214",
    ).to_crs("EPSG:9214")
    wards.geometry = wards.geometry.translate(560000, 1820000)
    wards.to_file(d / "admin.gpkg", layer="wards", engine="pyogrio")
    pts = gpd.GeoDataFrame({"id": ["a", "b"]}, geometry=[Point(107.58, 16.46), Point(107.6, 16.47)], crs=4326)
    pts.to_file(d / "admin.gpkg", layer="points", engine="pyogrio")
    with rasterio.open(d / "dem.tif", "w", driver="GTiff", width=10, height=10, count=1, dtype="int16",
                       crs="EPSG:9214", transform=from_origin(560000, 1821000, 100, 100)) as ds:
        ds.write(np.arange(100, dtype="int16").reshape(1, 10, 10))
    return d


def make_project(data_dir):
    project = Project(name="Huế thử", crs="EPSG:9214")
    project.add_layer(RasterLayer(str(data_dir / "dem.tif"), name="Độ cao", opacity=0.7))
    wards = read_vector(data_dir / "admin.gpkg", layer="wards")
    wards.name = "Phường"
    wards.style = {"kind": "single", "fill": [1, 2, 3, 40], "stroke": [0, 0, 0, 255], "stroke_width": 1, "size": 2}
    project.add_layer(wards)
    pts = read_vector(data_dir / "admin.gpkg", layer="points")
    pts.visible = False
    project.add_layer(pts)
    return project


def test_round_trip_with_relative_paths(data_dir, tmp_path):
    project = make_project(data_dir)
    path = project.save(tmp_path / "p.gisdesk")
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == FORMAT and raw["version"] == VERSION
    assert raw["crs"] == "EPSG:9214"
    assert [lyr["source"] for lyr in raw["layers"]] == ["data/dem.tif", "data/admin.gpkg", "data/admin.gpkg"]
    assert "Huế thử" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes

    # move the whole folder: relative paths still resolve
    moved = tmp_path.parent / (tmp_path.name + "_moved")
    os.rename(tmp_path, moved)
    again = Project.load(moved / "p.gisdesk")
    assert again.load_problems == []
    assert again.name == project.name and again.crs == project.crs
    assert again.layers.names() == project.layers.names()
    for a, b in zip(project.layers, again.layers, strict=True):
        sa, sb = a.get_state(), b.get_state()
        sa.pop("source"), sb.pop("source")
        assert sa == sb
    assert isinstance(again.layers[1], VectorLayer) and len(again.layers[1]) == 2
    assert again.layers[1].data["ten"].tolist() == ["Phường Vỹ Dạ", "Xã A Lưới 4"]
    assert again.layers[1].data["ma"].tolist() == ["19777", "01234"]
    assert again.layers[2].visible is False
    assert not again.modified


def test_every_layer_state_rebuilds_it(data_dir):
    for layer in make_project(data_dir).layers:
        rebuilt = layer_from_state(layer.get_state())
        assert type(rebuilt) is type(layer)
        assert rebuilt.get_state() == layer.get_state()


def test_in_memory_vector_layer_state_carries_data():
    gdf = gpd.GeoDataFrame({"v": [1]}, geometry=[Point(0, 0)], crs=4326)
    layer = VectorLayer(gdf, name="kết quả")
    rebuilt = layer_from_state(layer.get_state())
    assert rebuilt.data is gdf and rebuilt.name == "kết quả"
    project = Project(layers=[layer])
    with pytest.raises(ProjectError, match="exist only in memory"):
        project.to_dict()


def test_events_and_modified_flag(data_dir):
    project = Project()
    seen = []
    project.layers.events.inserted.connect(lambda i, layer: seen.append(("inserted", i, layer.name)))
    project.layers.events.removed.connect(lambda i, layer: seen.append(("removed", i, layer.name)))
    project.layers.events.moved.connect(lambda src, dst, layer: seen.append(("moved", (src, dst), layer.name)))
    modified = []
    project.events.modified.connect(modified.append)
    a = project.add_layer(RasterLayer(str(data_dir / "dem.tif"), name="a"))
    b = project.add_layer(RasterLayer(str(data_dir / "dem.tif"), name="a"))
    assert b.name == "a (2)"  # names stay unique
    project.layers.move(1, 0)
    assert project.layers.names() == ["a (2)", "a"]
    project.layers.remove(a)
    assert seen == [("inserted", 0, "a"), ("inserted", 1, "a (2)"), ("moved", (1, 0), "a (2)"), ("removed", 1, "a")]
    assert modified == [True] and project.modified
    crs_events = []
    project.events.crs.connect(crs_events.append)
    project.crs = 4326
    assert crs_events == ["EPSG:4326"]
    layer_events = []
    b.events.opacity.connect(layer_events.append)
    b.opacity = 3  # clamped
    assert layer_events == [1.0] or b.opacity == 1.0


def test_missing_source_keeps_the_layer_and_its_state(data_dir, tmp_path):
    project = make_project(data_dir)
    path = project.save(tmp_path / "p.gisdesk")
    (data_dir / "dem.tif").rename(data_dir / "elsewhere.tif")
    again = Project.load(path)
    assert len(again.layers) == 3
    assert isinstance(again.layers[0], UnavailableLayer)
    assert "dem.tif" in again.load_problems[0]
    again.save(path)  # saving does not lose the unavailable layer
    assert json.loads(path.read_text(encoding="utf-8"))["layers"][0]["source"] == "data/dem.tif"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "JSON error at line 1"),
        ('{"format": "qgis"}', "not a gisdesk project file"),
        ('{"format": "gisdesk-project", "version": 99, "layers": []}', "newer gisdesk"),
        ('{"format": "gisdesk-project", "layers": []}', "no valid version"),
        ('{"format": "gisdesk-project", "version": 1, "crs": "EPSG:0", "layers": []}', "CRS"),
        ('["a"]', "not a gisdesk project file"),
    ],
)
def test_broken_project_files(tmp_path, content, message):
    path = tmp_path / "bad.gisdesk"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError, match=message):
        Project.load(path)


def test_save_is_atomic(data_dir, tmp_path, monkeypatch):
    project = make_project(data_dir)
    path = project.save(tmp_path / "p.gisdesk")
    before = path.read_bytes()
    project.name = "changed"

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("gisdesk.core.fileutil.os.replace", boom)
    with pytest.raises(ProjectError, match="No space left"):
        project.save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "p.gisdesk"]  # no temp file left


def test_saved_file_gets_normal_permissions(tmp_path):
    import os
    import stat

    path = Project(name="x").save(tmp_path / "p.gisdesk")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    Project(name="y").save(path)  # replacing keeps the file's mode
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_fresh_process_reads_the_sample_layers_in_parallel(sample_data):
    """Layers are rebuilt on several threads at once: the layer-type registry must be complete for all of
    them even when they race to load it (a fresh interpreter, where nothing is imported yet)."""
    import subprocess
    import sys

    code = (
        "from gisdesk.core.project import Project\n"
        f"p = Project.load({str(sample_data / 'hue_sample.gisdesk')!r})\n"
        "print(len(p.layers), p.load_problems, sorted({type(l).__name__ for l in p.layers}))\n"
    )
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "8 [] ['RasterLayer', 'SensorLayer', 'ServiceRequestLayer', 'VectorLayer']", out.stdout + out.stderr


def test_all_layer_paths_are_relative_in_the_file(tmp_path):
    """A sensor layer's second file (its stations) moves with the project folder like its source."""
    from gisdesk.core.project import _absolute_source, _relative_source
    from gisdesk.layers.base import Layer

    class Two(Layer):  # a layer state with two files, as a sensor layer saves
        type_name = "sensors"

        def __init__(self, d):
            super().__init__(name="air")
            self.d = d

        def get_state(self):
            return {"type": "sensors", "name": "air", "source": str(self.d / "data" / "readings.csv"),
                    "stations_path": str(self.d / "data" / "stations.csv")}

    project = Project(name="p")
    project.layers.append(Two(tmp_path))
    data = project.to_dict(tmp_path)
    entry = data["layers"][0]
    assert entry["source"] == "data/readings.csv" and entry["stations_path"] == "data/stations.csv"
    moved = tmp_path / "elsewhere"
    _, states = Project.shell_from_dict(data, moved)
    assert states[0]["stations_path"] == _absolute_source("data/stations.csv", moved)
    assert _relative_source(states[0]["source"], moved) == "data/readings.csv"


def test_big_sources_are_read_after_the_small_ones(tmp_path, monkeypatch):
    """Service requests and sensors (and any source of 4 MB or more) start only once the small layers are in,
    so the boundaries and roads reach the screen first."""
    import threading

    from gisdesk.core import project as project_mod

    started: list[str] = []
    lock = threading.Lock()

    def fake_read(state):
        with lock:
            started.append(state["name"])
        return state["name"], None

    monkeypatch.setattr(project_mod, "_read_one", fake_read)
    big = tmp_path / "big.gpkg"
    big.write_bytes(b"\0" * project_mod.HEAVY_BYTES)
    small = tmp_path / "small.gpkg"
    small.write_bytes(b"\0" * 10)
    states = [{"name": "requests", "type": "service_requests", "source": str(small)},
              {"name": "big", "type": "vector", "source": str(big)},
              {"name": "wards", "type": "vector", "source": str(small)},
              {"name": "sensors", "type": "sensors", "source": str(small)},
              {"name": "roads", "type": "vector", "source": str(small) + "!x.gpkg"}]
    arrived: list[tuple[int, str]] = []
    layers, problems = project_mod.read_layers(states, on_layer=lambda i, layer: arrived.append((i, layer)))
    assert layers == ["requests", "big", "wards", "sensors", "roads"] and problems == []
    assert set(started[:2]) == {"wards", "roads"} and set(started[2:]) == {"requests", "big", "sensors"}
    assert {name for _, name in arrived[:2]} == {"wards", "roads"}


def test_set_layouts_is_an_edit_and_round_trips(tmp_path):
    project = Project(name="p")
    project.mark_saved()
    seen = []
    project.events.layouts.connect(seen.append)
    project.set_layouts([{"name": "A4 ngang", "page": "A4", "title": "Phường Phú Hội"}])
    assert project.modified and seen and seen[0][0]["name"] == "A4 ngang"
    project.mark_saved()
    project.set_layouts([{"name": "A4 ngang", "page": "A4", "title": "Phường Phú Hội"}])  # the same: no edit
    assert not project.modified and len(seen) == 1
    path = tmp_path / "p.gisdesk"
    project.save(path)
    assert Project.load(path).layouts == [{"name": "A4 ngang", "page": "A4", "title": "Phường Phú Hội"}]


def test_opening_a_project_does_not_load_the_database_driver(sample_data):
    """The registry knows the "postgis" layer type without importing psycopg (~0.2 s at every start): the
    driver loads only for a project that holds a PostGIS layer."""
    import subprocess
    import sys

    code = ("import sys; from gisdesk.core.project import Project; from gisdesk.core.registry import layer_types; "
            f"p = Project.load({str(sample_data / 'hue_sample.gisdesk')!r}); "
            "assert len(p.layers) > 3 and 'postgis' in layer_types(); "
            "print(sorted(m for m in sys.modules if m.startswith(('psycopg', 'gisdesk.db'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['gisdesk.db', 'gisdesk.db.provider']"
