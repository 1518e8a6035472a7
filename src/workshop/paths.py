"""Per-user folders (platformdirs); WORKSHOP_DATA_DIR overrides them for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from workshop.storage.backups import BackupStore

APP_NAME = "workshop"


def data_dir() -> Path:
    override = os.environ.get("WORKSHOP_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    override = os.environ.get("WORKSHOP_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def backup_store() -> BackupStore:
    return BackupStore(data_dir() / "backups")


def demo_path() -> Path:
    return data_dir() / "demo.workshop"
