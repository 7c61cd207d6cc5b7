"""The front door holds: no page, widget or command opens a database session itself.

The import-linter contracts (pyproject.toml) stop `ui/` and `commands/` importing SQLAlchemy or
the ORM models; this test stops the one thing an import contract cannot see: a front end
reaching the store through an object it was handed and opening a session on it."""

from __future__ import annotations

import re
from pathlib import Path

import pcsc_workshop

ROOT = Path(pcsc_workshop.__file__).parent
SESSION = re.compile(r"\.session\(")


def test_no_front_end_opens_a_database_session() -> None:
    found = [f"{path.relative_to(ROOT.parent)}:{n}: {line.strip()}"
             for folder in ("ui", "commands")
             for path in sorted((ROOT / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if SESSION.search(line) and not line.lstrip().startswith("#")]
    assert found == [], "go through the door (pcsc_workshop/door) instead:\n" + "\n".join(found)


def test_the_fence_sees_a_session(tmp_path: Path) -> None:
    sample = "with ctx.store.session() as s:"
    assert SESSION.search(sample)
