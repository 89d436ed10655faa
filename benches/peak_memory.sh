#!/usr/bin/env bash
# Peak memory of signup-doctor: the maximum resident set size (RSS) of the release binary, measured
# with GNU time (`/usr/bin/time -v`), for the wizard in plain mode with piped answers and for `walk`,
# `check`, `paths` and `graph` on the shipped tree. Prints a Markdown table (the largest RSS and the
# median wall time of --runs runs). A benchmark, not a test: it never fails on its figures.
#
# Usage: bash benches/peak_memory.sh [--runs N] [--generated]
#   --generated  also the generated 1k, 10k and 100k trees of benches/generate (written first with
#                `SIGNUP_DOCTOR_BENCH_TREES=DIR cargo bench -p signup-doctor-benches --bench engine`): `check`, and the wizard.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
generated=0
while (($#)); do
  case $1 in
    --runs)
      runs=${2:?--runs needs a number}
      shift 2
      ;;
    --generated)
      generated=1
      shift
      ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "peak_memory.sh: unknown argument $1 (see --help)" >&2
      exit 2
      ;;
  esac
done

if [[ ! -x /usr/bin/time ]]; then
  echo "peak_memory.sh needs GNU time at /usr/bin/time: apt-get install -y time" >&2
  exit 2
fi

cargo build --release --quiet --bin signup-doctor
bin=$PWD/target/release/signup-doctor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure LABEL INPUT ARGS…: runs the binary --runs times with INPUT (printf %b escapes) on standard
# input and prints a table row: the largest maximum RSS, and the median wall time (taken around the
# run, since GNU time counts in hundredths of a second).
measure() {
  local label=$1 input=$2
  shift 2
  local rss=() wall=() i status start end
  for ((i = 0; i < runs; i++)); do
    status=0
    start=$EPOCHREALTIME
    printf '%b' "$input" | /usr/bin/time -v -o "$tmp/time" "$bin" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
    end=$EPOCHREALTIME
    if ((status != 0)); then
      echo "peak_memory.sh: \`signup-doctor $*\` exited $status:" >&2
      tail -5 "$tmp/err" "$tmp/out" >&2
      exit 1
    fi
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")")
    wall+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", (e - s) * 1000}')")
  done
  local max_rss median_wall command="signup-doctor $*"
  max_rss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  median_wall=$(printf '%s\n' "${wall[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  if [[ -n $input ]]; then
    command="printf '${input}' \| $command"
  fi
  printf '| %s | `%s` | %s KiB (%s MiB) | %s ms |\n' "$label" "$command" \
    "$max_rss" "$(awk -v k="$max_rss" 'BEGIN {printf "%.1f", k / 1024}')" "$median_wall"
}

echo "Peak memory of target/release/signup-doctor ($(du -k "$bin" | cut -f1) KiB on disk), $runs runs each;"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo
echo '| what | command | max RSS | wall time (median) |'
echo '|---|---|---|---|'
measure "the binary alone (no flows loaded)" "" --version
# Root → verification → the SMS fix → "yes": a resolved walk, then quit.
measure "wizard, plain mode: 3 answers, resolved, quit" '1\n1\n1\nq\n' --plain
# Root → card declined → prepaid → "no" to three fixes: an escalation with its ticket summary, then on
# into the support-ticket topic.
measure "wizard, plain mode: 6 answers, escalation, ticket" '2\n2\n2\n2\n2\n1\nq\n' --plain
measure "wizard, plain mode, French" '1\n1\n1\nq\n' --plain --lang fr
measure "walk a path" "" walk verification/no-sms/no
measure "check the built-in flows and locales" "" check
measure "check the same files from disk" "" check --flows flows --locales locales
measure "every path" "" paths
measure "every path as JSON" "" paths --json
measure "the whole graph (dot)" "" graph

if ((generated)); then
  SIGNUP_DOCTOR_BENCH_TREES="$tmp/trees" cargo bench --quiet -p signup-doctor-benches --bench engine >/dev/null
  cd "$tmp/trees"
  for size in 1k 10k 100k; do
    dirs=(--flows "$size/flows" --locales "$size/locales")
    measure "check, generated $size tree" "" check "${dirs[@]}"
    measure "wizard, plain mode, generated $size tree" '1\n1\n1\nq\n' --plain "${dirs[@]}"
  done
fi
