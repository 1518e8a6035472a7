"""Keep the UI's translations in step with the sources: lupdate, lrelease, pseudo-translation.

Run ``python -m workshop.ui.i18n_tools update`` after changing UI strings (or
``packaging/update-translations.sh``): it refreshes ``resources/translations/workshop_<lang>.ts``
from ``src/workshop/ui``, ``src/workshop/kinds`` and the Designer forms ``ui/*.ui`` (no line
numbers, obsolete entries dropped, so the files merge cleanly) and compiles each to ``.qm``.
``pseudo OUT.qm`` writes the test pseudo-translation (never shipped): every text 40 % longer
and in [brackets], placeholders and mnemonics kept, so a string left untranslated or clipped
shows at a glance.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import PySide6

from workshop.resources import forms_dir
from workshop.ui.language import SOURCE, UI_LANGUAGES, translations_dir

_PACKAGE = Path(__file__).resolve().parents[1]
#: Placeholders that must survive translation: %n, %1, {name}.
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]*\}")
#: How much longer the pseudo-translation makes every text (German runs ~30–40 % longer).
PSEUDO_GROWTH = 0.4


def sources() -> list[Path]:
    """Every file lupdate reads: the UI package, the kinds' labels and the Designer forms."""
    python = sorted((_PACKAGE / "ui").rglob("*.py")) + sorted((_PACKAGE / "kinds").glob("*.py"))
    return [p for p in python if p.name != "i18n_tools.py"] + sorted(forms_dir().glob("*.ui"))


def shipped() -> list[str]:
    return [language.code for language in UI_LANGUAGES if language.code != SOURCE]


def ts_path(code: str) -> Path:
    return translations_dir() / f"workshop_{code}.ts"


def _tool(name: str) -> str:
    """The Qt tool shipped in the PySide6 wheel (``lupdate``, ``lrelease``)."""
    return str(Path(PySide6.__file__).parent / name)


def lupdate(ts_files: Iterable[Path], *, language: str | None = None) -> None:
    ts = [str(p) for p in ts_files]
    extra = ["-target-language", language] if language else []
    subprocess.run(
        [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "en", *extra, *map(str, sources()), "-ts", *ts],
        check=True,
    )


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    out = qm or ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    return out


def update() -> list[Path]:
    """Refresh every shipped ``.ts`` from the sources and compile it."""
    translations_dir().mkdir(parents=True, exist_ok=True)
    written = []
    for code in shipped():
        ts = ts_path(code)
        lupdate([ts], language=code)
        written.append(lrelease(ts))
    return written


def messages(ts: Path) -> set[tuple[str, str]]:
    """The (context, source text) pairs a ``.ts`` file holds."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def pseudo_text(text: str) -> str:
    """``"&Open…"`` → ``"[&Open…·····]"``: 40 % longer, bracketed, placeholders kept."""
    pad = max(1, round(len(PLACEHOLDER.sub("", text)) * PSEUDO_GROWTH))
    lines = text.split("\n")
    # Each line grows (a wrapped label grows on every line), the whole sits in brackets.
    per_line = max(1, pad // len(lines))
    grown = "\n".join(line + "·" * per_line if line else line for line in lines)
    return f"[{grown}]"


def pseudo(out_qm: Path) -> Path:
    """Write the pseudo-translation of the current sources to ``out_qm`` (for tests)."""
    with tempfile.TemporaryDirectory() as work:
        ts = Path(work) / "workshop_pseudo.ts"
        lupdate([ts], language="en_GB")
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = pseudo_text(source)
            else:
                translation.text = pseudo_text(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        return lrelease(ts, out_qm)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for path in update():
            print(path)
        return 0
    if len(argv) == 2 and argv[0] == "pseudo":
        print(pseudo(Path(argv[1])))
        return 0
    print("usage: python -m workshop.ui.i18n_tools update | pseudo OUT.qm", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
