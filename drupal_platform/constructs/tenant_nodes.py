"""A dedicated tenant's own node groups, one per AZ, built with the foundation's NodeGroupSet.

They live in the tenant's stack, so adding a dedicated client does not touch the cluster
stack. Label role=client-<name> and taint dedicated=client-<name>:NoSchedule keep every
other pod off them; the tenant chart's nodeSelector and toleration put the tenant's pods on
them. A suspended tenant runs nothing, so its groups shrink to zero (but keep their size
limits for the day it resumes).
"""

from __future__ import annotations

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.config import StageConfig, TenantConfig, stable_hash
from drupal_platform.constructs.node_groups import NodeGroupSet, NodeGroupSpec

NODEGROUP_NAME_MAX = 63


def group_short_name(cluster_prefix: str, tenant: str, zones: list[str]) -> str:
    """`client-<name>`, shortened with a stable hash when the node group name would pass 63 characters."""
    name = f"client-{tenant}"
    longest = max(len(f"{cluster_prefix}-{name}-{az}") for az in zones)
    if longest <= NODEGROUP_NAME_MAX:
        return name
    keep = len(name) - (longest - NODEGROUP_NAME_MAX) - 5
    return f"{name[:keep]}-{stable_hash(tenant) % 16**4:04x}"


def dedicated_spec(stage: StageConfig, tenant: TenantConfig, cluster_prefix: str) -> NodeGroupSpec:
    placement = tenant.platform.placement
    shared = stage.node_groups.shared
    role_label, taint = contracts.dedicated_placement(tenant.name)
    max_size = placement.max_size if placement.max_size is not None else shared.max_size
    min_size = placement.min_size if placement.min_size is not None else min(1, max_size)
    if tenant.platform.state == "suspended":
        min_size = 0
    return NodeGroupSpec(
        name=group_short_name(cluster_prefix, tenant.name, stage.availability_zones),
        role_label=role_label,
        taint_value=taint,
        instance_types=list(placement.instance_types or shared.instance_types),
        min_size=min_size,
        max_size=max_size,
    )


class TenantNodes(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        tenant: TenantConfig,
        cluster: eks.ICluster,
        subnets: list[ec2.ISubnet],
        node_role: iam.IRole,
        cluster_name_prefix: str,
    ) -> None:
        super().__init__(scope, construct_id)
        self.spec = dedicated_spec(stage, tenant, cluster_name_prefix)
        self.node_groups = NodeGroupSet(
            self,
            "Nodes",
            cluster=cluster,
            spec=self.spec,
            subnets=subnets,
            availability_zones=list(stage.availability_zones),
            node_role=node_role,
            cluster_name_prefix=cluster_name_prefix,
        )
