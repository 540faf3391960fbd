"""NetworkPolicies: default deny for every pod, then exactly the paths a site needs.

They select pod ports, not Service ports (the router Service's 3306 lands on pod port 6446).
Enforced only with the VPC CNI's network policy support on (platform: enableNetworkPolicy);
the node agent always admits the node's own IP, so kubelet probes need no rule here.
"""

from __future__ import annotations

from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.tenant.k8s import k8s
from drupal_platform.charts.tenant import values
from drupal_platform.charts.tenant.site import (
    DB_CLIENT_LABEL, EXPORTER, EXPORTER_PORT, HTTP_PORT, INTERNET_LABEL, MAIL_LABEL, MYSQL_ADMIN_PORT, MYSQL_GR_PORT,
    MYSQL_PORT, MYSQL_X_PORT, PERCONA_MYSQL_LABELS, PERCONA_ROUTER_LABELS, XTRABACKUP_SIDECAR_PORT, DRUPAL, Site,
)

NS_NAME_LABEL = "kubernetes.io/metadata.name"
MYSQL_PEER_PORTS = [MYSQL_PORT, MYSQL_X_PORT, MYSQL_GR_PORT, MYSQL_ADMIN_PORT]
ROUTER_TO_MYSQL_PORTS = [MYSQL_PORT, MYSQL_X_PORT]
# Operator v1.2.0 runs SQL through pods/exec (API server, no pod traffic) and calls the
# xtrabackup sidecar on 6450; 3306/33062 cover its direct checks.
OPERATOR_TO_MYSQL_PORTS = [MYSQL_PORT, MYSQL_ADMIN_PORT, XTRABACKUP_SIDECAR_PORT]


ROUTER_POLICIES = "ha-router-policies"  # MANIFEST_GROUP_LABEL: present only with highAvailability


def _sel(labels: dict[str, str]) -> k8s.LabelSelector:
    return k8s.LabelSelector(match_labels=dict(labels))


def _ports(ports: list[int], protocol: str = "TCP") -> list[k8s.NetworkPolicyPort]:
    return [k8s.NetworkPolicyPort(port=values.int_or_string(p), protocol=protocol) for p in ports]


def _peer_pods(labels: dict[str, str]) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(pod_selector=_sel(labels))


def _peer_ns_pods(namespace: str, labels: dict[str, str]) -> k8s.NetworkPolicyPeer:
    return k8s.NetworkPolicyPeer(namespace_selector=_sel({NS_NAME_LABEL: namespace}), pod_selector=_sel(labels))


def _policy(scope: Construct, name: str, selector: dict[str, str], *, ingress=None, egress=None, group: str | None = None) -> None:
    """`group`: the policy exists only under a setting; it is applied (and deleted) with its group."""
    types = (["Ingress"] if ingress is not None else []) + (["Egress"] if egress is not None else [])
    labels = {contracts.MANIFEST_GROUP_LABEL: group} if group else None
    k8s.KubeNetworkPolicy(scope, f"np-{name}", metadata=k8s.ObjectMeta(name=name, labels=labels), spec=k8s.NetworkPolicySpec(
        pod_selector=_sel(selector), policy_types=types,
        ingress=ingress, egress=egress))


def network_policies(scope: Construct, site: Site) -> None:
    stage = site.stage
    drupal = site.component_labels(DRUPAL)
    debug = dict(contracts.DEBUG_POD_LABEL)
    clients = {DB_CLIENT_LABEL: "true"}
    db_servers = site.db_server_labels
    operator = _peer_ns_pods(contracts.PERCONA_OPERATOR_NAMESPACE, contracts.PERCONA_OPERATOR_POD_LABELS)

    _policy(scope, "default-deny", {}, ingress=[], egress=[])
    _policy(scope, "allow-dns", {}, egress=[k8s.NetworkPolicyEgressRule(
        to=[_peer_ns_pods(contracts.KUBE_SYSTEM_NAMESPACE, contracts.KUBE_DNS_POD_LABELS)],
        ports=_ports([53], "UDP") + _ports([53], "TCP"))])

    # The ALB (target type ip) connects from its ENIs in the public subnets - not from the
    # controller pod (source design) and not the whole VPC (that would admit every tenant's pods).
    _policy(scope, "drupal-ingress", drupal, ingress=[
        k8s.NetworkPolicyIngressRule(from_=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=c)) for c in stage.public_subnets],
                                     ports=_ports([HTTP_PORT])),
        k8s.NetworkPolicyIngressRule(from_=[_peer_pods(debug)], ports=_ports([HTTP_PORT])),
    ])
    # Traces to the OpenTelemetry agent through its node-local Service, whose endpoints are the
    # agent pods' own IPs in the pod subnets (hostPort, not hostNetwork). The VPC CNI's policy
    # agent sees the ClusterIP before translation; its controller adds that ClusterIP to this
    # rule because the pod selector is exactly the Service's selector.
    _policy(scope, "drupal-to-otel-agent", drupal, egress=[k8s.NetworkPolicyEgressRule(
        to=[_peer_ns_pods(contracts.MONITORING_NAMESPACE, contracts.OTEL_AGENT_POD_LABELS)],
        ports=_ports(list(contracts.OTEL_AGENT_PORTS)))])

    # Database clients (Drupal, install, cron, maintenance, backup, exporter) -> their own MySQL or router.
    _policy(scope, "db-clients-egress", clients, egress=[k8s.NetworkPolicyEgressRule(
        to=[_peer_pods(db_servers)], ports=_ports(site.db_pod_ports))])
    _policy(scope, "debug-egress", debug, egress=[
        k8s.NetworkPolicyEgressRule(to=[_peer_pods(db_servers)], ports=_ports(site.db_pod_ports)),
        k8s.NetworkPolicyEgressRule(to=[_peer_pods(drupal)], ports=_ports([HTTP_PORT])),
    ])

    mysql_ingress = [
        k8s.NetworkPolicyIngressRule(from_=[_peer_pods(PERCONA_MYSQL_LABELS)], ports=_ports(MYSQL_PEER_PORTS)),
        k8s.NetworkPolicyIngressRule(from_=[operator], ports=_ports(OPERATOR_TO_MYSQL_PORTS)),
    ]
    if site.ha:
        mysql_ingress.append(k8s.NetworkPolicyIngressRule(from_=[_peer_pods(PERCONA_ROUTER_LABELS)], ports=_ports(ROUTER_TO_MYSQL_PORTS)))
        _policy(scope, "router-ingress", PERCONA_ROUTER_LABELS, group=ROUTER_POLICIES, ingress=[
            k8s.NetworkPolicyIngressRule(from_=[_peer_pods(clients), _peer_pods(debug)], ports=_ports(site.db_pod_ports))])
        _policy(scope, "router-egress", PERCONA_ROUTER_LABELS, group=ROUTER_POLICIES, egress=[
            k8s.NetworkPolicyEgressRule(to=[_peer_pods(PERCONA_MYSQL_LABELS)], ports=_ports(ROUTER_TO_MYSQL_PORTS))])
    else:
        mysql_ingress.append(k8s.NetworkPolicyIngressRule(from_=[_peer_pods(clients), _peer_pods(debug)], ports=_ports([MYSQL_PORT])))
    _policy(scope, "mysql-ingress", PERCONA_MYSQL_LABELS, ingress=mysql_ingress)
    # Replication, clone and group communication between the nodes (and a node to itself by pod IP).
    _policy(scope, "mysql-egress", PERCONA_MYSQL_LABELS, egress=[
        k8s.NetworkPolicyEgressRule(to=[_peer_pods(PERCONA_MYSQL_LABELS)], ports=_ports(MYSQL_PEER_PORTS))])

    _policy(scope, "exporter-ingress", site.component_labels(EXPORTER), ingress=[k8s.NetworkPolicyIngressRule(
        from_=[_peer_ns_pods(contracts.MONITORING_NAMESPACE, contracts.PROMETHEUS_POD_LABELS)], ports=_ports([EXPORTER_PORT]))])

    # S3 (the backup job; no other pod needs the internet): HTTPS out, but never into the pod subnets,
    # where every tenant's pods live. VPC endpoints (STS, S3) sit outside the pod subnets.
    _policy(scope, "https-egress", {INTERNET_LABEL: "true"}, egress=[k8s.NetworkPolicyEgressRule(
        to=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=list(stage.pod_subnets)))],
        ports=_ports([443]))])

    # Mail, from the pods that run Drupal only (README "Mail"). ses: SMTPS to the regional SES
    # endpoint through the NAT gateways (its addresses are AWS's and change, so no narrower
    # ipBlock exists; never into the pod subnets). catch: the platform's catcher only.
    if site.mail_mode == "ses":
        mail_to = [k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=list(stage.pod_subnets)))]
        mail_port = contracts.SES_SMTP_PORT
    else:
        mail_to = [_peer_ns_pods(contracts.MAIL_CATCHER_NAMESPACE, dict(contracts.MAIL_CATCHER_POD_LABELS))]
        mail_port = contracts.MAIL_CATCHER_SMTP_PORT
    _policy(scope, "mail-egress", {MAIL_LABEL: "true"}, egress=[k8s.NetworkPolicyEgressRule(to=mail_to, ports=_ports([mail_port]))])
