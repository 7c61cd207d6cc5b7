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
        from pcsc_workshop.display_check import display_problem

        # Checked before Qt is imported: a missing X11 library makes Qt abort with a core
        # dump and a message naming the wrong library; one line saying what to install.
        if problem := display_problem():
            print(f"pcsc-workshop: {problem}", file=sys.stderr)
            return 1
        from pcsc_workshop.ui.app import run

        return run(argv)
    return cli.main(argv)

