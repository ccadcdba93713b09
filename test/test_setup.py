"""scripts/setup-system.sh on both apt source layouts, in throwaway roots: the one-line sources.list of a
standard Debian 12 installation (no sources.list.d/*.list at all) and the deb822 *.sources files."""

from __future__ import annotations

import os
import subprocess

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "setup-system.sh"
ONE_LINE = ("# deb cdrom:[Debian GNU/Linux 12.5.0 _Bookworm_]/ bookworm main\n"
            "deb http://mirrors.example.cn/debian/ bookworm main non-free-firmware\n"
            "deb-src http://mirrors.example.cn/debian/ bookworm main\n"
            "deb http://security.debian.org/debian-security bookworm-security main\n")
DEB822 = ("Types: deb\nURIs: http://deb.example.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\n\n"
          "Types: deb\nURIs: http://deb.example.org/debian-security\nSuites: bookworm-security\nComponents: main\n")


def _root(tmp_path, one_line=None, deb822=None, extra_list=None):
    apt = tmp_path / "etc" / "apt"
    (apt / "sources.list.d").mkdir(parents=True)
    if one_line is not None:
        (apt / "sources.list").write_text(one_line, encoding="utf-8")
    if deb822 is not None:
        (apt / "sources.list.d" / "debian.sources").write_text(deb822, encoding="utf-8")
    if extra_list is not None:
        (apt / "sources.list.d" / "backports.list").write_text(extra_list, encoding="utf-8")
    return tmp_path


def _run(root, *args):
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                          env=dict(os.environ, APT_ROOT=str(root)), timeout=30)


@pytest.mark.parametrize("layout, mirror", [
    ({"one_line": ONE_LINE}, "http://mirrors.example.cn/debian/"),
    ({"deb822": DEB822}, "http://deb.example.org/debian"),
    ({"one_line": "deb http://a.example/debian bookworm main\n", "deb822": DEB822}, "http://deb.example.org/debian"),
])
def test_the_mirror_is_found_in_either_layout_and_backports_enabled_from_it(tmp_path, layout, mirror):
    root = _root(tmp_path, **layout)
    found = _run(root, "--print-mirror")
    assert found.returncode == 0 and found.stdout.strip() == mirror, found.stderr
    enabled = _run(root, "--enable-backports")
    assert enabled.returncode == 0 and "enabling bookworm-backports from" in enabled.stdout
    written = (root / "etc" / "apt" / "sources.list.d" / "smart-community-backports.sources").read_text()
    assert f"URIs: {mirror}\n" in written and "Suites: bookworm-backports\n" in written
    again = _run(root, "--enable-backports")      # already enabled: nothing more is written
    assert again.returncode == 0 and again.stdout == ""


def test_backports_already_named_on_one_line_are_left_as_they_are(tmp_path):
    root = _root(tmp_path, one_line=ONE_LINE, extra_list="deb http://mirrors.example.cn/debian bookworm-backports main\n")
    assert _run(root, "--enable-backports").returncode == 0
    assert not (root / "etc" / "apt" / "sources.list.d" / "smart-community-backports.sources").exists()


def test_no_debian_source_is_said_plainly(tmp_path):
    root = _root(tmp_path)
    out = _run(root, "--enable-backports")
    assert out.returncode == 1 and "no apt source names a bookworm mirror" in out.stderr
