"""Words for the exchange core's codes: table and field names, times, kinds of file.

Core speaks in codes (`action_plans`, `key_takeaways`, naive UTC times); this module turns
them into translated words in one place so that every dialog says the same thing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from pcsc_workshop.ui.typed_qt import QT_TRANSLATE_NOOP

_CONTEXT = "Exchange"

TABLES = {
    "workshop": QT_TRANSLATE_NOOP("Exchange", "Workshop details"),
    "agenda_items": QT_TRANSLATE_NOOP("Exchange", "Agenda session"),
    "delegations": QT_TRANSLATE_NOOP("Exchange", "Delegation"),
    "participants": QT_TRANSLATE_NOOP("Exchange", "Participant"),
    "local_items": QT_TRANSLATE_NOOP("Exchange", "Local content"),
    "assessments": QT_TRANSLATE_NOOP("Exchange", "Self-assessment"),
    "assessment_scores": QT_TRANSLATE_NOOP("Exchange", "Self-assessment score"),
    "action_plans": QT_TRANSLATE_NOOP("Exchange", "Action plan"),
    "next_steps": QT_TRANSLATE_NOOP("Exchange", "Next step"),
    "support_requests": QT_TRANSLATE_NOOP("Exchange", "Support request"),
    "quiz_attempts": QT_TRANSLATE_NOOP("Exchange", "Knowledge check"),
}

FIELDS = {
    "deleted": QT_TRANSLATE_NOOP("Exchange", "Deleted"),
    "key_takeaways": QT_TRANSLATE_NOOP("Exchange", "Key takeaways"),
    "challenges": QT_TRANSLATE_NOOP("Exchange", "Challenges"),
    "approaches": QT_TRANSLATE_NOOP("Exchange", "Approaches"),
    "action": QT_TRANSLATE_NOOP("Exchange", "Action"),
    "responsible": QT_TRANSLATE_NOOP("Exchange", "Responsible"),
    "start_date": QT_TRANSLATE_NOOP("Exchange", "Start"),
    "end_date": QT_TRANSLATE_NOOP("Exchange", "End"),
    "resources": QT_TRANSLATE_NOOP("Exchange", "Resources"),
    "indicator": QT_TRANSLATE_NOOP("Exchange", "Indicator"),
    "link_ref": QT_TRANSLATE_NOOP("Exchange", "Linked pillar or element"),
    "status": QT_TRANSLATE_NOOP("Exchange", "Status"),
    "position": QT_TRANSLATE_NOOP("Exchange", "Position in the list"),
    "provider": QT_TRANSLATE_NOOP("Exchange", "From whom"),
    "kind": QT_TRANSLATE_NOOP("Exchange", "Kind"),
    "detail": QT_TRANSLATE_NOOP("Exchange", "Detail"),
    "element_id": QT_TRANSLATE_NOOP("Exchange", "Element"),
    "score": QT_TRANSLATE_NOOP("Exchange", "Score"),
    "evidence": QT_TRANSLATE_NOOP("Exchange", "Evidence"),
    "title": QT_TRANSLATE_NOOP("Exchange", "Title"),
    "name": QT_TRANSLATE_NOOP("Exchange", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Exchange", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Exchange", "Role"),
    "description": QT_TRANSLATE_NOOP("Exchange", "Description"),
    "body": QT_TRANSLATE_NOOP("Exchange", "Text"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def table_label(table: str) -> str:
    """"Action plan" for `action_plans`; unknown codes are shown as they are."""
    return _tr(TABLES[table]) if table in TABLES else table


def field_label(field: str) -> str:
    if field in FIELDS:
        return _tr(FIELDS[field])
    return field.replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    """A field value as a person reads it (empty stays empty, booleans become yes/no)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (QCoreApplication.translate("Exchange", "yes") if value
                else QCoreApplication.translate("Exchange", "no"))
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def local_time(moment: datetime | None, *, always_date: bool = False) -> str:
    """A core time (naive UTC) in the user's time zone: "14:05" today, else date and time."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=UTC).astimezone()
    locale = QLocale()
    if local.date() == datetime.now().astimezone().date() and not always_date:
        return local.strftime("%H:%M")
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)
