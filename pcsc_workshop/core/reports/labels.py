"""The words printed in documents, in one place.

The core speaks in codes and the UI translates; documents are the one place where the core
prints words, so they live here (English for now) where a translated table can replace them
without touching layout code.
"""

from __future__ import annotations

from datetime import date

LABELS: dict[str, str] = {
    "action_plan": "ACTION PLAN",
    "delegation_plan": "DELEGATION ACTION PLAN",
    "participant": "Participant",
    "delegation": "Delegation",
    "organisation": "Organisation",
    "workshop": "Workshop",
    "generated": "Generated {date}",
    "page_of": "Page {page} of {pages}",
    "not_filled": "Not yet filled",
    "anonymised": "Anonymised copy: personal names and e-mail addresses removed",
    "key_takeaways": "Key takeaways",
    "challenges": "Challenges",
    "approaches": "Approaches",
    "next_steps": "Next steps",
    "support": "Desired future support",
    "col_no": "#",
    "col_action": "Action",
    "col_responsible": "Responsible",
    "col_start": "Start",
    "col_end": "End",
    "col_indicator": "Indicator",
    "col_link": "Linked to",
    "col_status": "Status",
    "col_provider": "From whom",
    "col_kind": "Kind of support",
    "col_detail": "Detail",
    "resources": "Resources: {text}",
    "certificate": "CERTIFICATE OF PARTICIPATION",
    "certifies": "This is to certify that",
    "took_part": "took part in",
    "held": "held {dates}",
    "at_venue": "at {venue}",
    "organised_by": "Organised by {organisers}",
    "participant_n": "Participant {n}",
    "date_of_issue": "Date of issue",
    "for_organisers": "For the organisers",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def label(key: str, **values: object) -> str:
    text = LABELS[key]
    return text.format(**values) if values else text


def long_date(day: date | None) -> str:
    """'14 November 2016': day-month-year, unambiguous in every country."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""


def date_range(start: date | None, end: date | None) -> str:
    """'14–18 November 2016', '30 November – 2 December 2016', or one date."""
    if start and end and start != end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}\u2013{long_date(end)}"
        if start.year == end.year:
            return f"{start.day} {_MONTHS[start.month - 1]} \u2013 {long_date(end)}"
        return f"{long_date(start)} \u2013 {long_date(end)}"
    return long_date(start or end)
