"""SSM parameters that carry a stage's shared values to its tenant stacks.

Tenant stacks read the cluster's and the platform's identifiers from parameters that
CloudFormation resolves at deploy time. Unlike exports (strong references), nothing
locks the producer: the cluster and platform stacks can change while tenants exist, and
adding or removing a tenant never changes any other stack's template, because the set of
published parameters does not depend on the tenants.
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_cdk import aws_ssm as ssm
from constructs import Construct

from drupal_platform.config import StageConfig

# Every parameter name, in one place. Values are published by the stack named beside them.
CLUSTER_NAME = "cluster/name"  # cluster stack
# No kubectl service token here: it is a fixed ARN (constructs/kubectl_provider.py).
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
# No image registry here: tenants' images live in the image-owning stage's registry, which
# config.PlatformConfig.image_registry gives at synth time (a stage's own would be wrong).
IMAGE_CACHE_PREFIX = "platform/image-cache-prefix"  # Platform-Data: pull-through cache prefix for public.ecr.aws
FILES_FILE_SYSTEM_ID = "platform/files-file-system-id"  # Platform-Data: EFS behind the efs-files StorageClass
MAIL_CREDENTIALS_SERVICE_TOKEN = "platform/mail-credentials-service-token"  # Platform-Data: Custom::MailCredentials
MAIL_ALARM_TOPIC_ARN = "platform/mail-alarm-topic-arn"  # Platform-Data: the sites' mail alarms
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


@dataclass
class StageValues:
    """Reads published values in a consuming stack (deploy-time resolution, no exports)."""

    scope: Construct
    stage: str

    def get(self, key: str) -> str:
        return ssm.StringParameter.value_for_string_parameter(self.scope, parameter_name(self.stage, key))
