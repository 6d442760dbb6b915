"""Open any supported file as layers, through the import doctors, with an import report.

``open_path(path)`` is the one entry point: it recognises the format (by content first, then by
extension), reads every layer the file holds, runs the doctors (sidecars, encoding, geometry, CRS)
and returns the layers plus an :class:`ImportReport` that says what was read, detected, guessed,
repaired and dropped. Bad input raises :class:`ReadError` naming the file and the problem.

Sources may name a member inside a zip as ``"archive.zip!folder/file.shp"``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pyogrio
from pyogrio.errors import (
    DataLayerError,
    DataSourceError,
    FeatureError,
    FieldError,
    GeometryError,
)
from pyproj.exceptions import CRSError
from shapely.errors import GEOSException

from gisdesk.core.crs import crs_to_string
from gisdesk.core.errors import ReadError
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io import (
    archive,
    arrow_points,
    crs_doctor,
    encoding,
    geometry_doctor,
    shapefile,
    tabular,
)
from gisdesk.io.report import ImportReport, LayerReport
from gisdesk.layers import Layer, RasterLayer, VectorLayer
from gisdesk.layers.vector import PointData
from gisdesk.styles import default_style

VECTOR_EXTS = {".shp", ".dbf", ".shx", ".gpkg", ".geojson", ".json", ".kml", ".kmz", ".fgb", ".gml",
               ".gpx", ".topojson", ".sqlite", ".geojsonl", ".geojsons"}
TABLE_EXTS = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}
RASTER_EXTS = {".tif", ".tiff", ".gtiff", ".hgt", ".img", ".vrt", ".asc", ".jp2"}
ARCHIVE_EXTS = {".zip"}

SUPPORTED_DESCRIPTION = N_(
    "Shapefile (.shp, also inside .zip), GeoPackage (.gpkg), GeoJSON, KML/KMZ, FlatGeobuf (.fgb), GML, GPX, "
    "CSV/XLSX with coordinates, GeoTIFF"
)  # shown through tr()

_FOREIGN = {"pdf", "png", "jpeg", "html"}
# inside a zip these are read in place by GDAL (/vsizip/), without unpacking
_IN_PLACE_EXTS = RASTER_EXTS | {".gpkg", ".fgb", ".geojson", ".json", ".kml", ".gml", ".gpx", ".topojson", ".sqlite"}

# What a file's first bytes (archive.sniff) should say for its extension; a mismatch is reported.
_CONTENT_FOR_EXT = {
    ".shp": {"shp"}, ".gpkg": {"sqlite"}, ".sqlite": {"sqlite"}, ".fgb": {"fgb"}, ".zip": {"zip"},
    ".tif": {"tiff"}, ".tiff": {"tiff"}, ".geojson": {"json"}, ".json": {"json"}, ".topojson": {"json"},
    ".kml": {"kml", "xml"}, ".gml": {"xml"}, ".gpx": {"xml"}, ".xlsx": {"zip"}, ".kmz": {"zip"},
}


@dataclass
class OpenResult:
    layers: list[Layer] = field(default_factory=list)
    report: ImportReport | None = None


# ------------------------------------------------------------------------------------------------
# entry points
# ------------------------------------------------------------------------------------------------
def open_path(path: str | os.PathLike[str], *, layer: str | None = None, **options: Any) -> OpenResult:
    """Read every layer of ``path`` (or only ``layer``) through the doctors.

    ``options`` are read options kept in the project so a reload makes the same choices:
    ``encoding`` (force a text encoding), ``crs`` (force a CRS), ``x``/``y``/``wkt``/``sheet`` (tables).
    """
    source = os.fspath(path)
    zip_part, member = _split_member(source)
    report = ImportReport(path=source)
    if member is not None:
        layers = _read_zip(Path(zip_part), report, only_member=member, layer=layer, options=options)
    else:
        layers = _read_any(Path(source), report, layer=layer, options=options)
    if layer is not None and not layers:
        raise ReadError(source, trf("has no layer named {layer!r}", layer=layer))
    return OpenResult(layers=layers, report=report)


def read_vector(path: str | os.PathLike[str], *, layer: str | None = None, **options: Any) -> VectorLayer:
    """The first (or the named) vector layer of ``path``."""
    result = open_path(path, layer=layer, **options)
    for lyr in result.layers:
        if isinstance(lyr, VectorLayer):
            return lyr
    raise ReadError(os.fspath(path), tr("holds no vector layer"))


def layer_from_source_state(state: dict[str, Any]) -> Layer:
    """``core.registry`` factory: rebuild a vector layer by reading its source again."""
    if "data" in state:
        from gisdesk.layers.vector import vector_from_state

        return vector_from_state(state)
    source = state.get("source")
    if not source:
        raise ValueError(trf("layer {name!r} has neither data nor source", name=state.get("name")))
    result = open_path(source, layer=state.get("source_layer"), **(state.get("read_options") or {}))
    vectors = [lyr for lyr in result.layers if isinstance(lyr, VectorLayer)]
    if not vectors:
        raise ReadError(source, tr("holds no vector layer any more"))
    return apply_layer_state(vectors[0], state, result.report)


def apply_layer_state(lyr: VectorLayer, state: dict[str, Any], report: ImportReport | None = None) -> VectorLayer:
    """What a project saves about a layer read again from its source: name, style, visibility, opacity,
    time fields and filters."""
    lyr.name = state.get("name") or lyr.name
    if state.get("style"):
        lyr.style = state["style"]
    lyr.visible = state.get("visible", True)
    lyr.opacity = state.get("opacity", 1.0)
    apply_filter_state(lyr, state, report)
    return lyr


def apply_filter_state(lyr: VectorLayer, state: dict[str, Any], report: ImportReport | None = None) -> None:
    """Time fields and attribute filters from a saved state; a column that is gone is reported, not fatal."""
    cols = set(map(str, lyr.attributes.columns))
    tf, te = state.get("time_field"), state.get("time_end_field")
    gone = [c for c in (tf, te) if c and c not in cols]
    if gone and report is not None:
        report.add("warning", "columns", trf("layer {name!r}: the time column(s) {columns} are no longer in the data; "
                                             "the layer ignores the time slider until one is chosen",
                                             name=lyr.name, columns=", ".join(gone)))
    if tf and tf in cols:
        lyr.set_time_fields(tf, te if te in cols else None)
    if state.get("filters"):
        lyr.filters = state["filters"]


# ------------------------------------------------------------------------------------------------
# dispatch
# ------------------------------------------------------------------------------------------------
def _split_member(source: str) -> tuple[str, str | None]:
    if "!" in source:
        head, member = source.split("!", 1)
        if head.lower().endswith(".zip") and os.path.isfile(head):
            return head, member
    return source, None


def _read_any(path: Path, report: ImportReport, *, layer: str | None, options: dict[str, Any]) -> list[Layer]:
    if not path.exists():
        # a shapefile member named in another case still counts (handled by the sidecar doctor)
        raise ReadError(path, tr("no such file"))
    if path.is_dir():
        if path.suffix.lower() == ".gdb":
            return _read_ogr_dataset(path, report, layer=layer, options=options)
        raise ReadError(path, tr("is a folder; open a file inside it (or the .zip of the folder)"))
    kind = archive.check_file(path)
    ext = path.suffix.lower()
    if _is_shapefile_sidecar(path):
        parts = shapefile.find_parts(path)
        main_file = parts.shp or parts.dbf
        if main_file is None:
            raise ReadError(path, trf("is a shapefile side file ({ext}) with no .shp or .dbf beside it; "
                                      "open the shapefile's .shp", ext=ext))
        report.add("info", "read", trf("{name} belongs to the shapefile {shapefile}, which was opened",
                                        name=path.name, shapefile=main_file.name))
        return [_read_shapefile(main_file, report, options)]
    if kind in _FOREIGN:
        raise ReadError(path, trf("is {kind}, not a map data file ({supported})", kind=archive.describe_kind(kind),
                                  supported=tr(SUPPORTED_DESCRIPTION)))

    expected = _kind_for_ext(ext)
    actual = _kind_for_magic(kind, ext)
    named_as = _CONTENT_FOR_EXT.get(ext)
    if actual and named_as and kind not in named_as:
        report.add("warning", "read", trf("the file is named {ext} but its content is {kind}; it was read by its "
                                           "content", ext=ext, kind=archive.describe_kind(kind)))
        expected = actual
    kind_to_use = expected or actual
    if kind_to_use == "archive":
        return _read_zip(path, report, only_member=None, layer=layer, options=options)
    if kind_to_use == "raster":
        return [_read_raster(str(path), report, options)]
    if kind_to_use == "shapefile":
        return [_read_shapefile(path, report, options)]
    if kind_to_use == "table":
        return _read_table(path, report, layer=layer, options=options)
    if kind_to_use == "vector":
        return _read_ogr_dataset(path, report, layer=layer, options=options)
    # unknown extension, unknown content: let GDAL try, as QGIS would
    try:
        return _read_ogr_dataset(path, report, layer=layer, options=options)
    except ReadError:
        raise ReadError(path, trf("is not a format gisdesk can read ({supported})",
                                  supported=tr(SUPPORTED_DESCRIPTION))) from None


_SIDECAR_SUFFIXES = (".prj", ".cpg", ".cst", ".qpj", ".sbn", ".sbx", ".qix", ".shp.xml", ".aux", ".mshp")


def _is_shapefile_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(_SIDECAR_SUFFIXES)


def _kind_for_ext(ext: str) -> str | None:
    if ext in (".shp", ".dbf", ".shx"):
        return "shapefile"
    if ext in ARCHIVE_EXTS:
        return "archive"
    if ext in RASTER_EXTS:
        return "raster"
    if ext in TABLE_EXTS:
        return "table"
    if ext in VECTOR_EXTS:
        return "vector"
    return None


def _kind_for_magic(kind: str | None, ext: str) -> str | None:
    if kind == "zip":
        return None if ext in (".xlsx", ".xlsm", ".kmz") else "archive"
    if kind == "tiff":
        return "raster"
    if kind == "shp":
        return "shapefile"
    if kind in ("sqlite", "fgb"):
        return "vector"
    if kind in ("json", "kml"):
        return None if ext in (".csv", ".txt", ".tsv") else "vector"
    return None


# ------------------------------------------------------------------------------------------------
# zip archives
# ------------------------------------------------------------------------------------------------
def _read_zip(path: Path, report: ImportReport, *, only_member: str | None, layer: str | None,
              options: dict[str, Any]) -> list[Layer]:
    members = archive.list_datasets(path)
    if only_member is not None:
        wanted = [m for m in members if m.lower() == only_member.lower()]
        if not wanted:
            raise ReadError(path, trf("the archive no longer holds {member!r}", member=only_member))
        members = wanted
    report.add("info", "read", trf("zip archive with {n} dataset(s): {names}", n=len(members),
                                    names=", ".join(members)))
    # Rasters and single-file vector formats are read in place through GDAL's zip reader (no copy, and
    # the source stays readable later); shapefiles and tables are unpacked first (sidecar doctor, Python readers).
    unpack = [m for m in members if Path(m).suffix.lower() not in _IN_PLACE_EXTS]
    layers: list[Layer] = []
    with archive.extracted(path, report, member=only_member) if unpack else contextlib.nullcontext() as folder:
        for member in members:
            src = f"{path}!{member}"
            sub = ImportReport(path=src)
            vsi = f"/vsizip/{path.absolute().as_posix()}/{member}"
            try:
                if _kind_for_ext(Path(member).suffix.lower()) == "raster":
                    got: list[Layer] = [_read_raster(vsi, sub, options)]
                elif member not in unpack:
                    got = _read_ogr_dataset(vsi, sub, layer=layer, options=options)
                else:
                    got = _read_any(folder / member, sub, layer=layer, options=options)
            except ReadError as exc:
                if only_member is not None or len(members) == 1:
                    raise ReadError(src, exc.problem) from exc
                report.add("warning", "dropped", trf("{member}: {problem}; the other files were read", member=member,
                                                     problem=exc.problem))
                continue
            for lyr in got:
                if isinstance(lyr, VectorLayer):  # rasters keep their /vsizip/ path, which GDAL reopens
                    lyr.source = src
                if getattr(lyr, "report", None) is not None:
                    lyr.report.source = src
            layers.extend(got)
            report.layers.extend(sub.layers)
            report.messages.extend(sub.messages)
    return layers


# ------------------------------------------------------------------------------------------------
# shapefiles
# ------------------------------------------------------------------------------------------------
def _read_shapefile(path: Path, report: ImportReport, options: dict[str, Any]) -> VectorLayer:
    lr = LayerReport(name=path.stem, source=str(path), driver="ESRI Shapefile")
    report.layers.append(lr)
    with shapefile.gdal_openable(path, lr) as op:
        if not op.has_shp:
            # a lone .dbf: an attribute table
            gdf = _pyogrio_read(Path(op.path), lr, layer=None, encoding="latin1")
        else:
            gdf = _pyogrio_read(Path(op.path), lr, layer=None, encoding="latin1" if op.has_dbf else None)
        declared, declared_source = _declared_dbf_encoding(op, options)
        if op.has_dbf:
            encoding.doctor_text_columns(_table(gdf), read_as="latin1", declared=declared,
                                         declared_source=declared_source, report=lr)
        prj_text = op.prj_wkt
        source_has_m = bool(getattr(op, "has_m", False))
    return _finish_vector(gdf, lr, source=str(path), source_layer=None, options=options,
                          prj_text=prj_text, source_has_m=source_has_m, index=len(report.layers) - 1)


def _declared_dbf_encoding(op: Any, options: dict[str, Any]) -> tuple[str | None, str | None]:
    if options.get("encoding"):
        return encoding.normalize_encoding_name(options["encoding"]) or options["encoding"], "user"
    if getattr(op, "cpg_encoding", None):
        return op.cpg_encoding, ".cpg"
    ldid = getattr(op, "ldid", None)
    if ldid:
        enc = encoding.ldid_to_encoding(ldid)
        if enc:
            return enc, f"DBF language id 0x{ldid:02X}"
    return None, None


# ------------------------------------------------------------------------------------------------
# other OGR datasets (GPKG, GeoJSON, KML, FlatGeobuf, GML, GPX, FileGDB...)
# ------------------------------------------------------------------------------------------------
def _read_ogr_dataset(path: Path | str, report: ImportReport, *, layer: str | None,
                      options: dict[str, Any]) -> list[Layer]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            listed = pyogrio.list_layers(path)
    except (DataSourceError, DataLayerError) as exc:
        raise ReadError(path, _gdal_problem(exc, path)) from exc
    names = [str(row[0]) for row in listed]
    types = {str(row[0]): str(row[1]) for row in listed if len(row) > 1}
    if not names:
        raise ReadError(path, tr("holds no layers"))
    if layer is not None:
        if layer not in names:
            raise ReadError(path, trf("has no layer named {layer!r} (it has: {names})", layer=layer,
                                      names=", ".join(names)))
        names = [layer]
    if len(names) > 1:
        report.add("info", "read", trf("{n} layers: {names}", n=len(names), names=", ".join(names)))
    layers: list[Layer] = []
    for name in names:
        lr = LayerReport(name=name, source=str(path))
        report.layers.append(lr)
        try:
            gdf = _pyogrio_read(path, lr, layer=name if len(listed) > 1 or layer else None,
                                geometry_type=types.get(name))
        except ReadError as exc:
            if len(names) == 1:
                raise
            report.add("warning", "dropped", trf("layer {name!r} could not be read: {problem}; the other layers "
                                                 "were read", name=name, problem=exc.problem))
            report.layers.remove(lr)
            continue
        encoding.normalize_text_columns(_table(gdf), lr)
        source_layer = name if len(listed) > 1 or layer else None
        layers.append(_finish_vector(gdf, lr, source=str(path), source_layer=source_layer, options=options,
                                     prj_text=None, source_has_m=False, index=len(report.layers) - 1))
    if not layers:
        raise ReadError(path, tr("none of its layers could be read"))
    return layers


def _pyogrio_read(path: Path | str, lr: LayerReport, *, layer: str | None,
                  encoding: str | None = None, geometry_type: str | None = None) -> gpd.GeoDataFrame | PointData:
    """Read one layer with pyogrio (Arrow), turning GDAL/GEOS failures into fallbacks or ReadError.
    A layer of 2D points comes back as ``PointData`` (coordinate arrays, see ``io.arrow_points``).
    ``geometry_type``: what ``pyogrio.list_layers`` said; for "Point" the layer is read straight away (one
    dataset open instead of three: each costs ~0.1 s for a GeoPackage inside a zip)."""
    if geometry_type == "Point":
        points = _read_as_points(path, lr, layer, encoding)
        if points is not None:
            lr.driver = lr.driver or _driver_for(path)
            return points
    kw: dict[str, Any] = {"use_arrow": True}
    if layer is not None:
        kw["layer"] = layer
    if encoding is not None:
        kw["encoding"] = encoding
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # GDAL's own remarks ("Non closed ring") become report lines below
            info = pyogrio.read_info(path, layer=layer, encoding=encoding)
    except (DataSourceError, DataLayerError) as exc:
        raise ReadError(path, _gdal_problem(exc, path)) from exc
    lr.driver = lr.driver or str(info.get("driver") or "")
    if geometry_type != "Point" and arrow_points.can_try(info):  # (not a second attempt at the same read)
        points = _read_as_points(path, lr, layer, encoding)
        if points is not None:
            return points
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            warnings.simplefilter("ignore", UserWarning)
            df = pyogrio.read_dataframe(path, **kw)
    except (GEOSException, GeometryError):
        # open rings, TIN/PolyhedralSurface...: read the raw WKB and mend what GEOS refuses
        tol_kw = {k: v for k, v in (("layer", layer), ("encoding", encoding)) if v is not None}
        df = geometry_doctor.read_tolerant(path, lr, **tol_kw)
    except UnicodeDecodeError:
        df = _read_without_binary(path, lr, info, kw)
    except (DataSourceError, DataLayerError, FieldError, FeatureError) as exc:
        raise ReadError(path, _gdal_problem(exc, path)) from exc
    except Exception as exc:  # pyarrow / GDAL odd failures: fall back to the non-Arrow reader once
        kw["use_arrow"] = False
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                df = pyogrio.read_dataframe(path, **kw)
        except Exception as exc2:  # noqa: BLE001 - anything from GDAL on broken input
            raise ReadError(path, _gdal_problem(exc2, path)) from exc
    if not isinstance(df, gpd.GeoDataFrame):
        df = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([None] * len(df), index=df.index), crs=None)
        lr.info("read", tr("an attribute table without geometry: its rows are kept as attribute-only rows"),
                count=len(df))
    lr.features_read = len(df)
    return df


def _read_as_points(path: Path | str, lr: LayerReport, layer: str | None, encoding: str | None) -> PointData | None:
    """``io.arrow_points.read_points``, or None when the layer is not plain 2D points or the fast read fails
    (the ordinary read that follows then says what is wrong)."""
    try:
        points = arrow_points.read_points(path, layer=layer, encoding=encoding)
    except Exception:  # noqa: BLE001 - reported by the ordinary read
        return None
    if points is not None:
        lr.features_read = len(points)
    return points


_DRIVERS = {".gpkg": "GPKG", ".fgb": "FlatGeobuf", ".geojson": "GeoJSON", ".json": "GeoJSON", ".kml": "KML",
            ".gml": "GML", ".gpx": "GPX", ".sqlite": "SQLite", ".shp": "ESRI Shapefile", ".geojsonl": "GeoJSONSeq",
            ".geojsons": "GeoJSONSeq", ".topojson": "TopoJSON"}


def _driver_for(path: Path | str) -> str:
    """The GDAL driver a file's extension names (for the report; "" when it says nothing)."""
    return _DRIVERS.get(Path(str(path)).suffix.lower(), "")


def _read_without_binary(path: Path, lr: LayerReport, info: dict[str, Any], kw: dict[str, Any]) -> gpd.GeoDataFrame:
    fields = list(info.get("fields", []))
    ogr_types = list(info.get("ogr_types", []))
    binary = [f for f, t in zip(fields, ogr_types, strict=False) if t == "OFTBinary"]
    keep = [f for f in fields if f not in binary]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            df = pyogrio.read_dataframe(path, columns=keep, **kw)
    except Exception as exc:  # noqa: BLE001
        raise ReadError(path, trf("its text could not be decoded ({error})", error=exc)) from exc
    if binary:
        lr.warn("dropped", trf("binary (BLOB) column(s) {columns} could not be read and were left out",
                                 columns=", ".join(binary)))
    return df


def _gdal_problem(exc: Exception, path: Path) -> str:
    text = str(exc).replace(str(path), "").strip(" :'\"")
    low = text.lower()
    if "not recognized as" in low or "not recognised as" in low:
        return trf("is not a format gisdesk can read ({supported})", supported=tr(SUPPORTED_DESCRIPTION))
    if "no such file" in low:
        return tr("no such file")
    if "permission denied" in low:
        return tr("permission denied")
    return trf("could not be read: {error}", error=text) if text else tr("could not be read")


# ------------------------------------------------------------------------------------------------
# tables (CSV / XLSX)
# ------------------------------------------------------------------------------------------------
def _read_table(path: Path, report: ImportReport, *, layer: str | None, options: dict[str, Any]) -> list[Layer]:
    table_opts = {k: options[k] for k in ("x", "y", "wkt", "crs") if options.get(k)}
    sheets: list[str | None] = [None]
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if layer is not None or options.get("sheet") is not None:
            sheets = [layer if layer is not None else options["sheet"]]
        else:
            sheets = list(tabular.list_sheets(path)) or [None]
    layers: list[Layer] = []
    for sheet in sheets:
        lr = LayerReport(name=str(sheet) if sheet is not None else path.stem, source=str(path),
                         driver="XLSX" if sheet is not None else "CSV")
        report.layers.append(lr)
        try:
            gdf = tabular.read_table(path, lr, sheet=sheet, **table_opts)
        except ReadError as exc:
            if len(sheets) == 1:
                raise
            report.layers.remove(lr)
            report.add("warning", "dropped", trf("sheet {sheet!r}: {problem}", sheet=sheet, problem=exc.problem))
            continue
        lr.features_read = lr.features_read or len(gdf)
        layers.append(_finish_vector(gdf, lr, source=str(path), source_layer=str(sheet) if len(sheets) > 1 else None,
                                     options=options, prj_text=None, source_has_m=False,
                                     index=len(report.layers) - 1, crs_checked=True))
    if not layers:
        raise ReadError(path, tr("no sheet holds a table"))
    return layers


# ------------------------------------------------------------------------------------------------
# rasters
# ------------------------------------------------------------------------------------------------
def _read_raster(source: str, report: ImportReport, options: dict[str, Any]) -> RasterLayer:
    lyr = RasterLayer(source, crs=options.get("crs"))
    lr = LayerReport(name=lyr.name, source=source, driver=lyr.driver, crs=lyr.crs,
                     crs_status="declared" if lyr.crs else "none")
    report.layers.append(lr)
    lr.info("read", trf("{width} × {height} pixels, {bands} band(s) ({types}), {levels} overview level(s)",
                        width=lyr.width, height=lyr.height, bands=lyr.count, types=", ".join(sorted(set(lyr.dtypes))),
                        levels=len(lyr.overviews)))
    if options.get("crs"):
        lr.crs_status = "overridden"
    elif lyr.crs is None:
        lr.warn("crs", tr("the raster has no CRS: it cannot be placed on the map with other layers until one is set"))
    if lyr.is_rotated:
        lr.warn("read", tr("the raster is rotated (its geotransform has rotation terms); it is drawn by its bounding "
                           "box"))
    if lyr.nodata is None:
        lr.info("read", tr("no nodata value is set; every pixel is treated as data"))
    lyr.report = lr
    return lyr


# ------------------------------------------------------------------------------------------------
# common tail: doctors + layer
# ------------------------------------------------------------------------------------------------
def _finish_vector(gdf: gpd.GeoDataFrame | PointData, lr: LayerReport, *, source: str,
                   source_layer: str | None, options: dict[str, Any], prj_text: str | None, source_has_m: bool,
                   index: int, crs_checked: bool = False) -> VectorLayer:
    if isinstance(gdf, PointData):
        gdf = geometry_doctor.doctor_points(gdf, lr)
    else:
        gdf = geometry_doctor.doctor_geometries(gdf, lr, source_has_m=source_has_m)
    if options.get("crs"):
        gdf = _with_crs(gdf, options["crs"])
        lr.crs_status = "overridden"
        lr.info("crs", trf("CRS set by the user: {crs}", crs=options["crs"]))
    elif not crs_checked:
        missing = N_("No .prj") if lr.driver == "ESRI Shapefile" else N_("No CRS was declared")  # tr() in doctor_crs
        # the geometry doctor has already removed (and reported) absurd coordinates: plain bounds suffice
        bounds = _finite_bounds(gdf)
        decision = crs_doctor.doctor_crs(gdf.crs, bounds, lr, prj_text=prj_text, missing=missing)
        if decision.crs is not None and (gdf.crs is None or decision.status == "guessed"):
            gdf = _with_crs(gdf, decision.crs)
        lr.crs_status = decision.status
    lr.crs = crs_to_string_safe(gdf.crs)
    lr.features_kept = len(gdf)
    name = lr.name
    style = default_style(_family(lr.geometry_types), index)
    layer = VectorLayer(gdf, name=name, source=source, source_layer=source_layer,
                        read_options={k: v for k, v in options.items() if v is not None}, style=style, report=lr)
    return layer


def _table(data: gpd.GeoDataFrame | PointData) -> Any:
    """The frame whose text columns the encoding doctors fix in place."""
    return data.table if isinstance(data, PointData) else data


def _with_crs(data: gpd.GeoDataFrame | PointData, crs: Any) -> gpd.GeoDataFrame | PointData:
    if isinstance(data, PointData):
        return dataclasses.replace(data, crs=crs_to_string(crs))
    return data.set_crs(crs, allow_override=True)


def crs_to_string_safe(crs: Any) -> str | None:
    try:
        return crs_to_string(crs)
    except CRSError:  # a CRS pyproj cannot express is reported as none
        return None


def _finite_bounds(gdf: gpd.GeoDataFrame | PointData) -> tuple[float, float, float, float] | None:
    if len(gdf) == 0:
        return None
    if isinstance(gdf, PointData):
        ok = gdf.present
        if not ok.any():
            return None
        x, y = gdf.x[ok], gdf.y[ok]
        return float(x.min()), float(y.min()), float(x.max()), float(y.max())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN (no geometry at all)
        b = gdf.total_bounds
    return tuple(float(v) for v in b) if np.isfinite(b).all() else None


def _family(types: dict[str, int]) -> str | None:
    fams = set()
    for t in types:
        if t in ("Polygon", "MultiPolygon"):
            fams.add("polygon")
        elif t in ("LineString", "MultiLineString", "LinearRing"):
            fams.add("line")
        elif t in ("Point", "MultiPoint"):
            fams.add("point")
    return fams.pop() if len(fams) == 1 else None


__all__ = ["OpenResult", "layer_from_source_state", "open_path", "read_vector"]
