#!/bin/sh
# Install (or remove) a built Workshop bundle for the current user, no root needed.
#
#   ./install.sh                 # from an unpacked release: installs the folder it sits in
#   packaging/linux/install.sh   # from a checkout: installs dist/workshop (packaging/build.sh)
#   install.sh BUNDLE_DIR        # installs that bundle folder
#   install.sh --uninstall       # removes everything this script installed (not your files)
#
# What goes where (XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/org.example.Workshop/    the application folder (a copy of the bundle)
#   ~/.local/bin/workshop                   a link to its executable, for the terminal
#   $XDG_DATA_HOME/applications/            org.example.Workshop.desktop (menu entry)
#   $XDG_DATA_HOME/icons/hicolor/           the app icon and the .workshop file icon
#   $XDG_DATA_HOME/mime/packages/           workshop-mime.xml (.workshop = application/x-workshop)
#   $XDG_DATA_HOME/metainfo/                org.example.Workshop.metainfo.xml (software centres)
# and it makes Workshop the default application for .workshop files (xdg-mime), so a
# double-click on one opens it. Your workshop files and data are never touched.
set -eu

APP_ID=org.example.Workshop
MIME_TYPE=application/x-workshop
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="${WORKSHOP_BIN_DIR:-$HOME/.local/bin}"
DEST="$DATA/$APP_ID"
SIZES="16 32 48 64 128 256 512"

here=$(cd "$(dirname "$0")" && pwd)

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
  fi
}

# Take Workshop out of mimeapps.list, where `xdg-mime default` recorded it as the default
# for .workshop files; other applications' entries stay as they were.
forget_default() {
  for list in "${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list" \
              "$DATA/applications/mimeapps.list"; do
    [ -f "$list" ] || continue
    awk -v key="$MIME_TYPE" -v app="$APP_ID.desktop" '
      index($0, key "=") == 1 {
        n = split(substr($0, length(key) + 2), apps, ";"); kept = ""
        for (i = 1; i <= n; i++) if (apps[i] != "" && apps[i] != app) kept = kept apps[i] ";"
        if (kept != "") print key "=" kept
        next
      }
      { print }' "$list" > "$list.tmp" && cat "$list.tmp" > "$list" && rm -f "$list.tmp"
  done
}

if [ "${1:-}" = "--uninstall" ]; then
  forget_default
  if [ -x "$DEST/workshop" ]; then rm -rf "$DEST"; fi
  if [ -L "$BIN/workshop" ]; then rm -f "$BIN/workshop"; fi
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/workshop-mime.xml" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do
    rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
          "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-workshop.png"
  done
  refresh
  echo "Workshop removed. Your workshop files and data were not touched."
  exit 0
fi

# Where the bundle and the metadata files are.
if [ $# -ge 1 ]; then
  BUNDLE=$(cd "$1" && pwd)
elif [ -x "$here/workshop" ] && [ -d "$here/_internal" ]; then
  BUNDLE="$here"                         # install.sh inside an unpacked release
else
  BUNDLE=$(cd "$here/../.." && pwd)/dist/workshop   # a checkout after packaging/build.sh
fi
if [ ! -x "$BUNDLE/workshop" ]; then
  echo "install.sh: no built Workshop in $BUNDLE (run packaging/build.sh first)" >&2
  exit 2
fi
if [ -f "$here/$APP_ID.desktop" ]; then META="$here"; else META="$BUNDLE/share"; fi
if [ ! -f "$META/$APP_ID.desktop" ]; then
  echo "install.sh: cannot find $APP_ID.desktop beside this script or in $BUNDLE/share" >&2
  exit 2
fi
ICONS="$BUNDLE/_internal/workshop/_resources/icons"

# The application folder: replace an older install as a whole (no stale files).
if [ "$BUNDLE" != "$DEST" ]; then
  mkdir -p "$DATA"
  rm -rf "$DEST.new"
  cp -R "$BUNDLE" "$DEST.new"
  if [ -x "$DEST/workshop" ]; then rm -rf "$DEST"; fi
  mv "$DEST.new" "$DEST"
fi
mkdir -p "$BIN"
ln -sfn "$DEST/workshop" "$BIN/workshop"

# Menu entry with the absolute path, so it works even when ~/.local/bin is not on PATH.
mkdir -p "$DATA/applications"
sed -e "s|^Exec=workshop |Exec=\"$DEST/workshop\" |" -e "s|^TryExec=workshop$|TryExec=$DEST/workshop|" \
  "$META/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
chmod 644 "$DATA/applications/$APP_ID.desktop"

mkdir -p "$DATA/metainfo" "$DATA/mime/packages"
cp "$META/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$META/workshop-mime.xml" "$DATA/mime/packages/"

for size in $SIZES; do
  if [ -f "$ICONS/workshop-$size.png" ]; then
    for kind in apps mimetypes; do mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"; done
    cp "$ICONS/workshop-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    cp "$ICONS/workshop-$size.png" \
       "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-workshop.png"
  fi
done
if [ -f "$ICONS/workshop.svg" ]; then
  mkdir -p "$DATA/icons/hicolor/scalable/apps"
  cp "$ICONS/workshop.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
fi

refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true
fi

echo "Workshop installed in $DEST"
echo "Start it from your applications menu, by double-clicking a .workshop file,"
echo "or with: $BIN/workshop"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "($BIN is not on your PATH.)" ;; esac
