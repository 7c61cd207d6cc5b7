"""Text in any script reaches the PDF page in the right font, order and shape.

Word order of right-to-left text is judged from `pdftotext -bbox` positions (x/y of each
word on the page), not from extracted strings: the eye and plain extraction both fool.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")

ARABIC_TEXT = (
    "تهدف المدينة الذكية إلى تحسين حياة السكان عبر الخدمات الرقمية المفتوحة وقد بلغت "
    "نسبة المشاركة في البرنامج مع ليلى بنعلي وسامي الطرابلسي في كل الأحياء"
)
ARABIC_WORDS = ARABIC_TEXT.split(" ")


def _build(path: Path, flowables, width: float = 300) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    margin = (A4[0] - width) / 2
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin).build(
        flowables
    )
    return path


def _style(size: float = 12):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("t", fontName="NotoSans", fontSize=size, leading=size * 1.5)


def _words(pdf: Path) -> list[dict]:
    """Words with their boxes, as pdftotext -bbox reports them (text in drawing order)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">(.*?)</word>')
    return [
        {"x0": float(a), "y0": float(b), "x1": float(c), "y1": float(d), "text": t}
        for a, b, c, d, t in pattern.findall(xml)
    ]


def _logical(visual_word: str) -> str:
    """An Arabic word drawn right to left, back in reading order and without presentation forms."""
    return unicodedata.normalize("NFKC", visual_word[::-1])


def _lines(words: list[dict]) -> list[list[dict]]:
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["y0"]), []).append(w)
    return [rows[y] for y in sorted(rows)]


@needs_poppler
def test_wrapped_arabic_paragraph_reads_right_to_left_line_by_line(tmp_path):
    from pcsc_workshop.core.reports.text import para

    pdf = _build(tmp_path / "ar.pdf", [para(" ".join(ARABIC_WORDS), _style(14))], width=350)
    lines = _lines(_words(pdf))
    assert len(lines) == 3, [[w["text"] for w in line] for line in lines]
    read: list[str] = []
    right_edges = []
    for line in lines:
        ordered = sorted(line, key=lambda w: -w["x1"])  # a reader starts at the right
        read.extend(_logical(w["text"]) for w in ordered)
        right_edges.append(ordered[0]["x1"])
    assert read == ARABIC_WORDS
    # right-aligned: every line ends (starts, for the reader) at the same right edge
    assert max(right_edges) - min(right_edges) < 1.0
    # ... and the left edges are ragged
    left_edges = [min(w["x0"] for w in line) for line in lines]
    assert max(left_edges) - min(left_edges) > 5


@needs_poppler
def test_numbers_and_brackets_inside_arabic_keep_their_shape(tmp_path):
    from pcsc_workshop.core.reports.text import para

    text = "بلغت نسبة المشاركة 45% في عام 2017 (حسب تقرير البلدية)"
    pdf = _build(tmp_path / "num.pdf", [para(text, _style())], width=450)
    words = _words(pdf)
    texts = [w["text"] for w in words]
    assert "45%" in texts and "2017" in texts
    # reading order: "نسبة" ... "45%" ... "2017" ... right to left
    x = {t: w["x1"] for t, w in zip(texts, words, strict=True)}
    ratio = next(w for w in words if _logical(w["text"]) == "نسبة")
    assert ratio["x1"] > x["45%"] > x["2017"]
    # the bracketed words end the sentence, at the far left, with mirrored brackets
    leftmost = min(words, key=lambda w: w["x0"])
    assert leftmost["text"].startswith("(") and _logical(leftmost["text"][1:]) == "البلدية"


@needs_poppler
def test_arabic_name_inside_a_latin_sentence(tmp_path):
    from pcsc_workshop.core.reports.text import para

    pdf = _build(tmp_path / "mixed.pdf",
                 [para("Our partner ليلى بنعلي (Casablanca) presented 45% of it.", _style())],
                 width=450)
    words = sorted(_words(pdf), key=lambda w: w["x0"])
    texts = [w["text"] for w in words]
    assert texts[:2] == ["Our", "partner"]
    # the Latin sentence runs left to right; the name inside it reads right to left
    assert [_logical(t) for t in texts[2:4]] == ["بنعلي", "ليلى"]
    assert texts[4:] == ["(Casablanca)", "presented", "45%", "of", "it."]


def test_font_runs_follow_each_fonts_cmap():
    from pcsc_workshop.core.reports.fonts import ARABIC, BENGALI, SANS, register_fonts

    fonts = register_fonts()
    runs = fonts.runs("ليلى (45%) ok")
    # the Arabic font has digits and spaces but no brackets or percent sign
    assert runs == [(ARABIC, "ليلى "), (SANS, "(45%) ok")]
    assert fonts.runs("ليلى 45 (x)") == [(ARABIC, "ليلى 45 "), (SANS, "(x)")]
    assert all(fonts.has(fam, c) for fam, chunk in runs for c in chunk)
    assert fonts.runs("আনিকা রহমান (২০১৭)") == [(BENGALI, "আনিকা রহমান (২০১৭)")]
    assert fonts.runs("Олена, Ελληνικά, Tiếng Việt") == [(SANS, "Олена, Ελληνικά, Tiếng Việt")]


def test_only_text_that_needs_it_is_shaped():
    """Shaping costs: Latin, Cyrillic, Korean... stay reportlab Paragraphs (unshaped)."""
    from reportlab.platypus import Paragraph

    from pcsc_workshop.core.reports.shaping import ScriptParagraph
    from pcsc_workshop.core.reports.text import para

    for text in ("José Ignacio Muñoz", "Олена", "김민준", "Ελένη", "ሰላም ተስፋዬ"):
        flowable = para(text, _style())
        assert isinstance(flowable, Paragraph) and not flowable.style.shaping, text
    for text in ("প্রিয়া আনিকা", "प्रिया देशपांडे", "ليلى", "สมชาย", "李晓明"):
        assert isinstance(para(text, _style()), ScriptParagraph), text


@needs_poppler
def test_hostile_text_is_printed_not_interpreted(tmp_path):
    from pcsc_workshop.core.reports.text import para

    hostile = 'a <b>bold</b> & <font name="x">y</font> &amp; \x00\x07 </para> ]]>'
    pdf = _build(tmp_path / "h.pdf", [para(hostile, _style()), para("ليلى <i>&", _style())])
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    out = " ".join(out.split())
    assert 'a <b>bold</b> & <font name="x">y</font> &amp; </para> ]]>' in out


def test_indic_pages_embed_their_fonts(tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.text import para

    pdf = _build(tmp_path / "indic.pdf", [
        para("আনিকা রহমান — স্মার্ট সিটি পরিকল্পনা", _style()),
        para("प्रिया देशपांडे — स्मार्ट सिटी", _style()),
        para("ليلى بنعلي", _style()),
    ])
    fonts = set()
    for page in PdfReader(str(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1].split("-")[0])
    assert {"NotoSansBengali", "NotoSansDevanagari", "NotoNaskhArabic"} <= fonts


def test_a_long_arabic_paragraph_splits_over_pages(tmp_path):
    from pypdf import PdfReader

    from pcsc_workshop.core.reports.text import para

    text = " ".join(ARABIC_WORDS * 300)  # ~6,000 words
    pdf = _build(tmp_path / "long.pdf", [para(text, _style())])
    assert len(PdfReader(str(pdf)).pages) > 3


def test_arabic_marks_are_placed_where_harfbuzz_puts_them():
    """Harakat (fatha, shadda, tanwin...) are drawn with HarfBuzz's offsets, not stacked on
    the neighbouring letter: the glyph data drawn is HarfBuzz's, mark for mark."""
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics

    from pcsc_workshop.core.reports.fonts import ARABIC, register_fonts
    from pcsc_workshop.core.reports.shaping import shape

    fonts = register_fonts()
    face = fonts.face(ARABIC)
    word = "بَنْعَلِيٌّ"
    drawn, width = shape(word, face, 12.0, True)
    data = drawn.__shapeData__
    ttf = pdfmetrics.getFont(face)
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(hb.Font(hb.Face(hb.Blob(ttf.face._ttf_data))), buf, {"kern": True, "liga": True})
    expected = [(ttf.pdfScale(p.x_offset), ttf.pdfScale(p.y_offset), ttf.pdfScale(p.x_advance))
                for p in buf.glyph_positions]
    assert [(d.x_offset, d.y_offset, d.x_advance) for d in data] == expected
    marks = [d for d in data if d.x_advance == 0]
    assert len(marks) >= 5 and any(d.y_offset or d.x_offset for d in marks)
    assert width > 0


@needs_poppler
def test_decomposed_accents_print_composed(tmp_path):
    """"Nguyễn" typed as e + combining marks (some keyboards, pasted text) prints as the
    composed letters, not as loose accents next to the letter."""
    from pcsc_workshop.core.reports.text import para

    typed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    pdf = _build(tmp_path / "vi.pdf", [para(typed, _style())])
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "Nguyễn Thị Hương" in out  # composed: one glyph per letter, accents in place


@needs_poppler
def test_commas_between_latin_words_stay_inside_an_arabic_line(tmp_path):
    """"TDLC, Tokyo, and Yokohama" inside Arabic keeps its commas after each word; only a
    full stop ending the Arabic sentence moves to the left of the last Latin word."""
    from pcsc_workshop.core.reports.text import para

    pdf = _build(tmp_path / "c.pdf", [para("من تنظيم TDLC, Tokyo, and Yokohama.", _style())],
                 width=450)
    words = sorted(_words(pdf), key=lambda w: w["x0"])
    texts = [w["text"] for w in words]
    assert texts[:3] == ["TDLC,", "Tokyo,", "and"]  # left to right, commas where typed
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "TDLC, Tokyo, and Yokohama." in out  # the text comes back as typed


def test_a_missing_bundled_font_is_a_clear_export_error(tmp_path):
    """A broken installation names the font file instead of a traceback or a silent box."""
    from pcsc_workshop.core.reports.fonts import Family, FontSet, _register
    from pcsc_workshop.core.reports.output import ExportError

    fonts = FontSet(folder=tmp_path)  # an empty folder: the font file is not there
    missing = Family("test-missing", "PcscMissingFont", "PcscMissingFont-Regular.ttf")
    with pytest.raises(ExportError, match="PcscMissingFont-Regular.ttf"):
        _register(fonts, missing)
