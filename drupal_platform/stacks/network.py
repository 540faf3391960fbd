"""Network stack: the VPC that every other stack of a stage lives in."""

from __future__ import annotations

from aws_cdk import RemovalPolicy, Stack, Tags
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from constructs import Construct

from drupal_platform import nag
from drupal_platform.config import StageConfig
from drupal_platform.constructs.subnet_plan import NODES, PODS, PUBLIC, ConfiguredSubnets

_ENDPOINTS = {
    "ecr.api": ec2.InterfaceVpcEndpointAwsService.ECR,
    "ecr.dkr": ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    "sts": ec2.InterfaceVpcEndpointAwsService.STS,
    "secretsmanager": ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    "logs": ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
}


class NetworkStack(Stack):
    """VPC with public subnets (load balancers), /24 node subnets and /19 pod subnets per AZ.

    Pod subnets exist for VPC CNI custom networking (source Problem 11): node IPs stay on the
    small node subnets while pods draw from 8,190 addresses per AZ.
    """

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._azs = list(stage.availability_zones)

        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=ConfiguredSubnets(
                vpc_cidr=stage.vpc_cidr,
                azs=self._azs,
                cidrs={PUBLIC: stage.public_subnets, NODES: stage.node_subnets, PODS: stage.pod_subnets},
            ),
            availability_zones=self._azs,
            nat_gateways=stage.nat_gateways,
            subnet_configuration=[
                ec2.SubnetConfiguration(name=PUBLIC, subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(name=NODES, subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=24),
                ec2.SubnetConfiguration(name=PODS, subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=19),
            ],
            restrict_default_security_group=True,
            gateway_endpoints={"S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3)},
        )
        for i, cidr in enumerate(stage.secondary_cidrs):
            block = ec2.CfnVPCCidrBlock(self, f"SecondaryCidr{i}", vpc_id=self.vpc.vpc_id, cidr_block=cidr)
            # Subnets carved from a secondary range can only be created once the range is attached.
            for subnet in self.vpc.private_subnets + self.vpc.public_subnets:
                subnet.node.add_dependency(block)

        logs_key = kms.Key(
            self,
            "FlowLogsKey",
            description=f"drupal-platform {stage.name}: VPC flow log encryption",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.RETAIN,
        )
        # CloudWatch Logs encrypts with the key on the log group's behalf, in this region only.
        logs_key.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                principals=[iam.ServicePrincipal(f"logs.{stage.region}.amazonaws.com")],
                resources=["*"],
                conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{stage.region}:{stage.account}:log-group:*"}},
            )
        )
        flow_logs = logs.LogGroup(
            self,
            "FlowLogs",
            retention=_retention(stage.flow_log_retention_days),
            encryption_key=logs_key,
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.vpc.add_flow_log("FlowLog", destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_logs))

        nag.acknowledge(
            self.vpc,
            "CloudFormation-Validate::W3010",
            "availability zones are fixed in the stage configuration so that synth runs offline (no AZ lookup) and subnets match the ENIConfigs named after each zone",
        )

        self.public_subnets = self.vpc.select_subnets(subnet_group_name=PUBLIC).subnets
        self.node_subnets = self.vpc.select_subnets(subnet_group_name=NODES).subnets
        self.pod_subnets = self.vpc.select_subnets(subnet_group_name=PODS).subnets

        # Load-balancer discovery by the AWS Load Balancer Controller.
        for subnet in self.public_subnets:
            Tags.of(subnet).add("kubernetes.io/role/elb", "1")
        for subnet in self.node_subnets:
            Tags.of(subnet).add("kubernetes.io/role/internal-elb", "1")

        if stage.interface_endpoints:
            endpoint_sg = ec2.SecurityGroup(
                self, "EndpointSecurityGroup", vpc=self.vpc, description="HTTPS from the VPC to interface endpoints", allow_all_outbound=False
            )
            endpoint_sg.add_ingress_rule(ec2.Peer.ipv4(stage.vpc_cidr), ec2.Port.tcp(443), "HTTPS from nodes and pods")
            for cidr in stage.secondary_cidrs:
                endpoint_sg.add_ingress_rule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(443), "HTTPS from pods in a secondary range")
            for name in stage.interface_endpoints:
                self.vpc.add_interface_endpoint(
                    "Endpoint" + name.replace(".", "").title().replace("Ecrapi", "EcrApi").replace("Ecrdkr", "EcrDkr"),
                    service=_ENDPOINTS[name],
                    subnets=ec2.SubnetSelection(subnet_group_name=NODES),
                    security_groups=[endpoint_sg],
                    private_dns_enabled=True,
                    # The group above already admits the VPC (and secondary ranges) on 443.
                    open=False,
                )

    @property
    def availability_zones(self) -> list[str]:
        # Offline synth: the zones come from the stage configuration, never from a lookup.
        return self._azs


_RETENTION_DAYS = {
    1: "ONE_DAY", 3: "THREE_DAYS", 5: "FIVE_DAYS", 7: "ONE_WEEK", 14: "TWO_WEEKS", 30: "ONE_MONTH",
    60: "TWO_MONTHS", 90: "THREE_MONTHS", 120: "FOUR_MONTHS", 150: "FIVE_MONTHS", 180: "SIX_MONTHS",
    365: "ONE_YEAR", 400: "THIRTEEN_MONTHS", 545: "EIGHTEEN_MONTHS", 731: "TWO_YEARS", 1096: "THREE_YEARS",
    1827: "FIVE_YEARS", 2192: "SIX_YEARS", 2557: "SEVEN_YEARS", 2922: "EIGHT_YEARS", 3288: "NINE_YEARS",
    3653: "TEN_YEARS",
}


def _retention(days: int) -> logs.RetentionDays:
    """The shortest CloudWatch retention that keeps logs at least `days` days."""
    for allowed, name in sorted(_RETENTION_DAYS.items()):
        if allowed >= days:
            return getattr(logs.RetentionDays, name)
    return logs.RetentionDays.TEN_YEARS
