"""CRS helpers. CRSs are kept as "EPSG:xxxx" when an authority code matches exactly, else WKT2.

Never as PROJ strings: those drop datum shifts (VN-2000 -> WGS 84 needs its towgs84/EPSG:6960).
"""

from __future__ import annotations

from typing import Any

from pyproj import CRS

HUE_CRS = "EPSG:9214"  # VN-2000 / TM-3 107-00, Huế's local CRS
VN2000_UTM48N = "EPSG:3405"
WGS84 = "EPSG:4326"


def to_crs(value: Any) -> CRS | None:
    """Anything pyproj understands (EPSG int/str, WKT, CRS) -> CRS; None stays None."""
    if isinstance(value, CRS):  # before any comparison: CRS.__eq__ would parse the other operand
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return CRS.from_user_input(value)


def crs_to_string(value: Any) -> str | None:
    """The storage form: "EPSG:xxxx" if the CRS is exactly an EPSG code, else WKT2 (2019)."""
    crs = to_crs(value)
    if crs is None:
        return None
    auth = crs.to_authority(min_confidence=100)
    if auth is not None and auth[0] == "EPSG":
        return f"EPSG:{auth[1]}"
    return crs.to_wkt(version="WKT2_2019")


def crs_label(value: Any) -> str:
    """Short human label: "EPSG:9214 - VN-2000 / TM-3 107-00" or the CRS name."""
    crs = to_crs(value)
    if crs is None:
        return "no CRS"
    s = crs_to_string(crs)
    if s and s.startswith("EPSG:"):
        return f"{s} - {crs.name}"
    return crs.name
