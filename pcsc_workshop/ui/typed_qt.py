"""Typed ways through the PySide6 calls whose stubs say less than Qt guarantees.

mypy checks the UI (pyproject `[tool.mypy]`). PySide6's stubs give `QTreeWidget.topLevelItem`,
`QLayout.takeAt`, `QApplication.instance` and the like an `X | None` result, because Qt
returns null for an index out of range or before an application exists. Walking `range(count)`
never is out of range, and the window always runs inside a `QApplication`: these helpers say
so once (an assert that fails loudly if it were ever not true) instead of a guard at every
call or a blanket `type: ignore`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLayout, QTreeWidget, QTreeWidgetItem, QWidget


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's own name
    """Qt's QT_TRANSLATE_NOOP with its real type (PySide6's stub says `object`): marks
    `source` for lupdate (which finds it by this name) and returns it unchanged."""
    return source


def application() -> QApplication:
    """The running QApplication (the window, its pages and its dialogs need one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "no QApplication is running"
    return app


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An item's children, in order."""
    children = [item.child(i) for i in range(item.childCount())]
    return [child for child in children if child is not None]


def take_all(layout: QLayout, *, hide: bool = True) -> None:
    """Empty `layout`: its widgets are deleted, its inner layouts emptied and deleted too.

    `hide`: hidden at once (deleteLater waits for the event loop), so a refill never shows
    the old and the new widgets side by side for a frame."""
    while layout.count():
        taken = layout.takeAt(0)
        if taken is None:
            break
        widget: QWidget | None = taken.widget()
        if widget is not None:
            if hide:
                widget.hide()
            widget.deleteLater()
        inner = taken.layout()
        if inner is not None:
            take_all(inner, hide=hide)
            inner.deleteLater()


def int_setting(settings: QSettings, key: str, default: int) -> int:
    """An integer setting: `default` when unset, empty or not a number (a hand-edited file).

    QSettings gives back what the file holds (a string in an .ini, an int in memory); its
    stub types that as `object`, so the conversion goes through `str` once, here."""
    value = settings.value(key, default)
    try:
        return int(str(value)) if value not in (None, "") else default
    except ValueError:
        return default
