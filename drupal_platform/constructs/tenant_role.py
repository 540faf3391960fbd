"""The tenant's IRSA role: its SecretStore and its database dumps use it, nothing else.

Trust: this cluster's OIDC provider and exactly the tenant's `secrets-reader` and
`db-backup` service accounts (IrsaRole). Permissions, all in one identity policy and all
scoped to the tenant: read its own `drupal/<stage>/<name>/*` secrets, decrypt with the
stage key only through Secrets Manager, read and write its own `<stage>/<name>/` prefix of
the backup bucket and use the key only through S3. No delete: removing backups is an
operator action. Because the tenant's SecretStore authenticates with this role, these
statements are the isolation between tenants (tests evaluate them).
"""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import contracts, nag
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs.irsa import IrsaRole


def tenant_policy_statements(*, partition: str, stage: StageConfig, tenant: str, key_arn: str, bucket: str) -> list[iam.PolicyStatement]:
    region, account = stage.region, stage.account
    secrets = f"arn:{partition}:secretsmanager:{region}:{account}:secret:{contracts.secret_prefix(stage.name, tenant)}/*"
    prefix = contracts.backup_prefix(stage.name, tenant)
    incomplete = contracts.incomplete_backup_prefix(stage.name, tenant)
    return [
        iam.PolicyStatement(sid="ReadOwnSecrets", actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], resources=[secrets]),
        iam.PolicyStatement(
            sid="DecryptSecretsViaSecretsManager",
            actions=["kms:Decrypt"],
            resources=[key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{region}.amazonaws.com"}},
        ),
        iam.PolicyStatement(
            sid="ListOwnBackups",
            actions=["s3:ListBucket"],
            resources=[f"arn:{partition}:s3:::{bucket}"],
            conditions={"StringLike": {"s3:prefix": [prefix, f"{prefix}*"]}},
        ),
        iam.PolicyStatement(
            sid="ReadWriteOwnBackups",
            # Tagging marks each dump rolling or last for the bucket's lifecycle (contracts.DUMP_TAG_KEY);
            # reading tags is part of copying a dump over the last one.
            actions=["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts",
                     "s3:GetObjectTagging", "s3:PutObjectTagging"],
            resources=[f"arn:{partition}:s3:::{bucket}/{prefix}*"],
        ),
        # The dump streams to a temporary key and is promoted (copy, then delete) only when it
        # completed; delete is granted on that temporary prefix only, never on the backups.
        iam.PolicyStatement(
            sid="StreamDumps",
            actions=["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            resources=[f"arn:{partition}:s3:::{bucket}/{incomplete}*"],
        ),
        iam.PolicyStatement(
            sid="UseKeyViaS3",
            actions=["kms:Decrypt", "kms:GenerateDataKey"],
            resources=[key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"s3.{region}.amazonaws.com"}},
        ),
    ]


class TenantRole(Construct):
    """drupal-<stage>-site-<name>."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        tenant: TenantConfig,
        oidc_provider_arn: str,
        oidc_issuer: str,
        key_arn: str,
        backup_bucket: str,
    ) -> None:
        super().__init__(scope, construct_id)
        irsa = IrsaRole(
            self,
            "Irsa",
            oidc_provider_arn=oidc_provider_arn,
            oidc_issuer=oidc_issuer,
            namespace=tenant.namespace,
            service_accounts=list(contracts.TENANT_ROLE_SERVICE_ACCOUNTS),
            role_name=tenant.role_name(stage.name),
            description=f"drupal-platform {stage.name}: tenant {tenant.name} (SecretStore, database dumps)",
        )
        self.role = irsa.role
        self.policy = iam.Policy(
            self,
            "Policy",
            policy_name="tenant-access",
            roles=[self.role],
            statements=tenant_policy_statements(
                partition=Stack.of(self).partition, stage=stage, tenant=tenant.name, key_arn=key_arn, bucket=backup_bucket
            ),
        )
        self._acknowledge(stage, tenant.name, backup_bucket)

    def _acknowledge(self, stage: StageConfig, tenant: str, backup_bucket: str) -> None:
        # cdk-nag names a token by the logical ID of what it refers to (here the SSM parameter).
        stack = Stack.of(self)
        bucket = stack.resolve(backup_bucket)
        bucket = f"<{bucket['Ref']}>" if isinstance(bucket, dict) and "Ref" in bucket else bucket
        partition = stack.resolve(stack.partition)
        partition = partition if isinstance(partition, str) else "<AWS::Partition>"
        secrets = f"arn:{partition}:secretsmanager:{stage.region}:{stage.account}:secret:{contracts.secret_prefix(stage.name, tenant)}/*"
        nag.acknowledge_all(self.policy, [
            (f"AwsSolutions-IAM5[Resource::{secrets}]",
             "Secrets Manager appends a random suffix to every secret ARN; the wildcard covers only this tenant's "
             "drupal/<stage>/<name>/ secrets"),
            (f"AwsSolutions-IAM5[Resource::arn:{partition}:s3:::{bucket}/{contracts.backup_prefix(stage.name, tenant)}*]",
             "database dumps are new objects named by date under this tenant's own backup prefix; the wildcard is that prefix"),
            (f"AwsSolutions-IAM5[Resource::arn:{partition}:s3:::{bucket}/{contracts.incomplete_backup_prefix(stage.name, tenant)}*]",
             "a dump streams to a temporary object named by date under this tenant's own incomplete-dumps prefix "
             "until its completion trailer is seen; the wildcard is that prefix"),
        ])
