"""The per-tenant cdk8s chart (issue 3).

Public interface (other packages rely on these names):
- TenantChart(scope, id, *, tenant, stage, refs) - the chart the tenant stack attaches.
- render_tenant(tenant, stage, refs) -> list[dict] - the manifests.
- maintenance_job(tenant, stage, refs, command, suffix=None) -> dict - a one-off drush Job.
- debug_job(tenant, stage, refs, suffix=None) -> dict - the restricted debug pod.
- worst_moment(tenant, stage) -> Footprint - a tenant's peak requests (the capacity guard);
  quota_shortfalls(tenant, stage) -> list[str] - what does not fit its tier's quota.
"""

from drupal_platform.charts.tenant.chart import TenantChart, debug_job, maintenance_job, render_tenant
from drupal_platform.quota import Footprint, quota_shortfalls, worst_moment

__all__ = ["TenantChart", "render_tenant", "maintenance_job", "debug_job", "worst_moment", "quota_shortfalls", "Footprint"]
