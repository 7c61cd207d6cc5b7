"""The queued-documents autosave (ui/autosave.py's QueuedAutosaver) on its own, without a
window: what the plan editor and the self-assessment page both rely on. A failed write
keeps the edit, says why and is stored at the retry; `store_now` returns only once a
document left while a save ran and the one on screen are both stored; a write that must
follow the typing waits for it."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QWidget

from pcsc_workshop.door import Outcome
from pcsc_workshop.ui import autosave
from pcsc_workshop.ui.autosave import QueuedAutosaver


class FakeEditor:
    """Shows one document of many; `type` edits the one on screen."""

    def __init__(self, qtbot) -> None:
        self.owner = QWidget()
        qtbot.addWidget(self.owner)
        self.screen: dict[str, str] = {}  # document id -> text as on screen
        self.showing: str | None = None
        self.edited = False
        self.stored: dict[str, str] = {}  # what the "database" holds
        self.failures = 0  # the next writes that fail
        self.gate: threading.Event | None = None  # a write waits for it (a slow save)
        self.states: list[tuple[str, str]] = []
        ctx = SimpleNamespace(door=object(), changes=SimpleNamespace(publish=lambda *_a: None))
        self.saver: QueuedAutosaver[tuple[str, str]] = QueuedAutosaver(
            self.owner, ctx, take=self.take, keep=lambda _c: setattr(self, "edited", True),
            has_edits=lambda: self.edited and self.showing is not None,
            showing=lambda: self.showing, key=lambda c: c[0], write=self.write)
        self.saver.state.connect(lambda kind, why: self.states.append((kind, why)))

    def show(self, doc_id: str) -> None:
        self.saver.flush()
        self.saver.leave()
        self.showing = doc_id

    def type(self, text: str) -> None:
        assert self.showing is not None
        self.screen[self.showing] = text
        self.edited = True
        self.saver.touch()

    def take(self) -> tuple[str, str] | None:
        if not self.edited or self.showing is None:
            return None
        self.edited = False
        return self.showing, self.screen[self.showing]

    def write(self, _door: object, copy: tuple[str, str]) -> Outcome[str]:
        if self.gate is not None:
            self.gate.wait(5)
        if self.failures:
            self.failures -= 1
            raise OSError("the disk is busy")
        self.stored[copy[0]] = copy[1]
        return Outcome(copy[0])


@pytest.fixture()
def editor(qtbot, monkeypatch) -> FakeEditor:
    monkeypatch.setattr(autosave, "RETRY_MS", 100)
    return FakeEditor(qtbot)


def test_a_failed_write_keeps_the_edit_says_why_and_stores_it_at_the_retry(qtbot, editor):
    editor.show("A")
    editor.failures = 1
    editor.type("first words")
    qtbot.waitUntil(lambda: ("failed", "the disk is busy") in editor.states, timeout=3000)
    assert editor.saver.pending and editor.edited  # kept: the screen's to save again
    assert "A" not in editor.stored
    qtbot.waitUntil(lambda: not editor.saver.pending, timeout=3000)
    assert editor.stored["A"] == "first words"
    assert editor.states[-1] == ("saved", "")


def test_a_failed_write_of_a_document_left_is_queued_and_stored_at_the_retry(qtbot, editor):
    editor.show("A")
    editor.gate = threading.Event()
    editor.failures = 1
    editor.type("A's words")
    editor.saver.flush()  # on a worker, held at the gate
    editor.show("B")  # while A's save is running
    editor.gate.set()
    qtbot.waitUntil(lambda: any(kind == "failed" for kind, _ in editor.states), timeout=3000)
    assert editor.saver.pending and not editor.edited  # A's copy queued, B has no edits
    qtbot.waitUntil(lambda: not editor.saver.pending, timeout=3000)
    assert editor.stored == {"A": "A's words"}


def test_store_now_returns_with_the_document_left_and_the_screen_stored(qtbot, editor):
    editor.show("A")
    editor.gate = threading.Event()
    editor.type("A, first")
    editor.saver.flush()  # on a worker, held at the gate
    qtbot.waitUntil(lambda: ("saving", "") in editor.states, timeout=3000)
    editor.type("A, second")  # typed while it saves
    editor.show("B")  # A's newer words wait in the queue
    editor.type("B's words")
    threading.Timer(0.2, editor.gate.set).start()  # the slow save ends while we wait
    editor.saver.store_now()
    assert editor.stored == {"A": "A, second", "B": "B's words"}
    qtbot.waitUntil(lambda: not editor.saver.pending, timeout=3000)
    assert editor.stored == {"A": "A, second", "B": "B's words"}  # the older never last


def test_a_write_after_the_typing_waits_for_it(qtbot, editor):
    editor.show("A")
    editor.gate = threading.Event()
    editor.type("words")
    seen: list[dict[str, str]] = []
    editor.saver.after_saves(lambda: seen.append(dict(editor.stored)))
    assert seen == []  # the save started and is still running
    editor.gate.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [{"A": "words"}]
    editor.saver.after_saves(lambda: seen.append({}))  # nothing pending: at once
    assert seen[-1] == {}
