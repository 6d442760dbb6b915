"""Sensor stations and readings from files: the real exports in ../shared/data/sensors with their quirks, and
synthetic long / wide / Vietnamese / Excel tables for the layouts, units and time zones they do not cover."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io.sensors import canonical_parameter, canonical_unit, read_sensor_file
from gisdesk.layers.schema import PARAMETER_UNITS, READING_FIELDS, STATION_FIELDS


def texts(data, level: str | None = None) -> list[str]:
    return [m.text for m in data.report.messages if level is None or m.level == level]


def one(data, *needles: str, level: str | None = None) -> str:
    """The one report message containing every needle."""
    found = [t for t in texts(data, level) if all(n in t for n in needles)]
    assert len(found) == 1, f"{needles} in {texts(data)}"
    return found[0]


def check_schema(data) -> None:
    assert list(data.stations.columns[:5]) == list(STATION_FIELDS)
    assert list(data.readings.columns) == list(READING_FIELDS)
    assert str(data.readings["datetime"].dtype) == "datetime64[ms, UTC]"
    assert data.readings["value"].dtype == np.float64
    assert data.readings["station_id"].isin(data.stations["station_id"]).all()
    assert not data.readings.duplicated(["station_id", "parameter", "datetime"]).any()
    known = data.readings[data.readings["parameter"].isin(list(PARAMETER_UNITS))]
    assert (known["unit"] == known["parameter"].map(PARAMETER_UNITS)).all()


# --------------------------------------------------------------------------------------------------
# the real files


@pytest.fixture(scope="module")
def sensors_dir(shared_data):
    return shared_data / "sensors"


def test_openaq_reference_monitor(sensors_dir):
    path = sensors_dir / "openaq_export_toronto" / "openaq_location_1274949_measurments.csv"
    data = read_sensor_file(path)
    check_schema(data)
    st = data.stations.iloc[0]
    assert len(data.stations) == 1
    assert (st.station_id, st.station_name, st.provider) == ("1274949", "Toronto North", "AirNow")
    assert (st.lat, st.lon) == (43.78043, -79.467397)
    assert st.timezone == "America/Toronto"  # a per-station column, kept
    r = data.readings
    assert len(r) == 4658
    assert set(r["parameter"]) == {"pm25", "no", "no2", "nox", "o3", "so2"}
    assert (r["unit"] == "µg/m³").all()
    # mixed units: the ppm gases were converted at 25 °C (0.033 ppm NO2 = 62.09 µg/m³), PM2.5 left as it was
    raw = pd.read_csv(path)
    assert r.loc[r.parameter == "no2", "value"].max() == pytest.approx(0.033 * 1000 * 46.0055 / 24.45)
    assert r.loc[r.parameter == "pm25", "value"].max() == raw.loc[raw.parameter == "pm25", "value"].max()
    assert "784 no2 readings in ppm were converted to µg/m³ at 25 °C" in one(data, "no2 readings in ppm")
    assert r["datetime"].min() == pd.Timestamp("2025-09-01T01:00:00Z")  # datetimeUtc, not datetimeLocal
    one(data, "'country_iso', 'isMobile' and 'isMonitor'", "empty in every row")
    one(data, "no, nox", "no standard code")
    assert "all 734 so2 readings of 'Toronto North' are 0" in one(data, "never changes", level="warning")


def test_openaq_low_cost_sensor_irregular_cadence(sensors_dir):
    data = read_sensor_file(sensors_dir / "openaq_export_toronto" / "openaq_location_3145071_measurments.csv")
    check_schema(data)
    assert data.stations.iloc[0].provider == "Clarity"
    assert len(data.readings) == 1000
    text = one(data, "Readings come about every")
    assert "every 18 min" in text and "times that do not follow the clock (e.g. 00:13:59 UTC)" in text
    assert "gaps longer than three times the usual interval" in text


def test_aqiin_hue_readings_and_their_mess(sensors_dir):
    data = read_sensor_file(sensors_dir / "vietnam_aqiin_stations" / "DERIVED_hue_station_readings.csv")
    check_schema(data)
    st = data.stations.set_index("station_name")
    assert len(st) == 4
    r = data.readings
    # "µg/m³" on humidity and temperature: the values are plausible %, °C: the label was corrected
    assert set(r.loc[r.parameter == "humidity", "unit"]) == {"%"}
    hum = one(data, "humidity readings are labelled 'µg/m³'", level="warning")
    assert "1,165" in hum and "corrected to %" in hum
    assert "corrected to °C" in one(data, "temperature readings are labelled 'µg/m³'")
    # the AQI repeated on every row became one reading per station and time
    assert (r.parameter == "aqi").sum() == 1165
    # a Thái Bình station geocoded into Huế (Phú Xuân is also a ward of Huế) lost its position
    phu_xuan = st.loc["Phu Xuan, Thai Binh, Thai Binh Province, Vietnam"]
    assert np.isnan(phu_xuan.lat) and np.isnan(phu_xuan.lon)
    assert (phu_xuan.source_lat, phu_xuan.source_lon) == pytest.approx((16.474607, 107.57701))
    assert "named after Thái Bình province" in phu_xuan.location_note
    wrong = one(data, "named after one province but placed in another", level="warning")
    assert "in Thừa Thiên Huế" in wrong and "431 km from Thái Bình" in wrong and "source_lat" in wrong
    # three names on one point, reporting the same values: one sensor
    assert "3 at 16.4678, 107.5906" in one(data, "share their position with another station")
    twins = one(data, "report identical values at the same times")
    assert "'Hue, Thua Thien Hue, Vietnam'" in twins and "'Thua Thien Hue, Vietnam'" in twins
    assert st.loc["Thua Thien Hue, Vietnam", "location_note"] == "shares its position with 2 other stations"
    # the station whose position was removed is explained once, not again as "has no position"
    assert not [t for t in texts(data) if "has no position" in t]
    assert data.report.geometry_types == {"Point": 3}
    points = data.points()  # for the layer: arrays, no shapely objects
    assert points.crs == "EPSG:4326" and points.present.sum() == 3 and len(points.table) == 4


def test_aqiin_national_parquet_with_stations_parquet(sensors_dir):
    folder = sensors_dir / "vietnam_aqiin_stations"
    data = read_sensor_file(folder / "stg_aqiin__measurements.parquet",
                            stations_path=folder / "stg_core__stations.parquet")
    check_schema(data)
    assert data.report.driver == "Parquet"
    st = data.stations.set_index("station_id")
    assert len(st) == 263  # 264 rows, one of them a nameless 0/0 placeholder
    one(data, "stations table", "coordinates 0, 0")
    one(data, "neither a station id nor a name", level="warning")
    assert set(st["provider"]) == {"aqiin"}
    assert {"province", "ward_code"} <= set(st.columns)  # the stations table's own columns are kept
    r = data.readings
    assert (r.parameter != "aqi").sum() == 546079
    # "Quang Ninh Nhue Ho Dong Trieu, Hai Duong" was geocoded into Quảng Trị (old Quảng Bình)
    note = st.loc["Quang Ninh Nhue Ho Dong Trieu, Hai Duong, Hai Duong, Vietnam", "location_note"]
    assert note.startswith("named after Hải Dương province") and "Quảng Bình" in note
    assert "23 stations are named after one province" in one(data, "named after one province")
    assert "81 stations share their position" in one(data, "share their position")


def test_aqiin_readings_with_the_metadata_csv(sensors_dir):
    folder = sensors_dir / "vietnam_aqiin_stations"
    data = read_sensor_file(folder / "DERIVED_hue_station_readings.csv",
                            stations_path=folder / "unified_stations_metadata.csv")
    check_schema(data)
    assert len(data.stations) == 263
    one(data, "4 stations of the readings matched", "259 stations of the table have no readings")
    # the geocoder column says one position is a centroid fallback
    approx = one(data, "marks as approximate")
    assert "'source'" in approx and "centroid_fallback" in approx
    assert data.stations["source"].isin(["tomtom_fix", "original", "tomtom_geocoding", "aqicn_fuzzy",
                                          "waqi_discovery", "centroid_fallback"]).all()


def test_big_csv_fast_path_reads_the_same(sensors_dir, monkeypatch, tmp_path):
    """Big CSVs go through pyarrow; the result equals the general reader's, and odd files fall back to it."""
    from gisdesk.io import sensors

    path = sensors_dir / "vietnam_aqiin_stations" / "DERIVED_hue_station_readings.csv"
    general = read_sensor_file(path)
    monkeypatch.setattr(sensors, "FAST_CSV_BYTES", 0)
    fast = read_sensor_file(path)
    pd.testing.assert_frame_equal(fast.readings, general.readings)
    pd.testing.assert_frame_equal(fast.stations, general.stations)
    assert [m.text for m in fast.report.warnings] == [m.text for m in general.report.warnings]
    # Windows-1258 text and DMS coordinates are left to the general reader, which knows them
    legacy = tmp_path / "legacy.csv"
    from gisdesk.io.encoding import encode_cp1258

    legacy.write_bytes(encode_cp1258("Trạm,Thông số,Thời gian,Giá trị,Vĩ độ,Kinh độ\n"
                                     "Huế,PM2.5,2024-01-01 07:00,12,16°27'49\"N,107°35'42\"E\n"))
    data = read_sensor_file(legacy)
    assert data.stations["station_id"].tolist() == ["Huế"]
    assert data.stations["lat"].iloc[0] == pytest.approx(16.46361, abs=1e-5)


# --------------------------------------------------------------------------------------------------
# synthetic tables


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return p


def test_vietnamese_long_table_local_times_and_units(tmp_path):
    p = write(tmp_path, "quan_trac.csv",
              "Trạm;Thông số;Thời gian;Giá trị;Đơn vị;Vĩ độ;Kinh độ\n"
              "Phú Hội;PM 2.5;05/01/2024 13:00;41,5;ug/m3;16,4637;107,5950\n"
              "Phú Hội;Nhiệt độ;05/01/2024 13:00;77;°F;16,4637;107,5950\n"
              "Phú Hội;Độ ẩm;05/01/2024 13:00;81;%;16,4637;107,5950\n"
              "Cầu Tràng Tiền;Mực nước;25/01/2024 07:30;152;cm;16,4701;107,5885\n"
              "Cầu Tràng Tiền;Mực nước;25/01/2024 08:30;-9999;cm;16,4701;107,5885\n"
              "Cầu Tràng Tiền;Mực nước;25/01/2024 09:30;hỏng;cm;16,4701;107,5885\n")
    data = read_sensor_file(p)
    check_schema(data)
    r = data.readings.set_index("parameter")
    assert r.loc["pm25", "value"] == 41.5
    assert r.loc["temperature", "value"] == pytest.approx(25.0) and r.loc["temperature", "unit"] == "°C"
    assert r.loc["humidity", "unit"] == "%"
    assert r.loc["water_level", "value"] == pytest.approx(1.52) and r.loc["water_level", "unit"] == "m"
    # dd/mm/yyyy in Huế time: 13:00 +07:00 = 06:00 UTC
    assert r.loc["pm25", "datetime"] == pd.Timestamp("2024-01-05T06:00:00Z")
    assert "local time in Asia/Ho_Chi_Minh (UTC+07:00)" in one(data, "carry no time zone")
    one(data, "read as day/month/year")
    st = data.stations.set_index("station_id")
    assert st.loc["Cầu Tràng Tiền", ["lat", "lon"]].tolist() == [16.4701, 107.5885]
    one(data, "'no data' code (-9999)", level="warning")
    one(data, "1 value is not a number", level="warning")
    one(data, "temperature reading in °F was converted to °C")
    one(data, "water_level reading in cm was converted to m")
    one(data, "'PM 2.5' -> pm25", "'Nhiệt độ' -> temperature")


def test_wide_excel_sheet(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Số liệu"
    ws.append(["Mã trạm", "Tên trạm", "Thời gian", "PM2.5 (µg/m³)", "PM10", "Nhiệt độ (°F)", "Độ ẩm (%)", "lat", "lon"])
    ws.append(["HUE01", "Phú Hội", datetime(2024, 3, 1, 8, 0), 30, 55, 86, 70, 16.4637, 107.595])
    ws.append(["HUE01", "Phú Hội", datetime(2024, 3, 1, 9, 0), 35, None, 88, 72, 16.4637, 107.595])
    ws.append(["HUE02", "Kim Long", datetime(2024, 3, 1, 8, 0), 12, 20, 84, 75, 16.464, 107.553])
    p = tmp_path / "tram.xlsx"
    wb.save(p)
    data = read_sensor_file(p)
    check_schema(data)
    r = data.readings
    assert len(r) == 11  # 3 rows x 4 parameters, one empty PM10 cell
    assert set(r["parameter"]) == {"pm25", "pm10", "temperature", "humidity"}
    t = r[(r.station_id == "HUE01") & (r.parameter == "temperature")]["value"].tolist()
    assert t == pytest.approx([30.0, 31.111111])
    # the spreadsheet's naive times are Huế time
    assert r["datetime"].min() == pd.Timestamp("2024-03-01T01:00:00Z")
    assert data.stations.set_index("station_id").loc["HUE02", "station_name"] == "Kim Long"
    one(data, "one row per station and time with a column per parameter")
    # the same sheet read in another zone
    utc = read_sensor_file(p, tz="UTC")
    assert utc.readings["datetime"].min() == pd.Timestamp("2024-03-01T08:00:00Z")


@pytest.mark.parametrize(
    ("header", "values", "expected", "says"),
    [
        # aware times in any offset
        ("time", ["2024-05-01T08:00:00+07:00", "2024-05-01T02:00:00Z"], ["2024-05-01T01:00Z", "2024-05-01T02:00Z"],
         None),
        # a naive column whose name says UTC
        ("time_utc", ["2024-05-01 08:00", "2024-05-01 09:00"], ["2024-05-01T08:00Z", "2024-05-01T09:00Z"],
         "taken as UTC, as the column's name says"),
        # a US export: month first, 12-hour clock
        ("Created Date", ["01/05/2024 01:00:00 PM", "01/13/2024 11:30:00 AM"],
         ["2024-01-05T06:00Z", "2024-01-13T04:30Z"], "month/day/year with a 12-hour AM/PM clock"),
        # Unix seconds
        ("timestamp", ["1714550400", "1714554000"], ["2024-05-01T08:00Z", "2024-05-01T09:00Z"], None),
    ],
)
def test_time_formats(tmp_path, header, values, expected, says):
    rows = "\n".join(f"S1,pm25,{v},{i + 1}" for i, v in enumerate(values))
    data = read_sensor_file(write(tmp_path, "t.csv", f"station,parameter,{header},value\n{rows}\n"))
    got = data.readings["datetime"].tolist()
    assert got == [pd.Timestamp(e) for e in expected]
    if says:
        one(data, says)


def test_ambiguous_day_month_order_is_flagged(tmp_path):
    data = read_sensor_file(write(tmp_path, "t.csv", "station,parameter,date,value\n"
                                                     "S1,pm10,03/04/2024 10:00,1\nS1,pm10,04/04/2024 10:00,2\n"))
    assert data.readings["datetime"].iloc[0] == pd.Timestamp("2024-04-03T03:00Z")  # 3 April, Huế time
    one(data, "fits both day/month and month/day", level="warning")


def test_gas_and_other_unit_conversions(tmp_path):
    p = write(tmp_path, "u.csv", "station,parameter,datetime,value,unit\n"
                                 "S1,NO2,2024-01-01 00:00,10,ppb\n"
                                 "S1,CO,2024-01-01 00:00,1.5,mg/m3\n"
                                 "S1,O3,2024-01-01 00:00,0.05,ppm\n"
                                 "S1,temp,2024-01-01 00:00,300,K\n"
                                 "S1,pressure,2024-01-01 00:00,101.3,kPa\n"
                                 "S1,rain,2024-01-01 00:00,0.5,in\n"
                                 "S1,PM10,2024-01-01 00:00,3,ppm\n"
                                 "S1,PM1,2024-01-01 00:00,4,furlongs\n")
    data = read_sensor_file(p)
    r = data.readings.set_index("parameter")
    assert r.loc["no2", "value"] == pytest.approx(10 * 46.0055 / 24.45)
    assert r.loc["co", "value"] == pytest.approx(1500)
    assert r.loc["o3", "value"] == pytest.approx(50 * 47.997 / 24.45)
    assert r.loc["temperature", "value"] == pytest.approx(26.85)
    assert r.loc["pressure", ["value", "unit"]].tolist() == [pytest.approx(1013.0), "hPa"]
    assert r.loc["rainfall", ["value", "unit"]].tolist() == [pytest.approx(12.7), "mm"]
    # units that cannot be right stay as given, with a warning
    assert r.loc["pm10", ["value", "unit"]].tolist() == [3.0, "ppm"]
    one(data, "pm10 reading is labelled 'ppm'", "not a unit of pm10", level="warning")
    assert r.loc["pm1", "unit"] == "furlongs"
    one(data, "the unit 'furlongs', which gisdesk does not know", level="warning")


def test_duplicates_missing_coordinates_flags_and_a_stations_file(tmp_path):
    readings = write(tmp_path, "r.csv",
                     "location_id,parameter,datetimeUtc,value,unit,latitude,longitude,quality_flag\n"
                     "1,pm25,2024-01-01T00:00:00Z,10,µg/m³,16.46,107.59,valid\n"
                     "1,pm25,2024-01-01T00:00:00Z,10,µg/m³,16.46,107.59,valid\n"  # exact repeat
                     "1,pm25,2024-01-01T01:00:00Z,11,µg/m³,,,valid\n"  # no coordinates on this row
                     "1,pm25,2024-01-01T01:00:00Z,15,µg/m³,16.46,107.59,valid\n"  # a second, different value
                     "2,pm25,2024-01-01T00:00:00Z,20,µg/m³,,,valid\n"
                     "2,pm25,2024-01-01T01:00:00Z,999,µg/m³,,,invalid\n"
                     "3,pm25,2024-01-01T00:00:00Z,30,µg/m³,,,valid\n"
                     "1,pm25,,12,µg/m³,16.46,107.59,valid\n")  # no time
    data = read_sensor_file(readings)
    r = data.readings
    assert r.loc[r.station_id == "1", "value"].tolist() == [10, 11]
    one(data, "1 reading repeated another reading exactly", level="warning")
    one(data, "second, different value", "the first value was kept", level="warning")
    one(data, "flagged as invalid", "'quality_flag'", level="warning")
    one(data, "an empty or unreadable time", level="warning")
    st = data.stations.set_index("station_id")
    assert st.loc["1", "lat"] == 16.46  # from its other rows
    assert "'2' and '3'" in one(data, "have no position", level="warning")

    stations = write(tmp_path, "s.csv", "station_id,name,vi_do,kinh_do,operator\n"
                                        "2,Trạm Vĩ Dạ,16.4712,107.6010,Sở TN&MT\n"
                                        "9,Trạm dự phòng,16.40,107.50,Sở TN&MT\n"
                                        ",,16.0,107.0,\n")
    joined = read_sensor_file(readings, stations_path=stations)
    st = joined.stations.set_index("station_id")
    assert st.loc["2", ["station_name", "provider"]].tolist() == ["Trạm Vĩ Dạ", "Sở TN&MT"]
    assert st.loc["2", "lat"] == 16.4712
    assert "9" in st.index  # no readings, kept
    assert st.loc["1", "lat"] == 16.46  # not in the table: positioned from the readings file
    one(joined, "neither a station id nor a name", level="warning")
    one(joined, "not in the stations table ('1' and '3')", level="warning")


def test_wrong_province_positions_removed_or_kept(tmp_path):
    p = write(tmp_path, "geo.csv",
              "station_name,parameter,time,value,lat,lon\n"
              '"Phu Xuan, Thai Binh, Thai Binh Province, Vietnam",pm25,2024-01-01 00:00,1,16.4746,107.5770\n'
              '"Vi Da, Hue, Thua Thien Hue, Vietnam",pm25,2024-01-01 00:00,2,16.4712,107.6010\n'
              '"Phu Ly, Ha Nam, Vietnam",pm25,2024-01-01 00:00,3,20.54,105.91\n'
              '"Toronto North",pm25,2024-01-01 00:00,4,43.78,-79.47\n')
    data = read_sensor_file(p)
    st = data.stations.set_index("station_id")
    assert st["lat"].isna().tolist() == [True, False, False, False]
    assert st["location_note"].str.startswith("named after").tolist() == [True, False, False, False]
    kept = read_sensor_file(p, keep_suspect_locations=True)
    st = kept.stations.set_index("station_id")
    assert st["lat"].notna().all() and "source_lat" not in st.columns
    assert "kept where they are" in one(kept, "named after one province", level="warning")


def test_a_single_station_file_without_a_station_column(tmp_path):
    data = read_sensor_file(write(tmp_path, "tram_phu_hoi.csv", "Thời gian,PM2.5,PM10\n"
                                                                "2024-01-01 07:00,12,20\n2024-01-01 08:00,14,22\n"))
    assert data.stations["station_id"].tolist() == ["tram_phu_hoi"]
    assert len(data.readings) == 4
    one(data, "taken as one station, 'tram_phu_hoi'")
    one(data, "no coordinate columns", level="warning")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("station,lat,lon\nA,16.4,107.5\n", "looks like a table of stations"),
        ("station,parameter,value\nA,pm25,3\n", "no column of dates/times"),
        ("a,b\n1,2\n", "no readings were found"),
        ("", "empty"),
    ],
)
def test_bad_tables_raise_read_error(tmp_path, content, problem):
    with pytest.raises(ReadError, match=problem) as err:
        read_sensor_file(write(tmp_path, "bad.csv", content))
    assert err.value.path.endswith("bad.csv")


def test_bad_files_raise_read_error(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        read_sensor_file(tmp_path / "none.csv")
    with pytest.raises(ReadError, match="folder"):
        read_sensor_file(tmp_path)
    (tmp_path / "x.geojson").write_text("{}")
    with pytest.raises(ReadError, match="not a sensor table"):
        read_sensor_file(tmp_path / "x.geojson")
    (tmp_path / "x.parquet").write_bytes(b"PAR1 this is not really parquet")
    with pytest.raises(ReadError, match="Parquet file could not be read"):
        read_sensor_file(tmp_path / "x.parquet")
    with pytest.raises(ValueError, match="not a time zone"):
        read_sensor_file(tmp_path / "x.parquet", tz="Huế")


@pytest.mark.parametrize(
    ("name", "code", "unit"),
    [
        ("PM2.5", "pm25", None), ("pm25", "pm25", None), ("PM 2.5", "pm25", None), ("Bụi PM2,5", "pm25", None),
        ("PM10", "pm10", None), ("PM1.0", "pm1", None), ("pm2_5", "pm25", None),
        ("Nhiệt độ (°C)", "temperature", "°C"), ("temp", "temperature", None), ("Độ ẩm", "humidity", None),
        ("hum", "humidity", None), ("Water level", "water_level", None), ("mực nước [cm]", "water_level", "cm"),
        ("Nitrogen dioxide", "no2", None), ("Ozone", "o3", None), ("Wind speed", "wind_speed", None),
        ("aqi_reported", "aqi", None),
    ],
)
def test_canonical_parameter(name, code, unit):
    assert canonical_parameter(name) == (code, unit)


@pytest.mark.parametrize(
    ("unit", "canon"),
    [("µg/m³", "µg/m³"), ("μg/m3", "µg/m³"), ("ug/m3", "µg/m³"), ("µg/Nm³", "µg/m³"), ("mg/m3", "mg/m³"),
     ("deg C", "°C"), ("°C", "°C"), ("độ C", "°C"), ("°F", "°F"), ("%RH", "%"), ("hPa", "hPa"), ("cm", "cm"),
     ("", None), (None, None), ("parsecs", None)],
)
def test_canonical_unit(unit, canon):
    assert canonical_unit(unit) == canon


# --------------------------------------------------------------------------------------------------
# GeoPackages: a stations point layer and a readings table (the bundled sample's layout), also inside a zip


def _sensor_gpkg(path, *, times, station_crs="EPSG:4326", extra_layers=()):
    """A GeoPackage laid out like sample_data/sensors.gpkg: 'stations' points and a 'readings' table."""
    import geopandas as gpd
    import pyogrio
    from pyproj import Transformer

    lon = np.array([107.59, 107.60, 107.61])
    lat = np.array([16.46, 16.47, 16.48])
    x, y = Transformer.from_crs("EPSG:4326", station_crs, always_xy=True).transform(lon, lat)
    stations = gpd.GeoDataFrame(
        {"station_id": ["AQ01", "AQ02", "RF01"],
         "name": ["Cảm biến bụi mịn Vỹ Dạ 1", "Cảm biến bụi mịn An Cựu 1", "Trạm đo mưa Phú Xuân"],
         "kind": ["air_quality", "air_quality", "rainfall"], "parameters": ["PM2.5,PM10", "PM2.5,PM10", "rainfall"],
         "unit": ["µg/m³", "µg/m³", "mm"], "ward_code": ["19777", "19815", "19753"]},
        geometry=gpd.points_from_xy(x, y), crs=station_crs)
    readings = pd.DataFrame({
        "station_id": ["AQ01", "AQ01", "AQ01", "AQ02", "AQ02", "RF01", "AQ01"],
        "parameter": ["PM2.5", "PM2.5", "PM10", "PM2.5", "PM2.5", "rainfall", "PM2.5"],
        "observed_at": times,
        "value": [12.5, 60.0, 30.0, -999.0, 8.0, 1.2, 12.5],
        "unit": ["µg/m³", "µg/m³", "µg/m³", "µg/m³", "µg/m³", "mm", "µg/m³"],
    })
    pyogrio.write_dataframe(stations, path, layer="stations", driver="GPKG")
    pyogrio.write_dataframe(readings, path, layer="readings", driver="GPKG", append=True)
    for name, frame in extra_layers:
        pyogrio.write_dataframe(frame, path, layer=name, driver="GPKG", append=True)
    return path


# readings written as text with their offset (what make_sample.py stores: GDAL warns when it parses them)
PLUS7_TIMES = ["2026-10-01T07:00:00+07:00", "2026-10-01T08:00:00+07:00", "2026-10-01T07:00:00+07:00",
               "2026-10-01T07:00:00+07:00", "2026-10-01T08:00:00+07:00", "2026-10-01T07:00:00+07:00",
               "2026-10-01T07:00:00+07:00"]


@pytest.mark.parametrize("zipped", [False, True])
def test_geopackage_of_stations_and_readings(tmp_path, zipped):
    import zipfile

    gpkg = _sensor_gpkg(tmp_path / "sensors.gpkg", times=PLUS7_TIMES)
    source = str(gpkg)
    if zipped:
        with zipfile.ZipFile(tmp_path / "sensors.zip", "w") as zf:
            zf.write(gpkg, "sensors.gpkg")
        gpkg.unlink()
        source = f"{tmp_path / 'sensors.zip'}!sensors.gpkg"
    data = read_sensor_file(source)  # read_sensor_file hands GeoPackages to read_sensor_geopackage
    check_schema(data)
    st = data.stations.set_index("station_id")
    assert list(st.index) == ["AQ01", "AQ02", "RF01"]
    assert st.loc["AQ01", "station_name"] == "Cảm biến bụi mịn Vỹ Dạ 1"
    assert st.loc["AQ02", ["lat", "lon"]].tolist() == pytest.approx([16.47, 107.60])
    # the stations' own columns are kept, the "unit" column too (it describes the station here)
    assert st.loc["RF01", ["kind", "parameters", "unit", "ward_code"]].tolist() == [
        "rainfall", "rainfall", "mm", "19753"]
    r = data.readings.set_index(["station_id", "parameter"])
    # "+07:00" kept: 07:00 in Huế is 00:00 UTC; PM2.5 -> pm25; the exact repeat and the -999 code dropped
    a = r.loc[("AQ01", "pm25")]
    assert a["datetime"].tolist() == [pd.Timestamp("2026-10-01T00:00Z"), pd.Timestamp("2026-10-01T01:00Z")]
    assert a["value"].tolist() == [12.5, 60.0]
    assert r.loc[[("AQ02", "pm25")], "value"].tolist() == [8.0]
    assert r.loc[[("RF01", "rainfall")], "unit"].tolist() == ["mm"]
    one(data, "'no data' code (-999)", level="warning")
    one(data, "repeated another reading exactly", level="warning")
    one(data, "layer 'stations' (3 features)", "table 'readings' (7 rows)")
    assert data.report.driver == "GPKG"


def test_geopackage_naive_and_utc_times_and_a_projected_stations_layer(tmp_path):
    times = ["2026-10-01 07:00:00"] * 3 + ["2026-10-01T00:00:00Z"] * 4  # naive (taken in Huế) and UTC
    data = read_sensor_file(_sensor_gpkg(tmp_path / "s.gpkg", times=times, station_crs="EPSG:9214"))
    r = data.readings
    assert (r["datetime"] == pd.Timestamp("2026-10-01T00:00Z")).all()  # 07:00 +07:00 == 00:00 UTC
    one(data, "Asia/Ho_Chi_Minh")
    st = data.stations.set_index("station_id")  # VN-2000 points back to WGS 84
    assert st["lat"].tolist() == pytest.approx([16.46, 16.47, 16.48], abs=1e-7)
    assert st["lon"].tolist() == pytest.approx([107.59, 107.60, 107.61], abs=1e-7)


def test_geopackage_errors(tmp_path):
    import zipfile

    import geopandas as gpd
    import pyogrio
    import shapely

    from gisdesk.io.sensors import read_sensor_geopackage

    with pytest.raises(ReadError, match="does not exist"):
        read_sensor_geopackage(tmp_path / "none.gpkg")
    other = tmp_path / "wards.gpkg"
    pyogrio.write_dataframe(gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=4326),
                            other, layer="wards")
    with pytest.raises(ReadError, match="does not hold sensors.*'wards'") as err:
        read_sensor_geopackage(other)
    assert err.value.path == str(other)
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.write(other, "wards.gpkg")
    with pytest.raises(ReadError, match="holds no 'sensors.gpkg'"):
        read_sensor_geopackage(f"{tmp_path / 'a.zip'}!sensors.gpkg")
    (tmp_path / "junk.gpkg").write_bytes(b"not a database at all" * 20)
    with pytest.raises(ReadError, match="not a GeoPackage"):
        read_sensor_geopackage(tmp_path / "junk.gpkg")


def test_geopackage_sensorthings_cache_is_told_apart(tmp_path):
    """A SensorThings cache has a 'datastreams' table besides 'stations' and 'readings': it is read as the
    cache (its own message, its datastreams), not as a plain stations/readings GeoPackage."""
    from gisdesk.io.feeds.sensorthings import _write_cache
    from gisdesk.io.report import LayerReport
    from gisdesk.io.sensors import SensorData, read_sensor_geopackage

    stations = pd.DataFrame({"station_id": ["1"], "station_name": ["Huế"], "provider": ["x"], "lat": [16.46],
                             "lon": [107.59], "location_note": [""]})
    readings = pd.DataFrame({"station_id": ["1"], "parameter": ["pm25"],
                             "datetime": pd.to_datetime(["2026-10-01T00:00Z"]).astype("datetime64[ms, UTC]"),
                             "value": [10.0], "unit": ["µg/m³"]})
    cache = tmp_path / "feed.gpkg"
    _write_cache(cache, SensorData(stations, readings, LayerReport("f")), {"base_url": "https://x.test/v1.1"})
    data = read_sensor_geopackage(cache)
    assert data.datastreams is not None
    one(data, "Opened the local copy of https://x.test/v1.1")
    plain = read_sensor_geopackage(_sensor_gpkg(tmp_path / "plain.gpkg", times=PLUS7_TIMES))
    assert plain.datastreams is None


def test_open_sensors_reads_the_sample_geopackage_inside_its_zip(sample_data):
    from gisdesk.io import open_sensors
    from gisdesk.layers.sensors import SensorLayer

    lyr = open_sensors(f"{sample_data / 'sensors.zip'}!sensors.gpkg")
    assert isinstance(lyr, SensorLayer) and lyr.name == "sensors" and len(lyr) == 60
    assert lyr.parameter == "pm25" and set(lyr.parameters) == {"pm25", "pm10", "water_level", "rainfall"}
    a = lyr.attributes.set_index("station_id")
    assert a.loc["AQ01", "station_name"].startswith("Cảm biến bụi mịn")
    assert a.loc["AQ01", "kind"] == "air_quality" and a.loc["AQ01", "latest_value"] > 0
    assert a.loc["AQ01", "latest_time"] == pd.Timestamp("2026-10-31T23:00+07:00")
    assert (a.loc[a["kind"] != "air_quality", "level"] == "no data").all()  # no PM2.5 at rain/river gauges


def test_long_text_time_columns_are_parsed_once_per_value():
    """The per-distinct-value path gives exactly what parsing every row gives (values, naive count, how)."""
    from gisdesk.io.sensors import _parse_times, _parse_times_rows

    base = ["2026-10-01 07:00", "2026-10-01T00:00:00Z", None, "not a time", "2026-10-01T07:00:00+07:00", ""]
    col = pd.Series(base * 1000, dtype="str")
    fast = _parse_times(col, tz="Asia/Ho_Chi_Minh", name="observed_at")
    slow = _parse_times_rows(col, tz="Asia/Ho_Chi_Minh", name="observed_at")
    pd.testing.assert_series_equal(fast.values, slow.values)
    assert (fast.naive, fast.how) == (slow.naive, slow.how) == (2000, "with a time zone, ISO 8601")
    assert fast.values.iloc[0] == fast.values.iloc[1] == fast.values.iloc[4] == pd.Timestamp("2026-10-01T00:00Z")


def test_holds_sensors_tells_sensor_geopackages_apart(sample_data, tmp_path):
    from gisdesk.io.sensors import holds_sensors

    assert holds_sensors(f"{sample_data}/sensors.zip!sensors.gpkg")
    assert not holds_sensors(sample_data / "hue_admin.gpkg")  # wards: no readings table
    assert not holds_sensors(tmp_path / "missing.gpkg")
    assert not holds_sensors(sample_data / "README.md")
