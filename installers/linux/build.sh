#!/usr/bin/env bash
# Builds the Linux bundle: dist/casedesk-<version>-linux-<arch>.tar.gz holding the PyInstaller
# folder, the .desktop file, the icon and install/uninstall scripts. Then, unless --no-check,
# unpacks it into a scratch folder and runs the bundled `casedesk self-test` offscreen.
#
#     installers/linux/build.sh [--python .venv/bin/python] [--no-check]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
python="$root/.venv/bin/python"
check=1
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python="$2"; shift 2 ;;
        --no-check) check=0; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
cd "$root"
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(uname -m)
name="casedesk-$version-linux-$arch"

"$python" -m pip install -q --disable-pip-version-check -e '.[bundle]'
"$python" installers/translations.py compile
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/bundle/dist --workpath build/bundle/work installers/casedesk.spec
stage="build/bundle/$name"
rm -rf "$stage"
mkdir -p "$stage" dist
cp -R build/bundle/dist/casedesk "$stage/casedesk"
cp installers/linux/casedesk.desktop installers/linux/install.sh installers/linux/uninstall.sh "$stage/"
cp resources/icons/casedesk.png "$stage/"
chmod +x "$stage/install.sh" "$stage/uninstall.sh"
tar -C build/bundle -czf "dist/$name.tar.gz" "$name"
echo "built dist/$name.tar.gz in $(( $(date +%s) - start )) s:" \
     "$(du -sh "$stage/casedesk" | cut -f1) unpacked, $(du -h "dist/$name.tar.gz" | cut -f1) packed"

if [ "$check" -eq 1 ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    tar -C "$scratch" -xzf "dist/$name.tar.gz"
    # A clean environment: no venv, no source tree on the path, Qt offscreen.
    env -i HOME="$scratch/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$scratch/$name/casedesk/casedesk" --version
    env -i HOME="$scratch/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
        "$scratch/$name/casedesk/casedesk" self-test
fi
