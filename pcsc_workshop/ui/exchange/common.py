"""Small helpers shared by the exchange actions: messages, error words, saving pages first.

Pages refresh after an import from the operation's `Changes` (ui/operations.py publishes
them), not from a re-emitted workshop selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget


def refusal_words() -> dict[str, str]:
    """Why a file was refused, per core code (`ExchangeError.code`), in the reader's language."""
    translate = QCoreApplication.translate  # this name: lupdate reads the context
    return {
        "bad-json": translate("Exchange", "The file is damaged: part of it cannot be read."),
        "bad-reference": translate(
            "Exchange", "The file is inconsistent: it refers to records it does not hold."),
        "cannot-merge": translate("Exchange", "The file's records do not fit this workshop."),
        "cannot-write": translate("Exchange", "This workshop cannot be written to a file."),
        "checksum": translate(
            "Exchange", "The file was changed or damaged after it was made (its checksum "
            "does not match)."),
        "damaged-zip": translate("Exchange", "The file is damaged: it cannot be unpacked."),
        "duplicate-entry": translate("Exchange", "The file holds the same part twice."),
        "duplicate-ids": translate("Exchange", "The file lists the same record twice."),
        "encrypted": translate(
            "Exchange", "The file is protected with a password; PCSC Workshop files never are."),
        "foreign-record": translate(
            "Exchange", "The file tries to change records that belong to someone else."),
        "invalid-content": translate("Exchange", "The file holds a value that is not allowed."),
        "newer-format": translate(
            "Exchange", "The file was made by a newer PCSC Workshop: update the app to open it."),
        "no-manifest": translate("Exchange", "This is not a PCSC Workshop file (no manifest)."),
        "no-payload": translate("Exchange", "The file is incomplete: its content is missing."),
        "not-a-pack": translate(
            "Exchange", "This is a participant's plan bundle, not a workshop pack: collect it "
            "on the facilitator's laptop."),
        "not-a-zip": translate("Exchange", "This is not a PCSC Workshop file."),
        "not-pcsc": translate("Exchange", "This is not a PCSC Workshop file."),
        "other-workshop": translate(
            "Exchange", "The file belongs to a workshop that is not on this computer."),
        "participant-deleted": translate(
            "Exchange", "The file comes from a participant whose data was deleted on this "
            "computer for privacy; nothing in it was imported. To take them back, add them "
            "again and give them a new workshop pack."),
        "too-large": translate("Exchange", "The file is too large to be a PCSC Workshop file."),
        "too-many-entries": translate(
            "Exchange", "The file holds too many parts to be a PCSC Workshop file."),
        "unknown-format": translate("Exchange", "The file has a format this app does not know."),
        "unknown-participant": translate(
            "Exchange", "The file comes from a participant who is not registered in this "
            "workshop on this computer."),
        "unreadable": translate("Exchange", "The file cannot be read."),
        "unsafe-path": translate(
            "Exchange", "The file tries to write outside its own folder; it was not opened."),
        "unsupported-compression": translate(
            "Exchange", "The file is packed in a way PCSC Workshop files never are."),
        "zip-bomb": translate(
            "Exchange", "The file would unpack to an unreasonable size; it was not opened."),
        # Who may send what (docs/exchange-format.md, "Trust model")
        "unsigned": translate(
            "Exchange", "The file is not signed, so nobody can tell which laptop it came from "
            "(it may come from an older PCSC Workshop: ask for it again from an updated app)."),
        "bad-signature": translate(
            "Exchange", "The file's signature does not match: it was changed after it was made."),
        "no-signing-key": translate(
            "Exchange", "This computer's signing key cannot be read or made."),
        "pack-not-bundle": translate(
            "Exchange", "This is a workshop pack, not a plan bundle: packs are never taken "
            "where plans are collected."),
        "pack-for-own-workshop": translate(
            "Exchange", "This is a workshop pack for a workshop made on this computer: only "
            "participants' plan bundles come back to it."),
        "other-facilitator": translate(
            "Exchange", "This workshop pack is signed by another laptop than your facilitator's "
            "earlier packs."),
        "bundle-on-participant-laptop": translate(
            "Exchange", "This is a plan bundle: it goes to the facilitator's laptop, not to a "
            "participant's."),
        "unsupported-zip": translate(
            "Exchange", "The file uses a zip feature PCSC Workshop files never use."),
        "unreadable-content": translate(
            "Exchange", "The file holds something this app does not understand."),
        "new-laptop": translate(
            "Exchange", "Kept aside: this plan comes from a laptop not seen before for this "
            "participant. Accept it as their new laptop, or discard it."),
        "other-participant": translate(
            "Exchange", "Kept aside: this plan comes from the laptop of another participant. "
            "Accept it if they share a laptop, or discard it."),
        # The database, not the file
        "database-busy": translate(
            "Exchange", "The database was busy for too long; the file will be tried again."),
        "disk-full": translate("Exchange", "The disk holding the database is full."),
        "database-io": translate(
            "Exchange", "The disk holding the database could not be read or written."),
        "database-readonly": translate("Exchange", "The database cannot be written."),
        "database-corrupt": translate("Exchange", "The database itself is damaged."),
    }


def refusal_text(code: str, english: str) -> str:
    """A refused file's reason for the reader. In English the core's own message, which names
    specifics (whose bundle, which workshop); in another language our translated sentence,
    then the core's English message for whoever helps."""
    if QLocale().language() == QLocale.Language.English:
        return english
    words = refusal_words().get(code)
    return f"{words}\n({english})" if words else english


def failure_text(exc: BaseException) -> str:
    """The core's clear message for a refused file; a short sentence for anything else.

    Never a traceback: a facilitator cannot act on one, and it frightens people.
    """
    from pcsc_workshop.core.exchange import ExchangeError

    translate = QCoreApplication.translate  # this name: lupdate reads the context
    if isinstance(exc, ExchangeError):
        return refusal_text(exc.code, exc.message)
    if isinstance(exc, PermissionError):
        return translate("Exchange", "This computer does not allow writing or reading there: {0}").format(
            exc.filename or exc)
    if isinstance(exc, FileNotFoundError):
        return translate("Exchange", "The file or folder is not there any more: {0}").format(
            exc.filename or exc)
    if isinstance(exc, OSError):
        return translate("Exchange", "The disk said: {0}").format(exc.strerror or exc)
    text = str(exc).strip().strip("'\"") or type(exc).__name__
    return translate("Exchange", "Something went wrong: {0}").format(text)


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information,
                 details: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller (tests read it, users close it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    box.open()
    return box


def flush_pages(window) -> None:
    """Save what every page has pending before an import or a pack: what comes in then
    meets the latest edits, and no stale editor saves over it afterwards."""
    for page in window.pages:
        page.flush(wait=True)
