"""The feeds', the database's and the project file's messages in Vietnamese (``vietnamese_model``): real bad input
(a feed server on 127.0.0.1 that sends garbage or stalls, a broken project file, a database that is not there)
gives the Vietnamese sentence, with numbers written 1.234."""

from __future__ import annotations

import socket
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from gisdesk.core.errors import ProjectError, ReadError
from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.db import connections as dbc
from gisdesk.db.errors import DatabaseError, Kind
from gisdesk.db.publish import publish_layer
from gisdesk.io.feeds import open311, sensorthings
from gisdesk.io.feeds.cache import read_cache
from gisdesk.io.feeds.http import FeedError
from tests.io.feeds.server import FeedServer, Reply

ROOT = Path(__file__).resolve().parents[2]
MY_FILES = [*sorted((ROOT / "gisdesk/io/feeds").glob("*.py")),
            *(p for p in sorted((ROOT / "gisdesk/db").glob("*.py")) if p.name != "testserver.py"),
            *(ROOT / "gisdesk/core" / n for n in ("project.py", "registry.py", "timewindow.py", "crs.py", "workers.py",
                                                  "sample.py")),
            ROOT / "gisdesk/settings.py"]


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


def test_every_message_of_these_files_has_vietnamese():
    from gisdesk.i18n import translate_vi
    from gisdesk.i18n.model_vi import _merge

    assert translate_vi.untranslated_messages(MY_FILES) == []
    table = _merge()
    mine = {str(p.relative_to(ROOT)) for p in MY_FILES}
    texts = [t for t, where in translate_vi.model_texts().items() if any(w.split(":")[0] in mine for w in where)]
    assert len(texts) > 250
    assert [t for t in texts if t not in table] == []


def test_a_feed_that_sends_an_html_page_says_so_in_vietnamese(server, vietnamese_model):
    server.route("/open311/v2/requests.json",
                 lambda req: Reply(body="<html><body>Bảo trì hệ thống</body></html>",
                                   headers={"Content-Type": "text/html; charset=utf-8"}))
    with pytest.raises(FeedError) as info:
        open311.fetch_requests(server.url("/open311/v2/"), "2025-03-01T00:00:00+07:00", "2025-03-02T00:00:00+07:00",
                               retries=0)
    assert info.value.problem == ("máy chủ gửi về dữ liệu không phải JSON hợp lệ (text/html, bắt đầu bằng "
                                  "'<html><body>Bảo trì hệ thống</body></html>')")


def test_a_feed_that_does_not_answer_in_time(server, vietnamese_model):
    server.route("/v1.1/Things", lambda req: Reply(body={"value": []}, delay=1.0))
    with pytest.raises(FeedError) as info:
        sensorthings.fetch_things(server.url("/v1.1"), timeout=0.2, retries=0)
    assert info.value.problem == "máy chủ không phản hồi trong vòng 0,2 giây"


def test_open311_report_lines_in_vietnamese_with_vietnamese_numbers(vietnamese_model):
    records = [{"service_request_id": None, "status": "open"}] * 1234 + [
        {"service_request_id": "7", "status": "Đã xử lý xong", "lat": "không rõ", "long": "107.59"}]
    report = open311.LayerReport(name="service requests")
    frame = open311.normalise_requests(records, report=report)
    assert len(frame) == 1
    texts = [m.text for m in report.messages]
    assert ("Đã bỏ qua 1.234 phản ánh không có service_request_id (máy chủ gửi các phản ánh này khi chúng còn "
            "đang được tiếp nhận).") in texts
    assert ("1 phản ánh có lat/long không phải số hoặc nằm ngoài phạm vi hợp lệ (ví dụ 'không rõ', '107.59') được "
            "giữ lại nhưng không có vị trí.") in texts
    assert ("1 trạng thái ghi theo cách riêng của máy chủ ('Đã xử lý xong') đã được hiểu là đang mở hoặc đã đóng; "
            "cách ghi gốc được giữ trong status_detail.") in texts


def test_a_missing_local_copy_of_a_feed(tmp_path, vietnamese_model):
    with pytest.raises(ReadError) as info:
        read_cache(tmp_path / "feed.gpkg")
    assert info.value.problem == ("chưa có bản sao cục bộ (nguồn cấp dữ liệu chưa được đồng bộ lần nào, hoặc bản "
                                  "sao đã bị xóa).")


def test_a_broken_project_file(tmp_path, vietnamese_model):
    path = tmp_path / "dự án.gisdesk"
    path.write_text('{"format": "gisdesk-project",' + "\n" * 1233 + '"version": 1 "name": "x"}', encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    assert str(info.value).startswith(f"{path}: tệp dự án không hợp lệ (lỗi JSON ở dòng 1.234: ")
    path.write_text('{"format": "gisdesk-project", "version": 9, "layers": []}', encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    assert str(info.value) == (f"{path}: dự án được lưu bởi phiên bản gisdesk mới hơn (phiên bản tệp 9, phiên bản "
                               "này chỉ đọc được đến 1); hãy cập nhật gisdesk để mở")


def test_a_time_window_that_ends_before_it_starts(vietnamese_model):
    with pytest.raises(ValueError, match="^khoảng thời gian phải kết thúc sau thời điểm bắt đầu$"):
        TimeWindow.of("2025-03-02T00:00+07:00", "2025-03-01T00:00+07:00")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_database_that_is_not_there(vietnamese_model):
    conn = dbc.Connection(name="Sở TNMT", host="127.0.0.1", port=_free_port(), database="hue", user="gis",
                          connect_timeout=2)
    with pytest.raises(DatabaseError) as info:
        dbc.connect(conn, "mật khẩu")
    assert info.value.kind == Kind.UNREACHABLE
    assert info.value.problem == (
        "Kết nối không thành công: không có máy chủ cơ sở dữ liệu nào chạy ở địa chỉ đó (kết nối bị từ chối). Hãy "
        "kiểm tra máy chủ, cổng và xem máy chủ đã bật chưa.")
    with pytest.raises(ValueError, match="^cổng phải nằm trong khoảng 1 đến 65535, không phải 70000$"):
        dbc.Connection(name="Sở TNMT", host="127.0.0.1", port=70000)


def test_a_table_name_postgresql_cannot_hold(vietnamese_model):
    gdf = gpd.GeoDataFrame({"ten": ["Phú Hội"]}, geometry=[shapely.Point(107.59, 16.46)], crs="EPSG:4326")
    with pytest.raises(DatabaseError) as info:
        publish_layer(None, gdf, "public", "phường" * 200)  # checked before anything is sent
    assert info.value.kind == Kind.BAD_INPUT
    assert str(info.value) == (f'cơ sở dữ liệu: tên bảng "{"phường" * 200}" dài hơn mức PostgreSQL cho phép (63 byte '
                               "theo UTF-8; tên này có 1.800 byte). Hãy chọn tên ngắn hơn.")


def test_english_without_the_tables(server):
    server.route("/open311/v2/requests.json", lambda req: Reply(body="oops", headers={"Content-Type": "text/plain"}))
    with pytest.raises(FeedError) as info:
        open311.fetch_requests(server.url("/open311/v2/"), "2025-03-01T00:00:00+07:00", "2025-03-02T00:00:00+07:00",
                               retries=0)
    assert info.value.problem == "the server sent something that is not valid JSON (text/plain, starting 'oops')"


def test_time_window_label_follows_the_language(vietnamese_model):
    """The time slider and the analysis summaries show the window as the UI language writes dates."""

    from gisdesk.core.timewindow import TimeWindow

    w = TimeWindow.of("2025-06-01T00:00+07:00", "2025-06-08T00:00+07:00")
    assert w.label() == "01/06/2025 00:00 – 08/06/2025 00:00"
    assert w.label(time_format="%Y-%m-%d") == "2025-06-01 – 2025-06-08"
