"""Platform services: one module per service, each a small unit with a name and `deploy`.

The contract (STYLE item 7): a service names the services it needs and why; the
`ServiceRegistry` deploys services in the order given, refuses a service whose needs are not
deployed yet (the message names both and the reason), and turns every need into an explicit
CloudFormation dependency from each of the service's constructs to the constructs of the
service it needs. The registry records each dependency with its reason so a test can assert them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from drupal_platform.chart_cache import ChartCache
from drupal_platform.config import StageConfig


class MissingDependencyError(Exception):
    """A platform service was deployed before a service it needs."""


@dataclass(frozen=True)
class ClusterRefs:
    """What the services need from the cluster stack (objects, not strings)."""

    cluster: eks.ICluster
    cluster_name: str  # the literal name: IAM conditions and chart values use it
    oidc_provider_arn: str
    oidc_issuer: str
    vpc: ec2.IVpc
    node_subnets: list[ec2.ISubnet]


@dataclass(frozen=True)
class DataRefs:
    """What the services need from the Platform-Data stack."""

    key_arn: str
    backup_bucket_name: str
    files_file_system_id: str
    waf_acl_arn: str


@dataclass(frozen=True)
class ServiceContext:
    stage: StageConfig
    cluster: ClusterRefs
    data: DataRefs
    charts: ChartCache  # the unpacked pinned Helm charts each release deploys as an asset


class PlatformService(Protocol):
    """A platform service: `needs` maps each service it needs to the reason, `deploy` builds it."""

    name: str
    needs: dict[str, str]

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        """Create the service under `scope`; return the constructs others must wait for."""
        ...


@dataclass(frozen=True)
class Dependency:
    service: str
    needs: str
    reason: str


class ServiceRegistry:
    """Deploys services in order and wires their declared dependencies."""

    def __init__(self, scope: Construct) -> None:
        self.scope = scope
        self.deployed: dict[str, list[Construct]] = {}
        self.dependencies: list[Dependency] = []

    def deploy(self, service: PlatformService, ctx: ServiceContext) -> list[Construct]:
        missing = [n for n in service.needs if n not in self.deployed]
        if missing:
            reasons = "; ".join(f"'{n}' ({service.needs[n]})" for n in missing)
            raise MissingDependencyError(
                f"platform service '{service.name}' needs {reasons}: deploy it first "
                f"(deployed so far: {', '.join(self.deployed) or 'none'})"
            )
        if service.name in self.deployed:
            raise ValueError(f"platform service '{service.name}' is deployed twice")
        ready = service.deploy(self.scope, ctx)
        for need, reason in service.needs.items():
            for construct in ready:
                construct.node.add_dependency(*self.deployed[need])
            self.dependencies.append(Dependency(service.name, need, reason))
        self.deployed[service.name] = ready
        return ready

    def ready(self, *names: str) -> list[Construct]:
        return [c for n in names for c in self.deployed[n]]
