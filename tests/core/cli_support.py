"""Run the `pcsc-workshop` command line inside the test process (no tests here).

Why: each `python -m pcsc_workshop` a test started paid a new interpreter and the imports of
the core (~1 s of CPU, more on a loaded machine), while what those tests check (the exit code,
the one line on stderr, the files written) does not depend on the process. The tests about the
process itself still start one: the CLI never imports Qt, `python -m pcsc_workshop import FILE`
is routed to the CLI and exits 1, a command killed mid-migration, the headless room.

An exception escaping a command is not caught here: the test fails with it, as the
"no traceback" assertions of those tests want.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass(frozen=True)
class CliResult:
    """What `subprocess.run(..., capture_output=True, text=True)` would have given."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict[str, str] | None = None) -> CliResult:
    """`pcsc-workshop ARGS...` with `env` added to the environment for the call."""
    from pcsc_workshop.cli import main, wants_gui

    assert not wants_gui(list(args)), f"{args} would start the desktop app, not the CLI"
    saved = {key: os.environ.get(key) for key in env or {}}
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --version, --help and usage errors
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return CliResult(code, out.getvalue(), err.getvalue())
