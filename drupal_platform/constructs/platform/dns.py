"""external-dns for the stage's hosted zone only: tenant hosts get their records from their Ingress."""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import nag
from drupal_platform.contracts import KUBE_SYSTEM_NAMESPACE
from drupal_platform.images import helm_image
from drupal_platform.versions import EXTERNAL_DNS_IMAGE

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, helm_release, irsa_annotation, irsa_role

SERVICE_ACCOUNT = "external-dns"


def owner_id(ctx: ServiceContext) -> str:
    """TXT ownership per stage: two stages sharing a zone never delete each other's records."""
    return f"drupal-platform-{ctx.stage.name}"


def values(ctx: ServiceContext, role: iam.IRole) -> dict:
    dns = ctx.stage.dns
    return {
        "image": helm_image(ctx.stage, EXTERNAL_DNS_IMAGE),
        "provider": {"name": "aws"},
        "sources": ["ingress"],
        "domainFilters": [dns.base_domain],
        "extraArgs": [f"--zone-id-filter={dns.hosted_zone_id}"],
        "txtOwnerId": owner_id(ctx),
        "registry": "txt",
        "policy": ctx.stage.external_dns_policy,
        "env": [{"name": "AWS_DEFAULT_REGION", "value": ctx.stage.region}],
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "serviceAccount": {"create": True, "name": SERVICE_ACCOUNT, "annotations": irsa_annotation(role)},
    }


class ExternalDns:
    name = "external-dns"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "ExternalDns")
        role = irsa_role(c, "Role", ctx, namespace=KUBE_SYSTEM_NAMESPACE, service_account=SERVICE_ACCOUNT,
                         description="external-dns: records of the stage's hosted zone (IRSA)")
        partition = Stack.of(c).partition
        zone_arn = f"arn:{partition}:route53:::hostedzone/{ctx.stage.dns.hosted_zone_id}"
        role.add_to_policy(iam.PolicyStatement(sid="StageZoneRecords", actions=["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:ListTagsForResource"], resources=[zone_arn]))
        role.add_to_policy(iam.PolicyStatement(sid="FindZones", actions=["route53:ListHostedZones", "route53:ListTagsForResources"], resources=["*"]))
        nag.acknowledge(role, "AwsSolutions-IAM5[Resource::*]", "route53:ListHostedZones and ListTagsForResources have no resource-level permissions; changes are limited to the stage's zone")
        return [helm_release(c, "Chart", ctx, chart=self.name, namespace=KUBE_SYSTEM_NAMESPACE, values=values(ctx, role))]
