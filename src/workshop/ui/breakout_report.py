"""What a merged breakout table brought, said in the laptop's language.

``storage/merge.TableReport`` counts the rows each table added, updated and left as the
main file had them; its ``summary()`` is the command line's English line. The window says
the same here, with Qt's plural forms ("3 notatki", "5 notatek").
"""

from __future__ import annotations

from collections.abc import Callable

from workshop.storage.merge import TableReport
from workshop.ui.tr import translate


def _counted() -> dict[str, Callable[[int], str]]:
    """Each merged table's rows, counted (the tables ``TableReport.summary`` names)."""
    return {
        "notes": lambda n: translate("BreakoutReport", "%n note(s)", None, n),
        "clusters": lambda n: translate("BreakoutReport", "%n cluster(s)", None, n),
        "participants": lambda n: translate("BreakoutReport", "%n new person(s)", None, n),
        "purpose_statements": lambda n: translate(
            "BreakoutReport", "%n purpose statement(s)", None, n
        ),
        "reciprocity_cards": lambda n: translate(
            "BreakoutReport", "%n offer(s) or ask(s)", None, n
        ),
        "commitments": lambda n: translate("BreakoutReport", "%n commitment(s)", None, n),
        "pulse_statements": lambda n: translate("BreakoutReport", "%n pulse statement(s)", None, n),
        "pulse_rounds": lambda n: translate("BreakoutReport", "%n pulse round(s)", None, n),
        "ballots": lambda n: translate("BreakoutReport", "%n ballot(s)", None, n),
        "tallies": lambda n: translate("BreakoutReport", "%n paper vote tally(-ies)", None, n),
        "actions": lambda n: translate("BreakoutReport", "%n action(s)", None, n),
    }


def report_line(report: TableReport) -> str:
    """"Table 2: 3 notes, 1 cluster; 2 updated" in the UI's language."""
    counted = _counted()
    parts = [counted[table](n) for table, n in report.added.items() if n and table in counted]
    text = ", ".join(parts) if parts else translate("BreakoutReport", "nothing new")
    updated, kept = report.updated, report.kept
    if updated:
        text += "; " + translate("BreakoutReport", "%n updated", None, updated)
    if kept:
        text += "; " + translate("BreakoutReport", "%n kept as edited in the main file", None, kept)
    return translate("BreakoutReport", "{table}: {what}").format(table=report.label, what=text)
