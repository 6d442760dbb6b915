"""ServiceRequestLayer: citizens' reports (Open311 GeoReport v2 fields) as a layer that knows what they are.

On top of a point layer it adds what an officer asks about a request, computed for every row with numpy
(no loop per request) whenever the data, the deadlines or "now" change:

* ``due_datetime``: ``expected_datetime`` when the source gives one, else ``requested_datetime`` plus the
  deadline the user set for the request's category (``deadlines``: service_code or service_name -> hours);
* ``closed_at``: ``closed_datetime``, or for a closed request without one its ``updated_datetime``;
* ``age_hours``: how long it has been open (until it was closed, or until now);
* ``time_to_close_hours``: for closed requests;
* ``overdue``: still open past its due time, or closed after it;
* ``state``: "overdue" / "open" / "closed" (what the default style colours).

The time slider places a request by ``requested_datetime`` and keeps it on the map until it was closed
(``time_end_field = "closed_at"``): a window shows what was open during it. Filters by category, status,
urgency, agency and ward are the layer's attribute filters (``VectorLayer.filters``).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.core.i18n import N_, trf
from gisdesk.layers.schema import REQUEST_FIELDS
from gisdesk.layers.vector import PointData, VectorLayer

DERIVED_FIELDS = ("due_datetime", "closed_at", "age_hours", "time_to_close_hours", "overdue", "state")
#: the columns an officer filters by, in the order the UI offers them
FILTER_FIELDS = ("service_name", "status", "state", "urgency", "agency_responsible", "ward_name")

STATE_COLOURS = {"overdue": [215, 25, 28, 255], "open": [253, 174, 97, 255], "closed": [120, 120, 120, 160]}
_NS_PER_HOUR = 3600 * 10**9


class ServiceRequestLayer(VectorLayer):
    type_name = "service_requests"

    def __init__(
        self,
        data: Any,
        *,
        mapping: dict[str, Any] | None = None,
        deadlines: dict[str, float] | None = None,
        now: Any = None,
        **kwargs: Any,
    ) -> None:
        self.mapping: dict[str, Any] = copy.deepcopy(dict(mapping or {}))
        self._deadlines: dict[str, float] = {str(k): float(v) for k, v in (deadlines or {}).items()}
        self._now = _utc(now) if now is not None else None
        kwargs.setdefault("style", default_style("state"))
        kwargs.setdefault("time_field", "requested_datetime")
        kwargs.setdefault("time_end_field", "closed_at")
        super().__init__(with_derived(data, self._deadlines, self.now), **kwargs)

    # -- derived fields -------------------------------------------------------------------------
    @property
    def now(self) -> pd.Timestamp:
        """The moment ages and overdue are computed for (the time the layer was loaded, unless set)."""
        if self._now is None:
            self._now = pd.Timestamp(dt.datetime.now(dt.UTC))
        return self._now

    @property
    def deadlines(self) -> dict[str, float]:
        """Hours allowed per category (service_code or service_name) when a request has no expected time."""
        return dict(self._deadlines)

    def set_deadlines(self, deadlines: dict[str, float]) -> None:
        deadlines = {str(k): float(v) for k, v in deadlines.items()}
        bad = [k for k, v in deadlines.items() if not (v > 0 and np.isfinite(v))]
        if bad:
            raise ValueError(trf("a deadline is a positive number of hours: {categories}", categories=", ".join(bad)))
        if deadlines != self._deadlines:
            self._deadlines = deadlines
            self.refresh(self._now)
            self.events.filter.emit(self.filter_state())  # saved in the project

    def refresh(self, now: Any = None) -> None:
        """Recompute the derived fields for ``now`` (default: the current time)."""
        points, gdf = self._store
        selection = self.selection
        self.replace_data(points if points is not None else gdf, now)
        if selection.size:
            self.selection = selection  # same rows: a refresh keeps what was selected

    def replace_data(self, data: Any, now: Any = None) -> None:
        """New requests (e.g. a feed sync) with the derived fields computed for ``now`` (default: the current
        time), in one data change."""
        self._now = _utc(now) if now is not None else pd.Timestamp(dt.datetime.now(dt.UTC))
        self.data = with_derived(data, self._deadlines, self._now)

    def counts(self, window: Any = None) -> dict[str, int]:
        """{"total", "open", "overdue", "closed"} among the rows shown (time window and filters)."""
        state = self.attributes["state"]
        mask = self.visible_rows(window)
        if mask is not None:
            state = state[mask]
        vc = state.value_counts()
        return {"total": len(state), "open": int(vc.get("open", 0) + vc.get("overdue", 0)),
                "overdue": int(vc.get("overdue", 0)), "closed": int(vc.get("closed", 0))}

    def history(self, row: int) -> list[tuple[pd.Timestamp, str, str]]:
        """What is known of request ``row``'s life, oldest first: (time, event, detail). Events: "requested",
        "updated" (with the status notes), "due", "closed"; a request seen several times by feed syncs has an
        "updated" entry per version (``self.versions``, when the source keeps them)."""
        a = self.attributes.iloc[row]
        out: list[tuple[pd.Timestamp, str, str]] = []

        def add(ts: Any, event: str, detail: Any = "") -> None:
            if ts is not None and ts is not pd.NaT and not pd.isna(ts):
                out.append((pd.Timestamp(ts), event, "" if detail is None or pd.isna(detail) else str(detail)))

        add(a.get("requested_datetime"), "requested", a.get("service_name"))
        versions = getattr(self, "versions", None)
        rid = a.get("service_request_id")
        if versions is not None and rid is not None and len(versions):
            mine = versions[versions["service_request_id"] == rid].sort_values("updated_datetime")
            for _, v in mine.iterrows():
                add(v.get("updated_datetime"), "updated", v.get("status_notes") or v.get("status_detail"))
        else:
            closed_at = a.get("closed_at")
            updated = a.get("updated_datetime")
            if not (pd.notna(updated) and pd.notna(closed_at) and updated == closed_at):
                add(updated, "updated", a.get("status_notes") or a.get("status_detail"))
        add(a.get("due_datetime"), "due", "overdue" if bool(a.get("overdue")) else "")
        add(a.get("closed_at"), "closed", a.get("status_detail"))
        out.sort(key=lambda e: e[0])
        return out

    # -- state ----------------------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state["mapping"] = copy.deepcopy(self.mapping)
        if self._deadlines:
            state["deadlines"] = dict(self._deadlines)
        if not self.source:  # an in-memory layer carries its data without the derived columns
            state["data"] = state["data"].drop(columns=[c for c in DERIVED_FIELDS if c in state["data"].columns])
        return state


def with_derived(data: Any, deadlines: dict[str, float], now: pd.Timestamp) -> Any:
    """``data`` (PointData or GeoDataFrame with Open311 columns) with the derived columns (re)computed."""
    table = data.table if isinstance(data, PointData) else data
    out = table.drop(columns=[c for c in DERIVED_FIELDS if c in table.columns]).copy(deep=False)
    n = len(out)
    for col in REQUEST_FIELDS:  # a source without some Open311 field still gets the column (empty)
        if col not in out.columns:
            if col.endswith("_datetime"):
                out[col] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ms, UTC]")
            elif col in ("lat", "long"):
                out[col] = np.nan
            else:
                out[col] = pd.Series([None] * n, index=out.index, dtype="str")
    requested = _ns(out["requested_datetime"])
    expected = _ns(out["expected_datetime"])
    closed = _ns(out["closed_datetime"])
    updated = _ns(out["updated_datetime"])
    is_closed = (out["status"].astype("str").str.lower() == "closed").to_numpy(dtype=bool, na_value=False)
    nat = np.iinfo(np.int64).min
    closed_at = np.where((closed == nat) & is_closed, updated, closed)
    closed_at = np.where(is_closed, closed_at, nat)
    # deadlines by category: service_code first, then service_name
    hours = np.full(n, np.nan)
    if deadlines:
        for col in ("service_name", "service_code"):  # the code wins where both are set
            keys = out[col].astype("str").to_numpy(dtype=object, na_value="")
            for key, h in deadlines.items():
                hours[keys == key] = h
    due = expected.copy()
    need = (due == nat) & (requested != nat) & np.isfinite(hours)
    due[need] = requested[need] + (hours[need] * _NS_PER_HOUR).astype(np.int64)
    now_ns = int(now.value)
    end = np.where(is_closed & (closed_at != nat), closed_at, now_ns)
    has_req = requested != nat
    age = np.full(n, np.nan)
    age[has_req] = (end[has_req] - requested[has_req]) / _NS_PER_HOUR
    done = is_closed & (closed_at != nat) & has_req
    to_close = np.full(n, np.nan)
    to_close[done] = (closed_at[done] - requested[done]) / _NS_PER_HOUR
    has_due = due != nat
    overdue = has_due & np.where(is_closed, (closed_at != nat) & (closed_at > due), now_ns > due)
    out["due_datetime"] = _to_datetime(due)
    out["closed_at"] = _to_datetime(closed_at)
    out["age_hours"] = age
    out["time_to_close_hours"] = to_close
    out["overdue"] = overdue
    out["state"] = pd.array(np.where(overdue & ~is_closed, "overdue", np.where(is_closed, "closed", "open")),
                            dtype="str")
    if isinstance(data, PointData):
        return PointData(out, data.x, data.y, crs=data.crs, geometry_name=data.geometry_name)
    return out


#: the category style's icons: the most frequent category first gets the first (shape, colour), and so on;
#: shapes are ``gisdesk.styles.single.MARKER_SHAPES`` names, colours Tableau-10-like (apart in hue and
#: lightness, none of them the grey of "other" categories)
CATEGORY_ICONS: tuple[tuple[str, tuple[int, int, int, int]], ...] = (
    ("circle", (31, 119, 180, 255)),
    ("square", (255, 127, 14, 255)),
    ("triangle", (44, 160, 44, 255)),
    ("diamond", (214, 39, 40, 255)),
    ("star", (148, 103, 189, 255)),
    ("pentagon", (140, 86, 75, 255)),
    ("hexagon", (227, 119, 194, 255)),
    ("cross", (23, 190, 207, 255)),
    ("x", (188, 189, 34, 255)),
)
CATEGORY_ICON_SIZE = 2.4  # mm: shapes need about 9 px at 96 dpi to be told apart
_OTHER_COLOUR = [150, 150, 150, 255]


def default_style(kind: str = "state", data: Any = None, column: str | None = None) -> dict[str, Any]:
    """A default style for requests.

    * "state" (the layer's default): overdue / open / closed in red / orange / grey, overdue drawn largest
      and on top (symbol levels).
    * "category": an icon per service category: the ``len(CATEGORY_ICONS)`` most frequent values of
      ``column`` (default "service_name", or "service_code" when the names are all empty) in ``data`` (the
      layer's attributes, a DataFrame or PointData) get their own marker shape and colour, most frequent
      first; the other categories share a small grey circle, requests without a category a light grey one.
      Text is compared NFC-normalised, as the categorized renderer does.
    """
    if kind == "state":
        cats = []
        # the labels stay English in the style dict: shown with tr(), printed with export.page_text
        for value, label, size in (("closed", N_("Closed"), 1.2), ("open", N_("Open"), 1.6),
                                   ("overdue", N_("Overdue"), 2.2)):
            cats.append({"value": value, "label": label,
                         "symbol": {"kind": "single", "fill": STATE_COLOURS[value], "stroke": [255, 255, 255, 255],
                                    "stroke_width": 0.2, "size": size}})
        # symbol levels: all closed, then open, then overdue on top (not in feature order)
        return {"kind": "categorized", "column": "state", "categories": cats, "other": None, "symbol_levels": True}
    if kind == "category":
        return _category_style(data, column)
    raise ValueError(f"unknown request style {kind!r}; expected 'state' or 'category'")  # programming error


def _category_style(data: Any, column: str | None) -> dict[str, Any]:
    if data is None:
        raise ValueError("the category style is built from the requests: pass the layer's data")  # programming error
    table = data.table if isinstance(data, PointData) else data
    if column is None:
        column = "service_name"
        if column not in table.columns or not _text(table[column]).str.strip().str.len().gt(0).any():
            column = "service_code"
    if column not in table.columns:
        raise ValueError(trf("there is no column {column!r} to style the requests by", column=column))
    text = _text(table[column])
    missing = table[column].isna().to_numpy()
    blank = (text.str.strip().str.len() == 0).to_numpy() & ~missing  # "" or spaces: drawn as other values
    counts = text[~(missing | blank)].value_counts(sort=False)
    top = sorted(counts.items(), key=lambda vc: (-int(vc[1]), vc[0]))  # one step per distinct category
    cats: list[dict[str, Any]] = []
    for (value, _count), (shape, colour) in zip(top, CATEGORY_ICONS, strict=False):
        symbol = {"kind": "single", "fill": list(colour), "stroke": [255, 255, 255, 255], "stroke_width": 0.2,
                  "size": CATEGORY_ICON_SIZE}
        if shape != "circle":
            symbol["shape"] = shape
        cats.append({"value": value, "label": value, "symbol": symbol})
    if bool(missing.any()):
        cats.append({"value": None, "label": "", "symbol": {
            "kind": "single", "fill": [200, 200, 200, 255], "stroke": [255, 255, 255, 255], "stroke_width": 0.2,
            "size": 1.4}})
    other = None
    if len(top) > len(CATEGORY_ICONS) or bool(blank.any()):
        other = {"kind": "single", "fill": _OTHER_COLOUR, "stroke": [255, 255, 255, 255], "stroke_width": 0.2,
                 "size": 1.6}
    return {"kind": "categorized", "column": column, "categories": cats, "other": other}


def _text(values: pd.Series) -> pd.Series:
    """The values as NFC text ("" where missing)."""
    return values.astype("str").fillna("").str.normalize("NFC")


def _ns(series: pd.Series) -> np.ndarray:
    from gisdesk.core.timewindow import times_ns

    return times_ns(series).copy()


def _to_datetime(ns: np.ndarray) -> pd.DatetimeIndex:
    """int64 UTC nanoseconds (int64 min = NaT) as aware times; an Index, so assigning it is by position."""
    return pd.DatetimeIndex(np.asarray(ns, dtype=np.int64).view("datetime64[ns]")).tz_localize("UTC").as_unit("ms")


def _utc(value: Any) -> pd.Timestamp:
    ts = pd.Timestamp(value)
    if ts.tzinfo is None:
        raise ValueError(trf("{value!r} has no time zone", value=value))
    return ts.tz_convert("UTC")


def request_layer_from_state(state: dict[str, Any]) -> ServiceRequestLayer:
    """Registry factory for a layer that carries its data (a source is read by ``gisdesk.io``)."""
    state = dict(state)
    state.pop("type", None)
    if "data" not in state:
        raise ValueError(f"layer {state.get('name')!r}: reading {state.get('source')!r} needs gisdesk.io")  # programming error
    return ServiceRequestLayer(**state)
