"""Live polls asked in the room (choice, word cloud, dot-voting) and their answers.

Revision ID: room1
Revises: documents1
"""

import sqlalchemy as sa
from alembic import op

revision = "room1"
down_revision = "documents1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_polls",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("picks", sa.Integer(), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "live_poll_answers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("poll_id", sa.String(36),
                  sa.ForeignKey("live_polls.id", ondelete="CASCADE"), nullable=False),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"),
                  nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("poll_id", "participant_id"),
    )
    op.create_index("ix_live_polls_workshop_id", "live_polls", ["workshop_id"])
    op.create_index("ix_live_poll_answers_poll_id", "live_poll_answers", ["poll_id"])
    op.create_index("ix_live_poll_answers_participant_id", "live_poll_answers",
                    ["participant_id"])


def downgrade() -> None:
    op.drop_table("live_poll_answers")
    op.drop_table("live_polls")
