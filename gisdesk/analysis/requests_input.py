"""Service requests as analysis input (no Qt): the derived request table for any point layer of requests.

Requests reach an algorithm in two ways: as a :class:`~gisdesk.layers.service_requests.ServiceRequestLayer`
(the GUI and projects; its derived fields ``state``, ``overdue``, ``due_datetime``, ``closed_at``,
``time_to_close_hours``... are already there, computed for the layer's ``now`` and deadlines), or as a plain
:class:`~gisdesk.layers.vector.VectorLayer` that ``gisdesk run`` opened from a file. For a plain layer the
Open311 column mapping is detected from its columns (``io.service_requests.detect_mapping``: Open311 names, the
NYC 311 export, Socrata, Vietnamese headers), the mapped columns are normalised (times to aware UTC, statuses to
open/closed) and the derived fields are computed by ``layers.service_requests.with_derived`` for the current
time, exactly as a ServiceRequestLayer loaded now would.

Only the columns an analysis needs are read, from the attribute table: no shapely geometry is built for the
requests (positions come from the layer's point arrays).

The time window applies to a request by **when it was received** (``requested_datetime`` inside the window);
the map's time slider keeps a request on the map while it is open, but an analysis of "requests of the last
month" counts those received in it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import (
    AnalysisError,
    Context,
    LayerInput,
    check_overlap,
    input_rows,
    point_xy,
    transform_xy,
)
from gisdesk.core.i18n import N_, tr, trf

#: the request fields an analysis may use (the rest of a file is never normalised)
ANALYSIS_FIELDS = ("status", "status_detail", "service_name", "service_code", "agency_responsible", "urgency",
                   "ward_code", "ward_name", "requested_datetime", "updated_datetime", "expected_datetime",
                   "closed_datetime")
#: the names users know a field by, for messages
FIELD_LABELS = {  # English; shown through tr()
    "requested_datetime": N_("the time a request was made (requested_datetime; e.g. 'Created Date', 'Ngày tạo')"),
    "status": N_("the status (status; e.g. 'Status', 'Trạng thái') or a closing time (closed_datetime)"),
    "service_name": N_("the category (service_name; e.g. 'Complaint Type', 'Lĩnh vực')"),
    "agency_responsible": N_("the agency (agency_responsible; e.g. 'Agency', 'Đơn vị xử lý')"),
    "expected_datetime": N_("the due time (expected_datetime; e.g. 'Due Date', 'Hạn xử lý')"),
}

#: the groups of requests outside every polygon / without a location, in result tables: shown (and compared)
#: as tr(OUTSIDE) / tr(NO_LOCATION), in the UI language
OUTSIDE = N_("(outside the wards)")
NO_LOCATION = N_("(no location)")


@dataclass
class Requests:
    """The requests that take part in an analysis.

    ``table``: Open311 fields plus the derived fields (``due_datetime``, ``closed_at``, ``age_hours``,
    ``time_to_close_hours``, ``overdue``, ``state``), index 0..n-1; ``rows``: their row numbers in the layer;
    ``requested_ns``: the request times as int64 UTC nanoseconds (int64 min: none); ``x``/``y``: positions in
    ``crs`` (NaN: no location); ``now``: the moment ages and overdue are computed for; ``notes``: plain-English
    lines for the summary (how the columns were read, what was left out).
    """

    layer: Any
    name: str
    table: pd.DataFrame
    rows: np.ndarray
    requested_ns: np.ndarray
    x: np.ndarray
    y: np.ndarray
    crs: str | None
    now: pd.Timestamp
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def subset(self, keep: np.ndarray) -> Requests:
        """The requests where the boolean mask ``keep`` is True."""
        return Requests(self.layer, self.name, self.table[keep].reset_index(drop=True), self.rows[keep],
                        self.requested_ns[keep], self.x[keep], self.y[keep], self.crs, self.now, list(self.notes))

    def column(self, name: str) -> pd.Series:
        """A column of the layer's own attribute table (e.g. a field the user chose) for these requests."""
        return self.layer.attributes[name].iloc[self.rows].reset_index(drop=True)


def is_request_layer(layer: Any) -> bool:
    from gisdesk.layers.service_requests import ServiceRequestLayer

    return isinstance(layer, ServiceRequestLayer)


def request_input(li: LayerInput, context: Context, *, need: tuple[str, ...] = ("requested_datetime",),
                  window: bool = True, what: str = "requests") -> Requests:
    """The requests of ``li`` that take part: the layer's filters, the selection when ``selected_only``, and
    (``window=True``) those received inside ``context.time_window``.

    ``need``: request fields that must be present (AnalysisError naming the missing ones and the layer's
    columns otherwise); "status" is satisfied by a closing-time column. Works on a ServiceRequestLayer or a
    plain point layer with request columns.
    """
    layer = li.layer
    rows = input_rows(li, context, time_aware=False)
    notes: list[str] = []
    if is_request_layer(layer):
        attrs = layer.attributes
        from gisdesk.layers.service_requests import DERIVED_FIELDS

        cols = [c for c in (*ANALYSIS_FIELDS, *DERIVED_FIELDS) if c in attrs.columns]
        table = attrs[cols]
        if len(rows) != len(attrs) or not (rows == np.arange(len(rows))).all():
            table = table.iloc[rows]
        table = table.reset_index(drop=True)
        now = layer.now
        _check_need(li, need, present={f for f in ANALYSIS_FIELDS if f in attrs.columns and attrs[f].notna().any()},
                    columns=list(attrs.columns))
    else:
        table, now, notes = _derived_for_plain(li, rows, need)
    from gisdesk.core.timewindow import times_ns

    req = times_ns(table["requested_datetime"]).copy()
    x, y = point_xy(layer, rows)
    out = Requests(layer, li.name, table, rows, req, x, y, layer.crs, now, notes)
    win = context.time_window if window else None
    if win is not None and (win.start_ns is not None or win.end_ns is not None):
        inside = win.mask(req)
        if not inside.any():
            raise AnalysisError(trf("No request of {layer} was received inside the current time window ({window}); "
                                    "widen the time window.", layer=li.name, window=win.label()))
        left = int((~inside).sum())
        out = out.subset(inside)
        if left:
            out.notes.append(trf("{n:,} requests received outside the time window ({window}) were left out.",
                                 n=left, window=win.label()) if what == "requests" else
                             trf("{n:,} {what} received outside the time window ({window}) were left out.", n=left,
                                 what=what, window=win.label()))
    return out


def _check_need(li: LayerInput, need: tuple[str, ...], present: set[str], columns: list[str],
                how: str = "") -> None:
    missing = []
    for f in need:
        if f == "status":
            if not ({"status", "closed_datetime"} & present):
                missing.append(f)
        elif f not in present:
            missing.append(f)
    if missing:
        cols = ", ".join(repr(str(c)) for c in columns[:25]) + (", ..." if len(columns) > 25 else "")
        wanted = "; ".join(tr(FIELD_LABELS[f]) if f in FIELD_LABELS else f for f in missing)
        raise AnalysisError(trf("{layer} does not look like a layer of service requests: no column gives {wanted}. "
                                "Its columns: {columns}.{how} Open the file as service requests (Layer > Open service "
                                "requests…) to map the columns by hand.", layer=li.name, wanted=wanted, columns=cols,
                                how=how))


def _derived_for_plain(li: LayerInput, rows: np.ndarray, need: tuple[str, ...]
                       ) -> tuple[pd.DataFrame, pd.Timestamp, list[str]]:
    """Detect the Open311 mapping of a plain layer, read the mapped columns of ``rows`` as request fields and
    add the derived fields for the current time.

    The fields are read by ``io.service_requests.read_request_fields``, the reading ``normalise_requests`` does
    (times through ``parse_datetimes`` in the mapping's zone and day order, statuses through the mapping's
    status words, text trimmed and NFC, each once per distinct value); only the analysis fields are read.
    """
    from gisdesk.io.report import LayerReport
    from gisdesk.io.service_requests import detect_mapping, read_request_fields
    from gisdesk.layers.schema import REQUEST_FIELDS
    from gisdesk.layers.service_requests import with_derived

    layer = li.layer
    attrs = layer.attributes
    geom = getattr(layer, "geometry_name", None)
    columns = [c for c in attrs.columns if c != geom and not _is_geometry(attrs[c])]
    names = [str(c) for c in columns]
    mapping, _notes = detect_mapping(names, attrs[columns].head(500).set_axis(names, axis=1))
    fields = {f: c for f, c in mapping.fields.items() if f in ANALYSIS_FIELDS and c}
    _check_need(li, need, set(fields), names)
    by_name = dict(zip(names, columns, strict=True))
    everything = len(rows) == len(attrs) and bool((rows == np.arange(len(rows))).all())
    used = list(dict.fromkeys(fields.values()))
    source = pd.DataFrame({c: attrs[by_name[c]] for c in used}, index=attrs.index)
    source = source.reset_index(drop=True) if everything else source.iloc[rows].reset_index(drop=True)
    read = read_request_fields(source, mapping, ANALYSIS_FIELDS, report=LayerReport(name=li.name))
    notes: list[str] = []
    naive: list[str] = []
    for f in ("requested_datetime", "expected_datetime", "closed_datetime", "updated_datetime"):
        p = read.times.get(f)
        if p is None:
            continue
        if p.naive:
            naive.append(repr(fields[f]))
        unread = p.unparsed + p.implausible
        if unread:
            ex = ", ".join(map(repr, [*p.examples, *p.implausible_examples][:3]))
            notes.append(trf("{n:,} value of {col!r} ({field}) could not be read as a date (e.g. {examples}); it "
                             "was left empty.", n=unread, col=fields[f], field=f, examples=ex) if unread == 1 else
                         trf("{n:,} values of {col!r} ({field}) could not be read as a date (e.g. {examples}); they "
                             "were left empty.", n=unread, col=fields[f], field=f, examples=ex))
    if naive:
        notes.append(trf("Times without a zone in {cols} were read as {tz} time.", cols=", ".join(naive),
                         tz=mapping.tz))
    if "status" not in fields:
        notes.append(trf("{layer} has no status column: requests with a closing time are taken as closed, the "
                         "others as open.", layer=li.name))
    elif read.unknown_statuses:
        k = sum(c for _, c in read.unknown_statuses)
        listed = ", ".join(repr(str(v)) for v, _ in read.unknown_statuses[:5])
        notes.append(trf("{n:,} request has a status not known as open or closed ({listed}); it was taken as open.",
                         n=k, listed=listed) if k == 1 else
                     trf("{n:,} requests have a status not known as open or closed ({listed}); they were taken as "
                         "open.", n=k, listed=listed))
    out: dict[str, Any] = {f: v for f, v in read.values.items()
                           if fields.get(f) or f in ("status", "status_detail") or f.endswith("_datetime")}
    for f in REQUEST_FIELDS:
        if f not in out:
            out[f] = _empty_field(f, len(rows))
    frame = pd.DataFrame(out, index=pd.RangeIndex(len(rows)))
    now = pd.Timestamp.now(tz="UTC")
    table = with_derived(frame, {}, now)
    shown = ("requested_datetime", "status", "expected_datetime", "closed_datetime", "service_name",
             "agency_responsible")
    mapped = ", ".join(trf("{field} from {col!r}", field=f, col=c) for f, c in fields.items() if f in shown)
    notes.insert(0, trf("{layer} is not opened as service requests, so its columns were matched to the request "
                        "fields ({mapped}); ages and overdue requests are computed for now ({now:%Y-%m-%d %H:%M} in "
                        "Huế).", layer=li.name, mapped=mapped, now=now.tz_convert("Asia/Ho_Chi_Minh")))
    if "requested_datetime" in need and not table["requested_datetime"].notna().any():
        raise AnalysisError(trf("{layer}: the column {col!r} holds no readable date, so the requests cannot be placed "
                                "in time.", layer=li.name, col=fields["requested_datetime"]))
    return table, now, notes


def _empty_field(name: str, n: int) -> Any:
    """An empty request field of ``n`` rows (cheap: with_derived would build it from a list of None)."""
    import pyarrow as pa

    if name.endswith("_datetime"):
        return pd.Series(np.full(n, np.datetime64("NaT"), dtype="datetime64[ms]")).dt.tz_localize("UTC")
    if name in ("lat", "long"):
        return np.full(n, np.nan)
    return pd.array(pa.nulls(n, pa.large_string()), dtype="str")


def _is_geometry(s: pd.Series) -> bool:
    return getattr(s.dtype, "name", "") == "geometry"


def labels_of(values: pd.Series, missing: str) -> tuple[np.ndarray, list[str]]:
    """(codes, labels) of a column: one code per distinct value as text (NFC, trimmed; sorted), ``missing``
    for empty values. Loops over the distinct values only."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    labels = [unicodedata.normalize("NFC", str(u)).strip() or missing for u in uniques] + [missing]
    final, inverse = np.unique(np.asarray(labels, dtype=str), return_inverse=True)
    codes = np.where(codes < 0, len(uniques), codes)
    return inverse[codes].astype(np.int64), [str(v) for v in final]


_LABEL_NAMES = ("ward_name", "name", "ten", "ten_phuong", "ten_xa", "tenphuong", "ward", "phuong", "name_3",
                "name_2", "name_1", "label", "title")


def default_label_field(table: pd.DataFrame, geometry: str | None = None) -> str | None:
    """A column to name polygons by: a name-like text column, else the first text column; None if none."""
    cols = [c for c in table.columns if c != geometry and not _is_geometry(table[c])]
    text = [c for c in cols if pd.api.types.is_string_dtype(table[c].dtype) or table[c].dtype == object]
    keyed = {re.sub(r"[^a-z0-9]+", "_", str(c).lower()).strip("_"): c for c in text}
    for name in _LABEL_NAMES:
        if name in keyed:
            return keyed[name]
    return text[0] if text else None


@dataclass
class Zones:
    """Polygons that take part (``frame``: their rows as a GeoDataFrame, in the polygons' CRS), a label per
    polygon (``labels``) and, per request, the index of its polygon in ``frame`` (-1 outside, -2 no location)."""

    frame: Any
    labels: list[str]
    label_field: str | None
    index: np.ndarray


def assign_zones(req: Requests, poly: LayerInput, context: Context, label_field: str | None) -> Zones:
    """Put each request in one polygon of ``poly`` (points reprojected to the polygons' CRS; a point on a
    shared edge goes to the lower-numbered polygon). Raises AnalysisError when none overlap."""
    from gisdesk.analysis.base import input_frame
    from gisdesk.analysis.overlay import assign_points

    frame = input_frame(poly, context, time_aware=False)
    if label_field is None:
        label_field = default_label_field(frame, frame.geometry.name)
    if label_field is not None:
        vals = frame[label_field]
        labels = [(unicodedata.normalize("NFC", str(v)).strip() if pd.notna(v) else "") or trf("Polygon {n}", n=i + 1)
                  for i, v in enumerate(vals.to_numpy(dtype=object))]
    else:
        labels = [trf("Polygon {n}", n=i + 1) for i in range(len(frame))]
    ok = np.isfinite(req.x) & np.isfinite(req.y)
    index = np.full(len(req), -2, dtype=np.int64)
    if ok.any():
        if (req.crs is None) != (frame.crs is None):
            missing = req.name if req.crs is None else poly.name
            raise AnalysisError(trf("{layer} has no coordinate reference system; set one (Layer properties) first.",
                                    layer=missing))
        x, y = req.x[ok], req.y[ok]
        if req.crs is not None:
            x, y = transform_xy(x, y, req.crs, frame.crs)
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        check_overlap((x.min(), y.min(), x.max(), y.max()), tuple(frame.total_bounds), req.name, poly.name)
        index[ok] = assign_points(x, y, frame.geometry.values)
    return Zones(frame, labels, label_field, index)


def zone_labels(zones: Zones) -> tuple[np.ndarray, list[str]]:
    """(codes, labels) per request: polygons by label (polygons sharing a label are one group), then
    "(outside the wards)" and "(no location)"."""
    uniq = list(dict.fromkeys(zones.labels))
    pos = {lb: i for i, lb in enumerate(uniq)}
    per_poly = np.asarray([pos[lb] for lb in zones.labels], dtype=np.int64)
    labels = uniq + [tr(OUTSIDE), tr(NO_LOCATION)]
    codes = np.where(zones.index >= 0, per_poly[np.maximum(zones.index, 0)],
                     np.where(zones.index == -1, len(uniq), len(uniq) + 1))
    return codes, labels
