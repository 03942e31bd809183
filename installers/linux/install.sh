#!/usr/bin/env sh
# Installs the unpacked CaseDesk bundle for the current user (or system-wide as root):
# program under ~/.local/opt/casedesk (/opt/casedesk), a `casedesk` link on the PATH, the menu
# entry and the icon. Re-running it upgrades in place. The vault (the user's data folder) is
# never touched; uninstall.sh leaves it too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then
    prefix=/opt/casedesk; bindir=/usr/local/bin; share=/usr/local/share
else
    prefix="$HOME/.local/opt/casedesk"; bindir="$HOME/.local/bin"; share="$HOME/.local/share"
fi
mkdir -p "$prefix" "$bindir" "$share/applications" "$share/icons/hicolor/256x256/apps"
rm -rf "$prefix.new"
cp -R "$here/casedesk" "$prefix.new"
rm -rf "$prefix.old"
[ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
ln -sf "$prefix/casedesk" "$bindir/casedesk"
sed "s|@BINDIR@|$prefix|" "$here/casedesk.desktop" > "$share/applications/casedesk.desktop"
cp "$here/casedesk.png" "$share/icons/hicolor/256x256/apps/casedesk.png"
echo "CaseDesk installed in $prefix; run 'casedesk self-test' to check it."
