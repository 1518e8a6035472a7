"""``.pb`` files on disk and the ``workshop pb`` command (no Qt is imported).

Reading decodes UTF-8 (with or without a byte-order mark); a file that is not text, or
not Pabulib, is refused with one line naming the section and line. Writing is atomic.
"""

from __future__ import annotations

import argparse
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

from workshop.domain import pabulib
from workshop.domain.budget_rules import run_rule
from workshop.domain.budgeting import Outcome, Rule, money, summarise
from workshop.export.atomic import atomic_output
from workshop.export.errors import ExportError

#: Refuse files larger than this (the largest real Pabulib files are ~30 MB).
MAX_BYTES = 200 * 1024 * 1024


def read_pb(path: Path) -> pabulib.PbFile:
    """Read and check a ``.pb`` file; every problem is one sentence."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExportError("“{name}” is too large for a Pabulib file.", name=path.name)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExportError("“{file}” does not exist.", file=path) from None
    except IsADirectoryError:
        raise ExportError("“{file}” is a folder, not a .pb file.", file=path) from None
    except OSError as exc:
        raise ExportError(
            "Cannot read “{file}”: {value}.",
            file=path, value=exc.strerror or exc,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ExportError(
            "“{name}” line {line} is not UTF-8 text.",
            name=path.name, line=line,
        ) from None
    return pabulib.read(text)


def write_pb(path: Path, pb: pabulib.PbFile, *, force: bool = True) -> None:
    """Write ``pb`` to ``path`` atomically (a failure leaves no partial file)."""
    with atomic_output(path, force=force) as temporary:
        temporary.write_text(pabulib.write(pb), encoding="utf-8")


def _number(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


def outcome_json(pb: pabulib.PbFile, outcome: Outcome) -> dict[str, Any]:
    election = pb.election()
    summary = summarise(election, outcome)
    return {
        "rule": outcome.rule.value,
        "funded": list(outcome.funded),
        "spent": _number(outcome.spent),
        "budget": _number(outcome.budget),
        "left": _number(outcome.left),
        "currency": election.currency,
        "projects": len(election.projects),
        "voters": summary.voters,
        "voters_with_a_funded_project": summary.voters_with_funded,
        "voter_share": None if outcome.voter_share is None else _number(outcome.voter_share),
        "explanations": {pid: e.text for pid, e in outcome.explanations.items()},
        "notes": list(pb.notes),
    }


def outcome_text(pb: pabulib.PbFile, outcome: Outcome) -> str:
    election = pb.election()
    cur = election.currency
    titles = {p.id: p for p in election.projects}
    summary = summarise(election, outcome)
    lines = [f"note: {n}" for n in pb.notes]
    lines.append(
        f"{outcome.rule.label}: {len(outcome.funded)} of {len(election.projects)} projects "
        f"funded, {money(outcome.spent, cur)} of {money(outcome.budget, cur)} spent; "
        f"{summary.voters_with_funded:,} of {summary.voters:,} voters have a project "
        "they approved funded."
    )
    lines.append("Funded, in the order chosen:")
    for n, pid in enumerate(outcome.funded, start=1):
        p = titles[pid]
        lines.append(f"{n:4}. [{pid}] {p.title} — {money(p.cost, cur)}: "
                     f"{outcome.explanations[pid].text}")
    rest = [pid for pid in titles if pid not in set(outcome.funded)]
    if rest:
        lines.append("Not funded:")
        for pid in rest:
            p = titles[pid]
            lines.append(f"      [{pid}] {p.title} — {money(p.cost, cur)}: "
                         f"{outcome.explanations[pid].text}")
    return "\n".join(lines)


def pb_command(args: argparse.Namespace) -> int:
    pb = read_pb(args.path)
    outcome = run_rule(pb.election(), Rule(args.rule))
    if args.json:
        print(json.dumps(outcome_json(pb, outcome), ensure_ascii=False, indent=2))
    else:
        print(outcome_text(pb, outcome))
    return 0
