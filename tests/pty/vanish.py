#!/usr/bin/env python3
"""Runs the wizard full-screen in a pseudo-terminal (80x24), answers the first question, writes a
note, then makes the terminal vanish one way: `kill` sends SIGKILL to the wizard (nothing can be
saved on the way out), `close` closes the terminal (the master side goes away, as when a window or
an SSH connection closes) as soon as the note is in the journal, while the wizard is still drawing;
`hup` does what a terminal emulator or tmux does when its window closes: SIGHUP to the wizard, then
the terminal closed at once.
`offer` instead starts the wizard where an unfinished session was kept, answers y to reopen it,
then quits saving (s). Prints the exit status the wizard ended with.

draft-kill, draft-close and draft-hup do the same as kill and close with a note still being typed: `n`, the
text, no Enter; the terminal vanishes once the text is in the journal as a draft.

usage: vanish.py BINARY kill|close|hup|draft-kill|draft-close|draft-hup|offer NOTE"""
import fcntl, glob, json, os, pty, signal, struct, sys, termios, time
from ptyread import read_until

binary, how, note = sys.argv[1], sys.argv[2], sys.argv[3]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="en_US.UTF-8")
    env.pop("SIGNUP_DOCTOR_PLAIN", None)
    os.execve(binary, [binary, "--lang", "en"], env)

out = b""


def read(until, seconds):
    global out
    out = read_until(fd, out, until, seconds)


if how == "offer":
    read(lambda o: b"Type y to reopen it" in o, 20)
    os.write(fd, b"y\r")
    read(lambda o: b"Which verification option" in o, 10)
    os.write(fd, b"q")
    read(lambda o: b"Quit?" in o, 10)
    os.write(fd, b"s")
    read(lambda o: False, 3)
    _, status = os.waitpid(pid, 0)
    print(f"exit={os.waitstatus_to_exitcode(status)}")
    sys.exit(0)

def journal_texts(path):
    """The notes a journal holds and the draft its draft lines make (each line keeps the first
    `keep` characters of the draft, then adds `text`; a kept note ends the draft)."""
    texts, draft = [], ""
    for line in open(path, errors="replace").read().split("\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("event") == "note":
            texts.append(record["text"])
            draft = ""
        elif record.get("event") == "draft":
            draft = draft[: record["keep"]] + record["text"]
    return texts + [draft]


def in_file(text):
    """A test for `read`: `text` is in the session's journal file as written."""
    pattern = os.path.join(os.environ["XDG_STATE_HOME"], "signup-doctor", "*.journal")
    return lambda _: any(text in open(path, errors="replace").read() for path in glob.glob(pattern))


def in_journal(text, kept):
    """A test for `read`: `text` is in the session's journal, as a kept note (`kept`) or as the
    draft. (Words on screen may come in pieces: ratatui sends only the cells that changed.)"""
    pattern = os.path.join(os.environ["XDG_STATE_HOME"], "signup-doctor", "*.journal")

    def found(_):
        for path in glob.glob(pattern):
            texts = journal_texts(path)
            if any(text in t for t in (texts[:-1] if kept else texts[-1:])):
                return True
        return False

    return found


read(lambda o: b"Where are you stuck" in o, 20)
os.write(fd, b"\r")
read(in_file('"event":"chose"'), 10)
os.write(fd, b"n")
read(lambda o: b"Note on this step" in o or b"Card numbers are removed" in o, 10)
draft = how.startswith("draft-")
os.write(fd, note.encode() + (b"" if draft else b"\r"))
read(in_journal(note, kept=not draft), 10)
if how.endswith("hup"):
    os.kill(pid, signal.SIGHUP)
    os.close(fd)
elif how.endswith("kill"):
    os.kill(pid, signal.SIGKILL)
else:
    os.close(fd)
_, status = os.waitpid(pid, 0)
print(f"exit={os.waitstatus_to_exitcode(status)}")
