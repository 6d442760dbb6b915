"""Trends: counts per local week/month per category (and ward), zero-filled, with the change against the period
before; checked against a brute-force loop over Python datetimes in Asia/Ho_Chi_Minh."""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from zoneinfo import ZoneInfo

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from gisdesk.analysis import AnalysisError, Cancelled, Context, Feedback, LayerInput, run_algorithm
from gisdesk.analysis.base import transform_xy
from gisdesk.analysis.trends import Trends, period_index, period_start_days
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, VectorLayer
from gisdesk.layers.service_requests import ServiceRequestLayer

HUE = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = pd.Timestamp("2025-06-01T00:00:00Z")


def _utc(values: list) -> pd.Series:
    return pd.Series(pd.to_datetime(values, utc=True), dtype="datetime64[ms, UTC]")


def request_layer(times, cats=None, x=None, y=None, crs="EPSG:9214", now=NOW, **extra) -> ServiceRequestLayer:
    n = len(times)
    table = pd.DataFrame({
        "service_request_id": [f"R{i}" for i in range(n)],
        "status": ["closed"] * n,
        "service_name": pd.array(cats if cats is not None else ["Roads"] * n, dtype="str"),
        "requested_datetime": _utc(times),
        **extra,
    })
    x = np.full(n, 500.0) if x is None else np.asarray(x, dtype=float)
    y = np.full(n, 500.0) if y is None else np.asarray(y, dtype=float)
    return ServiceRequestLayer(PointData(table, x, y, crs=crs), name="requests", now=now)


def run(values, context=None, feedback=None):
    return run_algorithm("trends", values, context or Context(), feedback or Feedback())


def local_week(ts: pd.Timestamp) -> dt.date:
    d = ts.to_pydatetime().astimezone(HUE).date()
    return d - dt.timedelta(days=d.weekday())


def local_month(ts: pd.Timestamp) -> dt.date:
    return ts.to_pydatetime().astimezone(HUE).date().replace(day=1)


# -- local-time periods ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("utc", "week", "month"),
    [
        ("2025-03-02T16:30:00Z", "2025-02-24", "2025-03-01"),  # Sunday 23:30 in Huế: Sunday's week
        ("2025-03-02T17:30:00Z", "2025-03-03", "2025-03-01"),  # Monday 00:30 in Huế: a new week
        ("2025-02-28T16:30:00Z", "2025-02-24", "2025-02-01"),  # 28 Feb 23:30 in Huế: February
        ("2025-02-28T17:00:00Z", "2025-02-24", "2025-03-01"),  # 1 March 00:00 in Huế: March (UTC says February)
        ("2024-12-31T17:00:00Z", "2024-12-30", "2025-01-01"),  # a new year in Huế, still 2024 in UTC
        ("1970-01-01T00:00:00Z", "1969-12-29", "1970-01-01"),
    ],
)
def test_local_period_boundaries(utc, week, month):
    ns = np.array([pd.Timestamp(utc).value], dtype=np.int64)
    assert str(period_start_days(period_index(ns, "week"), "week")[0]) == week
    assert str(period_start_days(period_index(ns, "month"), "month")[0]) == month


def test_boundary_requests_land_in_local_periods():
    times = ["2025-03-02T16:30:00Z", "2025-03-02T17:30:00Z", "2025-02-28T16:30:00Z", "2025-02-28T17:00:00Z"]
    lyr = request_layer(times)
    weeks = run({"requests": lyr, "period": "week"}).table
    assert dict(zip(weeks["period_start"], weeks["count"], strict=True)) == {"2025-02-24": 3, "2025-03-03": 1}
    assert list(weeks["period"]) == ["2025-W09", "2025-W10"]
    months = run({"requests": lyr, "period": "month"}).table
    assert dict(zip(months["period_start"], months["count"], strict=True)) == {"2025-02-01": 1, "2025-03-01": 3}


# -- counts against a brute-force loop -------------------------------------------------------------
def _random_requests(seed: int, n: int = 400):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2025-01-01T00:00:00Z").value
    t = start + rng.integers(0, 120 * 86400, n) * 10**9  # four months, any time of day
    cats = rng.choice(["Roads", "Lighting", "Rubbish", None], n, p=[0.5, 0.2, 0.25, 0.05])
    x = rng.uniform(-100, 2100, n)  # two wards side by side (0..1000, 1000..2000) and a margin outside
    y = rng.uniform(0, 1000, n)
    x[rng.random(n) < 0.05] = np.nan  # some without a location
    return pd.to_datetime(t, utc=True), cats, x, y


def _wards(crs="EPSG:9214") -> VectorLayer:
    gdf = gpd.GeoDataFrame({"name": ["Phường A", "Phường B"], "code": ["A", "B"]},
                           geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=crs)
    return VectorLayer(gdf, name="wards")


def _brute_ward(x, y):
    if not (np.isfinite(x) and np.isfinite(y)):
        return "(no location)"
    if 0 <= x <= 1000 and 0 <= y <= 1000:
        return "Phường A"  # a point on the shared edge x=1000 goes to the lower-numbered polygon
    if 1000 < x <= 2000 and 0 <= y <= 1000:
        return "Phường B"
    return "(outside the wards)"


@pytest.mark.parametrize("period", ["week", "month"])
@pytest.mark.parametrize("seed", [1, 2])
def test_counts_match_a_brute_force_loop(period, seed):
    times, cats, x, y = _random_requests(seed)
    lyr = request_layer(list(times), list(cats), x, y)
    res = run({"requests": lyr, "period": period, "wards": _wards()})
    bucket = local_week if period == "week" else local_month
    expected: Counter = Counter()
    for ts, c, xx, yy in zip(times, cats, x, y, strict=True):
        expected[(bucket(ts).isoformat(), c if c is not None else "(no category)", _brute_ward(xx, yy))] += 1
    got = {(r.period_start, r.category, r.ward): r.count for r in res.table.itertuples() if r.count}
    assert got == dict(expected)
    # every series has every period (zero-filled), and previous_count is the series' count one period earlier
    t = res.table
    periods = sorted(set(t["period_start"]))
    for _, s in t.groupby(["category", "ward"]):
        assert list(s["period_start"]) == periods
        assert s["previous_count"].iloc[0] is pd.NA  # nothing before the data: unknown, not 0
        assert list(s["previous_count"].iloc[1:].astype(int)) == list(s["count"].iloc[:-1])
    assert int(t["count"].sum()) == len(times)
    # the chart sums the wards
    series = res.chart["series"]
    assert sum(sum(v) for v in series.values()) == len(times)
    assert res.chart["x"][0] == periods[0] if period == "week" else periods[0][:7]


def test_zero_filled_gaps_and_change():
    # week of 2025-01-06: 4; two empty weeks; week of 2025-01-27: 2; the next week: 3
    times = (["2025-01-06T03:00:00Z"] * 4 + ["2025-01-27T03:00:00Z"] * 2 + ["2025-02-03T03:00:00Z"] * 3)
    res = run({"requests": request_layer(times), "period": "week"})
    t = res.table
    assert list(t["period_start"]) == ["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03"]
    assert list(t["count"]) == [4, 0, 0, 2, 3]
    assert t["previous_count"].tolist()[1:] == [4, 0, 0, 2]
    assert t["change"].tolist()[1:] == [-4, 0, 2, 1]
    pct = t["change_pct"].tolist()
    assert np.isnan(pct[0]) and pct[1] == -100.0 and np.isnan(pct[2]) and np.isnan(pct[3])  # from 0: no %
    assert pct[4] == 50.0
    assert res.chart["series"] == {"Roads": [4, 0, 0, 2, 3]}


def test_summary_compares_the_latest_full_period():
    # January 2025: Roads 4, Lighting 2; February: Roads 6, Lighting 1, Rubbish 3; March 1st: one request (the
    # data end there, so March is not complete and February is the latest full month)
    times = (["2025-01-10T03:00:00Z"] * 6 + ["2025-02-10T03:00:00Z"] * 10 + ["2025-03-01T03:00:00Z"])
    cats = ["Roads"] * 4 + ["Lighting"] * 2 + ["Roads"] * 6 + ["Lighting"] + ["Rubbish"] * 3 + ["Roads"]
    res = run({"requests": request_layer(times, cats), "period": "month"})
    text = "\n".join(res.summary)
    assert "17 requests counted in 3 months, 2025-01 to 2025-03" in text
    assert "2025-02 (the latest complete month): 10 requests, against 6 the month before (+67%)." in text
    assert "Rose most: Rubbish: 0 → 3 (new); Roads: 4 → 6 (+50%)." in text
    assert "Fell most: Lighting: 2 → 1 (-50%)." in text
    assert "Not complete" in text and "2025-03" in text
    # the data start on 10 January and end on 1 March: only February lies wholly inside them
    assert list(res.table.loc[res.table["category"] == "Roads", "full"]) == [False, True, False]


def test_chart_keeps_six_categories_and_other():
    cats = [f"C{i}" for i in range(9) for _ in range(9 - i)]  # C0 x9, C1 x8, ... C8 x1
    times = ["2025-01-10T03:00:00Z"] * len(cats)
    res = run({"requests": request_layer(times, cats), "period": "month"})
    series = res.chart["series"]
    assert list(series) == ["C0", "C1", "C2", "C3", "C4", "C5", "Other"]
    assert series["C0"] == [9] and series["Other"] == [3 + 2 + 1]
    assert res.chart["title"] == "Requests per month by category"


def test_requests_without_time_are_left_out():
    times = ["2025-01-10T03:00:00Z", None, "2025-01-11T03:00:00Z", None, None]
    res = run({"requests": request_layer(times), "period": "month"})
    assert int(res.table["count"].sum()) == 2
    assert "3 requests without a request time were left out." in res.summary


def test_time_window_keeps_requests_received_in_it():
    times = (["2025-01-08T03:00:00Z"] * 3  # week of 01-06 (before the window)
             + ["2025-01-14T03:00:00Z"] * 5  # week of 01-13
             + ["2025-01-21T03:00:00Z"] * 2  # week of 01-20
             + ["2025-02-05T03:00:00Z"] * 7)  # week of 02-03 (after the window)
    lyr = request_layer(times)
    window = TimeWindow.of("2025-01-13T00:00:00+07:00", "2025-01-27T00:00:00+07:00")
    res = run({"requests": lyr, "period": "week"}, Context(time_window=window))
    t = res.table
    assert list(t["period_start"]) == ["2025-01-13", "2025-01-20"]
    assert list(t["count"]) == [5, 2]
    # the first week's "previous" comes from the week before the window (data exist there)
    assert t["previous_count"].tolist() == [3, 5]
    assert t["change_pct"].tolist() == [pytest.approx(66.7), -60.0]
    assert t["full"].tolist() == [True, True]
    assert any("time window" in s for s in res.summary)
    # a window that starts mid-week: that week is counted from the window start only and is not full
    window = TimeWindow.of("2025-01-15T00:00:00+07:00", "2025-01-27T00:00:00+07:00")
    t = run({"requests": lyr, "period": "week"}, Context(time_window=window)).table
    assert list(t["count"]) == [0, 2] and t["full"].tolist() == [False, True]
    # a window with nothing in it
    empty = TimeWindow.of("2024-01-01T00:00:00+07:00", "2024-02-01T00:00:00+07:00")
    with pytest.raises(AnalysisError, match="time window"):
        run({"requests": lyr, "period": "week"}, Context(time_window=empty))


def test_filters_and_selection_apply():
    times = ["2025-01-10T03:00:00Z"] * 4
    lyr = request_layer(times, ["Roads", "Roads", "Lighting", "Rubbish"])
    lyr.filters = {"service_name": ["Roads", "Lighting"]}
    assert int(run({"requests": lyr, "period": "month"}).table["count"].sum()) == 3
    lyr.selection = [0, 3]
    res = run({"requests": LayerInput(lyr, selected_only=True), "period": "month"})
    assert res.table[["category", "count"]].values.tolist() == [["Roads", 1]]


def test_ward_assignment_reprojects_points():
    wards = _wards("EPSG:9214")
    # points given in WGS 84: the centres of the two wards and one far outside, one without a location
    cx, cy = transform_xy(np.array([500.0, 1500.0, 500.0, 9e5]), np.array([500.0, 500.0, 400.0, 500.0]),
                          "EPSG:9214", "EPSG:4326")
    x = np.append(cx, np.nan)
    y = np.append(cy, np.nan)
    times = ["2025-01-10T03:00:00Z"] * 5
    lyr = request_layer(times, x=x, y=y, crs="EPSG:4326")
    res = run({"requests": lyr, "period": "month", "wards": wards, "ward_label": "code"})
    got = dict(zip(res.table["ward"], res.table["count"], strict=True))
    assert got == {"A": 2, "B": 1, "(outside the wards)": 1, "(no location)": 1}
    assert any("1 lies outside every polygon of wards" in s and "1 has no location" in s for s in res.summary)
    # the default label is the name-like column
    res = run({"requests": lyr, "period": "month", "wards": wards})
    assert set(res.table["ward"]) == {"Phường A", "Phường B", "(outside the wards)", "(no location)"}


def test_wards_that_do_not_overlap():
    lyr = request_layer(["2025-01-10T03:00:00Z"], x=[5e6], y=[5e6])
    with pytest.raises(AnalysisError, match="do not overlap"):
        run({"requests": lyr, "period": "month", "wards": _wards()})


def test_category_field_of_the_layer():
    times = ["2025-01-10T03:00:00Z"] * 3
    lyr = request_layer(times, urgency=pd.array(["urgent", "normal", None], dtype="str"))
    t = run({"requests": lyr, "period": "month", "category": "urgency"}).table
    assert dict(zip(t["category"], t["count"], strict=True)) == {"urgent": 1, "normal": 1, "(no category)": 1}
    with pytest.raises(AnalysisError, match="no column 'nope'"):
        run({"requests": lyr, "period": "month", "category": "nope"})


def test_plain_layer_with_export_columns():
    """What ``gisdesk run`` gets from a CSV: a plain point layer with the export's own column names and
    times as text (read as Huế time, since they carry no zone)."""
    table = pd.DataFrame({
        "Unique Key": [1, 2, 3, 4],
        "Created Date": ["03/02/2025 11:30:00 PM", "03/03/2025 12:30:00 AM", "03/10/2025 09:00:00 AM", ""],
        "Complaint Type": ["Noise", "Noise", "Street Light", "Noise"],
        "Status": ["Closed", "Open", "In Progress", "Closed"],
    })
    lyr = VectorLayer(PointData(table, np.full(4, 107.6), np.full(4, 16.46), crs="EPSG:4326"), name="export")
    res = run({"requests": lyr, "period": "week"})
    got = {(r.period_start, r.category): r.count for r in res.table.itertuples() if r.count}
    # Sunday 2 March 23:30 in Huế is in the week of 24 February; Monday 00:30 starts the next week
    assert got == {("2025-02-24", "Noise"): 1, ("2025-03-03", "Noise"): 1, ("2025-03-10", "Street Light"): 1}
    text = "\n".join(res.summary)
    assert "1 request without a request time was left out." in text
    assert "'Created Date'" in text  # the summary says which column gave the request time


def test_plain_layer_with_vietnamese_headers_and_spreadsheet_dates():
    """An XLSX export of the city: Vietnamese headers and date cells without a zone (Huế wall-clock times)."""
    table = pd.DataFrame({
        "Mã phản ánh": ["PA1", "PA2", "PA3"],
        "Thời gian gửi": pd.to_datetime(["2025-03-02 23:30", "2025-03-03 00:30", "2025-02-28 23:59"]),
        "Lĩnh vực": ["Cây xanh", "Cây xanh", "Chiếu sáng"],
        "Trạng thái": ["Đang xử lý", "Đã xử lý", "  "],
    })
    lyr = VectorLayer(PointData(table, np.full(3, 107.6), np.full(3, 16.46), crs="EPSG:4326"), name="hue-s")
    weeks = run({"requests": lyr, "period": "week"}).table
    got = {(r.period_start, r.category): r.count for r in weeks.itertuples() if r.count}
    assert got == {("2025-02-24", "Cây xanh"): 1, ("2025-03-03", "Cây xanh"): 1, ("2025-02-24", "Chiếu sáng"): 1}
    months = run({"requests": lyr, "period": "month"}).table
    got = {(r.period_start, r.category): r.count for r in months.itertuples() if r.count}
    assert got == {("2025-03-01", "Cây xanh"): 2, ("2025-02-01", "Chiếu sáng"): 1}


def test_missing_request_time_column():
    table = pd.DataFrame({"name": ["a", "b"], "kind": ["x", "y"]})
    lyr = VectorLayer(PointData(table, np.zeros(2), np.zeros(2), crs="EPSG:9214"), name="shops")
    with pytest.raises(AnalysisError, match=r"shops does not look like a layer of service requests.*"
                                            r"requested_datetime.*Its columns: 'name', 'kind'"):
        run({"requests": lyr, "period": "week"})


def test_cancel_before_and_during():
    lyr = request_layer(["2025-01-10T03:00:00Z"] * 3)
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        run({"requests": lyr}, feedback=fb)
    seen: list[float] = []
    fb2 = Feedback()

    def on_progress(fraction: float, _msg: str) -> None:
        seen.append(fraction)
        if fraction >= 0.2:
            fb2.cancel()

    fb2._on_progress = on_progress
    with pytest.raises(Cancelled):
        run({"requests": lyr}, feedback=fb2)
    assert seen and max(seen) < 1.0


def test_registered():
    assert Trends.id == "trends" and Trends.time_aware and Trends.group == "Time and service levels"


# -- real data -------------------------------------------------------------------------------------
def test_nyc_311_export(shared_data):
    from gisdesk.io.readers import read_vector
    from gisdesk.io.service_requests import parse_datetimes

    path = shared_data / "city_services" / "nyc311_2018_1000rows" / "311_Service_Requests.csv"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the table reader's notes on the export are not under test here
        lyr = read_vector(path)
        res = run({"requests": lyr, "period": "month"})
    t = res.table
    # brute force: the export's own text dates (no zone: Huế wall clock) bucketed by month
    created = parse_datetimes(lyr.attributes["Created Date"], dayfirst=False).values.dropna()
    expected = Counter(local_month(ts).isoformat() for ts in created)
    per_month = t.groupby("period_start")["count"].sum()
    assert {k: int(v) for k, v in per_month.items() if v} == dict(expected)
    assert int(t["count"].sum()) == len(created) == 1000
    assert t["change_pct"].dropna().between(-100, 1e6).all()
    assert per_month.index[0] == "2014-05-01" and per_month.index[-1] == "2019-09-01"  # the export's stray dates
    assert any("were read as Asia/Ho_Chi_Minh time" in s for s in res.summary)
