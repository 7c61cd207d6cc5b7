"""Anonymised exports redact every part of every name (issue 13, point 5).

The cases that leaked before: "ß" and "İ" (case folding changes the length), hyphenated and
bracketed names, and prefixed or inflected forms in Arabic, Bengali and Ukrainian.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pcsc_workshop.core.reports.anonymise import Pseudonyms, fold, name_parts


@dataclass
class Person:
    id: str
    name: str
    email: str | None = None


PEOPLE = [
    Person("p1", "Jürgen Hauptstraße"),
    Person("p2", "İlkay İzmir"),
    Person("p3", "Marie-Claire Dubois-Ndiaye"),
    Person("p4", "Rahim (Rony) Uddin"),
    Person("p5", "فاطمة الزهراء"),
    Person("p6", "আনিকা রহমান"),
    Person("p7", "Олена Коваль"),
    Person("p8", "Li Na"),
    Person("p9", "Anna Nowak"),
]
NAMES = Pseudonyms.for_people(PEOPLE)


@pytest.mark.parametrize(("text", "leak"), [
    ("Ask HAUPTSTRASSE about it", "HAUPTSTRASSE"),
    ("Ask hauptstraße about it", "hauptstraße"),
    ("Jürgen will call", "Jürgen"),
    ("Juergen's", None),  # a spelling variant: documented as not caught
    ("Meet IZMIR and izmir", "zmir"),
    ("İlkay leads", "İlkay"),
    ("ILKAY leads", "ILKAY"),
    ("Dubois and Ndiaye and Marie and Claire", "Dubois"),
    ("Dubois and Ndiaye and Marie and Claire", "Ndiaye"),
    ("Dubois and Ndiaye and Marie and Claire", "Claire"),
    ("Marie-Claire Dubois-Ndiaye presents", "Marie"),
    ("Rony will do it", "Rony"),
    ("Uddin (Rony) will do it", "Rony"),
    ("اتصل بفاطمة وفاطمة", "فاطمة"),
    ("والزهراء", "الزهراء"),
    ("الزهراء", "الزهراء"),
    ("আনিকার পরিকল্পনা", "আনিকা"),
    ("আনিকাকে জিজ্ঞাসা", "আনিকা"),
    ("রহমানের দল", "রহমান"),
    ("Дякуємо Олені", "Олен"),
    ("з Оленою", "Олен"),
    ("Олену", "Олен"),
    ("Ковалю", "Коваль"),
    ("Li Na agreed", "Li Na"),
    ("Anny i Nowaka", "Ann"),
    ("Anny i Nowaka", "Nowak"),
])
def test_every_form_is_redacted(text: str, leak: str | None) -> None:
    out = NAMES.scrub(text)
    if leak is None:
        return  # documented limitation (docs/privacy.md)
    assert leak.casefold() not in out.casefold(), out
    assert "Participant" in out


def test_ordinary_words_survive() -> None:
    text = "The market in Dhaka; a street (strasse) plan; open data for all; annual report"
    assert NAMES.scrub(text) == text


def test_a_whole_name_becomes_one_pseudonym() -> None:
    assert NAMES.scrub("Marie-Claire Dubois-Ndiaye will lead") == "Participant 3 will lead"
    assert NAMES.scrub("Ask Rahim (Rony) Uddin") == "Ask Participant 4"
    assert NAMES.scrub("فاطمة الزهراء") == "Participant 5"


def test_email_addresses_go() -> None:
    assert NAMES.scrub("write to x.y@example.org") == "write to [e-mail removed]"


def test_folding() -> None:
    assert fold("HAUPTSTRASSE") == fold("Hauptstraße")
    assert fold("İzmir") == fold("izmir") == fold("IZMIR")
    assert fold("فَاطِمَة") == fold("فاطمة")
    assert name_parts("Rahim (Rony) Uddin-Khan") == ["Rahim", "Rony", "Uddin", "Khan"]


def test_one_member_delegations_can_be_anonymised(store, demo_id) -> None:
    from pcsc_workshop.core.models import Participant
    from pcsc_workshop.core.people import list_delegations, list_participants
    from pcsc_workshop.core.reports.batch import collect_plans
    from pcsc_workshop.core.reports.csv_export import collect_rows

    with store.session() as s:
        people = list_participants(s, demo_id)
        delegations = list_delegations(s, demo_id)
        lone = delegations[0]
        # make the first delegation a one-person delegation
        for p in people:
            if p.delegation_id == lone.id and p.id != people[0].id:
                s.get(Participant, p.id).delegation_id = delegations[1].id
        s.get(Participant, people[0].id).delegation_id = lone.id
    with store.session() as s:
        plain = collect_plans(s, demo_id, anonymised=True)
        hidden = collect_plans(s, demo_id, anonymised=True, hide_lone_delegations=True)
        rows = collect_rows(s, demo_id, anonymised=True, hide_lone_delegations=True)
    assert any(j.doc.delegation_label == lone.label for j in plain.jobs)
    labels = {j.doc.delegation_label for j in hidden.jobs}
    assert lone.label not in labels
    assert any(lbl.startswith("Delegation ") for lbl in labels)
    assert all(lone.label not in " ".join(str(v) for v in r.values()) for r in rows)
    assert delegations[1].label in labels  # delegations of several people keep their place


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="needs pdftotext")
def test_anonymised_plan_pdfs_and_csv_hold_no_form_of_the_names(store, demo_id, tmp_path):
    """The real exports, read back: PDFs with pdftotext, the CSV as text."""
    import subprocess
    import unicodedata

    from pcsc_workshop.core.models import Participant
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.plans import NextStepRow, SupportRow, plan_for_participant, save_plan
    from pcsc_workshop.core.reports.batch import collect_plans, write_plans
    from pcsc_workshop.core.reports.csv_export import collect_rows, write_csv

    names = ["Zeynep Hauptstraße-Öztürk", "İlkay (Ilo) İzmir", "فاطمة الزهراء", "আনিকা রহমান",
             "Олена Коваль"]
    texts = ["HAUPTSTRASSE and ozturk agreed; Zeynep's idea", "Ask izmir and ILO",
             "اتصل بفاطمة والزهراء", "আনিকার পরিকল্পনা, রহমানের দল", "Дякуємо Олені та Ковалю"]
    with store.session() as s:
        people = list_participants(s, demo_id)[:len(names)]
        for person, name in zip(people, names, strict=True):
            s.get(Participant, person.id).name = name
        s.flush()
        for person, text in zip(people, texts, strict=True):
            doc = plan_for_participant(s, person.id)
            doc.key_takeaways = text
            doc.next_steps = [NextStepRow(action=text, responsible=text)]
            doc.support = [SupportRow(provider="JICA", kind="technical", detail=text)]
            save_plan(s, doc)
    with store.session() as s:
        batch = collect_plans(s, demo_id, anonymised=True)
        rows = collect_rows(s, demo_id, anonymised=True)
    out = tmp_path / "plans"
    out.mkdir()
    written = write_plans(batch, out).written
    csv_text = write_csv(rows, tmp_path / "steps.csv").read_text(encoding="utf-8-sig")
    pdf_text = "\n".join(subprocess.run(["pdftotext", str(p), "-"], capture_output=True,
                                        text=True, check=True).stdout for p in written)
    # Arabic comes back from pdftotext as presentation forms (TECH-NOTES): normalise
    shown = unicodedata.normalize("NFKC", pdf_text + "\n" + csv_text).casefold()
    shown_names = " ".join(p.name for p in written).casefold()
    for leak in ("hauptstra", "ozturk", "öztürk", "zeynep", "izmir", "İzmir".casefold(), "ilkay",
                 "فاطمة", "الزهراء", "আনিকা", "রহমান", "олен", "ковал"):
        assert leak not in shown, leak
        assert leak not in shown_names, leak
    assert "participant" in shown
