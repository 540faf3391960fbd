"""SSM parameters that carry a stage's shared values to its tenant stacks.

Tenant stacks read the cluster's and the platform's identifiers from parameters that
CloudFormation resolves at deploy time. Unlike exports (strong references), nothing
locks the producer: the cluster and platform stacks can change while tenants exist, and
adding or removing a tenant never changes any other stack's template, because the set of
published parameters does not depend on the tenants.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aws_cdk import aws_ssm as ssm
from constructs import Construct

from drupal_platform.config import StageConfig

if TYPE_CHECKING:
    from drupal_platform.stacks.cluster import ClusterStack

# Every parameter name, in one place. Values are published by the stack named beside them.
CLUSTER_NAME = "cluster/name"  # cluster stack
KUBECTL_SERVICE_TOKEN = "cluster/kubectl-service-token"  # cluster stack
KUBECTL_ROLE_ARN = "cluster/kubectl-role-arn"  # cluster stack
OIDC_PROVIDER_ARN = "cluster/oidc-provider-arn"  # cluster stack
OIDC_ISSUER_URL = "cluster/oidc-issuer-url"  # cluster stack
CLUSTER_SECURITY_GROUP_ID = "cluster/security-group-id"  # cluster stack
NODE_ROLE_ARN = "cluster/node-role-arn"  # cluster stack
NODE_SUBNET_PREFIX = "network/node-subnet/"  # cluster stack, one per AZ: network/node-subnet/<az>
# Published by the platform stacks (stacks/platform.py); the set never depends on the tenants.
PLATFORM_KMS_KEY_ARN = "platform/kms-key-arn"  # Platform-Data: the stage key (secrets, backups)
BACKUP_BUCKET_NAME = "platform/backup-bucket-name"  # Platform-Data
BACKUP_BUCKET_ARN = "platform/backup-bucket-arn"  # Platform-Data
WILDCARD_CERTIFICATE_ARN = "platform/wildcard-certificate-arn"  # Platform-Data: *.<baseDomain>
WAF_ACL_ARN = "platform/waf-acl-arn"  # Platform-Data (also set on the IngressClassParams)
IMAGE_REGISTRY = "platform/image-registry"  # Platform-Data: <account>.dkr.ecr.<region>.amazonaws.com
IMAGE_CACHE_PREFIX = "platform/image-cache-prefix"  # Platform-Data: pull-through cache prefix for public.ecr.aws
FILES_FILE_SYSTEM_ID = "platform/files-file-system-id"  # Platform-Data: EFS behind the efs-files StorageClass
LOAD_BALANCER_SECURITY_GROUP_PREFIX = "platform/load-balancer-security-group/"  # Platform-Data, one per group: .../<shared-N>


def parameter_name(stage: str, key: str) -> str:
    return f"/drupal-platform/{stage}/{key}"


class StageParameters(Construct):
    """Publishes named values as SSM String parameters under /drupal-platform/<stage>/."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, values: dict[str, str]) -> None:
        super().__init__(scope, construct_id)
        self.names: dict[str, str] = {}
        for key, value in sorted(values.items()):
            name = parameter_name(stage.name, key)
            ssm.StringParameter(self, key.replace("/", "-"), parameter_name=name, string_value=value, description=f"drupal-platform {stage.name}: {key}")
            self.names[key] = name

    @classmethod
    def publish_cluster(cls, scope: Construct, *, stage: StageConfig, cluster_stack: ClusterStack) -> StageParameters:
        cluster = cluster_stack.cluster
        provider = cluster.kubectl_provider
        values = {
            CLUSTER_NAME: cluster.cluster_name,
            KUBECTL_SERVICE_TOKEN: provider.service_token,
            KUBECTL_ROLE_ARN: provider.role.role_arn,
            OIDC_PROVIDER_ARN: cluster_stack.oidc_provider.open_id_connect_provider_arn,
            OIDC_ISSUER_URL: cluster.cluster_open_id_connect_issuer_url,
            CLUSTER_SECURITY_GROUP_ID: cluster.cluster_security_group_id,
            NODE_ROLE_ARN: cluster_stack.node_role.role_arn,
        }
        for az, subnet in zip(stage.availability_zones, cluster_stack.node_subnets):
            values[NODE_SUBNET_PREFIX + az] = subnet.subnet_id
        return cls(scope, "StageParameters", stage=stage, values=values)


@dataclass
class StageValues:
    """Reads published values in a consuming stack (deploy-time resolution, no exports)."""

    scope: Construct
    stage: str

    def get(self, key: str) -> str:
        return ssm.StringParameter.value_for_string_parameter(self.scope, parameter_name(self.stage, key))
