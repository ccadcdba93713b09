"""Optional packages: a feature that lacks one says what to install, and the GUI is told to offer it."""

from __future__ import annotations

import sys

import pytest

from smart_community_plugin import deps


def test_a_missing_optional_package_says_what_to_install(monkeypatch):
    monkeypatch.setitem(deps.OPTIONAL, "report", ("no_such_module_here", "reportlab", "4.0"))
    with pytest.raises(deps.MissingDependency, match=r'pip install "reportlab>=4.0"') as raised:
        deps.require("report", "The approval report needs reportlab")
    message = str(raised.value)
    # The install into the plugin's own folder (the same as the Install button), not a bare pip line that
    # Debian 12 refuses (externally-managed-environment).
    assert message.startswith("The approval report needs reportlab: Smart Community Planner needs reportlab>=4.0.")
    assert "dependency_install.py --target " in message and 'smart_community/python3.11 "reportlab>=4.0"' in message
    assert "python3 -m pip install" not in message and "OSGeo4W Shell: python -m pip install" not in message
    deps.require("xlsx", "XLSX")          # installed by make: no error


def test_require_tells_the_listeners_what_to_offer(monkeypatch):
    told = []
    monkeypatch.setattr(deps, "listeners", [lambda wanted, purpose: told.append((wanted, purpose)),
                                            lambda wanted, purpose: 1 / 0])   # a broken one changes nothing
    monkeypatch.setitem(deps.OPTIONAL, "exact", ("no_such_module_here", "pulp", "2.7"))
    with pytest.raises(deps.MissingDependency):
        deps.require("exact", "The exact solution needs PuLP")
    assert told == [(["pulp>=2.7"], "The exact solution needs PuLP")]
    deps.require("report", "report")       # present: nobody is told
    assert len(told) == 1


def test_versions_are_checked_without_importing_an_old_module(monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "networkx", raising=False)
    assert not deps._satisfied("networkx", "networkx", "999.0")        # too old by its metadata (3.4.2) ...
    assert "networkx" not in sys.modules                                # ... so never imported
    assert deps._satisfied("networkx", "networkx", "3.0") and "networkx" in sys.modules
    # Metadata left behind without the package, or a package that no longer imports: not usable.
    for name, body in (("ghost_pkg", None), ("broken_pkg", "raise ImportError('half removed')")):
        info = tmp_path / f"{name}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
        if body:
            (tmp_path / name).mkdir()
            (tmp_path / name / "__init__.py").write_text(body + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert not deps._satisfied("ghost_pkg", "ghost_pkg", "0.5")
    assert not deps._satisfied("broken_pkg", "broken_pkg", "0.5")
    monkeypatch.setattr(deps, "REQUIRED", (("numpy", "numpy", "99.0"), ("shapely", "shapely", "2.0")))
    assert deps.missing_dependencies() == ["numpy>=99.0"]
