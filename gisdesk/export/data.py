"""Export a vector layer (all of it, what the map shows, or the selection) to a data file. No Qt here.

``export_layer(layer, path, scope=..., window=..., crs=..., keep_personal=...)`` writes through
``gisdesk.io.writers.write_layer`` (GeoPackage, GeoJSON, shapefile with ``.cpg``, FlatGeobuf, CSV, Excel; the
format follows the file's extension; the write is atomic) and returns an :class:`ExportResult`.

Scopes:

* ``"all"``: every row of the layer, whatever the filters and the time window.
* ``"shown"``: what the map shows: the rows kept by the layer's attribute filters and the time ``window``
  (``layer.visible_rows(window)``, the one mask the map, the table and the analyses use).
* ``"selection"``: the selected rows **that are also shown** (as the analyses' "Selected features only"):
  a selected row hidden by a filter or outside the time window is not exported, and the result's notes say how
  many were left out. An empty selection, or a selection that is entirely hidden, is an :class:`ExportError`.

Exports meant for the public leave out personal columns (the reporter's name, phone, e-mail...) unless
``keep_personal=True``; :func:`personal_columns` finds them by name, in English and Vietnamese, ignoring case,
accents and separators ("Họ tên", "SĐT", "reporterPhone", "Số điện thoại").

A point layer held as arrays (``PointData``) gets shapely points built for the exported rows only: exporting 10
selected requests of a million builds 10 points, and the layer's own GeoDataFrame is never built or cached.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np

from gisdesk.core.crs import crs_to_string
from gisdesk.core.i18n import tr, trf
from gisdesk.io.report import LayerReport
from gisdesk.io.writers import WriteError, format_for, write_layer
from gisdesk.layers.vector import PointData

__all__ = ["SCOPES", "ExportCancelled", "ExportError", "ExportResult", "export_layer", "export_rows",
           "personal_columns"]

SCOPES = ("shown", "all", "selection")

ProgressFn = Callable[[float, str], None]


class ExportError(WriteError):
    """What to export is wrong (nothing selected, nothing shown...). A :class:`WriteError`, so one ``except
    WriteError`` catches every export failure; ``str(error)`` is ``"<path>: <problem>"``."""


class ExportCancelled(Exception):
    """The export was cancelled before anything was written."""


@dataclass
class ExportResult:
    path: Path  # the file written (for a shapefile: the .shp; its .shx/.dbf/.prj/.cpg sit beside it)
    rows: int  # rows written
    scope: str
    crs: str | None  # the CRS of the file ("EPSG:xxxx" or WKT2)
    dropped_columns: list[str] = field(default_factory=list)  # personal columns left out
    report: LayerReport | None = None  # what the writer had to change (renamed fields, reprojection...)
    notes: list[str] = field(default_factory=list)  # plain English sentences for the user

    def summary(self) -> str:
        return "\n".join(self.notes)


# -- personal columns -------------------------------------------------------------------------------------------
# Matched on the name folded to ASCII words: "Số điện thoại" -> ("so", "dien", "thoai"), "reporterPhone" ->
# ("reporter", "phone"), "SĐT" -> ("sdt",).
_PERSONAL_WORDS = frozenset({
    "email", "emails", "phone", "phones", "telephone", "tel", "mobile", "cellphone", "fax", "phonenumber",
    "firstname", "lastname", "fullname", "surname", "forename", "givenname",
    "sdt", "dtdd", "cmnd", "cccd", "passport", "hoten",
})
_PERSONAL_PHRASES = (
    ("e", "mail"), ("first", "name"), ("last", "name"), ("full", "name"), ("given", "name"), ("family", "name"),
    ("middle", "name"), ("person", "name"), ("national", "id"), ("id", "card"),
    # Vietnamese, folded: họ tên, họ và tên, người phản ánh, người gửi, (số) điện thoại, di động, thư điện tử,
    # địa chỉ email (via "email"), căn cước
    ("ho", "ten"), ("ho", "va", "ten"), ("nguoi", "phan", "anh"), ("nguoi", "gui"), ("nguoi", "bao"),
    ("dien", "thoai"), ("di", "dong"), ("thu", "dien", "tu"), ("can", "cuoc"),
)
# a name that starts with one of these is about the person who reported (reporter_name, contact_phone...)
_PERSONAL_PREFIXES = frozenset({"reporter", "requester", "contact", "submitter", "complainant", "caller"})

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _name_words(name: Any) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", str(name))
    text = _CAMEL.sub(" ", text)
    decomposed = unicodedata.normalize("NFD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")
    return tuple(w for w in _NON_WORD.split(folded) if w)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


def _is_personal(name: Any) -> bool:
    words = _name_words(name)
    if not words:
        return False
    if words[0] in _PERSONAL_PREFIXES:
        return True
    if any(w in _PERSONAL_WORDS for w in words):
        return True
    return any(_contains(words, p) for p in _PERSONAL_PHRASES)


def personal_columns(columns: Iterable[Any]) -> list[str]:
    """The columns whose names say they hold personal data (names, phones, e-mails, ID numbers of people),
    in their order. Case, accents, Unicode form (NFC/NFD) and separators are ignored. The location of a
    request (``address``) and names of places or services (``ward_name``, ``service_name``) are not personal."""
    return [str(c) for c in columns if _is_personal(c)]


# -- rows -------------------------------------------------------------------------------------------------------
def export_rows(layer: Any, scope: str = "shown", window: Any = None, *, path: Any = "") -> tuple[np.ndarray | None, list[str]]:
    """The row positions an export of ``scope`` writes (None: every row) and notes about them.
    Raises :class:`ExportError` when the scope leaves nothing (``path`` names the target in the message)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")  # programming error
    name = getattr(layer, "name", None) or tr("the layer")
    n = len(layer)
    notes: list[str] = []
    if scope == "all":
        return None, notes
    mask = layer.visible_rows(window)
    if scope == "shown":
        if mask is None:
            return None, notes
        rows = np.flatnonzero(mask)
        if not len(rows):
            raise ExportError(path, trf("no feature of {name!r} is shown on the map (the filters and the time window "
                                        "hide all of them), so there is nothing to export; widen the time window, "
                                        "clear the filters or export all features.", name=name))
        hidden = n - len(rows)
        if hidden:
            notes.append(trf("{hidden:,} of {n:,} features hidden by the filters or the time window were left out.",
                             hidden=hidden, n=n))
        return rows, notes
    # selection
    sel = np.asarray(layer.selection, dtype=np.int64)
    if not len(sel):
        raise ExportError(path, trf("nothing is selected in {name!r}; select features on the map or in the "
                                    "attribute table first, or export the features shown on the map.", name=name))
    rows = sel if mask is None else sel[mask[sel]]
    if not len(rows):
        raise ExportError(path, trf("the {n:,} selected features of {name!r} are all hidden by the filters "
                                    "or the time window, so there is nothing to export; widen the time window or "
                                    "clear the filters.", n=len(sel), name=name))
    hidden = len(sel) - len(rows)
    if hidden:
        notes.append(trf("{n:,} selected feature is hidden by the filters or the time window and was left out.",
                         n=hidden) if hidden == 1 else
                     trf("{n:,} selected features are hidden by the filters or the time window and were left out.",
                         n=hidden))
    return rows, notes


def export_frame(layer: Any, rows: np.ndarray | None, keep: list[Any]) -> gpd.GeoDataFrame:
    """The rows and columns to write as a GeoDataFrame, building point geometries for these rows only."""
    points: PointData | None = getattr(layer, "points", None)
    if points is not None and not layer.geometries_built:
        table = points.table[keep]
        if rows is not None:
            table = table.iloc[rows]
            x, y = points.x[rows], points.y[rows]
        else:
            x, y = points.x, points.y
        sub = PointData(table.reset_index(drop=True), x, y, crs=points.crs, geometry_name=points.geometry_name)
        return sub.to_geodataframe()
    gdf = layer.data
    cols = [*keep, gdf.geometry.name]
    out = gdf[cols] if rows is None else gdf.iloc[rows][cols]
    return out.reset_index(drop=True)


# -- export -----------------------------------------------------------------------------------------------------
def export_layer(
    layer: Any,
    path: str | os.PathLike[str],
    *,
    scope: str = "shown",
    window: Any = None,
    crs: Any = None,
    keep_personal: bool = False,
    layer_name: str | None = None,
    cancel: Callable[[], bool] | None = None,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Write ``layer`` (``scope`` "shown", "all" or "selection"; ``window`` the project's time window) to
    ``path``, the format following its extension. ``crs``: reproject to it (None: keep the layer's; GeoJSON is
    then WGS 84 as RFC 7946 asks). ``keep_personal``: keep the columns :func:`personal_columns` finds (left out
    by default). ``layer_name``: the table name in a GeoPackage / the sheet name in Excel (default: the layer's
    name). ``cancel()`` is polled before the write starts (the write itself runs to its end; it is atomic):
    when it returns True, :class:`ExportCancelled` is raised and nothing is written. ``progress(fraction,
    message)`` is called along the way.

    Raises :class:`WriteError` (:class:`ExportError` when the scope leaves nothing) with the path and the
    problem in plain words; a failed export leaves no file (and any previous file as it was)."""
    path = Path(path)
    say = progress or (lambda _f, _m: None)
    stop = cancel or (lambda: False)
    fmt = format_for(path)  # an unknown extension fails here, before any work
    if path.is_dir():
        raise ExportError(path, tr("this is a folder, not a file name."))
    target_crs = None
    if crs is not None:
        try:
            target_crs = crs_to_string(crs)
        except Exception as exc:  # pyproj.exceptions.CRSError
            raise ExportError(path, trf("{crs!r} is not a coordinate reference system this program knows ({exc}).",
                                        crs=crs, exc=exc)) from exc
        if target_crs is None:
            raise ExportError(path, trf("{crs!r} is not a coordinate reference system.", crs=crs))

    say(0.05, tr("Choosing the rows"))
    rows, notes = export_rows(layer, scope, window, path=path)
    n_rows = len(layer) if rows is None else len(rows)

    columns = [c for c in layer.attributes.columns if str(c) != layer.geometry_name]
    personal = personal_columns(columns)
    if keep_personal or not personal:
        keep, dropped = columns, []
    else:
        drop = set(personal)
        keep = [c for c in columns if str(c) not in drop]
        dropped = personal
    if stop():
        raise ExportCancelled()

    say(0.15, tr("Building the features"))
    gdf = export_frame(layer, rows, keep)
    if stop():
        raise ExportCancelled()

    say(0.4, tr("Writing the file"))
    report = LayerReport(name=layer_name or getattr(layer, "name", "") or path.stem, source=str(path), driver=fmt)
    written = write_layer(gdf, path, layer_name=layer_name or getattr(layer, "name", None) or None,
                          to_crs=target_crs, report=report)
    report.features_read = len(layer)
    report.features_kept = n_rows
    out_crs = target_crs or (("EPSG:4326" if layer.crs else None) if fmt == "GeoJSON" else layer.crs)
    report.crs = out_crs
    say(1.0, tr("Done"))

    what = {"all": tr("all features"), "shown": tr("the features shown on the map"),
            "selection": tr("the selected features")}[scope]
    lines = [trf("{n:,} feature was written to {file} ({what}).", n=n_rows, file=written.name, what=what)
             if n_rows == 1 else
             trf("{n:,} features were written to {file} ({what}).", n=n_rows, file=written.name, what=what)]
    lines += notes
    if dropped:
        lines.append(trf("Personal column left out: {columns}. Tick 'Keep personal columns' to keep it.",
                         columns=", ".join(dropped)) if len(dropped) == 1 else
                     trf("Personal columns left out: {columns}. Tick 'Keep personal columns' to keep them.",
                         columns=", ".join(dropped)))
    elif keep_personal and personal:
        lines.append(trf("The file holds personal data ({columns}), as asked: do not publish it.",
                         columns=", ".join(personal)))
    lines += [m.text for m in report.messages]
    return ExportResult(path=written, rows=n_rows, scope=scope, crs=out_crs, dropped_columns=list(dropped),
                        report=report, notes=lines)
