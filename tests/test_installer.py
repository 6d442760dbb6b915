"""The Windows packaging (installer/): build the PyInstaller spec here and run the frozen program headless.

The one-folder build of ``installer/gisdesk.spec`` is made once for this module in a temporary folder (about
2-3.5 minutes on 2 cores) and run with a clean environment: only PATH, a fresh HOME, a working directory outside
the checkout (so neither the venv nor the source tree can be imported) and GDAL_DATA / PROJ_DATA / PROJ_LIB
pointing at a broken proj.db, as a workstation with another GIS may have them. It must:

* render the BUNDLED sample project to a PNG that matches the venv's rendering of it (``gisdesk render``);
* reproject VN-2000 wards to WGS 84 exactly as the venv does (PROJ data + the EPSG:9214 -> 4326 datum shift), and
  fail once the bundle's proj.db files are taken away (so the data it used was the bundled one);
* export the offline HTML map (the vendored Leaflet is in the bundle and inlined);
* open the desktop app on its own sample with the Vietnamese translation (``.qm``) loaded;
and ``installer/gisdesk.iss`` is parsed and checked (per user, HKCU association, shortcuts, clean uninstall).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import uuid
import warnings
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "gisdesk.spec"
ISS = INSTALLER / "gisdesk.iss"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT = 900  # seconds; the build takes ~2-3.5 min on 2 cores


# --- the .iss file (no build needed) --------------------------------------------------------------------------------

def _iss_params(line: str) -> dict[str, str]:
    """One entry line of [Files]/[Icons]/[Registry]/...: ``Name: "x"; Flags: a b`` -> {"name": "x", "flags": "a b"}.
    Quotes are Inno's: a value in double quotes, ``""`` inside it is one quote; ``;`` separates parameters."""
    params: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n:
        while i < n and line[i] in " \t;":
            i += 1
        if i >= n:
            break
        colon = line.index(":", i)
        key = line[i:colon].strip().lower()
        i = colon + 1
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            i += 1
            value = []
            while True:
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        value.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                value.append(line[i])
                i += 1
            params[key] = "".join(value)
        else:
            end = line.find(";", i)
            end = n if end == -1 else end
            params[key] = line[i:end].strip()
            i = end
    return params


def _parse_iss(path: Path) -> tuple[dict[str, str], dict[str, list], dict[str, str]]:
    """(the [Setup] directives with #define'd names expanded, {section: [entry dicts or raw lines]}, defines)."""
    text = path.read_text(encoding="utf-8-sig")
    defines: dict[str, str] = {}
    for m in re.finditer(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE):
        defines[m.group(1)] = m.group(2)

    def expand(value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)

    sections: dict[str, list] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1).lower()
            sections.setdefault(current, [])
            continue
        assert current is not None, f"{path.name}: a line outside any section: {line!r}"
        sections[current].append(expand(line))
    setup = {}
    for line in sections.get("setup", []):
        key, sep, value = line.partition("=")
        assert sep, f"[Setup] line without '=': {line!r}"
        setup[key.strip().lower()] = value.strip()
    entries = {name: [_iss_params(line) for line in lines] if name not in ("setup", "custommessages") else lines
               for name, lines in sections.items()}
    return setup, entries, defines


def test_iss_per_user_install_without_admin_rights():
    setup, _, _ = _parse_iss(ISS)
    assert setup["privilegesrequired"] == "lowest"
    assert setup["defaultdirname"] == r"{localappdata}\Programs\gisdesk"
    assert setup["changesassociations"] == "yes"
    assert "privilegesrequiredoverridesallowed" not in setup  # no "install for all users" elevation prompt
    # an AppId is a GUID ("{{" escapes the brace) and the version is the package's, passed by the build
    app_id = setup["appid"]
    assert app_id.startswith("{{") and app_id.endswith("}")
    uuid.UUID(app_id[2:-1])
    assert setup["appversion"] == "{#AppVersion}"
    assert "#error" in ISS.read_text(encoding="utf-8-sig")  # building without /DAppVersion stops, not guesses


def test_iss_languages_vietnamese_and_english_with_every_custom_message_in_both():
    _, entries, _ = _parse_iss(ISS)
    langs = {e["name"]: e["messagesfile"] for e in entries["languages"]}
    assert set(langs) == {"vietnamese", "english"}
    assert next(iter(langs)) == "vietnamese"  # first = the default when Windows' language matches neither
    assert langs["english"] == "compiler:Default.isl"
    # Vietnamese is an unofficial Inno translation: the build (workflow) downloads it beside the script
    assert langs["vietnamese"] == "Vietnamese.isl"
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
    assert "Unofficial/Vietnamese.isl" in workflow and "installer/Vietnamese.isl" in workflow
    messages: dict[str, dict[str, str]] = {}
    for line in entries["custommessages"]:
        key, _, value = line.partition("=")
        lang, _, name = key.strip().partition(".")
        messages.setdefault(name, {})[lang] = value.strip()
    assert messages, "no [CustomMessages]"
    for name, by_lang in messages.items():
        assert set(by_lang) == {"vietnamese", "english"}, f"custom message {name} is not in both languages"
        assert by_lang["vietnamese"] != by_lang["english"], f"custom message {name} is not translated"
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8-sig")))
    inno_builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram", "AssocFileExtension"}
    assert used - inno_builtin <= set(messages), f"undefined custom messages: {used - inno_builtin - set(messages)}"


def test_iss_installs_the_build_and_makes_start_menu_sample_and_optional_desktop_shortcuts():
    setup, entries, _ = _parse_iss(ISS)
    (files,) = entries["files"]
    assert files["source"] == "{#DistDir}\\*" and files["destdir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["flags"].split())
    gui = r"{app}\gisdeskw.exe"  # the console-less twin built by the spec on Windows
    assert "gisdeskw" in SPEC.read_text(encoding="utf-8")
    icons = entries["icons"]
    start_menu = [i for i in icons if i["name"].startswith("{autoprograms}\\")]
    desktop = [i for i in icons if i["name"].startswith("{autodesktop}\\")]
    assert start_menu and all(i["filename"] == gui for i in start_menu + desktop)
    assert len(desktop) == 1 and desktop[0]["tasks"] == "desktopicon"
    tasks = {t["name"]: t for t in entries["tasks"]}
    assert "unchecked" in tasks["desktopicon"].get("flags", "").split()  # optional, off by default
    sample = [i for i in start_menu if "hue_sample.gisdesk" in i.get("parameters", "")]
    assert len(sample) == 1
    # the sample path in the shortcut is where the spec puts it (_internal/sample_data, see gisdesk.app)
    rel = sample[0]["parameters"].strip('"').replace("{app}\\", "").replace("\\", "/")
    assert rel == "_internal/sample_data/hue_sample.gisdesk"
    assert setup["uninstalldisplayicon"] == gui


def test_iss_associates_gisdesk_files_for_the_user_and_the_uninstaller_removes_it():
    _, entries, defines = _parse_iss(ISS)
    reg = entries["registry"]
    assert reg and all(r["root"] == "HKCU" for r in reg)  # never HKLM/HKCR: no admin rights
    by_key = {(r["subkey"], r["valuename"]): r for r in reg}
    prog_id = defines["ProgId"]
    ext = by_key[(r"Software\Classes\.gisdesk", "")]
    assert ext["valuedata"] == prog_id and "uninsdeletevalue" in ext["flags"].split()
    cls = by_key[(rf"Software\Classes\{prog_id}", "")]
    assert "uninsdeletekey" in cls["flags"].split()  # removes the ProgId with its shell\open\command subkeys
    cmd = by_key[(rf"Software\Classes\{prog_id}\shell\open\command", "")]
    assert cmd["valuedata"] == '"{app}\\gisdeskw.exe" "%1"'  # quoted: paths with spaces (C:\Users\Nguyễn Văn A)
    # every key written is removed on uninstall: by itself or by an ancestor key deleted whole
    deleted_keys = [r["subkey"] for r in reg if "uninsdeletekey" in r.get("flags", "").split()]
    for r in reg:
        flags = set(r.get("flags", "").split())
        own = flags & {"uninsdeletekey", "uninsdeletevalue", "uninsdeletekeyifempty"}
        covered = any(r["subkey"] == k or r["subkey"].startswith(k + "\\") for k in deleted_keys)
        assert own or covered, f"{r['subkey']} stays behind after uninstall"
    assert all(r.get("tasks") == "associate" for r in reg)  # the user can opt out of the association
    # uninstall also removes what the program may have written inside its folder
    uninstall = {(u["type"], u["name"]) for u in entries["uninstalldelete"]}
    assert ("filesandordirs", r"{app}\_internal") in uninstall and ("dirifempty", "{app}") in uninstall


def test_workflow_builds_smoke_tests_and_uploads_the_installer():
    """The Windows workflow runs on a Windows runner only; here: it builds this spec and .iss and checks the exe."""
    text = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*runs-on:\s*windows-latest\s*$", text, re.MULTILINE)
    for needle in ("actions/setup-python", "python-version: '3.11'", 'pip install ".[test]" pyinstaller',
                   "pyinstaller --noconfirm --clean installer/gisdesk.spec", "QT_QPA_PLATFORM: offscreen",
                   "gisdesk.exe", "& $exe render $sample", "hue_sample.gisdesk", "--to-crs EPSG:4326", "choco install innosetup",
                   "/DAppVersion=", "installer/gisdesk.iss", "actions/upload-artifact"):
        assert needle in text, f"the workflow lacks {needle!r}"


# --- the frozen program ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build installer/gisdesk.spec (the same file the Windows workflow builds) into a temporary folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing: it is in the `test` extra (pip install -e .[test])")
        pytest.skip("PyInstaller is not installed (pip install -e .[test])")
    base = tmp_path_factory.mktemp("pyinstaller")
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 0, f"PyInstaller failed after {elapsed:.0f} s:\n{proc.stderr[-5000:]}"
    dist = base / "dist" / "gisdesk"
    size = sum(f.lstat().st_size for f in dist.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nPyInstaller build: {elapsed:.0f} s, {size / 2**20:.0f} MiB in {dist}")
    shutil.rmtree(base / "work", ignore_errors=True)  # ~100 MB of intermediate files
    return dist


@pytest.fixture(scope="module")
def clean_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """PATH, a fresh HOME, offscreen Qt, and GDAL/PROJ variables pointing at a broken proj.db (as another GIS may
    leave them machine-wide): the frozen program must ignore them and use its own data."""
    base = tmp_path_factory.mktemp("frozen-env")
    foreign = base / "foreign-proj"
    foreign.mkdir()
    (foreign / "proj.db").write_bytes(b"this is not a PROJ database")
    home = base / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(base),
           "PROJ_DATA": str(foreign), "PROJ_LIB": str(foreign), "GDAL_DATA": str(foreign)}
    for name in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA"):  # Windows needs these
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _frozen(bundle: Path, env: dict[str, str], cwd: Path, *args: str, extra_env: dict[str, str] | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / f"gisdesk{EXE_SUFFIX}"), *args], cwd=cwd, env={**env, **(extra_env or {})},
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False)


def _read_png(path: Path) -> np.ndarray:
    """(height, width, RGB) as int16, read with GDAL's PNG driver (no Qt in this process)."""
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path) as ds:
            return np.moveaxis(ds.read(indexes=[1, 2, 3]), 0, -1).astype(np.int16)


@pytest.mark.timeout(BUILD_TIMEOUT + 300)
def test_bundle_carries_its_data(bundle: Path):
    internal = bundle / "_internal"
    assert (bundle / f"gisdesk{EXE_SUFFIX}").is_file()
    # each library's own GDAL/PROJ data, where the library looks for it (next to its package)
    for data in ("pyogrio/gdal_data/header.dxf", "pyogrio/proj_data/proj.db", "rasterio/gdal_data/gdalvrt.xsd",
                 "rasterio/proj_data/proj.db", "pyproj/proj_dir/share/proj/proj.db"):
        assert (internal / data).is_file(), f"{data} is not in the bundle"
    # translations, vendored Leaflet, and the complete sample project (every layer source it names)
    for qm in (ROOT / "gisdesk" / "i18n").glob("*.qm"):
        assert (internal / "gisdesk" / "i18n" / qm.name).read_bytes() == qm.read_bytes()
    assets = ROOT / "gisdesk" / "export" / "assets"
    for f in assets.rglob("*"):
        if f.is_file():
            assert (internal / "gisdesk" / "export" / "assets" / f.relative_to(assets)).is_file(), f
    sample = ROOT / "sample_data"
    for name in ("hue_sample.gisdesk", "hue_admin.gpkg", "hue_base.gpkg", "elevation.tif", "service_requests.zip",
                 "sensors.zip"):
        assert (internal / "sample_data" / name).read_bytes() == (sample / name).read_bytes()
    assert not (internal / "sample_data" / "make_sample.py").exists()
    # lean: no Tk, no test frameworks, no QML/WebEngine, no pyarrow Flight
    names = {p.name for p in internal.iterdir()}
    assert not names & {"tkinter", "_tkinter", "pytest", "_pytest", "matplotlib", "gi"}
    qt_libs = " ".join(p.name for p in internal.rglob("*Qt6*"))
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D"):
        assert unused not in qt_libs, f"{unused} is in the bundle"
    flight = [p for p in (internal / "pyarrow").glob("_flight*") if p.suffix not in (".pyx", ".pxd")]  # not sources
    assert not flight and not (internal / "pyarrow" / "flight.py").exists()


@pytest.mark.timeout(BUILD_TIMEOUT + 300)
def test_frozen_render_of_the_bundled_sample_matches_the_venv(bundle: Path, clean_env, tmp_path: Path):
    project = bundle / "_internal" / "sample_data" / "hue_sample.gisdesk"
    size = "640x400"
    frozen = _frozen(bundle, clean_env, tmp_path, "render", str(project), "-o", "frozen.png", "--size", size)
    assert frozen.returncode == 0, frozen.stderr[-3000:]  # exit 2 if any layer of the sample could not be loaded
    assert "8 layer(s), CRS EPSG:9214" in frozen.stdout
    venv = subprocess.run([sys.executable, "-m", "gisdesk", "render", str(ROOT / "sample_data" / "hue_sample.gisdesk"),
                           "-o", str(tmp_path / "venv.png"), "--size", size],
                          cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    assert venv.returncode == 0, venv.stderr[-3000:]
    a, b = _read_png(tmp_path / "frozen.png"), _read_png(tmp_path / "venv.png")
    assert a.shape == (400, 640, 3)
    background = a[0, 0]
    drawn = np.any(np.abs(a - background) > 10, axis=2).mean()
    assert drawn > 0.25, f"only {drawn:.0%} of the frozen render differs from the background"
    diff = np.abs(a - b)
    assert (diff.max(axis=2) > 40).mean() < 0.005, "the frozen render differs from the venv's"


@pytest.mark.timeout(BUILD_TIMEOUT + 300)
def test_frozen_reprojection_uses_the_bundled_proj_data(bundle: Path, clean_env, tmp_path: Path):
    import geopandas as gpd
    import shapely

    src = ROOT / "sample_data" / "hue_admin.gpkg"
    args = ("convert", str(src), "wards.geojson", "--layer", "wards", "--to-crs", "EPSG:4326")
    proc = _frozen(bundle, clean_env, tmp_path, *args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    frozen = gpd.read_file(tmp_path / "wards.geojson")
    expected = gpd.read_file(src, layer="wards").to_crs("EPSG:4326")  # the venv's PROJ: VN-2000 -> WGS 84 shift
    assert frozen.crs.to_epsg() == 4326 and len(frozen) == len(expected) == 40
    # (the writer may turn rings round: compare normalized geometries)
    got, want = shapely.normalize(frozen.geometry.values), shapely.normalize(expected.geometry.values)
    assert shapely.equals_exact(got, want, tolerance=1e-6).all()  # ~0.1 m
    minx, miny, maxx, maxy = frozen.total_bounds
    assert 107.0 < minx < maxx < 108.5 and 15.9 < miny < maxy < 16.9  # Huế, in degrees
    # the same conversion without datum shift would land ~hundreds of metres off: the check above can tell
    no_shift = shapely.transform(want, lambda xy: xy + [0.003, 0.0])
    assert not shapely.equals_exact(got, no_shift, tolerance=1e-6).any()

    # take the bundle's proj.db files away: the same command must now fail (it used no other PROJ data)
    dbs = list((bundle / "_internal").rglob("proj.db"))
    assert len(dbs) == 3
    try:
        for db in dbs:
            db.rename(db.with_name("proj.db.hidden"))
        broken = _frozen(bundle, clean_env, tmp_path, *args[:2], "broken.geojson", *args[3:])
    finally:
        for db in dbs:
            db.with_name("proj.db.hidden").rename(db)
    assert broken.returncode != 0
    assert not (tmp_path / "broken.geojson").exists()


@pytest.mark.timeout(BUILD_TIMEOUT + 300)
def test_frozen_html_export_inlines_the_vendored_leaflet(bundle: Path, clean_env, tmp_path: Path):
    project = bundle / "_internal" / "sample_data" / "hue_sample.gisdesk"
    proc = _frozen(bundle, clean_env, tmp_path, "export", str(project), "-o", "map.html")
    assert proc.returncode == 0, proc.stderr[-3000:]
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Leaflet 1.9.4" in page and "leaflet.markercluster" in page.lower()
    assert not re.search(r"<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.IGNORECASE)
    assert "Huế" in page


@pytest.mark.timeout(BUILD_TIMEOUT + 300)
def test_frozen_app_opens_its_sample_in_vietnamese(bundle: Path, clean_env, tmp_path: Path):
    """The window opens the bundled sample (where the start page and the Start-menu shortcut find it) and the
    menus come from the bundled .qm: the Vietnamese and English menu bars differ."""
    shots = {}
    sample = bundle / "_internal" / "sample_data" / "hue_sample.gisdesk"
    for lang in ("vi", "en"):
        shot = tmp_path / f"{lang}.png"
        proc = _frozen(bundle, clean_env, tmp_path, str(sample), extra_env={
            "GISDESK_LANG": lang, "GISDESK_QUIT_AFTER_LOAD": "1", "GISDESK_SCREENSHOT": str(shot)})
        assert proc.returncode == 0, proc.stderr[-3000:]
        shots[lang] = _read_png(shot)
    vi, en = shots["vi"], shots["en"]
    assert vi.shape == en.shape and vi.shape[0] > 300
    menu_bar = slice(0, 22)
    assert (np.abs(vi[menu_bar] - en[menu_bar]).max(axis=2) > 60).mean() > 0.01, "the menus are not translated"
    # the map (sample loaded) is drawn: many colours in the middle of the window
    h, w, _ = vi.shape
    middle = vi[h // 4 : h // 2, w // 3 : 2 * w // 3].reshape(-1, 3)
    assert len(np.unique(middle, axis=0)) > 50, "the sample project was not drawn"


def test_pyproject_test_extra_has_pyinstaller():
    """The test above must not skip in CI: PyInstaller comes with the `test` extra."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(req.lower().startswith("pyinstaller") for req in extra["test"])

