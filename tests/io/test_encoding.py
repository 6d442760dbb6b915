"""The encoding doctor: TCVN3 / VNI codecs, .cpg names, DBF language ids, detection, DataFrame doctors.

Real strings come from ../shared/data (never copied here): the 40 Huế wards of the 2025 reform (and the other
3,271 wards of Vietnam), the GADM names of old Thừa Thiên Huế, and the quirky DBF/.cpg files of the mapshaper,
shapefile-js and pyshp test suites. The legacy-encoded bytes are made from those strings by our encoders, which
are themselves checked against glibc iconv (TCVN3) and published example strings (TCVN3 and VNI).
"""

from __future__ import annotations

import codecs
import io
import json
import shutil
import subprocess
import unicodedata
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import Point

from gisdesk.io import encoding as enc
from gisdesk.io.encoding import (
    EncodingGuess,
    decode_values,
    detect_encoding,
    doctor_text_columns,
    encode_cp1258,
    ldid_to_encoding,
    normalize_encoding_name,
    normalize_text_columns,
    read_dbf_ldid,
    recover_bytes,
    register_codecs,
    repair_tcvn3_capitals,
)
from gisdesk.io.errors import ReadError
from gisdesk.io.report import LayerReport

WARDS_CSV = "vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv"
LEGACY = ("tcvn3", "vni", "cp1258")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def encode(text: str, codec: str) -> bytes:
    """Text -> bytes the way Vietnamese software writes it (cp1258 with combining tone bytes, like Windows)."""
    return encode_cp1258(text) if codec == "cp1258" else text.encode(codec)


# ------------------------------------------------------------------------------------------------------
# real strings
# ------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wards(shared_data) -> pd.DataFrame:
    return pd.read_csv(shared_data / WARDS_CSV)


@pytest.fixture(scope="module")
def hue_wards(wards) -> list[str]:
    names = [w for p, w in zip(wards["province"], wards["ward"], strict=True) if nfc(p) == "Huế"]
    assert len(names) == 40
    return names


@pytest.fixture(scope="module")
def all_wards(wards) -> list[str]:
    return [nfc(w) for w in wards["ward"]]


# Huế streets and the kind of sentence a citizen report holds (written for these tests).
STREETS = [
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Đống Đa", "Hùng Vương", "Bà Triệu", "Điện Biên Phủ", "Ngô Quyền",
    "Phan Đình Phùng", "Chi Lăng", "Mai Thúc Loan", "Đinh Tiên Hoàng", "Lý Thường Kiệt", "Nguyễn Trãi",
    "Võ Thị Sáu", "Đặng Thái Thân", "Huyền Trân Công Chúa", "Phạm Văn Đồng", "Tố Hữu", "Kiệt 12 Nguyễn Công Trứ",
]  # fmt: skip
SENTENCES = [
    "Đường bị ngập nước sau mưa lớn",
    "Đèn đường hỏng ở gần chợ Đông Ba",
    "Cây đổ chắn ngang đường, cần xử lý gấp!",
    "Rác thải chưa được thu gom ba ngày nay.",
    "Ống nước vỡ trước số nhà 12, nước chảy tràn ra đường",
    "Cầu Trường Tiền: lan can bị hư hỏng",
    "Khu vực Đại Nội có nhiều ổ gà sau lũ",
]
WESTERN = [
    "Ñandú", "Zürich", "Hélène Côté", "São Paulo", "Málaga", "Straße", "Smørrebrød", "Crème brûlée", "Genève",
    "Bogotá", "Düsseldorf", "Noël", "naïve café", "Raúl González", "Université de Montréal", "Français", "Zoë",
    "Où est la gare?", "Peña Nieto", "Kraków", "Reykjavík", "Göteborg", "Rue de l'Église", "Aéroport",
    "Théâtre", "Leões", "Coração", "25°C", "München", "Tromsø", "Jalapeño", "résumé", "Þingvellir", "Mühle",
]  # fmt: skip


# ======================================================================================================
# codecs
# ======================================================================================================
@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("Thừa Thiên Huế", "tcvn3", "Thõa Thiªn HuÕ".encode("latin1")),  # published TCVN3 form
        ("Việt Nam", "vni", "Vieät Nam".encode("latin1")),  # published VNI form
        ("Đà Nẵng", "tcvn3", b"\xa7\xb5 N\xbdng"),  # "§µ N½ng"
        ("Đà Nẵng", "vni", "Ñaø Naüng".encode("latin1")),
        ("Thừa Thiên Huế", "vni", "Thöøa Thieân Hueá".encode("latin1")),
        ("xã A Lưới 4", "vni", "xaõ A Löôùi 4".encode("latin1")),
        ("xã A Lưới 4", "tcvn3", b"x\xb7 A L\xad\xedi 4"),
        ("phường Vỹ Dạ", "tcvn3", b"ph\xad\xeang V\xfc D\xb9"),
        ("HUẾ", "tcvn3", b"HU\xda"),  # capitals with a tone: the VN1 codes (as glibc iconv)
        ("ỵ Ỵ đ Đ ơ Ơ ư Ư", "vni", "î Î ñ Ñ ô Ô ö Ö".encode("latin1")),
        ("ñ", "tcvn3", b"n\xb2"),  # not in the table: base + combining tilde, as iconv does
        ("Việt", "cp1258", b"Vi\xea\xf2t"),  # cp1258: "ê" + combining dot below
        ("Huế", "cp1258", b"Hu\xea\xec"),
        ("Hóa", "cp1258", b"H\xf3a"),  # precomposed where cp1258 has the letter
    ],
)
def test_known_encodings(text, codec, expected):
    assert encode(text, codec) == expected
    back = expected.decode(codec) if codec != "cp1258" else decode_values([expected], codec)[0]
    assert back == nfc(text)
    assert unicodedata.is_normalized("NFC", back)


def test_codec_names_and_aliases_and_idempotent_registration():
    register_codecs()
    register_codecs()  # idempotent
    for alias in ("tcvn3", "TCVN3", "tcvn", "tcvn5712", "tcvn5712-1", "TCVN5712-1", "abc", "ABC", "vn3"):
        assert codecs.lookup(alias).name == "tcvn3", alias
    for alias in ("vni", "VNI", "vni-windows", "vni_windows", "VNI-Windows", "vni-win"):
        assert codecs.lookup(alias).name == "vni", alias
    assert "Huế".encode("TCVN") == b"Hu\xd5"
    assert b"Hue\xe1".decode("VNI-Windows") == "Huế"


def test_round_trip_every_hue_ward_both_codecs_nfc_and_nfd(hue_wards):
    assert sum(not unicodedata.is_normalized("NFC", w) for w in hue_wards) == 0  # the Huế rows are NFC
    for name in hue_wards:
        for codec in ("tcvn3", "vni"):
            b = name.encode(codec)
            assert b.decode(codec) == nfc(name), (codec, name)
            assert unicodedata.normalize("NFD", name).encode(codec) == b, (codec, name)  # NFD input accepted
        assert decode_values([encode_cp1258(name)], "cp1258") == [nfc(name)]


def test_round_trip_all_wards_of_vietnam_including_the_nfd_ones(all_wards, wards):
    raw_nfd = [w for w in wards["ward"] if not unicodedata.is_normalized("NFC", w)]
    assert len(raw_nfd) == 122
    for w in raw_nfd:
        assert w.encode("tcvn3") == nfc(w).encode("tcvn3")
        assert w.encode("vni") == nfc(w).encode("vni")
    for name in all_wards:
        for codec in ("tcvn3", "vni"):
            try:
                b = name.encode(codec)
            except UnicodeEncodeError:
                assert "’" in name and codec == "tcvn3", name  # TCVN3 has no typographic apostrophe
                continue
            assert b.decode(codec) == name


def _iconv_has_tcvn() -> bool:
    if shutil.which("iconv") is None:
        return False
    out = subprocess.run(["iconv", "-l"], capture_output=True, text=True, check=False).stdout
    return "TCVN5712-1" in out


@pytest.mark.skipif(not _iconv_has_tcvn(), reason="system iconv with TCVN5712-1 not available (e.g. Windows)")
def test_tcvn3_matches_glibc_iconv(hue_wards):
    texts = [nfc(w) for w in hue_wards] + [nfc(s) for s in STREETS + SENTENCES] + ["HUẾ ĐẠI NỘI", "Ấp Ủy ban ñ"]
    joined = "\n".join(texts)
    ours = joined.encode("tcvn3")
    theirs = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=joined.encode("utf-8"),
                            capture_output=True, check=True).stdout
    assert ours == theirs
    # and decoding: every byte value (but the newline used as separator), one at a time
    all_bytes = bytes(b for b in range(1, 256) if b != 0x0A)
    dec = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"\n".join(bytes([b]) for b in all_bytes),
                         capture_output=True, check=True).stdout.decode("utf-8").split("\n")
    assert [bytes([b]).decode("tcvn3") for b in all_bytes] == [nfc(d) for d in dec]


def test_codec_errors_handling():
    with pytest.raises(UnicodeEncodeError):
        "Müller".encode("tcvn3")
    assert "Müller".encode("tcvn3", "replace") == b"M?ller"
    with pytest.raises(UnicodeEncodeError):
        "Ω".encode("vni")
    assert "aΩb".encode("vni", "replace") == b"a?b"
    assert "€ 5".encode("vni") == b"\x80 5"  # bytes VNI leaves alone keep their Windows-1252 meaning
    assert b"\x80 5".decode("vni") == "€ 5"
    # a VNI tone byte with no vowel before it is not text
    with pytest.raises(UnicodeDecodeError):
        b"Caf\xe9".decode("vni")
    assert b"Caf\xe9".decode("vni", "replace") == "Caf\ufffd"
    assert b"Caf\xe9".decode("vni", "ignore") == "Caf"
    # "Où" is French, not VNI: a capital vowel takes only capital tone bytes
    with pytest.raises(UnicodeDecodeError):
        b"O\xf9".decode("vni")
    assert b"O\xd9".decode("vni") == "Ó"
    # TCVN3 decodes every byte; a lone combining byte composes with what precedes it
    assert b"Hue\xb3".decode("tcvn3") == "Hué"


def test_incremental_and_stream_use(tmp_path):
    text = "Thừa Thiên Huế\nĐà Nẵng, phường Vỹ Dạ"
    for codec in ("tcvn3", "vni"):
        data = text.encode(codec)
        # split into 1-byte chunks: a VNI base letter and its tone byte arrive separately
        assert "".join(codecs.iterdecode([data[i : i + 1] for i in range(len(data))], codec)) == text
        p = tmp_path / f"t_{codec}.txt"
        with open(p, "w", encoding=codec, newline="") as fh:
            fh.write(text)
        assert p.read_bytes() == data
        with open(p, encoding=codec, newline="") as fh:
            assert fh.read() == text
    # combining TCVN3 byte in the next chunk
    assert "".join(codecs.iterdecode([b"Hu", b"e", b"\xb3"], "tcvn3")) == "Hué"


def test_repair_tcvn3_capitals():
    # VN3 (what .VnTime users and UniKey write) has no capital toned letters: "HUẾ" comes out as "HU" + "ế"
    assert decode_values([b"HU\xd5"], "tcvn3") == ["HUẾ"]
    assert decode_values([b"\xa7\xa6\xeaNG L\xa3 L\xeeI"], "tcvn3") == ["ĐƯỜNG LÊ LỢI"]
    assert decode_values([b"Hu\xd5"], "tcvn3") == ["Huế"]  # mixed case: left alone
    assert repair_tcvn3_capitals("Lễ hội") == "Lễ hội"
    assert repair_tcvn3_capitals("UBND phường Vỹ Dạ") == "UBND phường Vỹ Dạ"
    assert repair_tcvn3_capitals("TP HUế và xã Lộc") == "TP HUẾ và xã Lộc"  # word level
    # only word-initial capitals: title case and .VnTimeH capitals share these bytes; the name is kept as read
    assert repair_tcvn3_capitals("Vỹ Dạ") == "Vỹ Dạ"
    assert decode_values(["Vỹ Dạ".encode("tcvn3")], "tcvn3") == ["Vỹ Dạ"]
    assert repair_tcvn3_capitals("Đà NẵNG") == "ĐÀ NẴNG"  # a capital inside a word: the value is in capitals
    assert b"HU\xd5".decode("tcvn3") == "HUế"  # the codec itself stays a faithful table


def test_encode_cp1258_like_windows(hue_wards):
    for name in hue_wards:
        b = encode_cp1258(name)
        assert nfc(b.decode("cp1258")) == nfc(name)
    # Python's own cp1258 table cannot write these; Windows writes base letter + combining tone byte
    with pytest.raises(UnicodeEncodeError):
        "Dạ".encode("cp1258")
    assert encode_cp1258("Dạ") == b"Da\xf2"
    assert encode_cp1258("Vỹ") == b"Vy\xde"
    assert encode_cp1258("xã") == b"xa\xde"
    assert encode_cp1258(unicodedata.normalize("NFD", "Lưới")) == b"L\xfd\xf5\xeci"
    with pytest.raises(UnicodeEncodeError):
        encode_cp1258("Ω")


# ======================================================================================================
# .cpg names, LDID
# ======================================================================================================
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UTF-8", "utf-8"), ("utf8", "utf-8"), ("65001", "utf-8"), ("UTF-8\n", "utf-8"), ("\ufeffUTF-8", "utf-8"),
        ("1258", "cp1258"), ("CP1258", "cp1258"), ("windows-1258", "cp1258"), ("ANSI 1258", "cp1258"),
        ("ANSI 1250", "cp1250"), ("ANSI 1250\n", "cp1250"), ("1252", "cp1252"), ("ANSI 1252", "cp1252"),
        ("88591", "iso8859-1"), ("8859_1", "iso8859-1"), ("ISO-8859-1", "iso8859-1"), ("ISO 88591", "iso8859-1"),
        ("885915", "iso8859-15"), ("latin1", "iso8859-1"), ("28591", "iso8859-1"),
        ("TCVN3", "tcvn3"), ("ABC", "tcvn3"), ("TCVN 5712", "tcvn3"), ("tcvn5712-1", "tcvn3"),
        ("VNI", "vni"), ("VNI-Windows", "vni"), ("vni_win", "vni"),
        ("Big-5", "big5"), ("EUC-KR", "euc_kr"), ("koi8r", "koi8-r"), ("latin2", "iso8859-2"),
        ("shiftjis", "shift_jis"), ("SJIS", "shift_jis"), ("UTF-16", "utf-16"), ("1251", "cp1251"), ("874", "cp874"),
        ("936", "cp936"), ("GBK", "cp936"), ("GB2312", "cp936"), ("950", "cp950"), ("OEM 866", "cp866"),
        ("LDID/87", None), ("LDID/122", "cp936"), ("LDID/201", "cp1251"),
        ("ANSI", None), ("OEM", None), ("", None), ("   \n", None), (None, None), ("hello", None),
        ("hex", None), ("base64", None), ("rot13", None), ("undefined", None),
        ("UTF-8\nISO-8859-1", None), ("<html><body>UTF-8</body></html>", None), ("x" * 60, None),
    ],
)  # fmt: skip
def test_normalize_encoding_name(name, expected):
    assert normalize_encoding_name(name) == expected


CPG_EXPECTED = {
    "mapshaper/dbf_cpg_encodings/big5.cpg": ("big5", "國語"),
    "mapshaper/dbf_cpg_encodings/euckr.cpg": ("euc_kr", "한국말"),
    "mapshaper/dbf_cpg_encodings/koi8r.cpg": ("koi8-r", "русский"),
    "mapshaper/dbf_cpg_encodings/latin2.cpg": ("iso8859-2", "čeština"),
    "mapshaper/dbf_cpg_encodings/shiftjis.cpg": ("shift_jis", "カタカナひらがな"),
    "mapshaper/dbf_cpg_encodings/utf16.cpg": ("utf-16", None),  # GDAL reads no rows from that DBF
    "mapshaper/dbf_cpg_encodings/win1251.cpg": ("cp1251", "РУССКИЙ"),
    "mapshaper/dbf_cpg_encodings/win874.cpg": ("cp874", "ภาษาไทย"),
    "mapshaper/corrupt_shp_issue518_519/data_corruption_error.cpg": ("utf-8", None),
    "shapefile-js/codepage_ansi1250/codepage.cpg": ("cp1250", "Hněvošický háj"),
    "shapefile-js/utf_cpg/utf.cpg": ("utf-8", "Hněvošický háj"),
    "shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg.cpg": (None, None),  # a saved HTML page
    "shapefile-js/htmlprj_html_as_prj_no_shx/htmlprj.cpg": ("utf-8", "Hněvošický háj"),
}


def _read_dbf_bytes(dbf: Path, tmp_path: Path, column: str) -> list[bytes | None]:
    """The raw bytes of a DBF text column, read as the app reads them (pyogrio, latin1), from a lone copy."""
    lone = tmp_path / dbf.name
    shutil.copy(dbf, lone)  # a temp copy without the .shp beside it (some sets have no .shx)
    df = pyogrio.read_dataframe(lone, encoding="latin1", read_geometry=False)
    return recover_bytes(df[column].tolist(), "latin1")


def test_every_cpg_in_the_quirk_folders_is_covered(shared_data):
    found = {str(p.relative_to(shared_data / "shapefile_quirks")) for p in
             (shared_data / "shapefile_quirks").glob("*/*/*.cpg")}
    expected = set(CPG_EXPECTED) | {"fiona/coutwildrnp/coutwildrnp.cpg", "fiona/gre_grenada/gre.cpg"}
    assert found == expected


@pytest.mark.parametrize("rel", sorted(CPG_EXPECTED))
def test_cpg_files_of_mapshaper_and_shapefile_js(shared_data, tmp_path, rel):
    cpg = shared_data / "shapefile_quirks" / rel
    codec, text = CPG_EXPECTED[rel]
    assert normalize_encoding_name(cpg.read_bytes()) == codec
    assert normalize_encoding_name(cpg.read_text("latin1")) == codec
    if text is None:
        return
    dbf = cpg.with_suffix(".dbf")
    df = pyogrio.read_dataframe(shutil.copy(dbf, tmp_path / dbf.name), encoding="latin1", read_geometry=False)
    column = next(c for c in df.columns if c.lower() in ("name", "field"))
    raw = [b for b in recover_bytes(df[column].tolist()) if b]
    decoded = decode_values(raw, codec or detect_encoding(raw).encoding)
    assert text in decoded


def test_html_cpg_is_garbage_and_the_utf8_text_is_detected(shared_data, tmp_path):
    base = shared_data / "shapefile_quirks/shapefile-js/htmlcpg_html_as_cpg_no_shx/htmlcpg"
    assert normalize_encoding_name(base.with_suffix(".cpg").read_text("utf-8")) is None
    raw = [b for b in _read_dbf_bytes(base.with_suffix(".dbf"), tmp_path, "field") if b]
    guess = detect_encoding(raw)
    assert guess.encoding == "utf-8" and guess.confidence >= 0.9
    assert set(decode_values(raw, guess.encoding)) == {"💩", "Hněvošický háj"}


def test_geoserver_cst_in_zip(shared_data):
    with zipfile.ZipFile(shared_data / "shapefile_quirks/shapefile-js/zips/train_stations.zip") as zf:
        cst = zf.read("train_stations.cst")
    assert normalize_encoding_name(cst) == "utf-8"


@pytest.mark.parametrize(
    ("ldid", "expected"),
    [(0x01, "cp437"), (0x02, "cp850"), (0x03, "cp1252"), (0x57, None), (0x58, "cp1252"), (0x4D, "cp936"),
     (0x7A, "cp936"), (0x7B, "cp932"), (0x78, "cp950"), (0x79, "cp949"), (0x7C, "cp874"), (0x26, "cp866"),
     (0x64, "cp852"), (0xC8, "cp1250"), (0xC9, "cp1251"), (0xCA, "cp1254"), (0xCB, "cp1253"), (0xCC, "cp1257"),
     (0x96, "mac-cyrillic"), (0x04, "mac-roman"), (0x00, None), (0x68, None), (0xFF, None), (None, None)],
)  # fmt: skip
def test_ldid_to_encoding(ldid, expected):
    assert ldid_to_encoding(ldid) == expected


def test_every_ldid_maps_to_a_working_codec():
    for ldid in range(256):
        codec = ldid_to_encoding(ldid)
        if codec is not None:
            assert codecs.lookup(codec)
            assert b"abc".decode(codec) == "abc"


def test_ldid_chinese_dbf(shared_data, tmp_path):
    dbf = shared_data / "shapefile_quirks/mapshaper/ldid_chinese_no_cpg/chinese.dbf"
    ldid = read_dbf_ldid(dbf)
    assert ldid == 0x7A
    codec = ldid_to_encoding(ldid)
    assert codec == "cp936"
    raw = [b for b in _read_dbf_bytes(dbf, tmp_path, "NAME") if b]
    assert decode_values(raw, codec) == ["简体"]
    guess = detect_encoding(raw, declared=codec)
    assert (guess.encoding, guess.status) == ("cp936", "declared")


def test_read_dbf_ldid_edge_cases(shared_data, tmp_path):
    assert read_dbf_ldid(shared_data / "shapefile_quirks/mbostock-shapefile/date-property/date-property.dbf") == 0x57
    short = tmp_path / "short.dbf"
    short.write_bytes(b"\x03\x01\x02")
    assert read_dbf_ldid(short) is None
    with pytest.raises(ReadError, match=r"missing\.dbf"):
        read_dbf_ldid(tmp_path / "missing.dbf")


# ======================================================================================================
# detection
# ======================================================================================================
@pytest.mark.parametrize("codec", [*LEGACY, "utf-8"])
def test_detect_hue_ward_column(hue_wards, codec):
    raw = [encode(w, codec) for w in hue_wards]
    guess = detect_encoding(raw)
    assert isinstance(guess, EncodingGuess)
    assert guess.encoding == codec
    assert guess.confidence >= 0.9
    assert guess.status == "detected"
    assert decode_values(raw, guess.encoding) == [nfc(w) for w in hue_wards]


@pytest.mark.parametrize("codec", [*LEGACY, "utf-8"])
def test_detect_each_hue_ward_on_its_own(hue_wards, codec):
    """A single short name is enough: every Huế ward with a diacritic, alone, in every encoding."""
    for w in hue_wards:
        b = encode(w, codec)
        if b.isascii():
            assert detect_encoding([b]).encoding == "ascii"
            continue
        assert detect_encoding([b]).encoding == codec, (codec, w)


@pytest.mark.parametrize("codec", [*LEGACY, "utf-8"])
def test_detect_each_ward_of_vietnam_on_its_own(all_wards, codec):
    """All 3,311 wards, each value alone: near-perfect; the few misses are minority-language names."""
    total = misses = 0
    for w in all_wards:
        try:
            b = encode(w, codec)
        except UnicodeEncodeError:
            continue
        if b.isascii():
            continue
        total += 1
        misses += detect_encoding([b]).encoding != codec
    assert total > 3000
    assert misses <= 6, misses


@pytest.mark.parametrize("codec", LEGACY)
def test_detect_streets_and_sentences(codec):
    texts = STREETS + SENTENCES
    for t in texts:
        b = encode(t, codec)
        assert detect_encoding([b]).encoding == codec, (codec, t)
    guess = detect_encoding([encode(t, codec) for t in texts])
    assert guess.encoding == codec and guess.confidence >= 0.9


@pytest.mark.parametrize("codec", LEGACY)
def test_detect_gadm_names_without_spaces(shared_data, codec):
    features = json.loads((shared_data / "vietnam_admin/hue_communes_gadm41/hue.json").read_text("utf-8"))["features"]
    names = sorted({f["properties"][k] for f in features for k in ("NAME_1", "NAME_2", "NAME_3")})
    assert "ThừaThiênHuế" in names
    guess = detect_encoding([encode(n, codec) for n in names])
    assert guess.encoding == codec and guess.confidence >= 0.9


def test_detect_western_text():
    raw = [w.encode("cp1252") for w in WESTERN]
    guess = detect_encoding(raw)
    assert guess.encoding == "cp1252" and guess.confidence >= 0.9
    for w, b in zip(WESTERN, raw, strict=True):
        g = detect_encoding([b])
        # alone, a value may be given a label that decodes it the same way (cp1258 shares most letters)
        assert decode_values([b], g.encoding) == [w], (w, g)


def test_detect_latin1_dbf_of_pyshp(shared_data, tmp_path):
    raw = _read_dbf_bytes(shared_data / "shapefile_quirks/pyshp/latin1_no_shx/latin1.dbf", tmp_path, "Name")
    guess = detect_encoding(raw)
    assert guess.encoding == "cp1252"
    assert decode_values(raw, guess.encoding) == ["Ñandú"]


def test_detect_ascii_and_empty():
    assert detect_encoding([b"Kim Long", None, b"A Luoi 4"]).encoding == "ascii"
    assert detect_encoding([]).encoding == "ascii"
    assert detect_encoding([None, None]).status == "ascii"


def test_declared_encoding_is_kept_when_plausible_and_overridden_when_not(hue_wards):
    tcvn = [w.encode("tcvn3") for w in hue_wards]
    g = detect_encoding(tcvn, declared="1252")  # an ArcGIS on a Western Windows wrote "1252" in the .cpg
    assert (g.encoding, g.status) == ("tcvn3", "detected")
    assert "declared" in g.reason
    g = detect_encoding(tcvn, declared="UTF-8")
    assert g.encoding == "tcvn3" and "not valid UTF-8" in g.reason
    g = detect_encoding([encode_cp1258(w) for w in hue_wards], declared="CP1258")
    assert (g.encoding, g.status) == ("cp1258", "declared")
    g = detect_encoding([w.encode("vni") for w in hue_wards], declared="tcvn3")
    assert (g.encoding, g.status) == ("vni", "detected")
    g = detect_encoding([w.encode("cp1252") for w in WESTERN], declared="ISO-8859-1")
    assert (g.encoding, g.status) == ("iso8859-1", "declared")
    g = detect_encoding(["Hněvošický háj".encode("cp1250")], declared="ANSI 1250")
    assert (g.encoding, g.status) == ("cp1250", "declared")
    g = detect_encoding([w.encode("utf-8") for w in hue_wards], declared="cp1252")
    assert (g.encoding, g.status) == ("utf-8", "detected")


def test_low_confidence_when_ambiguous():
    # b"L\xe9" is "Lộ" in TCVN3 and "Lé" in cp1258/cp1252: one two-letter value cannot settle it
    g = detect_encoding([b"L\xe9"])
    assert g.confidence < 0.5
    g = detect_encoding([w.encode("tcvn3") for w in ["Lộc", "Lê Lợi", "Thừa Thiên Huế", "phường Vỹ Dạ"]])
    assert g.encoding == "tcvn3" and g.confidence >= 0.9


def test_garbage_is_not_read_as_utf8_by_accident():
    # valid UTF-8 whose reading is nonsense (control characters): not taken as UTF-8
    assert detect_encoding(["\x85\x86".encode("utf-8")]).encoding != "utf-8"


# ======================================================================================================
# decode / recover
# ======================================================================================================
def test_decode_values_and_recover_bytes():
    texts = ["Thõa Thiªn HuÕ", None, float("nan"), "abc"]
    raw = recover_bytes(texts, "latin1")
    assert raw == [b"Th\xf5a Thi\xaan Hu\xd5", None, None, b"abc"]
    assert decode_values(raw, "tcvn3") == ["Thừa Thiên Huế", None, None, "abc"]
    assert decode_values(raw, "TCVN3") == ["Thừa Thiên Huế", None, None, "abc"]
    counts: dict[str, int] = {}
    assert decode_values([b"Caf\xe9", b"Hue\xe1", b"Caf\xe9", None], "vni", counts=counts) == [
        "Caf\ufffd", "Huế", "Caf\ufffd", None]
    assert counts == {"replaced": 2, "capitals": 0}
    decode_values([b"HU\xd5", b"Hu\xd5"], "tcvn3", counts=counts)
    assert counts == {"replaced": 0, "capitals": 1}
    assert recover_bytes([b"\xff"]) == [b"\xff"]
    with pytest.raises(ValueError, match="byte-transparently"):
        recover_bytes(["Huế"], "latin1")
    # cp1258 composes its combining tone bytes into NFC
    assert decode_values([b"Vi\xea\xf2t"], "cp1258") == ["Việt"]


# ======================================================================================================
# DataFrame doctors
# ======================================================================================================
def _as_read(raw: list[bytes | None]) -> list[str | None]:
    """What pyogrio hands us for those bytes with encoding="latin1"."""
    return [None if b is None else b.decode("latin1") for b in raw]


def test_doctor_text_columns_detects_per_column(hue_wards):
    n = len(hue_wards)
    df = pd.DataFrame(
        {
            "ten": _as_read([w.encode("tcvn3") for w in hue_wards]),
            "ten_vni": _as_read([w.encode("vni") for w in hue_wards]),
            "ma": [f"{i:05d}" for i in range(n)],
            "dan_so": np.arange(n),
            "ghi_chu": _as_read([None] * (n - 2) + ["Đường ngập".encode("tcvn3"), "Cây đổ".encode("tcvn3")]),
        },
        index=np.arange(100, 100 + n),  # not a RangeIndex from 0: must be kept
    ).astype({"ten": "str", "ma": "str"})
    report = LayerReport("wards")
    guesses = doctor_text_columns(df, read_as="latin1", declared=None, declared_source=None, report=report)
    assert df["ten"].tolist() == hue_wards
    assert df["ten_vni"].tolist() == hue_wards
    assert df["ghi_chu"].iloc[-2:].tolist() == ["Đường ngập", "Cây đổ"]
    assert df["ghi_chu"].iloc[:-2].isna().all()
    assert list(df.index) == list(range(100, 100 + n))
    assert df["dan_so"].tolist() == list(range(n))
    assert str(df["ten"].dtype) == "str"
    assert guesses["ten"].encoding == "tcvn3" and guesses["ten_vni"].encoding == "vni"
    assert guesses["ma"].encoding == "ascii"
    assert "dan_so" not in guesses
    assert report.encoding["ten"] == "tcvn3" and report.encoding["ten_vni"] == "vni"
    assert report.encoding["ghi_chu"] == "tcvn3"  # little evidence of its own, but TCVN3 like the file
    assert report.encoding_status == "detected"
    texts = " ".join(m.text for m in report.find("encoding"))
    assert "No text encoding was declared" in texts
    assert "TCVN3" in texts and "VNI" in texts
    assert all(unicodedata.is_normalized("NFC", v) for v in df["ten"])


def test_doctor_overrides_a_wrong_cpg_and_says_so(hue_wards):
    gdf = gpd.GeoDataFrame(
        {"TEN": _as_read([w.encode("tcvn3") for w in hue_wards])},
        geometry=[Point(107.58 + i / 1000, 16.46) for i in range(len(hue_wards))], crs="EPSG:4326",
    )
    report = LayerReport("wards")
    doctor_text_columns(gdf, declared="cp1252", declared_source=".cpg", report=report)
    assert gdf["TEN"].tolist() == hue_wards
    assert gdf.geometry.iloc[0].x == pytest.approx(107.58)
    assert report.encoding == {"TEN": "tcvn3"} and report.encoding_status == "detected"
    warns = [m.text for m in report.warnings if m.category == "encoding"]
    assert any("declared" in t and "Windows-1252" in t and "TCVN3" in t for t in warns), warns
    assert any(m.text.startswith("The .cpg file declares") for m in report.find("encoding"))


def test_doctor_keeps_a_plausible_declared_encoding(hue_wards):
    df = pd.DataFrame({"ten": _as_read([encode_cp1258(w) for w in hue_wards])})
    report = LayerReport("wards")
    g = doctor_text_columns(df, declared="1258", declared_source="DBF language id 0x57", report=report)
    assert g["ten"].status == "declared"
    assert df["ten"].tolist() == hue_wards
    assert report.encoding_status == "declared"
    assert not report.warnings


def test_doctor_user_choice_is_obeyed(hue_wards):
    df = pd.DataFrame({"ten": _as_read([w.encode("tcvn3") for w in hue_wards[:5]])})
    report = LayerReport("wards")
    doctor_text_columns(df, declared="vni", declared_source="user", report=report)
    assert report.encoding == {"ten": "vni"} and report.encoding_status == "declared"
    assert df["ten"].tolist() != hue_wards[:5]  # wrong, but chosen by hand
    assert any("\ufffd" in m.text for m in report.warnings)  # and the damage is reported


def test_doctor_reports_undecodable_bytes_capitals_mixed_utf8_and_eth():
    df = pd.DataFrame({
        "ten": _as_read([w.encode("vni") for w in ["Việt Nam", "Huế", "Đà Nẵng", "Lưới"]] + [b"Caf\xe9"]),
        "hoa": _as_read([b"HU\xd5", b"\xa7\xa6\xeaNG", "Thừa Thiên".encode("tcvn3"), "Huế".encode("utf-8")]
                        + ["Hương Trà".encode("tcvn3")]),
    })
    report = LayerReport("x")
    doctor_text_columns(df, declared=None, declared_source=None, report=report)
    assert df["ten"].tolist()[:4] == ["Việt Nam", "Huế", "Đà Nẵng", "Lưới"]
    assert df["ten"].iloc[4] == "Caf\ufffd"
    assert df["hoa"].tolist() == ["HUẾ", "ĐƯỜNG", "Thừa Thiên", "Huế", "Hương Trà"]
    texts = [m.text for m in report.find("encoding")]
    assert any("could not be decoded cleanly" in t for t in texts)
    assert any("capitals" in t and "HUẾ" in t for t in texts)
    assert any("mixes encodings" in t and "UTF-8" in t for t in texts)

    df = pd.DataFrame({"ten": _as_read([encode_cp1258("Huế"), b"\xd0\xe0 N\xe3\xdeng"])})
    report = LayerReport("x")
    doctor_text_columns(df, declared="cp1258", declared_source=".cpg", report=report)
    assert df["ten"].tolist() == ["Huế", "Đà Nẵng"]  # cp1258 0xD0 is Đ, no eth involved


def test_doctor_all_ascii_and_no_text():
    df = pd.DataFrame({"a": ["x", "y", None], "n": [1, 2, 3]})
    report = LayerReport("x")
    assert doctor_text_columns(df, declared=None, declared_source=None, report=report)["a"].encoding == "ascii"
    assert report.encoding == {"a": "ascii"} and report.encoding_status == "none"
    assert any("plain ASCII" in m.text for m in report.messages)
    report = LayerReport("y")
    assert doctor_text_columns(pd.DataFrame({"n": [1.0]}), declared="cp1252", declared_source=".cpg",
                               report=report) == {}
    assert report.encoding_status == "declared"


def test_doctor_end_to_end_with_a_tcvn3_shapefile(tmp_path, hue_wards):
    """A real DBF with TCVN3 bytes, written and read back through GDAL the way the readers do it."""
    raw = [w.encode("tcvn3") for w in hue_wards]
    gdf = gpd.GeoDataFrame({"TEN": _as_read(raw), "STT": np.arange(len(raw))},
                           geometry=[Point(107.5 + i / 100, 16.4) for i in range(len(raw))], crs="EPSG:4326")
    path = tmp_path / "xa_tcvn3.shp"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # GDAL's note that latin1 text may not round-trip
        pyogrio.write_dataframe(gdf, path, encoding="latin1")
    for sidecar in path.parent.glob("xa_tcvn3.cpg"):
        sidecar.unlink()  # like the files that arrive: no .cpg
    assert (path.with_suffix(".dbf").read_bytes().find(raw[0])) > 0
    back = pyogrio.read_dataframe(path, encoding="latin1")
    report = LayerReport("xa")
    doctor_text_columns(back, read_as="latin1", declared=ldid_to_encoding(read_dbf_ldid(path.with_suffix(".dbf"))),
                        declared_source="DBF language id", report=report)
    assert back["TEN"].tolist() == hue_wards
    assert report.encoding["TEN"] == "tcvn3"


def test_doctor_is_vectorised_over_distinct_values(monkeypatch, hue_wards):
    """1,000,000 rows of a 40-value column: each distinct value is decoded once (no timing assertion)."""
    raw = _as_read([w.encode("tcvn3") for w in hue_wards])
    rng = np.random.default_rng(1)
    codes = rng.integers(0, len(raw), 1_000_000)
    df = pd.DataFrame({"ten": pd.Series(np.array(raw, dtype=object)[codes], dtype="str"),
                       "ma": pd.Series(["KV1"] * 1_000_000, dtype="str")})
    seen: list[int] = []
    real = enc._decode_raw

    def counting(values, codec):
        seen.append(len(values))
        return real(values, codec)

    monkeypatch.setattr(enc, "_decode_raw", counting)
    report = LayerReport("big")
    doctor_text_columns(df, declared=None, declared_source=None, report=report)
    assert seen == [len(hue_wards)]  # one call, over the 40 distinct values; the ASCII column is not decoded
    assert df["ten"].iloc[:5].tolist() == [hue_wards[i] for i in codes[:5]]
    assert df["ten"].nunique() == 40


def test_normalize_text_columns_on_the_wards_file(shared_data):
    df = pd.read_csv(shared_data / WARDS_CSV)
    report = LayerReport("wards")
    assert normalize_text_columns(df, report) == 122
    assert all(unicodedata.is_normalized("NFC", w) for w in df["ward"])
    (msg,) = report.find("encoding")
    assert msg.count == 122 and "122 values" in msg.text and "decomposed" in msg.text and "NFC" in msg.text
    report = LayerReport("again")
    assert normalize_text_columns(df, report) == 0 and not report.messages


def test_normalize_text_columns_eth():
    df = pd.DataFrame({
        "ten": ["Ðà Nẵng", "Ðông Hà", "Huế", None, "Ðông Hà", "Quảng Ðiền"],
        "is": ["Ðingvellir", "Reykjavík", "x", "y", "z", "w"],
    })
    report = LayerReport("x")
    assert normalize_text_columns(df, report) == 4
    assert df["ten"].tolist()[:3] == ["Đà Nẵng", "Đông Hà", "Huế"] and df["ten"].iloc[5] == "Quảng Điền"
    assert df["is"].iloc[0] == "Ðingvellir"  # not Vietnamese context: reported, not changed
    warns = [m.text for m in report.warnings]
    assert any("were corrected" in t for t in warns) and any("left unchanged" in t for t in warns)
    # a lone Vietnamese-looking value without any Vietnamese-only letter is not changed either
    df = pd.DataFrame({"ten": ["Ðinh"]})
    report = LayerReport("y")
    assert normalize_text_columns(df, report) == 0 and df["ten"].iloc[0] == "Ðinh"
    assert report.warnings


def test_message_text_is_plain_english(hue_wards):
    df = pd.DataFrame({"ten": _as_read([w.encode("tcvn3") for w in hue_wards])})
    report = LayerReport("x")
    doctor_text_columns(df, declared=None, declared_source=None, report=report)
    out = io.StringIO()
    for m in report.messages:
        print(m.text, file=out)
        assert m.text.endswith((".", ")")) and m.text[0].isupper()
    assert "TCVN3" in out.getvalue()
