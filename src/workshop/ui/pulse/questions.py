"""What the pulse screen asks the facilitator, as replaceable functions (tests answer them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from workshop.ui.dialogs import Answer, confirm
from workshop.ui.tr import translate

#: Asks for a round's name (None to cancel); tests replace it.
AskLabel = Callable[[QWidget | None, str], str | None]
#: Asks for a statement's new wording (None to cancel); tests replace it.
AskText = Callable[[QWidget | None, str], str | None]
#: Asks whether a line of counts typed as a statement is the tally (True) — tests replace it.
AskTally = Callable[[QWidget | None, str], bool]


def ask_statement_text(parent: QWidget | None, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("PulseScreen", "Edit statement"), translate("PulseScreen", "Statement:"),
        QLineEdit.EchoMode.Normal, current
    )
    return text if ok else None


def ask_counts_are_tally(parent: QWidget | None, question: str) -> bool:
    # No is not Cancel here: the line is then added as a statement.
    return confirm(
        parent, translate("PulseScreen", "Record the tally?"), question, refuse_label=Answer.No
    )


def looks_like_counts(text: str) -> bool:
    """A line of numbers only ("0 1 2 5 4 1"): the show of hands, not a statement."""
    parts = text.replace(",", " ").replace(";", " ").split()
    return len(parts) >= 2 and all(part.isdigit() for part in parts)


def ask_round_label(parent: QWidget | None, suggestion: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent, translate("PulseScreen", "Ask again"),
        translate("PulseScreen", "Name of the new round (e.g. Check-out):"),
        QLineEdit.EchoMode.Normal, suggestion,
    )
    return text if ok else None
