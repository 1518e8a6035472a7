"""A participatory-budget ballot from a phone, in a real browser (headless Chromium at
390×844) against the real app: approve projects within the ballot's limit (the page says
so at once; the laptop's operation refuses a ballot over it all the same), cast, and the
laptop shows that the person voted — never what.

The room (the demo, a laptop window, phones on loopback) is the one
``test_phones_browser.py`` builds; its fixtures are reused here.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from helpers.phones_app import switch_on
from test_phones_browser import (  # noqa: F401 (fixtures)
    MARKUP_NAME,
    Room,
    browser,
    pool,
    window,
)
from workshop.domain.budgeting import BallotRules
from workshop.domain.models import ActivityKind
from workshop.storage import read, read_budgeting
from workshop.storage.ops import budgeting as ops
from workshop.storage.read_budgeting import BudgetProject
from workshop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow


def press(b: WebDriver, element: WebElement) -> None:
    """Scroll it to the middle (the status line sits at the bottom), then tap it."""
    b.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def test_a_budget_ballot_from_a_phone(
    qtbot: QtBot, window: MainWindow, pool: Any, browser: WebDriver  # noqa: F811
) -> None:
    room = Room(qtbot, window, pool, browser)
    doc = room.doc
    aid = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
    ops.clear_ballots(doc, aid)  # the demo's ballots were cast without a limit
    ops.set_ballot_rules(doc, aid, BallotRules(max_projects=3))
    url = switch_on(qtbot, window)
    assert room.live(ActivityKind.BUDGET) == aid
    person = next(p for p in read.participants(doc) if p.name == MARKUP_NAME)
    room.phone(lambda b: b.get(url))
    room.phone(room.wait_for("#people button"))
    room.phone(lambda b: b.find_element(
        By.CSS_SELECTOR, f'#people button[data-id="{person.id}"]').click())
    room.phone(room.wait_for("#pbCast"))
    room.shot("phone-budget")
    projects = read_budgeting.projects(doc, aid)
    assert room.phone(lambda b: len(b.find_elements(By.CSS_SELECTOR, "[data-project]"))) == 12
    # every box has its label (the project's number, title and cost)
    labels = room.phone(lambda b: [e.text for e in b.find_elements(By.CSS_SELECTOR,
                                                                     "[data-project] label")])
    assert labels[0] == f"1. {projects[0].project.title} — 3,200 EUR"

    # The laptop's operation refuses a ballot over the limit, whatever a page sends.
    four = {str(p.id): 1 for p in projects[:4]}
    refused = room.phone(lambda b: b.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        fetch("api/post", {method: "POST", headers: {"Content-Type": "application/json"},
          body: JSON.stringify({what: "budget", key: "over-limit-0001", activity: arguments[0],
                                approvals: arguments[1]})})
          .then(async r => done([r.status, (await r.json()).error]));
        """, aid, four))
    assert refused == [422, "At most 3 projects on one ballot."]
    assert read_budgeting.ballot_of(doc, aid, person.id) is None

    # On the page: three ticks; a fourth is refused at once, with the reason.
    chosen = [projects[i] for i in (1, 4, 10)]

    def tick(b: WebDriver) -> str:
        for p in [*chosen, projects[0]]:
            press(b, b.find_element(By.CSS_SELECTOR, f'label[for="pb_{p.id}"]'))
        return b.find_element(By.ID, "status").text

    assert "as many projects as you may" in room.phone(tick)
    assert not room.phone(lambda b: b.find_element(By.ID, f"pb_{projects[0].id}").is_selected())
    assert "3 approved" in room.phone(lambda b: b.find_element(By.ID, "pbSummary").text)
    room.phone(lambda b: press(b, b.find_element(By.ID, "pbCast")))
    room.phone(room.wait_for("#pbResult", "ballot is in"))
    assert read_budgeting.ballot(doc, read_budgeting.ballot_of(doc, aid, person.id) or 0) == {
        p.id: 1 for p in chosen
    }

    # The laptop: "voted", never what.
    screen: Any = window.page.screen  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: any(
        person.name in text for text in screen.ballots.voted.ballots.texts()
    ))
    panel_text = window.phones.panel.contributors.text()
    assert f"{person.name} (voted)" in panel_text
    shown = screen.ballots.voted.ballots.texts()
    texts = [*shown, panel_text, *window.projector.controller.window.texts()]
    for text in texts:
        assert not (person.name in text and any(p.project.title in text for p in chosen))
    assert screen.results.outcome.rowCount() == 0  # secret and not revealed: nothing counted

    # Reloaded, the page says the ballot is in and offers no second one.
    room.phone(lambda b: b.get(url))
    room.phone(room.wait_for("#pbResult", "ballot is in"))
    assert not room.phone(lambda b: b.find_element(By.ID, "pbCast").is_enabled())


def test_cumulative_points_from_a_phone(
    qtbot: QtBot, window: MainWindow, pool: Any, browser: WebDriver  # noqa: F811
) -> None:
    room = Room(qtbot, window, pool, browser)
    doc = room.doc
    aid = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
    ops.clear_ballots(doc, aid)
    ops.set_ballot_rules(doc, aid, BallotRules(max_projects=2, points=6))
    url = switch_on(qtbot, window)
    room.live(ActivityKind.BUDGET)
    person = next(p for p in read.participants(doc) if p.name == MARKUP_NAME)
    room.phone(lambda b: b.get(url))
    room.phone(room.wait_for("#people button"))
    room.phone(lambda b: b.find_element(
        By.CSS_SELECTOR, f'#people button[data-id="{person.id}"]').click())
    room.phone(room.wait_for("#pbCast"))
    first, second, third = read_budgeting.projects(doc, aid)[:3]

    def give(b: WebDriver) -> list[str]:
        def plus(p: BudgetProject) -> WebElement:
            return b.find_elements(By.CSS_SELECTOR, f'[data-project="{p.id}"] button')[1]

        for p, times in ((first, 3), (second, 2)):
            for _ in range(times):
                press(b, plus(p))
        press(b, plus(third))  # a third project: over "at most 2 projects"
        return [b.find_element(By.ID, "status").text, b.find_element(By.ID, "pbSummary").text]

    status, summary = room.phone(give)
    assert "as many projects as you may" in status
    assert summary.startswith("Points left: 1 · 2 approved")
    room.phone(lambda b: press(b, b.find_element(By.ID, "pbCast")))
    room.phone(room.wait_for("#pbResult", "ballot is in"))
    ballot = read_budgeting.ballot_of(doc, aid, person.id)
    assert ballot is not None
    assert read_budgeting.ballot(doc, ballot) == {first.id: 3, second.id: 2}
