#!/usr/bin/env python3
"""Runs the wizard full-screen in a pseudo-terminal (80x24), waits for its first frame, leaves it one
way, and prints what tests/it/restore.rs checks: the exit status, whether the terminal is back in
cooked mode, and the escape sequences written on the way out (as a Python bytes repr).

usage: leave.py BINARY q|ctrl-c|sigterm|sighup|sigint|panic"""
import fcntl, os, pty, select, signal, struct, sys, termios, time

binary, how = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="en_US.UTF-8")
    env.pop("SIGNUP_DOCTOR_PLAIN", None)
    if how == "panic":
        env["SIGNUP_DOCTOR_TEST_PANIC"] = "1"
    os.execve(binary, [binary, "--lang", "en"], env)

out = b""


def read(until, seconds):
    global out
    end = time.time() + seconds
    while time.time() < end and not until(out):
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return
            if not data:
                return
            out += data


read(lambda o: b"?1049h" in o and (how == "panic" or b"Where are you stuck" in o), 20)
mark = out.rfind(b"?1049h")
if how == "q":
    os.write(fd, b"q")
elif how == "ctrl-c":
    os.write(fd, b"\x03")
elif how.startswith("sig"):
    os.kill(pid, getattr(signal, how.upper()))
read(lambda o: False, 5)
_, status = os.waitpid(pid, 0)
attrs = termios.tcgetattr(fd)
cooked = bool(attrs[3] & termios.ICANON) and bool(attrs[3] & termios.ECHO)
code = os.waitstatus_to_exitcode(status)
print(f"exit={code} cooked={cooked}")
print(repr(out[mark:]))
