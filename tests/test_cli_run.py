"""``gisdesk run``: every tool headless, on the bundled sample data."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pyogrio
import pytest

from gisdesk.cli import main

WARDS = "sample_data/hue_admin.gpkg|layername=wards"
REQUESTS = "sample_data/service_requests.zip!service_requests.gpkg|layername=requests"
PROJECT = "sample_data/hue_sample.gisdesk"
ALL = ("buffer", "count_points_in_polygons", "hotspots", "kernel_density", "nearest", "sensor_exceedance",
       "service_levels", "trends", "within_distance", "zonal_statistics")


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch, sample_data):
    monkeypatch.chdir(sample_data.parent)


def test_list_names_every_tool_by_group(capsys):
    assert main(["run", "--list"]) == 0
    out = capsys.readouterr().out
    for alg in ALL:
        assert f"  {alg} " in out
    assert "Proximity:" in out and "Hot spots and density:" in out


def test_a_tool_help_is_built_from_its_parameters(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["run", "count_points_in_polygons", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--points FILE_OR_LAYER" in out and "--polygons FILE_OR_LAYER" in out and "--population COLUMN" in out


def test_count_requests_per_ward_from_files(tmp_path, capsys):
    out = tmp_path / "per_ward.gpkg"
    code = main(["run", "count_points_in_polygons", "--points", REQUESTS, "--polygons", WARDS,
                 "--population", "population", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    got = pyogrio.read_dataframe(out)
    assert len(got) == 40 and {"count", "rate_per_1000", "name"} <= set(got.columns)
    located = pyogrio.read_dataframe("sample_data/service_requests.zip!service_requests.gpkg".replace(
        "sample_data/service_requests.zip!", "/vsizip/sample_data/service_requests.zip/"), layer="requests",
        columns=[])
    assert 0 < got["count"].sum() <= len(located) + 50  # a point on a shared ward edge counts in both
    text = capsys.readouterr().out
    assert "wrote" in text and "points" in text


def test_project_layers_by_name_with_a_time_window(tmp_path, capsys):
    out = tmp_path / "levels.csv"
    code = main(["run", "service_levels", "--project", PROJECT, "--requests", "Phản ánh của người dân",
                 "--by", "agency", "--time-window", "2026-10-01/2026-11-01", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert "received" in table.columns and table["received"].sum() > 0
    # the whole October against all times: the window cut it down
    out_all = tmp_path / "levels_all.csv"
    assert main(["run", "service_levels", "--project", PROJECT, "--requests", "Phản ánh của người dân",
                 "--by", "agency", "-o", str(out_all)]) == 0
    assert pd.read_csv(out_all, encoding="utf-8-sig")["received"].sum() > table["received"].sum()


def test_sensor_geopackage_opens_as_sensors(tmp_path, capsys):
    out = tmp_path / "hours.gpkg"
    code = main(["run", "sensor_exceedance", "--sensors", "sample_data/sensors.zip!sensors.gpkg",
                 "--parameter", "pm25", "--time-window", "2026-10-01/2026-10-08", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    got = pyogrio.read_dataframe(out)
    assert "hours_over" in got.columns and len(got) > 0


def test_a_raster_result_needs_a_tif(tmp_path, capsys):
    out = tmp_path / "density.tif"
    assert main(["run", "kernel_density", "--points", REQUESTS, "--bandwidth", "800", "--cell-size", "200",
                 "-o", str(out)]) == 0
    import rasterio

    with rasterio.open(out) as ds:
        assert ds.crs is not None and ds.read(1).max() > 0
    capsys.readouterr()
    assert main(["run", "kernel_density", "--points", REQUESTS, "-o", str(tmp_path / "d.gpkg")]) == 2
    assert "write it to a .tif" in capsys.readouterr().err
    assert not (tmp_path / "d.gpkg").exists()


@pytest.mark.parametrize("args, message", [
    (["nope"], "no analysis called 'nope'"),
    (["count_points_in_polygons", "--points", "missing.gpkg", "--polygons", WARDS], "is not a file"),
    (["count_points_in_polygons", "--points", REQUESTS, "--polygons", "sample_data/hue_admin.gpkg"],
     "holds several layers"),
    (["count_points_in_polygons", "--points", WARDS, "--polygons", WARDS], "must be a point layer"),
    (["within_distance", "--input", REQUESTS, "--near", WARDS, "--distance", "-5"], "at least 0"),
    (["trends", "--requests", REQUESTS, "--time-window", "2026-10-01"], "give START/END"),
])
def test_bad_input_exits_2_with_a_message(tmp_path, capsys, args, message):
    argv = ["run", *args]
    if args != ["nope"]:
        argv += ["-o", str(tmp_path / "x.gpkg")]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_a_fresh_process_runs_without_loading_the_style_libraries(tmp_path):
    """The whole `gisdesk run` process: no style is classified for a file nobody draws (mapclassify and
    scipy.stats cost a second to import)."""
    out = tmp_path / "per_ward.gpkg"
    code = ("import sys; from gisdesk.cli import main; "
            f"rc = main(['run', 'count_points_in_polygons', '--points', {REQUESTS!r}, '--polygons', {WARDS!r}, "
            f"'-o', {str(out)!r}]); "
            "print(rc, 'mapclassify' in sys.modules, 'scipy.stats' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert res.stdout.strip().splitlines()[-1] == "0 False False", res.stdout + res.stderr
