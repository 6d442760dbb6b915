"""``gisdesk export``: the sample project to PDF, PNG and offline HTML, headless; layouts kept in the project."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from gisdesk.cli import main
from gisdesk.core.project import Project
from gisdesk.export.layout import PrintLayout, project_layouts

PROJECT = "sample_data/hue_sample.gisdesk"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch, sample_data):
    monkeypatch.chdir(sample_data.parent)


def _pdfinfo(path) -> str:
    tool = shutil.which("pdfinfo")
    assert tool, "poppler-utils is missing (the dev script installs it)"
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout


def test_export_pdf_with_a_layout_saved_in_the_project(tmp_path, capsys):
    project = Project.load(PROJECT)
    layout = PrintLayout(name="Phường — A3", page="A3", orientation="portrait", title="Phản ánh hiện trường Huế")
    project.layouts = [layout.to_dict()]
    saved = project.save(tmp_path / "p.gisdesk")  # its sources are saved relative to tmp_path, pointing back
    reopened = Project.load(saved)
    layouts, problems = project_layouts(reopened)
    assert problems == [] and [lay.name for lay in layouts] == ["Phường — A3"]
    out = tmp_path / "map.pdf"
    assert main(["export", str(saved), "-o", str(out), "--layout", "Phường — A3", "--dpi", "100"]) == 0
    info = _pdfinfo(out)
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE) and re.search(r"^Page size:\s+842 x 1191 pts", info, re.MULTILINE)  # A3
    assert "wrote" in capsys.readouterr().out


def test_export_png_with_the_default_layout(tmp_path):
    out = tmp_path / "map.png"
    assert main(["export", PROJECT, "-o", str(out), "--dpi", "50"]) == 0
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (585, 413)  # A4 landscape at 50 dpi


def test_export_html(tmp_path, capsys):
    out = tmp_path / "map.html"
    assert main(["export", PROJECT, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Phường/xã (2025)" in text
    assert not re.search(r"""<(script|link|img)\b[^>]*\b(src|href)\s*=\s*["']?https?:""", text)  # nothing fetched
    assert "clustered" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["-o", "x.svg"], "write a .pdf, .png or .html"),
    (["-o", "x.pdf", "--layout", "nope"], "no such layout"),
    (["-o", "x.pdf", "--dpi", "5"], "between 30 and 1200"),
])
def test_bad_input(tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(["export", PROJECT, *args]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_broken_project_file_says_so(tmp_path, capsys):
    bad = tmp_path / "bad.gisdesk"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "bad.gisdesk" in capsys.readouterr().err


def test_layouts_survive_a_save_and_junk_is_reported(tmp_path):
    project = Project(name="t")
    project.layouts = [PrintLayout(name="a").to_dict()]
    data = project.to_dict()
    assert data["layouts"][0]["name"] == "a"
    data["layouts"].append("junk")
    again = Project.from_dict(data)
    assert [d["name"] for d in again.layouts] == ["a"]
    assert any("print layout" in p for p in again.load_problems)
    assert "layouts" not in Project(name="u").to_dict()  # none: nothing written


def test_the_cli_is_documented():
    res = subprocess.run([sys.executable, "-m", "gisdesk", "--help"], capture_output=True, text=True, check=False)
    assert "gisdesk export PROJECT -o OUT.pdf|OUT.png|OUT.html" in res.stdout


def _pdftotext(path, page) -> str:
    import unicodedata

    out = subprocess.run([shutil.which("pdftotext"), "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", out)


def test_export_the_ward_atlas(tmp_path, capsys):
    out = tmp_path / "atlas.pdf"
    assert main(["export", PROJECT, "-o", str(out), "--atlas", "Phường/xã (2025)", "--dpi", "30"]) == 0
    assert re.search(r"^Pages:\s+40$", _pdfinfo(out), re.MULTILINE)
    import pyogrio

    wards = set(pyogrio.read_dataframe("sample_data/hue_admin.gpkg", layer="wards", columns=["name"],
                                       read_geometry=False)["name"])
    titles = {_pdftotext(out, page).strip().splitlines()[0].split(" — ")[-1] for page in (1, 20, 40)}
    assert len(titles) == 3 and titles <= wards  # each page is titled with its ward
    assert "40 pages" in capsys.readouterr().out


def test_export_the_atlas_one_file_per_page(tmp_path, capsys):
    from gisdesk.core.registry import layer_from_state

    project = Project.load(PROJECT)
    wards = project.layers[2]
    state = wards.get_state()
    state["filters"] = {"name": ["Phường Phú Xuân", "Phường Vỹ Dạ"]}
    project.layers[2] = layer_from_state(state)
    project.layouts = [PrintLayout(name="Tổ", title="Tổ công tác", atlas_name_field="name").to_dict()]
    saved = project.save(tmp_path / "p.gisdesk")
    folder = tmp_path / "out"
    assert main(["export", str(saved), "-o", str(folder / "to.pdf"), "--atlas", wards.name, "--per-file",
                 "--dpi", "30"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["to_01_phuong-phu-xuan.pdf", "to_02_phuong-vy-da.pdf"]
    assert "Tổ công tác — Phường Vỹ Dạ" in _pdftotext(folder / "to_02_phuong-vy-da.pdf", 1)
    assert "wrote 2 files" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["-o", "x.pdf", "--atlas", "nope"], "--atlas 'nope': the project has no such layer"),
    (["-o", "x.pdf", "--atlas", "Phản ánh của người dân"], "has no polygons"),
    (["-o", "x.html", "--atlas", "Phường/xã (2025)"], "an HTML map has no pages"),
    (["-o", "x.pdf", "--per-file"], "has no atlas"),
])
def test_atlas_bad_input(tmp_path, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert main(["export", PROJECT, *args]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
