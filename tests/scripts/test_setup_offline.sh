#!/usr/bin/env bash
# The README's commands must be quick and offline the second time: with everything installed,
# scripts/setup.sh installs nothing. apt-get, npm and their kin are shadowed by stubs that
# record the call and fail, and the script runs without any network (a fresh network namespace)
# when the machine allows one. Run after a set-up (CTest runs it after scripts/test.sh's).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STUBS="$(mktemp -d)"
trap 'rm -rf "$STUBS"' EXIT
for tool in apt-get apt aptitude npm npx curl wget sudo; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/called"\nexit 1\n' "$tool" "$STUBS" > "$STUBS/$tool"
  chmod +x "$STUBS/$tool"
done

run=(env "PATH=$STUBS:$PATH" "$ROOT/scripts/setup.sh" --deps-only)
if command -v unshare >/dev/null 2>&1 && unshare -n true 2>/dev/null; then
  run=(unshare -n "${run[@]}")
  echo "running without network (unshare -n)"
fi
"${run[@]}"
status=$?
if [ -f "$STUBS/called" ]; then
  echo "FAIL: a set-up with nothing to do called:" >&2
  cat "$STUBS/called" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: scripts/setup.sh --deps-only exited with $status" >&2
  exit 1
fi
echo "PASS: nothing installed, no package manager or download tool called"
