"""The export dialog: defaults (personal columns left out and named), the scope choices, an export written in
the background, a failure shown in the dialog."""

from __future__ import annotations

import pyogrio
import pytest

from gisdesk.core.project import Project
from tests.export.test_data import WINDOW, filtered_layer, point_layer

pytestmark = pytest.mark.usefixtures("qapp")


def make_dialog(qtbot, layer, project=None, **kw):
    from gisdesk.widgets.export_dialog import ExportDialog

    dialog = ExportDialog(layer, project if project is not None else Project(), **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_defaults(qtbot, tmp_path):
    dialog = make_dialog(qtbot, point_layer(), path=str(tmp_path / "out.gpkg"))
    assert dialog.keep_personal.isVisibleTo(dialog) and dialog.keep_personal.isEnabled()
    assert not dialog.keep_personal.isChecked()
    assert "reporter_name, reporter_phone" in dialog.keep_personal.text()
    assert "reporter_name, reporter_phone" in dialog.personal_label.text()
    assert dialog.scope() == "shown"
    assert not dialog.scope_selection.isEnabled()  # nothing selected
    assert dialog.target_crs() is None
    assert dialog.options()["keep_personal"] is False


def test_format_follows_the_file_name_and_back(qtbot, tmp_path):
    dialog = make_dialog(qtbot, point_layer(), path=str(tmp_path / "out.gpkg"))
    dialog.path_edit.setText(str(tmp_path / "out.shp"))
    assert dialog.format_combo.currentData() == ".shp"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".xlsx"))
    assert dialog.path_edit.text() == str(tmp_path / "out.xlsx")
    assert not dialog.exists_label.isVisibleTo(dialog)
    (tmp_path / "old.csv").write_bytes(b"x")
    dialog.path_edit.setText(str(tmp_path / "old.csv"))
    assert dialog.format_combo.currentData() == ".csv"
    assert dialog.exists_label.isVisibleTo(dialog)


def test_export_of_the_selection_writes_the_file(qtbot, tmp_path):
    layer = filtered_layer()
    layer.selection = [0, 2, 3]
    project = Project()
    project.time_window = WINDOW
    path = tmp_path / "sel.geojson"
    dialog = make_dialog(qtbot, layer, project, path=str(path))
    assert dialog.scope_selection.isEnabled() and "3" in dialog.scope_selection.text()
    assert "(2)" in dialog.scope_shown.text() and "(6)" in dialog.scope_all.text()
    dialog.set_scope("selection")
    dialog.set_crs("EPSG:4326")
    with qtbot.waitSignal(dialog.export_done, timeout=10_000) as blocker:
        dialog.export()
    result = blocker.args[0]
    assert result.rows == 2 and result.path == path
    back = pyogrio.read_dataframe(path)
    assert back["service_request_id"].tolist() == ["R2", "R3"]
    assert "reporter_name" not in back.columns
    assert "2 rows" in dialog.result_box.text()
    dialog.result_box.close()


def test_keep_personal_columns(qtbot, tmp_path):
    path = tmp_path / "all.csv"
    dialog = make_dialog(qtbot, point_layer(), path=str(path))
    dialog.set_scope("all")
    dialog.keep_personal.setChecked(True)
    assert "personal data" in dialog.personal_label.text()
    with qtbot.waitSignal(dialog.export_done, timeout=10_000):
        dialog.export()
    assert "reporter_phone" in pyogrio.read_dataframe(path).columns
    dialog.result_box.close()


def test_a_failure_is_shown_and_nothing_is_written(qtbot, tmp_path):
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    dialog = make_dialog(qtbot, point_layer(), path=str(blocker_file / "out.gpkg"))
    done = []
    dialog.export_done.connect(done.append)
    job = dialog.export()
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass  # the end is queued to the GUI thread: it cannot arrive before we wait
    assert not done
    assert dialog.error_label.isVisibleTo(dialog)
    assert "out.gpkg" in dialog.error_label.text()
    assert dialog.export_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_cancelled_run_writes_nothing(qtbot, tmp_path):
    from gisdesk.widgets.export_dialog import ExportRun

    job = ExportRun(point_layer(), str(tmp_path / "out.gpkg"), {"scope": "all"})
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
    assert not job.running and list(tmp_path.iterdir()) == []


def test_the_main_window_offers_the_export_for_vector_layers(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from gisdesk.widgets.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    project = Project()
    layer = point_layer()
    project.add_layer(layer)
    win = MainWindow(project)
    qtbot.addWidget(win)
    assert win.act_export_layer in win.menuBar().actions()[3].menu().actions()  # Layer menu
    dialog = win.export_layer(layer)
    assert dialog is not None and dialog.layer is layer
    dialog.path_edit.setText(str(tmp_path / "out.gpkg"))
    with qtbot.waitSignal(dialog.export_done, timeout=10_000):
        dialog.export()
    assert "Exported" in win.statusBar().currentMessage() and (tmp_path / "out.gpkg").exists()
    win.layer_panel.view.clearSelection()
    assert win.export_layer(object()) is None  # not a vector layer: a hint, no dialog


def test_the_project_menu_exports_an_interactive_map(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from gisdesk.widgets.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    project = Project(name="t")
    project.add_layer(point_layer())
    win = MainWindow(project)
    qtbot.addWidget(win)
    assert win.act_export_html in win.menuBar().actions()[0].menu().actions()  # Project menu
    out = tmp_path / "map.html"
    with qtbot.waitSignal(win.html_exported, timeout=60_000) as got:
        win.export_html(str(out))
    assert got.args[0].ok and out.exists()
    assert "leaflet" in out.read_text(encoding="utf-8").lower()
    assert "written to" in win.statusBar().currentMessage()
    # a failure is said, not raised: a folder where the file should go
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    (tmp_path / "dir.html").mkdir()
    with qtbot.waitSignal(win.html_exported, timeout=60_000) as got:
        win.export_html(str(tmp_path / "dir.html"))
    assert shown and not (got.args[0] is not None and got.args[0].ok)
