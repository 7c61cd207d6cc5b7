"""Compile the app's modules to bytecode before a bench, as an installed app has them.

`pip install` and the PyInstaller build ship compiled `.pyc` files. A source checkout run
with PYTHONDONTWRITEBYTECODE set (as on this machine) compiles every module from source on
each import instead, and `compile()` holds the GIL for the whole module: a worker importing
the PDF code then froze the UI thread for up to 110 ms, which no user would see.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_app() -> None:
    compileall.compile_dir(str(ROOT / "pcsc_workshop"), quiet=1)
