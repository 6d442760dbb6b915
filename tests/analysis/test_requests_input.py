"""The request fields of a plain point layer (``gisdesk run`` on an export) are read by the same code as an import."""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd

from gisdesk.analysis.base import Context, LayerInput
from gisdesk.analysis.requests_input import ANALYSIS_FIELDS, request_input
from gisdesk.io.report import LayerReport
from gisdesk.io.service_requests import SourceTable, detect_mapping, normalise_requests
from gisdesk.layers import PointData, VectorLayer


def _export() -> pd.DataFrame:
    return pd.DataFrame({
        "Mã phản ánh": ["PA1", "PA2", "PA3", "PA4", "PA5", "PA6"],
        "Ngày tạo": ["26/06/2025 10:58", "2025-06-26T10:58:54+07:00", "27/06/2025", "hôm qua", "01/01/1900",
                     "28/06/2025 08:00"],
        "Ngày hoàn thành": [None, "27/06/2025 08:00", "", "2025-06-27T01:00:00Z", "28/06/2025 09:00", None],
        "Trạng thái": ["Đã xử lý", unicodedata.normalize("NFD", "Đang xử lý"), " ", "Chờ phê duyệt", "closed", None],
        "Lĩnh vực": [unicodedata.normalize("NFD", "Cây xanh "), "Cây xanh", None, "Rác", "Rác", "12"],
        "Mã lĩnh vực": [12.0, 12.0, 3.0, None, 4.5, 12.0],
    })


def test_plain_layer_fields_are_those_of_an_import():
    table = _export()
    layer = VectorLayer(PointData(table, np.full(6, 107.6), np.full(6, 16.46), crs="EPSG:4326"), name="export")
    req = request_input(LayerInput(layer), Context(), need=("requested_datetime", "status"), window=False)
    mapping, notes = detect_mapping(list(table.columns), table)
    imported = normalise_requests(SourceTable("x.csv", table, "CSV", LayerReport(name="x")), mapping, notes=notes)
    for f in ANALYSIS_FIELDS:
        if mapping[f] or f in ("status", "status_detail"):
            pd.testing.assert_series_equal(req.table[f], imported.frame[f], check_names=False)
    assert list(req.table["status"]) == ["closed", "open", "open", "open", "closed", "open"]
    assert req.table["status_detail"][1] == "Đang xử lý" and req.table["service_code"][0] == "12"
    text = "\n".join(req.notes)
    assert "2 values of 'Ngày tạo' (requested_datetime) could not be read as a date (e.g. 'hôm qua', '01/01/1900')" \
        in text
    assert "1 request has a status not known as open or closed ('Chờ phê duyệt'); it was taken as open." in text
    assert "Times without a zone in 'Ngày tạo', 'Ngày hoàn thành' were read as Asia/Ho_Chi_Minh time." in text


def test_plain_layer_subset_of_rows():
    table = _export()
    layer = VectorLayer(PointData(table, np.full(6, 107.6), np.full(6, 16.46), crs="EPSG:4326"), name="export")
    whole = request_input(LayerInput(layer), Context(), window=False).table
    from gisdesk.analysis.requests_input import _derived_for_plain

    part, _, _ = _derived_for_plain(LayerInput(layer), np.array([1, 3, 4]), ("requested_datetime",))
    for f in ("requested_datetime", "closed_datetime", "status", "service_name"):
        pd.testing.assert_series_equal(part[f], whole[f].iloc[[1, 3, 4]].reset_index(drop=True))
