#!/usr/bin/env bash
# Install the system libraries Qt's xcb window plugin needs when they are missing (Debian, as root).
set -euo pipefail
venv=${1:-.venv}
plugin=$(ls "$venv"/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -1)
[[ -n $plugin ]] || exit 0
missing=$(ldd "$plugin" "$(dirname "$plugin")/../../lib/libQt6XcbQpa.so.6" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
[[ -n $missing ]] || exit 0
pkgs=()
for lib in $missing; do
  case $lib in
    libxcb-icccm.so.4) pkgs+=(libxcb-icccm4) ;;
    libxcb-keysyms.so.1) pkgs+=(libxcb-keysyms1) ;;
    libxcb-cursor.so.0) pkgs+=(libxcb-cursor0) ;;
    libxcb-image.so.0) pkgs+=(libxcb-image0) ;;
    libxcb-render-util.so.0) pkgs+=(libxcb-render-util0) ;;
    libxkbcommon-x11.so.0) pkgs+=(libxkbcommon-x11-0) ;;
    libxcb-xinerama.so.0) pkgs+=(libxcb-xinerama0) ;;
    libEGL.so.1) pkgs+=(libegl1) ;;
    libfontconfig.so.1) pkgs+=(libfontconfig1) ;;
    libxcb-xkb.so.1) pkgs+=(libxcb-xkb1) ;;
    *) echo "Qt's window plugin needs $lib, which is missing; install the package that provides it." >&2 ;;
  esac
done
((${#pkgs[@]})) || exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing the libraries Qt's window needs: ${pkgs[*]}" >&2
  apt-get install -y -qq "${pkgs[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "${pkgs[@]}" >/dev/null; }
else
  echo "Qt's window needs system libraries that are missing. Run: sudo apt-get install ${pkgs[*]}" >&2
  exit 1
fi
