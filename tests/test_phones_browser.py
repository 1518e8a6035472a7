"""The phone page in a real browser (headless Chromium at 390×844) against the real app.

One room, in order: join by the URL the projector's QR code encodes, write a note (it
reaches the laptop's board and the audience window), follow the live activity to the
vote (cast a ballot: the laptop sees "voted", never the choices), then to the pulse
check; markup-like text stays literal everywhere; 403 without the token, 413, 429;
and a new join code refuses the open page at once.

Selenium blocks, and the Qt thread must keep serving the phone (it is the one writer),
so every browser step runs on a worker thread while the test waits with qtbot.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from helpers.browser import PHONE, phone_browser
from helpers.phones_app import beside_qt, laptop, make_live, switch_on
from workshop.demo import write_demo
from workshop.domain.models import ActivityKind
from workshop.phones.qr import qr_matrix
from workshop.storage import read, read_board, read_pulse, read_votes
from workshop.storage.document import Document
from workshop.storage.ops import participants, voting
from workshop.ui.main_window import MainWindow

MARKUP_NAME = "<b>Zoë</b> & <i>Ana</i>"
MARKUP_NOTE = "<script>alert('x')</script> Bänke & <b>Schatten</b>"
SHOTS = os.environ.get("WORKSHOP_PHONE_SCREENSHOTS")

pytestmark = pytest.mark.slow


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as executor:
        yield executor


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    driver = phone_browser(tmp_path / "profile")
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        participants.add_participant(doc, MARKUP_NAME, "Kiez & Co")
    win = laptop(qtbot, data_dir, path)
    yield win
    win.close()


class Room:
    def __init__(self, qtbot: QtBot, win: MainWindow, pool: ThreadPoolExecutor,
                 browser: WebDriver) -> None:
        self.qtbot, self.win, self.pool, self.browser = qtbot, win, pool, browser

    @property
    def doc(self) -> Document:
        assert self.win.ctx is not None
        return self.win.ctx.doc

    def phone(self, step: Callable[[WebDriver], Any]) -> Any:
        """One browser step on a worker thread; the Qt thread serves it meanwhile."""
        return beside_qt(self.qtbot, self.pool, lambda: step(self.browser))

    def wait_for(self, css: str, text: str | None = None) -> Callable[[WebDriver], Any]:
        def step(b: WebDriver) -> Any:
            def found(d: WebDriver) -> Any:
                els = d.find_elements(By.CSS_SELECTOR, css)
                if not els:
                    return False
                return els[0] if text is None or text in els[0].text else False

            # The page rebuilds itself when the live activity changes: an element may go.
            wait = WebDriverWait(b, 20, poll_frequency=0.1,
                                 ignored_exceptions=(StaleElementReferenceException,))
            return wait.until(found)

        return step

    def live(self, kind: ActivityKind) -> int:
        activity_id = make_live(self.win, kind)
        panel = self.win.phones.panel
        if not panel.open_live.isChecked():
            panel.open_live.click()
        assert panel.open_live.isChecked()
        return activity_id

    def shot(self, name: str) -> None:
        if SHOTS:
            self.phone(lambda b: b.save_screenshot(str(Path(SHOTS) / f"{name}.png")))


def test_a_room_on_phones(
    qtbot: QtBot, window: MainWindow, pool: ThreadPoolExecutor, browser: WebDriver
) -> None:
    room = Room(qtbot, window, pool, browser)
    wiring = window.phones
    switch_on(qtbot, window)
    board = room.live(ActivityKind.BRAINSTORM)
    controller = window.projector.controller
    controller.open()
    qtbot.waitUntil(lambda: controller.window.isVisible())

    # The URL the projector's QR code encodes (the card paints segno's modules of it).
    card = wiring.card
    assert card is not None and card.isVisible()
    url = card.url
    assert card._modules == qr_matrix(url) and url.startswith("http://127.0.0.1:")
    assert card.code in url
    if SHOTS:
        qtbot.wait(200)
        controller.window.grab().save(str(Path(SHOTS) / "projector-join.png"))

    # Join: pick your name from the list; markup in a name stays literal.
    room.phone(lambda b: b.get(url))
    room.phone(room.wait_for("#people button"))
    size = room.phone(lambda b: b.execute_script("return [innerWidth, innerHeight]"))
    assert size == list(PHONE)
    names = room.phone(
        lambda b: [e.text for e in b.find_elements(By.CSS_SELECTOR, "#people button")]
    )
    assert any(MARKUP_NAME in n for n in names)
    assert room.phone(lambda b: b.find_elements(By.CSS_SELECTOR, "#people b, #people i")) == []
    room.shot("phone-join")
    # A screen reader finds a name for every control and a label for every field.
    unnamed = room.phone(lambda b: b.execute_script(
        """
        const bad = [];
        document.querySelectorAll("button").forEach(b => {
          if (!(b.getAttribute("aria-label") || b.textContent.trim())) bad.push(b.outerHTML);
        });
        document.querySelectorAll("input, textarea").forEach(i => {
          if (!document.querySelector(`label[for="${i.id}"]`)) bad.push(i.outerHTML);
        });
        return bad;
        """
    ))
    assert unnamed == []
    person = next(p for p in read.participants(room.doc) if p.name == MARKUP_NAME)
    room.phone(lambda b: b.find_element(
        By.CSS_SELECTOR, f'#people button[data-id="{person.id}"]').click())

    # Brainstorm: a note reaches the laptop's board and the audience window.
    room.phone(room.wait_for("#noteText"))
    room.phone(lambda b: b.find_element(By.ID, "noteText").send_keys(MARKUP_NOTE))
    room.shot("phone-brainstorm")
    room.phone(lambda b: b.find_element(By.ID, "noteSend").click())
    room.phone(room.wait_for("#noteResult", "on the board"))
    note = read_board.notes(room.doc, board)[-1]
    assert note.text == MARKUP_NOTE
    screen: Any = window.page.screen  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: note.id in screen.scene.notes)
    assert screen.scene.notes[note.id].note.text == MARKUP_NOTE
    qtbot.waitUntil(lambda: any("Schatten" in t for t in controller.window.texts()))
    assert any(MARKUP_NOTE in t for t in controller.window.texts())

    # The page follows the live activity: the vote. A ballot: "voted", never what.
    vote = room.live(ActivityKind.DOT_VOTE)
    room.phone(room.wait_for("#voteCast"))
    room.shot("phone-vote")
    assert room.phone(lambda b: b.execute_script(
        "return [...document.querySelectorAll('button')]"
        ".every(b => b.getAttribute('aria-label') || b.textContent.trim())"
    ))
    heading = room.phone(lambda b: b.execute_script("return document.activeElement.tagName"))
    assert heading == "H2"  # the new activity's heading has the focus (read out first)
    items = read_votes.items(room.doc, read_votes.settings(room.doc, vote))
    chosen = items[-1]

    def two_dots(b: WebDriver) -> None:
        plus = b.find_elements(By.CSS_SELECTOR, f'[data-item="{chosen.id}"] button')[1]
        plus.click()
        plus.click()
        b.find_element(By.ID, "voteCast").click()

    room.phone(two_dots)
    room.phone(room.wait_for("#voteResult", "ballot is in"))
    assert read_votes.ballot_dots(room.doc, vote, person.id) == {chosen.id: 2}
    vote_screen: Any = window.page.screen  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: any(
        person.name in vote_screen.voters.item(i).text()
        for i in range(vote_screen.voters.count())
    ))
    shown = [vote_screen.voters.item(i).text() for i in range(vote_screen.voters.count())]
    assert any(t.startswith("✓") and person.name in t for t in shown)
    panel_text = wiring.panel.contributors.text()
    assert f"{person.name} (voted)" in panel_text
    assert read_votes.settings(room.doc, vote).secret
    for text in [*shown, panel_text, *controller.window.texts()]:
        assert chosen.title not in text or person.name not in text

    # The pulse check.
    pulse = room.live(ActivityKind.PULSE)
    room.phone(room.wait_for(".scale button"))
    room.shot("phone-pulse")
    statement = read_pulse.statements(room.doc, pulse)[0]
    round_id = read_pulse.rounds(room.doc, statement.id)[-1].round_id
    before = read_pulse.answer_count(room.doc, round_id)
    room.phone(lambda b: b.find_elements(By.CSS_SELECTOR, "fieldset")[0].find_elements(
        By.CSS_SELECTOR, ".scale button")[-1].click())
    room.phone(room.wait_for("fieldset .done", "answer is in"))
    assert read_pulse.answer_count(room.doc, round_id) == before + 1

    # Limits, from the page's own origin: 413 and 429; 403 without the token.
    statuses = room.phone(lambda b: b.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        (async () => {
          const big = await fetch("api/post", {method: "POST", body: "x".repeat(40000)});
          const codes = [];
          for (let i = 0; i < 40; i++) {
            const r = await fetch("api/post", {method: "POST",
              headers: {"Content-Type": "application/json"},
              body: JSON.stringify({what: "pulse", key: "k".repeat(8) + i, activity: 0})});
            codes.push(r.status);
          }
          done([big.status, codes]);
        })();
        """
    ))
    assert statuses[0] == 413
    assert 429 in statuses[1]
    wrong = url.replace(card.code, "AAAAAA")
    room.phone(lambda b: b.get(wrong + "api/state"))
    assert "code has changed" in room.phone(lambda b: b.find_element(By.TAG_NAME, "body").text)

    # A new join code: the open page is refused at once (its events tell it to reload).
    room.phone(lambda b: b.get(url))
    room.phone(room.wait_for(".scale button, fieldset .done"))
    old_code = card.code
    wiring.panel.new_code.click()
    assert card.code != old_code
    room.phone(room.wait_for("#main .error", "code has changed"))
    voting.set_closed(room.doc, vote, True)  # nothing else to check: the room goes home


def test_an_arabic_workshop_on_phones(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, pool: ThreadPoolExecutor, browser: WebDriver
) -> None:
    """The page speaks the workshop's language (not the laptop's): its words are the
    catalogue's, the document is right to left, counted words take Arabic plural forms."""
    from workshop.catalogue import label_text, phone_texts
    from workshop.storage.ops import details

    path = tmp_path / "arabic.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        details.update_details(doc, language="ar")
        participants.add_participant(doc, "سلمى", "جمعية الحي")
        person = next(p for p in read.participants(doc) if p.name == "سلمى")
    window = laptop(qtbot, data_dir, path)
    try:
        words = phone_texts("ar")
        room = Room(qtbot, window, pool, browser)
        switch_on(qtbot, window)
        room.live(ActivityKind.BRAINSTORM)
        card = window.phones.card
        assert card is not None
        url = card.url

        # The join page (no code yet) and the page itself: lang="ar" dir="rtl".
        base = url.split("/w/")[0] + "/"
        room.phone(lambda b: b.get(base))
        landing = room.phone(lambda b: b.execute_script(
            "return [document.documentElement.lang, document.documentElement.dir,"
            " document.querySelector('label').textContent,"
            " document.querySelector('button').textContent]"))
        assert landing == ["ar", "rtl", words["code_label"], words["code_go"]]
        room.phone(lambda b: b.get(url))
        room.phone(room.wait_for("#people button"))
        page = room.phone(lambda b: b.execute_script(
            "return [document.documentElement.lang, document.documentElement.dir,"
            " getComputedStyle(document.body).direction,"
            " document.querySelector('#main h2').textContent]"))
        assert page == ["ar", "rtl", "rtl", words["who_heading"]]
        room.phone(lambda b: b.find_element(
            By.CSS_SELECTOR, f'#people button[data-id="{person.id}"]').click())
        room.phone(room.wait_for("#noteText"))
        label = room.phone(lambda b: b.find_element(By.CSS_SELECTOR, "label[for=noteText]").text)
        assert label == words["note_label"]
        send = room.phone(lambda b: b.find_element(By.ID, "noteSend").text)
        assert send == words["note_send"]

        # The vote: a counted word in Arabic plural forms (two dots: the dual).
        vote = room.live(ActivityKind.DOT_VOTE)
        room.phone(room.wait_for("#voteCast"))
        assert room.phone(lambda b: b.find_element(By.ID, "voteCast").text) == words["vote_cast"]
        items = read_votes.items(room.doc, read_votes.settings(room.doc, vote))
        chosen = items[-1]

        def two_dots(b: WebDriver) -> str:
            row = b.find_element(By.CSS_SELECTOR, f'[data-item="{chosen.id}"]')
            plus = row.find_elements(By.CSS_SELECTOR, "button")[1]
            plus.click()
            plus.click()
            return str(row.text)

        row_text = room.phone(two_dots)
        assert words["vote_on"]["two"] in row_text  # "نقطتان"

        # The pulse: the answers' names are the catalogue's Arabic ones.
        pulse = room.live(ActivityKind.PULSE)
        room.phone(room.wait_for(".scale button"))
        statement = read_pulse.statements(room.doc, pulse)[0]
        buttons = room.phone(lambda b: [e.text for e in b.find_elements(
            By.CSS_SELECTOR, "fieldset")[0].find_elements(By.CSS_SELECTOR, ".scale button")])
        expected = [f"{v} · {label_text(f'scale.{statement.scale}.{v}', 'ar')}"
                    for v in statement.scale.values]
        assert buttons == expected
        english = {e for e in phone_texts("en").values() if isinstance(e, str)}
        body = room.phone(lambda b: b.find_element(By.TAG_NAME, "body").text)
        assert [e for e in english if e in body] == []
    finally:
        window.close()
