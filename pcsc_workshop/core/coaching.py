"""Plan-quality coaching: what a good action plan still lacks, as codes and a 0-100 score.

Why: the 2016 deep dive's plans were only as useful as their next steps were concrete — who
does what, from when to when, how we know it worked, and which part of the guidelines or the
JICA framework it serves. `plan_quality` flags each gap as a `PlanIssue` (the UI words it) and
ranks the fixes by how many points each would add, so the participant sees what to do first.

Score (100 points):
- 30 for the three sections (key takeaways, challenges, approaches), 10 each;
- 60 for the next steps: with no steps, 0; otherwise 60 × the share of checks passed over all
  steps, seven checks per step (action, owner, start date, end date, indicator, link to a
  pillar or element, sensible dates);
- 10 for at least one desired-support request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pcsc_workshop.core.plans import SECTIONS, NextStepRow, PlanDoc

SECTION_POINTS = 10
STEPS_POINTS = 60
SUPPORT_POINTS = 10
STEP_CHECKS = ("action", "responsible", "start_date", "end_date", "indicator", "link_ref",
               "dates")
HORIZON_YEARS = 5

# Issue kinds (codes the UI translates).
EMPTY_SECTION = "empty-section"
NO_NEXT_STEPS = "no-next-steps"
NO_SUPPORT = "no-support"
EMPTY_ACTION = "empty-action"
MISSING_OWNER = "missing-owner"
MISSING_START = "missing-start"
MISSING_END = "missing-end"
MISSING_INDICATOR = "missing-indicator"
MISSING_LINK = "missing-link"
UNKNOWN_LINK = "unknown-link"
END_BEFORE_START = "end-before-start"
BEFORE_WORKSHOP = "before-workshop"
BEYOND_HORIZON = "beyond-horizon"

_CHECK_OF_KIND = {
    EMPTY_ACTION: "action", MISSING_OWNER: "responsible", MISSING_START: "start_date",
    MISSING_END: "end_date", MISSING_INDICATOR: "indicator", MISSING_LINK: "link_ref",
    UNKNOWN_LINK: "link_ref", END_BEFORE_START: "dates", BEFORE_WORKSHOP: "dates",
    BEYOND_HORIZON: "dates",
}


@dataclass(frozen=True)
class PlanIssue:
    kind: str
    step_id: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class Improvement:
    """One kind of fix, the points it would add, and the steps it concerns."""

    kind: str
    gain: int
    step_ids: tuple[str, ...] = ()
    field: str | None = None


@dataclass(frozen=True)
class PlanQuality:
    score: int  # 0-100
    issues: list[PlanIssue]
    improvements: list[Improvement]  # biggest gain first

    def issues_for(self, step_id: str) -> list[PlanIssue]:
        return [i for i in self.issues if i.step_id == step_id]


@dataclass(frozen=True)
class Completeness:
    """Filled parts of a plan: 3 sections + a next step + a support request = 5 parts."""

    filled: int
    total: int

    @property
    def share(self) -> float:
        return self.filled / self.total if self.total else 0.0


def plan_completeness(doc: PlanDoc) -> Completeness:
    filled = sum(bool(getattr(doc, s).strip()) for s in SECTIONS)
    filled += any(s.action.strip() for s in doc.next_steps)
    filled += any((r.provider + r.kind + r.detail).strip() for r in doc.support)
    return Completeness(filled, len(SECTIONS) + 2)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def step_issues(step: NextStepRow, *, workshop_start: date | None = None,
                today: date | None = None, known_refs: set[str] | None = None
                ) -> list[PlanIssue]:
    """The issues of one next step."""
    sid = step.id
    out: list[PlanIssue] = []
    if not step.action.strip():
        out.append(PlanIssue(EMPTY_ACTION, sid, "action"))
    if not step.responsible.strip():
        out.append(PlanIssue(MISSING_OWNER, sid, "responsible"))
    if step.start_date is None:
        out.append(PlanIssue(MISSING_START, sid, "start_date"))
    if step.end_date is None:
        out.append(PlanIssue(MISSING_END, sid, "end_date"))
    if not step.indicator.strip():
        out.append(PlanIssue(MISSING_INDICATOR, sid, "indicator"))
    link = step.link_ref.strip()
    if not link:
        out.append(PlanIssue(MISSING_LINK, sid, "link_ref"))
    elif known_refs is not None and link not in known_refs:
        out.append(PlanIssue(UNKNOWN_LINK, sid, "link_ref"))
    start, end = step.start_date, step.end_date
    if start and end and end < start:
        out.append(PlanIssue(END_BEFORE_START, sid, "end_date"))
    reference = workshop_start or today or date.today()
    horizon = _add_years(reference, HORIZON_YEARS)
    for name, day in (("start_date", start), ("end_date", end)):
        if day is None:
            continue
        if workshop_start and day < workshop_start:
            out.append(PlanIssue(BEFORE_WORKSHOP, sid, name))
        elif day > horizon:
            out.append(PlanIssue(BEYOND_HORIZON, sid, name))
    return out


def plan_quality(doc: PlanDoc, *, workshop_start: date | None = None,
                 today: date | None = None, known_refs: set[str] | None = None) -> PlanQuality:
    """Score a plan and list its issues with the fixes that would raise the score most.

    Dates are checked against the workshop's start (nothing before it, nothing more than
    five years after it); without a workshop start, against `today` (default: today).
    Pass `known_refs` (curriculum ids) to flag links to ids the curriculum does not know.
    """
    issues: list[PlanIssue] = []
    gains: dict[tuple[str, str | None], float] = {}
    steps: dict[tuple[str, str | None], list[str]] = {}
    score = 0.0
    for section in SECTIONS:
        if getattr(doc, section).strip():
            score += SECTION_POINTS
        else:
            issues.append(PlanIssue(EMPTY_SECTION, None, section))
            gains[(EMPTY_SECTION, section)] = SECTION_POINTS
    if doc.next_steps:
        per_check = STEPS_POINTS / (len(doc.next_steps) * len(STEP_CHECKS))
        failed_checks = 0
        for step in doc.next_steps:
            found = step_issues(step, workshop_start=workshop_start, today=today,
                                known_refs=known_refs)
            issues.extend(found)
            failed: dict[str, PlanIssue] = {}
            for issue in found:  # several date issues fail the one "dates" check once
                failed.setdefault(_CHECK_OF_KIND[issue.kind], issue)
            failed_checks += len(failed)
            for issue in failed.values():
                key = (issue.kind, None)
                gains[key] = gains.get(key, 0.0) + per_check
                steps.setdefault(key, []).append(step.id)
        score += STEPS_POINTS - failed_checks * per_check
    else:
        issues.append(PlanIssue(NO_NEXT_STEPS))
        gains[(NO_NEXT_STEPS, None)] = STEPS_POINTS
    if any((r.provider + r.kind + r.detail).strip() for r in doc.support):
        score += SUPPORT_POINTS
    else:
        issues.append(PlanIssue(NO_SUPPORT))
        gains[(NO_SUPPORT, None)] = SUPPORT_POINTS
    improvements = [
        Improvement(kind, max(1, round(gain)), tuple(dict.fromkeys(steps.get((kind, f), []))),
                    f)
        for (kind, f), gain in gains.items()
    ]
    improvements.sort(key=lambda i: (-i.gain, i.kind, i.field or ""))
    return PlanQuality(round(score), issues, improvements)
