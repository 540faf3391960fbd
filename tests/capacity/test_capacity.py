"""The capacity guard: figures for the examples, and files that do not fit fail with 'by how much'."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest
import yaml

from drupal_platform import capacity
from drupal_platform.config import ConfigError
from drupal_platform.instance_types import INSTANCE_TYPES, instance_type
from tests.conftest import ROOT, cdk_context, stages_raw
from tests.tenant.helpers import config_from


def tenant(i: int, **platform) -> tuple[str, dict]:
    return f"t{i:04d}", {
        "stages": ["prod"],
        "platform": {"tier": "medium", **platform},
        "client": {"image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "11.3-php8.4-apache"}, "ingress": {"hosts": [f"t{i:04d}.sites.example.com"]}},
    }


def many(n: int, **platform) -> dict:
    return {"tenants": dict(tenant(i, **platform) for i in range(n))}


def prod_only(**changes) -> dict:
    stages = copy.deepcopy(stages_raw())
    prod = stages["prod"]
    for path, value in changes.items():
        node = prod
        *parents, leaf = path.split(".")
        for p in parents:
            node = node[p]
        node[leaf] = value
    return stages


def prod_problems(config) -> list[str]:
    return [str(p) for p in capacity.check(config) if "stage 'prod'" in str(p)]


def test_examples_fit_and_report_headroom(config):
    assert capacity.check(config) == []
    report = capacity.compute(config, "prod")
    assert report.tenants == 3
    assert set(report.node_groups) == {"shared", "client-beta"}
    assert report.node_groups["shared"].tenants == ("alpha", "gamma")
    assert set(report.load_balancers) == {"shared-1", "shared-2"}
    assert sum(lb.target_groups for lb in report.load_balancers.values()) == 3
    first = report.first_limit
    assert first is not None and first.grows and "first limit" in "\n".join(report.lines())


def test_worst_moment_comes_from_the_chart_and_ignores_stopped_tenants(config):
    from drupal_platform.quota import worst_moment

    gamma, prod = config.tenants["gamma"], config.stages["prod"]
    fp = capacity.footprint(gamma, prod)
    assert fp.pods == worst_moment(gamma, prod).pods and fp.cpu_millis == worst_moment(gamma, prod).cpu_millis
    suspended = gamma.model_copy(update={"platform": gamma.platform.model_copy(update={"state": "suspended"})})
    assert capacity.footprint(suspended, prod) == capacity.ZERO


def test_too_many_tenants_for_the_shared_node_group_fails_by_how_much(tmp_path):
    config = config_from(many(150), tmp_path)
    problems = prod_problems(config)
    node = [p for p in problems if "capacity of node group shared" in p]
    assert node, problems
    report = capacity.compute(config, "prod")
    cpu = next(lim for lim in report.exceeded if lim.scope == "node group shared" and lim.name == "CPU requests")
    text = next(p for p in node if "CPU requests" in p)
    assert f"over by {-cpu.headroom:,.1f} vCPU" in text
    assert "raise nodeGroups.shared.maxSize (now 10 per zone)" in text


def test_more_than_100_tenants_in_one_load_balancer_group_fails(tmp_path):
    stages = prod_only(**{"loadBalancers.groups": 1, "nodeGroups.shared.maxSize": 100, "nodeGroups.shared.instanceTypes": ["m7i.8xlarge"]})
    config = config_from(many(104, tier="small"), tmp_path, stages=stages)
    problems = prod_problems(config)
    tg = [p for p in problems if "ALB target groups" in p]
    assert len(tg) == 1, problems
    assert "capacity of load-balancer group shared-1" in tg[0]
    assert "would need 104" in tg[0] and "limit is 100" in tg[0] and "over by 4" in tg[0]
    assert "raise loadBalancers.groups" in tg[0] and "AWS does not raise this limit" in tg[0]


def test_listener_rules_and_certificates_count_against_the_stage_quotas(tmp_path):
    stages = prod_only(**{"loadBalancers.groups": 1, "loadBalancers.rulesPerLoadBalancer": 5, "loadBalancers.certificatesPerLoadBalancer": 1})
    data = many(3)
    for i, (name, body) in enumerate(data["tenants"].items()):
        body["client"]["ingress"]["hosts"] += [f"www.{name}.example.org", f"shop.{name}.example.org"]
        body["platform"]["certificateArns"] = [f"arn:aws:acm:eu-west-1:222222222222:certificate/{i:08d}-0000-4000-8000-000000000000"]
    problems = prod_problems(config_from(data, tmp_path, stages=stages))
    assert any("ALB listener rules would need 9 rules but the limit is 5 rules: over by 4" in p for p in problems), problems
    assert any("ALB certificates would need 3 certificates but the limit is 1 certificates: over by 2" in p for p in problems), problems


def test_dedicated_nodes_exhausting_pod_subnets_fail_with_the_prefix_count(tmp_path):
    data = many(8, placement={"dedicated": True, "instanceTypes": ["m7i.large"], "minSize": 1, "maxSize": 10})
    problems = prod_problems(config_from(data, tmp_path))
    ips = [p for p in problems if "capacity of pod subnet" in p]
    assert len(ips) == 3, problems  # one per zone
    # per zone: system 3 + shared 10 + 8 dedicated x 10 = 93 nodes x 8 prefixes = 744 of 510 usable /28s
    assert "/28 prefixes for every node at maximum size would need 744 prefixes but the limit is 510 prefixes: over by 234" in ips[0]


def test_too_many_load_balancer_groups_for_the_region_quota(tmp_path):
    stages = prod_only(**{"loadBalancers.groups": 4, "loadBalancers.loadBalancersPerRegion": 3})
    problems = prod_problems(config_from(many(1), tmp_path, stages=stages))
    assert any("application load balancers in the region would need 4" in p and "over by 1" in p for p in problems), problems


def test_unknown_instance_type_is_reported_not_guessed(tmp_path):
    data = many(1, placement={"dedicated": True, "instanceTypes": ["x9z.huge"], "maxSize": 1})
    problems = prod_problems(config_from(data, tmp_path))
    assert any("'x9z.huge' is not in drupal_platform/instance_types.py" in p for p in problems), problems


def test_guard_reports_uncovered_hosts(tmp_path):
    data = yaml.safe_load((ROOT / "tenants.yaml").read_text())
    del data["tenants"]["beta"]["client"]["overrides"]
    with pytest.raises(ConfigError) as err:
        capacity.guard(config_from(data, tmp_path))
    text = str(err.value)
    assert "tenant 'beta'" in text and "www.beta-client.example.org" in text and "stage 'dev'" in text
    assert "other accounts or regions" in text


@pytest.mark.parametrize("name", sorted(INSTANCE_TYPES))
def test_instance_table_is_plausible(name):
    t = instance_type(name)
    assert 0 < t.allocatable_cpu_millis < t.vcpus * 1000
    assert 0 < t.allocatable_memory_mib < t.memory_mib
    assert 0 < t.max_pods <= 110


def test_app_fails_synth_with_the_message_and_no_traceback(tmp_path):
    tenants = tmp_path / "tenants.yaml"
    tenants.write_text(yaml.safe_dump(many(150)))
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    context.update({"stages": stages_raw(), "tenants": str(tenants)})
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path / "out")}
    run = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "capacity of node group shared" in run.stderr and "over by" in run.stderr
