"""Stateful resources of a stage's platform: the stage KMS key, the backup bucket and the EFS
file system for Drupal files. They sit at fixed construct paths and are retained on delete
(STYLE item 4); a test pins their logical IDs."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from drupal_platform import nag
from drupal_platform.config import StageConfig
from drupal_platform import contracts
from drupal_platform.contracts import DUMP_TAG_KEY, DUMP_TAG_LAST, DUMP_TAG_ROLLING, LAST_DUMPS_KEPT, VELERO_BACKUP_PREFIX

from .common import checkov_skip

NFS_PORT = 2049


def backup_bucket_name(stage: StageConfig) -> str:
    return f"drupal-platform-{stage.name}-backups-{stage.account}"


class StageKey(Construct):
    """One KMS key per stage for tenant secrets (Secrets Manager) and backups (S3).

    The key policy is CDK's default: the account root may use the key, i.e. the policy delegates
    to IAM. Each tenant role's own identity policy grants the key only with kms:ViaService
    (secretsmanager / s3), so the key policy never changes when a tenant is added.
    """

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        self.key = kms.Key(
            self,
            "Key",
            description=f"drupal-platform {stage.name}: tenant secrets and backups",
            enable_key_rotation=True,
            alias=f"alias/drupal-platform-{stage.name}",
            removal_policy=RemovalPolicy.RETAIN,
        )


class BackupBucket(Construct):
    """Versioned, KMS-encrypted, TLS-only backup bucket with access logs and lifecycle retention.

    Its policy names no tenant: tenants write under <stage>/<tenant>/ confined by their own
    roles, Velero under VELERO_BACKUP_PREFIX with its role.
    """

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, key: kms.IKey) -> None:
        super().__init__(scope, construct_id)
        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            # S3 server access logging delivers only to SSE-S3 buckets.
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            versioned=True,
            lifecycle_rules=[s3.LifecycleRule(id="expire-logs", expiration=Duration.days(max(stage.backup_retention_days, 90)),
                                              noncurrent_version_expiration=Duration.days(7))],
            removal_policy=RemovalPolicy.RETAIN,
        )
        nag.acknowledge(self.access_logs, "AwsSolutions-S1", "this bucket receives the backup bucket's server access logs; logging it to itself would loop")
        checkov_skip(self.access_logs, ("CKV_AWS_18", "this is the access-log bucket of the backup bucket; logging it to itself would loop"))
        # A fixed name (unique per account and stage) keeps IAM resources literal in Velero's policy.
        self.bucket_name = backup_bucket_name(stage)
        self.bucket = s3.Bucket(
            self,
            "Bucket",
            bucket_name=self.bucket_name,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=key,
            bucket_key_enabled=True,
            versioned=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix="backups/",
            lifecycle_rules=[
                # Tenant database dumps (contracts.DUMP_TAG_KEY): the rolling ones expire after the
                # stage's retention; the last ones never do, so a decommissioned or removed tenant
                # keeps its last LAST_DUMPS_KEPT dumps until an operator deletes them. Untagged
                # objects (a dump whose tagging failed, or older than this rule) are never expired.
                s3.LifecycleRule(
                    id="tenant-dumps",
                    prefix=f"{stage.name}/",
                    tag_filters={DUMP_TAG_KEY: DUMP_TAG_ROLLING},
                    expiration=Duration.days(stage.backup_retention_days),
                    noncurrent_version_expiration=Duration.days(7),
                ),
                s3.LifecycleRule(
                    id="tenant-last-dumps",
                    prefix=f"{stage.name}/",
                    tag_filters={DUMP_TAG_KEY: DUMP_TAG_LAST},
                    noncurrent_version_expiration=Duration.days(stage.backup_retention_days),
                    noncurrent_versions_to_retain=LAST_DUMPS_KEPT - 1,
                ),
                # Velero deletes its backups itself (TTL); its kopia repository keeps deduplicated
                # chunks older than the retention, so no expiration there, only old versions go.
                s3.LifecycleRule(id="velero-versions", prefix=f"{VELERO_BACKUP_PREFIX}/", noncurrent_version_expiration=Duration.days(7)),
                s3.LifecycleRule(id="abort-uploads", abort_incomplete_multipart_upload_after=Duration.days(7)),
                # Dumps that never completed (the job died before it could delete them).
                s3.LifecycleRule(id="incomplete-dumps", prefix=f"{contracts.INCOMPLETE_DUMPS_PREFIX}/",
                                 expiration=Duration.days(2), noncurrent_version_expiration=Duration.days(1)),
            ],
            removal_policy=RemovalPolicy.RETAIN,
        )


class FilesFileSystem(Construct):
    """EFS for Drupal files (ReadWriteMany: two replicas on two nodes can mount it, source Problem 4).

    NFS is admitted from the node subnets only: the EFS CSI node plugin runs with host networking,
    so mounts come from node IPs. Pods (pod subnets) cannot reach the mount targets at all.
    """

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, vpc: ec2.IVpc, node_subnets: list[ec2.ISubnet]) -> None:
        super().__init__(scope, construct_id)
        self.security_group = ec2.SecurityGroup(
            self, "SecurityGroup", vpc=vpc, description="NFS from the node subnets to the Drupal files EFS", allow_all_outbound=False
        )
        for az, cidr in zip(stage.availability_zones, stage.node_subnets):
            self.security_group.add_ingress_rule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(NFS_PORT), f"NFS from nodes in {az}")
        self.file_system = efs.FileSystem(
            self,
            "FileSystem",
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnets=node_subnets),
            security_group=self.security_group,
            encrypted=True,
            enable_automatic_backups=True,
            performance_mode=efs.PerformanceMode.GENERAL_PURPOSE,
            throughput_mode=efs.ThroughputMode.ELASTIC,
            lifecycle_policy=efs.LifecyclePolicy.AFTER_30_DAYS,
            out_of_infrequent_access_policy=efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
            # The CSI driver mounts without IAM authentication; the security group and per-claim
            # access points confine access, and the policy below refuses unencrypted NFS.
            allow_anonymous_access=True,
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.file_system.add_to_resource_policy(
            iam.PolicyStatement(
                sid="MountThroughMountTargetsOnly",
                principals=[iam.AnyPrincipal()],
                actions=["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
                conditions={"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}},
            )
        )
        self.file_system.add_to_resource_policy(
            iam.PolicyStatement(
                sid="DenyUnencryptedTransport",
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["*"],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )
        self.stack = Stack.of(self)
