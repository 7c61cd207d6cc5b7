"""The model-backed read-only table: shows rows, aligns and isolates figures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pcsc_workshop.ui.widgets.text_table import TextTable


def test_rows_are_shown_and_figures_read_left_to_right_in_any_layout(qtbot) -> None:
    table = TextTable(["Participant", "Module", "Gain"], numeric_from=2)
    qtbot.addWidget(table)
    table.set_rows([("ليلى بنعلي", "Guidelines", "+41"), ("Ana Cossa", "JICA", "")])
    model = table.model()
    assert table.rowCount() == 2 and table.text(0, 2) == "+41"
    shown = model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    # Isolated left to right: in an Arabic (right-to-left) window "+41" must not become "41+".
    assert shown == "\u2066+41\u2069"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "ليلى بنعلي"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)
    assert model.data(model.index(1, 2), Qt.ItemDataRole.TextAlignmentRole) is None  # empty
    # a negative gain as the Arabic locale writes it (a left-to-right mark before the sign)
    table.set_rows([("ليلى بنعلي", "Guidelines", "\u200e-14")])
    assert model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole) == "\u2066\u200e-14\u2069"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)
    table.set_rows([])
    assert table.rowCount() == 0
