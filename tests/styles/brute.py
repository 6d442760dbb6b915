"""Shared helpers for the styles tests: brute-force (per-row Python) versions of the vectorised code."""

from __future__ import annotations

import math
import unicodedata
from typing import Any

import pandas as pd


def is_missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def brute_categorized(renderer: Any, values: list[Any]) -> list[int]:
    """What classify must give, one Python step per row."""
    keys = [c.value for c in renderer.categories]
    n_symbols = len(keys) + (renderer.other is not None)
    out = []
    for v in values:
        if is_missing(v):
            idx = keys.index(None) if None in keys else -1
        else:
            if isinstance(v, str):
                v = unicodedata.normalize("NFC", v)
            idx = next((i for i, k in enumerate(keys) if k is not None and k == v), -1)
        if idx < 0 and renderer.other is not None:
            idx = n_symbols - 1
        out.append(idx)
    return out


def brute_graduated(renderer: Any, values: list[Any]) -> list[int]:
    """The class holding each value (a shared bound goes to the lower class); -1 for missing/outside."""
    out = []
    for v in values:
        try:
            x = float(v)
        except (TypeError, ValueError):
            out.append(-1)
            continue
        if not math.isfinite(x):
            out.append(-1)
            continue
        holding = [i for i, c in enumerate(renderer.classes) if c.lower <= x <= c.upper]
        out.append(min(holding, key=lambda i: renderer.classes[i].upper) if holding else -1)
    return out
