"""VPC CNI custom networking: one ENIConfig per AZ and the vpc-cni add-on configured for it.

Pods get addresses from the /19 pod subnets while nodes stay on their /24s (source
Problem 11). Custom networking only applies to nodes launched after it is configured,
so the node groups depend on `self.ready` (see ClusterStack).
"""

from __future__ import annotations

import json

import cdk8s
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from drupal_platform.charts.imports import eniconfig
from drupal_platform.versions import EKS_ADDONS

VPC_CNI_CONFIGURATION = {
    "env": {
        "AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG": "true",
        # ENIConfigs are named after the zone; nodes find theirs through this label.
        "ENI_CONFIG_LABEL_DEF": "topology.kubernetes.io/zone",
        "ENABLE_PREFIX_DELEGATION": "true",
        "WARM_PREFIX_TARGET": "1",
    },
    # Without the network policy agent, NetworkPolicies are accepted and ignored.
    "enableNetworkPolicy": "true",
    "nodeAgent": {"enablePolicyEventLogs": "false"},
}


class EniConfigChart(cdk8s.Chart):
    """ENIConfig objects (crd.k8s.amazonaws.com/v1alpha1, cluster-scoped), one per AZ."""

    def __init__(self, scope: Construct, construct_id: str, *, zones: dict[str, str], security_group_id: str) -> None:
        super().__init__(scope, construct_id, disable_resource_name_hashes=True)
        for zone, subnet_id in zones.items():
            eniconfig.EniConfig(
                self,
                zone,
                metadata=cdk8s.ApiObjectMetadata(name=zone),
                spec=eniconfig.EniConfigSpec(subnet=subnet_id, security_groups=[security_group_id]),
            )


class PodNetworking(Construct):
    """ENIConfigs plus the managed vpc-cni add-on with custom networking and network policies."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.Cluster,
        pod_subnets: list[ec2.ISubnet],
        availability_zones: list[str],
        service_account_role_arn: str,
    ) -> None:
        super().__init__(scope, construct_id)
        chart = EniConfigChart(
            cdk8s.App(),
            "eni-configs",
            zones={az: s.subnet_id for az, s in zip(availability_zones, pod_subnets)},
            security_group_id=cluster.cluster_security_group_id,
        )
        self.eni_configs = cluster.add_cdk8s_chart("EniConfigs", chart)
        self.vpc_cni = eks.CfnAddon(
            self,
            "VpcCni",
            addon_name="vpc-cni",
            cluster_name=cluster.cluster_name,
            addon_version=EKS_ADDONS["vpc-cni"],
            # EKS installed a self-managed vpc-cni at cluster creation; take it over.
            resolve_conflicts="OVERWRITE",
            service_account_role_arn=service_account_role_arn,
            configuration_values=json.dumps(VPC_CNI_CONFIGURATION, sort_keys=True),
        )
        # The ENIConfigs must exist before the CNI switches to custom networking, or ipamd
        # on existing nodes finds no ENIConfig for its zone (source Pitfall 2).
        self.vpc_cni.node.add_dependency(self.eni_configs)
        self.ready = [self.eni_configs, self.vpc_cni]
