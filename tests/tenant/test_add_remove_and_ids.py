"""Adding or removing a tenant touches exactly one stack; stateful resources keep their logical IDs."""

from __future__ import annotations

import copy

import pytest

from tests.conftest import Assembly, synth
from tests.foundation.templates import normalised
from tests.tenant.helpers import config_from, of_type, template_bytes, tenants_data

NEW_TENANT = {
    "stages": ["prod"],
    "platform": {"tier": "small", "access": [{"principal": "arn:aws:iam::222222222222:role/delta-team", "level": "view"}]},
    "client": {"image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "11.3.1-php8.4-apache"},
               "ingress": {"hosts": ["delta.sites.example.com"]}},
}


@pytest.fixture(scope="module")
def added(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("added")
    data = copy.deepcopy(tenants_data())
    data["tenants"]["delta"] = NEW_TENANT
    return Assembly(synth(config_from(data, tmp), tmp / "cdk.out"), tmp / "cdk.out")


@pytest.fixture(scope="module")
def removed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("removed")
    data = copy.deepcopy(tenants_data())
    del data["tenants"]["gamma"]
    return Assembly(synth(config_from(data, tmp), tmp / "cdk.out"), tmp / "cdk.out")


def test_adding_a_tenant_adds_one_stack_and_changes_no_other_template(assembly, added):
    assert set(added.names()) - set(assembly.names()) == {"prod/Tenant-delta"}
    assert set(assembly.names()) <= set(added.names())
    changed = [n for n in assembly.names() if template_bytes(assembly, n) != template_bytes(added, n)]
    assert changed == []


def test_removing_a_tenant_removes_one_stack_and_changes_no_other_template(assembly, removed):
    assert set(assembly.names()) - set(removed.names()) == {"prod/Tenant-gamma"}
    changed = [n for n in removed.names() if template_bytes(assembly, n) != template_bytes(removed, n)]
    assert changed == []


# Logical IDs of everything that holds data or a name other systems rely on. A change here
# means CloudFormation would replace (or orphan and re-create) the resource: a new secret
# value, a new repository, a dropped role trust. Change a pin only with a migration plan.
PINNED = {
    "prod/Tenant-beta": {
        "SecretsDb597A325A": "AWS::SecretsManager::Secret",
        "SecretsAppA939B7EC": "AWS::SecretsManager::Secret",
        # Every Percona system user, one slot each (replaced SecretsMysql<User>, see LEGACY_SECRETS).
        "SecretsMysqlUsersFE749D82": "AWS::SecretsManager::Secret",
        "RoleIrsaRoleD01C32DA": "AWS::IAM::Role",
        "ImageRepositoryD8036990": "AWS::ECR::Repository",
        "ImageCiRole0341ACE3": "AWS::IAM::Role",
        "ManifestChartB754043C": "Custom::AWSCDK-EKS-KubernetesResource",
    },
    "prod/GitHubOidc": {"Provider2281708E": "AWS::IAM::OIDCProvider"},
}


# The eight per-user secrets of tenants synthesised before the merge (one logical ID each).
# They were RETAIN, so the update that drops them from the template leaves them in Secrets
# Manager (README "Secrets": how to delete them); their IDs must never come back with
# another meaning.
LEGACY_SECRETS = ("SecretsMysqlRoot133A4FCD", "SecretsMysqlXtrabackup2253AEF8", "SecretsMysqlMonitor6FE42025",
                  "SecretsMysqlOperatorA412A42A", "SecretsMysqlReplication05CF7165", "SecretsMysqlOrchestrator79D31552",
                  "SecretsMysqlHeartbeat18332D1D", "SecretsMysqlClusterset4ABB44D8")


def test_merged_secrets_are_gone_from_every_tenant_template_and_every_secret_is_retained(assembly):
    for name in [n for n in assembly.names() if "/Tenant-" in n]:
        resources = assembly.template(name)["Resources"]
        assert not set(LEGACY_SECRETS) & set(resources), name
        for lid, res in resources.items():
            if res["Type"] == "AWS::SecretsManager::Secret":
                assert res["DeletionPolicy"] == res["UpdateReplacePolicy"] == "Retain", f"{name} {lid}"


@pytest.mark.parametrize("stack", sorted(PINNED))
def test_stateful_logical_ids_are_pinned(assembly, stack):
    template = assembly.template(stack)
    actual = {lid: template["Resources"][lid]["Type"] for lid in PINNED[stack] if lid in template["Resources"]}
    assert actual == PINNED[stack]


def test_logical_ids_do_not_depend_on_the_tenant(assembly):
    """Same construct paths in every tenant stack: the pins above hold for every tenant."""
    ids = {n: set(of_type(assembly.template(n), "AWS::SecretsManager::Secret")) for n in assembly.names() if "/Tenant-" in n}
    # The mail secret exists only where the tenant sends through SES (prod here), at one path too.
    assert len({frozenset(v - {"SecretsMail4E755BA3"}) for v in ids.values()}) == 1
    assert {n for n, v in ids.items() if "SecretsMail4E755BA3" in v} == {n for n in ids if n.startswith("prod/")}


@pytest.mark.parametrize("name", ["dev/Tenant-alpha", "dev/Tenant-beta", "prod/Tenant-alpha", "prod/Tenant-beta", "prod/Tenant-gamma", "prod/GitHubOidc"])
def test_tenant_template_snapshot(assembly, snapshot, name):
    assert normalised(assembly.template(name)) == snapshot
