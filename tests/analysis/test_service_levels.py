"""Service levels per ward / agency / category: numbers checked against a table written by hand."""

from __future__ import annotations

import math
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from gisdesk.analysis import AnalysisError, Cancelled, Context, Feedback, run_algorithm
from gisdesk.analysis.service_levels import STAT_COLUMNS, ServiceLevels
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer
from gisdesk.layers.service_requests import ServiceRequestLayer

NOW = pd.Timestamp("2025-06-10T00:00:00Z")
NaN = math.nan

# eight requests (times in UTC); x/y place them in the two wards of WARDS, outside them, or nowhere
REQUESTS = [
    # id, agency, category, status, requested, expected, closed, updated, x, y
    ("r0", "A", "Roads", "closed", "2025-06-01 00:00", "2025-06-02 00:00", "2025-06-01 10:00", None, 100, 100),
    ("r1", "A", "Roads", "closed", "2025-06-01 00:00", "2025-06-02 00:00", "2025-06-03 00:00", None, 200, 100),
    ("r2", "A", "Lights", "open", "2025-06-05 00:00", "2025-06-06 00:00", None, None, 300, 100),
    ("r3", "A", "Lights", "open", "2025-06-09 00:00", "2025-06-11 00:00", None, None, 400, 100),
    ("r4", "B", "Roads", "closed", "2025-06-01 00:00", None, "2025-06-02 06:00", None, 1500, 100),
    ("r5", "B", None, "closed", "2025-06-02 00:00", "2025-06-03 00:00", None, "2025-06-02 12:00", 1600, 100),
    ("r6", "B", "Lights", "closed", "2025-06-03 00:00", "2025-06-04 00:00", "2025-06-02 00:00", None, 5000, 100),
    ("r7", None, "Lights", "open", "2025-06-04 00:00", "2025-06-05 00:00", None, None, NaN, NaN),
]

# the expected table, by hand. Time to close: r0 10 h, r1 48 h, r4 30 h, r5 12 h (closed_at = updated),
# r6 -24 h (closed before it was made: left out of the statistics). p90 with linear interpolation:
# A: 10 + 0.9 * (48 - 10) = 44.2; B: 12 + 0.9 * (30 - 12) = 28.2.
# pct_closed_on_time: closed requests with a due time and a closing time; pct_late: (overdue + closed late)
# among the requests with a due time (r4 has none).
BY_AGENCY = pd.DataFrame(
    [
        # agency        received open overdue closed late median p90  on_time late%
        ("A", 4, 2, 1, 2, 1, 29.0, 44.2, 50.0, 50.0),
        ("B", 3, 0, 0, 3, 0, 21.0, 28.2, 100.0, 0.0),
        ("(no agency)", 1, 1, 1, 0, 0, NaN, NaN, NaN, 100.0),
    ],
    columns=["agency", *STAT_COLUMNS],
)
BY_WARD = pd.DataFrame(
    [
        ("Ward A", 4, 2, 1, 2, 1, 29.0, 44.2, 50.0, 50.0),  # r0-r3
        ("Ward B", 2, 0, 0, 2, 0, 21.0, 28.2, 100.0, 0.0),  # r4, r5
        ("(outside the wards)", 1, 0, 0, 1, 0, NaN, NaN, 100.0, 0.0),  # r6
        ("(no location)", 1, 1, 1, 0, 0, NaN, NaN, NaN, 100.0),  # r7
    ],
    columns=["ward", *STAT_COLUMNS],
)


def _t(values) -> pd.Series:
    return pd.Series(pd.to_datetime(list(values), utc=True), dtype="datetime64[ms, UTC]")


def request_layer(rows=REQUESTS, now=NOW, deadlines=None) -> ServiceRequestLayer:
    cols = list(zip(*rows, strict=True))
    table = pd.DataFrame({
        "service_request_id": pd.array(cols[0], dtype="str"),
        "agency_responsible": pd.array(cols[1], dtype="str"),
        "service_name": pd.array(cols[2], dtype="str"),
        "status": pd.array(cols[3], dtype="str"),
        "requested_datetime": _t(cols[4]),
        "expected_datetime": _t(cols[5]),
        "closed_datetime": _t(cols[6]),
        "updated_datetime": _t(cols[7]),
    })
    pts = PointData(table, np.array(cols[8], dtype=float), np.array(cols[9], dtype=float), crs="EPSG:9214")
    return ServiceRequestLayer(pts, name="requests", now=now, deadlines=deadlines)


def wards() -> VectorLayer:
    gdf = gpd.GeoDataFrame({"name": ["Ward A", "Ward B"], "population": [1000, 2000]},
                           geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs="EPSG:9214")
    return VectorLayer(gdf, name="wards")


def run(values, context=None, feedback=None):
    return run_algorithm("service_levels", values, context or Context(), feedback or Feedback())


def assert_table(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = got.reset_index(drop=True)
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got.astype({got.columns[0]: object}), expected.astype({expected.columns[0]: object}),
                                  check_dtype=False, atol=1e-9)


def test_by_agency_hand_computed():
    res = run({"requests": request_layer(), "by": "agency"})
    assert_table(res.table, BY_AGENCY)
    assert res.layer is None and res.name == "Service levels by agency"
    text = "\n".join(res.summary)
    assert ("requests: 8 requests, 3 open, of which 2 overdue; 5 closed, of which 1 late; "
            "median time to close 21.0 h.") in text
    assert ("Most overdue agencies: (no agency): 1 overdue of 1 open (100% of its requests missed the due time); "
            "A: 1 overdue of 2 open (50% of its requests missed the due time).") in text
    assert "1 request was closed before it was made according to the data" in text
    assert "1 request has no due time" in text


def test_by_ward_hand_computed_with_layer_and_style():
    res = run({"requests": request_layer(), "by": "ward", "wards": wards(), "ward_label": "name"})
    assert_table(res.table, BY_WARD)
    layer = res.layer
    assert isinstance(layer, gpd.GeoDataFrame) and layer.crs == "EPSG:9214" and len(layer) == 2
    assert list(layer["ward"]) == ["Ward A", "Ward B"] and list(layer["population"]) == [1000, 2000]
    assert list(layer["received"]) == [4, 2] and list(layer["overdue"]) == [1, 0]
    assert list(layer["pct_late"]) == [50.0, 0.0]
    assert res.style["kind"] == "graduated" and res.style["column"] == "pct_late"
    text = "\n".join(res.summary)
    assert "1 request lies outside every ward: not on the ward map, but in the table as '(outside the wards)'" in text
    assert "1 request has no location" in text
    assert "Most overdue wards: Ward A: 1 overdue of 2 open" in text  # the groups off the map are not "wards"


def test_by_category_missing_values():
    res = run({"requests": request_layer(), "by": "category"})
    t = res.table.set_index("category")
    assert list(res.table["category"]) == ["Lights", "Roads", "(no category)"]  # most received first
    assert t.loc["Lights", "received"] == 4 and t.loc["Lights", "overdue"] == 2
    assert t.loc["Roads", "median_time_to_close_h"] == pytest.approx(30.0)  # 10, 48, 30
    assert t.loc["(no category)", "received"] == 1 and t.loc["(no category)", "pct_closed_on_time"] == 100.0


def test_median_ignores_open_requests():
    # only open requests: every time to close is NaN, the median is NaN (not 0) and nothing breaks
    rows = [r for r in REQUESTS if r[3] == "open"]
    t = run({"requests": request_layer(rows), "by": "agency"}).table
    assert t["median_time_to_close_h"].isna().all() and t["p90_time_to_close_h"].isna().all()
    assert t["pct_closed_on_time"].isna().all()
    assert list(t["open"]) == [2, 1]


def test_deadlines_of_the_layer_give_due_times():
    # "Roads" must be closed within 24 h: r4 (no expected time, closed after 30 h) becomes late
    res = run({"requests": request_layer(deadlines={"Roads": 24}), "by": "agency"})
    b = res.table.set_index("agency").loc["B"]
    assert b["closed_late"] == 1 and b["pct_late"] == pytest.approx(100 / 3, abs=0.05)
    assert not any("no due time" in s for s in res.summary)


def test_overdue_depends_on_now():
    later = run({"requests": request_layer(now=pd.Timestamp("2025-06-12T00:00:00Z")), "by": "agency"}).table
    assert later.set_index("agency").loc["A", "overdue"] == 2  # r3 was due on 06-11
    earlier = run({"requests": request_layer(now=pd.Timestamp("2025-06-05T12:00:00Z")), "by": "agency"}).table
    assert earlier.set_index("agency").loc["A", "overdue"] == 0  # r2 not yet due


def test_time_window_takes_requests_received_in_it():
    window = TimeWindow.of("2025-06-02T00:00:00Z", "2025-06-06T00:00:00Z")  # r5, r6, r7, r2
    res = run({"requests": request_layer(), "by": "agency"}, Context(time_window=window))
    t = res.table.set_index("agency")
    assert dict(t["received"]) == {"B": 2, "A": 1, "(no agency)": 1}
    assert t.loc["A", "overdue"] == 1 and t.loc["B", "closed"] == 2
    assert any("4 requests received outside the time window" in s for s in res.summary)
    empty = TimeWindow.of("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")
    with pytest.raises(AnalysisError, match="No request of requests was received inside the current time window"):
        run({"requests": request_layer(), "by": "agency"}, Context(time_window=empty))


def test_plain_layer_with_export_columns():
    """``gisdesk run`` on a CSV: the export's names, statuses in its own words, times as ISO text."""
    cols = list(zip(*REQUESTS, strict=True))

    def text(values):
        return pd.array([None if v is None else v.replace(" ", "T") + ":00Z" for v in values], dtype="str")

    table = pd.DataFrame({
        "Unique Key": range(8),
        "Agency": pd.array(cols[1], dtype="str"),
        "Complaint Type": pd.array(cols[2], dtype="str"),
        "Status": pd.array(["Closed" if s == "closed" else "In Progress" for s in cols[3]], dtype="str"),
        "Created Date": text(cols[4]),
        "Due Date": text(cols[5]),
        "Closed Date": text(cols[6]),
        "Resolution Action Updated Date": text(cols[7]),
    })
    lyr = VectorLayer(PointData(table, np.array(cols[8], float), np.array(cols[9], float), crs="EPSG:9214"),
                      name="export")
    res = run({"requests": lyr, "by": "ward", "wards": wards()})
    expected = BY_WARD.copy()
    expected.loc[0, "overdue"] = 2  # now is today: r3 (due 2025-06-11) is overdue too
    expected.loc[0, "pct_late"] = 75.0
    assert_table(res.table, expected)
    assert any("'Created Date'" in s and "'Agency'" in s for s in res.summary)


def test_plain_layer_statuses_in_own_words():
    table = pd.DataFrame({
        "Created Date": ["2025-06-01T00:00:00Z"] * 5,
        "Closed Date": [None, "2025-06-01T05:00:00Z", "2025-06-01T07:00:00Z", None, ""],
        "Trạng thái": ["Đang xử lý", "Đã xử lý", " ", "Chờ phê duyệt lần 2", "Chờ phê duyệt lần 2"],
        "Đơn vị xử lý": ["Sở Xây dựng", "Sở Xây dựng", " Sở Xây dựng ", None, "UBND phường"],
    })
    lyr = VectorLayer(PointData(table, np.zeros(5), np.zeros(5), crs="EPSG:9214"), name="export")
    res = run({"requests": lyr, "by": "agency"})
    t = res.table.set_index("agency")
    # a blank status but a closing time: closed; a status nobody knows: open (and said so); text trimmed
    assert dict(t["received"]) == {"Sở Xây dựng": 3, "(no agency)": 1, "UBND phường": 1}
    assert t.loc["Sở Xây dựng", "closed"] == 2 and t.loc["Sở Xây dựng", "median_time_to_close_h"] == 6.0
    assert t.loc["(no agency)", "open"] == 1 and t.loc["UBND phường", "open"] == 1
    assert any("2 requests have a status not known as open or closed ('Chờ phê duyệt lần 2')" in s
               for s in res.summary)


def test_missing_columns_are_named():
    table = pd.DataFrame({"Created Date": ["2025-06-01T00:00:00Z"], "note": ["x"]})
    lyr = VectorLayer(PointData(table, np.zeros(1), np.zeros(1), crs="EPSG:9214"), name="export")
    with pytest.raises(AnalysisError, match=r"no column gives the status .*Its columns: 'Created Date', 'note'"):
        run({"requests": lyr, "by": "agency"})
    table["Status"] = ["Open"]
    lyr = VectorLayer(PointData(table, np.zeros(1), np.zeros(1), crs="EPSG:9214"), name="export")
    with pytest.raises(AnalysisError, match=r"no column gives the agency \(agency_responsible"):
        run({"requests": lyr, "by": "agency"})
    assert run({"requests": lyr, "by": "ward", "wards": wards()}).table["received"].sum() == 1


def test_by_ward_needs_wards():
    with pytest.raises(AnalysisError, match="need the ward polygons"):
        run({"requests": request_layer(), "by": "ward"})
    with pytest.raises(AnalysisError, match="must be one of ward, agency, category"):
        run({"requests": request_layer(), "by": "district"})


def test_cancel():
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        run({"requests": request_layer(), "by": "agency"}, feedback=fb)
    fb2 = Feedback(lambda f, _m: fb2.cancel() if f >= 0.3 else None)
    with pytest.raises(Cancelled):
        run({"requests": request_layer(), "by": "agency"}, feedback=fb2)


def test_registered():
    assert ServiceLevels.time_aware and ServiceLevels.group == "Time and service levels"


# -- real data -------------------------------------------------------------------------------------
def _check_sane(t: pd.DataFrame) -> None:
    assert (t["open"] + t["closed"] == t["received"]).all()
    assert (t["overdue"] <= t["open"]).all() and (t["closed_late"] <= t["closed"]).all()
    for c in ("median_time_to_close_h", "p90_time_to_close_h"):
        assert (t[c].dropna() >= 0).all()
    assert (t["median_time_to_close_h"] <= t["p90_time_to_close_h"]).where(t["p90_time_to_close_h"].notna(),
                                                                          True).all()
    for c in ("pct_closed_on_time", "pct_late"):
        assert t[c].dropna().between(0, 100).all()


def test_nyc_311_exports(shared_data):
    from gisdesk.io.readers import read_vector

    base = shared_data / "city_services"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the readers' notes on these exports are not under test here
        zips = read_vector(base / "nyc_zipcodes_epsg2263" / "nyc_zipcodes.shp")
        old = read_vector(base / "nyc311_2018_1000rows" / "311_Service_Requests.csv")
        new = read_vector(base / "nyc311_2023_500rows_socrata_api" / "311_Service_Requests.csv")
    # 2018 export: 1000 requests, 107 without a position, 969 closed; 17 open ones have a Closed Date, 10 of them
    # ("Pending") one to five days before their Created Date: the status is trusted (open), so no time to close
    # is negative
    res = run({"requests": old, "by": "ward", "wards": zips})
    t = res.table
    _check_sane(t)
    assert t["received"].sum() == 1000 and t["closed"].sum() == 969
    assert t.set_index("ward").loc["(no location)", "received"] == 107
    assert len(res.layer) == len(zips) and res.layer.crs == zips.crs
    assert "17 requests are open but have a closing time in the data (10 of them before they were made)" in "".join(
        res.summary)
    assert not any("closed before" in s for s in res.summary)
    agencies = run({"requests": old, "by": "agency"}).table
    _check_sane(agencies)
    assert agencies["agency"].iloc[0] == "NYPD" and agencies["received"].iloc[0] == 347
    # 2023 Socrata export: no due dates at all, so nothing can be overdue or late
    res = run({"requests": new, "by": "category"})
    _check_sane(res.table)
    assert res.table["received"].sum() == 500 and res.table["overdue"].sum() == 0
    assert res.table["pct_late"].isna().all()
    assert any("500 requests have no due time" in s for s in res.summary)
    t = run({"requests": new, "by": "ward", "wards": zips}).table
    _check_sane(t)
    assert t["ward"].iloc[-1] == "(no location)" and t["received"].iloc[-1] == 68
    assert "(outside the wards)" not in set(t["ward"])  # an empty group off the map is not listed


def test_sample_project_plain_and_request_layer_agree(sample_data):
    """The sample's 50,000 requests: opened as service requests (GUI) or as a plain layer (CLI), same table."""
    from gisdesk.io.city_layers import open_service_requests
    from gisdesk.io.readers import read_vector

    src = sample_data / "service_requests.zip"
    if not src.exists():
        pytest.skip("the sample data are not built")
    path = f"{src}!service_requests.gpkg"
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Non-conformant content", category=RuntimeWarning)
        plain = read_vector(path, layer="requests")
        layer = open_service_requests(path, layer="requests")
    a = run({"requests": plain, "by": "agency"}).table
    b = run({"requests": layer, "by": "agency"}).table
    pd.testing.assert_frame_equal(a, b)
    _check_sane(a)
    assert a["received"].sum() == 50_000
