"""The CRS dialog: search by EPSG code and name, Huế's CRSs first."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gisdesk.widgets.crs_dialog import HUE_COMMON, CrsDialog, CrsListModel, crs_catalogue, search_crs


def test_catalogue_lists_hue_crss_first():
    entries = crs_catalogue()
    assert [e.code for e in entries[: len(HUE_COMMON)]] == list(HUE_COMMON)
    common = [e for e in entries if e.common]
    assert all("VN-2000" in e.name or e.code in HUE_COMMON for e in common)
    assert entries.index(common[-1]) == len(common) - 1  # all common ones before the rest
    assert len({e.code for e in entries}) == len(entries) > 5000
    assert {e.kind for e in entries} == {"projected", "geographic"}


def test_search_by_code_and_by_name():
    assert search_crs("9214")[0].code == "EPSG:9214"
    assert search_crs("EPSG:9214")[0].code == "EPSG:9214"
    vn = search_crs("VN-2000")
    assert vn[0].code == "EPSG:9214" and all("VN-2000" in e.name for e in vn)
    assert len(vn) >= 20
    assert [e.code for e in search_crs("vn-2000 107-00")] == ["EPSG:9214"]  # every word must match
    assert "EPSG:3857" in [e.code for e in search_crs("pseudo-mercator")]
    assert search_crs("no such crs at all") == []


def test_model_groups(qtmodeltester):
    model = CrsListModel()
    model.set_filter("mercator")
    qtmodeltester.check(model)
    common = model.index(0, 0)
    assert "Huế" in model.data(common)
    assert model.entry(model.index(0, 0, common)).code == "EPSG:3857"
    assert model.rowCount(model.index(1, 0)) > 10


def test_dialog_finds_9214_by_code(qtbot):
    dialog = CrsDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.search.setText("9214")
    assert dialog.select("EPSG:9214")
    assert dialog.selected_crs() == "EPSG:9214" and ok.isEnabled()
    assert "VN-2000 / TM-3 107-00" in dialog.details.text()


def test_dialog_finds_9214_by_name_and_keeps_the_choice(qtbot):
    dialog = CrsDialog()
    qtbot.addWidget(dialog)
    dialog.search.setText("VN-2000")
    first = dialog.model.index(0, 0, dialog.model.index(0, 0))
    assert dialog.model.data(first) == "VN-2000 / TM-3 107-00"
    dialog.view.setCurrentIndex(first)
    assert dialog.selected_crs() == "EPSG:9214"
    dialog.search.setText("VN-2000 TM-3")  # still matches: still chosen
    assert dialog.selected_crs() == "EPSG:9214"
    dialog.search.setText("vn-2000 107-00")  # a single match is chosen by itself
    assert dialog.selected_crs() == "EPSG:9214"
    dialog.search.setText("wgs 84 / utm zone 48n")
    assert dialog.selected_crs() == "EPSG:32648"


def test_dialog_starts_on_the_current_crs_and_returns_it(qtbot):
    dialog = CrsDialog(current="EPSG:4326")
    qtbot.addWidget(dialog)
    assert dialog.selected_crs() == "EPSG:4326"
    QTimer.singleShot(0, dialog.accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.selected_crs() == "EPSG:4326"


def test_get_crs_cancelled_returns_none(qtbot, monkeypatch):
    monkeypatch.setattr(CrsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert CrsDialog.get_crs(None, "EPSG:9214") is None
    monkeypatch.setattr(CrsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert CrsDialog.get_crs(None, "EPSG:9214") == "EPSG:9214"
