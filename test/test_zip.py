"""The ZIP installs into a clean QGIS profile; without its dependencies the plugin says what to install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def installed_zip(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zip")
    target = tmp / "smart_community.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_zip.py"), str(target)], check=True, cwd=ROOT)
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        zf.extractall(tmp / "plugins")
    return tmp, names


def test_zip_holds_the_plugin_folder_without_dev_files(installed_zip):
    _, names = installed_zip
    assert "smart_community/metadata.txt" in names and "smart_community/__init__.py" in names
    assert "smart_community/resources/standard/table_a01.json" in names
    assert "smart_community/i18n/smart_community_zh_CN.qm" in names
    assert not [n for n in names if n.split("/")[1] in ("test", "bench", "scripts", ".ci", "Makefile")]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def _qgis_process(tmp, *args, with_deps):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(tmp / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp / ("profile-deps" if with_deps else "profile-nodeps")))
    env.pop("PYTHONPATH", None)
    if with_deps:
        env["PYTHONPATH"] = next(str(p) for p in (ROOT / ".venv" / "lib").glob("python3*/site-packages"))
    subprocess.run(["qgis_process", "plugins", "enable", "smart_community"], env=env, capture_output=True,
                   timeout=120, check=True)
    return subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=120)


def test_installed_zip_provides_the_algorithms(installed_zip):
    tmp, _ = installed_zip
    proc = _qgis_process(tmp, "list", with_deps=True)
    assert proc.returncode == 0
    for alg in ("review", "create_template", "report", "validate", "suggest_sites", "import_osm", "import_pois",
                "convert_coordinates", "map_fields"):
        assert f"smart_community:{alg}" in proc.stdout, alg


def test_without_shapely_the_plugin_loads_and_names_what_to_install(installed_zip):
    # Debian's system Python has no shapely: exactly a user's QGIS without the dependency.
    tmp, _ = installed_zip
    proc = _qgis_process(tmp, "list", with_deps=False)
    assert proc.returncode == 0
    assert "smart_community:review" not in proc.stdout
    assert 'pip install "shapely>=2.0"' in proc.stdout + proc.stderr
