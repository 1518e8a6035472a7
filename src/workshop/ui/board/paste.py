"""Text into and out of the board: pasted or dropped lines become notes, Ctrl+C copies notes.

Split from :class:`~workshop.ui.board.screen.BoardScreen`. Every door applies the
note's own limits before anything is written: several lines are added (after
asking) as one undo step; an over-long line or a file that is not plain text is
refused with a sentence, and nothing is added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from workshop.domain import board as b
from workshop.storage.ops import board as ops
from workshop.ui.board.capture import CaptureRow
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.view import BoardView
from workshop.ui.dialogs import confirm
from workshop.ui.screens.base import ScreenContext
from workshop.ui.words import error_text

#: A dropped file larger than this is refused (a text file of ideas is far smaller).
DROP_FILE_MAX = 1_000_000


def confirm_add_notes(parent: QWidget, question: str) -> bool:
    """The real question before many lines become notes (tests answer their own)."""
    return confirm(parent, QCoreApplication.translate("PasteHost", "Add notes"), question)


class PasteHost(Protocol):
    """What paste and drop need of the board screen (named here, so this module does not
    import the screen that uses it)."""

    ctx: ScreenContext
    activity_id: int
    scene: BoardScene
    view: BoardView
    capture: CaptureRow
    confirm: Callable[[str], bool]

    def report(self, message: str) -> None: ...


class BoardPaste(QObject):
    """Paste, drop and copy on the board and in its capture box."""

    def __init__(self, screen: PasteHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.screen = screen

    def report_unknown_author(self) -> None:
        screen = self.screen
        screen.report(
            QCoreApplication.translate(
                "BoardPaste",
                "Nobody called “{name}” is on the participant list. Pick a name as you type, "
                "or clear the author box for an anonymous note.",
            ).format(name=screen.capture.author.text().strip())
        )

    def offer_text(self, text: str) -> bool:
        """Handle a paste or text drop: several lines become notes (after asking); one
        over-long text is refused. Returns False to let a short single line paste normally."""
        lines = b.split_lines(text)
        if len(lines) <= 1:
            capture = self.screen.capture.text
            existing = len(capture.text()) - len(capture.selectedText())
            length = len(text.strip()) + existing
            if length > b.NOTE_TEXT_MAX:
                self.screen.report(
                    QCoreApplication.translate(
                        "BoardPaste",
                        "That text is {length} characters long; a note holds at most {most}. "
                        "Nothing was pasted: shorten it, or put each idea on its own line to add "
                        "one note per line.",
                    ).format(length=f"{length:,}", most=f"{b.NOTE_TEXT_MAX:,}")
                )
                return True
            return False
        self._add_lines(lines, QCoreApplication.translate("BoardPaste", "the pasted text"))
        return True

    def offer_files(self, paths: list[str]) -> None:
        """A dropped text file: one note per line, after asking."""
        report = self.screen.report
        lines: list[str] = []
        for name in paths:
            path = Path(name)
            try:
                if not path.is_file():
                    raise ValueError(
                        QCoreApplication.translate("BoardPaste", "“{name}” is not a file.").format(
                            name=path.name
                        )
                    )
                if path.stat().st_size > DROP_FILE_MAX:
                    raise ValueError(
                        QCoreApplication.translate(
                            "BoardPaste",
                            "“{name}” is larger than 1 MB; drop a plain text file of ideas, "
                            "one per line.",
                        ).format(name=path.name)
                    )
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                report(
                    QCoreApplication.translate(
                        "BoardPaste",
                        "“{name}” is not a plain text file (UTF-8); nothing was added.",
                    ).format(name=path.name)
                )
                return
            except (OSError, ValueError) as exc:
                reason = error_text(exc)
                report(
                    QCoreApplication.translate(
                        "BoardPaste", "Could not read “{name}”: {reason}"
                    ).format(name=path.name, reason=reason)
                )
                return
            lines.extend(b.split_lines(text))
        if not lines:
            report(QCoreApplication.translate("BoardPaste", "The dropped file has no text to add."))
            return
        self._add_lines(
            lines,
            QCoreApplication.translate("BoardPaste", "the dropped file")
            if len(paths) == 1
            else QCoreApplication.translate("BoardPaste", "the dropped files"),
        )

    def _add_lines(self, lines: list[str], source: str) -> None:
        screen = self.screen
        known, author_id = screen.capture.resolve_author()
        if not known:
            self.report_unknown_author()
            return
        longest = max(len(line) for line in lines)
        if longest > b.NOTE_TEXT_MAX:
            number = next(i for i, line in enumerate(lines, 1) if len(line) > b.NOTE_TEXT_MAX)
            screen.report(
                QCoreApplication.translate(
                    "BoardPaste",
                    "Line {number} of {source} is {length} characters long; a note holds at "
                    "most {most}. Nothing was added.",
                ).format(
                    number=number, source=source, length=f"{longest:,}",
                    most=f"{b.NOTE_TEXT_MAX:,}",
                )
            )
            return
        count = len(lines)
        question = QCoreApplication.translate(
            "BoardPaste", "Add %n note(s), one for each line of {source}?", None, count
        ).format(source=source)
        if not screen.confirm(question):
            return
        change = screen.ctx.runner.run(
            ops.add_notes,
            screen.activity_id,
            lines,
            author_id=author_id,
            colour=screen.capture.colour(),
        )
        if change is not None:
            inserted = change.inserted("notes")
            if inserted:
                screen.view.reveal_note(inserted[-1])

    def copy_selected(self) -> None:
        """Ctrl+C on the board: the selected notes' text, one per line (reading order)."""
        scene = self.screen.scene
        notes = [scene.notes[i].note for i in scene.selected_note_ids()]
        notes.sort(key=lambda n: (n.y, n.x, n.id))
        if notes:
            QGuiApplication.clipboard().setText("\n".join(n.text for n in notes))

    def paste_on_board(self) -> None:
        """Ctrl+V on the board: several lines become notes (after asking); one line goes into
        the capture box, ready to be checked and added with Enter."""
        text = QGuiApplication.clipboard().text()
        if not text.strip() or self.offer_text(text):
            return
        self.screen.capture.text.setText(" ".join(text.split()))
        self.screen.capture.focus_text()
