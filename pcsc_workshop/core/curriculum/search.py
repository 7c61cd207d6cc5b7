"""Full-text search over the curriculum that answers while the user types.

The index is built once when the curriculum loads: every word of every text field, folded to
lower case without accents ("Résilience" finds "resilience"), points at the items holding it.
The last word of a query is matched as a prefix (the user is still typing it); the vocabulary
is sorted so a prefix is a bisect plus a short scan, which keeps a keystroke far below 30 ms.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"(?:\w|[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0900-\u0DFF])+")
TITLE_WEIGHT = 3.0
TEXT_WEIGHT = 1.0
PREFIX_FACTOR = 0.8
SNIPPET_CHARS = 140


def _fold_char(ch: str, previous: str) -> str:
    """One character folded; accents are dropped from Latin letters only (Indic marks stay)."""
    if unicodedata.combining(ch):
        return "" if previous and ord(previous) < 0x250 else ch
    decomposed = unicodedata.normalize("NFKD", ch)
    if len(decomposed) > 1 and ord(decomposed[0]) < 0x250:
        decomposed = "".join(c for c in decomposed if not unicodedata.combining(c))
    return decomposed.casefold()


def fold(text: str) -> str:
    """Lower case, accents removed: the form both the index and the queries use."""
    if text.isascii():
        return text.lower()
    out, previous = [], ""
    for ch in text:
        out.append(_fold_char(ch, previous))
        previous = ch
    return "".join(out)


def _fold_with_positions(text: str) -> tuple[str, Sequence[int]]:
    """The folded text and, for each folded character, its index in the original text.

    Snippets fold the texts of every hit at each keystroke (50 hits, ~10 ms a keystroke in
    the English curriculum when done a character at a time): an ASCII text folds to the same
    length (its positions are its own), and another text is folded once and remembered."""
    if text.isascii():
        return text.lower(), range(len(text))
    return _fold_non_ascii(text)


@lru_cache(maxsize=1024)
def _fold_non_ascii(text: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    positions: list[int] = []
    previous = ""
    for i, ch in enumerate(text):
        if ch < "\x80":  # ASCII: one character, lower case (what _fold_char gives)
            out.append(ch.lower())
            positions.append(i)
        else:
            folded = _fold_char(ch, previous)
            out.append(folded)
            positions.extend([i] * len(folded))
        previous = ch
    return "".join(out), tuple(positions)


def words(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True)
class SearchDoc:
    """What the index knows of one item: its texts and what the filters look at."""

    id: str
    kind: str
    title: str
    texts: tuple[str, ...]
    actor: str | None = None
    pillars: frozenset[str] = frozenset()
    boost: float = 1.0  # < 1 for items that repeat other content (quiz questions)


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    score: float


class SearchIndex:
    """An inverted index (word -> item -> weight) with a sorted vocabulary for prefixes."""

    def __init__(self, docs: Iterable[SearchDoc]) -> None:
        self.docs: list[SearchDoc] = list(docs)
        postings: dict[str, dict[int, float]] = {}
        for n, doc in enumerate(self.docs):
            for token in words(doc.title):
                postings.setdefault(token, {})[n] = TITLE_WEIGHT
            for text in doc.texts:
                for token in words(text):
                    slot = postings.setdefault(token, {})
                    if n not in slot:
                        slot[n] = TEXT_WEIGHT
        self._postings = postings
        self._vocab = sorted(postings)

    def _matches(self, word: str, as_prefix: bool) -> dict[int, float]:
        exact = self._postings.get(word)
        if not as_prefix and exact:
            return exact
        found: dict[int, float] = dict(exact or {})
        i = bisect_left(self._vocab, word)
        vocab = self._vocab
        while i < len(vocab) and vocab[i].startswith(word):
            if vocab[i] != word:
                for n, weight in self._postings[vocab[i]].items():
                    weight *= PREFIX_FACTOR
                    if found.get(n, 0.0) < weight:
                        found[n] = weight
            i += 1
        return found

    def search(self, text: str, actor: str | None = None, pillar: str | None = None,
               limit: int = 50) -> list[SearchHit]:
        """Ranked hits: items holding every word first, then items holding some of them."""
        query = words(text)
        allowed = [
            (actor is None or doc.actor is None or doc.actor == actor)
            and (pillar is None or pillar in doc.pillars)
            for doc in self.docs
        ]
        if not query:
            if actor is None and pillar is None:
                return []
            return [self._hit(n, 0.0, []) for n, ok in enumerate(allowed) if ok][:limit]
        last = len(query) - 1
        per_word = [self._matches(w, as_prefix=(i == last)) for i, w in enumerate(query)]
        scores: dict[int, tuple[int, float]] = {}
        for matches in per_word:
            for n, weight in matches.items():
                if not allowed[n]:
                    continue
                count, total = scores.get(n, (0, 0.0))
                scores[n] = (count + 1, total + weight * self.docs[n].boost)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        if ranked and ranked[0][1][0] == len(query):
            ranked = [kv for kv in ranked if kv[1][0] == len(query)]
        return [self._hit(n, total, query) for n, (_count, total) in ranked[:limit]]

    def _hit(self, n: int, score: float, query: Sequence[str]) -> SearchHit:
        doc = self.docs[n]
        return SearchHit(id=doc.id, kind=doc.kind, title=doc.title,
                         snippet=snippet(doc.texts, query), score=score)


def snippet(texts: Sequence[str], query: Sequence[str]) -> str:
    """A short extract around the first query word found (or the start of the first text)."""
    for text in texts:
        folded, positions = _fold_with_positions(text)
        for word in query:
            match = re.search(r"(?<!\w)" + re.escape(word), folded)
            if match and positions:
                at = positions[min(match.start(), len(positions) - 1)]
                return _cut(text, at)
    return _cut(texts[0], 0) if texts else ""


def _cut(text: str, at: int) -> str:
    flat = " ".join(text.split())
    # map `at` roughly into the whitespace-collapsed text
    at = len(" ".join(text[:at].split()))
    start = max(0, at - SNIPPET_CHARS // 3)
    if start > 0:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    end = min(len(flat), start + SNIPPET_CHARS)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > at else end
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def merge_hits(*groups: list[SearchHit], limit: int = 50) -> list[SearchHit]:
    """Hits from several indexes (shipped + local content) in one ranking."""
    merged = [hit for group in groups for hit in group]
    merged.sort(key=lambda h: -h.score)
    return merged[:limit]
