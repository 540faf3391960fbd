"""The one module that imports the version-named cdk8s-plus package.

`plus` is cdk8s-plus for the platform's Kubernetes minor (drupal_platform.versions); `k8s`
is the low-level core API bundled with it, used for kinds cdk8s-plus lacks (ResourceQuota,
LimitRange, PodDisruptionBudget, NetworkPolicy with ipBlocks, RBAC rules with subresources).
"""

from __future__ import annotations

from drupal_platform.versions import cdk8s_plus

plus = cdk8s_plus()
k8s = plus.k8s

__all__ = ["plus", "k8s"]
