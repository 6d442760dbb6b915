"""Styles on real third-party tables (read in place from ../shared/data; quirks from its PROVENANCE.md)."""

from __future__ import annotations

import unicodedata

import mapclassify
import numpy as np
import pandas as pd
import pytest

from gisdesk.styles.renderers import CategorizedRenderer, GraduatedRenderer, categorized_for, renderer_from_dict
from tests.styles.brute import brute_categorized, brute_graduated


@pytest.fixture(scope="module")
def wards_2025(shared_data) -> pd.DataFrame:
    # read raw with pandas on purpose: 122 ward names are NFD (combining marks), `type` has 13 blanks,
    # `population` 105 (PROVENANCE 1f)
    return pd.read_csv(shared_data / "vietnam_admin/vn_wards_2025_points_csv/vietnam_wards_with_osm.csv")


def test_nfd_ward_names_join_their_nfc_twins(wards_2025: pd.DataFrame) -> None:
    names = wards_2025["ward"]
    nfd = names[names != names.map(lambda s: unicodedata.normalize("NFC", s))]
    assert len(nfd) == 122  # the quirk is there
    r = CategorizedRenderer.from_data(wards_2025, "ward", max_categories=10_000)
    nfc_distinct = names.map(lambda s: unicodedata.normalize("NFC", s)).nunique()
    assert len(r.categories) == nfc_distinct < names.nunique()
    assert r.other is None
    assert all(unicodedata.is_normalized("NFC", c.value) for c in r.categories)
    idx, _ = r.classify(wards_2025)
    assert idx.tolist() == brute_categorized(r, names.tolist())
    assert (idx >= 0).all()
    # an NFD row is drawn with the category of its NFC spelling
    row = nfd.index[0]
    assert r.categories[idx[row]].value == unicodedata.normalize("NFC", names[row])


def test_blank_type_is_the_no_value_category(wards_2025: pd.DataFrame) -> None:
    r = CategorizedRenderer.from_data(wards_2025, "type")
    assert [c.value for c in r.categories] == ["xã", "phường", None]
    idx, _ = r.classify(wards_2025)
    assert np.bincount(idx).tolist() == [2612, 686, 13]


def test_more_provinces_than_colours_share_other(wards_2025: pd.DataFrame) -> None:
    d = categorized_for(wards_2025, "province")
    r = renderer_from_dict(d)
    assert len(r.categories) == 20 and r.other is not None
    counts = wards_2025["province"].value_counts()
    idx, symbols = r.classify(wards_2025)
    assert (idx == len(symbols) - 1).sum() == counts.iloc[20:].sum()
    assert idx.tolist() == brute_categorized(r, wards_2025["province"].tolist())


@pytest.mark.parametrize("method", ["equal_interval", "quantiles", "natural_breaks"])
def test_population_classes_skip_blanks(wards_2025: pd.DataFrame, method: str) -> None:
    r = GraduatedRenderer.from_data(wards_2025, "population", method, 5)
    pop = wards_2025["population"]
    idx, _ = r.classify(wards_2025)
    assert (idx[pop.isna().to_numpy()] == -1).all() and pop.isna().sum() == 105
    known = pop.dropna().to_numpy()
    np.random.seed(0)
    expected = {"equal_interval": mapclassify.EqualInterval, "quantiles": mapclassify.Quantiles,
                "natural_breaks": mapclassify.NaturalBreaks}[method](known, k=5)
    np.testing.assert_allclose([c.upper for c in r.classes], expected.bins)
    assert idx[pop.notna().to_numpy()].tolist() == expected.yb.tolist()
    assert idx.tolist() == brute_graduated(r, pop.tolist())


def test_nyc311_complaints(shared_data) -> None:
    df = pd.read_csv(shared_data / "city_services/nyc311_2018_1000rows/311_Service_Requests.csv",
                     usecols=["Complaint Type", "Borough"])
    r = CategorizedRenderer.from_data(df, "Complaint Type", max_categories=12)
    assert [c.value for c in r.categories][:2] == ["Illegal Parking", "Noise - Residential"]
    assert len(r.categories) == 12 and r.other is not None
    idx, _ = r.classify(df)
    assert idx.tolist() == brute_categorized(r, df["Complaint Type"].tolist())
    b = CategorizedRenderer.from_data(df, "Borough", sort="value")
    assert [c.value for c in b.categories] == ["BRONX", "BROOKLYN", "MANHATTAN", "QUEENS", "STATEN ISLAND",
                                               "Unspecified"]
