"""Shared fixtures. Qt runs offscreen so a plain `pytest` works without a screen."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Temporary files (tmp_path, tempfile.mkdtemp, the template databases, the child processes')
# in memory where the system has a tmpfs and the developer did not choose a TMPDIR: every
# SQLite commit here is synchronous=FULL, an fsync, and on a disk shared by several test runs
# those waits were most of a slow day's extra time (the merge property test: 61 s on /tmp,
# 11 s on /dev/shm, same CPU). No test is about surviving a power cut: SIGKILL keeps the
# page cache, so what the kill tests prove holds on tmpfs as on a disk. Set here, before
# xdist starts its workers, so they and their children inherit it; `tempfile.tempdir` too,
# since pytest's output capture asked for a temporary file (and cached /tmp) already.
# Only a roomy one: Docker's default /dev/shm is 64 MB, and a run writes several hundred MB.
if "TMPDIR" not in os.environ and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) \
        and shutil.disk_usage("/dev/shm").free > 4 * 2**30:
    os.environ["TMPDIR"] = tempfile.tempdir = "/dev/shm"
# Hypothesis loads the plugins of every installed package at its import; the only one here is
# trio's (pulled in by selenium), which imports trio and runs two full garbage collections:
# ~0.9 s of CPU in every pytest process (each xdist worker). No test uses trio.
os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")
# Caches (compiled .qm translations, the parsed curriculum) in a folder of this checkout's
# own, never the user's: every worktree on a machine shared ~/.cache, so a .qm compiled from
# another checkout's .ts (or that checkout's curriculum) was read, and rewritten, by this one.
# Kept between runs of the same checkout; xdist workers share it (writes are atomic).
os.environ["XDG_CACHE_HOME"] = str(
    Path(tempfile.gettempdir()) / "pcsc-tests-cache"
    / hashlib.sha1(str(Path(__file__).resolve().parent.parent).encode()).hexdigest()[:12])
os.environ.setdefault("PCSC_WORKSHOP_DB", str(Path(os.environ.get("TMPDIR", "/tmp")) / "pcsc-tests-never-used.sqlite3"))

_TEMPLATES: dict[str, Path] = {}
_RUN_FOLDERS: list[Path] = []


def run_temp_dir(prefix: str) -> Path:
    """A folder for files kept for the rest of this test process (a module-level template
    made outside any test's tmp_path), removed when the process ends (`pytest_unconfigure`):
    with the temporary files in memory (/dev/shm, above), one left behind by every run
    would hold RAM until a reboot."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    _RUN_FOLDERS.append(folder)
    return folder


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _RUN_FOLDERS:
        shutil.rmtree(folder, ignore_errors=True)


def _template(kind: str, factory: pytest.TempPathFactory) -> Path:
    """A database file built once per run (per xdist worker) and copied for each test.

    `empty`: migrated, no workshop; `demo`: the demo workshop without its samples; `scored`:
    the demo as a new user sees it. Migrating takes ~0.2-1 s and the scored demo ~0.5 s of CPU,
    against a few milliseconds to copy the file; the demo has fixed ids and dates, so a copy
    holds exactly what building it in the test would have made.
    """
    if kind not in _TEMPLATES:
        from pcsc_workshop.core.demo import ensure_demo_workshop
        from pcsc_workshop.core.store import Store

        path = factory.mktemp("template") / f"{kind}.sqlite3"
        s = Store(path)
        if kind != "empty":
            with s.session() as session:
                ensure_demo_workshop(session, with_samples=kind == "scored")
        s.close()
        _TEMPLATES[kind] = path
    return _TEMPLATES[kind]


def restore_template(kind: str, target: Path, factory: pytest.TempPathFactory) -> None:
    """Replace the contents of the database at `target` by a template's, through SQLite's
    backup API (safe while other connections have the file open, WAL included)."""
    import sqlite3

    src = sqlite3.connect(_template(kind, factory))
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture()
def db_path(request: pytest.FixtureRequest, tmp_path: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh, migrated database file (copied from a template: migrating is slow).

    When the test asks for `demo_id` or `scored_demo_id` (directly or through another
    fixture), the copy already holds that demo; those fixtures then find it, as
    `ensure_demo_workshop` does on a database that has it.
    """
    names = request.fixturenames
    kind = ("scored" if "scored_demo_id" in names and "demo_id" not in names
            else "demo" if "demo_id" in names else "empty")
    target = tmp_path / "workshops.sqlite3"
    shutil.copy(_template(kind, tmp_path_factory), target)
    return target


@pytest.fixture()
def store(db_path: Path):
    from pcsc_workshop.core.store import Store

    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture()
def demo_id(store) -> str:
    """The demo workshop without its samples (no delegation plan, assessments or checks)."""
    from pcsc_workshop.core.demo import ensure_demo_workshop

    with store.session() as session:
        return ensure_demo_workshop(session, with_samples=False)


@pytest.fixture()
def scored_demo_id(store) -> str:
    """The demo workshop exactly as a new user sees it, with sample self-assessments."""
    from pcsc_workshop.core.demo import ensure_demo_workshop

    with store.session() as session:
        return ensure_demo_workshop(session)
