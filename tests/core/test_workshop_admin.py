"""Duplicate, delete, back up and restore: next year's workshop and the whole database."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pcsc_workshop.core.agenda import list_agenda
from pcsc_workshop.core.assessment import JICA_ELEMENT_IDS, assessment_for_delegation, set_score
from pcsc_workshop.core.backups import (
    BackupRefused,
    backup_database,
    check_backup,
    known_revisions,
    restore_database,
)
from pcsc_workshop.core.people import list_delegations, list_participants
from pcsc_workshop.core.workshops import (
    delete_workshop,
    duplicate_workshop,
    get_workshop,
    list_workshops,
)


def test_duplicate_keeps_the_agenda_and_optionally_the_delegations(store, demo_id) -> None:
    with store.session() as s:
        copy = duplicate_workshop(s, demo_id, title="Deep Dive 2017",
                                  start_date=date(2017, 11, 13), with_delegations=True)
    with store.session() as s:
        old, new = get_workshop(s, demo_id), get_workshop(s, copy.workshop_id)
        assert new.title == "Deep Dive 2017" and new.venue == old.venue
        assert (new.start_date, new.end_date) == (date(2017, 11, 13), date(2017, 11, 17))
        assert [(a.day, a.start_time, a.title) for a in list_agenda(s, new.id)] == \
            [(a.day, a.start_time, a.title) for a in list_agenda(s, old.id)]
        assert [d.label for d in list_delegations(s, new.id)] == \
            [d.label for d in list_delegations(s, old.id)]
        assert list_participants(s, new.id) == []  # people belong to their own edition
        bare = duplicate_workshop(s, demo_id, title="Without delegations")
        assert list_delegations(s, bare.workshop_id) == []


def test_delete_removes_the_workshop_and_empties_peoples_texts(store, demo_id) -> None:
    with store.session() as s:
        names = [p.name for p in list_participants(s, demo_id)]
        delegation = list_delegations(s, demo_id)[0]
        doc = assessment_for_delegation(s, delegation.id)
        set_score(s, doc.id, JICA_ELEMENT_IDS[0], 2, evidence="Mayor Karim's own note")
    with store.session() as s:
        delete_workshop(s, demo_id)
    with store.session() as s:
        assert demo_id not in [w.id for w in list_workshops(s)]
        with pytest.raises(KeyError):
            get_workshop(s, demo_id)
    con = sqlite3.connect(store.path)
    try:
        stored = {r[0] for r in con.execute("SELECT name FROM participants")}
        texts = [r[0] for r in con.execute("SELECT action FROM next_steps")]
        evidence_before = con.execute("SELECT count(*) FROM assessment_scores").fetchone()[0]
        evidence = [r[0] for r in con.execute(
            "SELECT evidence FROM assessment_scores WHERE evidence != ''")]
        alive = {table: con.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0")
                 .fetchone()[0]
                 for table in ("agenda_items", "delegations", "participants", "assessments",
                               "assessment_scores", "action_plans", "next_steps",
                               "support_requests", "quiz_attempts")}
    finally:
        con.close()
    assert not stored & set(names) and all(t == "" for t in texts)
    # Evidence notes are people's words too; every travelling table is tombstoned.
    assert evidence_before and evidence == []
    assert set(alive.values()) == {0}, alive


def test_backup_and_restore_round_trip(store, demo_id, tmp_path: Path) -> None:
    with store.session() as s:
        people = len(list_participants(s, demo_id))
    target = backup_database(store.path, tmp_path / "workshop backup.sqlite3")
    info = check_backup(target, known_revisions())
    assert people and info.workshops == 1 and info.participants == people
    with store.session() as s:
        delete_workshop(s, demo_id)
        assert list_workshops(s) == []
    kept = restore_database(store, target)
    assert kept.exists()  # the replaced database stays as a backup copy
    with store.session() as s:
        assert [w.id for w in list_workshops(s)] == [demo_id]
        assert len(list_participants(s, demo_id)) == people


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 not a database", "not an SQLite file"),
    (b"", "not an SQLite file"),
])
def test_a_wrong_file_is_refused_before_anything_changes(store, demo_id, tmp_path, content,
                                                         reason) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(BackupRefused, match=reason):
        restore_database(store, bad)
    with store.session() as s:
        assert [w.id for w in list_workshops(s)] == [demo_id]


def test_another_programs_sqlite_and_a_damaged_copy_are_refused(store, tmp_path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(BackupRefused, match="not a PCSC Workshop database"):
        check_backup(other)
    good = backup_database(store.path, tmp_path / "good.sqlite3")
    data = bytearray(good.read_bytes())
    page = 4096
    data[page * 2: page * 2 + 200] = b"\xff" * 200  # a flipped page
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupRefused):
        check_backup(damaged)


def test_a_backup_from_a_newer_app_is_refused(store, tmp_path) -> None:
    newer = backup_database(store.path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(BackupRefused, match="newer version"):
        check_backup(newer, known_revisions())
