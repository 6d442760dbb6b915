"""The print layout dialog: the list of layouts saved into the project, the form validated inline, the live
preview, exports and printing in the background with their three endings (written, cancelled, error)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from gisdesk.core.project import Project
from gisdesk.export.layout import PrintLayout, default_layouts

pytestmark = pytest.mark.usefixtures("qapp")

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "hue_sample.gisdesk"
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None and os.environ.get("GISDESK_REQUIRE_SHARED") != "1",
                                   reason="poppler-utils (pdfinfo) is not installed")


@pytest.fixture(scope="module")
def project():
    return Project.load(SAMPLE)


@pytest.fixture
def fresh(project):
    """The sample project with no saved layouts and nothing modified (tests share one loaded project)."""
    project.layouts = []
    project._modified = False
    return project


@pytest.fixture
def dialog(qtbot, fresh, tmp_path):
    from gisdesk.widgets.layout_dialog import LayoutDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dlg = LayoutDialog(fresh, lambda: fresh.view_extent, settings=settings)

    def end_runs(widget):  # a run still going (a failed test) ends before the close, which would ask
        for run in (widget.output_run, widget.preview_run):
            if run is not None and run.running:
                run.cancel()
                qtbot.waitUntil(lambda r=run: not r.running, timeout=30_000)

    qtbot.addWidget(dlg, before_close_func=end_runs)
    dlg.resize(1240, 760)
    dlg.show()
    return dlg


def names(dlg) -> list[str]:
    return [dlg.layout_list.item(i).text() for i in range(dlg.layout_list.count())]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.ini")


def saved_names(project) -> list[str]:
    return [d["name"] for d in project.layouts]


def test_lists_the_defaults_without_touching_the_project(dialog, fresh):
    assert names(dialog) == [lay.name for lay in default_layouts()]
    assert dialog.current_layout().name == "A4 ngang"
    assert dialog.name_edit.text() == "A4 ngang"
    assert dialog.page_combo.currentData() == "A4" and dialog.orientation_combo.currentData() == "landscape"
    assert dialog.title_edit.text() == fresh.name  # the defaults are titled with the project's name
    assert fresh.layouts == [] and not fresh.modified  # opening the dialog is not an edit
    dialog.select("A4 dọc 1:5.000")
    assert dialog.scale_combo.currentData() == 5000.0
    assert dialog.orientation_combo.currentData() == "portrait"


def test_new_duplicate_rename_delete_are_saved(dialog, fresh, monkeypatch):
    dialog.new_layout("A3 dọc")
    assert saved_names(fresh)[-1] == "A3 dọc (2)"  # names stay unique
    assert fresh.modified
    assert dialog.current_layout().page == "A3"
    dialog.duplicate_layout()
    assert saved_names(fresh)[-1] == "A3 dọc (2) (copy)"
    assert fresh.layouts[-1] == {**fresh.layouts[-2], "name": "A3 dọc (2) (copy)"}
    # rename in place in the list; a taken name is refused and put back
    item = dialog.layout_list.currentItem()
    item.setText("Phú Hội — tổ 3")
    assert saved_names(fresh)[-1] == "Phú Hội — tổ 3"
    item.setText("A4 ngang")
    assert saved_names(fresh)[-1] == "Phú Hội — tổ 3" and item.text() == "Phú Hội — tổ 3"
    assert "already a layout" in dialog.form_error_text()
    # delete asks first
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.delete_layout()
    assert "Phú Hội — tổ 3" in saved_names(fresh)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.delete_layout()
    assert "Phú Hội — tổ 3" not in saved_names(fresh) and "Phú Hội — tổ 3" not in names(dialog)
    assert len(fresh.layouts) == len(default_layouts()) + 1


def test_the_last_layout_cannot_be_deleted(dialog, fresh):
    for _ in range(len(default_layouts()) - 1):
        assert dialog.delete_layout(confirm=False)
    assert len(fresh.layouts) == 1
    assert not dialog.delete_button.isEnabled()
    assert not dialog.delete_layout(confirm=False)


def test_editing_the_form_updates_the_saved_layout(dialog, fresh, qtbot):
    dialog.title_edit.end(False)
    dialog.title_edit.insert(" — tổ 3")  # as typed (QtTest's keyClicks takes ASCII only)
    saved = fresh.layouts[0]
    assert saved["title"] == fresh.name + " — tổ 3" and fresh.modified
    dialog.grid_combo.setCurrentIndex(dialog.grid_combo.findData("lonlat"))
    dialog.overview_check.setChecked(True)
    dialog.table_layer_combo.setCurrentIndex(dialog.table_layer_combo.findData("Phản ánh của người dân"))
    dialog.table_rows_spin.setValue(40)
    saved = fresh.layouts[0]
    assert (saved["grid"], saved["overview"], saved["table_layer"], saved["table_max_rows"]) == (
        "lonlat", True, "Phản ánh của người dân", 40)
    # a free scale, typed the way people write it
    dialog.scale_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.scale_combo.lineEdit(), "1:7 500")
    assert fresh.layouts[0]["scale"] is None  # not while typing
    qtbot.keyClick(dialog.scale_combo.lineEdit(), Qt.Key.Key_Return)
    assert fresh.layouts[0]["scale"] == 7500.0
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(25000.0))
    assert fresh.layouts[0]["scale"] == 25000.0
    dialog.scale_combo.setCurrentIndex(0)
    assert fresh.layouts[0]["scale"] is None
    # extent: a layer's, then the current view kept as a fixed extent
    dialog.extent_combo.setCurrentIndex(dialog.extent_combo.findData("layer"))
    dialog.extent_layer_combo.setCurrentIndex(dialog.extent_layer_combo.findData("Phường/xã (2025)"))
    assert fresh.layouts[0]["extent_mode"] == "layer:Phường/xã (2025)"
    assert dialog.fix_current_view()
    assert fresh.layouts[0]["extent_mode"] == "explicit"
    assert fresh.layouts[0]["extent"] == list(fresh.view_extent)
    assert dialog.extent_combo.currentData() == "explicit"


def test_atlas_name_field_follows_the_coverage_layer(dialog, fresh):
    polygons = [dialog.atlas_layer_combo.itemData(i) for i in range(dialog.atlas_layer_combo.count())]
    assert polygons[0] is None and "Phường/xã (2025)" in polygons
    assert "Đường chính" not in polygons and "Phản ánh của người dân" not in polygons  # lines, points
    assert not dialog.atlas_button.isEnabled()
    dialog.atlas_layer_combo.setCurrentIndex(dialog.atlas_layer_combo.findData("Phường/xã (2025)"))
    fields = [dialog.atlas_field_combo.itemData(i) for i in range(dialog.atlas_field_combo.count())]
    assert "population" in fields and "geometry" not in fields
    assert dialog.atlas_field_combo.currentData() == "name"  # picked when the layer has one
    saved = fresh.layouts[0]
    assert saved["atlas_layer"] == "Phường/xã (2025)" and saved["atlas_name_field"] == "name"
    assert dialog.atlas_button.isEnabled() == dialog.atlas_available()
    assert dialog.atlas_note.isVisibleTo(dialog)
    dialog.atlas_layer_combo.setCurrentIndex(0)
    assert fresh.layouts[0]["atlas_layer"] is None and fresh.layouts[0]["atlas_name_field"] is None


def test_invalid_values_show_inline_and_are_not_saved(dialog, fresh, qtbot):
    dialog.margins_spin.setValue(60.0)  # more than a quarter of an A4's short side
    assert "do not fit" in dialog.form_error_text()
    assert dialog.form_error.isVisible()
    assert fresh.layouts == [] and not fresh.modified
    assert not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.margins_spin.setValue(12.0)
    assert dialog.form_error_text() == ""
    assert fresh.layouts[0]["margins_mm"] == 12.0 and dialog.pdf_button.isEnabled()
    # a scale that is no scale
    dialog.scale_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.scale_combo.lineEdit(), "1:abc")
    assert "not a scale" in dialog.form_error_text()
    qtbot.keyClick(dialog.scale_combo.lineEdit(), Qt.Key.Key_Return)
    assert "not a scale" in dialog.form_error_text() and not dialog.pdf_button.isEnabled()
    assert fresh.layouts[0]["scale"] is None
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(5000.0))
    assert dialog.form_error_text() == "" and fresh.layouts[0]["scale"] == 5000.0
    # an empty name
    dialog.name_edit.clear()
    qtbot.keyClick(dialog.name_edit, "x")
    qtbot.keyClick(dialog.name_edit, "\b")
    assert "needs a name" in dialog.form_error_text()


def test_preview_appears_and_follows_the_orientation(dialog, qtbot):
    qtbot.waitUntil(lambda: not dialog.preview.image.isNull(), timeout=20_000)
    landscape = dialog.preview.image.size()
    assert landscape.width() > landscape.height() > 100
    assert dialog.last_preview_seconds is not None
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData("portrait"))
    portrait = dialog.preview.image.size()
    assert portrait.height() > portrait.width()
    assert dialog.preview.page_mm == (210.0, 297.0)
    # the page keeps its aspect ratio on screen
    _, _, w, h = dialog.preview.page_rect_px()
    assert h / w == pytest.approx(297 / 210, rel=1e-6)


def test_preview_of_a_layout_that_cannot_be_placed_says_why(dialog, fresh, qtbot):
    broken = PrintLayout(name="broken", extent_mode="layer:no such layer")
    fresh.set_layouts([broken.to_dict()])
    assert names(dialog) == ["broken"]  # the dialog follows the project
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.refresh_preview()
    assert dialog.preview.image.isNull()
    assert "no such layer" in dialog.preview.message


def _pdf_page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


@needs_poppler
def test_export_pdf_in_the_background(dialog, qtbot, tmp_path):
    target = tmp_path / "out" / "phu_hoi.pdf"
    target.parent.mkdir()
    dialog.dpi_spin.setValue(100)
    with qtbot.waitSignal(dialog.output_done, timeout=60_000) as blocker:
        run = dialog.export_pdf(target)
        assert run is not None and dialog.cancel_button.isVisible() and dialog.progress.isVisible()
        assert not dialog.pdf_button.isEnabled()  # one output at a time
        assert dialog.export_pdf(target) is None
    result = blocker.args[0]
    assert result.status == "ok" and result.pages == 1
    assert "842 x 595 pts" in _pdf_page_size(target)  # A4 landscape
    assert str(target) in dialog.result_label.text() and "(1 page, " in dialog.result_label.text()
    assert dialog.open_folder_button.isVisible() and not dialog.progress.isVisible()
    assert dialog.pdf_button.isEnabled()
    assert sorted(p.name for p in target.parent.iterdir()) == ["phu_hoi.pdf"]
    assert dialog.export_dir() == target.parent  # remembered for the next export


def test_export_png_at_the_chosen_dpi(dialog, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    target = tmp_path / "page.png"
    dialog.dpi_spin.setValue(72)
    with qtbot.waitSignal(dialog.output_done, timeout=60_000) as blocker:
        dialog.export_png(target)
    assert blocker.args[0].status == "ok"
    image = QImage(str(target))
    assert (image.width(), image.height()) == pytest.approx((842, 595), abs=2)  # A4 landscape at 72 dpi


def test_cancelled_export_leaves_no_file(dialog, qtbot, tmp_path):
    target = tmp_path / "big.pdf"
    dialog.dpi_spin.setValue(600)
    with qtbot.waitSignal(dialog.output_done, timeout=60_000) as blocker:
        dialog.export_pdf(target)
        dialog.cancel_output()
    assert blocker.args[0].status == "cancelled"
    assert leftovers(tmp_path) == [] and not target.exists()
    assert "no file was written" in dialog.result_label.text()
    assert not dialog.open_folder_button.isVisible()


def test_write_error_shows_the_reason(dialog, qtbot, tmp_path):
    target = tmp_path / "a folder.pdf"
    target.mkdir()
    dialog.dpi_spin.setValue(72)
    with qtbot.waitSignal(dialog.output_done, timeout=60_000) as blocker:
        dialog.export_pdf(target)
    result = blocker.args[0]
    assert result.status == "error" and result.error
    text = dialog.result_label.text()
    assert text.startswith("The export failed:") and result.error in text
    assert target.is_dir()  # untouched


def test_print_to_a_pdf_printer(dialog, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(dialog.output_done, timeout=60_000) as blocker:
        assert dialog.print_layout(printer) is not None
    assert blocker.args[0].status == "ok"
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        assert "842 x 595 pts" in _pdf_page_size(target)


def test_print_dialog_cancelled_prints_nothing(dialog, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_layout(QPrinter()) is None
    assert dialog.output_run is None and dialog.pdf_button.isEnabled()


def test_closing_during_an_export_asks_to_cancel(dialog, qtbot, tmp_path, monkeypatch):
    dialog.dpi_spin.setValue(600)
    run = dialog.export_pdf(tmp_path / "slow.pdf")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.close()
    assert dialog.isVisible() and run.running and not run.cancel_requested
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.close()
    assert not dialog.isVisible() and run.cancel_requested
    qtbot.waitUntil(lambda: not run.running, timeout=30_000)
    assert not (tmp_path / "slow.pdf").exists()


def test_atlas_export_runs_and_cancels(dialog, fresh, qtbot, tmp_path):
    if not dialog.atlas_available():
        pytest.skip("printing.export_atlas is not there yet")
    dialog.atlas_layer_combo.setCurrentIndex(dialog.atlas_layer_combo.findData("Phường/xã (2025)"))
    assert dialog.atlas_button.isEnabled()
    dialog.dpi_spin.setValue(72)
    target = tmp_path / "atlas.pdf"
    with qtbot.waitSignal(dialog.output_done, timeout=120_000) as blocker:
        assert dialog.export_atlas(target, per_file=False) is not None
        assert not dialog.atlas_button.isEnabled()
        dialog.cancel_output()
    assert blocker.args[0].status == "cancelled"
    assert leftovers(tmp_path) == []  # nothing left, not even a temporary file
    assert "no file was written" in dialog.result_label.text()


def test_parse_scale():
    from gisdesk.widgets.layout_dialog import parse_scale

    assert parse_scale("1:5000") == 5000.0
    assert parse_scale("1 : 12 500") == 12500.0
    assert parse_scale("25,000") == 25000.0
    assert parse_scale("1:2.000") == 2000.0
    assert parse_scale(" ") is None
    for bad in ("1:0", "abc", "1:-5", "5e3"):
        with pytest.raises(ValueError):
            parse_scale(bad)


def test_atlas_one_file_per_page(dialog, fresh, qtbot, tmp_path):
    if not dialog.atlas_available():
        pytest.skip("printing.export_atlas is not there yet")
    dialog.atlas_layer_combo.setCurrentIndex(dialog.atlas_layer_combo.findData("Phường/xã (2025)"))
    dialog.atlas_output_combo.setCurrentIndex(1)  # one file per feature
    dialog.dpi_spin.setValue(72)
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(dialog.output_done, timeout=120_000) as blocker:
        dialog.export_atlas(tmp_path / "out" / "ward.pdf")
    result = blocker.args[0]
    n = len(fresh.layers.by_name("Phường/xã (2025)"))
    assert result.status == "ok" and len(result.files) == n
    assert len(list((tmp_path / "out").glob("ward_*.pdf"))) == n
    assert f"{n} files" in dialog.result_label.text() and str(tmp_path / "out") in dialog.result_label.text()


def test_preview_pages_through_the_atlas(dialog, qtbot):
    from gisdesk.export import printing

    if not hasattr(printing, "atlas_pages"):
        pytest.skip("printing.atlas_pages is not there yet")
    qtbot.waitUntil(lambda: not dialog.preview.image.isNull(), timeout=20_000)
    assert not dialog.atlas_page_spin.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.atlas_layer_combo.setCurrentIndex(dialog.atlas_layer_combo.findData("Phường/xã (2025)"))
    assert dialog.atlas_pages == 40 and dialog.atlas_page_spin.maximum() == 40
    assert dialog.atlas_page_spin.isVisibleTo(dialog) and dialog.atlas_page_label.text().endswith("40")
    first = dialog.preview.image.copy()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.atlas_page_spin.setValue(2)
    assert dialog.preview.image != first  # another ward, another page
