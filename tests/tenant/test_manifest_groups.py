"""Which manifest applies which object (drupal_platform/constructs/manifest_groups.py), and the
database CR's wait for its users Secret, read from the synthesised templates.

Handler facts (aws-cdk-lib 2.275, custom-resource-handlers/dist/aws-eks-v2/kubectl-handler/):
get/__init__.py:43-45 returns `kubectl get -o jsonpath` output as the resource's Data.Value, which
CloudFormation stores and shows (describe-stack-resource, drift, events) - so a KubernetesObjectValue
may read a uid, never a Secret's data; get/__init__.py:51-69 polls every 10 s until TimeoutSeconds,
inside the kubectl provider's handler Lambda (aws-eks-v2/lib/kubectl-provider.ts: 15 minutes).
"""

from __future__ import annotations

import json

import pytest

from drupal_platform import contracts
from drupal_platform.constructs import manifest_groups as mg
from drupal_platform.constructs.tenant_manifest import USERS_SECRET_WAIT
from tests.helpers import kubectl_handler as kh
from tests.tenant.helpers import of_type

MAIN = "ManifestChartB754043C"
TENANTS = ["prod/Tenant-alpha", "prod/Tenant-beta", "prod/Tenant-gamma", "dev/Tenant-alpha", "dev/Tenant-beta"]
# Seconds the get handler may run past TimeoutSeconds: one 10 s sleep, one kubectl call,
# `aws eks update-kubeconfig` before the loop, the provider framework's own invocation.
GET_HANDLER_OVERHEAD = 120


def _depends_on(res: dict) -> set[str]:
    d = res.get("DependsOn", [])
    return {d} if isinstance(d, str) else set(d)


@pytest.mark.parametrize("name", TENANTS)
def test_database_manifest_waits_for_the_users_secret_uid(tenants_assembly, name):
    t = tenants_assembly.template(name)
    manifests = of_type(t, kh.MANIFEST)
    (db_lid,) = [lid for lid, r in manifests.items() if any(o["kind"] == "PerconaServerMySQL" for o in kh.manifest_objects(r))]
    assert db_lid != MAIN, "the CR is not in the manifest that creates the ExternalSecret"
    (cr,) = kh.manifest_objects(manifests[db_lid])
    values = of_type(t, kh.OBJECT_VALUE)
    (uid_lid,) = [lid for lid in values if lid in _depends_on(manifests[db_lid])]
    assert MAIN in _depends_on(manifests[db_lid])
    props = values[uid_lid]["Properties"]
    assert props["ObjectType"] == "secret" and props["JsonPath"] == ".metadata.uid"
    assert (props["ObjectNamespace"], props["ObjectName"]) == (cr["metadata"]["namespace"], cr["spec"]["secretsName"])
    assert MAIN in _depends_on(values[uid_lid]), "the ExternalSecret is applied before the wait starts"
    external = [o for o in kh.manifest_objects(manifests[MAIN]) if o["kind"] == "ExternalSecret"]
    assert cr["spec"]["secretsName"] in {o["spec"]["target"]["name"] for o in external}, "ESO writes the Secret the CR names"


@pytest.mark.parametrize("name", TENANTS)
def test_database_manifest_is_the_stacks_last_request(tenants_assembly, name):
    """CloudFormation's rollback deletes what the failed deploy created - the handler then deletes
    the objects, the CR too on the first deploy after the upgrade (it existed before). Nothing can
    fail after the last resource, and the provider framework ignores the Delete after a failed
    Create (custom-resources provider-framework runtime/cfn-response.js, safeHandler).
    The one exception is the deploy gate (issue 19), which needs the database and so comes after
    it, as the stack's very last request (README "The deploy gate", upgrading)."""
    t = tenants_assembly.template(name)
    deps = kh.dependencies(t)
    (db_lid,) = [lid for lid, r in of_type(t, kh.MANIFEST).items() if any(o["kind"] == "PerconaServerMySQL" for o in kh.manifest_objects(r))]
    gates = set(of_type(t, "Custom::DeployGate"))

    def before(lid: str) -> set[str]:
        seen: set[str] = set()
        todo = [lid]
        while todo:
            for d in deps[todo.pop()] - seen:
                seen.add(d)
                todo.append(d)
        return seen

    db_before = before(db_lid)
    assert db_before == set(t["Resources"]) - {db_lid} - gates, f"not after: {sorted(set(t['Resources']) - db_before - {db_lid} - gates)}"
    for gate in gates:
        assert before(gate) == set(t["Resources"]) - {gate}


def test_no_object_value_reads_secret_data(assembly):
    """Anything a KubernetesObjectValue reads lands in CloudFormation: a uid, never `.data`."""
    seen = 0
    for name in assembly.names():
        for lid, res in of_type(assembly.template(name), kh.OBJECT_VALUE).items():
            seen += 1
            path = res["Properties"]["JsonPath"]
            assert ".data" not in path and "stringData" not in path, f"{name} {lid}: {path}"
            if res["Properties"]["ObjectType"].lower() in ("secret", "secrets"):
                assert path == ".metadata.uid", f"{name} {lid}: {path}"
    assert seen >= 5, "every running tenant waits for its users Secret"


def test_the_wait_ends_before_the_kubectl_handler_times_out(assembly):
    """A timeout past the Lambda's would end in a Lambda timeout, reported to CloudFormation only
    when the provider framework's own 15 minutes run out - with no message."""
    cluster = assembly.template("prod/Cluster")
    timeouts = {r["Properties"].get("Description", ""): r["Properties"]["Timeout"] for r in of_type(cluster, "AWS::Lambda::Function").values()}
    handler = timeouts["onEvent handler for EKS kubectl resource provider"]
    framework = next(v for k, v in timeouts.items() if k.startswith("AWS CDK resource provider framework - onEvent") and "KubectlProvider" in k)
    wait = USERS_SECRET_WAIT.to_seconds()
    assert wait + GET_HANDLER_OVERHEAD <= min(handler, framework)
    for name in TENANTS:
        for res in of_type(assembly.template(name), kh.OBJECT_VALUE).values():
            assert int(res["Properties"]["TimeoutSeconds"]) == wait


@pytest.mark.parametrize("name", TENANTS)
def test_main_manifest_keeps_its_id_and_every_object_that_persists(tenants_assembly, name):
    """The main manifest's logical ID is pinned (tests/tenant/test_add_remove_and_ids.py); the
    namespace, claims, secrets and workloads stay in it (a move would prune them on the way)."""
    manifests = of_type(tenants_assembly.template(name), kh.MANIFEST)
    assert "Overwrite" not in manifests[MAIN]["Properties"], "the main manifest is created as before"
    for lid, res in manifests.items():
        for obj in kh.manifest_objects(res):
            in_main = lid == MAIN
            if mg.group_kind(obj) in kh.PRUNE_KINDS:
                assert in_main, f"{lid}: {obj['kind']}/{obj['metadata']['name']} is pruned by kubectl by default: it stays in the main manifest"
        if lid != MAIN:
            assert str(res["Properties"]["Overwrite"]).lower() == "true", f"{lid}: `kubectl create` fails on objects applied before"
            assert MAIN in _depends_on(res), f"{lid}: applied before its namespace exists"


def _obj(api_version: str, kind: str, name: str, labels: dict | None = None) -> dict:
    return {"apiVersion": api_version, "kind": kind, "metadata": {"name": name, "namespace": "ns", "labels": labels or {}}}


def test_grouping_rules():
    label = contracts.MANIFEST_GROUP_LABEL
    # default-prunable kinds: main, even when labelled (moving them out would prune them)
    assert mg.group_of(_obj("v1", "PersistentVolumeClaim", "files", {label: "x"})) == mg.MAIN
    assert mg.group_of(_obj("batch/v1", "Job", "install-1234")) == mg.MAIN
    # foundation kinds: main unless labelled
    assert mg.group_of(_obj("networking.k8s.io/v1", "NetworkPolicy", "default-deny")) == mg.MAIN
    assert mg.group_of(_obj("v1", "ServiceAccount", "mysql")) == mg.MAIN
    assert mg.group_of(_obj("networking.k8s.io/v1", "NetworkPolicy", "router-egress", {label: "ha"})) == "ha"
    # any other kind: a manifest of its own
    assert mg.group_of(_obj("monitoring.coreos.com/v1", "PodMonitor", "drupal")) == "PodMonitor-drupal"
    assert mg.group_of(_obj("ps.percona.com/v1", "PerconaServerMySQL", "db")) == "PerconaServerMySQL-db"
    # the core group's kinds are not confused with a same-named kind elsewhere
    assert mg.group_of(_obj("example.com/v1", "Service", "s")) == "Service-s"
    with pytest.raises(ValueError, match="not a group name"):
        mg.group_of(_obj("policy/v1", "PodDisruptionBudget", "p", {label: "bad/name"}))


def test_default_prune_kinds_match_kubectl():
    """The code's list and the handler model's list (each read from prune.go) agree."""
    assert mg.DEFAULT_PRUNE_KINDS == kh.PRUNE_KINDS


def test_every_manifest_json_is_a_list_of_objects(tenants_assembly):
    for name in TENANTS:
        for lid, res in of_type(tenants_assembly.template(name), kh.MANIFEST).items():
            objects = kh.manifest_objects(res)
            assert objects and all(o["metadata"]["labels"][res["Properties"]["PruneLabel"]] == "" for o in objects), lid
            json.dumps(objects)


# Which objects each group manifest of the example tenants applies. Regrouping a deployed object
# deletes it (the old manifest is deleted after the new one adopted it): change a pin only with
# a migration plan.
PINNED_GROUPS = {
    "ManifestGroupPerconaServerMySQLdb038522B0": {"PerconaServerMySQL/db"},
    "ManifestGroupServiceMonitormysqldexporter780D66FA": {"ServiceMonitor/mysqld-exporter"},
    "ManifestGroupPodDisruptionBudgetdrupalB37EC2D5": {"PodDisruptionBudget/drupal"},
    "ManifestGroupHorizontalPodAutoscalerdrupal1CB5B6A5": {"HorizontalPodAutoscaler/drupal"},
    "ManifestGroupharouterpolicies0A871117": {"NetworkPolicy/router-ingress", "NetworkPolicy/router-egress"},
    "ManifestGroupclientoperate51A7720B": {"Role/client-operate", "RoleBinding/client-operate"},
}


def test_group_manifests_are_pinned(tenants_assembly):
    seen: dict[str, set[str]] = {}
    for name in TENANTS:
        for lid, res in of_type(tenants_assembly.template(name), kh.MANIFEST).items():
            if lid != MAIN:
                seen.setdefault(lid, set()).update(f"{o['kind']}/{o['metadata']['name']}" for o in kh.manifest_objects(res))
    assert seen == PINNED_GROUPS
