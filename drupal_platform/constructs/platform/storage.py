"""EFS CSI driver and snapshot controller (EKS add-ons), the StorageClasses and the VolumeSnapshotClass.

The EBS CSI driver is installed by the cluster stack (tolerateAllTaints on its node plugin).
"""

from __future__ import annotations

import json

import cdk8s
from aws_cdk import Stack
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import nag
from drupal_platform.charts.platform.storage import StorageChart
from drupal_platform.constructs.pod_identity import pod_identity_principal
from drupal_platform.versions import EKS_ADDONS

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, TOLERATE_ALL, manifest

EFS_CONTROLLER_SERVICE_ACCOUNT = "efs-csi-controller-sa"

# The node plugin must run on shared and dedicated nodes, or tenant file volumes never mount.
EFS_CSI_CONFIGURATION = {
    "controller": {"nodeSelector": SYSTEM_NODE_SELECTOR},
    "node": {"tolerations": TOLERATE_ALL},
}


class Storage:
    name = "storage"
    needs: dict[str, str] = {}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "Storage")
        role = iam.Role(
            c,
            "EfsCsiRole",
            assumed_by=pod_identity_principal(
                partition=Stack.of(c).partition, region=ctx.stage.region, account=ctx.stage.account, cluster_name=ctx.cluster.cluster_name
            ),
            description="EFS CSI controller (EKS Pod Identity): creates and deletes access points",
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonEFSCSIDriverPolicy")],
        )
        nag.managed_policy(role, "service-role/AmazonEFSCSIDriverPolicy")
        efs_csi = eks.CfnAddon(
            c,
            "EfsCsiDriver",
            addon_name="aws-efs-csi-driver",
            addon_version=EKS_ADDONS["aws-efs-csi-driver"],
            cluster_name=ctx.cluster.cluster_name,
            resolve_conflicts="OVERWRITE",
            configuration_values=json.dumps(EFS_CSI_CONFIGURATION, sort_keys=True),
            pod_identity_associations=[
                eks.CfnAddon.PodIdentityAssociationProperty(service_account=EFS_CONTROLLER_SERVICE_ACCOUNT, role_arn=role.role_arn)
            ],
        )
        # The snapshot controller (a Deployment) runs on the untainted system nodes; its add-on schema
        # has no nodeSelector we could rely on, and only the system group is untainted.
        snapshots = eks.CfnAddon(
            c,
            "SnapshotController",
            addon_name="snapshot-controller",
            addon_version=EKS_ADDONS["snapshot-controller"],
            cluster_name=ctx.cluster.cluster_name,
            resolve_conflicts="OVERWRITE",
        )
        classes = manifest(c, "Classes", ctx, StorageChart(cdk8s.App(), "storage-classes", files_file_system_id=ctx.data.files_file_system_id))
        # The VolumeSnapshotClass CRD comes with the snapshot-controller add-on.
        classes.node.add_dependency(snapshots)
        return [efs_csi, snapshots, classes]
