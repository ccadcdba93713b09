"""Installing the plugin's packages from inside QGIS: into the profile's own folder, QGIS's numpy kept.

The last tests are the real thing on this Debian 12: the ZIP unpacked into a fresh QGIS profile, the system
Python (no shapely of its own), pip through the machine's own configuration, then the system qgis_process and
the QGIS desktop without the project's .venv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from smart_community_plugin import dependency_install as di

from .conftest import ROOT, SAMPLE

SYSTEM_PYTHON = "/usr/bin/python3"
DIST_PACKAGES = Path("/usr/lib/python3/dist-packages")


def _dist(site: Path, name: str, version: str) -> None:
    """A real (minimal) installed distribution: what importlib.metadata reads."""
    info = site / f"{name}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")


def test_constraints_pin_what_qgis_python_has_but_not_what_is_installed(tmp_path):
    import numpy

    pins = di.constraints(di.installed_distributions(), ["shapely>=2.0", "scipy>=1.10"], geos="3.11.1")
    assert f"numpy=={numpy.__version__}" in pins and numpy.__version__.startswith("1.")
    assert not [p for p in pins if p.startswith(("shapely=", "scipy="))]
    assert "shapely<2.1" in pins       # Debian 12's GEOS 3.11: only the shapely 2.0 wheels bundle 3.11
    assert "shapely<2.1" not in di.constraints({}, ["reportlab>=4.0"], geos="3.11.1")
    assert di.constraints({}, ["shapely>=2.0"], geos="3.13.1") == ["shapely>=2.1,<2.2"]
    # The first distribution on the path wins, as for imports; a version pip would reject is left out.
    first, second = tmp_path / "first", tmp_path / "second"
    _dist(first, "Foo_Bar", "2.0")
    _dist(second, "foo-bar", "1.0")
    _dist(second, "odd", "1.0-1+deb12")
    found = di.installed_distributions([str(first), str(second)])
    assert found == {"foo-bar": "2.0", "odd": "1.0-1+deb12"}
    assert di.constraints(found, ["shapely>=2.0"]) == ["foo-bar==2.0"]


def test_pip_command_binary_only_into_the_folder_exact_pins_no_index_of_its_own(tmp_path):
    folder, pins = tmp_path / "deps", tmp_path / "constraints.txt"
    cmd = di.pip_command(SYSTEM_PYTHON, folder, ["shapely==2.0.7"], pins)
    assert cmd[:4] == [SYSTEM_PYTHON, "-m", "pip", "install"]
    assert cmd[cmd.index("--target") + 1] == str(folder) and cmd[cmd.index("--constraint") + 1] == str(pins)
    assert {"--only-binary=:all:", "--upgrade", "--no-input", "--disable-pip-version-check", "--no-deps"} <= set(cmd)
    assert cmd[-1] == "shapely==2.0.7"
    dry = di.pip_command(SYSTEM_PYTHON, folder, ["shapely>=2.0"], pins, report=tmp_path / "r.json")
    # The resolution sees QGIS's installed numpy: no --target (it would ignore what is installed), no --no-deps.
    assert "--target" not in dry and "--no-deps" not in dry and dry[dry.index("--report") + 1] == str(tmp_path / "r.json")
    for c in (cmd, dry):   # the machine's pip configuration decides where packages come from
        assert not {"-i", "--index-url", "--extra-index-url", "--isolated", "--no-index"} & set(c)
        assert "pypi" not in " ".join(c)
    source = Path(di.__file__).read_text(encoding="utf-8") + (ROOT / "smart_community_plugin" / "deps.py").read_text()
    assert "pypi.org" not in source and "files.pythonhosted" not in source


def test_the_folder_goes_on_sys_path_once_behind_the_stdlib_ahead_of_dist_packages(tmp_path):
    import sysconfig

    path = list(sys.path)
    folder = tmp_path / "profile" / "smart_community" / "python3.11"
    assert di.add_to_sys_path(folder, path) is True
    assert di.add_to_sys_path(folder, path) is False and path.count(str(folder)) == 1
    assert path.index(sysconfig.get_path("stdlib")) < path.index(str(folder)) < path.index(str(DIST_PACKAGES))
    assert di.folder_for("/p/profiles/default/", (3, 11)) == Path("/p/profiles/default/smart_community/python3.11")


def test_python_candidates_per_platform():
    win = di.python_candidates(r"C:\OSGeo4W\bin\qgis-bin.exe", r"C:\OSGeo4W\apps\Python312", "win32", (3, 12))
    assert [p.name for p in win] == ["python.exe", "python3.exe"] and "Python312" in str(win[0])
    mac = di.python_candidates("/Applications/QGIS.app/Contents/MacOS/QGIS", "/x/Python.framework/Versions/3.9",
                               "darwin", (3, 9))
    assert mac[0] == Path("/Applications/QGIS.app/Contents/MacOS/bin/python3")
    assert di.python_candidates("/usr/bin/qgis", "/usr", "linux", (3, 11))[0] == Path("/usr/bin/python3.11")
    assert di.python_candidates("/usr/bin/python3", "/usr", "linux", (3, 11))[0] == Path("/usr/bin/python3")
    assert di.find_python("/nonexistent") == Path(sys.executable)   # the venv's, checked by running it


def test_versions_compare_by_their_release_numbers():
    assert di.version_tuple("1.10.1") > di.version_tuple("1.9") and di.version_tuple("2.0.7") >= (2, 0)
    assert di.version_tuple("2.1rc1") == (2, 1) and di.version_tuple("3.11.1-CAPI-1.17.1")[:2] == (3, 11)
    assert di.parse_requirement(" shapely >= 2.0 ") == ("shapely", "2.0")
    with pytest.raises(ValueError):
        di.parse_requirement("shapely==2.0")


def test_manual_command_quotes_what_a_shell_would_misread(tmp_path):
    line = di.manual_command("/usr/bin/python3", tmp_path / "my profile", ["shapely>=2.0"])
    assert line.startswith("/usr/bin/python3 ") and line.endswith(' "shapely>=2.0"')
    assert f'--target "{tmp_path / "my profile"}"' in line


def test_progress_lines_and_an_install_resolved_against_the_system_python(tmp_path):
    """In-process, as the QgsTask runs it: pip's lines and a rising progress; PuLP (absent from Debian) only."""
    lines, progress = [], []
    result = di.install(tmp_path / "deps", ["pulp>=2.7", "scipy>=1.10"], python=SYSTEM_PYTHON,
                        on_line=lines.append, on_progress=progress.append)
    assert result.ok and result.reason == "ok", (result, lines[-20:])
    assert [r.split("==")[0].lower() for r in result.installed] == ["pulp"]
    assert progress == sorted(progress) and progress[0] == 5 and progress[-1] == 100 and len(progress) > 4
    assert any(line.startswith("Successfully installed") for line in lines)
    assert (tmp_path / "deps" / "pulp").is_dir() and not (tmp_path / "deps.staging").exists()


def test_cancel_stops_pip_at_once_and_leaves_the_folder_untouched(tmp_path):
    started = time.monotonic()
    code, tail = di.run_streaming([SYSTEM_PYTHON, "-c", "import time; print('one', flush=True); time.sleep(60)"],
                                  di._env(), lambda _line: None, lambda: time.monotonic() - started > 1)
    assert code is None and tail == ["one"] and time.monotonic() - started < 5
    folder = tmp_path / "deps"
    result = di.install(folder, ["pulp>=2.7"], python=SYSTEM_PYTHON, cancelled=lambda: True)
    assert not result.ok and result.reason == "cancelled" and "--dry-run" in result.command
    assert not folder.exists() and not (tmp_path / "deps.staging").exists()


def test_a_python_without_pip_is_named(tmp_path):
    subprocess.run([SYSTEM_PYTHON, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True, timeout=120)
    bare = tmp_path / "bare" / "bin" / "python"
    result = di.install(tmp_path / "deps", ["pulp>=2.7"], python=bare)
    assert not result.ok and result.reason == "no_pip" and result.detail == str(bare)
    assert result.manual.startswith(f"{bare} ") and result.manual.endswith('"pulp>=2.7"')
    numpy = di.install(tmp_path / "deps", ["numpy>=2.0"], python=SYSTEM_PYTHON)
    assert not numpy.ok and numpy.reason == "qgis_package" and numpy.detail == "numpy"


@pytest.fixture(scope="module")
def geos():
    path, version = di.qgis_geos()
    assert path and version.startswith("3.11"), (path, version)   # Debian 12's GEOS, which QGIS links
    return path, version


def test_shapely_with_another_geos_is_caught_before_it_reaches_the_folder(tmp_path, geos):
    """Beside QGIS's GEOS 3.11 (loaded first, its symbols global) a wheel bundling GEOS 3.13 segfaults."""
    wrong = tmp_path / "wrong"
    subprocess.run([SYSTEM_PYTHON, "-m", "pip", "install", "--quiet", "--target", str(wrong), "--no-deps",
                    "--only-binary=:all:", "--disable-pip-version-check", "--root-user-action=ignore",
                    "shapely>=2.1,<2.2"], check=True, timeout=300, capture_output=True)
    alone = di.probe(SYSTEM_PYTHON, [wrong], ["shapely=shapely"])
    assert alone["modules"]["shapely=shapely"].startswith("2.1") and alone["numpy"][0].startswith("1.24")
    assert di.probe(SYSTEM_PYTHON, [wrong], ["shapely=shapely"], geos=geos[0]) is None


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """The ZIP installed the way QGIS's "Install from ZIP" does, into a fresh profile, plugin enabled."""
    tmp = tmp_path_factory.mktemp("dependency_install")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_zip.py"), str(tmp / "sc.zip")], check=True, cwd=ROOT)
    plugins = tmp / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(tmp / "sc.zip") as zf:
        zf.extractall(plugins)
    env = _system_env(tmp)
    subprocess.run(["qgis_process", "plugins", "enable", "smart_community"], env=env, check=True, timeout=120,
                   capture_output=True)
    return tmp, plugins / "smart_community", tmp / "profiles" / "default" / "smart_community" / "python3.11"


def _system_env(config: Path) -> dict[str, str]:
    """QGIS as a user has it: the system Python, nothing of the project's .venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return dict(env, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))


def _review(tmp: Path, out: Path) -> subprocess.CompletedProcess:
    s = str(SAMPLE)
    layers = [f"{key}={s}|layername={name}" for key, name in (
        ("COMMUNITY", "community"), ("BUILDINGS", "buildings"), ("FACILITIES", "facilities"),
        ("COMPOUNDS", "compounds"), ("ROADS", "roads"), ("GATES", "gates"), ("PLAY_AREAS", "play_areas"))]
    return subprocess.run(["qgis_process", "run", "smart_community:review", "--", *layers, "DISTANCE=both",
                           f"OUTPUT_JSON={out / 'review.json'}", f"OUTPUT_GPKG={out / 'review.gpkg'}"],
                          env=_system_env(tmp), capture_output=True, text=True, timeout=300)


ENVIRONMENT_ALGORITHM = '''
import sys

from qgis.core import QgsProcessingAlgorithm, QgsProcessingOutputString


class PythonEnvironment(QgsProcessingAlgorithm):
    def name(self):
        return "python_environment"

    def displayName(self):
        return "Python environment"

    def createInstance(self):
        return PythonEnvironment()

    def initAlgorithm(self, config=None):
        for key in ("NUMPY", "NUMPY_FILE", "SHAPELY", "SHAPELY_FILE", "SYS_PATH"):
            self.addOutput(QgsProcessingOutputString(key, key))

    def processAlgorithm(self, parameters, context, feedback):
        import numpy
        import shapely

        return {"NUMPY": numpy.__version__, "NUMPY_FILE": numpy.__file__, "SHAPELY": shapely.__version__,
                "SHAPELY_FILE": shapely.__file__, "SYS_PATH": "\\n".join(sys.path)}
'''


def test_install_from_zip_then_qgis_process_reviews_with_the_system_python(profile):
    tmp, plugin, folder = profile
    dist_before = sorted(os.listdir(DIST_PACKAGES))
    # Before: the plugin loads and says what is missing, in words, not a traceback.
    before = _review(tmp, tmp)
    said = before.stdout + before.stderr
    assert before.returncode != 0 and "Traceback" not in said
    assert "needs shapely>=2.0" in said and f"--target {folder}" in said and "smart_community:review not found" in said

    started = time.monotonic()
    proc = subprocess.run([SYSTEM_PYTHON, str(plugin / "smart_community_plugin" / "dependency_install.py"),
                           "--target", str(folder), "shapely>=2.0", "scipy>=1.10"],
                          env=_system_env(tmp), capture_output=True, text=True, timeout=600)
    result = json.loads(proc.stdout[proc.stdout.rindex("\n{"):])
    assert proc.returncode == 0 and result["ok"], proc.stdout[-3000:] + proc.stderr[-3000:]
    # Only shapely: Debian's scipy 1.10.1 is enough, numpy is QGIS's; the wheel is the one for GEOS 3.11.
    assert [r.split("==")[0] for r in result["installed"]] == ["shapely"]
    assert result["installed"][0].startswith("shapely==2.0.")
    assert {p.name for p in folder.iterdir()} == {"shapely", "shapely.libs", result["installed"][0].replace(
        "==", "-") + ".dist-info"}
    assert not folder.with_name("python3.11.staging").exists()
    assert sorted(os.listdir(DIST_PACKAGES)) == dist_before
    print(f"install: {time.monotonic() - started:.1f} s")

    again = subprocess.run(proc.args, env=_system_env(tmp), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and '"reason": "nothing"' in again.stdout      # idempotent, nothing fetched

    out = tmp / "out"
    out.mkdir()
    done = _review(tmp, out)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    review = json.loads((out / "review.json").read_text(encoding="utf-8"))
    assert review["schema"] == "smart-community-review/1" and len(review["checks"]) > 100
    assert review["summary"]["overall"] in ("pass", "conditional", "fail")
    assert (out / "review.gpkg").stat().st_size > 0

    algorithm = tmp / "python_environment.py"
    algorithm.write_text(textwrap.dedent(ENVIRONMENT_ALGORITHM), encoding="utf-8")
    seen = subprocess.run(["qgis_process", "--json", "run", str(algorithm)], env=_system_env(tmp),
                          capture_output=True, text=True, timeout=120)
    env = json.loads(seen.stdout)["results"]
    assert env["NUMPY"].startswith("1.24.") and env["NUMPY_FILE"].startswith(str(DIST_PACKAGES))
    assert env["SHAPELY"] == result["installed"][0].split("==")[1] and env["SHAPELY_FILE"].startswith(str(folder))
    path = env["SYS_PATH"].split("\n")
    assert path.count(str(folder)) == 1 and path.index(str(folder)) < path.index(str(DIST_PACKAGES))
    assert sorted(os.listdir(DIST_PACKAGES)) == dist_before


GUI_SCRIPT = '''
import json, os, sys, threading
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QPushButton

NAME = "smart_community"
report = {"log": [], "polls": 0}


def _log(message, tag, level):
    report["log"].append([tag, int(level), message[-1500:]])   # every tab: "Python 错误" in Chinese


def _buttons():
    return [b for item in qgis.utils.iface.messageBar().items() for b in item.findChildren(QPushButton)
            if b.objectName() == "SmartCommunityInstall"]


def _state():
    bar = [{"title": i.title(), "text": i.text(), "level": int(i.level()),
            "buttons": [b.text() for b in i.findChildren(QPushButton) if b.objectName() == "SmartCommunityInstall"]}
           for i in qgis.utils.iface.messageBar().items()]
    return {"bar": bar, "active": NAME in qgis.utils.active_plugins,
            "missing": getattr(qgis.utils.plugins.get(NAME), "missing", None),
            "provider": QgsApplication.processingRegistry().providerById(NAME) is not None,
            "tasks": [t.description() for t in QgsApplication.taskManager().activeTasks()]}


def _finish():
    report["end"] = _state()
    with open(os.environ["SC_REPORT"], "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False)
    QgsApplication.exit(0)


def _wait(done, then):
    report["polls"] += 1
    state = _state()
    failed = any(i["level"] == 2 for i in state["bar"]) or any(
        tag.startswith("Python") and level == 2 for tag, level, _text in report["log"])
    if report["polls"] > 600 or failed:
        QTimer.singleShot(300, _finish)          # timed out, or failed (Critical: ours or a Python error)
    elif done(state):
        QTimer.singleShot(300, then)
    else:
        QTimer.singleShot(300, lambda: _wait(done, then))


def _click(phase, done, then):
    report[phase] = _state()
    buttons = _buttons()
    if not buttons:
        _finish()
        return
    buttons[0].click()
    report[phase + "_clicked"] = _state()
    _wait(done, then)


def _feature():
    # A feature's package (the report's reportlab, absent from Debian's Python), asked for in another thread,
    # as a Processing algorithm run from its dialog does.
    report["reloaded"] = _state()
    deps = sys.modules[NAME + ".smart_community_plugin.deps"]
    tr = sys.modules[NAME + ".smart_community_plugin.i18n"].tr

    def ask():
        try:
            deps.require("report", tr("The approval report needs reportlab"))
        except deps.MissingDependency as exc:
            report["raised"] = str(exc)
    worker = threading.Thread(target=ask)
    worker.start()
    worker.join()
    QTimer.singleShot(500, lambda: _click("feature", lambda s: any(
        i["level"] == 3 and "reportlab==" in i["text"] for i in s["bar"]) and not s["tasks"], _finish))


QgsApplication.messageLog().messageReceived.connect(_log)
QTimer.singleShot(1500, lambda: _click("start", lambda s: s["missing"] == [], _feature))
'''


def test_in_qgis_the_message_bar_offers_install_and_the_plugin_reloads_with_it(tmp_path):
    """The QGIS desktop (Xvfb) in Chinese, the ZIP in a fresh profile, the system Python: the message bar names
    shapely with an Install button; clicking it runs the QgsTask, then the plugin reloads itself, complete."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_zip.py"), str(tmp_path / "sc.zip")], check=True,
                   cwd=ROOT)
    plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
    with zipfile.ZipFile(tmp_path / "sc.zip") as zf:
        zf.extractall(plugins)
    env = _system_env(tmp_path)
    subprocess.run(["qgis_process", "plugins", "enable", "smart_community"], env=env, check=True, timeout=120,
                   capture_output=True)
    (tmp_path / "script.py").write_text(GUI_SCRIPT, encoding="utf-8")
    env.pop("QT_QPA_PLATFORM")
    env["SC_REPORT"] = str(tmp_path / "report.json")
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--profiles-path", str(tmp_path),
                           "--nologo", "--noversioncheck", "--lang", "zh-Hans", "--code", str(tmp_path / "script.py")],
                          env=env, capture_output=True, text=True, timeout=400)
    assert (tmp_path / "report.json").exists(), proc.stderr[-3000:]
    r = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    offers = [i for i in r["start"]["bar"] if i["buttons"]]
    assert len(offers) == 1 and offers[0]["buttons"] == ["安装"], r["start"]
    assert "shapely>=2.0" in offers[0]["text"] and "插件自己的文件夹" in offers[0]["text"]
    assert r["start"]["active"] and not r["start"]["provider"] and r["start"]["missing"] == ["shapely>=2.0"]
    assert r["start_clicked"]["tasks"] == ["智慧社区：正在安装 shapely>=2.0"]
    assert [i["text"] for i in r["start_clicked"]["bar"] if i["buttons"]] == [
        "正在将 shapely>=2.0 安装到插件自己的文件夹…进度与取消：QGIS 任务管理器（状态栏）。"]
    # Reloaded: nothing missing, the Processing provider registered, the offer gone, success said and logged.
    assert "reloaded" in r, [line for line in r["log"] if line[0].startswith("Python") or line[1] == 2]
    after = r["reloaded"]
    assert after["active"] and after["missing"] == [] and after["provider"], r
    assert not [i for i in after["bar"] if i["buttons"]]
    success = [i for i in after["bar"] if i["title"] == "智慧社区" and i["level"] == 3]
    assert len(success) == 1 and "已将 shapely==2.0." in success[0]["text"] and "正在重新加载插件" in success[0]["text"]
    assert any(tag == "Smart Community" and level == 3 and "shapely==2.0." in text for tag, level, text in r["log"])
    # The feature's package: the error names the by-hand install, the bar offers it (from the worker thread).
    assert "reportlab>=4.0" in r["raised"] and "dependency_install.py --target" in r["raised"]
    offers = [i for i in r["feature"]["bar"] if i["buttons"]]
    assert len(offers) == 1 and offers[0]["buttons"] == ["安装"] and "reportlab>=4.0" in offers[0]["text"], r["feature"]
    done = [i for i in r["end"]["bar"] if i["level"] == 3 and "reportlab==" in i["text"]]
    assert done and r["end"]["active"] and r["end"]["provider"], r["end"]
    assert not [line for line in r["log"] if line[0].startswith("Python") or line[1] == 2], r["log"]
    folder = tmp_path / "profiles" / "default" / "smart_community" / "python3.11"
    names = {p.name.split("-")[0] for p in folder.iterdir()}
    assert {"shapely", "reportlab"} <= names and not names & {"numpy", "pillow", "PIL", "charset_normalizer"}
