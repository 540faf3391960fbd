"""Core-kind validation with kubernetes-validate --strict (it skips custom resources silently,
so `is_core` decides which manifests it must see and the caller validates the rest as CRs)."""

from __future__ import annotations

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
