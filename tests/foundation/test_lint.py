"""ruff over the project (generated imports excluded): part of `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

RUFF = str(Path(sys.executable).parent / "ruff")


def test_ruff_finds_nothing():
    run = subprocess.run([RUFF, "check", "--output-format", "concise", "."], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_reports_a_real_problem(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n")
    run = subprocess.run([RUFF, "check", "--isolated", "--select", "F", str(bad)], capture_output=True, text=True)
    assert run.returncode == 1 and "F401" in run.stdout
