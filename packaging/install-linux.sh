#!/usr/bin/env bash
# Install Briefwright from this folder for one user (default ~/.local) or system-wide, or remove it.
# Usage: ./install.sh [--prefix DIR] [--uninstall]
#   ~/.local (default): no root needed; /usr/local: run with sudo. The installed copy,
#   PREFIX/lib/briefwright/install.sh --uninstall, removes that installation.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.briefwright.Briefwright
prefix=$HOME/.local
# Run from an installed copy (PREFIX/lib/briefwright/install.sh), it knows its own prefix.
[[ $here == */lib/briefwright ]] && prefix=$(dirname "$(dirname "$here")")
action=install
while (($#)); do
  case $1 in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,5s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
share=$prefix/share
app_dir=$prefix/lib/briefwright

refresh() {
  # Each cache is optional: a desktop without the tool rebuilds its own cache at login.
  if command -v update-mime-database >/dev/null && [[ -d $share/mime/packages ]]; then
    update-mime-database "$share/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null && [[ -d $share/applications ]]; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [[ -f $share/icons/hicolor/index.theme ]]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [[ $action == uninstall ]]; then
  rm -rf "$app_dir"
  rm -f "$prefix/bin/briefwright" "$share/applications/$app_id.desktop" \
    "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml"
  find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  echo "Briefwright removed from $prefix"
  exit 0
fi

[[ -x $here/briefwright && -d $here/_internal ]] || { echo "run this script from the Briefwright folder" >&2; exit 1; }
[[ $here != "$(cd "$app_dir" 2>/dev/null && pwd)" ]] || { echo "already installed in $app_dir" >&2; exit 1; }
rm -rf "$app_dir"
mkdir -p "$app_dir" "$prefix/bin"
cp -a "$here/briefwright" "$here/_internal" "$here/share" "$app_dir/"
# The installed copy can remove itself later, once the downloaded folder is gone.
install -m 755 "$0" "$app_dir/install.sh"
ln -sfn "$app_dir/briefwright" "$prefix/bin/briefwright"
# The launcher entry names the program by its full path: ~/.local/bin is often not on a
# desktop session's PATH.
mkdir -p "$share/applications"
sed -e "s|^Exec=briefwright |Exec=$app_dir/briefwright |" \
  -e "s|^TryExec=briefwright\$|TryExec=$app_dir/briefwright|" \
  "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
install -D -m 644 "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -D -m 644 "$here/share/mime/packages/$app_id.xml" "$share/mime/packages/$app_id.xml"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  install -D -m 644 "$here/share/$icon" "$share/$icon"
done
refresh
echo "Briefwright installed in $app_dir; run it from the applications menu or as $prefix/bin/briefwright"
