#!/bin/sh
# Refresh the UI's translation sources (resources/translations/workshop_<lang>.ts) from the
# code and the Designer forms, and compile them to .qm. Run after changing UI strings;
# then translate the new entries (pyside6-linguist, or any .ts editor) and run it again.
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/python -m workshop.ui.i18n_tools update
