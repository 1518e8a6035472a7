"""A labelled mixed-script corpus (one line per script, then mixed lines) and its handout.

Used by tests/test_every_script.py and the handout screenshot (tests/screenshots.py).
"""

from __future__ import annotations

from pathlib import Path

from workshop.domain.models import ActivityKind
from workshop.export.pdf import handout_bytes
from workshop.storage import read
from workshop.storage.document import Document
from workshop.storage.ops import agenda, board, details

#: One line per script, then mixed lines. (script, text, right to left?)
CORPUS: list[tuple[str, str, bool]] = [
    ("latin", "Zażółć gęślą jaźń — Ærøskøbing, Čeština, Tiếng Việt: Nguyễn Thị Ánh", False),
    ("greek", "Κοινός κήπος για όλη τη γειτονιά", False),
    ("cyrillic", "Тёплое место для соседей зимой", False),
    ("devanagari", "सामुदायिक बगीचा और पुस्तकालय", False),
    ("thai", "ศูนย์ชุมชนสำหรับผู้สูงอายุ", False),
    ("chinese", "我们需要一个社区花园", False),
    ("japanese", "地域の図書館で子ども食堂を開きたい", False),
    ("korean", "주말마다 열리는 동네 수리 카페", False),
    ("emoji", "Great idea 👍🏽 and 🎉 for 👨‍👩‍👧 ❤️ 🇵🇱", False),
    ("arabic", "نريد حديقة للأطفال في الحي", True),
    ("persian", "ما به یک کتابخانه محلی نیاز داریم", True),
    ("hebrew", "מרכז קהילתי פתוח בערבים", True),
    ("arabic-numbers-latin", "نريد حديقة بحلول 2027 مع COVID-19 وغيرها", True),
    ("hebrew-latin", "פגישה עם Anna ביום שלישי 14:30", True),
    ("mixed-ltr", "Polska/Україна/Ελλάδα: 中文 한국어 日本語 हिन्दी", False),
    ("latin-with-arabic", "We met جمعية الأمل on Tuesday", False),
]



def scripts_handout(folder: Path) -> Path:
    """Capture every corpus line as a note of a brainstorm and export the handout."""
    doc = Document.create(folder / "scripts.workshop")
    try:
        details.update_details(
            doc, title="Every language in the room — كل اللغات", facilitator="Ana Nowak"
        )
        agenda.add_activity(doc, ActivityKind.BRAINSTORM, "Ideas / أفكار / 想法", "What next?")
        brainstorm = next(a.id for a in read.activities(doc))
        for _script, text, _rtl in CORPUS:
            board.add_note(doc, brainstorm, text)
        path = folder / "handout.pdf"
        path.write_bytes(handout_bytes(doc))
    finally:
        doc.close()
    return path


def polish_handout(folder: Path) -> Path:
    """A Polish workshop from the Polish template, a few notes, exported as the handout."""
    from workshop.domain.roster import RosterEntry
    from workshop.domain.templates import load_templates
    from workshop.resources import templates_dir
    from workshop.storage.ops import participants

    doc = Document.create(folder / "polski.workshop")
    try:
        template = next(t for t in load_templates(templates_dir()) if t.language == "pl")
        agenda.apply_template(doc, template, title="Rada dzielnicy Śródmieście")
        details.update_details(
            doc, date="2026-11-27", venue="Dom Kultury „Zorza”", facilitator="Zofia Wójcik",
            start_time="09:30",
        )
        participants.add_participants(
            doc, [RosterEntry("Łukasz Żak", "Fundacja Ogród"), RosterEntry("Anna Nowak", "")]
        )
        brainstorm = next(
            a.id for a in read.activities(doc) if a.kind is ActivityKind.BRAINSTORM
        )
        for text in ("Więcej zieleni na podwórkach", "Kawiarenka naprawcza w soboty"):
            board.add_note(doc, brainstorm, text)
        path = folder / "polski.pdf"
        path.write_bytes(handout_bytes(doc))
    finally:
        doc.close()
    return path
