"""The series' trends and the commitments' record, as text or JSON (``workshop series``)."""

from __future__ import annotations

from typing import Any

from workshop.domain import series as ds
from workshop.domain.pulse import Scale, condition


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _arrow(points: tuple[float | None, ...], digits: int = 1) -> str:
    return " → ".join(_fmt(p, digits) for p in points)


def condition_label(key: str) -> str:
    found = condition(key)
    return found.label if found else key


def scale_label(scale: str) -> str:
    try:
        return Scale(scale).label
    except ValueError:
        return scale


def text(series: ds.Series) -> str:
    lines = [f"{len(series.meetings)} meeting(s) in the series"]
    for m in series.meetings:
        lines.append(f"  {m.number}. {m.title}" + (f" ({m.date})" if m.date else ""))
    lines.append("")
    lines.append("Pulse statements (mean answer at each meeting):")
    trends = series.trends(ds.FigureKind.PULSE)
    for t in trends:
        change = f"  (change {t.change:+.1f})" if t.change is not None else ""
        lines.append(f"  {t.key} [{scale_label(t.scale)}]: {_arrow(t.points)}{change}")
    if not trends:
        lines.append("  none asked")
    lines.append("")
    lines.append("Collective impact (0 = weakest, 1 = strongest):")
    conditions = series.trends(ds.FigureKind.CONDITION)
    for t in conditions:
        lines.append(f"  {condition_label(t.key)}: {_arrow(t.points, 2)}")
    if not conditions:
        lines.append("  not asked")
    lines.append("")
    lines.append("Reciprocity over the series (offers / asks / promised / delivered):")
    balance = series.balance()
    for b in balance:
        lines.append(f"  {b.organisation}: {b.offers} / {b.asks} / {b.promised} / {b.delivered}")
    if not balance:
        lines.append("  no offers, asks or promises yet")
    lines.append("")
    lines.append("Commitments' record:")
    for p in series.promises:
        owner = f" — {p.owner}" if p.owner else ""
        receiver = f" → {p.receiver}" if p.receiver else ""
        due = f", due {p.due}" if p.due else ""
        note = f": {p.note}" if p.note else ""
        lines.append(
            f"  [{p.status.label}] meeting {p.meeting}, {p.kind}: {p.what}{owner}{receiver}"
            f"{due}{note}"
        )
    if not series.promises:
        lines.append("  nothing promised yet")
    return "\n".join(lines) + "\n"


def data(series: ds.Series) -> dict[str, Any]:
    def trend(t: ds.Trend) -> dict[str, Any]:
        return {"key": t.key, "scale": t.scale, "values": list(t.points), "change": t.change}

    return {
        "meetings": [
            {"number": m.number, "uuid": m.uuid, "title": m.title, "date": m.date}
            for m in series.meetings
        ],
        "pulse": [trend(t) for t in series.trends(ds.FigureKind.PULSE)],
        "impact": [trend(t) for t in series.trends(ds.FigureKind.CONDITION)],
        "reciprocity": [
            {"organisation": b.organisation, "offers": b.offers, "asks": b.asks,
             "promised": b.promised, "delivered": b.delivered}
            for b in series.balance()
        ],
        "promises": [
            {"meeting": p.meeting, "kind": p.kind, "what": p.what, "owner": p.owner,
             "organisation": p.organisation, "receiver": p.receiver, "due": p.due,
             "status": p.status.value, "note": p.note, "reviewed": p.reviewed}
            for p in series.promises
        ],
    }
