#!/usr/bin/env bash
# Validate the desktop integration files: the .desktop entry, the AppStream metainfo, the MIME type.
# Installs the Debian validators when they are missing (as root), else prints the command.
set -euo pipefail
cd "$(dirname "$0")"
app_id=io.github.briefwright.Briefwright

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v update-mime-database >/dev/null || need+=(shared-mime-info)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null; }
  else
    echo "The validators are missing. Run: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

echo "== desktop-file-validate $app_id.desktop"
desktop-file-validate "$app_id.desktop"
echo "ok"

# --no-net: the screenshot's address is checked for form only; this machine reaches no web site.
echo "== appstreamcli validate --no-net --pedantic $app_id.metainfo.xml"
appstreamcli validate --no-net --pedantic "$app_id.metainfo.xml"

echo "== shared-mime-info: *.briefing is application/x-briefwright"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$app_id.mime.xml" "$tmp/mime/packages/$app_id.xml"
# update-mime-database reports a file it cannot parse on stderr but still exits 0.
errors=$(XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" 2>&1)
[[ -z $errors ]] || { printf '%s\n' "$errors" >&2; exit 1; }
grep -qx 'application/x-briefwright:\*.briefing' <(cut -d: -f2- "$tmp/mime/globs2") \
  || { echo "the MIME database does not map *.briefing" >&2; exit 1; }
mime_in_desktop=$(sed -n 's/^MimeType=//p' "$app_id.desktop")
[[ $mime_in_desktop == *application/x-briefwright\;* ]] \
  || { echo "the .desktop entry does not open application/x-briefwright" >&2; exit 1; }
echo "ok"
