"""Accessible names that follow from the layout, so screen readers announce every control.

A form row's label ("&Title:") already says what the field is; `name_from_labels` copies
that text (without the `&` and the colon) into the field's accessible name when the field
has none, and gives an unnamed scroll-area viewport (pyqtgraph's chart views) its owner's
name. The main window runs it on every page it builds; `AccessibleNamesFilter` runs it on
every dialog as it is shown, so dialogs written with `QFormLayout.addRow("&Label:", field)`
need no extra code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


def label_text(label: QLabel) -> str:
    """"&Starts on:" -> "Starts on" (accelerator and trailing colon removed)."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def name_from_labels(root: QWidget) -> int:
    """Name unnamed fields after their buddy label; returns how many were named."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label_text(label):
            buddy.setAccessibleName(label_text(label))
            named += 1
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if viewport is not None and area.accessibleName() and not viewport.accessibleName():
            viewport.setAccessibleName(area.accessibleName())
            named += 1
    return named


class AccessibleNamesFilter(QObject):
    """Application event filter: name fields after their labels when a window is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            name_from_labels(watched)
        return False
