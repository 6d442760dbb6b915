"""The shapefile "sidecar doctor": make a user's shapefile openable by GDAL without touching it.

A shapefile is a set of files sharing a name: ``.shp`` (shapes), ``.shx`` (index), ``.dbf``
(attributes), ``.prj`` (CRS), ``.cpg``/``.cst`` (text encoding) and assorted extras. Real ones
arrive with mixed-case extensions (``senate.DBF``), without ``.shx`` (GDAL refuses; with
``SHAPE_RESTORE_SHX=YES`` it *writes* a new .shx beside the user's files, which we never allow),
with a damaged ``.shx`` (GDAL then silently reads too few features), truncated by a failed copy,
with an HTML page saved as ``.prj`` or ``.cpg``, or without ``.dbf``.

Main entry point for readers::

    with gdal_openable(path, layer_report) as shp:
        gdf = pyogrio.read_dataframe(shp.path, encoding=...)   # shp.path is safe to hand to GDAL
        # shp.prj_wkt, shp.cpg_encoding, shp.ldid, shp.records_lost ... feed the other doctors

When the file set is already fine, ``shp.path`` is the user's own ``.shp`` (no copy). Otherwise
the members are linked (or copied) into a temporary folder with names GDAL finds, a rebuilt
``.shx`` is written there, and unusable sidecars are left out; the folder is removed on exit.
Nothing is ever written beside the user's files.

Smaller pieces, usable on their own: :func:`find_parts`, :func:`check_shp`, :func:`scan_records`,
:func:`rebuild_shx`, :func:`read_prj`, :func:`read_cpg`, :func:`read_dbf_header`.

Bad input raises :class:`~gisdesk.io.errors.ReadError`; readable parts of damaged files are read
and the loss is reported (category ``dropped``). Sidecar findings go to category ``sidecar``.
"""

from __future__ import annotations

import mmap
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from gisdesk.core.i18n import tr, trf
from gisdesk.io.archive import describe_kind, sniff
from gisdesk.io.encoding import ldid_to_encoding, normalize_encoding_name
from gisdesk.io.errors import ReadError

__all__ = [
    "SHAPE_TYPES",
    "DbfHeader",
    "OpenableShapefile",
    "ShapefileParts",
    "ShpHeaderInfo",
    "ShpScan",
    "check_shp",
    "find_parts",
    "gdal_openable",
    "read_cpg",
    "read_dbf_header",
    "read_prj",
    "rebuild_shx",
    "scan_records",
]

SHP_MAGIC = 9994
SHP_HEADER_SIZE = 100

SHAPE_TYPES: dict[int, str] = {
    0: "Null",
    1: "Point",
    3: "PolyLine",
    5: "Polygon",
    8: "MultiPoint",
    11: "PointZ",
    13: "PolyLineZ",
    15: "PolygonZ",
    18: "MultiPointZ",
    21: "PointM",
    23: "PolyLineM",
    25: "PolygonM",
    28: "MultiPointM",
    31: "MultiPatch",
}
_Z_TYPES = frozenset({11, 13, 15, 18, 31})
_M_TYPES = frozenset({21, 23, 25, 28})

# Sidecars that belong to a shapefile besides the main six (lower-case, without the stem).
_OTHER_SUFFIXES = (
    "shp.xml",
    "shp.iso.xml",
    "shp.ea.iso.xml",
    "sbn",
    "sbx",
    "qpj",
    "mshp",
    "qix",
    "qmd",
    "qml",
    "sld",
    "fbn",
    "fbx",
    "ain",
    "aih",
    "atx",
    "ixs",
    "mxs",
    "aux",
    "aux.xml",
    "xml",
)
_MAIN_SUFFIXES = ("shp", "shx", "dbf", "prj", "cpg", "cst")
_KNOWN_SUFFIXES = sorted(_MAIN_SUFFIXES + _OTHER_SUFFIXES, key=len, reverse=True)

_DBF_VERSIONS = frozenset({0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xF5, 0xFB})
_MAX_SIDECAR_TEXT = 64 * 1024  # a .prj or .cpg bigger than this is not one


# --------------------------------------------------------------------------------------------
# Finding the parts


@dataclass
class ShapefileParts:
    """The members of one shapefile, found case-insensitively; paths have their real casing."""

    stem: str  # the name shared by the members, as spelled by the .shp (else the .dbf, else the given file)
    folder: Path
    shp: Path | None = None
    shx: Path | None = None
    dbf: Path | None = None
    prj: Path | None = None
    cpg: Path | None = None
    cst: Path | None = None  # GeoServer's charset file, same role as .cpg
    others: list[Path] = field(default_factory=list)  # .sbn .sbx .shp.xml .qpj .mshp ...

    def members(self) -> list[Path]:
        """All member files that exist."""
        main = [p for p in (self.shp, self.shx, self.dbf, self.prj, self.cpg, self.cst) if p is not None]
        return main + list(self.others)

    def gdal_finds_all(self) -> bool:
        """True if GDAL, opening ``shp`` (or ``dbf``), finds every main member by itself.

        GDAL looks for ``<stem>.<ext>`` in lower case, then in upper case; ``roads.Dbf``, or a
        stem spelled differently (``Roads.shp`` + ``roads.dbf``), is not found on a case-sensitive
        file system.
        """
        main = self.shp or self.dbf
        if main is None:
            return False
        stem = main.name[:-4]
        for p in (self.shp, self.shx, self.dbf, self.prj, self.cpg):
            if p is None:
                continue
            ext = p.name[-3:]
            if p.name[:-4] != stem or (ext != ext.lower() and ext != ext.upper()):
                return False
        return True


def _split_suffix(name: str) -> tuple[str, str | None]:
    """'Roads.shp.xml' -> ('Roads', 'shp.xml'); unknown suffixes give (name stem, None)."""
    lower = name.lower()
    for suffix in _KNOWN_SUFFIXES:
        if lower.endswith("." + suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix) - 1], suffix
    stem, dot, _ = name.rpartition(".")
    return (stem if dot else name), None


def find_parts(path: str | os.PathLike[str]) -> ShapefileParts:
    """Find all members of the shapefile that ``path`` belongs to.

    ``path`` may be the ``.shp``, the ``.dbf`` or any other member, in any case; it may even
    be spelled with a different case than the file on disk (``roads.shp`` for ``ROADS.SHP``).
    Raises :class:`ReadError` if neither it nor a case variant exists.
    """
    path = Path(path)
    folder = path.parent
    try:
        entries = [e for e in os.scandir(folder) if e.is_file()]
    except OSError as exc:
        raise ReadError(path, trf("could not be opened: its folder cannot be read ({error}).",
                                  error=exc.strerror or exc)) from exc
    names = {e.name for e in entries}
    if path.name not in names:
        variants = sorted(n for n in names if n.lower() == path.name.lower())
        if not variants:
            raise ReadError(path, tr("does not exist (no file of that name, in any letter case, is in its folder)."))
        path = folder / variants[0]
    stem, _ = _split_suffix(path.name)
    key = stem.lower()

    candidates: dict[str, list[str]] = {}
    for name in names:
        s, suffix = _split_suffix(name)
        if suffix is not None and s.lower() == key:
            candidates.setdefault(suffix, []).append(name)

    def pick(suffix: str) -> Path | None:
        found = candidates.get(suffix)
        if not found:
            return None
        # Prefer the spelling of the file the user gave, then lower case, then any.
        found.sort(key=lambda n: (not n.startswith(stem + "."), n != n.lower(), n))
        return folder / found[0]

    parts = ShapefileParts(stem=stem, folder=folder)
    for suffix in _MAIN_SUFFIXES:
        setattr(parts, suffix, pick(suffix))
    parts.others = sorted(folder / n for s in _OTHER_SUFFIXES for n in candidates.get(s, []))
    main = parts.shp or parts.dbf
    if main is not None:
        parts.stem = main.name[:-4]
    return parts


# --------------------------------------------------------------------------------------------
# The .shp header and records


@dataclass(frozen=True)
class ShpHeaderInfo:
    """What the 100-byte .shp header says, and the real file size."""

    path: Path
    shape_type: int
    bbox: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax
    z_range: tuple[float, float]
    m_range: tuple[float, float]
    declared_size: int  # bytes, from the header's file-length field
    actual_size: int  # bytes on disk
    version: int
    raw: bytes = field(repr=False, default=b"")

    @property
    def shape_type_name(self) -> str:
        return SHAPE_TYPES[self.shape_type]

    @property
    def has_z(self) -> bool:
        return self.shape_type in _Z_TYPES

    @property
    def has_m(self) -> bool:
        """M (measure) shape types. GDAL/pyogrio drop M values (pyogrio warns), so callers say so."""
        return self.shape_type in _M_TYPES

    @property
    def truncated(self) -> bool:
        """The file is shorter than its header says (cut off while copying or downloading)."""
        return self.declared_size > self.actual_size

    @property
    def extra_bytes(self) -> int:
        """Bytes after the length the header declares (trailing junk), 0 if none."""
        return max(0, self.actual_size - self.declared_size)


def check_shp(path: str | os.PathLike[str]) -> ShpHeaderInfo:
    """Read and check the .shp header.

    Raises :class:`ReadError` for an empty file, a file that is not a shapefile (wrong
    signature; the message says what it looks like, e.g. a GeoTIFF or CSV with a .shp name),
    a file shorter than the header, or an unknown shape type.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            raw = f.read(SHP_HEADER_SIZE)
    except OSError as exc:
        raise ReadError(path, trf("could not be opened ({error}).", error=exc.strerror or exc)) from exc
    if size == 0:
        raise ReadError(path, tr("is empty (0 bytes): there are no shapes to read. It was probably not copied or "
                                 "downloaded completely."))
    if len(raw) >= 4 and struct.unpack(">i", raw[:4])[0] != SHP_MAGIC:
        kind = sniff(path)
        if kind in ("binary", None):
            raise ReadError(
                path,
                tr("is not a valid shapefile: it does not start with the shapefile signature (9994), "
                   "so it is damaged or is another kind of file."),
            )
        raise ReadError(path, trf("is not a shapefile: it is {kind} with a .shp name.", kind=describe_kind(kind)))
    if size < SHP_HEADER_SIZE:
        raise ReadError(
            path,
            trf("is too short to be a shapefile ({size} bytes; the header alone takes {header}): "
                "it was probably cut off while copying or downloading.", size=size, header=SHP_HEADER_SIZE),
        )
    file_words = struct.unpack(">i", raw[24:28])[0]
    version, shape_type = struct.unpack("<ii", raw[28:36])
    xmin, ymin, xmax, ymax, zmin, zmax, mmin, mmax = struct.unpack("<8d", raw[36:100])
    if shape_type not in SHAPE_TYPES:
        raise ReadError(
            path,
            trf("has an unknown shape type ({type}) in its header: the file is damaged or is not a shapefile.",
                type=shape_type),
        )
    return ShpHeaderInfo(
        path=path,
        shape_type=shape_type,
        bbox=(xmin, ymin, xmax, ymax),
        z_range=(zmin, zmax),
        m_range=(mmin, mmax),
        declared_size=file_words * 2,
        actual_size=size,
        version=version,
        raw=raw,
    )


StopReason = Literal["end", "trailing", "partial", "bad"]


@dataclass
class ShpScan:
    """The records found by walking the .shp record headers from byte 100."""

    offsets: list[int]  # byte offset of each complete record's header
    lengths: list[int]  # content length of each record, in 16-bit words (as stored)
    end: int  # byte offset just after the last complete record
    stop: StopReason  # why the walk stopped:
    # "end": exactly at the end of the file; "trailing": bytes after the declared end that are
    # not records; "partial": the last record is cut off (file truncated); "bad": a record
    # header before the declared end is garbage (the file is damaged there).

    @property
    def count(self) -> int:
        return len(self.offsets)

    @property
    def intact(self) -> bool:
        """Every byte up to the declared end was read as complete records."""
        return self.stop in ("end", "trailing")


def scan_records(shp_path: str | os.PathLike[str], header: ShpHeaderInfo | None = None) -> ShpScan:
    """Walk the record headers of a .shp and return the complete, plausible records.

    A record is accepted when its content fits in the file and starts with shape type 0 (null)
    or the file's shape type. Record numbers are not checked (real files number from 0, start
    at 5 or repeat numbers, and GDAL reads them fine).
    """
    header = header or check_shp(shp_path)
    size = header.actual_size
    declared = header.declared_size if header.declared_size >= SHP_HEADER_SIZE else size
    # Null records may appear anywhere; a header that says "Null" (some writers) allows any type.
    allowed = set(SHAPE_TYPES) if header.shape_type == 0 else {0, header.shape_type}
    offsets: list[int] = []
    lengths: list[int] = []
    off = SHP_HEADER_SIZE
    stop: StopReason = "end"
    if size > SHP_HEADER_SIZE:
        with open(shp_path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            unpack_head = struct.Struct(">ii").unpack_from
            unpack_type = struct.Struct("<i").unpack_from
            while True:
                remaining = size - off
                if remaining == 0:
                    stop = "end"
                    break
                before_end = off < declared
                if remaining < 8:
                    stop = "partial" if before_end else "trailing"
                    break
                _, words = unpack_head(m, off)
                rec_end = off + 8 + 2 * words
                if words < 2 or (remaining >= 12 and unpack_type(m, off + 8)[0] not in allowed):
                    stop = "bad" if before_end else "trailing"
                    break
                if rec_end > size:
                    stop = "partial" if before_end else "trailing"
                    break
                offsets.append(off)
                lengths.append(words)
                off = rec_end
    return ShpScan(offsets=offsets, lengths=lengths, end=off, stop=stop)


def _build_shx(header: ShpHeaderInfo, offsets: list[int], lengths: list[int]) -> bytes:
    """A .shx for the given records: the .shp header with the .shx length, then one entry each."""
    head = bytearray(header.raw)
    head[24:28] = struct.pack(">i", (SHP_HEADER_SIZE + 8 * len(offsets)) // 2)
    entries = np.empty((len(offsets), 2), dtype=">i4")
    entries[:, 0] = np.asarray(offsets, dtype=np.int64) // 2
    entries[:, 1] = lengths
    return bytes(head) + entries.tobytes()


def rebuild_shx(shp_path: str | os.PathLike[str]) -> tuple[bytes, int]:
    """Rebuild the .shx index from the .shp record headers, in memory.

    Returns the .shx bytes and the number of complete records it indexes (a trailing record
    cut off by truncation, and anything after a damaged record header, is left out).
    """
    header = check_shp(shp_path)
    scan = scan_records(shp_path, header)
    return _build_shx(header, scan.offsets, scan.lengths), scan.count


@dataclass
class _ShxEntries:
    offsets: np.ndarray  # bytes
    lengths: np.ndarray  # words
    header_count: int  # what the .shx header's file length implies


def _read_shx(shx_path: Path) -> _ShxEntries | None:
    """The entries of a .shx, or None if it is not a usable index at all."""
    try:
        data = shx_path.read_bytes()
    except OSError:
        return None
    if len(data) < SHP_HEADER_SIZE or struct.unpack(">i", data[:4])[0] != SHP_MAGIC:
        return None
    n = (len(data) - SHP_HEADER_SIZE) // 8
    arr = np.frombuffer(data, dtype=">i4", count=2 * n, offset=SHP_HEADER_SIZE).reshape(n, 2).astype(np.int64)
    header_count = (struct.unpack(">i", data[24:28])[0] * 2 - SHP_HEADER_SIZE) // 8
    return _ShxEntries(offsets=arr[:, 0] * 2, lengths=arr[:, 1], header_count=header_count)


def _shx_consistent(shx: _ShxEntries, header: ShpHeaderInfo) -> bool:
    """Cheap check that an index describes an intact .shp: contiguous records, ending at the end."""
    n = len(shx.offsets)
    if shx.header_count != n:
        return False
    if n == 0:
        return header.actual_size == SHP_HEADER_SIZE
    ends = shx.offsets + 8 + 2 * shx.lengths
    if shx.offsets[0] != SHP_HEADER_SIZE or np.any(shx.offsets[1:] != ends[:-1]):
        return False
    return int(ends[-1]) in (header.actual_size, header.declared_size) and int(ends[-1]) <= header.actual_size


# --------------------------------------------------------------------------------------------
# The .dbf header


@dataclass(frozen=True)
class DbfHeader:
    path: Path
    records: int  # rows the header declares
    header_length: int
    record_length: int
    ldid: int  # language driver id byte (0 = not set)
    actual_size: int

    @property
    def complete_records(self) -> int:
        """Rows fully present in the file (fewer than ``records`` if it was cut off)."""
        if self.record_length <= 0:
            return 0
        return max(0, min(self.records, (self.actual_size - self.header_length) // self.record_length))


def read_dbf_header(path: str | os.PathLike[str]) -> DbfHeader:
    """Read the 32-byte dBase header. Raises :class:`ReadError` if it is not a dBase file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            raw = f.read(32)
    except OSError as exc:
        raise ReadError(path, trf("could not be opened ({error}).", error=exc.strerror or exc)) from exc
    if size == 0:
        raise ReadError(path, tr("is empty (0 bytes): the attribute table holds nothing."))
    if len(raw) < 32 or raw[0] not in _DBF_VERSIONS:
        kind = sniff(path)
        if kind in ("binary", None):
            raise ReadError(path, tr("is not a valid dBase attribute table."))
        raise ReadError(path, trf("is not a valid dBase attribute table (it is {kind}).", kind=describe_kind(kind)))
    records, header_length, record_length = struct.unpack("<IHH", raw[4:12])
    if header_length < 33 or record_length < 1 or header_length > size:
        raise ReadError(path, tr("is a damaged dBase attribute table: its header is inconsistent."))
    return DbfHeader(
        path=path,
        records=records,
        header_length=header_length,
        record_length=record_length,
        ldid=raw[29],
        actual_size=size,
    )


# --------------------------------------------------------------------------------------------
# .prj and .cpg


def _read_sidecar_text(path: Path) -> tuple[str | None, str | None]:
    """(text, None) for a plausible small text sidecar, else (None, why-not)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            data = f.read(_MAX_SIDECAR_TEXT + 1)
    except OSError as exc:
        return None, trf("could not be read ({error})", error=exc.strerror or exc)
    if size == 0 or not data.strip():
        return None, tr("is empty")
    kind = sniff(path)
    if kind == "html":
        return None, tr("holds a web page (HTML), not what its name says; someone probably saved a download page "
                        "instead of the file")
    if kind not in ("text", "json", "xml", "kml"):
        return None, trf("holds {kind}, not text", kind=describe_kind(kind))
    if size > _MAX_SIDECAR_TEXT:
        return None, trf("is far too large ({size:,} bytes) to be what its name says", size=size)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding).strip(), None
        except UnicodeDecodeError:
            continue
    return None, tr("is not readable text")  # pragma: no cover - latin-1 always decodes


def read_prj(parts: ShapefileParts, report: Any = None) -> str | None:
    """The CRS text (WKT, as written) of the ``.prj``, or None if absent or unusable.

    A missing .prj gets an info message; an unusable one (empty, an HTML page, binary,
    not a CRS pyproj understands) gets a warning saying it was ignored.
    """
    if parts.prj is None:
        _note(report, "info", "sidecar", trf("{name} has no .prj file, so it declares no coordinate reference system.",
                                             name=parts.stem))
        return None
    text, why = _read_sidecar_text(parts.prj)
    if text is not None:
        from pyproj import CRS
        from pyproj.exceptions import CRSError

        try:
            CRS.from_user_input(text)
        except CRSError:
            why = trf("does not hold a coordinate system gisdesk understands (it starts with {start!r})",
                      start=text[:60])
            text = None
    if text is None:
        _note(
            report,
            "warning",
            "sidecar",
            trf("The projection file {name} {why}. It was ignored, so the layer has no declared "
                "coordinate system; check where the data lies on the map.", name=parts.prj.name, why=why),
        )
        return None
    return text


def _read_cpg_details(parts: ShapefileParts, report: Any = None) -> tuple[str | None, str | None, Path | None]:
    """(codec, raw text, file) for the .cpg (else the .cst); codec None if absent/unusable."""
    path = parts.cpg or parts.cst
    if path is None:
        return None, None, None
    text, why = _read_sidecar_text(path)
    if text is not None:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) != 1 or len(lines[0]) > 64:
            text, why = None, tr("does not hold a single encoding name")
    if text is None:
        _note(
            report,
            "warning",
            "sidecar",
            trf("The encoding file {name} {why}. It was ignored; the text encoding will be taken "
                "from the attribute table or detected from the text instead.", name=path.name, why=why),
        )
        return None, None, path
    codec = normalize_encoding_name(text)
    if codec is None:
        _note(
            report,
            "warning",
            "encoding",
            trf("The encoding file {name} names an encoding gisdesk does not know ({text!r}). "
                "It was ignored; the text encoding will be detected from the text instead.", name=path.name,
                text=text),
        )
        return None, text, path
    # what the .cpg declares, and whether the text agrees, is reported by the encoding doctor
    return codec, text, path


def read_cpg(parts: ShapefileParts, report: Any = None) -> str | None:
    """The codec named by the ``.cpg`` (or GeoServer's ``.cst``), normalised; None if absent/unusable.

    Names are normalised with :func:`gisdesk.io.encoding.normalize_encoding_name` ("ANSI 1250"
    -> cp1250, "UTF-8" -> utf-8, "1251" -> cp1251). Garbage (an HTML page, several lines, binary)
    and unknown names are reported and give None.
    """
    return _read_cpg_details(parts, report)[0]


def _ldid_encoding(ldid: int) -> str | None:
    """Codec for the DBF language-driver byte (0 = not set)."""
    return ldid_to_encoding(ldid) if ldid else None


# --------------------------------------------------------------------------------------------
# Making the set openable


@dataclass
class OpenableShapefile:
    """What :func:`gdal_openable` yields. ``path`` is what to hand to pyogrio/GDAL."""

    path: Path  # the .shp (or, for an attribute table alone, the .dbf) GDAL should open
    parts: ShapefileParts  # the user's original files
    header: ShpHeaderInfo | None  # None when there is no .shp
    has_shp: bool
    has_dbf: bool  # False if there is no usable .dbf (then GDAL reads geometry only)
    prj_wkt: str | None  # CRS text from the .prj, None if absent or unusable
    cpg_encoding: str | None  # codec from .cpg/.cst, normalised; None if absent/unknown/garbage
    cpg_text: str | None  # the raw encoding name as written ("ANSI 1250"), None if absent/garbage
    ldid: int | None  # the DBF language-driver byte, None if no .dbf or not set (0)
    ldid_encoding: str | None  # codec for that byte (via gisdesk.io.encoding), if known
    records_complete: int | None  # shapes GDAL will read (None without .shp)
    records_declared: int | None  # shapes the file set says there should be (.shx, else .dbf), if known
    dbf_records: int | None  # complete rows in the .dbf
    repaired: bool  # True if ``path`` points into a temporary copy

    @property
    def has_z(self) -> bool:
        return self.header is not None and self.header.has_z

    @property
    def has_m(self) -> bool:
        """The .shp has an M shape type (PointM, PolyLineM...). GDAL/pyogrio drop the M values."""
        return self.header is not None and self.header.has_m

    @property
    def records_lost(self) -> int:
        """Shapes declared but not readable (truncated or damaged .shp)."""
        if self.records_complete is None or self.records_declared is None:
            return 0
        return max(0, self.records_declared - self.records_complete)


@dataclass
class _IndexPlan:
    new_shx: bytes | None  # None: the user's .shx is fine as it is
    complete: int  # records GDAL will read
    declared: int | None  # records there should be, if the files say so
    stop: StopReason  # how the walk of the .shp ended ("end" when no walk was needed)
    damage_at: int  # byte offset where reading stopped


def _plan_index(parts: ShapefileParts, header: ShpHeaderInfo, report: Any) -> _IndexPlan:
    """Decide whether the .shx can be used as is, and how many records are readable."""
    shp_name = header.path.name
    shx = _read_shx(parts.shx) if parts.shx is not None else None
    if shx is not None and _shx_consistent(shx, header):
        n = len(shx.offsets)
        return _IndexPlan(None, n, n, "end", header.actual_size)

    scan = scan_records(header.path, header)
    stop = scan.stop
    new_shx: bytes | None = _build_shx(header, scan.offsets, scan.lengths)
    declared: int | None = scan.count if scan.intact else None
    if shx is not None:
        entries = len(shx.offsets)
        same = entries == scan.count and np.array_equal(shx.offsets, np.asarray(scan.offsets, dtype=np.int64))
        if same and shx.header_count == entries:
            # The index lists exactly the records found: nothing is missing. Whatever follows the
            # last record (a few stray bytes, a wrong header length) is junk, and record lengths
            # that differ from the .shp's are tolerated by GDAL.
            new_shx = None
            declared = entries
            if stop in ("partial", "bad"):
                stop = "trailing"
        elif scan.intact:
            n = min(entries, scan.count)
            wrong = int(np.sum(shx.offsets[:n] != np.asarray(scan.offsets[:n], dtype=np.int64)))
            _note(
                report,
                "warning",
                "sidecar",
                trf("The index file {shx} does not match {shp}: its header lists {listed:,} record(s), it has "
                    "{entries:,} entries ({wrong:,} pointing to the wrong place), but the .shp holds {records:,} "
                    "records. GDAL would have read wrong or too few shapes, so the index was rebuilt from the .shp "
                    "in a temporary copy; your files were not changed.", shx=parts.shx.name, shp=shp_name,
                    listed=shx.header_count, entries=entries, wrong=wrong, records=scan.count),
                scan.count,
            )
        else:
            declared = entries  # truncated or damaged .shp: the index says how many there were
    else:
        if parts.shx is None:
            text = trf("The index file (.shx) of {shp} is missing. It was rebuilt from the .shp in a temporary "
                       "copy; your files were not changed.", shp=shp_name)
        else:
            text = trf("The index file (.shx) of {shp} is damaged (it is not a shapefile index). It was rebuilt "
                       "from the .shp in a temporary copy; your files were not changed.", shp=shp_name)
        _note(report, "warning", "sidecar", text)
    extra = header.actual_size - scan.end
    if stop == "trailing" and extra > 0:
        _note(report, "info", "sidecar", trf("{shp} has {extra:,} byte(s) of extra data after its last record; they "
                                             "were ignored.", shp=shp_name, extra=extra))
    return _IndexPlan(new_shx, scan.count, declared, stop, scan.end)


def _report_loss(header: ShpHeaderInfo, plan: _IndexPlan, report: Any) -> None:
    """One message for a truncated or damaged .shp: what happened and how much was lost."""
    values = {"name": header.path.name, "declared_size": header.declared_size, "actual_size": header.actual_size,
              "at": plan.damage_at, "record": plan.complete + 1, "complete": plan.complete, "declared": plan.declared}
    if plan.stop not in ("partial", "bad"):
        return
    if plan.declared is not None and plan.declared > plan.complete:
        lost = plan.declared - plan.complete
        if plan.stop == "partial":
            text = trf("{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} "
                       "(it was probably not copied or downloaded completely). {complete:,} of {declared:,} shapes "
                       "were read; the other {lost:,} are lost.", lost=lost, **values)
        else:
            text = trf("{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. "
                       "{complete:,} of {declared:,} shapes were read; the other {lost:,} are lost.", lost=lost,
                       **values)
        _note(report, "warning", "dropped", text, lost)
    else:
        if plan.stop == "partial":
            text = trf("{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} "
                       "(it was probably not copied or downloaded completely). The {complete:,} complete shapes "
                       "before that point were read; anything after it is lost.", **values)
        else:
            text = trf("{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. "
                       "The {complete:,} complete shapes before that point were read; anything after it is lost.",
                       **values)
        _note(report, "warning", "dropped", text)


def _plan_dbf(dbf: DbfHeader, header: ShpHeaderInfo | None, plan: _IndexPlan | None, report: Any) -> int:
    """How many rows the .dbf handed to GDAL should declare, reporting any mismatch.

    GDAL fails outright on a .dbf cut off mid-row (``fread failed``) and, when the .dbf has fewer
    rows than the .shp has shapes, silently reads only as many shapes as there are rows. So a
    cut-off or short .dbf is patched in the temporary copy: complete rows are kept and blank rows
    are added, so that every readable shape is loaded (with empty attributes where rows are missing).
    """
    complete = dbf.complete_records
    cut = complete < dbf.records
    values = {"name": dbf.path.name, "rows": dbf.records, "complete": complete}
    if plan is None or header is None:  # an attribute table alone
        if cut:
            _note(report, "warning", "dropped", trf(
                "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} "
                "are complete (it was probably not copied or downloaded completely). Those {complete:,} rows were "
                "read; the rest are lost.", **values), dbf.records - complete)
        return complete
    shapes = plan.complete
    values.update(shp=header.path.name, shapes=shapes)
    intact = plan.stop in ("end", "trailing")
    if complete < shapes:
        if cut:
            text = trf("The attribute table {name} is cut off: its header declares {rows:,} rows but only "
                       "{complete:,} are complete (it was probably not copied or downloaded completely). All "
                       "{shapes:,} shapes were read; the last {missing:,} have empty attributes.",
                       missing=shapes - complete, **values)
        else:
            text = trf("The attribute table {name} has {complete:,} rows but {shp} holds {shapes:,} shapes. All "
                       "{shapes:,} shapes were read; the last {missing:,} have empty attributes.",
                       missing=shapes - complete, **values)
        _note(report, "warning", "dropped", text, shapes - complete)
        return shapes
    if complete > shapes and intact:
        if cut:
            text = trf("The attribute table {name} is cut off: its header declares {rows:,} rows but only "
                       "{complete:,} are complete (it was probably not copied or downloaded completely). The last "
                       "{extra:,} rows have no shape and were not loaded.", extra=complete - shapes, **values)
        else:
            text = trf("The attribute table {name} has {complete:,} rows but {shp} holds only {shapes:,} shapes. "
                       "The last {extra:,} rows have no shape and were not loaded.", extra=complete - shapes, **values)
        _note(report, "warning", "dropped", text, complete - shapes)
    elif cut:
        _note(report, "warning", "sidecar", trf(
            "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are "
            "complete (it was probably not copied or downloaded completely). Its complete rows cover all "
            "{shapes:,} shapes that were read.", **values))
    return complete


def _write_patched_dbf(dbf: DbfHeader, rows: int, target: Path) -> None:
    """Copy the .dbf to ``target`` declaring ``rows`` rows: complete rows kept, blank rows added."""
    keep = min(rows, dbf.complete_records)
    with open(dbf.path, "rb") as src, open(target, "wb") as out:
        head = bytearray(src.read(dbf.header_length))
        head[4:8] = struct.pack("<I", rows)
        out.write(head)
        remaining = keep * dbf.record_length
        while remaining > 0:
            chunk = src.read(min(remaining, 1024 * 1024))
            if not chunk:
                break
            out.write(chunk)
            remaining -= len(chunk)
        blank = b" " * dbf.record_length  # not deleted, every field empty (GDAL reads null / "")
        for _ in range(rows - keep):
            out.write(blank)
        out.write(b"\x1a")


def _link_or_copy(src: Path, dst: Path) -> None:
    """Symlink (read-only use by GDAL is safe) or, where that is not allowed, copy."""
    try:
        os.symlink(src.resolve(), dst)
    except (OSError, NotImplementedError):
        shutil.copyfile(src, dst)


@contextmanager
def gdal_openable(path: str | os.PathLike[str], report: Any = None) -> Iterator[OpenableShapefile]:
    """Yield an :class:`OpenableShapefile` whose ``.path`` GDAL can open as the user meant.

    ``path`` is any member of the shapefile (``.shp``, ``.dbf``, ``.prj``...; any case).
    What it does, reporting each finding into ``report`` (a LayerReport, or anything with
    ``add(level, category, text, count)``, or None):

    * finds the members case-insensitively; if GDAL would not find them by itself (``roads.Dbf``,
      ``Roads.shp`` + ``roads.dbf``) they are linked under lower-case names in a temporary folder;
    * checks the .shp header (:func:`check_shp`: empty, not a shapefile, too short -> ReadError);
    * checks the .shx against the .shp; when it is missing, damaged or does not match, a new one
      is built from the .shp record headers in the temporary folder (never beside the user's files,
      unlike GDAL's SHAPE_RESTORE_SHX);
    * truncated .shp: only the complete records are indexed, and the loss is reported;
    * no .dbf (or a damaged one): geometry only, with a warning; a .dbf alone: an attribute table;
    * reads the .prj (:func:`read_prj`) and .cpg/.cst (:func:`read_cpg`); unusable ones are reported
      and left out of the temporary copy.

    The temporary folder, if any, is removed when the ``with`` block ends.
    """
    parts = find_parts(path)
    given = Path(path)
    if parts.shp is None and parts.dbf is None:
        raise ReadError(
            given,
            trf("belongs to a shapefile ({name}) whose main files are missing: there is no .shp "
                "(shapes) and no .dbf (attributes) beside it.", name=parts.stem),
        )

    header: ShpHeaderInfo | None = None
    plan: _IndexPlan | None = None
    if parts.shp is not None:
        header = check_shp(parts.shp)
        plan = _plan_index(parts, header, report)

    dbf: DbfHeader | None = None
    dbf_problem: ReadError | None = None
    if parts.dbf is not None:
        try:
            dbf = read_dbf_header(parts.dbf)
        except ReadError as exc:
            dbf_problem = exc
    if parts.shp is None:
        if dbf is None:
            assert dbf_problem is not None
            raise dbf_problem
        _note(
            report,
            "info",
            "sidecar",
            trf("{name} has no .shp beside it, so it was read as an attribute table without geometry.",
                name=dbf.path.name),
        )
    elif parts.dbf is None:
        _note(
            report,
            "warning",
            "sidecar",
            trf("{name} has no attribute table (.dbf) beside it: only the shapes were read, with no attributes.",
                name=parts.shp.name),
        )
    elif dbf is None:
        _note(
            report,
            "warning",
            "sidecar",
            trf("The attribute table {name} could not be used: it {problem} It was left out, so only "
                "the shapes were read, with no attributes.", name=parts.dbf.name,
                problem=dbf_problem.problem if dbf_problem else tr("is damaged.")),
        )

    if plan is not None and header is not None:
        if plan.declared is None and dbf is not None and dbf.records > plan.complete:
            plan.declared = dbf.records  # no usable index: the attribute table says how many shapes there were
        _report_loss(header, plan, report)
    dbf_rows: int | None = None  # rows the (possibly patched) .dbf will declare
    if dbf is not None:
        dbf_rows = _plan_dbf(dbf, header, plan, report)

    new_shx = plan.new_shx if plan is not None else None
    records_complete = plan.complete if plan is not None else None
    records_declared = plan.declared if plan is not None else None

    prj_wkt = read_prj(parts, report) if parts.shp is not None else None
    cpg_encoding, cpg_text, cpg_path = (None, None, None)
    if dbf is not None:
        cpg_encoding, cpg_text, cpg_path = _read_cpg_details(parts, report)
    ldid = dbf.ldid if dbf is not None and dbf.ldid else None
    ldid_encoding = _ldid_encoding(dbf.ldid) if dbf is not None and dbf.ldid else None

    main = parts.shp if parts.shp is not None else parts.dbf
    assert main is not None
    dbf_left_out = parts.dbf is not None and dbf is None
    prj_left_out = parts.prj is not None and prj_wkt is None
    cpg_left_out = parts.cpg is not None and cpg_text is None
    patch_dbf = dbf is not None and (dbf_rows != dbf.records or dbf.complete_records < (dbf_rows or 0))
    need_copy = (
        new_shx is not None
        or patch_dbf
        or dbf_left_out
        or prj_left_out
        or cpg_left_out
        or not parts.gdal_finds_all()
    )

    def result(p: Path, repaired: bool) -> OpenableShapefile:
        return OpenableShapefile(
            path=p,
            parts=parts,
            header=header,
            has_shp=parts.shp is not None,
            has_dbf=dbf is not None,
            prj_wkt=prj_wkt,
            cpg_encoding=cpg_encoding,
            cpg_text=cpg_text,
            ldid=ldid,
            ldid_encoding=ldid_encoding,
            records_complete=records_complete,
            records_declared=records_declared,
            dbf_records=dbf.complete_records if dbf is not None else None,
            repaired=repaired,
        )

    if not need_copy:
        yield result(main, False)
        return

    with tempfile.TemporaryDirectory(prefix="gisdesk-shp-") as tmp:
        folder = Path(tmp)
        stem = parts.stem
        if parts.shp is not None:
            _link_or_copy(parts.shp, folder / f"{stem}.shp")
            if new_shx is not None:
                (folder / f"{stem}.shx").write_bytes(new_shx)
            elif parts.shx is not None:
                _link_or_copy(parts.shx, folder / f"{stem}.shx")
            if prj_wkt is not None and parts.prj is not None:
                _link_or_copy(parts.prj, folder / f"{stem}.prj")
        if dbf is not None and parts.dbf is not None:
            if patch_dbf and dbf_rows is not None:
                _write_patched_dbf(dbf, dbf_rows, folder / f"{stem}.dbf")
            else:
                _link_or_copy(parts.dbf, folder / f"{stem}.dbf")
            if cpg_text is not None and cpg_path is not None and cpg_path == parts.cpg:
                _link_or_copy(cpg_path, folder / f"{stem}.cpg")
        target = folder / (f"{stem}.shp" if parts.shp is not None else f"{stem}.dbf")
        yield result(target, True)


def _note(report: Any, level: str, category: str, text: str, count: int | None = None) -> None:
    if report is not None:
        report.add(level, category, text, count)
