"""Reading a pseudo-terminal's output, shared by the scripts here."""
import os, select, time


def read_until(fd, out, until, seconds):
    """Reads what the child writes to `fd` onto `out` until `until(out)` holds, the child closes
    its side, or `seconds` pass; returns the bytes read so far."""
    end = time.time() + seconds
    while time.time() < end and not until(out):
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return out
            if not data:
                return out
            out += data
    return out
