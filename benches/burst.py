#!/usr/bin/env python3
"""Input that comes faster than one key at a time: the wizard full-screen in a pseudo-terminal
(80x24), sent a burst the way a slow link, a terminal without bracketed paste, or a flood delivers
it — written without blocking while the wizard's output is read, as a terminal emulator does.

usage: burst.py BINARY HOW

burst-q: 1,099 keys that do nothing on the first question, then q, in one write: does it quit?
burst-help: the same 1,099 keys, then ?: does the help open (without another key)? Then Ctrl-C.
flood: 200,000 keys (arrows, j/k, Home/End) in one go, then q.
unbracketed: `n`, then 1 MB typed as keys into the note (no bracketed paste), then Enter, q, q.
giant: just q, in a terminal of BURST_SIZE (COLUMNS x ROWS, e.g. 65535x65535; else 80x24): a
terminal may say it is any size.
search-long: `/`, 2,200 characters typed into the search (regex characters among them), then Esc;
once the question shows again (the search closed), q.
stall: `1`, a note kept (not saved); then the terminal stops reading the output (a stalled SSH
link): the help is opened and the terminal resized over and over, each a full redraw, until the
wizard takes no more input (shown= says it came to that); then SIGTERM. The wizard must save and
end while still nobody reads ("hung" if it had not ended 10 s after the signal).

Prints one line: exit= (the wizard's exit status, or "hung" if it had not ended 20 s after the last
byte was sent), shown= (the text waited for appeared), seconds= (from the first byte sent to the
exit), cpu= (the wizard's processor time, in seconds), peak_kb= (its peak resident memory) and
written= (the bytes it wrote to the terminal)."""
import fcntl, os, pty, resource, select, signal, struct, sys, termios, time

binary, how = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    cols, rows = (int(n) for n in os.environ.get("BURST_SIZE", "80x24").split("x"))
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="en_US.UTF-8")
    env.pop("SIGNUP_DOCTOR_PLAIN", None)
    env.pop("LC_ALL", None)
    os.execve(binary, [binary, "--lang", "en"], env)

out = bytearray()
status = None


def pump(data=b"", until=lambda: False, seconds=20):
    """Writes `data` without blocking while reading the output, then reads on until `until()`
    holds, the wizard ends, or `seconds` pass after the last byte went out."""
    global status
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    data = memoryview(data)
    end = None
    while True:
        if not data and end is None:
            end = time.time() + seconds
        if end is not None and (time.time() > end or until()):
            return
        want_write = [fd] if data else []
        readable, writable, _ = select.select([fd], want_write, [], 0.05)
        if readable:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                # The wizard closed the terminal: it is ending (if not ended and waited for).
                if status is None:
                    _, status = os.waitpid(pid, 0)
                return
            out.extend(chunk)
        if writable and data:
            try:
                sent = os.write(fd, data[:4096])
                data = data[sent:]
            except BlockingIOError:
                pass
        if status is None:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                status = st
                return


pump(until=lambda: b"Where are you stuck" in out, seconds=20)
first_frame = b"Where are you stuck" in out
keys = {
    "stall": b"",
    "giant": b"q",
    "burst-q": b"x" * 1099 + b"q",
    "burst-help": b"x" * 1099 + b"?",
    "flood": b"jk\x1b[A\x1b[B\x1b[H\x1b[Fjk" * 20000 + b"q",
    "unbracketed": b"n" + b"abcdefghij" * 100000 + b"\rqq",
    "search-long": (b"a.*[b](c)?+" * 200) + b"\x1b",
}[how]
waited = {"burst-help": b"Keys"}.get(how)
started = time.time()
mark = len(out)
if how == "stall":
    pump(b"1", until=lambda: b"verification" in out[mark:].lower())
    pump(b"n", until=lambda: b"Note on this step" in out[mark:])
    pump(b"kept through a stalled terminal\r", until=lambda: b"Note added" in out[mark:])
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)

    # From here on nothing is read. The help is opened, then each resize redraws every cell,
    # until the terminal's output buffer is full and the wizard waits to write; then it reads no
    # more input either, and once the input buffer is full too, writing a key would block: the
    # terminal is stalled.
    os.write(fd, b"?")
    stalled = False
    cols, rows = (int(n) for n in os.environ.get("BURST_SIZE", "80x24").split("x"))
    for i in range(10_000):
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols - i % 2, 0, 0))
        os.kill(pid, signal.SIGWINCH)
        try:
            os.write(fd, b"j" * 64)
        except BlockingIOError:
            stalled = True
            break
        select.select([], [], [], 0.002)
    os.kill(pid, signal.SIGTERM)
    deadline = time.time() + 10
    while status is None and time.time() < deadline:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            status = st
        else:
            select.select([], [], [], 0.05)
    shown = stalled
    if status is None:
        print(f"exit=hung shown={shown} seconds=- peak_kb=-")
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        sys.exit(0)
elif how == "search-long":
    # Esc must close the search: the question it covered is drawn again. Only then q (sent with
    # Esc, it would read as Alt-q).
    pump(b"/", until=lambda: b"Search" in out[mark:])
    opened = len(out)
    pump(keys, until=lambda: b"Where are you stuck" in out[opened:])
    shown = b"Where are you stuck" in out[opened:]
    pump(b"q")
elif waited:
    pump(keys, until=lambda: waited in out[mark:])
    shown = waited in out[mark:]
    # Ctrl-C leaves from the help too (q would close it).
    pump(b"\x03")
else:
    pump(keys)
    shown = first_frame
if status is None:
    print(f"exit=hung shown={shown} seconds={time.time() - started:.2f} peak_kb=-")
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    sys.exit(0)
seconds = time.time() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(
    f"exit={os.waitstatus_to_exitcode(status)} shown={shown} seconds={seconds:.2f} cpu={cpu:.2f} "
    f"peak_kb={usage.ru_maxrss} written={len(out)}"
)
