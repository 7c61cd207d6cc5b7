"""What a device in the room may read and write, as plain data: the trust rules of the hub.

A device speaks for the one participant it joined as (see `access.py`). It may read the
curriculum, the workshop's title and the names of people (never e-mail addresses); read and
write **its participant's own action plan**; read its delegation's shared plan; score its
**delegation's** self-assessment; take knowledge checks as that participant; answer the open
poll. Nothing else: no other person's plan, no agenda or workshop edits — the same rules as a
plan bundle arriving as a file (docs/exchange-format.md, trust model).

Every value a browser sends is validated here the way an imported file is (types, lengths,
dates, known ids); a refusal is a `RoomError` with a code the page words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any

from pcsc_workshop.core import polls
from pcsc_workshop.core.assessment import assessment_for_delegation, set_score
from pcsc_workshop.core.models import Delegation, Participant, Workshop, new_id
from pcsc_workshop.core.plans import (
    MAX_FIELD_CHARS,
    SECTIONS,
    STEP_STATUSES,
    SUPPORT_KINDS,
    NextStepRow,
    PlanDoc,
    SupportRow,
    plan_for_delegation,
    plan_for_participant,
    save_plan,
)
from pcsc_workshop.core.quiz import QuizError, list_attempts, record_attempt

MAX_STEPS = 500
MAX_SUPPORT = 200
MAX_EVIDENCE = 5_000
KEEP: Any = object()  # "leave the score as it is" (a note-only change)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STEP_FIELDS = ("action", "responsible", "resources", "indicator", "link_ref", "status")
SUPPORT_FIELDS = ("provider", "kind", "detail")


class RoomError(ValueError):
    """A request the hub refuses; `code` is a key of words.py, `status` the HTTP status."""

    def __init__(self, code: str, status: int = 400, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.status = status
        self.detail = detail


def _text(value: Any, name: str, limit: int = MAX_FIELD_CHARS) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RoomError("bad-field", detail=name)
    if "\x00" in value:
        raise RoomError("bad-field", detail=name)
    if len(value) > limit:
        raise RoomError("too-long", detail=name)
    return value


def _date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise RoomError("bad-date", detail=name)
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise RoomError("bad-date", detail=name) from exc
    if not 1900 <= parsed.year <= 2200:
        raise RoomError("bad-date", detail=name)
    return parsed


# Every write here reads first (the participant, the plan) and then writes: such a transaction
# must take the write lock before it reads (`write=True`, BEGIN IMMEDIATE), or SQLite refuses
# it at once when another writer (the facilitator's own autosave, an import) got there first.


def _row(cls: Any, raw: Any, known: set[str], text_fields: tuple[str, ...]) -> Any:
    """A next step or support row from the browser: its id kept only if it is already one of
    this plan's rows (a forged id of someone else's row gets a fresh one), text validated."""
    if not isinstance(raw, dict):
        raise RoomError("bad-body")
    row_id = raw.get("id")
    row = cls(id=row_id if isinstance(row_id, str) and _UUID.match(row_id)
              and row_id in known else new_id())
    for key in text_fields:
        setattr(row, key, _text(raw.get(key), key))
    return row


class RoomService:
    """The hub's operations for one workshop, on the facilitator's store.

    `curriculum_for(language)` gives the curriculum in a language (cached by the loader);
    `on_change(kind, item_id)` tells the desktop window what changed (the id of the plan,
    assessment, knowledge-check attempt or poll: what the door's `Changes` name, so the page
    showing that plan reopens it), so the dashboard shows a save within a second or two.
    """

    def __init__(self, store: Any, workshop_id: str,
                 curriculum_for: Callable[[str], Any],
                 on_change: Callable[[str, str | None], None] | None = None) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.curriculum_for = curriculum_for
        self.on_change = on_change or (lambda kind, pid: None)
        with store.session() as session:
            workshop = session.get(Workshop, workshop_id)
            if workshop is None or workshop.deleted:
                raise KeyError(f"No workshop {workshop_id}")
            self.title = workshop.title
            self.language = workshop.language or "en"

    # -- people -----------------------------------------------------------------------------

    def people(self) -> list[dict[str, str]]:
        """Names and delegations, for the join page: nothing more (no e-mail, no role)."""
        from sqlalchemy import select

        with self.store.session() as session:
            rows = session.execute(
                select(Participant.id, Participant.name, Delegation.city, Delegation.country)
                .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
                .where(Participant.workshop_id == self.workshop_id,
                       Participant.deleted.is_(False))
                .order_by(Participant.position, Participant.name)
            ).all()
        return [{"id": pid, "name": name,
                 "delegation": (f"{city}, {country}" if city else (country or ""))}
                for pid, name, city, country in rows]

    def participant_ids(self) -> list[str]:
        return [p["id"] for p in self.people()]

    def _person(self, session: Any, participant_id: str) -> Participant:
        person = session.get(Participant, participant_id)
        if person is None or person.deleted or person.workshop_id != self.workshop_id:
            raise RoomError("unknown-person", 403)
        return person

    def person(self, participant_id: str) -> dict[str, str | None]:
        with self.store.session() as session:
            person = self._person(session, participant_id)
            delegation = session.get(Delegation, person.delegation_id) \
                if person.delegation_id else None
            return {"id": person.id, "name": person.name,
                    "delegation_id": person.delegation_id,
                    "delegation": delegation.label if delegation else ""}

    # -- plans ------------------------------------------------------------------------------

    @staticmethod
    def plan_json(doc: PlanDoc) -> dict[str, Any]:
        data = asdict(doc)
        for step in data["next_steps"]:
            for key in ("start_date", "end_date"):
                step[key] = step[key].isoformat() if step[key] else ""
        return data

    def own_plan(self, participant_id: str) -> dict[str, Any]:
        with self.store.session() as session:
            self._person(session, participant_id)
            return self.plan_json(plan_for_participant(session, participant_id))

    def delegation_plan(self, participant_id: str) -> dict[str, Any] | None:
        with self.store.session() as session:
            person = self._person(session, participant_id)
            if not person.delegation_id:
                return None
            return self.plan_json(plan_for_delegation(session, person.delegation_id))

    def save_own_plan(self, participant_id: str, data: Any) -> dict[str, Any]:
        """Validate a whole plan sent by the browser and save it as the participant's own.

        Row ids the browser sends are kept only when they already belong to this plan; any
        other id (a new row, or a forged id of someone else's row) gets a fresh id, returned
        so the page keeps its rows in step. Whole-doc writes: last writer wins between two
        devices of the same person (rare; documented in docs/room.md).
        """
        if not isinstance(data, dict):
            raise RoomError("bad-body")
        sections = {s: _text(data.get(s), s) for s in SECTIONS}
        steps_in = data.get("next_steps") or []
        support_in = data.get("support") or []
        if not isinstance(steps_in, list) or not isinstance(support_in, list):
            raise RoomError("bad-body")
        if len(steps_in) > MAX_STEPS or len(support_in) > MAX_SUPPORT:
            raise RoomError("too-many-rows")
        with self.store.session(write=True) as session:
            self._person(session, participant_id)
            doc = plan_for_participant(session, participant_id)
            known_steps = {s.id for s in doc.next_steps}
            known_support = {s.id for s in doc.support}
            curriculum = self.curriculum_for("en")
            steps: list[NextStepRow] = []
            for raw in steps_in:
                row = _row(NextStepRow, raw, known_steps, STEP_FIELDS)
                if row.status not in STEP_STATUSES:
                    row.status = "planned"
                if row.link_ref and row.link_ref not in curriculum:
                    raise RoomError("unknown-link", detail=row.link_ref[:80])
                row.start_date = _date(raw.get("start_date"), "start_date")
                row.end_date = _date(raw.get("end_date"), "end_date")
                # An end before the start is kept (as the desktop editor keeps it): the plan
                # coach points it out; refusing the whole save would lose the rest of it.
                steps.append(row)
            support: list[SupportRow] = []
            for raw in support_in:
                srow = _row(SupportRow, raw, known_support, SUPPORT_FIELDS)
                if srow.kind and srow.kind not in SUPPORT_KINDS:
                    raise RoomError("bad-field", detail="kind")
                support.append(srow)
            for key, value in sections.items():
                setattr(doc, key, value)
            doc.next_steps = steps
            doc.support = support
            changed = save_plan(session, doc)
            plan_id = doc.id
            result = {"revision": changed.revision, "changed": changed.changed,
                      "next_step_ids": [s.id for s in steps],
                      "support_ids": [s.id for s in support]}
        if changed.changed:
            self.on_change("plans", plan_id)
        return result

    # -- self-assessment --------------------------------------------------------------------

    def delegation_assessment(self, participant_id: str) -> dict[str, Any] | None:
        with self.store.session() as session:
            person = self._person(session, participant_id)
            if not person.delegation_id:
                return None
            doc = assessment_for_delegation(session, person.delegation_id)
            return {"id": doc.id, "scores": dict(doc.scores), "evidence": dict(doc.evidence),
                    "revision": doc.revision}

    def score_element(self, participant_id: str, element_id: Any, score: Any = KEEP,
                      evidence: Any = None) -> dict[str, Any]:
        """Score one element of the delegation's assessment (score None = back to unscored;
        leave `score` out to change only the evidence note)."""
        if not isinstance(element_id, str):
            raise RoomError("bad-field", detail="element")
        elements = {e.id for e in self.curriculum_for("en").elements}
        if element_id not in elements:
            raise RoomError("unknown-element", detail=element_id[:80])
        if score is not KEEP and score is not None and (isinstance(score, bool) or not isinstance(score, int)
                                  or not 0 <= score <= 4):
            raise RoomError("bad-score")
        note = _text(evidence, "evidence", MAX_EVIDENCE) if evidence is not None else None
        with self.store.session(write=True) as session:
            person = self._person(session, participant_id)
            if not person.delegation_id:
                raise RoomError("no-delegation", 403)
            doc = assessment_for_delegation(session, person.delegation_id)
            assessment_id = doc.id
            if score is KEEP:
                changed = set_score(session, doc.id, element_id, evidence=note)
            else:
                changed = set_score(session, doc.id, element_id, score, note)
        if changed.changed:
            self.on_change("assessments", assessment_id)
        return {"revision": changed.revision, "changed": changed.changed}

    # -- knowledge checks -------------------------------------------------------------------

    def quiz_modules(self, language: str) -> list[dict[str, Any]]:
        curriculum = self.curriculum_for(language)
        return [{"id": m.id, "name": m.name, "questions": len(curriculum.questions_for(m.id))}
                for m in curriculum.modules if curriculum.questions_for(m.id)]

    def quiz_questions(self, module_id: str, language: str) -> list[dict[str, Any]]:
        """The questions without their keys: the answers stay on the hub."""
        curriculum = self.curriculum_for(language)
        questions = curriculum.questions_for(module_id)
        if not questions:
            raise RoomError("unknown-module", 404)
        return [{"id": q.id, "prompt": q.prompt, "options": list(q.options)} for q in questions]

    def attempts(self, participant_id: str) -> list[dict[str, Any]]:
        with self.store.session() as session:
            self._person(session, participant_id)
            rows = list_attempts(session, self.workshop_id, participant_id)
        return [{"module": a.module_id, "phase": a.phase, "score": a.score, "total": a.total}
                for a in rows]

    def submit_quiz(self, participant_id: str, module_id: Any, phase: Any,
                    answers: Any) -> dict[str, Any]:
        if not isinstance(module_id, str) or not isinstance(phase, str) \
                or not isinstance(answers, dict) or len(answers) > 200:
            raise RoomError("bad-body")
        curriculum = self.curriculum_for("en")
        try:
            with self.store.session(write=True) as session:
                self._person(session, participant_id)
                info = record_attempt(session, curriculum, self.workshop_id, participant_id,
                                      module_id, phase, answers)
        except QuizError as exc:
            raise RoomError("bad-quiz", detail=exc.code) from exc
        self.on_change("quiz", info.id)
        return {"score": info.score, "total": info.total, "phase": info.phase}

    # -- polls ------------------------------------------------------------------------------

    _NOT_READ: Any = object()
    _open_poll: Any = _NOT_READ

    def forget_open_poll(self) -> None:
        """A poll was asked or closed (through the hub): read it again on the next request."""
        self._open_poll = self._NOT_READ

    def open_poll(self) -> dict[str, Any] | None:
        """The open question, kept in memory between asks: every phone asks every 2 s."""
        cached = self._open_poll
        if cached is not self._NOT_READ:
            return cached
        with self.store.session() as session:
            poll = polls.open_poll(session, self.workshop_id)
            value = None if poll is None else {
                "id": poll.id, "kind": poll.kind, "question": poll.question,
                "options": list(poll.options), "picks": poll.picks}
        self._open_poll = value
        return value

    def answer_poll(self, participant_id: str, poll_id: Any, answer: Any) -> None:
        if not isinstance(poll_id, str):
            raise RoomError("bad-body")
        try:
            with self.store.session(write=True) as session:
                self._person(session, participant_id)
                poll = session.get(polls.LivePoll, poll_id)
                if poll is None or poll.workshop_id != self.workshop_id:
                    raise RoomError("unknown-poll", 404)
                polls.answer_poll(session, poll_id, participant_id, answer)
        except polls.PollError as exc:
            raise RoomError("bad-poll-answer", detail=exc.code) from exc
        self.on_change("polls", poll_id)

    def poll_results(self, poll_id: str) -> dict[str, Any]:
        with self.store.session() as session:
            results = polls.poll_results(session, poll_id)
        return {"id": results.poll.id, "question": results.poll.question,
                "kind": results.poll.kind, "respondents": results.respondents,
                "counts": [[label, n] for label, n in results.counts],
                "open": results.poll.is_open}
