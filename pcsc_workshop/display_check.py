"""Before the window opens on Linux: are the system libraries Qt's X11 plugin needs there?

When one is missing, Qt prints a paragraph that blames the wrong library ("could not load the
Qt platform plugin xcb ... libxcb-cursor0 is needed") and aborts with a core dump. This module
checks first, with `dlopen` of each library the plugin links to, and the launcher prints one
line naming what is missing and the Debian/Ubuntu packages that hold it.

The list is what `readelf -d` shows as NEEDED for PySide6 6.11's
`Qt/plugins/platforms/libqxcb.so`, `Qt/lib/libQt6XcbQpa.so.6` and the Qt libraries they load
(`libQt6Gui`, `libQt6Core`, `libQt6Widgets`, `libQt6DBus`), minus what every Linux has (libc,
libstdc++, zlib...) and what PySide6 ships itself (ICU, Qt). The README lists the same packages.
No Qt import here: this must run before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> Debian/Ubuntu package (Debian 12 names; checked with `dpkg -S` on this machine).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt would open its window through X11 (the xcb plugin)."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Qt 6 tries Wayland first in a Wayland session, and falls back to xcb.
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def missing_libraries(loads: Callable[[str], bool] = _loads,
                      libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The sonames that cannot be loaded, in the order listed."""
    return [soname for soname in libraries if not loads(soname)]


def display_problem(env: Mapping[str, str] | None = None, *,
                    loads: Callable[[str], bool] = _loads,
                    platform: str = sys.platform) -> str | None:
    """One line saying why the window cannot open, or None when nothing is known to be wrong."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform):
        return None
    missing = missing_libraries(loads)
    if missing:
        packages = list(dict.fromkeys(XCB_LIBRARIES[s] for s in missing))
        return (f"the window cannot open: missing system "
                f"librar{'y' if len(missing) == 1 else 'ies'} {', '.join(missing)} "
                f"(Debian/Ubuntu: sudo apt-get install {' '.join(packages)})")
    if not env.get("DISPLAY"):
        return ("the window cannot open: no display (DISPLAY is not set); start it from a "
                "desktop session, or use the command line: pcsc-workshop --help")
    return None
