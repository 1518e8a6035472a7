#!/bin/sh
# Build the one-folder Workshop bundle into dist/workshop/ (run from anywhere).
#
#   packaging/build.sh              # uses the project's .venv (made if missing)
#   WORKSHOP_BUILD_VENV=/tmp/bv packaging/build.sh   # a separate, fresh build venv
#   packaging/build.sh --archive    # also pack dist/workshop-VERSION-linux-ARCH.tar.gz
#
# The venv gets Workshop itself (so pip resolves pyproject's pins, PySide6's included) and
# PyInstaller; the script then checks that the installed versions honour those pins, and
# runs PyInstaller on packaging/workshop.spec. The result runs with no Python installed.
set -eu
cd "$(dirname "$0")/.."
start=$(date +%s)

VENV="${WORKSHOP_BUILD_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check -e . 'pyinstaller>=6.10'

# The bundle ships whatever is installed in the venv: refuse one that breaks a pin.
"$PY" - <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, requires, version

from packaging.requirements import Requirement

bad = []
for line in requires("workshop") or []:
    req = Requirement(line)
    if req.marker is not None and not req.marker.evaluate({"extra": ""}):
        continue
    try:
        have = version(req.name)
    except PackageNotFoundError:
        bad.append(f"{req.name} is not installed")
        continue
    if not req.specifier.contains(have, prereleases=True):
        bad.append(f"{req.name} {have} does not satisfy {req.specifier}")
    elif req.name.lower().startswith("pyside6"):
        print(f"pin honoured: {req.name} {have} satisfies {req.specifier} "
              f"(Python {sys.version_info.major}.{sys.version_info.minor})")
if bad:
    sys.exit("build.sh: the build venv breaks pyproject's pins: " + "; ".join(bad))
PY

"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/workshop.spec

# Linux desktop integration travels with the bundle: ./install.sh in the unpacked folder.
if [ "$(uname -s)" = Linux ]; then
  cp packaging/linux/install.sh dist/workshop/
  mkdir -p dist/workshop/share
  cp packaging/linux/org.example.Workshop.desktop packaging/linux/org.example.Workshop.metainfo.xml \
     packaging/linux/workshop-mime.xml dist/workshop/share/
fi

echo "built dist/workshop/workshop in $(( $(date +%s) - start )) s ($(du -sh dist/workshop | cut -f1))"

if [ "${1:-}" = "--archive" ]; then
  version=$(dist/workshop/workshop --version | cut -d" " -f2)
  archive="dist/workshop-$version-$(uname -s | tr A-Z a-z)-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" workshop
  echo "packed $archive ($(du -h "$archive" | cut -f1))"
fi
