"""The typed helpers mypy relies on (ui/typed_qt.py) do what the loops they replaced did."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop.ui.typed_qt import (
    QT_TRANSLATE_NOOP,
    application,
    child_items,
    int_setting,
    take_all,
    top_items,
)


def test_tree_items_in_order(qtbot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    days = [QTreeWidgetItem(tree, [f"Day {n}"]) for n in (1, 2)]
    sessions = [QTreeWidgetItem(days[1], [name]) for name in ("Opening", "Radar", "Plans")]
    assert top_items(tree) == days
    assert child_items(days[1]) == sessions and child_items(days[0]) == []


def test_take_all_empties_nested_layouts_and_hides_at_once(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    first = QLabel("إطار", host)
    outer.addWidget(first)
    row = QHBoxLayout()
    inner = QLabel("inner", host)
    row.addWidget(inner)
    outer.addLayout(row)
    host.show()
    assert first.isVisible() and inner.isVisible()
    take_all(outer)
    assert outer.count() == 0 and row.count() == 0
    assert not first.isVisible() and not inner.isVisible()  # hidden before deleteLater runs
    kept = QLabel("shown until deleted", host)
    outer.addWidget(kept)
    kept.show()
    take_all(outer, hide=False)
    assert outer.count() == 0 and kept.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(w) for w in (first, inner, kept))  # all deleted
    assert not shiboken6.isValid(row)  # the inner layout too


def test_int_setting_survives_a_hand_edited_file(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert int_setting(settings, "presenter/minutes", 20) == 20  # unset
    settings.setValue("presenter/minutes", "45")
    assert int_setting(settings, "presenter/minutes", 20) == 45
    for junk in ("", "twenty", "4.5"):
        settings.setValue("presenter/minutes", junk)
        assert int_setting(settings, "presenter/minutes", 20) == 20, junk


def test_translate_noop_and_application(qapp) -> None:
    assert QT_TRANSLATE_NOOP("Pages", "Dashboard") == "Dashboard"
    assert application() is qapp
