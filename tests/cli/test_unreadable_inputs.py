"""Every input that cannot be read: one clear message naming the file, exit 1, never a traceback.

The corpus runs through every entry point that reads it: the CLI (in process and as the
installed console script), app.py's main, `cdk synth` exactly as `make synth` runs it, and
`make synth` itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drupal_platform.cli import app as cli_app

from .conftest import ROOT

LATIN1 = "tenants:\n  caf\xe9:\n    client: {}\n".encode("latin-1")

# name -> (writes the broken tenants file at path, a phrase of the message)
TENANTS_CORPUS = {
    "not utf-8": (lambda p: p.write_bytes(LATIN1), "is not UTF-8 text (byte 0xe9 on line 2)"),
    "a directory": (lambda p: p.mkdir(), "is a directory, not a file"),
    "empty": (lambda p: p.write_text(""), "is empty: it must hold one key, 'tenants'"),
    "only comments": (lambda p: p.write_text("# nothing yet\n\n"), "is empty"),
    "a list": (lambda p: p.write_text("- alpha\n- beta\n"), "holds a list, not a mapping"),
    "a single value": (lambda p: p.write_text("tenants\n"), "holds a single value, not a mapping"),
    "duplicate tenant": (lambda p: p.write_text("tenants:\n  alpha: {}\n  beta: {}\n  alpha: {}\n"),
                         "key 'alpha' appears twice in one mapping (first on line 2)"),
    "duplicate nested key": (lambda p: p.write_text((ROOT / "tenants.yaml").read_text().replace("      tier: medium\n", "      tier: medium\n      tier: large\n", 1)),
                             "key 'tier' appears twice in one mapping"),
    "broken syntax": (lambda p: p.write_text("tenants:\n  alpha: [unclosed\n"), "is not valid YAML"),
    "two documents": (lambda p: p.write_text("tenants: {}\n---\ntenants: {}\n"), "holds more than one YAML document"),
    "tenants not a mapping": (lambda p: p.write_text("tenants: [alpha, beta]\n"), "tenants: must be a mapping of tenant names"),
    "missing": (lambda p: None, "file not found"),
}

CONTEXT_CORPUS = {
    "not utf-8": (lambda p: p.write_bytes(b'{"context": {"stages": {"d\xe9v": {}}}}'), "is not UTF-8 text"),
    "a directory": (lambda p: (p.unlink(), p.mkdir()), "is a directory, not a file"),
    "empty": (lambda p: p.write_text(""), "is empty"),
    "a list": (lambda p: p.write_text("[1, 2]"), "holds list, not an object"),
    "duplicate key": (lambda p: p.write_text('{"context": {"stages": {}, "stages": {}}}'), "key 'stages' appears twice"),
    "broken JSON": (lambda p: p.write_text('{"context": {"stages": '), "is not valid JSON"),
}

COMMANDS = [
    ["validate"], ["tenants", "list"], ["capacity"], ["job", "prod", "alpha", "status"], ["debug-pod", "prod", "alpha"],
    ["client-kit", "beta", "--out", "kit"], ["tenants", "add", "zeta", "--host", "zeta.sites.example.com", "--stage", "prod"],
    ["tenants", "set-tag", "alpha", "1.2.3"],
]


def _cli(ws_dir: Path, context: Path, tenants: Path, argv: list[str]):
    argv = [a if a != "kit" else str(ws_dir / "kit") for a in argv]
    return CliRunner().invoke(cli_app, [*argv, "--context-file", str(context), "--tenants", str(tenants)],
                              env={"COLUMNS": "250"}, catch_exceptions=False)


def _assert_one_clear_problem(code: int, err: str, out: str, file: Path, phrase: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err + out
    assert f"{file}" in err and phrase in err, err


@pytest.mark.parametrize("name", TENANTS_CORPUS)
def test_an_unreadable_tenants_file_is_one_clear_problem_for_every_command(ws, name):
    write, phrase = TENANTS_CORPUS[name]
    ws.tenants.unlink()
    write(ws.tenants)
    for argv in COMMANDS:
        result = _cli(ws.dir, ws.context_file, ws.tenants, argv)
        _assert_one_clear_problem(result.exit_code, result.stderr, result.stdout, ws.tenants, phrase)
        assert result.stderr.strip().endswith("1 problem found"), (argv, result.stderr)


@pytest.mark.parametrize("name", CONTEXT_CORPUS)
def test_an_unreadable_context_file_is_one_clear_problem_for_every_command(ws, name):
    write, phrase = CONTEXT_CORPUS[name]
    write(ws.context_file)
    for argv in COMMANDS:
        result = _cli(ws.dir, ws.context_file, ws.tenants, argv)
        _assert_one_clear_problem(result.exit_code, result.stderr, result.stdout, ws.context_file, phrase)


def test_an_unreadable_client_file_names_the_client_file(ws):
    (ws.dir / "clients").mkdir()
    (ws.dir / "clients" / "alpha.yaml").write_bytes(LATIN1)
    result = _cli(ws.dir, ws.context_file, ws.tenants, ["validate"])
    _assert_one_clear_problem(result.exit_code, result.stderr, result.stdout, ws.dir / "clients" / "alpha.yaml", "is not UTF-8 text")


@pytest.mark.parametrize("name", TENANTS_CORPUS)
def test_app_main_reports_an_unreadable_tenants_file(tmp_path, name, capsys):
    import app

    write, phrase = TENANTS_CORPUS[name]
    path = tmp_path / "tenants.yaml"
    write(path)
    with pytest.raises(SystemExit) as exit_info:
        app.main(context={"stages": json.loads((ROOT / "cdk.json").read_text())["context"]["stages"], "tenants": str(path)})
    captured = capsys.readouterr()
    _assert_one_clear_problem(int(exit_info.value.code), captured.err, captured.out, path, phrase)


def _env() -> dict[str, str]:
    venv_bin = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": f"{venv_bin}:{ROOT / 'node_modules' / '.bin'}:{os.environ['PATH']}",
            "CDK_DISABLE_VERSION_CHECK": "true", "CDK_DISABLE_CLI_TELEMETRY": "true", "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1"}


@pytest.mark.parametrize("name", ["not utf-8", "a directory", "duplicate tenant", "a list"])
def test_cdk_synth_as_make_runs_it_exits_1_with_the_message(tmp_path, name):
    """The exact `cdk synth` of the Makefile (app.py under the pinned CDK CLI): exit 1, our message, no traceback."""
    if not (ROOT / "node_modules" / ".bin" / "cdk").exists():
        pytest.fail("node_modules/.bin/cdk is missing: run `make setup`")
    write, phrase = TENANTS_CORPUS[name]
    path = tmp_path / "tenants.yaml"
    write(path)
    run = subprocess.run(
        ["cdk", "--no-notices", "--no-version-reporting", "synth", "--quiet", "--no-validation", "--exclusively", "dev/Network",
         "-c", f"tenants={path}", "--output", str(tmp_path / "cdk.out")],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600,
    )
    _assert_one_clear_problem(run.returncode, run.stderr, run.stdout, path, phrase)
    assert "1 problem found" in run.stderr


def _project_copy(tmp_path: Path) -> Path:
    """A copy of the project files make needs, so the real cdk.out is left alone."""
    if shutil.which("make") is None:
        pytest.fail("make is missing")
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("Makefile", "cdk.json", "app.py", "requirements.txt", "requirements-dev.txt", "constraints.txt",
                 "pyproject.toml", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, work / name)  # keeps the times: make sees the set-up as done
    for name in (".venv", "node_modules", "drupal_platform", ".charts", "images"):
        if (ROOT / name).exists():
            (work / name).symlink_to(ROOT / name)
    return work


def test_make_synth_stops_with_the_message(tmp_path):
    """`make synth` itself (make exits 2 when a recipe fails; the recipe is cdk's exit 1)."""
    path = tmp_path / "tenants.yaml"
    TENANTS_CORPUS["duplicate tenant"][0](path)
    work = _project_copy(tmp_path)
    run = subprocess.run(["make", "--no-print-directory", "synth", f"TENANTS={path}"], cwd=work, env=_env(),
                         capture_output=True, text=True, timeout=600)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr + run.stdout
    assert f"{path}:4: key 'alpha' appears twice in one mapping (first on line 2)" in run.stderr
    app_command = json.loads((ROOT / "cdk.json").read_text())["app"]
    assert f"{app_command}: Subprocess exited with error 1" in run.stderr  # cdk's exit code 1, passed on by make


@pytest.mark.slow
def test_make_synth_prints_only_our_summary(tmp_path):
    """A good `make synth`: nothing on stderr (no CDK CLI notice, flag count or empty validation
    report), and stdout is exactly what drupal_platform.summary prints for that cloud assembly."""
    work = _project_copy(tmp_path)
    shutil.copy2(ROOT / "tenants.yaml", work / "tenants.yaml")
    env = {k: v for k, v in _env().items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    run = subprocess.run(["make", "--no-print-directory", "synth"], cwd=work, env=env, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    summary = subprocess.run([sys.executable, "-m", "drupal_platform.summary", "--tenants", "tenants.yaml", "cdk.out"],
                             cwd=work, env=env, capture_output=True, text=True, check=True)
    assert run.stdout == summary.stdout
    assert run.stdout.startswith("stage dev: ") and run.stdout.endswith("cdk-nag AwsSolutions: 0 unacknowledged findings\n")
