"""A refused file is explained in the reader's language, every reason the core can give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from pcsc_workshop.core.exchange import ExchangeError
from pcsc_workshop.ui import i18n
from pcsc_workshop.ui.exchange.common import failure_text, refusal_words

CORE = Path(__file__).resolve().parents[2] / "pcsc_workshop" / "core"


def _codes_the_core_raises() -> set[str]:
    pattern = re.compile(r'(?:ExchangeError|_refuse)\(\s*"([a-z][a-z-]+)"')
    return {code for path in CORE.rglob("*.py") for code in pattern.findall(path.read_text())}


def test_every_reason_the_core_gives_has_words_in_the_ui() -> None:
    codes = _codes_the_core_raises()
    assert len(codes) > 20  # the scan found the raises
    assert codes - set(refusal_words()) == set()


@pytest.fixture()
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from pcsc_workshop.ui.app import create_app

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = create_app()
    assert i18n.install_language(app, "fr") == "fr"
    yield
    i18n.install_language(QApplication.instance(), "en")


def test_in_french_the_reason_is_french_with_the_core_detail_after(french) -> None:
    exc = ExchangeError("checksum", "The file's content does not match its checksum.")
    text = failure_text(exc)
    assert text.startswith("Le fichier a été modifié ou endommagé")
    assert "(The file's content does not match its checksum.)" in text


def test_in_english_the_core_message_is_shown_as_is(qtbot) -> None:
    exc = ExchangeError("unknown-participant", "This plan bundle comes from Ana Cossa, who is "
                        "not registered in “Maputo 2026” on this computer.")
    assert failure_text(exc) == exc.message  # it names who and where: more than our words
