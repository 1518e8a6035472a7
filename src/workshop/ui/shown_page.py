"""Only the shown page of a stack or tab widget sizes it.

A ``QStackedWidget`` (and the one inside every ``QTabWidget``) asks for the widest and
tallest of *all* its pages, shown or not. A Spanish budget screen on its Projects tab
needed 1,140 px because its hidden Results tab would need 690 px, so the window could
not fit a 1024-wide laptop on any tab. Hidden pages get the ``Ignored`` size policy,
which Qt's stacked layout leaves out of its minimum size; the shown one gets back the
policy it had. (A minimum size set on a page itself still counts: Qt gives it first
place over any policy; the pages here are sized by their layouts.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget

_IGNORED = QSizePolicy.Policy.Ignored
_OWN_POLICY = "shownPageOwnPolicy"  # the shown policy each page had, kept on the page


def size_by_shown(holder: QStackedWidget | QTabWidget) -> None:
    """From now on, only ``holder``'s current page counts for its size (pages added later
    included)."""
    stack = _stack_of(holder)
    stack.currentChanged.connect(lambda _index: _apply(stack))
    stack.widgetAdded.connect(lambda _index: _apply(stack))
    _apply(stack)


def _stack_of(holder: QStackedWidget | QTabWidget) -> QStackedWidget:
    if isinstance(holder, QStackedWidget):
        return holder
    # A tab widget's pages live in its one stacked widget (Qt names it; it is the only
    # QStackedWidget child the tab widget makes itself).
    stack = holder.findChild(QStackedWidget, "qt_tabwidget_stackedwidget")
    assert stack is not None, "every QTabWidget holds a stacked widget"
    return stack


def _apply(stack: QStackedWidget) -> None:
    shown = stack.currentWidget()
    for index in range(stack.count()):
        page = stack.widget(index)
        if page is not None:
            _set(page, page is shown)


def _set(page: QWidget, shown: bool) -> None:
    policy = page.sizePolicy()
    own = page.property(_OWN_POLICY)
    if own is None:  # first seen: remember what the page asked for itself
        own = (policy.horizontalPolicy(), policy.verticalPolicy())
        page.setProperty(_OWN_POLICY, own)
    horizontal, vertical = own if shown else (_IGNORED, _IGNORED)
    if (policy.horizontalPolicy(), policy.verticalPolicy()) != (horizontal, vertical):
        policy.setHorizontalPolicy(horizontal)
        policy.setVerticalPolicy(vertical)
        page.setSizePolicy(policy)
