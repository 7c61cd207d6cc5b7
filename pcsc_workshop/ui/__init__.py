"""The PySide6 layer: thin pages that ask the core for plain data and render it."""

from pcsc_workshop.ui import qt_import_hook

qt_import_hook.install()  # before the UI's modules (and SQLAlchemy behind them) are imported
