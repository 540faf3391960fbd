"""The one validation entry point: every file, the schema, every rule and the capacity guard, in one pass.

`validate()` is what synth (app.py), `drupal-platform validate`, `tenants add`,
`tenants set-tag` and every other command call (`config.load_config` is a thin wrapper
that raises). It never stops at the first mistake: an unreadable file is one problem, a
stage or tenant with schema problems is left out of the rules that need it (so what
follows from a mistake is not reported again), and every other rule still runs. Problems
come back sorted by file and line, each naming the file and line, the stage or tenant,
the field path, the value as written and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from drupal_platform import config as cfg
from drupal_platform.config import _MISSING, PlatformConfig, Problem, StageConfig, TenantConfig
from drupal_platform.rules import RULES, RuleContext, rule
from drupal_platform.sources import Positions, Source, read_yaml
from drupal_platform import unused_settings  # noqa: F401 - registers its rule

TENANTS_WHAT = "one key, 'tenants', mapping tenant names to their settings"
CLIENT_WHAT = "the tenant's client block (image, ingress, ...), optionally under a 'client' key"


@dataclass
class Validation:
    """What validate() found: the configuration made of everything that passed the schema, and every problem."""

    config: PlatformConfig
    problems: list[Problem]
    sources: dict[str, Source] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def except_rule(self, rule_id: str) -> list[Problem]:
        """The problems not found by one rule (the capacity command shows capacity figures itself)."""
        return [p for p in self.problems if p.rule_id != rule_id]


@rule("stage", last=True)
def capacity_fits(stage: StageConfig, ctx: RuleContext) -> list[Problem]:
    """The stage's tenants fit its subnets, node groups and load balancers (drupal_platform.capacity)."""
    from drupal_platform import capacity

    config = PlatformConfig(stages=ctx.stages, tenants=ctx.tenants, tenants_file=ctx.tenants_file)
    return capacity.stage_problems(config, stage)


def _file_problem(src: Source) -> Problem:
    return Problem(str(src.path), "file", "(root)", _MISSING, src.error or "", src.line)


def _read_tenants(path: Path, clients_dir: Path, sources: dict[str, Source]) -> tuple[dict[str, tuple[Any, str | None]], list[Problem]]:
    """{name: (body with its client block, the client file or None)} and the problems of reading them."""
    file = str(path)
    src = read_yaml(path, what=TENANTS_WHAT)
    sources[file] = src
    if not src.ok:
        return {}, [_file_problem(src)]
    problems = [Problem(file, "file", key, _MISSING, f"unknown top-level key '{key}': the file holds only 'tenants'")
                for key in src.data if key != "tenants"]
    if "tenants" not in src.data:
        return {}, problems + [Problem(file, "file", "tenants", _MISSING, f"required key is missing: the file holds {TENANTS_WHAT}")]
    registry = src.data["tenants"]
    if registry is None:
        return {}, problems  # `tenants:` with nothing under it: no tenants yet
    if not isinstance(registry, dict):
        return {}, problems + [Problem(file, "file", "tenants", _MISSING, "must be a mapping of tenant names to their settings")]
    bodies: dict[str, tuple[Any, str | None]] = {}
    for name, body in registry.items():
        client_file = clients_dir / f"{name}.yaml"
        if not client_file.exists():
            bodies[str(name)] = (body, None)
            continue
        csrc = read_yaml(client_file, what=CLIENT_WHAT)
        sources[str(client_file)] = csrc
        if not csrc.ok:
            problems.append(_file_problem(csrc))
            continue
        if isinstance(body, dict) and "client" in body:
            problems.append(Problem(str(client_file), f"tenant '{name}'", "client", _MISSING,
                                    f"the client block is in both {file} and {client_file}: keep one"))
            continue
        client = csrc.data.get("client", csrc.data) if set(csrc.data) == {"client"} else csrc.data
        bodies[str(name)] = ({**body, "client": client} if isinstance(body, dict) else body, str(client_file))
    return bodies, problems


def file_problems(tenants_path: Path, clients_dir: Path | None = None) -> list[Problem]:
    """Only the problems of reading the registry and client files (what an edit must refuse to start from)."""
    tenants_path = Path(tenants_path)
    _, problems = _read_tenants(tenants_path, clients_dir if clients_dir is not None else tenants_path.parent / "clients", {})
    return [p for p in problems if p.scope == "file"]


_STAGE_SUFFIX = re.compile(r" \(stage [^)]*\)$")
_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _parts(field_path: str) -> tuple[Any, ...]:
    path = _STAGE_SUFFIX.sub("", field_path)
    if path == "(root)" or " " in path:
        return ()
    return tuple(int(m.group(1)) if m.group(1) is not None else m.group(2) for m in _PART.finditer(path))


def _scope_name(scope: str) -> str | None:
    m = re.fullmatch(r"(?:stage|tenant) '(.*)'", scope)
    return m.group(1) if m else None


def _locate(p: Problem, *, stages_file: str, stage_positions: Positions, sources: dict[str, Source],
            client_files: dict[str, str], tenants_file: str) -> Problem:
    """The problem in the file that holds the field, with the field's line."""
    name = _scope_name(p.scope)
    file = p.file
    if p.scope.startswith("tenant ") and file == tenants_file and name in client_files and p.field.startswith("client"):
        file = client_files[name]
    line = p.line
    if line is None:
        parts = _parts(p.field)
        if file == stages_file and p.scope.startswith("stage "):
            line = _line(stage_positions, ("context", "stages", name, *parts))
        elif file == stages_file:
            line = _line(stage_positions, ("context", "stages"))
        elif file in sources and p.scope.startswith("tenant "):
            src = sources[file]
            if file == tenants_file:
                line = src.line_of(("tenants", name, *parts))
            else:  # a client file: with or without the 'client' key
                rel = parts[1:] if parts[:1] == ("client",) else parts
                line = src.line_of(("client", *rel)) if "client" in (src.data or {}) else src.line_of(rel)
        elif file in sources and p.scope == "file":
            line = sources[file].line_of(_parts(p.field))
    return replace(p, file=file, line=line)


def _line(positions: Positions, path: tuple[Any, ...]) -> int | None:
    for end in range(len(path), -1, -1):
        if tuple(path[:end]) in positions:
            return positions[tuple(path[:end])]
    return None


@lru_cache(maxsize=None)
def _stage_field_adapter(field_name: str) -> TypeAdapter:
    info = StageConfig.model_fields[field_name]
    return TypeAdapter(Annotated[info.annotation, *info.metadata]) if info.metadata else TypeAdapter(info.annotation)


def _partial_stage(name: str, body: Any) -> StageConfig | None:
    """A stage whose schema failed, built from the fields that are valid on their own.

    Field errors stop pydantic before the stage's own checks (its subnets as a whole) and
    before the stage rules; running those on the valid fields reports their problems in the
    same pass. Fields left out fall back to their defaults or are absent; a check that needs
    an absent field cannot run (AttributeError) and is skipped: its field is already reported.
    """
    if not isinstance(body, dict):
        return None
    values: dict[str, Any] = {"name": name}
    for field_name, info in StageConfig.model_fields.items():
        key = info.alias or field_name
        if field_name == "name" or key not in body:
            continue
        try:
            values[field_name] = _stage_field_adapter(field_name).validate_python(body[key])
        except (ValidationError, ValueError, TypeError):
            continue
    return StageConfig.model_construct(**values)


def _partial_checks(stage: StageConfig, ctx: RuleContext, stages_file: str) -> list[Problem]:
    """The stage's whole-object validators and every stage rule, on a partial stage; a check that cannot run is skipped."""
    out: list[Problem] = []
    scope = f"stage '{stage.name}'"
    for dec in StageConfig.__pydantic_decorators__.model_validators.values():
        if dec.info.mode != "after":
            continue
        try:
            dec.func(stage)
        except cfg.Invalid as exc:
            out += [Problem(stages_file, scope, f, v, r) for f, v, r in exc.items]
        except ValueError as exc:
            out.append(Problem(stages_file, scope, "(root)", _MISSING, str(exc)))
        except (AttributeError, TypeError, KeyError):
            pass
    for r in RULES.values():
        if r.kind != "stage" or r.last:
            continue
        try:
            out += [replace(p, rule_id=r.id) for p in r.check(stage, ctx)]
        except (AttributeError, TypeError, KeyError, ValueError):
            pass
    return out


def _not_already_reported(found: list[Problem], reported: list[Problem]) -> list[Problem]:
    """Drop what a partial check says about a field whose own value is already reported."""
    seen = [(p.scope, p.field) for p in reported]
    return [p for p in found if not any(p.scope == sc and (p.field == f or p.field.startswith((f + ".", f + "["))) for sc, f in seen)]


def _troubled(problems: list[Problem]) -> set[str]:
    return {n for p in problems if p.scope.startswith("tenant ") and (n := _scope_name(p.scope))}


def validate(
    stages_raw: Any,
    tenants_path: Path,
    *,
    stages_file: str = "cdk.json",
    clients_dir: Path | None = None,
    stage_positions: Positions | None = None,
) -> Validation:
    """Check everything at once; see the module docstring."""
    tenants_path = Path(tenants_path)
    clients_dir = clients_dir if clients_dir is not None else tenants_path.parent / "clients"
    tenants_file = str(tenants_path)
    sources: dict[str, Source] = {}

    stages, problems = cfg.parse_stages(stages_raw, stages_file)
    known = [str(n) for n in stages_raw] if isinstance(stages_raw, dict) else []
    longest_stage = max((len(s) for s in known), default=4)

    bodies, read_problems = _read_tenants(tenants_path, clients_dir, sources)
    problems += read_problems
    tenants: dict[str, TenantConfig] = {}
    client_files: dict[str, str] = {}
    for name, (body, client_file) in bodies.items():
        if client_file:
            client_files[name] = client_file
        tenant, schema_problems = cfg.parse_tenant(name, body, tenants_file, longest_stage)
        problems += schema_problems
        if tenant is not None:
            tenants[name] = tenant

    ctx = RuleContext(stages=stages, tenants=tenants, known_stages=known, stages_file=stages_file,
                      tenants_file=tenants_file, tenant_files=client_files)
    for name in known:
        if name in stages or not isinstance(stages_raw, dict):
            continue
        partial = _partial_stage(name, stages_raw.get(name))
        if partial is not None:
            problems += _not_already_reported(_partial_checks(partial, ctx, stages_file), problems)
    for r in sorted(RULES.values(), key=lambda r: r.last):
        if r.last and not ctx.tenants.keys().isdisjoint(_troubled(problems)):
            ctx = replace(ctx, tenants={n: t for n, t in ctx.tenants.items() if n not in _troubled(problems)})
        if r.kind == "stage":
            found = [p for stage in stages.values() for p in r.check(stage, ctx)]
        elif r.kind == "tenant":
            found = [p for tenant in tenants.values() for p in r.check(tenant, ctx)]
        else:
            found = list(r.check(ctx))
        problems += [replace(p, rule_id=r.id) for p in found]

    located = [_locate(p, stages_file=stages_file, stage_positions=stage_positions or {}, sources=sources,
                       client_files=client_files, tenants_file=tenants_file) for p in problems]
    unique = list({str(p): p for p in located}.values())
    order = {f: i for i, f in enumerate(dict.fromkeys([stages_file, tenants_file, *sorted(client_files.values())]))}
    unique.sort(key=lambda p: (order.get(p.file, len(order)), p.file, p.line if p.line is not None else 1 << 30))
    return Validation(PlatformConfig(stages=stages, tenants=tenants, tenants_file=tenants_file), unique, sources)


def report_lines(problems: list[Problem], heading: str | None = None) -> list[str]:
    """What every entry point prints (to stderr): optional heading, one line per problem, the count."""
    n = len(problems)
    return ([heading] if heading else []) + [str(p) for p in problems] + [f"{n} problem{'s' if n != 1 else ''} found"]
