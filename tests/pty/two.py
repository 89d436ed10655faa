#!/usr/bin/env python3
"""Two wizards started at once where an unfinished session was kept, each in its own
pseudo-terminal (80x24), as an agent opening two windows after a crash does. The first is offered
the kept session and waits at the question; the second starts meanwhile. The first then answers y,
and each adds a note (NOTE_A, NOTE_B); once both notes are in journals, both are killed (SIGKILL).

Prints one line: offered= (the first start offered the kept session), offered_twice= (the second
start offered it too), then the exit statuses. What is on disk is for the caller to look at.

usage: two.py BINARY NOTE_A NOTE_B"""
import fcntl, glob, json, os, pty, signal, struct, sys, termios
from ptyread import read_until

binary, note_a, note_b = sys.argv[1], sys.argv[2], sys.argv[3]


def start():
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="en_US.UTF-8")
        env.pop("SIGNUP_DOCTOR_PLAIN", None)
        os.execve(binary, [binary, "--lang", "en"], env)
    return pid, fd


def notes_on_disk():
    pattern = os.path.join(os.environ["XDG_STATE_HOME"], "signup-doctor", "*.journal")
    notes = []
    for path in glob.glob(pattern):
        for line in open(path, errors="replace").read().split("\n"):
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if record.get("event") == "note":
                notes.append(record["text"])
    return notes


def note(fd, out, text):
    os.write(fd, b"n")
    out = read_until(fd, out, lambda o: b"Note on this step" in o, 10)
    os.write(fd, text.encode() + b"\r")
    return out


a_pid, a_fd = start()
a_out = read_until(a_fd, b"", lambda o: b"Type y to reopen it" in o, 20)
offered = b"Type y to reopen it" in a_out
b_pid, b_fd = start()
# The second start either offers the kept session too, or goes straight to the first question.
b_out = read_until(b_fd, b"", lambda o: b"Type y to reopen it" in o or b"Where are you stuck" in o, 20)
offered_twice = b"Type y to reopen it" in b_out
if offered_twice:
    os.write(b_fd, b"y\r")
    b_out = read_until(b_fd, b_out, lambda o: b"Which verification option" in o, 10)
else:
    os.write(b_fd, b"\r")
    b_out = read_until(b_fd, b_out, lambda o: b"Which verification option" in o, 10)
os.write(a_fd, b"y\r")
a_out = read_until(a_fd, a_out, lambda o: b"Which verification option" in o, 10)
a_out = note(a_fd, a_out, note_a)
b_out = note(b_fd, b_out, note_b)
read_until(a_fd, b"", lambda _: note_a in notes_on_disk() and note_b in notes_on_disk(), 10)
statuses = []
for pid in (a_pid, b_pid):
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    statuses.append(os.waitstatus_to_exitcode(status))
print(f"offered={offered} offered_twice={offered_twice} exit={statuses[0]},{statuses[1]}")
