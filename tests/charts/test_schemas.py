"""Every rendered object against its schema: Kubernetes 1.36 for core kinds, the upstream CRDs for CRs."""

import copy

import jsonschema
import kubernetes_validate
import pytest

from helpers.crd_schema import cr_errors, validate_cr
from helpers.k8s_schema import is_core, validate_core

from .conftest import CASES, find


@pytest.mark.parametrize(("tenant", "stage"), CASES, ids=[f"{t}-{s}" for t, s in CASES])
def test_core_kinds_pass_kubernetes_1_36_strict_schema(all_manifests, tenant, stage):
    core = [m for m in all_manifests[(tenant, stage)] if is_core(m)]
    assert core
    for m in core:
        validate_core(m)


@pytest.mark.parametrize(("tenant", "stage"), CASES, ids=[f"{t}-{s}" for t, s in CASES])
def test_custom_resources_pass_upstream_crd_schemas(all_manifests, tenant, stage):
    crs = [m for m in all_manifests[(tenant, stage)] if not is_core(m)]
    assert {m["kind"] for m in crs} >= {"SecretStore", "ExternalSecret", "PerconaServerMySQL", "ServiceMonitor"}
    for m in crs:
        assert cr_errors(m) == [], f"{m['kind']}/{m['metadata']['name']}"


def test_crd_validator_rejects_a_misspelt_field(all_manifests):
    cr = copy.deepcopy(find(all_manifests[("alpha", "prod")], "PerconaServerMySQL"))
    cr["spec"]["mysql"]["volumeSpec"]["persistentVolumeClaim"]["storageClass"] = "gp3"  # not storageClassName
    with pytest.raises(jsonschema.ValidationError, match="storageClass"):
        validate_cr(cr)


def test_crd_validator_rejects_a_misspelt_field_in_an_external_secret(all_manifests):
    es = copy.deepcopy(find(all_manifests[("alpha", "prod")], "ExternalSecret", "db-credentials"))
    es["spec"]["refreshIntervall"] = "1h"
    with pytest.raises(jsonschema.ValidationError, match="refreshIntervall"):
        validate_cr(es)


def test_core_validator_rejects_a_misspelt_field(all_manifests):
    deploy = copy.deepcopy(find(all_manifests[("alpha", "prod")], "Deployment", "drupal"))
    deploy["spec"]["template"]["spec"]["nodeSelectr"] = {"role": "shared"}
    with pytest.raises(kubernetes_validate.ValidationError):
        validate_core(deploy)


def test_only_served_api_versions_are_used(all_manifests):
    versions = {(m["kind"], m["apiVersion"]) for ms in all_manifests.values() for m in ms if not is_core(m)}
    assert ("ExternalSecret", "external-secrets.io/v1") in versions
    assert ("SecretStore", "external-secrets.io/v1") in versions
    assert ("PerconaServerMySQL", "ps.percona.com/v1") in versions
    assert not any(v.endswith(("v1beta1", "v1alpha1")) for _, v in versions)
