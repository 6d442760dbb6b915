"""Heatmap density grid against a brute-force kernel sum; colouring through a ramp."""

from __future__ import annotations

import numpy as np
import pytest

from gisdesk.styles.heatmap import colorize, density_grid, quartic_kernel
from gisdesk.styles.ramps import RAMPS


def brute_density(x, y, width, height, r, weights=None) -> np.ndarray:
    """Per pixel, per point: sum w * (1 - d^2/r^2)^2 within r (d between pixel and the point's pixel)."""
    out = np.zeros((height, width))
    weights = np.ones(len(x)) if weights is None else weights
    for px, py, w in zip(np.floor(x), np.floor(y), weights, strict=True):
        if not (np.isfinite(px) and np.isfinite(py)) or not w > 0:
            continue
        for row in range(height):
            for col in range(width):
                d2 = (col - px) ** 2 + (row - py) ** 2
                if r < 1:
                    out[row, col] += w * (d2 == 0)
                elif d2 < r * r:
                    out[row, col] += w * (1 - d2 / (r * r)) ** 2
    return out


@pytest.mark.parametrize("radius", [0.4, 1.0, 3.0, 5.5])
def test_density_matches_brute_force_including_points_just_outside(radius: float) -> None:
    rng = np.random.default_rng(1)
    n = 40
    x = rng.uniform(-6, 27, n)
    y = rng.uniform(-6, 21, n)
    w = rng.uniform(0, 3, n)
    w[3] = np.nan
    w[4] = -2.0  # counts as 0
    x[5] = np.nan
    grid = density_grid(x, y, 21, 15, radius, weights=w)
    assert grid.dtype == np.float32 and grid.shape == (15, 21)
    expected = brute_density(x, y, 21, 15, radius, w)
    np.testing.assert_allclose(grid, expected, rtol=1e-5, atol=1e-6)
    assert ((grid == 0) == (expected == 0)).all()  # FFT noise does not leak where there is nothing


def test_single_point_peak_and_sum() -> None:
    r = 4.0
    grid = density_grid([10.3], [7.9], 25, 20, r)
    assert np.unravel_index(np.argmax(grid), grid.shape) == (7, 10)  # row = y, column = x
    assert grid[7, 10] == pytest.approx(1.0)
    assert grid.sum() == pytest.approx(quartic_kernel(r).sum(), rel=1e-6)
    # normalised: the grid holds each point's weight exactly
    norm = density_grid([10.3, 12.0, 5.0], [7.9, 10.0, 5.0], 25, 20, r, weights=[1.0, 2.0, 0.5], normalize=True)
    assert norm.sum() == pytest.approx(3.5, rel=1e-5)
    assert quartic_kernel(r, normalize=True).sum() == pytest.approx(1.0)


def test_far_away_or_no_points_give_an_empty_grid() -> None:
    assert not density_grid([], [], 8, 6, 3).any()
    assert not density_grid([-100, 500], [3, 3], 8, 6, 3).any()
    assert density_grid([-1.5], [2], 8, 6, 3).any()  # 2 px left of the grid still reaches in


def test_density_bad_arguments() -> None:
    with pytest.raises(ValueError, match="at least 1x1"):
        density_grid([1], [1], 0, 5, 2)
    with pytest.raises(ValueError, match="differ in length"):
        density_grid([1, 2], [1], 5, 5, 2)
    with pytest.raises(ValueError, match="weights has 1 values for 2 points"):
        density_grid([1, 2], [1, 2], 5, 5, 2, weights=[1])
    with pytest.raises(ValueError, match="radius"):
        density_grid([1], [1], 5, 5, -1)


def test_million_points_density_is_vectorised() -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(400, 80, 1_000_000)
    y = rng.normal(300, 60, 1_000_000)
    grid = density_grid(x, y, 800, 600, 20.0, normalize=True)
    inside = (x >= 20) & (x < 780) & (y >= 20) & (y < 580)  # kernels wholly inside the grid
    assert grid.sum() >= inside.sum() * (1 - 1e-4)
    assert grid.sum() <= 1_000_000 * (1 + 1e-4)


def test_colorize() -> None:
    grid = np.array([[0.0, 1.0, 2.0], [4.0, 8.0, np.nan]], dtype=np.float32)
    rgba = colorize(grid, "Blues")
    assert rgba.shape == (2, 3, 4) and rgba.dtype == np.uint8
    assert tuple(rgba[0, 0]) == (0, 0, 0, 0) and tuple(rgba[1, 2]) == (0, 0, 0, 0)  # no density, NaN
    assert tuple(rgba[1, 1]) == RAMPS["Blues"][-1]  # the maximum gets the last stop
    clipped = colorize(grid, "Blues", max_value=2.0)
    assert tuple(clipped[0, 2]) == tuple(clipped[1, 0]) == tuple(clipped[1, 1]) == RAMPS["Blues"][-1]
    assert tuple(clipped[0, 1]) != RAMPS["Blues"][-1]
    heat = colorize(np.array([[1e-9, 1.0]]), "heat")
    assert heat[0, 0, 3] == 0 and tuple(heat[0, 1]) == (255, 0, 0, 255)  # "heat" starts transparent
    assert not colorize(np.zeros((4, 4))).any()
