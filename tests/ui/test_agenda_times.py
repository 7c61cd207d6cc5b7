"""Agenda times follow the order, end times and each day's date show, a new session starts
after the last one, overlaps are flagged, and a 1-day template proposes one day."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog

from pcsc_workshop.core.agenda import list_agenda, update_session
from pcsc_workshop.ui.dialogs.workshop_wizard import WorkshopWizard


def workshop_page(qtbot, window):
    """Show the Workshop page and wait until it is read (it reads on a worker)."""
    page = window.show_page("workshop")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page



def day_rows(page, day_index: int) -> list[tuple[str, str]]:
    day = page.agenda.tree.topLevelItem(day_index)
    return [(day.child(i).text(0), day.child(i).text(1).strip("\u2066\u2069"))
            for i in range(day.childCount())]


def starts(rows) -> list[str]:
    return [r[1][:5] for r in rows]


def test_moving_a_session_up_recalculates_the_times(qtbot, window, store, demo_id):
    page = workshop_page(qtbot, window)
    page.tabs.setCurrentWidget(page.agenda)
    before = day_rows(page, 0)
    assert starts(before) == sorted(starts(before))
    last = page.agenda.tree.topLevelItem(0).child(len(before) - 1)
    page.agenda.tree.setCurrentItem(last)
    page.agenda.buttons["up"].click()
    qtbot.waitUntil(lambda: day_rows(page, 0) != before, timeout=5000)
    after = day_rows(page, 0)
    assert after[-2][0] == before[-1][0]  # it moved up one
    assert starts(after) == sorted(starts(after))  # and the times still read in order
    assert starts(after)[0] == starts(before)[0]  # the day keeps its start
    with store.session() as s:
        day1 = [a for a in list_agenda(s, demo_id) if a.day == 1]
    # the times on screen are what is stored (and printed)
    assert [a.start_time for a in day1] == starts(after)
    # each row shows its end: start + duration
    for a, (_title, span) in zip(day1, after, strict=True):
        h, m = map(int, a.start_time.split(":"))
        end = h * 60 + m + a.duration_min
        assert span.startswith(f"{a.start_time}–{end // 60:02d}:{end % 60:02d}")


def test_days_show_their_date_span_and_the_total(qtbot, window, store, demo_id):
    page = workshop_page(qtbot, window)
    first = page.agenda.tree.topLevelItem(0)
    expected = QLocale().toString(QDate(2016, 11, 14), QLocale.FormatType.LongFormat)
    assert expected in first.text(0)
    assert "–" in first.text(1) and first.text(2).isdigit()
    with store.session() as s:
        agenda = list_agenda(s, demo_id)
    total = sum(a.duration_min for a in agenda)
    from pcsc_workshop.ui import i18n

    i18n.install_language(QApplication.instance(), "en")
    page.agenda.load()
    qtbot.waitUntil(lambda: not page.agenda.loading, timeout=10_000)
    assert f"{total // 60} h {total % 60:02d} min" in page.agenda.total.text()
    assert f"{len(agenda)} sessions" in page.agenda.total.text()
    assert "5 days" in page.agenda.total.text()


def test_an_overlap_is_flagged(qtbot, window, store, demo_id):
    page = workshop_page(qtbot, window)
    with store.session() as s:
        day1 = [a for a in list_agenda(s, demo_id) if a.day == 1]
        update_session(s, day1[1].id, start=day1[0].start_time)  # on top of the first
    page.agenda.load()
    qtbot.waitUntil(lambda: not page.agenda.loading, timeout=10_000)
    rows = day_rows(page, 0)
    assert "overlaps the previous session" in rows[1][1]
    assert "overlaps" not in rows[0][1]


def test_a_new_session_starts_after_the_last_one(qtbot, window, store, demo_id, monkeypatch):
    from pcsc_workshop.ui.dialogs import agenda as agenda_dialogs

    page = workshop_page(qtbot, window)
    with store.session() as s:
        day1 = [a for a in list_agenda(s, demo_id) if a.day == 1]
    last = day1[-1]
    h, m = map(int, last.start_time.split(":"))
    end = h * 60 + m + last.duration_min
    seen = []

    def fake_exec(dialog):
        seen.append(dialog.start.time().toString("HH:mm"))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(agenda_dialogs.SessionDialog, "exec", fake_exec)
    page.agenda.tree.setCurrentItem(page.agenda.tree.topLevelItem(0))
    page.agenda.add_session()
    assert seen == [f"{end // 60:02d}:{end % 60:02d}"]


def test_a_one_day_template_proposes_one_day_and_says_1_day(qtbot, ctx):
    from pcsc_workshop.ui import i18n

    i18n.install_language(QApplication.instance(), "en")
    wizard = WorkshopWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    templates = wizard.template_page.list
    texts = [templates.item(i).text() for i in range(templates.count())]
    one_day = next(i for i, t in enumerate(texts) if " 1 day," in t)
    assert not any("1 days" in t for t in texts)
    assert any("5 days," in t for t in texts)
    templates.setCurrentRow(one_day)
    wizard.next()
    details = wizard.details_page
    assert details.start.date() == details.end.date()  # a 1-day template: one day
    wizard.back()
    five = next(i for i, t in enumerate(texts) if "5 days" in t)
    templates.setCurrentRow(five)
    wizard.next()
    assert (details.end.date() - details.start.date()).days == 4
    assert templates.item(one_day).data(Qt.ItemDataRole.UserRole)
