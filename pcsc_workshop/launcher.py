"""Entry point: the desktop app when no sub-command is given, else the headless CLI.

Kept apart from cli.py so that the CLI can be proven Qt-free while one command still
starts the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from pcsc_workshop import cli

    if "--self-test" in argv:
        from pcsc_workshop.ui.self_test import run_self_test

        return run_self_test()
    if cli.wants_gui(argv):
        from pcsc_workshop.ui.app import run

        return run(argv)
    return cli.main(argv)

