"""The CRS doctor: declared CRSs kept (as EPSG where exact), missing ones guessed, lying ones caught."""

from __future__ import annotations

import math
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import CRS, Geod, Transformer

from gisdesk.io import crs_doctor
from gisdesk.io.crs_doctor import CrsDecision, doctor_crs, guess_crs_from_bounds, robust_bounds, vn2000_equivalent
from gisdesk.io.report import LayerReport

MAPSHAPER = Path("shapefile_quirks/mapshaper")

# A hand-made .prj as found in the wild: the VN-2000 TM-3 107-00 grid (Huế), but on the WGS 84 datum
# and without any TOWGS84, i.e. positions about 225 m off.
VN2000_ON_WGS84_PRJ = (
    'PROJCS["VN_2000_TM3_Hue",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",'
    'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],'
    'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],'
    'PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],'
    'PARAMETER["Central_Meridian",107.0],PARAMETER["Scale_Factor",0.9999],'
    'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
)

# The correct VN-2000 TM-3 107-00 as QGIS/GDAL write it: VN-2000 datum with the official TOWGS84
# (the parameters of EPSG:6960, "VN-2000 to WGS 84 (2)").
VN2000_TOWGS84_PRJ = (
    'PROJCS["VN-2000 / TM-3 107-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",'
    'SPHEROID["WGS 84",6378137,298.257223563],TOWGS84[{dx},-39.30318279,-111.45032835,'
    "-0.00928836,0.01975479,-0.00427372,0.252906278]],PRIMEM[\"Greenwich\",0],"
    'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],'
    'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107],'
    'PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],'
    'PARAMETER["false_northing",0],UNIT["metre",1]]'
)

HUE_CITY = (107.52, 16.42, 107.66, 16.52)  # lon/lat box around the city centre


def projected_bounds(code: int | str, lonlat=HUE_CITY) -> tuple[float, float, float, float]:
    return Transformer.from_crs("EPSG:4326", code, always_xy=True).transform_bounds(*lonlat)


def warnings_of(report: LayerReport, category: str = "crs") -> list[str]:
    return [m.text for m in report.messages if m.level == "warning" and m.category == category]


# ------------------------------------------------------------------------------------------------
# declared CRSs from real .prj files


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("shapefile_quirks/fiona/coutwildrnp/coutwildrnp.prj", "EPSG:4326"),  # ESRI WKT "GCS_WGS_1984"
        ("vietnam_admin/quang_tri_districts_shp_rar/QT_xa/QT_xa.prj", "EPSG:4326"),  # ESRI WKT, .0 style
        (MAPSHAPER / "invalid_coords/invalid_coordinates.prj", "EPSG:4326"),  # "World Geodetic System 1984 [EPSG ID 6326]"
        (MAPSHAPER / "nad27_popctr_state1970/popctr_state1970.prj", "EPSG:4267"),  # NAD27
        ("city_services/nyc_zipcodes_epsg2263/nyc_zipcodes.prj", "EPSG:2263"),  # ESRI State Plane in US feet
        (MAPSHAPER / "corrupt_shp_issue518_519/max_callstack_error.prj", "EPSG:3021"),  # RT90
    ],
)
def test_declared_prj_becomes_epsg_when_it_matches(shared_data: Path, rel, expected):
    report = LayerReport("t")
    decision = doctor_crs(None, None, report, prj_text=(shared_data / rel).read_text(encoding="latin-1"))
    assert decision == CrsDecision(expected, "declared", decision.reason)
    assert expected in decision.reason
    assert (report.crs, report.crs_status) == (expected, "declared")
    assert not report.warnings


@pytest.mark.parametrize(
    ("rel", "name"),
    [
        (MAPSHAPER / "oregon_custom_crs/Oregon_customCRS.prj", "Lambert_Conformal_Conic_2SP"),  # custom LCC
        (MAPSHAPER / "robinson_world_land/world_land_robin.prj", "Robinson"),
    ],
)
def test_custom_crs_stays_wkt2(shared_data: Path, rel, name):
    report = LayerReport("t")
    decision = doctor_crs(None, None, report, prj_text=(shared_data / rel).read_text(encoding="latin-1"))
    assert decision.status == "declared"
    assert decision.crs.startswith("PROJCRS[") and name in decision.crs  # WKT2, never a PROJ string
    assert CRS.from_wkt(decision.crs).to_epsg() is None
    assert "no exact EPSG equivalent" in decision.reason


def test_esri_only_crs_stays_wkt2_but_esri_alias_of_epsg_becomes_epsg():
    mollweide = doctor_crs("ESRI:54009", None, LayerReport("t"))
    assert mollweide.status == "declared"
    assert mollweide.crs.startswith("PROJCRS[") and "Mollweide" in mollweide.crs
    # ESRI:102039 (USGS Albers) has exactly the definition of EPSG:5070
    assert doctor_crs("ESRI:102039", None, LayerReport("t")).crs == "EPSG:5070"


def test_html_saved_as_prj_is_ignored_and_the_crs_guessed(shared_data: Path):
    text = (shared_data / "shapefile_quirks/shapefile-js/htmlprj_html_as_prj_no_shx/htmlprj.prj").read_text()
    report = LayerReport("t")
    decision = doctor_crs(None, (14.1, 50.0, 14.3, 50.1), report, prj_text=text, missing="No usable .prj")
    assert any("HTML page" in w for w in warnings_of(report))
    assert (decision.crs, decision.status) == ("EPSG:4326", "guessed")
    assert decision.reason.startswith("No usable .prj: ")


def test_vn2000_with_official_towgs84_is_stored_as_epsg_9214():
    report = LayerReport("t")
    decision = doctor_crs(None, projected_bounds(9214), report, prj_text=VN2000_TOWGS84_PRJ.format(dx=-191.90441429))
    assert (decision.crs, decision.status, decision.suggested) == ("EPSG:9214", "declared", None)
    assert not report.warnings


# ------------------------------------------------------------------------------------------------
# VN-2000 grid on the WGS 84 datum


def expected_shift_m(prj: str, x: float, y: float) -> float:
    a = Transformer.from_crs(CRS(prj), "EPSG:4326", always_xy=True).transform(x, y)
    b = Transformer.from_crs("EPSG:9214", "EPSG:4326", always_xy=True).transform(x, y)
    return Geod(ellps="WGS84").inv(a[0], a[1], b[0], b[1])[2]


def test_vn2000_grid_on_wgs84_datum_is_flagged_with_the_measured_shift():
    bounds = projected_bounds(9214)
    report = LayerReport("t")
    decision = doctor_crs(None, bounds, report, prj_text=VN2000_ON_WGS84_PRJ)
    assert decision.status == "declared"
    assert decision.crs.startswith("PROJCRS[")  # kept as declared...
    assert decision.suggested == "EPSG:9214"  # ...with the fix offered
    (warning,) = warnings_of(report)
    assert "puts a VN-2000 grid" in warning and "on the WGS 84 datum" in warning and "EPSG:9214" in warning
    metres = float(re.search(r"about ([\d,]+) m off at Huế", warning).group(1).replace(",", ""))
    cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    assert metres == pytest.approx(expected_shift_m(VN2000_ON_WGS84_PRJ, cx, cy), abs=1)
    assert 200 < metres < 250  # the ~225 m the design notes talk about
    assert decision.warnings == [warning]


def test_shift_is_measured_where_the_data_is():
    # Same wrong .prj, data in northern Quảng Trị: the shift is computed there, not hard-coded.
    bounds = projected_bounds(9214, (107.05, 16.95, 107.15, 17.05))
    report = LayerReport("t")
    doctor_crs(VN2000_ON_WGS84_PRJ, bounds, report)
    (warning,) = warnings_of(report)
    metres = float(re.search(r"about ([\d,]+) m off", warning).group(1).replace(",", ""))
    cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    assert metres == pytest.approx(expected_shift_m(VN2000_ON_WGS84_PRJ, cx, cy), abs=1)


def test_vn2000_datum_with_a_wrong_towgs84_is_flagged():
    report = LayerReport("t")
    decision = doctor_crs(None, projected_bounds(9214), report, prj_text=VN2000_TOWGS84_PRJ.format(dx=-150))
    assert decision.suggested == "EPSG:9214"
    (warning,) = warnings_of(report)
    assert "VN-2000 datum, but with a shift to WGS 84" in warning


@pytest.mark.parametrize(
    ("central_meridian", "expected"),
    [(107.0, "EPSG:9214"), (105.5, "EPSG:9209"), (107.75, "EPSG:5899"), (105.0, "EPSG:5897")],
)
def test_vn2000_equivalent_finds_the_epsg_grid(central_meridian, expected):
    wrong = CRS(VN2000_ON_WGS84_PRJ.replace('"Central_Meridian",107.0', f'"Central_Meridian",{central_meridian}'))
    assert vn2000_equivalent(wrong) == expected


def test_vn2000_equivalent_builds_a_wkt2_grid_when_epsg_has_none():
    wrong = CRS(VN2000_ON_WGS84_PRJ.replace('"Central_Meridian",107.0', '"Central_Meridian",109.0'))
    built = CRS(vn2000_equivalent(wrong))
    assert built.geodetic_crs.name == "VN-2000"
    assert {p.name: p.value for p in built.coordinate_operation.params}["Longitude of natural origin"] == 109.0


def test_wgs84_utm_is_not_mistaken_for_a_bad_vn2000_grid():
    report = LayerReport("t")
    decision = doctor_crs("EPSG:32648", projected_bounds(32648), report)
    assert (decision.crs, decision.suggested) == ("EPSG:32648", None)
    assert not report.warnings


# ------------------------------------------------------------------------------------------------
# guessing


def test_guess_lonlat_around_hue():
    decision = guess_crs_from_bounds(HUE_CITY)
    assert (decision.crs, decision.status) == ("EPSG:4326", "guessed")
    assert "around Huế" in decision.reason


def test_guess_tm3_bbox_made_by_projecting_hue_points():
    pts = Transformer.from_crs("EPSG:4326", "EPSG:9214", always_xy=True).transform(
        [107.5851, 107.5909, 107.6186, 107.5470], [16.4637, 16.4700, 16.4533, 16.4501]
    )
    bounds = (min(pts[0]), min(pts[1]), max(pts[0]), max(pts[1]))
    assert 540_000 < bounds[0] < bounds[2] < 600_000 and 1_800_000 < bounds[1] < bounds[3] < 1_830_000
    decision = guess_crs_from_bounds(bounds)
    assert (decision.crs, decision.status) == ("EPSG:9214", "guessed")
    assert "VN-2000 / TM-3 107-00" in decision.reason and "around Huế" in decision.reason


def test_guess_utm48n_bbox():
    decision = guess_crs_from_bounds(projected_bounds(3405))
    assert 750_000 < projected_bounds(3405)[0] < 850_000
    assert (decision.crs, decision.status) == ("EPSG:3405", "guessed")
    assert "UTM zone 48N" in decision.reason


def test_guess_utm49n_bbox_on_the_south_central_coast():
    decision = guess_crs_from_bounds(projected_bounds(3406, (108.6, 13.6, 109.2, 14.2)))
    assert decision.crs == "EPSG:3406"


def test_ambiguous_box_prefers_the_local_tm3_and_says_so():
    # Eastings near 400 000 at 21°N: under TM-3 107-00 that is Hải Dương (106.0°E), under UTM 48N it is
    # Sơn La (104.0°E). Both readings are in Vietnam; the local grid wins and the message says why.
    bounds = (400_000.0, 2_320_000.0, 410_000.0, 2_330_000.0)
    readings = {code: crs_doctor._to_lonlat_bounds(code, bounds) for code in ("EPSG:9214", "EPSG:3405")}
    assert all(crs_doctor._in_vietnam(ll, code) for code, ll in readings.items())
    decision = guess_crs_from_bounds(bounds)
    assert decision.crs == "EPSG:9214"
    assert "EPSG:3405" in decision.reason and "preferred" in decision.reason


@pytest.mark.parametrize(
    "bounds",
    [
        (1200.0, 3400.0, 1850.0, 3900.0),  # a local engineering grid
        (7_097_585.5, -609_888.8, 9_235_062.1, 974_135.1),  # Oregon in US feet (EPSG:2269) without a CRS
        (-999.0, -999.0, 4188.0, 9851.0),  # Highcharts screen coordinates
    ],
)
def test_unknown_boxes_are_not_placed(bounds):
    decision = guess_crs_from_bounds(bounds)
    assert (decision.crs, decision.status) == (None, "none")
    assert "could not be placed" in decision.reason


def test_doctor_reports_a_guess_as_a_warning():
    report = LayerReport("t")
    decision = doctor_crs(None, projected_bounds(9214), report, missing="No .prj")
    assert (decision.crs, decision.status) == ("EPSG:9214", "guessed")
    (warning,) = warnings_of(report)
    assert warning.startswith("No .prj: ") and "EPSG:9214" in warning and "this is a guess, check it" in warning.lower()
    assert (report.crs, report.crs_status) == ("EPSG:9214", "guessed")


def test_doctor_asks_the_user_when_nothing_fits():
    report = LayerReport("t")
    decision = doctor_crs(None, (1200.0, 3400.0, 1850.0, 3900.0), report)
    assert (decision.crs, decision.status) == (None, "none")
    assert "Set the layer's CRS by hand" in warnings_of(report)[0]
    assert (report.crs, report.crs_status) == (None, "none")


# ------------------------------------------------------------------------------------------------
# GeoPackages with a null CRS


@pytest.mark.parametrize(
    ("layer", "expected", "status"),
    [
        ("land", "EPSG:4326", "guessed"),  # null_crs_gdal.gpkg: srs_id 99999, Oregon in degrees
    ],
)
def test_null_crs_gpkg_is_guessed(shared_data: Path, layer, expected, status):
    gdf = gpd.read_file(shared_data / MAPSHAPER / "gpkg_crs_quirks/null_crs_gdal.gpkg", layer=layer)
    assert gdf.crs is None
    report = LayerReport(layer)
    decision = doctor_crs(gdf.crs, gdf.geometry, report)
    assert (decision.crs, decision.status) == (expected, status)


def test_missing_crs_gpkg_with_mixed_ranges(shared_data: Path):
    path = shared_data / MAPSHAPER / "gpkg_crs_quirks/missing_crs_mixed_ranges.gpkg"
    degrees = gpd.read_file(path, layer="OR_land_4326")
    feet = gpd.read_file(path, layer="OR_land_2269")
    assert doctor_crs(degrees.crs, degrees.geometry, LayerReport("a")).crs == "EPSG:4326"
    report = LayerReport("b")
    decision = doctor_crs(feet.crs, feet.geometry, report)
    assert (decision.crs, decision.status) == (None, "none")
    assert "could not be placed" in warnings_of(report)[0]


# ------------------------------------------------------------------------------------------------
# lying CRSs and absurd coordinates


def test_highcharts_file_declares_utm48n_but_holds_screen_coordinates(shared_data: Path):
    gdf = gpd.read_file(shared_data / "vietnam_admin/vn_provinces_highcharts/vn-all.geo.json")
    assert gdf.crs.to_epsg() == 32648
    report = LayerReport("vn-all")
    decision = doctor_crs(gdf.crs, gdf.geometry, report)
    assert (decision.crs, decision.status) == ("EPSG:32648", "declared")
    (warning,) = warnings_of(report)
    assert "do not fit the declared CRS" in warning and "EPSG:32648" in warning
    assert "100.5" in warning  # where UTM 48N would put them: off Sumatra, west of the zone


def test_projected_numbers_declared_as_degrees_are_caught_and_a_fix_suggested():
    report = LayerReport("t")
    decision = doctor_crs("EPSG:4326", projected_bounds(9214), report)
    assert decision.crs == "EPSG:4326" and decision.suggested == "EPSG:9214"
    (warning,) = warnings_of(report)
    assert "not longitude/latitude degrees" in warning and "EPSG:9214" in warning


@pytest.mark.parametrize(
    ("rel", "layer", "expected"),
    [
        ("city_services/nyc_zipcodes_epsg2263/nyc_zipcodes.shp", None, "EPSG:2263"),
        # all of Oregon in the Oregon North zone: partly outside its area of use, but not a lie
        (MAPSHAPER / "gpkg_crs_quirks/mixed_crs.gpkg", "oregon_2269", "EPSG:2269"),
        # RT90 2.5 gon V is used for all of Sweden: the east coast lies beyond its nominal area
        (MAPSHAPER / "corrupt_shp_issue518_519/max_callstack_error.shp", None, "EPSG:3021"),
    ],
)
def test_data_mostly_inside_the_area_of_use_is_not_flagged(shared_data: Path, rel, layer, expected):
    gdf = gpd.read_file(shared_data / rel, layer=layer)
    report = LayerReport("t")
    assert doctor_crs(gdf.crs, gdf.geometry, report).crs == expected
    assert not report.warnings


def test_wgs84_prj_on_a_layer_that_is_not_in_degrees(shared_data: Path):
    # mapshaper's Chinese-LDID sample: the .prj says WGS 84, the point is at (-248.7, 625.6)
    gdf = gpd.read_file(shared_data / MAPSHAPER / "ldid_chinese_no_cpg/chinese.shp")
    report = LayerReport("t")
    doctor_crs(gdf.crs, gdf.geometry, report)
    assert any("not longitude/latitude degrees" in w for w in warnings_of(report))


@pytest.mark.parametrize("name", ["invalid_coordinates.shp", "invalid_coordinates.json"])
def test_dbl_max_sentinel(shared_data: Path, name):
    gdf = gpd.read_file(shared_data / MAPSHAPER / "invalid_coords" / name)
    assert gdf.total_bounds[0] < -1e308  # what a naive zoom-to-extent would use
    assert robust_bounds(gdf.geometry) == (None, 1)
    report = LayerReport(name)
    decision = doctor_crs(gdf.crs, gdf.geometry, report)
    assert decision.crs == "EPSG:4326"  # both declare WGS 84 (the .shp in an EPSG-less WKT)
    (absurd,) = [m for m in report.messages if m.category == "geometry"]
    assert absurd.level == "warning" and absurd.count == 1 and "-1.797e308" in absurd.text


def test_absurd_bounds_tuple_and_robust_bounds_count():
    report = LayerReport("t")
    doctor_crs("EPSG:4326", (-1.797e308, -1.797e308, -1.797e308, -1.797e308), report)
    assert any("absurd coordinates" in m.text for m in report.warnings)
    bounds, n = robust_bounds(gdf_points := np.array(
        [shapely.Point(107.5, 16.4), shapely.Point(-1.797e308, -1.797e308), None, shapely.Point(math.nan, 1.0),
         shapely.Point(107.7, 16.6), shapely.Point(math.inf, 3.0), shapely.Point()],
        dtype=object,
    ))
    assert len(gdf_points) == 7
    assert (bounds, n) == ((107.5, 16.4, 107.7, 16.6), 3)
    # callers that computed robust bounds first can pass the count
    report = LayerReport("t")
    doctor_crs("EPSG:4326", bounds, report, n_absurd=n)
    assert [m.count for m in report.messages if m.category == "geometry"] == [3]


def test_all_null_geometries_give_no_bounds(shared_data: Path):
    gdf = gpd.read_file(shared_data / MAPSHAPER / "gpkg_crs_quirks/data_only_tables.gpkg", layer="oregon_cities")
    assert robust_bounds(gdf.geometry) == (None, 0)
    report = LayerReport("t")
    assert doctor_crs(gdf.crs, gdf.geometry, report).crs == "EPSG:4326"
    assert not report.warnings


# ------------------------------------------------------------------------------------------------
# the coarse outline of Vietnam used to tell candidate grids apart


def test_vietnam_outline_holds_every_province_and_every_hue_commune(shared_data: Path):
    outline = crs_doctor._vietnam_outline()
    provinces = gpd.read_file(shared_data / "vietnam_admin/vn_63_provinces_odv_kml/diaphantinhvn.kml")
    assert provinces.geometry.representative_point().within(outline).all()
    communes = gpd.read_file(shared_data / "vietnam_admin/hue_communes_gadm41/hue.json")
    assert communes.geometry.representative_point().within(outline).all()
    # ...and excludes the places the wrong grid would put Huế data: Laos (UTM 48N misread) and the sea
    assert not outline.contains(shapely.Point(105.6, 16.4))
    assert not outline.contains(shapely.Point(109.8, 16.4))
