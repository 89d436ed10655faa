#!/usr/bin/env python3
"""Frame timings of the full-screen wizard against a bare ratatui program, in a pseudo-terminal.

Measures, for each program, over many runs interleaved (one run of each program in turn, so a busy
moment of the machine falls on all of them alike, the order turning each round so that each takes
every place in the round alike):
  * start -> first full frame: from just before the process is started until the last row of its
    first frame (the key-hint line, which ratatui writes last) has been written to the terminal;
  * key -> next frame: from writing `j` or `k` to the terminal until the redrawn selection
    symbol arrives;
  * peak memory (VmHWM, the peak resident set, read just before the program is asked to quit).
Then, outside the terminal: `--plain` from start to its first prompt, `check` and `--version` (the
cost of starting the process at all) from start to exit.

The baseline is `examples/bare_list.rs`: ratatui::run drawing one list of the same answers.
Both are release builds, run in an 80x24 pseudo-terminal with TERM=xterm-256color. The wizard
starts faster from a copy of its binary (what `cargo install` puts in ~/.cargo/bin) than from the
file the linker just wrote, while that file stays in the page cache: 4.27 ms against 4.62 ms, same
bytes, same run (the bare program, ten times smaller, hardly moves). This script runs target/release
as built, the slower case, unless --binary names a copy.

With --instructions (needs valgrind), each program also runs once under callgrind up to its first
frame, and the instruction counts are printed: the whole process, and for the wizard the part spent
loading the tree (`content::load`) against the part spent in the full-screen UI (`tui::run`). Counts do
not depend on what else the machine is doing.

With --before BINARY, another build of signup-doctor (say, the last release) is measured in the
same runs, for before/after figures.

Usage: python3 benches/first_frame.py [--runs N] [--keys N] [--no-build] [--instructions] [--before BINARY] [--binary BINARY]
This is a benchmark, not a test: it prints figures and never fails on them.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, "target", "release")
COLUMNS, ROWS = 80, 24
TIMEOUT = 5.0


def build():
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--bin", "signup-doctor", "--example", "bare_list"],
        cwd=ROOT,
        check=True,
    )


def read_until(fd, marker, deadline):
    """Reads from fd until `marker` (bytes) has arrived; returns the time it did."""
    seen = b""
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(f"no {marker!r} within {TIMEOUT}s; got {seen[-200:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError as error:
            raise EOFError(f"terminal closed before {marker!r}: {error}") from error
        if not chunk:
            raise EOFError(f"terminal closed before {marker!r}")
        seen += chunk
        if marker in seen:
            return time.perf_counter()


def drain(fd, quiet=0.05):
    """Reads whatever the program still writes until it has been quiet for `quiet` seconds."""
    while select.select([fd], [], [], quiet)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def peak_rss(pid):
    """The process's peak resident memory so far, in KiB (VmHWM: since its exec, not the forked
    Python it replaced, which the rusage of a forked child would count)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def fresh_state(env):
    """No journal or transcript of an earlier run left (a journal would be offered at the next
    start): every run starts alike, with its folders already there, as on a machine used before."""
    for folder in (env["XDG_STATE_HOME"], env["XDG_DATA_HOME"]):
        shutil.rmtree(os.path.join(folder, "signup-doctor"), ignore_errors=True)
        os.makedirs(os.path.join(folder, "signup-doctor"), mode=0o700, exist_ok=True)


def one_run(argv, env, frame_marker, key_marker, keys):
    fresh_state(env)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    try:
        first = read_until(fd, frame_marker, start + TIMEOUT) - start
        drain(fd)
        key_times = []
        for i in range(keys):
            sent = time.perf_counter()
            os.write(fd, b"j" if i % 2 == 0 else b"k")
            key_times.append(read_until(fd, key_marker, sent + TIMEOUT) - sent)
            drain(fd, 0.02)
        peak = peak_rss(pid)
        os.write(fd, b"q")
        drain(fd, 0.2)
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    return first, key_times, peak


def instructions(argv, env, marker):
    """Runs argv under callgrind until its first frame, then quits it; returns {function: Ir}."""
    out_file = os.path.join(ROOT, "target", "first_frame.callgrind")
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}"]
    fresh_state(env)
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvpe("valgrind", valgrind + argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    try:
        read_until(fd, marker, time.perf_counter() + 60)
        os.write(fd, b"q")
        drain(fd, 1.0)
    finally:
        os.waitpid(pid, 0)
        os.close(fd)
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", out_file], capture_output=True, text=True, check=True
    ).stdout
    counts = {}
    for line in annotated.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].replace(",", "").isdigit():
            name = "PROGRAM TOTALS" if "PROGRAM TOTALS" in line else parts[-2].split(":", 1)[-1]
            counts.setdefault(name, int(parts[0].replace(",", "")))
    return counts


def summary(values):
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, int(len(ms) * 0.9))]
    return f"median {statistics.median(ms):6.2f} ms   mean {statistics.mean(ms):6.2f} ms   p90 {p90:6.2f} ms"


def until_output(argv, env, marker):
    """Seconds from start until `marker` appears on stdout or stderr (or until exit, if None)."""
    fresh_state(env)
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    if marker is None:
        child.communicate()
        return time.perf_counter() - start
    seen = b""
    while marker not in seen:
        chunk = os.read(child.stdout.fileno(), 65536)
        if not chunk:
            raise EOFError(f"{argv} ended before {marker!r}: {seen[-200:]!r}")
        seen += chunk
    took = time.perf_counter() - start
    child.communicate()  # closes its input: the wizard leaves as it does at the end of input
    return took


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--before", help="another signup-doctor binary to measure in the same runs")
    parser.add_argument("--binary", help="the signup-doctor binary to measure (default: target/release's)")
    args = parser.parse_args()
    if not args.no_build:
        build()
    state = os.path.join(ROOT, "target", "first_frame_home")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "HOME": state,
        "XDG_STATE_HOME": os.path.join(state, "state"),
        "XDG_DATA_HOME": os.path.join(state, "data"),
    }
    wizard = os.path.abspath(args.binary) if args.binary else os.path.join(RELEASE, "signup-doctor")
    binaries = {"signup-doctor": wizard}
    if args.before:
        binaries = {"signup-doctor (before)": os.path.abspath(args.before), **binaries}
    programs = {"bare ratatui list": [os.path.join(RELEASE, "examples", "bare_list")]}
    programs.update({name: [path, "--lang", "en"] for name, path in binaries.items()})
    marker, selection = b"quit", "\u25b6".encode()
    for argv in programs.values():
        one_run(argv, env, marker, selection, 2)  # warm the page cache
    results = {name: ([], [], []) for name in programs}
    # The order turns by one each round, so that each program takes every place in the round
    # equally often.
    order = list(programs.items())
    for round_ in range(args.runs):
        shift = round_ % len(order)
        for name, argv in order[shift:] + order[:shift]:
            first, key_times, rss = one_run(argv, env, marker, selection, args.keys)
            results[name][0].append(first)
            results[name][1].extend(key_times)
            results[name][2].append(rss)
    for name, (firsts, keys, rss) in results.items():
        print(f"{name}")
        print(f"  start -> first frame ({args.runs} runs):      {summary(firsts)}")
        print(f"  key -> next frame ({len(keys)} keys):        {summary(keys)}")
        print(f"  peak memory (max RSS, median):        {statistics.median(rss) / 1024:6.1f} MiB")
    bare_first = statistics.median(results["bare ratatui list"][0])
    bare_key = statistics.median(results["bare ratatui list"][1])
    for name in binaries:
        first = statistics.median(results[name][0]) / bare_first
        key = statistics.median(results[name][1]) / bare_key
        print(f"{name} / bare (medians): first frame {first:.2f}x (goal: at most 1.25x), key -> frame {key:.2f}x (goal: at most 1.5x)")
    print("outside the terminal (medians):")
    commands = {
        "--plain, start -> first prompt": (["--plain", "--lang", "en"], b"Type a number"),
        "check, start -> exit": (["check"], None),
        "--version, start -> exit": (["--version"], None),
    }
    for label, (extra, until) in commands.items():
        times = {name: [] for name in binaries}
        named = list(binaries.items())
        for round_ in range(args.runs):
            shift = round_ % len(named)
            for name, path in named[shift:] + named[:shift]:
                times[name].append(until_output([path, *extra], env, until))
        shown = "   ".join(f"{name} {statistics.median(t) * 1000:6.2f} ms" for name, t in times.items())
        print(f"  {label:<32} {shown}")
    if args.instructions:
        bare_ir = instructions(programs["bare ratatui list"], env, marker)
        wizard_ir = instructions(programs["signup-doctor"], env, marker)
        total = wizard_ir.get("PROGRAM TOTALS", 0)
        load = wizard_ir.get("signup_doctor_core::content::open", 0)
        ui = wizard_ir.get("signup_doctor_term::tui::run", 0)
        bare_total = bare_ir.get("PROGRAM TOTALS", 0)
        print("instructions to the first frame and quit (callgrind):")
        print(f"  bare ratatui list, whole process:   {bare_total:>12,}")
        print(f"  signup-doctor, whole process:       {total:>12,}")
        print(f"    opening flows and locales:        {load:>12,}")
        print(f"    full-screen UI (tui::run):        {ui:>12,}   {ui / max(bare_total, 1):.2f}x the bare program")
    return 0


if __name__ == "__main__":
    sys.exit(main())
