"""The Qt-free core: data, rules, curriculum, exports and the exchange format.

Nothing below this package may import PySide6 (an import-linter contract checks it), so the
CLI, the tests and the exporters run without a display.
"""
