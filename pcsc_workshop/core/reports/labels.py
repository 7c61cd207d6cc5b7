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
    "delegation_anon": "Delegation {n}",
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
    # --- delegation plans, workshop report, dossier, agenda (charts and assessment) ---
    "workshop_report": "WORKSHOP REPORT",
    "delegation_dossier": "DELEGATION DOSSIER",
    "agenda_kicker": "WORKSHOP AGENDA",
    "contents": "Contents",
    "agenda": "Agenda",
    "day_n": "Day {n}",
    "day_n_date": "Day {n} \u00b7 {date}",
    "col_time": "Time",
    "col_minutes": "Minutes",
    "col_session": "Session",
    "col_kind_session": "Format",
    "kind_lecture": "Lecture",
    "kind_exercise": "Exercise",
    "kind_site-visit": "Site visit",
    "kind_conference": "Conference",
    "kind_discussion": "Discussion",
    "kind_break": "Break",
    "no_agenda": "No agenda yet",
    "self_assessment": "Self-assessment",
    "assessment_of": "Self-assessment: {name}",
    "no_assessment": "No element scored yet",
    "radar_caption": "The 21 elements of JICA's smart city framework, scored 0\u20134. "
                     "A gap in a line is an element not scored (not a zero).",
    "domain_scores": "Domain scores",
    "col_domain": "Domain",
    "col_mean": "Mean (0\u20134)",
    "col_coverage": "Elements scored",
    "col_average": "Workshop average",
    "not_scored": "not scored",
    "scored_of": "{scored} of {total}",
    "overall": "All elements",
    "stage": "Stage",
    "stage_set": "Stage set for the delegation: {stage}",
    "stage_suggested": "Stage suggested by the self-assessment: {stage}",
    "stage_none": "No stage suggested yet",
    "reason_insufficient": "Only {scored} of {total} elements are scored; a suggestion needs at "
                           "least half of them.",
    "reason_low-overall": "The mean of the scored elements is {mean}, below 1.5: most elements "
                          "are absent or only planned.",
    "reason_weak-domain": "The {domain} domain averages {domain_mean}, below 1.0: one of the five "
                          "foundations is missing.",
    "reason_strong-all-domains": "The mean is {mean} and every domain averages 2.0 or more: the "
                                 "basic elements are in place across domains.",
    "reason_ongoing": "The mean is {mean}: initiatives are under way, between Small Start and "
                      "Sustainable Growth.",
    "reason_ongoing-domain-gap": "The mean is {mean}, but the {domain} domain is below 2.0 or "
                                 "not scored: not yet Sustainable Growth.",
    "guidance": "JICA's guidance for {stage}",
    "applies_to": "For: {text}",
    "weakest": "Weakest elements: suggested priorities",
    "to_assess": "Still to assess: {items}",
    "none_weak": "No scored element below the top level.",
    "col_element": "Element",
    "col_score": "Score",
    "members": "Members",
    "no_members": "No members registered",
    "col_name": "Name",
    "col_role": "Role",
    "delegation_n": "{n} delegations, {people} participants",
    "delegations_people": "Delegations and participants",
    "consent_note": "People who did not consent to being named appear as \"Participant N\" "
                    "(N is their place in the participant list).",
    "assessment_comparison": "Self-assessments compared",
    "bars_caption": "Mean score per domain (0\u20134) over the scored elements; \"not scored\" "
                    "is a domain with no scored element, not a zero.",
    "workshop_average": "Workshop average",
    "delegation_plans": "Delegation plans",
    "support_summary": "Desired future support",
    "support_none": "No support requested yet",
    "col_requests": "Requests",
    "col_from_delegations": "Asked by",
    "learning_gains": "Knowledge checks: learning gains",
    "col_module": "Module",
    "col_pairs": "Participants",
    "col_pre": "Before (%)",
    "col_post": "After (%)",
    "col_gain": "Gain (points)",
    "gains_caption": "Participants who took a module's check both before and after the session; "
                     "gain is the difference in percentage points.",
    "member_plans": "Members' action plans",
    "plan_of": "Action plan: {name}",
    "delegation_plan_title": "Delegation action plan",
    "support_requests": "Support requests",
    "col_owner": "Asked by",
    "col_city_type": "City type",
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
