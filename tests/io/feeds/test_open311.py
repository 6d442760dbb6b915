"""The Open311 GeoReport v2 client against a local server that generates spec-shaped answers.

``FakeOpen311`` holds ~2,500 synthetic Huế requests (a year of background reports plus a flood burst of
1,200 in ten days), filters them by the query's dates, status and service code like a real server, and caps
each answer at 1,000 requests (newest first). Tests switch on its quirks one by one.
"""

from __future__ import annotations

import os
import random
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io.feeds.cache import read_cache
from gisdesk.io.feeds.http import Cancelled, FeedError
from gisdesk.io.feeds.open311 import fetch_requests, merge_requests, services, sync
from gisdesk.layers.schema import REQUEST_DATETIME_FIELDS, REQUEST_FIELDS
from tests.io.feeds.server import FeedServer, Reply

HUE = timezone(timedelta(hours=7))
BASE = "/open311/v2/"

SERVICES = [
    ("RAC", "Rác thải", "Rác thải sinh hoạt chưa được thu gom", "môi trường, rác", "Vệ sinh môi trường"),
    ("CAY", "Cây xanh", "Cây đổ, cành gãy, cây nguy hiểm", "cây, bão", "Công viên cây xanh"),
    ("NGAP", "Ngập úng", "Đường ngập nước sau mưa", "lụt, ngập", "Thoát nước"),
    ("DEN", "Đèn đường", "Đèn chiếu sáng công cộng hỏng", "đèn", "Chiếu sáng"),
    ("DUONG", "Hư hỏng mặt đường", "Ổ gà, sụt lún mặt đường", "đường, ổ gà", "Giao thông"),
]
STREETS = ["Lê Lợi", "Hùng Vương", "Trần Hưng Đạo", "Nguyễn Huệ", "Điện Biên Phủ", "Lý Thường Kiệt", "Đống Đa"]
WARDS = ["Phú Hội", "Vĩnh Ninh", "Thuận Hòa", "Tây Lộc", "Phú Nhuận", "An Cựu"]
DESCRIPTIONS = {
    "RAC": "Rác thải tồn đọng nhiều ngày trên đường {street}, bốc mùi.",
    "CAY": "Cây đổ chắn ngang đường {street} sau bão, cần xử lý gấp.",
    "NGAP": "Đường {street} ngập sâu khoảng 40 cm, xe máy chết máy.",
    "DEN": "Đèn đường trên {street} không sáng từ tối hôm qua.",
    "DUONG": "Ổ gà lớn giữa đường {street}, nguy hiểm cho người đi xe máy.",
}


def _generate(n_background: int = 1300, n_flood: int = 1200, seed: int = 4) -> list[dict]:
    rnd = random.Random(seed)
    year0 = datetime(2024, 1, 1, tzinfo=HUE)
    flood0 = datetime(2024, 10, 25, tzinfo=HUE)
    out = []
    for i in range(n_background + n_flood):
        if i < n_background:
            requested = year0 + timedelta(seconds=rnd.randrange(366 * 86400))
            code = rnd.choice(SERVICES)[0]
        else:
            requested = flood0 + timedelta(seconds=rnd.randrange(11 * 86400))
            code = rnd.choice(["NGAP", "NGAP", "CAY", "RAC"])
        closed = rnd.random() < 0.7
        updated = requested + timedelta(hours=rnd.randrange(1, 240))
        street = rnd.choice(STREETS)
        name = next(s[1] for s in SERVICES if s[0] == code)
        out.append({
            "service_request_id": 100000 + i,
            "status": "closed" if closed else "open",
            "status_notes": "Đã xử lý xong." if closed else None,
            "service_name": name,
            "service_code": code,
            "description": DESCRIPTIONS[code].format(street=street),
            "agency_responsible": "UBND phường " + rnd.choice(WARDS),
            "service_notice": None,
            "requested_datetime": requested,
            "updated_datetime": updated,
            "expected_datetime": requested + timedelta(days=3),
            "address": f"{rnd.randrange(1, 200)} {street}, Huế",
            "address_id": None,
            "zipcode": "530000",
            "lat": round(16.40 + rnd.random() * 0.12, 6),
            "long": round(107.52 + rnd.random() * 0.12, 6),
            "media_url": None,
        })
    return out


FEED = _generate()


def _parse_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    t = datetime.fromisoformat(text)
    if t.tzinfo is None:
        raise ValueError(text)
    return t


@dataclass
class FakeOpen311:
    """A GeoReport v2 server: /services.{json,xml} and /requests.{json,xml} over ``records``."""

    records: list[dict] = field(default_factory=lambda: [dict(r) for r in FEED])
    cap: int = 1000
    supports_page: bool = False
    ignores_page: bool = False
    ignores_dates: bool = False
    ids_as_text: bool = False

    def install(self, srv) -> str:
        for fmt in ("json", "xml"):
            srv.route(f"{BASE}requests.{fmt}", lambda req, fmt=fmt: self.requests(req, fmt))
            srv.route(f"{BASE}services.{fmt}", lambda req, fmt=fmt: self.services(req, fmt))
        return srv.url(BASE)

    def select(self, req) -> list[dict] | Reply:
        try:
            bounds = {k: _parse_time(req.arg(k)) for k in ("start_date", "end_date", "updated_after",
                                                          "updated_before")}
        except ValueError as exc:
            return Reply(400, [{"code": 400, "description": f"Ngày không hợp lệ / invalid date: {exc}"}])
        rows = self.records
        if not self.ignores_dates:
            if bounds["start_date"]:
                rows = [r for r in rows if r["requested_datetime"] >= bounds["start_date"]]
            if bounds["end_date"]:
                rows = [r for r in rows if r["requested_datetime"] <= bounds["end_date"]]
            if bounds["updated_after"]:
                rows = [r for r in rows if r["updated_datetime"] >= bounds["updated_after"]]
            if bounds["updated_before"]:
                rows = [r for r in rows if r["updated_datetime"] <= bounds["updated_before"]]
        if req.arg("status"):
            wanted = req.arg("status").split(",")
            rows = [r for r in rows if r["status"] in wanted]
        if req.arg("service_code"):
            wanted = req.arg("service_code").split(",")
            rows = [r for r in rows if r["service_code"] in wanted]
        rows = sorted(rows, key=lambda r: r["requested_datetime"], reverse=True)
        page = int(req.arg("page", "1"))
        if self.supports_page and not self.ignores_page:
            return rows[(page - 1) * self.cap: page * self.cap]
        return rows[: self.cap]

    def requests(self, req, fmt: str) -> Reply:
        rows = self.select(req)
        if isinstance(rows, Reply):
            return rows
        return render(rows, fmt, ids_as_text=self.ids_as_text)

    def services(self, req, fmt: str) -> Reply:
        items = [{"service_code": c, "service_name": n, "description": d, "metadata": c == "CAY",
                  "type": "realtime", "keywords": k, "group": g} for c, n, d, k, g in SERVICES]
        if fmt == "json":
            return Reply(body=items)
        root = ET.Element("services")
        for item in items:
            el = ET.SubElement(root, "service")
            for k, v in item.items():
                ET.SubElement(el, k).text = str(v).lower() if isinstance(v, bool) else str(v)
        return xml_reply(root)


def _jsonable(rec: dict, ids_as_text: bool) -> dict:
    out = {}
    for k, v in rec.items():
        if isinstance(v, datetime):
            v = v.isoformat()
        if k == "service_request_id" and ids_as_text:
            v = str(v)
        out[k] = v
    return out


def render(rows: list[dict], fmt: str, ids_as_text: bool = False) -> Reply:
    if fmt == "json":
        return Reply(body=[_jsonable(r, ids_as_text) for r in rows])
    root = ET.Element("service_requests")
    for r in rows:
        el = ET.SubElement(root, "request")
        for k, v in _jsonable(r, ids_as_text).items():
            child = ET.SubElement(el, k)
            if v is not None:
                child.text = str(v)
    return xml_reply(root)


def xml_reply(root: ET.Element, status: int = 200) -> Reply:
    body = b'<?xml version="1.0" encoding="utf-8"?>' + ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return Reply(status, body, {"Content-Type": "text/xml; charset=utf-8"})


def expected_ids(start: datetime, end: datetime, field_name: str = "requested_datetime", records=None) -> set[str]:
    return {str(r["service_request_id"]) for r in (records or FEED) if start <= r[field_name] <= end}


def request_calls(srv) -> list:
    return [c for c in srv.calls if "/requests." in c.path]


def file_state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture(scope="module")
def _one_server():
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def feed_server(_one_server):
    """One server for the module (stopping one takes up to half a second), emptied for each test."""
    _one_server.routes.clear()
    _one_server.calls.clear()
    return _one_server


# --------------------------------------------------------------------------------------
# services
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_services(feed_server, fmt):
    endpoint = FakeOpen311().install(feed_server)
    got = services(endpoint, jurisdiction_id="hue.gov.vn", fmt=fmt)
    assert [s.service_code for s in got] == ["RAC", "CAY", "NGAP", "DEN", "DUONG"]
    tree = got[1]
    assert tree.service_name == "Cây xanh" and tree.group == "Công viên cây xanh"
    assert tree.metadata is True and got[0].metadata is False
    assert tree.keywords == ("cây", "bão") and tree.type == "realtime"
    assert feed_server.calls[-1].path == f"{BASE}services.{fmt}"
    assert feed_server.calls[-1].arg("jurisdiction_id") == "hue.gov.vn"


# --------------------------------------------------------------------------------------
# requests
# --------------------------------------------------------------------------------------


def test_requests_json(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    start, end = datetime(2024, 3, 1, tzinfo=HUE), datetime(2024, 4, 1, tzinfo=HUE)
    result = fetch_requests(endpoint, start, end)
    df = result.frame
    assert set(df["service_request_id"]) == expected_ids(start, end)
    assert 50 < len(df) < 1000 and not result.truncated and result.calls == 1
    assert list(df.columns) == list(REQUEST_FIELDS)
    for name in REQUEST_DATETIME_FIELDS:
        assert str(df[name].dtype) == "datetime64[ms, UTC]", name
    assert df["lat"].dtype == "float64" and df["lat"].between(16.4, 16.52).all()
    by_id = df.set_index("service_request_id")
    for rec in FEED:
        rid = str(rec["service_request_id"])
        if rid in by_id.index:
            row = by_id.loc[rid]
            assert row["requested_datetime"] == pd.Timestamp(rec["requested_datetime"])
            assert row["description"] == rec["description"] and row["status"] == rec["status"]
            assert row["lat"] == rec["lat"] and row["address"] == rec["address"]
    assert set(df["status"]) == {"open", "closed"}
    call = request_calls(feed_server)[0]
    assert call.arg("start_date") == "2024-03-01T00:00:00+07:00"
    assert call.arg("end_date") == "2024-04-01T00:00:00+07:00"
    assert "Read " in result.notes[-1] and "2024-03-01 00:00 +07:00" in result.notes[-1]


def test_requests_xml_equals_json(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    start, end = datetime(2024, 6, 1, tzinfo=HUE), datetime(2024, 7, 15, tzinfo=HUE)
    as_json = fetch_requests(endpoint, start, end, fmt="json").frame
    as_xml = fetch_requests(endpoint, start, end, fmt="xml").frame
    assert request_calls(feed_server)[-1].path == f"{BASE}requests.xml"
    pd.testing.assert_frame_equal(as_xml, as_json)


def test_filters_are_sent_and_applied(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    start, end = datetime(2024, 1, 1, tzinfo=HUE), datetime(2024, 2, 1, tzinfo=HUE)
    df = fetch_requests(endpoint, start, end, service_code=["CAY", "NGAP"], status="open").frame
    call = request_calls(feed_server)[0]
    assert call.arg("service_code") == "CAY,NGAP" and call.arg("status") == "open"
    assert len(df) and set(df["service_code"]) <= {"CAY", "NGAP"} and set(df["status"]) == {"open"}


def test_120_days_are_split_into_90_day_windows(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    start, end = datetime(2024, 1, 1, tzinfo=HUE), datetime(2024, 4, 30, tzinfo=HUE)
    seen = []
    result = fetch_requests(endpoint, start, end, progress=lambda d, t: seen.append((d, t)))
    calls = request_calls(feed_server)
    assert [(c.arg("start_date"), c.arg("end_date")) for c in calls] == [
        ("2024-01-01T00:00:00+07:00", "2024-03-31T00:00:00+07:00"),
        ("2024-03-31T00:00:00+07:00", "2024-04-30T00:00:00+07:00"),
    ]
    assert set(result.frame["service_request_id"]) == expected_ids(start, end)
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_a_full_window_is_halved_until_complete(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    start, end = datetime(2024, 9, 1, tzinfo=HUE), datetime(2024, 11, 30, tzinfo=HUE)
    want = expected_ids(start, end)
    assert len(want) > 1000  # the flood burst: one call cannot hold it
    seen = []
    result = fetch_requests(endpoint, start, end, progress=lambda d, t: seen.append((d, t)))
    assert set(result.frame["service_request_id"]) == want
    assert len(result.frame) == len(want) and not result.truncated
    calls = request_calls(feed_server)
    assert len(calls) > 3
    spans = [_parse_time(c.arg("end_date")) - _parse_time(c.arg("start_date")) for c in calls]
    assert spans[0] == timedelta(days=90) and spans[1] == timedelta(days=45)  # the first full window was halved
    assert seen[-1][0] == seen[-1][1] == result.windows
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_page_parameter_when_windows_cannot_shrink(feed_server):
    fake = FakeOpen311(cap=50, supports_page=True)
    endpoint = fake.install(feed_server)
    start, end = datetime(2024, 1, 1, tzinfo=HUE), datetime(2024, 3, 1, tzinfo=HUE)
    want = expected_ids(start, end)
    assert len(want) > 100
    result = fetch_requests(endpoint, start, end, page_limit=50, min_window=timedelta(days=40))
    assert set(result.frame["service_request_id"]) == want and not result.truncated
    pages = [c.arg("page") for c in request_calls(feed_server)]
    assert pages[0] is None and pages[1:4] == ["2", "3", "4"]


def test_a_server_without_paging_gives_a_truncated_result(feed_server):
    fake = FakeOpen311(cap=50, supports_page=True, ignores_page=True)
    endpoint = fake.install(feed_server)
    start, end = datetime(2024, 1, 1, tzinfo=HUE), datetime(2024, 3, 1, tzinfo=HUE)
    result = fetch_requests(endpoint, start, end, page_limit=50, min_window=timedelta(days=40))
    assert result.truncated and len(result.frame) == 50
    assert len(request_calls(feed_server)) == 2  # page 2 repeated page 1: stop there
    assert any("may be missing" in w and "does not support the 'page' parameter" in w for w in result.warnings)


def test_dedup_and_lenient_fields(feed_server):
    rows = [
        {"service_request_id": 12, "status": "Open", "lat": "16.4637", "long": 107.5909,
         "requested_datetime": "2024-05-01T08:00:00+07:00", "updated_datetime": "2024-05-01T09:00:00+07:00",
         "service_code": 7, "zipcode": 530000},
        {"service_request_id": "12", "status": "Đã xử lý", "lat": "16,4637", "long": "107.5909",
         "requested_datetime": "2024-05-01T08:00:00+07:00", "updated_datetime": "2024-05-03T09:00:00+07:00",
         "ward_name": "Phú Hội", "x_hue_s_channel": "Hue-S", "attachments": [{"url": "a.jpg"}]},
        {"service_request_id": " 13 ", "status": "In Progress", "lat": "abc", "long": "107.6",
         "requested_datetime": "2024-05-02T08:00:00+07:00", "updated_datetime": "2024-05-02T08:00:00+07:00"},
        {"service_request_id": 14.0, "status": "CLOSED", "lat": 0, "long": 0,
         "requested_datetime": "2024-05-02T09:00:00+07:00", "updated_datetime": "2024-05-02T10:00:00+07:00"},
        {"service_request_id": 15, "status": "Chờ phê duyệt", "lat": 95.0, "long": 107.6,
         "requested_datetime": "2024-05-02T09:00:00+07:00"},
        {"token": "abc-123", "status": "open", "requested_datetime": "2024-05-02T11:00:00+07:00"},
    ]
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(body=rows))
    result = fetch_requests(feed_server.url(BASE), datetime(2024, 5, 1, tzinfo=HUE), datetime(2024, 5, 3, tzinfo=HUE))
    df = result.frame.set_index("service_request_id")
    assert list(df.index) == ["12", "13", "14", "15"]
    assert df.loc["12", "status"] == "closed" and df.loc["12", "status_detail"] == "Đã xử lý"  # the newer one
    assert df.loc["12", "updated_datetime"] == pd.Timestamp("2024-05-03T02:00:00Z")
    assert df.loc["12", "lat"] == pytest.approx(16.4637) and df.loc["12", "long"] == pytest.approx(107.5909)
    assert df.loc["13", "status"] == "open" and df.loc["13", "status_detail"] == "In Progress"
    assert pd.isna(df.loc["13", "lat"]) and pd.isna(df.loc["13", "long"])
    assert df.loc["14", "status"] == "closed" and pd.isna(df.loc["14", "lat"])
    assert df.loc["14", "closed_datetime"] == df.loc["14", "updated_datetime"]
    assert pd.isna(df.loc["15", "status"]) and df.loc["15", "status_detail"] == "Chờ phê duyệt"
    assert pd.isna(df.loc["15", "lat"])
    assert df.loc["12", "x_hue_s_channel"] == "Hue-S" and df.loc["12", "attachments"] == '[{"url": "a.jpg"}]'
    assert df.loc["12", "ward_name"] == "Phú Hội"
    assert result.frame["service_request_id"].dtype == "str"
    text = "\n".join(result.notes)
    assert "2 requests with a lat/long that is not a number or is out of range" in text  # 'abc' and 95
    assert "1 request placed at 0°, 0°" in text
    assert "'Chờ phê duyệt' 1" in text
    assert "1 request without a service_request_id" in text
    assert "1 request came back more than once" in text
    assert "x_hue_s_channel" in text


def test_time_zones(feed_server):
    rows = [
        {"service_request_id": "a", "requested_datetime": "2024-05-01T10:00:00+07:00"},
        {"service_request_id": "b", "requested_datetime": "2024-05-01T03:00:00Z"},
        {"service_request_id": "c", "requested_datetime": "2024-05-01T10:00:00"},
        {"service_request_id": "d", "requested_datetime": "2024-04-30T22:00:00-05:00"},
        {"service_request_id": "e", "requested_datetime": "2024-05-01 03:00:00.000+0000"},
        {"service_request_id": "f", "requested_datetime": "01/05/2024 10:00"},
    ]
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(body=rows))
    args = (feed_server.url(BASE), "2024-05-01T00:00:00+07:00", "2024-05-02T00:00:00+07:00")
    result = fetch_requests(*args)
    t = result.frame.set_index("service_request_id")["requested_datetime"]
    assert str(t.dtype) == "datetime64[ms, UTC]"
    assert (t[["a", "b", "c", "d", "e"]] == pd.Timestamp("2024-05-01T03:00:00Z")).all()
    assert pd.isna(t["f"])
    text = "\n".join(result.notes)
    assert "1 date-time had no time zone; read as Asia/Ho_Chi_Minh time (UTC+07:00)" in text
    assert "could not be read as an ISO 8601 date-time" in text and "'01/05/2024 10:00'" in text
    # the caller may say naive times are in another zone
    t_utc = fetch_requests(*args, tz="UTC").frame.set_index("service_request_id")["requested_datetime"]
    assert t_utc["c"] == pd.Timestamp("2024-05-01T10:00:00Z")


@pytest.mark.parametrize("status", [403, 200])
def test_spec_error_bodies_json(feed_server, status):
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(status, [
        {"code": 403, "description": "Khóa API không hợp lệ (invalid api_key)"}]))
    with pytest.raises(FeedError, match=r"invalid api_key\) \(code 403\)") as info:
        fetch_requests(feed_server.url(BASE), "2024-01-01", "2024-01-02", api_key="s3cret-key")
    assert "s3cret-key" not in str(info.value) and "api_key=***" in info.value.url
    assert feed_server.calls[0].arg("api_key") == "s3cret-key"


def test_spec_error_bodies_xml(feed_server):
    root = ET.Element("errors")
    for code, desc in ((400, "service_code CAYX không tồn tại"), (400, "end_date is before start_date")):
        e = ET.SubElement(root, "error")
        ET.SubElement(e, "code").text = str(code)
        ET.SubElement(e, "description").text = desc
    feed_server.route(f"{BASE}requests.xml", lambda req: xml_reply(root, 400))
    with pytest.raises(FeedError, match="HTTP 400.*CAYX không tồn tại \\(code 400\\); end_date is before"):
        fetch_requests(feed_server.url(BASE), "2024-01-01", "2024-01-02", fmt="xml")


@pytest.mark.parametrize(("fmt", "body", "ctype", "message"), [
    ("json", "<html><body>Đăng nhập</body></html>", "text/html", r"not valid JSON \(text/html, starting '<html>"),
    ("json", '[{"service_request_id": 1, "descr', "application/json", "not valid JSON"),
    ("json", '{"data": [], "count": 0}', "application/json", "not a list of service requests.*'data', 'count'"),
    ("json", "[1, 2, 3]", "application/json", "its items are not key/value objects"),
    ("xml", "<html><body><p>Bảo trì hệ thống</p></body></html>", "text/html", "root element is <html>"),
    ("xml", "<service_requests><request>", "text/xml", "not valid XML"),
    ("xml", ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
             "<service_requests><request><description>&b;</description></request></service_requests>"),
     "text/xml", "refused for safety"),
])
def test_garbage_answers(feed_server, fmt, body, ctype, message):
    feed_server.route(f"{BASE}requests.{fmt}", lambda req: Reply(200, body, {"Content-Type": ctype}))
    with pytest.raises(FeedError, match=message):
        fetch_requests(feed_server.url(BASE), "2024-01-01", "2024-01-02", fmt=fmt)


def test_a_server_ignoring_the_date_filter(feed_server):
    # a small answer: kept, with a warning
    fake = FakeOpen311(ignores_dates=True)
    fake.records = fake.records[:30]
    endpoint = fake.install(feed_server)
    result = fetch_requests(endpoint, "2024-12-30", "2024-12-31", date_filter="updated")
    call = request_calls(feed_server)[0]
    assert call.arg("updated_after") == "2024-12-30T00:00:00+07:00" and call.arg("start_date") is None
    assert len(result.frame) == 30
    assert any("may ignore updated_after/updated_before" in w for w in result.warnings)
    # a full answer: halving the window would fetch the same page forever, so stop at once
    fake.records = [dict(r) for r in FEED]
    feed_server.calls.clear()
    with pytest.raises(FeedError, match="seems to ignore updated_after/updated_before.*date_filter='requested'"):
        fetch_requests(endpoint, "2024-12-30", "2024-12-31", date_filter="updated")
    assert len(request_calls(feed_server)) == 1


def test_endpoint_forms(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    # a pasted resource URL and a query the endpoint carries are both understood
    fetch_requests(endpoint + "requests.json?jurisdiction_id=hue", "2024-01-01", "2024-01-02", fmt="xml")
    call = request_calls(feed_server)[0]
    assert call.path == f"{BASE}requests.xml" and call.arg("jurisdiction_id") == "hue"
    with pytest.raises(FeedError, match="http:// or https://"):
        fetch_requests("open311.hue.gov.vn/v2", "2024-01-01", "2024-01-02")


def test_cancel(feed_server):
    endpoint = FakeOpen311().install(feed_server)
    with pytest.raises(Cancelled):
        fetch_requests(endpoint, "2023-01-01", "2024-12-31", cancel=lambda: len(feed_server.calls) >= 1)
    assert len(feed_server.calls) <= 1


# --------------------------------------------------------------------------------------
# sync and the local copy
# --------------------------------------------------------------------------------------


def test_incremental_sync(feed_server, tmp_path):
    fake = FakeOpen311()
    endpoint = fake.install(feed_server)
    cache = tmp_path / "hue.gpkg"
    first = sync(endpoint, cache, since="2024-12-01T00:00:00+07:00", until="2025-01-01T00:00:00+07:00")
    assert first.added == len(first.frame) > 100 and first.updated == 0
    call = request_calls(feed_server)[0]
    assert call.arg("updated_after") == "2024-12-01T00:00:00+07:00"
    assert call.arg("updated_before") == "2025-01-01T00:00:00+07:00"
    cached, meta = read_cache(cache)
    pd.testing.assert_frame_equal(cached, first.frame)
    assert meta["endpoint"] == endpoint and meta["requests"] == len(first.frame)
    newest = first.frame["updated_datetime"].max()
    assert pd.Timestamp(meta["newest_updated"]) == newest

    # the city closes five of the cached requests and receives three new ones
    changed = list(first.frame["service_request_id"][:5])
    later = datetime(2025, 1, 2, 9, 30, tzinfo=HUE)
    for rec in fake.records:
        if str(rec["service_request_id"]) in changed:
            rec.update(status="closed", updated_datetime=later, status_notes="Đã dọn xong.")
    for i in range(3):
        fake.records.append({**FEED[0], "service_request_id": 900000 + i, "status": "open",
                             "requested_datetime": later, "updated_datetime": later + timedelta(minutes=i),
                             "description": f"Phản ánh mới số {i}"})
    feed_server.calls.clear()
    until = datetime(2025, 1, 3, tzinfo=HUE)
    second = sync(endpoint, cache, until=until)
    call = request_calls(feed_server)[0]
    assert len(request_calls(feed_server)) == 1
    assert pd.Timestamp(call.arg("updated_after")) == newest  # only what changed since the newest cached update
    assert call.arg("updated_after").endswith("+07:00")
    # what changed since: the 5 closed, the 3 new, and the requests first updated after the first sync's end
    since = newest.to_pydatetime()
    fetched = expected_ids(since, until, "updated_datetime", fake.records)
    assert second.fetched == len(fetched)
    assert second.added == len(fetched - set(first.frame["service_request_id"])) >= 3
    assert second.updated == 5
    df = second.frame.set_index("service_request_id")
    assert len(df) == len(first.frame) + second.added and df.index.is_unique
    assert (df.loc[changed, "status"] == "closed").all()
    assert (df.loc[changed, "status_notes"] == "Đã dọn xong.").all()
    assert df.loc["900002", "description"] == "Phản ánh mới số 2"
    again, _ = read_cache(cache)
    pd.testing.assert_frame_equal(again, second.frame)
    assert f"{second.added} new and 5 updated" in second.notes[-1]


def test_sync_with_the_spec_date_filter(feed_server, tmp_path):
    endpoint = FakeOpen311().install(feed_server)
    result = sync(endpoint, tmp_path / "c.gpkg", since="2024-12-20", until="2024-12-31", date_filter="requested")
    call = request_calls(feed_server)[0]
    assert call.arg("start_date") == "2024-12-20T00:00:00+07:00" and call.arg("updated_after") is None
    want = expected_ids(datetime(2024, 12, 20, tzinfo=HUE), datetime(2024, 12, 31, tzinfo=HUE))
    assert set(result.frame["service_request_id"]) == want


@pytest.fixture
def synced(feed_server, tmp_path):
    """A local copy made by a good sync; returns (endpoint, cache path, its bytes and mtime)."""
    endpoint = FakeOpen311().install(feed_server)
    cache = tmp_path / "cache" / "hue.gpkg"
    sync(endpoint, cache, since="2024-12-01", until="2024-12-31")
    os.utime(cache, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    feed_server.calls.clear()
    return endpoint, cache, file_state(cache)


def _assert_untouched(cache: Path, state) -> None:
    assert file_state(cache) == state
    assert sorted(p.name for p in cache.parent.iterdir()) == [cache.name]  # no temp files left


def test_a_server_that_never_stops_paging_leaves_the_cache_intact(feed_server, synced):
    endpoint, cache, state = synced
    counter = iter(range(10**9))

    def always_full(req):  # a fresh full page on every call, whatever the window
        return Reply(body=[{"service_request_id": next(counter), "requested_datetime": req.arg("updated_after")}
                           for _ in range(100)])

    feed_server.route(f"{BASE}requests.json", always_full)
    with pytest.raises(FeedError) as info:
        sync(endpoint, cache, until="2025-03-01", page_limit=100, max_pages=12)
    msg = str(info.value)
    assert "stopped after 12 calls" in msg and "keeps returning its limit of 100" in msg
    assert "local copy" in msg and "was kept unchanged" in msg
    assert len(request_calls(feed_server)) == 12
    _assert_untouched(cache, state)


def test_a_timeout_leaves_the_cache_intact(feed_server, synced):
    endpoint, cache, state = synced
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(body=[], delay=1.0))
    with pytest.raises(FeedError, match=r"did not answer within 0.2 s\. The local copy \(\d+ requests, last synced"):
        sync(endpoint, cache, until="2025-01-15", timeout=0.2, retries=0)
    _assert_untouched(cache, state)


def test_garbage_and_errors_leave_the_cache_intact(feed_server, synced):
    endpoint, cache, state = synced
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(200, "<html>Bảo trì</html>",
                                                                 {"Content-Type": "text/html"}))
    with pytest.raises(FeedError, match="not valid JSON.*was kept unchanged"):
        sync(endpoint, cache, until="2025-01-15")
    feed_server.route(f"{BASE}requests.json", lambda req: Reply(500, [{"code": 500, "description": "Lỗi máy chủ"}]))
    with pytest.raises(FeedError, match=r"HTTP 500\): Lỗi máy chủ \(code 500\)\. The local copy"):
        sync(endpoint, cache, until="2025-01-15")
    _assert_untouched(cache, state)


def test_cancel_during_sync_leaves_the_cache_intact(feed_server, synced):
    endpoint, cache, state = synced
    with pytest.raises(Cancelled):
        sync(endpoint, cache, until="2025-12-31", cancel=lambda: len(feed_server.calls) >= 1)
    _assert_untouched(cache, state)


def test_sync_refuses_a_damaged_or_foreign_cache(feed_server, tmp_path, synced):
    endpoint, cache, state = synced
    with pytest.raises(ReadError, match="holds requests from http://127.0.0.1:.*, not from http://example.org/open311/v2/"):
        sync("http://example.org/open311/v2/", cache)
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(state[0][: len(state[0]) // 3])
    with pytest.raises(ReadError, match="damaged or incomplete|not a gisdesk feed cache"):
        sync(endpoint, damaged, until="2025-01-02")
    assert request_calls(feed_server) == []
    # rebuild replaces it by a fresh download
    fresh = sync(endpoint, damaged, since="2024-12-30", until="2025-01-02", rebuild=True)
    assert len(fresh.frame) and read_cache(damaged)[0].shape == fresh.frame.shape
    _assert_untouched(cache, state)


def test_merge_keeps_the_newest_version():
    def frame(rows):
        from gisdesk.io.feeds.open311 import normalise_requests
        return normalise_requests(rows)

    old = frame([{"service_request_id": 1, "status": "open", "updated_datetime": "2024-01-02T00:00:00Z"},
                 {"service_request_id": 2, "status": "open", "updated_datetime": "2024-01-05T00:00:00Z"}])
    new = frame([{"service_request_id": "1", "status": "closed", "updated_datetime": "2024-01-03T00:00:00Z"},
                 {"service_request_id": "2", "status": "closed", "updated_datetime": "2024-01-04T00:00:00Z"},
                 {"service_request_id": "3", "status": "open", "updated_datetime": "2024-01-04T00:00:00Z"}])
    merged, added, updated = merge_requests(old, new)
    got = merged.set_index("service_request_id")["status"].to_dict()
    assert got == {"1": "closed", "2": "open", "3": "open"}  # 2's cached version is newer than the fetched one
    assert (added, updated) == (1, 1)
