"""``workshop room``: what the room sees, as files — PNG pictures page by page and room.json.

For people who could not see the screen (room.json is the alt text: every item's
text as shown), for sending the board afterwards, and for tests. The pictures are
the audience window itself, rendered offscreen at the asked size, for one activity
or every activity in agenda order, each turned page by page.

Everything the user can get wrong (the size, the activity, the output folder, the
file) is checked before Qt is loaded or anything is written; the file is only read.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from workshop.domain import room
from workshop.domain.errors import WorkshopError
from workshop.export.atomic import atomic_output, check_folder
from workshop.storage import read
from workshop.storage.document import Document

SIZE_MIN = (320, 240)
SIZE_MAX = (7680, 4320)
DEFAULT_SIZE = (1920, 1080)
JSON_NAME = "room.json"


def parse_size(text: str) -> tuple[int, int]:
    """"1920x1080" → (1920, 1080), refused with a sentence when it is not a screen size."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        raise WorkshopError(
            "--size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080 (not “{text}”).", text=text
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not (SIZE_MIN[0] <= width <= SIZE_MAX[0] and SIZE_MIN[1] <= height <= SIZE_MAX[1]):
        raise WorkshopError(
            "--size {width}x{height} is not a screen size: between "
            "{min_width}x{min_height} and {max_width}x{max_height}.",
            width=width,
            height=height,
            min_width=SIZE_MIN[0],
            min_height=SIZE_MIN[1],
            max_width=SIZE_MAX[0],
            max_height=SIZE_MAX[1],
        )
    return width, height


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise WorkshopError("--out “{out}” is a file, not a folder.", out=out)
    if not out.exists():
        check_folder(out.parent if str(out.parent) else Path("."))
        try:
            out.mkdir()
        except OSError as exc:
            raise WorkshopError(
                "Cannot make the folder “{out}”: {strerror}.",
                out=out, strerror=exc.strerror,
            ) from exc
    check_folder(out)


def room_command(path: Path, activity_id: int | None, size_text: str, out: Path) -> int:
    size = parse_size(size_text)
    doc = Document.open(path, read_only=True, require_current=False)
    try:
        activities = read.activities(doc)
        if activity_id is not None and all(a.id != activity_id for a in activities):
            known = ", ".join(f"{a.id} ({a.title})" for a in activities[:8]) or "none"
            raise WorkshopError(
                "There is no activity {activity_id} in “{name}”. Activities: {known}.",
                activity_id=activity_id, name=path.name, known=known,
            )
        _prepare_out(out)
        chosen = [a.id for a in activities if activity_id in (None, a.id)]
        pages = write_room(doc, chosen, size, out)
    finally:
        doc.close()
    print(f"Wrote {len(pages)} {'picture' if len(pages) == 1 else 'pictures'} and "
          f"{JSON_NAME} to {out}")
    return 0


def write_room(
    doc: Document, activity_ids: list[int], size: tuple[int, int], out: Path
) -> list[dict[str, Any]]:
    """Render every page of each activity into ``out``; write room.json; return its pages."""
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("WORKSHOP_ROOM_QPA", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workshop.ui.projector.audience import AudienceWindow
    from workshop.ui.projector.state import PresentationState
    from workshop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)  # as in the app: the projector must look as it does under its theme
    window = AudienceWindow()
    window.resize(*size)
    window.set_document(doc)
    pages: list[dict[str, Any]] = []
    try:
        targets: list[int | None] = list(activity_ids) or [None]  # no activity: the title
        for number, activity_id in enumerate(targets, start=1):
            window.set_state(PresentationState(activity_id=activity_id))
            window.show()
            _settle(app)
            view = window.view
            count = view.page_count() if view is not None else 1
            for page in range(count):
                if view is not None and count > 1:
                    view.show_page(page)
                    _settle(app)
                kind = view.objectName().removeprefix("audience").lower() if view else "room"
                name = f"{number:02d}-{kind}-{activity_id}-p{page + 1}.png"
                picture = window.grab()
                with atomic_output(out / name, force=True) as temporary:
                    if not picture.save(str(temporary), "PNG"):
                        raise WorkshopError(
                            "Could not write the picture “{value}”.",
                            value=out / name,
                        )
                items = [item.to_json() for item in window.room_items()]
                pages.append({"activity": activity_id, "image": name, "items": items})
    finally:
        window.close()
        window.deleteLater()
    document = room.room_json(size, pages)
    with atomic_output(out / JSON_NAME, force=True) as temporary:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return pages


def _settle(app: Any) -> None:
    """Let layouts that refit their type run to the end, as the event loop would."""
    for _ in range(5):
        app.processEvents()
