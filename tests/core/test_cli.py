"""The headless command line: demo, --db/env, --version, and no Qt anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pcsc_workshop import __version__
from pcsc_workshop.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "pcsc_workshop", *args], capture_output=True,
                          text=True, env=full_env, timeout=60)


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"pcsc-workshop {__version__}"


def test_demo_is_idempotent_and_prints_its_id(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["--db", db, "demo"]) == 0
    assert capsys.readouterr().out.strip() == first
    assert main(["--db", db, "workshops", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [w["id"] for w in listed] == [first]
    assert listed[0]["participants"] == 9 and listed[0]["delegations"] == 6


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    result = run_cli("demo", env={"PCSC_WORKSHOP_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_not_a_database_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello, this is not SQLite\n")
    result = run_cli("--db", str(bad), "demo")
    assert result.returncode == 1
    assert "not an SQLite file" in result.stderr and "Traceback" not in result.stderr
    assert bad.read_text() == "hello, this is not SQLite\n"


def test_cli_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from pcsc_workshop.cli import main; "
        f"main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'demo']); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'pcsc_workshop.ui'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_usage_error_exits_2() -> None:
    assert run_cli("workshops", "--no-such-flag").returncode == 2


def test_every_sub_command_is_recognised_by_the_launcher() -> None:
    """`pcsc-workshop import FILE` must import, not start the GUI (and so for every command)."""
    from pcsc_workshop.cli import build_parser, command_names, wants_gui

    registered = set(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001
    assert registered == command_names()
    for name in registered:
        assert not wants_gui([name, "--help"]), name
    assert wants_gui(["--db", "x.sqlite3"]) and wants_gui(["plans.pcsc"])


def test_import_on_the_real_command_line_refuses_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "plan.pcsc"
    bad.write_bytes(b"%PDF-1.7 not a zip")
    result = run_cli("--db", str(tmp_path / "i.sqlite3"), "import", str(bad))
    assert result.returncode == 1
    assert "plan.pcsc" in result.stdout + result.stderr
