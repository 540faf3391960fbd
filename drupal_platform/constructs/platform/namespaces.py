"""Platform namespaces with their Pod Security levels (charts/platform/namespaces.py)."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.charts.platform.namespaces import NamespacesChart

from . import ServiceContext
from .common import manifest


class PlatformNamespaces:
    name = "namespaces"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        return [manifest(scope, "Namespaces", ctx, NamespacesChart(cdk8s.App(), "platform-namespaces"))]
