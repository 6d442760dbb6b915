"""Citizen service requests from any export, as a frame with Open311 GeoReport v2 field names.

An officer's export of citizen reports (a CSV or XLSX from Hue-S or the operations centre, a GeoJSON, a
GeoPackage or shapefile of points, a Socrata JSON array such as NYC 311's) becomes one normalised frame:

* the fields of :data:`gisdesk.layers.schema.REQUEST_FIELDS`, in that order: ids and text as strings,
  date-times aware in UTC (``datetime64[ms, UTC]``), ``status`` normalised to "open"/"closed" with the
  source's own wording in ``status_detail``, ``lat``/``long`` as WGS 84 floats (NaN where a request has
  no usable location);
* then every source column that was not mapped to a field, as read.

A :class:`ColumnMapping` says which source column feeds which field, where positions come from, the
zone of times written without one and how source statuses map to open/closed. :func:`detect_mapping`
guesses it from column names (Open311, the NYC 311 export, Socrata's snake_case API names, the
Vietnamese headers of the city's exports; case-, accent- and space-insensitive) and sample values;
an import dialog can edit it and the project saves it (``to_dict``/``from_dict``).

For a dialog::

    source = read_source(path)                       # the file as read, no mapping yet
    mapping, notes = detect_mapping(source.frame.columns, source.frame.head(200))
    ...                                              # the user edits the mapping
    data = normalise_requests(source, mapping)       # RequestData: frame, points, report

or in one call: ``read_requests(path)``. Everything messy ends in a plain-English message in the
:class:`~gisdesk.io.report.LayerReport` (rows without a location, 0/0 placeholders, dates that do not
parse, unknown statuses, duplicate ids, projected coordinates without a CRS...); files that cannot be
read at all raise :class:`~gisdesk.io.errors.ReadError`. Citizen text is data: it is never evaluated
or treated as markup.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import warnings
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.core.crs import WGS84, crs_label, crs_to_string
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport
from gisdesk.layers.schema import CITY_TIMEZONE, REQUEST_DATETIME_FIELDS, REQUEST_FIELDS, REQUEST_STATUSES
from gisdesk.layers.vector import PointData

__all__ = [
    "DEFAULT_STATUS_MAP",
    "READ_FIELDS",
    "ColumnMapping",
    "MappingNotes",
    "ParsedDatetimes",
    "RequestData",
    "RequestFields",
    "SourceTable",
    "detect_mapping",
    "normalise_requests",
    "parse_datetimes",
    "read_request_fields",
    "read_requests",
    "read_source",
]

# --------------------------------------------------------------------------------------------------
# names


def _fold(text: Any) -> str:
    """Lower case, accents removed (đ -> d), punctuation -> single spaces: "Phường/Xã" -> "phuong xa"."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _key(text: Any) -> str:
    """The matching key: folded without spaces ("Created Date", "created_date", "CreatedDate" agree)."""
    return _fold(text).replace(" ", "")


# Names of the source columns for each field, best first. Matching ignores case, accents, spaces and
# punctuation, so "Unique Key" also covers Socrata's "unique_key" and "Mã phản ánh" covers "MA_PHAN_ANH".
_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "service_request_id": (
        "service_request_id", "Unique Key", "Service Request ID", "Request ID", "SR Number", "Case ID",
        "Case Number", "Ticket ID", "Mã phản ánh", "Mã PA", "Mã yêu cầu", "Mã hồ sơ", "Mã số phản ánh",
        "Số phản ánh", "Mã số", "Mã", "ID", "Số hiệu",
    ),
    "requested_datetime": (
        "requested_datetime", "Created Date", "Date Created", "Created", "Created At", "Requested Date",
        "Opened", "Open Date", "Submitted", "Submitted Date", "Ngày tạo", "Thời gian gửi", "Ngày gửi",
        "Thời gian tạo", "Ngày phản ánh", "Thời gian phản ánh", "Thời điểm gửi", "Ngày tiếp nhận",
        "Thời gian tiếp nhận", "Ngày",
    ),
    "closed_datetime": (
        "closed_datetime", "Closed Date", "Date Closed", "Closed", "Closed At", "Resolved Date", "Completed Date",
        "Ngày hoàn thành", "Thời gian hoàn thành", "Ngày xử lý xong", "Thời gian xử lý xong", "Ngày kết thúc",
        "Ngày đóng", "Ngày giải quyết",
    ),
    "expected_datetime": (
        "expected_datetime", "Due Date", "Expected Date", "Deadline", "Hạn xử lý", "Thời hạn xử lý",
        "Hạn giải quyết", "Thời hạn giải quyết", "Hạn hoàn thành", "Hạn",
    ),
    "updated_datetime": (
        "updated_datetime", "Resolution Action Updated Date", "Updated Date", "Last Updated", "Updated At",
        "Modified", "Ngày cập nhật", "Thời gian cập nhật", "Cập nhật lúc",
    ),
    "status": ("status", "State", "Trạng thái", "Tình trạng", "Trạng thái xử lý", "Tình trạng xử lý"),
    "status_detail": ("status_detail", "Chi tiết trạng thái"),
    "service_code": ("service_code", "Service Code", "Category Code", "Mã lĩnh vực", "Mã loại", "Mã chuyên mục"),
    "service_name": (
        "service_name", "Complaint Type", "Service Name", "Category", "Request Type", "Type", "Lĩnh vực",
        "Loại phản ánh", "Chuyên mục", "Danh mục", "Loại yêu cầu", "Nhóm lĩnh vực", "Phân loại", "Loại",
    ),
    "description": (
        "description", "Descriptor", "Description", "Details", "Nội dung", "Nội dung phản ánh", "Mô tả",
        "Nội dung yêu cầu", "Chi tiết",
    ),
    "status_notes": (
        "status_notes", "Resolution Description", "Resolution", "Kết quả xử lý", "Kết quả giải quyết",
        "Ý kiến xử lý", "Nội dung trả lời", "Nội dung xử lý", "Phản hồi", "Trả lời",
    ),
    "agency_responsible": (
        "agency_responsible", "Agency", "Responsible Agency", "Department", "Đơn vị xử lý", "Cơ quan xử lý",
        "Đơn vị phụ trách", "Đơn vị chủ trì", "Đơn vị thụ lý", "Cơ quan giải quyết", "Đơn vị", "Agency Name",
    ),
    "ward_code": ("ward_code", "Ward Code", "Mã phường", "Mã phường xã", "Mã xã", "Mã đơn vị hành chính"),
    "ward_name": (
        "ward_name", "Ward", "Phường/Xã", "Xã/Phường", "Phường", "Xã", "Tên phường", "Tên phường xã",
        "Đơn vị hành chính",
    ),
    "zipcode": ("zipcode", "Incident Zip", "Zip", "Zip Code", "Postal Code", "Postcode", "Mã bưu chính", "Mã bưu điện"),
    "address_id": ("address_id", "Address ID", "Mã địa chỉ"),
    "address": (
        "address", "Incident Address", "Street Address", "Location Address", "Địa chỉ", "Địa điểm",
        "Địa chỉ phản ánh", "Địa chỉ sự việc", "Vị trí",
    ),
    "urgency": (
        "urgency", "Priority", "Severity", "Mức độ khẩn", "Mức độ khẩn cấp", "Độ khẩn", "Mức độ ưu tiên",
        "Độ ưu tiên", "Ưu tiên", "Mức độ",
    ),
    "source": (
        "source", "Open Data Channel Type", "Channel", "Kênh tiếp nhận", "Nguồn tiếp nhận", "Kênh phản ánh",
        "Hình thức tiếp nhận", "Kênh", "Nguồn",
    ),
    "media_url": (
        "media_url", "Media URL", "Photo URL", "Image URL", "Photo", "Image", "Hình ảnh", "Ảnh", "Link ảnh",
        "Đường dẫn ảnh", "Ảnh đính kèm",
    ),
    "service_notice": ("service_notice", "Service Notice", "Thông báo"),
}
# fields in the order columns are given out (a column feeds one field)
_FIELD_ORDER = tuple(_FIELD_ALIASES)
_LAT_ALIASES = ("lat", "latitude", "Vĩ độ", "y_lat", "lat_wgs84", "latitude_wgs84")
_LONG_ALIASES = ("long", "lon", "lng", "longitude", "Kinh độ", "x_long", "lon_wgs84", "longitude_wgs84")
_LOCATION_ALIASES = (
    "location", "Vị trí", "Tọa độ", "geolocation", "geo_location", "coordinates", "latlng", "lat_long", "latlon",
    "geom", "geometry", "wkt", "the_geom", "point", "geopoint", "gps",
)
_X_ALIASES = ("X Coordinate (State Plane)", "x", "x_coordinate", "xcoord", "easting", "Tọa độ X", "toa_do_x")
_Y_ALIASES = ("Y Coordinate (State Plane)", "y", "y_coordinate", "ycoord", "northing", "Tọa độ Y", "toa_do_y")

_ALIAS_KEYS = {f: tuple(_key(a) for a in names) for f, names in _FIELD_ALIASES.items()}
_ALIAS_FOLDS = {f: tuple(_fold(a) for a in names) for f, names in _FIELD_ALIASES.items()}
_OPEN311_KEYS = {_key(f) for f in REQUEST_FIELDS}

_NA_TOKENS = {
    "", "na", "n/a", "n.a.", "nan", "nat", "null", "none", "nil", "-", "--", "---", "?", "#n/a", "unknown",
    "missing", "không", "khong", "không có", "khong co", "chưa có", "chua co",
}

# --------------------------------------------------------------------------------------------------
# statuses

#: the source's status wording -> "open" | "closed" (matched without case, accents, spaces or punctuation)
DEFAULT_STATUS_MAP: dict[str, str] = {
    **dict.fromkeys(
        (
            "closed", "close", "resolved", "completed", "complete", "done", "fixed", "finished", "cancelled",
            "canceled", "rejected", "duplicate", "archived",
            "Đã xử lý", "Đã xử lý xong", "Xử lý xong", "Hoàn thành", "Đã hoàn thành", "Đã giải quyết", "Đã đóng",
            "Đóng", "Kết thúc", "Đã kết thúc", "Đã trả lời", "Đã phản hồi", "Đã khắc phục", "Từ chối",
            "Đã từ chối", "Hủy", "Đã hủy", "Đã xong",
        ),
        "closed",
    ),
    **dict.fromkeys(
        (
            "open", "opened", "new", "pending", "in progress", "assigned", "started", "email sent", "acknowledged",
            "received", "submitted", "under review", "in review", "unassigned", "on hold", "reopened", "waiting",
            "Đang xử lý", "Chờ xử lý", "Chưa xử lý", "Đã tiếp nhận", "Tiếp nhận", "Chờ tiếp nhận", "Mới",
            "Mới tạo", "Đang giải quyết", "Đã chuyển xử lý", "Chuyển xử lý", "Đã chuyển", "Đã phân công",
            "Quá hạn", "Mở", "Đang thực hiện", "Chờ duyệt", "Đang xác minh", "Chờ phản hồi", "Đang chờ",
        ),
        "open",
    ),
}
_DEFAULT_STATUS_KEYS = {_key(k): v for k, v in DEFAULT_STATUS_MAP.items()}


# --------------------------------------------------------------------------------------------------
# the mapping


def _check_tz(tz: str) -> str:
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(trf("{tz!r} is not a time zone name (use one like 'Asia/Ho_Chi_Minh')", tz=tz)) from exc
    return tz


@dataclass
class ColumnMapping:
    """Which source column feeds which Open311 field, and how to read them.

    ``fields`` maps every name of :data:`REQUEST_FIELDS` to a source column name or None. Positions come,
    row by row, from the first of these that gives one: the file's own point geometry (GeoJSON,
    GeoPackage, shapefile), the ``lat``/``long`` columns, the ``location`` column (one cell holding both:
    "(16.46, 107.59)", "POINT (107.59 16.46)", GeoJSON, Socrata's ``{'latitude': ..., 'longitude': ...}``),
    the projected ``x``/``y`` columns in ``xy_crs`` (used only when ``xy_crs`` is set).

    ``tz`` is the zone of times written without one; ``dayfirst`` the order of "05/06/2024" dates (None:
    decided from the values); ``status_map`` the user's own status wording -> "open"/"closed", on top of
    :data:`DEFAULT_STATUS_MAP`.
    """

    fields: dict[str, str | None] = field(default_factory=dict)
    location: str | None = None
    x: str | None = None
    y: str | None = None
    xy_crs: str | None = None
    tz: str = CITY_TIMEZONE
    dayfirst: bool | None = None
    status_map: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [f for f in self.fields if f not in REQUEST_FIELDS]
        if unknown:
            raise ValueError(f"not request fields: {', '.join(map(repr, unknown))}")  # programming error
        self.fields = {f: (self.fields.get(f) or None) for f in REQUEST_FIELDS}
        _check_tz(self.tz)
        bad = {k: v for k, v in self.status_map.items() if v not in REQUEST_STATUSES}
        if bad:
            raise ValueError(trf("statuses must map to 'open' or 'closed', not {bad!r}", bad=bad))
        if self.xy_crs is not None:
            try:
                self.xy_crs = crs_to_string(self.xy_crs)
            except Exception as exc:
                raise ValueError(trf("{crs!r} is not a CRS gisdesk knows ({e})", crs=self.xy_crs, e=exc)) from exc

    def __getitem__(self, name: str) -> str | None:
        return self.fields[name]

    def __setitem__(self, name: str, column: str | None) -> None:
        if name not in REQUEST_FIELDS:
            raise KeyError(name)
        self.fields[name] = column or None

    @property
    def columns_used(self) -> list[str]:
        """Source columns that feed a field (not the position helpers location/x/y)."""
        return [c for c in self.fields.values() if c]

    def status_of(self, value: Any) -> str | None:
        """"open" / "closed" for a source status, None when neither the user's map nor the defaults know it."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        k = _key(value)
        for src, dst in self.status_map.items():
            if _key(src) == k:
                return dst
        return _DEFAULT_STATUS_KEYS.get(k)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "fields": {f: c for f, c in self.fields.items() if c},
            "location": self.location,
            "x": self.x,
            "y": self.y,
            "xy_crs": self.xy_crs,
            "tz": self.tz,
            "dayfirst": self.dayfirst,
            "status_map": dict(self.status_map),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """Rebuild a saved mapping; fields this version does not know are ignored."""
        fields = {f: c for f, c in dict(data.get("fields") or {}).items() if f in REQUEST_FIELDS}
        return cls(
            fields=fields,
            location=data.get("location"),
            x=data.get("x"),
            y=data.get("y"),
            xy_crs=data.get("xy_crs"),
            tz=data.get("tz") or CITY_TIMEZONE,
            dayfirst=data.get("dayfirst"),
            status_map=dict(data.get("status_map") or {}),
        )


@dataclass
class MappingNotes:
    """What :func:`detect_mapping` found: a 0..1 ``confidence``, the recognised ``layout`` ("open311",
    "nyc311", "socrata", "vietnamese", "custom"), why each field got its column (``reasons``) and
    plain-English ``notes`` for the dialog (missing fields, unknown statuses, ambiguous dates...)."""

    confidence: float = 0.0
    layout: str = "custom"
    reasons: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# date-times

_ISO_RE = (
    r"^(?P<y>\d{4})[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:(?:T|\s+|\s*[-,]\s*)(?P<th>\d{1,2})[:hg](?P<tm>\d{2})(?::(?P<ts>\d{2})(?:[.,](?P<frac>\d+))?)?"
    r"\s*(?P<ap>[ap]\.?m\.?|sa|ch)?)?"
    r"\s*(?P<tz>z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt)?$"
)
_DMY_RE = (
    r"^(?:(?P<th1>\d{1,2})[:hg](?P<tm1>\d{2})(?::(?P<ts1>\d{2})(?:[.,]\d+)?)?\s*(?P<ap1>[ap]\.?m\.?|sa|ch)?"
    r"\s*[-,]?\s*(?:ngay\s+|ngày\s+)?)?"
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})"
    r"(?:(?:\s+|\s*[-,T]\s*)(?:luc\s+|lúc\s+)?(?P<th2>\d{1,2})[:hg](?P<tm2>\d{2})"
    r"(?::(?P<ts2>\d{2})(?:[.,](?P<frac>\d+))?)?\s*(?P<ap2>[ap]\.?m\.?|sa|ch)?)?"
    r"\s*(?P<tz>z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt)?$"
)
_DMY_PREFIX = re.compile(r"^\s*(?:\d{1,2}[:hg]\d{2}\S*\s*(?:[ap]\.?m\.?|sa|ch)?\s*[-,]?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b", re.IGNORECASE)
_VN_LONG_DATE = re.compile(r"ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(\d{4})", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_YEAR_MIN, _YEAR_MAX = 1970, 2100
_EXCEL_MIN, _EXCEL_MAX = 25569.0, 73051.0  # 1970-01-01 .. 2100-01-01 as Excel serial days
_EXCEL_EPOCH_MS = int(pd.Timestamp("1899-12-30").value // 1_000_000)
_NAT = np.iinfo(np.int64).min


@dataclass
class ParsedDatetimes:
    """The result of :func:`parse_datetimes`: ``values`` (aware UTC, same index) and what happened."""

    values: pd.Series
    parsed: int = 0
    empty: int = 0
    unparsed: int = 0  # non-empty values that are not a date
    examples: list[str] = field(default_factory=list)  # a few of them, as written
    implausible: int = 0  # read, but before 1970 or after 2100 (placeholders like 01/01/1900): left empty
    implausible_examples: list[str] = field(default_factory=list)
    naive: int = 0  # values without a zone, read in ``tz``
    offsets: dict[str, int] = field(default_factory=dict)  # zones written in the values: {"+07:00": 12, "UTC": 3}
    formats: dict[str, int] = field(default_factory=dict)  # {"month/day/year 12-hour": 980, "ISO 8601": 20}
    dayfirst: bool | None = None  # the order used for nn/nn/yyyy dates (None: there were none)
    dayfirst_guessed: bool = False  # no value showed the order (every day was 12 or less)
    dst_adjusted: int = 0  # naive times in a daylight-saving gap or overlap of ``tz``
    date_only: int = 0  # values with a date but no time of day (read as midnight at the start of that day)

    @property
    def mixed_zones(self) -> bool:
        return len(self.offsets) > 1 or (bool(self.offsets) and self.naive > 0)


def _offset_minutes(text: str) -> tuple[int, str]:
    t = text.strip().lower()
    if t in ("z", "utc", "gmt"):
        return 0, "UTC"
    m = re.fullmatch(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", t)
    assert m is not None  # the date patterns only let these through
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    minutes = -minutes if m.group(1) == "-" else minutes
    sign = "-" if minutes < 0 else "+"
    return minutes, f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _hour_12(hours: pd.Series, ampm: pd.Series) -> pd.Series:
    ap = ampm.fillna("").str.lower().str.replace(".", "", regex=False)
    pm = ap.isin(["pm", "ch"]) & (hours < 12)
    am12 = ap.isin(["am", "sa"]) & (hours == 12)
    return hours.where(~pm, hours + 12).where(~am12, 0)


def _wall_ms(year: Any, month: Any, day: Any, hour: Any, minute: Any, second: Any, ms: Any) -> np.ndarray:
    """Wall-clock milliseconds since 1970 (int64, _NAT where the parts are not a date)."""
    parts = pd.DataFrame({"year": year, "month": month, "day": day, "hour": hour, "minute": minute,
                          "second": second, "ms": ms}).astype("float64")
    ok = parts.notna().all(axis=1) & parts["year"].between(1, 9999) & parts["month"].between(1, 12)
    ok &= parts["day"].between(1, 31) & parts["hour"].between(0, 23) & parts["minute"].between(0, 59)
    ok &= parts["second"].between(0, 60)
    out = np.full(len(parts), _NAT, dtype=np.int64)
    if ok.any():
        good = parts[ok].astype("int64")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamps = pd.to_datetime(good, errors="coerce")
        out[np.flatnonzero(ok.to_numpy())] = stamps.to_numpy().astype("datetime64[ms]").astype(np.int64)
    return out


def _frac_ms(frac: pd.Series) -> pd.Series | int:
    if frac.isna().all():
        return 0
    return frac.fillna("0").str.slice(0, 3).str.ljust(3, "0").astype("int64")


def _order_from(a: np.ndarray, b: np.ndarray, ampm: np.ndarray) -> tuple[bool | None, bool, str]:
    """Day/month order from the two leading numbers of "a/b/yyyy" dates: (dayfirst, guessed, reason)."""
    total = len(a)
    if not total:
        return None, False, ""
    first_big, second_big = int((a > 12).sum()), int((b > 12).sum())
    if first_big > second_big:
        return True, False, _trn(first_big, N_("{n:,} date have a first number above 12 (day/month/year)"),
                                 N_("{n:,} dates have a first number above 12 (day/month/year)"))
    if second_big > first_big:
        return False, False, _trn(second_big, N_("{n:,} date have a second number above 12 (month/day/year)"),
                                  N_("{n:,} dates have a second number above 12 (month/day/year)"))
    if int(ampm.sum()) > total / 2:
        return False, True, tr(_WHY_AMPM)
    return True, True, tr(N_("no date shows the order; day/month/year is the Vietnamese style"))


#: why a file's dates were guessed month-first (compared with the reason :func:`_order_from` gives)
_WHY_AMPM = N_("no date shows the order; AM/PM times are the American month/day/year style")


def _trn(n: int, one: str, many: str, /, **values: Any) -> str:
    """``trf(one)`` when ``n`` is 1, else ``trf(many)``, with ``n`` among the values; both texts are marked with
    ``N_`` where they are written (their Vietnamese is the same)."""
    return trf(one if n == 1 else many, n=n, **values)


_AMPM_END = re.compile(r"\d\s*(?:[ap]\.?m\.?|sa|ch)\s*(?:z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)?$", re.IGNORECASE)


def _decide_dayfirst(texts: Iterable[Any]) -> tuple[bool | None, bool, str]:
    """Day/month order of the "nn/nn/yyyy" dates among ``texts``: (dayfirst, guessed, reason); None when there are none."""
    s = pd.Series([t for t in texts if isinstance(t, str)], dtype=object)
    if len(s) > 20000:
        s = pd.Series(pd.unique(s), dtype=object)
        if len(s) > 20000:  # evenly spread, so a file sorted by date is seen whole
            s = s.iloc[np.linspace(0, len(s) - 1, 20000).astype(int)]
    if not len(s):
        return None, False, ""
    g = s.str.extract(_DMY_PREFIX).dropna()
    if not len(g):
        return None, False, ""
    ampm = s[g.index].map(lambda t: _AMPM_END.search(t) is not None).to_numpy(dtype=bool)
    return _order_from(g[0].astype(int).to_numpy(), g[1].astype(int).to_numpy(), ampm)


def parse_datetimes(values: Any, tz: str = CITY_TIMEZONE, dayfirst: bool | None = None) -> ParsedDatetimes:
    """Read date-times as people's exports write them, into aware UTC values.

    Handles ISO 8601 with or without an offset ("2023-12-10T12:00:00.000", "2024-03-12 08:30+07:00",
    "...Z"), US 12-hour text ("06/26/2018 10:58:54 AM"), Vietnamese day-first text ("26/06/2018 10:58",
    "08:30 26/06/2024", "26-06-2018", SA/CH for AM/PM, "ngày 26 tháng 6 năm 2018"), Excel serial
    numbers (43277.5), Unix seconds and milliseconds, spreadsheet date cells and Python datetimes, and
    as a last resort anything dateutil reads that has a year ("Jun 26, 2018 10:58 AM").

    Times written without a zone are wall-clock times in ``tz``. ``dayfirst`` gives the order of
    "05/06/2024"; None decides it from the values (a first number above 12 means day first) and, when
    no value shows it, takes AM/PM times as American (month first) and the rest as day first.
    Values that are not dates, and dates before 1970 or after 2100 (placeholders), come back empty
    and are counted with examples.
    """
    _check_tz(tz)
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    n = len(s)
    utc = np.full(n, _NAT, dtype=np.int64)  # final UTC instants (ms)
    wall = np.full(n, _NAT, dtype=np.int64)  # wall-clock times (ms) still to be placed in a zone
    offset = np.full(n, np.nan)  # minutes east of UTC, NaN = naive (read in tz)
    date_only = np.zeros(n, dtype=bool)
    result = ParsedDatetimes(values=pd.Series(dtype="datetime64[ms, UTC]"))
    formats: Counter[str] = Counter()
    offsets: Counter[str] = Counter()
    bad = np.zeros(n, dtype=bool)

    if isinstance(s.dtype, pd.DatetimeTZDtype):
        ms = s.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[ms]").astype(np.int64)
        utc[:] = np.where(s.isna().to_numpy(), _NAT, ms)
        formats["date-time with zone"] = int(s.notna().sum())
        offsets[str(s.dt.tz)] = int(s.notna().sum())
        empty_mask = s.isna().to_numpy()
    elif pd.api.types.is_datetime64_dtype(s.dtype):
        wall[:] = np.where(s.isna().to_numpy(), _NAT, s.to_numpy().astype("datetime64[ms]").astype(np.int64))
        formats["spreadsheet date"] = int(s.notna().sum())
        empty_mask = s.isna().to_numpy()
    elif _is_plain_numeric(s):
        # numbers only (Excel serials, Unix times, yyyymmdd): read without a Python loop
        nums = s.to_numpy(dtype=np.float64, na_value=np.nan)
        empty_mask = np.isnan(nums)
        idx = np.flatnonzero(~empty_mask)
        if len(idx):
            _parse_numbers(idx, nums[idx], wall, utc, formats, bad, date_only)
    else:
        empty_mask = np.zeros(n, dtype=bool)
        text_idx = np.zeros(0, dtype=np.int64)
        text_codes = np.zeros(0, dtype=np.int64)
        texts: pd.Series | None = None
        classified = _classify_distinct(s)
        if classified is not None:
            # text only: each distinct value is classified once and mapped back with the codes
            codes, kind, num_of, text_code, texts = classified
            row_kind = np.append(kind, _K_EMPTY)[np.where(codes < 0, len(kind), codes)]
            empty_mask = row_kind == _K_EMPTY
            num_idx = np.flatnonzero(row_kind == _K_NUMBER)
            if len(num_idx):
                _parse_numbers(num_idx, num_of[codes[num_idx]], wall, utc, formats, bad, date_only)
            text_idx = np.flatnonzero(row_kind == _K_TEXT)
            text_codes = text_code[codes[text_idx]]
        else:
            text_idx, text_codes, texts = _classify_rows(s.to_numpy(dtype=object), wall, utc, bad, empty_mask,
                                                         date_only, formats, offsets)
        if len(text_idx) and texts is not None:
            parsed = _parse_texts(texts, dayfirst)
            if dayfirst is None:
                dayfirst, result.dayfirst_guessed = parsed.dayfirst, parsed.dayfirst_guessed
            idx, codes = text_idx, text_codes
            wall[idx] = parsed.wall[codes]
            utc_t = parsed.utc[codes]
            has_utc = utc_t != _NAT
            utc[idx[has_utc]] = utc_t[has_utc]
            offset[idx] = parsed.offset[codes]
            bad[idx] = parsed.bad[codes]
            date_only[idx] = parsed.date_only[codes]
            per_text = np.bincount(codes, minlength=len(texts))
            for labels, counter in ((parsed.fmt, formats), (parsed.zone, offsets)):
                has = pd.notna(labels) & (per_text > 0)
                if has.any():
                    lcodes, luniques = pd.factorize(labels[has])
                    sums = np.bincount(lcodes, weights=per_text[has], minlength=len(luniques))
                    for label, k in zip(luniques, sums, strict=True):
                        counter[str(label)] += int(k)
    result.dayfirst = dayfirst if any(k.startswith(("day/", "month/")) for k in formats) else None
    if result.dayfirst is None:
        result.dayfirst_guessed = False

    # wall-clock times: with an offset written in the value, or naive (in tz)
    has_wall = wall != _NAT
    aware = has_wall & ~np.isnan(offset)
    utc[aware] = wall[aware] - (offset[aware] * 60_000).astype(np.int64)
    naive = has_wall & np.isnan(offset)
    # wall times far outside 1970-2100 are placeholders: kept out of the zone arithmetic
    lo, hi = np.int64(-10 * 365 * 86_400_000), np.int64(140 * 365 * 86_400_000)
    far = naive & ((wall < lo) | (wall > hi))
    utc[far] = wall[far]
    naive &= ~far
    if naive.any():
        utc[naive], result.dst_adjusted = _localize(wall[naive], tz)
    result.naive = int(naive.sum())

    # plausible years only
    ok = utc != _NAT
    years = np.zeros(n, dtype=np.int64)
    years[ok] = utc[ok].astype("datetime64[ms]").astype("datetime64[Y]").astype(np.int64) + 1970
    implausible = ok & ((years < _YEAR_MIN) | (years > _YEAR_MAX))
    result.implausible = int(implausible.sum())
    result.implausible_examples = _examples(s, np.flatnonzero(implausible))
    utc[implausible] = _NAT
    result.unparsed = int(bad.sum())
    result.examples = _examples(s, np.flatnonzero(bad))
    result.empty = int(empty_mask.sum())
    result.date_only = int((date_only & (utc != _NAT)).sum())
    result.parsed = int((utc != _NAT).sum())
    result.formats = {k: v for k, v in formats.items() if v}
    result.offsets = dict(offsets)
    stamps = pd.DatetimeIndex(utc.astype("datetime64[ms]")).tz_localize("UTC")
    result.values = pd.Series(stamps, index=s.index, name=s.name)
    return result


_K_EMPTY, _K_NUMBER, _K_TEXT, _K_BAD = 0, 1, 2, 3
_ASCII_NA_TOKENS = sorted(t for t in _NA_TOKENS if t.isascii())


def _is_plain_numeric(s: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype)


def _text_values(s: pd.Series) -> bool:
    """Whether every non-empty value of ``s`` is a str (an Arrow text column, or objects that are all text)."""
    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        return True
    if s.dtype != object:
        return False
    return pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty")


def _classify_one(v: str) -> tuple[int, float, str | None]:
    """(kind, number, NFC text) of one str, as :func:`parse_datetimes` reads it."""
    t = v.strip()
    if t.lower() in _NA_TOKENS:
        return _K_EMPTY, math.nan, None
    if _NUMBER_RE.match(t):
        return _K_NUMBER, float(t), None
    return _K_TEXT, math.nan, unicodedata.normalize("NFC", t)


def _classify_distinct(s: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, pd.Series] | None:
    """A text column's distinct values classified once: (row codes (-1: missing), kind per distinct value,
    its number, the code of its trimmed NFC text, those texts in order of first appearance). None when the
    column holds other values than text (the rows are then read one by one)."""
    if not _text_values(s):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    u = np.asarray(uniques, dtype=object)
    m = len(u)
    kind = np.full(m, _K_TEXT, dtype=np.int8)
    num_of = np.full(m, np.nan)
    texts = np.empty(m, dtype=object)
    arr = pa.array(u, type=pa.large_string())
    # ASCII values whose first and last characters are visible need no trimming and no NFC: read in bulk
    plain = pc.and_(pc.string_is_ascii(arr),
                    pc.invert(pc.match_substring_regex(arr, r"^[^\x21-\x7e]|[^\x21-\x7e]$")))
    plain = np.asarray(plain.to_numpy(zero_copy_only=False), dtype=bool)
    if plain.any():
        sel = pa.array(u[plain], type=pa.large_string())
        na = np.asarray(pc.is_in(pc.ascii_lower(sel), pa.array(_ASCII_NA_TOKENS)).to_numpy(zero_copy_only=False),
                        dtype=bool)
        number = np.asarray(pc.match_substring_regex(sel, r"^[+-]?[0-9]+(?:\.[0-9]+)?$")
                            .to_numpy(zero_copy_only=False), dtype=bool) & ~na
        rows = np.flatnonzero(plain)
        kind[rows[na]] = _K_EMPTY
        kind[rows[number]] = _K_NUMBER
        if number.any():
            num_of[rows[number]] = np.asarray(pc.cast(sel.filter(pa.array(number)), pa.float64())
                                              .to_numpy(zero_copy_only=False), dtype=np.float64)
        text = ~na & ~number
        texts[rows[text]] = u[plain][text]
    for i in np.flatnonzero(~plain):
        kind[i], num_of[i], texts[i] = _classify_one(u[i])
    is_text = kind == _K_TEXT
    text_code = np.full(m, -1, dtype=np.int64)
    if plain.all():  # texts left as they were are still distinct
        text_code[is_text] = np.arange(int(is_text.sum()))
        return codes, kind, num_of, text_code, pd.Series(texts[is_text], dtype=object)
    tcodes, tuniques = pd.factorize(pd.Series(texts[is_text], dtype=object))
    text_code[is_text] = tcodes
    return codes, kind, num_of, text_code, pd.Series(np.asarray(tuniques, dtype=object), dtype=object)


def _classify_rows(objs: np.ndarray, wall: np.ndarray, utc: np.ndarray, bad: np.ndarray, empty_mask: np.ndarray,
                   date_only: np.ndarray, formats: Counter[str], offsets: Counter[str]
                   ) -> tuple[np.ndarray, np.ndarray, pd.Series | None]:
    """Values of any kind, one by one (cells of a spreadsheet or JSON: numbers, datetimes, text...): numbers and
    date cells are placed here; returns the rows of text, their codes and the distinct texts."""
    text_idx: list[int] = []
    text_vals: list[str] = []
    num_idx: list[int] = []
    num_vals: list[float] = []
    for i, v in enumerate(objs):
        if isinstance(v, str):
            k, num, text = _classify_one(v)
            if k == _K_EMPTY:
                empty_mask[i] = True
            elif k == _K_NUMBER:
                num_idx.append(i)
                num_vals.append(num)
            else:
                text_idx.append(i)
                text_vals.append(text)  # type: ignore[arg-type]
        elif v is None or v is pd.NA or v is pd.NaT:
            empty_mask[i] = True
        elif isinstance(v, bool | np.bool_):
            bad[i] = True
        elif isinstance(v, int | float | np.integer | np.floating):
            if math.isnan(float(v)):
                empty_mask[i] = True
            else:
                num_idx.append(i)
                num_vals.append(float(v))
        elif isinstance(v, datetime):  # also pd.Timestamp
            stamp = pd.Timestamp(v)
            if stamp.tzinfo is None:
                wall[i] = _stamp_ms(stamp)
            else:
                utc[i] = _stamp_ms(stamp.tz_convert("UTC"))
                offsets[_format_offset(stamp.utcoffset())] += 1
            formats["spreadsheet date"] += 1
        elif isinstance(v, date):
            wall[i] = _stamp_ms(pd.Timestamp(v))
            formats["spreadsheet date"] += 1
        else:  # a time of day without a date, dicts, lists...
            bad[i] = True
    if num_idx:
        _parse_numbers(np.asarray(num_idx, dtype=np.int64), np.asarray(num_vals, dtype=np.float64),
                       wall, utc, formats, bad, date_only)
    if not text_idx:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), None
    codes, uniques = pd.factorize(pd.Series(text_vals, dtype=object))
    return (np.asarray(text_idx, dtype=np.int64), codes.astype(np.int64),
            pd.Series(np.asarray(uniques, dtype=object), dtype=object))


def _stamp_ms(stamp: pd.Timestamp) -> int:
    """Milliseconds since 1970 of a Timestamp (the UTC instant if aware, the wall clock if naive)."""
    return int(stamp.to_datetime64().astype("datetime64[ms]").astype(np.int64))


def _format_offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta(0)).total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _examples(s: pd.Series, idx: np.ndarray, k: int = 5) -> list[str]:
    out: list[str] = []
    for i in idx:
        text = str(s.iloc[int(i)])
        text = text if len(text) <= 40 else text[:37] + "..."
        if text not in out:
            out.append(text)
        if len(out) == k:
            break
    return out


def _parse_numbers(idx: np.ndarray, v: np.ndarray, wall: np.ndarray, utc: np.ndarray, formats: Counter[str],
                   bad: np.ndarray, date_only: np.ndarray) -> None:
    excel = (v >= _EXCEL_MIN) & (v <= _EXCEL_MAX)
    secs = (v >= 3e8) & (v <= 4.2e9)
    millis = (v >= 3e11) & (v <= 4.2e12)
    ymd = (v >= 19700101) & (v <= 21001231) & (v == np.floor(v))
    if excel.any():
        wall[idx[excel]] = _EXCEL_EPOCH_MS + np.round(v[excel] * 86_400_000).astype(np.int64)
        date_only[idx[excel & (v == np.floor(v))]] = True
        formats["Excel serial number"] += int(excel.sum())
    if secs.any():
        utc[idx[secs]] = np.round(v[secs] * 1000).astype(np.int64)
        formats["Unix time (seconds)"] += int(secs.sum())
    if millis.any():
        utc[idx[millis]] = np.round(v[millis]).astype(np.int64)
        formats["Unix time (milliseconds)"] += int(millis.sum())
    if ymd.any():
        iv = v[ymd].astype(np.int64)
        parsed = _wall_ms(iv // 10000, iv // 100 % 100, iv % 100, 0, 0, 0, 0)
        wall[idx[ymd]] = parsed
        bad[idx[ymd][parsed == _NAT]] = True
        formats["yyyymmdd"] += int((parsed != _NAT).sum())
        date_only[idx[ymd]] = True
    bad[idx[~(excel | secs | millis | ymd)]] = True


_ISO_FORMATS = (
    ("%Y-%m-%dT%H:%M:%S.%f", "ISO 8601"), ("%Y-%m-%dT%H:%M:%S", "ISO 8601"), ("%Y-%m-%d %H:%M:%S", "ISO 8601"),
    ("%Y-%m-%d %H:%M", "ISO 8601"), ("%Y-%m-%d", "ISO 8601"),
)
_DAYFIRST_FORMATS = (
    ("%d/%m/%Y %H:%M:%S", "day/month/year"), ("%d/%m/%Y %H:%M", "day/month/year"), ("%d/%m/%Y", "day/month/year"),
)
_MONTHFIRST_FORMATS = (
    ("%m/%d/%Y %I:%M:%S %p", "month/day/year 12-hour"), ("%m/%d/%Y %I:%M %p", "month/day/year 12-hour"),
    ("%m/%d/%Y %H:%M:%S", "month/day/year"), ("%m/%d/%Y %H:%M", "month/day/year"), ("%m/%d/%Y", "month/day/year"),
)


# formats whose pandas reading (a regular expression per value, in Python) is slow: read here when the text has
# their plainest shape (ASCII digits, one space), which pandas reads the same way; the rest still go to pandas
_STRICT_PARTS = {"%d": r"([0-9]{1,2})", "%m": r"([0-9]{1,2})", "%Y": r"([0-9]{4})", "%H": r"([0-9]{1,2})",
                 "%I": r"([0-9]{1,2})", "%M": r"([0-9]{2})", "%S": r"([0-9]{2})", "%p": r"([AaPp][Mm])"}


def _strict_pattern(fmt: str) -> tuple[str, list[str]] | None:
    parts = re.split(r"(%[a-zA-Z])", fmt)
    pattern, names = "^", []
    for part in parts:
        if part.startswith("%"):
            if part not in _STRICT_PARTS or part in names:
                return None
            pattern += _STRICT_PARTS[part].replace("(", f"(?P<{part[1]}>", 1)
            names.append(part)
        elif part and re.fullmatch(r"[/ :-]+", part):
            pattern += re.escape(part)
        elif part:
            return None
    return pattern + "$", names


#: characters each part takes when written zero-padded ("01/05/2018 09:03:00 PM"): the fixed-width reading
_FIXED_WIDTHS = {"%d": 2, "%m": 2, "%Y": 4, "%H": 2, "%I": 2, "%M": 2, "%S": 2, "%p": 2}


def _fixed_width_parts(arr: Any, fmt: str) -> tuple[np.ndarray, dict[str, np.ndarray]] | None:
    """The texts of ``arr`` (a pyarrow large_string array) written in ``fmt`` with every number zero-padded,
    read by byte position with numpy (no regular expression: a million texts in ~0.1 s instead of ~0.5 s):
    (which matched, part -> values of the matched ones). None when ``fmt`` has a part of no fixed width."""
    pieces = [p for p in re.split(r"(%[a-zA-Z])", fmt) if p]
    if any(p.startswith("%") and p not in _FIXED_WIDTHS for p in pieces):
        return None
    spans, width = [], 0
    for piece in pieces:
        w = _FIXED_WIDTHS[piece] if piece.startswith("%") else len(piece.encode())
        spans.append((piece, width, width + w))
        width += w
    n = len(arr)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset: arr.offset + n + 1]
    valid = np.ones(n, dtype=bool) if arr.null_count == 0 else np.asarray(arr.is_valid())
    rows = np.flatnonzero(valid & (np.diff(offsets) == width))
    matched = np.zeros(n, dtype=bool)
    if not len(rows):
        return matched, {}
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)
    if len(rows) == n and offsets[-1] - offsets[0] == n * width:  # all of that width: one block, no copy
        chars = data[offsets[0]: offsets[-1]].reshape(n, width)
    else:
        chars = data[offsets[rows][:, None] + np.arange(width)[None, :]]  # (k, width) bytes
    ok = np.ones(len(rows), dtype=bool)
    numbers: dict[str, np.ndarray] = {}
    for piece, a, b in spans:
        if piece == "%p":
            first, second = chars[:, a] | 0x20, chars[:, a + 1] | 0x20  # ASCII lower case
            ok &= (second == ord("m")) & ((first == ord("a")) | (first == ord("p")))
            numbers[piece] = first == ord("p")
        elif piece.startswith("%"):
            value = np.zeros(len(rows), dtype=np.int64)
            for c in range(a, b):
                digit = chars[:, c] - np.uint8(ord("0"))  # wraps above 9 for anything but a digit
                ok &= digit <= 9
                value = value * 10 + digit
            numbers[piece] = value
        else:
            for c, byte in zip(range(a, b), piece.encode(), strict=True):
                ok &= chars[:, c] == byte
    matched[rows[ok]] = True
    return matched, {k: v[ok] for k, v in numbers.items()}


def _strptime_ms(values: pd.Series, fmt: str) -> np.ndarray:
    """``pd.to_datetime(values, format=fmt, errors="coerce")`` as wall-clock ms (``_NAT``: not read)."""
    n = len(values)
    out = np.full(n, _NAT, dtype=np.int64)
    if not n:
        return out
    strict = None if fmt.startswith("%Y-") else _strict_pattern(fmt)  # pandas reads ISO layouts fast itself
    todo = np.ones(n, dtype=bool)
    if strict is not None:
        import pyarrow as pa
        import pyarrow.compute as pc

        pattern, names = strict
        arr = pa.array(values.to_numpy(dtype=object), type=pa.large_string())
        fixed = _fixed_width_parts(arr, fmt)
        if fixed is not None and fixed[0].any():  # zero-padded texts by position, the others by the pattern
            matched, part = fixed
            _wall_parts_ms(out, todo, np.flatnonzero(matched), part)
            rest = np.flatnonzero(~matched)
            if not len(rest):
                return out
            arr = arr.take(pa.array(rest))
        else:
            rest = np.arange(n)
        got = pc.extract_regex(arr, pattern)
        matched = np.asarray(got.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        if matched.any():
            sub = got.filter(pa.array(matched))
            part = {}
            for name in names:
                col = sub.field(name[1])
                if name == "%p":
                    part[name] = np.asarray(pc.ascii_lower(col).to_numpy(zero_copy_only=False)) == "pm"
                else:
                    part[name] = np.asarray(pc.cast(col, pa.int64()).to_numpy(zero_copy_only=False))
            _wall_parts_ms(out, todo, rest[matched], part)
    if todo.any():
        rows = np.flatnonzero(todo)
        parsed = pd.to_datetime(values.iloc[rows], format=fmt, errors="coerce")
        ok = parsed.notna().to_numpy()
        out[rows[ok]] = parsed[ok].to_numpy().astype("datetime64[ms]").astype(np.int64)
    return out


def _wall_parts_ms(out: np.ndarray, todo: np.ndarray, rows: np.ndarray, part: dict[str, np.ndarray]) -> None:
    """Put the wall-clock ms of the date parts read for ``rows`` into ``out`` where they make a real date and
    time, and mark those rows done in ``todo`` (the others are left to pandas)."""
    k = len(rows)
    year, month, day = part["%Y"], part["%m"], part["%d"]
    hour = part.get("%H", np.zeros(k, dtype=np.int64))
    valid = (year >= 1) & (month >= 1) & (month <= 12) & (day >= 1)
    if "%I" in part:
        hour = part["%I"]
        valid &= (hour >= 1) & (hour <= 12)
        hour = np.where(part["%p"], np.where(hour == 12, 12, hour + 12), np.where(hour == 12, 0, hour))
    else:
        valid &= hour <= 23
    minute = part.get("%M", np.zeros(k, dtype=np.int64))
    second = part.get("%S", np.zeros(k, dtype=np.int64))
    valid &= (minute <= 59) & (second <= 59)  # pandas rolls a second of 60 over: left to it
    m0 = ((year - 1970) * 12 + np.clip(month, 1, 12) - 1).astype("datetime64[M]")
    days = (m0 + 1).astype("datetime64[D]") - m0.astype("datetime64[D]")
    valid &= day <= days.astype(np.int64)
    start = m0.astype("datetime64[D]").astype(np.int64) + day - 1
    ms = ((start * 24 + hour) * 60 + minute) * 60_000 + second * 1000
    out[rows[valid]] = ms[valid]
    todo[rows[valid]] = False


@dataclass
class _Texts:
    """Distinct date texts, parsed: wall-clock or UTC ms, written offset (minutes), format and zone labels."""

    wall: np.ndarray
    utc: np.ndarray
    offset: np.ndarray
    bad: np.ndarray
    fmt: np.ndarray
    zone: np.ndarray
    date_only: np.ndarray
    dayfirst: bool | None = None
    dayfirst_guessed: bool = False


def _parse_texts(ser: pd.Series, dayfirst: bool | None) -> _Texts:
    n = len(ser)
    res = _Texts(np.full(n, _NAT, dtype=np.int64), np.full(n, _NAT, dtype=np.int64), np.full(n, np.nan),
                 np.zeros(n, dtype=bool), np.full(n, None, dtype=object), np.full(n, None, dtype=object),
                 np.zeros(n, dtype=bool), dayfirst)
    ser = ser.reset_index(drop=True)
    # "ngày 26 tháng 6 năm 2018 lúc 10:30" -> "2018-6-26 10:30" (the pattern is tried only on texts that hold
    # both "ng" and "th" in any case)
    long_vn = np.zeros(n, dtype=bool)
    if n:
        import pyarrow as pa
        import pyarrow.compute as pc

        low = pc.utf8_lower(pa.array(ser.to_numpy(dtype=object), type=pa.large_string()))
        maybe = pc.and_(pc.match_substring(low, "ng"), pc.match_substring(low, "th"))
        for i in np.flatnonzero(np.asarray(maybe.to_numpy(zero_copy_only=False), dtype=bool)):
            long_vn[i] = _VN_LONG_DATE.search(ser.iloc[i]) is not None
    if long_vn.any():
        fixed = ser[long_vn].str.replace(_VN_LONG_DATE, lambda m: f"{m[3]}-{m[2]}-{m[1]}", regex=True)
        ser = ser.copy()
        ser[long_vn] = fixed.str.replace(r"\s*(?:lúc|luc|,)\s*", " ", regex=True).str.strip()
    left = np.ones(n, dtype=bool)
    if res.dayfirst is None:
        res.dayfirst, res.dayfirst_guessed, _ = _decide_dayfirst(ser)

    # fast path: the layouts exports use most, parsed by pandas' C code
    slash = _DAYFIRST_FORMATS if res.dayfirst else _MONTHFIRST_FORMATS
    for fmt, label in (*_ISO_FORMATS, *slash):
        rows = np.flatnonzero(left)
        if not len(rows):
            break
        probe = _strptime_ms(ser.iloc[rows[:20]], fmt)
        if (probe == _NAT).all():
            continue
        parsed = _strptime_ms(ser.iloc[rows], fmt)
        ok = parsed != _NAT
        res.wall[rows[ok]] = parsed[ok]
        res.fmt[rows[ok]] = label
        res.date_only[rows[ok]] = "%H" not in fmt and "%I" not in fmt
        left[rows[ok]] = False
    if not left.any():
        return res

    rows = np.flatnonzero(left)
    iso = ser.iloc[rows].str.extract(_ISO_RE, flags=re.IGNORECASE)
    m_iso = np.zeros(n, dtype=bool)
    m_iso[rows[iso["y"].notna().to_numpy()]] = True
    if m_iso.any():
        g = iso[iso["y"].notna().to_numpy()]
        hours = _hour_12(g["th"].astype("float64"), g["ap"])
        ms = _wall_ms(g["y"], g["mo"], g["d"], hours.fillna(0), g["tm"].astype("float64").fillna(0),
                      g["ts"].astype("float64").fillna(0), _frac_ms(g["frac"]))
        _place(res, np.flatnonzero(m_iso), ms, g["tz"], "ISO 8601")
        res.date_only[np.flatnonzero(m_iso)] = g["th"].isna().to_numpy()
        left &= ~m_iso

    rows = np.flatnonzero(left)
    dmy = ser.iloc[rows].str.extract(_DMY_RE, flags=re.IGNORECASE)
    m_dmy = dmy["a"].notna().to_numpy()
    if m_dmy.any():
        g = dmy[m_dmy]
        a, b = g["a"].astype("int64"), g["b"].astype("int64")
        ap = g["ap1"].fillna(g["ap2"])
        if res.dayfirst is None:
            res.dayfirst, res.dayfirst_guessed, _ = _order_from(a.to_numpy(), b.to_numpy(), ap.notna().to_numpy())
        first = bool(res.dayfirst)
        day, month = (a, b) if first else (b, a)
        year = g["y"].astype("int64")
        year = year.where(year >= 100, np.where(year < 70, 2000 + year, 1900 + year))
        th = g["th1"].fillna(g["th2"]).astype("float64")
        tm = g["tm1"].fillna(g["tm2"]).astype("float64").fillna(0)
        ts = g["ts1"].fillna(g["ts2"]).astype("float64").fillna(0)
        ms = _wall_ms(year, month, day, _hour_12(th, ap).fillna(0), tm, ts, _frac_ms(g["frac"]))
        label = ("day/month/year" if first else "month/day/year") + (" 12-hour" if ap.notna().any() else "")
        _place(res, rows[m_dmy], ms, g["tz"], label)
        res.date_only[rows[m_dmy]] = th.isna().to_numpy()
        left[rows[m_dmy]] = False

    # last resort: dateutil, for text that has a year and a month (a name or a third number)
    rest = np.flatnonzero(left)
    if len(rest):
        from dateutil import parser as dateparser

        for i in rest:
            text = ser.iloc[i]
            has_year = re.search(r"(?<!\d)(19[7-9]\d|20\d\d|2100)(?!\d)", text)
            if not has_year or not (_MONTH_WORD.search(text) or len(re.findall(r"\d+", text)) >= 3):
                res.bad[i] = True
                continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    stamp = pd.Timestamp(dateparser.parse(text, dayfirst=res.dayfirst is not False))
            except (ValueError, OverflowError, TypeError):
                res.bad[i] = True
                continue
            if stamp.tzinfo is None:
                res.wall[i] = _stamp_ms(stamp)
            else:
                res.utc[i] = _stamp_ms(stamp.tz_convert("UTC"))
                res.zone[i] = _format_offset(stamp.utcoffset())
            res.fmt[i] = "text"
    return res


def _place(res: _Texts, rows: np.ndarray, ms: np.ndarray, tzcol: pd.Series, label: str) -> None:
    good = ms != _NAT
    res.bad[rows[~good]] = True
    res.wall[rows[good]] = ms[good]
    res.fmt[rows[good]] = label
    tz_texts = tzcol.to_numpy(dtype=object)
    for j in np.flatnonzero(good & pd.notna(tz_texts)):
        minutes, zone = _offset_minutes(str(tz_texts[j]))
        res.offset[rows[j]] = minutes
        res.zone[rows[j]] = zone


def _localize(wall_ms: np.ndarray, tz: str) -> tuple[np.ndarray, int]:
    """Wall-clock ms in ``tz`` -> UTC ms; times in a DST overlap take the first (summer) reading and times
    in a DST gap move forward. Returns the instants and how many needed that."""
    idx = pd.DatetimeIndex(wall_ms.astype("datetime64[ms]"))
    first = idx.tz_localize(tz, ambiguous=np.ones(len(idx), dtype=bool), nonexistent="shift_forward")
    adjusted = 0
    zone = zoneinfo.ZoneInfo(tz)
    if zone.key not in ("UTC", "Etc/UTC") and _has_dst(zone, idx):
        second = idx.tz_localize(tz, ambiguous=np.zeros(len(idx), dtype=bool), nonexistent="shift_forward")
        gap = idx.tz_localize(tz, ambiguous=np.ones(len(idx), dtype=bool), nonexistent="NaT")
        adjusted = int(((first != second) | gap.isna()).sum())
    return first.tz_convert("UTC").as_unit("ms").asi8, adjusted


def _has_dst(zone: zoneinfo.ZoneInfo, idx: pd.DatetimeIndex) -> bool:
    years = [int(y) for y in np.unique(np.asarray(idx.year))]
    for y in (years[0], years[-1]):
        jan = datetime(y, 1, 15, tzinfo=zone).utcoffset()
        jul = datetime(y, 7, 15, tzinfo=zone).utcoffset()
        if jan != jul:
            return True
    return len(years) > 2  # a zone that changed its rules in between: check exactly


# --------------------------------------------------------------------------------------------------
# positions

_LATLON_KEY_RE = {
    "lat": re.compile(r"""['"]?\blat(?:itude)?['"]?\s*[:=]\s*['"]?\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"""),
    "lon": re.compile(r"""['"]?\b(?:lon|lng|long|longitude)['"]?\s*[:=]\s*['"]?\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"""),
}
_COORDS_RE = re.compile(r""""?coordinates"?\s*:\s*\[\s*([-+]?[\d.eE+-]+)\s*,\s*([-+]?[\d.eE+-]+)""")
_WKT_POINT_RE = re.compile(r"^\s*(?:SRID=\d+\s*;\s*)?POINT\s*Z?M?\s*\(\s*([-+]?[\d.eE+-]+)\s+([-+]?[\d.eE+-]+)", re.IGNORECASE)
_PAIR_RE = re.compile(r"^[(\[]?\s*([-+]?\d+(?:\.\d+)?)\s*[,;]\s*([-+]?\d+(?:\.\d+)?)\s*[)\]]?$")

# per-row position problems, in the order they are reported
_EMPTY, _HALF, _UNREADABLE, _PLACEHOLDER, _OUT_OF_RANGE, _NO_CRS = (
    "empty", "half", "unreadable", "placeholder", "out_of_range", "no_crs",
)


def _location_value(v: Any) -> tuple[float, float] | str:
    """(lon, lat) from one location cell, or a problem: _EMPTY / _UNREADABLE."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return _EMPTY
    if isinstance(v, dict):
        keys = {str(k).lower(): val for k, val in v.items()}
        if "coordinates" in keys:  # a GeoJSON geometry
            coords = keys["coordinates"]
            try:
                return float(coords[0]), float(coords[1])
            except (TypeError, ValueError, IndexError):
                return _UNREADABLE
        lat = next((keys[k] for k in ("latitude", "lat") if k in keys), None)
        lon = next((keys[k] for k in ("longitude", "lon", "lng", "long") if k in keys), None)
        if lat in (None, "") and lon in (None, ""):
            return _EMPTY  # e.g. Socrata's {'human_address': ...} without a position
        try:
            return float(lon), float(lat)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return _UNREADABLE
    if isinstance(v, list | tuple) and len(v) == 2:
        try:
            return float(v[0]), float(v[1])
        except (TypeError, ValueError):
            return _UNREADABLE
    text = unicodedata.normalize("NFKC", str(v)).strip()
    if text.lower() in _NA_TOKENS:
        return _EMPTY
    low = text.lower()
    if "lat" in low and ("lon" in low or "lng" in low):
        lat_m, lon_m = _LATLON_KEY_RE["lat"].search(text), _LATLON_KEY_RE["lon"].search(text)
        if lat_m and lon_m:
            return float(lon_m.group(1)), float(lat_m.group(1))
        return _EMPTY
    for pattern in (_COORDS_RE, _WKT_POINT_RE):
        m = pattern.search(text)
        if m:
            try:
                return float(m.group(1)), float(m.group(2))
            except ValueError:
                return _UNREADABLE
    m = _PAIR_RE.match(text)
    if m:
        a, b = float(m.group(1)), float(m.group(2))
        if abs(a) > 90 and abs(b) <= 90:
            return a, b  # "lon, lat"
        return b, a  # "(lat, lon)": Socrata, Google Maps, what people copy
    return _UNREADABLE


def _coordinate_values(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(floats with NaN, unreadable mask) from a column of coordinates as typed."""
    from gisdesk.io.tabular import parse_coordinate

    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        vals = np.array(series.astype("float64").to_numpy(na_value=np.nan), copy=True)
        return vals, np.zeros(len(vals), dtype=bool)
    vals = np.array(pd.to_numeric(series, errors="coerce").astype("float64").to_numpy(na_value=np.nan), copy=True)
    unreadable = np.zeros(len(vals), dtype=bool)
    objs = series.to_numpy(dtype=object)
    for i in np.flatnonzero(np.isnan(vals)):
        v = objs[i]
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            continue
        value, problem, _ = parse_coordinate(v)
        if problem is None and value is not None:
            vals[i] = value
        elif problem != "empty":
            unreadable[i] = True
    return vals, unreadable


def _transformer(crs: str) -> Any:
    from pyproj import Transformer

    return Transformer.from_crs(crs, WGS84, always_xy=True)


def _to_lonlat(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    lon = np.full(len(x), np.nan)
    lat = np.full(len(x), np.nan)
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.any():
        with np.errstate(all="ignore"):
            lo, la = _transformer(crs).transform(x[ok], y[ok], errcheck=False)
        lon[ok], lat[ok] = lo, la
    return lon, lat


@dataclass
class _Stage:
    """One source of positions, for the rows that still have none."""

    label: str
    lon: np.ndarray
    lat: np.ndarray
    problem: np.ndarray  # object array: None = usable, else one of the problem names
    swapped: np.ndarray | None = None
    projected: np.ndarray | None = None  # rows whose values were projected and converted


def _check_lonlat(label: str, lon: np.ndarray, lat: np.ndarray, problem: np.ndarray, crs: str | None,
                  *, swap: bool = True) -> _Stage:
    """Classify lon/lat values: swapped pairs are put back, projected values converted when ``crs`` is known."""
    lon, lat = lon.copy(), lat.copy()
    n = len(lon)
    both = np.isfinite(lon) & np.isfinite(lat) & (problem == None)
    swapped = np.zeros(n, dtype=bool)
    if swap:
        swapped = both & (np.abs(lat) > 90) & (np.abs(lon) <= 90)
        lon[swapped], lat[swapped] = lat[swapped].copy(), lon[swapped].copy()
    projected = both & ((np.abs(lon) > 1000) | (np.abs(lat) > 1000)) & (np.abs(lon) < 1e9) & (np.abs(lat) < 1e9)
    if projected.any():
        if crs is not None:
            plon, plat = _to_lonlat(lon[projected], lat[projected], crs)
            lon[projected], lat[projected] = plon, plat
        else:
            problem[projected] = _NO_CRS
    out_of_range = both & ~(projected & (crs is None)) & ~((np.abs(lat) <= 90) & (np.abs(lon) <= 180))
    problem[out_of_range] = _OUT_OF_RANGE
    placeholder = both & (problem == None) & ((lat == 0) | (lon == 0))
    problem[placeholder] = _PLACEHOLDER
    return _Stage(label, lon, lat, problem, swapped, projected & (crs is not None))


def _pair_stage(label: str, xs: pd.Series, ys: pd.Series, crs: str | None, *, degrees: bool) -> _Stage:
    x, xbad = _coordinate_values(xs)
    y, ybad = _coordinate_values(ys)
    n = len(x)
    problem = np.full(n, None, dtype=object)
    xe, ye = np.isnan(x) & ~xbad, np.isnan(y) & ~ybad
    problem[xe & ye] = _EMPTY
    problem[xe ^ ye] = _HALF
    problem[xbad | ybad] = _UNREADABLE
    if degrees:
        return _check_lonlat(label, x, y, problem, crs)
    # projected x/y columns: converted when the CRS is known; values that are degrees are taken as such
    lon, lat = x.copy(), y.copy()
    usable = problem == None
    if crs is not None:
        lon[usable], lat[usable] = _to_lonlat(x[usable], y[usable], crs)
        stage = _check_lonlat(label, lon, lat, problem, None, swap=False)
        stage.projected = usable & (stage.problem == None)
        return stage
    degree_like = usable & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    problem[usable & ~degree_like] = _NO_CRS
    return _check_lonlat(label, lon, lat, problem, None, swap=False)


def _location_stage(label: str, values: pd.Series, crs: str | None, todo: np.ndarray | None = None) -> _Stage:
    """Positions from a location column, read for the rows of ``todo`` only (the others are left empty: an
    earlier source placed them), once per distinct text."""
    n = len(values)
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    problem = np.full(n, None, dtype=object)
    rows = np.arange(n) if todo is None else np.flatnonzero(todo)
    if todo is not None:
        problem[~todo] = _EMPTY
    objs = values.to_numpy(dtype=object)[rows]
    if _text_values(values):
        codes, uniques = pd.factorize(pd.Series(objs, dtype=object), use_na_sentinel=True)
        read = [_location_value(v) for v in np.asarray(uniques, dtype=object)]
        got_all = [read[c] if c >= 0 else _EMPTY for c in codes]
    else:
        got_all = [_location_value(v) for v in objs]
    for i, got in zip(rows, got_all, strict=True):
        if isinstance(got, str):
            problem[i] = got
        else:
            lon[i], lat[i] = got
            if not (math.isfinite(got[0]) and math.isfinite(got[1])):
                problem[i] = _UNREADABLE
    return _check_lonlat(label, lon, lat, problem, crs)


def _geometry_stage(source: SourceTable, mapping: ColumnMapping, report: LayerReport) -> _Stage | None:
    if source.x is None or source.y is None:
        return None
    x, y = np.asarray(source.x, dtype=float), np.asarray(source.y, dtype=float)
    n = len(x)
    problem = np.full(n, None, dtype=object)
    problem[~(np.isfinite(x) & np.isfinite(y))] = _EMPTY
    crs = source.crs
    if crs is not None and crs != WGS84:
        try:
            lon, lat = _to_lonlat(x, y, crs)
        except Exception as exc:  # noqa: BLE001 - pyproj cannot build the transformation
            report.warn("crs", trf("The points' CRS ({crs}) cannot be converted to WGS 84 ({e}); the file's geometry "
                                   "was not used for positions.", crs=crs_label(crs), e=exc))
            return None
        report.info("crs", trf("The points were converted from {crs} to longitude/latitude (WGS 84).",
                               crs=crs_label(crs)))
        return _check_lonlat(tr("the file's point geometry"), lon, lat, problem, None, swap=False)
    # WGS 84 or no CRS at all: degrees are taken as such; projected values need a CRS
    return _check_lonlat(tr("the file's point geometry"), x, y, problem, mapping.xy_crs, swap=False)


# --------------------------------------------------------------------------------------------------
# the source table


@dataclass
class SourceTable:
    """A file as read, before mapping: ``frame`` (its columns as read: typed from CSV/XLSX, strings and
    nested objects from JSON), the points of a GIS file (``x``/``y`` in ``crs``, NaN where a feature has
    no geometry; None for tables) and the ``report`` so far."""

    path: str
    frame: pd.DataFrame
    driver: str
    report: LayerReport
    x: np.ndarray | None = None
    y: np.ndarray | None = None
    crs: str | None = None


_TABLE_EXTS = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}
# messages of the table reader about point positions: the request reader makes its own, in request terms
def read_source(path: str | Path, *, sheet: str | int | None = None, layer: str | None = None,
                report: LayerReport | None = None) -> SourceTable:
    """Read an export of requests as it is (no mapping yet): CSV/XLSX through :mod:`gisdesk.io.tabular`,
    JSON arrays of records (Socrata, Open311) and Socrata ``rows.json`` with the json module, GeoJSON,
    GeoPackage, shapefiles and the other GIS formats through :func:`gisdesk.io.open_path`.

    Raises :class:`ReadError` for files that are missing, empty, binary or not a table of records.
    """
    if "!" in str(path) and not Path(path).exists():  # "archive.zip!member": open_path reads zip members
        member = str(path).split("!", 1)[1]
        report = report if report is not None else LayerReport(name=Path(member).stem, source=str(path))
        report.source = report.source or str(path)
        return _read_gis(path, layer, report)  # type: ignore[arg-type]
    path = Path(path)
    report = report if report is not None else LayerReport(name=path.stem, source=str(path))
    report.source = report.source or str(path)
    if not path.exists():
        raise ReadError(path, tr("the file does not exist"))
    if path.is_dir():
        raise ReadError(path, tr("this is a folder, not an export of requests"))
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ReadError(path, trf("the file could not be opened ({e})", e=exc.strerror or exc)) from exc
    ext = path.suffix.lower()
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if ext in _TABLE_EXTS and not stripped.startswith((b"[", b"{")):
        return _read_tabular(path, sheet, report)
    if stripped.startswith(b"[") or (stripped.startswith(b"{") and not re.search(rb'"type"\s*:\s*"Feature', head)):
        return _read_json(path, report)
    if not stripped and ext in (".json", ".geojson", ""):
        raise ReadError(path, tr("the file is empty"))
    return _read_gis(path, layer, report)


def _read_tabular(path: Path, sheet: str | int | None, report: LayerReport) -> SourceTable:
    from gisdesk.io.tabular import read_table

    sub = LayerReport(name=report.name, source=str(path))
    gdf = read_table(path, sub, sheet=sheet, points=False)  # positions are placed here, through the mapping
    for m in sub.messages:
        report.add(m.level, m.category, m.text, m.count)
    report.driver = sub.driver
    report.encoding, report.encoding_status = sub.encoding, sub.encoding_status
    report.features_read, report.dropped = sub.features_read, sub.dropped
    frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    return SourceTable(str(path), frame, sub.driver, report)


def _read_json(path: Path, report: LayerReport) -> SourceTable:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, trf("the file could not be read ({e})", e=exc.strerror or exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(path, trf("this JSON file is not UTF-8 text (byte {byte})", byte=exc.start)) from exc
    if not text.strip():
        raise ReadError(path, tr("the file is empty"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(path, trf("this is not valid JSON: {msg} at line {line}, column {col} (the file may be cut "
                                  "off)", msg=exc.msg, line=exc.lineno, col=exc.colno)) from exc
    except RecursionError as exc:
        raise ReadError(path, tr("this JSON is nested too deeply to be a table of records")) from exc
    driver = "JSON records"
    if isinstance(data, dict):
        if isinstance(data.get("meta"), dict) and isinstance(data.get("data"), list):
            return _read_socrata_rows(path, data, report)
        lists = [k for k, v in data.items() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v[:50])]
        if len(lists) != 1:
            raise ReadError(path, tr("this JSON object holds no list of records (expected an array of requests, "
                                     "GeoJSON or a Socrata rows.json export)"))
        report.info("read", trf("The records were read from the JSON key {key!r}.", key=lists[0]))
        data = data[lists[0]]
    if not isinstance(data, list):
        raise ReadError(path, tr("this JSON holds a single value, not a list of records"))
    records = [r for r in data if isinstance(r, dict)]
    others = len(data) - len(records)
    if data and not records:
        raise ReadError(path, trf("this JSON array holds {kind} values, not records (objects)",
                                  kind=type(data[0]).__name__))
    if others:
        report.warn("dropped", _trn(others, N_("{n:,} item of the JSON array is not records (objects); it was "
                                               "skipped."),
                                    N_("{n:,} items of the JSON array are not records (objects); they were skipped.")),
                    count=others)
    if any(":@computed_region" in k for k in (records[0] if records else {})):
        driver = "Socrata JSON"
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    frame = _nfc_frame(frame)
    report.driver = driver
    report.features_read, report.dropped = len(data), others
    report.encoding, report.encoding_status = {}, "declared"
    counts = {"records": _trn(len(records), N_("{n:,} record"), N_("{n:,} records")),
              "keys": _trn(frame.shape[1], N_("{n:,} key"), N_("{n:,} keys"))}
    report.info("read", trf("Read {records} with {keys} from a JSON array ({driver}).", driver=driver, **counts))
    return SourceTable(str(path), frame, driver, report)


def _read_socrata_rows(path: Path, data: dict[str, Any], report: LayerReport) -> SourceTable:
    view = data["meta"].get("view") if isinstance(data["meta"].get("view"), dict) else {}
    cols = view.get("columns") if isinstance(view.get("columns"), list) else None
    rows = data["data"]
    if not cols or not all(isinstance(r, list) for r in rows):
        raise ReadError(path, tr("this Socrata export has no column list (meta.view.columns) or its rows are not "
                                 "lists"))
    names = [str(c.get("fieldName") or c.get("name") or f"column_{i + 1}") for i, c in enumerate(cols)]
    width = len(names)
    bad = sum(len(r) != width for r in rows)
    if bad:
        report.warn("read", _trn(bad, N_("{n:,} row of the Socrata export do not have {width} values; missing "
                                         "values were left empty and extra ones dropped."),
                                 N_("{n:,} rows of the Socrata export do not have {width} values; missing values "
                                    "were left empty and extra ones dropped."), width=width), count=bad)
    frame = pd.DataFrame([(list(r) + [None] * width)[:width] for r in rows], columns=names)
    system = [c for c in names if c.startswith(":") and not c.startswith(":@computed_region")]
    frame = _nfc_frame(frame.drop(columns=system))
    report.driver = "Socrata rows.json"
    report.features_read = len(rows)
    report.info("read", trf("Read {n:,} rows of a Socrata rows.json export ({cols} columns; {system} Socrata system "
                            "columns left out).", n=len(rows), cols=frame.shape[1], system=len(system)))
    return SourceTable(str(path), frame, "Socrata rows.json", report)


def _nfc_frame(frame: pd.DataFrame) -> pd.DataFrame:
    def nfc(v: Any) -> Any:
        return unicodedata.normalize("NFC", v) if isinstance(v, str) else v

    out = {}
    for c in frame.columns:
        col = frame[c]
        out[unicodedata.normalize("NFC", str(c))] = col.map(nfc) if col.dtype == object else col
    return pd.DataFrame(out, index=frame.index)


def _read_gis(path: Path, layer: str | None, report: LayerReport) -> SourceTable:
    import shapely

    from gisdesk.io.readers import open_path
    from gisdesk.layers import VectorLayer

    result = open_path(path, layer=layer)
    vectors = [lyr for lyr in result.layers if isinstance(lyr, VectorLayer)]
    if not vectors:
        raise ReadError(path, tr("holds no table or vector layer of requests"))
    lyr = vectors[0]
    if result.report is not None:
        for m in result.report.messages:
            report.add(m.level, m.category, m.text, m.count)
    lr = lyr.report if isinstance(lyr.report, LayerReport) else None
    if lr is not None:
        for m in lr.messages:
            report.add(m.level, m.category, m.text, m.count)
        report.driver, report.encoding, report.encoding_status = lr.driver, lr.encoding, lr.encoding_status
        report.features_read = lr.features_read
    if len(vectors) > 1:
        others = ", ".join(repr(v.name) for v in vectors[1:])
        report.info("read", trf("The file holds several layers; requests were read from {name!r} (also: {others}).",
                                name=lyr.name, others=others))
    points = lyr.points
    if points is not None:
        frame, x, y = points.table.copy(), points.x.copy(), points.y.copy()
    else:
        gdf = lyr.data
        frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
        geoms = np.asarray(gdf.geometry.values, dtype=object)
        missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
        non_points = ~missing & (shapely.get_type_id(geoms) != 0)
        pts = geoms.copy()
        if non_points.any():
            pts[non_points] = shapely.point_on_surface(geoms[non_points])
            report.info("geometry", _trn(int(non_points.sum()),
                                         N_("{n:,} feature is not a single point; a point inside each was used as the "
                                            "request's position."),
                                         N_("{n:,} features are not a single point; a point inside each was used as "
                                            "the request's position.")), count=int(non_points.sum()))
        x, y = np.full(len(pts), np.nan), np.full(len(pts), np.nan)
        ok = ~missing
        x[ok], y[ok] = shapely.get_x(pts[ok]), shapely.get_y(pts[ok])
    return SourceTable(str(path), frame.reset_index(drop=True), report.driver or "GIS", report, x, y, lyr.crs)


# --------------------------------------------------------------------------------------------------
# detection


def _present(sample: pd.DataFrame, col: str) -> pd.Series:
    if sample is None or col not in sample.columns:
        return pd.Series(dtype=object)
    s = sample[col]
    s = s[s.notna()]
    if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
        s = s[s.astype(str).str.strip().str.lower().map(lambda t: t not in _NA_TOKENS)]
    return s


def _date_share(values: pd.Series, dayfirst: bool | None) -> float:
    if not len(values):
        return -1.0
    parsed = parse_datetimes(values.reset_index(drop=True), CITY_TIMEZONE, dayfirst)
    return parsed.parsed / len(values)


def _degree_share(values: pd.Series, limit: float) -> float:
    if not len(values):
        return -1.0
    vals, _ = _coordinate_values(values.reset_index(drop=True))
    return float(np.mean(np.isfinite(vals) & (np.abs(vals) <= limit)))


def _location_share(values: pd.Series) -> float:
    if not len(values):
        return -1.0
    got = [_location_value(v) for v in values.head(50)]
    return sum(not isinstance(g, str) for g in got) / len(got)


def detect_mapping(columns: Sequence[Any], sample: pd.DataFrame | None = None) -> tuple[ColumnMapping, MappingNotes]:
    """Guess the mapping of ``columns`` to Open311 fields; ``sample`` (a few hundred rows) lets values decide.

    Names are matched without case, accents, spaces or punctuation against Open311 names, the NYC 311
    export ("Unique Key", "Created Date", ...), Socrata's snake_case API names and the Vietnamese headers
    of the city's exports ("Mã phản ánh", "Lĩnh vực", "Thời gian gửi", ...); a column whose name contains
    a known name ("Ngày tạo phản ánh") comes next. Values then decide: a date field needs a column that
    reads as dates, latitude/longitude need degrees, a location column must hold positions.
    """
    cols = [unicodedata.normalize("NFC", str(c)) for c in columns]
    sample = sample if sample is not None else pd.DataFrame(columns=cols)
    if list(sample.columns) != cols and len(sample.columns) == len(cols):
        sample = sample.set_axis(cols, axis=1)
    keys = {c: _key(c) for c in cols}
    folds = {c: _fold(c) for c in cols}
    used: set[str] = set()
    mapping = ColumnMapping()
    notes = MappingNotes()
    guessed_fields: set[str] = set()

    def exact(aliases: Iterable[str]) -> list[str]:
        out = []
        for a in aliases:
            k = _key(a)
            out.extend(c for c in cols if keys[c] == k and c not in used and c not in out)
        return out

    # dates: the day/month order of the whole export, from every column named like a date
    date_cols = {c for f in REQUEST_DATETIME_FIELDS for c in exact(_FIELD_ALIASES[f])}
    date_texts = [str(v) for c in date_cols for v in _present(sample, c).head(500) if isinstance(v, str)]
    dayfirst, guessed, why = _decide_dayfirst(date_texts)
    if dayfirst is not None and guessed:
        vietnamese = sum(not c.isascii() or _keys_vietnamese(keys[c]) for c in cols) > len(cols) / 4
        if vietnamese and why == tr(_WHY_AMPM):
            dayfirst, why = True, tr("no date shows the order; the headers are Vietnamese, so day/month/year")
    # a guess stays open (None): the whole file decides when it is read
    mapping.dayfirst = None if guessed else dayfirst
    if dayfirst is not None:
        if guessed:
            notes.notes.append(trf("Dates like 05/06/2024 are read as day/month/year: {why}. Check a few dates and "
                                   "set the order if they are wrong.", why=why) if dayfirst else
                               trf("Dates like 05/06/2024 are read as month/day/year: {why}. Check a few dates and "
                                   "set the order if they are wrong.", why=why))
        else:
            notes.notes.append(trf("Dates like 05/06/2024 are read as day/month/year: {why}.", why=why) if dayfirst
                               else trf("Dates like 05/06/2024 are read as month/day/year: {why}.", why=why))

    # positions
    lat = next((c for c in exact(_LAT_ALIASES) if _degree_share(_present(sample, c), 90) != 0), None)
    lon = next((c for c in exact(_LONG_ALIASES) if _degree_share(_present(sample, c), 180) != 0), None)
    if lat and lon:
        mapping["lat"], mapping["long"] = lat, lon
        used.update((lat, lon))
        notes.reasons["lat"] = notes.reasons["long"] = trf("columns {lat!r} and {lon!r} are latitude and longitude",
                                                           lat=lat, lon=lon)
    loc = next((c for c in exact(_LOCATION_ALIASES) if _location_share(_present(sample, c)) != 0), None)
    if loc:
        mapping.location = loc
        used.add(loc)
    xs, ys = exact(_X_ALIASES), exact(_Y_ALIASES)
    if xs and ys:
        mapping.x, mapping.y = xs[0], ys[0]
        used.update((xs[0], ys[0]))
    if not (mapping["lat"] or mapping.location or mapping.x) and len(sample):
        _positions_from_tabular(sample, used, mapping)

    # the other fields: exact names first, then names that contain a known name
    for f in _FIELD_ORDER:
        for c in exact(_FIELD_ALIASES[f]):
            if _fits(f, c, sample, dayfirst, strict=False):
                mapping[f] = c
                used.add(c)
                notes.reasons[f] = trf("column {c!r} is named as the {field}", c=c, field=f.replace("_", " "))
                break
    # names that contain a known name ("Ngày tạo phản ánh"): the longest known name wins, so "Ngày hoàn
    # thành xử lý" goes to the closing time, not to a request time named "Ngày"
    contained = [
        (len(alias), f, alias, c)
        for f in _FIELD_ORDER if not mapping[f]
        for alias in _ALIAS_FOLDS[f] if " " in alias or len(alias) >= 6
        for c in cols if c not in used and re.search(rf"(?:^| ){re.escape(alias)}(?: |$)", folds[c])
    ]
    for _, f, alias, c in sorted(contained, key=lambda t: -t[0]):
        if mapping[f] or c in used or not _fits(f, c, sample, dayfirst, strict=True):
            continue
        mapping[f] = c
        used.add(c)
        notes.reasons[f] = trf("column {c!r} contains {alias!r} (a guess: check it)", c=c, alias=alias)
        guessed_fields.add(f)

    _detection_notes(mapping, notes, cols, keys, sample, guesses=len(guessed_fields))
    return mapping, notes


def _positions_from_tabular(sample: pd.DataFrame, used: set[str], mapping: ColumnMapping) -> None:
    """Exotic coordinate names ("VĨ ĐỘ (N)", "snapped_lat", "toa_do_x"): the table reader's own detector."""
    from gisdesk.io.tabular import find_point_columns

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = find_point_columns(sample.reset_index(drop=True))
    if found is None:
        return
    if found.kind == "xy" and found.x and found.y:
        if found.degrees or _degree_share(_present(sample, found.y), 90) > 0.9:
            mapping["lat"], mapping["long"] = found.y, found.x
        else:
            mapping.x, mapping.y = found.x, found.y
        used.update((found.x, found.y))
    elif found.kind in ("location", "wkt"):
        col = found.location or found.wkt
        if col:
            mapping.location = col
            used.add(col)


def _fits(f: str, col: str, sample: pd.DataFrame, dayfirst: bool | None, *, strict: bool) -> bool:
    values = _present(sample, col)
    if f in REQUEST_DATETIME_FIELDS:
        share = _date_share(values.head(200), dayfirst)
        return share >= 0.6 or (share < 0 and not strict)
    if strict and not len(values):
        return False
    if f == "status" and len(values):
        # a status column has few distinct values
        return values.astype(str).nunique() <= max(20, len(values) // 5) or not strict
    if f in ("service_request_id", "description", "address", "service_name", "agency_responsible") and len(values):
        # not a column of dates
        return _date_share(values.head(50), dayfirst) < 0.6
    return True


_VIETNAMESE_KEYS = {_key(a) for names in (*_FIELD_ALIASES.values(), _LAT_ALIASES, _LONG_ALIASES) for a in names
                    if not a.isascii() or a in ("vi_do", "kinh_do")}


def _keys_vietnamese(key: str) -> bool:
    """Whether a column's key is one of the Vietnamese names ("Mã phản ánh", also written "ma_phan_anh")."""
    return key in _VIETNAMESE_KEYS


def _detection_notes(mapping: ColumnMapping, notes: MappingNotes, cols: list[str], keys: dict[str, str],
                     sample: pd.DataFrame, *, guesses: int = 0) -> None:
    mapped = {f: c for f, c in mapping.fields.items() if c}
    key_set = set(keys.values())
    if sum(k in _OPEN311_KEYS for k in key_set) >= 4:
        notes.layout = "open311"
    elif "uniquekey" in key_set and "createddate" in key_set:
        snake = any("_" in c for c in cols if keys[c] in ("uniquekey", "createddate"))
        notes.layout = "socrata" if snake or any(c.startswith(":@computed_region") for c in cols) else "nyc311"
    elif mapped and sum(_keys_vietnamese(keys[c]) for c in mapped.values()) >= len(mapped) / 2:
        notes.layout = "vietnamese"
    labels = {"open311": N_("Open311 GeoReport v2 field names"), "nyc311": N_("the NYC 311 export layout"),
              "socrata": N_("the Socrata API layout (NYC 311)"), "vietnamese": N_("Vietnamese column names"),
              "custom": N_("column names matched one by one")}
    has_position = bool(mapping["lat"] or mapping.location or (mapping.x and mapping.y))
    weights = {"service_request_id": 0.2, "requested_datetime": 0.25, "status": 0.15, "service_name": 0.15}
    conf = sum(w for f, w in weights.items() if mapping[f]) + (0.25 if has_position else 0.0)
    notes.confidence = round(conf * (0.85 ** guesses), 2)
    notes.notes.insert(0, _trn(len(mapped), N_("The columns look like {layout}: {n:,} field was recognised."),
                               N_("The columns look like {layout}: {n:,} fields were recognised."),
                               layout=tr(labels[notes.layout])))
    missing = [f for f in ("service_request_id", "requested_datetime", "status", "service_name") if not mapping[f]]
    if missing:
        notes.notes.append(trf("No column was found for {fields}; choose one if the export has it.",
                               fields=", ".join(missing)))
    if mapping["lat"]:
        if mapping.location:
            notes.notes.append(trf("Positions come from {lat!r}/{lon!r}; where they are empty, {location!r} is used.",
                                   lat=mapping["lat"], lon=mapping["long"], location=mapping.location))
        else:
            notes.notes.append(trf("Positions come from {lat!r}/{lon!r}.", lat=mapping["lat"], lon=mapping["long"]))
    elif mapping.location:
        notes.notes.append(trf("Positions come from the column {location!r}.", location=mapping.location))
    if mapping.x and mapping.y:
        if "state plane" in _fold(mapping.x):
            notes.notes.append(trf("Projected coordinates {x!r}/{y!r} were found (they are US State Plane feet: "
                                   "EPSG:2263 for New York City); their CRS is not known, so they are used only once "
                                   "one is chosen.", x=mapping.x, y=mapping.y))
        else:
            notes.notes.append(trf("Projected coordinates {x!r}/{y!r} were found; their CRS is not known, so they are "
                                   "used only once one is chosen.", x=mapping.x, y=mapping.y))
    if not has_position:
        notes.notes.append(tr("No coordinate columns were found: the requests will have no position unless the file "
                              "has its own geometry."))
    if mapping["status"] and len(sample):
        unknown = sorted({str(v) for v in _present(sample, mapping["status"]).astype(str).unique()
                          if mapping.status_of(v) is None})
        if unknown:
            notes.notes.append(trf("Statuses not known as open or closed: {statuses}; they will count as open unless "
                                   "mapped.", statuses=", ".join(map(repr, unknown[:10]))))


# --------------------------------------------------------------------------------------------------
# normalising


@dataclass
class RequestData:
    """Normalised requests: ``frame`` (REQUEST_FIELDS in order, then the unmapped source columns), the
    ``mapping`` used, the ``report``, ``notes`` when the mapping was detected, and ``date_only``: per
    date-time field, how many values had a date but no time (read as midnight at the start of that day;
    a deadline written "20/03/2024" may be meant as the end of it)."""

    frame: pd.DataFrame
    mapping: ColumnMapping
    report: LayerReport
    notes: MappingNotes | None = None
    date_only: dict[str, int] = field(default_factory=dict)

    @property
    def x(self) -> np.ndarray:
        """Longitudes (WGS 84; NaN where a request has no location)."""
        return self.frame["long"].to_numpy(dtype=np.float64, na_value=np.nan)

    @property
    def y(self) -> np.ndarray:
        """Latitudes (WGS 84; NaN where a request has no location)."""
        return self.frame["lat"].to_numpy(dtype=np.float64, na_value=np.nan)

    def points(self) -> PointData:
        """The requests as point arrays, ready for ``VectorLayer``."""
        return PointData(self.frame, self.x, self.y, crs=WGS84)


def read_requests(path: str | Path, mapping: ColumnMapping | None = None, *, tz: str | None = None,
                  report: LayerReport | None = None, sheet: str | int | None = None,
                  layer: str | None = None) -> RequestData:
    """Read an export of citizen requests into the Open311 frame (see the module docstring).

    Without ``mapping`` it is detected; a file in which no column looks like a request field raises
    :class:`ReadError`. ``tz`` overrides ``mapping.tz`` (the zone of times written without one).
    """
    source = read_source(path, sheet=sheet, layer=layer, report=report)
    if mapping is None:
        mapping, notes = detect_mapping(list(source.frame.columns), source.frame.head(500))
        if notes.confidence == 0 and not mapping.columns_used and source.x is None and len(source.frame):
            cols = ", ".join(map(repr, list(source.frame.columns)[:12]))
            raise ReadError(path, trf("no column looks like a service request field (id, date, status, category, "
                                      "position); the columns are {columns}. Map the columns by hand.",
                                      columns=cols or tr("none")))
        return normalise_requests(source, mapping, tz=tz, notes=notes)
    return normalise_requests(source, mapping, tz=tz)


def normalise_requests(source: SourceTable, mapping: ColumnMapping | None = None, *, tz: str | None = None,
                       notes: MappingNotes | None = None) -> RequestData:
    """Turn a :class:`SourceTable` into the Open311 frame with ``mapping`` (detected when None)."""
    report = source.report
    frame = source.frame.reset_index(drop=True)
    if mapping is None:
        mapping, notes = detect_mapping(list(frame.columns), frame.head(500))
    if tz is not None:
        mapping = ColumnMapping.from_dict({**mapping.to_dict(), "tz": tz})
    n = len(frame)
    if notes is not None:
        report.info("columns", " ".join(notes.notes[:1]) + " " + _mapping_summary(mapping))
    else:
        report.info("columns", _mapping_summary(mapping))

    column = _column_getter(frame, report)
    fields = read_request_fields(frame, mapping, report=report)
    out = dict(fields.values)
    naive, date_only = fields.naive, fields.date_only
    lon, lat = _normalise_positions(source, frame, mapping, column, out, report)
    out["long"] = pd.Series(lon, dtype="float64")
    out["lat"] = pd.Series(lat, dtype="float64")
    _check_ids(out["service_request_id"], frame, report, has_column=bool(mapping["service_request_id"]))
    _check_times(out, report)
    _check_zone(out, mapping, report, naive=naive)

    result = pd.DataFrame({f: out[f] for f in REQUEST_FIELDS}, index=pd.RangeIndex(n))
    used = set(mapping.columns_used)
    for c in frame.columns:
        if c in used:
            continue
        name = str(c)
        if name in result.columns or name == "geometry":
            base = f"{name}_source"
            name = base
            k = 2
            while name in result.columns or name in frame.columns:
                name, k = f"{base}_{k}", k + 1
            report.info("columns", trf("The source column {column!r} was kept as {name!r} (its name is a request "
                                       "field).", column=str(c), name=name))
        result[name] = _plain_column(frame[c])

    located = int(np.isfinite(lon).sum())
    report.features_kept = n
    report.features_read = report.features_read or n
    report.geometry_types = {"Point": located} if located else {}
    report.null_geometries = n - located
    report.crs, report.crs_status = WGS84, ("declared" if source.crs else "assumed")
    if n == 0:
        report.warn("read", tr("The file holds no requests (no data rows)."))
    return RequestData(result, mapping, report, notes, date_only)


@dataclass
class RequestFields:
    """The request fields read by :func:`read_request_fields`: ``values`` (field -> Series, index 0..n-1),
    per date-time field read the :class:`ParsedDatetimes` (``times``; its ``values`` are in ``values``), how
    many times had no zone (``naive``), per field how many had no time of day (``date_only``), the statuses
    known neither as open nor closed with their counts, most frequent first (``unknown_statuses``)."""

    values: dict[str, pd.Series]
    times: dict[str, ParsedDatetimes] = field(default_factory=dict)
    naive: int = 0
    date_only: dict[str, int] = field(default_factory=dict)
    unknown_statuses: list[tuple[str, int]] = field(default_factory=list)


#: the request fields :func:`read_request_fields` reads (all but the positions)
READ_FIELDS = tuple(f for f in REQUEST_FIELDS if f not in ("lat", "long"))


def read_request_fields(frame: pd.DataFrame, mapping: ColumnMapping, fields: Iterable[str] | None = None, *,
                        report: LayerReport | None = None) -> RequestFields:
    """Read the mapped columns of ``frame`` as request fields: text fields as trimmed NFC strings (integral
    numbers without ".0"), date-times through :func:`parse_datetimes` in ``mapping.tz`` and one day/month order
    for all date columns, ``status`` as "open"/"closed" with the source wording in ``status_detail``.

    ``fields`` limits the reading to some of :data:`READ_FIELDS` (default: all; ``status`` also reads
    ``closed_datetime``, which decides the status of requests without one). What was found is said in ``report``
    (see :func:`normalise_requests`, which reads its fields here). Every reading is done once per distinct
    value of a column, so a million requests with a few hundred categories take a fraction of a second.
    """
    frame = frame.reset_index(drop=True)
    report = report if report is not None else LayerReport(name="requests")
    wanted = set(READ_FIELDS if fields is None else fields)
    unknown = wanted - set(READ_FIELDS)
    if unknown:
        raise ValueError(f"not request fields read from columns: {', '.join(map(repr, sorted(unknown)))}")  # programming error
    if "status" in wanted:
        wanted |= {"status_detail", "closed_datetime"}
    n = len(frame)
    column = _column_getter(frame, report)
    out: dict[str, pd.Series] = {}
    for f in REQUEST_FIELDS:
        if f in ("lat", "long", "status", "status_detail") or f in REQUEST_DATETIME_FIELDS or f not in wanted:
            continue
        s = column(mapping[f], f.replace("_", " "))
        out[f] = _as_text(s) if s is not None else _empty_text(n)
    result = RequestFields(out)
    if wanted & set(REQUEST_DATETIME_FIELDS):
        times, result.naive, result.date_only, result.times = _normalise_times(frame, mapping, column, report, n,
                                                                               wanted)
        out.update(times)
    if "status" in wanted:
        result.unknown_statuses = _normalise_status(frame, mapping, column, out, report, n)
    elif "status_detail" in wanted:
        s = column(mapping["status_detail"], "status detail")
        out["status_detail"] = _as_text(s) if s is not None else _empty_text(n)
    return result


def _empty_text(n: int) -> pd.Series:
    """An empty text field of ``n`` rows (as ``pd.Series([None] * n, dtype="str")``, without the list)."""
    import pyarrow as pa

    return pd.Series(pd.array(pa.nulls(n, pa.large_string()), dtype="str"))


def _column_getter(frame: pd.DataFrame, report: LayerReport) -> Any:
    """``column(name, what)``: the source column, None when unmapped; a mapped column the file lacks is said."""

    def column(name: str | None, what: str) -> pd.Series | None:
        if not name:
            return None
        if name in frame.columns:
            return frame[name]
        report.warn("columns", trf("The mapping takes the {what} from a column {name!r}, which this file does not "
                                   "have; that field was left empty.", what=what, name=name))
        return None

    return column


def _mapping_summary(mapping: ColumnMapping) -> str:
    parts = [f"{f} <- {c!r}" for f, c in mapping.fields.items() if c]
    pos = []
    if mapping.location:
        pos.append(f"location <- {mapping.location!r}")
    if mapping.x and mapping.y:
        pos.append(trf("x/y <- {x!r}/{y!r} in {crs}", x=mapping.x, y=mapping.y, crs=mapping.xy_crs) if mapping.xy_crs
                   else trf("x/y <- {x!r}/{y!r} in an unknown CRS", x=mapping.x, y=mapping.y))
    return trf("Columns used: {columns}.", columns="; ".join(parts + pos) if parts or pos else tr("none"))


def _as_text(s: pd.Series) -> pd.Series:
    """Codes and text as strings: integral numbers lose '.0', nested values become JSON, text is NFC."""
    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        t = _strip_nfc(s)
        return t.where(t.str.len() > 0).astype("str").reset_index(drop=True)

    def one(v: Any) -> str | None:
        if v is None or v is pd.NA or v is pd.NaT:
            return None
        if isinstance(v, str):
            v = unicodedata.normalize("NFC", v).strip()
            return v or None
        if isinstance(v, bool | np.bool_):
            return "true" if v else "false"
        if isinstance(v, int | np.integer):
            return str(int(v))
        if isinstance(v, float | np.floating):
            if math.isnan(v):
                return None
            return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))
        if isinstance(v, dict | list):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, datetime | date | time):
            return v.isoformat()
        return str(v)

    if pd.api.types.is_integer_dtype(s.dtype):  # ids: str(int) of each, by Arrow
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            ints = pa.array(s.to_numpy(dtype=object, na_value=None) if s.hasnans else s.to_numpy(), type=pa.int64())
        except (OverflowError, pa.ArrowInvalid, TypeError, ValueError):
            ints = None
        if ints is not None:
            return pd.Series(pd.array(pc.cast(ints, pa.large_string()), dtype="str"))
    objs = s.to_numpy(dtype=object)
    if _is_plain_numeric(s) or pd.api.types.infer_dtype(objs, skipna=True) in _SAME_TEXT_WHEN_EQUAL:
        # values that are equal give the same text: each distinct value is written once
        codes, uniques = pd.factorize(objs, use_na_sentinel=True)
        if set(map(type, objs[codes < 0])) <= _EMPTY_TYPES:
            texts = np.array([one(v) for v in np.asarray(uniques, dtype=object)] + [None], dtype=object)
            return pd.Series(texts[np.where(codes < 0, len(uniques), codes)], dtype="str")
    return pd.Series([one(v) for v in objs], dtype="str")


# kinds of columns (pandas.api.types.infer_dtype) whose equal values (the same to pandas' hashing) have the same text
_SAME_TEXT_WHEN_EQUAL = {"string", "empty", "floating", "integer"}
# missing values whose text is None
_EMPTY_TYPES = {type(None), float, np.float64, type(pd.NA), type(pd.NaT)}


def _strip_nfc(s: pd.Series) -> pd.Series:
    """Trimmed, NFC text, with Arrow's kernels (pandas' own str.normalize calls Python once per value)."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = pc.utf8_normalize(pc.utf8_trim_whitespace(pa.array(s.array)), form="NFC")
        return pd.Series(arr.to_pandas(), index=s.index, dtype="str")
    except (TypeError, ValueError, ImportError):  # not Arrow-backed text (Arrow errors subclass these)
        return s.str.strip().map(lambda v: unicodedata.normalize("NFC", v) if isinstance(v, str) else v)


def _plain_column(s: pd.Series) -> pd.Series:
    """An unmapped source column as read; a column of mixed values (JSON numbers and strings, nested objects)
    becomes text, nested values as JSON."""
    s = s.reset_index(drop=True)
    if s.dtype == object and not _text_or_missing(s.to_numpy(dtype=object)):
        return _as_text(s)  # mixed values (numbers and text, nested objects) become text
    return s


def _date_texts(columns: Iterable[pd.Series | None]) -> list[Any]:
    """The text values of date columns for :func:`_decide_dayfirst`: all of them, or, when there are more than it
    samples, the distinct ones in order of first appearance (what it would keep of them)."""
    per_column = []
    for s in columns:
        if s is None or pd.api.types.is_datetime64_any_dtype(s.dtype):
            continue
        if _text_values(s):
            per_column.append(s.dropna().to_numpy(dtype=object))
        else:
            per_column.append(np.array([v for v in s.to_numpy(dtype=object) if isinstance(v, str)], dtype=object))
    if sum(len(v) for v in per_column) <= 20000:
        return [v for col in per_column for v in col]
    return list(pd.unique(np.concatenate([pd.unique(v) for v in per_column])))


def _text_or_missing(objs: np.ndarray) -> bool:
    """Whether every value is text, None, pd.NA or a float NaN."""
    kinds = set(map(type, objs))
    if kinds <= {str, type(None), type(pd.NA)}:
        return True
    return all(v is None or isinstance(v, str) or v is pd.NA or (isinstance(v, float) and math.isnan(v))
               for v in objs)


def _normalise_times(frame: pd.DataFrame, mapping: ColumnMapping, column: Any, report: LayerReport, n: int,
                     wanted: set[str] | None = None
                     ) -> tuple[dict[str, pd.Series], int, dict[str, int], dict[str, ParsedDatetimes]]:
    """The date-time fields (all four, or those of ``wanted``), aware UTC; how many values had no zone (read in
    ``mapping.tz``), per field how many had no time of day, and the parse of each field read."""
    series = {f: column(mapping[f], f.replace("_", " ")) for f in REQUEST_DATETIME_FIELDS
              if wanted is None or f in wanted}
    dayfirst = mapping.dayfirst
    guessed = False
    why = ""
    if dayfirst is None:
        dayfirst, guessed, why = _decide_dayfirst(_date_texts(series.values()))
    out: dict[str, pd.Series] = {}
    results: list[ParsedDatetimes] = []
    by_field: dict[str, ParsedDatetimes] = {}
    date_only: dict[str, int] = {}
    naive_cols: list[str] = []
    for f, s in series.items():
        if s is None:
            out[f] = pd.Series(pd.DatetimeIndex([pd.NaT] * n, dtype="datetime64[ms, UTC]"))
            continue
        p = parse_datetimes(s.reset_index(drop=True), mapping.tz, dayfirst)
        results.append(p)
        by_field[f] = p
        if p.date_only:
            date_only[f] = p.date_only
        out[f] = p.values.reset_index(drop=True)
        col = mapping[f]
        if p.unparsed:
            report.warn("columns", _trn(p.unparsed, N_("{n:,} value of {col!r} ({field}) is not a date (e.g. "
                                                       "{examples}); it was left empty."),
                                        N_("{n:,} values of {col!r} ({field}) are not a date (e.g. {examples}); they "
                                           "were left empty."), col=col, field=f,
                                        examples=", ".join(map(repr, p.examples[:3]))), count=p.unparsed)
        if p.implausible:
            report.warn("columns", _trn(p.implausible, N_("{n:,} date of {col!r} ({field}) is before {first} or after "
                                                          "{last} (e.g. {examples}), which is a placeholder, not a "
                                                          "date; left empty."),
                                        N_("{n:,} dates of {col!r} ({field}) are before {first} or after {last} (e.g. "
                                           "{examples}), which is a placeholder, not a date; left empty."),
                                        col=col, field=f, first=_YEAR_MIN, last=_YEAR_MAX,
                                        examples=", ".join(map(repr, p.implausible_examples[:3]))),
                        count=p.implausible)
        if p.naive:
            naive_cols.append(repr(col))
        if p.mixed_zones:
            zones = ", ".join(f"{z} ({k})" for z, k in sorted(p.offsets.items()))
            if p.naive:
                report.warn("columns", trf("The times in {col!r} ({field}) mix time zones: {zones} and {n:,} without "
                                           "a zone (read as {tz} time). Each was converted with its own zone; check "
                                           "that the export is consistent.", col=col, field=f, zones=zones,
                                           n=p.naive, tz=mapping.tz))
            else:
                report.warn("columns", trf("The times in {col!r} ({field}) mix time zones: {zones}. Each was "
                                           "converted with its own zone; check that the export is consistent.",
                                           col=col, field=f, zones=zones))
        if p.dst_adjusted:
            report.warn("columns", _trn(p.dst_adjusted, N_("{n:,} time of {col!r} fall in a daylight-saving change of "
                                                           "{tz} (an hour that happens twice or not at all); the "
                                                           "summer-time reading was used."),
                                        N_("{n:,} times of {col!r} fall in a daylight-saving change of {tz} (an hour "
                                           "that happens twice or not at all); the summer-time reading was used."),
                                        col=col, tz=mapping.tz), count=p.dst_adjusted)
    parsed_cols = [p for p in results if p.parsed]
    if naive_cols:
        zone = zoneinfo.ZoneInfo(mapping.tz)
        this_year = datetime.now(UTC).year
        winter, summer = (datetime(this_year, m, 15, tzinfo=zone).utcoffset() for m in (1, 7))
        offset = "" if winter != summer else f" (UTC{_format_offset(winter).replace('UTC', '')})"
        report.info("columns", trf("Times without a zone in {cols} were read as {tz} time{offset}.",
                                   cols=", ".join(naive_cols), tz=mapping.tz, offset=offset))
    if any(p.dayfirst is not None for p in parsed_cols):
        if guessed:
            report.warn("columns", trf("Dates like 05/06/2024 were read as day/month/year: {why}. If they are wrong, "
                                       "change the date order in the column mapping.", why=why) if dayfirst else
                        trf("Dates like 05/06/2024 were read as month/day/year: {why}. If they are wrong, change the "
                            "date order in the column mapping.", why=why))
        elif why:
            report.info("columns", trf("Dates written with slashes were read as day/month/year ({why}).", why=why)
                        if dayfirst else
                        trf("Dates written with slashes were read as month/day/year ({why}).", why=why))
    return out, sum(p.naive for p in results), date_only, by_field


def _normalise_status(frame: pd.DataFrame, mapping: ColumnMapping, column: Any, out: dict[str, pd.Series],
                      report: LayerReport, n: int) -> list[tuple[str, int]]:
    """``status`` and ``status_detail`` into ``out``; returns the statuses known neither as open nor closed with
    their counts, most frequent first."""
    src = column(mapping["status"], "status")
    detail_src = column(mapping["status_detail"], "status detail")
    closed_at = out["closed_datetime"]
    if src is None:
        detail = _as_text(detail_src) if detail_src is not None else pd.Series([None] * n, dtype="str")
        out["status_detail"] = detail
        if mapping["closed_datetime"]:
            status = np.where(closed_at.notna().to_numpy(), "closed", "open")
            report.info("columns", trf("There is no status column: {closed:,} requests with a closing time were "
                                       "taken as closed, the other {open:,} as open.",
                                       closed=int((status == "closed").sum()), open=int((status == "open").sum())))
        else:
            status = np.full(n, "open", dtype=object)
            if n:
                report.warn("columns", trf("There is no status column and no closing time: all {n:,} requests were "
                                           "taken as open. Choose the status column in the mapping if the export has "
                                           "one.", n=n), count=n)
        out["status"] = pd.Series(status, dtype="str")
        return []
    text = _as_text(src)
    out["status_detail"] = _as_text(detail_src) if detail_src is not None else text
    values = text.dropna().unique()
    lookup = {v: mapping.status_of(v) for v in values}
    status = text.map(lookup)
    unknown = status.isna() & text.notna()
    empty = text.isna()
    counts: list[tuple[str, int]] = []
    if unknown.any():
        counts = _most_common(text[unknown])
        listed = ", ".join(f"{v!r} ({k})" for v, k in counts[:8])
        if len(counts) > 8:
            listed = trf("{items} and {n:,} more", items=listed, n=len(counts) - 8)
        k = int(unknown.sum())
        report.warn("columns", _trn(k, N_("{n:,} request has a status that is not known as open or closed: {listed}; "
                                          "it was taken as open. Map these statuses in the column mapping."),
                                    N_("{n:,} requests have a status that is not known as open or closed: {listed}; "
                                       "they were taken as open. Map these statuses in the column mapping."),
                                    listed=listed), count=k)
        status[unknown] = "open"
    if empty.any():
        k = int(empty.sum())
        closed = empty & closed_at.notna()
        status[closed] = "closed"
        status[empty & ~closed] = "open"
        c = int(closed.sum())
        report.warn("columns", trf(_NO_STATUS[(k != 1, c != 1)], n=k, closed=c, open=k - c), count=k)
    out["status"] = status.astype("str")
    if not n:
        return counts
    final = out["status"].to_numpy(dtype=object)
    report.info("columns", _trn(len(values), N_("Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct "
                                                "status value)."),
                                N_("Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct status values)."),
                                open=int((final == "open").sum()), closed=int((final == "closed").sum())))
    return counts


#: "{n} requests have no status; {closed} with a closing time were taken as closed..." by (n != 1, closed != 1)
_NO_STATUS = {
    (False, False): N_("{n:,} request has no status; {closed:,} with a closing time was taken as closed, the other "
                       "{open:,} as open."),
    (False, True): N_("{n:,} request has no status; {closed:,} with a closing time were taken as closed, the other "
                      "{open:,} as open."),
    (True, False): N_("{n:,} requests have no status; {closed:,} with a closing time was taken as closed, the other "
                      "{open:,} as open."),
    (True, True): N_("{n:,} requests have no status; {closed:,} with a closing time were taken as closed, the other "
                     "{open:,} as open."),
}


def _most_common(values: pd.Series) -> list[tuple[Any, int]]:
    """``Counter(values).most_common()``, counted once per distinct value: most frequent first, ties in the order
    they first appear."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    order = np.argsort(-counts, kind="stable")
    return [(uniques[i], int(counts[i])) for i in order if counts[i]]


def _normalise_positions(source: SourceTable, frame: pd.DataFrame, mapping: ColumnMapping, column: Any,
                         out: dict[str, pd.Series], report: LayerReport) -> tuple[np.ndarray, np.ndarray]:
    n = len(frame)
    stages: list[Any] = []  # a _Stage, or a function of the rows still to place that makes one
    geo = _geometry_stage(source, mapping, report)
    if geo is not None:
        stages.append(geo)
    lat_s, lon_s = column(mapping["lat"], "latitude"), column(mapping["long"], "longitude")
    if lat_s is not None and lon_s is not None:
        stages.append(_pair_stage(f"{mapping['lat']!r}/{mapping['long']!r}", lon_s, lat_s, mapping.xy_crs,
                                  degrees=True))
    elif (lat_s is None) != (lon_s is None):
        report.warn("columns", tr("Only one of latitude and longitude is mapped; both are needed, so they were not "
                                  "used for positions."))
    loc_s = column(mapping.location, "location")
    if loc_s is not None:
        loc_label = f"{mapping.location!r}"
        stages.append(lambda todo: _location_stage(loc_label, loc_s, mapping.xy_crs, todo))
    x_s, y_s = column(mapping.x, "x coordinate"), column(mapping.y, "y coordinate")
    if x_s is not None and y_s is not None:
        stages.append(_pair_stage(f"{mapping.x!r}/{mapping.y!r}", x_s, y_s, mapping.xy_crs, degrees=False))

    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    final_problem = np.full(n, _EMPTY, dtype=object)
    done = np.zeros(n, dtype=bool)
    used_from: list[tuple[str, int]] = []
    swapped = projected = 0
    examples: dict[str, list[str]] = {}
    ids = out["service_request_id"]
    for st in stages:
        if callable(st):
            st = st(~done)
        take = ~done & (st.problem == None)
        lon[take], lat[take] = st.lon[take], st.lat[take]
        used_from.append((st.label, int(take.sum())))
        if st.swapped is not None:
            swapped += int((take & st.swapped).sum())
        if st.projected is not None:
            projected += int((take & st.projected).sum())
        # the first real problem (not "empty") a row meets is the one reported
        news = ~done & (st.problem != None) & (st.problem != _EMPTY) & (final_problem == _EMPTY)
        final_problem[news] = st.problem[news]
        for i in np.flatnonzero(news)[:50]:
            examples.setdefault(st.problem[i], [])
            if len(examples[st.problem[i]]) < 3:
                examples[st.problem[i]].append(trf("{row} in {source}", row=_row_name(ids, i), source=st.label))
        done |= take
    final_problem[done] = None

    if not stages:
        if n:
            report.warn("columns", trf("No position columns are mapped and the file has no geometry: the {n:,} "
                                       "requests are in the table but not on the map.", n=n), count=n)
        return lon, lat
    sources = "; ".join(trf("{n:,} from {source}", n=k, source=label) for label, k in used_from if k)
    report.info("columns", trf("{k:,} of {n:,} requests have a location ({sources}).", k=int(done.sum()), n=n,
                               sources=sources or tr("none")))
    if swapped:
        report.warn("geometry", _trn(swapped, N_("{n:,} request has latitude and longitude the wrong way round; it "
                                                 "was swapped back."),
                                     N_("{n:,} requests have latitude and longitude the wrong way round; they were "
                                        "swapped back.")), count=swapped)
    if projected:
        report.info("crs", _trn(projected, N_("{n:,} position was converted from {crs} to longitude/latitude."),
                                N_("{n:,} positions were converted from {crs} to longitude/latitude."),
                                crs=crs_label(mapping.xy_crs or source.crs)))
    _report_missing_positions(final_problem, examples, mapping, report, n)
    _report_far_points(lon, lat, ids, report)
    return lon, lat


def _row_name(ids: pd.Series, i: int) -> str:
    v = ids.iloc[i]
    return trf("request {id!r}", id=v) if isinstance(v, str) else trf("row {number}", number=i + 1)


def _report_missing_positions(problem: np.ndarray, examples: dict[str, list[str]], mapping: ColumnMapping,
                              report: LayerReport, n: int) -> None:
    counts = Counter(p for p in problem if p is not None)
    total = sum(counts.values())
    if not total:
        return
    kinds = {
        _EMPTY: N_("{n:,} with no coordinates at all{examples}"),
        _HALF: N_("{n:,} with only half a coordinate pair{examples}"),
        _UNREADABLE: N_("{n:,} with coordinates that cannot be read{examples}"),
        _PLACEHOLDER: N_("{n:,} with a 0 latitude or longitude (a placeholder, not a place){examples}"),
        _OUT_OF_RANGE: N_("{n:,} with coordinates outside any possible range{examples}"),
        _NO_CRS: N_("{n:,} with projected coordinates whose CRS is not known{examples}"),
    }
    parts = []
    for kind in (_EMPTY, _HALF, _UNREADABLE, _PLACEHOLDER, _OUT_OF_RANGE, _NO_CRS):
        if counts.get(kind):
            ex = trf(", e.g. {examples}", examples="; ".join(examples[kind])) if examples.get(kind) else ""
            parts.append(trf(kinds[kind], n=counts[kind], examples=ex))
    report.warn("columns", trf("{k:,} of {n:,} requests have no usable location ({parts}); they were kept in the "
                               "table but are not on the map.", k=total, n=n, parts="; ".join(parts)), count=total)
    bad = counts.get(_PLACEHOLDER, 0) + counts.get(_OUT_OF_RANGE, 0)
    if bad:
        report.warn("dropped", _trn(bad, N_("{n:,} position was dropped as impossible (0/0 placeholders or values out "
                                            "of range); those requests have no location."),
                                    N_("{n:,} positions were dropped as impossible (0/0 placeholders or values out of "
                                       "range); those requests have no location.")), count=bad)
    if counts.get(_NO_CRS):
        cols = f"{mapping.x!r}/{mapping.y!r}" if mapping.x else tr("the coordinates")
        report.warn("crs", _trn(counts[_NO_CRS], N_("{n:,} request could only be placed from projected coordinates "
                                                    "({cols}), but their CRS is not known; choose it in the column "
                                                    "mapping (for example EPSG:2263 for New York State Plane, "
                                                    "EPSG:9214 for Huế's VN-2000) to put them on the map."),
                                N_("{n:,} requests could only be placed from projected coordinates ({cols}), but "
                                   "their CRS is not known; choose it in the column mapping (for example EPSG:2263 "
                                   "for New York State Plane, EPSG:9214 for Huế's VN-2000) to put them on the map."),
                                cols=cols), count=counts[_NO_CRS])


def _report_far_points(lon: np.ndarray, lat: np.ndarray, ids: pd.Series, report: LayerReport) -> None:
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.sum() < 5:
        return
    clon, clat = np.median(lon[ok]), np.median(lat[ok])
    la1, lo1 = np.radians(lat), np.radians(lon)
    la0, lo0 = math.radians(clat), math.radians(clon)
    with np.errstate(invalid="ignore"):
        a = np.sin((la1 - la0) / 2) ** 2 + math.cos(la0) * np.cos(la1) * np.sin((lo1 - lo0) / 2) ** 2
        dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    typical = float(np.median(dist[ok]))  # robust: a few wild points do not move it
    limit = max(500.0, 10 * typical)
    far = ok & (dist > limit)
    if far.any():
        k = int(far.sum())
        ex = "; ".join(trf("{row} at {pos}", row=_row_name(ids, int(i)), pos=f"{lat[i]:.4f}, {lon[i]:.4f}")
                       for i in np.flatnonzero(far)[:3])
        report.warn("geometry", _trn(k, N_("{n:,} request lies more than {limit:,.0f} km from the others (which centre "
                                           "on {centre}), e.g. {examples}; it was kept on the map, but check its "
                                           "coordinates."),
                                     N_("{n:,} requests lie more than {limit:,.0f} km from the others (which centre "
                                        "on {centre}), e.g. {examples}; they were kept on the map, but check their "
                                        "coordinates."), limit=limit, centre=f"{clat:.4f}, {clon:.4f}", examples=ex),
                    count=k)


def _check_ids(ids: pd.Series, frame: pd.DataFrame, report: LayerReport, *, has_column: bool) -> None:
    n = len(ids)
    if not has_column:
        if n:
            report.warn("columns", tr("There is no id column: requests cannot be matched with later exports or "
                                      "with an Open311 feed. Choose the id column in the mapping if the export has "
                                      "one."))
        return
    empty = int(ids.isna().sum())
    if empty:
        report.warn("columns", _trn(empty, N_("{n:,} request has no id; it was kept."),
                                    N_("{n:,} requests have no id; they were kept.")), count=empty)
    dup = ids.notna() & ids.duplicated(keep=False)
    if dup.any():
        k = int(dup.sum())
        counts = Counter(ids[dup])
        ex = ", ".join(f"{v!r} ×{c}" for v, c in counts.most_common(3))
        try:
            exact = int(frame.astype(str).duplicated().sum())
        except (TypeError, ValueError):  # pragma: no cover - unhashable cells
            exact = 0
        ids_n = len(counts)
        if exact:
            text = trf("{n:,} requests share {ids:,} id (e.g. {examples}); {exact:,} of them repeat another row "
                       "exactly; all were kept: check the export for repeated rows.", n=k, ids=ids_n, examples=ex,
                       exact=exact) if ids_n == 1 else \
                trf("{n:,} requests share {ids:,} ids (e.g. {examples}); {exact:,} of them repeat another row exactly; "
                    "all were kept: check the export for repeated rows.", n=k, ids=ids_n, examples=ex, exact=exact)
        else:
            text = trf("{n:,} requests share {ids:,} id (e.g. {examples}); all were kept: check the export for "
                       "repeated rows.", n=k, ids=ids_n, examples=ex) if ids_n == 1 else \
                trf("{n:,} requests share {ids:,} ids (e.g. {examples}); all were kept: check the export for repeated "
                    "rows.", n=k, ids=ids_n, examples=ex)
        report.warn("columns", text, count=k)


def _check_times(out: dict[str, pd.Series], report: LayerReport) -> None:
    req, closed = out["requested_datetime"], out["closed_datetime"]
    before = req.notna() & closed.notna() & (closed < req)
    if before.any():
        k = int(before.sum())
        ids = out["service_request_id"]
        ex = ", ".join(_row_name(ids, int(i)) for i in np.flatnonzero(before.to_numpy())[:3])
        report.warn("columns", _trn(k, N_("{n:,} request was closed before it was made (e.g. {examples}); the times "
                                          "were kept as given."),
                                    N_("{n:,} requests were closed before they were made (e.g. {examples}); the times "
                                       "were kept as given."), examples=ex), count=k)
    future = req.notna() & (req > pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=1))
    if future.any():
        k = int(future.sum())
        report.warn("columns", _trn(k, N_("{n:,} request was made in the future according to the export; check the "
                                          "date order (day/month) and the time zone."),
                                    N_("{n:,} requests were made in the future according to the export; check the "
                                       "date order (day/month) and the time zone.")), count=k)


def _check_zone(out: dict[str, pd.Series], mapping: ColumnMapping, report: LayerReport, *, naive: int) -> None:
    """Naive times read in a zone far from where the requests are: say so (NYC data read as Huế time)."""
    lon = out["long"].to_numpy(dtype=float)
    if not naive or not np.isfinite(lon).any():
        return
    med_lon = float(np.nanmedian(lon))
    med_lat = float(np.nanmedian(out["lat"].to_numpy(dtype=float)))
    req = out["requested_datetime"].dropna()
    when = req.iloc[len(req) // 2].to_pydatetime() if len(req) else datetime.now(UTC)
    zone_hours = (when.astimezone(zoneinfo.ZoneInfo(mapping.tz)).utcoffset() or timedelta(0)).total_seconds() / 3600
    solar_hours = med_lon / 15
    diff = abs((zone_hours - solar_hours + 12) % 24 - 12)
    if diff > 3:
        ns = "N" if med_lat >= 0 else "S"
        ew = "E" if med_lon >= 0 else "W"
        report.warn("columns", trf("The requests lie around {where}, but their times, which carry no zone, were "
                                   "read as {tz} time; if they are local times there, choose that place's time zone "
                                   "in the mapping.", where=f"{abs(med_lat):.2f}°{ns}, {abs(med_lon):.2f}°{ew}",
                                   tz=mapping.tz))
