"""The word data and purpose analyses load on a thread after a workshop opens (issue 20).

The first purpose or offers/asks screen then opens without decoding a dictionary; a
screen opened before the thread is done waits for it instead of loading a second copy.
"""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from workshop.domain import purpose_words
from workshop.domain.models import ActivityKind
from workshop.domain.purpose_words import lemmatiser, load_language, warm_up
from workshop.storage import read, read_purpose
from workshop.storage.document import Document


def test_a_first_use_during_the_warm_up_waits_for_it_and_gets_the_same_lemmas() -> None:
    thread = warm_up(["german", "french"])
    # The main thread asks at once: it waits for the loading lock, never loads twice.
    assert lemmatiser("german")("Gemeinschaften") == "gemeinschaft"
    assert lemmatiser("french")("communautés") == "communauté"
    if thread is not None:
        thread.join(timeout=30)
        assert not thread.is_alive()
    assert {"german", "french"} <= purpose_words._LOADED
    assert warm_up(["german", "french"]) is None  # nothing left to do


def test_loading_from_many_threads_at_once_is_safe() -> None:
    errors: list[BaseException] = []

    def load() -> None:
        try:
            load_language("dutch")
            assert lemmatiser("dutch")("gemeenschappen")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []


def test_the_workshops_languages_and_analyses_are_warmed(demo_doc: Document) -> None:
    purposes = [a.id for a in read.activities(demo_doc) if a.kind is ActivityKind.PURPOSE_BLEND]
    assert purposes
    assert "english" in read_purpose.analysis_languages(demo_doc)
    read_purpose._analysis.cache_clear()
    thread = warm_up(read_purpose.analysis_languages(demo_doc),
                     read_purpose.pending_analyses(demo_doc))
    assert thread is not None
    thread.join(timeout=30)
    before = read_purpose._analysis.cache_info()
    analysis = read_purpose.analysis(demo_doc, purposes[0])
    after = read_purpose._analysis.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)  # computed already
    assert analysis.themes


def test_opening_a_workshop_starts_the_warm_up_after_the_first_paint(
    qtbot: QtBot, data_dir: object, monkeypatch: object
) -> None:
    from helpers.windows import main_window
    from workshop.ui.file_dialogs import FileQuestions

    started: list[tuple[list[str], int]] = []
    real = purpose_words.warm_up

    def spy(languages, then=()):  # type: ignore[no-untyped-def]
        languages, then = list(languages), list(then)
        started.append((languages, len(then)))
        return real(languages, then)

    monkeypatch.setattr(purpose_words, "warm_up", spy)  # type: ignore[attr-defined]
    never = FileQuestions(
        open_path=lambda _p: None,
        save_path=lambda _p, _t, _s: None,
        new_workshop=lambda _p, _t: None,
        inform=lambda _p, _text: None,
        choose_backup=lambda _p, _text, _b: None,
    )
    window = main_window(data_dir, never)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    assert window.open_demo()
    assert started == []  # not before the window has painted the workshop
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    languages, analyses = started[0]
    assert "english" in languages and analyses >= 1
    window.close()
