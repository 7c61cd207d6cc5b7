"""Alembic environment: runs on the connection db.py hands over in `config.attributes`."""

from alembic import context

from pcsc_workshop.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs alembic by hand
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("Set sqlalchemy.url (or pass a connection) to run the migrations.")
    connection = create_engine(url).connect()

# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True
)
with context.begin_transaction():
    context.run_migrations()
