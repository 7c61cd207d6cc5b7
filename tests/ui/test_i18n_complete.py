"""The translation files cover every UI string, and translations keep `{0}`, `&` and tags.

lupdate runs on the current sources into temporary copies of the four `.ts` files, so a
string added to the code without a translation fails here (with the list of what is
missing and how to fix it), before anyone sees English in a French window.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import ts_tools as t  # noqa: E402

FIX = "run `scripts/update_translations --export-missing todo.json`, translate, `--import todo.json`"


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[t.Message]]:
    """Each language's messages after merging the current sources (the repo stays as it is)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for lang in t.LANGUAGES:
        copy = t.ts_path(lang, folder)
        shutil.copy(t.ts_path(lang), copy)
        copies.append(copy)
    t.run_lupdate(copies)
    return {lang: t.live(t.read_ts(t.ts_path(lang, folder))) for lang in t.LANGUAGES}


@pytest.mark.parametrize("lang", t.LANGUAGES)
def test_every_ui_string_has_a_finished_translation(current_ts, lang: str) -> None:
    messages = current_ts[lang]
    assert len(messages) > 100  # lupdate really read the UI
    missing = [f"[{m.context}] {m.source!r}" for m in t.unfinished(messages)]
    assert missing == [], f"{len(missing)} strings untranslated in {lang} ({FIX}):\n" + \
        "\n".join(missing)


@pytest.mark.parametrize("lang", t.LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_tags(current_ts, lang: str) -> None:
    broken = [f"[{m.context}] {m.source!r} -> {m.translation!r}: {problem}"
              for m in current_ts[lang] if m.finished
              for problem in t.markup_problems(m.source, m.translation)]
    assert broken == [], "\n".join(broken)


@pytest.mark.parametrize("lang", t.LANGUAGES)
def test_accelerators_stay_unique_within_a_window(current_ts, lang: str) -> None:
    clashes = t.accelerator_clashes(current_ts[lang])
    assert clashes == [], "move the & to another letter:\n" + "\n".join(clashes)


def test_the_accelerator_check_sees_a_clash() -> None:
    def msg(source: str, translation: str) -> t.Message:
        return t.Message("Dialog", source, translation, True, False)

    assert t.accelerator_clashes([msg("&Save", "&Guardar"), msg("&Go", "&Ir")]) == []
    assert t.accelerator_clashes([msg("&Type:", "&Tipo:"), msg("T&itle:", "&Título:")]) == [
        "[Dialog] Alt+t: '&Tipo:', '&Título:'"]


def test_the_markup_check_catches_lost_placeholders_and_accelerators() -> None:
    assert t.markup_problems("Saved at {0}", "Enregistré") == ["placeholders differ"]
    assert t.markup_problems("&File", "Fichier") == ["accelerator & lost or added"]
    assert t.markup_problems("<b>A</b> {0}", "A {0}") == ["HTML tags differ"]
    assert t.markup_problems("&Quit", "&Quitter") == []
    assert t.markup_problems("&Help", "م&ساعدة") == []


def test_the_completeness_check_fails_on_a_new_string(tmp_path: Path) -> None:
    """A source string nobody translated shows up as unfinished after lupdate."""
    source = tmp_path / "probe.py"
    source.write_text("from PySide6.QtCore import QObject\n\n\nclass Probe(QObject):\n"
                      "    def label(self):\n        return self.tr('A brand new label')\n",
                      encoding="utf-8")
    ts = t.ts_path("fr", tmp_path)
    shutil.copy(t.ts_path("fr"), ts)
    t.run_lupdate([ts], sources=[source])
    assert [m.source for m in t.unfinished(t.read_ts(ts))] == ["A brand new label"]


def test_lupdate_sees_every_string_the_code_translates(current_ts) -> None:
    """lupdate cannot read tr() inside f-strings: such a string would never be translated."""
    known = {m.key for m in current_ts["fr"]}
    unseen = []
    for path in t.ui_sources():
        found, _bare = t.code_strings(path)
        unseen += [f"{s.path.relative_to(ROOT)}:{s.line} [{s.context}] {s.source!r}"
                   + (" (inside an f-string: move the tr() call out)" if s.in_fstring else "")
                   for s in found if (s.context, s.source) not in known]
    assert unseen == [], "\n".join(unseen)


def test_no_ui_text_bypasses_translation() -> None:
    """Literal words passed straight to a widget (setText("..."), QLabel("...")...)."""
    bare = []
    for path in t.ui_sources():
        _found, literals = t.code_strings(path)
        bare += [f"{s.path.relative_to(ROOT)}:{s.line} {s.source!r}" for s in literals]
    assert bare == [], "wrap these in self.tr() / QCoreApplication.translate():\n" + \
        "\n".join(bare)
