"""Velero with its own role: daily backups of every tenant namespace to the stage bucket
(CSI snapshots for EBS, file-system backup for EFS)."""

from __future__ import annotations

import cdk8s
from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import contracts, nag
from drupal_platform.charts.platform.backups import BackupsChart
from drupal_platform.config import StageConfig
from drupal_platform.images import mirrored, mirrored_parts
from drupal_platform.versions import KUBECTL_IMAGE, VELERO_AWS_PLUGIN_IMAGE, VELERO_IMAGE

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, TOLERATE_ALL, helm_release, irsa_annotation, irsa_role, manifest

NS = contracts.VELERO_NAMESPACE
SERVICE_ACCOUNT = "velero-server"  # the server and the node agent both use it
PREFIX = contracts.VELERO_BACKUP_PREFIX


def values(role: iam.IRole, stage: StageConfig) -> dict:
    registry, repository, tag = mirrored_parts(stage, VELERO_IMAGE)
    _, kubectl_repository, kubectl_tag = mirrored_parts(stage, KUBECTL_IMAGE)
    return {
        # Every image through the stage's pull-through cache (drupal_platform/images.py).
        "image": {"repository": f"{registry}/{repository}", "tag": tag},
        # The CRD-upgrade Job copies kubectl from this image; the chart would otherwise pick a tag
        # from the API server's version at install time.
        "kubectl": {"image": {"repository": f"{registry}/{kubectl_repository}", "tag": kubectl_tag}},
        "initContainers": [{
            "name": "velero-plugin-for-aws",
            "image": mirrored(stage, VELERO_AWS_PLUGIN_IMAGE),
            "imagePullPolicy": "IfNotPresent",
            "volumeMounts": [{"mountPath": "/target", "name": "plugins"}],
        }],
        "configuration": {
            # CSI snapshots still need the feature flag in 1.18.
            "features": "EnableCSI",
            "uploaderType": "kopia",
            "defaultVolumesToFsBackup": False,
            # The location is ours (charts/platform/backups.py), validated against the CRD.
            "backupStorageLocation": [],
            "volumeSnapshotLocation": [],
        },
        # EBS volumes are snapshotted through CSI (the EBS CSI driver's role), not by Velero's AWS plugin.
        "snapshotsEnabled": False,
        "credentials": {"useSecret": False},
        "serviceAccount": {"server": {"create": True, "name": SERVICE_ACCOUNT, "annotations": irsa_annotation(role)}},
        # The projected IRSA token must be readable by the non-root server.
        "podSecurityContext": {"fsGroup": 65534},
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        # The node agent backs up EFS volumes where the tenant's pod runs: on every node, tainted or not.
        "deployNodeAgent": True,
        "nodeAgent": {"tolerations": TOLERATE_ALL},
        "metrics": {"enabled": True, "serviceMonitor": {"enabled": True, "additionalLabels": contracts.PLATFORM_MONITORING_LABEL}},
    }


class Backups:
    name = "velero"
    needs = {
        "namespaces": "the velero namespace (privileged: node agent hostPath) comes first",
        "storage": "CSI snapshots use the ebs-snapshots VolumeSnapshotClass",
        "monitoring": "Velero's ServiceMonitor (backup-missing alert) needs the prometheus-operator CRD",
    }

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "Velero")
        role = irsa_role(c, "Role", ctx, namespace=NS, service_account=SERVICE_ACCOUNT, description="Velero: its own prefix of the backup bucket (IRSA)")
        bucket = f"arn:{Stack.of(c).partition}:s3:::{ctx.data.backup_bucket_name}"
        role.add_to_policy(iam.PolicyStatement(
            sid="VeleroObjects",
            actions=["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            resources=[f"{bucket}/{PREFIX}/*"],
        ))
        role.add_to_policy(iam.PolicyStatement(
            sid="ListVeleroPrefix",
            actions=["s3:ListBucket"],
            resources=[bucket],
            conditions={"StringLike": {"s3:prefix": [f"{PREFIX}/*", PREFIX]}},
        ))
        role.add_to_policy(iam.PolicyStatement(
            sid="BucketKeyThroughS3",
            actions=["kms:GenerateDataKey", "kms:Decrypt"],
            resources=[ctx.data.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"s3.{ctx.stage.region}.amazonaws.com"}},
        ))
        nag.acknowledge(
            role,
            f"AwsSolutions-IAM5[Resource::{bucket}/{PREFIX}/*]",
            "Velero names its objects itself (backups/<name>/..., kopia/<namespace>/...); the wildcard is confined to its own prefix",
        )
        chart = helm_release(c, "Chart", ctx, chart="velero", namespace=NS, values=values(role, ctx.stage))
        objects = manifest(
            c, "Schedule", ctx,
            BackupsChart(cdk8s.App(), "velero-objects", bucket=ctx.data.backup_bucket_name, region=ctx.stage.region,
                         key_arn=ctx.data.key_arn, retention_days=ctx.stage.backup_retention_days),
        )
        # BackupStorageLocation and Schedule are Velero's CRDs.
        objects.node.add_dependency(chart)
        return [chart, objects]
