#!/bin/sh
# Install the Debian packages Workshop needs when they are missing (used by
# packaging/launch.sh and .ci/test). Extra package names may be passed as
# arguments with a command that proves each present: NAME:COMMAND.
# Qt (PySide6 wheels) needs these libraries even offscreen; Debian's python3
# needs python3-venv for "python3 -m venv".
# --qt=PYTHON (once PySide6 is installed for PYTHON) also checks every library the
# xcb (X11) and wayland platform plugins load, with ldd over the plugins: a real
# desktop needs more than offscreen (libxcb-icccm4, libxcb-keysyms1, …).
# --print lists the missing packages (one line, maybe empty) and installs nothing.
set -eu
need=""
python=""
print=""
# ldconfig lives in /sbin, which is not on an ordinary user's PATH on Debian.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
have_lib() { "$ldconfig" -p 2>/dev/null | grep -q "$1"; }
# The Debian package of a missing library: libxcb-icccm.so.4 -> libxcb-icccm4,
# libxkbcommon-x11.so.0 -> libxkbcommon-x11-0, libX11-xcb.so.1 -> libx11-xcb1.
package_of() {
  case "$1" in
    libglib-2.0.so.*) echo libglib2.0-0; return ;;
    libGL.so.*) echo libgl1; return ;;
  esac
  base=${1%%.so.*}
  version=${1##*.so.}
  version=${version%%.*}
  case "$base" in
    *[0-9]) echo "$base-$version" | tr 'A-Z' 'a-z' ;;
    *) echo "$base$version" | tr 'A-Z' 'a-z' ;;
  esac
}
have_lib libGL.so.1         || need="$need libgl1"
have_lib libEGL.so.1        || need="$need libegl1"
have_lib libxkbcommon.so.0  || need="$need libxkbcommon0"
have_lib libfontconfig.so.1 || need="$need libfontconfig1"
have_lib libglib-2.0.so.0   || need="$need libglib2.0-0"
have_lib libdbus-1.so.3     || need="$need libdbus-1-3"
[ -n "$(ls /usr/share/fonts 2>/dev/null)" ] || need="$need fonts-dejavu-core"
# Every script on screen and in the handout (docs/decisions/0010-every-script-prints.md):
# TrueType fonts reportlab can embed for CJK and Korean, the colour emoji font, and
# Noto for the board's and projector's other scripts (Qt falls back through fontconfig).
have_font() { [ -n "$(find /usr/share/fonts /usr/local/share/fonts -name "$1" 2>/dev/null | head -n 1)" ]; }
have_font DroidSansFallbackFull.ttf || need="$need fonts-droid-fallback"
have_font NanumGothic.ttf           || need="$need fonts-nanum"
have_font NotoColorEmoji.ttf        || need="$need fonts-noto-color-emoji"
have_font NotoSansArabic-Regular.ttf || need="$need fonts-noto-core"
python3 -c "import ensurepip, venv" 2>/dev/null || need="$need python3-venv"
for extra in "$@"; do
  case "$extra" in
    --qt=*) python=${extra#--qt=} ;;
    --print) print=1 ;;
    *) command -v "${extra#*:}" >/dev/null 2>&1 || need="$need ${extra%%:*}" ;;
  esac
done
if [ -n "$python" ]; then
  qt=$("$python" -c "import os, PySide6; print(os.path.dirname(PySide6.__file__))")/Qt
  plugins="$qt/plugins"
  for lib in $(
    for plugin in "$plugins"/platforms/libqxcb.so "$plugins"/platforms/libqwayland*.so \
        "$plugins"/xcbglintegrations/*.so "$plugins"/wayland-*/*.so; do
      [ -f "$plugin" ] && LD_LIBRARY_PATH="$qt/lib" ldd "$plugin" 2>/dev/null
    done | awk '/not found/ {print $1}' | sort -u
  ); do
    package=$(package_of "$lib")
    case " $need " in *" $package "*) ;; *) need="$need $package" ;; esac
  done
fi
if [ -n "$print" ]; then echo "${need# }"; exit 0; fi
[ -z "$need" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Workshop needs these system packages (Debian names):$need — please install them." >&2
  exit 1
fi
echo "Installing system packages:$need"
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  -o DPkg::Lock::Timeout=300 $need >/dev/null
