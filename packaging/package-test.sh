#!/usr/bin/env bash
# Test the bundle in dist/Briefwright/ as a user would run it: window, exports, analysis, install.
# Usage: packaging/package-test.sh [VENV]   (run from the repository root by `make package-test`)
set -euo pipefail
venv=$(cd "${1:-.venv}" && pwd)
root=$(pwd)
dist=$root/dist/Briefwright
bin=$dist/briefwright
sample=$root/seeds/niger-coup-us-embassy-evacuation.txt
[[ -x $bin ]] || { echo "no bundle at $dist: run 'make package' first" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A clean home: no settings or recent files from earlier runs, and nothing found in the repository.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
cd "$tmp"
step() { printf '== %s\n' "$*"; }

step "version"
want="briefwright $("$venv/bin/python" -c 'import tomllib; print(tomllib.load(open("'"$root"'/pyproject.toml", "rb"))["project"]["version"])')"
got=$("$bin" --version)
[[ $got == "$want" ]] || { echo "FAIL --version printed '$got', pyproject says '$want'" >&2; exit 1; }
echo "$got"

step "window, offscreen, on the sample article (gui --smoke; the first run is cold)"
for run in cold warm; do
  smoke=$(QT_QPA_PLATFORM=offscreen "$bin" gui --smoke 2>"$tmp/smoke.err") || {
    cat "$tmp/smoke.err" >&2; echo "FAIL the bundled window did not come up" >&2; exit 1; }
  "$venv/bin/python" -c 'import json, sys; d = json.loads(sys.argv[1]); assert d["preview_ready_ms"] > 0, d' "$smoke"
  echo "$run: $smoke"
done

step "analyze --jsonl, two files in one process"
cp "$sample" "$tmp/second.txt"
"$bin" analyze "$sample" "$tmp/second.txt" --jsonl > "$tmp/analysis.jsonl"

step "export the sample to PDF and Word; the project it proposes"
"$bin" export "$sample" -o "$tmp/brief.pdf" --marking TLP:AMBER
"$bin" export "$sample" -o "$tmp/brief.docx" --marking TLP:AMBER
"$bin" new "$sample" -o "$tmp/brief.briefing" --marking TLP:AMBER
"$venv/bin/python" "$root/packaging/check_exports.py" \
  "$tmp/brief.briefing" "$tmp/brief.pdf" "$tmp/brief.docx" "$tmp/analysis.jsonl" 2

step "bad input: exit status 2 and one line"
set +e
"$bin" export "$tmp/missing.txt" -o "$tmp/x.pdf" 2>"$tmp/bad.err"
status=$?
set -e
lines=$(wc -l < "$tmp/bad.err")
[[ $status -eq 2 && $lines -eq 1 ]] || { echo "FAIL status $status, $lines lines: $(cat "$tmp/bad.err")" >&2; exit 1; }
cat "$tmp/bad.err"

step "Qt's window plugin finds every library it links (as the bundle's loader sets the path)"
missing=$(LD_LIBRARY_PATH=$dist/_internal ldd "$dist/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
  | grep "not found" || true)
[[ -z $missing ]] || { echo "FAIL libqxcb.so: $missing" >&2; exit 1; }
echo "ok"

step "install for one user, run, uninstall"
prefix=$tmp/prefix
"$dist/install.sh" --prefix "$prefix" >/dev/null
app_id=io.github.briefwright.Briefwright
for f in bin/briefwright lib/briefwright/install.sh share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
  share/mime/packages/$app_id.xml share/icons/hicolor/scalable/apps/$app_id.svg \
  share/icons/hicolor/512x512/apps/$app_id.png; do
  [[ -e $prefix/$f ]] || { echo "FAIL install left out $f" >&2; exit 1; }
done
[[ $("$prefix/bin/briefwright" --version) == "$want" ]] || { echo "FAIL installed program" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/$app_id.desktop"
fi
grep -q "^Exec=$prefix/lib/briefwright/briefwright gui %f$" "$prefix/share/applications/$app_id.desktop" \
  || { echo "FAIL the installed launcher does not name the program by its path" >&2; exit 1; }
"$prefix/lib/briefwright/install.sh" --uninstall >/dev/null
left=$(find "$prefix" -type f | grep -vE "/mime/|/mimeinfo.cache$|/icon-theme.cache$" || true)
[[ -z $left ]] || { echo "FAIL uninstall left: $left" >&2; exit 1; }
echo "ok"

step "desktop integration files"
bash "$root/packaging/validate.sh"

step "size"
echo "dist/Briefwright: $(du -sh "$dist" | cut -f1) on disk, $(du -sh --apparent-size "$dist" | cut -f1) of files"
echo "package-test passed"
