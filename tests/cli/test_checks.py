"""`validate` and `capacity`: every problem at once, located; figures from the capacity module."""

from __future__ import annotations

import re

from drupal_platform import capacity

from .conftest import no_traceback


# --- validate ---------------------------------------------------------------------------
def test_valid_configuration_prints_one_summary_line(cli, ws):
    config = ws.config()
    result = cli("validate")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    counts = ", ".join(f"{s}: {len(config.tenants_in(s))}" for s in config.stages)
    assert lines[0] == (
        f"OK: {ws.context_file} and {ws.tenants} are valid; {len(config.stages)} stages, "
        f"{len(config.tenants)} tenants ({counts}); capacity within every limit"
    )


def test_every_problem_is_reported_at_once_with_file_tenant_field_value_and_rule(cli, ws):
    text = ws.tenants.read_text()
    text = text.replace('schedule: "H * * * *"', 'schedule: "H * *"')  # beta
    text = text.replace("hosts: [gamma.sites.example.com]", "hosts: [alpha.sites.example.com]")
    ws.tenants.write_text(text)
    result = cli("validate")
    assert result.exit_code == 1
    no_traceback(result)
    err = result.stderr
    assert f"{ws.tenants}:66: tenant 'beta': client.cron.schedule = 'H * *': a cron schedule has five fields" in err
    assert (f"{ws.tenants}:81: tenant 'gamma': client.ingress.hosts[0] = 'alpha.sites.example.com': "
            "host is already used by tenant 'alpha' in stage 'prod'") in err
    assert err.strip().endswith("2 problems found")
    assert result.stdout == ""


def test_a_stage_problem_names_the_context_file(cli, ws):
    ws.edit_stages(lambda s: s["dev"].update(natGateways=7))
    result = cli("validate")
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(ws.context_file.read_text().splitlines(), 1) if '"natGateways": 7' in text)
    assert f"{ws.context_file}:{line}: stage 'dev': natGateways = 7: must be at most 3" in result.stderr


def test_missing_tenants_file(cli, ws):
    ws.tenants.unlink()
    result = cli("validate")
    assert result.exit_code == 1
    no_traceback(result)
    assert f"{ws.tenants}: file not found" in result.stderr


def test_missing_and_broken_context_file(cli, ws):
    ws.context_file.write_text('{"context": {"stages": ')
    result = cli("validate")
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(str(ws.context_file))}:1: is not valid JSON", result.stderr)
    ws.context_file.unlink()
    result = cli("validate")
    assert result.exit_code == 1
    assert f"{ws.context_file}: file not found (use --context-file)" in result.stderr
    no_traceback(result)


def test_context_file_without_stages(cli, ws):
    ws.context_file.write_text('{"app": "python3 app.py", "context": {}}')
    result = cli("validate")
    assert result.exit_code == 1
    assert "context: stages: required field is missing" in result.stderr


def test_unknown_stage_is_a_usage_error(cli):
    result = cli("validate", "--stage", "qa")
    assert result.exit_code == 2
    assert "unknown stage 'qa'" in result.output


def _one_rule_per_alb(stages: dict) -> None:
    stages["dev"]["loadBalancers"]["rulesPerLoadBalancer"] = 1


def test_validate_runs_the_capacity_guard(cli, ws):
    ws.edit_stages(_one_rule_per_alb)
    result = cli("validate")
    assert result.exit_code == 1
    assert "stage 'dev': capacity of load-balancer group shared-1: ALB listener rules would need" in result.stderr
    # --stage narrows the summary, never the checks: synth builds every stage, so prod alone is not "valid".
    assert cli("validate", "--stage", "prod").exit_code == 1


# --- capacity ---------------------------------------------------------------------------
def test_capacity_prints_the_guard_figures_for_every_stage(cli, ws):
    config = ws.config()
    result = cli("capacity")
    assert result.exit_code == 0
    out = result.stdout
    sections = re.split(r"^(?=Stage \w+: )", out, flags=re.M)[1:]
    assert [sec.split(":")[0] for sec in sections] == [f"Stage {s}" for s in config.stages]
    for stage, section in zip(config.stages.values(), sections):
        report = capacity.compute(config, stage)
        assert section.startswith(f"Stage {stage.name}: {report.tenants} tenants")
        assert f"first limit: {report.first_limit.describe()}" in section
        for lim in report.limits:
            row = next((line for line in section.splitlines() if lim.scope in line and lim.name in line), None)
            assert row is not None, f"no row for {lim.scope} / {lim.name}"
            assert f"{lim.utilisation:.0%}" in row
        for group in report.node_groups.values():
            assert f"node group {group.name}: {group.nodes_at_max} x {group.instance_type} at maximum size" in section
        for lb in report.load_balancers.values():
            assert f"load-balancer group {lb.name}: {', '.join(lb.tenants)}" in section
    for needle in ("pods", "CPU requests", "memory requests", "/28 prefixes", "ALB target groups",
                   "ALB listener rules", "Access points per file system", "Roles per account", "Stack count"):
        assert needle in out
    assert "EXCEEDED" not in out


def test_capacity_for_one_stage(cli, ws):
    result = cli("capacity", "--stage", "dev")
    assert result.exit_code == 0
    assert "Stage dev:" in result.stdout and "Stage prod:" not in result.stdout


def test_capacity_marks_an_exceeded_limit_and_exits_1(cli, ws):
    ws.edit_stages(_one_rule_per_alb)
    result = cli("capacity", "--stage", "dev")
    assert result.exit_code == 1
    row = next(line for line in result.stdout.splitlines() if "ALB listener rules" in line)
    assert "EXCEEDED" in row
    assert "stage 'dev': load-balancer group shared-1: ALB listener rules would need 2 rules but the limit is 1 rules" in result.stderr
    assert result.stderr.strip().endswith("1 limit exceeded, 0 figures not computed")
