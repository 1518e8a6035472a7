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


def _block(title: str, rows: list[str], empty: str) -> list[str]:
    return [title, *(f"  {row}" for row in rows or [empty]), ""]


def _promise(p: ds.Promise) -> str:
    owner = f" — {p.owner}" if p.owner else ""
    receiver = f" → {p.receiver}" if p.receiver else ""
    due = f", due {p.due}" if p.due else ""
    note = f": {p.note}" if p.note else ""
    return f"[{p.status.label}] meeting {p.meeting}, {p.kind}: {p.what}{owner}{receiver}{due}{note}"


def text(series: ds.Series) -> str:
    lines = [f"{len(series.meetings)} meeting(s) in the series"]
    lines += [f"  {m.number}. {m.title}" + (f" ({m.date})" if m.date else "")
              for m in series.meetings]
    lines.append("")
    lines += _block(
        "Pulse statements (mean answer at each meeting):",
        [f"{t.key} [{scale_label(t.scale)}]: {_arrow(t.points)}"
         + (f"  (change {t.change:+.1f})" if t.change is not None else "")
         for t in series.trends(ds.FigureKind.PULSE)],
        "none asked",
    )
    lines += _block(
        "Collective impact (0 = weakest, 1 = strongest):",
        [f"{condition_label(t.key)}: {_arrow(t.points, 2)}"
         for t in series.trends(ds.FigureKind.CONDITION)],
        "not asked",
    )
    lines += _block(
        "Reciprocity over the series (offers / asks / promised / delivered):",
        [f"{b.organisation}: {b.offers} / {b.asks} / {b.promised} / {b.delivered}"
         for b in series.balance()],
        "no offers, asks or promises yet",
    )
    lines += _block("Commitments' record:", [_promise(p) for p in series.promises],
                    "nothing promised yet")
    return "\n".join(lines).rstrip("\n") + "\n"


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
