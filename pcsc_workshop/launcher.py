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
        if "--exit-after-show" not in argv:
            _preload_database_layer()
        from pcsc_workshop.ui.app import run

        return run(argv)
    return cli.main(argv)


def _preload_database_layer() -> None:
    """Import SQLAlchemy and the ORM on a thread while Qt loads on the main thread.

    Why: those imports take ~0.3-0.5 s; overlapping them with Qt's start-up shortens the
    time until the window shows its data. The import lock keeps this safe: a module the
    main thread needs meanwhile is simply waited for.
    """
    import threading

    def work() -> None:
        import pcsc_workshop.core.plans  # noqa: F401 - imports sqlalchemy and the models
        import pcsc_workshop.core.store  # noqa: F401

    threading.Thread(target=work, name="preload-db", daemon=True).start()
