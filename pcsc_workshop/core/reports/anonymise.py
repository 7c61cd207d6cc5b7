"""Anonymised copies of plans: personal names and e-mail addresses removed.

A facilitator shares plans with funders and ministries; participants who did not agree to be
named must not be. Names become "Participant N" (N = the participant's place in the
workshop's list, stable across documents), wherever they appear: as the owner, in
"responsible" cells, in free text. The rule (docs/privacy.md says it for users):

- A name is cut into parts at spaces, hyphens, brackets, apostrophes, dots, commas and
  slashes ("Hauptstraße-Öztürk (Zeynep)" → Hauptstraße, Öztürk, Zeynep). Every part of three
  letters or more is redacted wherever it stands as a word; the whole name is redacted too,
  so a name made of short parts ("Li Na") still goes.
- Words are compared *folded*: Unicode case folding plus removal of combining marks, after
  NFKD, so "HAUPTSTRASSE", "hauptstraße", "IZMIR" and "İzmir", "Ozturk" and "Öztürk", or an
  Arabic name with or without its short vowels are the same word.
- Common attached forms count as the name: Arabic prefixes و ف ب ل ك and the article ال and
  their combinations (وفاطمة, بالزهراء); Bengali case endings (আনিকার, আনিকাকে, আনিকাদের…);
  Slavic case endings, with the final vowel of the name replaced (Олена → Олені, Олену,
  Оленою; Іван → Івана, Іванові; Anna → Anny, Annę).
- The word is replaced as a whole, and a run of the same pseudonym ("Participant 3
  Participant 3" from "Fatima Zahra") becomes one.

What it cannot catch (also in docs/privacy.md): nicknames and spelling variants not in the
list ("Fati" for Fatima, "Mohammed" for "Muhammad"), names in another script than typed
(a Latin "Anika" for "আনিকা"), names split by a line break inside a word, other endings
than the lists below, and people who are not participants (a mayor named in a plan).
It may also over-redact an ordinary word equal to a name part ("Rose", "Hope").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow
from pcsc_workshop.core.reports.labels import label

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
EMAIL_MARK = "[e-mail removed]"
MIN_PART = 3  # letters; shorter parts only go as part of the whole name

# Attached Arabic prefixes (conjunctions, prepositions, the article), longest first.
_AR_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
# Bengali case and plural endings attached to a name.
_BN_SUFFIXES = ("দেরকে", "দের", "েরা", "রা", "কে", "তে", "এর", "ের", "র", "য়", "ও", "ই",
                "টি", "টা", "রই", "রও")
# Slavic (Cyrillic and Latin) case endings; a name's final vowel may be replaced by them.
_CYR_SUFFIXES = ("ові", "еві", "ою", "ею", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях",
                 "ами", "ями", "ів", "ій", "ого", "ому", "а", "я", "у", "ю", "і", "и", "е",
                 "ї", "ы", "о")
_LAT_SUFFIXES = ("owi", "ovi", "ego", "emu", "em", "om", "ą", "ę", "a", "e", "i", "u", "y",
                 "ovi", "ou")
_VOWELS = frozenset("aeiouyаеиоуыэюяіїєёьй")


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


@lru_cache(maxsize=65536)  # the same words recur all through a report
def fold(text: str) -> str:
    """Case-fold and drop combining marks: the form in which names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


def name_parts(name: str) -> list[str]:
    """The parts of a name: split at anything that is not a letter, mark or digit."""
    parts, current = [], []
    for char in unicodedata.normalize("NFC", name):
        if _is_word_char(char):
            current.append(char)
        elif current:
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    return parts


def _script(word: str) -> str:
    for char in word:
        name = unicodedata.name(char, "")
        for script in ("ARABIC", "BENGALI", "CYRILLIC", "LATIN"):
            if name.startswith(script):
                return script
    return ""


def _forms(part: str) -> set[str]:
    """Every folded word form that counts as this (folded) name part."""
    forms = {part}
    script = _script(part)
    if script == "ARABIC":
        forms |= {p + part for p in _AR_PREFIXES}
    elif script == "BENGALI":
        forms |= {part + s for s in _BN_SUFFIXES}
    elif script in ("CYRILLIC", "LATIN"):
        suffixes = _CYR_SUFFIXES if script == "CYRILLIC" else _LAT_SUFFIXES
        stems = {part}
        if len(part) > MIN_PART and part[-1] in _VOWELS:
            stems.add(part[:-1])  # Олена → Олен-і, Anna → Ann-y
        forms |= {stem + s for stem in stems for s in suffixes if len(stem) >= MIN_PART}
    return {fold(f) for f in forms}


def _words(text: str) -> list[tuple[int, int]]:
    """Spans of words: maximal runs of letters, marks and digits."""
    spans, start = [], None
    for i, char in enumerate(text):
        if _is_word_char(char):
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class Pseudonyms:
    """Who becomes whom: folded word forms and whole names -> "Participant N"."""

    by_id: dict[str, str]
    words: dict[str, str]  # folded word form -> alias
    sequences: tuple[tuple[tuple[str, ...], str], ...]  # whole names as folded parts, longest first

    @property
    def patterns(self) -> tuple[str, ...]:
        """Every word form and whole name redacted (empty: nothing to redact)."""
        return (*self.words, *(" ".join(seq) for seq, _ in self.sequences))

    @classmethod
    def for_people(cls, people: Sequence) -> Pseudonyms:
        """`people`: objects with `id` and `name` (and `email`), in the workshop's order."""
        by_id: dict[str, str] = {}
        words: dict[str, str] = {}
        sequences: dict[tuple[str, ...], str] = {}
        for n, person in enumerate(people, start=1):
            alias = label("participant_n", n=n)
            by_id[person.id] = alias
            parts = [fold(p) for p in name_parts(person.name or "")]
            if len(parts) > 1:
                sequences.setdefault(tuple(parts), alias)
            elif parts:
                words.setdefault(parts[0], alias)  # a one-word name goes whatever its length
            for part in parts:
                if sum(_is_word_char(c) for c in part) >= MIN_PART:
                    for form in _forms(part):
                        words.setdefault(form, alias)
        ordered = tuple(sorted(sequences.items(), key=lambda kv: -len(kv[0])))
        return cls(by_id=by_id, words=words, sequences=ordered)

    def _starting(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """Whole names whose first part is `word`, longest first (an index built once, so a
        long report costs one lookup per word, not one per participant)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = {}
            for seq, alias in self.sequences:
                index.setdefault(seq[0], []).append((seq, alias))
            object.__setattr__(self, "_index", index)
        return index.get(word, [])

    def scrub(self, text: str) -> str:
        """Replace every name, name part and e-mail address in the text."""
        if not text:
            return text
        text = _EMAIL.sub(EMAIL_MARK, unicodedata.normalize("NFC", text))
        spans = _words(text)
        folded = [fold(text[a:b]) for a, b in spans]
        replacements: list[tuple[int, int, str]] = []
        i = 0
        while i < len(spans):
            hit = None
            for seq, alias in self._starting(folded[i]):
                if tuple(folded[i:i + len(seq)]) == seq:
                    hit = (len(seq), alias)
                    break
            if hit is None and folded[i] in self.words:
                hit = (1, self.words[folded[i]])
            if hit is None:
                i += 1
                continue
            count, alias = hit
            replacements.append((spans[i][0], spans[i + count - 1][1], alias))
            i += count
        out, last = [], 0
        for start, end, alias in replacements:
            out.append(text[last:start])
            out.append(alias)
            last = end
        out.append(text[last:])
        return _collapse("".join(out), {a for _, _, a in replacements})


def _collapse(text: str, aliases: set[str]) -> str:
    """"Participant 3 Participant 3" or "Participant 3-Participant 3" → "Participant 3"."""
    for alias in aliases:
        pattern = re.compile(rf"{re.escape(alias)}(?:[\s\-‐‑–()\[\]]+{re.escape(alias)}\b)+")
        text = pattern.sub(alias, text)
    return text


def anonymise_plan(doc: PlanDoc, names: Pseudonyms,
                   delegation_alias: str | None = None) -> PlanDoc:
    """A copy of the plan without personal names or e-mail addresses.

    `delegation_alias`: shown instead of the delegation's city and country, for a delegation
    of one person (whom the place alone would name)."""
    scrub = names.scrub
    owner = names.by_id.get(doc.owner_id, scrub(doc.owner_name)) \
        if doc.owner_kind == "participant" else doc.owner_name
    delegation = doc.delegation_label
    if delegation_alias is not None:
        if doc.owner_kind == "delegation":
            owner = delegation_alias
        delegation = delegation_alias
    return replace(
        doc,
        owner_name=owner,
        delegation_label=delegation,
        key_takeaways=scrub(doc.key_takeaways),
        challenges=scrub(doc.challenges),
        approaches=scrub(doc.approaches),
        next_steps=[
            NextStepRow(**{**vars(s), "action": scrub(s.action),
                           "responsible": scrub(s.responsible), "resources": scrub(s.resources),
                           "indicator": scrub(s.indicator)})
            for s in doc.next_steps
        ],
        support=[
            SupportRow(**{**vars(r), "provider": scrub(r.provider), "detail": scrub(r.detail)})
            for r in doc.support
        ],
    )
