"""The mail catcher of `catch` stages (dev): present, restricted, reachable from tenant pods on SMTP only."""

from __future__ import annotations

from drupal_platform import contracts
from drupal_platform.charts.platform.mail_catcher import MAILPIT_IMAGE, mailpit_args
from drupal_platform.images import mirrored
from tests.helpers.netpol import Cluster, Endpoint
from tests.helpers.pss import failures
from tests.platform.platform_helpers import all_objects, find

NS = contracts.MAIL_CATCHER_NAMESPACE


def _catcher(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o["metadata"].get("namespace") == NS or o["metadata"]["name"] == NS]


def test_only_catch_stages_run_the_catcher(services, config):
    assert config.stages["dev"].mail_mode == "catch" and config.stages["prod"].mail_mode == "ses"
    assert {o["kind"] for o in _catcher(all_objects(services["dev"]))} == {"Namespace", "NetworkPolicy", "Deployment", "Service"}
    assert _catcher(all_objects(services["prod"])) == []


def test_mailpit_is_pinned_tags_by_login_and_passes_restricted(services, config):
    objects = all_objects(services["dev"])
    assert find(objects, "Namespace", NS)["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    deployment = find(objects, "Deployment", contracts.MAIL_CATCHER_SERVICE)
    spec = deployment["spec"]["template"]["spec"]
    assert failures(spec) == []
    (container,) = spec["containers"]
    # Pinned, and pulled through the stage's Docker Hub cache rule.
    assert container["image"] == mirrored(config.stages["dev"], MAILPIT_IMAGE) and ":v1." in MAILPIT_IMAGE
    # Per-site view: any login accepted and used as the message's tag (the chart logs in as the site).
    assert {"--smtp-auth-accept-any", "--tags-username"} <= set(container["args"]) == set(mailpit_args())
    service = find(objects, "Service", contracts.MAIL_CATCHER_SERVICE)
    assert {p["port"] for p in service["spec"]["ports"]} == {contracts.MAIL_CATCHER_SMTP_PORT, contracts.MAIL_CATCHER_UI_PORT}


def test_tenant_pods_reach_smtp_only_and_nobody_reaches_the_ui(services):
    cluster = Cluster(all_objects(services["dev"]),
                      namespace_labels={"drupal-site-alpha": {contracts.TENANT_LABEL: "alpha"}})
    mailpit = Endpoint("mailpit", "10.10.64.9", NS, dict(contracts.MAIL_CATCHER_POD_LABELS))
    tenant = Endpoint("alpha/drupal", "10.10.64.10", "drupal-site-alpha", {"app.kubernetes.io/name": "drupal"})
    other = Endpoint("default/x", "10.10.64.11", "default", {"app": "x"})
    assert cluster.allowed(tenant, mailpit, contracts.MAIL_CATCHER_SMTP_PORT)
    assert not cluster.allowed(tenant, mailpit, contracts.MAIL_CATCHER_UI_PORT)
    assert not cluster.allowed(other, mailpit, contracts.MAIL_CATCHER_SMTP_PORT)
    assert not cluster.allowed(mailpit, Endpoint("internet", "198.51.100.7"), 443)
