"""How this app starts a child process of itself (the room hub, an export): one place.

From source the child runs `python -m pcsc_workshop`, so it must find this very checkout
first on its path; frozen, it is the app's own executable and needs nothing. Its output is
read line by line as it comes (unbuffered), and on Windows it opens no console window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no second console


def child_env() -> dict[str, str]:
    """The environment for a child process of this app."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):  # `-m pcsc_workshop` finds this very checkout
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env
