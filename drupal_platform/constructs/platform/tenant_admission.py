"""Admission policies that bound what tenants' client principals can do (charts/platform/tenant_admission.py)."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.charts.platform.tenant_admission import TenantAdmissionChart

from . import ServiceContext
from .common import manifest


class TenantAdmission:
    name = "tenant-admission"
    # Cluster-scoped policies of the API server's own admission: nothing else must exist first.
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        return [manifest(scope, "TenantAdmission", ctx, TenantAdmissionChart(cdk8s.App(), "tenant-admission"))]
