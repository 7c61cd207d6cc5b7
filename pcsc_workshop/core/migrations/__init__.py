"""Alembic migrations, applied programmatically at start (no alembic.ini needed).

HEAD is repeated here so that start-up can tell "nothing to do" without importing Alembic
(~100 ms); a test checks it equals Alembic's own head.
"""

HEAD = "storage_safety_1"
