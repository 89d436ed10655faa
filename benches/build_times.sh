#!/usr/bin/env bash
# What a contributor waits for: the first `cargo test --locked --no-run` on an empty target folder
# (every crate compiled, the crates already downloaded), then a warm `cargo test --locked`, the
# number of crates compiled, the tests a machine with only Rust skips, and optionally the first screen
# against a bare ratatui program (benches/first_frame.py). Prints one figure a line, each with the
# machine's load average (`uptime`) next to it: the machine may be shared, and a cold build on 2
# busy cores takes twice as long. A benchmark, not a test: it never fails on its figures.
#
# Usage: bash benches/build_times.sh [--target-dir DIR] [--warm-runs N] [--first-frame] [--skip-cold]
#   --target-dir DIR  the empty target folder the cold build uses (default: a fresh folder under
#                     /tmp, removed at the end); the worktree's own target/ is left alone
#   --warm-runs N     warm `cargo test --locked` runs after the cold build (default 3; the median)
#   --first-frame     also `python3 benches/first_frame.py --runs 21` (builds the release binary)
#   --skip-cold       no cold build: the warm runs and counts only, in the worktree's target/
set -euo pipefail
cd "$(dirname "$0")/.."

target=""
warm_runs=3
first_frame=0
cold=1
while (($#)); do
  case $1 in
    --target-dir)
      target=${2:?--target-dir needs a folder}
      shift 2
      ;;
    --warm-runs)
      warm_runs=${2:?--warm-runs needs a number}
      shift 2
      ;;
    --first-frame)
      first_frame=1
      shift
      ;;
    --skip-cold)
      cold=0
      shift
      ;;
    -h | --help)
      sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "build_times.sh: unknown argument $1 (see --help)" >&2
      exit 2
      ;;
  esac
done

load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
minutes() { awk -v s="$1" 'BEGIN { printf "%dm %02ds", s / 60, s % 60 }'; }

echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(rustc --version)"

if ((cold)); then
  made=0
  if [[ -z $target ]]; then
    target=$(mktemp -d /tmp/signup-doctor-build-times.XXXXXX)
    made=1
  fi
  rm -rf "$target"
  mkdir -p "$target"
  export CARGO_TARGET_DIR=$target
  log=$target/cold.log
  before=$(load)
  start=$(now)
  # GNU time, when there, adds the processor time: what the build costs whatever else runs.
  timer=()
  if [[ -x /usr/bin/time ]]; then
    timer=(/usr/bin/time -f '%U %S' -o "$target/cpu")
  fi
  "${timer[@]}" cargo test --locked --no-run --timings >"$log" 2>&1 || {
    cat "$log" >&2
    exit 1
  }
  end=$(now)
  cold_s=$(seconds "$start" "$end")
  echo "cold cargo test --locked --no-run: $(minutes "$cold_s") ($cold_s s); load before $before, after $(load)"
  if [[ -s $target/cpu ]]; then
    cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$target/cpu")
    echo "  processor time: $(minutes "$cpu") ($cpu s; on $(nproc) idle cores at best $(minutes $((cpu / $(nproc)))))"
  fi
  units=$(grep -c '^ *Compiling ' "$log" || true)
  crates=$(grep '^ *Compiling ' "$log" | awk '{ print $2, $3 }' | sort -u | wc -l)
  echo "crates compiled: $crates ($units compilations; a crate built for the host and the target counts twice)"
  twice=$(grep '^ *Compiling ' "$log" | awk '{ print $2, $3 }' | sort | uniq -d | tr '\n' ' ')
  echo "compiled twice: ${twice:-none}"
  # cargo writes the timings page into the target folder; keep it for a look.
  timings=$(ls -t "$target"/cargo-timings/cargo-timing-*.html 2>/dev/null | head -n 1 || true)
  if [[ -n $timings ]]; then
    cp "$timings" /tmp/signup-doctor-cargo-timing.html
    echo "cargo's timings: /tmp/signup-doctor-cargo-timing.html"
  fi
fi

# Warm runs: nothing to compile, the whole default suite.
walls=()
for _ in $(seq "$warm_runs"); do
  before=$(load)
  start=$(now)
  out=$(cargo test --locked 2>&1) || {
    echo "$out" >&2
    exit 1
  }
  end=$(now)
  walls+=("$(seconds "$start" "$end")")
  echo "warm cargo test --locked: $(seconds "$start" "$end") s; load before $before"
done
if ((${#walls[@]})); then
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m }')
  echo "warm cargo test --locked, median of ${#walls[@]}: $median s"
  passed=$(grep -o '[0-9]* passed' <<<"$out" | awk '{ s += $1 } END { print s }')
  ignored=$(grep -o '[0-9]* ignored' <<<"$out" | awk '{ s += $1 } END { print s }')
  echo "tests: $passed passed, $ignored ignored (skipped with only Rust on the PATH: each needs an outside program)"
  grep -o "ignored, needs [^:]*" <<<"$out" | sort | uniq -c | sed 's/^/  /' || true
fi

# The same suite on a machine with only Rust: a PATH of /usr/bin and /bin without the outside
# programs some tests use (dot, groff, node, npm, python3, bash). What it skips is what a newcomer
# misses; it must pass.
bare=$(mktemp -d /tmp/signup-doctor-only-rust.XXXXXX)
for dir in /usr/local/bin /usr/bin /bin; do
  for program in "$dir"/*; do
    name=${program##*/}
    case $name in
      dot | groff | node | npm | npx | python3 | python3.* | python | bash) continue ;;
    esac
    # A name already linked (from an earlier folder) stays, even when its link leads nowhere.
    [[ -e $bare/$name || -L $bare/$name ]] || ln -s "$program" "$bare/$name"
  done
done
cargo_bin=$(dirname "$(command -v cargo)")
rustc_bin=$(dirname "$(command -v rustc)")
before=$(load)
start=$(now)
out=$(PATH="$cargo_bin:$rustc_bin:$bare" cargo test --locked 2>&1) || {
  echo "$out" >&2
  echo "build_times.sh: the suite fails with only Rust on the PATH" >&2
  exit 1
}
end=$(now)
rm -rf "$bare"
ignored=$(grep -o '[0-9]* ignored' <<<"$out" | awk '{ s += $1 } END { print s }')
skipped=$(grep -c '^skipped ' <<<"$out" || true)
echo "with only Rust on the PATH: passes in $(seconds "$start" "$end") s (load before $before); $ignored ignored, $skipped skipped"

if ((cold)) && ((made)); then
  rm -rf "$target"
fi

if ((first_frame)); then
  unset CARGO_TARGET_DIR
  echo "first screen (load $(load)):"
  python3 benches/first_frame.py --runs 21
fi
