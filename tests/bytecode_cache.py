"""Let the test run keep compiled bytecode, even where PYTHONDONTWRITEBYTECODE is set.

Loaded before any other plugin (`-p tests.bytecode_cache` in pyproject's pytest `addopts`).
This machine and CI set PYTHONDONTWRITEBYTECODE=1, so every pytest process compiled the
project's ~49,000 lines again, pytest redid its assertion rewriting of ~130 modules (every
module of hypothesis, pytest-qt, platformdirs... — plugins are rewritten whole), and every
`python -m pcsc_workshop` a test starts compiled the project once more: about 2.5 s of CPU
per pytest process (each xdist worker is one) and a few tenths of a second per subprocess.

With bytecode written as Python does by default (`__pycache__/`, ignored by git), the first
process compiles and the others, and later runs, read it. Child processes inherit the
setting through the environment.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
