"""gisdesk render: writes the image, times repeats, exit 2 with a message on bad input."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from gisdesk.cli import category_style, main
from tests.conftest import ROOT
from tests.render.conftest import dense_points_wgs84, image_array, polygons_gdf


@pytest.fixture
def files(tmp_path):
    wards = tmp_path / "wards.gpkg"
    polygons_gdf().dropna(subset=["geometry"]).pipe(lambda g: g[~g.geometry.is_empty]).to_file(
        wards, layer="wards", engine="pyogrio")
    requests = tmp_path / "requests.gpkg"
    dense_points_wgs84(3000).to_file(requests, layer="requests", engine="pyogrio")
    return wards, requests


def test_render_files_with_a_category_style(files, tmp_path):
    out = tmp_path / "map.png"
    proc = subprocess.run([sys.executable, "-m", "gisdesk", "render", *map(str, files), "-o", str(out),
                           "--size", "320x200", "--style", "requests:code", "--repeat", "2"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert re.fullmatch(r"render 1: \d+\.\d{3} s", lines[0]) and re.fullmatch(r"render 2: \d+\.\d{3} s", lines[1])
    img = QImage(str(out))
    assert (img.width(), img.height()) == (320, 200)
    colours = {tuple(c) for c in image_array(img).reshape(-1, 4)[:, :3].tolist()}
    assert len(colours) > 20  # wards and three categories of requests, not a blank image
    assert not list(tmp_path.glob(".map.png.*"))  # no temporary file left behind


def test_render_project_in_process(qapp, sample_data, tmp_path, capsys):
    out = tmp_path / "sample.png"
    assert main(["render", str(sample_data / "hue_sample.gisdesk"), "-o", str(out), "--size", "400x250",
                 "--extent", "555000,1810000,575000,1830000"]) == 0
    assert "400x250" in capsys.readouterr().out
    assert image_array(QImage(str(out)))[..., :3].std() > 10


def test_category_style_keeps_the_marker_and_matches_columns_loosely():
    from gisdesk.layers import VectorLayer
    from gisdesk.styles.renderers import renderer_from_dict

    gdf = dense_points_wgs84(300)
    gdf.loc[gdf.index[:5], "code"] = None
    layer = VectorLayer(gdf, name="requests", style={"kind": "single", "fill": [1, 2, 3, 120], "size": 0.8,
                                                     "stroke": [0, 0, 0, 0]})
    style = category_style(layer, "CODE")  # the column is "code": matched ignoring case
    assert style["kind"] == "categorized" and style["column"] == "code"
    symbols = [c["symbol"] for c in style["categories"]]
    assert {c["value"] for c in style["categories"]} >= {"VSMT", "CSCC", "GTDB"}
    assert all(s["size"] == 0.8 and s["fill"][3] == 120 for s in symbols)
    assert len({tuple(s["fill"]) for s in symbols}) == len(symbols)
    index, _ = renderer_from_dict(style).classify(gdf)
    assert (index[5:] >= 0).all()


@pytest.mark.parametrize("args,message", [
    (["--size", "big"], "--size big"),
    (["--size", "0x10"], "each side"),
    (["--extent", "1,2,3"], "four numbers"),
    (["--extent", "5,0,1,1"], "greater than"),
    (["--crs", "EPSG:999999"], "not a CRS"),
    (["--style", "nolayer:code"], "no vector layer named 'nolayer'"),
    (["--style", "requests:nocolumn"], "no column 'nocolumn'; the columns are"),
    (["--style", "requests"], "LAYER:COLUMN"),
    (["--repeat", "0"], "--repeat"),
])
def test_bad_arguments_exit_2(qapp, files, tmp_path, capsys, args, message):
    out = tmp_path / "x.png"
    assert main(["render", *map(str, files), "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_bad_inputs_exit_2(qapp, tmp_path, capsys):
    out = tmp_path / "x.png"
    assert main(["render", str(tmp_path / "missing.gpkg"), "-o", str(out)]) == 2
    assert "missing.gpkg" in capsys.readouterr().err
    bad = tmp_path / "bad.gisdesk"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["render", str(bad), "-o", str(out)]) == 2
    assert "not a valid project file" in capsys.readouterr().err
    empty = tmp_path / "empty.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert main(["render", str(empty), "-o", str(tmp_path / "x.gif")]) == 2
    assert ".png" in capsys.readouterr().err
    assert not out.exists()


def test_project_with_a_missing_layer_still_draws_and_says_so(qapp, tmp_path, capsys, files):
    import json

    project = {"format": "gisdesk-project", "version": 1, "name": "t", "crs": "EPSG:9214", "layers": [
        {"type": "vector", "name": "wards", "source": str(files[0]), "source_layer": "wards"},
        {"type": "vector", "name": "gone", "source": str(tmp_path / "gone.gpkg"), "source_layer": "gone"}]}
    path = tmp_path / "p.gisdesk"
    path.write_text(json.dumps(project), encoding="utf-8")
    out = tmp_path / "p.png"
    assert main(["render", str(path), "-o", str(out), "--size", "100x80"]) == 2
    assert out.exists()
    assert "gone" in capsys.readouterr().err
