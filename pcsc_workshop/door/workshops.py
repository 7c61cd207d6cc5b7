"""Workshops: list, details, create from a template, update, duplicate, delete; backups and restore of the whole database."""

from __future__ import annotations

from pcsc_workshop.door.section import Section


class WorkshopsSection(Section):
    """Operations are added here as the UI and the CLI move behind the door (issue 19)."""
