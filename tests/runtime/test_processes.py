"""helpers.processes.stop: a server that ignores SIGTERM is still killed and reaped."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from helpers import processes

IGNORES_TERM = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(600)"


def test_a_polite_process_leaves_on_sigterm():
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    processes.stop(p, timeout=10)
    assert p.returncode == -signal.SIGTERM


def test_a_process_ignoring_sigterm_is_killed_after_the_timeout_and_reaped():
    p = subprocess.Popen([sys.executable, "-c", IGNORES_TERM], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "ready"  # the handler is installed
    started = time.monotonic()
    processes.stop(p, timeout=0.5)
    assert p.returncode == -signal.SIGKILL  # reaped: returncode is set, no zombie left
    assert time.monotonic() - started >= 0.5
    p.stdout.close()


def test_stopping_nothing_or_a_finished_process_is_a_no_op():
    processes.stop(None, timeout=1)
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    processes.stop(p, timeout=1)
    assert p.returncode == 0
