"""The stage's shared values as a tenant stack sees them: read from SSM parameters at deploy time.

Nothing here creates an export: the cluster and platform stacks publish parameters
(constructs/stage_parameters.py) and every tenant stack resolves them itself, so those
stacks can change while tenants exist, and a tenant stack's template depends only on the
stage and the tenant. The kubectl provider is the cluster stack's, shared by every tenant,
addressed by its fixed ARN (constructs/kubectl_provider.py), never by a parameter.
"""

from __future__ import annotations

from functools import cached_property

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.config import StageConfig
from drupal_platform.constructs import stage_parameters as p
from drupal_platform.constructs.kubectl_provider import imported_cluster
from drupal_platform.constructs.stage_parameters import StageValues


class StageImports(Construct):
    """Lazily imported cluster, key, subnets and platform values (only what a tenant uses is read)."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        self.stage = stage
        self._values = StageValues(self, stage.name)

    def value(self, key: str) -> str:
        return self._values.get(key)

    @cached_property
    def cluster(self) -> eks.ICluster:
        # The service token is the stage's fixed kubectl provider ARN, computed at synth time
        # (constructs/kubectl_provider.py): it can never change under the tenant's manifest.
        return imported_cluster(self, "Cluster", stage=self.stage, cluster_name=self.cluster_name)

    @cached_property
    def cluster_name(self) -> str:
        return self.value(p.CLUSTER_NAME)

    @cached_property
    def key(self) -> kms.IKey:
        return kms.Key.from_key_arn(self, "PlatformKey", self.key_arn)

    @cached_property
    def key_arn(self) -> str:
        return self.value(p.PLATFORM_KMS_KEY_ARN)

    @cached_property
    def mail_credentials_service_token(self) -> str:
        """The stage's Provider for Custom::MailCredentials (constructs/platform/mail_credentials.py)."""
        return self.value(p.MAIL_CREDENTIALS_SERVICE_TOKEN)

    @cached_property
    def mail_alarm_topic(self) -> sns.ITopic:
        return sns.Topic.from_topic_arn(self, "MailAlarmTopic", self.value(p.MAIL_ALARM_TOPIC_ARN))

    @cached_property
    def backup_bucket(self) -> str:
        return self.value(p.BACKUP_BUCKET_NAME)

    @cached_property
    def oidc_provider_arn(self) -> str:
        return self.value(p.OIDC_PROVIDER_ARN)

    @cached_property
    def oidc_issuer_url(self) -> str:
        return self.value(p.OIDC_ISSUER_URL)

    @cached_property
    def node_role(self) -> iam.IRole:
        return iam.Role.from_role_arn(self, "NodeRole", self.value(p.NODE_ROLE_ARN), mutable=False)

    @cached_property
    def node_subnets(self) -> list[ec2.ISubnet]:
        return [
            ec2.Subnet.from_subnet_attributes(self, f"NodeSubnet-{az}", subnet_id=self.value(p.NODE_SUBNET_PREFIX + az), availability_zone=az)
            for az in self.stage.availability_zones
        ]

    def refs(
        self, role_arn: str, *, wildcard: bool, image_registry: str | None, ingress: bool, load_balancer_group: str
    ) -> contracts.PlatformRefs:
        """What the tenant chart needs from AWS, as deploy-time tokens.

        A value the chart will not place (no host under the wildcard, a public image, no
        workloads or Ingress once decommissioned) is not
        read: an unused template parameter is a lint finding, and the template stays minimal.
        """
        return contracts.PlatformRefs(
            tenant_role_arn=role_arn,
            wildcard_certificate_arn=self.value(p.WILDCARD_CERTIFICATE_ARN) if wildcard and ingress else "",
            backup_bucket=self.backup_bucket,
            waf_acl_arn=self.value(p.WAF_ACL_ARN) if ingress else None,
            # Decided at synth time: the image-owning stage's registry (config.image_registry).
            image_registry=image_registry if ingress else None,
            load_balancer_security_group=self.value(p.LOAD_BALANCER_SECURITY_GROUP_PREFIX + load_balancer_group) if ingress else None,
        )
