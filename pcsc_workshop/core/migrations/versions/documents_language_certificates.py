"""Documents: a participant's own document language; certificate logos and signatories.

Revision ID: documents1
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "documents1"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        # None: the workshop's language. A language code (en, fr, es, pt, ar) otherwise.
        batch.add_column(sa.Column("language", sa.String(20), nullable=True))
    with op.batch_alter_table("workshops") as batch:
        # {"logos": [png as base64...], "signatories": [{"name", "title", "signature"}]}
        batch.add_column(sa.Column("certificate", sa.JSON(), nullable=False,
                                   server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("workshops") as batch:
        batch.drop_column("certificate")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("language")
