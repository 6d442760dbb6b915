"""Write a layer to GeoPackage, GeoJSON, shapefile, FlatGeobuf, CSV or Excel, atomically.

``write_layer`` picks the format from the extension (or ``driver``), adapts the data to what
the format can hold, and says what it changed in an optional :class:`LayerReport`:

* ``.gpkg`` keeps everything (aware datetimes with their offset, CRS, Unicode names).
  ``append_layer=True`` adds (or replaces) one layer in an existing GeoPackage and keeps
  its other layers; otherwise the file is replaced by a GeoPackage holding just this layer.
* ``.geojson`` / ``.json`` follow RFC 7946: coordinates are reprojected to EPSG:4326
  (lon/lat), which the report says. An explicit non-WGS 84 ``to_crs`` writes the older
  (2008) GeoJSON with a ``crs`` member instead, and the report says it is not RFC 7946.
* ``.shp`` is UTF-8 with a ``.cpg`` ("UTF-8") and a ``.prj``. Field names are cut to the
  DBF's 10 bytes *by us* at a character boundary (GDAL cuts Vietnamese names in the middle
  of a character, which makes the file unreadable) and made unique; every rename is
  reported. Datetimes become ISO 8601 text with their offset (DBF has no time type).
  Text longer than 254 bytes is cut at a character boundary and reported. A layer that
  mixes geometry families (points + lines + polygons) is **refused** with a WriteError
  that suggests GeoPackage: a shapefile holds one kind only, and silently writing several
  files would hand the user something they did not ask for.
* ``.fgb``: FlatGeobuf; written without a spatial index when some rows have no geometry
  (FlatGeobuf cannot index those), which the report says.
* ``.csv``: the geometry as WKT in a first column named ``WKT`` (GDAL's CSV driver reads it
  back as geometry), full precision, UTF-8 **with BOM** so Excel on Windows shows Vietnamese
  text correctly; aware datetimes as ISO 8601 text with offset.
* ``.xlsx`` (GDAL's XLSX driver): the geometry as WKT (last column), plus ``lon``/``lat`` (WGS 84) columns for
  point layers; aware datetimes as ISO 8601 text with offset (Excel has no time zones);
  text is always stored as text, never as a formula (a citizen's report that starts with
  "=" stays text).

Atomicity: everything is written into a hidden temporary folder in the target's own folder
(same filesystem), then moved into place with ``os.replace``; for a shapefile every member
is moved, and stale sidecars of the old shapefile (spatial indexes, .prj/.cpg) are removed.
A failure before the move leaves the previous file untouched and removes the temporary
folder. Failures raise :class:`WriteError` with a plain-English message.

No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import geopandas
import numpy as np
import pandas as pd
import pyogrio
import shapely

from gisdesk.core.crs import crs_to_string
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.report import LayerReport

__all__ = ["FORMATS", "WriteError", "format_for", "shapefile_field_names", "write_layer"]


class WriteError(Exception):
    """A layer could not be written.

    ``path`` names the target file, ``problem`` says in plain words what went wrong.
    ``str(error)`` is ``"<path>: <problem>"``.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


# extension -> internal format key
FORMATS: dict[str, str] = {
    ".gpkg": "GPKG",
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".shp": "ESRI Shapefile",
    ".fgb": "FlatGeobuf",
    ".csv": "CSV",
    ".xlsx": "XLSX",
}
_DRIVER_ALIASES = {
    "gpkg": "GPKG",
    "geopackage": "GPKG",
    "geojson": "GeoJSON",
    "esri shapefile": "ESRI Shapefile",
    "shapefile": "ESRI Shapefile",
    "shp": "ESRI Shapefile",
    "flatgeobuf": "FlatGeobuf",
    "fgb": "FlatGeobuf",
    "csv": "CSV",
    "xlsx": "XLSX",
    "excel": "XLSX",
}

# members of a shapefile that a new write may leave stale (removed if not rewritten)
_SHP_STALE_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fix", ".aih", ".ain", ".atx")

DBF_NAME_BYTES = 10
DBF_TEXT_BYTES = 254
EXCEL_MAX_ROWS = 1_048_576  # including the header row
EXCEL_MAX_CELL = 32_767
WGS84 = "EPSG:4326"


def format_for(path: str | os.PathLike[str], driver: str | None = None) -> str:
    """The format key ("GPKG", "GeoJSON", "ESRI Shapefile", "FlatGeobuf", "CSV", "XLSX")."""
    path = Path(path)
    if driver:
        key = _DRIVER_ALIASES.get(driver.strip().lower())
        if key is None:
            raise WriteError(
                path,
                trf("saving with the {driver!r} driver is not supported; choose GeoPackage, GeoJSON, "
                    "shapefile, FlatGeobuf, CSV or Excel (.xlsx).", driver=driver),
            )
        return key
    key = FORMATS.get(path.suffix.lower())
    if key is None:
        if path.suffix:
            problem = trf("cannot save as the extension {ext!r}; use .gpkg, .geojson, .shp, .fgb, .csv or .xlsx.",
                          ext=path.suffix)
        else:
            problem = tr("cannot save as a file name without an extension; use .gpkg, .geojson, .shp, .fgb, .csv "
                         "or .xlsx.")
        raise WriteError(path, problem)
    return key


# --------------------------------------------------------------------------------------
# public entry point
# --------------------------------------------------------------------------------------


def write_layer(
    gdf: geopandas.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    layer_name: str | None = None,
    driver: str | None = None,
    to_crs: str | None = None,
    append_layer: bool = False,
    report: LayerReport | None = None,
) -> Path:
    """Write ``gdf`` to ``path`` atomically; return the path written.

    ``layer_name``: the layer (table) name inside a GeoPackage (default: the file stem).
    ``driver``: force a format instead of guessing it from the extension.
    ``to_crs``: reproject before writing (any form pyproj understands).
    ``append_layer``: GeoPackage only: keep the file's other layers and add this one
    (replacing a layer of the same name); otherwise the target is replaced.
    ``report``: receives plain-English notes about what had to change (renamed fields,
    reprojection, values cut...). Raises :class:`WriteError` on any failure.
    """
    path = Path(path)
    fmt = format_for(path, driver)
    if report is None:
        report = LayerReport(name=layer_name or path.stem)
    if not isinstance(gdf, geopandas.GeoDataFrame) or gdf._geometry_column_name not in gdf.columns:
        raise WriteError(path, tr("there is no geometry column to write (expected a GeoDataFrame)."))
    if path.is_dir():
        raise WriteError(path, tr("this is a folder, not a file name."))
    if append_layer and fmt != "GPKG":
        raise WriteError(path, tr("only a GeoPackage (.gpkg) can hold several layers; cannot add a layer to "
                                  "this file."))

    data = _reproject(gdf, path, fmt, to_crs, report)

    writer = {
        "GPKG": _write_gpkg,
        "GeoJSON": _write_geojson,
        "ESRI Shapefile": _write_shapefile,
        "FlatGeobuf": _write_fgb,
        "CSV": _write_csv,
        "XLSX": _write_xlsx,
    }[fmt]

    with _atomic_dir(path) as tmpdir:
        tmp_target = tmpdir / path.name
        if fmt == "GPKG" and append_layer and path.exists():
            try:
                shutil.copy2(path, tmp_target)
            except OSError as exc:
                raise WriteError(path, _os_problem(exc, path, "copy the existing GeoPackage")) from exc
        try:
            written = writer(data, tmp_target, path, report=report, layer_name=layer_name, to_crs=to_crs)
        except WriteError:
            raise
        except OSError as exc:
            raise WriteError(path, _os_problem(exc, path, "write")) from exc
        except Exception as exc:  # pyogrio DataSourceError/FeatureError/..., openpyxl, pandas
            raise WriteError(path, _gdal_problem(exc, path)) from exc
        _commit(tmpdir, written, path, fmt)
    return path


# --------------------------------------------------------------------------------------
# atomic plumbing
# --------------------------------------------------------------------------------------


@contextlib.contextmanager
def _atomic_dir(target: Path) -> Iterator[Path]:
    """A hidden temporary folder beside ``target`` (same filesystem); always removed."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # a hidden name that never looks like an archive (GDAL reads "x.zip/" or "y.xlsx/" in a path as one)
        tmpdir = Path(tempfile.mkdtemp(prefix=".gisdesk-write-", suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise WriteError(target, _os_problem(exc, target, "create a file")) from exc
    try:
        yield tmpdir
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _commit(tmpdir: Path, written: list[Path], target: Path, fmt: str) -> None:
    """Move the finished file(s) into place; shapefile: every member, main .shp last."""
    for f in written:
        _fsync(f)
    if fmt == "ESRI Shapefile":
        written = sorted(written, key=lambda p: p.suffix.lower() == ".shp")
    try:
        for f in written:
            os.replace(f, target.parent / f.name)
    except OSError as exc:
        raise WriteError(target, _os_problem(exc, target, "replace")) from exc
    if fmt == "ESRI Shapefile":
        new_files = [target.parent / f.name for f in written]
        for ext in _SHP_STALE_SIDECARS:
            for cand in {target.with_suffix(ext), target.with_suffix(ext.upper())}:
                if cand.exists() and not any(_same_file(cand, nf) for nf in new_files):
                    with contextlib.suppress(OSError):
                        cand.unlink()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


#: action -> (no permission, other failure): whole sentences, each translated
_OS_PROBLEMS = {
    "write": (N_("permission denied: you cannot write in the folder {folder}."),
              N_("could not write the file ({error}).")),
    "create a file": (N_("permission denied: you cannot create a file in the folder {folder}."),
                      N_("could not create the file ({error}).")),
    "copy the existing GeoPackage": (N_("permission denied: you cannot copy the existing GeoPackage in the folder "
                                        "{folder}."),
                                     N_("could not copy the existing GeoPackage ({error}).")),
    "replace": (N_("permission denied: the file could not be replaced (it may be open in another program, or the "
                   "folder {folder} is read-only). The previous file was left as it was."),
                N_("could not replace the file ({error}).")),
}


def _os_problem(exc: OSError, path: Path, action: str) -> str:
    code = getattr(exc, "errno", None)
    denied, failed = _OS_PROBLEMS[action]
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return trf(denied, folder=path.parent)
    if code == errno.ENOSPC:
        return tr("the disk is full; nothing was written and the previous file (if any) was left as it was.")
    if code == errno.EDQUOT:
        return tr("your disk quota is used up; nothing was written and the previous file was left as it was.")
    return trf(failed, error=exc.strerror or exc)


def _gdal_problem(exc: Exception, path: Path) -> str:
    text = str(exc).strip() or type(exc).__name__
    low = text.lower()
    if "no space left" in low:
        return tr("the disk is full; nothing was written and the previous file (if any) was left as it was.")
    if "permission denied" in low or "read-only" in low:
        return trf("permission denied: you cannot write in the folder {folder}.", folder=path.parent)
    return trf("the layer could not be written ({error}). The previous file (if any) was left as it was.",
               error=text)


# --------------------------------------------------------------------------------------
# data preparation shared by the formats
# --------------------------------------------------------------------------------------


def _reproject(
    gdf: geopandas.GeoDataFrame, path: Path, fmt: str, to_crs: str | None, report: LayerReport
) -> geopandas.GeoDataFrame:
    target = to_crs
    if fmt == "GeoJSON" and to_crs is None:
        target = WGS84
    if target is None:
        return gdf
    if gdf.crs is None:
        if to_crs is not None:
            raise WriteError(path, trf("the layer has no CRS, so it cannot be reprojected to {crs}; set its CRS "
                                      "first.", crs=to_crs))
        report.warn(
            "crs",
            tr("The layer has no CRS, so it could not be reprojected to WGS 84 as GeoJSON (RFC 7946) "
               "requires; the coordinates were written as they are."),
        )
        return gdf
    try:
        src = crs_to_string(gdf.crs)
        dst = crs_to_string(target)
        if src == dst:
            return gdf
        out = gdf.to_crs(target)
    except Exception as exc:  # pyproj.exceptions.CRSError, ProjError
        raise WriteError(path, trf("could not reproject the layer to {crs} ({error}).", crs=target, error=exc)) from exc
    if fmt == "GeoJSON" and to_crs is None:
        report.info(
            "crs",
            trf("GeoJSON (RFC 7946) is always WGS 84 longitude/latitude, so the layer was reprojected "
                "from {source} to {target}.", source=src, target=dst),
        )
    else:
        report.info("crs", trf("The layer was reprojected from {source} to {target}.", source=src, target=dst))
    return out


def _attribute_columns(gdf: geopandas.GeoDataFrame) -> list[Any]:
    geom = gdf.geometry.name
    return [c for c in gdf.columns if c != geom]


def _is_aware_datetime(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.DatetimeTZDtype)


def _is_datetime(series: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(series.dtype)


def _iso_strings(series: pd.Series) -> pd.Series:
    """Datetimes -> ISO 8601 text, keeping the offset ("2024-05-01T08:30:00+07:00"); NaT -> None."""
    values = [None if pd.isna(t) else t.isoformat() for t in series.array]
    return pd.Series(values, index=series.index, dtype=object)


def _geometry_families(geoms: np.ndarray) -> dict[str, int]:
    tid = shapely.get_type_id(geoms)
    tid = tid[tid >= 0]
    names = {0: "points", 1: "lines", 2: "lines", 3: "polygons", 4: "points", 5: "lines", 6: "polygons",
             7: "geometry collections"}
    out: dict[str, int] = {}
    for t, c in zip(*np.unique(tid, return_counts=True)):
        out[names[int(t)]] = out.get(names[int(t)], 0) + int(c)
    return out


#: a geometry family and its count, for the shapefile's "one kind of geometry" error
_FAMILY_COUNTS = {
    "points": N_("points ({n:,})"),
    "lines": N_("lines ({n:,})"),
    "polygons": N_("polygons ({n:,})"),
    "geometry collections": N_("geometry collections ({n:,})"),
}


def _collect_gdal_warnings(caught: list[warnings.WarningMessage], report: LayerReport) -> None:
    seen: set[str] = set()
    for w in caught:
        text = str(w.message).strip()
        if text and text not in seen:
            seen.add(text)
            report.info("write", trf("GDAL noted while writing: {text}", text=text))


def _pyogrio_write(df: geopandas.GeoDataFrame, tmp: Path, report: LayerReport, **kwargs: Any) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pyogrio.write_dataframe(df, tmp, **kwargs)
    _collect_gdal_warnings(caught, report)


# --------------------------------------------------------------------------------------
# formats
# --------------------------------------------------------------------------------------


def _write_gpkg(data, tmp: Path, target: Path, *, report: LayerReport, layer_name: str | None, **_: Any) -> list[Path]:
    layer = layer_name or target.stem
    _pyogrio_write(data, tmp, report, driver="GPKG", layer=layer)
    return [tmp]


def _write_geojson(data, tmp: Path, target: Path, *, report: LayerReport, to_crs: str | None, **_: Any) -> list[Path]:
    if data.crs is None:
        # coordinates of unknown meaning: RFC7946=YES would reject anything outside lon/lat
        _pyogrio_write(data, tmp, report, driver="GeoJSON")
    elif crs_to_string(data.crs) == WGS84:
        _pyogrio_write(data, tmp, report, driver="GeoJSON", layer_options={"RFC7946": "YES"})
    else:
        report.warn(
            "crs",
            trf("The GeoJSON was written in {crs} as asked, with a 'crs' member; this is the "
                "older 2008 GeoJSON, not RFC 7946, and some programs will assume WGS 84 and misplace it.",
                crs=crs_to_string(data.crs)),
        )
        _pyogrio_write(data, tmp, report, driver="GeoJSON")
    return [tmp]


def _write_fgb(data, tmp: Path, target: Path, *, report: LayerReport, **_: Any) -> list[Path]:
    options: dict[str, str] = {}
    n_null = int(np.count_nonzero(shapely.is_missing(np.asarray(data.geometry.values, dtype=object))))
    if n_null:
        options["SPATIAL_INDEX"] = "NO"
        report.info(
            "geometry",
            trf("{n:,} row has no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written "
                "without a spatial index.", n=n_null) if n_null == 1 else
            trf("{n:,} rows have no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written "
                "without a spatial index.", n=n_null),
        )
    _pyogrio_write(data, tmp, report, driver="FlatGeobuf", layer_options=options or None)
    return [tmp]


def _truncate_utf8(text: str, max_bytes: int) -> str:
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def shapefile_field_names(columns: Iterable[Any]) -> dict[Any, str]:
    """DBF field names for ``columns``: at most 10 bytes of UTF-8, cut at a character boundary,
    unique ignoring case (a clash gets ``_1``, ``_2``... at the end). Names that already fit keep
    their spelling. Returns {column: field name}; compare keys and values to see the renames."""
    columns = list(columns)
    out: dict[Any, str] = {}
    used: set[str] = set()
    # pass 1: names that fit stay as they are (first one wins on a case-insensitive clash)
    for col in columns:
        name = unicodedata.normalize("NFC", str(col))
        if name and len(name.encode("utf-8")) <= DBF_NAME_BYTES and name.casefold() not in used:
            out[col] = name
            used.add(name.casefold())
    # pass 2: the rest are cut and, if needed, numbered
    for col in columns:
        if col in out:
            continue
        name = unicodedata.normalize("NFC", str(col)).strip() or "field"
        cand = _truncate_utf8(name, DBF_NAME_BYTES)
        i = 0
        while not cand or cand.casefold() in used:
            i += 1
            suffix = f"_{i}"
            cand = _truncate_utf8(name, DBF_NAME_BYTES - len(suffix)) + suffix
        out[col] = cand
        used.add(cand.casefold())
    return out


def _write_shapefile(data, tmp: Path, target: Path, *, report: LayerReport, **_: Any) -> list[Path]:
    geoms = np.asarray(data.geometry.values, dtype=object)
    families = _geometry_families(geoms)
    if len(families) > 1 or "geometry collections" in families:
        listing = ", ".join(trf(_FAMILY_COUNTS[k], n=v) for k, v in families.items())
        raise WriteError(
            target,
            trf("a shapefile holds only one kind of geometry, but this layer has {listing}. "
                "Save it as GeoPackage (.gpkg) or GeoJSON instead, which keep them all, "
                "or split the layer by geometry type first.", listing=listing),
        )

    attrs = _attribute_columns(data)
    names = shapefile_field_names(attrs)
    renames = {c: n for c, n in names.items() if str(c) != n}
    out = data.copy()
    if renames:
        shown = ", ".join(f"{c!s} → {n}" for c, n in renames.items())
        report.warn(
            "columns",
            trf("A shapefile (DBF) field name can only be 10 bytes long, so {n} field was renamed: {renames}.",
                n=len(renames), renames=shown) if len(renames) == 1 else
            trf("A shapefile (DBF) field name can only be 10 bytes long, so {n} fields were renamed: {renames}.",
                n=len(renames), renames=shown),
            count=len(renames),
        )

    for col in attrs:
        s = out[col]
        if _is_datetime(s):
            out[col] = _iso_strings(s)
            if _is_aware_datetime(s):
                text = trf("The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 "
                           "text with its UTC offset (e.g. 2024-05-01T08:30:00+07:00).", field=names[col])
            else:
                text = trf("The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 "
                           "text (e.g. 2024-05-01T08:30:00+07:00).", field=names[col])
            report.info("columns", text)
        elif pd.api.types.is_string_dtype(s.dtype) or s.dtype == object:
            out[col] = _cut_long_text(s, names[col], report)
    out = out.rename(columns={c: n for c, n in names.items()})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pyogrio.write_dataframe(out, tmp, driver="ESRI Shapefile", encoding="UTF-8", layer=target.stem)
    _collect_gdal_warnings(caught, report)
    members = [p for p in tmp.parent.iterdir() if p.stem == tmp.stem]
    cpg = tmp.with_suffix(".cpg")
    if not cpg.exists() or cpg.read_text(encoding="ascii", errors="replace").strip().upper() != "UTF-8":
        cpg.write_text("UTF-8", encoding="ascii")  # GDAL writes it; make sure
        if cpg not in members:
            members.append(cpg)
    return members


def _cut_long_text(s: pd.Series, field: str, report: LayerReport) -> pd.Series:
    """Cut text longer than the DBF's 254 bytes at a character boundary (GDAL would cut bytes)."""
    def too_long(v: Any) -> bool:
        return isinstance(v, str) and len(v) > DBF_TEXT_BYTES // 4 and len(v.encode("utf-8")) > DBF_TEXT_BYTES

    mask = np.fromiter((too_long(v) for v in s.array), dtype=bool, count=len(s))
    k = int(np.count_nonzero(mask))
    if not k:
        return s
    s = s.astype(object).copy()
    s[mask] = [_truncate_utf8(v, DBF_TEXT_BYTES) for v in s[mask]]
    report.warn(
        "dropped",
        trf("{n:,} text in '{field}' was longer than the 254 bytes a shapefile (DBF) field can hold and was cut; "
            "save as GeoPackage to keep them whole.", n=k, field=field) if k == 1 else
        trf("{n:,} texts in '{field}' were longer than the 254 bytes a shapefile (DBF) field can hold and were cut; "
            "save as GeoPackage to keep them whole.", n=k, field=field),
        count=k,
    )
    return s


def _unique_name(wanted: str, taken: Iterable[str]) -> str:
    taken = {str(t) for t in taken}
    name, i = wanted, 0
    while name in taken:
        i += 1
        name = f"{wanted}_{i}"
    return name


def _wkt(geoms: np.ndarray) -> np.ndarray:
    # rounding_precision=-1: full precision (lossless round trip), trim: no trailing zeros
    return shapely.to_wkt(geoms, rounding_precision=-1, trim=True)


def _table_for_text_formats(data, report: LayerReport, fmt_name: str) -> pd.DataFrame:
    """Attributes as a plain DataFrame; aware datetimes as ISO text (offset kept)."""
    attrs = _attribute_columns(data)
    df = pd.DataFrame(data[attrs])
    df.columns = [str(c) for c in df.columns]
    aware = [c for c in df.columns if _is_aware_datetime(df[c])]
    for c in aware:
        df[c] = _iso_strings(df[c])
    if aware:
        report.info(
            "columns",
            trf("{format} has no time-zone-aware date type, so {columns} was written as ISO 8601 text with the UTC "
                "offset (e.g. 2024-05-01T08:30:00+07:00).", format=fmt_name, columns=repr(aware[0]))
            if len(aware) == 1 else
            trf("{format} has no time-zone-aware date type, so {columns} were written as ISO 8601 text with the UTC "
                "offset (e.g. 2024-05-01T08:30:00+07:00).", format=fmt_name,
                columns=", ".join(repr(c) for c in aware)),
        )
    return df


def _write_csv(data, tmp: Path, target: Path, *, report: LayerReport, **_: Any) -> list[Path]:
    df = _table_for_text_formats(data, report, "CSV")
    geoms = np.asarray(data.geometry.values, dtype=object)
    wkt_col = _unique_name("WKT", df.columns)
    df.insert(0, wkt_col, _wkt(geoms))
    crs = crs_to_string(data.crs)
    if crs:
        if crs.startswith("EPSG:"):
            text = trf("CSV has no place for a CRS: the WKT coordinates are in {crs}; tell whoever opens the file.",
                       crs=crs)
        else:
            text = tr("CSV has no place for a CRS: the WKT coordinates are in the layer CRS; tell whoever opens the "
                      "file.")
        report.info("crs", text)
    # utf-8-sig: a BOM so Excel on Windows reads UTF-8 (Vietnamese) correctly
    df.to_csv(tmp, index=False, encoding="utf-8-sig")
    return [tmp]


def _excel_sheet_name(name: str) -> str:
    bad = '[]:*?/\\'
    clean = "".join("_" if ch in bad else ch for ch in name).strip("'") or "layer"
    return clean[:31]


def _write_xlsx(data, tmp: Path, target: Path, *, report: LayerReport, layer_name: str | None, **_: Any) -> list[Path]:
    if len(data) + 1 > EXCEL_MAX_ROWS:
        raise WriteError(
            target,
            trf("the layer has {n:,} rows but an Excel sheet holds at most {limit:,}; "
                "save it as GeoPackage or CSV instead.", n=len(data), limit=EXCEL_MAX_ROWS - 1),
        )
    df = _table_for_text_formats(data, report, "Excel")
    geoms = np.asarray(data.geometry.values, dtype=object)
    tid = shapely.get_type_id(geoms)
    present = tid >= 0
    if np.any(present) and np.all(tid[present] == 0):
        lon_col = _unique_name("lon", df.columns)
        lat_col = _unique_name("lat", list(df.columns) + [lon_col])
        if data.crs is None:
            report.warn("crs", tr("The layer has no CRS, so no lon/lat columns could be added to the Excel sheet."))
        else:
            pts = data.geometry if crs_to_string(data.crs) == WGS84 else data.geometry.to_crs(WGS84)
            df[lon_col] = shapely.get_x(np.asarray(pts.values, dtype=object))
            df[lat_col] = shapely.get_y(np.asarray(pts.values, dtype=object))
            report.info("columns", trf("Point coordinates were added as '{lon}' and '{lat}' (WGS 84 degrees).",
                                        lon=lon_col, lat=lat_col))
    wkt_col = _unique_name("WKT", df.columns)
    wkt = _wkt(geoms)
    long_wkt = np.array([w is not None and len(w) > EXCEL_MAX_CELL for w in wkt], dtype=bool)
    if np.any(long_wkt):
        k = int(np.count_nonzero(long_wkt))
        wkt[long_wkt] = None
        report.warn(
            "dropped",
            trf("{n:,} geometry is too large for an Excel cell ({limit:,} characters) and was left out of "
                "'{column}'; save as GeoPackage to keep them.", n=k, limit=EXCEL_MAX_CELL, column=wkt_col)
            if k == 1 else
            trf("{n:,} geometries are too large for an Excel cell ({limit:,} characters) and were left out of "
                "'{column}'; save as GeoPackage to keep them.", n=k, limit=EXCEL_MAX_CELL, column=wkt_col),
            count=k,
        )
    df[wkt_col] = wkt

    df, cleaned = _excel_ready(df)
    if cleaned:
        report.warn(
            "columns",
            trf("{n:,} text held control characters that Excel cannot store; they were removed from the Excel "
                "copy.", n=cleaned) if cleaned == 1 else
            trf("{n:,} texts held control characters that Excel cannot store; they were removed from the Excel "
                "copy.", n=cleaned),
            count=cleaned,
        )
    # GDAL's XLSX driver: C speed (50,000 rows × 30 columns in seconds, where openpyxl took half a minute), text
    # columns are written as text cells (never formulas), numbers as numbers, naive datetimes as dates
    # GDAL writes an .xlsx through /vsizip/, which takes any folder named like "x.zip" or "y.xlsx" on the way
    # for an archive: it writes into a plain system temporary folder, and the file is then moved beside the target
    with tempfile.TemporaryDirectory(prefix="gisdesk-xlsx-") as plain, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sheet = Path(plain) / "sheet.xlsx"
        pyogrio.write_dataframe(df, sheet, driver="XLSX", layer=_excel_sheet_name(layer_name or target.stem))
        shutil.move(sheet, tmp)
    _collect_gdal_warnings(caught, report)
    return [tmp]


#: characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE): an .xlsx with them does not open
_XML_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"


def _excel_ready(df: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Columns GDAL writes as the right cell type: mixed object columns as text; control characters removed
    from text (returns how many cells changed)."""
    out = pd.DataFrame(index=df.index)
    cleaned = 0
    for col in df.columns:
        s = df[col]
        if s.dtype == object or isinstance(s.dtype, pd.StringDtype):
            present = s.notna()
            if s.dtype == object and not s[present].map(type).eq(str).all():
                s = s.where(~present, s[present].astype(str))
            bad = s[present].astype(str).str.contains(_XML_ILLEGAL, regex=True)
            if bad.any():
                cleaned += int(bad.sum())
                s = s.where(~present, s[present].astype(str).str.replace(_XML_ILLEGAL, "", regex=True))
        out[col] = s
    return out, cleaned
