"""The README's Day-2 examples run as written and print what the README shows.

Every ```console block of the "Day-2 operations" section is replayed in order in a scratch
copy of the repository's cdk.json and tenants.yaml (so `tenants add` in one block is seen by
`capacity` in a later one): each `$ drupal-platform ...` line runs the installed console
script with stdout and stderr interleaved as a terminal shows them, `$ echo $?` prints the
previous exit code, and lines that pipe to kubectl are not run. The README's text must equal
the output. To regenerate the README after a deliberate change:

    README_UPDATE=1 .venv/bin/python -m pytest tests/cli/test_readme_examples.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

README = ROOT / "README.md"
COLUMNS = "130"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def day2_section(text: str) -> tuple[int, int]:
    start = text.index("## Day-2 operations")
    end = text.index("\n## ", start + 5)
    return start, end


def broken_registry(scratch: Path) -> None:
    """broken.yaml of the README: a cron schedule with three fields and a host taken by another tenant."""
    text = (scratch / "tenants.yaml").read_text()
    text = text.replace('schedule: "H * * * *"', 'schedule: "H * *"').replace("hosts: [gamma.sites.example.com]", "hosts: [alpha.sites.example.com]")
    (scratch / "broken.yaml").write_text(text)


def run_blocks(scratch: Path, blocks: list[str]) -> list[str]:
    script = Path(sys.executable).parent / "drupal-platform"
    env = {**os.environ, "COLUMNS": COLUMNS, "PYTHONUNBUFFERED": "1", "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    outputs, code = [], 0
    for block in blocks:
        out = []
        for line in block.splitlines():
            if not line.startswith("$ "):
                continue
            command = line[2:]
            out.append(line)
            if command == "echo $?":
                out.append(str(code))
            elif command.startswith("drupal-platform ") and "|" not in command:
                run = subprocess.run(f"{script} {command[len('drupal-platform '):]} 2>&1", shell=True, cwd=scratch, env=env,
                                     capture_output=True, text=True, timeout=300)
                code = run.returncode
                out += [ln.rstrip() for ln in run.stdout.splitlines()]
        outputs.append("\n".join(out) + "\n")
    return outputs


def expected_text(block: str) -> str:
    return "\n".join(line.rstrip() for line in block.splitlines()) + "\n"


def test_day2_examples_print_what_the_readme_shows(tmp_path):
    shutil.copyfile(ROOT / "cdk.json", tmp_path / "cdk.json")
    shutil.copyfile(ROOT / "tenants.yaml", tmp_path / "tenants.yaml")
    broken_registry(tmp_path)
    text = README.read_text()
    start, end = day2_section(text)
    section = text[start:end]
    blocks = [m.group(1) for m in BLOCK.finditer(section)]
    runnable = [b for b in blocks if any(ln.startswith("$ drupal-platform") and "|" not in ln for ln in b.splitlines())]
    actual = run_blocks(tmp_path, runnable)
    if os.environ.get("README_UPDATE"):
        for block, out in zip(runnable, actual):
            section = section.replace(f"```console\n{block}```", f"```console\n{out}```", 1)
        README.write_text(text[:start] + section + text[end:])
        return
    for block, out in zip(runnable, actual):
        assert expected_text(block) == out
