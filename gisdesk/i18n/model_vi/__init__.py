"""Vietnamese of the Qt-free model's messages (context "gisdesk"): English template -> Vietnamese template.

One module per area (``VI`` in each), so the tables of different parts of the code do not collide; ``MODEL_VI``
merges them. A template keeps the same ``{placeholders}`` (with the same format specs) as its English source;
``core.i18n.trf`` writes the numbers with the Vietnamese separators, so the templates need not.

Conventions: lớp (layer), phản ánh (service request), phường/xã (ward), hệ tọa độ (CRS), trường/cột (field/column),
dòng (row), đối tượng (feature), hình học (geometry), bảng mã (encoding), tệp (file), thư mục (folder), cảm biến /
trạm quan trắc (sensor / station), ngưỡng (limit), raster, GeoPackage, shapefile. File names, column names,
EPSG codes and values quoted from the data stay as they are.
"""

from __future__ import annotations

from importlib import import_module

#: the area modules, in the order they are merged
AREAS = ("base", "io_files", "io_tables", "feeds_db_core", "analysis", "export_styles")


def _merge() -> dict[str, str]:
    merged: dict[str, str] = {}
    for area in AREAS:
        try:
            table = import_module(f"{__name__}.{area}").VI
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{area}":
                raise
            continue
        for text, vi in table.items():
            if merged.get(text, vi) != vi:
                raise ValueError(f"model_vi.{area}: {text!r} has another Vietnamese text in an earlier area")
            merged[text] = vi
    return merged


MODEL_VI: dict[str, str] = _merge()
