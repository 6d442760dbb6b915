#!/usr/bin/env python3
"""Make the bundled Huế sample project (everything in ``sample_data/``).

Run from the repository root::

    python sample_data/make_sample.py                    # the committed sample, beside this script
    python sample_data/make_sample.py --out DIR          # the same into DIR
    python sample_data/make_sample.py --quick --out DIR  # small, fast variant (tests)

What is real and what is synthetic is described in ``sample_data/README.md``. In short: the
40 ward/commune names, official codes, representative points, population and area come from
the public list of Huế's wards after the 1 July 2025 reform (embedded below as ``WARDS``), and
12 well-known market names (``REAL_MARKETS``); everything else (shapes, roads, rivers, land use,
facilities, elevation, requests, sensors, people) is hand-drawn or generated here, deterministically,
from the fixed seed ``SEED``.

The script needs only the project's own dependencies (numpy, pandas, geopandas, pyogrio,
shapely, pyproj, rasterio) plus ``gisdesk.io.encoding`` for the TCVN3/VNI legacy files. It
reads no other file and nothing from the network. Two runs produce byte-identical files (GDAL's
``OGR_CURRENT_DATE`` pins the GeoPackage timestamps).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import sys
import time
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from datetime import timedelta, timezone
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import rasterio
import rasterio.features
import shapely
import shapely.ops
from pyproj import CRS, Transformer
from rasterio.enums import Resampling

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:  # so "import gisdesk" works when run as a plain script
    sys.path.insert(0, str(REPO))

SEED = 20250701
LOCAL_CRS = "EPSG:9214"  # VN-2000 / TM-3 107-00, Huế's local CRS
WGS84 = "EPSG:4326"
ICT = timezone(timedelta(hours=7), "+07:00")  # Asia/Ho_Chi_Minh, no DST
# Pins gpkg_contents.last_change (and any other "now" GDAL would write) so reruns are identical.
OGR_CURRENT_DATE = "2025-07-01T00:00:00.000Z"
WARD_VERSION = "2025-07-01"

# How aware datetimes are stored in the GeoPackages:
#   "offset": as "2025-01-01T08:15:00+07:00" (keeps the city's offset; GDAL reads it back as
#             aware +07:00 but warns once per read "Non-conformant content ... successfully
#             parsed", because the GPKG standard wants UTC with a "Z");
#   "utc":    as "2025-01-01T01:15:00Z" (standard-conformant, read back as aware UTC instants).
DATETIME_STORAGE = "offset"

# --------------------------------------------------------------------------------------------
# Real facts, embedded so that the script needs no data files.
# The 40 wards (phường) and communes (xã) of Huế city from 1 July 2025, taken from the CSV
# vietnam_wards_with_osm.csv (github nhuongnguyen04/vietnam-air-quality-data-platform,
# dbt/dbt_tranform/seeds/, commit be05551e): rows with province "Huế". Fixes applied: names
# normalised to NFC and given a capital letter ("phường Vỹ Dạ" -> "Phường Vỹ Dạ"); the code,
# stored there as a float (19777.0), is written as the official 5-character string "19777".
# Columns: code, name, type, lat, lon (WGS 84 degrees, the list's representative point),
# population (None where the list has none), area_km2 (official area from the list).
# --------------------------------------------------------------------------------------------
WARDS = [
    ("19753", "Phường Phú Xuân", "phường", 16.4785, 107.577, 130247, 10.38),
    ("19774", "Phường Kim Long", "phường", 16.4047, 107.543, 48999, 90.14),
    ("19777", "Phường Vỹ Dạ", "phường", 16.4779, 107.611, 49684, 8.93),
    ("19789", "Phường Thuận Hóa", "phường", 16.4556, 107.584, 98923, 7.57),
    ("19804", "Phường Hương An", "phường", 16.4612, 107.515, 35885, 19.43),
    ("19813", "Phường Thủy Xuân", "phường", 16.4077, 107.583, None, 371.42),
    ("19815", "Phường An Cựu", "phường", 16.4316, 107.596, 55305, 16.71),
    ("19819", "Phường Phong Điền", "phường", 16.4904, 107.24, 27862, 592.48),
    ("19828", "Phường Phong Phú", "phường", 16.6959, 107.41, 19057, 60.85),
    ("19831", "Phường Phong Dinh", "phường", 16.6442, 107.366, 28012, 87.17),
    ("19858", "Phường Phong Thái", "phường", 16.5343, 107.425, 37406, 187.02),
    ("19867", "Xã Quảng Điền", "xã", 16.5697, 107.533, 41798, 45.93),
    ("19873", "Phường Phong Quảng", "phường", 16.6339, 107.506, 25728, 41.7),
    ("19885", "Xã Đan Điền", "xã", 16.6304, 107.438, 40389, 82.62),
    ("19900", "Phường Thuận An", "phường", 16.5518, 107.641, 64689, 16.11),
    ("19909", "Phường Dương Nỗ", "phường", 16.5248, 107.598, 31692, 20.63),
    ("19918", "Xã Phú Hồ", "xã", 16.4778, 107.688, 2355, 57.72),
    ("19930", "Phường Mỹ Thượng", "phường", 16.5042, 107.633, 44736, 28.83),
    ("19942", "Xã Phú Vang", "xã", 16.402, 107.771, 3925, 86.19),
    ("19945", "Xã Phú Vinh", "xã", 16.4549, 107.775, 31328, 69.5),
    ("19960", "Phường Phú Bài", "phường", 16.2807, 107.611, 3841, 344.63),
    ("19969", "Phường Thanh Thủy", "phường", 16.4205, 107.635, 43569, 48.92),
    ("19975", "Phường Hương Thủy", "phường", 16.4186, 107.693, 29192, 33.93),
    ("19996", "Phường Hương Trà", "phường", 16.4064, 107.401, 33523, 14.64),
    ("20014", "Phường Hóa Châu", "phường", 16.5457, 107.58, 41328, 34.6),
    ("20017", "Phường Kim Trà", "phường", 16.4941, 107.509, 36296, 42.8),
    ("20035", "Xã Bình Điền", "xã", 16.3492, 107.459, 15229, 266.5),
    ("20044", "Xã A Lưới 2", "xã", 16.2566, 107.198, 20496, 97.62),
    ("20050", "Xã A Lưới 5", "xã", 16.2205, 107.411, 376, 464.4),
    ("20056", "Xã A Lưới 1", "xã", 16.3409, 107.149, 12403, 198.59),
    ("20071", "Xã A Lưới 3", "xã", 16.2015, 107.245, 8976, 154.23),
    ("20101", "Xã A Lưới 4", "xã", 16.1404, 107.351, 10752, 233.65),
    ("20107", "Xã Phú Lộc", "xã", 16.2682, 107.886, 50929, 80.15),
    ("20122", "Xã Vinh Lộc", "xã", 16.3606, 107.867, 3635, 66.53),
    ("20131", "Xã Hưng Lộc", "xã", 16.292, 107.705, 32586, 95.62),
    ("20137", "Xã Chân Mây - Lăng Cô", "xã", 16.246, 108.014, 50831, 261.38),
    ("20140", "Xã Lộc An", "xã", 16.274, 107.798, 39217, 177.58),
    ("20161", "Xã Khe Tre", "xã", 16.1513, 107.77, 12882, 256.02),
    ("20179", "Xã Nam Đông", "xã", 16.066, 107.717, 9158, 175.95),
    ("20182", "Xã Long Quảng", "xã", 16.0997, 107.587, 8883, 215.85),
]

# --------------------------------------------------------------------------------------------
# Hand-drawn approximations (lon, lat in WGS 84 degrees). Drawn by eye at about 0.01-0.05°
# (1-5 km); they are not survey data.
# --------------------------------------------------------------------------------------------
# Outline of Huế city (the former Thừa Thiên Huế province), clockwise from the north-west
# corner on the coast.
OUTLINE = [
    # the coast, north-west to south-east
    (107.38, 16.76), (107.47, 16.70), (107.56, 16.63), (107.64, 16.57), (107.72, 16.51),
    (107.80, 16.45), (107.88, 16.39), (107.95, 16.34), (108.01, 16.33), (108.06, 16.33),
    (108.10, 16.27), (108.15, 16.24), (108.20, 16.21),
    # the Hải Vân pass / Đà Nẵng limit, then the Quảng Nam limit westwards
    (108.13, 16.18), (108.05, 16.19), (107.96, 16.21), (107.90, 16.18), (107.86, 16.11),
    (107.80, 16.06), (107.74, 16.05), (107.70, 16.00), (107.64, 16.02), (107.60, 16.05),
    (107.55, 16.03), (107.50, 16.00), (107.46, 16.04), (107.44, 16.09), (107.38, 16.07),
    (107.32, 16.09),
    # the Laos border, south to north
    (107.25, 16.14), (107.18, 16.17), (107.15, 16.22), (107.13, 16.28), (107.06, 16.30),
    (107.02, 16.35), (107.05, 16.40), (107.07, 16.45), (107.12, 16.47), (107.08, 16.52),
    (107.07, 16.56),
    # the Quảng Trị limit back to the coast
    (107.15, 16.57), (107.24, 16.58), (107.30, 16.61), (107.32, 16.66), (107.35, 16.71),
]
COAST = OUTLINE[:13]

# Tam Giang - Cầu Hai lagoon: seaward shore north-west -> south-east, then landward shore back.
LAGOON = [
    (107.385, 16.735), (107.46, 16.69), (107.51, 16.658), (107.57, 16.612), (107.615, 16.572),
    (107.645, 16.546), (107.70, 16.508), (107.75, 16.468), (107.795, 16.41), (107.87, 16.348),
    (107.935, 16.315), (107.965, 16.31),
    (107.965, 16.29), (107.945, 16.28), (107.85, 16.295), (107.82, 16.345), (107.785, 16.405),
    (107.745, 16.445), (107.69, 16.488), (107.64, 16.526), (107.60, 16.555), (107.55, 16.595),
    (107.51, 16.642), (107.455, 16.675), (107.38, 16.728),
]

# Sông Hương (Perfume River): from the Tả Trạch / Hữu Trạch confluence (Bằng Lãng) past the
# royal tombs and Thiên Mụ pagoda, along the Citadel, through the city to Ngã ba Sình and the
# lagoon at Thuận An. Widths (m) are for the polygon.
PERFUME_RIVER = [
    (107.520, 16.398), (107.532, 16.405), (107.545, 16.415), (107.552, 16.428), (107.546, 16.440),
    (107.544, 16.451), (107.552, 16.457), (107.562, 16.459), (107.572, 16.460), (107.582, 16.463),
    (107.590, 16.467), (107.597, 16.471), (107.601, 16.478), (107.600, 16.488), (107.603, 16.500),
    (107.605, 16.512), (107.607, 16.524), (107.613, 16.535), (107.620, 16.546),
]
SONG_BO = [
    (107.33, 16.40), (107.37, 16.43), (107.41, 16.46), (107.45, 16.49), (107.48, 16.52),
    (107.51, 16.535), (107.55, 16.530), (107.58, 16.525), (107.605, 16.522),
]

# The Citadel (Kinh thành Huế) and a few other heritage sites, as boxes (lon0, lat0, lon1, lat1).
HERITAGE = [
    ("Kinh thành Huế", (107.565, 16.4630, 107.585, 16.4810)),
    ("Lăng Tự Đức", (107.560, 16.4320, 107.5665, 16.4370)),
    ("Lăng Minh Mạng", (107.5605, 16.3840, 107.5675, 16.3905)),
    ("Lăng Khải Định", (107.5880, 16.3975, 107.5925, 16.4010)),
    ("Chùa Thiên Mụ", (107.5425, 16.4525, 107.5470, 16.4550)),
    ("Đàn Nam Giao", (107.5760, 16.4355, 107.5800, 16.4385)),
]

# Roads: (name, ref, class, [(lon, lat), ...]). Rough, hand-drawn.
ROADS = [
    ("Quốc lộ 1A", "QL1A", "quốc lộ", [
        (107.30, 16.61), (107.36, 16.58), (107.42, 16.545), (107.47, 16.515), (107.52, 16.495),
        (107.555, 16.483), (107.566, 16.470), (107.572, 16.455), (107.585, 16.447), (107.600, 16.440),
        (107.625, 16.430), (107.660, 16.418), (107.700, 16.402), (107.740, 16.375), (107.790, 16.335),
        (107.840, 16.300), (107.885, 16.268), (107.940, 16.250), (107.990, 16.245), (108.040, 16.240),
        (108.080, 16.235), (108.130, 16.205)]),
    ("Quốc lộ 49", "QL49", "quốc lộ", [
        (107.640, 16.560), (107.630, 16.540), (107.620, 16.515), (107.612, 16.495), (107.605, 16.480),
        (107.597, 16.465), (107.590, 16.450), (107.580, 16.430), (107.560, 16.410), (107.530, 16.392),
        (107.490, 16.370), (107.450, 16.350), (107.400, 16.330), (107.350, 16.310), (107.300, 16.290),
        (107.260, 16.275), (107.235, 16.270)]),
    ("Đường Hồ Chí Minh (nhánh Tây)", "HCM", "quốc lộ", [
        (107.12, 16.51), (107.15, 16.45), (107.18, 16.40), (107.20, 16.34), (107.225, 16.29),
        (107.235, 16.270), (107.25, 16.22), (107.28, 16.17), (107.31, 16.12), (107.33, 16.09)]),
    ("Võ Văn Kiệt", "", "đường phố", [
        (107.596, 16.452), (107.610, 16.447), (107.625, 16.440), (107.640, 16.432), (107.655, 16.425)]),
    ("Lê Lợi", "", "đường phố", [
        (107.574, 16.4585), (107.580, 16.4605), (107.586, 16.4630), (107.591, 16.4655), (107.597, 16.4690),
        (107.600, 16.4720)]),
    ("Hùng Vương", "", "đường phố", [
        (107.5885, 16.4660), (107.592, 16.4620), (107.596, 16.4575), (107.600, 16.4520), (107.604, 16.4470)]),
    ("Trần Hưng Đạo", "", "đường phố", [
        (107.5830, 16.4645), (107.5870, 16.4675), (107.5920, 16.4710), (107.5960, 16.4745)]),
    ("Lê Duẩn", "", "đường phố", [
        (107.5615, 16.4600), (107.5625, 16.4650), (107.5635, 16.4700), (107.5645, 16.4760),
        (107.5655, 16.4810)]),
    ("Đinh Tiên Hoàng", "", "đường phố", [
        (107.5800, 16.4650), (107.5775, 16.4700), (107.5745, 16.4755), (107.5720, 16.4800)]),
    ("Mai Thúc Loan", "", "đường phố", [
        (107.5830, 16.4680), (107.5805, 16.4730), (107.5780, 16.4790), (107.5760, 16.4830)]),
    ("Nguyễn Huệ", "", "đường phố", [
        (107.5795, 16.4605), (107.5815, 16.4555), (107.5835, 16.4505)]),
    ("Điện Biên Phủ", "", "đường phố", [
        (107.5830, 16.4555), (107.5840, 16.4480), (107.5835, 16.4400), (107.5820, 16.4330)]),
    ("Bà Triệu", "", "đường phố", [
        (107.5985, 16.4700), (107.6005, 16.4650), (107.6025, 16.4600), (107.6050, 16.4550)]),
    ("Nguyễn Sinh Cung", "", "đường phố", [
        (107.6005, 16.4750), (107.6070, 16.4775), (107.6140, 16.4800), (107.6210, 16.4830)]),
    ("Tố Hữu", "", "đường phố", [
        (107.6025, 16.4570), (107.6100, 16.4590), (107.6180, 16.4610), (107.6260, 16.4625)]),
    ("Phạm Văn Đồng", "", "đường phố", [
        (107.6070, 16.4720), (107.6150, 16.4700), (107.6250, 16.4690), (107.6350, 16.4690)]),
    ("Kim Long", "", "đường phố", [
        (107.5640, 16.4600), (107.5580, 16.4590), (107.5520, 16.4585), (107.5460, 16.4560)]),
    ("Huyền Trân Công Chúa", "", "đường phố", [
        (107.5830, 16.4400), (107.5780, 16.4300), (107.5740, 16.4200)]),
    ("Minh Mạng", "", "đường phố", [
        (107.5800, 16.4420), (107.5750, 16.4250), (107.5700, 16.4050), (107.5660, 16.3900)]),
    ("Tỉnh lộ 10A", "TL10A", "tỉnh lộ", [
        (107.6140, 16.4800), (107.6400, 16.4800), (107.6700, 16.4750), (107.7000, 16.4650),
        (107.7400, 16.4550), (107.7700, 16.4500)]),
]

# Points of interest for legacy/no_prj_points (name, kind, lon, lat).
LANDMARKS = [
    ("Đại Nội", "di tích", 107.5770, 16.4695),
    ("Cầu Trường Tiền", "cầu", 107.5885, 16.4668),
    ("Cầu Phú Xuân", "cầu", 107.5960, 16.4625),
    ("Chợ Đông Ba", "chợ", 107.5880, 16.4720),
    ("Chùa Thiên Mụ", "di tích", 107.5445, 16.4535),
    ("Ga Huế", "giao thông", 107.5775, 16.4560),
    ("Sân bay Phú Bài", "giao thông", 107.7030, 16.4010),
    ("Lăng Tự Đức", "di tích", 107.5630, 16.4345),
    ("Lăng Minh Mạng", "di tích", 107.5640, 16.3880),
    ("Lăng Khải Định", "di tích", 107.5900, 16.3990),
    ("Đàn Nam Giao", "di tích", 107.5780, 16.4370),
    ("Bệnh viện Trung ương Huế", "y tế", 107.5875, 16.4625),
    ("Cửa Thuận An", "cảng", 107.6230, 16.5640),
    ("Bãi biển Lăng Cô", "du lịch", 108.0700, 16.2450),
    ("Vườn quốc gia Bạch Mã", "du lịch", 107.8550, 16.1950),
    ("Thị trấn A Lưới (cũ)", "dân cư", 107.2400, 16.2800),
]

# Wards treated as the dense city centre when placing requests and sensors.
CENTRAL = {"19753", "19789", "19777", "19815", "19774", "19813", "19804"}

# Huế street names (real names; which ward each belongs to is approximate).
STREETS = {
    "19753": ["Đinh Tiên Hoàng", "Mai Thúc Loan", "Lê Duẩn", "Trần Hưng Đạo", "Đoàn Thị Điểm", "Nguyễn Trãi",
              "Tăng Bạt Hổ", "Lê Thánh Tôn", "Huỳnh Thúc Kháng", "Chi Lăng", "Phan Đăng Lưu", "Đặng Thái Thân",
              "Ông Ích Khiêm", "Thạch Hãn", "Nhật Lệ", "Lê Huân"],
    "19789": ["Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Bà Triệu", "Hà Nội", "Lý Thường Kiệt", "Đống Đa",
              "Trần Cao Vân", "Phạm Ngũ Lão", "Chu Văn An", "Nguyễn Tri Phương", "Bến Nghé", "Nguyễn Thái Học",
              "Lê Quý Đôn", "Nguyễn Trường Tộ", "Võ Thị Sáu", "Ngô Quyền"],
    "19777": ["Nguyễn Sinh Cung", "Phạm Văn Đồng", "Ưng Bình", "Tố Hữu", "Nguyễn Lộ Trạch", "Tùng Thiện Vương",
              "Lê Minh", "Hoàng Quốc Việt"],
    "19815": ["Hùng Vương", "Phan Chu Trinh", "Ngự Bình", "Tôn Đức Thắng", "Trường Chinh", "An Dương Vương",
              "Hải Triều", "Dương Thiệu Tước", "Võ Văn Kiệt"],
    "19774": ["Kim Long", "Nguyễn Phúc Nguyên", "Văn Thánh", "Lý Nam Đế", "Nguyễn Hoàng", "Chi Lăng"],
    "19813": ["Điện Biên Phủ", "Huyền Trân Công Chúa", "Lê Ngô Cát", "Minh Mạng", "Bùi Thị Xuân", "Thiên Thai"],
    "19804": ["Lý Nam Đế", "Tản Đà", "Nguyễn Văn Linh", "Kim Phụng"],
    "19969": ["Võ Văn Kiệt", "Nguyễn Tất Thành", "Trưng Nữ Vương"],
    "19975": ["Nguyễn Tất Thành", "Sóng Hồng", "Quốc lộ 1A"],
    "19960": ["Nguyễn Tất Thành", "Quốc lộ 1A", "Võ Trác"],
    "19900": ["Quốc lộ 49A", "Tỉnh lộ 3", "Hải Dương"],
    "19909": ["Quốc lộ 49A", "Phú Mỹ"],
    "19930": ["Tỉnh lộ 10A", "Quốc lộ 49A"],
    "20014": ["Tỉnh lộ 4", "Quảng Phú"],
    "20017": ["Quốc lộ 1A", "Cách Mạng Tháng Tám"],
    "19996": ["Quốc lộ 49", "Tỉnh lộ 12B"],
}
MAIN_ROAD_OF = {  # the main road through each other ward/commune, for addresses
    "19819": "Quốc lộ 1A", "19828": "Tỉnh lộ 6", "19831": "Quốc lộ 1A", "19858": "Quốc lộ 1A",
    "19867": "Tỉnh lộ 4", "19873": "Tỉnh lộ 4", "19885": "Tỉnh lộ 11A", "19918": "Tỉnh lộ 10A",
    "19942": "Tỉnh lộ 10A", "19945": "Tỉnh lộ 18", "20035": "Quốc lộ 49", "20044": "Đường Hồ Chí Minh",
    "20050": "Quốc lộ 49", "20056": "Đường Hồ Chí Minh", "20071": "Đường Hồ Chí Minh",
    "20101": "Đường Hồ Chí Minh", "20107": "Quốc lộ 1A", "20122": "Tỉnh lộ 21", "20131": "Quốc lộ 1A",
    "20137": "Quốc lộ 1A", "20140": "Quốc lộ 1A", "20161": "Tỉnh lộ 14B", "20179": "Tỉnh lộ 14B",
    "20182": "Tỉnh lộ 14B",
}
THON = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn Đông", "Thôn Tây", "Thôn Thượng", "Thôn Hạ",
        "Thôn Trung", "Thôn An Lại", "Thôn Phú Lương", "Thôn Vĩnh Xương", "Thôn Lại Bằng"]

# Public facilities (layer "facilities" of hue_base.gpkg), for the proximity tools.
# kind: (Vietnamese kind, facility_id prefix), in the order the rows are written.
FACILITY_KINDS = {
    "school": ("Trường học", "SCH"),
    "market": ("Chợ", "MKT"),
    "health": ("Trạm y tế", "HEA"),
    "police": ("Công an", "POL"),
    "fire": ("Phòng cháy chữa cháy", "FIR"),
}
# Real, well-known markets: (name, ward code, lon, lat, street or None). The names are real; the
# points are approximate (to a few hundred metres) and, where the hand-made Voronoi wards put the real
# place in the wrong ward, moved to the nearest spot inside the ward the market belongs to
# (Chợ Kim Long ~2.4 km, Chợ An Cựu ~1.2 km, Chợ Thuận An off the lagoon).
REAL_MARKETS = [
    ("Chợ Đông Ba", "19753", 107.5880, 16.4720, "Trần Hưng Đạo"),
    ("Chợ Tây Lộc", "19753", 107.5690, 16.4790, None),
    ("Chợ Bến Ngự", "19789", 107.5905, 16.4555, "Phan Bội Châu"),
    ("Chợ Xép", "19789", 107.5850, 16.4540, None),
    ("Chợ An Cựu", "19815", 107.5985, 16.4585, "Hùng Vương"),
    ("Chợ Kim Long", "19774", 107.5560, 16.4600, "Kim Long"),
    ("Chợ Vỹ Dạ", "19777", 107.6050, 16.4740, None),
    ("Chợ Thuận An", "19900", 107.6280, 16.5570, None),
    ("Chợ Sịa", "19867", 107.5330, 16.5690, None),
    ("Chợ Lăng Cô", "20137", 108.0600, 16.2550, None),
    ("Chợ Khe Tre", "20161", 107.7700, 16.1550, None),
    ("Chợ A Lưới", "20044", 107.2400, 16.2800, None),
]
# Fire and rescue teams (one per area, in these wards).
FIRE_WARDS = ["19753", "19815", "19900", "19960", "19819", "19996", "20107", "20044", "20137", "20179"]
# People schools are commonly named after (any Vietnamese city has schools with these names; none of the
# sample's schools is a real school).
NAMESAKES = [
    "Nguyễn Du", "Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Lý Thường Kiệt", "Quang Trung", "Ngô Quyền",
    "Đinh Tiên Hoàng", "Lê Quý Đôn", "Chu Văn An", "Nguyễn Bỉnh Khiêm", "Nguyễn Đình Chiểu", "Phan Bội Châu",
    "Phan Chu Trinh", "Huỳnh Thúc Kháng", "Trần Phú", "Lê Hồng Phong", "Nguyễn Tri Phương", "Trần Cao Vân",
    "Hàm Nghi", "Duy Tân", "Thái Phiên", "Nguyễn Văn Trỗi", "Võ Thị Sáu", "Lý Tự Trọng", "Kim Đồng",
    "Nguyễn Khuyến", "Nguyễn Chí Thanh", "Đặng Tất", "Cao Thắng", "Phan Đình Phùng", "Tôn Thất Thuyết",
    "Nguyễn Hiền", "Mạc Đĩnh Chi", "Lương Thế Vinh", "Đoàn Thị Điểm", "Bùi Thị Xuân", "Hoàng Hoa Thám",
    "Nguyễn Thái Học", "Phạm Hồng Thái", "Trần Quốc Toản", "Lê Văn Tám", "Phan Đăng Lưu", "Đặng Trần Côn",
    "Nguyễn Lộ Trạch", "Đào Duy Anh", "Ngô Thì Nhậm", "Nguyễn Trường Tộ", "Phùng Hưng", "Lê Thánh Tông",
    "Trần Quang Khải", "Trần Nhân Tông", "Hùng Vương", "An Dương Vương", "Tô Hiến Thành", "Nguyễn Công Trứ",
    "Hồ Xuân Hương", "Trần Quốc Tuấn", "Nguyễn Thiện Thuật", "Đào Duy Từ", "Lê Văn Hưu", "Ngô Sĩ Liên",
    "Nguyễn Tất Thành", "Võ Nguyên Giáp", "Trưng Vương", "Bà Triệu", "Phạm Văn Đồng",
    "Trần Thủ Độ", "Lý Công Uẩn",
]
# Residents per school of each level, for the number of schools in a ward (at least one primary and one
# lower-secondary school everywhere; upper-secondary schools only where the ward is large enough).
PER_SCHOOL = {"Tiểu học": 10_000, "THCS": 20_000, "THPT": 50_000}

# Flood episodes (start day, days) that raise "Ngập úng" requests and, for 2026, the river levels.
# 2024-11 and 2025-10/11 follow the real flood seasons; the 2026 ones are invented.
FLOODS = [
    ("2024-11-01", 3), ("2024-11-13", 4), ("2024-12-08", 3),
    ("2025-09-28", 3), ("2025-10-26", 6), ("2025-11-15", 5),
    ("2026-09-21", 2), ("2026-10-09", 4), ("2026-10-24", 5),
]

REQUESTS_START = pd.Timestamp("2024-11-01", tz=ICT)
REQUESTS_END = pd.Timestamp("2026-10-31 23:59:59", tz=ICT)  # also the "now" of the snapshot
READINGS_END = pd.Timestamp("2026-10-31 23:00", tz=ICT)

# Sizes. sample_data/ must stay under ~15 MB. In a GeoPackage a request row costs ~470 bytes
# (17 text/datetime fields + point + R-tree) and a reading row ~60 bytes, so the full sizes
# (50,000 requests; 60 stations x 3 months hourly = ~200,000 readings) take ~35 MB as GeoPackages.
# Those two GeoPackages are therefore shipped zipped (ZIPPED below: text compresses ~4x, ~7 MB in
# all); gisdesk opens "service_requests.zip!service_requests.gpkg" directly, and so does GDAL
# (/vsizip/). "--quick" is the small variant the tests regenerate.
@dataclass(frozen=True)
class Sizes:
    requests: int
    readings_start: str  # first hour of the hourly readings (to READINGS_END)
    pixel_m: float  # elevation raster pixel size


COMMITTED = Sizes(requests=50_000, readings_start="2026-08-01", pixel_m=60.0)
QUICK = Sizes(requests=3_000, readings_start="2026-10-24", pixel_m=400.0)


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    agency: str  # "{ward}" is replaced by the ward name in lower case ("phường Vỹ Dạ")
    share: float  # relative frequency
    months: tuple[float, ...]  # month factors Jan..Dec
    hours: str  # hour-of-day profile key
    urban: float  # exponent on the ward urban weight (higher = more city-centre)
    median_h: float  # median hours to close (normal urgency)
    sla_h: float  # expected time to close, hours (normal urgency)
    p_urgent: float
    texts: tuple[str, ...]


SERVICES = [
    Service("VSMT", "Rác thải, vệ sinh môi trường", "Công ty Môi trường đô thị Huế", 0.22,
            (1.3, 1.3, 1.0, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.1), "day", 1.0, 20, 48, 0.05, (
                "Rác tồn đọng nhiều ngày trước số {n} {street}, bốc mùi hôi.",
                "Điểm tập kết rác & xà bần tự phát, cần thu gom gấp.",
                "Xe rác không đến thu gom {d} ngày nay.",
                "Thùng rác công cộng bị đầy & tràn ra đường.",
                "Có người đổ trộm rác xây dựng ven đường {street}.",
            )),
    Service("CSCC", "Chiếu sáng công cộng", "Ban Quản lý hạ tầng đô thị", 0.10,
            (1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.2, 1.3, 1.3, 1.2), "day", 1.6, 60, 120, 0.05, (
                "Đèn đường trước số {n} {street} bị tắt {d} đêm liền.",
                'Cả đoạn đường tối om, "rất nguy hiểm" cho người đi đường.',
                "Đèn chiếu sáng chập chờn, dây điện cách mặt đường <2m.",
                "Cột đèn bị nghiêng sau mưa bão, có nguy cơ đổ.",
            )),
    Service("GTDB", "Hư hỏng đường giao thông", "Sở Xây dựng", 0.13,
            (1.3, 1.1, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.5, 1.7, 1.5), "day", 1.0, 150, 240, 0.08, (
                "Ổ gà lớn giữa đường {street}, đã có người ngã xe.",
                "Mặt đường bị sụt lún sâu > 20cm sau mưa.",
                "Nắp hố ga bị vỡ trước số {n} {street}, rất nguy hiểm.",
                'Đường mới trải nhựa đã bong tróc, "làm ẩu".',
            )),
    Service("CXDT", "Cây xanh", "Trung tâm Công viên cây xanh Huế", 0.08,
            (0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 0.9, 1.0, 1.8, 1.9, 1.7, 1.0), "day", 1.3, 40, 72, 0.2, (
                "Cây xanh bị gãy đổ chắn ngang đường {street}.",
                'Cành cây lớn sắp gãy, "xin cắt tỉa gấp" trước mùa bão.',
                "Cây nghiêng đè lên dây điện & mái nhà dân.",
                "Gốc cây bị mục, có nguy cơ ngã vào trường học.",
            )),
    Service("NGAP", "Ngập úng, thoát nước", "Ban Quản lý hạ tầng đô thị", 0.10,
            (0.4, 0.3, 0.3, 0.3, 0.5, 0.5, 0.5, 0.6, 1.5, 4.0, 4.0, 1.8), "day", 1.1, 30, 48, 0.3, (
                "Nước ngập sâu > 30cm trên đường {street}, xe máy chết máy.",
                "Cống thoát nước bị tắc, nước không rút được.",
                'Ngập cả khu dân cư, "nước vào nhà" từ đêm qua.',
                "Mương thoát nước đầy rác & bùn, mưa là ngập.",
            )),
    Service("TTDT", "Trật tự đô thị, lấn chiếm vỉa hè", "UBND {ward}", 0.11,
            (1.3, 1.3, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 0.9, 0.9, 0.9, 1.1), "day", 2.0, 70, 120, 0.03, (
                "Quán cà phê lấn chiếm vỉa hè & lòng đường trên {street}.",
                "Ô tô đậu trên vỉa hè, người đi bộ phải xuống lòng đường.",
                "Xây dựng không phép, vật liệu để tràn ra đường {street}.",
                'Bảng quảng cáo "khủng" che khuất biển báo giao thông.',
            )),
    Service("TIENGON", "Tiếng ồn", "Công an {ward}", 0.07,
            (1.3, 1.3, 1.0, 1.0, 1.3, 1.4, 1.4, 1.3, 1.0, 0.8, 0.8, 1.1), "evening", 1.8, 8, 24, 0.05, (
                'Hát karaoke quá 22h, âm lượng rất lớn "không thể ngủ".',
                "Công trình thi công ban đêm gây ồn ào.",
                "Loa quảng cáo mở to cả ngày trước số {n} {street}.",
                "Quán nhậu ồn ào đến 1h sáng & xả rác ra đường.",
            )),
    Service("CAPNUOC", "Cấp nước", "Công ty Cấp nước Huế", 0.07,
            (1.0, 1.0, 1.1, 1.3, 1.5, 1.5, 1.4, 1.2, 0.9, 1.0, 1.2, 0.9), "day", 1.0, 24, 48, 0.15, (
                "Mất nước {d} ngày chưa có thông báo.",
                "Vỡ đường ống nước trên đường {street}, nước chảy lênh láng.",
                "Nước máy có màu đục & mùi lạ.",
                "Áp lực nước yếu, tầng 2 không có nước.",
            )),
    Service("ANTT", "An ninh trật tự", "Công an {ward}", 0.06,
            (1.2, 1.3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1), "night", 1.3, 6, 24, 0.4, (
                "Nhóm thanh niên tụ tập đua xe lúc khuya trên {street}.",
                "Mất trộm xe máy trước số {n} {street}, cần hỗ trợ.",
                'Đánh nhau trước quán nhậu "Bà Tư", cần can thiệp.',
                "Có người lạ theo dõi nhà dân <khoảng 22h>.",
            )),
    Service("KHAC", "Khác", "UBND {ward}", 0.06,
            (1.0,) * 12, "day", 1.0, 90, 168, 0.02, (
                "Biển tên đường ghi sai <Lê Lọi> thay vì Lê Lợi.",
                "Chó thả rông không rọ mõm, đã cắn người.",
                'Đề nghị lắp thêm ghế đá & mái che ở "công viên nhỏ".',
                "Hỏi thủ tục cấp phép sửa chữa nhà ở.",
            )),
]
HOUR_PROFILES = {
    "day": [1, 0.5, 0.3, 0.3, 0.5, 1.5, 4, 7, 9, 9, 8, 6, 4, 4, 7, 8, 8, 7, 5, 4, 3.5, 3, 2, 1.5],
    "evening": [4, 2.5, 1, 0.5, 0.3, 0.5, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3.5, 4, 5, 7, 9, 9, 7],
    "night": [4, 3, 2, 1.5, 1, 1, 1.5, 2.5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3.5, 4, 5, 6, 7, 7, 6],
}

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Tôn Nữ", "Tôn Thất", "Nguyễn Phước", "Trương", "Đoàn"]
SURNAME_W = [30, 10, 9, 6, 5, 4, 4, 4, 2, 2, 2, 3, 2, 1, 1, 2, 2, 1, 2, 1]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Ngọc", "Xuân", "Đình"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Bảo", "Hồng", "Diệu"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Long", "Lộc", "Minh",
           "Nam", "Nhân", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Tiến", "Trung", "Tuấn", "Việt"]
GIVEN_F = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "My",
           "Nga", "Ngân", "Nhung", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Trâm", "Uyên", "Vân", "Yến"]
SOURCES = ["Hue-S", "Hotline 1022", "Zalo"]
SOURCE_W = [0.7, 0.2, 0.1]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
_TO_LOCAL = Transformer.from_crs(WGS84, LOCAL_CRS, always_xy=True)
_TO_WGS84 = Transformer.from_crs(LOCAL_CRS, WGS84, always_xy=True)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def rng_for(name: str) -> np.random.Generator:
    """An independent, reproducible random stream per component (so changing one leaves the rest)."""
    key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "little")
    return np.random.default_rng([SEED, key])


def to_local(geom):
    return shapely.transform(geom, lambda xy: np.column_stack(_TO_LOCAL.transform(xy[:, 0], xy[:, 1])))


def to_wgs84_xy(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lon, lat = _TO_WGS84.transform(x, y)
    return np.round(lon, 6), np.round(lat, 6)


def round_geom(geom, ndigits: int = 2):
    """Round coordinates (cm in EPSG:9214) so the files do not carry meaningless float noise."""
    return shapely.set_precision(geom, 10.0 ** -ndigits)


def as_multipolygon(geom, min_area: float = 0.0) -> shapely.MultiPolygon:
    """The polygon parts of ``geom`` (dropping slivers under ``min_area`` m²) as one MultiPolygon."""
    parts = [g for g in shapely.get_parts(shapely.make_valid(geom)) if g.geom_type == "Polygon" and g.area > min_area]
    return shapely.MultiPolygon(parts)


def store_datetimes(series: pd.Series) -> pd.Series:
    series = series.dt.floor("s")
    return series.dt.tz_convert("UTC") if DATETIME_STORAGE == "utc" else series.dt.tz_convert(ICT)


def write_layer(df: gpd.GeoDataFrame | pd.DataFrame, path: Path, layer: str) -> None:
    pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", append=path.exists())


ZIPPED = ("service_requests.gpkg", "sensors.gpkg")
ZIP_DATE = (2025, 7, 1, 0, 0, 0)  # fixed member timestamp: the zip bytes do not depend on the day it is made


def zip_in_place(path: Path) -> Path:
    """Replace ``x.gpkg`` by ``x.zip`` holding it (deflate level 9, fixed timestamp: deterministic)."""
    target = path.with_suffix(".zip")
    info = zipfile.ZipInfo(path.name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with zipfile.ZipFile(target, "w") as zf, open(path, "rb") as fh:
        zf.writestr(info, fh.read(), compresslevel=9)
    path.unlink()
    return target


def vacuum(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("VACUUM")
    finally:
        con.close()


def smooth_noise(rng: np.random.Generator, shape: tuple[int, int], sigma_px: float) -> np.ndarray:
    """Gaussian-filtered white noise (via FFT), scaled to unit standard deviation."""
    white = rng.standard_normal(shape)
    fy = np.fft.fftfreq(shape[0])[:, None]
    fx = np.fft.rfftfreq(shape[1])[None, :]
    kernel = np.exp(-2.0 * (np.pi * sigma_px) ** 2 * (fx**2 + fy**2))
    field = np.fft.irfft2(np.fft.rfft2(white) * kernel, s=shape)
    return field / field.std()


# --------------------------------------------------------------------------------------------
# 1. Wards and the city outline
# --------------------------------------------------------------------------------------------
def make_geography() -> dict:
    outline = round_geom(to_local(shapely.Polygon(OUTLINE)))
    wards = pd.DataFrame(WARDS, columns=["code", "name", "type", "lat", "lon", "population", "area_km2"])
    wards["name"] = wards["name"].map(nfc)
    wards["type"] = wards["type"].map(nfc)
    x, y = _TO_LOCAL.transform(wards["lon"].to_numpy(), wards["lat"].to_numpy())
    pts = shapely.points(x, y)
    if not shapely.contains(outline, pts).all():
        raise RuntimeError("a ward point lies outside the hand-drawn outline; fix OUTLINE")
    cells = shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=outline, ordered=True)
    shapes = []
    for pt, cell in zip(pts, shapely.get_parts(cells), strict=True):
        if not cell.contains(pt):
            raise RuntimeError("voronoi cell order mismatch")
        shape = round_geom(shapely.intersection(cell, outline))
        shapes.append(shapely.make_valid(shape) if not shape.is_valid else shape)
    wards["geometry"] = shapes
    wards["point"] = list(pts)
    water = round_geom(shapely.union(to_local(shapely.Polygon(LAGOON)), river_polygon()))
    return {"outline": outline, "wards": wards, "water": water}


def river_polygon():
    line = to_local(shapely.LineString(PERFUME_RIVER))
    # narrow upstream (~120 m), wider through the city (~250 m) and towards the lagoon
    n = 40
    pieces = []
    for i in range(n):
        seg = shapely.ops.substring(line, line.length * i / n, line.length * (i + 1) / n)
        width = 120 + 160 * (i / (n - 1))
        pieces.append(seg.buffer(width / 2, quad_segs=4))
    return shapely.union_all(pieces).simplify(5)


def write_admin(out: Path, geo: dict) -> None:
    path = out / "hue_admin.gpkg"
    wards = geo["wards"]
    gdf = gpd.GeoDataFrame(
        {
            "code": wards["code"].astype("str"),
            "name": wards["name"],
            "type": wards["type"],
            "population": pd.array(wards["population"], dtype="Int64"),
            "area_km2": wards["area_km2"].astype("float64"),
            "shape_area_km2": np.round(shapely.area(wards["geometry"].to_numpy()) / 1e6, 2),
            "version": WARD_VERSION,
        },
        geometry=gpd.GeoSeries(wards["geometry"].to_numpy(), crs=LOCAL_CRS).set_precision(0.01),
        crs=LOCAL_CRS,
    )
    # one geometry type for the layer: MultiPolygon everywhere
    gdf["geometry"] = [as_multipolygon(g) for g in gdf.geometry]
    write_layer(gdf, path, "wards")
    outline = gpd.GeoDataFrame(
        {
            "name": ["Thành phố Huế (ranh giới gần đúng)"],
            "area_km2": [round(geo["outline"].area / 1e6, 1)],
            "note": ["Approximate hand-drawn outline; not an official boundary."],
        },
        geometry=[geo["outline"]],
        crs=LOCAL_CRS,
    )
    write_layer(outline, path, "city_outline")


# --------------------------------------------------------------------------------------------
# 2. Base map: roads, river, land use, public facilities
# --------------------------------------------------------------------------------------------
def make_landuse(geo: dict) -> gpd.GeoDataFrame:
    rng = rng_for("landuse")
    wards = geo["wards"]
    centre = to_local(shapely.Point(107.585, 16.463))
    heritage = [(name, round_geom(to_local(shapely.box(*box)).difference(geo["water"]))) for name, box in HERITAGE]
    heritage_union = shapely.union_all([g for _, g in heritage])
    x0, y0 = _TO_LOCAL.transform(107.54, 16.41)
    x1, y1 = _TO_LOCAL.transform(107.645, 16.52)
    step = 2000.0
    xs = np.arange(np.floor(x0 / step) * step, x1, step)
    ys = np.arange(np.floor(y0 / step) * step, y1, step)
    industrial_sites = [to_local(shapely.Point(p)) for p in [(107.557, 16.492), (107.690, 16.390), (107.545, 16.515)]]
    zones = {
        "residential": ("Đất ở đô thị", "ODT", "Khu dân cư"),
        "commercial": ("Đất thương mại, dịch vụ", "TMD", "Khu thương mại"),
        "green": ("Đất công viên, cây xanh công cộng", "DKV", "Công viên cây xanh"),
        "heritage": ("Đất di tích lịch sử - văn hóa", "DDT", ""),
        "industrial": ("Đất khu, cụm công nghiệp", "SKK", "Cụm công nghiệp"),
        "agriculture": ("Đất trồng lúa", "LUA", "Cánh đồng"),
    }
    rows = []
    counters: dict[tuple[str, str], int] = {}
    for yy in ys:
        for xx in xs:
            cell = shapely.box(xx, yy, xx + step, yy + step)
            c = cell.centroid
            dist_km = c.distance(centre) / 1000
            if any(cell.contains(s) for s in industrial_sites):
                zone = "industrial"
            elif dist_km < 2.0:
                zone = rng.choice(["commercial", "residential"], p=[0.5, 0.5])
            elif dist_km < 4.5:
                zone = rng.choice(["residential", "green", "commercial"], p=[0.7, 0.15, 0.15])
            else:
                zone = rng.choice(["agriculture", "residential", "green"], p=[0.6, 0.3, 0.1])
            piece = cell.difference(geo["water"]).difference(heritage_union)
            for _, ward in wards.iterrows():
                part = as_multipolygon(round_geom(piece.intersection(ward["geometry"])), 50_000)
                if part.is_empty:
                    continue
                label, code, prefix = zones[zone]
                short = ward["name"].split(" ", 1)[1]
                counters[(zone, short)] = counters.get((zone, short), 0) + 1
                rows.append({
                    "name": f"{prefix} {short} {counters[(zone, short)]}",
                    "zone": zone, "zone_name": label, "zone_code": code, "ward_code": ward["code"],
                    "geometry": part,
                })
    for name, geom in heritage:
        ward_code = wards.loc[[g.intersects(geom.centroid) for g in wards["geometry"]], "code"].iloc[0]
        label, code, _ = zones["heritage"]
        rows.append({"name": name, "zone": "heritage", "zone_name": label, "zone_code": code,
                     "ward_code": ward_code, "geometry": as_multipolygon(geom, 500)})
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=LOCAL_CRS)
    gdf.insert(4, "area_ha", np.round(gdf.geometry.area / 1e4, 2))
    return gdf


def make_facilities(geo: dict) -> gpd.GeoDataFrame:
    """Schools, markets, health stations, police and fire stations, each a point inside its ward, off the water.

    Synthetic, except the names of the markets in ``REAL_MARKETS``. Health stations and police: one per ward,
    near the ward's representative point; schools by population (``PER_SCHOOL``), scattered around the point;
    markets: the real ones, then one "Chợ <ward>" in every ward that has none; fire and rescue teams in
    ``FIRE_WARDS``. Depends only on the wards (not on the size settings).
    """
    rng = rng_for("facilities")
    wards = geo["wards"].reset_index(drop=True)
    pop, _ = ward_weights(wards)
    inset = 150.0  # metres from the ward edge and the water
    land = {}
    for ward in wards.itertuples():
        inner = ward.geometry.difference(geo["water"]).buffer(-inset)
        land[ward.code] = inner if not inner.is_empty else ward.geometry.difference(geo["water"])
    urban_sigma = {code: 900.0 if code in CENTRAL else (2000.0 if typ == "phường" else 3000.0)
                   for code, typ in zip(wards["code"], wards["type"], strict=True)}
    namesakes = [NAMESAKES[i] for i in rng.permutation(len(NAMESAKES))]
    rows: list[tuple[str, str, str, float, float, str | None]] = []  # kind, name, ward, x, y, street

    def around(code: str, sigma: float, n: int) -> list[tuple[float, float]]:
        ward = wards.loc[wards["code"] == code].iloc[0]
        x, y = sample_points_in(rng, land[code], ward["point"], sigma, n)
        return list(zip(x, y, strict=True))

    for ward, p in zip(wards.itertuples(), pop, strict=True):
        short = ward.name.split(" ", 1)[1]
        counts = {level: max(round(p / per), 0 if level == "THPT" else 1) for level, per in PER_SCHOOL.items()}
        spots = iter(around(ward.code, urban_sigma[ward.code], sum(counts.values())))
        for k in range(counts["Tiểu học"]):
            number = f"số {k + 1} " if counts["Tiểu học"] > 1 else ""
            rows.append(("school", f"Trường Tiểu học {number}{short}", ward.code, *next(spots), None))
        for k in range(counts["THCS"]):
            name = f"Trường THCS {short}" if k == 0 else f"Trường THCS {namesakes.pop()}"
            rows.append(("school", name, ward.code, *next(spots), None))
        for _ in range(counts["THPT"]):
            rows.append(("school", f"Trường THPT {namesakes.pop()}", ward.code, *next(spots), None))
    has_market = set()
    for name, code, lon, lat, street in REAL_MARKETS:
        x, y = _TO_LOCAL.transform(lon, lat)
        spot = shapely.Point(x, y)
        if not land[code].covers(spot):  # the hand-made ward shape or the water is in the way: nearest spot inside
            spot = shapely.ops.nearest_points(land[code].buffer(-1.0), spot)[0]
        rows.append(("market", name, code, spot.x, spot.y, street))
        has_market.add(code)
    for ward in wards.itertuples():
        if ward.code not in has_market:
            short = ward.name.split(" ", 1)[1]
            rows.append(("market", f"Chợ {short}", ward.code, *around(ward.code, urban_sigma[ward.code] / 2, 1)[0],
                         None))
    for ward in wards.itertuples():
        lower = ward.name[0].lower() + ward.name[1:]
        rows.append(("health", f"Trạm y tế {lower}", ward.code, *around(ward.code, 400.0, 1)[0], None))
    for ward in wards.itertuples():
        lower = ward.name[0].lower() + ward.name[1:]
        rows.append(("police", f"Công an {lower}", ward.code, *around(ward.code, 400.0, 1)[0], None))
    for code in FIRE_WARDS:
        short = wards.loc[wards["code"] == code, "name"].iloc[0].split(" ", 1)[1]
        rows.append(("fire", f"Đội Cảnh sát PCCC và CNCH khu vực {short}", code, *around(code, 800.0, 1)[0],
                     None))

    df = pd.DataFrame(rows, columns=["kind", "name", "ward_code", "x", "y", "street"])
    df["x"], df["y"] = np.round(df["x"], 2), np.round(df["y"], 2)
    df["name"] = df["name"].map(nfc)
    order = {k: i for i, k in enumerate(FACILITY_KINDS)}
    df = df.sort_values(["kind", "ward_code"], key=lambda s: s.map(order) if s.name == "kind" else s,
                        kind="stable", ignore_index=True)
    df.insert(0, "facility_id", [f"{FACILITY_KINDS[k][1]}-{i:03d}" for k, i in
                                 zip(df["kind"], df.groupby("kind", sort=False).cumcount() + 1, strict=True)])
    df.insert(3, "kind_vi", df["kind"].map(lambda k: FACILITY_KINDS[k][0]))
    # addresses (synthetic): a house number on one of the ward's streets in the city, a residential group
    # (tổ dân phố) in the other phường, a village (thôn) in the xã
    names = wards.set_index("code")["name"]
    addresses = []
    for row in df.itertuples():
        ward_name = names.loc[row.ward_code]
        lower = ward_name[0].lower() + ward_name[1:]
        if isinstance(row.street, str):
            addresses.append(f"{int(rng.integers(1, 200))} {row.street}, {lower}")
        elif row.ward_code in STREETS:
            street = STREETS[row.ward_code][int(rng.integers(0, len(STREETS[row.ward_code])))]
            addresses.append(f"{int(rng.integers(1, 240))} {street}, {lower}")
        elif ward_name.startswith("Phường"):
            addresses.append(f"Tổ dân phố {int(rng.integers(1, 26))}, {lower}")
        else:
            addresses.append(f"{THON[int(rng.integers(0, len(THON)))]}, {lower}")
    df["address"] = [nfc(a) for a in addresses]
    pts = shapely.points(df["x"].to_numpy(), df["y"].to_numpy())
    by_code = wards.set_index("code")["geometry"]
    for code, idx in df.groupby("ward_code").indices.items():
        if not shapely.contains(by_code.loc[code], pts[idx]).all() or shapely.intersects(geo["water"], pts[idx]).any():
            raise RuntimeError(f"a facility of ward {code} lies outside it or on the water")
    return gpd.GeoDataFrame(df.drop(columns=["x", "y", "street"]), geometry=pts, crs=LOCAL_CRS)


def write_base(out: Path, geo: dict) -> None:
    path = out / "hue_base.gpkg"
    roads = gpd.GeoDataFrame(
        {
            "name": [r[0] for r in ROADS],
            "ref": [r[1] or None for r in ROADS],
            "class": [r[2] for r in ROADS],
        },
        geometry=[round_geom(to_local(shapely.LineString(r[3]))) for r in ROADS],
        crs=LOCAL_CRS,
    )
    write_layer(roads, path, "roads")
    river = gpd.GeoDataFrame(
        {
            "name": ["Sông Hương", "Phá Tam Giang - đầm Cầu Hai"],
            "kind": ["sông", "đầm phá"],
        },
        geometry=[
            shapely.MultiPolygon([round_geom(river_polygon())]),
            shapely.MultiPolygon([round_geom(to_local(shapely.Polygon(LAGOON)))]),
        ],
        crs=LOCAL_CRS,
    )
    write_layer(river, path, "river")
    lines = gpd.GeoDataFrame(
        {"name": ["Sông Hương", "Sông Bồ"], "kind": ["sông", "sông"]},
        geometry=[round_geom(to_local(shapely.LineString(PERFUME_RIVER))),
                  round_geom(to_local(shapely.LineString(SONG_BO)))],
        crs=LOCAL_CRS,
    )
    write_layer(lines, path, "river_line")
    write_layer(make_landuse(geo), path, "landuse")
    write_layer(make_facilities(geo), path, "facilities")


# --------------------------------------------------------------------------------------------
# 3. Elevation and flood depth rasters
# --------------------------------------------------------------------------------------------
def make_terrain(geo: dict, pixel: float) -> dict:
    rng = rng_for("terrain")
    minx, miny, maxx, maxy = geo["outline"].bounds
    minx, miny = np.floor(minx / 1000) * 1000 - 1000, np.floor(miny / 1000) * 1000 - 1000
    maxx, maxy = np.ceil(maxx / 1000) * 1000 + 1000, np.ceil(maxy / 1000) * 1000 + 1000
    width, height = round((maxx - minx) / pixel), round((maxy - miny) / pixel)
    xs = minx + (np.arange(width) + 0.5) * pixel
    ys = maxy - (np.arange(height) + 0.5) * pixel
    # distances are computed on a coarse grid (500 m) and interpolated: smooth fields anyway
    cstep = 500.0
    cxs = np.arange(minx, maxx + cstep, cstep)
    cys = np.arange(miny, maxy + cstep, cstep)
    cgx, cgy = np.meshgrid(cxs, cys)
    coast = to_local(shapely.LineString(COAST))
    river = shapely.union(to_local(shapely.LineString(PERFUME_RIVER)), to_local(shapely.LineString(SONG_BO)))
    cpts = shapely.points(cgx.ravel(), cgy.ravel())
    d_coast_c = (shapely.distance(coast, cpts) / 1000).reshape(cgx.shape)
    d_river_c = (shapely.distance(river, cpts) / 1000).reshape(cgx.shape)

    def interp(grid: np.ndarray) -> np.ndarray:
        fx = (xs - cxs[0]) / cstep
        fy = (ys - cys[0]) / cstep
        ix = np.clip(fx.astype(int), 0, len(cxs) - 2)
        iy = np.clip(fy.astype(int), 0, len(cys) - 2)
        tx = (fx - ix)[None, :]
        ty = (fy - iy)[:, None]
        g00 = grid[np.ix_(iy, ix)]
        g01 = grid[np.ix_(iy, ix + 1)]
        g10 = grid[np.ix_(iy + 1, ix)]
        g11 = grid[np.ix_(iy + 1, ix + 1)]
        return (g00 * (1 - tx) + g01 * tx) * (1 - ty) + (g10 * (1 - tx) + g11 * tx) * ty

    d_coast = interp(d_coast_c)
    d_river = interp(d_river_c)
    lon_c, _ = _TO_WGS84.transform(cgx, cgy)
    lon = interp(lon_c)
    gx, gy = np.meshgrid(xs, ys)
    # the coastal plain is wide in the north-west and narrow where the mountains meet the sea
    plain_km = np.interp(lon, [107.2, 107.6, 107.8, 107.95, 108.2], [15, 14, 9, 4, 2])
    lowland = 0.3 + 0.22 * np.minimum(d_coast, plain_km) + 0.6 * smooth_noise(rng, gx.shape, 1500 / pixel)
    hill_km = np.maximum(d_coast - plain_km, 0)
    mountains = 1000 * (1 - np.exp(-hill_km / 22))
    for lon0, lat0, height_m, radius_km in [
        (107.855, 16.195, 700, 7),  # Bạch Mã
        (108.13, 16.205, 650, 5),  # Hải Vân
        (107.33, 16.12, 450, 10),  # the south-west range towards Quảng Nam
        (107.10, 16.38, 300, 8),  # the border range west of A Lưới
    ]:
        bx, by = _TO_LOCAL.transform(lon0, lat0)
        mountains = mountains + height_m * np.exp(-((gx - bx) ** 2 + (gy - by) ** 2) / (2 * (radius_km * 1000) ** 2))
    # the A Lưới valley: a high plain around 550-650 m
    ax, ay = _TO_LOCAL.transform(107.235, 16.26)
    valley = np.exp(-((gx - ax) ** 2 / (2 * 6000**2) + (gy - ay) ** 2 / (2 * 14000**2)))
    mountains = mountains * (1 - valley) + 600 * valley
    rough = (0.55 * smooth_noise(rng, gx.shape, 4000 / pixel) + 0.3 * smooth_noise(rng, gx.shape, 1500 / pixel)
             + 0.15 * smooth_noise(rng, gx.shape, 500 / pixel))
    mountains = np.maximum(mountains * (1 + 0.3 * rough), 0)
    # river valleys cut into the hills
    mountains *= 1 - np.exp(-d_river / 1.5)
    z = lowland + mountains
    transform = rasterio.Affine(pixel, 0.0, minx, 0.0, -pixel, maxy)
    inside = rasterio.features.geometry_mask([geo["outline"]], out_shape=z.shape, transform=transform, invert=True)
    water = rasterio.features.geometry_mask([geo["water"]], out_shape=z.shape, transform=transform, invert=True)
    z = np.where(water, np.minimum(z, -1.0 - 1.5 * np.clip(d_coast / 5, 0, 1)), z)
    # flood water surface for a large flood (~Kim Long alarm level 3): high along the rivers inland,
    # falling towards the lagoon, spreading a few km across the plain
    stage = 1.2 + 4.0 * np.clip((d_coast - 3) / 12, 0, 1)
    surface = stage - 0.3 * d_river
    depth = np.where(inside & ~water & (d_coast < 25), np.clip(surface - z, 0, None), 0.0)
    depth = np.where(depth < 0.05, 0.0, depth)
    return {"z": z, "inside": inside, "water": water, "depth": depth, "transform": transform}


def write_rasters(out: Path, geo: dict, pixel: float) -> None:
    terrain = make_terrain(geo, pixel)
    z = np.where(terrain["inside"], np.round(terrain["z"]), -32768).astype("int16")
    profile = {
        "driver": "GTiff", "width": z.shape[1], "height": z.shape[0], "count": 1, "crs": LOCAL_CRS,
        "transform": terrain["transform"], "tiled": True, "blockxsize": 256, "blockysize": 256,
        "compress": "lzw", "interleave": "band",
    }
    with rasterio.Env(GDAL_TIFF_OVR_BLOCKSIZE=256):
        with rasterio.open(out / "elevation.tif", "w", dtype="int16", nodata=-32768, predictor=2, **profile) as dst:
            dst.write(z, 1)
            dst.set_band_description(1, "elevation (m), synthetic")
            dst.update_tags(units="m", source="synthetic, gisdesk sample_data/make_sample.py")
            dst.build_overviews([2, 4, 8, 16], Resampling.average)
            dst.update_tags(ns="rio_overview", resampling="average")
        # flood depth: the city lowlands window only
        x0, y0 = _TO_LOCAL.transform(107.42, 16.66)
        x1, y1 = _TO_LOCAL.transform(107.82, 16.33)
        inv = ~terrain["transform"]
        c0, r0 = (int(v) for v in inv @ (x0, y0))
        c1, r1 = (int(v) for v in inv @ (x1, y1))
        window = (slice(max(r0, 0), r1), slice(max(c0, 0), c1))
        depth = np.where(terrain["inside"], terrain["depth"], -9999.0)[window]
        depth = np.where(depth > 0, np.round(depth, 2), depth).astype("float32")
        fprofile = dict(profile, width=depth.shape[1], height=depth.shape[0],
                        transform=terrain["transform"] @ rasterio.Affine.translation(window[1].start, window[0].start))
        with rasterio.open(out / "flood_depth.tif", "w", dtype="float32", nodata=-9999.0, predictor=3,
                           **fprofile) as dst:
            dst.write(depth, 1)
            dst.set_band_description(1, "flood depth (m), synthetic scenario")
            dst.update_tags(units="m", source="synthetic, gisdesk sample_data/make_sample.py")
            dst.build_overviews([2, 4, 8], Resampling.average)
            dst.update_tags(ns="rio_overview", resampling="average")


# --------------------------------------------------------------------------------------------
# 4. Citizen service requests (Open311 GeoReport v2 fields)
# --------------------------------------------------------------------------------------------
def flood_days(index: pd.DatetimeIndex) -> np.ndarray:
    flag = np.zeros(len(index), dtype=bool)
    days = index.normalize()
    for start, n in FLOODS:
        s = pd.Timestamp(start, tz=ICT)
        flag |= (days >= s) & (days < s + pd.Timedelta(days=n))
    return flag


def ward_weights(wards: pd.DataFrame) -> np.ndarray:
    pop = wards["population"].astype("float64").fillna(40000.0).to_numpy()  # Thủy Xuân has none listed
    urban = np.where(wards["code"].isin(CENTRAL), 3.0, np.where(wards["type"] == "phường", 1.0, 0.35))
    return pop, urban


def sample_points_in(rng, polygon, centre, sigma: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n points scattered normally around ``centre`` (sigma metres), kept inside ``polygon``.

    Falls back to uniform points in the polygon when the centre sits outside it (a ward point
    on the water) and few normal draws land inside.
    """
    xs, ys = [], []
    got = 0
    shapely.prepare(polygon)
    minx, miny, maxx, maxy = polygon.bounds
    uniform = False
    while got < n:
        k = max(4 * (n - got), 64)
        if uniform:
            cx = rng.uniform(minx, maxx, k)
            cy = rng.uniform(miny, maxy, k)
        else:
            cx = centre.x + rng.normal(0, sigma, k)
            cy = centre.y + rng.normal(0, sigma, k)
        ok = shapely.contains_xy(polygon, cx, cy)
        xs.append(cx[ok])
        ys.append(cy[ok])
        got += int(ok.sum())
        uniform = uniform or ok.mean() < 0.05
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def make_requests(geo: dict, n_total: int) -> gpd.GeoDataFrame:
    rng = rng_for("requests")
    wards = geo["wards"].reset_index(drop=True)
    days = pd.date_range(REQUESTS_START, REQUESTS_END.normalize(), freq="D")
    n_days = len(days)
    weekday = np.array([1.15, 1.05, 1.05, 1.0, 1.0, 0.8, 0.7])[days.day_of_week]
    trend = np.linspace(0.85, 1.15, n_days)  # more people use Hue-S over time
    flood = flood_days(days)
    lam = np.zeros((n_days, len(SERVICES)))
    for j, svc in enumerate(SERVICES):
        month = np.array(svc.months)[days.month - 1]
        boost = np.ones(n_days)
        if svc.code == "NGAP":
            boost[flood] = 6.0
        elif svc.code in ("CXDT", "VSMT", "GTDB"):
            boost[flood] = 2.0
        lam[:, j] = svc.share * month * weekday * trend * boost * rng.lognormal(0, 0.15, n_days)
    counts = rng.multinomial(n_total, (lam / lam.sum()).ravel()).reshape(lam.shape)
    day_idx, svc_idx = np.nonzero(counts)
    reps = counts[day_idx, svc_idx]
    day_idx = np.repeat(day_idx, reps)
    svc_idx = np.repeat(svc_idx, reps)
    n = len(day_idx)

    # time of day
    seconds = np.zeros(n)
    for key, profile in HOUR_PROFILES.items():
        sel = np.array([SERVICES[j].hours == key for j in svc_idx])
        p = np.array(profile, dtype=float)
        seconds[sel] = rng.choice(24, sel.sum(), p=p / p.sum()) * 3600 + rng.integers(0, 3600, sel.sum())
    requested = days[day_idx] + pd.to_timedelta(seconds, unit="s")

    # where: a ward (population x urban weight, per service) and a point inside it, off the water
    pop, urban = ward_weights(wards)
    ward_idx = np.zeros(n, dtype=int)
    for j, svc in enumerate(SERVICES):
        sel = svc_idx == j
        w = pop * urban**svc.urban
        ward_idx[sel] = rng.choice(len(wards), sel.sum(), p=w / w.sum())
    x = np.zeros(n)
    y = np.zeros(n)
    for i, ward in wards.iterrows():
        sel = np.nonzero(ward_idx == i)[0]
        if len(sel) == 0:
            continue
        land = ward["geometry"].difference(geo["water"])
        sigma = 900.0 if ward["code"] in CENTRAL else (2000.0 if ward["type"] == "phường" else 3500.0)
        x[sel], y[sel] = sample_points_in(rng, land, ward["point"], sigma, len(sel))

    order = np.lexsort((ward_idx, svc_idx, requested.asi8))
    day_idx, svc_idx, ward_idx, x, y = day_idx[order], svc_idx[order], ward_idx[order], x[order], y[order]
    requested = requested[order]
    flood_req = flood[day_idx]

    # urgency, how long it took, what is still open
    p_urgent = np.array([SERVICES[j].p_urgent for j in svc_idx])
    p_urgent = np.where(flood_req & (np.array([SERVICES[j].code for j in svc_idx]) == "NGAP"), 0.6, p_urgent)
    urgent = rng.random(n) < p_urgent
    median_h = np.array([SERVICES[j].median_h for j in svc_idx]) * np.where(urgent, 0.35, 1.0)
    median_h *= np.where(flood_req, 1.8, 1.0)  # backlog during floods
    rejected = rng.random(n) < 0.04
    hours = np.where(rejected, rng.lognormal(np.log(10), 0.8, n), rng.lognormal(np.log(median_h), 0.9, n))
    hours = np.clip(hours, 0.25, None)
    closed_at = requested + pd.to_timedelta(np.round(hours * 3600), unit="s")
    sla_h = np.where(urgent, np.where(np.array([SERVICES[j].code for j in svc_idx]) == "ANTT", 4, 24),
                     np.array([SERVICES[j].sla_h for j in svc_idx]))
    expected = requested + pd.to_timedelta(sla_h, unit="h")
    stuck = ~rejected & (rng.random(n) < 0.035)
    is_open = stuck | (closed_at > REQUESTS_END)
    age_h = (REQUESTS_END - requested).total_seconds().to_numpy() / 3600
    detail = np.where(rejected, "Từ chối", "Đã xử lý").astype(object)
    u = rng.random(n)
    open_detail = np.where(
        (age_h < 36) & (u < 0.6), "Mới tiếp nhận",
        np.where(u < 0.75, "Đang xử lý", "Đã chuyển đơn vị"))
    detail[is_open] = open_detail[is_open]
    frac = rng.random(n)
    updated = np.where(
        is_open,
        np.where(detail == "Mới tiếp nhận", requested,
                 requested + pd.to_timedelta(np.round(frac * age_h * 3600), unit="s")),
        closed_at,
    )
    updated = pd.DatetimeIndex(updated).tz_convert(ICT)

    # text
    ward_codes = wards["code"].to_numpy()[ward_idx]
    ward_names = wards["name"].to_numpy()[ward_idx]
    ward_lower = np.array([w[0].lower() + w[1:] for w in wards["name"]])[ward_idx]
    house = rng.integers(1, 240, n)
    pick = rng.random((n, 4))
    streets = []
    addresses = []
    for k in range(n):
        code = ward_codes[k]
        if code in STREETS:
            names = STREETS[code]
            street = names[int(pick[k, 0] * len(names))]
            if street.startswith(("Quốc lộ", "Tỉnh lộ")) and pick[k, 1] < 0.5:
                addresses.append(f"Tổ dân phố {1 + int(pick[k, 1] * 30)}, {ward_lower[k]}")
            else:
                sep = " " if pick[k, 2] < 0.8 else "/"
                num = f"{house[k]}" if sep == " " else f"{house[k]}/{1 + int(pick[k, 3] * 40)}"
                addresses.append(f"{num} {street}, {ward_lower[k]}")
        else:
            street = MAIN_ROAD_OF.get(code, "đường liên thôn")
            if pick[k, 1] < 0.3:
                addresses.append(f"Km {1 + int(pick[k, 2] * 60)} {street}, {ward_lower[k]}")
            elif ward_names[k].startswith("Phường"):
                addresses.append(f"Tổ dân phố {1 + int(pick[k, 2] * 25)}, {ward_lower[k]}")
            else:
                addresses.append(f"{THON[int(pick[k, 2] * len(THON))]}, {ward_lower[k]}")
        streets.append(street)
    tpl_pick = rng.random(n)
    days_txt = rng.integers(2, 8, n)
    descriptions = []
    agencies = []
    for k in range(n):
        svc = SERVICES[svc_idx[k]]
        tpl = svc.texts[int(tpl_pick[k] * len(svc.texts))]
        descriptions.append(tpl.format(n=house[k], street=streets[k], d=days_txt[k]))
        agencies.append(svc.agency.format(ward=ward_lower[k]))

    # people (synthetic): 15 % anonymous
    female = rng.random(n) < 0.5
    sw = np.array(SURNAME_W, dtype=float)
    sur = rng.choice(len(SURNAMES), n, p=sw / sw.sum())
    mid = rng.integers(0, 10, n)
    giv = rng.random(n)
    names = [
        f"{SURNAMES[sur[k]]} {(MIDDLE_F if female[k] else MIDDLE_M)[mid[k]]} "
        f"{(GIVEN_F if female[k] else GIVEN_M)[int(giv[k] * (len(GIVEN_F) if female[k] else len(GIVEN_M)))]}"
        for k in range(n)
    ]
    phones = [f"09{v:08d}" for v in rng.integers(0, 10**8, n)]
    anonymous = rng.random(n) < 0.15
    names = np.where(anonymous, None, np.array(names, dtype=object))
    phones = np.where(anonymous, None, np.array(phones, dtype=object))
    source = rng.choice(SOURCES, n, p=SOURCE_W)

    # IDs: HUE-<year>-<running number within the year>
    years = requested.year.to_numpy()
    seq = np.zeros(n, dtype=int)
    for yr in np.unique(years):
        sel = years == yr
        seq[sel] = np.arange(1, sel.sum() + 1)
    ids = [f"HUE-{yr}-{s:06d}" for yr, s in zip(years, seq, strict=True)]

    lon, lat = to_wgs84_xy(x, y)
    df = gpd.GeoDataFrame(
        {
            "service_request_id": ids,
            "service_code": [SERVICES[j].code for j in svc_idx],
            "service_name": [SERVICES[j].name for j in svc_idx],
            "status": np.where(is_open, "open", "closed"),
            "status_detail": detail.astype(str),
            "requested_datetime": store_datetimes(pd.Series(requested)),
            "updated_datetime": store_datetimes(pd.Series(updated)),
            "expected_datetime": store_datetimes(pd.Series(expected)),
            "address": addresses,
            "description": descriptions,
            "agency_responsible": agencies,
            "urgency": np.where(urgent, "urgent", "normal"),
            "ward_code": ward_codes,
            "ward_name": ward_names,
            "source": source,
            "reporter_name": pd.array(names, dtype="str"),
            "reporter_phone": pd.array(phones, dtype="str"),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=WGS84,
    )
    return df


def write_requests(out: Path, geo: dict, n_total: int) -> None:
    write_layer(make_requests(geo, n_total), out / "service_requests.gpkg", "requests")


# --------------------------------------------------------------------------------------------
# 5. Sensors: stations and hourly readings
# --------------------------------------------------------------------------------------------
WATER_STATIONS = [  # name, lon, lat, kind of site (upstream/river/lagoon)
    ("Kim Long (sông Hương)", 107.556, 16.4585, "river"),
    ("Trường Tiền (sông Hương)", 107.589, 16.4655, "river"),
    ("Bao Vinh (sông Hương)", 107.6005, 16.489, "river"),
    ("Ngã ba Sình (sông Hương - sông Bồ)", 107.605, 16.519, "river"),
    ("Thuận An (phá Tam Giang)", 107.624, 16.548, "lagoon"),
    ("Phú Ốc (sông Bồ)", 107.505, 16.535, "river"),
    ("Cổ Bi (sông Bồ)", 107.42, 16.468, "upstream"),
    ("Bằng Lãng (sông Hương)", 107.522, 16.399, "upstream"),
    ("Bình Điền (sông Hữu Trạch)", 107.47, 16.355, "upstream"),
    ("Dương Hòa (sông Tả Trạch)", 107.60, 16.35, "upstream"),
    ("Thượng Nhật (sông Tả Trạch)", 107.68, 16.12, "upstream"),
    ("A Lưới (sông A Sáp)", 107.24, 16.265, "upstream"),
    ("Phong Bình (sông Ô Lâu)", 107.36, 16.62, "river"),
    ("Cầu Hai (đầm Cầu Hai)", 107.90, 16.315, "lagoon"),
    ("Truồi (sông Truồi)", 107.78, 16.30, "river"),
    ("Như Ý (sông Như Ý)", 107.63, 16.47, "river"),
]
RAIN_WARDS = ["19753", "19815", "19819", "19858", "19867", "19900", "19960", "19975", "20035", "20044",
              "20101", "20107", "20137", "20179"]


def make_stations(geo: dict) -> gpd.GeoDataFrame:
    rng = rng_for("stations")
    wards = geo["wards"].set_index("code")
    rows = []
    # 30 air-quality sensors, mostly in the city centre
    pop, urban = ward_weights(geo["wards"])
    w = pop * urban**1.5
    air_wards = rng.choice(geo["wards"]["code"].to_numpy(), 30, p=w / w.sum())
    seen: dict[str, int] = {}
    for i, code in enumerate(air_wards, start=1):
        ward = wards.loc[code]
        land = ward["geometry"].difference(geo["water"])
        sigma = 900.0 if code in CENTRAL else 2500.0
        x, y = sample_points_in(rng, land, ward["point"], sigma, 1)
        seen[code] = seen.get(code, 0) + 1
        short = ward["name"].split(" ", 1)[1]
        rows.append((f"AQ{i:02d}", f"Cảm biến bụi mịn {short} {seen[code]}", "air_quality", "PM2.5,PM10", "µg/m³",
                     x[0], y[0]))
    for i, (name, lon, lat, _) in enumerate(WATER_STATIONS, start=1):
        x, y = _TO_LOCAL.transform(lon, lat)
        rows.append((f"WL{i:02d}", f"Trạm đo mực nước {name}", "water_level", "water_level", "m", x, y))
    for i, code in enumerate(RAIN_WARDS, start=1):
        ward = wards.loc[code]
        x, y = sample_points_in(rng, ward["geometry"].difference(geo["water"]), ward["point"], 600.0, 1)
        short = ward["name"].split(" ", 1)[1]
        rows.append((f"RF{i:02d}", f"Trạm đo mưa {short}", "rainfall", "rainfall", "mm", x[0], y[0]))
    df = pd.DataFrame(rows, columns=["station_id", "name", "kind", "parameters", "unit", "x", "y"])
    pts = shapely.points(df["x"].to_numpy(), df["y"].to_numpy())
    ward_code = []
    for p in pts:
        hit = [c for c, g in zip(geo["wards"]["code"], geo["wards"]["geometry"], strict=True) if g.covers(p)]
        ward_code.append(hit[0] if hit else None)
    df["ward_code"] = ward_code
    installed = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 6 * 365 + 150, len(df)), unit="D")
    df["installed"] = pd.array(installed.date, dtype=pd.ArrowDtype(pa.date32()))  # a GPKG DATE column
    lon, lat = to_wgs84_xy(df["x"].to_numpy(), df["y"].to_numpy())
    return gpd.GeoDataFrame(df.drop(columns=["x", "y"]), geometry=gpd.points_from_xy(lon, lat), crs=WGS84)


def unit_hydrograph(lag_h: float, spread_h: float, length: int = 240) -> np.ndarray:
    t = np.arange(length, dtype=float)
    k = max(lag_h / spread_h, 1.0)
    h = (t / lag_h) ** k * np.exp(-k * (t / lag_h - 1))
    return h / h.sum()


def make_readings(stations: gpd.GeoDataFrame, start: str) -> pd.DataFrame:
    rng = rng_for("readings")
    times = pd.date_range(pd.Timestamp(start, tz=ICT), READINGS_END, freq="h")
    nt = len(times)
    hour = times.hour.to_numpy()
    # regional rain: showers plus the 2026 flood episodes (same dates as the requests' floods)
    regional = np.zeros(nt)
    month = times.month.to_numpy()
    rate = np.select([month == 8, month == 9, month == 10], [0.010, 0.016, 0.022], 0.02)
    starts = np.nonzero(rng.random(nt) < rate)[0]
    for s in starts:
        dur = int(rng.integers(2, 12))
        peak = rng.lognormal(np.log(6), 0.7)
        shape = np.sin(np.linspace(0, np.pi, dur + 2)[1:-1])
        regional[s:s + dur] += (peak * shape)[: nt - s]
    flood = flood_days(times)
    event_id = np.cumsum(np.diff(np.concatenate([[0], flood.astype(int)])) == 1)
    for e in np.unique(event_id[flood]):
        sel = np.nonzero(flood & (event_id == e))[0]
        env = np.sin(np.linspace(0, np.pi, len(sel))) ** 0.7
        regional[sel] += env * rng.lognormal(np.log(9), 0.35, len(sel))
    regional = np.round(regional, 1)
    rows = []

    def add(sid: str, param: str, unit: str, values: np.ndarray, keep: np.ndarray | None = None) -> None:
        v = values.astype("float64")  # SQLite stores REAL as 8 bytes anyway; float32 would add noise
        sel = slice(None) if keep is None else keep
        rows.append(pd.DataFrame({"station_id": sid, "parameter": param, "observed_at": times[sel],
                                  "value": v[sel], "unit": unit}))

    def outage() -> np.ndarray | None:
        """Most sensors are complete; some have a gap of a day or two."""
        if rng.random() > 0.15 or nt < 72:
            return None
        keep = np.ones(nt, dtype=bool)
        s = int(rng.integers(0, nt - 48))
        keep[s:s + int(rng.integers(6, 48))] = False
        return keep

    for st in stations.itertuples():
        if st.kind == "rainfall":
            mountain = st.ward_code in {"20044", "20101", "20179", "20035", "20137"}
            local = regional * rng.lognormal(np.log(1.3 if mountain else 1.0), 0.25, nt)
            showers = np.where(rng.random(nt) < 0.01, rng.exponential(4, nt), 0)
            rain = np.where(local + showers < 0.2, 0.0, np.round(local + showers, 1))
            add(st.station_id, "rainfall", "mm", rain, outage())
    rain_mean = regional
    for st in stations.itertuples():
        if st.kind == "water_level":
            name = st.name.split("Trạm đo mực nước ", 1)[1]
            site = next(s[3] for s in WATER_STATIONS if s[0] == name)
            # base level (m), rise in a big flood (m), catchment lag (h)
            base, amp, lag = {"upstream": (rng.uniform(2, 8), rng.uniform(6, 9), 6),
                              "river": (rng.uniform(0.3, 0.8), rng.uniform(3.8, 4.6), 12),
                              "lagoon": (rng.uniform(0.1, 0.4), rng.uniform(1.0, 1.5), 24)}[site]
            runoff = np.convolve(rain_mean, unit_hydrograph(lag, lag / 2), mode="full")[:nt]
            wet = np.convolve(rain_mean, np.ones(72), mode="full")[:nt]  # wet catchments respond more
            effective = runoff * (0.3 + np.minimum(wet / 300, 1.0))
            level = base + amp * (1 - np.exp(-effective / 8))
            tide_amp = {"upstream": 0.0, "river": 0.12, "lagoon": 0.3}[site]
            t = np.arange(nt)
            level += tide_amp * np.sin(2 * np.pi * t / 24.84 + rng.uniform(0, 6.28))
            level += rng.normal(0, 0.01, nt)
            add(st.station_id, "water_level", "m", np.round(level, 2), outage())
    washout = np.convolve(rain_mean, np.ones(6), mode="full")[:nt]
    diurnal = 1 + 0.45 * np.exp(-((hour - 7.5) ** 2) / 4) + 0.6 * np.exp(-((hour - 20) ** 2) / 6) - 0.25 * (
        (hour >= 12) & (hour <= 16))
    day_no = (np.arange(nt) // 24)
    n_days = day_no[-1] + 1
    synoptic_daily = np.zeros(n_days)
    for d in range(1, n_days):
        synoptic_daily[d] = 0.8 * synoptic_daily[d - 1] + rng.normal(0, 0.25)
    synoptic = np.exp(synoptic_daily[day_no])
    for st in stations.itertuples():
        if st.kind == "air_quality":
            base = rng.uniform(24, 34) if st.ward_code in CENTRAL else rng.uniform(14, 24)
            local = np.exp(rng.normal(0, 0.12, nt))
            burn = np.zeros(nt)
            for s in np.nonzero(rng.random(nt) < 0.004)[0]:  # straw burning / construction dust
                burn[s:s + 8] += rng.uniform(20, 60)
            pm25 = base * diurnal * synoptic * local * np.exp(-washout / 25) + burn[:nt]
            pm25 = np.round(np.clip(pm25, 2, None), 1)
            pm10 = np.round(pm25 * rng.uniform(1.35, 1.8) * np.exp(rng.normal(0, 0.08, nt)), 1)
            keep = outage()
            add(st.station_id, "PM2.5", "µg/m³", pm25, keep)
            add(st.station_id, "PM10", "µg/m³", pm10, keep)
    df = pd.concat(rows, ignore_index=True)
    df = df.sort_values(["station_id", "parameter", "observed_at"], kind="stable", ignore_index=True)
    df["observed_at"] = store_datetimes(df["observed_at"])
    return df


def write_sensors(out: Path, geo: dict, readings_start: str) -> None:
    path = out / "sensors.gpkg"
    stations = make_stations(geo)
    pyogrio.write_dataframe(stations, path, layer="stations", driver="GPKG", use_arrow=True)  # arrow: DATE type
    write_layer(make_readings(stations, readings_start), path, "readings")


# --------------------------------------------------------------------------------------------
# 6. Legacy files for the import doctors
# --------------------------------------------------------------------------------------------
def legacy_text(values, codec: str) -> list[str | None]:
    """Unicode -> the legacy bytes, carried through GDAL as Latin-1 so the bytes land as they are."""
    return [None if v is None else nfc(v).encode(codec).decode("latin1") for v in values]


def write_shapefile(df: gpd.GeoDataFrame, folder: Path, stem: str, *, encoding: str, prj: bool, cpg: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.shp"
    # a fixed "last update" date in the DBF header (GDAL writes today's date otherwise)
    with warnings.catch_warnings():
        # the no-.prj case is on purpose
        warnings.filterwarnings("ignore", message="'crs' was not provided", category=UserWarning)
        pyogrio.write_dataframe(df, path, driver="ESRI Shapefile", encoding=encoding,
                                layer_options={"DBF_DATE_LAST_UPDATE": "2025-07-01"})
    for suffix, keep in ((".cpg", cpg), (".prj", prj)):
        side = path.with_suffix(suffix)
        if side.exists() and not keep:
            side.unlink()
    if prj:  # the ESRI WKT1 that old desktop GIS writes, not GDAL's own
        path.with_suffix(".prj").write_text(CRS(LOCAL_CRS).to_wkt("WKT1_ESRI"), encoding="ascii")
    if cpg:
        path.with_suffix(".cpg").write_text("UTF-8", encoding="ascii")


def write_legacy(out: Path, geo: dict) -> None:
    import gisdesk.io.encoding  # noqa: F401  (registers the "tcvn3" and "vni" codecs)

    legacy = out / "legacy"
    wards = geo["wards"]
    note = "Đơn vị hành chính mới từ 01/07/2025"
    tcvn = gpd.GeoDataFrame(
        {
            "MA": wards["code"].to_numpy(),
            "TEN": legacy_text(wards["name"], "tcvn3"),
            "LOAI": legacy_text(wards["type"], "tcvn3"),
            "GHICHU": legacy_text([note] * len(wards), "tcvn3"),
            "DANSO": wards["population"].astype("float64").fillna(0).astype("int64").to_numpy(),
        },
        geometry=[g.simplify(50) for g in wards["geometry"]],
        crs=LOCAL_CRS,
    )
    write_shapefile(tcvn, legacy / "tcvn3_wards", "ranh_gioi_phuong", encoding="latin1", prj=True, cpg=False)
    roads = gpd.GeoDataFrame(
        {
            "TEN_DUONG": legacy_text([r[0] for r in ROADS], "vni"),
            "SO_HIEU": [r[1] for r in ROADS],
            "CAP": legacy_text([r[2] for r in ROADS], "vni"),
        },
        geometry=[round_geom(to_local(shapely.LineString(r[3]))) for r in ROADS],
        crs=LOCAL_CRS,
    )
    write_shapefile(roads, legacy / "vni_roads", "duong", encoding="latin1", prj=True, cpg=False)
    x, y = _TO_LOCAL.transform(np.array([p[2] for p in LANDMARKS]), np.array([p[3] for p in LANDMARKS]))
    points = gpd.GeoDataFrame(
        {"TEN": [p[0] for p in LANDMARKS], "LOAI": [p[1] for p in LANDMARKS]},
        geometry=gpd.points_from_xy(np.round(x, 2), np.round(y, 2)),
        crs=None,
    )
    write_shapefile(points, legacy / "no_prj_points", "diem", encoding="UTF-8", prj=False, cpg=True)


# --------------------------------------------------------------------------------------------
# 7. The project file
# --------------------------------------------------------------------------------------------
def single(fill, stroke, width, size, shape=None):
    d = {"kind": "single", "fill": fill, "stroke": stroke, "stroke_width": width, "size": size}
    return d if shape is None else {**d, "shape": shape}


# The facilities' style: a colour and a marker shape per kind (gisdesk.styles.single.MARKER_SHAPES).
FACILITY_SYMBOLS = {
    "school": ([55, 126, 184, 255], "triangle", 2.6),
    "market": ([255, 127, 0, 255], "square", 2.4),
    "health": ([228, 26, 28, 255], "cross", 2.8),
    "police": ([106, 61, 154, 255], "diamond", 2.6),
    "fire": ([166, 86, 40, 255], "star", 4.2),
}


def facilities_style() -> dict:
    """Categorized on ``kind``, labelled in Vietnamese, a distinct colour and shape per kind."""
    cats = [{"value": kind, "label": FACILITY_KINDS[kind][0],
             "symbol": single(fill, [255, 255, 255, 255], 0.2, size, shape)}
            for kind, (fill, shape, size) in FACILITY_SYMBOLS.items()]
    return {"kind": "categorized", "column": "kind", "categories": cats, "other": None}


def project_dict(view: list[float] | None = None) -> dict:
    def vec(name, source, layer, style):
        return {"type": "vector", "name": name, "source": source, "source_layer": layer, "visible": True,
                "opacity": 1.0, "read_options": {}, "style": style}

    return {
        "format": "gisdesk-project",
        "version": 1,
        "name": "Huế — dự án mẫu",
        "crs": LOCAL_CRS,
        **({"view": view} if view else {}),
        "layers": [
            {"type": "raster", "name": "Độ cao (m)", "source": "elevation.tif", "visible": True, "opacity": 0.8,
             "style": {"kind": "raster", "ramp": "terrain"}},
            vec("Quy hoạch sử dụng đất", "hue_base.gpkg", "landuse",
                single([235, 225, 195, 120], [175, 165, 135, 255], 0.15, 3)),
            vec("Phường/xã (2025)", "hue_admin.gpkg", "wards",
                single([255, 255, 255, 0], [60, 60, 60, 255], 0.8, 4)),
            vec("Sông, đầm phá", "hue_base.gpkg", "river",
                single([130, 180, 230, 220], [60, 120, 190, 255], 0.2, 3)),
            vec("Đường chính", "hue_base.gpkg", "roads",
                single([0, 0, 0, 0], [225, 130, 40, 255], 0.6, 3)),
            # schools, markets, health stations, police, fire stations: what the proximity tools measure against
            vec("Cơ sở công cộng", "hue_base.gpkg", "facilities", facilities_style()),
            # a first-class request layer: columns mapped to Open311 (detected), overdue/open/closed styled
            {"type": "service_requests", "name": "Phản ánh của người dân",
             "source": "service_requests.zip!service_requests.gpkg", "source_layer": "requests",
             "visible": True, "opacity": 1.0, "deadlines": {}},
            # a first-class sensor layer: stations with their readings (the "stations" point layer and the
            # "readings" table), the latest PM2.5 styled against the QCVN 05:2023 limit (the default style)
            {"type": "sensors", "name": "Trạm quan trắc", "source": "sensors.zip!sensors.gpkg",
             "visible": True, "opacity": 1.0, "parameter": "pm25"},
        ],
    }


def write_project(out: Path) -> None:
    # the view the project opens at: the wards with a 3 % margin (the canvas fits it to its window)
    import pyogrio

    minx, miny, maxx, maxy = pyogrio.read_info(out / "hue_admin.gpkg", layer="wards")["total_bounds"]
    dx, dy = (maxx - minx) * 0.03, (maxy - miny) * 0.03
    view = [round(v, 1) for v in (minx - dx, miny - dy, maxx + dx, maxy + dy)]
    text = json.dumps(project_dict(view), ensure_ascii=False, indent=2) + "\n"
    (out / "hue_sample.gisdesk").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------
def build(out: Path, sizes: Sizes = COMMITTED, *, verbose: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("hue_admin.gpkg", "hue_base.gpkg", "service_requests.gpkg", "sensors.gpkg", "service_requests.zip",
                 "sensors.zip", "elevation.tif", "flood_depth.tif", "hue_sample.gisdesk"):
        (out / name).unlink(missing_ok=True)
    for sub in ("tcvn3_wards", "vni_roads", "no_prj_points"):  # only what this script makes
        shutil.rmtree(out / "legacy" / sub, ignore_errors=True)
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": OGR_CURRENT_DATE})
    steps = [
        ("geography", None),
        ("admin", lambda g: write_admin(out, g)),
        ("base", lambda g: write_base(out, g)),
        ("rasters", lambda g: write_rasters(out, g, sizes.pixel_m)),
        ("requests", lambda g: write_requests(out, g, sizes.requests)),
        ("sensors", lambda g: write_sensors(out, g, sizes.readings_start)),
        ("project", lambda g: write_project(out)),
        ("legacy", lambda g: write_legacy(out, g)),
    ]
    t0 = time.perf_counter()
    geo = make_geography()
    for name, fn in steps[1:]:
        fn(geo)
        if verbose:
            print(f"{name:10s} done at {time.perf_counter() - t0:6.1f} s")
    for gpkg in out.glob("*.gpkg"):
        vacuum(gpkg)
    for name in ZIPPED:
        zip_in_place(out / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: beside this script)")
    parser.add_argument("--quick", action="store_true",
                        help="small variant (fewer requests/readings, coarse rasters)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    build(args.out, QUICK if args.quick else COMMITTED, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
