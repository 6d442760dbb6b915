"""The import dialog for citizen requests: detected mapping, edits, live preview, statuses, deadlines, errors."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from gisdesk.io.service_requests import ColumnMapping
from gisdesk.layers.service_requests import ServiceRequestLayer
from gisdesk.widgets.request_import import FIELD_ROWS, RequestImportDialog

SCRIPT = "<b>bold</b> <script>x</script>"
VN_CSV = (
    "Mã phản ánh,Lĩnh vực,Trạng thái,Thời gian gửi,Vĩ độ,Kinh độ,Nội dung,Phường\n"
    f'PA-001,Môi trường,Đang xử lý,05/03/2024 08:30,16.4637,107.5909,"{SCRIPT}",Phú Hội\n'
    "PA-002,Giao thông,Đã xử lý,06/03/2024 09:15,16.4700,107.5800,Ổ gà trên đường Lê Lợi,Vỹ Dạ\n"
    "PA-003,Môi trường,Chờ phân loại,13/03/2024 14:00,,,Rác thải chưa thu gom,Kim Long\n"
    "PA-004,Đô thị,Đang xử lý,20/03/2024 07:45,16.4550,107.6000,Đèn đường hỏng,An Cựu\n"
    "PA-005,Giao thông,Đã xử lý,21/03/2024 16:20,16.4600,107.5950,Cây đổ,Phú Hội\n"
)
NYC = "city_services/nyc311_2018_1000rows/311_Service_Requests.csv"


@pytest.fixture
def vn_csv(tmp_path):
    path = tmp_path / "phan_anh_thang_3.csv"
    path.write_text(VN_CSV, encoding="utf-8")
    return path


def settle(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=15000)


def open_dialog(qtbot, path, **kw):
    dlg = RequestImportDialog(path, **kw)
    qtbot.addWidget(dlg)
    dlg.show()  # never exec(): a modal loop would block the test
    settle(qtbot, dlg)
    return dlg


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def preview_column(dlg, field):
    p = dlg.preview()
    col = p.columns.index(field)
    return [dlg.preview_model.item(r, col).text() for r in range(dlg.preview_model.rowCount())]


def report_texts(dlg):
    return [dlg.report_list.item(i).text() for i in range(dlg.report_list.count())]


def test_detected_columns_are_preselected(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    assert dlg.error_text() == ""
    assert dlg.notes().layout == "vietnamese"
    expected = {"service_request_id": "Mã phản ánh", "service_name": "Lĩnh vực", "status": "Trạng thái",
                "requested_datetime": "Thời gian gửi", "description": "Nội dung", "ward_name": "Phường",
                "lat": "Vĩ độ", "long": "Kinh độ"}
    for f, col in expected.items():
        assert dlg.field_combo(f).currentData() == col, f
    assert dlg.field_combo("agency_responsible").currentData() is None
    assert dlg.field_combo("agency_responsible").currentText() == "— none —"
    # the table lists every field but lat/long (they are in the position section), with example and reason
    assert [dlg.field_table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(len(FIELD_ROWS))] == \
        list(FIELD_ROWS)
    row = FIELD_ROWS.index("service_request_id")
    assert dlg.field_table.item(row, 2).text() == "PA-001"
    assert "Mã phản ánh" in dlg.field_table.item(row, 3).text()
    assert dlg.tz_combo.currentText() == "Asia/Ho_Chi_Minh" and dlg.tz_combo.itemText(0) == "Asia/Ho_Chi_Minh"
    m = dlg.mapping()
    assert m.fields["service_request_id"] == "Mã phản ánh" and m.tz == "Asia/Ho_Chi_Minh"
    assert dlg.ok_button.isEnabled()
    p = dlg.preview()
    assert (p.total, p.located) == (5, 4)
    assert preview_column(dlg, "service_request_id") == ["PA-001", "PA-002", "PA-003", "PA-004", "PA-005"]
    # times shown in the city's zone, offset written out
    assert preview_column(dlg, "requested_datetime")[0] == "2024-03-05 08:30:00+07:00"
    assert any("1 of 5 requests have no usable location" in t for t in report_texts(dlg))
    # problems first
    levels = [dlg.report_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.report_list.count())]
    assert levels[0] == "warning" and levels == sorted(levels, key=lambda v: v != "warning")


def test_changing_a_combo_changes_the_mapping_and_the_preview(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    choose(dlg.field_combo("description"), None)
    choose(dlg.field_combo("address"), "Nội dung")
    assert dlg.is_busy()  # a preview is scheduled (debounced)
    settle(qtbot, dlg)
    m = dlg.mapping()
    assert m.fields["description"] is None and m.fields["address"] == "Nội dung"
    assert "description" not in dlg.preview().columns
    assert preview_column(dlg, "address")[1] == "Ổ gà trên đường Lê Lợi"
    assert dlg.field_table.item(FIELD_ROWS.index("address"), 3).text() == "chosen by you"
    # no id column: the preview and the report follow
    choose(dlg.field_combo("service_request_id"), None)
    settle(qtbot, dlg)
    assert any("There is no id column" in t for t in report_texts(dlg))


def test_citizen_text_is_shown_as_literal_text(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    assert preview_column(dlg, "description")[0] == SCRIPT
    row = FIELD_ROWS.index("description")
    assert dlg.field_table.item(row, 2).text() == SCRIPT  # the example value too
    # no label of the dialog interprets markup
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in dlg.findChildren(QLabel))


def test_status_map_edits_apply(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    assert any("'Chờ phân loại' (1)" in t for t in report_texts(dlg))  # unknown status reported
    assert dlg.status_table.rowCount() == 3
    combo = dlg.status_combo("Chờ phân loại")
    assert combo.currentData() is None  # not recognised: counts as open until chosen
    assert dlg.status_combo("Đã xử lý").currentData() == "closed"
    assert dlg.status_combo("Đang xử lý").currentData() == "open"
    choose(combo, "closed")
    settle(qtbot, dlg)
    assert dlg.mapping().status_map == {"Chờ phân loại": "closed"}
    assert not any("not known as open or closed" in t for t in report_texts(dlg))
    assert preview_column(dlg, "status") == ["open", "closed", "closed", "open", "closed"]
    # a known status switched to its default leaves the map alone; switched away, it is recorded
    choose(dlg.status_combo("Đang xử lý"), "closed")
    assert dlg.mapping().status_map == {"Chờ phân loại": "closed", "Đang xử lý": "closed"}
    choose(dlg.status_combo("Đang xử lý"), "open")
    assert dlg.mapping().status_map == {"Chờ phân loại": "closed"}
    settle(qtbot, dlg)


def test_result_layer_has_the_rows_states_and_deadlines(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    choose(dlg.status_combo("Chờ phân loại"), "closed")
    settle(qtbot, dlg)
    assert dlg.deadline_table.rowCount() == 3  # Môi trường, Giao thông, Đô thị
    dlg.deadline_spin("Môi trường").setValue(24)
    assert dlg.deadlines() == {"Môi trường": 24.0}
    settle(qtbot, dlg)
    assert preview_column(dlg, "state") == ["overdue", "closed", "closed", "open", "closed"]
    with qtbot.waitSignal(dlg.layer_ready, timeout=15000) as signal:
        dlg.accept()
    layer = signal.args[0]
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.result_layer() is layer
    assert isinstance(layer, ServiceRequestLayer)
    table = layer.attributes
    assert table["service_request_id"].tolist() == ["PA-001", "PA-002", "PA-003", "PA-004", "PA-005"]
    assert table["state"].tolist() == ["overdue", "closed", "closed", "open", "closed"]
    assert table["status_detail"].iloc[2] == "Chờ phân loại"
    assert table["description"].iloc[0] == SCRIPT
    assert table["requested_datetime"].iloc[0] == pd.Timestamp("2024-03-05 01:30", tz="UTC")
    assert layer.deadlines == {"Môi trường": 24.0}
    assert layer.mapping == dlg.mapping().to_dict()  # saved in the project with the layer
    assert layer.mapping["status_map"] == {"Chờ phân loại": "closed"}


def test_a_saved_mapping_is_used_instead_of_detection(qtbot, vn_csv):
    saved = ColumnMapping(fields={"service_request_id": "Mã phản ánh", "lat": "Vĩ độ", "long": "Kinh độ",
                                  "service_name": "Gone column"}, dayfirst=True, status_map={"Chờ phân loại": "open"})
    dlg = open_dialog(qtbot, vn_csv, mapping=saved, deadlines={"Giao thông": 48})
    assert dlg.notes() is None
    assert dlg.field_combo("description").currentData() is None
    assert dlg.field_combo("service_name").currentText() == "Gone column (not in this file)"
    assert dlg.dayfirst_combo.currentData() is True
    assert dlg.mapping().to_dict() == saved.to_dict()
    assert dlg.deadlines() == {"Giao thông": 48.0}
    assert any("'Gone column'" in t for t in report_texts(dlg))  # the reader says the column is missing


def test_bad_zone_or_crs_is_explained_and_blocks_import(qtbot, vn_csv):
    dlg = open_dialog(qtbot, vn_csv)
    dlg.tz_combo.setEditText("Hue/Nowhere")
    settle(qtbot, dlg)
    assert not dlg.mapping_error.isHidden() and "Hue/Nowhere" in dlg.mapping_error.text()
    assert not dlg.ok_button.isEnabled()
    with pytest.raises(ValueError, match="not a time zone"):
        dlg.mapping()
    dlg.tz_combo.setEditText("UTC")
    dlg.crs_edit.setText("99999")
    dlg.crs_edit.textEdited.emit("99999")
    settle(qtbot, dlg)
    assert "99999" in dlg.mapping_error.text() and not dlg.ok_button.isEnabled()
    dlg.crs_edit.setText("9214")
    dlg.crs_edit.textEdited.emit("9214")
    settle(qtbot, dlg)
    assert dlg.mapping_error.isHidden() and dlg.ok_button.isEnabled()
    assert dlg.mapping().xy_crs == "EPSG:9214" and dlg.mapping().tz == "UTC"


def test_a_bad_file_shows_its_error_in_the_dialog(qtbot, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('[{"id": 1, "status": "open"', encoding="utf-8")
    dlg = open_dialog(qtbot, bad)
    assert "broken.json" in dlg.error_text() and "not valid JSON" in dlg.error_text()
    assert not dlg.ok_button.isEnabled() and not dlg.tabs.isEnabled()
    assert dlg.preview() is None
    dlg.accept()  # nothing to import: the dialog stays
    assert dlg.isVisible()
    dlg.reject()
    missing = open_dialog(qtbot, tmp_path / "nowhere.csv")
    assert "does not exist" in missing.error_text()


def test_cancel_while_reading_ignores_the_late_result(qtbot, vn_csv):
    dlg = RequestImportDialog(vn_csv)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.is_busy()
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg._jobs, timeout=15000)  # the read finished and was dropped
    qtbot.wait(50)
    assert dlg.preview() is None and not dlg.is_busy() and not dlg.tabs.isEnabled()


def test_workbook_sheets_can_be_chosen(qtbot, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tháng 3"
    for line in VN_CSV.replace(f'"{SCRIPT}"', "x").splitlines():
        ws.append(line.split(","))
    ws2 = wb.create_sheet("Tháng 4")
    ws2.append(["Mã phản ánh", "Trạng thái", "Ngày tạo"])
    ws2.append(["PA-101", "Mới", "02/04/2024 10:00"])
    ws2.append(["PA-102", "Hoàn thành", "03/04/2024 11:00"])
    path = tmp_path / "phan_anh.xlsx"
    wb.save(path)
    dlg = open_dialog(qtbot, path)
    assert dlg.part_combo.isVisibleTo(dlg) and dlg.part_combo.count() == 3
    assert dlg.preview().total == 5
    dlg.part_combo.setCurrentIndex(dlg.part_combo.findData("Tháng 4"))
    dlg.part_combo.activated.emit(dlg.part_combo.currentIndex())
    settle(qtbot, dlg)
    assert dlg.part() == "Tháng 4" and dlg.preview().total == 2
    assert dlg.field_combo("requested_datetime").currentData() == "Ngày tạo"
    layer = dlg.result_layer()
    assert layer.attributes["service_request_id"].tolist() == ["PA-101", "PA-102"]
    assert layer.attributes["status"].tolist() == ["open", "closed"]


def test_nyc_export_with_new_york_time(qtbot, shared_data):
    dlg = open_dialog(qtbot, shared_data / NYC)
    assert dlg.notes().layout == "nyc311"
    for f, col in {"service_request_id": "Unique Key", "requested_datetime": "Created Date",
                   "closed_datetime": "Closed Date", "service_name": "Complaint Type", "status": "Status",
                   "lat": "Latitude", "long": "Longitude"}.items():
        assert dlg.field_combo(f).currentData() == col, f
    assert dlg.location_combo.currentData() == "Location"
    assert dlg.x_combo.currentData() == "X Coordinate (State Plane)"
    assert dlg.dayfirst_combo.currentData() is False  # US month/day/year
    assert (dlg.preview().total, dlg.preview().located) == (1000, 893)
    assert any("read as Asia/Ho_Chi_Minh time" in t and "73.94°W" in t for t in report_texts(dlg))
    assert {v for v, _ in dlg.preview().statuses} == {"Closed", "Pending", "Open", "In Progress", "Assigned",
                                                       "Email Sent"}
    assert len(dlg.preview().categories) == 101

    dlg.tz_combo.setCurrentText("America/New_York")
    settle(qtbot, dlg)
    assert dlg.mapping().tz == "America/New_York"
    assert not any("73.94°W" in t for t in report_texts(dlg))
    # 06/26/2018 10:58:54 AM in New York (EDT, UTC-4) is 14:58:54 UTC, shown as 21:58:54 in Huế
    assert preview_column(dlg, "requested_datetime")[0] == "2018-06-26 21:58:54+07:00"
    layer = dlg.result_layer()
    assert len(layer.attributes) == 1000
    assert layer.attributes["requested_datetime"].iloc[0] == pd.Timestamp("2018-06-26 14:58:54", tz="UTC")
    assert layer.mapping["tz"] == "America/New_York"
