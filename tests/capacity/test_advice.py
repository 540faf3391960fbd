"""Every piece of advice the capacity guard gives is one the configuration accepts (issue 10 item 8).

A stage of 1,000 sites with the benchmark's realistic mix (small to large tiers, HA databases,
dedicated and custom-image tenants) starts with /19 pod subnets in the primary CIDR, one node
at most per zone and one load-balancer group. Applying the guard's advice step by step must
reach a stage that fits, every step must pass validation, and the result must synthesise: pods
in /16-/18 subnets of secondary 100.64.0.0/10 CIDRs that the subnets wait for.
"""

from __future__ import annotations

import json
import subprocess

import aws_cdk as cdk
import pytest
import yaml

from bench.run import BENCH_STAGE, bench_stage, bench_tenant
from drupal_platform import capacity
from drupal_platform.config import PlatformConfig, load_config, parse_stages
from drupal_platform.stacks.network import NetworkStack
from drupal_platform.validation import validate
from tests.conftest import cdk_context
from tests.foundation.test_validators import CFN_LINT, IGNORED_WARNINGS

N = 1000


@pytest.fixture(scope="module")
def tenants_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("advice") / "tenants.yaml"
    path.write_text(yaml.safe_dump({"tenants": dict(bench_tenant(i) for i in range(N))}, sort_keys=False))
    return path


def _valid_but_for_capacity(settings: dict, tenants_file) -> PlatformConfig:
    """The one validation entry point finds nothing wrong but capacity (which the advice is about)."""
    result = validate({BENCH_STAGE: settings}, tenants_file)
    others = result.except_rule("capacity-fits")
    assert others == [], "advice rejected by validation:\n" + "\n".join(map(str, others))
    return result.config


def _exceeded(settings: dict, tenants_file) -> list[capacity.Limit]:
    return capacity.compute(_valid_but_for_capacity(settings, tenants_file), BENCH_STAGE).exceeded


def _accepted(settings: dict) -> None:
    """The stage rules accept the settings (the tenants' rules do not read what advice changes)."""
    _, problems = parse_stages({BENCH_STAGE: settings})
    assert problems == [], "advice rejected by validation:\n" + "\n".join(map(str, problems))


def over_full() -> dict:
    """The benchmark stage on m7i.2xlarge nodes, one node per zone, one load-balancer group."""
    settings = bench_stage(node_max=1, lb_groups=1)
    settings["nodeGroups"]["shared"]["instanceTypes"] = ["m7i.2xlarge"]
    return settings


@pytest.fixture(scope="module")
def sized(tenants_file):
    """Apply the guard's advice until the stage fits; every step is validated on its own."""
    settings = over_full()
    steps: list[dict] = []
    for _ in range(40):
        exceeded = _exceeded(settings, tenants_file)
        if not exceeded:
            return settings, steps
        remedies = [lim.remedy for lim in exceeded if lim.remedy]
        assert remedies, "the guard gives no applicable advice for:\n" + "\n".join(lim.problem_text() for lim in exceeded)
        for lim in exceeded:
            if lim.remedy:
                # Each piece of advice alone is valid configuration, and the text says it.
                _accepted(capacity.apply_remedy(settings, lim.remedy))
                assert lim.remedy_text() in lim.problem_text()
        merged: dict = {}
        for remedy in remedies:
            merged.update(remedy)
        steps.append(merged)
        settings = capacity.apply_remedy(settings, merged)
        _valid_but_for_capacity(settings, tenants_file)  # the whole configuration, tenants too
    pytest.fail(f"no fit after {len(steps)} rounds of advice: {steps[-3:]}")


def test_before_the_fix_the_pod_subnet_advice_was_rejected(tenants_file):
    """At the size the guard asks for, /19 pod subnets are too small, and larger ones now validate."""
    settings = capacity.apply_remedy(over_full(), {"nodeGroups.shared.maxSize": 84, "loadBalancers.groups": 13,
                                                   "quotas.iamRoles": 1113, "quotas.managedNodeGroupsPerCluster": 36})
    (pods, *_) = [lim for lim in _exceeded(settings, tenants_file) if lim.name == "/28 prefixes for every node at maximum size"]
    assert pods.used > pods.limit == 510
    assert "podSubnets" in pods.remedy and "a /19 up to a /16" in pods.problem_text()
    _accepted(capacity.apply_remedy(settings, pods.remedy))


def test_applying_the_advice_reaches_a_stage_that_fits(sized):
    settings, steps = sized
    assert any("podSubnets" in s for s in steps), steps
    assert settings["secondaryCidrs"] and all(c.startswith("100.") for c in settings["secondaryCidrs"])
    assert all(int(c.split("/")[1]) < 19 for c in settings["podSubnets"]), settings["podSubnets"]
    assert settings["quotas"]["iamRoles"] > 1000 and settings["quotas"]["managedNodeGroupsPerCluster"] > 30


def test_the_sized_network_synthesises_with_subnets_after_their_cidr_blocks(sized, tenants_file, tmp_path):
    settings, _ = sized
    config = load_config({BENCH_STAGE: settings}, tenants_file)
    stage = config.stages[BENCH_STAGE]
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(tmp_path), context=context)
    scope = cdk.Stage(app, BENCH_STAGE, env=cdk.Environment(account=stage.account, region=stage.region))
    NetworkStack(scope, "Network", stage=stage)
    assembly = app.synth()
    (stack,) = assembly.nested_assemblies[0].nested_assembly.stacks
    resources = stack.template["Resources"]
    blocks = {k: r["Properties"]["CidrBlock"] for k, r in resources.items() if r["Type"] == "AWS::EC2::VPCCidrBlock"}
    assert sorted(blocks.values()) == sorted(settings["secondaryCidrs"])
    subnets = {r["Properties"]["CidrBlock"]: r for r in resources.values() if r["Type"] == "AWS::EC2::Subnet"}
    for zone, cidr in zip(stage.availability_zones, settings["podSubnets"]):
        assert subnets[cidr]["Properties"]["AvailabilityZone"] == zone
        # CloudFormation creates a subnet of a secondary range only after the range is associated.
        assert set(blocks) <= set(subnets[cidr].get("DependsOn", [])), subnets[cidr].get("DependsOn")
    run = subprocess.run([CFN_LINT, "--format", "json", "--ignore-checks", *IGNORED_WARNINGS, "--", stack.template_full_path],
                         capture_output=True, text=True)
    assert json.loads(run.stdout) == [], run.stdout
