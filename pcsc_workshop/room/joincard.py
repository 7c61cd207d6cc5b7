"""The join card: the room's address as a QR code, the room code, and three steps to join.

The QR code comes from segno (pure Python, no image library needed): as PNG bytes for the
window and as a module matrix drawn as vector squares in the printable PDF card.
"""

from __future__ import annotations

import io
from pathlib import Path

from pcsc_workshop.room.words import word

_STEPS = {
    "en": ("Connect to the room's Wi-Fi.", "Scan the code or type the address.",
           "Choose your name and type the room code and your personal code."),
    "fr": ("Connectez-vous au Wi-Fi de la salle.", "Scannez le code ou saisissez l'adresse.",
           "Choisissez votre nom, puis saisissez le code de salle et votre code personnel."),
    "es": ("Conéctese al wifi de la sala.", "Escanee el código o escriba la dirección.",
           "Elija su nombre y escriba el código de sala y su código personal."),
    "pt": ("Ligue-se ao Wi-Fi da sala.", "Leia o código ou escreva o endereço.",
           "Escolha o seu nome e escreva o código da sala e o seu código pessoal."),
    "ar": ("اتصل بشبكة Wi-Fi الخاصة بالقاعة.", "امسح الرمز أو اكتب العنوان.",
           "اختر اسمك واكتب رمز القاعة ورمزك الشخصي."),
}


def steps(language: str) -> tuple[str, str, str]:
    return _STEPS.get(language, _STEPS["en"])


def qr_png(url: str, scale: int = 8) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def qr_matrix(url: str) -> list[list[bool]]:
    import segno

    return [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]


def write_card_pdf(path: Path, *, title: str, url: str, room_code: str, language: str,
                   person_codes: list[tuple[str, str]] | None = None) -> Path:
    """A printable A4 join card; with `person_codes`, one cut-out slip per participant after.

    Names are any script: drawn with the report fonts (reportlab imported here, lazily).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from pcsc_workshop.core.reports.fonts import register_fonts

    register_fonts()
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, initialFontName="NotoSans")
    pdf.setTitle(f"{word('join-title', language)} — {title}")
    pdf.setFont("NotoSans-Bold", 20)
    pdf.drawCentredString(width / 2, height - 30 * mm, word("join-title", language)
                          if language != "ar" else "Join the workshop")
    pdf.setFont("NotoSans", 12)
    pdf.drawCentredString(width / 2, height - 40 * mm, title[:90])
    matrix = qr_matrix(url)
    size = 90 * mm
    cell = size / len(matrix)
    x0 = (width - size) / 2
    y0 = height - 50 * mm - size
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                pdf.rect(x0 + c * cell, y0 + size - (r + 1) * cell, cell, cell, stroke=0, fill=1)
    pdf.setFont("NotoSans-Bold", 16)
    pdf.drawCentredString(width / 2, y0 - 12 * mm, url)
    pdf.setFont("NotoSans-Bold", 28)
    pdf.drawCentredString(width / 2, y0 - 28 * mm, f"{room_code}")
    pdf.setFont("NotoSans", 11)
    for i, text in enumerate(steps("en" if language == "ar" else language), start=1):
        pdf.drawString(30 * mm, y0 - (40 + 8 * i) * mm, f"{i}. {text}")
    if person_codes:
        _draw_slips(pdf, person_codes, room_code, width, height)
    pdf.save()
    return path


def _draw_slips(pdf, person_codes: list[tuple[str, str]], room_code: str, width: float,
                height: float) -> None:
    """One cut-out slip per participant: the name (any script, shaped like the documents'
    paragraphs) and the personal code, with the room code as a reminder."""
    from reportlab.lib.units import mm

    from pcsc_workshop.core.reports.styles import styles
    from pcsc_workshop.core.reports.text import para

    style = styles().body
    y = height - 20 * mm
    pdf.showPage()
    for name, code in person_codes:
        if y < 25 * mm:
            pdf.showPage()
            y = height - 20 * mm
        pdf.setDash(2, 2)
        pdf.line(15 * mm, y + 6 * mm, width - 15 * mm, y + 6 * mm)
        pdf.setDash()
        flowable = para(name[:120], style)
        _w, h = flowable.wrap(width - 90 * mm, 12 * mm)
        flowable.drawOn(pdf, 20 * mm, y - h + 3 * mm)
        pdf.setFont("NotoSans-Bold", 14)
        pdf.drawRightString(width - 20 * mm, y - 2 * mm, f"{code}   ({room_code})")
        y -= 16 * mm
