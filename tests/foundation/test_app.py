"""The entry point: bad input is reported for people (no traceback), good input synthesises."""

from __future__ import annotations

import json
import os
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
    assert "Configuration has 2 problem(s):" in run.stderr
    assert f"{bad}: tenant 'alpha': platform.tier = 'huge'" in run.stderr
    assert f"{bad}: tenant 'beta': client.tier: 'tier' is owned by the platform team" in run.stderr


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
    # The cost table `make synth` prints (drupal_platform/costs.py), beside the assembly.
    assert "stage total" in (tmp_path / "out" / "cost-prod.txt").read_text()
