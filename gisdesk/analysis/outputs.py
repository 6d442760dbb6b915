"""Writing an analysis result to a file (no Qt): layers through ``io.writers``, tables as CSV/XLSX, rasters
as GeoTIFF; every write goes to a temporary file renamed into place."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.analysis.base import AnalysisError, LayerInput, Result
from gisdesk.core.fileutil import atomic_path
from gisdesk.core.i18n import trf

LAYER_SUFFIXES = (".gpkg", ".geojson", ".json", ".shp", ".fgb", ".csv", ".xlsx")
TABLE_SUFFIXES = (".csv", ".xlsx")
RASTER_SUFFIXES = (".tif", ".tiff")


def selected_frame(li: LayerInput, rows: np.ndarray) -> Any:
    """The given rows of a layer as a GeoDataFrame (what a "select" result writes)."""
    import geopandas as gpd

    layer = li.layer
    rows = np.asarray(rows, dtype=np.int64)
    table = layer.attributes.iloc[rows].reset_index(drop=True)
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(list(layer.geometries(rows)), crs=layer.crs).values,
                            crs=layer.crs)


def write_result(result: Result, path: str | os.PathLike[str], inputs: dict[str, Any] | None = None) -> Path:
    """Write what ``result`` holds to ``path`` (its suffix picks the format); returns the path.

    A raster result needs .tif; a layer result .gpkg/.geojson/.shp/.fgb/.csv/.xlsx; a table-only result
    .csv/.xlsx; a selection is written as the selected features of its input layer. AnalysisError when the
    suffix does not fit the result, or the write fails (the message names the file and the problem).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if result.raster is not None:
        if suffix not in RASTER_SUFFIXES:
            raise AnalysisError(trf("{name} is a raster; write it to a .tif file, not {file}.", name=result.name,
                                    file=target.name))
        with atomic_path(target) as tmp:
            shutil.copyfile(result.raster, tmp)
        return target
    if suffix in TABLE_SUFFIXES and result.table is not None:  # a layer with a fuller table (e.g. per ward)
        write_table(result.table, target)
        return target
    layer = result.layer
    if layer is None and result.selection is not None and inputs is not None:
        name, rows = result.selection
        layer = selected_frame(inputs[name], rows)
    if layer is not None:
        if suffix not in LAYER_SUFFIXES:
            raise AnalysisError(trf("{name} is a layer; write it to one of {suffixes}, not {file}.",
                                    name=result.name, suffixes=", ".join(LAYER_SUFFIXES), file=target.name))
        from gisdesk.io.writers import WriteError, write_layer

        try:
            return write_layer(layer, target)
        except WriteError as exc:
            raise AnalysisError(str(exc)) from exc
    if result.table is not None:
        if suffix not in TABLE_SUFFIXES:
            raise AnalysisError(trf("{name} is a table; write it to a .csv or .xlsx file, not {file}.",
                                    name=result.name, file=target.name))
        write_table(result.table, target)
        return target
    raise AnalysisError(trf("{name} has nothing to write.", name=result.name))


def write_table(table: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """A table as CSV (UTF-8 with a BOM, so Excel on Windows reads Vietnamese right) or XLSX, atomically.
    Time-zone-aware times are written as ISO 8601 with their offset (Excel cannot hold zones)."""
    target = Path(path)
    out = table.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            out[col] = s.map(lambda t: t.isoformat() if pd.notna(t) else None)
    try:
        with atomic_path(target) as tmp:
            if target.suffix.lower() == ".xlsx":
                out.to_excel(tmp, index=False, engine="openpyxl")
            else:
                out.to_csv(tmp, index=False, encoding="utf-8-sig")
    except OSError as exc:
        raise AnalysisError(trf("{file}: could not write the table ({problem}).", file=str(target),
                                problem=exc.strerror or str(exc))) from exc
    return target
