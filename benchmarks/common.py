"""What the benchmark scripts share: the environment of measured processes and how figures are printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def env(**extra: str) -> dict:
    """The environment of a measured process: offscreen Qt, and Python's bytecode cache in use, as installed
    (some shells set PYTHONDONTWRITEBYTECODE, which makes every start compile gisdesk's modules again: about
    0.3 s that no user pays)."""
    out = dict(os.environ)
    out.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out.update(extra)
    return out


def compile_bytecode() -> None:
    """Write gisdesk's bytecode cache once, so no measured start pays for compiling."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "gisdesk")], env=env(), check=False,
                   capture_output=True)


def seconds(t: float) -> str:
    return f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"


def times(v) -> str:
    """"-" for nothing measured, "n/a" for a failure (a message), "min (median)" for a pair, else one time."""
    if v is None:
        return "-"
    if isinstance(v, str):
        return "n/a"
    if isinstance(v, (list, tuple)):
        return f"{seconds(v[0])} ({seconds(v[1])})"
    return seconds(v)


def ratio(g, q) -> str:
    """gisdesk's time against the peer's: "1/N" when gisdesk is faster, "N x" when slower."""
    if g is None or q is None or isinstance(g, str) or isinstance(q, str):
        return ""
    g = g[0] if isinstance(g, (list, tuple)) else g
    q = q[0] if isinstance(q, (list, tuple)) else q
    if not g or not q:
        return ""
    return f"1/{q / g:.1f}" if g < q else f"{g / q:.2f}x"
