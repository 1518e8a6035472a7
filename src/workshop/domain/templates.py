"""Agenda templates (``resources/templates/*.json``): a ready-made day to start from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.errors import ValidationError
from workshop.domain.languages import DEFAULT as DEFAULT_LANGUAGE
from workshop.domain.languages import clean_language
from workshop.domain.models import ActivityKind
from workshop.domain.validation import timebox


@dataclass(frozen=True, slots=True)
class TemplateActivity:
    kind: ActivityKind
    title: str
    prompt: str
    timebox_minutes: int


@dataclass(frozen=True, slots=True)
class Template:
    key: str
    name: str
    description: str
    goal: str
    available_minutes: int
    activities: tuple[TemplateActivity, ...]
    language: str = DEFAULT_LANGUAGE  # the workshop's language it sets (domain/languages.py)


def parse_template(key: str, text: str) -> Template:
    try:
        data = json.loads(text)
        activities = tuple(
            TemplateActivity(
                ActivityKind(item["kind"]),
                str(item["title"]),
                str(item.get("prompt", "")),
                timebox(int(item["timebox_minutes"])),
            )
            for item in data["activities"]
        )
        return Template(
            key,
            str(data["name"]),
            str(data.get("description", "")),
            str(data.get("goal", "")),
            int(data.get("available_minutes", 0)),
            activities,
            clean_language(data.get("language", DEFAULT_LANGUAGE)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError("The template “{key}” is not valid: {exc}", key=key, exc=exc) from exc


def load_templates(folder: Path) -> list[Template]:
    """Every template in ``folder``, by name."""
    found = [
        parse_template(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.json"))
    ]
    return sorted(found, key=lambda t: t.name)
