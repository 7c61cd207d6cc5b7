"""Exchange bookkeeping: installation identity, sync state, conflicts, imports and sends.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_installation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("installation_id", sa.String(36), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
    )
    op.create_table(
        "exchange_identity",
        sa.Column("workshop_id", sa.String(36), primary_key=True),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("chosen_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "exchange_record_state",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("origin_peer", sa.String(36), nullable=False),
        sa.Column("origin_hash", sa.String(64), nullable=False),
        sa.Column("base_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "exchange_peer_records",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("peer_id", sa.String(36), primary_key=True),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "exchange_aliases",
        sa.Column("foreign_id", sa.String(36), primary_key=True),
        sa.Column("local_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("peer_id", sa.String(36), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("values_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=False),
    )
    op.create_index("ix_exchange_conflicts_workshop_id", "exchange_conflicts", ["workshop_id"])
    op.create_index("ix_exchange_conflicts_record_id", "exchange_conflicts", ["record_id"])
    op.create_table(
        "exchange_imports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sender_installation_id", sa.String(36), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("plan_revision", sa.Integer(), nullable=False),
        sa.Column("file_created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_exchange_imports_workshop_id", "exchange_imports", ["workshop_id"])
    op.create_index("ix_exchange_imports_sha256", "exchange_imports", ["sha256"])
    op.create_table(
        "exchange_sends",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("workshop_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("plan_revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_exchange_sends_workshop_id", "exchange_sends", ["workshop_id"])


def downgrade() -> None:
    for table in (
        "exchange_sends",
        "exchange_imports",
        "exchange_conflicts",
        "exchange_aliases",
        "exchange_peer_records",
        "exchange_record_state",
        "exchange_identity",
        "exchange_installation",
    ):
        op.drop_table(table)
