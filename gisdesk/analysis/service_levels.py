"""Service levels: open, overdue, closed late and time to close, per ward, agency or category."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import Algorithm, AnalysisError, Context, Feedback, Param, Result, register
from gisdesk.analysis.requests_input import (
    NO_LOCATION,
    OUTSIDE,
    assign_zones,
    labels_of,
    request_input,
)
from gisdesk.core.i18n import N_, tr, trf

NO_AGENCY = N_("(no agency)")
NO_CATEGORY = N_("(no category)")
#: the columns of the output, after the group's own column(s)
STAT_COLUMNS = ("received", "open", "overdue", "closed", "closed_late", "median_time_to_close_h",
                "p90_time_to_close_h", "pct_closed_on_time", "pct_late")


@register
class ServiceLevels(Algorithm):
    id = "service_levels"
    name = "Service levels"
    group = "Time and service levels"
    description = (
        "How well requests are handled, per ward, per agency or per category. For the requests received in "
        "the time window (all requests without one): 'received' counts them; 'open' are still open and "
        "'overdue' are open past their due time now; 'closed' are closed and 'closed_late' were closed after "
        "their due time. Time to close is the hours from request to closing: its median and 90th percentile "
        "(9 in 10 closed within it) are over the closed requests. 'pct_closed_on_time' is the share of the "
        "closed requests with a due time that were closed by it; 'pct_late' is the share of the requests "
        "with a due time that missed it (overdue now or closed late). The due time is the request's expected "
        "time, or its request time plus the deadline set for its category. By ward, the result is a polygon "
        "layer coloured by 'pct_late'; requests outside every ward or without a location are listed in the "
        "table as separate groups."
    )
    params = (
        Param("requests", "layer", "Service requests", geometry="point",
              help="A service-request layer, or a point layer with request columns (Open311, NYC 311, ...)."),
        Param("by", "choice", "Group by", default="ward",
              choices=(("ward", "Ward (needs a ward layer)"), ("agency", "Agency"), ("category", "Category"))),
        Param("wards", "layer", "Wards", geometry="polygon", optional=True,
              help="The ward polygons (needed to group by ward)."),
        Param("ward_label", "field", "Ward name field", parent="wards", optional=True,
              help="The column that names the wards; by default a name-like column."),
    )
    time_aware = True

    def run(self, values: Mapping[str, Any], context: Context, feedback: Feedback) -> Result:
        by = values.get("by") or "ward"
        if by == "ward" and values.get("wards") is None:
            raise AnalysisError(tr("Service levels by ward need the ward polygons: choose a layer for 'Wards', or "
                                   "group by agency or category."))
        need = ("requested_datetime", "status") + {"agency": ("agency_responsible",),
                                                   "category": ("service_name",)}.get(by, ())
        feedback.progress(0.0, "Reading the requests")
        req = request_input(values["requests"], context, need=need)
        summary = list(req.notes)
        tab = req.table
        feedback.progress(0.3, "Grouping")

        zones = None
        if by == "ward":
            zones = assign_zones(req, values["wards"], context, values.get("ward_label"))
            n_poly = len(zones.frame)
            # one group per polygon, then outside and no location
            codes = np.where(zones.index >= 0, zones.index, np.where(zones.index == -1, n_poly, n_poly + 1))
            labels = list(zones.labels) + [tr(OUTSIDE), tr(NO_LOCATION)]
        elif by == "agency":
            codes, labels = labels_of(tab["agency_responsible"], tr(NO_AGENCY))
        else:
            codes, labels = labels_of(tab["service_name"], tr(NO_CATEGORY))
        stats, notes = group_stats(tab, codes, len(labels))
        summary += notes
        feedback.progress(0.7, "Summarising")

        key = {"ward": "ward", "agency": "agency", "category": "category"}[by]
        table = stats.copy()
        table.insert(0, key, pd.array(labels, dtype="str"))
        if by == "ward":
            # the polygons keep their order; outside / no location only when they hold requests
            extra = table.index >= len(zones.frame)
            table = table[~extra | (table["received"] > 0)].reset_index(drop=True)
        else:
            table = table.sort_values(["received", key], ascending=[False, True], kind="stable").reset_index(drop=True)

        summary = _overall(tab, req.name) + summary + _worst(table, key, by)
        name = {"ward": N_("Service levels by ward"), "agency": N_("Service levels by agency"),
                "category": N_("Service levels by category")}[key]
        result = Result(name=tr(name), table=table, summary=summary)
        if by == "ward":
            assert zones is not None
            frame = zones.frame.drop(columns=["__row"], errors="ignore")
            frame = frame.drop(columns=[c for c in (*STAT_COLUMNS, "ward") if c in frame.columns])
            layer = frame.copy()
            layer.insert(0, "ward", pd.array(zones.labels, dtype="str"))
            for c in STAT_COLUMNS:
                layer[c] = stats[c].to_numpy()[: len(frame)]
            layer = layer.set_geometry(frame.geometry.name)
            result.layer = layer
            result.style = _style(layer) if context.styles else None
            outside = table[table["ward"].isin([tr(OUTSIDE), tr(NO_LOCATION)])]
            for _, row in outside.iterrows():
                k = int(row["received"])
                figures = {"n": k, "group": row["ward"], "open": int(row["open"]), "overdue": int(row["overdue"])}
                if row["ward"] == tr(OUTSIDE):
                    line = (trf("{n:,} request lies outside every ward: not on the ward map, but in the table as "
                                "'{group}' ({open:,} open, {overdue:,} overdue).", **figures) if k == 1 else
                            trf("{n:,} requests lie outside every ward: not on the ward map, but in the table as "
                                "'{group}' ({open:,} open, {overdue:,} overdue).", **figures))
                else:
                    line = (trf("{n:,} request has no location: not on the ward map, but in the table as '{group}' "
                                "({open:,} open, {overdue:,} overdue).", **figures) if k == 1 else
                            trf("{n:,} requests have no location: not on the ward map, but in the table as "
                                "'{group}' ({open:,} open, {overdue:,} overdue).", **figures))
                summary.append(line)
        return result


def group_stats(table: pd.DataFrame, codes: np.ndarray, n_groups: int) -> tuple[pd.DataFrame, list[str]]:
    """The service-level columns (``STAT_COLUMNS``) for each group code 0..n_groups-1 of the derived request
    ``table``, and notes about the data (times to close that are negative, requests without a due time)."""
    codes = np.asarray(codes, dtype=np.int64)
    is_closed = (table["state"].astype("str") == "closed").to_numpy(dtype=bool, na_value=False)
    state_overdue = (table["state"].astype("str") == "overdue").to_numpy(dtype=bool, na_value=False)
    due = table["due_datetime"]
    has_due = due.notna().to_numpy()
    closed_at = table["closed_at"]
    has_closed_at = closed_at.notna().to_numpy()
    late = is_closed & has_due & has_closed_at & (closed_at > due).to_numpy(dtype=bool, na_value=False)
    on_time = is_closed & has_due & has_closed_at & ~late
    ttc = table["time_to_close_hours"].to_numpy(dtype=np.float64, na_value=np.nan).copy()
    negative = ttc < 0
    notes: list[str] = []
    if negative.any():
        k = int(negative.sum())
        notes.append(trf("{n:,} request was closed before it was made according to the data; its times to close "
                         "were left out of the median and 90th percentile.", n=k) if k == 1 else
                     trf("{n:,} requests were closed before they were made according to the data; their times to "
                         "close were left out of the median and 90th percentile.", n=k))
        ttc[negative] = np.nan

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(codes[mask], minlength=n_groups)

    received = np.bincount(codes, minlength=n_groups)
    open_ = received - count(is_closed)
    overdue = count(state_overdue)
    closed = count(is_closed)
    closed_late = count(late)
    closed_on_time = count(on_time)
    late_any = overdue + closed_late
    with_due = count(has_due & (~is_closed | has_closed_at))
    times = pd.Series(ttc).groupby(codes)
    median = times.median().reindex(range(n_groups)).to_numpy(dtype=np.float64, na_value=np.nan)
    p90 = times.quantile(0.9).reindex(range(n_groups)).to_numpy(dtype=np.float64, na_value=np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct_on_time = np.where(closed_late + closed_on_time > 0,
                               closed_on_time / (closed_late + closed_on_time) * 100.0, np.nan)
        pct_late = np.where(with_due > 0, late_any / with_due * 100.0, np.nan)
    out = pd.DataFrame({
        "received": received.astype(np.int64),
        "open": open_.astype(np.int64),
        "overdue": overdue.astype(np.int64),
        "closed": closed.astype(np.int64),
        "closed_late": closed_late.astype(np.int64),
        "median_time_to_close_h": np.round(median, 2),
        "p90_time_to_close_h": np.round(p90, 2),
        "pct_closed_on_time": np.round(pct_on_time, 1),
        "pct_late": np.round(pct_late, 1),
    })
    no_due = int((~has_due).sum())
    if no_due:
        notes.append(trf("{n:,} request has no due time (no expected time and no deadline for its category): it can "
                         "be neither overdue nor late.", n=no_due) if no_due == 1 else
                     trf("{n:,} requests have no due time (no expected time and no deadline for their category): "
                         "they can be neither overdue nor late.", n=no_due))
    closed_given = table["closed_datetime"].notna().to_numpy()
    open_with_close = ~is_closed & closed_given
    if open_with_close.any():
        k = int(open_with_close.sum())
        before = int((open_with_close & (table["closed_datetime"] < table["requested_datetime"])
                      .to_numpy(dtype=bool, na_value=False)).sum())
        if k == 1:
            notes.append(trf("{n:,} request is open but has a closing time in the data (before it was made); the "
                             "status was trusted and it counts as open.", n=k) if before else
                         trf("{n:,} request is open but has a closing time in the data; the status was trusted and "
                             "it counts as open.", n=k))
        else:
            notes.append(trf("{n:,} requests are open but have a closing time in the data ({k:,} of them before they "
                             "were made); the status was trusted and they count as open.", n=k, k=before) if before
                         else trf("{n:,} requests are open but have a closing time in the data; the status was "
                                  "trusted and they count as open.", n=k))
    closed_no_time = int((is_closed & ~has_closed_at).sum())
    if closed_no_time:
        notes.append(trf("{n:,} closed request has no closing time: it counts as closed but not in the times to "
                         "close.", n=closed_no_time) if closed_no_time == 1 else
                     trf("{n:,} closed requests have no closing time: they count as closed but not in the times to "
                         "close.", n=closed_no_time))
    return out, notes


def _overall(tab: pd.DataFrame, name: str) -> list[str]:
    stats, _ = group_stats(tab, np.zeros(len(tab), dtype=np.int64), 1)
    r = stats.iloc[0]
    med = r["median_time_to_close_h"]
    figures = {"layer": name, "n": int(r["received"]), "open": int(r["open"]), "overdue": int(r["overdue"]),
               "closed": int(r["closed"]), "late": int(r["closed_late"])}
    if pd.notna(med):
        return [trf("{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of "
                    "which {late:,} late; median time to close {median}.", median=_hours(med), **figures)]
    return [trf("{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of which "
                "{late:,} late.", **figures)]


def _worst(table: pd.DataFrame, key: str, by: str) -> list[str]:
    real = table[~table[key].isin([tr(OUTSIDE), tr(NO_LOCATION)])]
    worst = real[real["overdue"] > 0].sort_values(["overdue", "pct_late"], ascending=[False, False], kind="stable")
    if not len(worst):
        none = {"ward": N_("No ward has an overdue request."), "agency": N_("No agency has an overdue request."),
                "category": N_("No category has an overdue request.")}[key]
        return [tr(none)]
    parts = []
    for _, row in worst.head(3).iterrows():
        figures = {"group": row[key], "overdue": int(row["overdue"]), "open": int(row["open"])}
        if pd.notna(row["pct_late"]):
            parts.append(trf("{group}: {overdue:,} overdue of {open:,} open ({pct:.0f}% of its requests missed the due "
                             "time)", pct=row["pct_late"], **figures))
        else:
            parts.append(trf("{group}: {overdue:,} overdue of {open:,} open", **figures))
    most = {"ward": N_("Most overdue wards: {groups}."), "agency": N_("Most overdue agencies: {groups}."),
            "category": N_("Most overdue categories: {groups}.")}[by]
    return [trf(most, groups="; ".join(parts))]


def _hours(h: float) -> str:
    return trf("{h:.1f} h", h=h) if h < 48 else trf("{d:.1f} days", d=h / 24)


def _style(layer: Any) -> dict[str, Any] | None:
    from gisdesk.styles.renderers import GraduatedRenderer

    try:
        return GraduatedRenderer.from_data(layer, "pct_late", method="natural_breaks", k=5, ramp="YlOrRd").to_dict()
    except ValueError:  # no ward has a request with a due time: nothing to grade
        return None
