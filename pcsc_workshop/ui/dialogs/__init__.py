"""Dialogs of the facilitator's set-up: workshop wizard, people, CSV import, agenda."""
