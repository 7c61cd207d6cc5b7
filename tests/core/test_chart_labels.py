"""Chart labels in any script: an Arabic or Bengali delegation name in a PDF chart legend is
drawn in a font that has its letters (not as boxes), Arabic joined and right to left."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdffonts) not installed")

CASABLANCA = "الدار البيضاء، المغرب"
DHAKA = "ঢাকা, বাংলাদেশ"


def _radar_pdf(path: Path) -> Path:
    from reportlab.platypus import SimpleDocTemplate

    from pcsc_workshop.core.assessment import stable_elements
    from pcsc_workshop.core.reports.charts import radar_data, radar_drawing
    from pcsc_workshop.core.reports.fonts import register_fonts

    register_fonts()
    elements = stable_elements()
    scores = {e.id: (e.number % 5) for e in elements}
    data = radar_data([(CASABLANCA, scores), (DHAKA, scores), ("Pune, India", scores)],
                      elements, {e.domain_id: e.domain_id.rsplit(".", 1)[-1] for e in elements})
    SimpleDocTemplate(str(path)).build([radar_drawing(data)])
    return path


@needs_poppler
def test_radar_legend_draws_arabic_and_bengali_names_in_their_fonts(tmp_path: Path) -> None:
    pdf = _radar_pdf(tmp_path / "radar.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoNaskhArabic" in fonts and "NotoSansBengali" in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    # Arabic is joined (drawn with presentation forms) and keeps every letter.
    assert any("\ufe70" <= ch <= "\ufeff" for ch in text)
    letters = {ch for ch in CASABLANCA if unicodedata.category(ch) == "Lo"}
    assert letters <= set(unicodedata.normalize("NFKC", text))
    assert "Pune, India" in text


@needs_poppler
def test_arabic_legend_is_drawn_right_to_left(tmp_path: Path) -> None:
    """The first word of the name (الدار) is drawn to the right of the last (المغرب)."""
    import re

    pdf = _radar_pdf(tmp_path / "radar.pdf")
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    boxes = {}
    for x_min, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>(.*?)</word>', xml):
        plain = "".join(ch for ch in unicodedata.normalize("NFKC", word)
                        if unicodedata.category(ch) != "Cf")
        for name in ("الدار", "المغرب"):
            if name in (plain, plain[::-1]):
                boxes[name] = float(x_min)
    assert boxes["الدار"] > boxes["المغرب"]
