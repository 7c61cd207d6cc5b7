"""The dashboard's rows as the texts it shows, shaped on the worker that read the figures.

Why on the worker: turning 200 participants' figures into cells (translations with plurals,
scores, the locale's dates, who has sent files) and the 424 rows of support requests into
table texts was ~100 ms of UI-thread time per refresh (bench/ui_latency_bench.py, "stay on
the dashboard"); the page now only compares and sets texts. Nothing here touches a widget:
`QCoreApplication.translate` and `QLocale` (ui/display.py) are safe on any thread.

The strings keep the page's translation context ("DashboardPage"), so the catalogues the
page used still apply. The two phrases with a count come from the page itself (`Plurals`):
lupdate reads plural forms from `tr()` calls only (a `translate()` with a count is filed as
a plain string, and its translations would lose their forms).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pcsc_workshop.ui.display import date_time, score
from pcsc_workshop.ui.exchange.collection import collected_text, collected_tip, members_collected
from pcsc_workshop.ui.wording import support_kind

if TYPE_CHECKING:
    from pcsc_workshop.core.assessment import Coverage
    from pcsc_workshop.core.coaching import Completeness
    from pcsc_workshop.core.dashboard import (
        DashboardData,
        DelegationStatus,
        ParticipantStatus,
        SupportSummary,
    )
    from pcsc_workshop.core.exchange.status import ParticipantStatus as Arrival

DASH = "—"
COLUMNS = 6  # delegation / participant, assessment, plan, plan quality, last change, collected


translate = QCoreApplication.translate  # this name and a literal context: lupdate reads both


@dataclass(frozen=True)
class Plurals:
    """The page's phrases with a count, each `(count) -> template` (made by the page's tr)."""

    parts: Callable[[int], str]  # "{0} of %n part(s)": a plan's filled parts of n
    scored: Callable[[int], str]  # "Delegation assessment: {0} of %n element(s) scored"


@dataclass(frozen=True)
class Row:
    """One line of the progress tree: its id (delegation or participant; "" for the
    "No delegation" group), its six cells and their tooltips ("" for none)."""

    id: str
    texts: tuple[str, ...]
    tips: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    row: Row
    members: tuple[Row, ...]


@dataclass(frozen=True)
class DashboardRows:
    groups: tuple[Group, ...]  # the delegations in order, then "No delegation" if needed
    support: tuple[tuple[str, str, str, str], ...]  # who asks, from whom, kind, what
    support_summary: str


def shape(data: DashboardData, arrived: Sequence[Arrival], plurals: Plurals) -> DashboardRows:
    """Every text the dashboard shows for `data` and the files that `arrived`."""
    words = _Words(plurals)  # one formatting per distinct time and count
    by_participant = {a.participant_id: a for a in arrived}
    members: dict[str, list[ParticipantStatus]] = {}
    for p in data.participants:
        members.setdefault(p.delegation_id or "", []).append(p)
    groups = []
    for d in data.delegations:
        people = members.get(d.id, [])
        groups.append(Group(_delegation(d, [by_participant[p.id] for p in people
                                            if p.id in by_participant], words),
                            tuple(_participant(p, d, by_participant.get(p.id), words)
                                  for p in people)))
    loose = members.get("", [])
    if loose:
        sent = [by_participant[p.id] for p in loose if p.id in by_participant]
        collected, tip = members_collected(sent) if sent else ("", "")
        groups.append(Group(Row("", (translate("DashboardPage", "No delegation"), "", "", "",
                                     "", collected), ("", "", "", "", "", tip)),
                            tuple(_participant(p, None, by_participant.get(p.id), words)
                                  for p in loose)))
    support, summary = _support(data.support)
    return DashboardRows(tuple(groups), support, summary)


def _delegation(d: DelegationStatus, sent: list[Arrival], words: _Words) -> Row:
    texts = _cells(d.label, d.assessment, d.plan, d.quality, d.last_change, d.collected, words)
    tips = ["", words.plural(words.plurals.scored, d.assessment.total).format(
        d.assessment.scored), "", "", "", ""]
    if sent:  # members' files came in: how many of them
        texts[5], tips[5] = members_collected(sent)
    else:
        tips[5] = _not_known(d.collected)
    return Row(d.id, tuple(texts), tuple(tips))


def _participant(p: ParticipantStatus, d: DelegationStatus | None, sent: Arrival | None,
                 words: _Words) -> Row:
    texts = _cells(p.name, p.assessment, p.plan, p.quality, p.last_change, p.collected, words)
    tips = [""] * COLUMNS
    if d is not None and p.assessment.scored == 0:
        # they score with the delegation: "0 of 21" said they had done nothing
        texts[1] = translate("DashboardPage", "with the delegation")
        tips[1] = translate("DashboardPage", "Scores with the delegation (its assessment: "
                            "{0} of {1} elements); no assessment of their own").format(
            d.assessment.scored, d.assessment.total)
    elif d is not None:
        tips[1] = translate("DashboardPage", "Own assessment (most score with the delegation)")
    if sent is not None:
        texts[5], tips[5] = collected_text(sent), collected_tip(sent)
    else:
        tips[5] = _not_known(p.collected)
    return Row(p.id, tuple(texts), tuple(tips))


def _not_known(collected: bool | None) -> str:
    if collected is None:
        return translate("DashboardPage", "Not known yet: filled in once files are exchanged")
    return ""


def _cells(name: str, assessment: Coverage, plan: Completeness, quality: int,
           last_change: datetime | None, collected: bool | None, words: _Words) -> list[str]:
    return [
        name or translate("DashboardPage", "(no name)"),
        translate("DashboardPage", "{0} of {1}").format(assessment.scored, assessment.total),
        words.plural(words.plurals.parts, plan.total).format(plan.filled),
        score(quality),  # "83 / 100", left to right in Arabic too
        words.moment(last_change),  # the locale's month names and order, local time
        DASH if collected is None else (translate("DashboardPage", "yes") if collected
                                        else translate("DashboardPage", "no")),
    ]


class _Words:
    """Each distinct time and count formatted once per refresh (200 rows, a few values)."""

    def __init__(self, plurals: Plurals) -> None:
        self.plurals = plurals
        self._times: dict[datetime, str] = {}
        self._counts: dict[tuple[Callable[[int], str], int], str] = {}

    def plural(self, phrase: Callable[[int], str], count: int) -> str:
        text = self._counts.get((phrase, count))
        if text is None:
            text = self._counts[(phrase, count)] = phrase(count)
        return text

    def moment(self, moment: datetime | None) -> str:
        """The last change in the UI language's date and time (not strftime's English)."""
        if moment is None:
            return DASH
        text = self._times.get(moment)
        if text is None:
            # stored as UTC (core/models.py utcnow), shown in the laptop's own time
            aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
            text = self._times[moment] = date_time(aware.astimezone().replace(tzinfo=None),
                                                   DASH)
        return text


def _support(summary: SupportSummary) -> tuple[tuple[tuple[str, str, str, str], ...], str]:
    rows = []
    for ask in summary.asks:
        who = ask.owner_name if ask.owner_kind == "participant" else translate(
            "DashboardPage", "{0} (delegation)").format(ask.delegation_label)
        if ask.owner_kind == "participant" and ask.delegation_label:
            who += f" — {ask.delegation_label}"
        kind = support_kind(ask.kind) if ask.kind else DASH
        rows.append((who, ask.provider or DASH, kind, ask.detail))
    by_provider: dict[str, int] = {}
    for (provider, _kind), count in summary.counts.items():
        by_provider[provider] = by_provider.get(provider, 0) + count
    parts = [translate("DashboardPage", "{0}: {1}").format(
        p or translate("DashboardPage", "(no one named)"), by_provider.get(p, 0))
        for p in summary.providers]
    if not parts:
        return tuple(rows), translate("DashboardPage", "No support requests yet.")
    return tuple(rows), translate("DashboardPage", "Requests by provider — {0}").format(
        "; ".join(parts))
