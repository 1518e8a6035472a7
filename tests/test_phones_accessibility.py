"""The phone page read the way a screen reader reads it: Chromium's accessibility tree.

No screen reader runs here. Instead headless Chromium (390×844) hands over its full
accessibility tree (Chrome DevTools Protocol ``Accessibility.getFullAXTree``) on every
screen of the page — the join-code page, choosing your name, a brainstorm, a dot vote,
a pulse check, a purpose to rate, offers and asks — and the test checks what a screen
reader would need: every control has a role and a name, every input is named by its
own label, "note sent", "voted" and the pulse's thanks go into a live region that was
already on the page (one inserted with its text is often not spoken), and Tab walks the
controls in the order they are seen (top to bottom, left to right). The page's colours
are checked from its CSS, light and dark: text at least 4.5:1, the borders that show
where a field or a button is at least 3:1 (WCAG 1.4.3, 1.4.11).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from helpers.browser import phone_browser
from helpers.phones import Served, serving
from workshop.demo import write_demo
from workshop.domain.colour_vision import contrast
from workshop.domain.models import ActivityKind
from workshop.phones.strings import page_strings
from workshop.storage import read, read_purpose
from workshop.storage.document import Document
from workshop.storage.ops import phones, timer
from workshop.storage.ops import purpose as purpose_ops

#: Roles a person operates: each needs a name a screen reader can say.
CONTROLS = {
    "button", "textbox", "radio", "checkbox", "link", "combobox", "spinbutton", "slider",
    "listbox", "menuitem", "switch", "searchbox", "tab",
}
#: Roles that announce changes by themselves (an implicit aria-live).
LIVE_ROLES = {"status", "alert", "log"}

ENGLISH = page_strings("en")  # the page's sentences in an English workshop


# ---------------------------------------------------------------------------- colours


def _palettes() -> dict[str, dict[str, str]]:
    css = resources.files("workshop.phones").joinpath("static", "app.css").read_text()
    light = re.search(r":root\s*\{([^}]*)\}", css)
    dark = re.search(r"prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}", css)
    assert light and dark, "app.css defines its colours as custom properties, light and dark"

    def values(block: str) -> dict[str, str]:
        return dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{3,6})", block))

    base = values(light.group(1))
    return {"light": base, "dark": {**base, **values(dark.group(1))}}


def _hex6(colour: str) -> str:
    return "#" + "".join(c * 2 for c in colour[1:]) if len(colour) == 4 else colour


#: (foreground, background) of every text the page shows, and of every border that
#: shows a control's edge (fields and the secondary buttons have no fill of their own).
TEXT_PAIRS = [
    ("ink", "paper"), ("muted", "paper"), ("accent", "paper"), ("ok", "paper"),
    ("bad", "paper"), ("paper", "accent"), ("paper", "ink"),
]
EDGE_PAIRS = [("line", "paper"), ("accent", "paper")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_colours_contrast_enough(scheme: str) -> None:
    colours = _palettes()[scheme]
    low = []
    for pairs, least in ((TEXT_PAIRS, 4.5), (EDGE_PAIRS, 3.0)):
        for ink, ground in pairs:
            ratio = contrast(_hex6(colours[ink]), _hex6(colours[ground]))
            if ratio < least:
                low.append(f"{ink} on {ground}: {ratio:.2f} < {least}")
    assert not low, low


# ---------------------------------------------------------------------------- the tree


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "room.workshop"
    write_demo(path)
    with Document.open(path) as doc:
        phones.set_phones_enabled(doc, True)
        phones.set_self_join(doc, True)  # the name fields are on the page too
        for activity in read.activities(doc):
            if activity.kind in phones.PHONE_KINDS:
                phones.set_open_to_phones(doc, activity.id, True)
        purpose = _kind(doc, ActivityKind.PURPOSE_BLEND)
        for draft in read_purpose.drafts(doc, purpose):
            if draft.adopted:
                purpose_ops.unadopt_draft(doc, draft.id)
        purpose_ops.new_draft(doc, purpose, "Wir machen den Fluss für alle zugänglich.")
        timer.start_activity(doc, _kind(doc, ActivityKind.BRAINSTORM))
    with serving(path) as served:
        yield served


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    driver = phone_browser(tmp_path / "profile")
    try:
        driver.execute_cdp_cmd("Accessibility.enable", {})
        yield driver
    finally:
        driver.quit()


def _kind(doc: Document, kind: ActivityKind) -> int:
    return next(a.id for a in read.activities(doc) if a.kind is kind)


def _wait(browser: WebDriver, css: str, text: str | None = None) -> Any:
    def found(d: WebDriver) -> Any:
        els = d.find_elements(By.CSS_SELECTOR, css)
        return els[0] if els and (text is None or text in els[0].text) else False

    wait = WebDriverWait(browser, 20, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(found)


def _tree(browser: WebDriver) -> dict[str, dict[str, Any]]:
    nodes = browser.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    return {node["nodeId"]: node for node in nodes}


def _role(node: dict[str, Any]) -> str:
    return str(node.get("role", {}).get("value", ""))


def _name(node: dict[str, Any]) -> str:
    return str(node.get("name", {}).get("value", "")).strip()


def _properties(node: dict[str, Any]) -> dict[str, Any]:
    return {p["name"]: p["value"].get("value") for p in node.get("properties", [])}


def _check_controls(browser: WebDriver, screen: str) -> list[dict[str, Any]]:
    """Every control on the screen has a role and a name; every field its own label."""
    tree = _tree(browser)
    controls = []
    for node in tree.values():
        if node.get("ignored"):
            continue
        role, props = _role(node), _properties(node)
        if role in CONTROLS:
            assert _name(node), f"{screen}: a {role} without a name"
            controls.append(node)
        elif props.get("focusable") and role in ("generic", "none", ""):
            raise AssertionError(f"{screen}: a focusable element without a role")
    unlabelled = browser.execute_script(
        "return Array.from(document.querySelectorAll('input, textarea, select'))"
        ".filter(e => e.type !== 'hidden' && e.labels.length === 0).map(e => e.id || e.name)"
    )
    assert unlabelled == [], f"{screen}: fields without a <label>: {unlabelled}"
    return controls


#: Before an action: remember the live regions on the page now, and every text put into
#: them from here on. Screen readers speak what changes inside a live region that was
#: already there; a region inserted together with its text is often not spoken at all.
_LISTEN = """
window.__said = [];
const regions = Array.from(document.querySelectorAll('[role=status], [role=alert], [aria-live]'));
regions.forEach(r => r.setAttribute('data-live-before', ''));
new MutationObserver(changes => changes.forEach(change => {
  const node = change.target.nodeType === 1 ? change.target : change.target.parentElement;
  const region = node && node.closest('[data-live-before]');
  if (region && document.contains(region)) window.__said.push([region.id, region.textContent]);
})).observe(document.body, {subtree: true, childList: true, characterData: true});
"""


def _listen(browser: WebDriver) -> None:
    browser.execute_script(_LISTEN)


def _announced(browser: WebDriver, text: str) -> bool:
    """Whether ``text`` went into a live region that was on the page before the action,
    and Chromium's tree has that region as live (a status, an alert, or aria-live)."""
    def spoken(b: WebDriver) -> set[str]:
        said = b.execute_script("return window.__said || []")
        return {region for region, line in said if text in line and region}

    try:
        regions = WebDriverWait(browser, 10, poll_frequency=0.1).until(spoken)
    except TimeoutException:
        return False
    document = browser.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    live = set()
    for node in _tree(browser).values():
        props = _properties(node)
        if _role(node) in LIVE_ROLES or props.get("live") in ("polite", "assertive"):
            live.add(node.get("backendDOMNodeId"))
    for region in regions:
        found = browser.execute_cdp_cmd(
            "DOM.querySelector", {"nodeId": document, "selector": f"#{region}"}
        )["nodeId"]
        backend = browser.execute_cdp_cmd("DOM.describeNode", {"nodeId": found})["node"]
        if backend["backendNodeId"] in live:
            return True
    return False


#: The page's tab stops: enabled, shown controls; a group of radio buttons is one stop
#: (its checked one, else its first: arrow keys move within it).
_FOCUSABLE = (
    "Array.from(document.querySelectorAll('button, input, textarea, select, a[href],"
    " [tabindex]:not([tabindex=\"-1\"])')).filter(e => !e.disabled && e.offsetParent !== null"
    " && (e.type !== 'radio' || e === (document.querySelector("
    "`input[type=radio][name=\"${e.name}\"]:checked`) || document.querySelector("
    "`input[type=radio][name=\"${e.name}\"]`))))"
)
_HERE = (
    "const e = document.activeElement; const r = e.getBoundingClientRect();"
    " return [e === document.body ? '' : (e.id || e.textContent.trim() || e.getAttribute("
    "'aria-label')), r.top + window.scrollY, r.left + window.scrollX,"
    " e.getAttribute('aria-label') || e.id || e.textContent.trim()];"
)


def _check_focus_order(browser: WebDriver, screen: str) -> None:
    """Tab from the first control reaches every tab stop, in the order they are seen."""
    count = browser.execute_script(f"const all = {_FOCUSABLE}; all[0].focus(); return all.length")
    seen = [browser.execute_script(_HERE)]
    for _ in range(count + 2):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        here = browser.execute_script(_HERE)
        if not here[0] or here[3] == seen[0][3]:
            break  # off the page, or round again
        seen.append(here)
    assert len(seen) == count, f"{screen}: Tab reached {len(seen)} of {count} controls"
    for before, after in itertools.pairwise(seen):
        same_row = abs(after[1] - before[1]) < 4
        assert after[1] > before[1] or (same_row and after[2] > before[2]), (
            f"{screen}: Tab goes from {before[3]!r} to {after[3]!r}, against what is seen"
        )


def _screen(browser: WebDriver, name: str) -> list[dict[str, Any]]:
    controls = _check_controls(browser, name)
    _check_focus_order(browser, name)
    return controls


def _said_after(browser: WebDriver, button: Any, shown: str, key: str) -> None:
    """Press ``button``: the sentence ``key`` is shown at ``shown`` and said by a live
    region that was on the page before the press."""
    _listen(browser)
    button.click()
    _wait(browser, shown, ENGLISH[key])
    assert _announced(browser, ENGLISH[key]), f"“{ENGLISH[key]}” is not said"


def _go_live(served: Served, browser: WebDriver, kind: ActivityKind, css: str) -> int:
    activity = served.read(lambda doc: _kind(doc, kind))
    served.read(lambda doc: timer.start_activity(doc, activity))
    _wait(browser, css)  # the page follows by itself
    return int(activity)


@pytest.mark.slow
def test_every_screen_reads_well_to_a_screen_reader(served: Served, browser: WebDriver) -> None:
    # The join-code page (no script): its field is named by its label.
    browser.get(served.server.base_url())
    controls = _screen(browser, "join code")
    assert {(_role(c), _name(c)) for c in controls} >= {
        ("textbox", ENGLISH["code_label"]), ("button", ENGLISH["code_go"])
    }

    # Choosing your name (and adding yourself: two labelled fields).
    browser.get(served.url)
    _wait(browser, "#people button")
    controls = _screen(browser, "who are you")
    names = {_name(c) for c in controls if _role(c) == "textbox"}
    assert names == {ENGLISH["add_name"], ENGLISH["add_org"]}
    browser.find_elements(By.CSS_SELECTOR, "#people button")[0].click()

    # A brainstorm: the note field is named "Your idea"; "note sent" is announced.
    _wait(browser, "#noteSend")
    controls = _screen(browser, "brainstorm")
    assert ("textbox", ENGLISH["note_label"]) in {(_role(c), _name(c)) for c in controls}
    browser.find_element(By.ID, "noteText").send_keys("Bänke im Schatten am Fluss")
    _said_after(browser, browser.find_element(By.ID, "noteSend"), "#noteResult", "note_sent")

    # A dot vote: each + and − says which item it is for; "voted" is announced.
    _go_live(served, browser, ActivityKind.DOT_VOTE, "#voteCast")
    controls = _screen(browser, "dot vote")
    adds = [_name(c) for c in controls if _name(c).startswith(ENGLISH["vote_add"][:10])]
    assert adds and all(len(n) > len("Add a dot to: ") for n in adds)
    for sign in ("−", "+"):  # (the demo's people may have voted at the laptop already)
        enabled = [b for b in browser.find_elements(By.CSS_SELECTOR, ".item button")
                   if b.text == sign and b.is_enabled()]
        if enabled:
            enabled[0].click()
    _said_after(browser, browser.find_element(By.ID, "voteCast"), "#voteResult", "vote_done")

    # A pulse check: each answer is a named button; the thanks is announced.
    _go_live(served, browser, ActivityKind.PULSE, ".scale button")
    controls = _screen(browser, "pulse")
    assert sum(1 for c in controls if _role(c) == "button") >= 3
    answer = browser.find_elements(By.CSS_SELECTOR, ".scale button")[0]
    _said_after(browser, answer, "#main .done", "pulse_done")

    # A purpose to rate: six radio buttons named 0…5, in a named group, and a comment.
    _go_live(served, browser, ActivityKind.PURPOSE_BLEND, "#rateSend")
    controls = _screen(browser, "purpose")
    assert sorted(_name(c) for c in controls if _role(c) == "radio") == [str(n) for n in range(6)]

    # Offers and asks: the two kinds are named radio buttons, the text its label.
    _go_live(served, browser, ActivityKind.OFFERS_ASKS, "#cardSend")
    controls = _screen(browser, "offers and asks")
    assert {_name(c) for c in controls if _role(c) == "radio"} == {
        ENGLISH["card_offer"], ENGLISH["card_ask"]
    }

