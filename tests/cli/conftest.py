"""Fixtures of the operator CLI tests: a scratch workspace and a runner that targets it.

Every test works on copies of cdk.json and tenants.yaml in its own directory, so the real
files are never written and concurrent edits to them do not race with the tests.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from drupal_platform.cli import app
from drupal_platform.config import PlatformConfig, load_config

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Workspace:
    dir: Path
    context_file: Path
    tenants: Path

    def config(self) -> PlatformConfig:
        stages = json.loads(self.context_file.read_text())["context"]["stages"]
        return load_config(stages, self.tenants, stages_file=str(self.context_file))

    def edit_stages(self, edit: Callable[[dict], None]) -> None:
        data = json.loads(self.context_file.read_text())
        edit(data["context"]["stages"])
        self.context_file.write_text(json.dumps(data, indent=2))


@pytest.fixture
def ws(tmp_path) -> Workspace:
    context_file = tmp_path / "cdk.json"
    tenants = tmp_path / "tenants.yaml"
    shutil.copyfile(ROOT / "cdk.json", context_file)
    shutil.copyfile(ROOT / "tenants.yaml", tenants)
    return Workspace(tmp_path, context_file, tenants)


@pytest.fixture
def cli(ws) -> Callable[..., Result]:
    """cli('tenants', 'list', ...) -> Result, against the workspace's files.

    Wide COLUMNS so Rich tables are not truncated; exceptions are not caught, so a crash
    fails the test with its traceback instead of hiding behind an exit code.
    """
    runner = CliRunner()

    def run(*args: str, files: bool = True, env: dict[str, str] | None = None) -> Result:
        argv = list(args)
        if files:
            argv += ["--context-file", str(ws.context_file), "--tenants", str(ws.tenants)]
        return runner.invoke(app, argv, env={"COLUMNS": "250", **(env or {})}, catch_exceptions=False)

    return run


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output, result.output
