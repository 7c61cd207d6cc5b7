"""The headless command line: demo, --db/env, --version, and no Qt anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pcsc_workshop import __version__
from pcsc_workshop.cli import main
from tests.core.cli_support import run_cli


def run_process(*args: str) -> subprocess.CompletedProcess:
    """The real program, `python -m pcsc_workshop ARGS...`: for what the process boundary
    decides (the launcher's routing, the exit status); the others run it in-process."""
    return subprocess.run([sys.executable, "-m", "pcsc_workshop", *args], capture_output=True,
                          text=True, timeout=60)


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
    from pcsc_workshop.core.people import list_delegations, list_participants
    from pcsc_workshop.core.store import Store

    store = Store(db)  # the listing counts what the demo holds
    with store.session() as s:
        people, delegations = list_participants(s, first), list_delegations(s, first)
    store.close()
    assert people and delegations
    assert (listed[0]["participants"], listed[0]["delegations"]) == (len(people),
                                                                     len(delegations))


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
    result = run_process("--db", str(tmp_path / "i.sqlite3"), "import", str(bad))
    assert result.returncode == 1
    assert "plan.pcsc" in result.stdout + result.stderr


# The tests below take the demo from the conftest's template (`scored_demo_id`: what
# `pcsc-workshop demo` makes, the two tests above run that command itself).


def test_out_creates_a_missing_folder_and_exports_one_plan(tmp_path: Path, db_path: Path,
                                                           scored_demo_id: str) -> None:
    db, workshop = db_path, scored_demo_id
    people = json.loads(run_cli("--db", str(db), "participants", "list", "--workshop", workshop,
                                "--json").stdout)
    someone = people[0]
    out = tmp_path / "not" / "yet" / "there"
    result = run_cli("--db", str(db), "export", "plans", "--workshop", workshop, "--out",
                     str(out), "--participant", someone["id"])
    assert result.returncode == 0, result.stderr
    written = sorted(out.glob("*.pdf"))
    assert len(written) == 1 and someone["name"] in written[0].name
    # one delegation's plan
    delegation = next(p["delegation_id"] for p in people if p["delegation_id"])
    result = run_cli("--db", str(db), "export", "plans", "--workshop", workshop, "--out",
                     str(tmp_path / "d"), "--delegation", delegation)
    assert result.returncode in (0, 1), result.stderr
    if result.returncode == 0:
        assert len(list((tmp_path / "d").glob("*.pdf"))) == 1
    else:
        assert "empty" in result.stderr and len(result.stderr.splitlines()) == 1
    # an unknown id is one line naming it
    result = run_cli("--db", str(db), "export", "plans", "--workshop", workshop, "--out",
                     str(out), "--participant", "nobody")
    assert result.returncode == 1 and "nobody" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_out_refuses_an_unwritable_place_in_one_line(tmp_path: Path, db_path: Path,
                                                     scored_demo_id: str) -> None:
    db, workshop = db_path, scored_demo_id
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: a file in the way instead
            blocker = tmp_path / "file"
            blocker.write_text("x")
            target = blocker / "sub"
        else:
            target = locked / "sub"
        result = run_cli("--db", str(db), "export", "certificates", "--workshop", workshop,
                         "--out", str(target))
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "folder" in result.stderr


def test_readme_and_certificates_agree_on_anonymised(tmp_path: Path, db_path: Path,
                                                     scored_demo_id: str) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "export certificates" in x)
    assert "--anonymised" not in line
    result = run_cli("--db", str(db_path), "export", "certificates", "--workshop",
                     scored_demo_id, "--out", str(tmp_path / "c"), "--anonymised")
    assert result.returncode == 1 and "certificate names the person" in result.stderr
