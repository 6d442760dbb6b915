"""A million rows: classify is vectorised (checked on a sample against the per-row loop; no timing assertion)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from gisdesk.styles.renderers import CategorizedRenderer, GraduatedRenderer, HeatmapRenderer
from tests.styles.brute import brute_categorized, brute_graduated

N = 1_000_000
CATEGORIES = ["Rác thải", "Ngập úng", "Chiếu sáng", "Cây xanh", "Tiếng ồn", "Cấp nước", "Giao thông", "Khác"]


def _million() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    cat = pd.Series(np.array(CATEGORIES, dtype=object)[rng.integers(0, 8, N)], dtype="str")
    cat[rng.integers(0, N, 1000)] = None
    value = rng.lognormal(2, 1, N)
    value[rng.integers(0, N, 1000)] = np.nan
    return pd.DataFrame({"category": cat, "value": value})


def test_million_rows_classify() -> None:
    df = _million()
    sample = np.random.default_rng(3).integers(0, N, 2000)
    cat = CategorizedRenderer.from_data(df, "category")
    assert len(cat.categories) == 9  # 8 + no value
    idx, _ = cat.classify(df)
    assert len(idx) == N and (idx >= 0).all()
    assert idx[sample].tolist() == brute_categorized(cat, df["category"].iloc[sample].tolist())
    grad = GraduatedRenderer.from_data(df, "value", "quantiles", 7)
    gidx, _ = grad.classify(df)
    assert (gidx == -1).sum() == df["value"].isna().sum()
    assert gidx[sample].tolist() == brute_graduated(grad, df["value"].iloc[sample].tolist())
    assert HeatmapRenderer().classify(df)[0].shape == (N,)
