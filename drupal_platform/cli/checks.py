"""`validate` and `capacity`: the configuration rules and the capacity guard, without synthesising."""

from __future__ import annotations

from rich.table import Table

from drupal_platform.cli import common
from drupal_platform.cli.common import (
    DEFAULT_CONTEXT_FILE,
    DEFAULT_TENANTS_FILE,
    ContextFileOption,
    StageFilterOption,
    TenantsOption,
)


def validate(
    stage: StageFilterOption = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Run every configuration rule and the capacity guard; print all problems at once.

    Exactly the checks synth runs (schema, every rule, certificates, quotas, capacity).
    Each problem names the file and line, the stage or tenant, the field, the value as
    written and the rule. Exit 1 on any problem, 0 with a one-line summary otherwise.
    --stage narrows the summary to one stage; the configuration is always checked as a
    whole, because synth builds every stage.
    """
    config = common.load(context_file, tenants)  # exits 1 with every problem, capacity included
    stages = common.stages_of(config, stage)
    per_stage = ", ".join(f"{s.name}: {len(config.tenants_in(s.name))}" for s in stages)
    n = len(config.tenants)
    common.say(f"OK: {context_file} and {tenants} are valid; {len(stages)} stage{'s' if len(stages) != 1 else ''}, "
        f"{n} tenant{'s' if n != 1 else ''} ({per_stage}); capacity within every limit")


def _num(value: float, unit: str) -> str:
    return f"{value:,.1f}" if unit in ("vCPU", "GiB") else f"{value:,.0f}"


def capacity(
    stage: StageFilterOption = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """The capacity guard's figures (the module synth uses), per stage, node group and load-balancer group.

    Pods, pod-subnet /28 prefixes and node addresses, CPU and memory requests against
    allocatable at every group's maximum size, ALB target groups, rules and certificates,
    load balancers, and the AWS service quotas (node groups per cluster, IAM roles, stacks,
    secrets, repositories, CIDR blocks, EFS access points) with their defaults, with headroom;
    the limit growth reaches first is marked. Exit 1 when any limit is exceeded.
    """
    from drupal_platform import capacity as guard

    result = common.check(context_file, tenants)
    others = result.except_rule("capacity-fits")  # exceeded limits are shown in the table below
    if others:
        common.print_problems(others)
        common.exit_with(common.EXIT_PROBLEMS)
    config = result.config
    exceeded = 0
    errors = 0
    for s in common.stages_of(config, stage):
        report = guard.compute(config, s)
        first = report.first_limit
        table = Table(title=f"Stage {s.name}: {report.tenants} tenants", title_justify="left")
        for col, justify in (("Scope", "left"), ("Limit", "left"), ("Used", "right"), ("Available", "right"),
                             ("Headroom", "right"), ("Use", "right"), ("", "left")):
            # Scope and limit wrap in a narrow terminal; numbers never do.
            table.add_column(col, justify=justify, no_wrap=col not in ("Scope", "Limit"), overflow="fold")
        for lim in report.limits:
            mark = "EXCEEDED" if lim.exceeded else ("first" if lim is first else "")
            name = lim.name
            if lim.quota is not None:
                q = lim.quota
                name = f"{q.console}: AWS default {q.default:,}, {'adjustable (quotas.' + q.key + ')' if q.adjustable else 'not adjustable'}"
            table.add_row(
                lim.scope, name, _num(lim.used, lim.unit), f"{_num(lim.limit, lim.unit)} {lim.unit}",
                _num(lim.headroom, lim.unit), f"{lim.utilisation:.0%}", mark,
            )
        common.out().print(table)
        for g in report.node_groups.values():
            n = len(g.tenants)
            common.say(f"node group {g.name}: {g.nodes_at_max} x {g.instance_type} at maximum size, {n} tenant{'s' if n != 1 else ''}")
        for lb in report.load_balancers.values():
            common.say(f"load-balancer group {lb.name}: {', '.join(lb.tenants) or 'no tenants'}")
        if first is not None:
            common.say(f"first limit: {first.describe()}")
        for lim in report.exceeded:
            common.echo_err(f"stage '{s.name}': {lim.scope}: {lim.problem_text()}")
        for err in report.errors:
            common.echo_err(f"stage '{s.name}': cannot evaluate: {err}")
        exceeded += len(report.exceeded)
        errors += len(report.errors)
        common.say("")
    if exceeded or errors:
        common.echo_err(f"{exceeded} limit{'s' if exceeded != 1 else ''} exceeded, {errors} figure{'s' if errors != 1 else ''} not computed")
        common.exit_with(common.EXIT_PROBLEMS)
