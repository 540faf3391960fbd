"""Every configuration rule, reached from every entry point: synth (app.py) and every CLI command.

The catalogue below holds one broken configuration per rule. `test_the_catalogue_covers_every_rule`
enumerates the rules the code has (registered rules, pydantic validators, field patterns) and
fails when one has no case here, so a new rule cannot be added without proving it is reached.
`test_each_rule_is_reported_by_every_entry_point` then feeds each case to app.py's main and to
every command that accepts configuration, and expects exit 1 with the rule's message.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from drupal_platform import config as cfg
from drupal_platform.cli import app as cli_app
from drupal_platform.rules import RULES
from drupal_platform.validation import validate  # noqa: F401 - registers the rules that live there
from tests.conftest import ROOT, TENANTS, stages_raw

ADMIN = "arn:aws:iam::222222222222:role/platform-admins"
PROD_CERT = "arn:aws:acm:eu-west-1:222222222222:certificate/11111111-2222-3333-4444-555555555555"


@dataclass(frozen=True)
class Case:
    rule: str  # a registered rule id, "Model.validator" or "pattern:<regex>"
    expect: str  # a phrase of the message
    stages: Callable[[dict], None] = lambda s: None
    tenants: Callable[[dict], None] = lambda t: None


def _set(path: str, value):
    def mutate(root: dict) -> None:
        *parents, last = path.split(".")
        node = root
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        node[last] = value
    return mutate


CASES = [
    # --- registered rules (drupal_platform.rules.RULES) ---------------------------------
    Case("one-image-owning-stage", "exactly one stage must own", stages=_set("dev.ownsImageRepositories", True)),
    Case("flow-log-retention-is-a-cloudwatch-value", "CloudWatch Logs keeps logs for one of", stages=_set("dev.flowLogRetentionDays", 45)),
    Case("tags-are-accepted-by-aws", "'aws:' prefix", stages=_set("dev.tags.aws:owner", "me")),
    Case("cluster-endpoint-is-reachable", "nothing could reach the cluster API",
         stages=_set("dev.endpointAccess", {"private": False, "publicCidrs": []})),
    Case("lists-have-no-duplicates", "interfaceEndpoints[1] = 'sts': is listed twice", stages=_set("dev.interfaceEndpoints", ["sts", "sts"])),
    Case("stages-are-known", "stages = 'qa': unknown stage", tenants=_set("alpha.stages", ["dev", "qa"])),
    Case("overrides-are-for-the-tenants-stages", "this override would be ignored",
         tenants=_set("gamma.client.overrides", {"dev": {"replicaCount": 2}})),
    Case("switched-off-settings-are-not-written", "with enabled: false it would be ignored",
         tenants=_set("gamma.client.cron", {"enabled": False, "schedule": "0 3 * * *"})),
    Case("replicas-belong-to-the-autoscaler", "the HorizontalPodAutoscaler sets the replica count",
         tenants=_set("gamma.client.replicaCount", 3)),
    Case("settings-the-state-uses", "client.autoscaling = {'enabled': True, 'minReplicas': 3, 'maxReplicas': 8, "
         "'targetCPUUtilizationPercentage': 65}: a decommissioned tenant runs nothing",
         tenants=_set("gamma.platform.state", "decommissioned")),
    Case("hosts-are-unique", "host is already used by tenant 'alpha'", tenants=_set("gamma.client.ingress.hosts", ["alpha.sites.example.com"])),
    Case("high-availability-fits-the-tier", "a highly available database does not fit the medium tier",
         tenants=_set("alpha.platform.database.highAvailability", True)),
    Case("replicas-within-the-tier", "the medium tier allows at most 6 Drupal replicas", tenants=_set("alpha.client.replicaCount", 7)),
    Case("worst-moment-fits-the-quota", "does not fit the large tier's quota", tenants=_set("gamma.platform.database.storage", "200Gi")),
    Case("database-volume-size-is-a-gp3-size", "an EBS gp3 volume holds 1Gi to 16Ti", tenants=_set("alpha.platform.database.storage", "512Mi")),
    Case("access-principal-is-not-a-cluster-admin", "is a cluster admin principal",
         tenants=_set("gamma.platform.access", [{"principal": ADMIN, "level": "view"}])),
    Case("access-principal-belongs-to-one-tenant", "already has access to tenant 'alpha'",
         tenants=_set("gamma.platform.access", [{"principal": "arn:aws:iam::111111111111:role/alpha-developers", "level": "view"}])),
    Case("pinned-load-balancer-exists", "stage 'dev' has load-balancer groups shared-1", tenants=_set("alpha.platform.loadBalancer", "shared-2")),
    Case("certificates-cover-the-hosts", "host is not under *.sites.example.com",
         tenants=_set("alpha.client.ingress.hosts", ["www.alpha-client.example.org"])),
    Case("certificates-are-used", "the certificate would be ignored", tenants=_set("gamma.platform.certificateArns", [PROD_CERT])),
    Case("capacity-fits", "ALB listener rules would need", stages=_set("dev.loadBalancers.rulesPerLoadBalancer", 1)),
    Case("oidc-provider-in-own-account", "must be the provider in the stage's own account 111111111111",
         stages=_set("dev.github", {"createOidcProvider": False, "organisation": "example-org", "platformRepository": "drupal-platform",
                                    "oidcProviderArn": "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com"})),
    Case("one-oidc-provider-per-account", "already creates the GitHub OIDC provider of account 222222222222",
         stages=_set("dev.account", "222222222222")),
    Case("one-pull-through-cache-creator", "no stage creates the pull-through cache rules in account",
         stages=_set("dev.createPullThroughCacheRules", False)),
    Case("shared-quotas-agree", "but the stages sharing it say dev = 2,000, prod = 1,000",
         stages=lambda s: (_set("dev.account", "222222222222")(s), _set("dev.quotas", {"iamRoles": 2000})(s))),
    Case("image-from-an-allowed-registry", "a client may name only a public image",
         tenants=_set("alpha.client.image.repository", "111111111111.dkr.ecr.eu-west-1.amazonaws.com/beta")),
    Case("real-sending-stages-are-known", "platform.mail.realSendingStages = 'qa': unknown stage",
         tenants=_set("alpha.platform.mail", {"realSendingStages": ["qa"]})),
    Case("rollout-canaries-are-running-sites", "rollout.canaries[0] = 'nobody': unknown tenant",
         stages=_set("prod.rollout", {"canaries": ["nobody"]})),
    Case("production-images-are-pinned",
         "client.overrides.prod.image.digest: stage 'prod' is a production stage: pin the image of tag 'v1.4.0' by digest",
         tenants=_set("beta.client.overrides.prod", {"image": {"tag": "v1.4.0"}})),
    Case("client-digest-only-for-client-images", "platformImage.digests: this digest would be ignored",
         tenants=_set("alpha.client.image.digest", "sha256:" + "a" * 64)),
    Case("production-platform-image-is-pinned",
         "platformImage.digests.11.3.1-php8.4-apache-drush13.7.0: stage 'prod' is a production stage and tenant(s) alpha, gamma run",
         stages=lambda s: s["prod"].pop("platformImage")),
    Case("PlatformImageConfig._digests", "platformImage.digests.11.3.1-php8.4-apache-drush13.7.0 = 'sha256:ABC': must be an image digest",
         stages=_set("prod.platformImage.digests", {"11.3.1-php8.4-apache-drush13.7.0": "sha256:ABC"})),
    Case("mail-domains-are-unique", "mail domain is already used by tenant 'beta'",
         tenants=_set("gamma.platform.mail", {"fromDomain": "beta-client.example.org"})),
    Case("TenantMail._from_domain", "lower-case DNS name", tenants=_set("alpha.platform.mail", {"fromDomain": "Mail Example"})),
    # --- pydantic validators ----------------------------------------------------------------
    Case("NodeGroupConfig._sizes", "minSize 5 is larger than maxSize 4", stages=_set("dev.nodeGroups.shared.minSize", 5)),
    Case("NodeGroupConfig._no_desired_size", "nodeGroups.shared.desiredSize = 2: is owned by the Cluster Autoscaler",
         stages=_set("dev.nodeGroups.shared.desiredSize", 2)),
    Case("QuotasConfig._known", "quotas.iamRole = 5000: unknown quota", stages=_set("dev.quotas", {"iamRole": 5000})),
    Case("StageConfig._public_registries", "publicImageRegistries[0] = '111111111111.dkr.ecr.eu-west-1.amazonaws.com': is a private ECR registry",
         stages=_set("dev.publicImageRegistries", ["111111111111.dkr.ecr.eu-west-1.amazonaws.com"])),
    Case("EndpointAccessConfig._cidrs", "publicCidrs[0] = '203.0.113.7/24': not a network address",
         stages=_set("dev.endpointAccess.publicCidrs", ["203.0.113.7/24"])),
    Case("DnsConfig._domain", "must be a lower-case DNS name", stages=_set("dev.dns.baseDomain", "Dev.Example.COM")),
    Case("GithubConfig._provider", "oidcProviderArn is required when createOidcProvider is false",
         stages=_set("dev.github.createOidcProvider", False)),
    Case("StageConfig._name", "stage names are 2-10 lower-case letters",
         stages=lambda s: s.update({"Dev_EU": s.pop("dev")}), tenants=lambda t: [t[n].pop("stages", None) for n in ("alpha",)]),
    Case("StageConfig._account", "must be a 12-digit AWS account ID", stages=_set("dev.account", "12345")),
    Case("StageConfig._region", "must be an AWS region name", stages=_set("dev.region", "Ireland")),
    Case("StageConfig._admins", "adminPrincipals[0] = 'admins': 'admins' is not an IAM role or user ARN",
         stages=_set("dev.adminPrincipals", ["admins"])),
    Case("StageConfig._network", "podSubnets[0] = '10.10.32.0/20': must be a /19",
         stages=_set("dev.podSubnets", ["10.10.32.0/20", "10.10.64.0/19", "10.10.96.0/19"])),
    Case("StageConfig._k8s", "not supported by the installed aws-cdk-lib", stages=_set("dev.kubernetesVersion", "1.29")),
    Case("Placement._dedicated_only", "apply only with dedicated: true", tenants=_set("alpha.platform.placement.maxSize", 3)),
    Case("Database._quantity", "must be a Kubernetes quantity", tenants=_set("alpha.platform.database.storage", "10 GB")),
    Case("ImagePaths._paths", "must be an absolute path", tenants=_set("beta.platform.image.appPath", "var/www/html")),
    Case("AccessGrant._arn", "must be an IAM role or user ARN", tenants=_set("alpha.platform.access.0.principal", "alpha-developers")),
    Case("PlatformBlock._certs", "is not an ACM certificate ARN", tenants=_set("beta.platform.certificateArns", ["arn:aws:iam::1:cert"])),
    Case("Ingress._hosts", "is not a lower-case DNS host name", tenants=_set("gamma.client.ingress.hosts", ["Gamma Site"])),
    Case("Autoscaling._range", "minReplicas 5 is larger than maxReplicas 4", tenants=_set("beta.client.autoscaling.minReplicas", 5)),
    Case("Cron._schedule", "day of week field: 7 is outside 0-6", tenants=_set("beta.client.cron.schedule", "0 3 * * 7")),
    # --- field patterns (plain words instead of the regular expression) ---------------------
    Case(r"pattern:^Z[A-Z0-9]{1,31}$", "must be a Route 53 hosted zone ID", stages=_set("dev.dns.hostedZoneId", "zone-1")),
    Case(r"pattern:^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "must be a GitHub organisation name", stages=_set("dev.github.organisation", "-org")),
    Case(r"pattern:^[A-Za-z0-9._-]{1,100}$", "must be a GitHub repository name", stages=_set("dev.github.platformRepository", "a b")),
    Case(r"pattern:^1\.[0-9]{2}$", "must be a Kubernetes minor version", stages=_set("dev.kubernetesVersion", "v1.36")),
    Case(r"pattern:^[a-z0-9][a-z0-9._/-]{1,29}$", "must be an ECR repository prefix", stages=_set("dev.pullThroughCachePrefix", "ECR")),
    Case(f"pattern:{cfg.PULL_THROUGH_SECRET}", "registryCredentials.dockerHub = 'docker-hub': must be a Secrets Manager secret name",
         stages=_set("dev.registryCredentials", {"dockerHub": "docker-hub"})),
    Case(r"pattern:^[A-Za-z0-9_][A-Za-z0-9_.-]*$", "must be an image tag", tenants=_set("alpha.client.image.tag", "-latest")),
    Case(f"pattern:{cfg.DIGEST}", "client.overrides.prod.image.digest = 'sha256:f2038598': must be an image digest: 'sha256:' and 64 lower-case",
         tenants=_set("beta.client.overrides.prod", {"image": {"tag": "v1.4.0", "digest": "sha256:f2038598"}})),
    # --- tenant names (checked before the schema) ---------------------------------------------
    Case("tenant-name", "tenant names are DNS-1123 labels", tenants=lambda t: t.update({"Bad_Name": t.pop("gamma")})),
]


def _models() -> list[type]:
    seen, todo = [], [cfg.StageConfig, cfg.TenantConfig]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.append(model)
        for f in model.model_fields.values():
            for arg in getattr(f.annotation, "__args__", None) or (f.annotation,):
                for inner in getattr(arg, "__args__", None) or (arg,):
                    if isinstance(inner, type) and issubclass(inner, cfg.ConfigModel):
                        todo.append(inner)
    return seen


def _validators() -> set[str]:
    out = set()
    for model in _models():
        decorators = model.__pydantic_decorators__
        for name in (*decorators.field_validators, *decorators.model_validators):
            out.add(f"{model.__name__}.{name}")
    return out


def _patterns() -> set[str]:
    out = set()
    for model in _models():
        for f in model.model_fields.values():
            for m in f.metadata:
                if getattr(m, "pattern", None):
                    out.add(m.pattern)
    return out


def test_the_catalogue_covers_every_rule():
    have = {c.rule for c in CASES}
    needed = set(RULES) | _validators() | {f"pattern:{p}" for p in _patterns()}
    assert sorted(needed - have) == [], "add a Case for each new rule (tests/foundation/test_rule_coverage.py)"
    assert sorted(have - needed - {"tenant-name"}) == [], "cases for rules that no longer exist"


def test_every_pattern_has_plain_words():
    assert sorted(_patterns() - set(cfg.PATTERN_WORDS)) == []


# --- entry points ---------------------------------------------------------------------------
def _workspace(tmp: Path, case: Case) -> tuple[Path, Path, dict]:
    stages = copy.deepcopy(stages_raw())
    tenants = yaml.safe_load(TENANTS.read_text())
    case.stages(stages)
    case.tenants(tenants["tenants"])
    context = json.loads((ROOT / "cdk.json").read_text())
    context["context"]["stages"] = stages
    (tmp / "cdk.json").write_text(json.dumps(context, indent=2))
    (tmp / "tenants.yaml").write_text(yaml.safe_dump(tenants, sort_keys=False, width=4096))
    return tmp / "cdk.json", tmp / "tenants.yaml", stages


def _app(tmp: Path, context_file: Path, tenants: Path, stages: dict, capsys) -> tuple[int, str]:
    import app  # the CDK entry point (ROOT/app.py)

    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        app.main(context={"stages": stages, "tenants": str(tenants)})
    return int(exit_info.value.code), capsys.readouterr().err


COMMANDS = {
    "validate": ["validate"],
    "tenants list": ["tenants", "list"],
    "tenants add": ["tenants", "add", "zeta", "--host", "zeta.sites.example.com", "--stage", "prod"],
    "tenants set-tag": ["tenants", "set-tag", "beta", "2026.12.01-1", "--digest", "sha256:" + "d" * 64],
    "capacity": ["capacity"],
    "job": ["job", "prod", "beta", "status"],
    "debug-pod": ["debug-pod", "prod", "beta"],
    "client-kit": ["client-kit", "beta", "--out", "{tmp}/kit"],
    "mail-dns": ["mail-dns", "prod", "beta"],
}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.rule)
def test_each_rule_is_reported_by_every_entry_point(case, tmp_path, capsys):
    context_file, tenants, stages = _workspace(tmp_path, case)
    before = tenants.read_bytes()
    results = {"app.py": _app(tmp_path, context_file, tenants, stages, capsys)}
    runner = CliRunner()
    for name, argv in COMMANDS.items():
        argv = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--context-file", str(context_file), "--tenants", str(tenants)]
        result = runner.invoke(cli_app, argv, env={"COLUMNS": "250"}, catch_exceptions=False)
        results[name] = (result.exit_code, result.stderr)
    missing = {name: err for name, (code, err) in results.items() if code != 1 or case.expect not in err}
    assert missing == {}, f"rule {case.rule} not reported by: {', '.join(missing)}"
    assert tenants.read_bytes() == before  # tenants add / set-tag wrote nothing
    assert not (tmp_path / "kit").exists()  # client-kit wrote nothing
