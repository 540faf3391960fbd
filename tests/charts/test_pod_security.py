"""Restricted Pod Security, control by control, for every pod the tenant runs or causes to run."""

import copy

import pytest

from drupal_platform.charts.tenant import debug_job, maintenance_job
from helpers.pss import CONTROLS, check_pod, pod_specs

from .conftest import find, make_refs


def _all_pods(all_manifests, config):
    pods = {}
    for (tenant, stage), manifests in all_manifests.items():
        for key, spec in pod_specs(manifests).items():
            pods[f"{tenant}-{stage}:{key}"] = spec
    t, s = config.tenants["alpha"], config.stages["prod"]
    for extra in (maintenance_job(t, s, make_refs(), "updb", suffix="x"), debug_job(t, s, make_refs(), suffix="x")):
        pods[f"alpha-prod:{extra['metadata']['name']}"] = extra["spec"]["template"]["spec"]
    return pods


@pytest.mark.parametrize("control", CONTROLS)
def test_every_pod_passes_restricted_control(all_manifests, config, control):
    pods = _all_pods(all_manifests, config)
    bad = {name: check_pod(spec)[control] for name, spec in pods.items() if check_pod(spec)[control]}
    assert bad == {}


def test_percona_operator_pods_are_covered(all_manifests):
    single = pod_specs(all_manifests[("alpha", "prod")])
    ha = pod_specs(all_manifests[("gamma", "prod")])
    assert "PerconaServerMySQL/db/mysql" in single and "PerconaServerMySQL/db/router" not in single
    assert {"PerconaServerMySQL/db/mysql", "PerconaServerMySQL/db/router"} <= set(ha)


def test_checker_flags_a_pod_without_seccomp_and_capabilities(all_manifests):
    spec = copy.deepcopy(find(all_manifests[("alpha", "prod")], "Deployment", "drupal")["spec"]["template"]["spec"])
    spec["securityContext"].pop("seccompProfile")
    container = spec["containers"][0]["securityContext"]
    container.pop("seccompProfile")
    container.pop("capabilities")
    result = check_pod(spec)
    assert result["seccomp"] and result["capabilities"]


def test_checker_flags_kubectl_run_style_pod():
    # Source problem 8: `kubectl run` sets no security context at all.
    result = check_pod({"containers": [{"name": "debug", "image": "mysql:8.0"}]})
    assert {c for c, msgs in result.items() if msgs} == {"privilegeEscalation", "runAsNonRoot", "seccomp", "capabilities"}


def test_namespace_enforces_restricted_pod_security(all_manifests):
    for (tenant, stage), manifests in all_manifests.items():
        labels = find(manifests, "Namespace")["metadata"]["labels"]
        for mode in ("enforce", "audit", "warn"):
            assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"


def test_drupal_root_filesystem_is_read_only_with_declared_writable_dirs(all_manifests):
    spec = find(all_manifests[("alpha", "prod")], "Deployment", "drupal")["spec"]["template"]["spec"]
    container = spec["containers"][0]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    empty_dirs = {v["name"] for v in spec["volumes"] if "emptyDir" in v}
    mounts = {m["mountPath"] for m in container["volumeMounts"] if m["name"] in empty_dirs}
    assert mounts == {"/tmp", "/var/run/apache2", "/var/lock/apache2", "/var/cache/drupal"}


def test_no_pod_mounts_a_service_account_token_except_none(all_manifests):
    for key, spec in pod_specs(all_manifests[("beta", "prod")]).items():
        if key.startswith("PerconaServerMySQL"):
            continue
        assert spec.get("automountServiceAccountToken") is False, key
