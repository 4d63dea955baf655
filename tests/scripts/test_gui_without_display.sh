#!/usr/bin/env bash
# `aelab --help` and `aelab --version` answer on a machine with no display (over ssh, in a
# package build), in both languages, instead of aborting while Qt looks for a screen.
#   usage: test_gui_without_display.sh AELAB VERSION
set -u
aelab=$1; version=$2
fail() { echo "FAIL: $*"; exit 1; }
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$tmp" XDG_CONFIG_HOME="$tmp" timeout 30 "$aelab" "$@"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

out=$(run --version 2>&1) || fail "--version exited $?: $out"
[[ "$out" == *"$version"* ]] || fail "--version printed '$out', not $version"
out=$(run --help 2>&1) || fail "--help exited $?: $out"
[[ "$out" == *"--variant"* && "$out" == *"desktop laboratory for autoencoders"* ]] || fail "--help printed: $out"
out=$(run --lang ja --help 2>&1) || fail "--lang ja --help exited $?: $out"
[[ "$out" == *"--variant"* && "$out" == *"オートエンコーダ"* ]] || fail "--lang ja --help is not in Japanese: $out"
echo "PASS: --help and --version without a display"
