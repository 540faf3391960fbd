"""AWS service quotas in the capacity guard (issue 10 item 5): what each stage uses, counted the
way the synthesised templates create it, against the default or the stage's raised value."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from drupal_platform import aws_quotas, capacity
from drupal_platform.images import cached_image_paths
from drupal_platform.unused_settings import remove_unused
from tests.capacity.test_capacity import many, prod_only, prod_problems
from tests.conftest import stages_raw
from tests.tenant.helpers import config_from, synth_tenants, tenants_data


def _types(assembly, stage: str) -> Counter:
    out: Counter = Counter()
    for name in assembly.names(stage):
        out.update(r["Type"] for r in assembly.template(name)["Resources"].values())
    return out


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_counts_match_the_synthesised_templates(assembly, config, stage):
    """Each count the guard makes from the configuration is what the stage's templates create."""
    s = config.stages[stage]
    types = _types(assembly, stage)
    assert types["AWS::IAM::Role"] == capacity.platform_iam_roles(s) + capacity.tenant_iam_roles(config, s), (
        "a stack gained or lost an IAM role: update aws_quotas.PLATFORM_IAM_ROLES (shared stacks) or TENANT_*_ROLES")
    assert len(assembly.names(stage)) == capacity.stage_stacks(config, s), "update aws_quotas.PLATFORM_STACKS"
    assert types["AWS::SecretsManager::Secret"] == capacity.stage_secrets(config, s)
    assert types["AWS::EKS::Nodegroup"] == capacity.managed_node_groups(config, s)
    assert types["AWS::IAM::OIDCProvider"] == capacity.stage_oidc_providers(s)
    tenant_repositories = capacity.stage_repositories(config, s) - len(cached_image_paths(config, s))
    assert types["AWS::ECR::Repository"] == tenant_repositories
    assert types["AWS::IAM::User"] == capacity.stage_mail_users(config, s)
    assert types["AWS::SES::EmailIdentity"] == capacity.stage_ses_identities(config, s)
    assert types["AWS::SES::ConfigurationSet"] == capacity.stage_ses_configuration_sets(config, s)


def test_tenant_counts_follow_the_tenant_state(tmp_path):
    """A decommissioned custom-image tenant keeps its IRSA role and secrets but loses its CI role and node groups."""
    data = copy.deepcopy(tenants_data())
    remove_unused(data["tenants"]["beta"], "decommissioned")
    config = config_from(data, tmp_path)
    assembly = synth_tenants(config, tmp_path / "out", nag=False)
    for stage in ("dev", "prod"):
        s = config.stages[stage]
        types = _types(assembly, stage)
        assert types["AWS::IAM::Role"] == capacity.tenant_iam_roles(config, s)
        assert types["AWS::SecretsManager::Secret"] == capacity.stage_secrets(config, s)
        assert types["AWS::EKS::Nodegroup"] == capacity.managed_node_groups(config, s) - 2 * len(s.availability_zones)


def test_every_quota_is_reported_with_headroom_default_and_whether_adjustable(config):
    lines = capacity.compute(config, "prod").lines()
    start = lines.index("AWS quotas:")
    quota_lines = lines[start + 1:]
    assert len(quota_lines) == len(aws_quotas.QUOTAS)
    for quota, line in zip(aws_quotas.QUOTAS.values(), quota_lines):
        assert quota.name in line and "left" in line and f"AWS default {quota.default:,}" in line
        assert ("adjustable, set quotas." + quota.key) in line if quota.adjustable else "not adjustable" in line
    roles = next(line for line in quota_lines if "Roles per account" in line)
    assert "account 222222222222: IAM 'Roles per account' (L-FE177D64) 25 of 1,000 (2%), 975 left" in roles


def test_1000_tenants_exceed_the_iam_role_quota_until_the_stage_raises_it(tmp_path):
    big = prod_only(**{"nodeGroups.shared.maxSize": 100, "nodeGroups.shared.instanceTypes": ["m7i.16xlarge"], "loadBalancers.groups": 12})
    config = config_from(many(1000, tier="small"), tmp_path, stages=big)
    roles = [p for p in prod_problems(config) if "Roles per account" in p]
    # 20 platform roles + the platform image's CI role + 1,000 IRSA roles (+ 2 in dev, which shares nothing with prod);
    # the mail-credentials function adds none per tenant.
    assert len(roles) == 1 and "would need 1,021 but the limit is 1,000: over by 21" in roles[0], roles
    assert "set quotas.iamRoles" in roles[0] and "account 222222222222" in roles[0]
    raised = copy.deepcopy(big)
    raised["prod"]["quotas"] = {"iamRoles": 2000}
    config = config_from(many(1000, tier="small"), tmp_path, stages=raised)
    assert not [p for p in prod_problems(config) if "Roles per account" in p]


def test_dedicated_tenants_exceed_managed_node_groups_per_cluster(tmp_path):
    data = many(9, placement={"dedicated": True, "instanceTypes": ["m7i.large"], "minSize": 0, "maxSize": 1})
    problems = [p for p in prod_problems(config_from(data, tmp_path)) if "Managed node groups per cluster" in p]
    # system + shared: 6, each dedicated tenant one per zone: 6 + 27 = 33.
    assert len(problems) == 1 and "would need 33 but the limit is 30: over by 3" in problems[0], problems
    stages = prod_only(**{"quotas": {"managedNodeGroupsPerCluster": 40}})
    assert not [p for p in prod_problems(config_from(data, tmp_path, stages=stages)) if "Managed node groups" in p]


def test_stages_sharing_an_account_and_region_count_together(tmp_path):
    stages = copy.deepcopy(stages_raw())
    stages["dev"].update(account="222222222222", adminPrincipals=["arn:aws:iam::222222222222:role/platform-admins"],
                         github={"createOidcProvider": False, "organisation": "example-org", "platformRepository": "drupal-platform",
                                 "oidcProviderArn": "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com"},
                         createPullThroughCacheRules=False)  # prod creates the account's cache rules (one per prefix)
    data = tenants_data()
    config = config_from(data, tmp_path, stages=stages)
    apart = config_from(data, tmp_path, name="apart.yaml")

    def used(cfg, stage, name):
        return next(lim for lim in capacity.compute(cfg, stage).limits if lim.quota and lim.quota.name == name)

    # Apart, each account has its own bootstrap stack and dev its own GitHubOidc stack.
    for name, apart_only in (("Roles per account", 0), ("Stack count", 2), ("Secrets", 0)):
        together = used(config, "prod", name)
        assert together.used == used(apart, "prod", name).used + used(apart, "dev", name).used - apart_only
        assert "stages dev, prod" in together.scope
    # The CDK bootstrap stack is counted once per account and region.
    assert used(config, "dev", "Stack count").used == used(config, "prod", "Stack count").used


def test_mail_counts_follow_the_mail_mode(tmp_path):
    """Only where a site sends through SES: prod (production: ses) for everyone, dev only for the
    tenant that opted in; beta's own From domain adds a second identity."""
    data = copy.deepcopy(tenants_data())
    data["tenants"]["alpha"]["platform"]["mail"] = {"realSendingStages": ["dev"]}
    config = config_from(data, tmp_path)
    assembly = synth_tenants(config, tmp_path / "out", nag=False)
    expected = {"dev": (1, 1), "prod": (3, 4)}  # (users and configuration sets, identities)
    for stage, (users, identities) in expected.items():
        s = config.stages[stage]
        types = _types(assembly, stage)
        assert types["AWS::IAM::User"] == capacity.stage_mail_users(config, s) == users
        assert types["AWS::SES::ConfigurationSet"] == capacity.stage_ses_configuration_sets(config, s) == users
        assert types["AWS::SES::EmailIdentity"] == capacity.stage_ses_identities(config, s) == identities


def test_1000_sending_sites_fit_iam_users_and_ses_quotas(tmp_path):
    """1,000 sites: 1,000 users of 5,000, 1,000 identities and sets of 10,000. The IAM user quota
    is adjustable and named with its setting; SES's are fixed and say so."""
    big = prod_only(**{"nodeGroups.shared.maxSize": 100, "nodeGroups.shared.instanceTypes": ["m7i.16xlarge"], "loadBalancers.groups": 12})
    big["prod"]["quotas"] = {"iamRoles": 2000}
    config = config_from(many(1000, tier="small"), tmp_path, stages=big)
    lines = capacity.compute(config, "prod").lines()
    users = next(line for line in lines if "Users per account" in line)
    assert "1,000 of 5,000 (20%)" in users and "set quotas.iamUsers" in users
    identities = next(line for line in lines if "Identities per AWS Region" in line)
    assert "1,000 of 10,000" in identities and "not adjustable" in identities
    assert not [p for p in prod_problems(config) if "Users per account" in p or "Amazon SES" in p]
    limits = {lim.quota.key: lim for lim in capacity.quota_limits(config, config.stages["prod"]) if lim.quota}
    assert limits["sesConfigurationSets"].used == 1000
