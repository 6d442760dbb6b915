"""Graduated classes: the breaks are mapclassify's, classify agrees with mapclassify's own binning."""

from __future__ import annotations

import mapclassify
import numpy as np
import pandas as pd
import pytest

from gisdesk.styles.ramps import interpolate_ramp
from gisdesk.styles.renderers import (
    NATURAL_BREAKS_SAMPLE,
    GraduatedRenderer,
    class_breaks,
    format_number,
    label_decimals,
    range_label,
    renderer_from_dict,
)
from tests.styles.brute import brute_graduated

MC = {"equal_interval": mapclassify.EqualInterval, "quantiles": mapclassify.Quantiles,
      "natural_breaks": mapclassify.NaturalBreaks}


def _values(n: int = 3000, seed: int = 7) -> np.ndarray:
    return np.random.default_rng(seed).lognormal(3.0, 1.0, n).round(2)


@pytest.mark.parametrize("method", list(MC))
@pytest.mark.parametrize("k", [3, 5, 7])
def test_breaks_are_mapclassifys(method: str, k: int) -> None:
    v = _values()
    np.random.seed(0)  # NaturalBreaks (k-means) draws from numpy's global state; class_breaks seeds it to 0
    expected = MC[method](v, k=k)
    np.testing.assert_allclose(class_breaks(v, method, k), expected.bins, rtol=0, atol=1e-9)
    # and each value lands in the class mapclassify puts it in
    df = pd.DataFrame({"x": v})
    r = GraduatedRenderer.from_data(df, "x", method, k)
    assert len(r.classes) == k
    assert r.classify(df)[0].tolist() == expected.yb.tolist()


def test_natural_breaks_are_deterministic_and_leave_global_random_state_alone() -> None:
    v = _values(5000, seed=3)
    np.random.seed(123)
    before = np.random.random()
    np.random.seed(123)
    first = class_breaks(v, "natural_breaks", 5)
    assert np.random.random() == before  # the caller's random stream is untouched
    np.testing.assert_array_equal(first, class_breaks(v, "natural_breaks", 5))


def test_natural_breaks_sample_large_inputs() -> None:
    v = _values(NATURAL_BREAKS_SAMPLE * 3, seed=5)
    bins = class_breaks(v, "natural_breaks", 5)
    assert len(bins) == 5 and bins[-1] == v.max()
    assert np.all(np.diff(bins) > 0)
    df = pd.DataFrame({"x": v})
    r = GraduatedRenderer.from_data(df, "x", "natural_breaks", 5)
    assert r.classes[0].lower == v.min() and r.classes[-1].upper == v.max()
    assert (r.classify(df)[0] >= 0).all()  # every value is in a class


def test_nulls_and_text_are_ignored_by_from_data_and_not_drawn() -> None:
    s = pd.Series([5.0, np.nan, 1.0, None, 3.0, 9.0, np.inf, 7.0], dtype="float64")
    df = pd.DataFrame({"x": s, "t": ["5", None, "1", "n/a", "3", "9", "", "7"]})
    r = GraduatedRenderer.from_data(df, "x", "equal_interval", 4)
    np.testing.assert_allclose([c.upper for c in r.classes], mapclassify.EqualInterval(
        np.array([5.0, 1.0, 3.0, 9.0, 7.0]), k=4).bins)
    idx = r.classify(df)[0]
    assert idx.tolist() == brute_graduated(r, s.tolist())
    assert idx[[1, 3, 6]].tolist() == [-1, -1, -1]
    rt = GraduatedRenderer.from_data(df, "t", "equal_interval", 4)
    assert [c.upper for c in rt.classes] == [c.upper for c in r.classes]  # numbers written as text count


def test_few_distinct_values_give_fewer_classes_without_warnings() -> None:
    df = pd.DataFrame({"x": [1, 1, 1, 2, 2, 2, 2, 2, 2, 3]})
    for method in MC:
        r = GraduatedRenderer.from_data(df, "x", method, 5)  # filterwarnings=error: mapclassify must not warn
        uppers = [c.upper for c in r.classes]
        assert uppers == sorted(set(uppers)) and uppers[-1] == 3.0, method
        # equal intervals split the range whatever the values (some classes stay empty); the others cannot
        # make more classes than there are distinct values
        assert len(uppers) == 5 if method == "equal_interval" else len(uppers) <= 3, method
        assert (r.classify(df)[0] >= 0).all()
    one = GraduatedRenderer.from_data(pd.DataFrame({"x": [4.0, 4.0]}), "x", "quantiles", 5)
    assert [(c.lower, c.upper) for c in one.classes] == [(4.0, 4.0)]
    assert one.classify(pd.DataFrame({"x": [4.0, 5.0]}))[0].tolist() == [0, -1]


def test_from_data_rejects_what_cannot_be_classified() -> None:
    df = pd.DataFrame({"x": [np.nan, np.nan], "s": ["a", "b"]})
    with pytest.raises(ValueError, match="column 'x' holds no numbers"):
        GraduatedRenderer.from_data(df, "x")
    with pytest.raises(ValueError, match="column 's' holds no numbers"):
        GraduatedRenderer.from_data(df, "s")
    with pytest.raises(ValueError, match="no column 'y'"):
        GraduatedRenderer.from_data(df, "y")
    with pytest.raises(ValueError, match="unknown classification method 'jenks'"):
        GraduatedRenderer.from_data(pd.DataFrame({"x": [1, 2]}), "x", "jenks")


def test_colours_come_from_the_ramp_and_labels_read_well() -> None:
    df = pd.DataFrame({"pop": [376, 20496, 41798, 64689, 98923, 130247]})
    r = GraduatedRenderer.from_data(df, "pop", "quantiles", 3, ramp="Blues")
    assert [c.symbol.fill for c in r.classes] == interpolate_ramp("Blues", 3)
    assert r.ramp == "Blues"
    assert renderer_from_dict(r.to_dict()) == r
    assert r.classes[0].label == "376 \u2013 34\u202f697"  # en dash; thousands grouped by a narrow space
    assert [i.label for i in r.legend_items()] == [c.label for c in r.classes]


def test_label_formatting() -> None:
    assert label_decimals([12, 30, 45]) == 0
    assert label_decimals([0.12, 0.35, 0.5]) == 1
    assert label_decimals([1.001, 1.002]) == 3
    assert range_label(12, 30) == "12 \u2013 30"
    assert range_label(0.12, 0.35) == "0.1 \u2013 0.3"  # the fewest decimals that keep the bounds apart
    assert range_label(-0.001, 5, 1) == "0.0 \u2013 5.0"  # no "-0"
    assert format_number(1234.5, 0) == "1234"
    assert format_number(-1234567.891, 2) == "-1\u202f234\u202f567.89"
