"""The model packages import no Qt, and imports only point down (DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

MODEL_PACKAGES = ["gisdesk.core", "gisdesk.layers", "gisdesk.io", "gisdesk.styles", "gisdesk.analysis"]


def test_import_linter_contracts_hold():
    from importlinter.cli import lint_imports

    # lint_imports returns the process exit code: 0 when every contract in pyproject.toml is kept.
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_model_imports_with_qt_blocked():
    """Import every model module in a fresh interpreter where importing PySide6 raises."""
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in the model: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        count = 0
        for pkg_name in {MODEL_PACKAGES!r}:
            pkg = importlib.import_module(pkg_name)
            for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
                importlib.import_module(info.name)
                count += 1
        assert "PySide6" not in sys.modules
        print(count)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) >= 8  # the modules were really walked


def test_heavy_optional_libraries_load_only_when_used():
    """Starting the app or ``gisdesk render`` on vector data does not load rasterio (its own GDAL, ~25 MB),
    mapclassify/scipy (graduated styles) or openpyxl (Excel): they are imported when first needed."""
    code = textwrap.dedent(
        """
        import sys
        import gisdesk.cli, gisdesk.io, gisdesk.render, gisdesk.styles, gisdesk.core.project
        print(sorted(m for m in ("rasterio", "mapclassify", "scipy", "openpyxl", "sklearn") if m in sys.modules))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
