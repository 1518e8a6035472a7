#!/bin/sh
# Build the one-folder Workshop bundle into dist/workshop/ (run from anywhere).
#
#   packaging/build.sh              # uses the project's .venv (made if missing)
#   WORKSHOP_BUILD_VENV=/tmp/bv packaging/build.sh   # a separate, fresh build venv
#   packaging/build.sh --archive    # also pack dist/workshop-VERSION-linux-ARCH.tar.gz
#   WORKSHOP_DIST_DIR / WORKSHOP_WORK_DIR  # put the bundle / PyInstaller's work files elsewhere
#
# The venv gets Workshop itself (so pip resolves pyproject's pins, PySide6's included) and
# PyInstaller; the script then checks that the installed versions honour those pins, and
# runs PyInstaller on packaging/workshop.spec. The result runs with no Python installed.
set -eu
cd "$(dirname "$0")/.."
start=$(date +%s)

# PyInstaller needs objdump/objcopy on Linux (Debian: binutils); a bare machine may lack them.
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing binutils (objdump, objcopy) for PyInstaller"
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null
  else
    echo "build.sh: PyInstaller needs objdump: install your distribution's binutils" >&2
    exit 2
  fi
fi

VENV="${WORKSHOP_BUILD_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
PY="$VENV/bin/python"
# Install Workshop (editable, from this checkout) and PyInstaller unless they already are:
# a prepared venv (the README's test command makes one) builds offline.
if ! "$PY" -c "import os, sys, PyInstaller, workshop
sys.exit(not os.path.realpath(workshop.__file__).startswith(os.path.realpath('src') + os.sep))" 2>/dev/null; then
  "$PY" -m pip install -q --disable-pip-version-check -e . 'pyinstaller>=6.10'
fi

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

DIST="${WORKSHOP_DIST_DIR:-dist}"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "${WORKSHOP_WORK_DIR:-build/pyinstaller}" packaging/workshop.spec

# Linux desktop integration travels with the bundle: ./install.sh in the unpacked folder.
if [ "$(uname -s)" = Linux ]; then
  cp packaging/linux/install.sh "$DIST/workshop/"
  mkdir -p "$DIST/workshop/share"
  cp packaging/linux/org.example.Workshop.desktop packaging/linux/org.example.Workshop.metainfo.xml \
     packaging/linux/workshop-mime.xml "$DIST/workshop/share/"
fi

echo "built $DIST/workshop/workshop in $(( $(date +%s) - start )) s ($(du -sh "$DIST/workshop" | cut -f1))"

if [ "${1:-}" = "--archive" ]; then
  version=$("$DIST/workshop/workshop" --version | cut -d" " -f2)
  archive="$DIST/workshop-$version-$(uname -s | tr A-Z a-z)-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$archive" workshop
  echo "packed $archive ($(du -h "$archive" | cut -f1))"
fi
