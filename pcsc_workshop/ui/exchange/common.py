"""Small helpers shared by the exchange actions: messages, error words, page refresh."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def failure_text(exc: BaseException) -> str:
    """The core's clear message for a refused file; a short sentence for anything else.

    Never a traceback: a facilitator cannot act on one, and it frightens people.
    """
    from pcsc_workshop.core.exchange import ExchangeError

    translate = QCoreApplication.translate  # this name: lupdate reads the context
    if isinstance(exc, ExchangeError):
        return exc.message
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


def refresh_pages(window, origin: object = None) -> None:
    """After an import: every page reloads from the database (stale editors never save over
    what came in, because pages were flushed before the import started)."""
    ctx = window.ctx
    if ctx is None or not ctx.workshop_id:
        return
    ctx.changes.changed.emit("exchange", ctx.workshop_id, origin)
    ctx.changes.workshopSelected.emit(ctx.workshop_id)  # marks every page stale, reloads shown


def flush_pages(window) -> None:
    for page in window.pages:
        page.flush()
