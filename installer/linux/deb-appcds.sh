#!/usr/bin/env bash
# Adds an AppCDS archive to the msq-offline .deb that jpackage made, in place.
# A JDK 17 dynamic CDS archive is valid only for the exact class-path it was made with (path, size and
# time of each jar), so the training run must see the files where they will be installed, with the
# times dpkg will give them. Hence: unpack the .deb, show its tree at /opt/msq-offline inside a private
# mount namespace (a tmpfs over /opt; the machine's real /opt is not touched), run make-appcds.sh there,
# and pack the tree again with the same control files, updated md5sums and Installed-Size.
# If anything differs at run time the JVM ignores the archive silently (the app just starts slower).
# Usage: deb-appcds.sh FILE.deb     Needs: root (mount namespace), util-linux (unshare), dpkg-deb,
#                                   xvfb, xdotool, libgtk-3-0.
set -euo pipefail
DEB=$(readlink -f "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
INSTALL_DIR=/opt/msq-offline
[ "$(id -u)" = 0 ] || { echo "error: the AppCDS step needs root (a private mount namespace); build with --no-appcds otherwise" >&2; exit 2; }
command -v unshare >/dev/null || { echo "error: unshare (util-linux) is missing" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dpkg-deb -R "$DEB" "$tmp/root"
[ -x "$tmp/root$INSTALL_DIR/bin/msq-offline" ] || { echo "error: $DEB has no $INSTALL_DIR/bin/msq-offline" >&2; exit 1; }
unshare --mount --propagation private bash -c '
  set -e
  mount -t tmpfs tmpfs /opt
  mkdir -p "$3"
  mount --bind "$1$3" "$3"
  "$2/make-appcds.sh" "$3"' _ "$tmp/root" "$HERE" "$INSTALL_DIR"
(cd "$tmp/root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$tmp/root/DEBIAN/md5sums"
size=$(du -sk --exclude=DEBIAN "$tmp/root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$tmp/root/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -b "$tmp/root" "$DEB" >/dev/null
echo "AppCDS archive added to $(basename "$DEB") (Installed-Size: $size KiB)"
