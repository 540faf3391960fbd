"""Common labels and the chart base class of the platform charts."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.contracts import PART_OF_LABEL

COMPONENT_LABEL = "app.kubernetes.io/component"


class PlatformChart(cdk8s.Chart):
    """A chart whose objects carry part-of=drupal-platform-services and a component label.

    Resource names are written explicitly (no hashes): tenants and runbooks refer to them.
    """

    def __init__(self, scope: Construct, construct_id: str, *, component: str, namespace: str | None = None) -> None:
        super().__init__(
            scope,
            construct_id,
            namespace=namespace,
            labels={PART_OF_LABEL: "drupal-platform-services", COMPONENT_LABEL: component},
            disable_resource_name_hashes=True,
        )


def pss_labels(level: str, *, warn: str = "restricted") -> dict[str, str]:
    """Pod Security admission labels: enforce `level`, warn and audit at `warn` (at least `level`)."""
    return {
        "pod-security.kubernetes.io/enforce": level,
        "pod-security.kubernetes.io/enforce-version": "latest",
        "pod-security.kubernetes.io/audit": warn,
        "pod-security.kubernetes.io/warn": warn,
    }
