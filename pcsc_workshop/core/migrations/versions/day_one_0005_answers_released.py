"""Knowledge checks: the facilitator may release the right answers before the after-check.

Revision ID: day_one_0005
Revises: exchange_trust
"""

import sqlalchemy as sa
from alembic import op

revision = "day_one_0005"
down_revision = "exchange_trust"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (no batch copy): every other table points at workshops, and SQLite's
# copy-and-rename would trip their foreign keys. ADD/DROP COLUMN are native since 3.35.
def upgrade() -> None:
    op.add_column("workshops", sa.Column("quiz_answers_released", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("workshops", "quiz_answers_released")
