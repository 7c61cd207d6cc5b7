"""Export the open plan from the Action plans page; the PDF holds what was typed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from pcsc_workshop.core.people import list_participants
from tests.ui.conftest import type_text


def test_export_from_the_page_writes_the_typed_text(make_window, qtbot, sync_ops,
                                                    tmp_path: Path) -> None:
    window = make_window()
    page = window.show_page("plans")
    with window.ctx.store.session() as s:
        person = next(p for p in list_participants(s, window.ctx.workshop_id)
                      if p.name == "Олена Коваленко")
    page.select_participant(person.id)
    type_text(page.editor.sections["key_takeaways"], "Відкриті дані змінюють місто")
    out = tmp_path / "plan.pdf"
    page.export_to(out)
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Відкриті дані змінюють місто" in text
    assert "Олена Коваленко" in text
    assert "PDF saved" in page.editor.status.text()


def test_export_to_a_missing_folder_says_so(make_window, qtbot, sync_ops, tmp_path: Path,
                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    window = make_window()
    page = window.show_page("plans")
    with window.ctx.store.session() as s:
        person = list_participants(s, window.ctx.workshop_id)[0]
    page.select_participant(person.id)
    page.export_to(tmp_path / "no-such-folder" / "plan.pdf")
    assert shown and "folder" in shown[0].lower()
