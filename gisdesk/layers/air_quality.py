"""Air-quality limits and the statistics a sensor layer shows against them.

:class:`Thresholds` is an editable table of limits (parameter, averaging period, limit, unit, valid from),
saved in the project with ``to_dict``/``from_dict``. :meth:`Thresholds.qcvn_05_2023` gives the defaults:
Table 1 of Vietnam's national technical regulation on air quality, QCVN 05:2023/BTNMT (issued with Circular
01/2023/TT-BTNMT of 13 March 2023, in force from 12 September 2023; it replaces QCVN 05:2013/BTNMT).

Averaging periods follow QCVN 05:2023 section 1.3 (1.3.6-1.3.9):

* ``"1h"``: the mean of the values measured within one clock hour;
* ``"8h"``: the mean over 8 hours: here the mean of the 8 hourly means ending with each hour;
* ``"24h"``: the mean over 24 hours "(one day and night)": here the mean of the hourly means of each calendar
  day in the city's time zone (Asia/Ho_Chi_Minh);
* ``"year"``: the mean of the daily values of a calendar year.

Means of hourly means weigh every hour the same whatever the cadence of the sensor (a low-cost sensor reporting
every 17 minutes, a reference monitor every hour). A period counts only if enough of it was measured:
``min_coverage`` (default 75 %, a common data-completeness rule; QCVN 05:2023 itself sets none) of its hours
(8h, 24h) or days (year).

All functions are vectorised pandas (group-bys and rolling windows), no Python loop over readings.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.layers.schema import CITY_TIMEZONE

__all__ = [
    "PERIODS",
    "Threshold",
    "Thresholds",
    "exceedances",
    "latest_per_station",
    "rolling_mean",
]

#: averaging periods, shortest first
PERIODS = ("1h", "8h", "24h", "year")
PERIOD_LABELS = {"1h": N_("1-hour mean"), "8h": N_("8-hour mean"), "24h": N_("24-hour mean"),
                 "year": N_("annual mean")}  # shown with tr()
_PERIOD_HOURS = {"1h": 1, "8h": 8, "24h": 24}

QCVN_05_2023 = "QCVN 05:2023/BTNMT"
_QCVN_TABLE1 = f"{QCVN_05_2023} Table 1"


@dataclass(frozen=True)
class Threshold:
    """One limit: the ``period`` mean of ``parameter`` must not exceed ``limit`` (in ``unit``).

    ``valid_from``: the first day the limit applies (None: always); when a regulation tightens a limit on
    a date, the table holds one row per value.
    """

    parameter: str
    period: str
    limit: float
    unit: str = "µg/m³"
    valid_from: date | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise ValueError(trf("{period!r} is not an averaging period; use one of {periods}", period=self.period,
                                 periods=", ".join(PERIODS)))
        if not (isinstance(self.limit, int | float) and math.isfinite(self.limit)):
            raise ValueError(trf("the limit must be a number, not {limit!r}", limit=self.limit))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["valid_from"] = self.valid_from.isoformat() if self.valid_from else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Threshold:
        vf = d.get("valid_from")
        return cls(
            parameter=str(d["parameter"]),
            period=str(d["period"]),
            limit=float(d["limit"]),
            unit=str(d.get("unit", "µg/m³")),
            valid_from=date.fromisoformat(vf) if vf else None,
            source=str(d.get("source", "")),
        )


def _qcvn_05_2023_rows() -> list[Threshold]:
    """Table 1 of QCVN 05:2023/BTNMT, "maximum limit values of the basic parameters in ambient air", in µg/Nm³
    (Nm³: a cubic metre of air at 25 °C and 760 mmHg, section 1.3.10).

    Source: the signed text of QCVN 05:2023/BTNMT (Circular 01/2023/TT-BTNMT), Table 1, as transcribed
    and checked against the page images in github qnguyenle075/hcmc-air-quality, data/processed/qcvn_05_2023.md
    (source PDF: sonnmt.langson.gov.vn/upload/105376/20250319/01-btnmt-qc05_c7c2a.pdf). The SO2, CO, NO2 and
    O3 rows were cross-checked with the Table 1 reproduced on xulykhithai.org ("QCVN 05:2023/BTNMT - Quy chuẩn
    kỹ thuật quốc gia về chất lượng không khí", same values, unit μg/Nm³). The PM2.5 24-hour cell holds two
    values: 50, and 45 "applying from 1 January 2026" (note (*) of Table 1).
    Not included: TSP (1h 300, 24h 200, year 100), which gisdesk has no parameter code for, and the toxic
    substances of Table 2 (lead, benzene, ...), which city sensors do not measure.
    """
    t = _QCVN_TABLE1
    return [
        Threshold("so2", "1h", 350, source=t),  # Table 1 row 1: SO2 1h 350, 24h 125, year 50
        Threshold("so2", "24h", 125, source=t),
        Threshold("so2", "year", 50, source=t),
        Threshold("co", "1h", 30000, source=t),  # row 2: CO 1h 30.000, 8h 10.000
        Threshold("co", "8h", 10000, source=t),
        Threshold("no2", "1h", 200, source=t),  # row 3: NO2 1h 200, 24h 100, year 40
        Threshold("no2", "24h", 100, source=t),
        Threshold("no2", "year", 40, source=t),
        Threshold("o3", "1h", 200, source=t),  # row 4: O3 1h 200, 8h 120
        Threshold("o3", "8h", 120, source=t),
        Threshold("pm10", "24h", 100, source=t),  # row 6: PM10 24h 100, year 50
        Threshold("pm10", "year", 50, source=t),
        Threshold("pm25", "24h", 50, source=t),  # row 7: PM2.5 24h 50 ...
        Threshold("pm25", "24h", 45, valid_from=date(2026, 1, 1), source=t + ", note (*)"),  # ... 45 from 2026
        Threshold("pm25", "year", 25, source=t),  # row 7: PM2.5 year 25
    ]


@dataclass
class Thresholds:
    """An editable table of limits. ``name`` says where they come from ("QCVN 05:2023/BTNMT", "custom")."""

    rows: list[Threshold] = field(default_factory=list)
    name: str = "custom"

    @classmethod
    def qcvn_05_2023(cls) -> Thresholds:
        return cls(_qcvn_05_2023_rows(), QCVN_05_2023)

    # ---- lookup

    def limit(self, parameter: str, period: str, at: date | datetime | pd.Timestamp | None = None) -> float | None:
        """The limit in force on ``at`` (default: today in Huế), or None when there is none."""
        row = self.threshold(parameter, period, at)
        return row.limit if row else None

    def threshold(self, parameter: str, period: str, at: Any = None) -> Threshold | None:
        day = _day(at)
        best: Threshold | None = None
        for r in self.rows:
            if r.parameter != parameter or r.period != period:
                continue
            if r.valid_from is not None and r.valid_from > day:
                continue
            if best is None or (r.valid_from or date.min) >= (best.valid_from or date.min):
                best = r
        return best

    def periods(self, parameter: str) -> list[str]:
        """The averaging periods with a limit for ``parameter``, shortest first."""
        have = {r.period for r in self.rows if r.parameter == parameter}
        return [p for p in PERIODS if p in have]

    def reference(self, parameter: str, at: Any = None) -> Threshold | None:
        """The limit to style a station's latest value against: the shortest averaging period's."""
        for p in self.periods(parameter):
            row = self.threshold(parameter, p, at)
            if row is not None:
                return row
        return None

    @property
    def parameters(self) -> list[str]:
        return list(dict.fromkeys(r.parameter for r in self.rows))

    # ---- editing

    def set(self, parameter: str, period: str, limit: float, unit: str = "µg/m³", valid_from: date | None = None,
            source: str = "edited") -> None:
        """Add a limit, or replace the one with the same parameter, period and start date."""
        new = Threshold(parameter, period, float(limit), unit, valid_from, source)
        self.rows = [r for r in self.rows if (r.parameter, r.period, r.valid_from) != (parameter, period, valid_from)]
        self.rows.append(new)
        self.rows.sort(key=lambda r: (r.parameter, PERIODS.index(r.period), r.valid_from or date.min))
        if self.name == QCVN_05_2023:
            self.name = f"{QCVN_05_2023} (edited)"

    def remove(self, parameter: str, period: str | None = None) -> int:
        """Remove the limits of ``parameter`` (for one ``period`` or all); returns how many went."""
        keep = [r for r in self.rows if not (r.parameter == parameter and (period is None or r.period == period))]
        n = len(self.rows) - len(keep)
        self.rows = keep
        if n and self.name == QCVN_05_2023:
            self.name = f"{QCVN_05_2023} (edited)"
        return n

    def copy(self) -> Thresholds:
        return Thresholds([replace(r) for r in self.rows], self.name)

    # ---- project state

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "rows": [r.to_dict() for r in self.rows]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Thresholds:
        return cls([Threshold.from_dict(r) for r in d.get("rows", [])], str(d.get("name", "custom")))

    def to_frame(self) -> pd.DataFrame:
        """The table for display: parameter, period, limit, unit, valid_from, source."""
        return pd.DataFrame([asdict(r) for r in self.rows],
                            columns=["parameter", "period", "limit", "unit", "valid_from", "source"])


def _day(at: Any) -> date:
    if at is None:
        return pd.Timestamp.now(tz=CITY_TIMEZONE).date()
    if isinstance(at, pd.Timestamp | datetime):
        ts = pd.Timestamp(at)
        return (ts.tz_convert(CITY_TIMEZONE) if ts.tzinfo else ts).date()
    return at


# --------------------------------------------------------------------------------------------------
# statistics


def _of(readings: pd.DataFrame, parameter: str) -> pd.DataFrame:
    sub = readings.loc[readings["parameter"] == parameter, ["station_id", "datetime", "value", "unit"]]
    return sub[sub["value"].notna() & sub["datetime"].notna()]


def latest_per_station(readings: pd.DataFrame, parameter: str) -> pd.DataFrame:
    """The latest reading of ``parameter`` at each station: station_id, datetime, value, unit."""
    sub = _of(readings, parameter)
    if sub.empty:
        return sub.reset_index(drop=True)
    idx = sub.groupby("station_id", sort=True)["datetime"].idxmax()
    return sub.loc[idx.to_numpy()].reset_index(drop=True)


def hourly_means(readings: pd.DataFrame, parameter: str) -> pd.DataFrame:
    """Clock-hour means: station_id, start (UTC), value, n (readings in the hour)."""
    sub = _of(readings, parameter)
    hour = sub["datetime"].dt.floor("h")
    out = (sub.assign(start=hour).groupby(["station_id", "start"], sort=True)["value"]
           .agg(value="mean", n="size").reset_index())
    return out


def rolling_mean(readings: pd.DataFrame, parameter: str, period: str, *, tz: str = CITY_TIMEZONE,
                 min_coverage: float = 0.75) -> pd.DataFrame:
    """The ``period`` means of ``parameter`` per station, as QCVN 05:2023 defines them (see the module doc).

    Returns station_id, start, end (aware, UTC; ``end`` exclusive), value (the mean), n (hours with data for
    1h/8h/24h, days with data for a year). Periods measured for less than ``min_coverage`` of their length are
    left out. 8-hour means are given for each hour with data, over the 8 hours ending with it.
    """
    if period not in PERIODS:
        raise ValueError(trf("{period!r} is not an averaging period; use one of {periods}", period=period,
                             periods=", ".join(PERIODS)))
    hourly = hourly_means(readings, parameter)
    cols = ["station_id", "start", "end", "value", "n"]
    if hourly.empty:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in
                             zip(cols, ["str", "datetime64[ms, UTC]", "datetime64[ms, UTC]", "float64", "int64"],
                                 strict=True)})
    if period == "1h":
        out = hourly.assign(end=hourly["start"] + pd.Timedelta(hours=1), n=1)
        return out[cols]
    if period == "8h":
        need = math.ceil(min_coverage * 8)
        # within each station, a time window over the hours (t-8h, t]: the hourly bins t-7h ... t
        roll = (hourly.set_index("start").groupby("station_id", sort=True)["value"]
                .rolling("8h", closed="right").agg(["mean", "count"]).reset_index())
        roll = roll[roll["count"] >= need]
        out = pd.DataFrame({
            "station_id": roll["station_id"],
            "start": roll["start"] - pd.Timedelta(hours=7),
            "end": roll["start"] + pd.Timedelta(hours=1),
            "value": roll["mean"],
            "n": roll["count"].astype("int64"),
        })
        return out.reset_index(drop=True)
    daily = _daily(hourly, tz)
    if period == "24h":
        days = daily[daily["n"] >= math.ceil(min_coverage * 24)]
        return days[cols].reset_index(drop=True)
    # year: the mean of the (complete) daily means of each local calendar year
    days = daily[daily["n"] >= math.ceil(min_coverage * 24)]
    local_year = days["local_day"].dt.year
    yearly = (days.assign(year=local_year).groupby(["station_id", "year"], sort=True)["value"]
              .agg(value="mean", n="size").reset_index())
    first = pd.to_datetime(yearly["year"].astype(str) + "-01-01")
    last = pd.to_datetime((yearly["year"] + 1).astype(str) + "-01-01")
    days_in_year = (last - first).dt.days
    yearly = yearly[yearly["n"] >= np.ceil(min_coverage * days_in_year)]
    first, last = first[yearly.index], last[yearly.index]
    out = pd.DataFrame({
        "station_id": yearly["station_id"],
        "start": _local_to_utc(first, tz),
        "end": _local_to_utc(last, tz),
        "value": yearly["value"],
        "n": yearly["n"].astype("int64"),
    })
    return out.reset_index(drop=True)


def _local_to_utc(naive: pd.Series, tz: str) -> pd.Series:
    return naive.dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward").dt.tz_convert("UTC").astype(
        "datetime64[ms, UTC]")


def _daily(hourly: pd.DataFrame, tz: str) -> pd.DataFrame:
    """Means of the hourly means of each local calendar day: station_id, local_day, start, end, value, n."""
    local_day = hourly["start"].dt.tz_convert(tz).dt.tz_localize(None).dt.floor("D")
    daily = (hourly.assign(local_day=local_day).groupby(["station_id", "local_day"], sort=True)["value"]
             .agg(value="mean", n="size").reset_index())
    daily["start"] = _local_to_utc(daily["local_day"], tz)
    daily["end"] = _local_to_utc(daily["local_day"] + pd.Timedelta(days=1), tz)
    return daily


def exceedances(readings: pd.DataFrame, thresholds: Thresholds, parameter: str, period: str,
                window: tuple[Any, Any] | None = None, *, tz: str = CITY_TIMEZONE,
                min_coverage: float = 0.75) -> pd.DataFrame:
    """How often each station went over the limit for ``parameter`` averaged over ``period``.

    ``window``: (start, end) to count in (aware datetimes, or naive ones taken in ``tz``; either may be None);
    readings outside it are ignored. Each period is compared with the limit in force on the day it starts
    (QCVN 05:2023 tightens the PM2.5 24-hour limit from 50 to 45 µg/m³ on 1 January 2026).

    One row per station with readings of ``parameter``: ``periods`` (periods with enough data), ``periods_over``
    (their means above the limit), ``hours_over`` (hours whose hourly mean is above the limit), ``max`` (the
    highest period mean), ``max_start`` (when that period began), ``limit`` (the limit in force at the end of the
    data), ``unit``.
    """
    rows = [r for r in thresholds.rows if r.parameter == parameter and r.period == period]
    if not rows:
        raise ValueError(trf("the thresholds ({name}) have no {period} limit for {parameter}", name=thresholds.name,
                             period=tr(PERIOD_LABELS.get(period, period)), parameter=parameter))
    sub = _of(readings, parameter)
    sub = _in_window(sub, window, tz)
    units = sub["unit"].dropna().unique()
    unit = rows[0].unit
    scale = 1.0
    if len(units) == 1 and units[0] != unit:
        scale = _unit_scale(units[0], unit)
        if scale is None:
            raise ValueError(trf("the {parameter} readings are in {units} but the limit is in {unit}; they cannot "
                                 "be compared", parameter=parameter, units=units[0], unit=unit))
    elif len(units) > 1:
        raise ValueError(trf("the {parameter} readings mix units ({units}); they cannot be compared with one limit",
                             parameter=parameter, units=", ".join(map(str, units))))
    sub = sub.assign(value=sub["value"] * scale)
    means = rolling_mean(sub.assign(parameter=parameter), parameter, period, tz=tz, min_coverage=min_coverage)
    hourly = hourly_means(sub.assign(parameter=parameter), parameter)
    cols = ["station_id", "periods", "periods_over", "hours_over", "max", "max_start", "limit", "unit"]
    stations = pd.Index(sorted(sub["station_id"].unique()), name="station_id")
    if len(stations) == 0:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in cols})
    means = means.assign(limit=_limits_at(rows, means["start"], tz))
    hourly = hourly.assign(limit=_limits_at(rows, hourly["start"], tz))
    means["over"] = means["value"] > means["limit"]
    per = means.groupby("station_id", sort=True).agg(periods=("value", "size"), periods_over=("over", "sum"))
    hours = (hourly["value"] > hourly["limit"]).groupby(hourly["station_id"]).sum().rename("hours_over")
    at_max = means.groupby("station_id", sort=True)["value"].idxmax().to_numpy()
    top = means.loc[at_max, ["station_id", "value", "start"]]
    top = top.set_index("station_id").rename(columns={"value": "max", "start": "max_start"})
    out = pd.DataFrame(index=stations).join(per).join(hours).join(top)
    out["periods"] = out["periods"].fillna(0).astype("int64")
    out["periods_over"] = out["periods_over"].fillna(0).astype("int64")
    out["hours_over"] = out["hours_over"].fillna(0).astype("int64")
    end = sub["datetime"].max()
    out["limit"] = thresholds.limit(parameter, period, end)
    out["unit"] = unit
    return out.reset_index()[cols]


def _unit_scale(src: str, dst: str) -> float | None:
    factors = {"µg/m³": 1.0, "mg/m³": 1000.0}
    if src in factors and dst in factors:
        return factors[src] / factors[dst]
    return None


def _in_window(sub: pd.DataFrame, window: tuple[Any, Any] | None, tz: str) -> pd.DataFrame:
    if window is None:
        return sub
    start, end = window
    mask = np.ones(len(sub), dtype=bool)
    if start is not None:
        mask &= (sub["datetime"] >= _aware(start, tz)).to_numpy()
    if end is not None:
        mask &= (sub["datetime"] < _aware(end, tz)).to_numpy()
    return sub[mask]


def _aware(t: Any, tz: str) -> pd.Timestamp:
    ts = pd.Timestamp(t)
    return ts.tz_localize(tz) if ts.tzinfo is None else ts


def _limits_at(rows: Iterable[Threshold], starts: pd.Series, tz: str) -> np.ndarray:
    """The limit in force on the local day each period starts (vectorised over ``starts``)."""
    rows = sorted(rows, key=lambda r: r.valid_from or date.min)
    if len(starts) == 0:
        return np.array([], dtype=float)
    days = starts.dt.tz_convert(tz).dt.tz_localize(None).dt.floor("D").to_numpy(dtype="datetime64[D]")
    begins = np.array([np.datetime64(r.valid_from or date(1, 1, 1), "D") for r in rows])
    limits = np.array([r.limit for r in rows], dtype=float)
    pos = np.searchsorted(begins, days, side="right") - 1
    out = np.where(pos >= 0, limits[np.clip(pos, 0, None)], np.nan)
    return out
