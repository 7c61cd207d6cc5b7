"""The core speaks in codes, the UI in words: sentences for refusal codes, CSV problems and
plan-coaching issues, all translatable (context "Wording")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


def field_name(name: str) -> str:
    names = {
        "title": _t("title"), "organisers": _t("organisers"), "venue": _t("venue"),
        "city": _t("city"), "country": _t("country"), "language": _t("language"),
        "description": _t("description"), "name": _t("name"),
        "organisation": _t("organisation"), "role": _t("role"), "email": _t("email"),
        "consent": _t("consent"), "start_time": _t("start time"),
        "duration_min": _t("duration"), "end_date": _t("end date"),
        "start_date": _t("start date"), "day": _t("day"), "kind": _t("kind"),
        "delegation_id": _t("delegation"), "city_type": _t("city type"), "stage": _t("stage"),
        "responsible": _t("owner"), "indicator": _t("indicator"), "link_ref": _t("link"),
        "action": _t("action"), "key_takeaways": _t("key takeaways"),
        "challenges": _t("challenges"), "approaches": _t("approaches"),
    }
    return names.get(name, name)


def refusal(exc: BaseException) -> str:
    """A sentence for a core `InvalidInput` (or any error, as a fallback)."""
    code = getattr(exc, "code", "")
    f = field_name(getattr(exc, "field", ""))
    detail = getattr(exc, "detail", "")
    sentences = {
        "empty": _t("Please fill in the {0}.").format(f),
        "too-long": _t("The {0} is too long (at most {1} characters).").format(f, detail),
        "bad-email": _t("This email address does not look right."),
        "bad-time": _t("Write the time as HH:MM, for example 09:30."),
        "bad-value": _t("The {0} has a value that is not allowed ({1}).").format(f, detail),
        "end-before-start": _t("The end date is before the start date."),
        "not-found": _t("This record no longer exists (it may have been deleted)."),
        "not-empty": _t("This delegation still has members: move or delete them first."),
        "wrong-workshop": _t("That delegation belongs to another workshop."),
    }
    return sentences.get(code, str(exc))


def csv_problem(problem: object) -> str:
    code = getattr(problem, "code", "")
    f = field_name(getattr(problem, "field", ""))
    other = getattr(problem, "other_row", None)
    detail = getattr(problem, "detail", "")
    sentences = {
        "empty": _t("no {0}").format(f),
        "too-long": _t("{0} too long (max {1})").format(f, detail),
        "bad-email": _t("email address not valid"),
        "bad-consent": _t("consent should be yes or no, not “{0}”").format(detail),
        "duplicate": _t("same person as row {0}").format(other),
        "column-count": _t("wrong number of cells ({0})").format(detail),
        "not-utf8": _t("the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”")
        .format(other),
        "no-header": _t("the first row must name the columns"),
        "missing-column": _t("the {0} column is missing").format(f),
        "unknown-column": _t("unknown column “{0}” (expected name, organisation, role, "
                             "country, city, email, consent)").format(getattr(problem, "field", "")),
        "duplicate-column": _t("column “{0}” appears twice").format(f),
        "too-many-rows": _t("more than {0} rows").format(detail),
        "no-rows": _t("the file has no participant rows"),
    }
    return sentences.get(code, code)


def coaching_issue(kind: str, field: str | None = None) -> str:
    """What is missing or wrong, said to the person writing the plan."""
    sentences = {
        "empty-section": _t("Write the {0} section.").format(field_name(field or "")),
        "no-next-steps": _t("Add at least one next step."),
        "no-support": _t("Say what support you would like, and from whom."),
        "empty-action": _t("Describe the action."),
        "missing-owner": _t("Name who is responsible."),
        "missing-start": _t("Give a start date."),
        "missing-end": _t("Give an end date."),
        "missing-indicator": _t("Say how you will know it worked (an indicator)."),
        "missing-link": _t("Link it to a guideline pillar or a JICA element."),
        "unknown-link": _t("The link does not match a pillar or element of the curriculum."),
        "end-before-start": _t("The end date is before the start date."),
        "before-workshop": _t("A date falls before the workshop."),
        "beyond-horizon": _t("A date is more than five years away."),
    }
    return sentences.get(kind, kind)


def agenda_kind(kind: str) -> str:
    kinds = {
        "lecture": _t("Lecture"), "exercise": _t("Exercise"), "site-visit": _t("Site visit"),
        "conference": _t("Conference"), "discussion": _t("Discussion"), "break": _t("Break"),
    }
    return kinds.get(kind, kind)
