"""The database opens safely: migrations, backups, refusing files that are not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select

from pcsc_workshop.core import db
from pcsc_workshop.core.db import DatabaseError, current_revision, make_engine, upgrade
from pcsc_workshop.core.migrations import HEAD
from pcsc_workshop.core.models import Participant, Workshop
from pcsc_workshop.core.store import Store


def test_new_database_is_migrated_to_head_with_wal_and_full_sync(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    store = Store(path)
    with store.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert current_revision(path) == HEAD


def test_head_constant_matches_alembic_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", "pcsc_workshop.core:migrations")
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_database_made_by_revision_1_opens_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO workshops (id, created_at, updated_at, revision, deleted, title, "
            "organisers, venue, city, country, language, description, curriculum_id, "
            "curriculum_version, template_id) VALUES ('w1', '2016-11-14 09:00:00', "
            "'2016-11-14 09:00:00', 3, 0, 'Deep dive 2016', '', '', 'Yokohama', 'Japan', 'en', "
            "'', 'pcsc', '', '')"
        )
        con.exec_driver_sql(
            "INSERT INTO participants (id, created_at, updated_at, revision, deleted, "
            "workshop_id, name, organisation, role, consent, position) VALUES ('p1', "
            "'2016-11-14 09:00:00', '2016-11-14 09:00:00', 1, 0, 'w1', 'ليلى بنعلي', '', '', 1, 0)"
        )
    engine.dispose()
    assert current_revision(path) == "0001"

    store = Store(path)  # what the app does at start
    with store.session() as session:
        workshop = session.get(Workshop, "w1")
        assert workshop is not None and workshop.title == "Deep dive 2016"
        assert workshop.revision == 3
        names = session.scalars(select(Participant.name)).all()
        assert names == ["ليلى بنعلي"]
    store.close()
    assert current_revision(path) == HEAD
    backups = list(tmp_path.glob("old.sqlite3.backup-*"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT title FROM workshops").fetchone() == ("Deep dive 2016",)
    con.close()


def _edit(path: Path, title: str) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS scratch (t TEXT)")
    con.execute("INSERT INTO scratch VALUES (?)", (title,))
    con.commit()
    con.close()


def test_backups_are_rotated(tmp_path: Path) -> None:
    path = tmp_path / "rot.sqlite3"
    Store(path).close()
    for i in range(db.BACKUPS_KEPT + 3):
        _edit(path, f"change {i}")
        db.backup(path, f"test{i}")
    assert len(list(tmp_path.glob("rot.sqlite3.backup-*"))) == db.BACKUPS_KEPT


def test_unchanged_file_is_not_backed_up_twice(tmp_path: Path) -> None:
    path = tmp_path / "same.sqlite3"
    Store(path).close()
    first = db.backup(path, "a")
    for label in "bcdef":
        assert db.backup(path, label) == first
    assert list(tmp_path.glob("same.sqlite3.backup-*")) == [first]


def test_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plans.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 10
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        Store(path)
    assert path.read_bytes() == content
    assert not list(tmp_path.glob("plans.pdf.backup-*"))


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        Store(tmp_path)


# --- storage that cannot be damaged by accident (issue 13, point 6) ---------------------------


def test_new_database_carries_the_application_id(tmp_path: Path) -> None:
    path = tmp_path / "ours.sqlite3"
    Store(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    con.close()


def test_migration_constant_matches_db_constant() -> None:
    import importlib

    mod = importlib.import_module(
        "pcsc_workshop.core.migrations.versions.storage_safety_0005_application_id")
    assert mod.APPLICATION_ID == db.APPLICATION_ID


def _foreign(path: Path) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
    con.executemany("INSERT INTO contacts (name, phone) VALUES (?, ?)",
                    [(f"Person {i}", f"+880 {i:07d}") for i in range(200)])
    con.commit()
    con.close()
    return path.read_bytes()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    content = _foreign(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(db.ForeignDatabase, match="another program.*left untouched"):
        Store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no backup, no -wal


def test_sqlite_file_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    # even with tables named like ours
    for table in ("alembic_version", "workshops", "participants"):
        con.execute(f"CREATE TABLE {table} (x)")
    con.commit()
    con.close()
    content = path.read_bytes()
    with pytest.raises(db.ForeignDatabase):
        Store(path)
    assert path.read_bytes() == content


def test_cli_refuses_a_foreign_file_in_one_line(tmp_path: Path) -> None:
    from tests.core.cli_support import run_cli

    path = tmp_path / "contacts.db"
    content = _foreign(path)
    run = run_cli("--db", str(path), "workshops")
    assert run.returncode == 1
    assert "another program" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content


@pytest.mark.parametrize("kind", ["zero-bytes", "sqlite-without-tables"])
def test_empty_new_file_is_fine(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    if kind == "sqlite-without-tables":
        sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t (x)")
        con.execute("DROP TABLE t")
        con.commit()
        con.close()
    Store(path).close()
    assert current_revision(path) == HEAD


def test_database_of_the_previous_version_gets_the_id(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0004")
    engine.dispose()
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == 0
    Store(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    con.close()
    assert current_revision(path) == HEAD


def test_database_of_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    content = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Store(path)
    assert path.read_bytes() == content


def _old_database_with_data(path: Path) -> None:
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO workshops (id, created_at, updated_at, revision, deleted, title, "
            "organisers, venue, city, country, language, description, curriculum_id, "
            "curriculum_version, template_id) VALUES ('w1', '2016-11-14 09:00:00', "
            "'2016-11-14 09:00:00', 3, 0, 'Deep dive 2016', '', '', 'Yokohama', 'Japan', 'en', "
            "'', 'pcsc', '', '')")
        for i in range(30):
            con.exec_driver_sql(
                "INSERT INTO participants (id, created_at, updated_at, revision, deleted, "
                "workshop_id, name, organisation, role, consent, position) VALUES "
                f"('p{i}', '2016-11-14 09:00:00', '2016-11-14 09:00:00', 1, 0, 'w1', "
                f"'Person {i}', '', '', 1, {i})")
    engine.dispose()


def _count_migration_statements(path: Path) -> int:
    from sqlalchemy import Engine as EngineClass

    counted = [0]

    def count(*_a: object) -> None:
        counted[0] += 1

    event.listen(EngineClass, "before_cursor_execute", count)
    try:
        db.open_database(path).dispose()
    finally:
        event.remove(EngineClass, "before_cursor_execute", count)
    return counted[0]


def _migrate_and_die_at(path: Path, statement: int) -> None:  # runs in a forked child
    import os
    import signal

    from sqlalchemy import Engine as EngineClass

    counted = [0]

    def count(*_a: object) -> None:
        counted[0] += 1
        if counted[0] == statement:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(EngineClass, "before_cursor_execute", count)
    db.open_database(path).dispose()
    os._exit(0)


def test_a_migration_killed_at_any_statement_leaves_the_file_usable(tmp_path: Path) -> None:
    """SIGKILL the migrating process before each of its statements (a sample of ~30 moments
    spread over the whole run, first and last included): every time the file is either as it
    was (revision 0001, all rows) or fully migrated, and the app then opens it."""
    import multiprocessing
    import os
    import shutil

    base = tmp_path / "base.sqlite3"
    _old_database_with_data(base)
    probe = tmp_path / "probe.sqlite3"
    shutil.copy(base, probe)
    total = _count_migration_statements(probe)
    assert total > 30
    moments = sorted({1, 2, 3, total - 1, total, *range(1, total, max(1, total // 25))})
    if os.environ.get("PCSC_KILL_EVERY_STATEMENT"):  # the long form: every single moment
        moments = list(range(1, total + 1))
    ctx = multiprocessing.get_context("fork")
    outcomes: dict[str, int] = {}
    for n in moments:
        path = tmp_path / f"kill-{n}.sqlite3"
        shutil.copy(base, path)
        child = ctx.Process(target=_migrate_and_die_at, args=(path, n))
        child.start()
        child.join(60)
        assert child.exitcode == -9, (n, child.exitcode)
        rev = current_revision(path)
        assert rev in ("0001", HEAD), (n, rev)
        outcomes[rev] = outcomes.get(rev, 0) + 1
        db.check_integrity(path)
        store = Store(path)  # what the next start does
        with store.session() as session:
            assert session.get(Workshop, "w1").title == "Deep dive 2016"
            assert len(session.scalars(select(Participant.id)).all()) == 30
        store.close()
        assert current_revision(path) == HEAD
        assert len(db.list_backups(path)) <= db.BACKUPS_KEPT
    assert outcomes.get("0001", 0) >= len(moments) - 3  # killed before the commit: as it was
    print(f"killed before {len(moments)} of {total} statements: {outcomes}")


def _flip_page(path: Path, page: int) -> None:
    size = 4096
    data = bytearray(path.read_bytes())
    start = size * (page - 1)
    for i in range(start + 8, start + size, 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _populated(path: Path) -> int:
    """A database with 400 participants; returns the participants table's root page."""
    store = Store(path)
    with store.session() as session:
        session.add(Workshop(id="w1", title="Corrupt me", city="Dhaka", country="Bangladesh"))
        for i in range(400):
            session.add(Participant(id=f"p{i}", workshop_id="w1", name=f"Participant {i} " * 8))
    store.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='participants'").fetchone()
    con.close()
    return root[0]


def test_corrupt_database_gives_one_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "flipped.sqlite3"
    _flip_page(path, _populated(path))
    with pytest.raises(db.DatabaseCorrupt, match="damaged.*backup"):
        Store(path)


def test_corrupt_database_on_every_command_is_one_line(tmp_path: Path) -> None:
    from tests.core.cli_support import run_cli

    path = tmp_path / "flipped.sqlite3"
    _flip_page(path, _populated(path))
    for args in (["workshops"], ["participants", "list", "--workshop", "w1"]):
        run = run_cli("--db", str(path), *args)
        assert run.returncode == 1, run.stderr
        assert "damaged" in run.stderr and "Traceback" not in run.stderr, run.stderr
        assert "sqlalchemy" not in run.stderr.lower()


def test_damaged_file_is_not_backed_up_over_good_backups(tmp_path: Path) -> None:
    path = tmp_path / "rot.sqlite3"
    root = _populated(path)
    good = db.backup(path, "good")
    _flip_page(path, root)
    for _ in range(5):
        with pytest.raises(db.DatabaseCorrupt):
            db.backup(path, "again")
        with pytest.raises(db.DatabaseCorrupt):
            Store(path)
    assert db.list_backups(path) == [good]
    db.check_integrity(good)


def test_rotation_keeps_the_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "rot.sqlite3"
    _populated(path)
    good = db.backup(path, "good")
    # three damaged backups made by an older version of the app
    for i in range(db.BACKUPS_KEPT):
        bad = path.with_name(f"{path.name}.backup-old{i}-20990101-00000{i}-000000")
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    _edit(path, "one more change")
    newer = db.backup(path, "newer")
    kept = db.list_backups(path)
    assert good in kept and newer in kept  # the damaged ones go first
    assert all(db._is_good(p) for p in kept)


def test_revision_counter_cannot_overflow(store: Store) -> None:
    from pcsc_workshop.core.models import MAX_REVISION

    with store.session() as session:
        session.add(Workshop(id="w1", title="t", city="c", country="x"))
        session.add(Participant(id="p1", workshop_id="w1", name="Fatima"))
    with store.session() as session:
        p = session.get(Participant, "p1")
        p.revision = MAX_REVISION  # as stored by the importer from a hostile bundle
        from pcsc_workshop.core.models import KEEP_REVISIONS

        session.info[KEEP_REVISIONS] = True
        session.flush()
        session.info[KEEP_REVISIONS] = False
    for name in ("Fatima B.", "Fatima Benali"):
        with store.session() as session:
            session.get(Participant, "p1").name = name
    with store.session() as session:
        assert session.get(Participant, "p1").revision == MAX_REVISION


# --- failures named for what they are --------------------------------------------------------


def test_a_writer_waits_for_the_lock_instead_of_failing(store: Store) -> None:
    import threading
    import time

    holder = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE IF NOT EXISTS scratch (t)")
    release = threading.Timer(0.6, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    with store.session(write=True) as session:
        session.add(Workshop(id="w1", title="written after the wait", city="c", country="x"))
    waited = time.monotonic() - started
    release.join()
    holder.close()
    assert waited >= 0.5
    with store.session() as session:
        assert session.get(Workshop, "w1") is not None


def test_a_lock_held_too_long_is_named_busy(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pcsc_workshop.core.errors import DatabaseBusy

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    store = Store(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="busy") as caught, store.session() as session:
            session.add(Workshop(id="w1", title="t", city="c", country="x"))
        assert caught.value.transient
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()


def test_a_full_disk_is_named_full_not_damaged(store: Store) -> None:
    from pcsc_workshop.core.errors import DiskFull

    with store.engine.connect() as con:
        pages = con.exec_driver_sql("PRAGMA page_count").scalar()
    # A disk that is full: SQLite cannot grow the file past its current size.
    from sqlalchemy import event as sa_event

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    store.engine.dispose()
    sa_event.listen(store.engine, "connect", limit)
    with pytest.raises(DiskFull, match="disk is full") as caught, store.session() as session:
        session.add(Workshop(id="w1", title="t", city="c", country="x"))
        for i in range(2000):
            session.add(Participant(id=f"p{i}", workshop_id="w1", name="x" * 500))
    assert "damaged" not in str(caught.value)


def test_io_error_is_named_for_what_it_is() -> None:
    from pcsc_workshop.core.errors import DatabaseIOError, classify

    err = sqlite3.OperationalError("disk I/O error")
    err.sqlite_errorcode = 10 | (4 << 8)  # SQLITE_IOERR_WRITE
    found = classify(err, "plans.sqlite3")
    assert isinstance(found, DatabaseIOError) and "could not read or write" in str(found)
    assert classify(sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_a_bundle_at_the_largest_revision_keeps_the_pack_writable(tmp_path: Path) -> None:
    """Issue 13: a bundle with revision 2**31 - 1, then one local edit, made the workshop
    pack impossible to write. Now the bump stops at the limit and the pack is written."""
    from pcsc_workshop.core.exchange import (
        choose_participant,
        import_file,
        open_pack,
        write_bundle,
        write_pack,
    )
    from pcsc_workshop.core.models import MAX_REVISION, ActionPlan
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.plans import plan_for_participant, save_plan
    from tests.core.test_exchange_support import fresh_store, make_workshop

    facilitator = fresh_store(tmp_path, "facilitator")
    wid = make_workshop(facilitator, 3)
    with facilitator.session() as s:
        pack = write_pack(s, wid, tmp_path / "pack.pcsc").path
        person = list_participants(s, wid)[0]
    laptop = fresh_store(tmp_path, "laptop")
    with laptop.session() as s:
        open_pack(s, pack)
        choose_participant(s, wid, person.id)
        doc = plan_for_participant(s, person.id)
        doc.key_takeaways = "Open data for all"
        save_plan(s, doc)
    con = sqlite3.connect(laptop.path)  # a hostile laptop: its plan at the largest revision
    con.execute("UPDATE action_plans SET revision = ? WHERE participant_id = ?",
                (MAX_REVISION, person.id))
    con.commit()
    con.close()
    with laptop.session() as s:
        bundle = write_bundle(s, wid, person.id, tmp_path).path
    with facilitator.session() as s:
        assert import_file(s, bundle).status == "accepted"
    with facilitator.session() as s:
        doc = plan_for_participant(s, person.id)
        doc.key_takeaways = "Open data for all, edited by the facilitator"
        save_plan(s, doc)
    with facilitator.session() as s:
        revisions = s.scalars(select(ActionPlan.revision).where(
            ActionPlan.participant_id == person.id)).all()
        assert revisions == [MAX_REVISION]
        assert write_pack(s, wid, tmp_path / "pack-2.pcsc").path.exists()
    facilitator.close()
    laptop.close()


# The real command line (`python -m pcsc_workshop ...`), SIGKILLed by itself before its
# statement number argv[1] reaches SQLite (0: once the command is done, before it exits).
_KILLED_AT_STATEMENT = """
import atexit, os, runpy, signal, sys

from sqlalchemy import Engine, event

at, counted = int(sys.argv[1]), [0]


def count(*_a):
    counted[0] += 1
    if counted[0] == at:
        os.kill(os.getpid(), signal.SIGKILL)


event.listen(Engine, "before_cursor_execute", count)
if at == 0:
    atexit.register(os.kill, os.getpid(), signal.SIGKILL)
sys.argv = ["pcsc-workshop", *sys.argv[2:]]
runpy.run_module("pcsc_workshop", run_name="__main__", alter_sys=True)
"""


def test_the_real_command_killed_while_migrating_leaves_the_file_usable(tmp_path: Path) -> None:
    """SIGKILL the real program (`pcsc-workshop --db old.sqlite3 workshops`: its start-up,
    backup and migration, as a user runs it) before the first statement of the migration, its
    last, three spread between, and once it is done: each kill lands where it was aimed,
    where a kill after N ms fell in the start-up or after the migration about half the time
    (the in-process test above sweeps the migration's statements one by one)."""
    import shutil
    import signal
    import subprocess
    import sys

    base = tmp_path / "base.sqlite3"
    _old_database_with_data(base)
    probe = tmp_path / "probe.sqlite3"
    shutil.copy(base, probe)
    total = _count_migration_statements(probe)  # in this process: the command runs these too
    assert total > 30
    command = [sys.executable, "-c", _KILLED_AT_STATEMENT]
    outcomes = []
    for n in [*sorted({1, total // 4, total // 2, 3 * total // 4, total}), 0]:
        path = tmp_path / f"killed-{n}.sqlite3"
        shutil.copy(base, path)
        proc = subprocess.run([*command, str(n), "--db", str(path), "workshops"],
                              capture_output=True, timeout=120)
        assert proc.returncode == -signal.SIGKILL, (n, proc.returncode, proc.stderr[-500:])
        rev = current_revision(path)
        assert rev in ("0001", HEAD), (n, rev)
        outcomes.append(rev)
        store = Store(path)
        with store.session() as session:
            assert session.get(Workshop, "w1").title == "Deep dive 2016"
            assert len(session.scalars(select(Participant.id)).all()) == 30
        store.close()
    assert outcomes[0] == "0001"  # killed before anything was written: as it was
    assert outcomes[-1] == HEAD  # killed once done: the migration stays
    print(f"revisions found after kills before statements of the {total} migrating:", outcomes)


def test_a_second_database_reuses_the_statements_the_first_compiled(tmp_path: Path) -> None:
    """Every engine shares one cache of compiled SQL (core/db.py): a newly opened file does
    not compile again what another file's engine already did, and each still reads its own
    rows."""
    first = Store(tmp_path / "a.sqlite3")
    second = Store(db.copy_database(first.path, tmp_path / "b.sqlite3"))
    with first.session() as s:
        s.add(Workshop(id="w-a", title="Only in a"))
    query = select(Workshop.title).where(Workshop.id.in_(["w-a", "w-b"]))
    with first.session() as s:
        assert s.scalars(query).all() == ["Only in a"]
    cached = len(db._COMPILED)  # noqa: SLF001 - what this test is about
    assert cached > 0
    with second.session() as s:
        assert s.scalars(query).all() == []
    assert len(db._COMPILED) == cached  # noqa: SLF001
    first.close()
    second.close()
