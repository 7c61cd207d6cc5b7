"""Certificate details in the workshop page: logos and signatories reach the certificates."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def _png(path: Path, colour: str, size=(240, 80)) -> Path:
    Image.new("RGB", size, colour).save(path, format="PNG")
    return path


def _images_on_first_page(pdf: Path) -> int:
    resources = PdfReader(str(pdf)).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_logos_and_signatories_are_set_once_and_printed(make_window, qtbot, sync_ops,
                                                        tmp_path: Path, monkeypatch):
    from pcsc_workshop.ui.exports import install_export_menu

    window = make_window()
    page = window.page("workshop")
    dialog = page.edit_certificate()
    logo1, logo2 = _png(tmp_path / "jica.png", "navy"), _png(tmp_path / "wb.png", "teal")
    signature = _png(tmp_path / "sig.png", "black", (300, 90))
    hostile = tmp_path / "not-a-picture.png"
    hostile.write_text("<img src=/dev/zero> not a PNG")
    picks = iter([logo1, hostile, logo2, signature])
    monkeypatch.setattr(dialog, "ask_image", lambda title: next(picks))
    dialog._add_logo()
    dialog._add_logo()  # the hostile file: refused, named, nothing added
    assert "not-a-picture.png" in dialog.error.text() and dialog.logo_list.count() == 1
    dialog._add_logo()
    name, title, _pick, _sig = dialog.rows[0]
    name.setText("Hiroshi Tanaka")
    title.setText("Director, JICA Urban Development")
    dialog._pick_signature(0)
    dialog.rows[1][0].setText("ليلى بنعلي")
    dialog.rows[1][1].setText("مديرة البرنامج")
    from PySide6.QtCore import QDate

    dialog.fixed_date.setChecked(True)
    dialog.issued.setDate(QDate(2016, 12, 1))
    dialog.grab().save(str(tmp_path / "certificate-dialog.png"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    # set once: the dialog opened again shows what was stored (read off the UI thread)
    again = page.edit_certificate()
    qtbot.waitUntil(lambda: again.ok_button.isEnabled(), timeout=5000)
    assert again.logo_list.count() == 2 and again.rows[1][0].text() == "ليلى بنعلي"
    assert again.rows[0][3][0] and again.fixed_date.isChecked()
    assert again.issued.date() == QDate(2016, 12, 1)
    again.reject()

    exports = install_export_menu(window)
    out = tmp_path / "certs"
    out.mkdir()
    monkeypatch.setattr(exports, "ask_folder", lambda t: out)
    exports.actions["certificates"].trigger()
    cert = sorted(out.glob("*.pdf"))[0]
    assert _images_on_first_page(cert) == 3  # two logos and one signature
    import subprocess

    text = subprocess.run(["pdftotext", str(cert), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Hiroshi Tanaka" in text and "Director, JICA Urban Development" in text
    assert "1 December 2016" in text  # the date of issue set in the details (not the last day)
    assert "ليلى" in text or "ﻟﻴﻠﻰ" in text or "ىليل" in text


def test_a_long_name_shrinks_to_one_line(tmp_path: Path):
    from pcsc_workshop.core.reports.certificate import NAME_SIZE, _frame_width, fitted_name
    from pcsc_workshop.core.reports.facts import WorkshopFacts

    short = fitted_name("Ana Cossa", _frame_width() * 0.9)
    long = fitted_name("Maria da Conceição Fernandes dos Santos Mondlane de Albuquerque "
                       "e Vasconcelos Pereira", _frame_width() * 0.9)
    assert short.fitted_size == NAME_SIZE
    assert long.fitted_size < NAME_SIZE
    _, height = long.wrap(_frame_width() * 0.9, 1000)
    assert height <= long.style.leading * 1.05  # one line
    assert WorkshopFacts  # imported for the type


def test_a_participants_own_document_language_is_set_in_their_dialog(make_window, qtbot):
    from pcsc_workshop.core.people import list_delegations, list_participants
    from pcsc_workshop.ui.dialogs.people_dialogs import ParticipantDialog

    window = make_window()
    store, workshop_id = window.ctx.store, window.ctx.workshop_id
    with store.session() as s:
        person = list_participants(s, workshop_id)[0]
        delegations = list_delegations(s, workshop_id)
    dialog = ParticipantDialog(window.ctx, delegations, person, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.documents_language.currentData() == ""  # the workshop's by default
    dialog.documents_language.setCurrentIndex(dialog.documents_language.findData("ar"))
    dialog.save()  # through the door, on a worker
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    with store.session() as s:
        again = next(p for p in list_participants(s, workshop_id) if p.id == person.id)
    assert again.language == "ar"
    reopened = ParticipantDialog(window.ctx, delegations, again, parent=window)
    qtbot.addWidget(reopened)
    assert reopened.documents_language.currentData() == "ar"
