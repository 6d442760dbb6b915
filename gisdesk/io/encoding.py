"""The encoding doctor: find out how the text in a DBF (or any byte column) is encoded, and decode it.

Vietnamese shapefiles arrive with their DBF text in UTF-8, Windows-1258 (cp1258, tone marks stored as
separate combining bytes), TCVN3 (ABC / TCVN 5712:1993, fonts .VnTime) or VNI-Windows (fonts VNI-Times, a
base letter followed by a separate diacritic byte), usually without a ``.cpg`` file, or with one that is wrong
("ANSI 1250", "1252" written by an ArcGIS on a Western Windows) or garbage (a saved HTML page).

What this module gives:

* Python codecs ``"tcvn3"`` and ``"vni"`` (:func:`register_codecs`, run at import), built from tables in
  :mod:`gisdesk.io._vn_tables` (no iconv needed at run time). Decoding yields NFC text; encoding accepts NFC or NFD.
* :func:`normalize_encoding_name` (``.cpg`` / ``.cst`` text or a user-typed name -> Python codec name),
  :func:`ldid_to_encoding` and :func:`read_dbf_ldid` (the DBF language-driver byte).
* :func:`detect_encoding`: scores the candidate decodings of a column by how plausible the text is
  (valid Vietnamese syllables versus stray symbols, control characters, impossible letter sequences).
* :func:`doctor_text_columns`: the doctor proper, for a (Geo)DataFrame read byte-transparently
  (``encoding="latin1"``): detects per column, re-decodes in place and reports in plain English.
* :func:`normalize_text_columns`: for data that was Unicode already (GPKG, GeoJSON...): NFC, and the
  Latin "Ð" (U+00D0) used for the Vietnamese "Đ" (U+0110).

No Qt here.
"""

from __future__ import annotations

import codecs
import functools
import math
import os
import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io._vn_tables import TCVN3_DECODING_TABLE, VNI_ENCODING
from gisdesk.io.errors import ReadError

if TYPE_CHECKING:
    from gisdesk.io.report import LayerReport

__all__ = [
    "EncodingGuess",
    "decode_values",
    "describe_encoding",
    "detect_encoding",
    "doctor_text_columns",
    "encode_cp1258",
    "ldid_to_encoding",
    "normalize_encoding_name",
    "normalize_text_columns",
    "read_dbf_ldid",
    "recover_bytes",
    "register_codecs",
    "repair_tcvn3_capitals",
]


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# ================================================================================================
# TCVN3 codec
# ================================================================================================
_TCVN3_DECODING = "".join(chr(cp) for cp in TCVN3_DECODING_TABLE)
_TCVN3_ENCODING_MAP = codecs.charmap_build(_TCVN3_DECODING)
_TCVN3_CHARS = frozenset(_TCVN3_DECODING)
# characters that are not in the table (candidates for the decomposition fallback, see _tcvn3_encode)
_TCVN3_UNMAPPED_RE = re.compile("[^" + "".join(re.escape(c) for c in sorted(_TCVN3_CHARS)) + "]")


_TONE_COMBINING = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _split_tones(ch: str) -> tuple[str, str]:
    """"ộ" -> ("ô", "\u0323"): the letter without its Vietnamese tone mark(s), and the combining tone mark(s)."""
    nfd = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in nfd if c in _TONE_COMBINING)
    head = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_COMBINING))
    return head, tones


def _tcvn3_decompose(match: re.Match[str]) -> str:
    """A character missing from the table -> an encodable letter + combining tone bytes, if there is one.

    This is what glibc iconv does too: "ñ" -> "n" + combining tilde (byte 0xB2).
    """
    ch = match.group()
    head, tones = _split_tones(ch)
    if tones and head in _TCVN3_CHARS and all(m in _TCVN3_CHARS for m in tones):
        return head + tones
    return ch


def _tcvn3_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    s = _nfc(text)
    try:
        return codecs.charmap_encode(s, "strict", _TCVN3_ENCODING_MAP)[0], len(text)
    except UnicodeEncodeError:
        pass
    s = _TCVN3_UNMAPPED_RE.sub(_tcvn3_decompose, s)
    return codecs.charmap_encode(s, errors, _TCVN3_ENCODING_MAP)[0], len(text)


def _tcvn3_decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    text, consumed = codecs.charmap_decode(data, errors, _TCVN3_DECODING)
    return _nfc(text), consumed


class _Tcvn3IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data: bytes, errors: str, final: bool) -> tuple[str, int]:
        # hold the last letter (and any combining tone bytes 0xB0-0xB4 after it) back: a combining tone byte in
        # the next chunk belongs to it
        if not final and data:
            i = len(data) - 1
            while i > 0 and 0xB0 <= data[i] <= 0xB4:
                i -= 1
            data = data[:i]
        return _tcvn3_decode(data, errors)


class _Tcvn3IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input: str, final: bool = False) -> bytes:
        return _tcvn3_encode(input, self.errors)[0]


class _Tcvn3StreamWriter(codecs.StreamWriter):
    def encode(self, input: str, errors: str = "strict") -> tuple[bytes, int]:
        return _tcvn3_encode(input, errors)


class _Tcvn3StreamReader(codecs.StreamReader):
    def decode(self, input: bytes, errors: str = "strict") -> tuple[str, int]:
        return _tcvn3_decode(input, errors)


# ================================================================================================
# VNI-Windows codec
# ================================================================================================
def _build_vni_tables() -> tuple[dict[str, str], dict[str, str], dict[int, str], str, str, frozenset[str]]:
    pairs: dict[str, str] = {}  # latin-1 view of 2 bytes (base, mark) -> letter
    singles: dict[str, str] = {}  # latin-1 view of 1 byte -> letter
    for letter, seq in VNI_ENCODING.items():
        view = seq.decode("latin1")
        (pairs if len(view) == 2 else singles)[view] = letter
    marks = {view[1] for view in pairs}
    bases = {view[0] for view in pairs}
    # Lenient decoding (never produced by our encoder): "y" + the dot-below byte for "ỵ", which UniKey writes as
    # the single byte "î". (A base letter with a diacritic byte of the other case, "Où", is not accepted: VNI
    # keyboards never type it, and it is common in French.)
    pairs.setdefault("y\xef", "ỵ")
    pairs.setdefault("Y\xcf", "Ỵ")
    used = marks | set(singles) | {b for b in bases if ord(b) > 0x7F}
    # Bytes VNI does not use for Vietnamese letters keep their Windows-1252 meaning (punctuation, symbols).
    fallback: dict[int, str] = {}
    for b in range(0x80, 0x100):
        ch = chr(b)
        if ch in used:
            continue
        try:
            fallback[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    for b, ch in fallback.items():
        singles[chr(b)] = ch
    return pairs, singles, fallback, "".join(sorted(bases)), "".join(sorted(marks)), frozenset(marks)


_VNI_PAIRS, _VNI_SINGLES, _VNI_FALLBACK, _VNI_BASES, _VNI_MARKS, _VNI_MARK_SET = _build_vni_tables()
_VNI_TOKEN_RE = re.compile(f"[{re.escape(_VNI_BASES)}][{re.escape(_VNI_MARKS)}]|[\x80-\xff]")
_VNI_TRANSLATE: dict[int, str] = {ord(k): v.decode("latin1") for k, v in VNI_ENCODING.items()}
for _b, _ch in _VNI_FALLBACK.items():
    _VNI_TRANSLATE[ord(_ch)] = chr(_b)
_VNI_ENCODABLE = frozenset(chr(i) for i in range(0x80)) | frozenset(chr(k) for k in _VNI_TRANSLATE)
_VNI_UNENCODABLE_RE = re.compile("[^" + "".join(re.escape(c) for c in sorted(_VNI_ENCODABLE)) + "]")


def _vni_decode(data: bytes, errors: str = "strict", final: bool = True) -> tuple[str, int]:
    data = bytes(data)
    s = data.decode("latin1")
    end_of_input = len(s)
    if not final and s and s[-1] in _VNI_BASES:
        end_of_input -= 1  # the diacritic byte of this base letter may come in the next chunk
    if s.isascii():
        return s[:end_of_input], end_of_input
    out: list[str] = []
    pos = 0
    while pos < end_of_input:
        m = _VNI_TOKEN_RE.search(s, pos, end_of_input)
        if m is None:
            out.append(s[pos:end_of_input])
            break
        start, end = m.span()
        out.append(s[pos:start])
        tok = m.group()
        if len(tok) == 2:
            letter = _VNI_PAIRS.get(tok)
            if letter is not None:
                out.append(letter)
                pos = end
                continue
            # a base letter that does not take this diacritic: emit the base, deal with the diacritic next
            out.append(_VNI_SINGLES.get(tok[0], tok[0]))
            pos = start + 1
            continue
        letter = _VNI_SINGLES.get(tok)
        if letter is not None:
            out.append(letter)
            pos = end
            continue
        if tok in _VNI_MARK_SET:
            reason = "VNI diacritic byte without a letter it can go on"
        else:
            reason = "byte undefined in VNI-Windows"
        exc = UnicodeDecodeError("vni", data, start, end, reason)
        if errors == "strict":
            raise exc
        replacement, pos = codecs.lookup_error(errors)(exc)
        out.append(replacement)
    return _nfc("".join(out)), end_of_input


def _vni_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    s = _nfc(text)
    if _VNI_UNENCODABLE_RE.search(s) is None:
        return s.translate(_VNI_TRANSLATE).encode("latin1"), len(text)
    out: list[bytes] = []
    pos = 0
    while pos < len(s):
        m = _VNI_UNENCODABLE_RE.search(s, pos)
        if m is None:
            out.append(s[pos:].translate(_VNI_TRANSLATE).encode("latin1"))
            break
        out.append(s[pos : m.start()].translate(_VNI_TRANSLATE).encode("latin1"))
        exc = UnicodeEncodeError("vni", s, m.start(), m.end(), "character not representable in VNI-Windows")
        if errors == "strict":
            raise exc
        replacement, pos = codecs.lookup_error(errors)(exc)
        if isinstance(replacement, str):
            out.append(_vni_encode(replacement, "strict")[0])
        else:
            out.append(bytes(replacement))
    return b"".join(out), len(text)


class _VniIncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data: bytes, errors: str, final: bool) -> tuple[str, int]:
        return _vni_decode(data, errors, final)


class _VniIncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input: str, final: bool = False) -> bytes:
        return _vni_encode(input, self.errors)[0]


class _VniStreamWriter(codecs.StreamWriter):
    def encode(self, input: str, errors: str = "strict") -> tuple[bytes, int]:
        return _vni_encode(input, errors)


class _VniStreamReader(codecs.StreamReader):
    def decode(self, input: bytes, errors: str = "strict") -> tuple[str, int]:
        return _vni_decode(input, errors)


# ================================================================================================
# cp1258 writing
# ================================================================================================
def encode_cp1258(text: str, errors: str = "strict") -> bytes:
    """Encode text as Windows-1258 the way Windows does it.

    Python's ``cp1258`` codec is a plain table: it cannot encode "ã" or "ộ", which cp1258 stores as a base letter
    plus a combining tone byte. This uses the precomposed byte where cp1258 has one ("á", "ê", "ơ") and
    otherwise the longest encodable base followed by combining bytes ("ộ" -> "ô" + 0xF2).
    """
    out: list[bytes] = []
    for ch in _nfc(text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        head, tones = _split_tones(ch)
        try:
            out.append(head.encode("cp1258") + tones.encode("cp1258"))
        except UnicodeEncodeError:
            out.append(ch.encode("cp1258", errors))
    return b"".join(out)


# ================================================================================================
# Registration
# ================================================================================================
_CODEC_INFOS = {
    "tcvn3": codecs.CodecInfo(
        name="tcvn3",
        encode=_tcvn3_encode,
        decode=_tcvn3_decode,
        incrementalencoder=_Tcvn3IncrementalEncoder,
        incrementaldecoder=_Tcvn3IncrementalDecoder,
        streamreader=_Tcvn3StreamReader,
        streamwriter=_Tcvn3StreamWriter,
    ),
    "vni": codecs.CodecInfo(
        name="vni",
        encode=_vni_encode,
        decode=_vni_decode,
        incrementalencoder=_VniIncrementalEncoder,
        incrementaldecoder=_VniIncrementalDecoder,
        streamreader=_VniStreamReader,
        streamwriter=_VniStreamWriter,
    ),
}
# codecs.lookup hands search functions the name lower-cased, with spaces and hyphens turned into underscores
_CODEC_ALIASES = {
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn5712_1": "tcvn3",
    "tcvn_5712": "tcvn3",
    "tcvn_5712_1": "tcvn3",
    "abc": "tcvn3",
    "vn3": "tcvn3",
    "vni": "vni",
    "vni_windows": "vni",
    "vni_win": "vni",
    "vniwin": "vni",
}
_registered = False


def _search_codec(name: str) -> codecs.CodecInfo | None:
    key = _CODEC_ALIASES.get(name.replace("-", "_").replace(" ", "_").lower())
    return _CODEC_INFOS[key] if key else None


def register_codecs() -> None:
    """Register the ``"tcvn3"`` and ``"vni"`` codecs with Python (idempotent; done at import of this module).

    Aliases: tcvn3 = tcvn, tcvn5712, tcvn5712-1, abc, vn3; vni = vni-windows, vni_windows, vni-win.
    Decoding yields NFC text; encoding accepts NFC or NFD text; ``errors=`` works as for any codec.
    TCVN3 decodes and encodes with the full TCVN 5712:1993 VN1 table (identical to glibc iconv's
    ``TCVN5712-1``), so capital accented letters are written with their VN1 codes.
    """
    global _registered
    if not _registered:
        codecs.register(_search_codec)
        _registered = True


register_codecs()


# ================================================================================================
# Encoding names, .cpg files, DBF language driver ids
# ================================================================================================
_WINDOWS_CODEPAGES: dict[int, str] = {
    437: "cp437", 720: "cp720", 737: "cp737", 775: "cp775", 850: "cp850", 852: "cp852", 855: "cp855",
    857: "cp857", 858: "cp858", 860: "cp860", 861: "cp861", 862: "cp862", 863: "cp863", 864: "cp864",
    865: "cp865", 866: "cp866", 869: "cp869", 874: "cp874", 875: "cp875", 932: "cp932", 936: "cp936",
    949: "cp949", 950: "cp950", 1026: "cp1026", 1140: "cp1140", 1200: "utf-16-le", 1201: "utf-16-be",
    1250: "cp1250", 1251: "cp1251", 1252: "cp1252", 1253: "cp1253", 1254: "cp1254", 1255: "cp1255",
    1256: "cp1256", 1257: "cp1257", 1258: "cp1258", 10000: "mac-roman", 10006: "mac-greek",
    10007: "mac-cyrillic", 10029: "mac-latin2", 10079: "mac-iceland", 10081: "mac-turkish",
    12000: "utf-32-le", 12001: "utf-32-be", 20127: "ascii", 20866: "koi8-r", 20932: "euc_jp",
    21866: "koi8-u", 28591: "iso8859-1", 28592: "iso8859-2", 28593: "iso8859-3", 28594: "iso8859-4",
    28595: "iso8859-5", 28596: "iso8859-6", 28597: "iso8859-7", 28598: "iso8859-8", 28599: "iso8859-9",
    28600: "iso8859-10", 28601: "iso8859-11", 28603: "iso8859-13", 28604: "iso8859-14",
    28605: "iso8859-15", 28606: "iso8859-16", 50220: "iso2022_jp", 51932: "euc_jp", 51949: "euc_kr",
    52936: "hz", 54936: "gb18030", 65000: "utf-7", 65001: "utf-8",
}  # fmt: skip
# short forms seen in .cpg files, after lower-casing and removing spaces, "-", "_" and "."
_COMPACT_ALIASES: dict[str, str] = {
    "utf8": "utf-8", "utf8bom": "utf-8", "utf16": "utf-16", "utf16le": "utf-16-le", "utf16be": "utf-16-be",
    "unicode": "utf-8", "koi8r": "koi8-r", "koi8u": "koi8-u", "big5": "big5", "big5hkscs": "big5hkscs",
    "euckr": "euc_kr", "eucjp": "euc_jp", "shiftjis": "shift_jis", "sjis": "shift_jis", "gb2312": "cp936",
    "gbk": "cp936", "gb18030": "gb18030", "latin1": "iso8859-1", "usascii": "ascii", "tis620": "tis-620",
    "tcvn3": "tcvn3", "tcvn": "tcvn3", "tcvn5712": "tcvn3", "tcvn57121": "tcvn3", "tcvn57121993": "tcvn3",
    "abc": "tcvn3", "vn3": "tcvn3", "vntime": "tcvn3", "tcvn3abc": "tcvn3",
    "vni": "vni", "vniwindows": "vni", "vniwin": "vni", "vnitimes": "vni",
}  # fmt: skip
# Words that mean "whatever the system code page is": no information.
_UNSPECIFIED_WORDS = {"ansi", "oem", "system", "default", "none", "unknown", "locale", "acp", "oemcp", "dos"}
# Codecs that are not text encodings one would find in a data file.
_NOT_DATA_CODECS = {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "mbcs", "oem",
                    "charmap", "unicode_internal", "palmos"}  # fmt: skip
# Python's own spelling is used, except for GBK, which we call by its Windows code page name.
_CANONICAL_OVERRIDES = {"gbk": "cp936", "gb2312": "cp936"}


def _canonical_codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DATA_CODECS:
        return None
    return _CANONICAL_OVERRIDES.get(info.name, info.name)


def normalize_encoding_name(text: str | bytes | None) -> str | None:
    """Parse a ``.cpg`` / ``.cst`` content or a user-typed encoding name into a Python codec name.

    ``"UTF-8"``, ``"utf8"``, ``"65001"`` -> ``"utf-8"``; ``"1258"``, ``"CP1258"``, ``"windows-1258"`` ->
    ``"cp1258"``; ``"ANSI 1250"`` -> ``"cp1250"``; ``"88591"``, ``"8859_1"`` -> ``"iso8859-1"``;
    ``"TCVN3"``, ``"ABC"`` -> ``"tcvn3"``; ``"VNI"`` -> ``"vni"``; ``"Big-5"`` -> ``"big5"``; ``"koi8r"`` ->
    ``"koi8-r"``; ``"GB2312"``/``"GBK"``/``"936"`` -> ``"cp936"`` (GBK, the superset that Windows uses);
    ``"LDID/87"`` (GDAL's spelling of a language driver id) via :func:`ldid_to_encoding`.
    Garbage (an HTML page, several lines, empty, an unknown word) and words that only mean "the system
    code page" (``"ANSI"``, ``"OEM"``) give ``None``.
    """
    if text is None:
        return None
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("latin1")
    lines = [ln.strip() for ln in text.replace("\ufeff", "").replace("\x00", "").splitlines() if ln.strip()]
    if len(lines) != 1:
        return None
    t = lines[0]
    if len(t) > 40 or any(c in t for c in "<>{}=;\"'") or any(unicodedata.category(c)[0] == "C" for c in t):
        return None
    low = t.lower()
    m = re.fullmatch(r"ldid\s*/\s*(\d+)", low)
    if m:
        return ldid_to_encoding(int(m.group(1)))
    compact = re.sub(r"[\s_\-.]+", "", low)
    if compact in _UNSPECIFIED_WORDS:
        return None
    if compact in _COMPACT_ALIASES:
        return _canonical_codec(_COMPACT_ALIASES[compact])
    m = re.fullmatch(r"(?:ansi|windows|win|cp|ms|codepage|ibm|oem|dos|x?cp)?(\d{3,5})", compact)
    if m and int(m.group(1)) in _WINDOWS_CODEPAGES:
        return _canonical_codec(_WINDOWS_CODEPAGES[int(m.group(1))])
    m = re.fullmatch(r"(?:iso|latin)?8859(\d{1,2})", compact)
    if m and 1 <= int(m.group(1)) <= 16 and int(m.group(1)) != 12:
        return _canonical_codec(f"iso8859-{int(m.group(1))}")
    for candidate in (t, low.replace(" ", "-"), compact):
        codec = _canonical_codec(candidate)
        if codec is not None:
            return codec
    return None


# The DBF language driver id (byte 29 of the header) -> Windows code page, as GDAL's shapefile driver reads it
# (ogr/ogrsf_frmts/shape: the LDID switch taken from the ESRI/dBase table). 0x57 (87) means "the current
# ANSI code page": no information, so None here (GDAL assumes ISO-8859-1).
_LDID_CODEPAGES: dict[int, int] = {
    1: 437, 2: 850, 3: 1252, 4: 10000, 8: 865, 10: 850, 11: 437, 13: 437, 14: 850, 15: 437, 16: 850,
    17: 437, 18: 850, 19: 932, 20: 850, 21: 437, 22: 850, 23: 865, 24: 437, 25: 437, 26: 850, 27: 437,
    28: 863, 29: 850, 31: 852, 34: 852, 35: 852, 36: 860, 37: 850, 38: 866, 55: 850, 64: 852, 77: 936,
    78: 949, 79: 950, 80: 874, 88: 1252, 89: 1252, 100: 852, 101: 866, 102: 865, 103: 861,
    106: 737, 107: 857, 108: 863, 120: 950, 121: 949, 122: 936, 123: 932, 124: 874, 134: 737, 135: 852,
    136: 857, 150: 10007, 151: 10029, 200: 1250, 201: 1251, 202: 1254, 203: 1253, 204: 1257,
}  # fmt: skip
# (104 Kamenicky/895 and 105 Mazovia/620 have no Python codec and are left out: None.)


def ldid_to_encoding(ldid: int | None) -> str | None:
    """The DBF language driver id -> a Python codec name, or None (unknown, 0, or 0x57 "ANSI": unspecified)."""
    if not ldid:
        return None
    cp = _LDID_CODEPAGES.get(int(ldid))
    if cp is None:
        return None
    return _canonical_codec(_WINDOWS_CODEPAGES.get(cp, f"cp{cp}"))


def read_dbf_ldid(path: str | os.PathLike[str]) -> int | None:
    """The language driver id byte (offset 29) of a ``.dbf`` file; None when the file is too short to hold it.

    Raises :class:`~gisdesk.io.errors.ReadError` when the file cannot be opened.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        raise ReadError(path, trf("the attribute file could not be opened ({error})", error=exc.strerror or exc)) from exc
    if len(head) < 30:
        return None
    return head[29]


_DISPLAY_NAMES = {
    "ascii": N_("plain ASCII"),
    "utf-8": "UTF-8",
    "tcvn3": N_("TCVN3 (ABC, .VnTime fonts)"),
    "vni": N_("VNI-Windows (VNI fonts)"),
    "cp1258": N_("Windows-1258 Vietnamese (cp1258)"),
    "cp1252": N_("Windows-1252 Western European (cp1252)"),
    "iso8859-1": N_("ISO-8859-1 Western European (Latin-1)"),
    "cp1250": N_("Windows-1250 Central European (cp1250)"),
    "cp1251": N_("Windows-1251 Cyrillic (cp1251)"),
    "cp936": N_("GBK simplified Chinese (cp936)"),
    "big5": N_("Big5 traditional Chinese"),
}


def describe_encoding(codec: str) -> str:
    """A human name for a codec name ("tcvn3" -> "TCVN3 (ABC, .VnTime fonts)"), translated."""
    return tr(_DISPLAY_NAMES[codec]) if codec in _DISPLAY_NAMES else codec


# ================================================================================================
# Plausibility scoring
# ================================================================================================
_VN_LETTERS = frozenset("abcdeghiklmnopqrstuvxyăâđêôơư")
_VN_VOWELS = frozenset("aăâeêioôơuưy")
_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_MODIFIER_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex, breve, horn
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")  # fmt: skip
# Every Vietnamese rhyme (vowel nucleus with its glides and final consonant), without tone.
_RHYMES = frozenset("""
a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet oem
uâc uân uâng uât uây uê uêch uên uênh uy uych uyn uynh uyp uyt uyu uya uyên uyêt uơ
ak ăk âk ok ôk ơk ưk uk ek êk ik
""".split())
_STOP_CODAS = ("c", "ch", "p", "t", "k")


_MODIFIED_VOWELS = frozenset("ăâêôơư")
_CODA_CONSONANTS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "k")


def _tone_well_placed(rhyme: str, t: int) -> bool:
    """Is a tone on letter ``t`` of ``rhyme`` where Vietnamese spelling puts it?

    On the vowel with a hat/breve/horn (the second one in "ươ": "người"); else on the last vowel before a final
    consonant ("hoán"); else on the vowel before a final glide ("tài", "ngoài"); "oa", "oe", "uy" take it on
    either vowel (old "hòa" and new "hoà" styles); "ia", "ua" on the first ("mía", "của").
    """
    coda = next((c for c in _CODA_CONSONANTS if rhyme.endswith(c) and len(rhyme) > len(c)), "")
    vowels = rhyme[: len(rhyme) - len(coda)]
    if not 0 <= t < len(vowels):
        return False
    mods = [j for j, v in enumerate(vowels) if v in _MODIFIED_VOWELS]
    if mods:
        return t == mods[-1]
    if len(vowels) == 1:
        return True
    if coda:
        return t == len(vowels) - 1
    if vowels in ("oa", "oe", "uy"):
        return True
    if vowels in ("ia", "ua"):
        return t == 0
    if vowels == "uya":
        return t == 1
    return t == len(vowels) - 2


def _vn_syllable(word: str) -> tuple[bool, bool]:
    """(letters are all Vietnamese and well placed, it is a valid Vietnamese syllable) for a lower-case word.

    Valid: an onset from the Vietnamese list, a rhyme from the list of Vietnamese rhymes, at most one tone, the
    tone on the right vowel, and only the acute or dot-below tone when the syllable ends in c/ch/p/t.
    """
    nfd = unicodedata.normalize("NFD", word)
    letters: list[str] = []
    tone: str | None = None
    tone_at = -1
    i = 0
    n = len(nfd)
    while i < n:
        base = nfd[i]
        if unicodedata.combining(base):
            return False, False  # a diacritic with no letter under it
        i += 1
        mods: list[str] = []
        toned = False
        while i < n and unicodedata.combining(nfd[i]):
            mark = nfd[i]
            if mark in _TONE_MARKS:
                if tone is not None:
                    return False, False  # two tones in one word
                tone = _TONE_MARKS[mark]
                toned = True
            elif mark in _MODIFIER_MARKS:
                mods.append(mark)
            else:
                return False, False  # diaeresis, caron, cedilla...: not Vietnamese
            i += 1
        letter = unicodedata.normalize("NFC", base + "".join(mods))
        if letter not in _VN_LETTERS or (toned and letter not in _VN_VOWELS):
            return False, False  # not a Vietnamese letter, or a tone on a consonant
        if toned:
            tone_at = len(letters)
        letters.append(letter)
    toneless = "".join(letters)
    for onset in _ONSETS:
        if not toneless.startswith(onset):
            continue
        rhyme = toneless[len(onset) :]
        start = len(onset)
        if rhyme not in _RHYMES and onset == "qu" and rhyme and "u" + rhyme in _RHYMES:
            rhyme, start = "u" + rhyme, start - 1
        if rhyme not in _RHYMES:
            continue
        if rhyme.endswith(_STOP_CODAS) and tone not in ("acute", "dot"):
            continue  # syllables closed by c/ch/p/t take only the acute or the dot-below tone
        if tone is not None and not _tone_well_placed(rhyme, tone_at - start):
            continue
        return True, True
    return True, False


_NAME_CLUSTER_RE = re.compile(r"^([bdghkmpstv])([lrhmn])(?=[a-zăâđêôơư])")
_NAME_CODA_RE = re.compile(r"[lhrs]$")


@functools.lru_cache(maxsize=50_000)
def _name_syllable(word: str) -> bool:
    """A syllable of a minority-language place name written in Vietnamese letters ("Krông", "Drăng", "Khăl",
    "Pưh", "Đắk"): a consonant cluster before, or l/h/r/s after, an otherwise valid Vietnamese syllable."""
    w = _NAME_CLUSTER_RE.sub(r"\2", word)
    w = _NAME_CODA_RE.sub("n", w)
    return w != word and _vn_syllable(w)[1]


def _case_is_odd(token: str) -> bool:
    """Upper case after lower case inside a word ("HuÕ"), the mark of a mis-decoded capital."""
    cased = [c for c in token if c.isupper() or c.islower()]
    if len(cased) < 2:
        return False
    rest = cased[1:]
    return not (all(c.islower() for c in rest) or all(c.isupper() for c in cased))


# Words are split on white space, ASCII punctuation and digits, typographic quotes and dashes, ° and €. (Not on
# other symbols: "§µ" for "Đà" is how TCVN3 text looks when misread, and must count against that reading.)
_TOKEN_SPLIT_RE = re.compile(r"[\s!-/:-@\[-`{-~0-9\u2013\u2014\u2018\u2019\u201c\u201d\u2026°€]+")
_COMMON_SYMBOLS = frozenset("°²³¹–—‘’‚“”„…•·«»‹›¿¡€£¥¢§©®™±×÷½¼¾‰†‡¶\u00a0")
_ODD_IN_WORDS = frozenset("ªºµ")  # letters by Unicode, but never inside a word


def _bad_char(c: str) -> bool:
    if c == "\ufffd":
        return True
    cat = unicodedata.category(c)
    return cat in ("Cc", "Cn", "Co", "Cs", "Cf")


_CAMEL_CAPITALS = frozenset("ABCDEGHIKLMNOPQRSTUVXYĐĂÂÊÔƠƯ")


def _camel_split(token: str) -> list[str]:
    """Split "ThừaThiênHuế" (GADM names without spaces) into syllables, but not "HuÕ" or "HoÌa".

    A split happens before a capital without a tone mark that follows a small letter, when both sides have at
    least two letters.
    """
    pieces: list[str] = []
    start = 0
    for i in range(2, len(token) - 1):
        if (
            token[i] in _CAMEL_CAPITALS
            and token[i - 1].islower()
            and token[i + 1].islower()
            and i - start >= 2
        ):
            pieces.append(token[start:i])
            start = i
    pieces.append(token[start:])
    return pieces


@functools.lru_cache(maxsize=200_000)
def _score_token_vn(token: str) -> float:
    """How Vietnamese a word with non-ASCII characters looks: +1 (a valid syllable) .. -1.5 (control characters)."""
    if any(_bad_char(c) for c in token):
        return -1.5
    if not any(c.isalpha() for c in token):
        return 0.0 if all(c in _COMMON_SYMBOLS for c in token) else -0.5
    pieces = _camel_split(token)
    if len(pieces) > 1:
        return sum(_score_token_vn(p) for p in pieces) / len(pieces)
    penalty = -0.5 if _case_is_odd(token) else 0.0
    alphabet_ok, syllable_ok = _vn_syllable(token.lower())
    if not alphabet_ok:
        return -1.0 + penalty
    if not syllable_ok:
        return (0.25 if _name_syllable(token.lower()) else -0.25) + penalty
    # letters only Vietnamese uses (ư, ơ, ă, đ, ộ...): a slight tie-breaker against Western readings
    return (1.1 if any(ord(c) > 0xFF for c in token) else 1.0) + penalty


def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    word = name.split(" ", 1)[0]
    if word in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH", "BOPOMOFO"):
        return "CJK"
    return word


@functools.lru_cache(maxsize=200_000)
def _score_token_generic(token: str) -> float:
    """How much a word with non-ASCII characters looks like ordinary text in *some* script.

    Used for the Western European reading and for declared non-Vietnamese code pages: one script per word,
    no stray symbols or leftover combining diacritics inside words, no "HuÕ"-style capitals, not three accented
    letters in a row.
    """
    if any(_bad_char(c) for c in token):
        return -1.5
    if not any(c.isalpha() for c in token):
        return 0.0 if all(c in _COMMON_SYMBOLS for c in token) else -0.5
    scripts = set()
    for c in token:
        if c.isalpha():
            if c in _ODD_IN_WORDS:
                return -1.0
            scripts.add(_script(c))
        elif unicodedata.category(c) == "Mn":
            if 0x0300 <= ord(c) <= 0x036F:
                return -1.0  # a Latin diacritic left over after NFC: sits on something it cannot combine with
            scripts.add(_script(c))
        elif c not in "'’":
            return -1.0  # a symbol inside a word
    if len(scripts) > 1:
        return -1.0
    score = 1.0
    if _case_is_odd(token):
        score -= 1.5
    if "LATIN" in scripts:
        if _VNI_LIKE_RE.search(token):
            score -= 1.5  # "xaõ", "Ñoâng": a vowel followed by a letter that is a VNI tone byte
        run = longest = 0
        for c in token:
            run = run + 1 if not c.isascii() else 0
            longest = max(longest, run)
        if longest >= 3:
            score -= 1.5
        elif longest == 2:
            score -= 0.5
    return score


# A plain vowel followed by an accented letter that Western languages hardly ever put after a vowel, but which
# VNI-Windows uses as its tone / vowel-mark bytes (ø = grave, ù = acute, û = hook, õ = tilde, â = circumflex...).
# Western exceptions ("où", "goût", Portuguese "leões", "saguão") are allowed.
_VNI_LIKE_RE = re.compile(r"(?i)(?!o[ùû]|[eiu][ãõ])[aeiouy][øùûõâêåäãèàìòöæ]")


def _value_score(text: str, vietnamese: bool) -> float:
    scorer = _score_token_vn if vietnamese else _score_token_generic
    total = 0.0
    count = 0
    for tok in _TOKEN_SPLIT_RE.split(text):
        if tok and not tok.isascii():
            total += scorer(tok)
            count += 1
    return total / count if count else 0.0


# ================================================================================================
# Detection
# ================================================================================================
_VIETNAMESE_CODECS = ("tcvn3", "vni", "cp1258")
_WESTERN = "cp1252"
# Order used to break exact ties (the decoded texts differ but score the same).
_PRIORITY = ("utf-8", "tcvn3", "vni", "cp1258", "cp1252")
_GOOD = 0.75  # a value "reads well" when its score is at least this
_SAMPLE = 400  # distinct non-ASCII values looked at per column


@dataclass
class EncodingGuess:
    """What :func:`detect_encoding` found for one column (or one set of byte strings)."""

    encoding: str  # Python codec name: "ascii", "utf-8", "cp1258", "tcvn3", "vni", "cp1252", or a declared one
    confidence: float  # 0..1
    reason: str  # plain English, e.g. "37 of 40 distinct values read as Vietnamese words in TCVN3 (ABC...)"
    status: str = "detected"  # "ascii" (nothing to decide) | "declared" (the declared one was kept) | "detected"
    scores: dict[str, float] = field(default_factory=dict)  # candidate codec -> mean plausibility (higher: better)


@dataclass
class _Candidate:
    codec: str
    texts: list[str]
    scores: list[float]
    errors: int  # values that did not decode strictly

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def good(self) -> int:
        return sum(1 for s in self.scores if s >= _GOOD)


@dataclass
class _Analysis:
    guess: EncodingGuess
    candidates: dict[str, _Candidate]
    n_values: int  # distinct non-ASCII values looked at


def _as_bytes(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        try:
            return value.encode("latin1")
        except UnicodeEncodeError:
            return value.encode("utf-8")
    if isinstance(value, float) and math.isnan(value):
        return None
    return None


def _decode_strict_count(raw: Sequence[bytes], codec: str) -> tuple[list[str], int]:
    texts: list[str] = []
    errors = 0
    for b in raw:
        try:
            texts.append(_nfc(b.decode(codec)))
        except UnicodeDecodeError:
            errors += 1
            texts.append(_nfc(b.decode(codec, "replace")))
    return texts, errors


def _sample(values: list[bytes]) -> list[bytes]:
    if len(values) <= _SAMPLE:
        return values
    step = len(values) / _SAMPLE
    return [values[int(i * step)] for i in range(_SAMPLE)]


# Bytes that only the full VN1 table gives a meaning (capital letters with a tone mark). TCVN3 as the .VnTime
# fonts and UniKey/Vietkey write it (VN3) has no such capitals, so in real TCVN3 data they are rare, while
# Windows-1258 text read as TCVN3 is full of them (its "à", "À", "đ", "Â"... sit there).
_VN1_ONLY_BYTES = frozenset(
    b for b, cp in enumerate(TCVN3_DECODING_TABLE) if chr(cp).isupper() and any(
        m in _TONE_MARKS for m in unicodedata.normalize("NFD", chr(cp)))
)


def _score_candidate(raw: list[bytes], codec: str) -> _Candidate:
    texts, errors = _decode_strict_count(raw, codec)
    vietnamese = codec in _VIETNAMESE_CODECS
    scores = [_value_score(t, vietnamese) for t in texts]
    if codec == "tcvn3":
        for i, (b, t) in enumerate(zip(raw, texts, strict=True)):
            all_caps = t.isupper() and sum(c.isalpha() for c in t) >= 2
            if not all_caps and any(x in _VN1_ONLY_BYTES for x in b):
                scores[i] -= 0.3
    return _Candidate(codec, texts, scores, errors)


def _confidence(best: _Candidate, runner_up: _Candidate | None, n: int) -> float:
    quality = min(1.0, max(0.25, (best.mean + 0.5) / 1.5))
    if runner_up is None:
        return round(min(0.99, max(0.05, 0.99 * quality)), 2)
    margin = max(0.0, best.mean - runner_up.mean)
    sure = 1.0 - math.exp(-1.5 * margin * math.sqrt(max(1, n)))
    return round(min(0.99, max(0.05, sure * quality)), 2)


def _analyse(samples: Iterable[Any], declared: str | None = None) -> _Analysis:
    declared_codec = normalize_encoding_name(declared) if declared else None
    if declared and declared_codec is None:
        declared_codec = _canonical_codec(declared)
    raw_all = [b for b in (_as_bytes(v) for v in samples) if b is not None]
    nonascii = list(dict.fromkeys(b for b in raw_all if not b.isascii()))
    if not nonascii:
        why = (tr("all values are plain ASCII, which reads the same in every encoding") if raw_all
               else tr("no text values"))
        enc = "ascii"
        return _Analysis(EncodingGuess(enc, 1.0, why, status="ascii"), {}, 0)
    raw = _sample(nonascii)
    n = len(raw)
    # the reason is clauses joined by "; ", each a whole translated clause
    declared_txt = trf("declared {name}", name=describe_encoding(declared_codec)) + "; " if declared_codec else ""
    is_utf8 = declared_codec in ("utf-8", "utf-8-sig")

    # --- UTF-8 first: valid multi-byte UTF-8 almost never happens by accident in 8-bit text ------------------
    utf8_texts, utf8_errors = _decode_strict_count(raw, "utf-8")
    utf8 = _Candidate("utf-8", utf8_texts, [max(_value_score(t, True), _value_score(t, False)) for t in utf8_texts],
                      utf8_errors)
    if utf8_errors == 0:
        accidental = utf8.mean < 0.0
        if declared_codec and not is_utf8 and not accidental:
            # a declared multi-byte code page (GBK, Big5...) can also decode cleanly: keep it when it reads as well
            decl = _score_candidate(raw, declared_codec)
            if decl.errors == 0 and decl.mean >= utf8.mean:
                conf = _confidence(decl, utf8, n) if decl.texts != utf8.texts else 0.9
                reason = declared_txt + trf("its reading is as good as UTF-8's ({good:,} of {n:,} values read well)",
                                            good=decl.good, n=n)
                scores = {"utf-8": round(utf8.mean, 3), declared_codec: round(decl.mean, 3)}
                guess = EncodingGuess(declared_codec, conf, reason, "declared", scores)
                return _Analysis(guess, {"utf-8": utf8, declared_codec: decl}, n)
        if not accidental:
            status = "declared" if is_utf8 else "detected"
            if declared_codec and status == "detected":
                reason = declared_txt + trf("all {n:,} distinct non-ASCII values are valid UTF-8, which wins over the "
                                            "declared {name}", n=n, name=describe_encoding(declared_codec))
            else:
                reason = declared_txt + trf("all {n:,} distinct non-ASCII values are valid UTF-8", n=n)
            conf = 0.99 if n >= 3 else 0.9
            return _Analysis(EncodingGuess("utf-8", conf, reason, status, {"utf-8": utf8.mean}), {"utf-8": utf8}, n)

    # --- single-byte candidates ------------------------------------------------------------------------------
    if is_utf8 and utf8_errors:
        declared_txt = trf("declared UTF-8, but {bad:,} of {n:,} distinct non-ASCII values are not valid UTF-8",
                           bad=utf8_errors, n=n) + "; "
    names = list(_VIETNAMESE_CODECS) + [_WESTERN]
    if declared_codec and declared_codec not in names and not is_utf8:
        names.append(declared_codec)
    cands: dict[str, _Candidate] = {}
    for name in names:
        try:
            cands[name] = _score_candidate(raw, name)
        except LookupError:
            continue
    if utf8_errors == 0:
        cands["utf-8"] = utf8

    def rank(c: _Candidate) -> tuple[float, int, int]:
        prio = _PRIORITY.index(c.codec) if c.codec in _PRIORITY else len(_PRIORITY)
        return (round(c.mean, 6), -c.errors, -prio)

    ordered = sorted(cands.values(), key=rank, reverse=True)
    best = ordered[0]
    runner_up = next((c for c in ordered[1:] if c.texts != best.texts), None)
    scores = {c.codec: round(c.mean, 3) for c in ordered}

    def describe(c: _Candidate) -> str:
        if c.codec in _VIETNAMESE_CODECS:
            return trf("{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in {name}", good=c.good,
                       n=n, name=describe_encoding(c.codec))
        return trf("{good:,} of {n:,} distinct non-ASCII values read as sensible text in {name}", good=c.good, n=n,
                   name=describe_encoding(c.codec))

    decl = cands.get(declared_codec) if declared_codec else None
    if decl is not None:
        plausible = decl.errors == 0 and (decl.mean >= best.mean - 0.3 or decl.texts == best.texts)
        if plausible or (best.mean < 0.3 and decl.errors <= best.errors):
            other = runner_up if runner_up is not None and runner_up.codec != decl.codec else None
            if other is None or other.texts == decl.texts:
                other = next((c for c in ordered if c.texts != decl.texts), None)
            conf = _confidence(decl, other, n) if plausible else 0.2
            if plausible:
                reason = declared_txt + describe(decl)
            else:
                reason = declared_txt + trf("it reads poorly ({how}), but no other encoding reads better, so it was "
                                            "kept", how=describe(decl))
            return _Analysis(EncodingGuess(declared_codec, max(conf, 0.5) if plausible else conf, reason,
                                           "declared", scores), cands, n)
        if decl.errors:
            poor = trf("but only {good:,} of {n:,} values read well in it ({bad:,} are not even valid there)",
                       good=decl.good, n=n, bad=decl.errors)
        else:
            poor = trf("but only {good:,} of {n:,} values read well in it", good=decl.good, n=n)
        reason = f"{declared_txt}{poor}; {describe(best)}"
        return _Analysis(EncodingGuess(best.codec, _confidence(best, runner_up, n), reason, "detected", scores),
                         cands, n)

    reason = declared_txt + describe(best)
    if runner_up is not None:
        reason += "; " + trf("next best: {name}, with {good:,} of {n:,}", name=describe_encoding(runner_up.codec),
                             good=runner_up.good, n=n)
    return _Analysis(EncodingGuess(best.codec, _confidence(best, runner_up, n), reason, "detected", scores), cands, n)


def detect_encoding(samples: Iterable[bytes | None], declared: str | None = None) -> EncodingGuess:
    """Guess the encoding of a set of byte strings (one column of a DBF, say).

    * Only ASCII: ``"ascii"`` (every candidate reads it the same).
    * Valid UTF-8 with non-ASCII characters: ``"utf-8"``, unless the UTF-8 reading is garbage (an accident), or a
      declared multi-byte code page (GBK, Big5...) reads the bytes at least as well.
    * Otherwise every candidate (TCVN3, VNI-Windows, cp1258, Western cp1252, and the declared encoding) decodes
      the distinct non-ASCII values and each word is scored: valid Vietnamese syllables (right onset, rhyme,
      tone and tone position) score high, words with symbols, control characters,
      leftover diacritics, impossible letter sequences or "HuÕ"-style capitals score low. The Western reading is
      scored as ordinary text of one script. The best mean wins; the declared encoding is kept when it reads
      (almost) as well as the best. Confidence is low when the margin is small or the evidence thin.
    """
    return _analyse(samples, declared).guess


# ================================================================================================
# Decoding
# ================================================================================================
_TCVN3_LOWER_ONLY = frozenset(
    c for c in _TCVN3_DECODING[0xB5:] if c.islower() and any(m in _TONE_MARKS for m in unicodedata.normalize("NFD", c))
)


def repair_tcvn3_capitals(text: str) -> str:
    """Restore capitals that TCVN3 (VN3) could not store.

    VN3, the part of TCVN 5712 that .VnTime fonts and most converters (UniKey, Vietkey) use, has no codes for
    capital letters with a tone mark: in capitals (typed with the .VnTimeH fonts) "HUẾ" is stored as "HU"
    plus the code of "ế", so a faithful decoder gives "HUế". When a value (or a word) is otherwise in capitals
    (at least two capital letters, and every small letter is a toned vowel VN3 has no capital for), those
    letters are turned into capitals: "HUế" -> "HUẾ", "ĐƯờNG" -> "ĐƯỜNG". Mixed-case text ("Huế", "Lễ") is
    left alone, and so is text whose only capitals start its words ("Vỹ Dạ"): in title case and in .VnTimeH
    capitals it has the same bytes, and a name read in title case is the smaller harm.
    """
    if not any(c in _TCVN3_LOWER_ONLY for c in text):
        return text

    def fix(chunk: str) -> str | None:
        lowers = [c for c in chunk if c.islower()]
        uppers = sum(1 for c in chunk if c.isupper())
        inner_capital = any(c.isupper() for word in chunk.split() for c in word[1:])
        if lowers and uppers >= 2 and inner_capital and all(c in _TCVN3_LOWER_ONLY for c in lowers):
            return "".join(c.upper() if c in _TCVN3_LOWER_ONLY else c for c in chunk)
        return None

    whole = fix(text)
    if whole is not None:
        return whole
    return "".join(fix(w) or w for w in re.split(r"(\s+)", text))


@dataclass
class _Decoded:
    texts: list[str | None]
    replaced: list[bool]  # the value had undecodable bytes (replaced with U+FFFD)
    capitals: list[bool]  # TCVN3 capitals were restored


def _decode_raw(raw: Sequence[bytes | None], codec: str) -> _Decoded:
    texts: list[str | None] = []
    replaced: list[bool] = []
    capitals: list[bool] = []
    for b in raw:
        if b is None:
            texts.append(None)
            replaced.append(False)
            capitals.append(False)
            continue
        try:
            t = b.decode(codec)
            bad = False
        except UnicodeDecodeError:
            t = b.decode(codec, "replace")
            bad = True
        t = _nfc(t)
        fixed = False
        if codec == "tcvn3":
            t2 = repair_tcvn3_capitals(t)
            fixed = t2 != t
            t = t2
        texts.append(t)
        replaced.append(bad)
        capitals.append(fixed)
    return _Decoded(texts, replaced, capitals)


def decode_values(
    values: Sequence[bytes | None], encoding: str, *, counts: dict[str, int] | None = None
) -> list[str | None]:
    """Decode byte strings with ``encoding`` (any Python codec, incl. "tcvn3"/"vni"): NFC text, None kept.

    Undecodable bytes become U+FFFD (``errors="replace"``); distinct values are decoded once. For TCVN3 the
    capitals VN3 cannot store are restored (:func:`repair_tcvn3_capitals`). Pass a dict as ``counts`` to get
    ``{"replaced": values with undecodable bytes, "capitals": values whose TCVN3 capitals were restored}``.
    """
    codec = normalize_encoding_name(encoding) or encoding
    raw = [_as_bytes(v) for v in values]
    distinct = list(dict.fromkeys(b for b in raw if b is not None))
    decoded = _decode_raw(distinct, codec)
    lookup = {b: i for i, b in enumerate(distinct)}
    out: list[str | None] = []
    replaced = capitals = 0
    for b in raw:
        if b is None:
            out.append(None)
            continue
        i = lookup[b]
        out.append(decoded.texts[i])
        replaced += decoded.replaced[i]
        capitals += decoded.capitals[i]
    if counts is not None:
        counts["replaced"] = replaced
        counts["capitals"] = capitals
    return out


def recover_bytes(text_values: Iterable[Any], read_as: str = "latin1") -> list[bytes | None]:
    """Undo a byte-transparent decoding: text that GDAL/pyogrio decoded with ``read_as`` -> the original bytes.

    We read DBFs with ``encoding="latin1"`` so that every byte arrives unchanged as one character; this gives the
    bytes back. None/NaN stay None; bytes pass through. Raises ValueError when a value holds characters
    ``read_as`` cannot produce (it was not read byte-transparently).
    """
    out: list[bytes | None] = []
    for v in text_values:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            out.append(None)
        elif isinstance(v, (bytes, bytearray, memoryview)):
            out.append(bytes(v))
        elif isinstance(v, str):
            try:
                out.append(v.encode(read_as))
            except UnicodeEncodeError as exc:
                raise ValueError(f"text {v!r} not read byte-transparently") from exc  # programming error: internal
        else:
            out.append(None)
    return out


# ================================================================================================
# DataFrame doctors
# ================================================================================================
def _text_columns(df: pd.DataFrame) -> list[Any]:
    geom = getattr(df, "_geometry_column_name", None)
    cols = []
    for c in df.columns:
        if c == geom:
            continue
        dt = df[c].dtype
        if pd.api.types.is_object_dtype(dt) or isinstance(dt, pd.StringDtype):
            cols.append(c)
    return cols


def _factorize(series: pd.Series) -> tuple[np.ndarray, list[Any]]:
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        return np.asarray(codes), list(np.asarray(uniques, dtype=object))
    except TypeError:
        # unhashable values: JSON objects/arrays kept as dict/list in a GeoJSON/TopoJSON property.
        # Factorise on a hashable stand-in, and keep the original objects as the uniques.
        values = series.to_numpy(dtype=object)
        keys = pd.Series([v if isinstance(v, Hashable) else ("\x00unhashable", repr(v)) for v in values],
                         dtype=object)
        codes, _ = pd.factorize(keys, use_na_sentinel=True)
        codes = np.asarray(codes)
        _, first = np.unique(codes, return_index=True)
        order = codes[first]
        uniques: list[Any] = [None] * len(order)
        for code, pos in zip(order, first, strict=True):
            if code >= 0:
                uniques[code] = values[pos]
        return codes, uniques


def _counts(codes: np.ndarray, n_uniques: int) -> np.ndarray:
    valid = codes[codes >= 0]
    return np.bincount(valid, minlength=n_uniques) if n_uniques else np.zeros(0, dtype=np.int64)


def _assign(df: pd.DataFrame, col: Any, codes: np.ndarray, new_uniques: list[Any]) -> None:
    """Write the column back from its factorization (vectorised: one take over the codes); missing stays missing."""
    original = df[col]
    dtype = original.dtype
    if (
        isinstance(dtype, pd.StringDtype)
        and dtype.storage == "pyarrow"
        and all(isinstance(v, str) for v in new_uniques)
    ):
        import pyarrow as pa

        taken = pa.array(new_uniques, type=pa.string()).take(pa.array(codes, mask=codes < 0))
        df[col] = pd.Series(taken.to_pandas(types_mapper=lambda _t: dtype).array, index=df.index, name=col)
        return
    table = np.empty(len(new_uniques) + 1, dtype=object)
    for i, v in enumerate(new_uniques):
        table[i] = v
    table[-1] = None
    values = table[np.where(codes < 0, len(new_uniques), codes)]
    if isinstance(dtype, pd.StringDtype):
        df[col] = pd.Series(pd.array(values, dtype=dtype), index=df.index, name=col)
    else:
        df[col] = pd.Series(values, index=df.index, name=col, dtype=object)


def _names(cols: Sequence[Any]) -> str:
    cols = [str(c) for c in cols]
    if len(cols) <= 6:
        return ", ".join(cols)
    return trf("{names} and {n:,} more", names=", ".join(cols[:6]), n=len(cols) - 6)


def _group_reason(codec: str, analyses: list[_Analysis]) -> str:
    """One reason for several columns decoded alike: pooled counts of values that read well."""
    n = sum(a.n_values for a in analyses)
    common = set.intersection(*(set(a.candidates) for a in analyses))
    if codec not in common:
        return trf("{n:,} distinct non-ASCII values", n=n)
    good = {name: sum(a.candidates[name].good for a in analyses) for name in common}
    if codec in _VIETNAMESE_CODECS:
        text = trf("{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in it", good=good[codec], n=n)
    else:
        text = trf("{good:,} of {n:,} distinct non-ASCII values read as sensible text in it", good=good[codec], n=n)
    others = sorted(((g, name) for name, g in good.items() if name != codec), reverse=True)
    if others:
        text += "; " + trf("next best: {name}, with {good:,} of {n:,}", name=describe_encoding(others[0][1]),
                           good=others[0][0], n=n)
    return text


_LDID_SOURCE = "DBF language id"


def _declares(source: str, name: str) -> str:
    """"<source> declares the text encoding <name>." for a ``declared_source`` (".cpg", "DBF language id 0x57"...)."""
    if source == ".cpg":
        return trf("The .cpg file declares the text encoding {name}.", name=name)
    if source.startswith(_LDID_SOURCE):
        ldid = source[len(_LDID_SOURCE):].strip()
        if not ldid:
            return trf("The DBF language id declares the text encoding {name}.", name=name)
        return trf("The DBF language id {ldid} declares the text encoding {name}.", ldid=ldid, name=name)
    if source == "the file":
        return trf("The file declares the text encoding {name}.", name=name)
    if source.startswith("."):
        return trf("The {ext} file declares the text encoding {name}.", ext=source, name=name)
    return trf("{source} declares the text encoding {name}.", source=source[:1].upper() + source[1:], name=name)


def _unknown_declared(declared: str, source: str) -> str:
    """The warning for a declared encoding name gisdesk does not know."""
    if source == "user":
        return trf("The text encoding {declared!r} you chose is not one gisdesk knows; it was ignored and the "
                   "encoding was detected from the text.", declared=declared)
    if source.startswith(_LDID_SOURCE):
        return trf("The text encoding {declared!r} given by the DBF language id {ldid} is not one gisdesk knows; it "
                   "was ignored and the encoding was detected from the text.", declared=declared,
                   ldid=source[len(_LDID_SOURCE):].strip() or "?")
    if source == "the file":
        return trf("The text encoding {declared!r} given by the file is not one gisdesk knows; it was ignored and the "
                   "encoding was detected from the text.", declared=declared)
    return trf("The text encoding {declared!r} given by {source} is not one gisdesk knows; it was ignored and the "
               "encoding was detected from the text.", declared=declared, source=source)


_ETH_CHARS = {"Ð": "Đ", "ð": "đ"}  # U+00D0 / U+00F0 -> U+0110 / U+0111


def _eth_fixes(uniques: list[Any], counts: np.ndarray) -> tuple[dict[int, str], int, bool]:
    """Which values use the Icelandic eth for the Vietnamese d-stroke, and whether to fix them.

    Returns ({unique index: fixed text}, rows concerned, fix?).
    """
    with_eth = [i for i, u in enumerate(uniques) if isinstance(u, str) and ("Ð" in u or "ð" in u)]
    if not with_eth:
        return {}, 0, False
    fixed: dict[int, str] = {}
    for i in with_eth:
        toks = re.split(r"(\W+)", uniques[i])
        changed = False
        for k, tok in enumerate(toks):
            if "Ð" in tok or "ð" in tok:
                cand = tok.translate(str.maketrans(_ETH_CHARS))
                if _vn_syllable(cand.lower())[1]:
                    toks[k] = cand
                    changed = True
        if changed:
            fixed[i] = "".join(toks)
    rows = int(sum(counts[i] for i in with_eth))
    # context: is this column clearly Vietnamese? letters only Vietnamese uses, and mostly Vietnamese syllables
    specific = 0
    words = 0
    valid = 0
    for u in uniques:
        if not isinstance(u, str) or u.isascii():
            continue
        for tok in _TOKEN_SPLIT_RE.split(u.translate(str.maketrans(_ETH_CHARS))):
            if tok and not tok.isascii():
                words += 1
                valid += _score_token_vn(tok) >= _GOOD
                specific += any(ord(c) > 0xFF and c not in "Đđ" for c in tok)
    vietnamese = specific > 0 and words > 0 and valid / words >= 0.6
    return fixed, rows, vietnamese and bool(fixed)


def _apply_eth(df: pd.DataFrame, col: Any, codes: np.ndarray, uniques: list[Any], report: LayerReport) -> int:
    counts = _counts(codes, len(uniques))
    fixed, rows, do_fix = _eth_fixes(uniques, counts)
    if not rows:
        return 0
    if do_fix:
        new = list(uniques)
        for i, t in fixed.items():
            new[i] = t
        n_rows = int(sum(counts[i] for i in fixed))
        _assign(df, col, codes, new)
        report.warn(
            "encoding",
            trf("Column {column}: {n:,} value used the Icelandic letter Ð/ð (U+00D0/U+00F0) in "
                "Vietnamese words where Vietnamese uses Đ/đ (U+0110/U+0111), probably from an old font or "
                "converter; they were corrected so that searches and joins on names like “Đông” find them.",
                column=col, n=n_rows) if n_rows == 1 else
            trf("Column {column}: {n:,} values used the Icelandic letter Ð/ð (U+00D0/U+00F0) in "
                "Vietnamese words where Vietnamese uses Đ/đ (U+0110/U+0111), probably from an old font or "
                "converter; they were corrected so that searches and joins on names like “Đông” find them.",
                column=col, n=n_rows),
            count=n_rows,
        )
        return n_rows
    report.warn(
        "encoding",
        trf("Column {column}: {n:,} value contains the Icelandic letter Ð/ð (U+00D0/U+00F0). In "
            "Vietnamese text this stands for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so "
            "the values were left unchanged; searches for “Đ” will not find them.", column=col, n=rows)
        if rows == 1 else
        trf("Column {column}: {n:,} values contain the Icelandic letter Ð/ð (U+00D0/U+00F0). In "
            "Vietnamese text this stands for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so "
            "the values were left unchanged; searches for “Đ” will not find them.", column=col, n=rows),
        count=rows,
    )
    return 0


def doctor_text_columns(
    df: pd.DataFrame,
    *,
    read_as: str = "latin1",
    declared: str | None,
    declared_source: str | None,
    report: LayerReport,
) -> dict[str, EncodingGuess]:
    """Re-decode, in place, the text columns of a (Geo)DataFrame that was read byte-transparently.

    ``df`` was read with ``encoding=read_as`` (we read DBFs as "latin1", so each character is one byte of the
    file). For every object/string column the distinct values are turned back into bytes, the encoding is
    detected (:func:`detect_encoding`, with ``declared`` from the ``.cpg`` or the DBF language id as a candidate
    that is kept when it reads plausibly), and the column is decoded with it, NFC-normalised. A column with weak
    evidence of its own follows the encoding that the other columns of the file clearly show.
    ``declared_source == "user"`` means the user chose the encoding: it is used even when it reads badly (with
    a warning).

    Records ``report.encoding`` (column -> codec), ``report.encoding_status`` ("declared" / "detected" /
    "none") and plain-English messages (category "encoding"). Vectorised per column over distinct values.
    Returns {column: EncodingGuess} for the columns holding text.
    """
    declared_codec = (normalize_encoding_name(declared) or _canonical_codec(declared)) if declared else None
    forced = declared_source == "user" and declared_codec is not None
    source = declared_source or "the file"
    if declared and declared_codec is None:
        report.warn("encoding", _unknown_declared(declared, source))

    columns = _text_columns(df)
    work: dict[Any, tuple[np.ndarray, list[Any], list[bytes | None]]] = {}
    analyses: dict[Any, _Analysis] = {}
    for col in columns:
        codes, uniques = _factorize(df[col])
        try:
            raw = recover_bytes(uniques, read_as)
        except ValueError:
            # already Unicode (not read byte-transparently): only normalise it
            new = [_nfc(u) if isinstance(u, str) else u for u in uniques]
            if new != uniques:
                _assign(df, col, codes, new)
            analyses[col] = _Analysis(EncodingGuess("utf-8", 1.0, "the text was already decoded", "declared"), {}, 0)
            continue
        work[col] = (codes, uniques, raw)
        analyses[col] = _analyse([b for b in raw if b is not None], declared_codec)

    # --- the file-wide view: pool the columns that hold non-ASCII text ---------------------------------------
    evidential = [c for c in work if analyses[c].n_values]
    layer_best: tuple[str, float] | None = None
    if len(evidential) > 1:
        # only candidates scored in every column are compared (a column found to be UTF-8 scores no others)
        common = set.intersection(*(set(analyses[c].candidates) for c in evidential))
        totals: dict[str, list[float]] = {name: [] for name in common}
        for c in evidential:
            for name in common:
                totals[name].extend(analyses[c].candidates[name].scores)
        ranked = sorted(((sum(v) / len(v), k) for k, v in totals.items() if v), reverse=True)
        if ranked:
            layer_best = (ranked[0][1], ranked[0][0])
            n_all = sum(analyses[c].n_values for c in evidential)
            second = ranked[1][0] if len(ranked) > 1 else -1.5
            layer_conf = 1.0 - math.exp(-1.5 * max(0.0, ranked[0][0] - second) * math.sqrt(n_all))
            if layer_conf < 0.8:
                layer_best = None

    guesses: dict[str, EncodingGuess] = {}
    used: dict[Any, str] = {}
    for col in columns:
        an = analyses[col]
        guess = an.guess
        if col in work and an.n_values and forced and guess.encoding != declared_codec:
            cand = _score_candidate(_sample([b for b in work[col][2] if b is not None and not b.isascii()]),
                                    declared_codec)  # type: ignore[arg-type]
            guess = EncodingGuess(declared_codec, 1.0,  # type: ignore[arg-type]
                                  trf("chosen by the user ({good:,} of {n:,} values read well in it; the text "
                                      "itself suggests {name})", good=cand.good, n=an.n_values,
                                      name=describe_encoding(guess.encoding)), "declared",
                                  guess.scores)
        elif layer_best and an.n_values and guess.encoding != layer_best[0] and guess.confidence < 0.8:
            cand = an.candidates.get(layer_best[0])
            best_here = an.candidates.get(guess.encoding)
            if cand is not None and best_here is not None and cand.mean >= best_here.mean - 0.5:
                guess = EncodingGuess(
                    layer_best[0], max(guess.confidence, 0.6),
                    trf("{good:,} of {n:,} values read well in {name}, the encoding the other columns of this file "
                        "clearly use (own best guess: {own}, confidence {confidence:.2f})", good=cand.good,
                        n=an.n_values, name=describe_encoding(layer_best[0]), own=describe_encoding(guess.encoding),
                        confidence=guess.confidence),
                    "declared" if layer_best[0] == declared_codec else "detected", guess.scores)
        guesses[str(col)] = guess
        used[col] = guess.encoding

    # --- decode ------------------------------------------------------------------------------------------------
    replaced_rows: dict[str, list[Any]] = {}
    replaced_total = 0
    capitals_total = 0
    nonascii_rows: dict[Any, int] = {}
    for col, (codes, uniques, raw) in work.items():
        codec = used[col]
        if codec == "ascii":
            continue
        decoded = _decode_raw(raw, codec)
        counts = _counts(codes, len(uniques))
        nonascii_rows[col] = int(sum(counts[i] for i, b in enumerate(raw) if b is not None and not b.isascii()))
        if codec not in ("utf-8", "utf-8-sig") and not forced:
            # files appended to over the years mix encodings: a value that is valid UTF-8 (and reads better so)
            # is taken as UTF-8 even though the rest of the column is not
            vietnamese = codec in _VIETNAMESE_CODECS
            n_utf8 = 0
            for i, b in enumerate(raw):
                if b is None or b.isascii() or decoded.texts[i] is None:
                    continue
                try:
                    as_utf8 = _nfc(b.decode("utf-8"))
                except UnicodeDecodeError:
                    continue
                utf8_score = max(_value_score(as_utf8, True), _value_score(as_utf8, False))
                if utf8_score >= _value_score(decoded.texts[i], vietnamese) + 0.5:  # type: ignore[arg-type]
                    decoded.texts[i] = as_utf8
                    decoded.replaced[i] = False
                    decoded.capitals[i] = False
                    n_utf8 += int(counts[i])
            if n_utf8:
                report.warn("encoding", trf("Column {column} mixes encodings: {n:,} value is UTF-8 while the rest "
                                            "is {name}; each was decoded with its own encoding.", column=col,
                                            n=n_utf8, name=describe_encoding(codec)) if n_utf8 == 1 else
                            trf("Column {column} mixes encodings: {n:,} values are UTF-8 while the rest is {name}; "
                                "each was decoded with its own encoding.", column=col, n=n_utf8,
                                name=describe_encoding(codec)),
                            count=n_utf8)
        new = [t if t is not None else u for t, u in zip(decoded.texts, uniques, strict=True)]
        n_bad = int(sum(counts[i] for i, bad in enumerate(decoded.replaced) if bad))
        if n_bad:
            replaced_rows.setdefault(codec, []).append(col)
            replaced_total += n_bad
        capitals_total += int(sum(counts[i] for i, fixed in enumerate(decoded.capitals) if fixed))
        if new != uniques:
            _assign(df, col, codes, new)
        _apply_eth(df, col, codes, new, report)

    # --- report ------------------------------------------------------------------------------------------------
    nonascii_cols = [c for c in columns if analyses[c].n_values]
    main = None
    if nonascii_cols:
        tally: dict[str, int] = {}
        for c in nonascii_cols:
            tally[used[c]] = tally.get(used[c], 0) + analyses[c].n_values
        main = max(tally, key=lambda k: tally[k])
    for col in columns:
        if col in work and not analyses[col].n_values:
            report.encoding[str(col)] = main or declared_codec or "ascii"
        else:
            report.encoding[str(col)] = used[col]
    if not nonascii_cols:
        report.encoding_status = "declared" if declared_codec else "none"
    elif all(guesses[str(c)].status == "declared" for c in nonascii_cols):
        report.encoding_status = "declared"
    else:
        report.encoding_status = "detected"

    if declared_codec:
        if forced:
            report.info("encoding", trf("The text encoding {name} was chosen by hand.",
                                        name=describe_encoding(declared_codec)))
        else:
            report.info("encoding", _declares(source, describe_encoding(declared_codec)))
    elif not declared:
        report.info("encoding", tr("No text encoding was declared for this file (no usable .cpg file and no "
                                   "language id in the .dbf), so it is worked out from the text itself."))
    if columns and not nonascii_cols:
        report.info("encoding", trf("All text ({names}) is plain ASCII, which reads the same in every encoding.",
                                    names=_names(columns)))

    groups: dict[tuple[str, str], list[Any]] = {}
    for c in nonascii_cols:
        groups.setdefault((used[c], guesses[str(c)].status), []).append(c)
    for (codec, status), cols in groups.items():
        rows = sum(nonascii_rows.get(c, 0) for c in cols)
        one = len(cols) == 1
        reasons = guesses[str(cols[0])].reason if one else _group_reason(codec, [analyses[c] for c in cols])
        values = {"names": _names(cols), "name": describe_encoding(codec), "reasons": reasons}
        if status == "declared" and forced:
            report.info("encoding", trf("The text in column {names} was decoded as {name}, as chosen ({reasons}).",
                                        **values) if one else
                        trf("The text in columns {names} was decoded as {name}, as chosen ({reasons}).", **values),
                        count=rows)
        elif status == "declared":
            report.info("encoding", trf("The text in column {names} reads well in the declared {name}, which was "
                                        "used ({reasons}).", **values) if one else
                        trf("The text in columns {names} reads well in the declared {name}, which was used "
                            "({reasons}).", **values), count=rows)
        elif declared_codec and codec != declared_codec:
            values["declared"] = describe_encoding(declared_codec)
            report.warn("encoding", trf("The text in column {names} does not read as sensible text in the declared "
                                        "{declared}; it reads as {name}, which was used instead ({reasons}).",
                                        **values) if one else
                        trf("The text in columns {names} does not read as sensible text in the declared "
                            "{declared}; it reads as {name}, which was used instead ({reasons}).", **values),
                        count=rows)
        else:
            report.info("encoding", trf("The text in column {names} was detected as {name} and decoded with it "
                                        "({reasons}).", **values) if one else
                        trf("The text in columns {names} was detected as {name} and decoded with it ({reasons}).",
                            **values), count=rows)
    for c in nonascii_cols:
        g = guesses[str(c)]
        if g.confidence < 0.5 and not forced:
            report.warn("encoding",
                        trf("The encoding of column {column} is uncertain (confidence {confidence:.2f}): {reason}. "
                            "Check the text; if it looks wrong, reopen the file choosing the encoding by hand.",
                            column=c, confidence=g.confidence, reason=g.reason))
    if replaced_total:
        cols = [c for cs in replaced_rows.values() for c in cs]
        report.warn("encoding",
                    trf("{n:,} value in {names} could not be decoded cleanly; the bytes that make no sense in the "
                        "encoding used were replaced with “\ufffd”.", n=replaced_total, names=_names(cols))
                    if replaced_total == 1 else
                    trf("{n:,} values in {names} could not be decoded cleanly; the bytes that make no sense in the "
                        "encoding used were replaced with “\ufffd”.", n=replaced_total, names=_names(cols)),
                    count=replaced_total)
    if capitals_total:
        report.info("encoding",
                    trf("{n:,} value in capitals used TCVN3's small-letter codes for accented capitals (the "
                        ".VnTimeH font convention, e.g. “HUế”); those letters were made capitals (“HUẾ”).",
                        n=capitals_total) if capitals_total == 1 else
                    trf("{n:,} values in capitals used TCVN3's small-letter codes for accented capitals (the "
                        ".VnTimeH font convention, e.g. “HUế”); those letters were made capitals (“HUẾ”).",
                        n=capitals_total),
                    count=capitals_total)
    return guesses


def _clean_unicode_column(series: pd.Series) -> bool:
    """True when a column surely needs nothing from :func:`normalize_text_columns` (checked with Arrow).

    Only non-ASCII text can be non-NFC or hold Ð/ð, and a column's distinct values are few compared with
    its rows, so: all-ASCII columns (ids, codes) are skipped at once, and otherwise only the distinct values
    are examined. Columns not backed by Arrow return False and take the general path.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pa.chunked_array(pa.array(series.array)) if not isinstance(series.dtype, np.dtype) else None
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        return False
    if arr is None or not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return False
    if pc.all(pc.string_is_ascii(arr)).as_py() in (True, None):
        return True
    for u in pc.unique(arr).to_pylist():
        if u is not None and not u.isascii():
            if not unicodedata.is_normalized("NFC", u) or "Ð" in u or "ð" in u:
                return False
    return True


def normalize_text_columns(df: pd.DataFrame, report: LayerReport) -> int:
    """NFC-normalise, in place, the text columns of data that was read as Unicode (GPKG, GeoJSON, KML...).

    Counts and reports the values that were not NFC (e.g. "122 values were in decomposed Unicode (NFD) and were
    normalised to NFC"): decomposed text looks the same but does not match in joins and searches.

    It also looks for the Icelandic letter Ð/ð (U+00D0/U+00F0) used instead of the Vietnamese Đ/đ
    (U+0110/U+0111), which old fonts and converters produce and which look identical on screen. Changing
    someone's data silently is worse than leaving a known glitch, so a value is corrected only when the
    context is clearly Vietnamese: the corrected word is a valid Vietnamese syllable ("Ðông" -> "Đông"), and
    the column holds letters only Vietnamese uses (ư, ơ, ă, ạ...) and mostly valid Vietnamese syllables. Eth
    in any other column (it is a real letter in Icelandic and Faroese) is reported, not changed. Both cases
    get a warning message saying what was (or was not) done.

    Returns the number of values changed (NFC and Đ corrections).
    """
    changed_total = 0
    decomposed_total = 0
    other_total = 0
    nfc_cols: list[Any] = []
    for col in _text_columns(df):
        if _clean_unicode_column(df[col]):
            continue
        codes, uniques = _factorize(df[col])
        if not uniques:
            continue
        new = list(uniques)
        changed_idx: list[int] = []
        for i, u in enumerate(uniques):
            if isinstance(u, str) and not unicodedata.is_normalized("NFC", u):
                new[i] = unicodedata.normalize("NFC", u)
                changed_idx.append(i)
        if changed_idx:
            counts = _counts(codes, len(uniques))
            for i in changed_idx:
                # "decomposed": a letter followed by a separate combining mark that NFC merges into it
                if len(new[i]) < len(uniques[i]):
                    decomposed_total += int(counts[i])
                else:
                    other_total += int(counts[i])
            changed_total += int(sum(counts[i] for i in changed_idx))
            nfc_cols.append(col)
            _assign(df, col, codes, new)
        changed_total += _apply_eth(df, col, codes, new, report)
    rows = decomposed_total + other_total
    if rows:
        names = _names(nfc_cols)
        if other_total == 0:
            text = (trf("{n:,} value in {names} was in decomposed Unicode (NFD-style: tone marks stored as separate "
                        "combining characters, as some keyboards and converters write them) and was normalised to "
                        "NFC, so that they match in joins and searches.", n=rows, names=names) if rows == 1 else
                    trf("{n:,} values in {names} were in decomposed Unicode (NFD-style: tone marks stored as "
                        "separate combining characters, as some keyboards and converters write them) and were "
                        "normalised to NFC, so that they match in joins and searches.", n=rows, names=names))
        else:
            text = (trf("{n:,} value in {names} was not in composed Unicode (NFC) and was normalised to NFC, so that "
                        "they match in joins and searches.", n=rows, names=names) if rows == 1 else
                    trf("{n:,} values in {names} were not in composed Unicode (NFC) and were normalised to NFC, so "
                        "that they match in joins and searches.", n=rows, names=names))
        report.info("encoding", text, count=rows)
    return changed_total
