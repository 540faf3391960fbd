"""Percona Server for MySQL operator v1.2.0 with telemetry off, fenced by NetworkPolicies."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.charts.platform.database_operator import DatabaseOperatorNetworkChart, kubernetes_service_ip
from drupal_platform.config import StageConfig
from drupal_platform.images import mirrored_parts
from drupal_platform.versions import PERCONA_INIT_IMAGE
from drupal_platform.contracts import PERCONA_OPERATOR_NAMESPACE, PERCONA_OPERATOR_POD_LABELS

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, helm_release, manifest

# The tenant NetworkPolicies admit PERCONA_OPERATOR_POD_LABELS, which the chart derives from the release name.
RELEASE = PERCONA_OPERATOR_POD_LABELS["app.kubernetes.io/instance"]


def values(stage: StageConfig) -> dict:
    registry, repository, tag = mirrored_parts(stage, PERCONA_INIT_IMAGE)
    return {
        # The operator's image through the stage's pull-through cache (drupal_platform/images.py).
        "image": {"repository": f"{registry}/{repository}", "tag": tag},
        # Tenant namespaces come and go with tenants; listing them (watchNamespace) would change this
        # stack on every new tenant. The operator only acts on PerconaServerMySQL objects, which only
        # tenant stacks create, and its NetworkPolicy lets it reach MySQL pods of tenant namespaces only.
        "watchAllNamespaces": True,
        # Source Problem 10: the telemetry loop to check.percona.com fails behind the NetworkPolicy.
        # The operator disables telemetry only for the exact string "true"; the chart quotes the value.
        "disableTelemetry": True,
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"memory": "512Mi"}},
    }


class DatabaseOperator:
    name = "ps-operator"
    needs = {"namespaces": "the percona-operator namespace (baseline Pod Security) comes first"}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "DatabaseOperator")
        chart = helm_release(c, "Chart", ctx, chart=self.name, release=RELEASE, namespace=PERCONA_OPERATOR_NAMESPACE, values=values(ctx.stage))
        network = manifest(
            c,
            "NetworkPolicies",
            ctx,
            DatabaseOperatorNetworkChart(
                cdk8s.App(),
                "percona-network",
                # The API server's private endpoint ENIs are in the cluster's (node) subnets.
                api_server_cidrs=list(ctx.stage.node_subnets),
                kubernetes_service_ip=kubernetes_service_ip(ctx.stage.vpc_cidr),
            ),
        )
        return [chart, network]
