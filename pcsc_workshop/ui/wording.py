"""The core speaks in codes, the UI in words: sentences for refusal codes, CSV problems and
plan-coaching issues, all translatable (context "Wording")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pcsc_workshop.core.participants_csv import CsvProblem

# Called as translate("Wording", "...") so that lupdate finds every sentence.
translate = QCoreApplication.translate


def field_name(name: str) -> str:
    names = {
        "title": translate("Wording", "title"), "organisers": translate("Wording", "organisers"), "venue": translate("Wording", "venue"),
        "city": translate("Wording", "city"), "country": translate("Wording", "country"), "language": translate("Wording", "language"),
        "description": translate("Wording", "description"), "name": translate("Wording", "name"),
        "organisation": translate("Wording", "organisation"), "role": translate("Wording", "role"), "email": translate("Wording", "email"),
        "consent": translate("Wording", "consent"), "start_time": translate("Wording", "start time"),
        "duration_min": translate("Wording", "duration"), "end_date": translate("Wording", "end date"),
        "start_date": translate("Wording", "start date"), "day": translate("Wording", "day"), "kind": translate("Wording", "kind"),
        "delegation_id": translate("Wording", "delegation"), "city_type": translate("Wording", "city type"), "stage": translate("Wording", "stage"),
        "responsible": translate("Wording", "owner"), "indicator": translate("Wording", "indicator"), "link_ref": translate("Wording", "link"),
        "action": translate("Wording", "action"), "key_takeaways": translate("Wording", "key takeaways"),
        "challenges": translate("Wording", "challenges"), "approaches": translate("Wording", "approaches"),
    }
    return names.get(name, name)


def refusal(exc: BaseException) -> str:
    """A sentence for a core `InvalidInput` (or any error, as a fallback)."""
    code = getattr(exc, "code", "")
    f = field_name(getattr(exc, "field", ""))
    detail = getattr(exc, "detail", "")
    sentences = {
        "empty": translate("Wording", "Please fill in the {0}.").format(f),
        "too-long": translate("Wording", "The {0} is too long (at most {1} characters).").format(f, detail),
        "bad-email": translate("Wording", "This email address does not look right."),
        "bad-time": translate("Wording", "Write the time as HH:MM, for example 09:30."),
        "bad-value": translate("Wording", "The {0} has a value that is not allowed ({1}).").format(f, detail),
        "end-before-start": translate("Wording", "The end date is before the start date."),
        "not-found": translate("Wording", "This record no longer exists (it may have been deleted)."),
        "not-empty": translate("Wording", "This delegation still has members: move or delete them first."),
        "wrong-workshop": translate("Wording", "That delegation belongs to another workshop."),
    }
    return sentences.get(code, str(exc))


def csv_problem(problem: CsvProblem) -> str:
    code = problem.code
    f = field_name(problem.field)
    other = problem.other_row
    detail = problem.detail
    sentences = {
        "empty": translate("Wording", "no {0}").format(f),
        "too-long": translate("Wording", "{0} too long (max {1})").format(f, detail),
        "bad-email": translate("Wording", "email address not valid"),
        "bad-consent": translate("Wording", "consent should be yes or no, not “{0}”").format(detail),
        "duplicate": translate("Wording", "same person as row {0}").format(other),
        "column-count": translate("Wording", "wrong number of cells ({0})").format(detail),
        "not-utf8": translate("Wording", "the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”")
        .format(other),
        "no-header": translate("Wording", "the first row must name the columns"),
        "missing-column": translate("Wording", "the {0} column is missing").format(f),
        "unknown-column": translate("Wording", "unknown column “{0}” (expected name, organisation, role, "
                             "country, city, email, consent)").format(problem.field),
        "duplicate-column": translate("Wording", "column “{0}” appears twice").format(f),
        "too-many-rows": translate("Wording", "more than {0} rows").format(detail),
        "no-rows": translate("Wording", "the file has no participant rows"),
        "nul-byte": translate("Wording", "{0} holds a NUL byte (a damaged or non-text file?)")
        .format(f),
        "invisible": translate("Wording", "{0} is made only of invisible characters").format(f),
        "unreadable": translate("Wording", "{0} is longer than {1} characters: row not read")
        .format(f or translate("Wording", "a cell"), detail),
    }
    return sentences.get(code, code)


def coaching_issue(kind: str, field: str | None = None) -> str:
    """What is missing or wrong, said to the person writing the plan."""
    sentences = {
        "empty-section": translate("Wording", "Write the {0} section.").format(field_name(field or "")),
        "no-next-steps": translate("Wording", "Add at least one next step."),
        "no-support": translate("Wording", "Say what support you would like, and from whom."),
        "empty-action": translate("Wording", "Describe the action."),
        "missing-owner": translate("Wording", "Name who is responsible."),
        "missing-start": translate("Wording", "Give a start date."),
        "missing-end": translate("Wording", "Give an end date."),
        "missing-indicator": translate("Wording", "Say how you will know it worked (an indicator)."),
        "missing-link": translate("Wording", "Link it to a guideline pillar or a JICA element."),
        "unknown-link": translate("Wording", "The link does not match a pillar or element of the curriculum."),
        "end-before-start": translate("Wording", "The end date is before the start date."),
        "before-workshop": translate("Wording", "A date falls before the workshop."),
        "beyond-horizon": translate("Wording", "A date is more than five years away."),
    }
    return sentences.get(kind, kind)


def agenda_kind(kind: str) -> str:
    kinds = {
        "lecture": translate("Wording", "Lecture"), "exercise": translate("Wording", "Exercise"), "site-visit": translate("Wording", "Site visit"),
        "conference": translate("Wording", "Conference"), "discussion": translate("Wording", "Discussion"), "break": translate("Wording", "Break"),
    }
    return kinds.get(kind, kind)


def support_kind(kind: str) -> str:
    """A plan's kind of support (stored as the English code) in the reader's language."""
    kinds = {
        "technical assistance": translate("Wording", "technical assistance"),
        "financing": translate("Wording", "financing"),
        "capacity building": translate("Wording", "capacity building"),
        "knowledge exchange": translate("Wording", "knowledge exchange"),
        "data and tools": translate("Wording", "data and tools"),
        "other": translate("Wording", "other"),
    }
    return kinds.get(kind, kind)
