"""ServiceRequestLayer: derived fields (due, age, time to close, overdue, state) computed for every row,
deadlines per category, the default style, counts, and the project round trip."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.registry import layer_from_state
from gisdesk.layers import PointData, ServiceRequestLayer

NOW = "2025-06-10T12:00+07:00"


def _frame() -> PointData:
    t = lambda s: pd.Timestamp(s).tz_convert("UTC") if s else pd.NaT  # noqa: E731
    rows = [
        # id, code, status, requested, expected, closed, updated
        ("A", "VSMT", "open", "2025-06-01T08:00+07:00", "2025-06-05T08:00+07:00", None, None),  # overdue (expected)
        ("B", "VSMT", "open", "2025-06-10T08:00+07:00", "2025-06-12T08:00+07:00", None, None),  # open, not due
        ("C", "GTDB", "open", "2025-06-08T12:00+07:00", None, None, None),  # deadline 24 h -> overdue
        ("D", "GTDB", "closed", "2025-06-01T00:00+07:00", None, "2025-06-01T10:00+07:00", None),  # closed in time
        ("E", "CSCC", "closed", "2025-06-01T00:00+07:00", "2025-06-01T06:00+07:00", None,
         "2025-06-02T00:00+07:00"),  # closed late (closed_at from updated)
        ("F", "CSCC", "open", None, None, None, None),  # no time at all
    ]
    cols = ["service_request_id", "service_code", "status", "requested_datetime", "expected_datetime",
            "closed_datetime", "updated_datetime"]
    df = pd.DataFrame(rows, columns=cols)
    for c in cols[3:]:
        df[c] = pd.Series([t(v) for v in df[c]], dtype="datetime64[ms, UTC]")
    df["service_name"] = df["service_code"].map({"VSMT": "Vệ sinh môi trường", "GTDB": "Giao thông",
                                                 "CSCC": "Chiếu sáng"}).astype("str")
    x = np.array([107.58, 107.59, 107.60, 107.61, 107.62, np.nan])
    return PointData(df, x, np.full(6, 16.46), crs="EPSG:4326")


def test_derived_fields_by_hand():
    lyr = ServiceRequestLayer(_frame(), name="r", deadlines={"GTDB": 24}, now=NOW)
    a = lyr.attributes.set_index("service_request_id")
    assert a["state"].to_dict() == {"A": "overdue", "B": "open", "C": "overdue", "D": "closed", "E": "closed",
                                    "F": "open"}
    assert a["overdue"].tolist() == [True, False, True, False, True, False]  # E was closed after it was due
    assert a.loc["C", "due_datetime"] == pd.Timestamp("2025-06-09T12:00+07:00")
    assert a.loc["E", "closed_at"] == pd.Timestamp("2025-06-02T00:00+07:00")  # from updated_datetime
    assert a.loc["A", "age_hours"] == pytest.approx(9 * 24 + 4)
    assert a.loc["D", "age_hours"] == pytest.approx(10) and a.loc["D", "time_to_close_hours"] == pytest.approx(10)
    assert np.isnan(a.loc["B", "time_to_close_hours"]) and np.isnan(a.loc["F", "age_hours"])
    assert lyr.counts() == {"total": 6, "open": 4, "overdue": 2, "closed": 2}
    assert lyr.time_field == "requested_datetime" and lyr.time_end_field == "closed_at"
    assert not lyr.geometries_built


def test_deadlines_change_recomputes_and_keeps_selection():
    lyr = ServiceRequestLayer(_frame(), name="r", now=NOW)
    assert lyr.attributes["state"].tolist()[2] == "open"  # no deadline for GTDB yet, no expected time
    lyr.selection = [2, 3]
    events = []
    lyr.events.filter.connect(lambda s: events.append(s))
    lyr.set_deadlines({"Giao thông": 24})  # by service_name works too
    assert lyr.attributes["state"].tolist()[2] == "overdue"
    assert lyr.selection.tolist() == [2, 3] and events
    with pytest.raises(ValueError):
        lyr.set_deadlines({"GTDB": -1})


def test_default_style_draws_overdue_on_top():
    lyr = ServiceRequestLayer(_frame(), name="r", now=NOW)
    style = lyr.style
    assert style["kind"] == "categorized" and style["column"] == "state"
    assert [c["value"] for c in style["categories"]] == ["closed", "open", "overdue"]  # drawn in this order
    sizes = [c["symbol"]["size"] for c in style["categories"]]
    assert sizes == sorted(sizes)


def test_time_window_keeps_requests_until_closed():
    from gisdesk.core.timewindow import TimeWindow

    lyr = ServiceRequestLayer(_frame(), name="r", now=NOW)
    w = TimeWindow.of("2025-06-01T12:00+07:00", "2025-06-02T12:00+07:00")
    shown = lyr.attributes["service_request_id"][lyr.visible_rows(w)].tolist()
    # A (made 1 June 08:00, open) is shown; D closed at 10:00 before the window; E closed 2 June 00:00 within
    assert shown == ["A", "E"]
    assert lyr.counts(w) == {"total": 2, "open": 1, "overdue": 1, "closed": 1}


def test_state_round_trip_in_memory():
    lyr = ServiceRequestLayer(_frame(), name="r", deadlines={"GTDB": 24}, now=NOW, mapping={"fields": {}})
    lyr.filters = {"service_code": ["VSMT", "GTDB"]}
    state = lyr.get_state()
    assert state["type"] == "service_requests" and state["deadlines"] == {"GTDB": 24.0}
    assert "state" not in state["data"].columns  # derived columns are recomputed, not stored
    again = layer_from_state(state)
    assert isinstance(again, ServiceRequestLayer)
    assert again.deadlines == {"GTDB": 24.0} and again.filters == lyr.filters
    assert again.attributes["service_request_id"].tolist() == list("ABCDEF")


def test_sample_requests_open_as_a_first_class_layer(sample_data):
    from gisdesk.io import open_service_requests

    lyr = open_service_requests(f"{sample_data / 'service_requests.zip'}!service_requests.gpkg",
                                now="2025-07-01T00:00+07:00")
    assert len(lyr) == 50_000 and lyr.points is not None
    counts = lyr.counts()
    a = lyr.attributes
    assert counts["closed"] == int((a["status"] == "closed").sum())
    assert counts["overdue"] == int(((a["status"] == "open") & (a["expected_datetime"] < pd.Timestamp(
        "2025-07-01T00:00+07:00"))).sum())
    state = lyr.get_state()
    again = layer_from_state(state)
    assert isinstance(again, ServiceRequestLayer) and len(again) == 50_000


def test_history_of_a_request():
    lyr = ServiceRequestLayer(_frame(), name="r", deadlines={"GTDB": 24}, now=NOW)
    events = [(e, d) for _, e, d in lyr.history(4)]  # E: requested, due, closed (from updated, so no "updated")
    assert events == [("requested", "Chiếu sáng"), ("due", "overdue"), ("closed", "")]
    times = [t for t, _, _ in lyr.history(4)]
    assert times == sorted(times)
    assert [e for _, e, _ in lyr.history(1)] == ["requested", "due"]  # B: open, not yet due
    assert lyr.history(5) == []  # F: no time at all


def test_replace_data_is_one_change_with_fresh_derived_fields():
    lyr = ServiceRequestLayer(_frame(), name="r", now=NOW)
    seen = []
    lyr.events.data.connect(lambda: seen.append(1))
    lyr.replace_data(_frame(), now="2025-06-13T12:00+07:00")  # B's expected time (12 June) has now passed
    assert seen == [1]
    assert lyr.attributes["state"].tolist()[1] == "overdue" and lyr.now == pd.Timestamp("2025-06-13T05:00Z")
