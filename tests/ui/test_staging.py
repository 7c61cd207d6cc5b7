"""Work spread over event-loop turns: every widget is reached, a slice at a time, and a
widget deleted meanwhile is skipped, not touched."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from pcsc_workshop.ui.staging import measure_steps, polish_steps


def _group(qtbot) -> tuple[QWidget, list[QWidget]]:
    group = QWidget()
    qtbot.addWidget(group)
    layout = QVBoxLayout(group)
    children: list[QWidget] = []
    for n in range(6):
        label = QLabel(f"Participant {n} — مشارك {n} — অংশগ্রহণকারী {n}", group)
        combo = QComboBox(group)
        combo.addItems(["العربية", "বাংলা", "Français", "Українська"])
        layout.addWidget(label)
        layout.addWidget(combo)
        children += [label, combo]
    return group, children


def _run_counting(steps: list) -> int:
    turns, queue = 0, list(steps)
    while queue:
        turns += 1
        queue[0:0] = queue.pop(0)() or []
    return turns


def test_measuring_reaches_every_widget_one_slice_per_turn(qtbot, monkeypatch) -> None:
    group, children = _group(qtbot)
    asked: list[QWidget] = []
    for child in children:
        original = child.sizeHint
        monkeypatch.setattr(child, "sizeHint", lambda o=original, c=child: asked.append(c) or o())
    # a slice of no time at all: one widget per turn, deepest first
    turns = _run_counting(measure_steps(group, slice_s=0.0))
    assert set(asked) == set(children)
    assert turns == len(group.findChildren(QWidget)) + 1  # ...and the group itself


def test_a_widget_deleted_between_turns_is_skipped(qtbot) -> None:
    for make in (measure_steps, polish_steps):
        group, children = _group(qtbot)
        steps = make(group, slice_s=0.0)
        more = steps[0]()  # lists the widgets, handles the deepest one
        shiboken6.delete(children.pop(0))  # gone before its turn
        assert _run_counting(more) == len(group.findChildren(QWidget)) + 1
    assert all(child.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
               for child in children)


def test_queued_later_turns_are_counted_until_they_run_or_their_owner_goes(qtbot) -> None:
    """What the warm-up waits for before going on (a page showing what it read, a slice per
    turn): calls queued and not run, not those run or dropped with their owner."""
    from pcsc_workshop.ui.staging import in_a_later_turn, turns_waiting

    qtbot.wait(20)  # whatever other tests queued has run
    kept, dropped = QWidget(), QWidget()
    qtbot.addWidget(kept)
    ran: list[str] = []
    in_a_later_turn(kept, lambda: ran.append("kept"))
    in_a_later_turn(dropped, lambda: ran.append("dropped"))
    assert turns_waiting() == 2
    shiboken6.delete(dropped)
    assert turns_waiting() == 1
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=1000)
    assert turns_waiting() == 0
