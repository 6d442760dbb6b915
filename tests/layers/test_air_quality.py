"""QCVN 05:2023 limits, period means and exceedance counts, against values computed by hand."""

from __future__ import annotations

import json
import time
from datetime import date

import numpy as np
import pandas as pd
import pytest

from gisdesk.layers.air_quality import (
    Threshold,
    Thresholds,
    exceedances,
    latest_per_station,
    rolling_mean,
)

HUE = "Asia/Ho_Chi_Minh"


def readings(rows: list[tuple[str, str, str, float]], unit: str = "µg/m³") -> pd.DataFrame:
    """(station, parameter, UTC time, value) -> a readings table."""
    df = pd.DataFrame(rows, columns=["station_id", "parameter", "datetime", "value"])
    df["datetime"] = pd.to_datetime(df["datetime"], utc=True).astype("datetime64[ms, UTC]")
    df["unit"] = unit
    return df


def hours(station: str, parameter: str, first_utc: str, values: list[float]) -> list[tuple[str, str, str, float]]:
    t0 = pd.Timestamp(first_utc)
    return [(station, parameter, str(t0 + pd.Timedelta(hours=i)), v) for i, v in enumerate(values)]


def local_midnight(day: str) -> pd.Timestamp:
    """The UTC instant a Huế calendar day starts."""
    return pd.Timestamp(day, tz=HUE).tz_convert("UTC")


# --------------------------------------------------------------------------------------------------
# the table


def test_qcvn_05_2023_table_1():
    t = Thresholds.qcvn_05_2023()
    got = {(r.parameter, r.period, r.valid_from): r.limit for r in t.rows}
    assert got == {
        ("so2", "1h", None): 350, ("so2", "24h", None): 125, ("so2", "year", None): 50,
        ("co", "1h", None): 30000, ("co", "8h", None): 10000,
        ("no2", "1h", None): 200, ("no2", "24h", None): 100, ("no2", "year", None): 40,
        ("o3", "1h", None): 200, ("o3", "8h", None): 120,
        ("pm10", "24h", None): 100, ("pm10", "year", None): 50,
        ("pm25", "24h", None): 50, ("pm25", "24h", date(2026, 1, 1)): 45, ("pm25", "year", None): 25,
    }
    assert {r.unit for r in t.rows} == {"µg/m³"}
    assert all(r.source.startswith("QCVN 05:2023/BTNMT Table 1") for r in t.rows)
    # the PM2.5 24-hour limit tightens on 1 January 2026, Huế time
    assert t.limit("pm25", "24h", pd.Timestamp("2025-12-31T16:59Z")) == 50  # 23:59 in Huế
    assert t.limit("pm25", "24h", pd.Timestamp("2025-12-31T17:00Z")) == 45  # midnight in Huế
    assert t.limit("pm25", "24h", date(2025, 6, 1)) == 50
    assert t.limit("pm25", "1h") is None
    assert t.periods("o3") == ["1h", "8h"]
    assert (t.reference("pm25", date(2027, 1, 1)).period, t.reference("pm25", date(2027, 1, 1)).limit) == ("24h", 45)
    assert t.reference("humidity") is None


def test_thresholds_are_editable_and_saved_in_the_project():
    t = Thresholds.qcvn_05_2023()
    t.set("pm25", "1h", 75, source="city alert level")
    t.set("so2", "24h", 100)  # replaces 125
    assert t.remove("pm10") == 2
    assert t.limit("pm25", "1h") == 75 and t.limit("so2", "24h") == 100 and t.limit("pm10", "24h") is None
    assert t.name == "QCVN 05:2023/BTNMT (edited)"
    state = json.loads(json.dumps(t.to_dict()))  # plain JSON for the project file
    back = Thresholds.from_dict(state)
    assert back == t
    assert back.rows[-1] == Threshold("so2", "year", 50, "µg/m³", None, "QCVN 05:2023/BTNMT Table 1")
    frame = t.to_frame()
    assert list(frame.columns) == ["parameter", "period", "limit", "unit", "valid_from", "source"]
    assert len(frame) == len(t.rows) == 14
    with pytest.raises(ValueError, match="not an averaging period"):
        Threshold("pm25", "2h", 10)


# --------------------------------------------------------------------------------------------------
# statistics


def test_latest_per_station():
    r = readings([("a", "pm25", "2024-01-01T00:00Z", 1), ("a", "pm25", "2024-01-01T02:00Z", 3),
                  ("b", "pm25", "2024-01-01T01:00Z", 2), ("a", "pm10", "2024-01-01T05:00Z", 9)])
    latest = latest_per_station(r, "pm25")
    assert latest["station_id"].tolist() == ["a", "b"]
    assert latest["value"].tolist() == [3, 2]
    assert latest["datetime"].tolist() == [pd.Timestamp("2024-01-01T02:00Z"), pd.Timestamp("2024-01-01T01:00Z")]


def test_hourly_and_daily_means():
    # sub-hourly readings: the hour's mean
    r = readings([("a", "pm25", "2024-06-01T00:10Z", 10), ("a", "pm25", "2024-06-01T00:40Z", 20),
                  ("a", "pm25", "2024-06-01T01:05Z", 30)])
    h = rolling_mean(r, "pm25", "1h")
    assert h["value"].tolist() == [15, 30]
    assert h["start"].tolist() == [pd.Timestamp("2024-06-01T00:00Z"), pd.Timestamp("2024-06-01T01:00Z")]
    assert (h["end"] - h["start"]).eq(pd.Timedelta(hours=1)).all()

    # a Huế calendar day runs 17:00-17:00 UTC; the hours 1..24 average 12.5; a day with 10 hours is incomplete
    r = readings(hours("a", "pm25", "2024-05-31T17:00Z", list(range(1, 25)) + [100] * 10))
    d = rolling_mean(r, "pm25", "24h")
    assert d[["value", "n"]].values.tolist() == [[12.5, 24]]
    assert (d["start"].iloc[0], d["end"].iloc[0]) == (local_midnight("2024-06-01"), local_midnight("2024-06-02"))
    assert rolling_mean(r, "pm25", "24h", min_coverage=0.4)["value"].tolist() == [12.5, 100]
    # in UTC days the same hours split differently
    assert rolling_mean(r, "pm25", "24h", tz="UTC", min_coverage=0)["value"].tolist() == [
        np.mean(range(1, 8)), pytest.approx(np.mean(list(range(8, 25)) + [100] * 7)), 100]

    # the year: the mean of the daily means (two days, so only without a coverage rule)
    r = readings(hours("a", "so2", "2023-12-31T17:00Z", [10] * 24 + [30] * 12))
    assert rolling_mean(r, "so2", "year").empty
    y = rolling_mean(r, "so2", "year", min_coverage=0)
    assert y[["value", "n"]].values.tolist() == [[20.0, 2]]
    assert (y["start"].iloc[0], y["end"].iloc[0]) == (local_midnight("2024-01-01"), local_midnight("2025-01-01"))


def test_eight_hour_means():
    r = readings(hours("a", "o3", "2024-06-01T00:00Z", [100, 100] + [130] * 8))
    m = rolling_mean(r, "o3", "8h")
    # windows need 6 of their 8 hours: the first ends at 05:00 (hours 0-5)
    assert m["start"].iloc[0] == pd.Timestamp("2024-05-31T22:00Z")
    assert m["end"].tolist() == [pd.Timestamp(f"2024-06-01T{h:02d}:00Z") for h in range(6, 11)]
    assert m["value"].tolist() == pytest.approx([120, 850 / 7, 122.5, 126.25, 130])
    assert m["n"].tolist() == [6, 7, 8, 8, 8]
    ex = exceedances(r, Thresholds.qcvn_05_2023(), "o3", "8h")
    assert ex[["periods", "periods_over", "hours_over"]].values.tolist() == [[5, 4, 8]]  # 120 is not above 120
    assert (ex["max"].iloc[0], ex["max_start"].iloc[0]) == (130, pd.Timestamp("2024-06-01T02:00Z"))


def test_exceedances_against_hand_counts():
    t = Thresholds.qcvn_05_2023()
    rows = (
        hours("a", "pm25", str(local_midnight("2025-12-30")), [60] * 24)  # over 50
        + hours("a", "pm25", str(local_midnight("2025-12-31")), [48] * 24)  # under 50
        + hours("a", "pm25", str(local_midnight("2026-01-01")), [48] * 24)  # over 45, in force from today
        + hours("a", "pm25", str(local_midnight("2026-01-02")), [100] * 12)  # half a day: not a 24-hour mean
        + hours("b", "pm25", str(local_midnight("2025-12-30")), [10] * 24)
        + hours("b", "pm10", str(local_midnight("2025-12-30")), [500] * 24)  # another parameter
    )
    r = readings(rows)
    ex = exceedances(r, t, "pm25", "24h").set_index("station_id")
    assert ex.loc["a", ["periods", "periods_over", "hours_over"]].tolist() == [3, 2, 24 + 24 + 12]
    assert ex.loc["a", "max"] == 60 and ex.loc["a", "max_start"] == local_midnight("2025-12-30")
    assert ex.loc["a", "limit"] == 45 and ex.loc["a", "unit"] == "µg/m³"
    assert ex.loc["b", ["periods", "periods_over", "hours_over", "max"]].tolist() == [1, 0, 0, 10]
    # only the last day of 2025, in Huế time
    win = exceedances(r, t, "pm25", "24h", window=(pd.Timestamp("2025-12-31 00:00"), pd.Timestamp("2026-01-01")))
    assert win["station_id"].tolist() == ["a"]  # b has no readings then
    assert win[["periods", "periods_over", "hours_over", "max", "limit"]].values.tolist() == [[1, 0, 0, 48, 50]]
    # hourly limits of one's own
    t.set("pm25", "1h", 55)
    one_h = exceedances(r, t, "pm25", "1h").set_index("station_id")
    assert one_h.loc["a", ["periods", "periods_over"]].tolist() == [84, 36]


def test_units_must_match_the_limit():
    t = Thresholds.qcvn_05_2023()
    r = readings(hours("a", "co", "2024-06-01T00:00Z", [12.0] * 8), unit="mg/m³")  # 12 mg/m³ = 12,000 µg/m³
    ex = exceedances(r, t, "co", "8h")
    assert ex[["periods_over", "max"]].values.tolist() == [[3, 12000]]
    with pytest.raises(ValueError, match="in ppm but the limit is in µg/m³"):
        exceedances(readings(hours("a", "co", "2024-06-01T00:00Z", [1.0] * 8), unit="ppm"), t, "co", "8h")
    with pytest.raises(ValueError, match="no 1-hour mean limit for pm10"):
        exceedances(r, t, "pm10", "1h")
    with pytest.raises(ValueError, match="not an averaging period"):
        rolling_mean(r, "co", "week")


def test_a_network_of_sensors_is_counted_quickly():
    n_st, n_h = 150, 24 * 60
    t0 = local_midnight("2026-03-01")
    st = np.repeat([f"s{i:03d}" for i in range(n_st)], n_h)
    times = np.tile(pd.date_range(t0, periods=n_h, freq="h").to_numpy(), n_st)
    # every station's day d averages exactly 40 + (d % 3) * 5: days 0, 1, 2 -> 40, 45, 50 (limit 45)
    day = np.tile(np.arange(n_h) // 24, n_st)
    noise = np.tile(np.concatenate([[-1.0, 1.0] * 12]), n_st * 60)
    r = pd.DataFrame({"station_id": st, "parameter": "pm25", "datetime": pd.DatetimeIndex(times, tz="UTC"),
                      "value": 40 + (day % 3) * 5 + noise, "unit": "µg/m³"})
    r["datetime"] = r["datetime"].astype("datetime64[ms, UTC]")
    started = time.perf_counter()
    ex = exceedances(r, Thresholds.qcvn_05_2023(), "pm25", "24h")
    took = time.perf_counter() - started
    assert len(ex) == n_st and (ex["periods"] == 60).all()
    assert (ex["periods_over"] == 20).all()  # the 50 days; a 45 day is not above 45
    assert (ex["hours_over"] == 20 * 24 + 20 * 12).all()  # 50±1 all hours; 45+1 half of them
    assert took < 5, f"{len(r):,} readings took {took:.1f} s"
