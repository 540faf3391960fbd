"""Managed node groups, one per availability zone, with a hardened launch template.

One group per AZ lets the Cluster Autoscaler grow the zone where an EBS-backed pod's
volume lives (a multi-AZ group may add a node in the wrong zone). Used for the `system`
and `shared` groups by the cluster stack and for dedicated tenants by their own stacks.
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform.contracts import DEDICATED_TAINT_KEY, NODE_ROLE_LABEL

# Prefix delegation gives each ENI /28 blocks, so the ENI limit no longer caps pods;
# Kubernetes' recommended ceiling is 110 pods per node (250 from 30 vCPUs up).
MAX_PODS_PER_NODE = 110


@dataclass(frozen=True)
class NodeGroupSpec:
    """What differs between node-group sets: who runs there and how many nodes."""

    name: str  # short name used in AWS names, e.g. "system", "shared", "client-beta"
    role_label: str  # value of the node label role=<...>
    taint_value: str | None  # dedicated=<value>:NoSchedule, or None for no taint
    instance_types: list[str]
    min_size: int  # per AZ; also the size a new group starts at
    max_size: int  # per AZ


def node_config_user_data(max_pods: int = MAX_PODS_PER_NODE) -> ec2.UserData:
    """AL2023 nodeadm configuration; EKS merges it with the managed group's own settings."""
    body = (
        "---\n"
        "apiVersion: node.eks.aws/v1alpha1\n"
        "kind: NodeConfig\n"
        "spec:\n"
        "  kubelet:\n"
        "    config:\n"
        f"      maxPods: {max_pods}\n"
    )
    user_data = ec2.MultipartUserData()
    user_data.add_part(ec2.MultipartBody.from_raw_body(content_type="application/node.eks.aws", body=body))
    return user_data


class NodeGroupSet(Construct):
    """A labelled (and optionally tainted) set of managed node groups, one per AZ."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        spec: NodeGroupSpec,
        subnets: list[ec2.ISubnet],
        availability_zones: list[str],
        node_role: iam.IRole,
        cluster_name_prefix: str,
    ) -> None:
        super().__init__(scope, construct_id)
        self.spec = spec
        self.launch_template = ec2.LaunchTemplate(
            self,
            "LaunchTemplate",
            # IMDSv2 only, hop limit 1: a pod cannot reach the node's IAM role through metadata.
            require_imdsv2=True,
            http_put_response_hop_limit=1,
            http_tokens=ec2.LaunchTemplateHttpTokens.REQUIRED,
            block_devices=[
                ec2.BlockDevice(
                    device_name="/dev/xvda",
                    volume=ec2.BlockDeviceVolume.ebs(50, volume_type=ec2.EbsDeviceVolumeType.GP3, encrypted=True, delete_on_termination=True),
                )
            ],
            user_data=node_config_user_data(),
        )
        taints = []
        if spec.taint_value:
            taints.append(eks.TaintSpec(effect=eks.TaintEffect.NO_SCHEDULE, key=DEDICATED_TAINT_KEY, value=spec.taint_value))
        self.nodegroups: list[eks.Nodegroup] = []
        for az, subnet in zip(availability_zones, subnets):
            self.nodegroups.append(
                eks.Nodegroup(
                    self,
                    az,  # name-derived, stable: the AZ, never a list position
                    cluster=cluster,
                    nodegroup_name=f"{cluster_name_prefix}-{spec.name}-{az}",
                    ami_type=eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
                    capacity_type=eks.CapacityType.ON_DEMAND,
                    instance_types=[ec2.InstanceType(t) for t in spec.instance_types],
                    min_size=spec.min_size,
                    max_size=spec.max_size,
                    # EKS needs a desired size at creation; it follows minSize, never a number of its
                    # own, so a deploy changes the fleet only when minSize changes. Between minSize
                    # and maxSize the Cluster Autoscaler owns it.
                    desired_size=spec.min_size,
                    labels={NODE_ROLE_LABEL: spec.role_label},
                    taints=taints,
                    subnets=ec2.SubnetSelection(subnets=[subnet]),
                    node_role=node_role,
                    launch_template_spec=eks.LaunchTemplateSpec(
                        id=self.launch_template.launch_template_id,
                        version=self.launch_template.latest_version_number,
                    ),
                    # Nodes are replaced, not patched in place, when the template changes.
                    max_unavailable=1,
                    enable_node_auto_repair=True,
                )
            )
