"""Namespaces of the platform services, each with the Pod Security level its pods can pass."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from drupal_platform import contracts

from .base import PlatformChart, pss_labels
from .k8s import k8s


@dataclass(frozen=True)
class PlatformNamespace:
    name: str
    pod_security: str  # restricted | baseline | privileged
    reason: str  # why not restricted (empty when restricted)


# Every platform namespace we create. kube-system is EKS's (LBC, external-dns, the autoscaler,
# metrics-server and the CSI drivers run there, as EKS add-ons do).
PLATFORM_NAMESPACES: tuple[PlatformNamespace, ...] = (
    PlatformNamespace(contracts.EXTERNAL_SECRETS_NAMESPACE, "restricted", ""),
    PlatformNamespace(
        contracts.PERCONA_OPERATOR_NAMESPACE,
        "baseline",
        "the ps-operator 1.2.0 chart hard-codes its pod security context without seccompProfile and "
        "capabilities.drop and has no values key to add them, so the operator pod fails restricted; "
        "it passes baseline (non-root, no privilege escalation, no host access)",
    ),
    PlatformNamespace(
        contracts.MONITORING_NAMESPACE,
        "privileged",
        "node-exporter uses the host network and PID namespace and hostPath /, and the OpenTelemetry agent "
        "reads /var/log/pods through hostPath and binds host ports 4317/4318; baseline forbids all of these",
    ),
    PlatformNamespace(
        contracts.VELERO_NAMESPACE,
        "privileged",
        "Velero's node agent mounts /var/lib/kubelet/pods through hostPath (file-system backup of EFS "
        "volumes); baseline forbids hostPath",
    ),
)


class NamespacesChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, namespaces: tuple[PlatformNamespace, ...] = PLATFORM_NAMESPACES) -> None:
        super().__init__(scope, construct_id, component="namespaces")
        for ns in namespaces:
            k8s.KubeNamespace(
                self,
                ns.name,
                metadata=k8s.ObjectMeta(
                    name=ns.name,
                    labels=pss_labels(ns.pod_security, warn="restricted" if ns.pod_security != "privileged" else "baseline"),
                    annotations={"drupal-platform/pod-security-reason": ns.reason} if ns.reason else None,
                ),
            )
