"""NetworkPolicies evaluated on a model of the prod cluster with tenants alpha, beta and gamma."""

import ipaddress
import itertools

import pytest

import cdk8s

from drupal_platform import contracts
from drupal_platform.charts.platform.database_operator import kubernetes_service_ip
from drupal_platform.charts.platform.observability import ObservabilityChart
from helpers.netpol import Cluster, Endpoint, Service
from helpers.pss import POD_TEMPLATE_PATHS

from .conftest import find

# Percona operator v1.2.0 pod labels (pkg/naming Labels() at tag v1.2.0: name/instance/component/
# part-of/managed-by; pkg/mysql MatchLabels, pkg/router); the operator's labels are applied after
# spec.mysql.labels. Pinned here: a different operator
# version may label its pods differently and the policies would silently stop matching.
PERCONA_V120_MYSQL = {"app.kubernetes.io/name": "mysql", "app.kubernetes.io/instance": "db",
                      "app.kubernetes.io/component": "database", "app.kubernetes.io/part-of": "percona-server",
                      "app.kubernetes.io/managed-by": "percona-server-mysql-operator"}
PERCONA_V120_ROUTER = {**PERCONA_V120_MYSQL, "app.kubernetes.io/name": "router", "app.kubernetes.io/component": "proxy"}


def otel_v0158_collector_pod_labels(cr: dict) -> dict[str, str]:
    """Labels OpenTelemetry operator v0.158.0 puts on a collector's pods (internal/manifests/
    manifestutils/labels.go: Labels() copies the CR's labels, then SelectorLabels() at lines
    68-75 - managed-by, instance <ns>.<name>, part-of, component (collector.go:18) - then
    app.kubernetes.io/version from the image tag and app.kubernetes.io/name <name>-collector).
    The daemonset (daemonset.go:40) and every Service (service.go:88, 131, 202) select
    SelectorLabels() only."""
    meta, image = cr["metadata"], cr["spec"]["image"]
    return {**(meta.get("labels") or {}),
            "app.kubernetes.io/managed-by": "opentelemetry-operator",
            "app.kubernetes.io/instance": f"{meta['namespace']}.{meta['name']}",
            "app.kubernetes.io/part-of": "opentelemetry",
            "app.kubernetes.io/component": "opentelemetry-collector",
            "app.kubernetes.io/version": image.rsplit(":", 1)[-1],
            "app.kubernetes.io/name": f"{meta['name']}-collector"}


TENANTS = ("alpha", "beta", "gamma")
PORTS = [53, 443, 3306, 6446, 6447, 6450, 8080, 9104, 33060, 33061, 33062, 4317, 4318]


class Model:
    def __init__(self, config, render):
        self.stage = config.stages["prod"]
        self.manifests = {t: render(t, "prod") for t in TENANTS}
        self.cluster = Cluster([m for ms in self.manifests.values() for m in ms])
        pod_ips = itertools.chain.from_iterable(ipaddress.ip_network(c).hosts() for c in self.stage.pod_subnets)
        self.pods: dict[str, Endpoint] = {}

        def add(name, ns, labels):
            self.pods[name] = Endpoint(name, str(next(pod_ips)), ns, labels)

        for t, manifests in self.manifests.items():
            ns = f"drupal-site-{t}"
            for m in manifests:
                path = POD_TEMPLATE_PATHS.get(m["kind"])
                if path:
                    node = m
                    for key in path[:-1]:
                        node = node[key]
                    add(f"{t}/{m['metadata']['name']}", ns, node["metadata"]["labels"])
                if m["kind"] == "PerconaServerMySQL":
                    extra = m["spec"]["mysql"].get("labels", {})
                    for i in range(m["spec"]["mysql"]["size"]):
                        add(f"{t}/mysql-{i}", ns, {**extra, **PERCONA_V120_MYSQL})
                    if m["spec"]["proxy"]["router"]["enabled"]:
                        for i in range(m["spec"]["proxy"]["router"]["size"]):
                            add(f"{t}/router-{i}", ns, {**extra, **PERCONA_V120_ROUTER})
            add(f"{t}/debug", ns, {**contracts.DEBUG_POD_LABEL, "app.kubernetes.io/name": "debug"})
        # The OpenTelemetry agent as it really runs: DaemonSet pods with pod-subnet IPs (hostPort,
        # not hostNetwork) behind the platform's node-local ClusterIP Service.
        platform = ObservabilityChart(cdk8s.App(), "observability", system_node_selector={"role": "system"}).to_json()
        self.platform = platform
        agent_cr = next(o for o in platform if o["kind"] == "OpenTelemetryCollector" and o["metadata"]["name"] == "otel-agent")
        assert agent_cr["spec"]["mode"] == "daemonset" and "hostNetwork" not in agent_cr["spec"]
        for i in range(3):
            add(f"otel-agent-{i}", contracts.MONITORING_NAMESPACE, otel_v0158_collector_pod_labels(agent_cr))
        self.agent_pods = [self.pods[f"otel-agent-{i}"] for i in range(3)]
        service_ip = ipaddress.ip_address(kubernetes_service_ip(self.stage.vpc_cidr))
        agent_svc = next(o for o in platform if o["kind"] == "Service" and o["metadata"]["name"] == "otel-agent")
        self.agent_service = Service.from_manifest(agent_svc, str(service_ip + 0x1234))
        add("kube-dns", "kube-system", dict(contracts.KUBE_DNS_POD_LABELS))
        add("prometheus", "monitoring", dict(contracts.PROMETHEUS_POD_LABELS))
        add("percona-operator", "percona-operator", dict(contracts.PERCONA_OPERATOR_POD_LABELS))
        add("other-namespace", "default", {"app": "anything"})
        self.alb = Endpoint("alb", str(next(ipaddress.ip_network(self.stage.public_subnets[1]).hosts())))
        self.node = Endpoint("node", str(next(ipaddress.ip_network(self.stage.node_subnets[0]).hosts())))
        self.internet = Endpoint("internet", "198.51.100.7")

    def tenant_pods(self, t):
        return [p for n, p in self.pods.items() if n.startswith(f"{t}/")]

    def allowed(self, src, dst, port, protocol="TCP"):
        return self.cluster.allowed(src, dst, port, protocol)


@pytest.fixture(scope="module")
def model(config, render):
    return Model(config, render)


def p(model, name):
    return model.pods[name]


@pytest.mark.parametrize(("a", "b"), [("alpha", "beta"), ("beta", "alpha"), ("alpha", "gamma"), ("gamma", "beta")])
def test_tenant_cannot_reach_another_tenant_on_any_port(model, a, b):
    open_paths = [(s.name, d.name, port) for s in model.tenant_pods(a) for d in model.tenant_pods(b)
                  for port in PORTS if model.allowed(s, d, port)]
    assert open_paths == []


def test_load_balancer_reaches_drupal_on_8080_only(model):
    drupal = p(model, "alpha/drupal")
    assert model.allowed(model.alb, drupal, 8080)
    assert not model.allowed(model.alb, drupal, 80)
    assert not model.allowed(model.alb, p(model, "alpha/mysql-0"), 3306)


def test_a_pod_ip_inside_the_vpc_is_not_the_load_balancer(model):
    # Pod IPs are VPC addresses: a whole-VPC ipBlock would admit other tenants and this pod.
    assert not model.allowed(p(model, "other-namespace"), p(model, "alpha/drupal"), 8080)


@pytest.mark.parametrize("client", ["drupal", "mysqld-exporter", "drupal-cron", "db-backup"])
def test_database_clients_reach_their_single_node_mysql(model, client):
    assert model.allowed(p(model, f"alpha/{client}"), p(model, "alpha/mysql-0"), 3306)


def test_deploy_job_reaches_its_mysql(model):
    install = next(n for n in model.pods if n.startswith("alpha/deploy-"))
    assert model.allowed(p(model, install), p(model, "alpha/mysql-0"), 3306)


def test_ha_clients_reach_the_router_pod_port_not_mysql_directly(model):
    assert model.allowed(p(model, "gamma/drupal"), p(model, "gamma/router-0"), 6446)
    assert not model.allowed(p(model, "gamma/drupal"), p(model, "gamma/mysql-0"), 3306)
    assert model.allowed(p(model, "gamma/router-1"), p(model, "gamma/mysql-2"), 3306)


def test_ha_mysql_nodes_reach_each_other_for_replication(model):
    for port in (3306, 33061, 33062):
        assert model.allowed(p(model, "gamma/mysql-0"), p(model, "gamma/mysql-1"), port)


def test_percona_operator_reaches_mysql(model):
    op = p(model, "percona-operator")
    for port in (3306, 33062, 6450):
        assert model.allowed(op, p(model, "alpha/mysql-0"), port)


def test_every_tenant_pod_resolves_dns_over_udp_and_tcp(model):
    dns = p(model, "kube-dns")
    for pod in model.tenant_pods("alpha") + model.tenant_pods("gamma"):
        assert model.allowed(pod, dns, 53, "UDP"), pod.name
        assert model.allowed(pod, dns, 53, "TCP"), pod.name


def test_prometheus_scrapes_the_exporter_and_nothing_else_does(model):
    assert model.allowed(p(model, "prometheus"), p(model, "alpha/mysqld-exporter"), 9104)
    assert not model.allowed(p(model, "other-namespace"), p(model, "alpha/mysqld-exporter"), 9104)
    assert not model.allowed(p(model, "prometheus"), p(model, "alpha/mysql-0"), 3306)


def test_drupal_reaches_the_otel_agent_through_its_service(model):
    # The Instrumentation's exporter endpoint is the Service's name: Drupal connects to the ClusterIP.
    for t in TENANTS:
        for port in contracts.OTEL_AGENT_PORTS:
            assert model.cluster.reaches_service(p(model, f"{t}/drupal"), model.agent_service, port, model.agent_pods), (t, port)


def test_the_agent_service_selects_the_agent_pods(model):
    assert model.agent_service.selector == contracts.OTEL_AGENT_POD_LABELS
    assert all(model.agent_service.selector.items() <= pod.labels.items() for pod in model.agent_pods)


@pytest.mark.parametrize("client", ["mysqld-exporter", "db-backup", "drupal-cron", "mysql-0", "debug"])
def test_nothing_else_reaches_the_otel_agent(model, client):
    for port in contracts.OTEL_AGENT_PORTS:
        assert not model.cluster.reaches_service(p(model, f"alpha/{client}"), model.agent_service, port, model.agent_pods)


def test_a_rule_that_matches_the_pods_but_not_the_service_selector_does_not_admit_the_cluster_ip(model):
    # The evaluator models the controller: the agent pods carry app.kubernetes.io/name, the
    # Service's selector does not, so a rule selecting by it admits pod IPs but not the ClusterIP.
    policy = {"kind": "NetworkPolicy", "metadata": {"name": "narrow", "namespace": "drupal-site-alpha"}, "spec": {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "drupal"}}, "policyTypes": ["Egress"],
        "egress": [{"to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
                            "podSelector": {"matchLabels": {"app.kubernetes.io/name": "otel-agent-collector"}}}],
                    "ports": [{"port": 4317, "protocol": "TCP"}]}]}}
    cluster = Cluster([policy])
    drupal = p(model, "alpha/drupal")
    assert cluster.allowed(drupal, model.agent_pods[0], 4317)
    assert not cluster.reaches_service(drupal, model.agent_service, 4317, model.agent_pods)


def test_node_subnets_do_not_admit_the_agent_service(model):
    # What the tenant policy allowed before: the node subnets - never the ClusterIP, nor the agent pods' IPs.
    policy = {"kind": "NetworkPolicy", "metadata": {"name": "old", "namespace": "drupal-site-alpha"}, "spec": {
        "podSelector": {}, "policyTypes": ["Egress"],
        "egress": [{"to": [{"ipBlock": {"cidr": c}} for c in model.stage.node_subnets],
                    "ports": [{"port": 4317, "protocol": "TCP"}]}]}}
    cluster = Cluster([policy])
    assert not cluster.reaches_service(p(model, "alpha/drupal"), model.agent_service, 4317, model.agent_pods)
    assert not cluster.allowed(p(model, "alpha/drupal"), model.agent_pods[0], 4317)


@pytest.mark.parametrize("tenant", ["alpha", "beta", "gamma"])  # platform image, custom image, HA
def test_only_the_backups_reach_the_internet_on_443(model, tenant):
    """drush is in every Drupal image (issue 15, item 5): cron and maintenance pods reach their
    database and nothing else; only the pods whose upload streams a backup to S3 reach 443 -
    the nightly backup and the deploy step (its backup comes first; README "The deploy step")."""
    for pod in (f"{tenant}/drupal-cron", f"{tenant}/drupal", f"{tenant}/mysqld-exporter"):
        assert not model.allowed(p(model, pod), model.internet, 443), pod
    deploy = next(n for n in model.pods if n.startswith(f"{tenant}/deploy-"))
    for pod in (f"{tenant}/db-backup", deploy):
        assert model.allowed(p(model, pod), model.internet, 443), pod  # S3


def test_internet_egress_never_reaches_pod_subnets(model):
    assert not model.allowed(p(model, "alpha/db-backup"), p(model, "beta/drupal"), 443)


def test_debug_pod_reaches_its_mysql_and_drupal(model):
    debug = p(model, "alpha/debug")
    assert model.allowed(debug, p(model, "alpha/mysql-0"), 3306)
    assert model.allowed(debug, p(model, "alpha/drupal"), 8080)
    assert model.allowed(p(model, "gamma/debug"), p(model, "gamma/router-0"), 6446)
    assert not model.allowed(debug, p(model, "beta/mysql-0"), 3306)


def test_every_pod_is_selected_by_default_deny(model):
    for t in TENANTS:
        deny = find(model.manifests[t], "NetworkPolicy", "default-deny")["spec"]
        assert not deny["podSelector"].get("matchLabels") and not deny["podSelector"].get("matchExpressions")
        assert set(deny["policyTypes"]) == {"Ingress", "Egress"}
        assert not deny.get("ingress") and not deny.get("egress")


def test_policies_select_the_pinned_operator_labels(model):
    ingress = find(model.manifests["alpha"], "NetworkPolicy", "mysql-ingress")["spec"]["podSelector"]["matchLabels"]
    assert ingress.items() <= PERCONA_V120_MYSQL.items()


# --- mail ----------------------------------------------------------------------------------
MAILPIT = Endpoint("mailpit", "10.20.200.9", contracts.MAIL_CATCHER_NAMESPACE, dict(contracts.MAIL_CATCHER_POD_LABELS))
NOT_DRUPAL = ("alpha/mysqld-exporter", "alpha/db-backup", "alpha/mysql-0", "alpha/debug")


def _drupal_pods(model, t="alpha"):
    names = [n for n in model.pods if n.startswith(f"{t}/") and n.split("/")[1].startswith(("drupal", "deploy-"))]
    assert {"drupal", "drupal-cron"} <= {n.split("/")[1] for n in names} and any("/deploy-" in n for n in names)
    return names


def test_ses_mode_opens_smtps_from_drupal_pods_only(model):
    # prod is a production stage: ses mode, SMTPS (465) to SES through the NAT gateways.
    for name in _drupal_pods(model):
        assert model.allowed(p(model, name), model.internet, contracts.SES_SMTP_PORT), name
        assert not model.allowed(p(model, name), model.internet, 587), name
        assert not model.allowed(p(model, name), p(model, "beta/drupal"), contracts.SES_SMTP_PORT), name
        assert not model.allowed(p(model, name), MAILPIT, contracts.MAIL_CATCHER_SMTP_PORT), name
    for name in NOT_DRUPAL:
        assert not model.allowed(p(model, name), model.internet, contracts.SES_SMTP_PORT), name


def test_catch_mode_opens_only_the_catcher(model, config, render):
    # dev is not production: catch mode, the platform's Mailpit on 1025 and nothing on the internet.
    dev = Cluster([m for t in TENANTS if config.tenants[t].in_stage("dev") for m in render(t, "dev")])
    for name in _drupal_pods(model):
        pod = model.pods[name]
        assert dev.allowed(pod, MAILPIT, contracts.MAIL_CATCHER_SMTP_PORT), name
        assert not dev.allowed(pod, MAILPIT, contracts.MAIL_CATCHER_UI_PORT), name
        assert not dev.allowed(pod, model.internet, contracts.SES_SMTP_PORT), name
    for name in NOT_DRUPAL:
        assert not dev.allowed(model.pods[name], MAILPIT, contracts.MAIL_CATCHER_SMTP_PORT), name
