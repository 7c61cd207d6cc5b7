""""Who are you?": a participant finds their name after opening a workshop pack.

Names come in any script; the search folds case and Unicode compatibility forms (NFKC), and
also matches the delegation ("Pune", "Morocco"), so that a person who cannot type their own
script on a borrowed laptop still finds themselves by city.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.accessibility import LabelledFields
from pcsc_workshop.ui.typed_qt import top_items

ROLE_ID = Qt.ItemDataRole.UserRole


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class NamePickerDialog(LabelledFields, QDialog):
    """Pick one participant; `chosen_id()` after `accepted`."""

    def __init__(self, workshop_title: str, participants: list, chosen_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.setAccessibleName(self.tr("Pick your name"))
        self.resize(460, 520)
        intro = QLabel(self.tr("Welcome to \u201c{0}\u201d.\nFind your name in the list: your "
                               "own action plan opens next.").format(workshop_title), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of your name or your city"))
        self.search.setAccessibleName(self.tr("Search names"))
        self.search.setClearButtonEnabled(True)
        self.names = QTreeWidget(self)
        self.names.setAccessibleName(self.tr("Participants"))
        self.names.setRootIsDecorated(False)
        self.names.setAlternatingRowColors(True)
        font = self.names.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # names in any script, read at a glance
        self.names.setFont(font)
        self.names.setStyleSheet("QTreeView::item { padding: 5px 4px; }")
        self.names.setHeaderLabels([self.tr("Name"), self.tr("Delegation")])
        self.names.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.names.header().setStretchLastSection(False)
        self.names.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for person in participants:
            item = QTreeWidgetItem(self.names, [person.name or self.tr("(no name)"),
                                                person.delegation_label])
            item.setData(0, ROLE_ID, person.id)
            item.setData(0, ROLE_ID + 1, _fold(f"{person.name} {person.delegation_label}"))
            if person.id == chosen_id:
                self.names.setCurrentItem(item)
        self.empty = QLabel(self.tr("No name matches. Ask the facilitator to add you."), self)
        self.empty.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("This is me"))
        self.ok.setAccessibleName(self.tr("This is me"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(self._filter)
        self.names.currentItemChanged.connect(self._update_ok)
        self.names.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.returnPressed.connect(self._accept_if_one)
        self._update_ok()
        self.search.setFocus()

    def _items(self) -> list[QTreeWidgetItem]:
        return top_items(self.names)

    def _visible(self) -> list[QTreeWidgetItem]:
        return [item for item in self._items() if not item.isHidden()]

    def _filter(self, text: str) -> None:
        needle = _fold(text.strip())
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.data(0, ROLE_ID + 1))
        visible = self._visible()
        current = self.names.currentItem()
        if visible and (current is None or current.isHidden()):
            self.names.setCurrentItem(visible[0])
        elif not visible:
            self.names.setCurrentIndex(QModelIndex())  # no current name
        self.empty.setVisible(not visible)
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        item = self.names.currentItem()
        self.ok.setEnabled(item is not None and not item.isHidden())

    def _accept_if_one(self) -> None:
        if self.ok.isEnabled():
            self.accept()

    def visible_names(self) -> list[str]:
        return [item.text(0) for item in self._visible()]

    def choose(self, participant_id: str) -> None:
        """Select a participant by id (keyboard users and tests)."""
        for item in self._items():
            if item.data(0, ROLE_ID) == participant_id:
                self.names.setCurrentItem(item)
                return
        raise KeyError(participant_id)

    def chosen_id(self) -> str | None:
        item = self.names.currentItem()
        return item.data(0, ROLE_ID) if item is not None and not item.isHidden() else None
