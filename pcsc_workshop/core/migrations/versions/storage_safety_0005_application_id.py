"""Storage safety: mark the file as PCSC Workshop's own, clamp revision counters.

Revision ID: storage_safety_1
Revises: 0004

`PRAGMA application_id` lets the app refuse another program's SQLite file untouched (see
core/db.py). Revisions above 2**31 - 1 (possible before revision bumps were clamped, after
a bundle carrying the maximum) would make the workshop pack impossible to write: clamp them.
The header write is part of the migration's transaction, like the rest.
"""

from alembic import op

revision = "storage_safety_1"
down_revision = "day_one_0005"
branch_labels = None
depends_on = None

APPLICATION_ID = 0x50435357  # "PCSW"; kept equal to core.db.APPLICATION_ID (a test checks)
MAX_REVISION = 2**31 - 1


def upgrade() -> None:
    bind = op.get_bind()
    tables = {r[0] for r in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    for table in sorted(tables):
        columns = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{table}")')}
        if "revision" in columns:
            op.execute(f"UPDATE {table} SET revision = {MAX_REVISION} "
                       f"WHERE revision > {MAX_REVISION}")
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
