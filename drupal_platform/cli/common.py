"""What every command shares: option types, loading the configuration, printing and exit codes.

The CLI is an entry point like `app.py`: it is the only part of the package that reads
files, and it turns every expected failure into a message naming the file, the stage or
tenant and the field, never a traceback.

Exit codes a script can rely on:
  0  success
  1  the configuration (or the capacity guard) reports problems; nothing was written
  2  usage error: unknown option, stage or tenant, or an argument the command refuses
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
import yaml
from rich.console import Console

from drupal_platform.config import _MISSING, PlatformConfig, Problem, StageConfig, TenantConfig
from drupal_platform.sources import Positions, read_json
from drupal_platform.validation import Validation, file_problems, report_lines, validate

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

DEFAULT_CONTEXT_FILE = Path("cdk.json")
DEFAULT_TENANTS_FILE = Path("tenants.yaml")

ContextFileOption = Annotated[
    Path,
    typer.Option("--context-file", help="CDK context file whose context.stages holds the stages."),
]
TenantsOption = Annotated[
    Path,
    typer.Option("--tenants", help="Tenant registry (clients/NAME.yaml next to it may hold client blocks)."),
]
StageFilterOption = Annotated[
    str | None,
    typer.Option("--stage", "-s", help="Only this stage (default: every stage).", show_default=False),
]

# Output piped to a file or another program is not cut to 80 columns.
PIPE_WIDTH = 200


def out() -> Console:
    """Rich console for tables and summaries on stdout (manifests go through print_manifest).

    Made per call so it writes to the current sys.stdout (the test runner swaps it);
    highlight=False prints values as they are, never recoloured.
    """
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", PIPE_WIDTH))
    return Console(highlight=False, width=width)


def say(message: str) -> None:
    """One plain line on stdout (no Rich markup or wrapping, so values survive as they are)."""
    typer.echo(message)


def echo_err(message: str) -> None:
    """One plain line on stderr (no Rich markup, so '[...]' in values survives)."""
    typer.echo(message, err=True)


def exit_with(code: int) -> NoReturn:
    raise typer.Exit(code)


def usage_error(message: str, param: str | None = None) -> NoReturn:
    """Exit 2 with Typer's usage-error formatting."""
    raise typer.BadParameter(message, param_hint=param)


def print_problems(problems: list[Problem] | list[str], *, heading: str | None = None) -> None:
    for line in report_lines(list(problems), heading):  # type: ignore[arg-type]
        echo_err(line)


@dataclass(frozen=True)
class Stages:
    """context.stages of the CDK context file, and the line of each key in it."""

    raw: Any
    positions: Positions


def read_stages(context_file: Path) -> Stages:
    """context.stages of the CDK context file; exits 1 with one located message when unreadable."""
    src = read_json(context_file, what="a CDK context object with context.stages")
    if not src.ok:
        hint = " (use --context-file)" if src.error == "file not found" else ""
        print_problems([Problem(str(context_file), "file", "(root)", _MISSING, f"{src.error}{hint}", src.line)])
        exit_with(EXIT_PROBLEMS)
    context = src.data.get("context")
    if not isinstance(context, dict) or "stages" not in context:
        print_problems([Problem(str(context_file), "context", "stages", _MISSING,
                                "required field is missing (stages live under context.stages)", src.line_of(("context",)))])
        exit_with(EXIT_PROBLEMS)
    return Stages(context["stages"], src.positions)


def refuse_unreadable(tenants: Path) -> None:
    """Exit 1 when the registry or a client file cannot be read or is not a registry (nothing to edit)."""
    problems = file_problems(tenants)
    if problems:
        print_problems(problems)
        exit_with(EXIT_PROBLEMS)


def check(context_file: Path, tenants: Path, *, clients_dir: Path | None = None) -> Validation:
    """The one validation (validation.validate) of the files a command was given."""
    stages = read_stages(context_file)
    return validate(stages.raw, tenants, stages_file=str(context_file), clients_dir=clients_dir, stage_positions=stages.positions)


def load(context_file: Path, tenants: Path) -> PlatformConfig:
    """The validated configuration; on any problem prints them all and exits 1."""
    result = check(context_file, tenants)
    if result.problems:
        print_problems(result.problems)
        exit_with(EXIT_PROBLEMS)
    return result.config


def pick_stage(config: PlatformConfig, name: str | None, param: str = "STAGE") -> StageConfig:
    if name not in config.stages:
        usage_error(f"unknown stage {name!r} (stages in the context file: {', '.join(config.stages)})", param)
    return config.stages[name]


def stages_of(config: PlatformConfig, name: str | None) -> list[StageConfig]:
    """Every stage, or the one named by --stage (exit 2 when unknown)."""
    if name is None:
        return list(config.stages.values())
    return [pick_stage(config, name, "--stage")]


def pick_tenant(config: PlatformConfig, name: str, stage: StageConfig | None = None, param: str = "TENANT") -> TenantConfig:
    tenant = config.tenants.get(name)
    if tenant is None:
        usage_error(f"no tenant {name!r} in {config.tenants_file} (tenants: {', '.join(config.tenants) or 'none'})", param)
    if stage is not None and not tenant.in_stage(stage.name):
        usage_error(f"tenant {name!r} does not run in stage {stage.name!r} (its stages: {', '.join(tenant.stages or [])})", param)
    return tenant


def print_manifest(manifest: dict[str, Any]) -> None:
    """A Kubernetes object as YAML on stdout, ready for `kubectl apply -f -`."""
    sys.stdout.write(yaml.safe_dump(manifest, sort_keys=False, default_flow_style=False, width=4096))
    sys.stdout.flush()
