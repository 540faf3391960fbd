"""The tenant role's policy, evaluated: it reaches its own secrets and backups and nothing of another tenant's.
And client access: view is read-only in the namespace; operate adds the chart-bound group."""

from __future__ import annotations

import pytest

from drupal_platform import contracts
from drupal_platform.constructs.tenant_access import VIEW_POLICY
from tests.tenant.helpers import allowed, of_type, statements

ACCOUNT, REGION = "222222222222", "eu-west-1"
KEY = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
BUCKET = "drupal-prod-backups-example"
PARAMS = {"platform/kms-key-arn": KEY, "platform/backup-bucket-name": BUCKET}


def secret_arn(stage: str, tenant: str, leaf: str) -> str:
    return f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{contracts.secret_prefix(stage, tenant)}/{leaf}-AbCdEf"


@pytest.fixture(scope="module")
def alpha(tenants_assembly):
    return statements(tenants_assembly.template("prod/Tenant-alpha"), {k.replace("/", ""): v for k, v in PARAMS.items()})


@pytest.mark.parametrize("leaf", ["db", "app", "mysql"])
def test_reads_its_own_secrets(alpha, leaf):
    assert allowed(alpha, "secretsmanager:GetSecretValue", secret_arn("prod", "alpha", leaf))


@pytest.mark.parametrize(
    "stage,tenant",
    [("prod", "beta"), ("prod", "gamma"), ("dev", "alpha"), ("prod", "alphabet")],
    ids=["other tenant", "another tenant", "same tenant other stage", "name prefix of another tenant"],
)
def test_cannot_read_another_tenants_secrets(alpha, stage, tenant):
    assert not allowed(alpha, "secretsmanager:GetSecretValue", secret_arn(stage, tenant, "db"))


def test_cannot_write_or_list_secrets(alpha):
    assert not allowed(alpha, "secretsmanager:PutSecretValue", secret_arn("prod", "alpha", "db"))
    assert not allowed(alpha, "secretsmanager:ListSecrets", "*")


def test_key_only_through_secrets_manager_and_s3(alpha):
    sm = {"kms:ViaService": f"secretsmanager.{REGION}.amazonaws.com"}
    s3 = {"kms:ViaService": f"s3.{REGION}.amazonaws.com"}
    assert allowed(alpha, "kms:Decrypt", KEY, sm)
    assert allowed(alpha, "kms:GenerateDataKey", KEY, s3)
    assert not allowed(alpha, "kms:Decrypt", KEY), "direct decrypt without a service"
    assert not allowed(alpha, "kms:Decrypt", KEY, {"kms:ViaService": f"ssm.{REGION}.amazonaws.com"})
    assert not allowed(alpha, "kms:GenerateDataKey", KEY, sm)


def test_own_backup_prefix_only(alpha):
    own = f"arn:aws:s3:::{BUCKET}/prod/alpha/2026-11-25/drupal.sql.gz"
    assert allowed(alpha, "s3:PutObject", own) and allowed(alpha, "s3:GetObject", own)
    for other in ("prod/beta/x.sql.gz", "dev/alpha/x.sql.gz", "prod/alphabet/x.sql.gz", "platform-velero/x"):
        assert not allowed(alpha, "s3:GetObject", f"arn:aws:s3:::{BUCKET}/{other}"), other
        assert not allowed(alpha, "s3:PutObject", f"arn:aws:s3:::{BUCKET}/{other}"), other
    assert not allowed(alpha, "s3:DeleteObject", own), "deleting backups is an operator action"
    bucket = f"arn:aws:s3:::{BUCKET}"
    assert allowed(alpha, "s3:ListBucket", bucket, {"s3:prefix": "prod/alpha/"})
    assert not allowed(alpha, "s3:ListBucket", bucket, {"s3:prefix": "prod/beta/"})
    assert not allowed(alpha, "s3:ListBucket", bucket), "listing the whole bucket"


def test_the_evaluator_can_fail():
    """The helper is not a yes-machine: an Allow on one resource does not cover another."""
    st = [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/a/*"}]
    assert allowed(st, "s3:GetObject", "arn:aws:s3:::b/a/x") and not allowed(st, "s3:GetObject", "arn:aws:s3:::b/ab/x")


def _entries(template: dict) -> dict[str, dict]:
    return {e["Properties"]["PrincipalArn"]: e["Properties"] for e in of_type(template, "AWS::EKS::AccessEntry").values()}


def test_view_access_is_eks_view_policy_scoped_to_the_namespace(tenants_assembly):
    (entry,) = _entries(tenants_assembly.template("dev/Tenant-alpha")).values()
    (policy,) = entry["AccessPolicies"]
    assert policy["PolicyArn"].endswith(f":eks::aws:cluster-access-policy/{VIEW_POLICY}")
    assert policy["AccessScope"] == {"Type": "namespace", "Namespaces": ["drupal-site-alpha"]}
    assert entry["KubernetesGroups"] == [contracts.client_access_group("alpha", "view")]
    assert "ClusterAdmin" not in str(entry) and "AdminPolicy" not in str(entry)


def test_operate_access_maps_to_the_group_the_chart_binds(tenants_assembly):
    entries = _entries(tenants_assembly.template("prod/Tenant-beta"))
    entry = entries["arn:aws:iam::222222222222:role/beta-operators"]
    assert entry["KubernetesGroups"] == [contracts.client_access_group("beta", "operate")]
    (policy,) = entry["AccessPolicies"]
    assert policy["AccessScope"] == {"Type": "namespace", "Namespaces": ["drupal-site-beta"]}
    assert policy["PolicyArn"].endswith(VIEW_POLICY), "operate adds to view through the group's Role, not a wider EKS policy"


def test_chart_binds_the_operate_group_without_edit_rights(config):
    """The other half of the contract: the chart's RoleBinding names the same group; its Role never edits guards."""
    from drupal_platform.charts.tenant import render_tenant
    from drupal_platform.contracts import PlatformRefs

    refs = PlatformRefs(tenant_role_arn="arn:aws:iam::222222222222:role/x", wildcard_certificate_arn="arn:w", backup_bucket="b",
                        image_registry="222222222222.dkr.ecr.eu-west-1.amazonaws.com")
    objs = render_tenant(config.tenants["beta"], config.stages["prod"], refs)
    group = contracts.client_access_group("beta", "operate")
    bindings = [o for o in objs if o["kind"] == "RoleBinding" and any(s.get("name") == group for s in o.get("subjects", []))]
    assert bindings, f"no RoleBinding for {group}"
    roles = {o["metadata"]["name"]: o for o in objs if o["kind"] == "Role"}
    guarded = {"networkpolicies", "ingresses", "resourcequotas", "limitranges", "roles", "rolebindings", "secretstores"}
    writes = {"create", "update", "patch", "delete", "deletecollection", "*"}
    for b in bindings:
        role = roles[b["roleRef"]["name"]]
        for rule in role.get("rules", []):
            if writes & set(rule.get("verbs", [])):
                assert not guarded & set(rule.get("resources", [])), rule
