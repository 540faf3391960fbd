"""States and removal: what each transition keeps and what goes, read from the templates.

Every stateful AWS resource is RETAINed (secrets, ECR repository), so deleting a stack —
removing the tenant from tenants.yaml — leaves them; Kubernetes volumes survive through the
storage classes' Retain reclaim policy, which the chart's claims use.
"""

from __future__ import annotations

import pytest

from drupal_platform import contracts
from drupal_platform.charts.tenant import render_tenant
from drupal_platform.contracts import PlatformRefs
from tests.tenant.helpers import of_type, synth_tenants, with_state

STATEFUL_TYPES = ("AWS::SecretsManager::Secret", "AWS::ECR::Repository")
REFS = PlatformRefs(tenant_role_arn="arn:aws:iam::222222222222:role/drupal-prod-site-beta", wildcard_certificate_arn="arn:wildcard",
                    backup_bucket="bucket", waf_acl_arn="arn:waf", image_registry="222222222222.dkr.ecr.eu-west-1.amazonaws.com")


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    out = {}
    for state in ("active", "suspended", "decommissioned"):
        tmp = tmp_path_factory.mktemp(state)
        config = with_state(tmp, "beta", state)
        out[state] = (config, synth_tenants(config, tmp / "cdk.out").template("prod/Tenant-beta"))
    return out


def _stateful(template: dict) -> dict[str, dict]:
    return {k: v for t in STATEFUL_TYPES for k, v in of_type(template, t).items()}


def test_every_state_keeps_every_stateful_resource_with_retain(states):
    active = _stateful(states["active"][1])
    assert len(active) == 5, "4 secrets (db, mysql, app, mail: prod sends through SES) and the image repository"
    for state, (_, template) in states.items():
        kept = _stateful(template)
        assert kept.keys() == active.keys(), f"{state} lost {set(active) - set(kept)}"
        for lid, res in kept.items():
            assert res["DeletionPolicy"] == "Retain" and res["UpdateReplacePolicy"] == "Retain", (state, lid)
            assert res["Properties"] == active[lid]["Properties"], f"{state} changed {lid}: a replacement would regenerate it"


def test_role_stays_in_every_state(states):
    for state, (_, template) in states.items():
        names = [r["Properties"].get("RoleName") for r in of_type(template, "AWS::IAM::Role").values()]
        assert "drupal-prod-site-beta" in names, state


def test_suspended_keeps_node_groups_at_zero_and_access(states):
    _, active = states["active"]
    _, suspended = states["suspended"]
    assert {g["Properties"]["ScalingConfig"]["MinSize"] for g in of_type(active, "AWS::EKS::Nodegroup").values()} == {1}
    scaling = [g["Properties"]["ScalingConfig"] for g in of_type(suspended, "AWS::EKS::Nodegroup").values()]
    assert len(scaling) == 3 and all(s["MinSize"] == 0 and s["DesiredSize"] == 0 and s["MaxSize"] == 2 for s in scaling)
    assert of_type(suspended, "AWS::EKS::AccessEntry") and of_type(suspended, "AWS::ECR::Repository")


def test_suspended_chart_runs_no_pods(states):
    config, _ = states["suspended"]
    objs = render_tenant(config.tenants["beta"], config.stages["prod"], REFS)
    for o in objs:
        if o["kind"] in ("Deployment", "StatefulSet"):
            assert o["spec"].get("replicas") == 0, o["metadata"]["name"]
        if o["kind"] == "CronJob":
            assert o["spec"].get("suspend") is True, o["metadata"]["name"]
        assert o["kind"] not in ("Job", "HorizontalPodAutoscaler"), o["metadata"]["name"]


def test_decommissioned_removes_workloads_nodes_access_and_ci_but_keeps_data(states):
    config, template = states["decommissioned"]
    assert not of_type(template, "AWS::EKS::Nodegroup")
    assert not of_type(template, "AWS::EKS::AccessEntry")
    roles = [r["Properties"].get("RoleName") for r in of_type(template, "AWS::IAM::Role").values()]
    assert roles == ["drupal-prod-site-beta"], "the CI role goes: nothing pushes images for a decommissioned site"
    kinds = {o["kind"] for o in render_tenant(config.tenants["beta"], config.stages["prod"], REFS)}
    assert not kinds & {"Deployment", "Job", "CronJob", "Ingress", "PerconaServerMySQL", "HorizontalPodAutoscaler"}
    assert "PersistentVolumeClaim" in kinds, "the files claim stays bound to its retained volume"


def test_claims_use_storage_classes_that_retain_volumes(config):
    """Deleting the namespace (tenant removed) releases volumes without deleting them."""
    objs = render_tenant(config.tenants["alpha"], config.stages["prod"], REFS)
    claims = [o for o in objs if o["kind"] == "PersistentVolumeClaim"]
    assert claims
    for c in claims:
        assert c["spec"]["storageClassName"] in (contracts.FILES_STORAGE_CLASS, contracts.DATABASE_STORAGE_CLASS)
    (db,) = [o for o in objs if o["kind"] == "PerconaServerMySQL"]
    assert db["spec"]["mysql"]["volumeSpec"]["persistentVolumeClaim"]["storageClassName"] == contracts.DATABASE_STORAGE_CLASS
    assert "percona.com/delete-mysql-pvc" not in db["metadata"].get("finalizers", [])
