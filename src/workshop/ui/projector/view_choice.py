"""Which audience view shows an activity: the agenda, the welcome, or its kind's own view.

Apart from :mod:`views` so the view modules (which build on ``views.AudienceView``)
are never imported back by it: the kind's view is resolved from its spec
(``workshop.kinds``) when first needed.
"""

from __future__ import annotations

from functools import cache

from workshop.domain.models import Activity, ActivityKind
from workshop.kinds import resolve, spec_for
from workshop.ui.projector.views import AgendaView, AudienceView


@cache
def kind_view(kind: ActivityKind) -> type[AudienceView]:
    """The audience view the spec of ``kind`` names."""
    cls = resolve(spec_for(kind).view)
    assert isinstance(cls, type) and issubclass(cls, AudienceView), cls
    return cls


def view_class(activity: Activity | None, *, agenda: bool) -> type[AudienceView]:
    """Which view shows ``activity`` (the agenda when asked for, the welcome before any)."""
    if agenda:
        return AgendaView
    return kind_view(activity.kind if activity is not None else ActivityKind.WELCOME)
