"""A city's self-assessment on JICA's 21 smart city elements, and what follows from it.

Scores run 0-4 along the curriculum's maturity descriptors; `None` means *not scored yet*, which
is not zero: unscored elements are left out of every mean, every chart and the stage rule, and
listed separately as "to assess". Why so strict: a delegation that has scored only its strong
elements must not look weak, and one that skipped its weak ones must not look strong — the
coverage figure goes everywhere a mean goes.

The curriculum (names, descriptors) is passed in as `ElementRef`s; `elements_from_curriculum`
builds them from a loaded `Curriculum`. The stage rule is documented in `stage_for` and in
docs/stage-rule.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from pcsc_workshop.core.models import Assessment, AssessmentScore, Delegation, Participant
from pcsc_workshop.core.validation import InvalidInput, NotFound

MIN_SCORE, MAX_SCORE = 0, 4
MAX_EVIDENCE_CHARS = 20_000

# The stable ids (COMMON.md) of the 21 elements in number order, with their domain. The
# curriculum supplies names and descriptors; this list lets code run before it is loaded.
_DOMAIN_SPLIT = (("policy", 6), ("organization", 3), ("system", 5), ("technology", 4),
                 ("operation", 3))
JICA_ELEMENT_IDS: tuple[str, ...] = tuple(f"jica.element.{slug}" for slug in (
    "philosophy-and-vision", "comprehensiveness-of-vision", "specifics-of-vision",
    "policy-alignment", "sustainability-of-vision", "sharing-of-vision", "promotion-body",
    "helix-partnership", "organizational-capacity", "building-ecosystems", "creating-trust",
    "laws-regulations-systems", "citizen-participation", "cross-disciplinary",
    "urban-infrastructure-platform", "data-utilization", "digital-security",
    "social-systems-design", "flexibility-of-promotion", "collaboration-and-partnerships",
    "ensuring-sustainability",
))

if TYPE_CHECKING:
    from pcsc_workshop.core.curriculum import Curriculum


@dataclass(frozen=True)
class ElementRef:
    """What the assessment needs to know of a JICA element."""

    id: str
    number: int
    name: str
    domain_id: str
    descriptors: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()  # the observable test of each level, same order


def stable_elements() -> list[ElementRef]:
    """The 21 elements from the stable ids alone (name = id), for use before the curriculum."""
    out, number = [], 0
    for domain, count in _DOMAIN_SPLIT:
        for _ in range(count):
            element_id = JICA_ELEMENT_IDS[number]
            number += 1
            out.append(ElementRef(element_id, number, element_id, f"jica.domain.{domain}"))
    return out


def elements_from_curriculum(curriculum: Curriculum) -> list[ElementRef]:
    """The curriculum's elements with their rubric (descriptors and checks, levels 0-4)."""
    return sorted(
        (ElementRef(e.id, e.number, e.name, e.domain_id, tuple(e.descriptors),
                    tuple(e.checks))
         for e in curriculum.elements),
        key=lambda e: e.number,
    )


def domain_ids(elements: Sequence[ElementRef]) -> list[str]:
    """Domain ids in the order their first element appears (policy ... operation)."""
    seen: dict[str, None] = {}
    for e in sorted(elements, key=lambda e: e.number):
        seen.setdefault(e.domain_id, None)
    return list(seen)


# --- reading and writing ----------------------------------------------------------------------

@dataclass
class AssessmentDoc:
    """One assessment as plain data. `scores` holds every element that has a row (None =
    unscored); elements without a row are unscored too."""

    id: str
    workshop_id: str
    owner_kind: str  # "delegation" or "participant"
    owner_id: str
    scores: dict[str, int | None] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    revision: int = 1

    def score(self, element_id: str) -> int | None:
        return self.scores.get(element_id)


@dataclass(frozen=True)
class AssessmentChanged:
    assessment_id: str
    revision: int
    changed: bool


def _row_for(session: Session, workshop_id: str, *, delegation_id: str | None = None,
             participant_id: str | None = None) -> Assessment:
    stmt = select(Assessment).where(Assessment.workshop_id == workshop_id,
                                    Assessment.deleted.is_(False))
    if participant_id:
        stmt = stmt.where(Assessment.participant_id == participant_id)
    else:
        stmt = stmt.where(Assessment.delegation_id == delegation_id,
                          Assessment.participant_id.is_(None))
    row = session.scalars(stmt.order_by(Assessment.created_at)).first()
    if row is None:
        row = Assessment(workshop_id=workshop_id, delegation_id=delegation_id,
                         participant_id=participant_id)
        session.add(row)
        session.flush()
    return row


def assessment_for_delegation(session: Session, delegation_id: str) -> AssessmentDoc:
    """The delegation's assessment, created empty (all unscored) on first use."""
    d = session.get(Delegation, delegation_id)
    if d is None or d.deleted:
        raise NotFound("delegation_id", delegation_id)
    return _to_doc(session, _row_for(session, d.workshop_id, delegation_id=d.id))


def assessment_for_participant(session: Session, participant_id: str) -> AssessmentDoc:
    """A participant's own assessment (their delegation id is kept alongside)."""
    p = session.get(Participant, participant_id)
    if p is None or p.deleted:
        raise NotFound("participant_id", participant_id)
    row = _row_for(session, p.workshop_id, participant_id=p.id)
    if row.delegation_id != p.delegation_id:
        row.delegation_id = p.delegation_id
    return _to_doc(session, row)


def load_assessment(session: Session, assessment_id: str) -> AssessmentDoc:
    row = session.get(Assessment, assessment_id)
    if row is None or row.deleted:
        raise NotFound("assessment_id", assessment_id)
    return _to_doc(session, row)


def _to_doc(session: Session, row: Assessment) -> AssessmentDoc:
    scores = session.execute(
        select(AssessmentScore.element_id, AssessmentScore.score, AssessmentScore.evidence)
        .where(AssessmentScore.assessment_id == row.id, AssessmentScore.deleted.is_(False))
    ).all()
    owner_kind = "participant" if row.participant_id else "delegation"
    return AssessmentDoc(
        id=row.id, workshop_id=row.workshop_id, owner_kind=owner_kind,
        owner_id=row.participant_id or row.delegation_id or "",
        scores={e: s for e, s, _ in scores},
        evidence={e: ev for e, _, ev in scores if ev},
        revision=row.revision,
    )


def check_score(score: int | None) -> int | None:
    """None (unscored) or an int 0-4; anything else is refused with code bad-value."""
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
        raise InvalidInput("bad-value", "score", str(score))
    return score


_KEEP = object()


def set_score(session: Session, assessment_id: str, element_id: str,
              score: int | None | object = _KEEP, evidence: str | None = None
              ) -> AssessmentChanged:
    """Set one element's score (None = clear it back to unscored) and/or its evidence note.

    Leave `score` out to change only the note. Only a real change gets a new revision.
    """
    row = session.get(Assessment, assessment_id)
    if row is None or row.deleted:
        raise NotFound("assessment_id", assessment_id)
    element_id = (element_id or "").strip()
    if not element_id or len(element_id) > 200:
        raise InvalidInput("bad-value", "element_id", element_id[:50])
    values: dict[str, Any] = {"deleted": False}
    if score is not _KEEP:
        values["score"] = check_score(score)  # type: ignore[arg-type]
    if evidence is not None:
        if len(evidence) > MAX_EVIDENCE_CHARS:
            raise InvalidInput("too-long", "evidence", str(MAX_EVIDENCE_CHARS))
        values["evidence"] = evidence
    cell = session.scalars(select(AssessmentScore).where(
        AssessmentScore.assessment_id == row.id, AssessmentScore.element_id == element_id)
    ).first()
    changed = False
    if cell is None:
        if values.get("score") is None and not values.get("evidence"):
            return AssessmentChanged(row.id, row.revision, False)  # nothing to store
        cell = AssessmentScore(assessment_id=row.id, element_id=element_id,
                               score=values.get("score"), evidence=values.get("evidence", ""))
        session.add(cell)
        changed = True
    else:
        for key, value in values.items():
            if getattr(cell, key) != value:
                setattr(cell, key, value)
                changed = True
    if changed and not session.is_modified(row, include_collections=False):
        flag_modified(row, "workshop_id")  # the assessment as a whole gets a new revision
    session.flush()
    return AssessmentChanged(row.id, row.revision, changed)


def save_assessment(session: Session, doc: AssessmentDoc) -> AssessmentChanged:
    """Write a whole doc back (editor autosave); unchanged elements keep their revision."""
    changed = False
    revision = doc.revision
    for element_id in sorted(set(doc.scores) | set(doc.evidence)):
        result = set_score(session, doc.id, element_id, doc.scores.get(element_id),
                           doc.evidence.get(element_id, ""))
        changed |= result.changed
        revision = result.revision
    doc.revision = revision
    return AssessmentChanged(doc.id, revision, changed)


def workshop_assessments(session: Session, workshop_id: str,
                         owner_kind: str = "delegation") -> dict[str, AssessmentDoc]:
    """Every live assessment of one kind in a workshop, by owner id, in two queries."""
    stmt = select(Assessment.id, Assessment.delegation_id, Assessment.participant_id,
                  Assessment.revision).where(Assessment.workshop_id == workshop_id,
                                             Assessment.deleted.is_(False))
    if owner_kind == "delegation":
        stmt = stmt.where(Assessment.participant_id.is_(None))
    else:
        stmt = stmt.where(Assessment.participant_id.is_not(None))
    docs: dict[str, AssessmentDoc] = {}
    by_id: dict[str, AssessmentDoc] = {}
    for aid, did, pid, rev in session.execute(stmt.order_by(Assessment.created_at)):
        owner = pid if owner_kind == "participant" else did
        if owner and owner not in docs:
            docs[owner] = by_id[aid] = AssessmentDoc(aid, workshop_id, owner_kind, owner,
                                                     revision=rev)
    if by_id:
        rows = session.execute(
            select(AssessmentScore.assessment_id, AssessmentScore.element_id,
                   AssessmentScore.score, AssessmentScore.evidence)
            .where(AssessmentScore.assessment_id.in_(list(by_id)),
                   AssessmentScore.deleted.is_(False)))
        for aid, element_id, score, evidence in rows:
            doc = by_id[aid]
            doc.scores[element_id] = score
            if evidence:
                doc.evidence[element_id] = evidence
    return docs


# --- figures ------------------------------------------------------------------------------------

# one assessment, or a mapping of scores (a workshop average is a float)
ScoresLike = AssessmentDoc | Mapping[str, "float | None"]


def _scores(x: ScoresLike) -> Mapping[str, float | None]:
    return x.scores if isinstance(x, AssessmentDoc) else x


@dataclass(frozen=True)
class Coverage:
    scored: int
    total: int

    @property
    def share(self) -> float:
        return self.scored / self.total if self.total else 0.0


def coverage(doc: ScoresLike, elements: Sequence[ElementRef]) -> Coverage:
    """How many of the given elements carry a score (unscored and unknown ids not counted)."""
    scores = _scores(doc)
    return Coverage(sum(scores.get(e.id) is not None for e in elements), len(elements))


def _mean(values: Iterable[int | float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def domain_scores(doc: ScoresLike, elements: Sequence[ElementRef]) -> dict[str, float | None]:
    """Mean score per domain over its *scored* elements; None when none is scored."""
    scores = _scores(doc)
    return {
        d: _mean(s for e in elements if e.domain_id == d
                 and (s := scores.get(e.id)) is not None)
        for d in domain_ids(elements)
    }


def overall_mean(doc: ScoresLike, elements: Sequence[ElementRef]) -> float | None:
    scores = _scores(doc)
    return _mean(s for e in elements if (s := scores.get(e.id)) is not None)


def average_scores(docs: Iterable[ScoresLike], elements: Sequence[ElementRef]
                   ) -> dict[str, float | None]:
    """Per element, the mean over the docs that scored it (None when nobody did)."""
    maps = [_scores(d) for d in docs]
    return {e.id: _mean(s for d in maps if (s := d.get(e.id)) is not None) for e in elements}


def workshop_averages(session: Session, workshop_id: str, elements: Sequence[ElementRef]
                      ) -> dict[str, float | None]:
    """The workshop average per element over the delegations that scored it."""
    return average_scores(workshop_assessments(session, workshop_id).values(), elements)


# --- stage rule -------------------------------------------------------------------------------

MIN_COVERAGE = 0.5
SMALL_START_MEAN = 1.5
SMALL_START_DOMAIN = 1.0
GROWTH_MEAN = 2.75
GROWTH_DOMAIN = 2.0


@dataclass(frozen=True)
class StageSuggestion:
    """`stage_id` is None when the rule cannot suggest one (reason "insufficient").

    reason_code: insufficient | low-overall | weak-domain | strong-all-domains |
    ongoing | ongoing-domain-gap. figures: scored, total, mean, weakest_domain_id,
    weakest_domain_mean, unscored_domains (list of ids).
    """

    stage_id: str | None
    reason_code: str
    figures: dict[str, Any]


def stage_for(scores: ScoresLike, elements: Sequence[ElementRef]) -> StageSuggestion:
    """Suggest JICA's stage from the scores, by this rule (first match wins):

    1. Fewer than half of the elements scored → no suggestion ("insufficient").
    2. Mean of the scored elements < 1.5 → Small Start ("low-overall").
    3. Any domain with scored elements has a mean < 1.0 → Small Start ("weak-domain").
    4. Mean >= 2.75 and every domain scored with a mean >= 2.0 → Sustainable Growth
       ("strong-all-domains").
    5. Otherwise → Accelerate ("ongoing", or "ongoing-domain-gap" when the mean alone would
       have reached Sustainable Growth but a domain is below 2.0 or unscored).

    Why: JICA's Small Start is for cities where initiatives are being launched (use existing
    assets, quick wins); on the 0-4 scale a mean under 1.5 means most elements are absent or only
    planned, and a domain under 1.0 means one of the five foundations is missing altogether.
    Sustainable Growth is for cities where the basic elements are in place *across* domains:
    every domain at least "partly in place" (2) and most elements established (mean near 3).
    Accelerate (initiatives ongoing) is everything between. Boundaries are inclusive on the
    upper stage's side: a mean of exactly 1.5 is not Small Start; exactly 2.75 with every
    domain at exactly 2.0 is Sustainable Growth.
    """
    s = _scores(scores)
    cov = coverage(s, elements)
    mean = overall_mean(s, elements)
    domains = domain_scores(s, elements)
    scored_domains = {d: m for d, m in domains.items() if m is not None}
    weakest = min(scored_domains.items(), key=lambda kv: kv[1]) if scored_domains else None
    figures: dict[str, Any] = {
        "scored": cov.scored, "total": cov.total, "mean": mean,
        "weakest_domain_id": weakest[0] if weakest else None,
        "weakest_domain_mean": weakest[1] if weakest else None,
        "unscored_domains": [d for d, m in domains.items() if m is None],
    }
    if cov.total == 0 or cov.scored < MIN_COVERAGE * cov.total or mean is None:
        return StageSuggestion(None, "insufficient", figures)
    if mean < SMALL_START_MEAN:
        return StageSuggestion("jica.stage.small-start", "low-overall", figures)
    if weakest and weakest[1] < SMALL_START_DOMAIN:
        return StageSuggestion("jica.stage.small-start", "weak-domain", figures)
    all_domains_ok = not figures["unscored_domains"] and all(
        m >= GROWTH_DOMAIN for m in scored_domains.values())
    if mean >= GROWTH_MEAN and all_domains_ok:
        return StageSuggestion("jica.stage.sustainable-growth", "strong-all-domains", figures)
    reason = "ongoing-domain-gap" if mean >= GROWTH_MEAN else "ongoing"
    return StageSuggestion("jica.stage.accelerate", reason, figures)


# --- priorities ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ElementScore:
    element: ElementRef
    score: float  # a level 0-4 for one assessment; a delegation average may be 2.5


@dataclass(frozen=True)
class WeakestElements:
    """Suggested priorities (lowest first) and the elements still to assess (by number)."""

    priorities: list[ElementScore]
    to_assess: list[ElementRef]


def weakest_elements(doc: ScoresLike, elements: Sequence[ElementRef], n: int = 5
                     ) -> WeakestElements:
    """The `n` lowest-scored elements, ties broken by element number. Elements already at the
    top level (4) are never priorities; unscored elements are listed apart as "to assess"."""
    s = _scores(doc)
    ordered = sorted(elements, key=lambda e: e.number)
    scored = [ElementScore(e, v) for e in ordered
              if (v := s.get(e.id)) is not None and v < MAX_SCORE]
    scored.sort(key=lambda es: (es.score, es.element.number))
    return WeakestElements(scored[:max(n, 0)], [e for e in ordered if s.get(e.id) is None])
