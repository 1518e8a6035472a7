"""The corpus day (tests/helpers/corpus_day.py) with a participatory budget of its ideas and a
review of promises added: every activity screen has real content. The Spanish and Arabic
walk (tests/test_ui_languages_es_ar.py) and their screenshots use it."""

from __future__ import annotations

from pathlib import Path


def corpus_day_with_budget(path: Path) -> None:
    from helpers.corpus import IDEAS
    from helpers.corpus_day import corpus_day
    from workshop.domain.models import ActivityKind
    from workshop.storage import read, read_budgeting
    from workshop.storage.document import Document
    from workshop.storage.ops import agenda
    from workshop.storage.ops import budgeting as budget_ops

    corpus_day(path)
    doc = Document.open(path)
    try:
        agenda.add_activity(doc, ActivityKind.BUDGET, "Budżet dzielnicy: 200 000 zł")
        agenda.add_activity(doc, ActivityKind.REVIEW, "Co obiecaliśmy? Przegląd")
        budget = next(a.id for a in read.activities(doc) if a.kind is ActivityKind.BUDGET)
        budget_ops.set_budget(doc, budget, "200000", "PLN")
        for index, idea in enumerate(IDEAS[:12]):
            budget_ops.add_project(doc, budget, idea[:120], str(15000 + 5000 * index),
                                   category=("zieleń", "kultura", "sport")[index % 3])
        projects = [p.id for p in read_budgeting.projects(doc, budget)]
        people = [p.id for p in read.participants(doc)]
        for index, person in enumerate(people[:8]):
            budget_ops.cast_ballot(doc, budget, person, projects[index % 5: index % 5 + 3])
        budget_ops.set_revealed(doc, budget, True)
    finally:
        doc.close()
