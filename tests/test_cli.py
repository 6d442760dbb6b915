"""gisdesk info / convert: output, JSON, exit codes (0 ok, 2 bad input with the message on stderr)."""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd
import pytest
from shapely.geometry import Point

from gisdesk.cli import main
from tests.conftest import ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "gisdesk", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture
def points(tmp_path):
    gdf = gpd.GeoDataFrame({"ten": ["Phường Vỹ Dạ", "Xã A Lưới 4"], "ma": ["19777", "01234"]},
                           geometry=[Point(107.6, 16.47), Point(107.3, 16.2)], crs=4326)
    path = tmp_path / "pts.geojson"
    gdf.to_file(path, engine="pyogrio")
    return path


def test_info_text_and_json(points, capsys):
    assert main(["info", str(points)]) == 0
    out = capsys.readouterr().out
    assert "features: 2" in out and "EPSG:4326" in out and "import report" in out
    assert main(["info", str(points), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    layer = payload["layers"][0]
    assert layer["features"] == 2 and layer["crs"] == "EPSG:4326"
    assert payload["report"]["layers"][0]["features_read"] == 2


def test_info_bad_input_exits_2(tmp_path):
    bad = tmp_path / "bad.shp"
    bad.write_bytes(b"")
    proc = run_cli("info", bad)
    assert proc.returncode == 2
    assert str(bad) in proc.stderr and "empty" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_convert_to_shapefile_utf8_and_reproject(points, tmp_path, capsys):
    out = tmp_path / "out" / "diem.shp"
    assert main(["convert", str(points), str(out), "--to-crs", "EPSG:9214"]) == 0
    assert (out.with_suffix(".cpg")).read_text().strip().upper() in ("UTF-8", "UTF8")
    back = gpd.read_file(out, engine="pyogrio")
    assert back.crs.to_epsg() == 9214
    assert back["ten"].tolist() == ["Phường Vỹ Dạ", "Xã A Lưới 4"]
    assert back["ma"].tolist() == ["19777", "01234"]


def test_convert_bad_crs_and_multilayer(tmp_path, points, capsys):
    assert main(["convert", str(points), str(tmp_path / "x.gpkg"), "--to-crs", "EPSG:999999"]) == 2
    assert "EPSG:999999" in capsys.readouterr().err
    gpkg = tmp_path / "two.gpkg"
    gdf = gpd.read_file(points)
    gdf.to_file(gpkg, layer="a", engine="pyogrio")
    gdf.to_file(gpkg, layer="b", engine="pyogrio")
    assert main(["convert", str(gpkg), str(tmp_path / "x.geojson")]) == 2
    assert "--layer" in capsys.readouterr().err
    assert main(["convert", str(gpkg), str(tmp_path / "copy.gpkg")]) == 0
    import pyogrio

    assert sorted(pyogrio.list_layers(tmp_path / "copy.gpkg")[:, 0].tolist()) == ["a", "b"]


def test_convert_legacy_tcvn3_shapefile_to_gpkg(sample_data, tmp_path):
    src = next((sample_data / "legacy" / "tcvn3_wards").glob("*.shp"))
    out = tmp_path / "wards.gpkg"
    proc = run_cli("convert", src, out)
    assert proc.returncode == 0, proc.stderr
    back = gpd.read_file(out, engine="pyogrio")
    text = " ".join(back.select_dtypes(include=["object", "str"]).astype(str).to_numpy().ravel())
    assert "Phường" in text or "Xã" in text
    assert back.crs.to_epsg() == 9214


def test_info_on_a_project(sample_data, tmp_path, capsys):
    assert main(["info", str(sample_data / "hue_sample.gisdesk"), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["crs"] == "EPSG:9214" and len(payload["layers"]) == 8 and payload["load_problems"] == []
    broken = tmp_path / "p.gisdesk"
    broken.write_text(json.dumps({"format": "gisdesk-project", "version": 1, "crs": "EPSG:9214",
                                  "layers": [{"type": "vector", "name": "gone", "source": "gone.gpkg"}]}),
                      encoding="utf-8")
    assert main(["info", str(broken)]) == 2
    out = capsys.readouterr().out
    assert "gone" in out and "problem" in out
