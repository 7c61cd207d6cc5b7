"""Anonymised copies of plans: personal names and e-mail addresses removed.

A facilitator shares plans with funders and ministries; participants who did not agree to be
named must not be. Names become "Participant N" (N = the participant's place in the
workshop's list, stable across documents), wherever they appear: as the owner, in
"responsible" cells, in free text. A whole name or any distinctive part of it (three letters
or more) is replaced; e-mail addresses are replaced by a mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pcsc_workshop.core.plans import NextStepRow, PlanDoc, SupportRow
from pcsc_workshop.core.reports.labels import label

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
EMAIL_MARK = "[e-mail removed]"


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


@dataclass(frozen=True)
class Pseudonyms:
    """Who becomes whom: (name or name part, casefolded) -> "Participant N", longest first."""

    by_id: dict[str, str]
    patterns: tuple[tuple[str, str], ...]

    @classmethod
    def for_people(cls, people: Sequence) -> Pseudonyms:
        """`people`: objects with `id` and `name` (and `email`), in the workshop's order."""
        by_id: dict[str, str] = {}
        pairs: dict[str, str] = {}
        for n, person in enumerate(people, start=1):
            alias = label("participant_n", n=n)
            by_id[person.id] = alias
            name = unicodedata.normalize("NFC", (person.name or "").strip())
            if name:
                pairs.setdefault(name.casefold(), alias)
                for part in name.split():
                    if sum(_is_word_char(c) for c in part) >= 3:
                        pairs.setdefault(part.casefold(), alias)
        ordered = tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))
        return cls(by_id=by_id, patterns=ordered)

    def scrub(self, text: str) -> str:
        """Replace every name, name part and e-mail address in the text."""
        if not text:
            return text
        text = _EMAIL.sub(EMAIL_MARK, unicodedata.normalize("NFC", text))
        folded = text.casefold()
        if len(folded) != len(text):  # rare (e.g. "ß"): fall back to exact matching
            folded = text
        for needle, alias in self.patterns:
            start = 0
            while (found := folded.find(needle, start)) >= 0:
                end = found + len(needle)
                before = text[found - 1] if found else " "
                after = text[end] if end < len(text) else " "
                if _is_word_char(before) or _is_word_char(after):
                    start = end
                    continue
                text = text[:found] + alias + text[end:]
                folded = folded[:found] + alias.casefold() + folded[end:]
                start = found + len(alias)
        return text


def anonymise_plan(doc: PlanDoc, names: Pseudonyms) -> PlanDoc:
    """A copy of the plan without personal names or e-mail addresses."""
    scrub = names.scrub
    owner = names.by_id.get(doc.owner_id, scrub(doc.owner_name)) \
        if doc.owner_kind == "participant" else doc.owner_name
    return replace(
        doc,
        owner_name=owner,
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
