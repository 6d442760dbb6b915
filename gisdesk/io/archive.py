"""Archives that users send GIS data in: find the data sets inside a zip and unpack them safely.

Offices send shapefiles zipped, often inside a folder of the zip (``export/roads.shp``), with
upper-case extensions, with Mac ``__MACOSX`` clutter, and sometimes as RAR or 7-Zip, which GDAL
cannot read. This module:

* :func:`sniff` tells what a file really is from its first bytes (a GeoTIFF renamed ``.shp``,
  an HTML page saved as ``.zip``...), so error messages can say so;
* :func:`list_datasets` lists the readable data sets inside a zip, at any depth;
* :func:`extracted` unpacks a zip (or one data set of it) into a temporary folder, guarding
  against "zip-slip" paths (absolute or ``..``) and zip bombs, and deletes it afterwards.

Nothing is ever written beside the user's files. Bad input raises
:class:`~gisdesk.io.errors.ReadError` with a plain message; nothing else escapes.

Typical use by a reader::

    for member in list_datasets(zip_path):
        with extracted(zip_path, report, member=member) as folder:
            read(folder / member)
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from gisdesk.core.i18n import N_, fmt_num, tr, trf
from gisdesk.io.errors import ReadError

__all__ = [
    "DATASET_SUFFIXES",
    "KIND_DESCRIPTIONS",
    "MAX_TOTAL_UNCOMPRESSED",
    "describe_kind",
    "extracted",
    "list_datasets",
    "sniff",
    "unsupported_archive_problem",
]

# Single-file data sets recognised inside a zip (lower-case suffixes). Shapefiles (.shp, or a
# lone .dbf) and File Geodatabase folders (*.gdb/) are handled separately.
DATASET_SUFFIXES: tuple[str, ...] = (
    # vector
    ".gpkg",
    ".geojson",
    ".geojsonl",
    ".geojsons",
    ".json",
    ".topojson",
    ".kml",
    ".kmz",
    ".gml",
    ".gpx",
    ".fgb",
    ".sqlite",
    # tables
    ".csv",
    ".tsv",
    ".xlsx",
    ".xlsm",
    # rasters
    ".tif",
    ".tiff",
    ".hgt",
    ".asc",
    ".img",
    ".jp2",
)

# Refuse to unpack more than this many bytes (sum of the sizes the zip declares). The declared
# sizes are binding: Python's zipfile never returns more bytes than a member declares.
MAX_TOTAL_UNCOMPRESSED = 4 * 1024**3  # 4 GiB

# Files and folders that are never data: Mac resource forks, Windows thumbnails.
_JUNK_PREFIXES = ("__MACOSX/",)
_JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})

KIND_DESCRIPTIONS: dict[str, str] = {
    "zip": N_("a ZIP archive"),
    "rar": N_("a RAR archive"),
    "7z": N_("a 7-Zip archive"),
    "gzip": N_("a gzip-compressed file"),
    "bzip2": N_("a bzip2-compressed file"),
    "xz": N_("an xz-compressed file"),
    "tar": N_("a tar archive"),
    "tiff": N_("a TIFF/GeoTIFF raster image"),
    "png": N_("a PNG image"),
    "jpeg": N_("a JPEG image"),
    "pdf": N_("a PDF document"),
    "sqlite": N_("an SQLite database (for example a GeoPackage)"),
    "shp": N_("a shapefile geometry file (.shp)"),
    "fgb": N_("a FlatGeobuf file"),
    "html": N_("an HTML web page"),
    "xml": N_("an XML document"),
    "kml": N_("a KML document"),
    "json": N_("a JSON or GeoJSON text"),
    "text": N_("plain text (for example a CSV table)"),
    "binary": N_("unrecognised binary data"),
}


def describe_kind(kind: str | None) -> str:
    """Plain-English phrase for a :func:`sniff` result ("a TIFF/GeoTIFF raster image"), translated."""
    if kind is None:
        return tr("an empty file")
    return tr(KIND_DESCRIPTIONS[kind]) if kind in KIND_DESCRIPTIONS else kind


def _sniff_bytes(head: bytes) -> str | None:
    if not head:
        return None
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh"):
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"\x00\x00\x27\x0a"):  # 9994, big-endian
        return "shp"
    if head.startswith(b"fgb\x03"):
        return "fgb"
    if b"\x00" in head:
        return "binary"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            try:
                text = head.decode("cp1252")
            except UnicodeDecodeError:
                return "binary"
        else:
            text = head[: exc.start].decode("utf-8")
    text = text.lstrip("\ufeff \t\r\n").lower()
    if text.startswith(("<!doctype html", "<html")) or "<html" in text[:1000]:
        return "html"
    if text.startswith("<"):
        return "kml" if "<kml" in text else "xml"
    if text.startswith(("{", "[")):
        return "json"
    if any(ord(c) < 32 and c not in "\t\r\n\f" for c in text):
        return "binary"
    return "text"


def sniff(path: str | os.PathLike[str], size: int = 4096) -> str | None:
    """What the file really holds, from its first bytes: a key of :data:`KIND_DESCRIPTIONS`.

    ``None`` for an empty file. Raises :class:`ReadError` if the file cannot be opened.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(size)
    except OSError as exc:
        raise ReadError(path, trf("could not be opened ({error}).", error=exc.strerror or exc)) from exc
    return _sniff_bytes(head)


def unsupported_archive_problem(kind: str) -> str | None:
    """The user-facing problem text for an archive format gisdesk cannot unpack, else None."""
    if kind == "rar":
        return tr(
            "is a RAR archive, which gisdesk cannot open (the GIS library it uses does not read RAR). "
            "Please unpack it first (for example with 7-Zip or WinRAR) and open the .shp file inside, "
            "or ask the sender for a .zip."
        )
    if kind == "7z":
        return tr(
            "is a 7-Zip archive, which gisdesk cannot open. Please unpack it first "
            "(for example with 7-Zip) and open the data file inside, or ask the sender for a .zip."
        )
    if kind in ("gzip", "bzip2", "xz", "tar"):
        return trf(
            "is {kind}, which gisdesk cannot open directly. "
            "Please unpack it first and open the data file inside, or ask the sender for a .zip.",
            kind=describe_kind(kind),
        )
    return None


# --------------------------------------------------------------------------------------------
# Zip members


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's path as the user would see it: '/' separators, real Unicode, NFC.

    Zips made on Windows without the UTF-8 flag are decoded by zipfile as cp437; many tools
    nevertheless wrote UTF-8 bytes, so try that first (Vietnamese names come out right).
    """
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    name = name.replace("\\", "/")
    return unicodedata.normalize("NFC", name)


def _is_unsafe(name: str) -> bool:
    """True for absolute paths, drive letters and any '..' component (zip-slip)."""
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part == ".." for part in name.split("/"))


def _is_junk(name: str) -> bool:
    if name.startswith(_JUNK_PREFIXES):
        return True
    base = name.rsplit("/", 1)[-1]
    return base.startswith("._") or base.lower() in _JUNK_NAMES


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def check_file(path: str | os.PathLike[str]) -> str | None:
    """The first checks every file gets: it can be opened, it is not empty, and it is not an archive
    gisdesk cannot unpack. Returns what :func:`sniff` says it holds; raises :class:`ReadError` otherwise."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise ReadError(path, trf("could not be opened ({error}).", error=exc.strerror or exc)) from exc
    if size == 0:
        raise ReadError(path, tr("is empty (0 bytes): there is nothing to read. It was probably not copied or "
                                 "downloaded completely."))
    kind = sniff(path)
    problem = unsupported_archive_problem(kind or "")
    if problem:
        raise ReadError(path, problem)
    return kind


def _open_zip(zip_path: Path) -> zipfile.ZipFile:
    """Open a zip or raise ReadError naming what the file really is."""
    kind = check_file(zip_path)
    try:
        return zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile as exc:
        if kind == "zip":
            raise ReadError(
                zip_path,
                tr("is a damaged ZIP archive: its table of contents cannot be read "
                   "(it was probably not copied or downloaded completely). Ask for a new copy."),
            ) from exc
        raise ReadError(zip_path, trf("is not a ZIP archive: it looks like {kind}.", kind=describe_kind(kind))) from exc
    except (OSError, ValueError, NotImplementedError, EOFError) as exc:  # unusual headers, I/O
        raise ReadError(zip_path, trf("could not be read as a ZIP archive ({error}).", error=exc)) from exc


def _members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Readable file members by normalised name (directories, junk and symlinks left out)."""
    out: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        if info.is_dir() or _is_symlink(info):
            continue
        name = _member_name(info)
        if not name or name.endswith("/") or _is_junk(name):
            continue
        out[name] = info
    return out


def _split(name: str) -> tuple[str, str]:
    """'a/b/Roads.SHP' -> ('a/b', 'Roads.SHP')."""
    folder, _, base = name.rpartition("/")
    return folder, base


def list_datasets(zip_path: str | os.PathLike[str]) -> list[str]:
    """Member paths of the readable data sets inside a zip, at any depth, sorted.

    * a shapefile is listed by its ``.shp`` member (any case: ``senate.SHP``); a ``.dbf``
      with no ``.shp`` of the same name is listed as an attribute table;
    * a File Geodatabase is listed by its folder (``data/city.gdb``);
    * other files by suffix, see :data:`DATASET_SUFFIXES`.

    Paths use '/' separators and are NFC Unicode; pass one to :func:`extracted` as ``member``
    and join it to the folder that yields. Raises :class:`ReadError` if the file is empty,
    not a zip (a RAR or 7-Zip archive gets a message asking the user to unpack it), has a
    damaged table of contents, or holds nothing readable. Damaged or password-protected member
    data is only found when unpacking, by :func:`extracted`.
    """
    zip_path = Path(zip_path)
    with _open_zip(zip_path) as zf:
        members = _members(zf)
        unsafe = [n for n in members if _is_unsafe(n)]
    for n in unsafe:
        del members[n]
    if not members:
        if unsafe:
            raise ReadError(zip_path, tr("holds only files with unsafe paths (absolute or containing '..'); nothing "
                                         "was unpacked."))
        raise ReadError(zip_path, tr("is an empty ZIP archive: it holds no files."))

    found: set[str] = set()
    shp_stems: set[tuple[str, str]] = set()
    dbfs: list[tuple[str, str, str]] = []
    for name in members:
        folder, base = _split(name)
        lower = base.lower()
        # A File Geodatabase is a folder called *.gdb.
        parts = name.split("/")
        for i, part in enumerate(parts[:-1]):
            if part.lower().endswith(".gdb"):
                found.add("/".join(parts[: i + 1]))
                break
        else:
            if lower.endswith(".shp"):
                found.add(name)
                shp_stems.add((folder, lower[:-4]))
            elif lower.endswith(".dbf"):
                dbfs.append((folder, lower[:-4], name))
            elif lower.endswith(DATASET_SUFFIXES):
                found.add(name)
    for folder, stem, name in dbfs:
        if (folder, stem) not in shp_stems:
            found.add(name)
    if not found:
        sample = ", ".join(sorted(members)[:8]) + (", ..." if len(members) > 8 else "")
        raise ReadError(zip_path, trf("holds no data set that gisdesk can read (it holds: {files}).", files=sample))
    return sorted(found)


def _wanted(names: list[str], member: str) -> list[str]:
    """The members that belong to the data set ``member``: the file and its same-named sidecars."""
    prefix = member.rstrip("/") + "/"
    inside = [n for n in names if n.startswith(prefix)]
    if inside:  # a folder (File Geodatabase)
        return inside
    folder, base = _split(member)
    lower = base.lower()
    stem = lower.rsplit(".", 1)[0]
    if lower.endswith(".shp") or lower.endswith(".dbf") or lower.endswith(DATASET_SUFFIXES):
        # Sidecars share the stem: roads.shp/.shx/.dbf/.prj/.cpg/.shp.xml, image.tif/.tfw/.aux.xml, x.csv/.csvt
        out = []
        for n in names:
            f, b = _split(n)
            if f == folder and b.lower().startswith(stem + "."):
                out.append(n)
        return out
    return [member] if member in names else []


@contextmanager
def extracted(
    zip_path: str | os.PathLike[str],
    report: Any = None,
    member: str | None = None,
    max_total: int = MAX_TOTAL_UNCOMPRESSED,
) -> Iterator[Path]:
    """Unpack the zip (or only data set ``member`` and its sidecars) into a temporary folder.

    Yields the folder; members keep their paths inside it (``folder / "export/POLYLINE.shp"``).
    The folder is deleted on exit. Guards:

    * members with absolute paths, drive letters or ``..`` are skipped (zip-slip), with a warning;
    * if the declared uncompressed size exceeds ``max_total`` (or the free space of the temp
      drive) nothing is unpacked and :class:`ReadError` says so (zip bomb / huge archive);
    * password-protected or damaged members (CRC error, bad compressed data) raise ReadError.

    ``report`` is a :class:`~gisdesk.io.report.LayerReport` or
    :class:`~gisdesk.io.report.ImportReport` (anything with ``add(level, category, text, count)``)
    or None.
    """
    zip_path = Path(zip_path)
    with _open_zip(zip_path) as zf:
        members = _members(zf)
        names = list(members)
        unsafe = [n for n in names if _is_unsafe(n)]
        if unsafe:
            _note(
                report,
                "warning",
                "dropped",
                trf("{zip}: {n} file(s) in the archive have unsafe paths (absolute or with '..', for example "
                    "{example!r}) and were not unpacked.", zip=zip_path.name, n=len(unsafe), example=unsafe[0]),
                len(unsafe),
            )
            names = [n for n in names if n not in set(unsafe)]
        if not members:
            raise ReadError(zip_path, tr("is an empty ZIP archive: it holds no files."))
        if member is not None:
            member = unicodedata.normalize("NFC", member.replace("\\", "/")).rstrip("/")
            names = _wanted(names, member)
            if not names:
                raise ReadError(zip_path, trf("holds no file called {member!r}.", member=member))
        infos = [members[n] for n in names]
        encrypted = [n for n, i in zip(names, infos) if i.flag_bits & 0x1]
        if encrypted:
            raise ReadError(
                zip_path,
                trf("is password-protected ({member!r}); gisdesk cannot open encrypted archives. "
                    "Please unpack it with the password and open the files inside.", member=encrypted[0]),
            )
        total = sum(i.file_size for i in infos)
        if total > max_total:
            raise ReadError(
                zip_path,
                trf("would unpack to {size}, more than the {limit} allowed (the archive itself is {zip_size}); "
                    "it was not unpacked. If the data really is that large, unpack it yourself and open the files "
                    "directly.", size=_human_size(total), limit=_human_size(max_total),
                    zip_size=_human_size(zip_path.stat().st_size)),
            )
        with tempfile.TemporaryDirectory(prefix="gisdesk-zip-") as tmp:
            dest = Path(tmp)
            free = shutil.disk_usage(dest).free
            if total > free:
                raise ReadError(
                    zip_path,
                    trf("needs {size} to unpack but the temporary folder has only {free} free; it was not "
                        "unpacked.", size=_human_size(total), free=_human_size(free)),
                )
            for name, info in zip(names, infos):
                target = dest.joinpath(*PurePosixPath(name).parts)
                # Belt and braces against zip-slip: the target must stay inside dest.
                if not target.resolve().is_relative_to(dest.resolve()):
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    with zf.open(info) as src, open(target, "wb") as out:
                        shutil.copyfileobj(src, out, 1024 * 1024)
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise ReadError(
                        zip_path,
                        trf("is damaged: {member!r} inside it cannot be unpacked ({error}). "
                            "It was probably not copied or downloaded completely; ask for a new copy.",
                            member=name, error=exc),
                    ) from exc
                except NotImplementedError as exc:
                    raise ReadError(
                        zip_path, trf("uses a compression method gisdesk cannot unpack for {member!r} ({error}).",
                                      member=name, error=exc)
                    ) from exc
            if member is None:
                _note(report, "info", "read", trf("Unpacked {n} file(s) from {zip} into a temporary folder.",
                                                  n=len(names), zip=zip_path.name))
            yield dest


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return trf("{n} bytes", n=int(size)) if unit == "bytes" else f"{fmt_num(size, '.1f')} {unit}"
        size /= 1024
    return f"{fmt_num(size, '.1f')} TB"  # pragma: no cover - loop always returns


def _note(report: Any, level: str, category: str, text: str, count: int | None = None) -> None:
    if report is not None:
        report.add(level, category, text, count)
