"""Network stack: the VPC laid out exactly as the stage configuration says."""

from __future__ import annotations

import pytest

from tests.foundation.templates import resources

STAGES = ["dev", "prod"]


def subnets(assembly, stage: str) -> dict[str, dict]:
    """{cidr: properties} of every subnet in the stage's network stack."""
    return {s["Properties"]["CidrBlock"]: s["Properties"] for s in resources(assembly.template(f"{stage}/Network"), "AWS::EC2::Subnet").values()}


def tags(props: dict) -> dict[str, str]:
    return {t["Key"]: t["Value"] for t in props.get("Tags", [])}


@pytest.mark.parametrize("stage", STAGES)
def test_every_configured_subnet_exists_in_its_zone(assembly, config, stage):
    cfg = config.stages[stage]
    found = subnets(assembly, stage)
    for kind in ("public_subnets", "node_subnets", "pod_subnets"):
        for az, cidr in zip(cfg.availability_zones, getattr(cfg, kind)):
            assert found[cidr]["AvailabilityZone"] == az, (kind, cidr)
    assert len(found) == 9


@pytest.mark.parametrize("stage", STAGES)
def test_subnets_are_tagged_for_load_balancer_discovery(assembly, config, stage):
    cfg = config.stages[stage]
    found = subnets(assembly, stage)
    assert all(tags(found[c]).get("kubernetes.io/role/elb") == "1" for c in cfg.public_subnets)
    assert all(tags(found[c]).get("kubernetes.io/role/internal-elb") == "1" for c in cfg.node_subnets)
    assert not any("kubernetes.io/role/elb" in tags(found[c]) for c in cfg.node_subnets + cfg.pod_subnets)


@pytest.mark.parametrize("stage, nats", [("dev", 1), ("prod", 3)])
def test_nat_gateways_per_stage(assembly, stage, nats):
    assert len(resources(assembly.template(f"{stage}/Network"), "AWS::EC2::NatGateway")) == nats


@pytest.mark.parametrize("stage", STAGES)
def test_node_and_pod_subnets_route_to_nat(assembly, config, stage):
    template = assembly.template(f"{stage}/Network")
    cfg = config.stages[stage]
    subnet_ids = {v["Properties"]["CidrBlock"]: k for k, v in resources(template, "AWS::EC2::Subnet").items()}
    assoc = {v["Properties"]["SubnetId"]["Ref"]: v["Properties"]["RouteTableId"]["Ref"] for v in resources(template, "AWS::EC2::SubnetRouteTableAssociation").values()}
    nat_routes = {v["Properties"]["RouteTableId"]["Ref"] for v in resources(template, "AWS::EC2::Route").values() if "NatGatewayId" in v["Properties"]}
    for cidr in cfg.node_subnets + cfg.pod_subnets:
        assert assoc[subnet_ids[cidr]] in nat_routes, cidr
    for cidr in cfg.public_subnets:
        assert assoc[subnet_ids[cidr]] not in nat_routes, cidr


@pytest.mark.parametrize("stage", STAGES)
def test_flow_logs_are_on(assembly, stage):
    flow_logs = resources(assembly.template(f"{stage}/Network"), "AWS::EC2::FlowLog")
    assert len(flow_logs) == 1
    assert next(iter(flow_logs.values()))["Properties"]["TrafficType"] == "ALL"


@pytest.mark.parametrize("stage", STAGES)
def test_endpoints_keep_image_and_secret_traffic_in_the_vpc(assembly, config, stage):
    endpoints = resources(assembly.template(f"{stage}/Network"), "AWS::EC2::VPCEndpoint").values()
    services = set()
    for e in endpoints:
        name = e["Properties"]["ServiceName"]
        services.add(name if isinstance(name, str) else str(name))
    joined = " ".join(services)
    assert "s3" in joined
    for svc in ("ecr.api", "ecr.dkr", "sts", "secretsmanager", "logs"):
        assert svc in joined, svc
    interface = [e for e in endpoints if e["Properties"].get("VpcEndpointType") == "Interface"]
    assert len(interface) == len(config.stages[stage].interface_endpoints)
    assert all(e["Properties"]["PrivateDnsEnabled"] for e in interface)
