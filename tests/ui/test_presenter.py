"""Presenter mode, driven from the keyboard as a facilitator with a clicker would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.presenter import start_presentation


@pytest.fixture()
def learn_ctx(store, demo_id, tmp_path):
    settings = QSettings(str(tmp_path / "present.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, workshop_id=demo_id)


@pytest.fixture()
def presentation(qtbot, learn_ctx):
    p = start_presentation(learn_ctx, "pillar.shared-prosperity", None, minutes=15, screen=0)
    qtbot.waitExposed(p.audience)
    yield p
    p.close()


def press(qtbot, widget, key):
    qtbot.keyClick(widget, key)
    QApplication.processEvents()


def test_keys_move_through_the_slides_and_esc_ends(qtbot, presentation):
    audience = presentation.audience
    assert audience.isFullScreen()
    assert audience.counter.text() == "1 / 6"
    assert "Shared Prosperity" in audience.slide_view.texts()
    press(qtbot, audience, Qt.Key.Key_Right)
    press(qtbot, audience, Qt.Key.Key_Right)
    assert audience.counter.text() == "3 / 6"
    assert audience.slide_view.texts()[0] == "EXAMPLES FROM THE GUIDELINES"
    press(qtbot, audience, Qt.Key.Key_Left)
    assert audience.counter.text() == "2 / 6"
    assert "11" in audience.slide_view.texts()  # actions for local and regional governments
    press(qtbot, audience, Qt.Key.Key_End)
    assert audience.counter.text() == "6 / 6"
    assert audience.slide_view.texts()[1] == "Kashiwa-no-ha Smart City"
    press(qtbot, audience, Qt.Key.Key_Space)  # past the end stays on the last slide
    assert audience.counter.text() == "6 / 6"
    press(qtbot, audience, Qt.Key.Key_Home)
    assert audience.counter.text() == "1 / 6"
    with qtbot.waitSignal(presentation.closed, timeout=2000):
        press(qtbot, audience, Qt.Key.Key_Escape)
    assert not audience.isVisible()


def test_timer_is_visible_and_t_starts_and_pauses_it(qtbot, presentation):
    pill = presentation.audience.timer_pill
    assert pill.isVisible()
    assert pill.text().startswith("15:00")
    press(qtbot, presentation.audience, Qt.Key.Key_T)
    assert presentation.timer.running
    press(qtbot, presentation.audience, Qt.Key.Key_T)
    assert not presentation.timer.running
    assert "paused" in pill.text()


def test_b_blanks_the_screen_and_n_shows_notes_on_a_single_screen(qtbot, presentation):
    audience = presentation.audience
    press(qtbot, audience, Qt.Key.Key_B)
    assert audience.blanked and not audience.slide_view.isVisible()
    press(qtbot, audience, Qt.Key.Key_B)
    assert not audience.blanked and audience.slide_view.isVisible()
    assert presentation.notes_window is None  # the offscreen platform has one screen
    press(qtbot, audience, Qt.Key.Key_N)
    assert audience.notes_panel.isVisible()
    assert "widens gaps" in audience.notes_panel.toPlainText()
    press(qtbot, audience, Qt.Key.Key_Right)
    assert "Ask which actor" not in audience.notes_panel.toPlainText()
    assert "The curriculum gives the counts" in audience.notes_panel.toPlainText()
    press(qtbot, audience, Qt.Key.Key_N)
    assert not audience.notes_panel.isVisible()


def test_two_screens_put_notes_next_slide_and_timer_on_the_other(qtbot, learn_ctx):
    from PySide6.QtGui import QGuiApplication

    from pcsc_workshop.core.curriculum.slides import slides_for
    from pcsc_workshop.ui.presenter.session import Presentation

    screen = QGuiApplication.primaryScreen()  # the same screen twice stands in for two
    slides = slides_for(learn_ctx.curriculum(), "module.jica")
    p = Presentation(slides, "JICA", 90, screen, screen, module=True)
    try:
        notes = p.notes_window
        assert notes is not None and notes.isVisible()
        assert p.timer.isVisibleTo(notes)
        assert p.timer.remaining() == 90 * 60
        assert notes.counter.text() == f"1 / {len(slides)}"
        assert notes.preview.slide is slides[1]
        qtbot.keyClick(notes, Qt.Key.Key_PageDown)
        assert p.index == 1 and p.audience.counter.text() == f"2 / {len(slides)}"
        assert notes.preview.slide is slides[2]
        assert "Name JICA's five domains" in notes.notes.toPlainText()  # the objectives
        qtbot.keyClick(notes, Qt.Key.Key_Home)
        # the title slide's notes: the session plan, then our advice under its own heading
        text = notes.notes.toPlainText()
        assert "Element sort (25′)" in text
        assert text.index("Facilitator's notes – our advice") < text.index("our rubric")
    finally:
        p.close()


def test_type_scales_with_the_screen(qtbot, learn_ctx):
    from pcsc_workshop.core.curriculum.slides import slides_for
    from pcsc_workshop.ui.presenter.slide_view import SlideView

    view = SlideView()
    qtbot.addWidget(view)
    view.set_slide(slides_for(learn_ctx.curriculum(), "pillar.shared-prosperity")[0])
    sizes = {}
    for width, height in ((960, 540), (1920, 1080)):
        view.resize(width, height)
        view.show()
        QApplication.processEvents()
        title = next(label for label, role in view._labels if role == "hero")
        sizes[width] = title.font().pixelSize()
    assert sizes[1920] >= 1.8 * sizes[960]
    assert sizes[1920] >= 80  # readable from the back of a room


def test_unknown_id_presents_nothing(qtbot, learn_ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    assert start_presentation(learn_ctx, "pillar.nothing", None, screen=0) is None
    assert warned


def test_a_crowded_slide_shrinks_its_type_instead_of_growing_the_window(qtbot):
    from pcsc_workshop.core.curriculum.slides import Slide
    from pcsc_workshop.ui.presenter.slide_view import SlideView

    view = SlideView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    short = Slide("points", "Few points", points=("One", "Two"))
    crowded = Slide("points", "Many points", points=tuple(
        f"Point {n}: a statement long enough to need most of a line on a projector screen"
        for n in range(16)))
    view.set_slide(short)
    normal = view._labels[-1][0].font().pixelSize()
    view.set_slide(crowded)
    QApplication.processEvents()
    assert view.size().height() == 1080
    assert view._labels[-1][0].font().pixelSize() < normal
    assert view._layout.totalHeightForWidth(view.width()) <= 1080


def test_present_page_starts_an_agenda_session_with_its_own_length(qtbot, learn_ctx):
    from pcsc_workshop.ui.pages.present import ROLE_ID, PresentPage
    from pcsc_workshop.ui.presenter import deck_for

    page = PresentPage(learn_ctx)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    # the modules at once; the agenda's sessions once read on a worker
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2)
    groups = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == ["Curriculum modules", "Agenda sessions"]
    assert groups[0].childCount() == len(learn_ctx.curriculum().modules)
    session = groups[1].child(0)  # demo day 1, 09:00, 90 min, refers to jica.framework
    assert "90 min" in session.text(0) and session.data(0, ROLE_ID) == "jica.framework"
    page.tree.setCurrentItem(session)
    assert page.minutes.value() == 90
    first = deck_for(learn_ctx, "jica.framework")[1][0]
    qtbot.waitUntil(lambda: page.preview.slide is not None
                    and page.preview.slide.title == first.title)  # in later turns
    p = page.present(screen=0)
    try:
        assert p.timer.remaining() == 90 * 60
        assert p.audience.counter.text() == f"1 / {p.count}"
    finally:
        p.close()


def test_the_new_pages_are_in_the_sidebar_registry():
    from pcsc_workshop.ui.pages import page_specs

    names = [spec.name for spec in page_specs()]
    for name in ("present", "quiz", "local_content"):
        assert name in names
        assert name == next(s for s in page_specs() if s.name == name).load_class().NAME


def test_curriculum_page_presents_the_selected_item(qtbot, make_window):
    window = make_window()
    page = window.show_page("curriculum")
    assert page.select_item("jica.element.data-utilization")
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and getattr(w, "counter", None) is not None]
    assert shown, "no presentation window opened"
    assert "Data Utilization" in " ".join(shown[0].slide_view.texts())
    shown[0].close()


def test_a_module_is_presented_for_the_length_of_its_session_plan(qtbot, learn_ctx):
    from pcsc_workshop.ui.pages.present import ROLE_ID, PresentPage

    page = PresentPage(learn_ctx)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    modules = page.tree.topLevelItem(0)
    node = next(modules.child(i) for i in range(modules.childCount())
                if modules.child(i).data(0, ROLE_ID) == "module.self-assessment-exercise")
    page.tree.setCurrentItem(node)
    assert page.minutes.value() == 105  # the 105-minute exercise, not the last length used
    qtbot.waitUntil(lambda: page.preview.slide is not None and page.preview.slide.title
                    == "Running the self-assessment on JICA's 21 elements")


def test_the_preview_follows_the_selection_in_later_turns_and_only_the_last(
        qtbot, learn_ctx, monkeypatch):
    """Selecting builds no deck in that turn; keys held down through the tree build the
    deck of the item they stop on only, and its summary and first slide are shown."""
    from pcsc_workshop.ui.pages import present as present_module
    from pcsc_workshop.ui.pages.present import ROLE_ID, PresentPage

    page = PresentPage(learn_ctx)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.preview.slide is not None)  # the first module's
    built: list[str] = []
    deck_for = present_module.deck_for
    monkeypatch.setattr(present_module, "deck_for",
                        lambda ctx, item_id: built.append(item_id) or deck_for(ctx, item_id))
    modules = page.tree.topLevelItem(0)
    for i in (1, 2, 3):
        page.tree.setCurrentItem(modules.child(i))
        assert page.present_button.isEnabled()
    assert built == []  # nothing built in the turn of a selection
    last = modules.child(3).data(0, ROLE_ID)
    title, slides, _module = deck_for(learn_ctx, last)
    qtbot.waitUntil(lambda: page.preview.slide is not None
                    and page.preview.slide.title == slides[0].title)
    assert built == [last]
    assert page.summary.text().startswith(title)


def test_a_session_linked_to_three_modules_presents_them_in_order(qtbot, learn_ctx):
    """A title slide for the session, then every module's deck in the session's order."""
    from pcsc_workshop.core.models import AgendaItem
    from pcsc_workshop.ui.pages.present import ROLE_ID, PresentPage

    cur = learn_ctx.curriculum()
    modules = [m.id for m in cur.modules][:3][::-1]  # not the curriculum's own order
    with learn_ctx.store.session() as session:
        session.add(AgendaItem(workshop_id=learn_ctx.workshop_id, day=3, position=99,
                               start_time="14:00", duration_min=120, kind="lecture",
                               title="Afternoon of three modules", curriculum_refs=modules))
    page = PresentPage(learn_ctx)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2)
    sessions = page.tree.topLevelItem(1)
    item = next(sessions.child(i) for i in range(sessions.childCount())
                if "Afternoon of three modules" in sessions.child(i).text(0))
    assert item.data(0, ROLE_ID).startswith("agenda:")
    page.tree.setCurrentItem(item)
    assert page.minutes.value() == 120
    p = page.present(screen=0)
    try:
        first = p.slides[0]
        assert first.kind == "title" and first.title == "Afternoon of three modules"
        assert list(first.points) == [cur.title_of(m) for m in modules]
        starts = [next(n for n, s in enumerate(p.slides)
                       if s.kind == "title" and s.item_id == m) for m in modules]
        assert 0 < starts[0] < starts[1] < starts[2]  # each module's deck, in session order
        assert p.audience.counter.text() == f"1 / {p.count}"
        assert p.count > 3 * 2
    finally:
        p.close()
