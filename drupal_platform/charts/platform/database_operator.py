"""NetworkPolicies of the Percona operator's namespace: the API server and tenants' MySQL, nothing else."""

from __future__ import annotations

import ipaddress

from constructs import Construct

from drupal_platform import contracts

from .base import PlatformChart
from .k8s import k8s

# Percona operator v1.2.0 opens TCP only to the API server (all SQL goes through pods/exec) and to
# the xtrabackup sidecar of tenants' MySQL pods on 6450 (pkg/xtrabackup/sidecarclient.go).
MYSQL_SIDECAR_PORT = 6450
# MySQL pods of a PerconaServerMySQL cluster (pkg/mysql MatchLabels at v1.2.0).
MYSQL_POD_LABELS = {"app.kubernetes.io/name": "mysql", "app.kubernetes.io/component": "database"}


def kubernetes_service_ip(vpc_cidr: str) -> str:
    """The `kubernetes` Service's ClusterIP: EKS picks 172.20.0.0/16 when the VPC is in 10.0.0.0/8, else 10.100.0.0/16."""
    in_ten = ipaddress.ip_network(vpc_cidr).subnet_of(ipaddress.ip_network("10.0.0.0/8"))
    return "172.20.0.1" if in_ten else "10.100.0.1"


def _port(port: int, protocol: str = "TCP") -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port), protocol=protocol)


class DatabaseOperatorNetworkChart(PlatformChart):
    """`api_server_cidrs`: where the API server's private endpoint ENIs live (the cluster's subnets)."""

    def __init__(self, scope: Construct, construct_id: str, *, api_server_cidrs: list[str], kubernetes_service_ip: str) -> None:
        super().__init__(scope, construct_id, component="database-operator", namespace=contracts.PERCONA_OPERATOR_NAMESPACE)
        k8s.KubeNetworkPolicy(
            self,
            "default-deny",
            metadata=k8s.ObjectMeta(name="default-deny"),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
        )
        api_peers = [k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=c)) for c in api_server_cidrs]
        # The policy agent may see the Service address before translation: allow it too.
        api_peers.append(k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=f"{kubernetes_service_ip}/32")))
        k8s.KubeNetworkPolicy(
            self,
            "operator-egress",
            metadata=k8s.ObjectMeta(name="operator-egress"),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=dict(contracts.PERCONA_OPERATOR_POD_LABELS)),
                policy_types=["Egress"],
                egress=[
                    k8s.NetworkPolicyEgressRule(to=api_peers, ports=[_port(443)]),
                    # Names of the MySQL pods (<cluster>-mysql-0.<cluster>-mysql.<ns>) resolve through CoreDNS.
                    k8s.NetworkPolicyEgressRule(
                        to=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": contracts.KUBE_SYSTEM_NAMESPACE}),
                                pod_selector=k8s.LabelSelector(match_labels=dict(contracts.KUBE_DNS_POD_LABELS)),
                            )
                        ],
                        ports=[_port(53, "UDP"), _port(53, "TCP")],
                    ),
                    k8s.NetworkPolicyEgressRule(
                        to=[
                            k8s.NetworkPolicyPeer(
                                namespace_selector=k8s.LabelSelector(
                                    match_expressions=[k8s.LabelSelectorRequirement(**contracts.TENANT_NAMESPACE_SELECTOR_EXPRESSION)]
                                ),
                                pod_selector=k8s.LabelSelector(match_labels=MYSQL_POD_LABELS),
                            )
                        ],
                        ports=[_port(MYSQL_SIDECAR_PORT)],
                    ),
                ],
            ),
        )
