"""File › Share a copy…: an anonymised copy of the open workshop for the partnership.

The facilitator's own file is untouched and stays open; the copy leaves out who
wrote anonymous contributions and how each person voted in secret
(:mod:`workshop.storage.anonymise`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.domain.errors import WorkshopError
from workshop.storage.anonymise import has_secret_ballots, share_copy
from workshop.storage.document import Document
from workshop.ui.dialogs import Answer, choose
from workshop.ui.file_dialogs import FileQuestions
from workshop.ui.words import error_text

#: Asked only when a secret ballot has been cast: keep who has voted? None cancels.
AskKeepVoters = Callable[[QWidget | None], bool | None]


def ask_keep_voters(parent: QWidget | None) -> bool | None:
    answer = choose(
        parent,
        QCoreApplication.translate("Share", "Share a copy"),
        QCoreApplication.translate(
            "Share",
            "The copy shows each secret vote as totals per item, not who put which dots.\n\n"
            "Keep the list of who has voted (without their choices)?",
        ),
        [Answer.Yes, Answer.No, Answer.Cancel],
        default=1,
    )
    return None if answer in (None, 2) else answer == 0


def share_a_copy(
    parent: QWidget, doc: Document, ask: FileQuestions, keep_voters: AskKeepVoters
) -> Path | None:
    """Ask where, write the anonymised copy, say what was left out; the path or None."""
    suggested = f"{doc.path.stem} (shared){doc.path.suffix or '.workshop'}"
    target = ask.save_path(
        parent, QCoreApplication.translate("Share", "Share an anonymised copy"), suggested
    )
    if target is None:
        return None
    if target.resolve() == doc.path.resolve():
        ask.inform(
            parent,
            QCoreApplication.translate(
                "Share", "The shared copy needs another name than the workshop itself."
            ),
        )
        return None
    keep = False
    if has_secret_ballots(doc.conn):
        answer = keep_voters(parent)
        if answer is None:
            return None
        keep = answer
    try:
        share_copy(doc.conn, target, keep_voters=keep, force=target.exists())
    except WorkshopError as exc:
        ask.inform(parent, error_text(exc))
        return None
    ask.inform(
        parent,
        (
            QCoreApplication.translate(
                "Share",
                "Wrote an anonymised copy to “{name}”: no authors on anonymous notes, "
                "statements and answers; secret votes as totals per item (with who has voted).",
            )
            if keep
            else QCoreApplication.translate(
                "Share",
                "Wrote an anonymised copy to “{name}”: no authors on anonymous notes, "
                "statements and answers; secret votes as totals per item.",
            )
        ).format(name=target.name),
    )
    return target

