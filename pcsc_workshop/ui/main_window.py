"""The main window: a workshop picker, a sidebar of registered pages, and the page stack."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pcsc_workshop import __version__
from pcsc_workshop.core.workshops import list_workshops
from pcsc_workshop.ui.context import AppContext
from pcsc_workshop.ui.pages import page_classes
from pcsc_workshop.ui.pages.base import Page


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("PCSC Workshop"))
        self.resize(1280, 820)
        self.pages: list[Page] = []

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        side = QWidget(central)
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 12, 12)
        brand = QLabel(self.tr("PCSC Workshop"), side)
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        picker_label = QLabel(self.tr("&Workshop"), side)
        self.workshop_picker = QComboBox(side)
        self.workshop_picker.setAccessibleName(self.tr("Current workshop"))
        self.workshop_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_picker.setMinimumContentsLength(18)
        picker_label.setBuddy(self.workshop_picker)
        side_layout.addWidget(picker_label)
        side_layout.addWidget(self.workshop_picker)
        self.nav = QListWidget(side)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        side_layout.addWidget(self.nav, 1)
        side.setFixedWidth(240)
        layout.addWidget(side)

        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for cls in page_classes():
            page = cls(ctx, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.NAME)
        self.nav.currentRowChanged.connect(self._show_page)
        self.workshop_picker.currentIndexChanged.connect(self._workshop_picked)
        self._build_menus()
        self.reload_workshops()
        self.nav.setCurrentRow(0)

    # -- navigation -------------------------------------------------------------------
    def page(self, name: str) -> Page:
        return next(p for p in self.pages if name == p.NAME)

    def show_page(self, name: str) -> Page:
        for row, page in enumerate(self.pages):
            if name == page.NAME:
                self.nav.setCurrentRow(row)
                return page
        raise KeyError(name)

    def _show_page(self, row: int) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.flush()
        if 0 <= row < len(self.pages):
            page = self.pages[row]
            self.stack.setCurrentWidget(page)
            page.ensure_loaded()

    # -- workshops --------------------------------------------------------------------
    def reload_workshops(self) -> None:
        with self.ctx.store.session() as session:
            workshops = list_workshops(session)
        self.workshop_picker.blockSignals(True)
        self.workshop_picker.clear()
        for w in workshops:
            self.workshop_picker.addItem(w.title, w.id)
            self.workshop_picker.setItemData(
                self.workshop_picker.count() - 1, w.title, Qt.ItemDataRole.ToolTipRole
            )
        wanted = self.ctx.workshop_id or self.ctx.settings.value("workshop_id", "", str)
        index = max(0, self.workshop_picker.findData(wanted))
        self.workshop_picker.setCurrentIndex(index)
        self.workshop_picker.blockSignals(False)
        if workshops:
            self.ctx.select_workshop(self.workshop_picker.itemData(index))

    def _workshop_picked(self, index: int) -> None:
        for page in self.pages:
            page.flush()
        workshop_id = self.workshop_picker.itemData(index)
        if workshop_id:
            self.ctx.select_workshop(workshop_id)

    # -- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PCSC Workshop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        for row in range(min(9, len(self.pages))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PCSC Workshop"),
            self.tr(
                "<b>PCSC Workshop</b> {0}<br>Run capacity-building workshops on "
                "people-centred smart cities, offline.<br><br>Fonts: Noto (SIL Open Font "
                "Licence 1.1). Libraries: Qt/PySide6 (LGPLv3), SQLAlchemy and Alembic (MIT), "
                "reportlab (BSD), pyqtgraph (MIT), pydantic (MIT)."
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for page in self.pages:
            page.flush()
        super().closeEvent(event)
