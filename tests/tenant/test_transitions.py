"""Transitions: every state change and switched-off option leaves exactly the new chart on the cluster.

Each case synthesises the tenant's stack for its configuration before and after the change and
deploys both, in turn, on a model of CloudFormation and the kubectl handler
(tests/helpers/kubectl_handler.py, which cites the handler's lines: create unless Overwrite,
`apply --prune -l` limited to kubectl's default prune kinds, `kubectl delete` only when a
manifest resource leaves the template, ordering by dependencies). Afterwards the cluster must
hold exactly what the new templates' manifests render - nothing left behind, nothing that
persists deleted on the way - and every delete must have found its objects (the handler only
logs a failed delete). Both orders CloudFormation may pick for independent resources are run.
A deploy that fails at any of its requests must roll back to exactly the old chart; the first
deploy after upgrading from the single-manifest layout must move objects without deleting any.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import aws_cdk as cdk
import pytest

from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.stacks.tenant import TenantStack, stack_id
from drupal_platform.unused_settings import remove_unused
from tests.conftest import cdk_context
from tests.helpers import kubectl_handler as kh
from tests.tenant.helpers import config_from, tenants_data

STAGE = "prod"


def _set(path: str, value) -> Callable[[dict], None]:
    def change(tenant: dict) -> None:
        node = tenant
        *parents, leaf = path.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return change


def _state(state: str) -> Callable[[dict], None]:
    return _set("platform.state", state)


def _no_replica_count(tenant: dict) -> None:
    """The HPA owns the count: validation refuses replicaCount beside an enabled autoscaler."""
    tenant["client"].pop("replicaCount", None)
    for override in tenant["client"].get("overrides", {}).values():
        override.pop("replicaCount", None)


def _single_replica(tenant: dict) -> None:
    tenant["client"]["replicaCount"] = 1
    tenant["client"].get("overrides", {}).get(STAGE, {}).pop("replicaCount", None)


# Configuration variants of a tenant (changes to its tenants.yaml entry); "as-is" is the example.
VARIANTS: dict[str, list[Callable[[dict], None]]] = {
    "as-is": [],
    "suspended": [_state("suspended")],
    "decommissioned": [lambda t: remove_unused(t, "decommissioned")],  # and the settings it would refuse
    # Switched off, its other settings go too: validation refuses settings that would be ignored.
    "autoscaling-off": [_set("client.autoscaling", {"enabled": False})],
    "autoscaling-on": [_set("client.autoscaling.enabled", True), _no_replica_count],
    "cron-off": [_set("client.cron", {"enabled": False})],
    "ha-off": [_set("platform.database.highAvailability", False)],
    "no-operate-access": [_set("platform.access", [])],
    "single-replica": [_single_replica],
}

# (case id, tenant, variant before, variant after, also the way back)
CASES = [
    ("active-to-suspended", "beta", "as-is", "suspended", True),
    ("suspended-to-decommissioned", "beta", "suspended", "decommissioned", False),
    ("active-to-decommissioned", "gamma", "as-is", "decommissioned", False),
    ("decommissioned-to-active", "beta", "decommissioned", "as-is", False),
    ("autoscaling-off", "beta", "as-is", "autoscaling-off", True),
    ("autoscaling-on", "alpha", "as-is", "autoscaling-on", False),
    ("cron-off", "alpha", "as-is", "cron-off", True),
    ("ha-off", "gamma", "as-is", "ha-off", True),
    ("operate-access-off", "beta", "as-is", "no-operate-access", True),
    ("single-replica-pdb-off", "alpha", "as-is", "single-replica", True),
]

_TEMPLATES: dict[tuple[str, str], dict] = {}


def tenant_template(tmp_path_factory, tenant: str, variant: str) -> dict:
    """The tenant's stack in STAGE for tenants.yaml with a variant's changes (cached)."""
    if (tenant, variant) not in _TEMPLATES:
        data = copy.deepcopy(tenants_data())
        for change in VARIANTS[variant]:
            change(data["tenants"][tenant])
        tmp = tmp_path_factory.mktemp(f"{tenant}-{variant}")
        config = config_from(data, tmp)
        stage = config.stages[STAGE]
        context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
        app = cdk.App(outdir=str(tmp / "cdk.out"), context=context)
        scope = cdk.Stage(app, stage.name, env=cdk.Environment(account=stage.account, region=stage.region))
        t = config.tenants[tenant]
        stack = TenantStack(scope, stack_id(t), config=config, stage=stage, tenant=t, cluster_name_prefix=cluster_name(stage))
        assembly = app.synth()
        _TEMPLATES[(tenant, variant)] = assembly.nested_assemblies[0].nested_assembly.get_stack_by_name(stack.stack_name).template
    return _TEMPLATES[(tenant, variant)]


def _transition(before: dict, after: dict, *, reverse_ties: bool) -> kh.Cluster:
    cluster = kh.Cluster()
    kh.deploy(cluster, None, before, reverse_ties=reverse_ties)
    assert cluster.applied() == {k: kh.strip_prune_labels(o) for k, o in kh.rendered(before).items()}
    cluster.log.clear()
    kh.deploy(cluster, before, after, reverse_ties=reverse_ties)
    return cluster


def _assert_exactly_the_chart(cluster: kh.Cluster, before: dict, after: dict) -> None:
    want = {k: kh.strip_prune_labels(o) for k, o in kh.rendered(after).items()}
    have = cluster.applied()
    left = sorted(set(have) - set(want))
    assert not left, f"left on the cluster after the chart dropped them: {left}"
    assert not set(want) - set(have), f"missing: {sorted(set(want) - set(have))}"
    assert have == want
    kept = set(kh.rendered(before)) & set(want)
    deleted = sorted(k for verb, k in cluster.log if verb in ("delete", "prune") and k in kept)
    assert not deleted, f"deleted on the way although they stay: {deleted}"
    assert not cluster.delete_errors, cluster.delete_errors


@pytest.mark.parametrize("reverse_ties", [False, True], ids=["ties-ascending", "ties-descending"])
@pytest.mark.parametrize(("case", "tenant", "before", "after", "and_back"), CASES, ids=[c[0] for c in CASES])
def test_transition_leaves_exactly_the_new_chart(tmp_path_factory, case, tenant, before, after, and_back, reverse_ties):
    old = tenant_template(tmp_path_factory, tenant, before)
    new = tenant_template(tmp_path_factory, tenant, after)
    assert kh.rendered(old) != kh.rendered(new), f"{case}: the change changes nothing in the chart"
    cluster = _transition(old, new, reverse_ties=reverse_ties)
    _assert_exactly_the_chart(cluster, old, new)
    if and_back:
        back = kh.Cluster(objects=dict(cluster.objects), controller_made=set(cluster.controller_made))
        kh.deploy(back, new, old, reverse_ties=reverse_ties)
        _assert_exactly_the_chart(back, new, old)


@pytest.mark.parametrize(("case", "tenant", "before", "after", "and_back"), CASES, ids=[c[0] for c in CASES])
def test_a_failed_transition_rolls_back_to_exactly_the_old_chart(tmp_path_factory, case, tenant, before, after, and_back):
    """Whichever request of the deploy fails, CloudFormation's rollback (updates back, creations
    deleted) leaves the old chart: a new group manifest takes only objects it created with it."""
    old = tenant_template(tmp_path_factory, tenant, before)
    new = tenant_template(tmp_path_factory, tenant, after)
    for fail_at in kh.requests(old, new) + [kh.LAST]:
        cluster = kh.Cluster()
        kh.deploy(cluster, None, old)
        with pytest.raises(kh.Failed) as failed:
            kh.deploy(cluster, old, new, fail_at=fail_at)
        kh.roll_back(cluster, old, new, failed.value)
        want = {k: kh.strip_prune_labels(o) for k, o in kh.rendered(old).items()}
        assert cluster.applied() == want, f"{case}: rollback after {fail_at} failed"
        assert not cluster.delete_errors, cluster.delete_errors


@pytest.mark.parametrize("tenant", ["alpha", "beta", "gamma"])
def test_removing_the_tenant_deletes_its_objects(tmp_path_factory, tenant):
    """Deleting the stack deletes every manifest, dependents first; the namespace goes last."""
    template = tenant_template(tmp_path_factory, tenant, "as-is")
    cluster = kh.Cluster()
    kh.deploy(cluster, None, template)
    kh.deploy(cluster, template, None)
    assert cluster.applied() == {}
    assert not cluster.delete_errors, "every manifest deleted before the namespace that held its objects"


def _single_manifest_layout(template: dict) -> dict:
    """The same chart in one KubernetesManifest (the layout before manifest groups): what every
    tenant deployed before this version runs on the cluster."""
    legacy = copy.deepcopy(template)
    resources = legacy["Resources"]
    manifests = [lid for lid, r in resources.items() if r["Type"] == kh.MANIFEST]
    main = "ManifestChartB754043C"
    label = resources[main]["Properties"]["PruneLabel"]
    objects = []
    for lid in [main] + sorted(m for m in manifests if m != main):
        for obj in kh.manifest_objects(resources[lid]):
            obj = kh.strip_prune_labels(obj)
            obj["metadata"]["labels"] = {label: "", **obj["metadata"]["labels"]}
            objects.append(obj)
    resources[main]["Properties"]["Manifest"] = json.dumps(objects)
    for lid, r in list(resources.items()):
        if lid != main and r["Type"] in (kh.MANIFEST, kh.OBJECT_VALUE):
            del resources[lid]
    return legacy


@pytest.mark.parametrize("reverse_ties", [False, True], ids=["ties-ascending", "ties-descending"])
@pytest.mark.parametrize("tenant", ["alpha", "beta", "gamma"])
def test_upgrade_from_one_manifest_moves_objects_without_deleting_any(tmp_path_factory, tenant, reverse_ties):
    """Objects move out of the main manifest into group manifests on a running site: the new
    manifests adopt them (Overwrite, or `kubectl create` fails with AlreadyExists) and nothing
    is deleted on the way - the database CR above all."""
    new = tenant_template(tmp_path_factory, tenant, "as-is")
    old = _single_manifest_layout(new)
    cluster = kh.Cluster()
    kh.deploy(cluster, None, old)
    cluster.eso_sync()
    cluster.log.clear()
    kh.deploy(cluster, old, new, reverse_ties=reverse_ties)
    _assert_exactly_the_chart(cluster, old, new)
    # A later decommission now really deletes the database CR.
    gone = tenant_template(tmp_path_factory, tenant, "decommissioned")
    kh.deploy(cluster, new, gone, reverse_ties=reverse_ties)
    _assert_exactly_the_chart(cluster, new, gone)
    assert not [k for k in cluster.objects if k[1] == "PerconaServerMySQL"]


@pytest.mark.parametrize("reverse_ties", [False, True], ids=["ties-ascending", "ties-descending"])
def test_a_failed_upgrade_rolls_back_as_the_lifecycle_doc_says(tmp_path_factory, reverse_ties):
    """docs/tenant-lifecycle.md: if the first deploy after the upgrade fails after a group manifest
    was created, the rollback deletes that manifest and with it the objects it adopted; the
    database CR never (its manifest is the last request); everything else is as before, and the
    next successful deploy brings them back."""
    new = tenant_template(tmp_path_factory, "gamma", "as-is")
    old = _single_manifest_layout(new)
    groups = [lid for lid in kh.requests(old, new) if lid != "ManifestChartB754043C" and new["Resources"][lid]["Type"] == kh.MANIFEST]
    some_adopted = False
    # Not kh.LAST: no resource runs after the database manifest (test_manifest_groups.py,
    # test_database_manifest_is_the_stacks_last_request).
    for fail_at in kh.requests(old, new):
        cluster = kh.Cluster()
        kh.deploy(cluster, None, old)
        cluster.eso_sync()
        with pytest.raises(kh.Failed) as failed:
            kh.deploy(cluster, old, new, fail_at=fail_at, reverse_ties=reverse_ties)
        kh.roll_back(cluster, old, new, failed.value)
        adopted = {kh.key(o) for lid in groups if ("create", lid) in failed.value.done for o in kh.manifest_objects(new["Resources"][lid])}
        some_adopted |= bool(adopted)
        assert not [k for k in adopted if k[1] == "PerconaServerMySQL"], f"failing at {fail_at} deletes the database CR"
        want = {k: kh.strip_prune_labels(o) for k, o in kh.rendered(old).items() if k not in adopted}
        assert cluster.applied() == want, fail_at
        kh.deploy(cluster, old, new, reverse_ties=reverse_ties)
        _assert_exactly_the_chart_objects(cluster, new)
    assert some_adopted, "the doc's caveat is real: some rollback deletes adopted objects"


def _assert_exactly_the_chart_objects(cluster: kh.Cluster, template: dict) -> None:
    assert cluster.applied() == {k: kh.strip_prune_labels(o) for k, o in kh.rendered(template).items()}


@pytest.mark.parametrize("tenant", ["alpha", "gamma"])
def test_first_deploy_applies_the_database_only_after_its_users_secret_exists(tmp_path_factory, tenant):
    """Defect: operator v1.2.0 fills a missing users Secret with random passwords (pkg/secret
    FillPasswordsSecret) and rotates them once ESO writes the real ones. With ESO slower than
    CloudFormation (the model lets ESO run only while a KubernetesObjectValue waits), the CR
    must still never meet a missing Secret, in either order of independent resources."""
    template = tenant_template(tmp_path_factory, tenant, "as-is")
    for reverse_ties in (False, True):
        cluster = kh.Cluster()
        kh.deploy(cluster, None, template, reverse_ties=reverse_ties)
        assert [k for k in cluster.objects if k[1] == "PerconaServerMySQL"], "the CR was applied"
        assert cluster.random_passwords == [], "the operator saw no users Secret and generated passwords"


def test_bringing_back_a_decommissioned_tenant_waits_for_the_secret_too(tmp_path_factory):
    old = tenant_template(tmp_path_factory, "beta", "decommissioned")
    new = tenant_template(tmp_path_factory, "beta", "as-is")
    cluster = kh.Cluster()
    kh.deploy(cluster, None, old)  # a decommissioned tenant keeps its ExternalSecrets ...
    cluster.objects = {k: v for k, v in cluster.objects.items() if k not in cluster.controller_made}  # ... ESO not yet synced
    kh.deploy(cluster, old, new)
    assert cluster.random_passwords == []


def test_model_catches_the_handlers_catches():
    """The model itself: create fails on an existing object, prune ignores non-default kinds."""
    ns = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "t", "labels": {"p": ""}}}
    hpa = {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "t", "labels": {"p": ""}}}
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "t", "labels": {"p": ""}}}
    cluster = kh.Cluster()
    cluster.create([ns, hpa, cm])
    with pytest.raises(kh.DeployFailed, match="AlreadyExists"):
        cluster.create([hpa])
    cluster.apply([ns, hpa], prune_label="p")
    assert set(cluster.objects) == {kh.key(ns), kh.key(hpa)}, "ConfigMap pruned"
    cluster.apply([ns], prune_label="p")
    assert set(cluster.objects) == {kh.key(ns), kh.key(hpa)}, "HPA not pruned: not a default prune kind"
    cluster.delete([ns])
    assert cluster.objects == {}, "deleting the namespace deletes what is in it"
