"""Documents speak the reader's language: complete catalogues, no English left, Arabic RTL.

The catalogues are real .po files read by Babel; the PDFs are real and read back with
pdftotext (-bbox for the Arabic column order: x positions, not extracted order).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from pcsc_workshop.core.reports.labels import (
    LANGUAGES,
    catalogue,
    date_range,
    document_language,
    label,
    long_date,
    number,
    plural,
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), None)


def _forms(value) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def test_every_language_has_every_label_with_the_same_placeholders():
    english = catalogue("en").messages
    assert len(english) > 100
    for language in LANGUAGES:
        messages = catalogue(language).messages
        assert set(messages) == set(english), (language, set(english) ^ set(messages))
        for key, value in english.items():
            wanted = set(_PLACEHOLDER.findall(_forms(value)[-1]))
            for form in _forms(messages[key]):
                assert form, (language, key)
                assert set(_PLACEHOLDER.findall(form)) <= wanted, (language, key, form)
                if language != "en" and not isinstance(value, tuple):
                    # a translation may drop no placeholder (a plural form may: "وفدان")
                    assert set(_PLACEHOLDER.findall(form)) == wanted, (language, key, form)


def test_translations_differ_from_english_where_words_differ():
    english = catalogue("en").messages
    same_everywhere = {"col_module", "chart_series", "chart_value", "delegations_and_people",
                       "workshop", "organisation", "col_session", "discussion", "col_minutes",
                       "participant_n", "col_pairs", "participant", "col_gain", "kind_discussion",
                       "col_kind_session", "signatory", "col_indicator"}
    for language in ("fr", "es", "pt", "ar"):
        messages = catalogue(language).messages
        untranslated = [k for k, v in english.items()
                        if messages[k] == v and k not in same_everywhere and k != "col_no"]
        assert len(untranslated) <= 8, (language, untranslated)
    arabic = catalogue("ar").messages
    latin = [k for k, v in arabic.items()
             if any("a" <= c.lower() <= "z" for f in _forms(v)
                    for c in re.sub(r"\bN\b", "", _PLACEHOLDER.sub("", f)))]  # "المشارك N"
    assert latin == [], latin  # no English word left in an Arabic label


def test_dates_numbers_and_plurals_come_from_cldr():
    with document_language("fr"):
        assert long_date(date(2016, 11, 14)) == "14 novembre 2016"
        assert number(2.5, 2) == "2,50"
        assert plural("delegations_count", 1) == "1 délégation"
        assert plural("delegations_count", 3) == "3 délégations"
    with document_language("en"):
        assert long_date(date(2016, 11, 14)) == "14 November 2016"
        assert label("page_of", page=1, pages=3) == "Page 1 of 3"
    with document_language("es"):
        assert long_date(date(2016, 11, 14)) == "14 de noviembre de 2016"
        assert "2016" in date_range(date(2016, 11, 14), date(2016, 11, 18))
    with document_language("pt"):
        assert long_date(date(2016, 11, 14)) == "14 de novembro de 2016"
    with document_language("ar"):
        assert "نوفمبر" in long_date(date(2016, 11, 14))
        # Arabic has six plural forms: zero, one, two, few, many, other
        forms = {plural("delegations_count", n) for n in (0, 1, 2, 3, 11, 100)}
        assert len(forms) == 6 and "وفدان" in forms


def _plan():
    from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow

    return PlanDoc(id="p", workshop_id="w", workshop_title="TDLC", owner_kind="participant",
                   owner_id="o", owner_name="Ana Cossa", delegation_label="Maputo",
                   key_takeaways="", challenges="",
                   next_steps=[NextStepRow(action="Pilot", responsible="Ana", status="planned",
                                           start_date=date(2017, 1, 15))],
                   support=[SupportRow(provider="JICA", kind="financing", detail="x")])


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out).translate(_BIDI)


@needs_poppler
@pytest.mark.parametrize("language", ["fr", "ar", "es", "pt"])
def test_a_plan_in_another_language_has_no_english_label(tmp_path, language):
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    pdf = write_plan_pdf(_plan(), tmp_path / "plan.pdf", language=language,
                         generated=date(2016, 11, 18))
    text = _text(pdf)
    english = catalogue("en").messages
    with document_language(language):
        assert label("next_steps") in " ".join(text.split()) or language == "ar"
    for key in ("action_plan", "participant", "delegation", "key_takeaways", "challenges",
                "approaches", "next_steps", "support", "col_action", "col_responsible",
                "col_indicator", "col_status", "col_provider", "col_kind", "col_detail",
                "not_filled", "status_planned", "support_financing"):
        word = english[key]
        with document_language(language):
            if word in label(key):
                continue  # the same word in both languages ("Participant·e")
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (language, key, word)
    assert "Page 1 of" not in text and "Generated" not in text and "November" not in text


def _bbox_words(pdf: Path) -> list[tuple[float, float, str]]:
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                         r'yMax="[\d.]+">(.*?)</word>')
    return [(float(x), float(y), unicodedata.normalize("NFKC", t))
            for x, y, t in pattern.findall(xml)]


@needs_poppler
def test_an_arabic_plans_table_columns_run_right_to_left(tmp_path):
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    pdf = write_plan_pdf(_plan(), tmp_path / "ar.pdf", language="ar")
    words = _bbox_words(pdf)
    with document_language("ar"):
        heads = [label(k) for k in ("col_action", "col_responsible", "col_start", "col_status")]

    def x_of(word: str) -> float:
        # pdftotext -bbox gives an Arabic word's letters in drawing order (reversed)
        found = [x for x, _, t in words if t in (word, word[::-1])]
        assert found, (word, [t for _, _, t in words][:60])
        return found[0]

    xs = [x_of(h.split()[0]) for h in heads]
    assert xs == sorted(xs, reverse=True), list(zip(heads, xs, strict=True))
    # the values follow their headers: "Pilot" (action) is right of "2017-01-15" (start)
    assert x_of("Pilot") > x_of("2017-01-15")
    # the page number sits on the left half, the footer text on the right half
    width = 595
    assert x_of("TDLC") > width / 2


@needs_poppler
def test_every_export_declares_its_language(tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    for language in LANGUAGES:
        pdf = write_plan_pdf(_plan(), tmp_path / f"{language}.pdf", language=language)
        root = PdfReader(str(pdf)).trailer["/Root"]
        assert root["/Lang"] == language
        assert root["/ViewerPreferences"]["/DisplayDocTitle"]


@needs_poppler
def test_an_arabic_table_split_over_pages_keeps_right_to_left_columns(tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.plans import NextStepRow
    from pcsc_workshop.core.reports.plan_pdf import write_plan_pdf

    doc = _plan()
    doc.next_steps = [NextStepRow(action=f"Pilot {n}", responsible="Ana",
                                  start_date=date(2017, 1, 15)) for n in range(70)]
    pdf = write_plan_pdf(doc, tmp_path / "long-ar.pdf", language="ar")
    pages = len(PdfReader(str(pdf)).pages)
    assert pages >= 3
    with document_language("ar"):
        action = label("col_action")
    for page in range(1, pages):
        xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                              "-"], capture_output=True, text=True, check=True).stdout
        words = re.findall(r'<word xMin="([\d.]+)"[^>]*>(.*?)</word>', xml)
        pilots = [float(x) for x, t in words if t == "Pilot"]
        dates = [float(x) for x, t in words if t == "2017-01-15"]
        heads = [float(x) for x, t in words
                 if unicodedata.normalize("NFKC", t) in (action, action[::-1])]
        assert pilots and dates and heads, page
        # on every page: the action column (and its header) right of the start date
        assert min(pilots) > max(dates) and min(heads) > max(dates), page
