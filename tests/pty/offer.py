#!/usr/bin/env python3
"""The offer of a kept session, answered on a real terminal: starts the wizard in a
pseudo-terminal (80x24) in LANG where an unfinished session was kept, waits for the question about
it, types ANSWER and Enter, waits for the first question of the wizard, then stops it (SIGKILL).
What is on disk is for the caller to look at.

usage: offer.py BINARY LANG ANSWER"""
import fcntl, os, pty, signal, struct, sys, termios
from ptyread import read_until

binary, lang, answer = sys.argv[1], sys.argv[2], sys.argv[3]
asked = {"en": b"Type y to reopen it", "fr": "Tapez o pour la rouvrir".encode()}[lang]
first = {"en": b"Where are you stuck", "fr": "Où se situe le blocage".encode()}[lang]

pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", LANG="fr_FR.UTF-8" if lang == "fr" else "en_US.UTF-8")
    env.pop("SIGNUP_DOCTOR_PLAIN", None)
    os.execve(binary, [binary, "--lang", lang], env)
out = read_until(fd, b"", lambda o: asked in o, 20)
os.write(fd, answer.encode() + b"\r")
out = read_until(fd, out, lambda o: first in o, 20)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print(f"asked={asked in out} started={first in out}")
