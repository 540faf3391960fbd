"""The command tree: --help everywhere, usage errors exit 2, both entry points reach the app."""

from __future__ import annotations

import inspect
import re
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
    ["job"], ["debug-pod"], ["client-kit"], ["rollout"], ["mail-dns"],
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


def _paragraphs(command) -> list[str]:
    help_text = inspect.cleandoc(command.help or "")
    return [p for p in help_text.split("\n\n")[1:] if "\n" in p]


def _wrapped_commands():
    root = typer.main.get_command(app)
    for path in COMMANDS:
        cmd = root
        for name in path:
            cmd = cmd.commands[name]
        if _paragraphs(cmd):
            yield path


@pytest.mark.parametrize("path", list(_wrapped_commands()), ids=lambda p: " ".join(p))
def test_help_text_reflows_to_the_terminal_width(cli, path):
    """A docstring's line breaks are not the terminal's: in a wide terminal a paragraph's first
    source line continues on the same output line; in a narrow one no line is wider than the terminal."""
    root = typer.main.get_command(app)
    cmd = root
    for name in path:
        cmd = cmd.commands[name]
    wide = cli(*path, "--help", files=False, env={"COLUMNS": "300"}).stdout
    for paragraph in _paragraphs(cmd):
        first, second = paragraph.replace("`", "").split("\n")[:2]
        joined = f"{first.strip()} {second.split()[0]}"
        assert joined in wide, f"{' '.join(path)}: hard-wrapped after {first.strip()[-30:]!r}"
    narrow = cli(*path, "--help", files=False, env={"COLUMNS": "60"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 60


def _command(path):
    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]
    return cmd


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


def _in_order(needles: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(w == h for h in it) for w in needles)


@pytest.mark.parametrize("path", [[]] + COMMANDS, ids=lambda p: " ".join(p) or "root")
def test_help_renders_every_word_it_was_given(cli, path):
    """Markdown help (rich_markup_mode) drops what looks like an HTML tag, such as a `<stage>`
    placeholder: every word of the command's help and of each option's help must reach the
    screen, in order. Placeholders are written STAGE, NAME."""
    cmd = _command(path)
    shown = _words(cli(*path, "--help", files=False, env={"COLUMNS": "300"}).stdout)
    texts = [inspect.cleandoc(cmd.help or "")] + [p.help for p in cmd.params if getattr(p, "help", None)]
    for text in texts:
        assert not re.search(r"<[A-Za-z][^<>]*>", text), f"{' '.join(path)}: write placeholders as STAGE/NAME, not {text!r}"
        assert _in_order(_words(text), shown), f"{' '.join(path) or 'root'}: part of this help is not shown: {text!r}"
