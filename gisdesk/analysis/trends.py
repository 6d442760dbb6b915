"""Trends: requests per week or month, per category (and ward), with the change against the previous period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import Algorithm, AnalysisError, Context, Feedback, Param, Result, register
from gisdesk.analysis.requests_input import assign_zones, labels_of, request_input, zone_labels
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.layers.schema import CITY_TIMEZONE

_NAT = np.iinfo(np.int64).min
_DAY_NS = 86_400 * 10**9
#: categories drawn one by one in the chart; the rest are summed as "Other"
CHART_CATEGORIES = 6
ALL_REQUESTS = "All requests"
NO_CATEGORY = N_("(no category)")


@register
class Trends(Algorithm):
    id = "trends"
    name = "Request trends"
    group = "Time and service levels"
    description = (
        "How many requests came in each week or month, per category (and per ward when a ward layer is given), "
        "and how that changed against the period before. Periods follow Huế's local time (Asia/Ho_Chi_Minh): "
        "a request made at 23:30 on a Sunday belongs to that Sunday's week, and weeks run Monday to Sunday. "
        "A period without any request counts as 0. The table gives, per period, the count, the previous "
        "period's count, the change and the change in % (empty when the previous count is 0); 'full' is false "
        "for a period that the time window or the start or end of the data cuts short. Requests are placed by "
        "when they were received; the time window keeps those received inside it."
    )
    params = (
        Param("requests", "layer", "Service requests", geometry="point",
              help="A service-request layer, or a point layer with request columns (Open311, NYC 311, ...)."),
        Param("period", "choice", "Period", default="week",
              choices=(("week", "Week (Monday to Sunday)"), ("month", "Month"))),
        Param("category", "field", "Category field", parent="requests", optional=True,
              help="The column to split the counts by; by default the request's category (service_name)."),
        Param("wards", "layer", "Wards", geometry="polygon", optional=True,
              help="Optional polygons: the counts are also split by the polygon each request lies in."),
        Param("ward_label", "field", "Ward name field", parent="wards", optional=True,
              help="The column that names the wards; by default a name-like column."),
    )
    time_aware = True

    def run(self, values: Mapping[str, Any], context: Context, feedback: Feedback) -> Result:
        period = values.get("period") or "week"
        feedback.progress(0.0, "Reading the requests")
        req = request_input(values["requests"], context, need=("requested_datetime",), window=False)
        summary: list[str] = list(req.notes)
        timed = req.requested_ns != _NAT
        no_time = int((~timed).sum())
        if not timed.any():
            raise AnalysisError(trf("No request of {layer} has a request time, so none can be placed in a period.",
                                    layer=req.name))
        req = req.subset(timed)
        feedback.progress(0.2, "Placing the requests in periods")

        t = req.requested_ns
        win = context.time_window
        start_ns = win.start_ns if win is not None else None
        end_ns = win.end_ns if win is not None else None
        inside = np.ones(len(req), dtype=bool)
        if start_ns is not None:
            inside &= t >= start_ns
        if end_ns is not None:
            inside &= t < end_ns
        if not inside.any():
            raise AnalysisError(trf("No request of {layer} was received inside the current time window ({window}); "
                                    "widen the time window.", layer=req.name, window=win.label()))
        now_ns = int(req.now.value)
        pidx = period_index(t, period)
        t_in = t[inside]
        first = int(period_index(np.array([start_ns]), period)[0]) if start_ns is not None else int(pidx[inside].min())
        # the last period: the window's end (but not past now, unless requests are dated later), else the data's
        last_t = int(t_in.max()) if end_ns is None else min(end_ns - 1, max(now_ns, int(t_in.max())))
        last = int(period_index(np.array([last_t]), period)[0])
        n_periods = last - first + 1
        # the data's span (a day either side): a period is complete only inside it, the window and before now
        data_start, data_end = int(t.min()) - _DAY_NS, int(t.max()) + _DAY_NS
        prev_known = bool((t < period_start_ns(first, period)).any())
        # rows that count (inside the window) and those of the period just before (for its "previous" count)
        rel = pidx - first + 1  # 0: the period before the first, 1..n_periods: the periods shown
        use = (inside & (rel >= 1)) | (rel == 0)
        req, rel = req.subset(use), rel[use]

        # categories
        feedback.progress(0.4, "Counting")
        if values.get("category"):
            cat_codes, cat_labels = labels_of(req.column(values["category"]), tr(NO_CATEGORY))
        elif req.table["service_name"].notna().any():
            cat_codes, cat_labels = labels_of(req.table["service_name"], tr(NO_CATEGORY))
        else:
            cat_codes, cat_labels = np.zeros(len(req), dtype=np.int64), [ALL_REQUESTS]
            summary.append(trf("{layer} has no category column, so all requests are counted together.",
                               layer=req.name))
        # wards
        ward_labels: list[str] | None = None
        ward_codes = np.zeros(len(req), dtype=np.int64)
        if values.get("wards") is not None:
            zones = assign_zones(req, values["wards"], context, values.get("ward_label"))
            ward_codes, ward_labels = zone_labels(zones)
            shown = rel >= 1
            k_out = int(((zones.index == -1) & shown).sum())
            k_none = int(((zones.index == -2) & shown).sum())
            if k_out or k_none:
                parts = []
                if k_out:
                    out = {"n": k_out, "layer": values["wards"].name, "group": ward_labels[-2]}
                    parts.append(trf("{n:,} lies outside every polygon of {layer} (counted as '{group}')", **out)
                                 if k_out == 1 else
                                 trf("{n:,} lie outside every polygon of {layer} (counted as '{group}')", **out))
                if k_none:
                    parts.append(trf("{n:,} has no location (counted as '{group}')", n=k_none, group=ward_labels[-1])
                                 if k_none == 1 else
                                 trf("{n:,} have no location (counted as '{group}')", n=k_none, group=ward_labels[-1]))
                summary.append(trf("Of the requests counted, {first}.", first=parts[0]) if len(parts) == 1 else
                               trf("Of the requests counted, {first} and {second}.", first=parts[0],
                                   second=parts[1]))
        feedback.progress(0.6, "Counting")

        n_cat = len(cat_labels)
        n_ward = len(ward_labels) if ward_labels is not None else 1
        key = (rel * n_cat + cat_codes) * n_ward + ward_codes
        counts = np.bincount(key, minlength=(n_periods + 1) * n_cat * n_ward).reshape(n_periods + 1, n_cat, n_ward)
        shown_counts = counts[1:]
        series_total = shown_counts.sum(axis=0)
        keep_c, keep_w = np.nonzero(series_total > 0)

        starts = period_start_days(np.arange(first, last + 1), period)
        start_ns_arr = local_midnight_ns(starts)
        end_ns_arr = local_midnight_ns(period_start_days(np.arange(first + 1, last + 2), period))
        lo = data_start if start_ns is None else max(start_ns, data_start)
        hi = min(data_end, now_ns) if end_ns is None else min(end_ns, data_end, now_ns)
        full = (start_ns_arr >= lo) & (end_ns_arr <= hi)

        # the tidy table: one row per period of every (category, ward) series with at least one request
        k = len(keep_c)
        p_rep = np.tile(np.arange(n_periods), k)
        c_rep = np.repeat(keep_c, n_periods)
        w_rep = np.repeat(keep_w, n_periods)
        cnt = shown_counts[p_rep, c_rep, w_rep].astype(np.int64)
        prev = counts[p_rep, c_rep, w_rep].astype(np.float64)  # counts[p] is the period before shown p
        if not prev_known:
            prev[p_rep == 0] = np.nan
        labels = period_labels(np.arange(first, last + 1), period)
        table = pd.DataFrame({
            "period_start": pd.array(np.datetime_as_string(starts, unit="D")[p_rep], dtype="str"),
            "period": pd.array(np.asarray(labels, dtype=object)[p_rep], dtype="str"),
            "category": pd.array(np.asarray(cat_labels, dtype=object)[c_rep], dtype="str"),
        })
        if ward_labels is not None:
            table["ward"] = pd.array(np.asarray(ward_labels, dtype=object)[w_rep], dtype="str")
        table["count"] = cnt
        table["previous_count"] = pd.array(prev, dtype="Int64")
        change = cnt - prev
        table["change"] = pd.array(change, dtype="Int64")
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.where(prev > 0, change / prev * 100.0, np.nan)
        table["change_pct"] = np.round(pct, 1)
        table["full"] = full[p_rep]
        feedback.progress(0.8, "Summarising")

        # the chart: the top categories (summed over wards) and the rest as "Other"
        per_cat = shown_counts.sum(axis=2)  # periods x categories
        totals = per_cat.sum(axis=0)
        order = [int(i) for i in np.argsort(-totals, kind="stable") if totals[i] > 0]
        top = order[:CHART_CATEGORIES]
        series = {cat_labels[i]: [int(v) for v in per_cat[:, i]] for i in top}
        rest = order[CHART_CATEGORIES:]
        if rest:
            series[tr("Other")] = [int(v) for v in per_cat[:, rest].sum(axis=1)]
        weeks = period == "week"
        x_labels = list(np.datetime_as_string(starts, unit="D")) if weeks else labels
        chart = {"title": tr("Requests per week by category") if weeks else tr("Requests per month by category"),
                 "x": [str(v) for v in x_labels], "series": series,
                 "x_label": tr("week starting") if weeks else tr("month"), "y_label": tr("requests")}

        span = {"n": int(shown_counts.sum()), "k": n_periods, "first": _period_name(period, labels[0], starts[0]),
                "last": _period_name(period, labels[-1], starts[-1])}
        if weeks:
            line = (trf("{n:,} requests counted in {k} week, {first} to {last} (Huế local time; weeks run Monday to "
                        "Sunday).", **span) if n_periods == 1 else
                    trf("{n:,} requests counted in {k} weeks, {first} to {last} (Huế local time; weeks run Monday to "
                        "Sunday).", **span))
        else:
            line = (trf("{n:,} requests counted in {k} month, {first} to {last} (Huế local time).", **span)
                    if n_periods == 1 else
                    trf("{n:,} requests counted in {k} months, {first} to {last} (Huế local time).", **span))
        head = [line]
        if no_time:
            head.append(trf("{n:,} request without a request time was left out.", n=no_time) if no_time == 1 else
                        trf("{n:,} requests without a request time were left out.", n=no_time))
        if win is not None and (start_ns is not None or end_ns is not None):
            head.append(trf("Only requests received in the time window ({window}) were counted.",
                            window=win.label()))
        summary = head + summary
        summary += _comparison(per_cat, cat_labels, full, labels, starts, period, prev_known,
                               counts[0].sum(axis=1))
        partial = [i for i in range(n_periods) if not full[i]]
        if partial and n_periods > 1:
            names = ", ".join(_period_name(period, labels[i], starts[i]) for i in partial[:4])
            if len(partial) > 4:
                names = trf("{names} and {k} more", names=names, k=len(partial) - 4)
            summary.append(trf("Not complete (cut by the time window or the start or end of the data): {periods}; "
                               "compare them with care.", periods=names) if len(partial) > 1 else
                           trf("Not complete (cut by the time window or the start or end of the data): {periods}; "
                               "compare it with care.", periods=names))
        name = tr("Request trends per week") if weeks else tr("Request trends per month")
        return Result(name=name, table=table, chart=chart, summary=summary)


# -- periods ---------------------------------------------------------------------------------------
def local_days(ns: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of the Huế local date of UTC nanoseconds (int64; no NaT allowed)."""
    idx = pd.DatetimeIndex(np.asarray(ns, dtype=np.int64).view("datetime64[ns]")).tz_localize("UTC")
    local = idx.tz_convert(CITY_TIMEZONE).tz_localize(None)
    return local.to_numpy().astype("datetime64[D]").astype(np.int64)


def period_index(ns: np.ndarray, period: str) -> np.ndarray:
    """The local week (Monday-based: weeks since the Monday 1969-12-29) or month (months since 1970-01) of
    each UTC time."""
    days = local_days(ns)
    if period == "week":
        return (days + 3) // 7  # 1970-01-01 was a Thursday: day + 3 counts from the Monday before it
    months = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return months


def period_start_days(index: np.ndarray, period: str) -> np.ndarray:
    """The local date (datetime64[D]) each period starts on."""
    index = np.asarray(index, dtype=np.int64)
    if period == "week":
        return (index * 7 - 3).astype("datetime64[D]")
    return index.astype("datetime64[M]").astype("datetime64[D]")


def period_start_ns(index: int, period: str) -> int:
    return int(local_midnight_ns(period_start_days(np.array([index]), period))[0])


def local_midnight_ns(days: np.ndarray) -> np.ndarray:
    """UTC nanoseconds of local midnight at the start of each date."""
    idx = pd.DatetimeIndex(np.asarray(days).astype("datetime64[ns]")).tz_localize(CITY_TIMEZONE)
    return idx.as_unit("ns").asi8.astype(np.int64)


def period_labels(index: np.ndarray, period: str) -> list[str]:
    """"2025-W10" (ISO week) or "2025-03"."""
    starts = pd.DatetimeIndex(period_start_days(index, period).astype("datetime64[ns]"))
    if period == "week":
        iso = starts.isocalendar()
        return [f"{y}-W{w:02d}" for y, w in zip(iso["year"], iso["week"], strict=True)]
    return list(starts.strftime("%Y-%m"))


def _period_name(period: str, label: str, start: Any) -> str:
    return trf("the week of {date}", date=str(np.datetime_as_string(start, unit="D"))) if period == "week" else label


def _comparison(per_cat: np.ndarray, cat_labels: list[str], full: np.ndarray, labels: list[str],
                starts: np.ndarray, period: str, prev_known: bool, before_first: np.ndarray) -> list[str]:
    """The latest full period against the one before it, and the categories that rose and fell most."""
    weeks = period == "week"
    full_idx = np.flatnonzero(full)
    if not len(full_idx):
        return [tr("No week is complete in the data and the time window, so no change is given.") if weeks else
                tr("No month is complete in the data and the time window, so no change is given.")]
    i = int(full_idx[-1])
    if i == 0 and not prev_known:
        return [tr("The only complete week is the first one in the data, so there is nothing to compare it with.")
                if weeks else
                tr("The only complete month is the first one in the data, so there is nothing to compare it with.")]
    cur = per_cat[i]
    prev = per_cat[i - 1] if i > 0 else before_first
    total, total_prev = int(cur.sum()), int(prev.sum())
    name = _period_name(period, labels[i], starts[i])
    figures = {"period": name[:1].upper() + name[1:], "n": total, "before": total_prev,
               "change": _pct(total, total_prev)}
    out = [trf("{period} (the latest complete week): {n:,} requests, against {before:,} the week before ({change}).",
               **figures) if weeks else
           trf("{period} (the latest complete month): {n:,} requests, against {before:,} the month before "
               "({change}).", **figures)]
    if len(cat_labels) > 1:
        diff = cur.astype(np.int64) - prev.astype(np.int64)
        rose = [j for j in np.argsort(-diff, kind="stable") if diff[j] > 0][:3]
        fell = [j for j in np.argsort(diff, kind="stable") if diff[j] < 0][:3]
        def change(j: int) -> str:
            return trf("{category}: {before:,} → {after:,} ({change})", category=cat_labels[j], before=int(prev[j]),
                       after=int(cur[j]), change=_pct(cur[j], prev[j]))

        if rose:
            out.append(trf("Rose most: {changes}.", changes="; ".join(change(j) for j in rose)))
        if fell:
            out.append(trf("Fell most: {changes}.", changes="; ".join(change(j) for j in fell)))
    return out


def _pct(cur: Any, prev: Any) -> str:
    cur, prev = int(cur), int(prev)
    if prev == 0:
        return tr("new") if cur else tr("no change")
    return trf("{pct:+.0f}%", pct=(cur - prev) / prev * 100)
