"""Every palette whose colours tell things apart: sticky notes, organisations, purpose themes.

Chosen so that any two colours of a palette stay at least ΔE2000 10 apart for normal vision
and under simulated protanopia, deuteranopia and tritanopia (``domain/colour_vision.py``;
``tests/test_palettes.py`` checks it), and so that dark ink reads on the light ones
(WCAG 4.5:1). Colour is never the only cue: notes, organisations and themes also carry a
name, a legend or a number wherever they are shown.
"""

from __future__ import annotations

#: Sticky colours, in shortcut order (Alt+1 … Alt+6): (name, fill). Note ink is ``NOTE_INK``.
STICKY: tuple[tuple[str, str], ...] = (
    ("Yellow", "#fff176"),
    ("Pink", "#f9bcca"),
    ("Blue", "#d1f8ff"),
    ("Green", "#c5e1a5"),
    ("Orange", "#f7a634"),
    ("Lilac", "#ccbfe5"),
)
NOTE_INK = "#212121"
#: The author line on a note (a little lighter than the text, still ≥ 4.5:1 on every sticky).
NOTE_AUTHOR_INK = "#4e342e"

#: Organisation colours (reciprocity map nodes, legends): the initials' ink is chosen per
#: colour with :func:`workshop.domain.colour_vision.best_ink`.
ORGANISATION: tuple[str, ...] = (
    "#4274b4", "#ea8929", "#51a472", "#b27ba0", "#e74c4c", "#85c1be", "#efcc4a", "#87716d",
)
#: A participant with no organisation.
NO_ORGANISATION = "#959595"

#: Purpose-theme highlights behind black text (``THEME_INK``) on screen, projector and paper.
#: Eight stay apart for every vision; a theme also shows its number, so more themes than
#: colours remain distinct.
THEME_HIGHLIGHTS: tuple[str, ...] = (
    "#fffc6e", "#61aafd", "#b4e18f", "#f788a7", "#c4b0d6", "#fabb1d", "#aef5ff", "#f3d8c8",
)
THEME_INK = "#1a1a1a"

# ---------------------------------------------------------------- the laptop window

#: The facilitator window's surfaces (``ui/theme.qss`` uses the same values).
WINDOW = "#f6f5f2"
BASE = "#ffffff"
ALTERNATE_ROW = "#faf9f6"
BAR = "#ecebe6"  # menu and status bars
HEADER = "#f1efea"  # table headers
#: Inks on those surfaces.
TEXT = "#1f2430"
#: Hints, counts, second lines, placeholders (the Qt palette's placeholder colour).
MUTED = "#5c6170"
ACCENT = "#2f6fb2"  # focus, selection, primary buttons, the current tab
ON_ACCENT = "#ffffff"
ON_ACCENT_MUTED = "#f0f5fb"
#: Warnings written as text ("last minute", "No owner yet", ties) and errors.
WARNING = "#9a5b00"
ERROR = "#b3261e"
#: A confirmation said calmly ("Proxy ballot for … cast."), not in a refusal's red.
SUCCESS = "#1d6b36"
#: Ink of charts drawn in code (axes, labels) and the paper they are drawn on.
CHART_INK = "#222222"
CHART_PAPER = "#ffffff"
#: The pulse histogram's bars and its median line; the dot-vote ranking's bars.
PULSE_BAR = "#4e79a7"
PULSE_MEDIAN = "#e15759"
VOTE_BAR = "#f4a62a"
#: Ink on a vote ranking's bar (dark on its orange).
VOTE_BAR_INK = "#111111"
#: The darkest ink, for text on any light fill (notes on the projector).
DARK_INK = VOTE_BAR_INK
#: The offers/asks map's flags: an organisation no one matched yet, and one-way ones.
FLAG_UNMATCHED = "#6b6b6b"
#: Offer and ask cards (laptop and projector).
OFFER_FILL = "#c7ecc4"
ASK_FILL = "#ffe8a3"
#: A purpose statement's box on the projector.
STATEMENT_FILL = "#e3ecf7"
#: A reviewed promise's tile on the projector, by where it stands (done, doing, dropped,
#: open): light, under black ink; the tile's mark says it too.
PROMISE_DONE = OFFER_FILL
PROMISE_DOING = ASK_FILL
PROMISE_DROPPED = "#dcdcdc"
PROMISE_OPEN = "#f4f1ea"
#: A QR code is black on white whatever the theme (phones' cameras read it best so).
QR_DARK = "#000000"
QR_LIGHT = "#ffffff"
#: Agenda status marks (a ring for planned, a dot otherwise: the shape says it too).
STATUS_PLANNED = "#767268"
STATUS_RUNNING = "#2e7d32"
STATUS_DONE = ACCENT
#: The board: the view's focus ring and the current note's ring, the selection and Find.
BOARD_FOCUS = ACCENT
BOARD_CURRENT = "#1a1a1a"
BOARD_SELECTED = "#0d47a1"
BOARD_FOUND = "#8b1a6b"


TEXT_USE, GRAPHIC_USE = "text", "graphic"


#: Every pairing of ink and surface the laptop window draws (checked by tests/test_contrast.py):
#: (what, ink, surface, "text" or "graphic").
LAPTOP_USES: tuple[tuple[str, str, str, str], ...] = (
    *(("text", TEXT, s, TEXT_USE) for s in (WINDOW, BASE, ALTERNATE_ROW, BAR, HEADER)),
    *(("muted text", MUTED, s, TEXT_USE) for s in (WINDOW, BASE, ALTERNATE_ROW, BAR, HEADER)),
    *(("warning", WARNING, s, TEXT_USE) for s in (WINDOW, BASE, ALTERNATE_ROW)),
    *(("error", ERROR, s, TEXT_USE) for s in (WINDOW, BASE, ALTERNATE_ROW)),
    ("selected text", ON_ACCENT, ACCENT, TEXT_USE),
    ("selected second line", ON_ACCENT_MUTED, ACCENT, TEXT_USE),
    ("accent text (current tab, links)", ACCENT, WINDOW, TEXT_USE),
    *(("planned ring", STATUS_PLANNED, s, GRAPHIC_USE) for s in (BASE, ALTERNATE_ROW)),
    *(("running dot", STATUS_RUNNING, s, GRAPHIC_USE) for s in (BASE, ALTERNATE_ROW)),
    *(("done dot", STATUS_DONE, s, GRAPHIC_USE) for s in (BASE, ALTERNATE_ROW)),
    ("focus ring", ACCENT, BASE, GRAPHIC_USE),
    ("board focus ring", BOARD_FOCUS, BASE, GRAPHIC_USE),
    *(("current note ring", BOARD_CURRENT, f, GRAPHIC_USE) for _n, f in STICKY),
    *(("selected note outline", BOARD_SELECTED, f, GRAPHIC_USE) for _n, f in STICKY),
    *(("found note outline", BOARD_FOUND, f, GRAPHIC_USE) for _n, f in STICKY),
    *(("note text", NOTE_INK, f, TEXT_USE) for _n, f in STICKY),
    *(("note author", NOTE_AUTHOR_INK, f, TEXT_USE) for _n, f in STICKY),
    *(("theme highlight text", THEME_INK, f, TEXT_USE) for f in THEME_HIGHLIGHTS),
)

#: Breakout tables' marks on the board and the lines of the series' trend charts (laptop,
#: projector, handout): the Okabe–Ito colours, made to be told apart by colour-blind eyes.
#: Each line and table also carries its name (legend, label).
SERIES: tuple[str, ...] = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
)
