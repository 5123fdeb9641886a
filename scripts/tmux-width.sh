#!/usr/bin/env bash
# Runs a command in a real terminal (tmux) COLS columns wide and prints the width of its widest
# output line (wrapped lines joined again, so a line the terminal had to wrap counts in full).
# usage: scripts/tmux-width.sh COLS command...
set -euo pipefail
cols=$1; shift
sock="claims-width-$$"
tmux -L "$sock" -f /dev/null new-session -d -x "$cols" -y 40 \
  "tmux set-option history-limit 100000 >/dev/null; $*; tmux wait-for -S finished; sleep 60"
tmux -L "$sock" wait-for finished
tmux -L "$sock" capture-pane -p -J -S - -t 0 > "${TMPDIR:-/tmp}/$sock.txt"
tmux -L "$sock" kill-server
python3 - "${TMPDIR:-/tmp}/$sock.txt" <<'PY' 2>/dev/null || node -e 'const t=require("fs").readFileSync(process.argv[1],"utf8");console.log(Math.max(...t.split("\n").map(l=>[...l.replace(/\s+$/,"")].length)))' "${TMPDIR:-/tmp}/$sock.txt"
import sys
print(max(len(l.rstrip()) for l in open(sys.argv[1], encoding='utf8')))
PY
rm -f "${TMPDIR:-/tmp}/$sock.txt"
