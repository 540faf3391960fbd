"""All problems in one pass: independent mistakes are reported together, sorted by file and line.

The files are the examples with mistakes written into them as a person would (text edits,
so line numbers are those of a real file). Each message must name the file and line, the
stage or tenant, the field, the value as written and the rule, in our words.
"""

from __future__ import annotations

import json
import re

from drupal_platform.validation import validate
from tests.conftest import CDK_JSON, TENANTS

LIBRARY_WORDING = ("Input should", "String should", "Value error", "should match pattern", "validation error", "Field required")


def _edit(text: str, old: str, new: str, count: int = 1) -> str:
    assert text.count(old) >= count, old
    return text.replace(old, new, count)


def _line(text: str, needle: str, nth: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[nth - 1]


def broken_files(tmp_path):
    t = TENANTS.read_text()
    t = _edit(t, "      tier: medium", "      tier: huge")  # alpha
    t = _edit(t, "        storage: 10Gi", '        storage: "10 GB"')  # alpha
    t = _edit(t, '{principal: "arn:aws:iam::111111111111:role/alpha-developers"', '{principal: "alpha-developers"')
    t = _edit(t, 'prod: {image: {tag: "11.3.1-php8.4-apache"}, replicaCount: 3}', 'prod: {image: {tag: "11.3.1-php8.4-apache"}, replicaCount: 0}')
    t = _edit(t, "        maxSize: 2", "        maxSize: 0")  # beta
    t = _edit(t, "        - arn:aws:acm:eu-west-1:222222222222:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "        - arn:aws:acm:eu-west-1:cert")
    t = _edit(t, "minReplicas: 2, maxReplicas: 4,", "minReplicas: 5, maxReplicas: 4,")  # beta
    t = _edit(t, 'schedule: "H * * * *"', 'schedule: "H * *"')  # beta
    t = _edit(t, 'schedule: "H/15 * * * *"', 'schedule: "H/15 * * * 7"')  # alpha
    t += ("\n  delta:\n    stages: [prod]\n    platform:\n      teir: small\n    client:\n"
          "      image: {repository: public.ecr.aws/docker/library/drupal, tag: \"11\"}\n"
          "      ingress: {hosts: [delta.sites.example.com]}\n      replicaCount: three\n"
          # (a tag prod pins in cdk.json: an unpinned one would be an eighteenth mistake)
          "\n  epsilon:\n    stages: [prod]\n    client:\n      image: {repository: public.ecr.aws/docker/library/drupal, tag: \"11.3-php8.4-apache\"}\n"
          "      ingress: {hosts: [gamma.sites.example.com]}\n")
    c = CDK_JSON.read_text()
    c = _edit(c, '"natGateways": 1,', '"natGateways": 7,')
    c = _edit(c, '"podSubnets": ["10.10.32.0/19", "10.10.64.0/19", "10.10.96.0/19"]',
              '"podSubnets": ["10.10.32.0/20", "10.99.64.0/19", "10.10.100.0/19"]')
    c = _edit(c, '"flowLogRetentionDays": 30,', '"flowLogRetentionDays": 45,')
    (tmp_path / "tenants.yaml").write_text(t)
    (tmp_path / "cdk.json").write_text(c)
    return tmp_path / "cdk.json", tmp_path / "tenants.yaml", c, t


def test_seventeen_independent_mistakes_are_reported_at_once_in_file_and_line_order(tmp_path):
    context_file, tenants, c, t = broken_files(tmp_path)
    from drupal_platform.sources import read_json

    src = read_json(context_file, what="")
    result = validate(src.data["context"]["stages"], tenants, stages_file=str(context_file), stage_positions=src.positions)
    got = [str(p) for p in result.problems]
    cf, tf = str(context_file), str(tenants)
    nat, pods, flow = _line(c, '"natGateways": 7'), _line(c, '"podSubnets"'), _line(c, '"flowLogRetentionDays": 45')
    expected = [
        f"{cf}:{pods}: stage 'dev': podSubnets[0] = '10.10.32.0/20': must be a /19",
        f"{cf}:{pods}: stage 'dev': podSubnets[1] = '10.99.64.0/19': not inside the VPC CIDR or a secondary CIDR",
        f"{cf}:{pods}: stage 'dev': podSubnets[2] = '10.10.100.0/19': not a network address (10.10.100.0/19 has host bits set)",
        f"{cf}:{nat}: stage 'dev': natGateways = 7: must be at most 3",
        f"{cf}:{flow}: stage 'dev': flowLogRetentionDays = 45: CloudWatch Logs keeps logs for one of",
        f"{tf}:{_line(t, 'tier: huge')}: tenant 'alpha': platform.tier = 'huge': must be 'small', 'medium' or 'large'",
        f"{tf}:{_line(t, '10 GB')}: tenant 'alpha': platform.database.storage = '10 GB': must be a Kubernetes quantity such as 10Gi",
        f"{tf}:{_line(t, 'alpha-developers')}: tenant 'alpha': platform.access[0].principal = 'alpha-developers': must be an IAM role or user ARN",
        f"{tf}:{_line(t, 'replicaCount: 0')}: tenant 'alpha': client.overrides.prod.replicaCount = 0: must be at least 1",
        f"{tf}:{_line(t, 'H/15 * * * 7')}: tenant 'alpha': client.cron.schedule = 'H/15 * * * 7': day of week field: 7 is outside 0-6",
        f"{tf}:{_line(t, 'maxSize: 0')}: tenant 'beta': platform.placement.maxSize = 0: must be at least 1",
        f"{tf}:{_line(t, 'arn:aws:acm:eu-west-1:cert')}: tenant 'beta': platform.certificateArns[0] = 'arn:aws:acm:eu-west-1:cert': "
        "'arn:aws:acm:eu-west-1:cert' is not an ACM certificate ARN",
        f"{tf}:{_line(t, 'minReplicas: 5')}: tenant 'beta': client.autoscaling.minReplicas = 5: minReplicas 5 is larger than maxReplicas 4",
        f"{tf}:{_line(t, 'H * *')}: tenant 'beta': client.cron.schedule = 'H * *': a cron schedule has five fields",
        f"{tf}:{_line(t, 'teir: small')}: tenant 'delta': platform.teir: unknown key 'teir'",
        f"{tf}:{_line(t, 'replicaCount: three')}: tenant 'delta': client.replicaCount = 'three': must be a whole number",
        f"{tf}:{_line(t, 'hosts: [gamma.sites.example.com]', 2)}: tenant 'epsilon': client.ingress.hosts[0] = 'gamma.sites.example.com': "
        "host is already used by tenant 'gamma' in stage 'prod'",
    ]
    assert len(got) == len(expected), "\n".join(got)
    for want, have in zip(expected, got):
        assert have.startswith(want), f"\nwant {want}\nhave {have}"
    for line in got:
        assert not any(w in line for w in LIBRARY_WORDING), line
        assert " = {" not in line and " = [{" not in line, line  # never a whole mapping


def test_the_cli_prints_the_same_problems_and_exits_1(tmp_path):
    from typer.testing import CliRunner

    from drupal_platform.cli import app

    context_file, tenants, _, _ = broken_files(tmp_path)
    result = CliRunner().invoke(app, ["validate", "--context-file", str(context_file), "--tenants", str(tenants)], catch_exceptions=False)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "17 problems found"
    assert result.stdout == ""
    located = [re.match(r"^(.+?):(\d+): ", line) for line in lines[:-1]]
    assert all(located), lines
    keys = [(m.group(1) != str(context_file), int(m.group(2))) for m in located]
    assert keys == sorted(keys)  # cdk.json first, then tenants.yaml, each by line


def test_a_tenant_with_a_schema_mistake_is_not_blamed_again_by_the_rules_that_need_it(tmp_path):
    """alpha's replica count is not a number: the tier's replica cap and quota are not evaluated for it."""
    t = TENANTS.read_text().replace("      replicaCount: 2\n      overrides:", "      replicaCount: 300x\n      overrides:")
    assert "300x" in t
    (tmp_path / "tenants.yaml").write_text(t)
    stages = json.loads(CDK_JSON.read_text())["context"]["stages"]
    got = [str(p) for p in validate(stages, tmp_path / "tenants.yaml").problems]
    assert len(got) == 1 and "client.replicaCount = '300x': must be a whole number" in got[0]


def test_an_unknown_stage_in_stages_does_not_also_report_its_overrides(tmp_path):
    t = TENANTS.read_text().replace("    stages: [dev, prod]", "    stages: [dev, prd]", 1)
    (tmp_path / "tenants.yaml").write_text(t)
    stages = json.loads(CDK_JSON.read_text())["context"]["stages"]
    got = [str(p) for p in validate(stages, tmp_path / "tenants.yaml").problems]
    assert len(got) == 1 and "stages = 'prd': unknown stage (known: dev, prod)" in got[0]
