"""A printed page against a golden picture: a synthetic project (wards, a road, categorized points) on an A4
landscape page with title, legend, scale bar, north arrow, coordinate grid and overview inset, exported to a
vector PDF, turned into a PNG by poppler's ``pdftoppm`` and compared pixel by pixel with a tolerance.

The page's date is fixed, so the only differences allowed are antialiasing and font hinting. To regenerate the
golden picture on purpose, run with ``GISDESK_UPDATE_GOLDEN=1`` and look at the new PNG before committing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gisdesk.core.project import Project
from gisdesk.export.layout import PrintLayout
from gisdesk.layers.vector import VectorLayer
from gisdesk.styles.renderers import CategorizedRenderer, Category, SingleRenderer
from gisdesk.styles.single import SingleSymbol

GOLDEN = Path(__file__).parent / "golden" / "page_a4_landscape.png"
X0, Y0 = 560000.0, 1815000.0  # Huế, EPSG:9214 metres
DPI_PNG = 60
TOL, MAX_FRACTION = 40, 0.01


def _project() -> Project:
    wards = gpd.GeoDataFrame(
        {"name": ["Phường Phú Hội", "Phường Vỹ Dạ", "Phường Thuận Hóa", "Phường Kim Long"]},
        geometry=[shapely.box(X0 + 2000 * (i % 2), Y0 + 1500 * (i // 2), X0 + 2000 * (i % 2 + 1),
                              Y0 + 1500 * (i // 2 + 1)) for i in range(4)], crs="EPSG:9214")
    road = gpd.GeoDataFrame({"ten": ["Lê Lợi"]}, geometry=[shapely.LineString([(X0, Y0 + 200), (X0 + 4000, Y0 + 2800)])],
                            crs="EPSG:9214")
    rng = np.random.default_rng(11)
    n = 300
    points = gpd.GeoDataFrame({"loai": rng.choice(["Rác thải", "Ngập úng", "Cây xanh"], n)},
                              geometry=shapely.points(X0 + rng.uniform(100, 3900, n), Y0 + rng.uniform(100, 2900, n)),
                              crs="EPSG:9214")
    colours = [(228, 26, 28, 255), (55, 126, 184, 255), (77, 175, 74, 255)]
    style = CategorizedRenderer("loai", [Category(v, SingleSymbol(fill=c, size=2.0, shape=s), v) for v, c, s in
                                         zip(["Rác thải", "Ngập úng", "Cây xanh"], colours,
                                             ["circle", "square", "triangle"], strict=True)]).to_dict()
    project = Project(name="golden", crs="EPSG:9214")
    project.add_layer(VectorLayer(wards, name="Phường", style=SingleRenderer(
        SingleSymbol(fill=(250, 240, 220, 255), stroke=(60, 60, 60, 255))).to_dict()))
    project.add_layer(VectorLayer(road, name="Đường"))
    project.add_layer(VectorLayer(points, name="Phản ánh", style=style))
    return project


@pytest.mark.skipif(shutil.which("pdftoppm") is None and os.environ.get("GISDESK_REQUIRE_SHARED") != "1",
                    reason="poppler-utils (pdftoppm) is not installed")
def test_pdf_page_matches_the_golden_picture(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from gisdesk.export.printing import export_layout
    from tests.render.conftest import image_array

    layout = PrintLayout(title="Phản ánh hiện trường — tuần 47", subtitle="Bản in thử", author="Tổ GIS",
                         sources="Dữ liệu mẫu", grid="map", overview=True)
    pdf = tmp_path / "page.pdf"
    result = export_layout(_project(), layout, pdf, dpi=300, extent=(X0 + 300, Y0 + 200, X0 + 3700, Y0 + 2800),
                           now=dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    assert result.ok, result.error
    subprocess.run(["pdftoppm", "-r", str(DPI_PNG), "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
                   check=True)
    actual_img = QImage(str(tmp_path / "page.png"))
    if os.environ.get("GISDESK_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / "page.png", GOLDEN)
        return
    assert GOLDEN.exists(), f"no golden picture {GOLDEN}; run with GISDESK_UPDATE_GOLDEN=1, then look at it"
    actual, expected = image_array(actual_img), image_array(QImage(str(GOLDEN)))
    assert actual.shape == expected.shape
    diff = np.abs(actual.astype(np.int16) - expected.astype(np.int16)).max(axis=2) > TOL
    assert diff.mean() <= MAX_FRACTION, (
        f"{diff.mean():.2%} of the page's pixels differ from {GOLDEN.name} by more than {TOL}; see {tmp_path}")
    assert (actual[..., :3] < 250).any(axis=2).mean() > 0.1  # a drawn page, not a blank one
