"""The Filter dock: value lists with counts for the service-request filter fields (and a picked column of a
plain layer); checks set ``layer.filters`` once per user action and ``visible_rows`` hides exactly those rows;
All/None/Clear; the shown count follows filters and the project's time window; external changes update the
checks without echo."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from gisdesk.core.project import Project
from gisdesk.core.timewindow import TimeWindow
from gisdesk.layers import PointData, ServiceRequestLayer, VectorLayer
from gisdesk.widgets.layer_filter import SEARCH_FROM, LayerFilterDock, value_entries

NOW = "2025-06-10T12:00+07:00"
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _frame() -> PointData:
    """8 requests: 4 Giao thông, 3 Chiếu sáng, 1 Vệ sinh; one without a ward, one with a markup-like name."""
    hours = [0, 10, 20, 30, 40, 50, 60, 70]
    requested = pd.Series(pd.Timestamp("2025-06-01T00:00+07:00") + pd.to_timedelta(hours, unit="h"))
    df = pd.DataFrame({
        "service_request_id": [f"R{i}" for i in range(8)],
        "service_name": ["Giao thông", "Chiếu sáng", "Giao thông", "Vệ sinh môi trường", "Giao thông",
                         "Chiếu sáng", "Giao thông", "Chiếu sáng"],
        "status": ["open", "closed", "open", "open", "closed", "open", "open", "open"],
        "urgency": ["high", "low", "low", "high", "low", "low", "low", "low"],
        "ward_name": ["Vỹ Dạ", "Phú Hội", None, "Vỹ Dạ", "<b>Thuận Hòa</b>", "Phú Hội", "Vỹ Dạ", "Phú Hội"],
    })
    df["requested_datetime"] = requested.dt.tz_convert("UTC").astype("datetime64[ms, UTC]")
    df["closed_datetime"] = pd.Series([pd.NaT, requested[1] + pd.Timedelta(hours=5), pd.NaT, pd.NaT,
                                       requested[4] + pd.Timedelta(hours=5), pd.NaT, pd.NaT, pd.NaT],
                                      dtype="datetime64[ms, UTC]")
    x = 107.58 + np.arange(8) * 0.01
    return PointData(df, x, np.full(8, 16.46), crs="EPSG:4326")


@pytest.fixture
def setup(qtbot):
    project = Project(crs="EPSG:4326")
    layer = project.add_layer(ServiceRequestLayer(_frame(), name="requests", now=NOW))
    dock = LayerFilterDock()
    qtbot.addWidget(dock)
    dock.set_project(project)
    dock.set_layer(layer)
    events = []
    layer.events.filter.connect(lambda state: events.append(state["filters"]))
    return dock, project, layer, events


def _rows(layer, window=None):
    mask = layer.visible_rows(window)
    return list(range(len(layer))) if mask is None else np.flatnonzero(mask).tolist()


def _shown(widget):
    """{text: checked} of a value list."""
    return {widget.list.item(i).text(): widget.list.item(i).checkState() == CHECKED
            for i in range(widget.list.count())}


def test_lists_show_values_with_counts_most_frequent_first(setup):
    dock, _project, _layer, _events = setup
    assert dock.objectName() == "LayerFilterDock" and dock.windowTitle() == "Filter"
    assert dock.widget().isEnabled()
    # agency_responsible is empty in this source: not offered
    assert dock.fields() == ["service_name", "status", "state", "urgency", "ward_name"]
    assert [dock.toolbox.itemText(i) for i in range(dock.toolbox.count())] == [
        "Category", "Status", "State", "Urgency", "Ward"]
    cat = dock.value_list("service_name")
    assert [cat.list.item(i).text() for i in range(cat.list.count())] == [
        "Giao thông  (4)", "Chiếu sáng  (3)", "Vệ sinh môi trường  (1)"]
    assert all(_shown(cat).values())
    # codes shown in words; the ward without a value as "(empty)", last among equals; markup shown as text
    assert list(_shown(dock.value_list("status"))) == ["Open  (6)", "Closed  (2)"]
    assert list(_shown(dock.value_list("ward_name"))) == ["Phú Hội  (3)", "Vỹ Dạ  (3)", "<b>Thuận Hòa</b>  (1)",
                                                          "(empty)  (1)"]
    assert dock.value_list("ward_name").search.isHidden()  # few values: no search box
    assert dock.count_label.text() == "8 of 8 requests shown"
    assert dock.state_label.text() == "Open: 6 (overdue: 0), closed: 2"
    assert not dock.clear_button.isEnabled()


def test_unchecking_a_category_filters_the_layer_once(setup):
    dock, _project, layer, events = setup
    cat = dock.value_list("service_name")
    cat.item_for("Chiếu sáng").setCheckState(UNCHECKED)  # what a click does
    assert events == [{"service_name": ["Giao thông", "Vệ sinh môi trường"]}]
    assert layer.filters == {"service_name": ["Giao thông", "Vệ sinh môi trường"]}
    assert _rows(layer) == [0, 2, 3, 4, 6]  # exactly the Chiếu sáng rows (1, 5, 7) are hidden
    assert dock.count_label.text() == "5 of 8 requests shown"
    assert dock.state_label.text() == "Open: 4 (overdue: 0), closed: 1"
    assert dock.toolbox.itemText(0) == "Category (filtered)" and dock.clear_button.isEnabled()
    # a second field combines with the first
    dock.value_list("urgency").item_for("high").setCheckState(UNCHECKED)
    assert layer.filters == {"service_name": ["Giao thông", "Vệ sinh môi trường"], "urgency": ["low"]}
    assert _rows(layer) == [2, 4, 6]
    # checking it back removes the column from the filters (all checked = no filter)
    cat.item_for("Chiếu sáng").setCheckState(CHECKED)
    assert layer.filters == {"urgency": ["low"]} and len(events) == 3


def test_empty_values_filter(setup):
    dock, _project, layer, _events = setup
    wards = dock.value_list("ward_name")
    wards.item_for("").setCheckState(UNCHECKED)
    assert layer.filters["ward_name"] is not None and None not in layer.filters["ward_name"]
    assert _rows(layer) == [0, 1, 3, 4, 5, 6, 7]
    wards.check_all(False)
    wards.item_for("").setCheckState(CHECKED)
    assert _rows(layer) == [2]  # only the request without a ward


def test_all_none_and_clear(setup):
    dock, _project, layer, events = setup
    status = dock.value_list("status")
    status.none_button.click()
    assert layer.filters == {"status": []} and _rows(layer) == [] and len(events) == 1  # one action, one event
    assert dock.count_label.text() == "0 of 8 requests shown"
    status.all_button.click()
    assert layer.filters == {} and len(events) == 2
    status.all_button.click()  # nothing to change: no event
    assert len(events) == 2
    dock.value_list("urgency").item_for("low").setCheckState(UNCHECKED)
    dock.value_list("status").item_for("Closed").setCheckState(UNCHECKED)
    assert _rows(layer) == [0, 3]
    dock.clear_button.click()
    assert layer.filters == {} and _rows(layer) == list(range(8))
    assert all(all(_shown(w).values()) for w in dock.lists().values())
    assert dock.count_label.text() == "8 of 8 requests shown" and not dock.clear_button.isEnabled()


def test_external_filters_update_the_checks_without_echo(setup):
    dock, _project, layer, events = setup
    layer.filters = {"ward_name": ["Vỹ Dạ", None], "state": ["open"]}
    assert events == [{"ward_name": ["Vỹ Dạ", None], "state": ["open"]}]  # the dock set nothing back
    assert _shown(dock.value_list("ward_name")) == {"Phú Hội  (3)": False, "Vỹ Dạ  (3)": True,
                                                   "<b>Thuận Hòa</b>  (1)": False, "(empty)  (1)": True}
    assert _shown(dock.value_list("state")) == {"Open  (6)": True, "Closed  (2)": False}
    assert dock.count_label.text() == f"{len(_rows(layer))} of 8 requests shown" == "4 of 8 requests shown"
    assert dock.toolbox.itemText(4) == "Ward (filtered)"
    # new data (a refresh) rebuilds the lists and keeps the checks from the layer
    layer.refresh(pd.Timestamp("2025-07-10T12:00+07:00"))
    assert _shown(dock.value_list("state")) == {"Open  (6)": True, "Closed  (2)": False}


def test_time_window_changes_the_shown_count(setup):
    dock, project, layer, _events = setup
    # requests at 0, 10, ... 70 h after 1 June 00:00 (+07); R1 and R4 were closed 5 h after they came
    project.time_window = TimeWindow.of(pd.Timestamp("2025-06-01T00:00+07:00"),
                                        pd.Timestamp("2025-06-02T00:00+07:00"))
    assert dock.count_label.text() == f"{len(_rows(layer, project.time_window))} of 8 requests shown"
    assert dock.count_label.text() == "3 of 8 requests shown"
    assert dock.state_label.text() == "Open: 2 (overdue: 0), closed: 1"
    dock.value_list("status").item_for("Closed").setCheckState(UNCHECKED)
    assert dock.count_label.text() == "2 of 8 requests shown"
    project.time_window = None
    assert dock.count_label.text() == "6 of 8 requests shown"
    dock.set_project(None)  # no project: no time window
    project.time_window = TimeWindow.of(pd.Timestamp("2025-06-01T00:00+07:00"),
                                        pd.Timestamp("2025-06-02T00:00+07:00"))
    assert dock.count_label.text() == "6 of 8 requests shown"


def test_plain_vector_layer_with_a_picked_column(qtbot):
    n = 300
    i = np.arange(n)
    table = pd.DataFrame({
        "name": [f"house {k}" for k in i],  # 300 distinct values: not offered
        "kind": np.where(i % 3 == 0, "school", np.where(i % 3 == 1, "clinic", "market")),
        "district": pd.Categorical(np.where(i < 200, "Phú Xuân", "Thuận Hóa")),
        "floors": i % 4,  # numbers: not offered
        "note": pd.Series(np.where(i % 2 == 0, "x", None), dtype=object),
    })
    table.loc[i % 4 == 1, "note"] = np.nan  # an object column missing values as None and as NaN
    layer = VectorLayer(PointData(table, 107.5 + i * 1e-4, np.full(n, 16.4)), name="places")
    dock = LayerFilterDock()
    qtbot.addWidget(dock)
    seen = []
    layer.events.filter.connect(seen.append)
    dock.set_layer(layer)
    assert dock.fields() == ["kind", "district", "note"]
    assert dock.column_combo.isVisibleTo(dock) and dock.column() == "kind"
    assert list(dock.lists()) == ["kind"]
    assert list(_shown(dock.value_list("kind"))) == ["clinic  (100)", "market  (100)", "school  (100)"]
    assert dock.count_label.text() == "300 of 300 features shown" and not dock.state_label.isVisibleTo(dock)

    dock.set_column("district")
    assert list(dock.lists()) == ["district"]
    dock.value_list("district").item_for("Phú Xuân").setCheckState(UNCHECKED)
    assert layer.filters == {"district": ["Thuận Hóa"]} and len(seen) == 1
    assert _rows(layer) == list(range(200, 300))
    assert dock.column_combo.itemText(1) == "district (filtered)"
    assert dock.count_label.text() == "100 of 300 features shown"

    dock.set_column("note")  # an object column with missing values: "(empty)" stands for None and NaN
    dock.value_list("note").item_for("x").setCheckState(UNCHECKED)
    assert _rows(layer) == [k for k in range(200, 300) if k % 2 == 1]
    assert len(seen) == 2


def test_search_box_for_long_lists_and_all_acts_on_the_found_values(qtbot):
    names = [f"Phường {k:02d}" for k in range(SEARCH_FROM)] + ["Vỹ Dạ"]
    table = pd.DataFrame({"service_name": ["a"] * len(names), "ward_name": pd.array(names, dtype="str")})
    layer = ServiceRequestLayer(PointData(table, np.zeros(len(names)), np.zeros(len(names))), now=NOW)
    dock = LayerFilterDock()
    qtbot.addWidget(dock)
    dock.set_layer(layer)
    wards = dock.value_list("ward_name")
    assert not wards.search.isHidden()
    wards.search.setText("vy da")  # without accents
    shown = [wards.list.item(i).text() for i in range(wards.list.count()) if not wards.list.isRowHidden(i)]
    assert shown == ["Vỹ Dạ  (1)"]
    wards.none_button.click()  # only the value found
    assert layer.filters == {"ward_name": names[:-1]}
    assert _rows(layer) == list(range(SEARCH_FROM))


def test_no_layer_or_raster_disables_the_dock(setup):
    dock, _project, _layer, _events = setup
    dock.set_layer(None)
    assert not dock.widget().isEnabled() and dock.message.text() and dock.lists() == {}
    dock.set_layer(object())  # anything that is not a vector layer
    assert not dock.widget().isEnabled() and dock.message.text() == "Only vector layers can be filtered."


def test_layer_removed_from_the_project_is_let_go(setup):
    dock, project, layer, _events = setup
    project.layers.remove(layer)
    assert dock.layer is None and not dock.widget().isEnabled()


def test_value_entries_groups_blank_and_missing():
    s = pd.Series(["b", "", None, "a", "  ", "b"], dtype="str")
    entries = value_entries(s)
    assert [(e.label, e.count, e.empty) for e in entries] == [("", 3, True), ("b", 2, False), ("a", 1, False)]
    assert set(entries[0].values) == {None, "", "  "}
