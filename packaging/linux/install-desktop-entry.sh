#!/bin/sh
# Add the Local Integration Toolbox to this user's application menu and let the file manager
# open .toolbox packages with it. Run it from the unpacked folder (toolbox-desktop/linux/);
# it writes only into ~/.local/share (no root needed). Undo: run it with --remove.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
program="$(dirname "$here")/toolbox-desktop"
id=org.localintegration.Toolbox
share="${XDG_DATA_HOME:-$HOME/.local/share}"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$share/applications/$id.desktop" "$share/mime/packages/$id-mime.xml" \
    "$share/metainfo/$id.metainfo.xml"
  for size in 16 32 48 64 128 256 512; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
else
  mkdir -p "$share/applications" "$share/mime/packages" "$share/metainfo"
  sed "s|^Exec=toolbox-desktop|Exec=\"$program\"|" "$here/$id.desktop" \
    > "$share/applications/$id.desktop"
  cp "$here/$id-mime.xml" "$share/mime/packages/"
  cp "$here/$id.metainfo.xml" "$share/metainfo/"
  for size in 16 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$here/toolbox-desktop-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "done: $share/applications/$id.desktop"
