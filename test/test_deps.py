"""Optional packages: a feature that lacks one says what to install."""

from __future__ import annotations


def test_a_missing_optional_package_says_what_to_install(monkeypatch):
    import pytest

    from smart_community_plugin import deps

    monkeypatch.setitem(deps.OPTIONAL, "report", ("no_such_module_here", "reportlab", "4.0"))
    with pytest.raises(deps.MissingDependency, match=r'pip install "reportlab>=4.0"'):
        deps.require("report", "The approval report needs reportlab")
    deps.require("xlsx", "XLSX")          # installed by make: no error
