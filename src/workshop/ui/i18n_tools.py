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
    """The translations a translator completes (English, the source, has only its plurals)."""
    return [language.code for language in UI_LANGUAGES if language.code != SOURCE]


def compiled() -> list[str]:
    """Every ``.ts`` kept and compiled: the source language's plural forms, and the rest."""
    return [SOURCE, *shipped()]


def ts_path(code: str) -> Path:
    return translations_dir() / f"workshop_{code}.ts"


def _tool(name: str) -> str:
    """The Qt tool shipped in the PySide6 wheel (``lupdate``, ``lrelease``)."""
    return str(Path(PySide6.__file__).parent / name)


#: Plural forms per language, as Qt counts them (pl: 1, 2–4, 5+; ar: six).
PLURAL_FORMS = {"en": 2, "en_GB": 2, "pl": 3, "es": 2, "ar": 6}


def extract() -> list[tuple[str, str, bool]]:
    """(context, source, is plural) for every string in the sources, in lupdate's order.

    lupdate's Python parser marks a plural only when the count is a literal number; in our
    code every text with ``%n`` is a plural (the convention), so that is what decides it.
    """
    with tempfile.TemporaryDirectory() as work:
        ts = Path(work) / "extract.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "en",
                *map(str, sources()),
                "-ts",
                str(ts),
            ],
            check=True,
        )
        root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", source, "%n" in source)
        for context in root.iter("context")
        for message in context.iter("message")
        for source in [message.findtext("source") or ""]
    ]


def _new_message(source: str, plural: bool, code: str) -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "source").text = source
    translation = ET.SubElement(message, "translation", type="unfinished")
    if plural:
        message.set("numerus", "yes")
        for _ in range(PLURAL_FORMS.get(code, 2)):
            ET.SubElement(translation, "numerusform")
    return message


def lupdate(ts: Path, code: str) -> None:
    """Bring ``ts`` in step with the sources: translations kept by (context, source), new
    strings added unfinished, strings gone from the sources dropped; no line numbers.

    Merged here rather than by lupdate, which drops the plural forms of a message its
    Python parser did not see as a plural.
    """
    kept: dict[tuple[str, str], ET.Element] = {}
    if ts.exists():
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                kept[(context.findtext("name") or "", message.findtext("source") or "")] = message
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for name, source, plural in extract():
        if code == SOURCE and not plural:
            continue  # English needs only its plural forms
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = kept.get((name, source)) or _new_message(source, plural, code)
        for location in message.findall("location"):
            message.remove(location)
        contexts[name].append(message)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', "utf-8")


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    out = qm or ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    return out


SENTENCES = _PACKAGE / "ui" / "sentences.py"


def sentences_source() -> str:
    """``ui/sentences.py`` as it should read: every error template and undo name of the
    Qt-free layers (``workshop.ui.sentence_scan``) marked for lupdate."""
    from workshop.ui.sentence_scan import scan

    found = scan()

    def listed(name: str, context: str, texts: list[str]) -> str:
        rows = "".join(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),\n" for text in texts)
        return f"{name} = (\n{rows})\n"

    return (
        '"""The sentences the Qt-free layers hand to the UI, marked for lupdate.\n\n'
        "Written by ``python -m workshop.ui.i18n_tools update`` from the sources\n"
        "(``workshop.ui.sentence_scan``); do not edit. ``tests/test_sentences.py`` fails\n"
        'when it is out of date.\n"""\n\n'
        "# ruff: noqa: E501\n"
        "from workshop.ui.tr import QT_TRANSLATE_NOOP\n\n"
        "#: Error templates (``WorkshopError``), shown by ``workshop.ui.words.error_text``.\n"
        + listed("ERRORS", "errors", found.errors)
        + "#: Undo steps' names (``Document.edit``), shown by ``workshop.ui.words.undo_text``.\n"
        + listed("UNDO", "undo", found.undo)
    )


def update() -> list[Path]:
    """Refresh ``ui/sentences.py`` and every shipped ``.ts`` from the sources; compile."""
    source = sentences_source()
    if not SENTENCES.exists() or SENTENCES.read_text(encoding="utf-8") != source:
        SENTENCES.write_text(source, encoding="utf-8")
    translations_dir().mkdir(parents=True, exist_ok=True)
    written = []
    for code in compiled():
        ts = ts_path(code)
        lupdate(ts, code)
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
        lupdate(ts, "en_GB")
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _ in range(PLURAL_FORMS["en_GB"]):
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
