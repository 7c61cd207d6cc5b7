"""Shared fixtures. Qt runs offscreen so a plain `pytest` works without a screen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PCSC_WORKSHOP_DB", str(Path(os.environ.get("TMPDIR", "/tmp")) / "pcsc-tests-never-used.sqlite3"))

_TEMPLATE: dict[str, Path] = {}


@pytest.fixture()
def db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh, migrated, empty database file (copied from a template: migrating is slow)."""
    if "empty" not in _TEMPLATE:
        from pcsc_workshop.core.store import Store

        template = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        Store(template).close()
        _TEMPLATE["empty"] = template
    target = tmp_path / "workshops.sqlite3"
    shutil.copy(_TEMPLATE["empty"], target)
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
