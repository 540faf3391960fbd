"""The entry point: bad input is reported for people (no traceback), good input synthesises."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import yaml

from tests.conftest import ROOT, TENANTS, cdk_context


def run_app(tmp_path, tenants_file, stages=None):
    context = {**cdk_context(), "tenants": str(tenants_file)}
    if stages is not None:
        context["stages"] = stages
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path / "out")}
    return subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_bad_tenants_file_exits_non_zero_with_readable_messages(tmp_path):
    data = yaml.safe_load(TENANTS.read_text())
    data["tenants"]["alpha"]["platform"]["tier"] = "huge"
    data["tenants"]["beta"]["client"]["tier"] = "large"
    bad = tmp_path / "tenants.yaml"
    bad.write_text(yaml.safe_dump(data))
    run = run_app(tmp_path, bad)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    assert "The configuration was not synthesised:" in run.stderr and "2 problems found" in run.stderr
    assert re.search(rf"{re.escape(str(bad))}:\d+: tenant 'alpha': platform.tier = 'huge'", run.stderr)
    assert re.search(rf"{re.escape(str(bad))}:\d+: tenant 'beta': client.tier: 'tier' is owned by the platform team", run.stderr)


def test_bad_stage_exits_non_zero_with_readable_messages(tmp_path):
    stages = cdk_context()["stages"]
    stages["prod"]["podSubnets"][1] = "10.20.48.0/19"
    run = run_app(tmp_path, TENANTS, stages)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "cdk.json: stage 'prod':" in run.stderr and "'10.20.48.0/19'" in run.stderr


def test_other_tenants_file_is_used(tmp_path):
    data = yaml.safe_load(TENANTS.read_text())
    del data["tenants"]["beta"]
    other = tmp_path / "other.yaml"
    other.write_text(yaml.safe_dump(data))
    run = run_app(tmp_path, other)
    assert run.returncode == 0, run.stderr[-3000:]
    manifest = json.loads((tmp_path / "out" / "assembly-prod" / "manifest.json").read_text())
    stacks = {a.get("displayName", k) for k, a in manifest["artifacts"].items() if a["type"] == "aws:cloudformation:stack"}
    assert not any("beta" in s for s in stacks)
    assert any(s.startswith("prod/Cluster") for s in stacks)
    # `make synth` prints every stage's quota headroom from these files (summary.py).
    for stage in ("dev", "prod"):
        headroom = (tmp_path / "out" / f"capacity-{stage}.txt").read_text()
        assert "AWS quotas:" in headroom and "Roles per account" in headroom and "Stack count" in headroom, headroom
    summary = subprocess.run([sys.executable, "-m", "drupal_platform.summary", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True)
    assert "capacity headroom:" in summary.stdout and "IAM 'Roles per account'" in summary.stdout, summary.stdout
    # The cost table `make synth` prints (drupal_platform/costs.py), beside the assembly.
    assert "stage total" in (tmp_path / "out" / "cost-prod.txt").read_text()
    # Images running by a bare tag (drupal_platform/pins.py): listed for dev, none in production.
    assert (tmp_path / "out" / "unpinned-prod.txt").read_text() == ""
    assert (tmp_path / "out" / "unpinned-dev.txt").read_text().startswith("tenant 'alpha': drupal-platform/drupal:11.3-php8.4-apache-drush13.7.0")
    assert "  warning: 1 unpinned image(s)" in summary.stdout and "    tenant 'alpha': drupal-platform/drupal:" in summary.stdout
    # beta was the only tenant with its own mail domain: no records for clients to publish, no file.
    assert not list((tmp_path / "out").glob("mail-dns-*.txt"))


def test_a_stage_problem_names_its_line_in_cdk_json(tmp_path):
    """Under `cdk synth` the context is cdk.json's: app.py reads cdk.json beside it for the lines."""
    work = tmp_path / "work"
    work.mkdir()
    text = (ROOT / "cdk.json").read_text().replace('"natGateways": 3,', '"natGateways": 4,', 1)
    (work / "cdk.json").write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if '"natGateways": 4,' in row)
    context = {**json.loads(text)["context"], "tenants": str(TENANTS)}
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path / "out")}
    run = subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"cdk.json:{line}: stage 'prod': natGateways = 4: must be at most 3" in run.stderr
