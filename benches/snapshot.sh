#!/usr/bin/env bash
# How long `signup-doctor snapshot` takes and how much memory it needs (the release binary, GNU time's
# maximum RSS): on the shipped tree (both languages; writing every file with --update, then comparing
# with them), and on trees whose paths double at each question — the base fixture plus a topic of Q
# questions whose two answers both lead to the next one, so 2^Q paths (Q = 20, 40, and 400 for ten
# times the screens). Memory should follow the number of screens, never the number of paths. Prints a
# Markdown table: the median wall time and the largest RSS of --runs runs. A benchmark, not a test: it
# never fails on its figures.
#
# Usage: bash benches/snapshot.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
while (($#)); do
  case $1 in
    --runs)
      runs=${2:?--runs needs a number}
      shift 2
      ;;
    -h | --help)
      sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "snapshot.sh: unknown argument $1 (see --help)" >&2
      exit 2
      ;;
  esac
done

if [[ ! -x /usr/bin/time ]]; then
  echo "snapshot.sh needs GNU time at /usr/bin/time: apt-get install -y time" >&2
  exit 2
fi

cargo build --release --locked --quiet --bin signup-doctor
bin=$PWD/target/release/signup-doctor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# doubling DIR Q: the base fixture (and the wizard's own messages) in DIR/flows and DIR/locales, with
# topic `gen` of Q doubling questions reached from the root's last answer.
doubling() {
  local dir=$1 questions=$2 i next
  mkdir -p "$dir/flows" "$dir/locales/en" "$dir/locales/fr"
  cp tests/fixtures/base/flows/*.yaml "$dir/flows/"
  for lang in en fr; do
    cp tests/fixtures/base/locales/$lang/*.ftl "$dir/locales/$lang/"
    cp locales/$lang/{ui,agent,journal,terms}.ftl "$dir/locales/$lang/"
    printf 'root-where-gen = Generated\ngen-title = Generated\ngen-q = Which one\ngen-a = A\ngen-b = B\ngen-end = Done\n' \
      >"$dir/locales/$lang/gen.ftl"
  done
  {
    printf 'topic: gen\ntitle: gen-title\nnodes:\n'
    for ((i = 0; i < questions; i++)); do
      next=q$((i + 1))
      ((i + 1 == questions)) && next=done
      printf '  - id: q%d\n    question: gen-q\n    answers:\n' "$i"
      printf '      - id: a\n        label: gen-a\n        next: %s\n' "$next"
      printf '      - id: b\n        label: gen-b\n        next: %s\n' "$next"
    done
    printf '  - id: done\n    end: resolved\n    text: gen-end\n'
  } >"$dir/flows/gen.yaml"
  # The new answer goes after the root question's last one (as tests/it/hostile.rs adds it).
  python3 - "$dir/flows/root.yaml" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
last = "        next: help:start\n"
text = text.replace(last, last + "      - id: gen\n        label: root-where-gen\n        next: gen:q0\n", 1)
open(path, "w").write(text)
PY
}

# measure LABEL ARGS…: runs `signup-doctor ARGS` --runs times; prints a row with the median wall time
# (taken around the run) and the largest maximum RSS. Exit 1 (a difference) is not a failure here.
measure() {
  local label=$1
  shift
  local rss=() wall=() i status start end
  for ((i = 0; i < runs; i++)); do
    status=0
    start=$EPOCHREALTIME
    /usr/bin/time -v -o "$tmp/time" "$bin" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
    end=$EPOCHREALTIME
    if ((status > 1)); then
      echo "snapshot.sh: \`signup-doctor $*\` exited $status:" >&2
      tail -5 "$tmp/err" "$tmp/out" >&2
      exit 1
    fi
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")")
    wall+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", e - s}')")
  done
  local median max
  median=$(printf '%s\n' "${wall[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  max=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  local summary
  summary=$(tail -1 "$tmp/out")
  printf '| %s | %s s | %.1f MiB | %s |\n' "$label" "$median" "$(awk -v k="$max" 'BEGIN {print k / 1024}')" "${summary#snapshot: }"
}

echo "| run | median wall time | max RSS | what it says |"
echo "|---|---|---|---|"
measure "shipped tree, --update (en + fr)" snapshot "$tmp/shipped" --update
measure "shipped tree, compare (en + fr)" snapshot "$tmp/shipped"
measure "shipped tree, compare with every full screen changed (--width 160)" snapshot "$tmp/shipped" --width 160
for questions in 20 40 400; do
  doubling "$tmp/gen$questions" "$questions"
  measure "2^$questions paths ($questions doubling questions), --update" \
    snapshot "$tmp/gen$questions/snap" --update --flows "$tmp/gen$questions/flows" --locales "$tmp/gen$questions/locales"
  measure "2^$questions paths, compare" \
    snapshot "$tmp/gen$questions/snap" --flows "$tmp/gen$questions/flows" --locales "$tmp/gen$questions/locales"
done
