"""QPainterPath from numpy arrays without a Python loop per vertex.

The approach of pyqtgraph's ``arrayToQPath``: write the binary form QDataStream uses for a QPainterPath
with numpy and let Qt read it back. Qt 6 serialises a path as

    int32 element count
    per element: int32 type (0 MoveTo, 1 LineTo, 2 CurveTo, 3 CurveToData), float64 x, float64 y
    int32 cStart (index of the current subpath's MoveTo), int32 fill rule (0 OddEven, 1 Winding)

We write it little-endian and tell the stream so. Qt drops elements with non-finite coordinates, so the
caller passes finite numbers only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

MOVE_TO, LINE_TO, CURVE_TO, CURVE_DATA = 0, 1, 2, 3
ODD_EVEN, WINDING = 0, 1

_ELEMENT = np.dtype([("type", "<i4"), ("x", "<f8"), ("y", "<f8")])

# a unit circle as Qt draws it: a MoveTo and four cubic Bézier quarter arcs (13 elements)
_K = 0.5522847498307936
_CIRCLE_XY = np.array(
    [[1, 0], [1, _K], [_K, 1], [0, 1], [-_K, 1], [-1, _K], [-1, 0], [-1, -_K], [-_K, -1], [0, -1], [_K, -1],
     [1, -_K], [1, 0]], dtype=np.float64)
_CIRCLE_TYPES = np.array([MOVE_TO] + [CURVE_TO, CURVE_DATA, CURVE_DATA] * 4, dtype=np.int32)


def path_from_elements(types: np.ndarray, x: np.ndarray, y: np.ndarray, fill_rule: int = WINDING) -> QPainterPath:
    """A QPainterPath with the given element types and coordinates (all finite; the first a MoveTo)."""
    n = len(types)
    path = QPainterPath()
    if n == 0:
        return path
    buf = np.empty(4 + n * _ELEMENT.itemsize + 8, dtype=np.uint8)
    buf[:4] = np.frombuffer(np.int32(n).astype("<i4").tobytes(), dtype=np.uint8)
    body = buf[4:4 + n * _ELEMENT.itemsize].view(_ELEMENT)
    body["type"] = types
    body["x"] = x
    body["y"] = y
    moves = np.flatnonzero(np.asarray(types) == MOVE_TO)
    c_start = int(moves[-1]) if moves.size else 0
    buf[-8:] = np.frombuffer(np.array([c_start, fill_rule], dtype="<i4").tobytes(), dtype=np.uint8)
    data = QByteArray(buf.tobytes())  # keep a reference: the stream reads from it
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    stream >> path
    if stream.status() != QDataStream.Status.Ok:  # pragma: no cover - the format is fixed by Qt
        raise RuntimeError(f"QPainterPath stream read failed ({stream.status()})")
    return path


def path_from_rings(x: np.ndarray, y: np.ndarray, starts: np.ndarray, fill_rule: int = WINDING) -> QPainterPath:
    """Polylines or polygon rings: vertex i starts a new subpath where ``starts[i]`` (``starts[0]`` must be set)."""
    types = np.where(starts, MOVE_TO, LINE_TO).astype(np.int32)
    return path_from_elements(types, x, y, fill_rule)


def circles_path(x: np.ndarray, y: np.ndarray, radius: float) -> QPainterPath:
    """One path holding a circle of ``radius`` around each (x, y)."""
    n = len(x)
    if n == 0:
        return QPainterPath()
    types = np.tile(_CIRCLE_TYPES, n)
    xs = (np.asarray(x, dtype=np.float64)[:, None] + radius * _CIRCLE_XY[None, :, 0]).ravel()
    ys = (np.asarray(y, dtype=np.float64)[:, None] + radius * _CIRCLE_XY[None, :, 1]).ravel()
    return path_from_elements(types, xs, ys, WINDING)
