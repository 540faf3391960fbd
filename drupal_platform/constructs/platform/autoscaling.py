"""Cluster Autoscaler for the managed node groups, and metrics-server for tenants' HPAs."""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import nag
from drupal_platform.contracts import KUBE_SYSTEM_NAMESPACE
from drupal_platform.config import StageConfig
from drupal_platform.images import helm_image
from drupal_platform.versions import CLUSTER_AUTOSCALER_IMAGE, METRICS_SERVER_IMAGE

from . import ServiceContext
from .common import (
    RESTRICTED_CONTAINER_SECURITY_CONTEXT,
    RESTRICTED_POD_SECURITY_CONTEXT,
    SYSTEM_NODE_SELECTOR,
    helm_release,
    irsa_annotation,
    irsa_role,
)

SERVICE_ACCOUNT = "cluster-autoscaler"


def autoscaler_values(ctx: ServiceContext, role: iam.IRole) -> dict:
    return {
        "cloudProvider": "aws",
        # EKS tags every managed group's Auto Scaling group with k8s.io/cluster-autoscaler/<cluster>.
        "autoDiscovery": {"clusterName": ctx.cluster.cluster_name},
        "awsRegion": ctx.stage.region,
        "image": helm_image(ctx.stage, CLUSTER_AUTOSCALER_IMAGE),
        "extraArgs": {
            # One group per AZ (node_groups.py): keep the zones balanced.
            "balance-similar-node-groups": True,
            "scale-down-enabled": True,
            "expander": "least-waste",
            "skip-nodes-with-local-storage": False,
        },
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "rbac": {"serviceAccount": {"create": True, "name": SERVICE_ACCOUNT, "annotations": irsa_annotation(role)}},
        # The chart sets no security context at all: restricted here (kube-system is unlabelled).
        # A fixed non-root user owns the projected IRSA token (the image's user is not declared numerically).
        "securityContext": {"runAsUser": 65534, "runAsGroup": 65534, "fsGroup": 65534, **RESTRICTED_POD_SECURITY_CONTEXT},
        "containerSecurityContext": RESTRICTED_CONTAINER_SECURITY_CONTEXT,
    }


def metrics_server_values(stage: StageConfig) -> dict:
    return {"image": helm_image(stage, METRICS_SERVER_IMAGE), "replicas": 2, "nodeSelector": SYSTEM_NODE_SELECTOR, "podDisruptionBudget": {"enabled": True, "minAvailable": 1}}


class ClusterAutoscaler:
    name = "cluster-autoscaler"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "ClusterAutoscaler")
        role = irsa_role(c, "Role", ctx, namespace=KUBE_SYSTEM_NAMESPACE, service_account=SERVICE_ACCOUNT,
                         description="Cluster Autoscaler: this cluster's managed node groups only (IRSA)")
        stack = Stack.of(c)
        name = ctx.cluster.cluster_name
        role.add_to_policy(iam.PolicyStatement(
            sid="Discover",
            actions=[
                "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances",
                "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities", "autoscaling:DescribeTags",
                "ec2:DescribeImages", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplateVersions",
                "ec2:GetInstanceTypesFromInstanceRequirements",
            ],
            resources=["*"],
        ))
        role.add_to_policy(iam.PolicyStatement(
            sid="ScaleThisClustersGroups",
            actions=["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
            resources=[f"arn:{stack.partition}:autoscaling:{ctx.stage.region}:{ctx.stage.account}:autoScalingGroup:*:autoScalingGroupName/eks-*"],
            conditions={"StringEquals": {f"aws:ResourceTag/k8s.io/cluster-autoscaler/{name}": "owned"}},
        ))
        # A group at zero has no node to read labels and taints from: the autoscaler asks EKS.
        role.add_to_policy(iam.PolicyStatement(
            sid="NodegroupLabelsAndTaints",
            actions=["eks:DescribeNodegroup"],
            resources=[f"arn:{stack.partition}:eks:{ctx.stage.region}:{ctx.stage.account}:nodegroup/{name}/*/*"],
        ))
        nag.acknowledge(role, "AwsSolutions-IAM5[Resource::*]", "Auto Scaling and EC2 Describe calls have no resource-level permissions")
        nag.acknowledge(
            role,
            f"AwsSolutions-IAM5[Resource::arn:{stack.partition}:autoscaling:{ctx.stage.region}:{ctx.stage.account}:autoScalingGroup:*:autoScalingGroupName/eks-*]",
            "managed node groups' Auto Scaling groups get generated names (eks-<nodegroup>-<uuid>); the tag condition limits scaling to this cluster's groups",
        )
        nag.acknowledge(
            role,
            f"AwsSolutions-IAM5[Resource::arn:{stack.partition}:eks:{ctx.stage.region}:{ctx.stage.account}:nodegroup/{name}/*/*]",
            "every node group of this cluster, including dedicated tenants' groups added later; read-only",
        )
        return [helm_release(c, "Chart", ctx, chart=self.name, namespace=KUBE_SYSTEM_NAMESPACE, values=autoscaler_values(ctx, role))]


class MetricsServer:
    name = "metrics-server"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "MetricsServer")
        return [helm_release(c, "Chart", ctx, chart=self.name, namespace=KUBE_SYSTEM_NAMESPACE, values=metrics_server_values(ctx.stage))]
