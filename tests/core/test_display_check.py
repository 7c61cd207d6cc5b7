"""The window that cannot open says what is missing in one line, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pcsc_workshop.display_check import XCB_LIBRARIES, display_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[2]


def test_missing_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    line = display_problem({"DISPLAY": ":0"}, loads=lambda s: s not in absent,
                           platform="linux")
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in line


def test_nothing_missing_and_a_display_is_no_problem() -> None:
    assert display_problem({"DISPLAY": ":0"}, loads=lambda s: True, platform="linux") is None


def test_no_display_is_said_plainly() -> None:
    line = display_problem({}, loads=lambda s: True, platform="linux")
    assert line is not None and "DISPLAY" in line


def test_only_the_x11_plugin_is_checked() -> None:
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({}, "win32")
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert display_problem({}, loads=lambda s: False, platform="darwin") is None


def test_readme_lists_every_package_the_plugin_needs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted({p for p in XCB_LIBRARIES.values() if p not in readme})
    assert missing == [], f"README does not name {missing}"


def test_the_real_launcher_prints_one_line_and_exits_1(tmp_path: Path) -> None:
    """A library that cannot be loaded, on the real command: one line on stderr, exit 1."""
    code = ("import sys, pcsc_workshop.display_check as d;"
            "d.XCB_LIBRARIES['libpcsc-not-there.so.9'] = 'pcsc-not-there9';"
            "from pcsc_workshop.launcher import main; sys.exit(main([]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0",
           "PCSC_WORKSHOP_DB": str(tmp_path / "db.sqlite3")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "libpcsc-not-there.so.9" in lines[0]
    assert "pcsc-not-there9" in lines[0]
    assert not (tmp_path / "db.sqlite3").exists()
