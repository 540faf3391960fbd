"""The command tree: --help everywhere, usage errors exit 2, both entry points reach the app."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import import_module

import pytest
import typer.main

from drupal_platform.cli import app

from .conftest import ROOT

COMMANDS = [
    ["validate"], ["capacity"], ["tenants"], ["tenants", "list"], ["tenants", "add"], ["tenants", "set-tag"],
    ["job"], ["debug-pod"], ["client-kit"], ["rollout"],
]


def _tree(command, path=()):
    yield list(path)
    for name, sub in getattr(command, "commands", {}).items():
        yield from _tree(sub, (*path, name))


def test_the_tree_is_exactly_the_documented_commands():
    assert sorted(_tree(typer.main.get_command(app)))[1:] == sorted(COMMANDS)


@pytest.mark.parametrize("path", [[]] + COMMANDS, ids=lambda p: " ".join(p) or "root")
def test_every_command_has_help(cli, path):
    result = cli(*path, "--help", files=False)
    assert result.exit_code == 0
    assert "Usage: " in result.output and "--help" in result.output


def test_root_help_states_the_exit_codes(cli):
    out = cli("--help", files=False).output
    assert "Exit codes: 0 success; 1 configuration or capacity problems" in out
    assert "usage error" in out


@pytest.mark.parametrize("args", [["frobnicate"], ["validate", "--no-such-option"], ["tenants", "add"], ["job", "prod"]],
                         ids=["unknown command", "unknown option", "missing argument", "missing arguments"])
def test_usage_errors_exit_2(cli, args):
    result = cli(*args, files=False)
    assert result.exit_code == 2
    assert "Usage:" in result.output


def test_python_dash_m_runs_the_app():
    run = subprocess.run([sys.executable, "-m", "drupal_platform", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "Usage: drupal-platform" in run.stdout


def test_console_script_points_at_the_app():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, attr = scripts["drupal-platform"].partition(":")
    assert getattr(import_module(module), attr) is app
