#!/usr/bin/env bash
# `signup-doctor report` on a folder of generated sessions: wall time and peak memory (maximum
# resident set size, from GNU time's `/usr/bin/time -v`) of the release binary, for each size asked.
# The sessions are written first by `cargo bench -p signup-doctor-benches --bench sessions` (realistic walks of the shipped
# tree, see benches/sessions.rs), once per size, and kept in --dir for the next run. A benchmark,
# not a test: it never fails on its figures. Goals (issue 28): 50,000 sessions in ≤ 1 s and
# ≤ 32 MB; 1,000,000 sessions in the same peak.
#
# Usage: bash benches/report.sh [--sizes "50000 1000000"] [--runs N] [--dir DIR] [--before BINARY]
#   --before BINARY  also measure another build (e.g. one made from an older commit) on the same
#                    files; its sessions are generated with --no-flags, which older builds read.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="50000"
runs=3
dir=target/report-sessions
before=""
while (($#)); do
  case $1 in
    --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
    --before) before=${2:?--before needs a binary}; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "report.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ ! -x /usr/bin/time ]]; then
  echo "report.sh needs GNU time at /usr/bin/time: apt-get install -y time" >&2
  exit 2
fi

cargo build --release --quiet --bin signup-doctor
bin=$PWD/target/release/signup-doctor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=""
[[ -n $before ]] && flags="--no-flags"

# measure LABEL BINARY DIR: --runs runs of `report DIR`; a table row with the median wall time
# and the largest maximum RSS.
measure() {
  local label=$1 binary=$2 folder=$3 rss=() wall=() i status start end
  for ((i = 0; i < runs; i++)); do
    status=0
    start=$EPOCHREALTIME
    /usr/bin/time -v -o "$tmp/time" "$binary" report "$folder" >"$tmp/out" 2>"$tmp/err" || status=$?
    end=$EPOCHREALTIME
    if ((status != 0)); then
      echo "report.sh: \`$binary report $folder\` exited $status:" >&2
      tail -5 "$tmp/err" >&2
      exit 1
    fi
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")")
    wall+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.0f", (e - s) * 1000}')")
  done
  local max_rss median_wall
  max_rss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  median_wall=$(printf '%s\n' "${wall[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  printf '| %s | %s | %s ms | %s KiB (%s MiB) |\n' "$label" "$(head -1 "$tmp/out")" "$median_wall" \
    "$max_rss" "$(awk -v k="$max_rss" 'BEGIN {printf "%.1f", k / 1024}')"
}

echo "report on generated sessions, $runs runs each (median wall time, largest max RSS);"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo
echo '| build | first line | wall time | max RSS |'
echo '|---|---|---|---|'
for n in $sizes; do
  folder="$dir/$n$flags"
  if [[ ! -f $folder/.complete ]]; then
    rm -rf "$folder"
    cargo bench --quiet -p signup-doctor-benches --bench sessions -- "$folder" "$n" $flags >/dev/null
    touch "$folder/.complete"
  fi
  size=$(du -sh "$folder" | cut -f1)
  measure "this build, $n sessions ($size)" "$bin" "$folder"
  if [[ -n $before ]]; then
    measure "--before, $n sessions ($size)" "$before" "$folder"
  fi
done
