"""The PySide6 layer: thin pages that ask the core for plain data and render it."""
