"""Exchange trust: pinned facilitator keys, participants' laptop keys, held bundles.

Revision ID: exchange_trust
Revises: room1
"""

import sqlalchemy as sa
from alembic import op

revision = "exchange_trust"
down_revision = "room1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_workshop_sources",
        sa.Column("workshop_id", sa.String(36), primary_key=True),
        sa.Column("facilitator_key", sa.String(64), nullable=False),
        sa.Column("facilitator_peer", sa.String(36), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "exchange_participant_keys",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), nullable=False, index=True),
        sa.Column("public_key", sa.String(64), nullable=False, index=True),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "exchange_held_bundles",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), nullable=False, index=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("known_for", sa.String(36), nullable=False),
        sa.Column("file_created_at", sa.DateTime(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("exchange_held_bundles")
    op.drop_table("exchange_participant_keys")
    op.drop_table("exchange_workshop_sources")
