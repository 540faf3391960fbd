"""Hands the configured subnet CIDRs to `ec2.Vpc`, which otherwise carves them itself.

The stage configuration fixes every subnet (public, /24 node, /19 pod per AZ), so the VPC
is built by the well-kept `ec2.Vpc` construct (route tables, NAT, IGW, tags) while the
addresses stay exactly what the platform team wrote down.
"""

from __future__ import annotations

import jsii
from aws_cdk import aws_ec2 as ec2

PUBLIC = "public"
NODES = "nodes"
PODS = "pods"


@jsii.implements(ec2.IIpAddresses)
class ConfiguredSubnets:
    def __init__(self, *, vpc_cidr: str, azs: list[str], cidrs: dict[str, list[str]]):
        self._vpc_cidr = vpc_cidr
        self._azs = azs
        self._cidrs = cidrs

    def allocate_vpc_cidr(self) -> ec2.VpcIpamOptions:
        return ec2.VpcIpamOptions(cidr_block=self._vpc_cidr)

    def allocate_subnets_cidr(self, *, requested_subnets, vpc_cidr) -> ec2.SubnetIpamOptions:
        allocated = []
        for req in requested_subnets:
            group = req.configuration.name
            allocated.append(self._cidrs[group][self._azs.index(req.availability_zone)])
        return ec2.SubnetIpamOptions(allocated_subnets=[ec2.AllocatedSubnet(cidr=c) for c in allocated])
