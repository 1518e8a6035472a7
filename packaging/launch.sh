#!/bin/sh
# Install Workshop into .venv (once) and start it; with no file it opens the demo workshop.
set -eu
cd "$(dirname "$0")/.."
sh packaging/ensure-system.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/workshop "$@"
