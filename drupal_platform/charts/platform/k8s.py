"""The version-named cdk8s-plus package, imported in one place (see drupal_platform.versions)."""

from __future__ import annotations

from drupal_platform.versions import cdk8s_plus

plus = cdk8s_plus()
k8s = plus.k8s

__all__ = ["plus", "k8s"]
