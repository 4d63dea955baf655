#!/usr/bin/env bash
# `cmake --install` into a temporary DESTDIR: exactly the files a desktop application needs, the
# desktop entry and the AppStream metainfo pass their validators, the man pages render without
# warnings, and the installed aelab-cli runs and reports the version the metainfo releases.
#   usage: test_install.sh BUILD_DIR
set -euo pipefail
BUILD="$1"
DEST="$(mktemp -d)"
trap 'rm -rf "$DEST"' EXIT
DESTDIR="$DEST" cmake --install "$BUILD" --prefix /usr >/dev/null

expected="usr/bin/aelab
usr/bin/aelab-cli
usr/share/applications/org.aelab.aelab.desktop
usr/share/bash-completion/completions/aelab-cli
usr/share/icons/hicolor/scalable/apps/org.aelab.aelab.svg
usr/share/man/man1/aelab-cli.1
usr/share/man/man1/aelab.1
usr/share/metainfo/org.aelab.aelab.metainfo.xml"
actual="$(cd "$DEST" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)"
if [ "$actual" != "$expected" ]; then
  echo "FAIL: installed files differ from the expected list" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  exit 1
fi

desktop-file-validate "$DEST/usr/share/applications/org.aelab.aelab.desktop"
# --no-net: the screenshots' URLs are not fetched (the test runs offline).
appstreamcli validate --no-net --explain "$DEST/usr/share/metainfo/org.aelab.aelab.metainfo.xml"

for page in aelab aelab-cli; do
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$DEST/usr/share/man/man1/$page.1" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || { echo "FAIL: $page.1: $warnings" >&2; exit 1; }
done

version="$("$DEST/usr/bin/aelab-cli" --version)"
released="$(grep -o 'release version="[^"]*"' "$DEST/usr/share/metainfo/org.aelab.aelab.metainfo.xml" | cut -d'"' -f2)"
[ "$version" = "aelab-cli $released" ] || { echo "FAIL: aelab-cli says '$version', the metainfo releases '$released'" >&2; exit 1; }
window="$(QT_QPA_PLATFORM=offscreen "$DEST/usr/bin/aelab" --version)"
[ "$window" = "aelab $released" ] || { echo "FAIL: aelab says '$window', the metainfo releases '$released'" >&2; exit 1; }
grep -q "aelab $released" "$DEST/usr/share/man/man1/aelab-cli.1" || { echo "FAIL: the man page is not of $released" >&2; exit 1; }
echo "installed $(echo "$actual" | wc -l) files; validators pass; version $released"
