"""The language of the pages gisdesk makes (printed maps, the interactive HTML map): Vietnamese.

A page is read by the ward's staff and citizens whatever language the officer's desk runs in, so its fixed
texts are Vietnamese. ``page_text(text)`` gives the Vietnamese of an English text the model hands to a page: the
legend's fixed words (``gisdesk.styles.renderers.LEGEND_STRINGS``) and the labels that default styles give
(request states, sensor levels); any other text (a label the user typed, a value from the data) is returned as
it is. Qt-free.
"""

from __future__ import annotations

PAGE_TEXT: dict[str, str] = {
    "Legend": "Chú giải",
    "Data sources": "Nguồn dữ liệu",
    "Time window": "Khoảng thời gian",
    "All times": "Toàn bộ thời gian",
    "time zone": "giờ Việt Nam",
    "Basemap": "Bản đồ nền",
    # gisdesk.styles.renderers.LEGEND_STRINGS
    "Other values": "Giá trị khác",
    "No value": "Không có giá trị",
    "Point density": "Mật độ điểm",
    "low": "thấp",
    "high": "cao",
    # gisdesk.layers.service_requests.default_style (by state)
    "Open": "Đang mở",
    "Closed": "Đã đóng",
    "Overdue": "Quá hạn",
    # gisdesk.layers.sensors.LEVEL_LABELS
    "Good (at most half the limit)": "Tốt (không quá nửa ngưỡng)",
    "Moderate (up to the limit)": "Trung bình (đến ngưỡng)",
    "Over the limit": "Vượt ngưỡng",
    "No limit for this parameter": "Chỉ số này không có ngưỡng",
    "No data": "Không có số liệu",
}


def page_text(text: str) -> str:
    """The page's (Vietnamese) wording of ``text``; ``text`` itself when it is not one of gisdesk's own."""
    return PAGE_TEXT.get(text, text)
