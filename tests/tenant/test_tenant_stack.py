"""What each example tenant's stack holds: secrets, role, access, image repository, nodes, manifest."""

from __future__ import annotations

import json

import pytest

from drupal_platform import contracts
from drupal_platform.constructs.kubectl_provider import UNUSED_VPC_ID
from drupal_platform.constructs.tenant_manifest import MANIFEST_BUDGET_BYTES
from drupal_platform.constructs.tenant_secrets import EXCLUDED_CHARACTERS, PASSWORD_LENGTH
from tests.tenant.helpers import of_type

EXAMPLE_STACKS = ["dev/Tenant-alpha", "dev/Tenant-beta", "prod/Tenant-alpha", "prod/Tenant-beta", "prod/Tenant-gamma"]


def test_one_stack_per_tenant_per_stage(tenants_assembly, config):
    expected = sorted(f"{s}/Tenant-{t.name}" for s in config.stages for t in config.tenants_in(s))
    assert tenants_assembly.names() == expected == sorted(EXAMPLE_STACKS)


def test_tenant_stacks_sit_in_the_stage_after_cluster_and_platform(assembly):
    """Integration: `prod/Tenant-alpha` exists in the whole app and depends on the cluster and platform stacks."""
    stack = assembly.stacks["prod/Tenant-alpha"]
    deps = {d.hierarchical_id for d in stack.dependencies if hasattr(d, "hierarchical_id")}
    assert "prod/Cluster" in deps
    platform = {n for n in assembly.names("prod") if n.startswith("prod/Platform")}
    assert platform <= deps


def test_secrets_have_contract_names_generated_values_key_and_retain(tenants_assembly):
    t = tenants_assembly.template("prod/Tenant-alpha")
    secrets = of_type(t, "AWS::SecretsManager::Secret")
    names = {s["Properties"]["Name"]: s for s in secrets.values()}
    expected = {contracts.db_secret_name("prod", "alpha"), contracts.app_secret_name("prod", "alpha"),
                contracts.mysql_users_secret_name("prod", "alpha"), contracts.mail_secret_name("prod", "alpha")}
    assert set(names) == expected == set(contracts.tenant_secret_names("prod", "alpha", mail=True))
    for name, s in names.items():
        props = s["Properties"]
        assert s["DeletionPolicy"] == "Retain" and s["UpdateReplacePolicy"] == "Retain", name
        assert "SecretString" not in props, f"{name}: a value in the template"
        assert "Ref" in props["KmsKeyId"] and "kmskeyarn" in props["KmsKeyId"]["Ref"], name
        gen = props["GenerateSecretString"]
        if name.endswith("/mail"):
            # A placeholder until the mail-credentials function writes the SMTP key (no username yet).
            assert json.loads(gen["SecretStringTemplate"]) == {"username": ""} and gen["GenerateStringKey"] == "password"
            assert {"Key": contracts.MAIL_USER_TAG, "Value": contracts.mail_user_name("prod", "alpha")} in props["Tags"]
        if name.endswith("/app"):
            assert gen["ExcludePunctuation"] is True and gen["GenerateStringKey"] == "hashSalt"
            continue
        assert set(gen["ExcludeCharacters"]) >= set("'\"\\/:|;`"), name
        assert gen["ExcludeCharacters"] == EXCLUDED_CHARACTERS
        if name.endswith("/mysql"):
            # one 32-character slot per user (Percona rejects async replication passwords over 32 bytes)
            assert gen["PasswordLength"] == contracts.MYSQL_PASSWORD_SLOTS * 32 and gen["GenerateStringKey"] == "passwords"
            continue
        assert gen["PasswordLength"] <= 32, f"{name}: Percona rejects async replication passwords over 32 bytes"
    db = names[contracts.db_secret_name("prod", "alpha")]["Properties"]["GenerateSecretString"]
    assert json.loads(db["SecretStringTemplate"]).keys() == {"username"} and db["GenerateStringKey"] == "password"
    assert PASSWORD_LENGTH == 32


def test_role_is_named_per_stage_and_trusts_only_the_two_service_accounts(tenants_assembly):
    t = tenants_assembly.template("prod/Tenant-alpha")
    (role,) = [r for r in of_type(t, "AWS::IAM::Role").values()]
    assert role["Properties"]["RoleName"] == "drupal-prod-site-alpha"
    template, variables = role["Properties"]["AssumeRolePolicyDocument"]["Fn::Sub"]
    doc = json.loads(template)
    (st,) = doc["Statement"]
    assert st["Principal"] == {"Federated": "${ProviderArn}"}
    assert st["Condition"]["StringEquals"]["${Issuer}:sub"] == [
        "system:serviceaccount:drupal-site-alpha:secrets-reader",
        "system:serviceaccount:drupal-site-alpha:db-backup",
    ]
    assert "oidcproviderarn" in variables["ProviderArn"]["Ref"]
    # No Lambda-backed CfnJson per tenant.
    assert not of_type(t, "AWS::Lambda::Function") and not of_type(t, "Custom::AWSCDKCfnJson")


def name_account(stack: str) -> str:
    from tests.conftest import stages_raw

    return stages_raw()[stack.split("/")[0]]["account"]


def test_manifest_uses_the_shared_kubectl_provider_with_prune(tenants_assembly):
    for name in EXAMPLE_STACKS:
        t = tenants_assembly.template(name)
        for manifest in of_type(t, "Custom::AWSCDK-EKS-KubernetesResource").values():
            # The stage's fixed provider ARN, a literal (constructs/kubectl_provider.py).
            assert manifest["Properties"]["ServiceToken"] == f"arn:aws:lambda:eu-west-1:{name_account(name)}:function:drupal-{name.split('/')[0]}-kubectl-provider"
            assert manifest["Properties"]["PruneLabel"].startswith("aws.cdk.eks/prune-")
        assert not of_type(t, "AWS::Lambda::LayerVersion"), "a kubectl layer per tenant"
        assert UNUSED_VPC_ID not in json.dumps(t), "the imported VPC's placeholder id reached the template"


def test_no_cloudformation_exports_between_tenant_and_shared_stacks(tenants_assembly):
    for name in EXAMPLE_STACKS:
        text = json.dumps(tenants_assembly.template(name))
        assert "Fn::ImportValue" not in text and "Fn::GetStackOutput" not in text, name


@pytest.mark.parametrize("name", EXAMPLE_STACKS)
def test_stack_limits_and_manifest_payload(tenants_assembly, name):
    path = tenants_assembly.template_path(name)
    t = tenants_assembly.template(name)
    assert len(t["Resources"]) < 500
    assert path.stat().st_size < 1_000_000
    for res in of_type(t, "Custom::AWSCDK-EKS-KubernetesResource").values():
        payload = len(json.dumps(res["Properties"]["Manifest"], separators=(",", ":")))
        assert payload < MANIFEST_BUDGET_BYTES


def test_ecr_repository_and_ci_role_only_for_custom_image_in_owning_stage(tenants_assembly):
    beta = tenants_assembly.template("prod/Tenant-beta")
    (repo,) = of_type(beta, "AWS::ECR::Repository").values()
    p = repo["Properties"]
    assert p["RepositoryName"] == "drupal-site-beta"
    assert p["ImageTagMutability"] == "IMMUTABLE" and p["ImageScanningConfiguration"] == {"ScanOnPush": True}
    assert repo["DeletionPolicy"] == "Retain" and "LifecyclePolicy" in p
    pullers = [s["Principal"] for s in p["RepositoryPolicyText"]["Statement"]]
    assert json.dumps(pullers).count("111111111111") == 1, "dev's account pulls the images"
    ci = [r for r in of_type(beta, "AWS::IAM::Role").values() if r["Properties"].get("RoleName") == "drupal-prod-ci-beta"]
    (ci,) = ci
    (st,) = ci["Properties"]["AssumeRolePolicyDocument"]["Statement"]
    assert st["Principal"]["Federated"] == "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com"
    assert st["Condition"]["StringLike"]["token.actions.githubusercontent.com:sub"] == [
        "repo:example-org/drupal-site-beta:ref:refs/heads/main",
        "repo:example-org/drupal-site-beta:ref:refs/tags/*",
    ]
    assert st["Condition"]["StringEquals"]["token.actions.githubusercontent.com:aud"] == "sts.amazonaws.com"
    push = [s for pol in of_type(beta, "AWS::IAM::Policy").values() if "Ci" in json.dumps(pol["Properties"].get("Roles", []))
            for s in pol["Properties"]["PolicyDocument"]["Statement"]]
    for s in push:
        if s["Action"] != "ecr:GetAuthorizationToken":
            assert "ImageRepository" in json.dumps(s["Resource"]), s
    # Not in dev (prod owns repositories), and never for official-image tenants.
    assert not of_type(tenants_assembly.template("dev/Tenant-beta"), "AWS::ECR::Repository")
    assert not of_type(tenants_assembly.template("prod/Tenant-alpha"), "AWS::ECR::Repository")


def test_dedicated_tenant_gets_labelled_tainted_node_groups_per_az(tenants_assembly):
    beta = tenants_assembly.template("prod/Tenant-beta")
    groups = of_type(beta, "AWS::EKS::Nodegroup")
    assert len(groups) == 3
    for g in groups.values():
        p = g["Properties"]
        assert p["Labels"] == {"role": "client-beta"}
        assert p["Taints"] == [{"Effect": "NO_SCHEDULE", "Key": "dedicated", "Value": "client-beta"}]
        assert p["InstanceTypes"] == ["m7i.large"] and p["ScalingConfig"]["MaxSize"] == 2
        assert p["NodegroupName"].startswith("drupal-prod-client-beta-eu-west-1")
        assert len(p["Subnets"]) == 1 and "nodesubnet" in p["Subnets"][0]["Ref"]
    assert not of_type(tenants_assembly.template("prod/Tenant-alpha"), "AWS::EKS::Nodegroup")


def test_github_oidc_provider_is_created_once_in_its_own_stack(assembly):
    providers = {n: of_type(assembly.template(n), "AWS::IAM::OIDCProvider") for n in assembly.names("prod")}
    github = {n: p for n, p in providers.items() if any("token.actions" in json.dumps(v) for v in p.values())}
    assert list(github) == ["prod/GitHubOidc"]
    (provider,) = github["prod/GitHubOidc"].values()
    assert provider["DeletionPolicy"] == "Retain"


def _resolved_manifest(value, params: dict[str, str]) -> list:
    """The Manifest property as the kubectl handler receives it (parameters substituted)."""
    from tests.tenant.helpers import _substitute

    text = value if isinstance(value, str) else _substitute(value, params)
    return json.loads(text)


def test_fast_manifest_path_deploys_exactly_what_kubernetes_manifest_would(config, tmp_path):
    """TenantManifest hands the chart to CloudFormation as JSON built in Python; aws-cdk-lib's
    own path (fast=False) must produce the same objects, labels and token references."""
    import aws_cdk as cdk

    from drupal_platform.constructs.tenant_imports import StageImports
    from drupal_platform.constructs.tenant_manifest import TenantManifest

    stage, tenant = config.stages["prod"], config.tenants["beta"]
    app = cdk.App(outdir=str(tmp_path))
    manifests, stacks = {}, {}
    for fast in (True, False):
        stack = stacks[fast] = cdk.Stack(app, f"Probe{fast}", env=cdk.Environment(account=stage.account, region=stage.region))
        shared = StageImports(stack, "Stage", stage=stage)
        refs = shared.refs("arn:aws:iam::222222222222:role/drupal-prod-site-beta", wildcard=False, image_registry=config.image_registry,
                           ingress=True, load_balancer_group=tenant.load_balancer_group(stage))
        TenantManifest(stack, "Manifest", cluster=shared.cluster, tenant=tenant, stage=stage, refs=refs, fast=fast)
    assembly = app.synth()
    for fast, stack in stacks.items():
        template = assembly.get_stack_by_name(stack.stack_name).template
        params = {k: f"<{k}>" for k in template.get("Parameters", {})}
        manifests[fast] = {}
        for lid, res in of_type(template, "Custom::AWSCDK-EKS-KubernetesResource").items():
            label = res["Properties"]["PruneLabel"]  # differs by construct address only
            objects = _resolved_manifest(res["Properties"]["Manifest"], params)
            assert all(o["metadata"]["labels"][label] == "" for o in objects)
            manifests[fast][lid] = json.loads(json.dumps(objects).replace(label, "<prune-label>"))
    assert len(manifests[True]) > 1, "the main manifest and the groups"
    assert manifests[True] == manifests[False]
