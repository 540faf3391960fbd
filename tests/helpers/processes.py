"""Ending a server a test started (MariaDB, the Apache pod): politely, then for certain.

One place for it, so every server is reaped the same way: SIGTERM, wait, SIGKILL if it
does not leave in time, and wait again so no zombie outlives the test.
"""

from __future__ import annotations

import subprocess


def stop(process: subprocess.Popen | None, timeout: float) -> None:
    """Terminate `process` (if it still runs), give it `timeout` seconds, then kill it; always reap it."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
