"""The word-wrapped label that remembers its heights: always the height a QLabel gives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pcsc_workshop.ui.widgets.wrapped_label import HeightCachingLabel

TEXT = ("Scores are the share of right answers; the gain is after minus before, in "
        "percentage points, where both exist. الدرجات هي نسبة الإجابات الصحيحة.")


def _plain(text: str, font=None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if font is not None:
        label.setFont(font)
    return label


def test_heights_follow_the_text_the_font_and_the_margins(qtbot) -> None:
    label = HeightCachingLabel(TEXT)
    qtbot.addWidget(label)
    assert label.wordWrap()
    for width in (120, 300, 120):  # asked again: the remembered height, the same as QLabel's
        assert label.heightForWidth(width) == _plain(TEXT).heightForWidth(width)
    narrow = label.heightForWidth(120)
    label.setText(TEXT * 3)  # longer text: taller, not the remembered height
    assert label.heightForWidth(120) == _plain(TEXT * 3).heightForWidth(120) > narrow
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # Settings' larger text
    label.setFont(font)
    assert label.heightForWidth(120) == _plain(TEXT * 3, font).heightForWidth(120)
    before = label.heightForWidth(300)
    label.setContentsMargins(0, 20, 0, 20)
    assert label.heightForWidth(300) == before + 40
