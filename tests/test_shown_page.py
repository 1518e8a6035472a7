"""Only the shown page of a tab or stacked widget sizes it (ui/shown_page.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from workshop.ui.shown_page import size_by_shown


def _page(width: int, height: int) -> QWidget:
    """A page whose layout asks for ``width`` × ``height`` (as the screens' pages do; a
    minimum size set on the page itself would win over any policy)."""
    page = QWidget()
    inner = QWidget(page)
    inner.setMinimumSize(width, height)
    QVBoxLayout(page).addWidget(inner)
    return page


def test_a_hidden_wide_tab_does_not_widen_its_tab_widget(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    size_by_shown(tabs)  # before the tabs are added: pages added later count too
    narrow, wide = _page(300, 200), _page(700, 500)
    tabs.addTab(narrow, "Projects")
    tabs.addTab(wide, "Results")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert tabs.minimumSizeHint().width() < 400
    assert tabs.minimumSizeHint().height() < 400
    tabs.setCurrentIndex(1)
    assert tabs.minimumSizeHint().width() >= 700, "the shown page still sizes it"
    tabs.setCurrentIndex(0)
    assert tabs.minimumSizeHint().width() < 400


def test_the_shown_page_gets_back_its_own_policy(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    fixed, plain = _page(100, 100), _page(100, 100)
    fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
    stack.addWidget(fixed)
    stack.addWidget(plain)
    size_by_shown(stack)  # after: the pages already there count
    assert plain.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored
    stack.setCurrentWidget(plain)
    assert fixed.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored
    assert plain.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Preferred
    stack.setCurrentWidget(fixed)
    policy = fixed.sizePolicy()
    assert (policy.horizontalPolicy(), policy.verticalPolicy()) == (
        QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
