"""Test setup: the repository root on sys.path, offscreen Qt, PROJ data for the Debian pyproj."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A verbatim copy of the standard's text, so the table test runs from any clone; when the project's
# shared/ folder sits beside the checkout, test_standard_copy_is_current checks the copy against it.
STANDARD_TEXT = ROOT / "test" / "data" / "T-CECS-smart-community-planning-draft.txt"
SHARED_STANDARD = ROOT.parent / "shared" / "standard" / "T-CECS-smart-community-planning-draft.txt"
SAMPLE = ROOT / "resources" / "sample" / "sample_community.gpkg"


def sha256(path: Path) -> str:
    """Checksum of a file, to prove inputs were not modified."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def standard():
    from smart_community_plugin.standard import load_standard

    return load_standard()


@pytest.fixture(scope="session")
def processing_ready(qgis_processing):
    """Processing initialised with this plugin's provider registered once (as the plugin does).

    Session-scoped so the Python provider object lives as long as QGIS's registry uses it.
    """
    from qgis.core import QgsApplication

    from smart_community_plugin.processing.provider import SmartCommunityProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("smart_community")
    if provider is None:
        provider = SmartCommunityProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture(scope="session", autouse=True)
def sample_is_never_modified():
    """Every test may read the committed sample; none may change it."""
    before = sha256(SAMPLE)
    yield
    assert sha256(SAMPLE) == before, "a test modified resources/sample/sample_community.gpkg"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before the last test's teardown exits QGIS, drop what the tests still hold (layers in fixture
    values, cycles): QGIS objects freed after exitQgis() crash the interpreter on its way out."""
    if nextitem is None:
        import gc

        getattr(item, "funcargs", {}).clear()
        gc.collect()




@pytest.fixture
def chinese_ui(qgis_app):
    """The plugin speaking Simplified Chinese (its translator and the message catalogue), as after
    `qgis --lang zh-Hans`; English again afterwards."""
    from smart_community_plugin.i18n import install_translator, remove_translator

    translator = install_translator("zh_CN")
    assert translator is not None, "run 'make i18n' to build the .qm"
    yield translator
    remove_translator(translator)


@pytest.fixture(params=["zh", "en"])
def language(request, qgis_app):
    """The plugin speaking one language (zh, then en) for the whole test: its screens are walked in both."""
    from smart_community_plugin.i18n import install_translator, remove_translator

    translator = install_translator("zh_CN" if request.param == "zh" else "en_US")
    yield request.param
    remove_translator(translator)
