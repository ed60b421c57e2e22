#!/usr/bin/env bash
# Build dist/Briefwright/ (one folder) with PyInstaller from the app's .venv; print its size.
# Usage: packaging/build.sh [VENV]   (run from the repository root by `make package`)
set -euo pipefail
venv=${1:-.venv}
py=$venv/bin/python
app_id=io.github.briefwright.Briefwright

# PyInstaller reads and strips ELF files with binutils on Linux.
if [[ $(uname -s) == Linux ]] && ! command -v readelf >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y -qq binutils >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq binutils >/dev/null; }
  else
    echo "PyInstaller needs binutils (readelf, strip). Run: sudo apt-get install binutils" >&2
    exit 1
  fi
fi

# The X11 libraries Qt's window plugin links are collected from this machine: make sure they
# are here, or the bundle's window would need them on every machine it runs on.
bash packaging/ensure-qt-libs.sh "$venv"

# Only the build tools, pinned by hash; --no-deps leaves the app's locked packages as they are.
if ! out=$("$py" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
  -r packaging/requirements-package.lock 2>&1); then
  printf '%s\n' "$out" | grep -v "^WARNING: Location " >&2
  exit 1
fi

rm -rf dist/Briefwright
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/briefwright.spec

# Beside the program: what a desktop needs to list it, and the script that installs it there.
share=dist/Briefwright/share
install -D -m 644 "packaging/$app_id.desktop" "$share/applications/$app_id.desktop"
install -D -m 644 "packaging/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -D -m 644 "packaging/$app_id.mime.xml" "$share/mime/packages/$app_id.xml"
install -D -m 644 "desktop/briefwright/resources/icons/app/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for png in desktop/briefwright/resources/icons/app/*x*/"$app_id.png"; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$share/icons/hicolor/$size/apps/$app_id.png"
done
install -m 755 packaging/install-linux.sh dist/Briefwright/install.sh

echo "dist/Briefwright: $(du -sh dist/Briefwright | cut -f1) on disk ($(du -sh --apparent-size dist/Briefwright | cut -f1) of files), $(find dist/Briefwright -type f | wc -l) files"
