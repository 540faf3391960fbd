"""Probes and the ALB health check of every example tenant, both image kinds (the runtime test
tests/runtime/test_apache_probes.py executes them against Apache for the official image)."""

import re

import pytest

from drupal_platform.charts.tenant import files
from drupal_platform.charts.tenant.site import Site

from .conftest import CASES, find, make_refs


def _drupal(manifests):
    (c,) = [c for c in find(manifests, "Deployment", "drupal")["spec"]["template"]["spec"]["containers"] if c["name"] == "drupal"]
    return c


@pytest.mark.parametrize(("tenant", "stage"), CASES)
def test_liveness_startup_and_the_alb_ask_apache_alone(config, render, tenant, stage):
    manifests = render(tenant, stage)
    c = _drupal(manifests)
    for kind in ("livenessProbe", "startupProbe"):
        get = c[kind]["httpGet"]
        assert get["path"] == files.HEALTH_PATH and "httpHeaders" not in get, kind
    ann = find(manifests, "Ingress", "drupal")["metadata"]["annotations"]
    assert ann["alb.ingress.kubernetes.io/healthcheck-path"] == files.HEALTH_PATH
    # The endpoint is the vhost's Alias to a file the pod mounts from the same ConfigMap, for both image kinds.
    cm = find(manifests, "ConfigMap", "apache-config")["data"]
    target = f"{files.HEALTH_DIR}/{files.HEALTH_FILE}"
    assert f"Alias {files.HEALTH_PATH} {target}" in cm["000-default.conf"]
    assert cm[files.HEALTH_FILE] == files.HEALTH_BODY
    mount = next(m for m in c["volumeMounts"] if m["mountPath"] == target)
    assert mount["subPath"] == files.HEALTH_FILE and mount["readOnly"] is True
    volume = next(v for v in find(manifests, "Deployment", "drupal")["spec"]["template"]["spec"]["volumes"] if v["name"] == mount["name"])
    assert volume["configMap"]["name"] == "apache-config"
    # Outside the DocumentRoot: Drupal's .htaccess never applies to it.
    assert not target.startswith(Site(config.tenants[tenant], config.stages[stage], make_refs()).web_root + "/")


@pytest.mark.parametrize(("tenant", "stage"), CASES)
def test_readiness_sends_a_host_the_site_trusts(config, render, tenant, stage):
    get = _drupal(render(tenant, stage))["readinessProbe"]["httpGet"]
    assert get["path"] == files.READY_PATH
    (host,) = [h["value"] for h in get["httpHeaders"] if h["name"] == "Host"]
    site = Site(config.tenants[tenant], config.stages[stage], make_refs())
    assert any(re.match(p, host) for p in files.trusted_host_patterns(site)), host


def test_a_wildcard_host_yields_a_trusted_concrete_probe_host(config):
    from drupal_platform.contracts import trusted_host_pattern

    site = Site(config.tenants["alpha"], config.stages["prod"], make_refs())
    host = files.trusted_probe_host(type("S", (), {"hosts": ["*.shop.example.org"]})())
    assert re.match(trusted_host_pattern("*.shop.example.org"), host) and "*" not in host
    assert files.trusted_probe_host(site) == site.hosts[0]
