"""The Qt-free layers' sentences (errors, undo steps) reach translators and keep their fields.

- every error template and undo name in the sources is listed in ``ui/sentences.py`` (so
  lupdate puts it in the ``.ts`` files), and none is assembled in code (an f-string, ``+``,
  ``.format``), which no translation could follow;
- every operation's undo step (``helpers.every_op``) names itself with a listed template;
- every translation keeps exactly its source's ``{fields}``;
- the English sentence (``str(err)``, the command line and the logs) is the filled template.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers.every_op import CASES, operations
from workshop.catalogue import sentences
from workshop.domain.errors import Number, ValidationError, Word
from workshop.phones.strings import error_sentence
from workshop.storage.changes import Label, counted
from workshop.storage.document import Document
from workshop.ui import i18n_tools, sentence_scan
from workshop.ui.sentences import ERRORS, UNDO

FIELD = re.compile(r"\{[a-z_]*\}")


def test_the_list_for_lupdate_is_up_to_date() -> None:
    assert i18n_tools.SENTENCES.read_text(encoding="utf-8") == i18n_tools.sentences_source(), (
        "run sh packaging/update-translations.sh (it rewrites src/workshop/ui/sentences.py)"
    )


def test_no_sentence_is_assembled_in_code() -> None:
    assert sentence_scan.scan().problems == []


def test_the_scan_sees_what_a_template_cannot_follow(tmp_path) -> None:
    package = tmp_path / "workshop"
    package.mkdir()
    (package / "ops.py").write_text(
        "class WorkshopError(Exception): ...\n"
        "class ValidationError(WorkshopError): ...\n"
        "def check(name, what):\n"
        "    if not name:\n"
        "        raise ValidationError('{what} cannot be empty.', what=Word(what))\n"
        "    raise ValidationError(f'{name} has voted.')\n"
        "def op(doc, n):\n"
        "    check('', 'The title')\n"
        "    with doc.edit('Step ' + str(n)):\n"
        "        pass\n"
        "    with doc.edit(Label('Add “{text}”', text='x') if n else 'Remove'):\n"
        "        pass\n",
        encoding="utf-8",
    )
    found = sentence_scan.scan(package)
    assert set(found.errors) == {"{what} cannot be empty.", "The title"}
    assert set(found.undo) == {"Remove", "Add “{text}”"}
    assert [p.split(": ", 1)[1] for p in found.problems] == [
        "the error is built in code; write a template with named fields instead",
        "the undo step is built in code; write a template with named fields instead",
    ]


def test_an_error_keeps_its_english_sentence_and_its_template() -> None:
    err = ValidationError("{name} has already voted in this budget.", name="Zoë")
    assert str(err) == "Zoë has already voted in this budget."
    assert err.template == "{name} has already voted in this budget."
    assert err.fields == {"name": "Zoë"}
    inner = ValidationError("{what} cannot be empty.", what=Word("The title"))
    outer = ValidationError("Line {number}: {exc}", number=3, exc=inner)
    assert str(outer) == "Line 3: The title cannot be empty."
    polish = {
        "Line {number}: {exc}": "Wiersz {number}: {exc}",
        "{what} cannot be empty.": "{what} nie może być pusty.",
        "The title": "Tytuł",
    }
    assert outer.told(lambda _c, t: polish.get(t, t)) == "Wiersz 3: Tytuł nie może być pusty."
    # A translation that lost a field falls back to the English sentence, never a KeyError.
    assert err.told(lambda _c, t: "Już głosował.") == "Już głosował."
    assert err.told(lambda _c, t: "{nobody} już głosował.") == str(err)


def test_a_count_is_written_as_the_readers_language_writes_it() -> None:
    err = ValidationError("{count} characters; at most {limit}.", count=Number(2001),
                          limit=Number(2000))
    assert str(err) == "2,001 characters; at most 2,000."
    assert err.told(lambda _c, t: t, lambda n: f"{n:_}") == "2_001 characters; at most 2_000."
    assert error_sentence(err, "pl") == "2\u00a0001 characters; at most 2\u00a0000."


def test_a_label_is_its_english_sentence() -> None:
    label = Label("Add note “{text}”", text="Drzewa")
    assert label == "Add note “Drzewa”" and label.template == "Add note “{text}”"
    assert counted(1, "Delete note", "Delete {count} notes") == "Delete note"
    assert counted(3, "Delete note", "Delete {count} notes") == "Delete 3 notes"


@pytest.mark.parametrize("name", sorted(operations()))
def test_every_operation_names_its_undo_step_with_a_listed_template(
    name: str, demo_copy: Document
) -> None:
    change = CASES[name](demo_copy)()
    label = change.label
    template = label.template if isinstance(label, Label) else label
    assert template in UNDO, f"{name}: the undo step {label!r} is not in ui/sentences.py"


def _messages(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every text of a ``.ts`` (each plural form)."""
    root = ET.parse(i18n_tools.ts_path(code)).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = list(translation) if message.get("numerus") == "yes" else [translation]
            found += [
                (context.findtext("name") or "", message.findtext("source") or "", form.text)
                for form in forms
                if form.text and form.text.strip()
            ]
    return found


@pytest.mark.parametrize("code", i18n_tools.shipped())
def test_every_translation_keeps_exactly_the_fields_of_its_source(code: str) -> None:
    wrong = [
        (context, source, translation)
        for context, source, translation in _messages(code)
        if translation and sorted(FIELD.findall(source)) != sorted(FIELD.findall(translation))
    ]
    assert wrong == []


@pytest.mark.parametrize("code", i18n_tools.shipped())
def test_every_sentence_is_translated(code: str) -> None:
    known = sentences(code)
    missing = [t for t in ERRORS if ("errors", t) not in known]
    missing += [t for t in UNDO if ("undo", t) not in known]
    assert missing == []


def test_a_phone_reads_the_workshops_language_from_the_same_translations() -> None:
    err = ValidationError("{name} has already voted in this budget.", name="Zoë")
    assert error_sentence(err, "pl") == "Zoë już głosował(a) w tym budżecie."
    assert error_sentence(err, "en") == str(err)
    assert error_sentence(err, "cy") == str(err)  # no translation: English


def _shown_raw(path: Path) -> list[str]:
    """Where a caught error is turned into text other than by ``error_text``: ``str(exc)``,
    an f-string or a ``.format(…=exc)`` inside its ``except … as exc`` block."""
    found = []
    for handler in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(handler, ast.ExceptHandler) or handler.name is None:
            continue
        name = handler.name
        for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
            raw = (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("str", "repr") and _names(node.args, name)
            ) or (
                isinstance(node, ast.FormattedValue) and _names([node.value], name)
            ) or (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and _names([k.value for k in node.keywords], name)
            )
            if raw:
                found.append(f"{path.name}:{node.lineno}")
    return found


def _names(nodes: list[ast.expr], name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in nodes)


def test_the_ui_shows_every_caught_error_through_error_text() -> None:
    ui = Path(sentence_scan.__file__).parent
    # The crash dialog shows a bug's own text (it is reported, not translated).
    modules = [p for p in sorted(ui.rglob("*.py")) if p.name not in ("crash.py",)]
    assert [where for path in modules for where in _shown_raw(path)] == []
