"""Labels from a column, with a halo, placed greedily without overlaps.

The labels of a layer come from ``style["labels"]`` (``gisdesk.styles.renderers.LabelSettings``). Anchors
are a point on the surface of each feature (cached per layer and CRS); candidates are the drawn features
whose anchor is in view, largest first. Each is placed if its box (plus a small gap) does not overlap a
label already placed (a coarse occupancy grid in numpy); all placed texts go into one QPainterPath per
layer, stroked once for the halo and filled once. A layer with more than ``MAX_CANDIDATES`` candidates
in view is not labelled (the labels would be unreadable; zoom in).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)

MAX_CANDIDATES = 3000
CELL = 4  # pixels per cell of the collision grid
GAP_PX = 2.0


@dataclass
class LabelJob:
    """Everything needed to place one layer's labels (collected while the layer is drawn)."""

    settings: Any  # LabelSettings
    x: np.ndarray  # anchors in pixels
    y: np.ndarray
    texts: list[str]
    offset_px: np.ndarray  # horizontal offset from the anchor (points: beside the marker), 0 = centred


def make_job(layer: Any, settings: MapSettings, label_settings: Any, anchors: tuple[np.ndarray, ...],
             drawn: np.ndarray, marker_radius_px: np.ndarray | None) -> LabelJob | None:
    """The label candidates of a layer in this frame, or None when there are none (or too many)."""
    ax, ay, size = anchors
    minx, miny, maxx, maxy = settings.visible_extent()
    res = settings.resolution()
    inview = drawn & np.isfinite(ax) & (ax >= minx) & (ax <= maxx) & (ay >= miny) & (ay <= maxy)
    rows = np.flatnonzero(inview)
    if rows.size == 0:
        return None
    if rows.size > MAX_CANDIDATES:
        log.info("layer %r: %d labels in view, more than %d: not labelled at this scale",
                 getattr(layer, "name", "?"), rows.size, MAX_CANDIDATES)
        return None
    column = label_settings.column
    data = layer.attributes
    if column not in data.columns or column == layer.geometry_name:
        return None
    rows = rows[np.argsort(-size[rows], kind="stable")]  # largest features first
    values = data[column].iloc[rows]
    keep = values.notna().to_numpy()
    rows = rows[keep]
    texts = [unicodedata.normalize("NFC", str(v)).strip() for v in values[keep].tolist()]
    nonempty = np.array([bool(t) for t in texts], dtype=bool)
    rows = rows[nonempty]
    texts = [t for t, ok in zip(texts, nonempty, strict=True) if ok]
    if not texts:
        return None
    px = (ax[rows] - minx) / res
    py = (maxy - ay[rows]) / res
    offset = marker_radius_px[rows] if marker_radius_px is not None else np.zeros(len(rows))
    return LabelJob(label_settings, px, py, texts, offset)


def draw_labels(painter: QPainter, settings: MapSettings, jobs: list[LabelJob]) -> None:
    """Place and draw the labels of ``jobs`` (the first job has priority)."""
    if not jobs:
        return
    w, h = settings.size
    grid = np.zeros((h // CELL + 2, w // CELL + 2), dtype=bool)
    for job in jobs:
        ls = job.settings
        size_px = max(1, round(float(ls.size_pt) * settings.dpi / 72.0))
        font = QFont()
        font.setPixelSize(size_px)
        metrics = QFontMetricsF(font)
        ascent, descent = metrics.ascent(), metrics.descent()
        path = QPainterPath()
        placed = 0
        for x, y, off, text in zip(job.x.tolist(), job.y.tolist(), job.offset_px.tolist(), job.texts, strict=True):
            tw = metrics.horizontalAdvance(text)
            if off > 0:  # beside a marker, vertically centred on it
                left = x + off + GAP_PX
            else:
                left = x - tw / 2.0
            top = y - (ascent + descent) / 2.0
            right, bottom = left + tw, top + ascent + descent
            if right < 0 or bottom < 0 or left > w or top > h:
                continue
            c0 = max(0, int((left - GAP_PX) // CELL))
            c1 = min(grid.shape[1] - 1, int((right + GAP_PX) // CELL))
            r0 = max(0, int((top - GAP_PX) // CELL))
            r1 = min(grid.shape[0] - 1, int((bottom + GAP_PX) // CELL))
            cells = grid[r0:r1 + 1, c0:c1 + 1]
            if cells.any():
                continue
            cells[...] = True
            path.addText(QPointF(left, top + ascent), font, text)
            placed += 1
        if not placed:
            continue
        halo_px = float(ls.halo_width_mm) * settings.dpi / 25.4
        if halo_px > 0 and ls.halo_color[3] > 0:
            pen = QPen(QColor(*ls.halo_color), 2.0 * halo_px)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(path, pen)
        painter.fillPath(path, QColor(*ls.color))
