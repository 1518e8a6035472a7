#!/bin/sh
# Install Workshop into .venv (once) and start it; with no file it opens the demo workshop.
set -eu
cd "$(dirname "$0")/.."
sh packaging/ensure-system.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
# With the fast extra (numba: Equal Shares' completion compiled) where it installs; the app
# counts the same without it (docs/decisions/0015-native-equal-shares.md).
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[fast]' \
  || .venv/bin/python -m pip install -q --disable-pip-version-check -e .
# Now that Qt is installed: the libraries its X11 and Wayland plugins load.
sh packaging/ensure-system.sh --qt=.venv/bin/python
exec .venv/bin/workshop "$@"
