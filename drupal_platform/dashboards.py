"""Grafana dashboards for tenants: requests, latency, errors and MySQL.

The platform ships one dashboard with a tenant picker (every tenant namespace); each tenant
chart ships its own copy fixed to its namespace, so a team finds "Drupal: <name>" directly.
Both come from this one function, so they cannot drift. Grafana's sidecar loads any
ConfigMap labelled `contracts.GRAFANA_DASHBOARD_LABEL` in any namespace.
"""

from __future__ import annotations

from drupal_platform.config import NAMESPACE_PREFIX

TENANT_NAMESPACES = f"{NAMESPACE_PREFIX}.+"


def _panel(pid: int, title: str, exprs: list[str], unit: str, x: int, y: int) -> dict:
    return {
        "id": pid, "title": title, "type": "timeseries", "datasource": {"type": "prometheus", "uid": "prometheus"},
        "gridPos": {"h": 8, "w": 12, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "targets": [{"expr": e, "refId": chr(65 + i)} for i, e in enumerate(exprs)],
    }


def tenant_dashboard(namespace: str | None = None) -> dict:
    """The tenant dashboard: with a tenant picker, or fixed to one tenant's namespace.

    The platform's copy has the picker (a dashboard per tenant there would change the platform
    stack whenever a tenant is added); each tenant chart renders its own fixed copy.
    """
    calls = 'traces_span_metrics_calls_total{span_kind="SPAN_KIND_SERVER", service_namespace="$tenant"}'
    errors = 'traces_span_metrics_calls_total{span_kind="SPAN_KIND_SERVER", status_code="STATUS_CODE_ERROR", service_namespace="$tenant"}'
    bucket = 'traces_span_metrics_duration_milliseconds_bucket{span_kind="SPAN_KIND_SERVER", service_namespace="$tenant"}'
    if namespace:
        variable = {"name": "tenant", "type": "constant", "query": namespace, "hide": 2}
        title, uid = f"Drupal: {namespace.removeprefix(NAMESPACE_PREFIX)}", namespace[:40]
    else:
        variable = {
            "name": "tenant", "label": "Tenant", "type": "query", "datasource": {"type": "prometheus", "uid": "prometheus"},
            "query": {"query": f'label_values(kube_namespace_labels{{namespace=~"{TENANT_NAMESPACES}"}}, namespace)', "refId": "tenant"},
            "refresh": 2, "sort": 1,
        }
        title, uid = "Drupal tenant", "drupal-tenant"
    return {
        "title": title, "uid": uid, "schemaVersion": 39, "editable": False, "refresh": "1m",
        "time": {"from": "now-6h", "to": "now"}, "tags": ["drupal-platform"],
        "templating": {"list": [variable]},
        "panels": [
            _panel(1, "Requests per second", [f"sum(rate({calls}[5m]))"], "reqps", 0, 0),
            _panel(2, "Latency (p50, p95)", [
                f"histogram_quantile(0.5, sum by (le) (rate({bucket}[5m])))",
                f"histogram_quantile(0.95, sum by (le) (rate({bucket}[5m])))",
            ], "ms", 12, 0),
            _panel(3, "Error ratio (5xx)", [f"sum(rate({errors}[5m])) / sum(rate({calls}[5m]))"], "percentunit", 0, 8),
            _panel(4, "MySQL", [
                'mysql_up{namespace="$tenant"}',
                'mysql_global_status_threads_connected{namespace="$tenant"}',
                'sum(rate(mysql_global_status_queries{namespace="$tenant"}[5m]))',
            ], "short", 12, 8),
        ],
    }
