"""The platform's Helm releases rendered with helm v4 (the kubectl layer's) and the exact values of the
synthesised templates: what a deploy installs, checked before it reaches a cluster."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import jsonschema
import pytest

from drupal_platform import contracts
from drupal_platform.charts.platform.namespaces import PLATFORM_NAMESPACES
from drupal_platform.images import UPSTREAMS, registry
from tests.helpers import pss
from tests.helpers.crd_schema import _crds, strict_schema
from tests.helpers.k8s_schema import core_errors, is_core
from tests.platform.platform_helpers import MANIFEST, of_type, tolerates
from tests.platform.test_platform_daemonsets import taints
from tests.platform_charts.conftest import STAGES
from tests.platform_charts.render import Release, crd_api_versions, helm_template, load_all
from tests.platform_charts.value_keys import unknown_keys

RELEASES = ("aws-load-balancer-controller", "external-dns", "external-secrets", "ps-operator", "cluster-autoscaler",
            "metrics-server", "kube-prometheus-stack", "loki", "tempo", "opentelemetry-operator", "velero")
CASES = [(s, r) for s in STAGES for r in RELEASES]
KUBE_SYSTEM = contracts.KUBE_SYSTEM_NAMESPACE
# Kubernetes API groups served by the API server itself (k8s_schema.CORE_GROUPS plus aggregation).
BUILT_IN_GROUPS = {"apiregistration.k8s.io"}
# ServiceAccounts that carry an IRSA annotation without their role trusting them, each with why.
IRSA_ANNOTATION_COPIES = {
    ("velero", "velero-server-upgrade-crds"): "the velero chart copies serviceAccount.server.annotations into its "
    "CRD-upgrade hook's account (templates/upgrade-crds/serviceaccount-upgrade.yaml, no values key to stop it); the "
    "role trusts velero-server only, so the hook cannot assume it (checked below)",
}


def installed(release: Release) -> list[dict]:
    """Objects `helm upgrade --install` creates: `helm test` hooks run only on `helm test`."""
    return [o for o in release.objects if "test" not in ((o.get("metadata") or {}).get("annotations") or {}).get("helm.sh/hook", "").split(",")]


def namespace_of(release: Release, obj: dict) -> str:
    return (obj.get("metadata") or {}).get("namespace") or release.namespace


def enforce_levels(assembly, stage: str) -> dict[str, str]:
    """namespace -> Pod Security enforce level, from the synthesised Namespaces manifest."""
    template = assembly.template(f"{stage}/Platform-Services")
    levels = {}
    for logical_id in of_type(template, MANIFEST):
        from tests.platform_charts.render import manifest_objects

        for obj in manifest_objects(template, logical_id):
            if obj["kind"] == "Namespace":
                levels[obj["metadata"]["name"]] = obj["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce", "privileged")
    return levels


# --- rendering and values ------------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_every_release_renders_offline(rendered, stage):
    assert set(rendered[stage]) == set(RELEASES)
    for name, release in rendered[stage].items():
        assert installed(release), f"{stage}/{name} renders nothing"


@pytest.mark.parametrize("stage,name", CASES)
def test_every_value_key_the_project_sets_exists(rendered, stage, name):
    release = rendered[stage][name]
    assert unknown_keys(release.chart_dir, release.values) == [], f"{stage}/{name}: keys the chart does not declare"


@pytest.mark.parametrize("name", RELEASES)
def test_a_mistyped_key_is_reported(rendered, name):
    release = rendered["prod"][name]
    assert unknown_keys(release.chart_dir, {**release.values, "nodeSelectr": {"role": "system"}}) == ["nodeSelectr"]


@pytest.mark.parametrize("name,values,unknown", [
    # a key the schema lacks but values.yaml declares is known; a misspelt one is not
    ("velero", {"configuration": {"features": "EnableCSI", "featurs": "EnableCSI"}}, ["configuration.featurs"]),
    # a subchart's keys live under its alias
    ("kube-prometheus-stack", {"grafana": {"nodeSelector": {"a": "b"}, "nodeSelectr": {}}}, ["grafana.nodeSelectr"]),
    # under a free-form map (nodeSelector: {}) any key is allowed
    ("metrics-server", {"nodeSelector": {"anything": "x"}}, []),
])
def test_nested_and_subchart_keys(rendered, name, values, unknown):
    assert unknown_keys(rendered["prod"][name].chart_dir, values) == unknown


def test_a_strict_values_schema_rejects_an_unknown_key_in_helm_itself(helm, rendered):
    # opentelemetry-operator's values.schema.json has additionalProperties: false at its top level.
    release = rendered["prod"]["opentelemetry-operator"]
    result = helm_template(helm, release, {**release.values, "nodeSelectr": {"role": "system"}})
    assert result.returncode != 0 and "nodeSelectr" in result.stderr


@pytest.mark.parametrize("stage,name", CASES)
def test_every_api_version_exists_when_the_release_installs(rendered, stage, name):
    """An object whose CRD is not installed yet (by this chart or one it depends on) fails the install."""
    missing = unserved(rendered[stage][name])
    assert missing == [], f"{stage}/{name}: no CRD installed before it serves {missing}"


def unserved(release: Release) -> list[str]:
    """Objects whose API version neither Kubernetes, nor this chart's CRDs, nor an earlier install serves."""
    available = set(release.api_versions) | crd_api_versions(release.crds)
    return [f"{o['kind']}/{o['metadata']['name']} ({o['apiVersion']})" for o in installed(release)
            if not is_core(o) and o["apiVersion"].split("/")[0] not in BUILT_IN_GROUPS and o["apiVersion"] not in available]


def test_a_service_monitor_before_its_crd_is_reported(rendered):
    loki = rendered["prod"]["loki"]
    assert "monitoring.coreos.com/v1" in loki.api_versions  # kube-prometheus-stack is installed first
    early = Release(loki.stage, loki.name, loki.logical_id, loki.namespace, loki.chart_dir, loki.values,
                    api_versions=[a for a in loki.api_versions if not a.startswith("monitoring.coreos.com/")], objects=loki.objects)
    assert [m for m in unserved(early) if m.startswith("ServiceMonitor/")]


# --- schemas ------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _shared_crd_validator(group_version: str, kind: str):
    group, version = group_version.split("/")
    schema = _crds().get((group, version, kind))
    return jsonschema.Draft7Validator(strict_schema(schema)) if schema else None


def _chart_crd_validators(rendered_stage: dict[str, Release]) -> dict[tuple[str, str], jsonschema.Draft7Validator]:
    out = {}
    for release in rendered_stage.values():
        for crd in release.crds:
            for version in crd["spec"]["versions"]:
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if schema:
                    out[(f"{crd['spec']['group']}/{version['name']}", crd["spec"]["names"]["kind"])] = jsonschema.Draft7Validator(strict_schema(schema))
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_rendered_objects_validate_against_kubernetes_and_crd_schemas(rendered, stage):
    chart_crds = _chart_crd_validators(rendered[stage])
    errors = []
    for name, release in rendered[stage].items():
        for obj in installed(release):
            where = f"{name}: {obj['kind']}/{obj['metadata']['name']}"
            if is_core(obj) or obj["apiVersion"].split("/")[0] in BUILT_IN_GROUPS:
                errors += [f"{where}: {e}" for e in core_errors(obj)]
                continue
            key = (obj["apiVersion"], obj["kind"])
            validator = chart_crds.get(key) or _shared_crd_validator(*key)
            assert validator, f"{where}: no CRD schema for {key}"
            errors += [f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(obj)]
    assert errors == []


# --- Pod Security -------------------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_every_pod_passes_its_namespaces_enforce_level(assembly, rendered, stage):
    levels = enforce_levels(assembly, stage)
    assert {ns.name for ns in PLATFORM_NAMESPACES} <= set(levels)
    failures = []
    for name, release in rendered[stage].items():
        objs = installed(release)
        for key, spec in pss.pod_specs(objs).items():
            ns = namespace_of(release, next(o for o in objs if f"{o['kind']}/{o['metadata']['name']}" == key))
            # kube-system is unlabelled (EKS's own node agents are privileged); our pods there are held to restricted.
            level = "restricted" if ns == KUBE_SYSTEM else levels[ns]
            failures += [f"{name} {key} ({ns}, {level}): {f}" for f in pss.failures(spec, level)]
    assert failures == []


@pytest.mark.parametrize("stage", STAGES)
def test_kube_system_stays_unlabelled(assembly, rendered, stage):
    # aws-node, kube-proxy and the CSI node plugins are privileged: a Pod Security label there would evict EKS itself.
    assert KUBE_SYSTEM not in enforce_levels(assembly, stage)
    assert not [o for r in rendered[stage].values() for o in installed(r) if o["kind"] == "Namespace"]


def test_the_pod_security_check_sees_a_privileged_pod():
    spec = {"hostNetwork": True, "containers": [{"name": "c", "image": "x:1"}]}
    assert pss.failures(spec, "baseline") and pss.failures(spec, "restricted") and not pss.failures(spec, "privileged")
    # baseline admits what restricted refuses: no seccomp profile, capabilities not dropped.
    assert pss.failures({"containers": [{"name": "c"}]}, "baseline") == []


# --- placement and identity ---------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_every_daemonset_tolerates_the_platforms_taints(config, rendered, stage):
    daemonsets = [(n, o) for n, r in rendered[stage].items() for o in installed(r) if o["kind"] == "DaemonSet"]
    assert {o["metadata"]["name"] for _, o in daemonsets} >= {"kube-prometheus-stack-prometheus-node-exporter", "node-agent"}
    for name, ds in daemonsets:
        tolerations = ds["spec"]["template"]["spec"].get("tolerations") or []
        for taint in taints(config):
            assert tolerates(tolerations, taint), f"{name} DaemonSet {ds['metadata']['name']} does not tolerate {taint}"


def irsa_trust(assembly, stage: str) -> dict[str, tuple[str, str]]:
    """IAM role logical id -> (namespace, service account) its web-identity trust admits."""
    template = assembly.template(f"{stage}/Platform-Services")
    out = {}
    for logical_id, role in of_type(template, "AWS::IAM::Role").items():
        found = re.findall(r"system:serviceaccount:([a-z0-9-]+):([a-z0-9-]+)", json.dumps(role["Properties"]["AssumeRolePolicyDocument"]))
        if found:
            (out[logical_id],) = found
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_irsa_roles_reach_exactly_their_service_accounts(assembly, rendered, stage):
    trust = irsa_trust(assembly, stage)
    assert len(trust) == 4, trust
    annotated = {}
    for release in rendered[stage].values():
        for obj in installed(release):
            if obj["kind"] == "ServiceAccount":
                arn = (obj["metadata"].get("annotations") or {}).get("eks.amazonaws.com/role-arn")
                if arn:
                    annotated[(namespace_of(release, obj), obj["metadata"]["name"])] = arn
    # Each trusted account exists, is annotated with its own role, and is the one its pods run as.
    for logical_id, account in trust.items():
        assert account in annotated, f"{account} is trusted by {logical_id} but not annotated"
        assert annotated[account] == f"GETATT-{logical_id}-Arn", (account, annotated[account])
    # No other account carries a role, except the documented copies whose role does not trust them.
    for account, arn in annotated.items():
        if account not in trust.values():
            assert account in IRSA_ANNOTATION_COPIES, f"{account} carries {arn} but no role trusts it"
            assert trust[arn.removeprefix("GETATT-").removesuffix("-Arn")] != account


# --- images -------------------------------------------------------------------------------------
IMAGE = re.compile(r"^(?:(?P<registry>[a-z0-9.-]+\.[a-z]+(?::\d+)?)/)?(?P<path>[a-z0-9._/-]+)(?::(?P<tag>[\w.-]+))?(?:@(?P<digest>sha256:[0-9a-f]{64}))?$")


def images(rendered_stage: dict[str, Release]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, release in rendered_stage.items():
        for key, spec in pss.pod_specs(installed(release)).items():
            for c in spec.get("initContainers", []) + spec.get("containers", []):
                out.setdefault(c["image"], set()).add(f"{name} {key}")
    return out


def image_problems(found: dict[str, set[str]], stage) -> list[str]:
    """Images without a tag, or not pulled through one of the stage's pull-through cache rules."""
    own = f"{registry(stage)}/"
    prefixes = {u.prefix_in(stage) for u in UPSTREAMS.values()}
    problems = []
    for image, users in sorted(found.items()):
        m = IMAGE.match(image)
        if not m:
            problems.append(f"{image}: not an image reference ({sorted(users)})")
            continue
        if not (m["tag"] or m["digest"]) or m["tag"] == "latest":
            problems.append(f"{image}: no tag or digest ({sorted(users)})")
        if not image.startswith(own) or image[len(own):].split("/", 1)[0] not in prefixes:
            problems.append(f"{image}: not pulled through a pull-through cache rule of stage {stage.name} "
                            f"({own}<{'|'.join(sorted(prefixes))}>/...) ({sorted(users)})")
    return problems


@pytest.mark.parametrize("stage", STAGES)
def test_every_image_is_pinned_and_pulled_through_the_stage_cache(rendered, config, stage):
    """Chart defaults our values do not override (sidecars, hook Jobs, webhooks) included."""
    assert image_problems(images(rendered[stage]), config.stages[stage]) == []


def test_image_rule_rejects_untagged_and_implicit_registries(config):
    bad = {"n": Release("s", "n", "L", "ns", None, {}, objects=[
        {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "busybox:latest"},
                                                                         {"name": "b", "image": "quay.io/x/y"}]}}])}
    found = images(bad)
    assert set(found) == {"busybox:latest", "quay.io/x/y"}
    assert len(image_problems(found, config.stages["prod"])) == 4  # two untagged, two not through the cache
    assert IMAGE.match("busybox:latest")["registry"] is None and IMAGE.match("quay.io/x/y")["tag"] is None


def test_core_schema_check_reports_an_unknown_field():
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}, "data": {}, "dta": {}}
    assert any("dta" in e for e in core_errors(cm))


def test_loader_reads_bare_equals_as_a_string():
    assert load_all("a: =\n") == [{"a": "="}]


# --- monitoring ---------------------------------------------------------------------------------
MONITOR_KINDS = ("ServiceMonitor", "PodMonitor", "PrometheusRule")
# Releases whose values switch a ServiceMonitor on: a chart that gates it on .Capabilities would drop
# it silently if the prometheus-operator CRDs were not installed before the release.
MONITORED = ("kube-prometheus-stack", "loki", "tempo", "opentelemetry-operator", "velero")


@pytest.mark.parametrize("stage", STAGES)
def test_every_monitor_is_rendered_and_selected_by_prometheus(rendered, stage):
    key = next(iter(contracts.PLATFORM_MONITORING_LABEL))
    selected = {contracts.PLATFORM_MONITORING_LABEL[key], contracts.SERVICE_MONITOR_SELECTOR[key]}
    for name in MONITORED:
        monitors = [o for o in installed(rendered[stage][name]) if o["kind"] == "ServiceMonitor"]
        assert monitors, f"{name} renders no ServiceMonitor"
    unselected = [f"{n}: {o['kind']}/{o['metadata']['name']}" for n, r in rendered[stage].items() for o in installed(r)
                  if o["kind"] in MONITOR_KINDS and (o["metadata"].get("labels") or {}).get(key) not in selected]
    assert unselected == [], f"Prometheus selects {key} in {sorted(selected)} only"
