"""The deploy gate's Kubernetes permissions (charts/platform/deploy_gate.py); its Lambda
functions and access entry live in the cluster stack (constructs/deploy_gate.py)."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.charts.platform.deploy_gate import DeployGateChart

from . import ServiceContext
from .common import manifest


class DeployGateAccess:
    name = "deploy-gate"
    # Cluster-scoped RBAC only: nothing else must exist first.
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        return [manifest(scope, "DeployGate", ctx, DeployGateChart(cdk8s.App(), "deploy-gate"))]
