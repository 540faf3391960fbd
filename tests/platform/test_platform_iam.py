"""Least privilege, evaluated statement by statement (not by string search)."""

from __future__ import annotations

import json

import pytest

from drupal_platform import contracts
from tests.platform.platform_helpers import grants, of_type, policy_documents, role_grants, statements

STAGES = ["dev", "prod"]
SECRET_READS = ("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:BatchGetSecretValue")
# AWS-managed policies the platform attaches; none grants Secrets Manager access.
ALLOWED_MANAGED_POLICIES = {"service-role/AmazonEFSCSIDriverPolicy"}


def tenant_secret_arns(config, stage: str) -> list[str]:
    s = config.stages[stage]
    arns = []
    for tenant in sorted(config.tenants):
        for name in (contracts.db_secret_name(stage, tenant), contracts.app_secret_name(stage, tenant),
                     contracts.mysql_users_secret_name(stage, tenant)):
            arns.append(f"arn:aws:secretsmanager:{s.region}:{s.account}:secret:{name}-AbCdEf")
    # and a tenant that does not exist yet
    arns.append(f"arn:aws:secretsmanager:{s.region}:{s.account}:secret:{contracts.db_secret_name(stage, 'future')}-AbCdEf")
    return arns


def test_evaluator_detects_a_grant():
    # The check below must be able to fail: a wildcard statement is found, a narrow one is not.
    arn = "arn:aws:secretsmanager:eu-west-1:1:secret:drupal/prod/alpha/db-AbCdEf"
    assert grants({"Effect": "Allow", "Action": "secretsmanager:*", "Resource": ["*"]}, "secretsmanager:GetSecretValue", arn)
    assert grants({"Effect": "Allow", "Action": ["secretsmanager:Get*"], "Resource": ["arn:aws:secretsmanager:*:*:secret:drupal/*"]}, "secretsmanager:GetSecretValue", arn)
    assert not grants({"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]}, "secretsmanager:GetSecretValue", arn)
    assert not grants({"Effect": "Deny", "Action": ["*"], "Resource": ["*"]}, "secretsmanager:GetSecretValue", arn)


@pytest.mark.parametrize("stage", STAGES)
def test_no_platform_role_reads_tenant_secrets(config, data, services, stage):
    for template in (data[stage], services[stage]):
        for arn in tenant_secret_arns(config, stage):
            for action in SECRET_READS:
                assert role_grants(template, action, arn) == [], f"{action} on {arn}"


@pytest.mark.parametrize("stage", STAGES)
def test_only_known_managed_policies(data, services, stage):
    for template in (data[stage], services[stage]):
        for role in of_type(template, "AWS::IAM::Role").values():
            for arn in role["Properties"].get("ManagedPolicyArns", []):
                name = json.dumps(arn).split(":policy/")[-1].rstrip('"]}')
                assert name in ALLOWED_MANAGED_POLICIES, name


@pytest.mark.parametrize("stage", STAGES)
def test_irsa_roles_trust_exactly_one_service_account(services, stage):
    expected = {
        "LoadBalancerController": "system:serviceaccount:kube-system:aws-load-balancer-controller",
        "ExternalDns": "system:serviceaccount:kube-system:external-dns",
        "ClusterAutoscaler": "system:serviceaccount:kube-system:cluster-autoscaler",
        "Velero": "system:serviceaccount:velero:velero-server",
    }
    roles = of_type(services[stage], "AWS::IAM::Role")
    seen = {}
    for logical_id, role in roles.items():
        doc = role["Properties"]["AssumeRolePolicyDocument"]
        if "Fn::Sub" not in doc:
            continue
        trust = json.loads(doc["Fn::Sub"][0])
        # condition keys take the issuer without https://
        assert doc["Fn::Sub"][1]["Issuer"]["Fn::Select"][0] == 1
        assert doc["Fn::Sub"][1]["Issuer"]["Fn::Select"][1]["Fn::Split"][0] == "//"
        (stmt,) = trust["Statement"]
        seen[logical_id] = stmt["Condition"]["StringEquals"]["${Issuer}:sub"]
    for prefix, subject in expected.items():
        (sub,) = [v for k, v in seen.items() if k.startswith(prefix)]
        assert sub == subject
    assert len(seen) == len(expected)


def test_velero_is_confined_to_its_prefix(config, services):
    s = config.stages["prod"]
    bucket = f"arn:aws:s3:::drupal-platform-prod-backups-{s.account}"
    template = services["prod"]
    assert role_grants(template, "s3:PutObject", f"{bucket}/{contracts.VELERO_BACKUP_PREFIX}/backups/x/y.tar.gz")
    for tenant in config.tenants:
        assert role_grants(template, "s3:GetObject", f"{bucket}/{contracts.backup_prefix('prod', tenant)}dump.sql.gz") == []
    assert role_grants(template, "s3:DeleteBucket", bucket) == []


def test_autoscaler_mutations_are_conditioned_on_this_cluster(services):
    for logical_id, doc in policy_documents(services["prod"]):
        for stmt in statements(doc):
            if stmt.get("Sid") == "ScaleThisClustersGroups":
                assert stmt["Condition"] == {"StringEquals": {"aws:ResourceTag/k8s.io/cluster-autoscaler/drupal-prod": "owned"}}
                return
    pytest.fail("no ScaleThisClustersGroups statement")


@pytest.mark.parametrize("stage", STAGES)
def test_bucket_policy_names_no_tenant(config, data, stage):
    for logical_id, policy in of_type(data[stage], "AWS::S3::BucketPolicy").items():
        text = json.dumps(policy)
        for tenant in config.tenants:
            assert tenant not in text, f"{logical_id} names tenant {tenant}"
        assert NAMESPACE_PREFIX_ABSENT(text)
        for stmt in statements(policy["Properties"]["PolicyDocument"]):
            # only the TLS-only deny (and S3 log delivery on the log bucket)
            if stmt["Effect"] == "Allow":
                assert stmt["Principal"] == {"Service": "logging.s3.amazonaws.com"}
            else:
                assert stmt["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def NAMESPACE_PREFIX_ABSENT(text: str) -> bool:
    return "drupal-site-" not in text and "drupal/" not in text


@pytest.mark.parametrize("stage", STAGES)
def test_stage_key_policy_delegates_to_iam(data, stage):
    key = of_type(data[stage], "AWS::KMS::Key")["StageKey97AE122F"]
    assert key["Properties"]["EnableKeyRotation"] is True
    (stmt,) = key["Properties"]["KeyPolicy"]["Statement"]
    assert stmt["Effect"] == "Allow" and stmt["Action"] == "kms:*"
    root = json.dumps(stmt["Principal"])
    assert ":root" in root
