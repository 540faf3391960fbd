"""AWS Load Balancer Controller, the `alb` IngressClass and its IngressClassParams."""

from __future__ import annotations

import cdk8s
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import nag
from drupal_platform.charts.platform.ingress import IngressClassChart
from drupal_platform.contracts import INGRESS_CLASS, KUBE_SYSTEM_NAMESPACE
from drupal_platform.images import helm_image
from drupal_platform.versions import LOAD_BALANCER_CONTROLLER_IMAGE

from . import ServiceContext
from .common import (
    RESTRICTED_CONTAINER_SECURITY_CONTEXT,
    RESTRICTED_POD_SECURITY_CONTEXT,
    SYSTEM_NODE_SELECTOR,
    checkov_skip, helm_release,
    irsa_annotation,
    irsa_role,
    manifest,
)
from .lbc_iam_policy import POLICY

SERVICE_ACCOUNT = "aws-load-balancer-controller"


def values(ctx: ServiceContext, role: iam.IRole) -> dict:
    return {
        "image": helm_image(ctx.stage, LOAD_BALANCER_CONTROLLER_IMAGE),
        "clusterName": ctx.cluster.cluster_name,
        # Pods cannot read instance metadata (IMDS hop limit 1): region and VPC are given explicitly.
        "region": ctx.stage.region,
        "vpcId": ctx.cluster.vpc.vpc_id,
        "replicaCount": 2,
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "serviceAccount": {"create": True, "name": SERVICE_ACCOUNT, "annotations": irsa_annotation(role)},
        "ingressClass": INGRESS_CLASS,
        # The IngressClass and its params are ours (charts/platform/ingress.py), validated against the CRD.
        "createIngressClassResource": False,
        "ingressClassParams": {"create": False},
        "defaultTargetType": "ip",
        # No Service load balancers in this platform: do not mutate every Service in the cluster.
        "enableServiceMutatorWebhook": False,
        # The chart's defaults keep capabilities and leave seccomp unset: not restricted (kube-system is unlabelled).
        "podSecurityContext": {"fsGroup": 65534, **RESTRICTED_POD_SECURITY_CONTEXT},
        "securityContext": RESTRICTED_CONTAINER_SECURITY_CONTEXT,
    }


def wildcard_resources() -> list[str]:
    """Every resource pattern with a wildcard in the upstream policy (each is one cdk-nag finding)."""
    out = set()
    for statement in POLICY["Statement"]:
        resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        out.update(r for r in resources if "*" in r)
    return sorted(out)


class LoadBalancerController:
    name = "aws-load-balancer-controller"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "LoadBalancerController")
        role = irsa_role(c, "Role", ctx, namespace=KUBE_SYSTEM_NAMESPACE, service_account=SERVICE_ACCOUNT,
                         description="AWS Load Balancer Controller (IRSA)")
        policy = iam.Policy(c, "Policy", document=iam.PolicyDocument.from_json(POLICY))
        policy.attach_to_role(role)
        checkov_skip(policy, ("CKV_AWS_111", "the upstream AWS Load Balancer Controller v3.5.0 policy, verbatim; its mutating statements are conditioned on the elbv2.k8s.aws/cluster tag"))
        for resource in wildcard_resources():
            nag.acknowledge(
                policy,
                f"AwsSolutions-IAM5[Resource::{resource}]",
                "the upstream AWS Load Balancer Controller v3.5.0 policy, verbatim: the controller creates load balancers, "
                "target groups, listeners and security groups with generated names; Describe/Get calls have no resource-level "
                "permissions, and mutating statements are conditioned on the elbv2.k8s.aws/cluster tag the controller sets",
            )
        chart = helm_release(c, "Chart", ctx, chart=self.name, namespace=KUBE_SYSTEM_NAMESPACE, values=values(ctx, role))
        ingress = manifest(c, "IngressClass", ctx, IngressClassChart(cdk8s.App(), "ingress-class", waf_acl_arn=ctx.data.waf_acl_arn))
        # IngressClassParams is a CRD the chart installs.
        ingress.node.add_dependency(chart)
        return [chart, ingress]
