"""Presenter mode: any curriculum module or item as full-screen slides.

Front door for other pages: `start_presentation(ctx, item_or_module_id, parent)`. Slides are
in the workshop's working language; the speaker notes in the presenter's own content language
(the sidebar's choice), so a facilitator can read notes in French under Arabic slides. With one
screen the slides fill it (N shows the notes); with several, the facilitator picks the screen
for the slides and the notes window (notes, next slide, timer) opens on another one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pcsc_workshop.core.curriculum.slides import Slide, slides_for, slides_for_local
from pcsc_workshop.ui.typed_qt import int_setting

if TYPE_CHECKING:
    from pcsc_workshop.ui.context import AppContext
    from pcsc_workshop.ui.presenter.session import Presentation

DEFAULT_MINUTES = 20
SESSION_PREFIX = "agenda:"  # an agenda session's id, presented as all its modules in order
_LIVE: set[Presentation] = set()  # running presentations, kept alive until they close


def slide_language(ctx: AppContext) -> str:
    """Slides are in the workshop's working language (what the room reads), else the
    content language."""
    working = ctx.working_language()
    return working if working in ctx.curriculum_languages() else ctx.content_language()


def notes_for(ctx: AppContext, item_or_module_id: str, slides: list[Slide]) -> list[Slide]:
    """The same deck in the presenter's own content language, for the speaker notes only.

    Falls back to the slides themselves when the two decks do not line up slide by slide."""
    language = ctx.content_language()
    cur = ctx.load_curriculum(language).curriculum
    if language == slide_language(ctx) or cur is None:
        return slides
    if item_or_module_id.startswith(SESSION_PREFIX):  # a session's title slide and modules
        try:
            notes = _session_deck(ctx, cur, item_or_module_id.removeprefix(SESSION_PREFIX))[1]
        except KeyError:
            return slides
    elif item_or_module_id not in cur:
        return slides
    else:
        notes = slides_for(cur, item_or_module_id)
    return notes if len(notes) == len(slides) else slides


def deck_for(ctx: AppContext, item_or_module_id: str) -> tuple[str, list[Slide], bool]:
    """(title, slides, is_module) for a curriculum id or a local item id; KeyError if unknown.

    A local item needs no curriculum; a module or an agenda session does (CurriculumUnavailable,
    whose message says why, when it failed to load)."""
    if item_or_module_id.startswith(SESSION_PREFIX):
        return _session_deck(ctx, ctx.curriculum(slide_language(ctx)),
                             item_or_module_id.removeprefix(SESSION_PREFIX))
    loaded = ctx.load_curriculum(slide_language(ctx))
    cur = loaded.curriculum
    if cur is not None and item_or_module_id in cur:
        module = cur.kind_of(item_or_module_id) == "module"
        return cur.title_of(item_or_module_id), slides_for(cur, item_or_module_id), module
    from pcsc_workshop.core.local_content import LocalContentError, in_language

    try:  # one row by id: a few ms, on the UI thread like the slide it previews
        item = ctx.door.local_content.item(item_or_module_id)
    except LocalContentError as exc:
        if cur is None:  # perhaps a module of the curriculum that failed: say that instead
            loaded.required()
        raise KeyError(item_or_module_id) from exc

    item = in_language(item, slide_language(ctx))  # the room's version, when written
    return item.title, slides_for_local(item), False


def _session_deck(ctx: AppContext, cur, agenda_id: str) -> tuple[str, list[Slide], bool]:
    from pcsc_workshop.core.session_deck import session_parts, slides_for_session

    entry = ctx.door.presenting.agenda_session(agenda_id)
    if entry is None:
        raise KeyError(agenda_id)
    title, day, start = entry.title, entry.day, entry.start_time
    minutes, refs = int(entry.duration_min), list(entry.refs)
    subtitle = QCoreApplication.translate("Presenter", "Day {0} · {1} · {2} min").format(
        day, start, minutes)
    slides = slides_for_session(cur, title, subtitle, refs, item_id=agenda_id)
    module = any(cur.kind_of(p) == "module" for p in session_parts(cur, refs))
    return title, slides, module


def preferred_screen(ctx: AppContext, screens: list[QScreen]) -> int:
    """The screen used last time (by name), else the first that is not the main screen."""
    last = str(ctx.settings.value("presenter/screen", "") or "")
    names = [s.name() for s in screens]
    if last in names:
        return names.index(last)
    primary = QGuiApplication.primaryScreen()
    return next((n for n, s in enumerate(screens) if s != primary), 0)


def start_presentation(ctx: AppContext, item_or_module_id: str, parent: QWidget | None = None,
                       *, minutes: int | None = None,
                       screen: int | None = None) -> Presentation | None:
    """Present a module or item full screen; None when cancelled or the id is unknown.

    `minutes` sets the timer (an agenda session's duration); without it the last length
    chosen is used. `screen` (an index into `QGuiApplication.screens()`) skips the chooser.
    """
    from pcsc_workshop.ui.curriculum_load import CurriculumUnavailable
    from pcsc_workshop.ui.presenter.screen_chooser import ScreenChooser
    from pcsc_workshop.ui.presenter.session import Presentation

    try:
        title, slides, module = deck_for(ctx, item_or_module_id)
    except KeyError:
        QMessageBox.warning(parent, QCoreApplication.translate("QMessageBox", "Nothing to present"),
                            QCoreApplication.translate(
                                "QMessageBox", "This item is not in the curriculum or the "
                                "workshop's local content: {0}").format(item_or_module_id))
        return None
    except CurriculumUnavailable as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("QMessageBox", "Nothing to present"),
                            str(exc))
        return None
    screens = QGuiApplication.screens()
    if screen is None:
        screen = preferred_screen(ctx, screens)
        if len(screens) > 1:
            chooser = ScreenChooser(screens, screen, parent)
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return None
            screen = chooser.chosen_index()
    screen = max(0, min(screen, len(screens) - 1))
    audience = screens[screen]
    notes = next((s for n, s in enumerate(screens) if n != screen), None)
    if minutes is None:
        minutes = int_setting(ctx.settings, "presenter/minutes", DEFAULT_MINUTES) or DEFAULT_MINUTES
    ctx.settings.setValue("presenter/screen", audience.name())
    presentation = Presentation(slides, title, minutes, audience, notes, parent, module=module,
                                notes_slides=notes_for(ctx, item_or_module_id, slides))
    _LIVE.add(presentation)
    presentation.closed.connect(lambda: _LIVE.discard(presentation))
    return presentation


__all__ = ["DEFAULT_MINUTES", "SESSION_PREFIX", "deck_for", "start_presentation"]
