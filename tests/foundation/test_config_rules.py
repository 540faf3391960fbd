"""One test per configuration rule: a bad input and the message a platform engineer reads."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from drupal_platform.config import ConfigError, load_config, resolve_cron, rendezvous
from tests.conftest import TENANTS, stages_raw


def example_tenants() -> dict:
    return yaml.safe_load(TENANTS.read_text())


def problems(tmp_path: Path, *, stages: dict | None = None, tenants: dict | None = None, clients: dict | None = None) -> list[str]:
    path = tmp_path / "tenants.yaml"
    path.write_text(yaml.safe_dump(tenants if tenants is not None else example_tenants(), sort_keys=False))
    clients_dir = tmp_path / "clients"
    clients_dir.mkdir(exist_ok=True)
    for name, body in (clients or {}).items():
        (clients_dir / f"{name}.yaml").write_text(yaml.safe_dump(body))
    try:
        load_config(stages if stages is not None else stages_raw(), path, clients_dir=clients_dir)
    except ConfigError as err:
        # Lines are checked by tests/foundation/test_one_pass.py; here the rule and its words.
        return [re.sub(r"^([^:]+):\d+: ", r"\1: ", str(p).replace(f"{tmp_path}/", "")) for p in err.problems]
    return []


def stage_with(**changes) -> dict:
    raw = copy.deepcopy(stages_raw())
    for dotted, value in changes.items():
        target = raw
        *parents, last = dotted.split("__")
        for key in parents:
            target = target[key]
        if value is ...:
            del target[last]
        else:
            target[last] = value
    return raw


def tenants_with(mutate) -> dict:
    data = example_tenants()
    mutate(data["tenants"])
    return data


def only(found: list[str]) -> str:
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------------------------- examples
def test_examples_are_valid(tmp_path):
    assert problems(tmp_path) == []


# ----------------------------------------------------------------------------------- stages
def test_account_must_be_twelve_digits(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__account="12345")))
    assert msg == "cdk.json: stage 'dev': account = '12345': must be a 12-digit AWS account ID"


def test_three_availability_zones_in_the_region(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__availabilityZones=["eu-west-1a", "eu-west-1b", "us-east-1c"])))
    assert "'us-east-1c' is not in region 'eu-west-1'" in msg


def test_pod_subnet_must_be_a_network_address(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__podSubnets=["10.10.16.0/19", "10.10.64.0/19", "10.10.96.0/19"])))
    assert "'10.10.16.0/19'" in msg and "not a network address" in msg


def test_pod_subnet_must_be_a_19_or_larger(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__podSubnets=["10.10.32.0/20", "10.10.64.0/19", "10.10.96.0/19"])))
    assert "podSubnets[0] = '10.10.32.0/20': must be a /19 or larger, at most a /16" in msg


def test_pod_subnets_larger_than_a_19_in_a_secondary_cidr_are_accepted(tmp_path):
    """Issue 10 item 8: the capacity guard's advice (a larger pod subnet) must be one validation accepts."""
    stages = stage_with(dev__secondaryCidrs=["100.64.0.0/16", "100.65.0.0/16"],
                        dev__podSubnets=["100.64.0.0/17", "100.64.128.0/17", "100.65.0.0/16"])
    assert problems(tmp_path, stages=stages) == []


def test_node_subnet_must_be_a_24_or_larger(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__nodeSubnets=["10.10.4.0/25", "10.10.5.0/24", "10.10.6.0/24"])))
    assert "nodeSubnets[0] = '10.10.4.0/25': must be a /24 or larger, at most a /16" in msg
    assert problems(tmp_path, stages=stage_with(dev__nodeSubnets=["10.10.8.0/22", "10.10.5.0/24", "10.10.6.0/24"])) == []


def test_secondary_cidr_from_another_private_range_is_rejected(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__secondaryCidrs=["192.168.0.0/16"])))
    assert "secondaryCidrs[0] = '192.168.0.0/16': AWS does not associate 192.168.0.0/16 with a VPC whose primary CIDR is 10.10.0.0/16" in msg
    assert "100.64.0.0/10" in msg


def test_secondary_cidr_size_overlap_and_count(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__secondaryCidrs=["100.64.0.0/15"])))
    assert "secondaryCidrs[0] = '100.64.0.0/15': a VPC CIDR block is a /16 to a /28" in msg
    msg = only(problems(tmp_path, stages=stage_with(dev__secondaryCidrs=["10.10.128.0/17"])))
    assert "overlaps '10.10.0.0/16'" in msg
    five = [f"100.{64 + i}.0.0/16" for i in range(5)]
    msg = only(problems(tmp_path, stages=stage_with(dev__secondaryCidrs=five)))
    assert "the VPC would have 6 CIDR blocks but the quota is 5" in msg
    assert problems(tmp_path, stages=stage_with(dev__secondaryCidrs=five, dev__quotas={"vpcCidrBlocks": 6})) == []


def test_quotas_accept_known_adjustable_names_only(tmp_path):
    assert problems(tmp_path, stages=stage_with(prod__quotas={"iamRoles": 5000, "cloudFormationStacks": 4000})) == []
    msg = only(problems(tmp_path, stages=stage_with(dev__quotas={"iamRole": 5000})))
    assert "stage 'dev': quotas.iamRole = 5000: unknown quota" in msg and "iamRoles" in msg
    msg = only(problems(tmp_path, stages=stage_with(dev__quotas={"secretsManagerSecrets": 600000})))
    assert "quotas.secretsManagerSecrets = 600000" in msg and "cannot be raised" in msg
    msg = only(problems(tmp_path, stages=stage_with(dev__quotas={"iamRoles": 500})))
    assert "quotas.iamRoles = 500: is below the AWS default 1,000" in msg


def test_registry_credentials_must_carry_the_ecr_prefix(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__registryCredentials={"dockerHub": "docker-hub-creds"})))
    assert "stage 'dev': registryCredentials.dockerHub = 'docker-hub-creds'" in msg and "ecr-pullthroughcache/" in msg
    assert problems(tmp_path, stages=stage_with(dev__registryCredentials={"dockerHub": "ecr-pullthroughcache/hub", "github": "ecr-pullthroughcache/gh"})) == []


def test_stages_sharing_an_account_agree_on_its_quotas(tmp_path):
    stages = stage_with(dev__account="222222222222", dev__adminPrincipals=["arn:aws:iam::222222222222:role/platform-admins"],
                        dev__github={"createOidcProvider": False, "oidcProviderArn": "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com",
                                     "organisation": "example-org", "platformRepository": "drupal-platform"},
                        dev__createPullThroughCacheRules=False,  # prod creates the account's cache rules
                        dev__quotas={"iamRoles": 2000}, prod__quotas={"iamRoles": 3000})
    found = problems(tmp_path, stages=stages)
    # One message per stage, each at that stage's own quotas.iamRoles line.
    assert [m.split(": ")[1] for m in found] == ["stage 'dev'", "stage 'prod'"], found
    assert "stage 'dev': quotas.iamRoles = 2000" in found[0] and "stage 'prod': quotas.iamRoles = 3000" in found[1]
    for msg in found:
        assert "account 222222222222" in msg and "dev = 2,000" in msg and "prod = 3,000" in msg


def test_subnets_must_be_inside_the_vpc(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__nodeSubnets=["10.99.4.0/24", "10.10.5.0/24", "10.10.6.0/24"])))
    assert "nodeSubnets[0] = '10.99.4.0/24': not inside the VPC CIDR or a secondary CIDR" in msg


def test_secondary_cidr_admits_pod_subnets(tmp_path):
    stages = stage_with(dev__secondaryCidrs=["100.64.0.0/16"], dev__podSubnets=["100.64.0.0/19", "100.64.32.0/19", "100.64.64.0/19"])
    assert problems(tmp_path, stages=stages) == []


def test_subnets_must_not_overlap(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__nodeSubnets=["10.10.0.0/24", "10.10.5.0/24", "10.10.6.0/24"])))
    assert "nodeSubnets[0] = '10.10.0.0/24': overlaps publicSubnets[0] '10.10.0.0/24'" in msg


def test_one_subnet_of_each_kind_per_zone(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__publicSubnets=["10.10.0.0/24", "10.10.1.0/24"])))
    assert "publicSubnets" in msg and "at least 3 items" in msg


def test_kubernetes_version_must_be_supported(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__kubernetesVersion="1.29")))
    assert "kubernetesVersion = '1.29'" in msg and "not supported by the installed aws-cdk-lib" in msg and "1.36" in msg


def test_node_group_sizes_are_ordered(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__nodeGroups__shared__minSize=9)))
    assert "nodeGroups.shared" in msg and "minSize 9 is larger than maxSize 4" in msg


def test_github_provider_is_created_or_referenced(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__github__createOidcProvider=False)))
    assert "oidcProviderArn is required when createOidcProvider is false" in msg


def test_exactly_one_stage_owns_image_repositories(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__ownsImageRepositories=True)))
    assert "ownsImageRepositories" in msg and "exactly one stage" in msg and "['dev', 'prod']" in msg


def test_waf_mode_is_count_or_block(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__waf__mode="log")))
    assert "waf.mode = 'log'" in msg and "'count' or 'block'" in msg


def test_external_dns_policy_is_known(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__externalDnsPolicy="delete-all")))
    assert "externalDnsPolicy = 'delete-all'" in msg


def test_unknown_stage_key_is_rejected(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__natGateway=1)))
    assert msg == "cdk.json: stage 'dev': natGateway: unknown key 'natGateway'"


def test_admin_principal_must_be_an_arn(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__adminPrincipals=["platform-admins"])))
    assert "'platform-admins' is not an IAM role or user ARN" in msg


def test_stage_name_rules(tmp_path):
    raw = stages_raw()
    raw["Production_EU"] = raw.pop("prod")
    found = problems(tmp_path, stages=raw, tenants=tenants_with(lambda t: None))
    assert any("stage 'Production_EU': name" in p and "2-10 lower-case letters" in p for p in found)


# ----------------------------------------------------------------------------------- tenants
def test_tenant_name_must_be_a_dns_label(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t.update({"Bad_Name": t.pop("gamma")}))))
    assert msg.startswith("tenants.yaml: tenant 'Bad_Name': name = 'Bad_Name': tenant names are DNS-1123 labels")


def test_tenant_name_must_fit_the_iam_role(tmp_path):
    long = "a" * 50
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t.update({long: t.pop("gamma")}))))
    assert f"tenant '{long}'" in msg and "IAM role name drupal-{stage}-site-{name} would be" in msg and "max 64" in msg


def test_hosts_are_unique_across_tenants(tmp_path):
    def clash(t):
        t["gamma"]["client"]["ingress"]["hosts"] = ["alpha.sites.example.com"]

    msg = only(problems(tmp_path, tenants=tenants_with(clash)))
    assert "tenant 'gamma': client.ingress.hosts[0] = 'alpha.sites.example.com': host is already used by tenant 'alpha' in stage 'prod'" in msg


def test_tier_must_be_known(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"].update(tier="huge"))))
    assert "tenant 'alpha': platform.tier = 'huge'" in msg and "'small', 'medium' or 'large'" in msg


@pytest.mark.parametrize(
    "schedule, expected",
    [
        ("*/15 * * *", "five fields"),
        ("H H * * *", "H is allowed only in the minute field"),
        ("0 25 * * *", "outside 0-23"),
        ("H/0 * * * *", "between 1 and 59"),
    ],
)
def test_cron_schedule_must_be_valid(tmp_path, schedule, expected):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["client"]["cron"].update(schedule=schedule))))
    assert "tenant 'beta': client.cron.schedule" in msg and expected in msg


def test_image_tag_is_required(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["client"]["image"].pop("tag"))))
    assert msg == "tenants.yaml: tenant 'alpha': client.image.tag: required field is missing"


def test_app_path_must_be_absolute(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["platform"]["image"].update(appPath="var/www/html"))))
    assert "appPath 'var/www/html' must be an absolute path" in msg


def test_web_root_inside_app_path_for_custom_images(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["platform"]["image"].update(webRoot="/srv/web"))))
    assert "tenant 'beta': platform.image" in msg and "webRoot '/srv/web' must be inside appPath '/var/www/html'" in msg


def test_storage_must_be_a_quantity(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"]["database"].update(storage="10 GB"))))
    assert "platform.database.storage = '10 GB': must be a Kubernetes quantity" in msg


def test_stages_must_be_known(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"].update(stages=["dev", "qa"]))))
    assert msg == "tenants.yaml: tenant 'alpha': stages = 'qa': unknown stage (known: dev, prod)"


def test_overrides_must_name_known_stages(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["client"]["overrides"].update(staging={"replicaCount": 1}))))
    assert "client.overrides.staging" in msg and "unknown stage" in msg


def test_high_availability_only_on_tiers_that_fit_it(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"]["database"].update(highAvailability=True))))
    assert "platform.database.highAvailability = True: a highly available database does not fit the medium tier's quota (allowed in: large)" in msg


def test_replicas_within_the_tier_cap(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["client"].update(replicaCount=7))))
    assert "client.replicaCount (stage dev) = 7: the medium tier allows at most 6 Drupal replicas" in msg


def test_autoscaling_maximum_within_the_tier_cap(tmp_path):
    found = problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["client"]["autoscaling"].update(maxReplicas=12)))
    assert found and all("client.autoscaling.maxReplicas" in p and "at most 6" in p for p in found)


def test_autoscaling_range_is_ordered(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["client"]["autoscaling"].update(minReplicas=5))))
    assert "minReplicas 5 is larger than maxReplicas 4" in msg


def test_access_principal_belongs_to_one_tenant(tmp_path):
    def share(t):
        t["gamma"]["platform"]["access"] = [{"principal": "arn:aws:iam::111111111111:role/alpha-developers", "level": "view"}]

    msg = only(problems(tmp_path, tenants=tenants_with(share)))
    assert "tenant 'gamma': platform.access[0].principal" in msg and "already has access to tenant 'alpha'" in msg


def test_access_principal_is_not_a_cluster_admin(tmp_path):
    def admin(t):
        t["gamma"]["platform"]["access"] = [{"principal": "arn:aws:iam::222222222222:role/platform-admins", "level": "operate"}]

    msg = only(problems(tmp_path, tenants=tenants_with(admin)))
    assert "is a cluster admin principal" in msg


def test_client_block_cannot_set_platform_keys(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["client"].update(tier="large"))))
    assert msg == (
        "tenants.yaml: tenant 'alpha': client.tier: 'tier' is owned by the platform team: "
        "set it in the tenant's platform block, not the client block"
    )


def test_client_block_in_one_place_only(tmp_path):
    client = example_tenants()["tenants"]["alpha"]["client"]
    found = problems(tmp_path, clients={"alpha": {"client": client}})
    assert any("clients/alpha.yaml: tenant 'alpha': client" in p and "keep one" in p for p in found)


def test_client_file_errors_name_the_client_file(tmp_path):
    data = example_tenants()
    client = data["tenants"]["alpha"].pop("client")
    client["replicaCount"] = "two"
    found = problems(tmp_path, tenants=data, clients={"alpha": {"client": client}})
    assert any(p.startswith("clients/alpha.yaml: tenant 'alpha': client.replicaCount = 'two'") for p in found), found


def test_client_block_from_its_own_file(tmp_path):
    data = example_tenants()
    client = data["tenants"]["alpha"].pop("client")
    assert problems(tmp_path, tenants=data, clients={"alpha": {"client": client}}) == []


def test_pinned_load_balancer_must_exist_in_each_stage(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"].update(loadBalancer="shared-2"))))
    assert "platform.loadBalancer = 'shared-2': stage 'dev' has load-balancer groups shared-1" in msg


def test_certificate_arns_must_be_acm_arns(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"].update(certificateArns=["arn:aws:iam::1:cert"]))))
    assert "platform.certificateArns" in msg and "is not an ACM certificate ARN" in msg


def test_placement_sizes_only_for_dedicated(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"]["placement"].update(maxSize=3))))
    assert "instanceTypes, minSize and maxSize apply only with dedicated: true" in msg


def test_unknown_tenant_key_is_rejected(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"].update(teir="small"))))
    assert msg == "tenants.yaml: tenant 'alpha': platform.teir: unknown key 'teir'"


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "tenants.yaml"
    path.write_text("tenants:\n  alpha: [unclosed\n")
    with pytest.raises(ConfigError) as err:
        load_config(stages_raw(), path)
    assert str(err.value.problems[0]).startswith(f"{path}:3: is not valid YAML: ")


def test_missing_tenants_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(stages_raw(), tmp_path / "nope.yaml")


def test_every_mistake_is_reported_at_once(tmp_path):
    def many(t):
        t["alpha"]["platform"]["tier"] = "huge"
        t["beta"]["client"]["cron"]["schedule"] = "every hour"
        t["gamma"]["client"]["image"]["tag"] = ""

    found = problems(tmp_path, tenants=tenants_with(many))
    assert len(found) == 3
    assert {p.split(":")[1].strip() for p in found} == {"tenant 'alpha'", "tenant 'beta'", "tenant 'gamma'"}


# ----------------------------------------------------------------------------------- hashing
def test_h_minute_is_stable_and_keeps_the_frequency():
    minute = resolve_cron("H/15 * * * *", "alpha").split()[0]
    start, step = minute.split("/")
    assert step == "15" and 0 <= int(start) < 15
    assert resolve_cron("H/15 * * * *", "alpha") == resolve_cron("H/15 * * * *", "alpha")
    assert 0 <= int(resolve_cron("H 3 * * *", "beta").split()[0]) < 60


def test_h_minutes_spread_hundreds_of_sites():
    minutes = {resolve_cron("H * * * *", f"site{i}").split()[0] for i in range(300)}
    assert len(minutes) >= 50  # sixty possible minutes; a constant would give one


def test_rendezvous_moves_about_one_in_n_sites_when_a_group_is_added():
    names = [f"site{i}" for i in range(1000)]
    three = {n: rendezvous(n, ["shared-1", "shared-2", "shared-3"]) for n in names}
    four = {n: rendezvous(n, ["shared-1", "shared-2", "shared-3", "shared-4"]) for n in names}
    moved = [n for n in names if three[n] != four[n]]
    assert all(four[n] == "shared-4" for n in moved)  # sites only move to the new group
    assert 150 < len(moved) < 350  # about a quarter


def test_database_storage_must_fit_the_tier_quota(tmp_path):
    found = problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"]["platform"]["database"].update(storage="200Gi")))
    msg = only(found)
    assert "tenant 'gamma': platform.database.storage (stage prod) = '200Gi': does not fit the large tier's quota" in msg
    assert "requests.storage needs 605.0Gi, quota 400.0Gi" in msg


# ----------------------------------------------------------------------------------- mail
def test_mail_mode_defaults_to_catch_outside_production(tmp_path):
    config = load_config(stages_raw(), TENANTS)
    assert (config.stages["dev"].production, config.stages["dev"].mail_mode) == (False, "catch")
    assert (config.stages["prod"].production, config.stages["prod"].mail_mode) == (True, "ses")
    raw = stage_with(dev__mail={"mode": "ses"})
    assert load_config(raw, TENANTS).stages["dev"].mail_mode == "ses"


def test_mail_mode_must_be_ses_or_catch(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__mail={"mode": "smtp"})))
    assert msg.startswith("cdk.json: stage 'dev': mail.mode") and "'ses' or 'catch'" in msg


def test_real_sending_stage_must_exist(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(
        lambda t: t["alpha"]["platform"].update(mail={"realSendingStages": ["qa"]}))))
    assert msg == "tenants.yaml: tenant 'alpha': platform.mail.realSendingStages = 'qa': unknown stage (known: dev, prod)"


def test_mail_from_domain_must_be_a_dns_name(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(
        lambda t: t["alpha"]["platform"].update(mail={"fromDomain": "Mail Example"}))))
    assert "platform.mail.fromDomain" in msg and "lower-case DNS name" in msg


# ----------------------------------------------------------------------------------- cron (what Kubernetes accepts)
@pytest.mark.parametrize(
    "schedule",
    ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "@every 1h30m",
     "0 3 * * 1-5", "*/10 * * * *", "0 0 1,15 * *", "30 2 * JAN-MAR MON-FRI", "0 4 ? * sun", "5/15 * * * *",
     "0 22 * * 6", "H 3 * * *", "H/20 * * * *", "H,30 * * * *"],
)
def test_cron_accepts_what_kubernetes_accepts_and_h(tmp_path, schedule):
    assert problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["client"]["cron"].update(schedule=schedule))) == []


@pytest.mark.parametrize(
    "schedule, expected",
    [
        ("0 3 * * 7", "day of week field: 7 is outside 0-6"),  # robfig/cron v3 (the CronJob controller): Sunday is 0
        ("0 3 * 13 *", "month field: 13 is outside 1-12"),
        ("0 3 * FOO *", "month field: 'FOO' is not a number or a name (JAN, FEB"),
        ("0 5-2 * * *", "hour field '5-2': range '5-2' starts after it ends"),
        ("*/0 * * * *", "minute field '*/0': the step after '/' must be a positive number"),
        ("0 0 0 * *", "day of month field: 0 is outside 1-31"),
        ("@reboot", "unknown descriptor '@reboot'"),
        ("@every soon", "@every needs a duration"),
        ("TZ=Europe/Paris 0 3 * * *", "spec.timeZone"),
        ("0 H * * *", "hour field 'H': H is allowed only in the minute field"),
        ("H/60 * * * *", "H or H/step with a step between 1 and 59"),
        ("", "an empty schedule never runs"),
        ("0 3 * * * *", "five fields"),
    ],
)
def test_cron_rejects_the_rest_naming_the_field(tmp_path, schedule, expected):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["beta"]["client"]["cron"].update(schedule=schedule))))
    assert "tenant 'beta': client.cron.schedule" in msg and expected in msg


def test_descriptors_pass_through_to_the_cronjob():
    assert resolve_cron("@daily", "alpha") == "@daily"


# ----------------------------------------------------------------------------------- values that cannot work or would be ignored
def test_flow_log_retention_must_be_a_cloudwatch_period(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__flowLogRetentionDays=45)))
    assert "flowLogRetentionDays = 45: CloudWatch Logs keeps logs for one of 1, 3, 5" in msg


@pytest.mark.parametrize("key, value, expected", [("aws:owner", "me", "reserved"), ("team", "x" * 257, "up to 256"),
                                                   ("bad{key}", "v", "1-128 letters")])
def test_tags_must_be_accepted_by_aws(tmp_path, key, value, expected):
    msg = only(problems(tmp_path, stages=stage_with(dev__tags={key: value})))
    assert f"stage 'dev': tags.{key}" in msg and expected in msg


def test_cluster_endpoint_must_be_reachable(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__endpointAccess={"private": False, "publicCidrs": []})))
    assert "endpointAccess.private = False: with private: false and no publicCidrs nothing could reach the cluster API" in msg


def test_a_repeated_interface_endpoint_is_refused(tmp_path):
    msg = only(problems(tmp_path, stages=stage_with(dev__interfaceEndpoints=["sts", "logs", "sts"])))
    assert "interfaceEndpoints[2] = 'sts': is listed twice" in msg


def test_database_volume_must_be_a_gp3_size(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["platform"]["database"].update(storage="500Mi"))))
    assert "platform.database.storage = '500Mi': an EBS gp3 volume holds 1Gi to 16Ti" in msg


def test_a_host_longer_than_an_alb_rule_accepts_is_refused(tmp_path):
    host = "a" * 60 + "." + "b" * 60 + ".sites.example.com"
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"]["client"]["ingress"].update(hosts=[host]))))
    assert "client.ingress.hosts[0]" in msg and "at most 128" in msg


def test_an_override_for_a_stage_the_tenant_is_not_in_would_be_ignored(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"]["client"].update(overrides={"dev": {"replicaCount": 2}}))))
    assert "tenant 'gamma': client.overrides.dev = 'dev': the tenant does not run in stage 'dev' (its stages: prod): this override would be ignored" in msg


def test_a_certificate_no_host_needs_would_be_ignored(tmp_path):
    arn = "arn:aws:acm:eu-west-1:222222222222:certificate/11111111-2222-3333-4444-555555555555"
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"]["platform"].update(certificateArns=[arn]))))
    assert f"platform.certificateArns[0] = '{arn}'" in msg and "would be ignored" in msg


def test_an_empty_stage_list_is_refused(tmp_path):
    msg = only(problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"].update(stages=[]))))
    assert "stages = []: an empty list puts the tenant in no stage" in msg


def test_a_host_outside_the_base_domain_needs_a_certificate_in_that_stage(tmp_path):
    """The README's first `tenants add` example once passed the CLI and failed synth on this rule."""
    found = problems(tmp_path, tenants=tenants_with(lambda t: t.update(delta={
        "client": {"image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "11.3-php8.4-apache"}, "ingress": {"hosts": ["delta.sites.example.com"]}}})))
    msg = only(found)
    assert "tenant 'delta': client.ingress.hosts[0] = 'delta.sites.example.com': host is not under *.dev.sites.example.com" in msg


def test_settings_of_a_switched_off_feature_would_be_ignored(tmp_path):
    found = problems(tmp_path, tenants=tenants_with(lambda t: t["alpha"]["client"].update(
        autoscaling={"enabled": False, "maxReplicas": 4}, cron={"enabled": False, "schedule": "@daily"})))
    assert found == [
        "tenants.yaml: tenant 'alpha': client.autoscaling.maxReplicas = 4: applies only with client.autoscaling.enabled: true; "
        "with enabled: false it would be ignored (remove it)",
        "tenants.yaml: tenant 'alpha': client.cron.schedule = '@daily': applies only with client.cron.enabled: true; "
        "with enabled: false it would be ignored (remove it)",
    ]


def test_a_replica_count_beside_an_enabled_autoscaler_is_refused_with_the_reason(tmp_path):
    """The HPA owns spec.replicas (the chart leaves it out): a count written beside it, or in a stage's override, would be ignored."""
    found = problems(tmp_path, tenants=tenants_with(lambda t: t["gamma"]["client"].update(
        replicaCount=3, overrides={"prod": {"replicaCount": 4}})))
    assert [f.split(": ", 2)[1:] for f in found] == [
        ["tenant 'gamma'", "client.replicaCount = 3: client.autoscaling.enabled is true: the HorizontalPodAutoscaler sets the "
                           "replica count between minReplicas and maxReplicas, so this would be ignored (remove it)"],
        ["tenant 'gamma'", "client.overrides.prod.replicaCount = 4: client.autoscaling.enabled is true: the HorizontalPodAutoscaler "
                           "sets the replica count between minReplicas and maxReplicas, so this would be ignored (remove it)"],
    ]


def test_capacity_counts_the_autoscalers_maximum_not_a_fixed_count(config):
    gamma = config.tenants["gamma"]
    assert gamma.client.autoscaling.enabled and "replica_count" not in gamma.client.model_fields_set
    assert gamma.max_replicas("prod") == gamma.client.autoscaling.max_replicas == 8
    assert config.tenants["alpha"].max_replicas("prod") == 3  # no autoscaler: the stage's fixed count
