"""Core-kind validation with kubernetes-validate --strict (it skips custom resources silently,
so `is_core` decides which manifests it must see and the caller validates the rest as CRs)."""

from __future__ import annotations

from functools import lru_cache

import kubernetes_validate

KUBERNETES_VERSION = "1.36"
# API groups served by Kubernetes itself; anything else is a custom resource.
CORE_GROUPS = {"", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
               "storage.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "admissionregistration.k8s.io",
               "apiextensions.k8s.io", "discovery.k8s.io", "node.k8s.io", "certificates.k8s.io"}


def api_group(manifest: dict) -> str:
    api = manifest["apiVersion"]
    return api.split("/")[0] if "/" in api else ""


def is_core(manifest: dict) -> bool:
    return api_group(manifest) in CORE_GROUPS


def validate_core(manifest: dict, version: str = KUBERNETES_VERSION) -> None:
    """Raise kubernetes_validate.ValidationError (strict: unknown fields are errors)."""
    if not is_core(manifest):
        raise ValueError(f"{manifest['kind']} is a custom resource; use crd_schema.validate_cr")
    kubernetes_validate.validate(manifest, version, strict=True)


@lru_cache(maxsize=None)
def _core_validator(api_version: str, kind: str, version: str = KUBERNETES_VERSION):
    """kubernetes-validate's strict schema for one kind, built once (validate() re-reads its
    multi-megabyte definitions file on every call: too slow for hundreds of rendered objects)."""
    import re

    import jsonschema
    from kubernetes_validate import utils
    from referencing import Registry, Resource

    schema_version = [v for v in utils.all_versions() if utils.major_minor(v) <= version][-1]
    schema_dir = f"v{schema_version}-local-strict"
    api = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    schema = utils.schema_contents(f"kubernetes-json-schema/{schema_dir}/{kind.lower()}-{api}.json", version)
    definitions = utils.schema_contents(f"kubernetes-json-schema/{schema_dir}/_definitions.json", version)
    registry = Resource.from_contents(definitions) @ (Resource.from_contents(schema) @ Registry())
    return jsonschema.validators.Draft202012Validator(schema, registry=registry)


def core_errors(manifest: dict, version: str = KUBERNETES_VERSION) -> list[str]:
    """Every strict-schema violation of a core-kind manifest (what validate_core raises first)."""
    validator = _core_validator(manifest["apiVersion"], manifest["kind"], version)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(manifest)]
