"""A NetworkPolicy evaluator (networking.k8s.io/v1 semantics) for tests.

Endpoints are pods (namespace, labels, IP) or bare IPs (a load balancer, a node, the
internet). `allowed(src, dst, port, protocol)` is true when the source's egress policies
and the destination's ingress policies both admit the connection; a pod no policy selects
for a direction is unrestricted in it. ipBlock peers match by IP, also for pods (the VPC CNI
gives pods VPC addresses, which is why an ipBlock of the VPC CIDR admits every pod).

`reaches_service(src, service, port, backends)` models a connection to a ClusterIP as the
VPC CNI enforces it: the node agent's eBPF probe on the pod's interface sees the ClusterIP
before kube-proxy translates it, so egress must admit the ClusterIP itself. The policy
controller (aws/amazon-network-policy-controller-k8s, pkg/resolvers/endpoints.go
computeEgressEndpoints -> getMatchingServiceClusterIPs) adds a Service's ClusterIP to an
egress rule only for a peer whose namespaces include the Service's and whose podSelector
matches the Service's *selector* taken as a label set, with the rule's (target) port mapped
to the Service port. After translation the backend pod's ingress policies see the source pod.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

NS_LABEL = "kubernetes.io/metadata.name"


@dataclass(frozen=True)
class Endpoint:
    name: str
    ip: str
    namespace: str | None = None  # None: not a pod
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_pod(self) -> bool:
        return self.namespace is not None


def matches_selector(selector: dict | None, labels: dict[str, str]) -> bool:
    if selector is None:
        return False
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(k) != v:
            return False
    for expr in selector.get("matchExpressions") or []:
        key, op, values = expr["key"], expr["operator"], expr.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and key in labels and labels[key] in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


@dataclass(frozen=True)
class Service:
    """A ClusterIP Service: `ports` maps each service port to its (numeric) target port."""

    name: str
    namespace: str
    cluster_ip: str
    selector: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    ports: dict[int, int] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def from_manifest(cls, svc: dict, cluster_ip: str) -> Service:
        ports = {p["port"]: p.get("targetPort", p["port"]) for p in svc["spec"]["ports"]}
        if not all(isinstance(t, int) for t in ports.values()):
            raise NotImplementedError("named targetPorts: the controller's bypass check is not modelled")
        return cls(svc["metadata"]["name"], svc["metadata"]["namespace"], cluster_ip,
                   dict(svc["spec"].get("selector") or {}), ports)


def _in_block(ip: str, block: dict) -> bool:
    addr = ipaddress.ip_address(ip)
    return addr in ipaddress.ip_network(block["cidr"]) and not any(
        addr in ipaddress.ip_network(e) for e in block.get("except") or [])


class Cluster:
    def __init__(self, policies: list[dict], namespace_labels: dict[str, dict[str, str]] | None = None):
        self.policies = [p for p in policies if p["kind"] == "NetworkPolicy"]
        self.namespace_labels = namespace_labels or {}

    def _ns_labels(self, ns: str) -> dict[str, str]:
        return {NS_LABEL: ns, **self.namespace_labels.get(ns, {})}

    def _selecting(self, pod: Endpoint, direction: str) -> list[dict]:
        out = []
        for p in self.policies:
            spec = p["spec"]
            types = spec.get("policyTypes") or (["Ingress"] + (["Egress"] if "egress" in spec else []))
            if p["metadata"]["namespace"] == pod.namespace and direction in types \
                    and matches_selector(spec.get("podSelector", {}), pod.labels):
                out.append(p)
        return out

    def _peer_matches(self, peer: dict, other: Endpoint, policy_ns: str) -> bool:
        if "ipBlock" in peer:
            return _in_block(other.ip, peer["ipBlock"])
        if not other.is_pod:
            return False
        if "namespaceSelector" in peer:
            if not matches_selector(peer["namespaceSelector"], self._ns_labels(other.namespace)):
                return False
        elif other.namespace != policy_ns:
            return False
        if "podSelector" in peer:
            return matches_selector(peer["podSelector"], other.labels)
        return True

    @staticmethod
    def _port_matches(ports: list[dict] | None, port: int, protocol: str) -> bool:
        if not ports:
            return True
        for p in ports:
            if p.get("protocol", "TCP") != protocol:
                continue
            if "port" not in p:
                return True
            lo = p["port"]
            hi = p.get("endPort", lo)
            if isinstance(lo, int) and lo <= port <= hi:
                return True
        return False

    def _admits(self, pod: Endpoint, other: Endpoint, port: int, protocol: str, direction: str) -> bool:
        policies = self._selecting(pod, direction)
        if not policies:
            return True
        key, peers_key = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
        for p in policies:
            for rule in p["spec"].get(key) or []:
                peers = rule.get(peers_key)
                if (not peers or any(self._peer_matches(peer, other, p["metadata"]["namespace"]) for peer in peers)) \
                        and self._port_matches(rule.get("ports"), port, protocol):
                    return True
        return False

    def _peer_admits_cluster_ip(self, peer: dict, svc: Service, policy_ns: str) -> bool:
        if "ipBlock" in peer:
            return _in_block(svc.cluster_ip, peer["ipBlock"])
        if "namespaceSelector" in peer:
            if not matches_selector(peer["namespaceSelector"], self._ns_labels(svc.namespace)):
                return False
        elif svc.namespace != policy_ns:
            return False
        # A missing podSelector is the empty selector (matches every Service with a selector).
        return bool(svc.selector) and matches_selector(peer.get("podSelector") or {}, svc.selector)

    def reaches_service(self, src: Endpoint, svc: Service, port: int, backends: list[Endpoint],
                        protocol: str = "TCP") -> bool:
        """src connects to svc.cluster_ip:port; kube-proxy forwards to a backend's target port."""
        if port not in svc.ports:
            return False
        target = svc.ports[port]
        egress_ok = True
        policies = self._selecting(src, "Egress")
        if policies:
            egress_ok = any(
                (not rule.get("to") or any(self._peer_admits_cluster_ip(peer, svc, p["metadata"]["namespace"]) for peer in rule["to"]))
                and self._port_matches(rule.get("ports"), target, protocol)
                for p in policies for rule in p["spec"].get("egress") or [])
        selected = [b for b in backends if b.namespace == svc.namespace and matches_selector(svc.selector, b.labels)]
        return egress_ok and any(self._admits(b, src, target, protocol, "Ingress") for b in selected)

    def allowed(self, src: Endpoint, dst: Endpoint, port: int, protocol: str = "TCP") -> bool:
        egress_ok = not src.is_pod or self._admits(src, dst, port, protocol, "Egress")
        ingress_ok = not dst.is_pod or self._admits(dst, src, port, protocol, "Ingress")
        return egress_ok and ingress_ok
