"""User text is never markup: labels, tooltips, message boxes and Markdown views.

Why this exists: Qt guesses. A QLabel, a QMessageBox, a tooltip or `QTextEdit.setText` in
their default `Qt.AutoText` mode render anything that *looks* like HTML as rich text, and the
rich-text engine loads images: a participant called `<img src="/dev/zero">JICA` arriving in a
bundle aborted the facilitator's app (std::bad_alloc) as soon as a page showed the name. Names,
plans, support providers and local content come from other laptops, so none of it may be
interpreted.

Three layers:

1. `install(app)` puts a guard on the whole application. Every QLabel still in AutoText when
   it is first polished (before it is laid out or shown: that is when Qt would load images)
   becomes `Qt.PlainText`. That includes Qt's own tooltip label, so every tooltip shows its
   text as typed, whichever widget, item view, header, menu or tab bar asked for it (Qt
   still wraps long ones). A label that really needs rich text says so with
   `setTextFormat(Qt.RichText)` (and escapes what it inserts). The guard runs in the
   application style's `polish` (ui/app_style.py), once per widget: as an application event
   filter it was called for every event and took ~40 % of the UI thread's start-up work.
2. `plain_label()` for labels built with user text, so they are plain from the first line.
3. `SafeTextBrowser` / `set_user_markdown()`: Markdown from users (local content) is shown
   without raw HTML, and the view never loads a file or a remote resource (`loadResource`
   refuses everything but the curriculum's own `item:` links, which are not resources).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTextBrowser, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` exactly as typed, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_label_plain(widget: QWidget) -> None:
    """The polish step (ui/app_style.py): a QLabel still in AutoText becomes PlainText.

    Menus show their actions' own tooltips too (the Export menu explains its options in
    them); Qt's menus hide them unless asked."""
    if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.AutoText:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    elif isinstance(widget, QMenu):
        widget.setToolTipsVisible(True)


def install(app: QApplication | None = None) -> None:
    """Install the guard once on the application (safe to call again)."""
    from pcsc_workshop.ui import app_style

    app_style.on_polish(make_label_plain, app)


# Markdown without raw HTML: `<img>` or `<b>` in a user's text shows as typed.
USER_MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                 | QTextDocument.MarkdownFeature.MarkdownNoHTML)


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never loads a file or a remote resource (images, style sheets).

    Markdown `![x](/dev/zero)` or `![x](http://...)` in local content would otherwise be read
    from disk (or tried) while the page lays out; here every resource is refused, so an image
    shows as nothing. Links are not resources: `item:` links still work through
    `anchorClicked`, and nothing is opened outside the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # what was asked for (tests look at it)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        return None


def set_user_markdown(view: QTextBrowser, text: str) -> None:
    """Show Markdown that contains user text: no raw HTML, and (in a SafeTextBrowser) no
    resource loading."""
    view.document().setMarkdown(text, USER_MARKDOWN)


def markdown_safe(text: str) -> str:
    """User text to put inside Markdown: `<` and `&` show as typed (never HTML or an entity)
    and `![...](...)` stays a plain link (never an image to load). Markdown emphasis, lists
    and links keep working, because local content is written as Markdown on purpose."""
    out = text.replace("\\<", "<").replace("&", "\\&").replace("<", "\\<")
    return out.replace("![", "\\![")
