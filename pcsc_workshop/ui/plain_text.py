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
   becomes `Qt.PlainText`, and every tooltip is shown through `Qt.convertFromPlainText`
   (escaped), whichever widget, item view, menu or tab bar asked for it. A label that really
   needs rich text says so with `setTextFormat(Qt.RichText)` (and escapes what it inserts).
2. `plain_label()` for labels built with user text, so they are plain from the first line.
3. `SafeTextBrowser` / `set_user_markdown()`: Markdown from users (local content) is shown
   without raw HTML, and the view never loads a file or a remote resource (`loadResource`
   refuses everything but the curriculum's own `item:` links, which are not resources).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QTextBrowser,
    QToolTip,
    QWidget,
)

_GUARD_NAME = "pcsc_plain_text_guard"


def escaped_tooltip(text: str) -> str:
    """Tooltip HTML that shows `text` literally (and wraps long lines)."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` exactly as typed, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def _tooltip_text(obj: QObject, event: QHelpEvent) -> str | None:
    """The tooltip Qt would show for `obj` at the event's position (None: not ours to judge)."""
    pos = event.pos()
    parent = obj.parent() if isinstance(obj, QWidget) else None
    if isinstance(parent, QHeaderView) and obj is parent.viewport():
        obj = parent  # a header's sections answer, not its (empty) item model
    if isinstance(parent, QAbstractItemView) and not isinstance(parent, QHeaderView) \
            and obj is parent.viewport():
        index = parent.indexAt(pos)
        value = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return "" if value is None else str(value)
    if isinstance(parent, QGraphicsView) and obj is parent.viewport():
        item = parent.itemAt(pos)
        return item.toolTip() if item is not None else ""
    if isinstance(obj, QHeaderView):
        section = obj.logicalIndexAt(pos)
        model = obj.model()
        if section < 0 or model is None:
            return ""
        value = model.headerData(section, obj.orientation(), Qt.ItemDataRole.ToolTipRole)
        return "" if value is None else str(value)
    if isinstance(obj, QMenu):
        action = obj.actionAt(pos)
        if action is None:
            return obj.toolTip()
        # QMenu shows an action's tooltip only when it differs from its text
        tip = action.toolTip()
        return "" if tip == action.text().replace("&", "") else tip
    if isinstance(obj, QTabBar):
        tab = obj.tabAt(pos)
        return obj.tabToolTip(tab) if tab >= 0 else obj.toolTip()
    if isinstance(obj, QAbstractItemView | QGraphicsView):
        return None  # their viewports answer (above)
    if isinstance(obj, QWidget):
        return obj.toolTip()
    return None


class PlainTextGuard(QObject):
    """Application event filter: AutoText labels become plain; tooltips are escaped."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, QLabel):
            if obj.textFormat() == Qt.TextFormat.AutoText:
                obj.setTextFormat(Qt.TextFormat.PlainText)
            return False
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = _tooltip_text(obj, event)
            if text is None:
                return False
            if not text:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), escaped_tooltip(text), obj)  # type: ignore[arg-type]
            return True
        return False


def install(app: QApplication | None = None) -> PlainTextGuard:
    """Install the guard once on the application (safe to call again)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    found = app.findChild(PlainTextGuard, _GUARD_NAME)
    if found is not None:
        return found
    guard = PlainTextGuard(app)
    guard.setObjectName(_GUARD_NAME)
    app.installEventFilter(guard)
    return guard


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

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt override
        self.refused.append(name.toString())
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
