"""The handout in the workshop's language: its labels, dates, times and numbers.

Labels come from :mod:`workshop.catalogue`; dates, times and numbers from Babel's CLDR
data for the workshop's language, whatever the laptop's locale or UI language
("piątek, 27 listopada 2026", "viernes, 27 de noviembre de 2026"). English keeps the
handout's own "Friday 27 November 2026".
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop.catalogue import handout_text, label_text
from workshop.domain.agenda import AgendaFit
from workshop.domain.languages import DEFAULT, RIGHT_TO_LEFT

if TYPE_CHECKING:  # exact amounts are a budget's: the window's agenda lengths need neither
    from fractions import Fraction


class Words(NamedTuple):
    """Everything language-dependent the handout prints, for one language."""

    language: str = DEFAULT

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def __call__(self, key: str, **values: Any) -> str:
        return handout_text(key, self.language, **values)

    def label(self, key: str, **values: Any) -> str:
        """A shared name: ``words.label("kind.pulse")``, ``words.label("answers", n=3)``
        (a count written as the language writes numbers: "20 000 kart")."""
        return label_text(key, self.language, count_text=self.number, **values)

    def duration(self, minutes: int) -> str:
        """"15 min", "1 h 30", "2 godz." — an activity's or the day's length."""
        sign = "-" if minutes < 0 else ""
        hours, rest = divmod(abs(minutes), 60)
        if not hours:
            return sign + self.label("duration.min", n=rest)
        if rest:
            return sign + self.label("duration.h_min", h=hours, m=f"{rest:02d}")
        return sign + self.label("duration.h", h=hours)

    def fit(self, total: AgendaFit) -> str:
        """"1 h 35 planned of 2 h: 25 min spare": the agenda's length against the time there is."""
        planned = self.duration(total.planned_minutes)
        if not total.available_minutes:
            return self("agenda.total", planned=planned)
        key = "agenda.total_over" if total.over else "agenda.total_spare"
        return self(key, planned=planned, available=self.duration(total.available_minutes),
                    difference=self.duration(abs(total.spare_minutes)))

    def seconds(self, seconds: int) -> str:
        """An actual length: "40 s", "14 min", "1 h 05" (as ``timer.format_duration``)."""
        seconds = max(0, int(seconds))
        if seconds < 60:
            return self.label("duration.s", n=seconds)
        return self.duration(round(seconds / 60))

    def long_date(self, iso: str) -> str:
        """"2026-11-27" → the weekday and date in full; other text is returned as it is."""
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        from babel.dates import format_date

        if self.language == DEFAULT:
            return str(format_date(day, "EEEE d MMMM y", locale=self._cldr))
        return str(format_date(day, format="full", locale=self.language))

    def time(self, hhmm: str) -> str:
        """"09:30" → the language's short time ("09:30", "9:30")."""
        try:
            moment = dt.time.fromisoformat(hhmm)
        except ValueError:
            return hhmm
        from babel.dates import format_time

        return str(format_time(moment, format="short", locale=self._cldr))

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the language's separators ("1 234,5" in Polish)."""
        if not decimals and type(value) is int and 0 <= value < 1000:
            # Written alike in every language Babel knows (Latin digits, nothing to group):
            # an agenda's minutes need no Babel at start-up (tests/test_localised.py).
            return str(value)
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return str(format_decimal(value, format=pattern, locale=self._cldr))

    def money(self, value: Fraction, currency: str = "") -> str:
        """An amount as the language writes it ("12 000 PLN", "1.234,56 EUR"): whole
        amounts without cents, others rounded to cents; the currency code after it, joined
        by a no-break space so a line never ends between the number and its currency."""
        from decimal import Decimal
        from fractions import Fraction

        from babel.numbers import format_decimal

        whole = value.denominator == 1
        amount = value if whole else Fraction(round(value * 100), 100)
        pattern = "#,##0" if whole else "#,##0.00"
        text = str(format_decimal(Decimal(amount.numerator) / amount.denominator,
                                  format=pattern, locale=self._cldr))
        return f"{text}\u00a0{currency}" if currency else text

    @property
    def _cldr(self) -> str:
        """The CLDR locale: British English for English (24-hour clock, day before month)."""
        return "en_GB" if self.language == DEFAULT else self.language


@functools.cache
def words(language: str) -> Words:
    return Words(language or DEFAULT)
