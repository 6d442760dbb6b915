"""Where the bundled Huế sample project is (Qt-free, importable by widgets and the app)."""

from __future__ import annotations

from pathlib import Path


def default_project_path() -> Path | None:
    """The bundled Huế sample project: ``sample_data/hue_sample.gisdesk`` beside the package (a checkout, or
    ``_internal/`` in the installed program), or None when this copy has none."""
    candidate = Path(__file__).resolve().parents[2] / "sample_data" / "hue_sample.gisdesk"
    return candidate if candidate.exists() else None
