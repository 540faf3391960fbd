"""Velero's backup location (the stage bucket) and the daily schedule of every tenant namespace."""

from __future__ import annotations

import yaml
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.imports import velero_backupstoragelocation as bsl
from drupal_platform.charts.imports import velero_schedule as vs
from drupal_platform.config import NAMESPACE_PREFIX

from .base import PlatformChart
from .k8s import k8s
from .observability import BACKUP_SCHEDULE
from .storage import EBS_DRIVER, EFS_DRIVER

LOCATION = "default"
VOLUME_POLICY = "tenant-volume-policy"
DAILY_AT = "0 2 * * *"  # 02:00 UTC

# EBS (MySQL) volumes: CSI snapshots. EFS (Drupal files): file-system backup by the node agent,
# because EFS has no CSI snapshots. Resource policies are Velero's per-volume switch (v1.14+).
VOLUME_POLICIES = {
    "version": "v1",
    "volumePolicies": [
        {"conditions": {"csi": {"driver": EBS_DRIVER}}, "action": {"type": "snapshot"}},
        {"conditions": {"csi": {"driver": EFS_DRIVER}}, "action": {"type": "fs-backup"}},
    ],
}


class BackupsChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, bucket: str, region: str, key_arn: str, retention_days: int) -> None:
        super().__init__(scope, construct_id, component="backups", namespace=contracts.VELERO_NAMESPACE)
        location = bsl.BackupStorageLocation(
            self,
            "location",
            metadata={"name": LOCATION},
            spec=bsl.BackupStorageLocationSpec(
                provider="aws",
                default=True,
                access_mode=bsl.BackupStorageLocationSpecAccessMode.READ_WRITE,
                # Velero's own prefix: a tenant's role is confined to <stage>/<tenant>/ and never sees it.
                object_storage=bsl.BackupStorageLocationSpecObjectStorage(bucket=bucket, prefix=contracts.VELERO_BACKUP_PREFIX),
                config={"region": region, "serverSideEncryption": "aws:kms", "kmsKeyId": key_arn},
            ),
        )
        policy = k8s.KubeConfigMap(
            self,
            "volume-policy",
            metadata=k8s.ObjectMeta(name=VOLUME_POLICY),
            data={"policy.yaml": yaml.safe_dump(VOLUME_POLICIES, sort_keys=False)},
        )
        schedule = vs.Schedule(
            self,
            "daily",
            metadata={"name": BACKUP_SCHEDULE},
            spec=vs.ScheduleSpec(
                schedule=DAILY_AT,
                use_owner_references_in_backup=False,
                template=vs.ScheduleSpecTemplate(
                    # One schedule for every tenant (glob, Velero 1.18): adding a tenant changes nothing here.
                    included_namespaces=[NAMESPACE_PREFIX + "*"],
                    storage_location=LOCATION,
                    snapshot_volumes=True,
                    default_volumes_to_fs_backup=False,
                    resource_policy=vs.ScheduleSpecTemplateResourcePolicy(kind="configmap", name=VOLUME_POLICY),
                    ttl=f"{retention_days * 24}h0m0s",
                ),
            ),
        )
        schedule.add_dependency(location, policy)
