"""Heatmap maths (Qt-free): a kernel density surface on a pixel grid and its colouring.

``density_grid`` bins the points into pixels (``np.bincount``) and spreads each pixel's weight with a quartic
(biweight) kernel of the given radius through an FFT convolution (``scipy.fft``): the cost depends on the grid
size, not on the number of points, and no Python code runs per point. The quartic kernel is the one QGIS's
heatmap renderer uses: ``(1 - (d/r)^2)^2`` within the radius, 0 beyond it, so by default a pixel's value is
the weighted number of points near it (1 right on an isolated point) and a fixed ``max_value`` means the same
at any zoom and dpi.

``colorize`` turns the grid into straight (non-premultiplied) RGBA bytes through a colour ramp; pixels with no
density are transparent. Row 0 is the top of the image (pixel y grows downwards), so the array can be wrapped
in a ``QImage(..., Format_RGBA8888)`` as it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from gisdesk.core.i18n import trf
from gisdesk.styles.ramps import RAMPS, ramp_lut


def quartic_kernel(radius_px: float, normalize: bool = False) -> np.ndarray:
    """The quartic kernel sampled at pixel offsets, shape (2h+1, 2h+1) with h = floor(radius_px).

    Peak 1 at the centre; with ``normalize`` it sums to 1 instead. A radius below 1 pixel gives [[1]].
    """
    r = float(radius_px)
    if not math.isfinite(r) or r < 0:
        raise ValueError(trf("the heatmap radius must be a finite number of pixels >= 0, got {radius!r}",
                             radius=radius_px))
    half = math.floor(r)
    if half == 0:
        kernel = np.ones((1, 1))
    else:
        d = np.arange(-half, half + 1, dtype=np.float64)
        u2 = (d[:, None] ** 2 + d[None, :] ** 2) / (r * r)
        kernel = np.where(u2 < 1.0, (1.0 - u2) ** 2, 0.0)
    if normalize:
        kernel = kernel / kernel.sum()
    return kernel


def density_grid(
    x_px: Any,
    y_px: Any,
    width: int,
    height: int,
    radius_px: float,
    weights: Any = None,
    normalize: bool = False,
) -> np.ndarray:
    """The kernel density of points on a ``height`` x ``width`` pixel grid, as float32 (row 0 at the top).

    ``x_px``, ``y_px``: point positions in pixels (x to the right, y downwards; a point at 10.7 lies in pixel
    10). Points outside the grid still count where their kernel reaches into it; non-finite positions are
    skipped. ``weights``: one per point (None: 1 each; NaN and negative weights count as 0).
    ``normalize``: scale the kernel to sum 1, so the grid sums to the total weight of the points whose kernel
    lies inside it; otherwise (default) the kernel peaks at 1 (see the module docstring).
    """
    width, height = int(width), int(height)
    if width <= 0 or height <= 0:
        raise ValueError(f"the heatmap grid must be at least 1x1 pixel, got {width}x{height}")  # programming error
    kernel = quartic_kernel(radius_px, normalize)
    half = kernel.shape[0] // 2
    x = np.asarray(x_px, dtype=np.float64).ravel()
    y = np.asarray(y_px, dtype=np.float64).ravel()
    if x.shape != y.shape:
        raise ValueError(f"x_px and y_px differ in length ({x.size} and {y.size})")  # programming error
    w = None
    if weights is not None:
        w = np.asarray(weights, dtype=np.float64).ravel()
        if w.shape != x.shape:
            raise ValueError(f"weights has {w.size} values for {x.size} points")  # programming error
        w = np.where(w > 0, w, 0.0)  # NaN compares False: 0 too
    # bin into a grid padded by the kernel half-size, so points just outside still reach in
    pw, ph = width + 2 * half, height + 2 * half
    with np.errstate(invalid="ignore"):
        ix = np.floor(x) + half
        iy = np.floor(y) + half
        keep = (ix >= 0) & (ix < pw) & (iy >= 0) & (iy < ph)  # False for NaN/inf
    flat = iy[keep].astype(np.int64) * pw + ix[keep].astype(np.int64)
    binned = np.bincount(flat, weights=None if w is None else w[keep], minlength=pw * ph)
    if not binned.any():
        return np.zeros((height, width), dtype=np.float32)
    binned = binned.reshape(ph, pw).astype(np.float64, copy=False)
    if half == 0:
        return (binned * kernel[0, 0]).astype(np.float32)
    full = _fft_convolve(binned, kernel)  # shape (ph + 2h, pw + 2h); grid pixel (0, 0) is at (2h, 2h)
    out = full[2 * half:2 * half + height, 2 * half:2 * half + width]
    # FFT round-off leaves ~1e-16 x total noise where the true density is 0: clear it, so "no density" stays
    # exactly 0 (transparent once coloured). The smallest true non-zero value is far above this.
    tol = 1e-12 * float(binned.sum()) * float(kernel.max())
    out = np.where(out > tol, out, 0.0)
    return out.astype(np.float32)


def _fft_convolve(a: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """The full 2-D linear convolution of ``a`` and ``kernel`` through real FFTs (scipy.fft, all cores)."""
    import scipy.fft as sfft  # imported on first use: keeps app start-up light

    shape = (a.shape[0] + kernel.shape[0] - 1, a.shape[1] + kernel.shape[1] - 1)
    fshape = tuple(sfft.next_fast_len(n, real=True) for n in shape)
    spec = sfft.rfft2(a, s=fshape, workers=-1) * sfft.rfft2(kernel, s=fshape, workers=-1)
    return sfft.irfft2(spec, s=fshape, workers=-1)[: shape[0], : shape[1]]


def colorize(
    grid: np.ndarray,
    ramp: str | Sequence[Any] = "heat",
    max_value: float | None = None,
) -> np.ndarray:
    """RGBA bytes (height, width, 4), straight alpha, for a density grid coloured by ``ramp``.

    Values are scaled by ``max_value`` (None: the grid's maximum) and clipped to the ramp's ends; pixels
    with no density (<= 0) are fully transparent.
    """
    g = np.asarray(grid, dtype=np.float32)
    if g.ndim != 2:
        raise ValueError(f"a density grid is 2-D, got shape {g.shape}")  # programming error
    vmax = float(np.nanmax(g)) if max_value is None and g.size else float(max_value or 0.0)
    out = np.zeros((*g.shape, 4), dtype=np.uint8)
    if not (vmax > 0 and math.isfinite(vmax)):
        return out
    lut = ramp_lut(RAMPS["heat"] if ramp is None else ramp, 256)
    with np.errstate(invalid="ignore"):
        t = np.clip(g * np.float32(255.0 / vmax), 0, 255)
        positive = g > 0  # False for NaN
    idx = np.rint(np.where(positive, t, 0)).astype(np.uint8)
    out[positive] = lut[idx[positive]]
    return out
