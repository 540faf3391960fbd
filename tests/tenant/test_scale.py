"""At a moderate N of mixed synthetic tenants (the benchmark's generator), every stack stays far
inside CloudFormation's limits and every manifest inside the kubectl handler's payload budget.
Sizes, not times: `make bench` measures time and memory (docs/scale.md)."""

from __future__ import annotations

import json

import pytest

from bench.run import bench_tenant, bench_stage
from drupal_platform import capacity
from drupal_platform.constructs.tenant_manifest import LAMBDA_EVENT_PAYLOAD_LIMIT, MANIFEST_BUDGET_BYTES
from tests.tenant.helpers import config_from, of_type, synth_tenants

N = 40


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scale")
    data = {"tenants": dict(bench_tenant(i) for i in range(N))}
    config = config_from(data, tmp, stages={"bench": bench_stage(node_max=6, lb_groups=1)})
    assert capacity.check(config) == []
    return config, synth_tenants(config, tmp / "cdk.out")


def test_the_mix_covers_every_kind_of_tenant(many):
    config, _ = many
    ts = list(config.tenants.values())
    assert any(t.platform.placement.dedicated for t in ts)
    assert any(t.custom_image for t in ts)
    assert any(t.platform.database.high_availability for t in ts)
    assert any(t.platform.access for t in ts) and any(t.platform.certificate_arns for t in ts)
    assert {t.platform.tier.value for t in ts} == {"small", "medium", "large"}


def test_every_stack_is_far_inside_cloudformation_limits(many):
    _, assembly = many
    assert len(assembly.names()) == N
    for name in assembly.names():
        template = assembly.template(name)
        assert len(template["Resources"]) < 500, name
        assert assembly.template_path(name).stat().st_size < 1_000_000, name


def test_every_manifest_fits_the_kubectl_handlers_event_payload(many):
    _, assembly = many
    assert MANIFEST_BUDGET_BYTES * 2 < LAMBDA_EVENT_PAYLOAD_LIMIT  # an update carries old and new manifests
    for name in assembly.names():
        manifests = of_type(assembly.template(name), "Custom::AWSCDK-EKS-KubernetesResource")
        assert "ManifestChartB754043C" in manifests, name
        for lid, res in manifests.items():
            size = len(json.dumps(res["Properties"], separators=(",", ":")))
            assert size < MANIFEST_BUDGET_BYTES, f"{name} {lid}: {size} bytes"
