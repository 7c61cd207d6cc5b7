"""Local content items and knowledge-check attempts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _travelling() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "local_items",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
    )
    op.create_index("ix_local_items_workshop_id", "local_items", ["workshop_id"])
    op.create_table(
        "quiz_attempts",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False
        ),
        sa.Column("module_id", sa.String(200), nullable=False),
        sa.Column("phase", sa.String(10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
    )
    op.create_index("ix_quiz_attempts_workshop_id", "quiz_attempts", ["workshop_id"])
    op.create_index("ix_quiz_attempts_participant_id", "quiz_attempts", ["participant_id"])


def downgrade() -> None:
    op.drop_table("quiz_attempts")
    op.drop_table("local_items")
