#!/usr/bin/env bash
# Runs a command under a private virtual X server. Xvfb picks a free display itself and says which
# (-displayfd) once it is ready, so stale locks of other servers cannot get in the way. -noreset:
# the server must not reset when its first client (unopkg) leaves, or LibreOffice, coming next,
# meets a server that is starting over and "cannot open display".
set -euo pipefail
work=$(mktemp -d)
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
if ! read -r -t 30 display <"$work/display"; then
  echo "with-xvfb: Xvfb did not start:" >&2
  cat "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$display"
"$@"
