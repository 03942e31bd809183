#!/usr/bin/env sh
# Removes the CaseDesk program, link, menu entry and icon. The vault and its backups stay.
set -eu
if [ "$(id -u)" -eq 0 ]; then
    prefix=/opt/casedesk; bindir=/usr/local/bin; share=/usr/local/share
else
    prefix="$HOME/.local/opt/casedesk"; bindir="$HOME/.local/bin"; share="$HOME/.local/share"
fi
rm -rf "$prefix"
rm -f "$bindir/casedesk" "$share/applications/casedesk.desktop" \
      "$share/icons/hicolor/256x256/apps/casedesk.png"
echo "CaseDesk removed; your vault and backups were left in place."
