"""StorageClasses for databases (EBS gp3) and files (EFS access points), and the EBS snapshot class."""

from __future__ import annotations

from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.imports import volumesnapshotclass as vsc

from .base import PlatformChart
from .k8s import k8s

EBS_DRIVER = "ebs.csi.aws.com"
EFS_DRIVER = "efs.csi.aws.com"
# Each claim gets its own access point rooted at /tenants/<namespace>/<claim>.
EFS_BASE_PATH = "/tenants"


class StorageChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, files_file_system_id: str) -> None:
        super().__init__(scope, construct_id, component="storage")
        k8s.KubeStorageClass(
            self,
            "database",
            metadata=k8s.ObjectMeta(name=contracts.DATABASE_STORAGE_CLASS),
            provisioner=EBS_DRIVER,
            parameters={"type": "gp3", "encrypted": "true", "csi.storage.k8s.io/fstype": "ext4"},
            # A deleted claim (or tenant) keeps its volume until someone deletes it on purpose.
            reclaim_policy="Retain",
            allow_volume_expansion=True,
            # Bind in the zone where the pod is scheduled: an EBS volume lives in one AZ.
            volume_binding_mode="WaitForFirstConsumer",
        )
        k8s.KubeStorageClass(
            self,
            "files",
            metadata=k8s.ObjectMeta(name=contracts.FILES_STORAGE_CLASS),
            provisioner=EFS_DRIVER,
            parameters={
                "provisioningMode": "efs-ap",
                "fileSystemId": files_file_system_id,
                # The access point enforces its own POSIX user, so only the claim's pods see the files.
                "directoryPerms": "700",
                "basePath": EFS_BASE_PATH,
                "subPathPattern": "${.PVC.namespace}/${.PVC.name}",
                "ensureUniqueDirectory": "true",
            },
            reclaim_policy="Retain",
            allow_volume_expansion=True,
            volume_binding_mode="Immediate",
        )
        vsc.VolumeSnapshotClass(
            self,
            "ebs-snapshots",
            metadata={
                "name": contracts.EBS_SNAPSHOT_CLASS,
                # Velero uses the class with this label for CSI snapshots of the driver's volumes.
                "labels": {"velero.io/csi-volumesnapshot-class": "true"},
            },
            driver=EBS_DRIVER,
            # Snapshots outlive their VolumeSnapshot objects (a restore may need them after the namespace is gone).
            deletion_policy=vsc.VolumeSnapshotClassDeletionPolicy.RETAIN,
        )
