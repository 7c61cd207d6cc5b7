"""The curriculum is written in our own words: no run of 8 or more words is copied from a seed.

Statistics may stay close to the source (a figure is a figure), and titles are names, not
prose: `name`, `title`, `label` and `source` fields are skipped, and a shared run that lies
inside a known title (a pillar's name inside a key point, a report's title) is allowed.
Words are compared case-insensitively, on letters and digits only, so punctuation and line
breaks cannot hide a copied span. A failure names the file, the item, the field and the span.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pcsc_workshop.core.curriculum.loader import default_folder

SEEDS = Path(__file__).resolve().parents[2] / "docs" / "seeds"
SHARED_SEEDS = Path("/work/shared/seeds")
RUN = 8
WORD = re.compile(r"[^\W_]+", re.UNICODE)
SKIPPED_FIELDS = {"id", "source", "name", "title", "label"}
SKIPPED_SECTIONS = {"statistics"}
# libyaml where PyYAML has it: the pure-Python parser took ~1 s per test for these files
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The content files of the English curriculum checked here: every one of them.
FILES = ["elements.yaml", "guidelines.yaml", "pillars.yaml", "jica.yaml", "evidence.yaml", "cases.yaml",
         "templates.yaml", "modules.yaml", "sources.yaml", "manifest.yaml", "questions.yaml"]


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def seed_folder() -> Path | None:
    for folder in (SEEDS, SHARED_SEEDS):
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    return None


@pytest.fixture(scope="module")
def seed_runs() -> dict[tuple[str, ...], str]:
    folder = seed_folder()
    if folder is None:
        pytest.skip("the seed documents are not on this machine")
    runs: dict[tuple[str, ...], str] = {}
    for path in sorted(folder.glob("*.txt")):
        tokens = words(path.read_text(encoding="utf-8"))
        for i in range(len(tokens) - RUN + 1):
            runs.setdefault(tuple(tokens[i:i + RUN]), path.name)
    return runs


def strings(node: Any, where: str, item: str = "") -> list[tuple[str, str, str]]:
    """(item id, field path, text) of every prose string, skipping titles and sources."""
    out: list[tuple[str, str, str]] = []
    if isinstance(node, dict):
        item = node.get("id", item) if isinstance(node.get("id"), str) else item
        for key, value in node.items():
            if key not in SKIPPED_FIELDS:
                out += strings(value, f"{where}.{key}", item)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += strings(value, f"{where}[{i}]", item)
    elif isinstance(node, str):
        out.append((item, where, node))
    return out


def titles(folder: Path) -> list[list[str]]:
    """Word lists of every title in the curriculum (names of items, sessions, sources)."""
    found: list[list[str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "title", "label") and isinstance(value, str):
                    found.append(words(value))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in folder.glob("*.yaml"):
        walk(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER))  # noqa: S506 - safe
    return [t for t in found if len(t) >= RUN]


@pytest.fixture(scope="module")
def known_titles() -> list[list[str]]:
    """The titles of the whole shipped curriculum, read once for the tests of every file."""
    return titles(default_folder())


def inside_a_title(span: list[str], known: list[list[str]]) -> bool:
    n = len(span)
    return any(title[i:i + n] == span for title in known for i in range(len(title) - n + 1))


def copied_spans(text: str, runs: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """Maximal runs of RUN+ words of `text` that also occur in a seed, with the seed's name.
    A run that states a figure (a number in it or just before it: "51% of municipalities
    find...") is a statistic statement, which may stay close to the source."""
    tokens = words(text)
    spans, i = [], 0
    while i <= len(tokens) - RUN:
        seed = runs.get(tuple(tokens[i:i + RUN]))
        if seed is None:
            i += 1
            continue
        j = i + RUN
        while j < len(tokens) and tuple(tokens[j - RUN + 1:j + 1]) in runs:
            j += 1
        if not any(t.isdigit() for t in tokens[max(0, i - 1):j]):
            spans.append((" ".join(tokens[i:j]), seed))
        i = j
    return spans


def test_the_detector_finds_a_copied_span_and_ignores_a_paraphrase(seed_runs):
    copied = ("As UNCRD puts it, the social impact of the innovative technology could be "
              "larger in developing countries.")
    assert copied_spans(copied, seed_runs) == [
        ("the social impact of the innovative technology could be larger in developing "
         "countries", "000_39fa44090e259d87.txt")]
    reworded = "UNCRD thinks new technology could change more lives in developing countries."
    assert copied_spans(reworded, seed_runs) == []
    statistic = "Only 20% of municipalities find citizens active or very active in smart city work."
    assert copied_spans(statistic, seed_runs) == []


@pytest.mark.parametrize("name", FILES)
def test_no_run_of_eight_words_is_copied_from_a_seed(name: str, seed_runs, known_titles):
    folder = default_folder()
    data = yaml.load((folder / name).read_text(encoding="utf-8"), Loader=LOADER) or {}  # noqa: S506
    known = known_titles
    found = []
    for section, content in data.items():
        if section in SKIPPED_SECTIONS:
            continue
        for item, where, text in strings(content, section):
            for span, seed in copied_spans(text, seed_runs):
                if not inside_a_title(span.split(), known):
                    found.append(f"{name} {item} {where}: '{span}' (from {seed})")
    assert found == [], "copied from a seed:\n" + "\n".join(found)


def test_every_english_content_file_is_checked():
    """A new content file is checked too; the question and rubric files are checked by their
    own test, and the terminology base holds official titles and terms (quoted on purpose)."""
    shipped = {p.name for p in default_folder().glob("*.yaml")}
    assert shipped - set(FILES) <= {"terms.yaml"}
