"""What the language tests share: a window started as the app starts it, and a scan of every
text the user can see in every area, to find any left in a language no longer chosen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabBar,
    QTabWidget,
)

from toolbox_desktop.ui.common import language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


class LanguageState:
    """Puts the process's language back as it was: catalogues, the default locale."""

    def __init__(self) -> None:
        self.locale = QLocale()

    def restore(self) -> None:
        app = QCoreApplication.instance()
        for translator in language._installed:
            app.removeTranslator(translator)
        language._installed.clear()
        language._current = language.SOURCE_LANGUAGE
        QLocale.setDefault(self.locale)


def catalogue_pairs(code: str) -> set[tuple[str, str]]:
    """(English source, translation) of every finished message of ``toolbox_<code>.ts``."""
    pairs = set()
    for message in ET.parse(TRANSLATIONS / f"toolbox_{code}.ts").getroot().iter("message"):
        translation = message.find("translation")
        text = (translation.text or "").strip() if translation is not None else ""
        if text and translation.get("type") is None:
            pairs.add((message.findtext("source"), translation.text))
    return pairs


def telltales(code: str) -> tuple[set[str], set[str]]:
    """Texts that can only be English, and texts that can only be ``code``: a message whose
    translation differs from its source, and neither is the other side of another message."""
    pairs = catalogue_pairs(code)
    sources = {source for source, _ in pairs}
    translations = {translation for _, translation in pairs}
    english = {s for s, t in pairs if s != t and s not in translations and _wordy(s)}
    foreign = {t for s, t in pairs if s != t and t not in sources and _wordy(t)}
    return english, foreign


def _wordy(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and "{" not in text and "%" not in text and "<" not in text


def menu_texts(window) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            texts += [action.text() for action in menu.actions() if not action.isSeparator()]
    return texts


def visible_texts(root) -> list[str]:
    """Every label, button, tab, header and (first rows of every) item view shown in
    ``root``."""
    texts = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            texts.append(button.text())
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            texts += [bar.tabText(i) for i in range(bar.count())]
    for header in root.findChildren(QHeaderView):
        if header.isVisibleTo(root) and header.model() is not None:
            model, orientation = header.model(), header.orientation()
            count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
            texts += [str(model.headerData(s, orientation) or "") for s in range(count)]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(root) and model is not None:
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(min(model.rowCount(), 30)):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data() or ""))
    return texts


def every_area_text(window, qtbot) -> list[str]:
    """The texts of every area and every tab of it, each shown in turn, and the menus."""
    texts = [*menu_texts(window), window.windowTitle()]
    model = window.navigation.model()
    for row in range(model.rowCount()):
        texts.append(model.index(row, 0).data())
        if not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled:
            continue
        window.show_area(row)
        qtbot.wait(1)
        page = window.pages.currentWidget()
        tab_widgets = [page, *page.findChildren(QTabWidget)]
        for tabs in tab_widgets:
            if not isinstance(tabs, QTabWidget):
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                texts += visible_texts(page)
        texts += visible_texts(page)
    return texts


def left_over(texts: list[str], telltale: set[str]) -> set[str]:
    return {text for text in texts if text in telltale}
