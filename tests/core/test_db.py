"""The database opens safely: migrations, backups, refusing files that are not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

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


def test_backups_are_rotated(tmp_path: Path) -> None:
    path = tmp_path / "rot.sqlite3"
    Store(path).close()
    for i in range(db.BACKUPS_KEPT + 3):
        db.backup(path, f"test{i}")
    assert len(list(tmp_path.glob("rot.sqlite3.backup-*"))) == db.BACKUPS_KEPT


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
