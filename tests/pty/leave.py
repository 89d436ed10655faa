#!/usr/bin/env python3
"""Runs the wizard full-screen in a pseudo-terminal (80x24), waits for its first frame, leaves it one
way, and prints what tests/it/restore.rs checks: the exit status, whether the terminal is back in
cooked mode, and the escape sequences written on the way out (as a Python bytes repr).

usage: leave.py BINARY q|ctrl-c|sigterm|sighup|sigint|sigquit|sigusr1|panic|paste|ctrl-z|sigtstp|sigstop|copy|look [ARGS...]

sig…: that signal sent from outside (any name the signal module knows).

redirected: standard output goes to the file LEAVE_STDOUT (so the wizard runs in plain mode); waits
for the prompt on the terminal, then types q. The status line adds prompt= (the prompt reached the
terminal).

LEAVE_LANG, if set, is the wizard's LANG (else en_US.UTF-8; LC_ALL and LC_CTYPE are unset).

ARGS, if any, replace the wizard's arguments (`--lang en`). LEAVE_WAIT (default "Where are you
stuck") is the text of the first frame waited for.

look: optionally resizes to LEAVE_SIZE (e.g. 40x12, with SIGWINCH) and writes the screen then to
LEAVE_SCREEN.small; types LEAVE_KEYS; resizes back to 80x24 if it resized; writes the 80x24 screen to
LEAVE_SCREEN; then q.

copy: `y` on the first question, then q. The status line adds copied= with the text the OSC 52
sequence (ESC ] 52 ; c ; BASE64 BEL) put on the clipboard, as a Python str repr.

paste: `n`, then a two-line paste with a `q` line in the middle, sent the way a terminal sends it
(bracketed with ESC[200~ … ESC[201~ only if the program turned bracketed paste on with ESC[?2004h,
as plain typed keys otherwise), Enter to keep the note, then q, q. The status line adds
pasted=True when the whole paste showed in the note as one line.

ctrl-z, sigtstp: Ctrl-Z typed, or SIGTSTP sent from outside; then SIGCONT, then q. The status line
adds stopped= (the process stopped), left= (the main screen came back before it stopped),
cooked_stopped= (the terminal was cooked while it was stopped), back= (SIGCONT brought back the
alternate screen and redrew the question) and raw= (raw mode was back after SIGCONT).

sigstop: SIGSTOP (which cannot be caught), the terminal made cooked meanwhile as a shell does, then
SIGCONT, then q; the status line adds stopped=, back= and raw= as above."""
import base64, fcntl, os, pty, select, signal, struct, sys, termios, time
from ptyread import read_until

binary, how = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG=os.environ.get("LEAVE_LANG", "en_US.UTF-8"))
    env.pop("LC_ALL", None)
    env.pop("LC_CTYPE", None)
    env.pop("SIGNUP_DOCTOR_PLAIN", None)
    if how == "panic":
        env["SIGNUP_DOCTOR_TEST_PANIC"] = "1"
    if how == "redirected":
        target = os.open(os.environ["LEAVE_STDOUT"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(target, 1)
    args = sys.argv[3:] or ["--lang", "en"]
    os.execve(binary, [binary] + args, env)

out = b""
status = None


def read(until, seconds):
    global out
    out = read_until(fd, out, until, seconds)


def wait_for(needle, since, seconds=10):
    read(lambda o: needle in o[since:], seconds)
    return needle in out[since:]


def screen(data):
    """The 80x24 screen after `data`, as text: just enough of a terminal for what the wizard writes
    (cursor moves, text, clearing; styles and modes are skipped). A cell unchanged from the last
    frame is not written again, so text is looked for here rather than in the bytes."""
    rows = [[" "] * 80 for _ in range(24)]
    y = x = 0
    text = data.decode("utf-8", "replace")
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\x1b" and text[i + 1 : i + 2] == "[":
            j = i + 2
            while j < len(text) and not ("@" <= text[j] <= "~"):
                j += 1
            params, final = text[i + 2 : j], text[j : j + 1]
            if final == "H":
                parts = [int(p) if p.isdigit() else 1 for p in (params.split(";") + ["1", "1"])[:2]]
                y, x = parts[0] - 1, parts[1] - 1
            elif (final == "J" and params == "2") or (final == "h" and params == "?1049"):
                rows = [[" "] * 80 for _ in range(24)]
            i = j + 1
        elif c == "\x1b" and text[i + 1 : i + 2] == "]":
            end = text.find("\x1b\\", i)
            i = len(text) if end < 0 else end + 2
        elif c == "\x1b":
            i += 2
        else:
            if c >= " " and 0 <= y < 24 and 0 <= x < 80:
                rows[y][x] = c
                x += 1
            i += 1
    return "\n".join("".join(r) for r in rows)


def shows(needle, since, seconds=10):
    read(lambda o: needle in screen(o[since:]), seconds)
    return needle in screen(out[since:])


def write(data):
    try:
        os.write(fd, data)
    except OSError:
        pass


def cooked_now():
    lflag = termios.tcgetattr(fd)[3]
    return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)


def raw_now():
    lflag = termios.tcgetattr(fd)[3]
    return not lflag & termios.ICANON and not lflag & termios.ECHO


def wait_stopped(seconds):
    """True once the child has stopped; reads its output meanwhile, so it never blocks on a full pty."""
    global status
    end = time.time() + seconds
    while time.time() < end:
        read(lambda o: False, 0.05)
        done, st = os.waitpid(pid, os.WUNTRACED | os.WNOHANG)
        if done == pid:
            if os.WIFSTOPPED(st):
                return True
            status = st
            return False
    return False


first = os.environ.get("LEAVE_WAIT", "Where are you stuck").encode()
if how == "redirected":
    read(lambda o: b"Type a number" in o, 20)
else:
    read(lambda o: b"?1049h" in o and (how == "panic" or first in o), 20)
mark = max(out.rfind(b"?1049h"), 0)
extra = ""
if how == "q":
    write(b"q")
elif how == "redirected":
    extra = f" prompt={b'Type a number' in out}"
    write(b"q\n")
elif how == "ctrl-c":
    write(b"\x03")
elif how.startswith("sig") and how not in ("sigtstp", "sigstop"):
    os.kill(pid, getattr(signal, how.upper()))
elif how == "paste":
    write(b"n")
    wait_for(b"Note on this step", mark)
    text = b"line one\rq\rline two"
    if b"?2004h" in out:
        write(b"\x1b[200~" + text + b"\x1b[201~")
    else:
        write(text)
    pasted = shows("line one q line two", mark, 3)
    write(b"\r")
    wait_for(b"Note added", mark, 3)
    # The kept note is not saved: q asks first, q again quits without saving.
    at = len(out)
    write(b"q")
    wait_for(b"Quit?", at, 3)
    write(b"q")
    extra = f" pasted={pasted}"
elif how in ("ctrl-z", "sigtstp"):
    if how == "ctrl-z":
        write(b"\x1a")
    else:
        os.kill(pid, signal.SIGTSTP)
    stopped = wait_stopped(5)
    read(lambda o: False, 0.2)
    left = b"?1049l" in out[mark:]
    cooked_stopped = cooked_now()
    at = len(out)
    os.kill(pid, signal.SIGCONT)
    back = wait_for(b"?1049h", at, 5) and shows("Where are you stuck?", out.find(b"?1049h", at), 5)
    raw = raw_now()
    write(b"q")
    extra = f" stopped={stopped} left={left} cooked_stopped={cooked_stopped} back={back} raw={raw}"
elif how == "copy":
    write(b"y")
    read(lambda o: b"\x1b]52;c;" in o[mark:] and b"\x07" in o[o.find(b"\x1b]52;c;", mark):], 5)
    start = out.find(b"\x1b]52;c;", mark)
    copied = None
    if start >= 0:
        end = out.find(b"\x07", start)
        copied = base64.b64decode(out[start + 7 : end]).decode("utf-8")
    write(b"q")
    extra = f" copied={copied!r}"
elif how == "look":
    size = os.environ.get("LEAVE_SIZE")
    target = os.environ["LEAVE_SCREEN"]
    read(lambda o: False, 0.3)
    if size:
        cols, rows = (int(n) for n in size.split("x"))
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.kill(pid, signal.SIGWINCH)
        read(lambda o: False, 0.5)
        with open(target + ".small", "w") as f:
            f.write(screen(out[mark:]))
    for key in os.environ.get("LEAVE_KEYS", "").encode():
        write(bytes([key]))
        read(lambda o: False, 0.15)
    if size:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.kill(pid, signal.SIGWINCH)
    read(lambda o: False, 0.5)
    with open(target, "w") as f:
        f.write(screen(out[mark:]))
    write(b"q")
elif how == "sigstop":
    os.kill(pid, signal.SIGSTOP)
    stopped = wait_stopped(5)
    attrs = termios.tcgetattr(fd)
    attrs[3] |= termios.ICANON | termios.ECHO
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
    at = len(out)
    os.kill(pid, signal.SIGCONT)
    back = wait_for(b"?1049h", at, 5) and shows("Where are you stuck?", out.find(b"?1049h", at), 5)
    raw = raw_now()
    write(b"q")
    extra = f" stopped={stopped} back={back} raw={raw}"
read(lambda o: False, 5)
if status is None:
    # A wizard still running (or stopped) now has failed: it is killed, so the test never hangs.
    for _ in range(50):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
print(f"exit={code} cooked={cooked_now()}{extra}")
print(repr(out[mark:]))
