"""Cluster stack: EKS settings, add-ons, pod networking and the ordering that keeps nodes healthy."""

from __future__ import annotations

import json

import pytest

from drupal_platform.images import UPSTREAMS

from drupal_platform import versions
from drupal_platform.constructs.node_groups import MAX_PODS_PER_NODE
from tests.foundation.templates import one, resources

STAGES = ["dev", "prod"]


def cluster_template(assembly, stage: str) -> dict:
    return assembly.template(f"{stage}/Cluster")


def addon(template: dict, name: str) -> tuple[str, dict]:
    for key, res in resources(template, "AWS::EKS::Addon").items():
        if res["Properties"]["AddonName"] == name:
            return key, res
    raise AssertionError(f"add-on {name} not found")


def node_groups(template: dict) -> dict[str, dict]:
    return resources(template, "AWS::EKS::Nodegroup")


@pytest.mark.parametrize("stage", STAGES)
def test_cluster_runs_the_configured_kubernetes_version(assembly, config, stage):
    props = one(cluster_template(assembly, stage), "AWS::EKS::Cluster")["Properties"]
    assert props["Version"] == config.stages[stage].kubernetes_version == "1.36"


def test_kubectl_layer_and_cdk8s_plus_match_the_cluster_version():
    layer, plus = versions.KUBERNETES_PACKAGES[versions.DEFAULT_KUBERNETES_VERSION]
    minor = versions.DEFAULT_KUBERNETES_VERSION.split(".")[1]
    assert layer.endswith(f"kubectl_v{minor}") and plus.endswith(f"plus_{minor}")
    assert versions.kubectl_layer_class("1.36").__name__ == f"KubectlV{minor}Layer"
    assert versions.cdk8s_plus().__name__ == plus


@pytest.mark.parametrize("stage", STAGES)
def test_secrets_are_envelope_encrypted_with_a_rotating_key(assembly, stage):
    template = cluster_template(assembly, stage)
    props = one(template, "AWS::EKS::Cluster")["Properties"]
    key_ref = props["EncryptionConfig"][0]["Provider"]["KeyArn"]["Fn::GetAtt"][0]
    key = template["Resources"][key_ref]
    assert props["EncryptionConfig"][0]["Resources"] == ["secrets"]
    assert key["Properties"]["EnableKeyRotation"] is True
    assert key["DeletionPolicy"] == "Retain"


@pytest.mark.parametrize("stage", STAGES)
def test_control_plane_logs_api_audit_authenticator(assembly, stage):
    props = one(cluster_template(assembly, stage), "AWS::EKS::Cluster")["Properties"]
    types = {t["Type"] for t in props["Logging"]["ClusterLogging"]["EnabledTypes"]}
    assert types == {"api", "audit", "authenticator"}


@pytest.mark.parametrize("stage", STAGES)
def test_endpoint_access_per_stage(assembly, config, stage):
    vpc_config = one(cluster_template(assembly, stage), "AWS::EKS::Cluster")["Properties"]["ResourcesVpcConfig"]
    assert vpc_config["EndpointPrivateAccess"] is True
    assert vpc_config["PublicAccessCidrs"] == config.stages[stage].endpoint_access.public_cidrs


@pytest.mark.parametrize("stage", STAGES)
def test_admins_get_access_entries_not_aws_auth(assembly, config, stage):
    template = cluster_template(assembly, stage)
    props = one(template, "AWS::EKS::Cluster")["Properties"]
    assert props["AccessConfig"] == {"AuthenticationMode": "API", "BootstrapClusterCreatorAdminPermissions": False}
    entries = [e["Properties"] for e in resources(template, "AWS::EKS::AccessEntry").values()]
    admins = [e for e in entries if e["PrincipalArn"] in config.stages[stage].admin_principals]
    assert len(admins) == len(config.stages[stage].admin_principals)
    for entry in admins:
        assert json.dumps(entry["AccessPolicies"][0]["PolicyArn"]).endswith('cluster-access-policy/AmazonEKSClusterAdminPolicy"]]}')
        assert entry["AccessPolicies"][0]["AccessScope"]["Type"] == "cluster"
    assert "aws-auth" not in json.dumps(template)


@pytest.mark.parametrize("stage", STAGES)
def test_vpc_cni_uses_custom_networking_prefixes_and_network_policies(assembly, stage):
    _, cni = addon(cluster_template(assembly, stage), "vpc-cni")
    values = json.loads(cni["Properties"]["ConfigurationValues"])
    assert values["env"]["AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"] == "true"
    assert values["env"]["ENI_CONFIG_LABEL_DEF"] == "topology.kubernetes.io/zone"
    assert values["env"]["ENABLE_PREFIX_DELEGATION"] == "true"
    assert values["env"]["WARM_PREFIX_TARGET"] == "1"
    assert values["enableNetworkPolicy"] == "true"
    assert cni["Properties"]["ResolveConflicts"] == "OVERWRITE"
    assert "ServiceAccountRoleArn" in cni["Properties"]


@pytest.mark.parametrize("stage", STAGES)
def test_addons_are_pinned(assembly, stage):
    for res in resources(cluster_template(assembly, stage), "AWS::EKS::Addon").values():
        name = res["Properties"]["AddonName"]
        assert res["Properties"]["AddonVersion"] == versions.EKS_ADDONS[name], name


def eni_manifest(template: dict) -> tuple[str, list[dict]]:
    for key, res in resources(template, "Custom::AWSCDK-EKS-KubernetesResource").items():
        manifest = res["Properties"]["Manifest"]
        text = json.dumps(manifest)
        if "ENIConfig" in text:
            return key, manifest
    raise AssertionError("no ENIConfig manifest")


@pytest.mark.parametrize("stage", STAGES)
def test_one_eniconfig_per_zone_on_that_zones_pod_subnet(assembly, config, stage):
    template = cluster_template(assembly, stage)
    _, manifest = eni_manifest(template)
    text = json.dumps(manifest)
    for az in config.stages[stage].availability_zones:
        assert f'\\"name\\":\\"{az}\\"' in text, az
    assert text.count('\\"kind\\":\\"ENIConfig\\"') == 3
    assert "crd.k8s.amazonaws.com/v1alpha1" in text
    # subnet ids are the pod subnets' outputs of the network stack, one per zone
    assert text.count("podsSubnet") == 3 and "nodesSubnet" not in text


@pytest.mark.parametrize("stage", STAGES)
def test_node_groups_launch_only_after_custom_networking_is_configured(assembly, stage):
    template = cluster_template(assembly, stage)
    eni_key, _ = eni_manifest(template)
    cni_key, _ = addon(template, "vpc-cni")
    groups = node_groups(template)
    assert len(groups) == 6
    for key, group in groups.items():
        assert {eni_key, cni_key} <= set(group.get("DependsOn", [])), key
    assert eni_key in template["Resources"][cni_key]["DependsOn"]


@pytest.mark.parametrize("stage", STAGES)
def test_coredns_waits_for_system_nodes(assembly, stage):
    template = cluster_template(assembly, stage)
    _, coredns = addon(template, "coredns")
    system = {k for k, g in node_groups(template).items() if g["Properties"]["Labels"]["role"] == "system"}
    assert len(system) == 3 and system <= set(coredns["DependsOn"])


@pytest.mark.parametrize("stage", STAGES)
def test_one_node_group_per_zone_with_labels_and_taints(assembly, config, stage):
    groups = [g["Properties"] for g in node_groups(cluster_template(assembly, stage)).values()]
    by_role: dict[str, list[dict]] = {}
    for g in groups:
        by_role.setdefault(g["Labels"]["role"], []).append(g)
    assert set(by_role) == {"system", "shared"}
    for role, members in by_role.items():
        assert len(members) == 3 and all(len(m["Subnets"]) == 1 for m in members)
        sizes = getattr(config.stages[stage].node_groups, role)
        assert {m["ScalingConfig"]["MaxSize"] for m in members} == {sizes.max_size}
    assert all(not m.get("Taints") for m in by_role["system"])
    assert all(m["Taints"] == [{"Effect": "NO_SCHEDULE", "Key": "dedicated", "Value": "shared"}] for m in by_role["shared"])


@pytest.mark.parametrize("stage", STAGES)
def test_launch_templates_block_pods_from_node_credentials(assembly, stage):
    templates = resources(cluster_template(assembly, stage), "AWS::EC2::LaunchTemplate").values()
    assert len(templates) == 2
    for lt in templates:
        data = lt["Properties"]["LaunchTemplateData"]
        assert data["MetadataOptions"]["HttpTokens"] == "required"
        assert data["MetadataOptions"]["HttpPutResponseHopLimit"] == 1
        ebs = data["BlockDeviceMappings"][0]["Ebs"]
        assert ebs["Encrypted"] is True and ebs["VolumeType"] == "gp3"
        user_data = json.dumps(data["UserData"])
        assert "application/node.eks.aws" in user_data and f"maxPods: {MAX_PODS_PER_NODE}" in user_data


@pytest.mark.parametrize("stage", STAGES)
def test_vpc_cni_role_trusts_only_aws_node(assembly, stage):
    template = cluster_template(assembly, stage)
    _, cni = addon(template, "vpc-cni")
    role = template["Resources"][cni["Properties"]["ServiceAccountRoleArn"]["Fn::GetAtt"][0]]
    document, variables = role["Properties"]["AssumeRolePolicyDocument"]["Fn::Sub"]
    trust = json.loads(document)["Statement"]
    # IAM condition keys spell the issuer without https://: CloudFormation strips it.
    assert variables["Issuer"]["Fn::Select"][0] == 1
    assert variables["Issuer"]["Fn::Select"][1]["Fn::Split"][0] == "//"
    assert len(trust) == 1
    assert trust[0]["Action"] == "sts:AssumeRoleWithWebIdentity"
    assert trust[0]["Condition"]["StringEquals"]["${Issuer}:sub"] == "system:serviceaccount:kube-system:aws-node"
    assert trust[0]["Condition"]["StringEquals"]["${Issuer}:aud"] == "sts.amazonaws.com"


@pytest.mark.parametrize("stage", STAGES)
def test_ebs_csi_node_plugin_tolerates_every_taint(assembly, stage):
    _, ebs = addon(cluster_template(assembly, stage), "aws-ebs-csi-driver")
    values = json.loads(ebs["Properties"]["ConfigurationValues"])
    assert values["node"]["tolerateAllTaints"] is True
    assert ebs["Properties"]["PodIdentityAssociations"][0]["ServiceAccount"] == "ebs-csi-controller-sa"


@pytest.mark.parametrize("stage", STAGES)
def test_node_role_may_populate_only_the_pull_through_cache(assembly, config, stage):
    template = cluster_template(assembly, stage)
    statements = [
        s
        for p in resources(template, "AWS::IAM::Policy").values()
        for s in p["Properties"]["PolicyDocument"]["Statement"]
        if s.get("Sid") == "PullThroughCache"
    ]
    assert len(statements) == 1
    s = config.stages[stage]
    prefixes = {u.prefix_in(s) for u in UPSTREAMS.values()}
    assert sorted(statements[0]["Resource"]) == sorted(f"arn:aws:ecr:{s.region}:{s.account}:repository/{p}/*" for p in prefixes)
    assert set(statements[0]["Action"]) == {"ecr:BatchImportUpstreamImage", "ecr:CreateRepository"}


@pytest.mark.parametrize("stage", STAGES)
def test_tenant_stacks_read_cluster_values_from_parameters_not_exports(assembly, stage):
    template = cluster_template(assembly, stage)
    names = {p["Properties"].get("Name") for p in resources(template, "AWS::SSM::Parameter").values()}
    # The kubectl service token is no parameter: it is a fixed ARN (test_deploy_wiring.py).
    for key in ("cluster/name", "cluster/oidc-provider-arn", "cluster/oidc-issuer-url", "cluster/node-role-arn"):
        assert f"/drupal-platform/{stage}/{key}" in names
    assert not any("Export" in o for o in template.get("Outputs", {}).values())
