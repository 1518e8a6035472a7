"""The board's commands: its tool buttons, its keys (as QActions) and its right-click menu.

Split from :class:`~workshop.ui.board.screen.BoardScreen`: one table of actions
(name, text, keys, slot, where the key works) serves the keys, the buttons and the
context menu, so each gesture has one name tests and menus can find.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from workshop.domain import board as b
from workshop.ui.board.capture import colour_icon
from workshop.ui.board.find_control import BoardFind
from workshop.ui.board.grouping import BoardGrouping
from workshop.ui.board.items import ClusterItem, NoteItem
from workshop.ui.board.paste import BoardPaste
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.table_filter import TableFilter
from workshop.ui.board.view import BoardView
from workshop.ui.flow import flow_row
from workshop.ui.theme import set_role
from workshop.ui.tr import QT_TRANSLATE_NOOP
from workshop.ui.words import colour_name

#: What the right-click menu offers, in this order (then Colour and Tidy up).
CONTEXT_ACTIONS = (
    "boardEditAction", "boardDeleteAction", "boardCopyAction", "boardPasteAction",
    "boardGroupAction", "boardUngroupAction", "boardSelectAllAction", "boardMakeActionAction",
)


#: The nudge actions' directions ("Nudge left"), translated where named.
_DIRECTIONS = (
    QT_TRANSLATE_NOOP("BoardActions", "left"),
    QT_TRANSLATE_NOOP("BoardActions", "right"),
    QT_TRANSLATE_NOOP("BoardActions", "up"),
    QT_TRANSLATE_NOOP("BoardActions", "down"),
)


class ActionsHost(Protocol):
    """What the board's commands call on the board screen (named here, so this module does
    not import the screen that uses it)."""

    scene: BoardScene
    view: BoardView
    paste: BoardPaste
    finder: BoardFind
    grouping: BoardGrouping
    table_filter: TableFilter
    counts: QLabel

    def tidy_up(self) -> None: ...

    def toggle_outline(self) -> None: ...

    def delete_selected(self) -> None: ...

    def edit_selected(self) -> None: ...

    def nudge(self, dx: float, dy: float) -> None: ...

    def choose_colour(self, index: int) -> None: ...

    def recolour_selected(self, index: int) -> None: ...


class BoardActions(QObject):
    """Builds the board's buttons and actions; ``by_name`` finds an action by objectName."""

    def __init__(self, screen: ActionsHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.screen = screen
        #: The board screen as a widget: the buttons', actions' and menu's parent.
        self.widget = widget
        self.by_name: dict[str, QAction] = {}
        self.colour_actions: list[QAction] = []

    # ------------------------------------------------------------ buttons

    def _tool(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self.widget)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(tip.split(" (")[0])
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def tools_row(self) -> QHBoxLayout:
        """Group, Ungroup, Tidy up, Find, Fit and List, the gestures' hint, the table
        filter and the counts."""
        screen = self.screen
        tools = QHBoxLayout()
        tools.setContentsMargins(8, 0, 8, 4)
        self.group_button = self._tool(
            QCoreApplication.translate("BoardActions", "Group"),
            "boardGroup",
            QCoreApplication.translate("BoardActions", "Group the selected notes (Ctrl+G)"),
            screen.grouping.group_selected,
        )
        self.ungroup_button = self._tool(
            QCoreApplication.translate("BoardActions", "Ungroup"),
            "boardUngroup",
            QCoreApplication.translate(
                "BoardActions", "Remove the selected cluster frames (Ctrl+Shift+G)"
            ),
            screen.grouping.ungroup_selected,
        )
        self.tidy_button = self._tool(
            QCoreApplication.translate("BoardActions", "Tidy up"),
            "boardTidy",
            QCoreApplication.translate(
                "BoardActions", "Arrange clusters and loose notes without overlaps (Ctrl+T)"
            ),
            screen.tidy_up,
        )
        self.find_button = self._tool(
            QCoreApplication.translate("BoardActions", "Find"),
            "boardFindButton",
            QCoreApplication.translate("BoardActions", "Find notes (Ctrl+F)"),
            screen.finder.open,
        )
        self.fit_button = self._tool(
            QCoreApplication.translate("BoardActions", "Fit"),
            "boardZoomFit",
            QCoreApplication.translate("BoardActions", "Show the whole board (Ctrl+0)"),
            screen.view.fit_all,
        )
        self.list_button = self._tool(
            QCoreApplication.translate("BoardActions", "List"),
            "boardOutlineButton",
            QCoreApplication.translate(
                "BoardActions", "Show the notes as a list in reading order (Ctrl+L)"
            ),
            screen.toggle_outline,
        )
        self.list_button.setCheckable(True)
        # The buttons wrap onto a second line on a narrow window or in a longer language.
        tools.addWidget(flow_row(self.widget, self.group_button, self.ungroup_button,
                                 self.tidy_button, self.find_button, self.fit_button,
                                 self.list_button))
        hint = QLabel(
            QCoreApplication.translate(
                "BoardActions",
                "Drag notes to move · drag the background to pan · Shift+drag to select · "
                "arrows pick a note, Enter or F2 edits",
            ),
            self.widget,
        )
        set_role(hint, "muted")
        hint.setWordWrap(True)  # on a narrow laptop it wraps instead of widening the window
        hint.setMinimumWidth(140)  # (and longer words, a translation's, wrap too)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tools.addWidget(hint, 1)  # the room left over: as few lines as fit
        tools.addSpacing(12)
        tools.addWidget(screen.table_filter)
        tools.addWidget(screen.counts)
        return tools

    # ------------------------------------------------------------ keys

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence] | QKeySequence.StandardKey | str,
        slot: Callable[..., object],
        *,
        on_view: bool = False,
    ) -> QAction:
        action = QAction(text, self.widget)
        action.setObjectName(name)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if on_view
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (self.screen.view if on_view else self.widget).addAction(action)
        return action

    def build(self) -> None:
        screen = self.screen
        view, grouping, paste = screen.view, screen.grouping, screen.paste
        specs: list[tuple[str, str, object, Callable[[], None], bool]] = [
            (
                "boardDeleteAction",
                QCoreApplication.translate("BoardActions", "Delete notes"),
                QKeySequence.StandardKey.Delete,
                screen.delete_selected,
                True,
            ),
            (
                "boardEditAction",
                QCoreApplication.translate("BoardActions", "Edit note"),
                [QKeySequence("F2"), QKeySequence("Return"), QKeySequence("Enter")],
                screen.edit_selected,
                True,
            ),
            (
                "boardOutlineAction",
                QCoreApplication.translate("BoardActions", "Notes as a list"),
                "Ctrl+L",
                screen.toggle_outline,
                False,
            ),
            (
                "boardSelectAllAction",
                QCoreApplication.translate("BoardActions", "Select all notes"),
                QKeySequence.StandardKey.SelectAll,
                screen.scene.select_all_notes,
                True,
            ),
            (
                "boardGroupAction",
                QCoreApplication.translate("BoardActions", "Group notes"),
                "Ctrl+G",
                grouping.group_selected,
                False,
            ),
            (
                "boardUngroupAction",
                QCoreApplication.translate("BoardActions", "Ungroup"),
                "Ctrl+Shift+G",
                grouping.ungroup_selected,
                False,
            ),
            (
                "boardTidyAction",
                QCoreApplication.translate("BoardActions", "Tidy up"),
                "Ctrl+T",
                screen.tidy_up,
                False,
            ),
            (
                "boardFindAction",
                QCoreApplication.translate("BoardActions", "Find"),
                QKeySequence.StandardKey.Find,
                screen.finder.open,
                False,
            ),
            (
                "boardZoomFitAction",
                QCoreApplication.translate("BoardActions", "Fit board"),
                "Ctrl+0",
                view.fit_all,
                False,
            ),
            (
                "boardZoomInAction",
                QCoreApplication.translate("BoardActions", "Zoom in"),
                [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                view.zoom_in,
                False,
            ),
            (
                "boardZoomOutAction",
                QCoreApplication.translate("BoardActions", "Zoom out"),
                "Ctrl+-",
                view.zoom_out,
                False,
            ),
            (
                "boardCopyAction",
                QCoreApplication.translate("BoardActions", "Copy note text"),
                QKeySequence.StandardKey.Copy,
                paste.copy_selected,
                True,
            ),
            (
                "boardPasteAction",
                QCoreApplication.translate("BoardActions", "Paste as notes"),
                QKeySequence.StandardKey.Paste,
                paste.paste_on_board,
                True,
            ),
            (
                "boardMakeActionAction",
                QCoreApplication.translate("BoardActions", "Make action"),
                "Ctrl+Shift+T",
                grouping.make_action_from_selected,
                False,
            ),
        ]
        for name, text, keys, slot, on_view in specs:
            self.by_name[name] = self._action(
                name, text, keys, slot, on_view=on_view  # type: ignore[arg-type]
            )
        # Plain arrows move the current note (ui/board/keyboard.py); Ctrl+arrows nudge.
        for key, dx, dy in (("Left", -1, 0), ("Right", 1, 0), ("Up", 0, -1), ("Down", 0, 1)):
            for big, prefix in ((False, "Ctrl+"), (True, "Ctrl+Shift+")):
                step = b.NUDGE * (10 if big else 1)
                self._action(
                    f"boardNudge{prefix.replace('Ctrl+', '').rstrip('+')}{key}Action",
                    QCoreApplication.translate("BoardActions", "Nudge {direction}").format(
                        direction=QCoreApplication.translate("BoardActions", key.lower())
                    ),
                    prefix + key,
                    lambda _on=False, x=dx * step, y=dy * step: screen.nudge(x, y),
                    on_view=True,
                )
        for index, colour in enumerate(b.COLOURS):
            action = self._action(
                f"boardColour{index + 1}Action",
                QCoreApplication.translate("BoardActions", "Sticky colour {name}").format(
                    name=colour_name(colour.name)
                ),
                f"Alt+{index + 1}",
                lambda _on=False, i=index: screen.choose_colour(i),
            )
            self.colour_actions.append(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.context_menu)

    # ------------------------------------------------------------ right-click

    def context_menu(self, pos: QPoint) -> None:
        """Right-click: the same actions as the keys, for the notes under and around the mouse."""
        screen = self.screen
        view = screen.view
        for item in view.items(pos):
            if isinstance(item, NoteItem | ClusterItem) and not item.isSelected():
                screen.scene.clearSelection()
                item.setSelected(True)
                break
        menu = QMenu(self.widget)
        menu.setObjectName("boardContextMenu")
        for name in CONTEXT_ACTIONS:
            menu.addAction(self.by_name[name])
        colours = menu.addMenu(QCoreApplication.translate("BoardActions", "Colour"))
        for index, colour in enumerate(b.COLOURS):
            action = colours.addAction(
                colour_icon(colour.fill), f"{colour.name}\tAlt+{index + 1}",
            )
            action.triggered.connect(lambda _on=False, i=index: screen.recolour_selected(i))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("BoardActions", "Tidy up"), screen.tidy_up)
        view.setFocus()
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()
