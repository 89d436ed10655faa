#!/usr/bin/env bash
# Input floods, giant terminals and a stalled terminal (issue 22): for each case of
# benches/burst.py, the full-screen wizard in a pseudo-terminal, with the wall time from the first
# byte sent to the exit, the processor time, the peak resident memory (RSS) and the bytes written
# to the terminal. Prints a Markdown table. A benchmark, not a test: it never fails on its figures
# (tests/it/bursts.rs checks each case ends as it should).
#
# Usage: bash benches/bursts.sh [BINARY]   (default: target/release/signup-doctor, else the debug one)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-target/release/signup-doctor}
[[ -x $binary ]] || binary=target/debug/signup-doctor
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
echo "binary: $binary"
echo
echo "| case | terminal | exit | time (s) | CPU (s) | peak RSS (MB) | written (bytes) |"
echo "|---|---|---|---|---|---|---|"
for case in burst-q:80x24 burst-help:80x24 flood:80x24 unbracketed:80x24 search-long:80x24 \
  giant:10000x10000 giant:65535x65535 stall:200x60; do
  how=${case%%:*}
  size=${case#*:}
  rm -rf "$home"/*
  line=$(XDG_STATE_HOME=$home/state XDG_DATA_HOME=$home/data BURST_SIZE=$size \
    python3 benches/burst.py "$binary" "$how")
  field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$line"; }
  peak=$(field peak_kb)
  [[ $peak =~ ^[0-9]+$ ]] && peak=$(awk "BEGIN { printf \"%.1f\", $peak / 1024 }")
  echo "| $how | $size | $(field exit) | $(field seconds) | $(field cpu) | $peak | $(field written) |"
done
