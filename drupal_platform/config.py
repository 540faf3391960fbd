"""Typed configuration: stages (cdk.json context) and tenants (tenants.yaml, clients/<name>.yaml).

Everything below `app.py` receives these objects; nothing else reads files or the
environment. Every rule lives here and reports a `Problem` that names the file, the stage
or tenant, the field, the bad value and the rule, so that a file with several mistakes is
reported all at once and without a traceback.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic.alias_generators import to_camel

from drupal_platform import platform_image
from drupal_platform.aws_quotas import QUOTAS
from drupal_platform.contracts import split_hosts_by_certificate
from drupal_platform.rules import RuleContext, rule
from drupal_platform.tiers import TIERS, TierName

# --------------------------------------------------------------------------------------
# Contracts that other modules share
# --------------------------------------------------------------------------------------
OFFICIAL_APP_PATH = "/opt/drupal"
NAMESPACE_PREFIX = "drupal-site-"
IAM_ROLE_MAX = 64
DNS1123_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
HOSTNAME = re.compile(r"^(\*\.)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,63}$")
QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$")
IAM_PRINCIPAL_ARN = re.compile(r"^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/[\w+=,.@/-]+$")
ACM_ARN = re.compile(r"^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[0-9a-f-]{36}$")
STAGE_NAME = re.compile(r"^[a-z][a-z0-9]{1,9}$")
ECR_PUBLIC_REGISTRY = "public.ecr.aws"
PUBLIC_REGISTRY_ENTRY = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9._-]+)*$")
PRIVATE_ECR_HOST = re.compile(r"^[0-9]{12}\.dkr\.ecr(-fips)?\.")
# An ALB host-header condition value is at most 128 characters.
ALB_HOST_MAX = 128
PLATFORM_OWNED_CLIENT_KEYS = {
    "tier", "state", "placement", "database", "appPath", "webRoot", "loadBalancer",
    "certificateArns", "access", "platform", "stages",
}
# Longest role name is built from this pattern; 'site' keeps it readable in the console.
ROLE_NAME_PATTERN = "drupal-{stage}-site-{name}"


class ConfigModel(BaseModel):
    """Base: unknown keys are errors, YAML/JSON keys are camelCase."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, populate_by_name=True, frozen=True
    )


# --------------------------------------------------------------------------------------
# Problems
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    file: str
    scope: str  # "stage 'dev'" or "tenant 'alpha'"
    field: str
    value: Any
    rule: str
    line: int | None = None  # filled in by validation.validate from the file's key positions
    rule_id: str = dataclass_field(default="", compare=False)  # the registered rule that found it ("" = schema)

    def __str__(self) -> str:
        value = "" if self.value is _MISSING else f" = {_shown(self.value)}"
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.scope == "file":  # the file itself: unreadable, empty, not a mapping, a wrong top-level key
            return f"{where}: {self.rule}" if self.field == "(root)" else f"{where}: {self.field}: {self.rule}"
        return f"{where}: {self.scope}: {self.field}{value}: {self.rule}"


_MISSING = object()


def _shown(value: Any) -> str:
    """The value as a reader recognises it; never a whole mapping."""
    return repr(value)


class ConfigError(Exception):
    """All problems found in the configuration, printed one per line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Invalid(ValueError):
    """Raised by a validator to report problems at fields below the one it validates.

    Each item is (field path relative to the validated object, e.g. "minSize" or "[2]",
    the value as written, the rule in plain words), so a validator of a whole mapping
    points at the key to change instead of printing the mapping.
    """

    def __init__(self, *items: tuple[str, Any, str]):
        self.items = list(items)
        super().__init__("; ".join(f"{f}: {r}" for f, _, r in items))


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(root)"


def _join(field: str, sub: str) -> str:
    if field == "(root)":
        return sub
    return field + sub if sub.startswith("[") else f"{field}.{sub}"


def _dig(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return data


# ECR requires the name of a pull-through cache rule's secret to start with ecr-pullthroughcache/.
PULL_THROUGH_SECRET = r"^ecr-pullthroughcache/[A-Za-z0-9/_+=.@-]{1,480}$"

# Plain words for every `pattern=` a field uses (a test requires an entry for each).
PATTERN_WORDS = {
    PULL_THROUGH_SECRET: "must be a Secrets Manager secret name starting with ecr-pullthroughcache/ (ECR requires it), "
    "then up to 480 letters, digits or /_+=.@-",
    r"^Z[A-Z0-9]{1,31}$": "must be a Route 53 hosted zone ID: 'Z' and up to 31 upper-case letters or digits",
    r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$": "must be a GitHub organisation name: up to 39 letters, digits or '-', not starting with '-'",
    r"^[A-Za-z0-9._-]{1,100}$": "must be a GitHub repository name: up to 100 letters, digits, '.', '_' or '-'",
    r"^1\.[0-9]{2}$": "must be a Kubernetes minor version such as 1.36 (quote it in YAML/JSON)",
    r"^[a-z0-9][a-z0-9._/-]{1,29}$": "must be an ECR repository prefix: 2-30 lower-case letters, digits, '.', '_', '/' or '-'",
    r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$": "must be an image tag: letters, digits, '_', '.' and '-', not starting with '.' or '-' (quote it in YAML)",
}

# Plain words for the schema's own checks, by pydantic error type.
_TYPE_WORDS = {
    "int_type": "must be a whole number", "int_parsing": "must be a whole number", "int_from_float": "must be a whole number",
    "float_type": "must be a number", "float_parsing": "must be a number",
    "bool_type": "must be true or false", "bool_parsing": "must be true or false",
    "string_type": "must be text (quote it)", "list_type": "must be a list", "set_type": "must be a list",
    "dict_type": "must be a mapping of keys to values", "model_type": "must be a mapping of keys to values",
    "model_attributes_type": "must be a mapping of keys to values", "none_required": "must be empty",
}


def _words(e: dict[str, Any]) -> str:
    """The rule behind one schema error, in our words rather than the library's."""
    kind, ctx = e["type"], e.get("ctx") or {}
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    if kind == "missing":
        return "required field is missing"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()))
        return {"greater_than_equal": "must be at least", "greater_than": "must be more than",
                "less_than_equal": "must be at most", "less_than": "must be less than"}[kind] + f" {bound}"
    if kind == "too_short":
        return f"must have at least {ctx.get('min_length')} items (has {ctx.get('actual_length')})"
    if kind == "too_long":
        return f"must have at most {ctx.get('max_length')} items (has {ctx.get('actual_length')})"
    if kind == "string_too_short":
        return "must not be empty" if ctx.get("min_length") == 1 else f"must be at least {ctx.get('min_length')} characters"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return PATTERN_WORDS.get(ctx.get("pattern"), "has characters or a form this field does not accept")
    if kind in ("literal_error", "enum"):
        return f"must be {ctx.get('expected')}"
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", e["msg"]))
    return e["msg"].replace("Input should be", "must be")


def _problems_from(err: ValidationError, file: str, scope: str, data: Any, prefix: str = "") -> list[Problem]:
    out = []
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        field = _loc(loc)
        if prefix:
            field = f"{prefix}.{field}" if field != "(root)" else prefix
        value = _dig(data, loc)
        error = (e.get("ctx") or {}).get("error")
        if isinstance(error, Invalid):
            for sub, sub_value, rule in error.items:
                out.append(Problem(file, scope, _join(field, sub), sub_value, rule))
            continue
        rule = _words(e)
        if e["type"] == "extra_forbidden":
            key = str(loc[-1])
            if prefix.startswith("client") or (loc and loc[0] == "client"):
                if key in PLATFORM_OWNED_CLIENT_KEYS:
                    rule = f"'{key}' is owned by the platform team: set it in the tenant's platform block, not the client block"
                else:
                    rule = f"unknown key '{key}'"
            else:
                rule = f"unknown key '{key}'"
            value = _MISSING
        elif e["type"] == "missing":
            value = _MISSING
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            value = _MISSING  # the field path says where; a whole mapping says nothing more
        out.append(Problem(file, scope, field, value, rule))
    return out


# --------------------------------------------------------------------------------------
# Stage configuration (cdk.json context "stages")
# --------------------------------------------------------------------------------------
class NodeGroupConfig(ConfigModel):
    instance_types: list[str] = Field(min_length=1, description="EC2 instance types, first preferred")
    min_size: int = Field(ge=0, le=100, description="per AZ; a new group starts with this many nodes")
    max_size: int = Field(ge=1, le=100, description="per AZ; the capacity guard counts this")

    @model_validator(mode="before")
    @classmethod
    def _no_desired_size(cls, data: Any) -> Any:
        # The Cluster Autoscaler owns the number of nodes between minSize and maxSize: a
        # desiredSize in the template would reset the fleet whenever it changed.
        if isinstance(data, dict) and "desiredSize" in data:
            raise Invalid(("desiredSize", data["desiredSize"], "is owned by the Cluster Autoscaler: remove it (a new group starts at minSize)"))
        return data

    @model_validator(mode="after")
    def _sizes(self) -> NodeGroupConfig:
        if self.min_size > self.max_size:
            raise Invalid(("minSize", self.min_size, f"minSize {self.min_size} is larger than maxSize {self.max_size}"))
        return self


class NodeGroupsConfig(ConfigModel):
    system: NodeGroupConfig = Field(description="platform services; no taint")
    shared: NodeGroupConfig = Field(description="tenants; taint dedicated=shared:NoSchedule")


class EndpointAccessConfig(ConfigModel):
    private: bool = Field(True, description="API reachable from inside the VPC")
    public_cidrs: list[str] = Field(default_factory=list, description="CIDRs allowed to reach the public endpoint; empty = private only")

    @field_validator("public_cidrs")
    @classmethod
    def _cidrs(cls, v: list[str]) -> list[str]:
        bad = []
        for i, c in enumerate(v):
            try:
                ipaddress.ip_network(c, strict=True)
            except ValueError as exc:
                bad.append((f"[{i}]", c, f"not a network address ({exc})"))
        if bad:
            raise Invalid(*bad)
        return v


class DnsConfig(ConfigModel):
    base_domain: str = Field(description="tenants' hosts under it use the stage's wildcard certificate")
    hosted_zone_id: str = Field(pattern=r"^Z[A-Z0-9]{1,31}$", description="Route 53 public hosted zone of base_domain")

    @field_validator("base_domain")
    @classmethod
    def _domain(cls, v: str) -> str:
        if not HOSTNAME.match(v):
            raise ValueError("must be a lower-case DNS name such as dev.example.com")
        return v


class LoadBalancerConfig(ConfigModel):
    groups: int = Field(ge=1, le=50, description="ALB ingress groups: shared-1 .. shared-N")
    rules_per_load_balancer: int = Field(100, ge=1, description="account quota: listener rules per ALB")
    certificates_per_load_balancer: int = Field(25, ge=1, description="account quota: certificates per ALB")
    load_balancers_per_region: int = Field(50, ge=1, description="account quota: ALBs per region")


class GithubConfig(ConfigModel):
    create_oidc_provider: bool = Field(description="this stage creates the account's GitHub OIDC provider")
    oidc_provider_arn: str | None = Field(None, description="existing provider when not created here")
    organisation: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$")
    platform_repository: str = Field(pattern=r"^[A-Za-z0-9._-]{1,100}$")

    @model_validator(mode="after")
    def _provider(self) -> GithubConfig:
        if not self.create_oidc_provider and not self.oidc_provider_arn:
            raise Invalid(("oidcProviderArn", _MISSING, "oidcProviderArn is required when createOidcProvider is false"))
        if self.create_oidc_provider and self.oidc_provider_arn:
            raise Invalid(("oidcProviderArn", self.oidc_provider_arn, "set either createOidcProvider: true or oidcProviderArn, not both"))
        return self


class WafConfig(ConfigModel):
    mode: Literal["count", "block"] = Field(description="count logs matches only; block enforces")
    rate_limit: int = Field(2000, ge=100, le=2_000_000_000, description="requests per 5 minutes per IP")


InterfaceEndpoint = Literal["ecr.api", "ecr.dkr", "sts", "secretsmanager", "logs"]


class RegistryCredentialsConfig(ConfigModel):
    """Secrets Manager secrets (in the stage's account and region) holding the upstream
    credentials ECR pull-through cache rules need: {"username": ..., "accessToken": ...}.
    ECR requires the name prefix ecr-pullthroughcache/. Created by hand (README)."""

    docker_hub: str = Field("ecr-pullthroughcache/docker-hub", pattern=PULL_THROUGH_SECRET,
                            description="Docker Hub user and access token (Percona, Velero, Grafana images)")
    github: str = Field("ecr-pullthroughcache/github", pattern=PULL_THROUGH_SECRET,
                        description="GitHub user and a classic token with read:packages (ghcr.io images)")


class QuotasConfig(ConfigModel):
    """The stage account's applied AWS quotas where AWS raised them above the default
    (drupal_platform/aws_quotas.py lists each with its default); the capacity guard counts
    against these. Quotas AWS does not adjust cannot be set."""

    managed_node_groups_per_cluster: int | None = Field(None, ge=1, description="Amazon EKS: managed node groups per cluster (default 30)")
    iam_roles: int | None = Field(None, ge=1, description="IAM: roles per account (default 1,000; every stage in the account counts)")
    iam_oidc_providers: int | None = Field(None, ge=1, description="IAM: OpenID Connect providers per account (default 100)")
    cloud_formation_stacks: int | None = Field(None, ge=1, description="CloudFormation: stacks per account and region (default 2,000)")
    ecr_repositories: int | None = Field(None, ge=1, description="Amazon ECR: repositories per account and region (default 100,000)")
    vpc_cidr_blocks: int | None = Field(None, ge=1, le=50, description="Amazon VPC: IPv4 CIDR blocks per VPC (default 5, at most 50)")

    @model_validator(mode="before")
    @classmethod
    def _known(cls, data: Any) -> Any:
        if isinstance(data, dict):
            settable = sorted(k for k, q in QUOTAS.items() if q.adjustable)
            bad = []
            for key, value in data.items():
                quota = QUOTAS.get(key)
                if quota is None:
                    bad.append((str(key), value, f"unknown quota (known: {', '.join(settable)})"))
                elif not quota.adjustable:
                    bad.append((key, value, f"{quota.console} is a fixed AWS limit of {quota.default:,}: it cannot be raised"))
                elif quota.default and isinstance(value, int) and value < quota.default:
                    bad.append((key, value, f"is below the AWS default {quota.default:,}: set only quotas AWS raised for this account"))
            if bad:
                raise Invalid(*bad)
        return data

    def limit(self, key: str) -> int:
        """The applied value: this setting, else the AWS default."""
        value = getattr(self, _snake(key), None) if QUOTAS[key].adjustable else None
        return value if value is not None else QUOTAS[key].default


# Most tenant stacks `drupal-platform rollout` deploys at once (README "Rolling out a stage in
# waves"): each tenant stack applies its one manifest through the cluster's kubectl provider,
# a handler Lambda without reserved concurrency (aws-cdk-lib 2.275) invoked by a
# provider-framework Lambda that waits for it, so N stacks hold 2 x N concurrent executions
# (4 x N once a deploy gate is added per tenant); 20 keeps that at 80 of the account's
# default 1,000 shared with every other function, and 20 parallel `kubectl apply` of a
# whole tenant chart is a load the EKS API server absorbs next to the controllers.
MAX_ROLLOUT_CONCURRENCY = 20


class RolloutConfig(ConfigModel):
    """How `drupal-platform rollout <stage>` deploys the stage's tenant stacks in waves."""

    canaries: list[str] = Field(
        default_factory=list,
        description="active tenants of this stage deployed first, in a wave of their own, before any other tenant",
    )
    wave_size: int = Field(25, ge=1, le=1000, description="tenant stacks per wave after the canaries")
    concurrency: int = Field(
        10, ge=1, le=MAX_ROLLOUT_CONCURRENCY,
        description=f"tenant stacks `cdk deploy --concurrency` deploys at once within a wave (at most {MAX_ROLLOUT_CONCURRENCY}: "
        "the kubectl provider Lambda and the account's Lambda concurrency bound it)",
    )


MAIL_MODES = ("ses", "catch")


class MailConfig(ConfigModel):
    """How a stage's sites send mail (README "Mail")."""

    mode: Literal["ses", "catch"] | None = Field(
        None,
        description="ses: real delivery through Amazon SES SMTP (TLS); catch: every site's mail goes to the "
        "platform's Mailpit and reaches nobody. Default: ses in a production stage, catch elsewhere",
    )


class StageConfig(ConfigModel):
    name: str = Field(description="set from the key in cdk.json")
    account: str = Field(description="12-digit AWS account ID")
    region: str = Field(description="AWS region, e.g. eu-west-1")
    availability_zones: list[str] = Field(min_length=3, max_length=3)
    vpc_cidr: str
    secondary_cidrs: list[str] = Field(
        default_factory=list,
        description="IPv4 CIDR blocks (/16 to /28) associated with the VPC, e.g. 100.64.0.0/16 for pod subnets (EKS custom networking)",
    )
    public_subnets: list[str] = Field(min_length=3, max_length=3)
    node_subnets: list[str] = Field(min_length=3, max_length=3, description="one per AZ, /24 or larger (/16 at most): nodes' primary addresses")
    pod_subnets: list[str] = Field(
        min_length=3, max_length=3,
        description="one per AZ, /19 or larger (/16 at most), for VPC CNI custom networking; usually from a secondary CIDR such as 100.64.0.0/16",
    )
    kubernetes_version: str = Field("1.36", pattern=r"^1\.[0-9]{2}$")
    node_groups: NodeGroupsConfig
    nat_gateways: int = Field(ge=1, le=3)
    endpoint_access: EndpointAccessConfig = Field(default_factory=EndpointAccessConfig)
    admin_principals: list[str] = Field(default_factory=list)
    dns: DnsConfig
    load_balancers: LoadBalancerConfig
    github: GithubConfig
    owns_image_repositories: bool = Field(False, description="exactly one stage owns tenants' ECR repositories")
    waf: WafConfig
    external_dns_policy: Literal["sync", "upsert-only"] = "upsert-only"
    pull_through_cache_prefix: str = Field("ecr-public", pattern=r"^[a-z0-9][a-z0-9._/-]{1,29}$")
    create_pull_through_cache_rules: bool = Field(
        True,
        description="this stage creates the ECR pull-through cache rule(s) under pullThroughCachePrefix; false when "
        "another stage in the same account and region with the same prefix creates them (one rule per prefix per registry)",
    )
    public_image_registries: list[str] = Field(
        default_factory=lambda: [ECR_PUBLIC_REGISTRY],
        min_length=1,
        description="registries (or registry/path prefixes) a tenant's client.image.repository may name; "
        "a tenant that names none runs its own repository. Private ECR registries are never allowed here",
    )
    registry_credentials: RegistryCredentialsConfig = Field(
        default_factory=RegistryCredentialsConfig, description="secrets of the Docker Hub and GHCR pull-through cache rules"
    )
    interface_endpoints: list[InterfaceEndpoint] = Field(
        default_factory=lambda: ["ecr.api", "ecr.dkr", "sts", "secretsmanager", "logs"]
    )
    flow_log_retention_days: int = Field(90, ge=1)
    backup_retention_days: int = Field(35, ge=1, le=3650)
    tags: dict[str, str] = Field(default_factory=dict)
    quotas: QuotasConfig = Field(default_factory=QuotasConfig, description="AWS quotas raised above their defaults for this account")
    rollout: RolloutConfig = Field(default_factory=RolloutConfig, description="canaries, wave size and concurrency of `drupal-platform rollout`")
    production: bool = Field(
        False, description="a production stage: serves real visitors and, by default, mails real people")
    mail: MailConfig = Field(default_factory=MailConfig, description="outbound mail of the stage's sites")

    @property
    def mail_mode(self) -> str:
        """The stage's mail mode: explicit, else ses only where production is declared."""
        return self.mail.mode or ("ses" if self.production else "catch")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not STAGE_NAME.match(v):
            raise ValueError("stage names are 2-10 lower-case letters or digits, starting with a letter")
        return v

    @field_validator("account")
    @classmethod
    def _account(cls, v: str) -> str:
        if not re.fullmatch(r"[0-9]{12}", v):
            raise ValueError("must be a 12-digit AWS account ID")
        return v

    @field_validator("region")
    @classmethod
    def _region(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z]{2}(-gov)?-[a-z]+-[0-9]", v):
            raise ValueError("must be an AWS region name such as eu-west-1")
        return v

    @field_validator("public_image_registries")
    @classmethod
    def _public_registries(cls, v: list[str]) -> list[str]:
        bad = []
        for i, entry in enumerate(v):
            if not PUBLIC_REGISTRY_ENTRY.match(entry):
                bad.append((f"[{i}]", entry, f"not a registry host or host/path prefix such as {ECR_PUBLIC_REGISTRY}"))
            elif PRIVATE_ECR_HOST.match(entry):
                bad.append((f"[{i}]", entry, "is a private ECR registry: the nodes may pull every repository in reach there, "
                            "so naming it would let any tenant run another tenant's image"))
        if bad:
            raise Invalid(*bad)
        return v

    @field_validator("admin_principals")
    @classmethod
    def _admins(cls, v: list[str]) -> list[str]:
        bad = [(f"[{i}]", p, f"{p!r} is not an IAM role or user ARN") for i, p in enumerate(v) if not IAM_PRINCIPAL_ARN.match(p)]
        if bad:
            raise Invalid(*bad)
        return v

    @model_validator(mode="after")
    def _network(self) -> StageConfig:
        # Each problem names its own field (podSubnets[1], ...), so three mistakes are three messages.
        problems: list[tuple[str, Any, str]] = []
        ranges = []
        for where, cidr in [("vpcCidr", self.vpc_cidr)] + [(f"secondaryCidrs[{i}]", c) for i, c in enumerate(self.secondary_cidrs)]:
            try:
                ranges.append(ipaddress.ip_network(cidr, strict=True))
            except ValueError as exc:
                problems.append((where, cidr, f"not a network address ({exc})"))
        if not problems:
            problems += cidr_block_problems(ranges[0], ranges[1:], self.quotas.limit("vpcCidrBlocks"))
        seen: list[tuple[str, ipaddress.IPv4Network]] = []
        for kind in ("publicSubnets", "nodeSubnets", "podSubnets"):
            largest, smallest = SUBNET_SIZES.get(kind, (16, 28))
            for i, cidr in enumerate(getattr(self, _snake(kind))):
                where = f"{kind}[{i}]"
                try:
                    net = ipaddress.ip_network(cidr, strict=True)
                except ValueError as exc:
                    problems.append((where, cidr, f"not a network address ({exc})"))
                    continue
                if not largest <= net.prefixlen <= smallest:
                    problems.append((where, cidr, f"must be a /{smallest} or larger, at most a /{largest}"))
                if ranges and not any(net.subnet_of(r) for r in ranges if r.version == net.version):
                    problems.append((where, cidr, "not inside the VPC CIDR or a secondary CIDR"))
                for other_where, other in seen:
                    if net.overlaps(other):
                        problems.append((where, cidr, f"overlaps {other_where} {str(other)!r}"))
                seen.append((where, net))
        if len(set(self.availability_zones)) != 3:
            problems.append(("availabilityZones", self.availability_zones, "three distinct zones are required"))
        for i, az in enumerate(self.availability_zones):
            if not az.startswith(self.region):
                problems.append((f"availabilityZones[{i}]", az, f"{az!r} is not in region {self.region!r}"))
        if problems:
            raise Invalid(*problems)
        return self

    @field_validator("kubernetes_version")
    @classmethod
    def _k8s(cls, v: str) -> str:
        from drupal_platform.versions import supported_kubernetes_versions

        supported = supported_kubernetes_versions()
        if v not in supported:
            raise ValueError(
                f"Kubernetes {v} is not supported by the installed aws-cdk-lib and kubectl layer (supported: {', '.join(supported)})"
            )
        return v

    @property
    def ingress_groups(self) -> list[str]:
        return [f"shared-{i}" for i in range(1, self.load_balancers.groups + 1)]

    @property
    def registry(self) -> str:
        """This stage's private ECR registry: <account>.dkr.ecr.<region>.amazonaws.com."""
        suffix = "amazonaws.com.cn" if self.region.startswith("cn-") else "amazonaws.com"
        return f"{self.account}.dkr.ecr.{self.region}.{suffix}"


# (largest, smallest) prefix length per subnet kind. AWS subnets are /16 to /28; nodes need a
# /24 or more for their primary addresses, and pods a /19 or more (VPC CNI custom networking).
SUBNET_SIZES = {"publicSubnets": (16, 28), "nodeSubnets": (16, 24), "podSubnets": (16, 19)}
RFC1918 = tuple(ipaddress.ip_network(c) for c in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
# AWS's shared address space, which EKS recommends for pod subnets in a secondary CIDR.
CG_NAT = ipaddress.ip_network("100.64.0.0/10")
_BENCHMARK = ipaddress.ip_network("198.19.0.0/16")


def cidr_block_problems(vpc: ipaddress.IPv4Network, secondaries: list[ipaddress.IPv4Network], max_blocks: int) -> list[tuple[str, Any, str]]:
    """AWS's rules for a VPC's CIDR blocks (VPC user guide, "IPv4 CIDR block association
    restrictions"): /16 to /28, no overlap, a quota on their number, and a secondary block may
    come from another RFC 1918 range than the primary's only when it is 100.64.0.0/10 or public.
    Each problem is (field, value, rule), as an `Invalid` item."""
    problems: list[tuple[str, Any, str]] = []
    if not 16 <= vpc.prefixlen <= 28:
        problems.append(("vpcCidr", str(vpc), "a VPC CIDR block is a /16 to a /28"))
    if 1 + len(secondaries) > max_blocks:
        problems.append(("secondaryCidrs", [str(n) for n in secondaries],
                         f"the VPC would have {1 + len(secondaries)} CIDR blocks but the quota is {max_blocks} "
                         f"(raise quotas.vpcCidrBlocks after AWS raised it)"))
    own = next((r for r in RFC1918 if vpc.subnet_of(r)), None)
    for i, net in enumerate(secondaries):
        where, value = f"secondaryCidrs[{i}]", str(net)
        if not 16 <= net.prefixlen <= 28:
            problems.append((where, value, "a VPC CIDR block is a /16 to a /28"))
        for other in [vpc] + secondaries[:i]:
            if net.overlaps(other):
                problems.append((where, value, f"overlaps {str(other)!r}"))
        forbidden = [r for r in RFC1918 if r != own] + ([_BENCHMARK] if own is None else [])
        for r in forbidden:
            if net.overlaps(r):
                problems.append((where, value, f"AWS does not associate {r} with a VPC whose primary CIDR is {vpc}; use {CG_NAT} (EKS custom networking)"))
    return problems


def _snake(camel: str) -> str:
    return re.sub(r"([A-Z])", r"_\1", camel).lower()


# --------------------------------------------------------------------------------------
# Tenant configuration (tenants.yaml)
# --------------------------------------------------------------------------------------
class Placement(ConfigModel):
    dedicated: bool = Field(False, description="own node groups with taint dedicated=client-<name>:NoSchedule")
    instance_types: list[str] | None = Field(None, min_length=1, description="dedicated only; default: the stage's shared group")
    min_size: int | None = Field(None, ge=0, le=100, description="dedicated only, per AZ")
    max_size: int | None = Field(None, ge=1, le=100, description="dedicated only, per AZ")

    @model_validator(mode="after")
    def _dedicated_only(self) -> Placement:
        if not self.dedicated:
            written = [(k, v) for k, v in (("instanceTypes", self.instance_types), ("minSize", self.min_size), ("maxSize", self.max_size)) if v]
            written += [(k, v) for k, v in (("minSize", self.min_size), ("maxSize", self.max_size)) if v == 0]
            if written:
                raise Invalid(*((k, v, "instanceTypes, minSize and maxSize apply only with dedicated: true (they would be ignored)") for k, v in written))
        if self.min_size is not None and self.max_size is not None and self.min_size > self.max_size:
            raise Invalid(("minSize", self.min_size, f"minSize {self.min_size} is larger than maxSize {self.max_size}"))
        return self


class Database(ConfigModel):
    storage: str = Field("10Gi", description="gp3 volume size per MySQL node")
    high_availability: bool = Field(False, description="3-node group replication behind the router (large tier only)")

    @field_validator("storage")
    @classmethod
    def _quantity(cls, v: str) -> str:
        if not QUANTITY.match(v):
            raise ValueError("must be a Kubernetes quantity such as 10Gi")
        return v


class ImagePaths(ConfigModel):
    app_path: str = Field(OFFICIAL_APP_PATH, description="codebase root; /opt/drupal = the official image")
    web_root: str = Field("/var/www/html", description="Apache DocumentRoot")

    @model_validator(mode="after")
    def _paths(self) -> ImagePaths:
        bad = [(key, value, f"{key} {value!r} must be an absolute path without a trailing slash")
               for key, value in (("appPath", self.app_path), ("webRoot", self.web_root))
               if not value.startswith("/") or "//" in value or value.endswith("/") and value != "/"]
        if bad:
            raise Invalid(*bad)  # the inside-appPath rule below would only repeat them
        if self.app_path != OFFICIAL_APP_PATH and not (self.web_root + "/").startswith(self.app_path + "/"):
            raise Invalid(("webRoot", self.web_root, f"webRoot {self.web_root!r} must be inside appPath {self.app_path!r} for a custom image"))
        return self

    @property
    def custom(self) -> bool:
        return self.app_path != OFFICIAL_APP_PATH


class AccessGrant(ConfigModel):
    principal: str
    level: Literal["view", "operate"]

    @field_validator("principal")
    @classmethod
    def _arn(cls, v: str) -> str:
        if not IAM_PRINCIPAL_ARN.match(v):
            raise ValueError("must be an IAM role or user ARN")
        return v


class TenantMail(ConfigModel):
    from_domain: str | None = Field(
        None, description="domain of the site's From address and SES identity; default <name>.mail.<stage base domain>, "
        "which sends before the client publishes any DNS")
    real_sending_stages: list[str] = Field(
        default_factory=list,
        description="non-production stages where this site sends real mail through SES instead of the catcher "
        "(an explicit opt-in: a copy of production data there can then mail customers)")

    @field_validator("from_domain")
    @classmethod
    def _from_domain(cls, v: str | None) -> str | None:
        if v is not None and (v.startswith("*.") or not HOSTNAME.match(v)):
            raise ValueError("must be a lower-case DNS name such as mail.example.org")
        return v


class PlatformBlock(ConfigModel):
    tier: TierName = TierName.medium
    state: Literal["active", "suspended", "decommissioned"] = "active"
    placement: Placement = Field(default_factory=Placement)
    database: Database = Field(default_factory=Database)
    image: ImagePaths = Field(default_factory=ImagePaths)
    load_balancer: str | None = Field(None, description="pin to a load-balancer group; default: rendezvous hash")
    certificate_arns: list[str] = Field(default_factory=list)
    access: list[AccessGrant] = Field(default_factory=list)
    mail: TenantMail = Field(default_factory=TenantMail, description="the site's sender domain and mail opt-ins")

    @field_validator("certificate_arns")
    @classmethod
    def _certs(cls, v: list[str]) -> list[str]:
        bad = [(f"[{i}]", arn, f"{arn!r} is not an ACM certificate ARN") for i, arn in enumerate(v) if not ACM_ARN.match(arn)]
        if bad:
            raise Invalid(*bad)
        return v


class ClientImage(ConfigModel):
    repository: str | None = Field(None, description="default: the tenant's ECR repository (custom images)")
    tag: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


class Ingress(ConfigModel):
    hosts: list[str] = Field(min_length=1)

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        bad = []
        for i, h in enumerate(v):
            if not HOSTNAME.match(h):
                bad.append((f"[{i}]", h, f"{h!r} is not a lower-case DNS host name"))
            elif len(h) > ALB_HOST_MAX:
                bad.append((f"[{i}]", h, f"is {len(h)} characters: a load balancer's host-header rule accepts at most {ALB_HOST_MAX}"))
            elif h in v[:i]:
                bad.append((f"[{i}]", h, "is listed twice"))
        if bad:
            raise Invalid(*bad)
        return v


class ImageTagOverride(ConfigModel):
    tag: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


class StageOverride(ConfigModel):
    image: ImageTagOverride | None = None
    replica_count: int | None = Field(None, ge=1)
    ingress: Ingress | None = Field(None, description="hosts in this stage, e.g. a dev host under the dev base domain")


class Autoscaling(ConfigModel):
    enabled: bool = False
    min_replicas: int = Field(2, ge=1)
    max_replicas: int = Field(6, ge=1)
    target_cpu_utilization_percentage: int = Field(70, ge=10, le=100, alias="targetCPUUtilizationPercentage")

    @model_validator(mode="after")
    def _range(self) -> Autoscaling:
        if self.min_replicas > self.max_replicas:
            raise Invalid(("minReplicas", self.min_replicas, f"minReplicas {self.min_replicas} is larger than maxReplicas {self.max_replicas}"))
        return self


class Cron(ConfigModel):
    enabled: bool = True
    schedule: str = "H/15 * * * *"

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, v: str) -> str:
        validate_cron(v)
        return v


class ClientBlock(ConfigModel):
    image: ClientImage
    ingress: Ingress
    replica_count: int = Field(2, ge=1)
    overrides: dict[str, StageOverride] = Field(default_factory=dict)
    autoscaling: Autoscaling = Field(default_factory=Autoscaling)
    cron: Cron = Field(default_factory=Cron)


class TenantConfig(ConfigModel):
    name: str
    stages: list[str] | None = Field(None, description="default: every stage")
    platform: PlatformBlock = Field(default_factory=PlatformBlock)
    client: ClientBlock

    @property
    def namespace(self) -> str:
        return f"{NAMESPACE_PREFIX}{self.name}"

    @property
    def custom_image(self) -> bool:
        return self.platform.image.custom

    @property
    def runs_platform_image(self) -> bool:
        """The official image asked for: the platform's image (official + pinned drush) runs."""
        return not self.custom_image and self.client.image.repository in platform_image.OFFICIAL_REPOSITORIES

    def in_stage(self, stage: str) -> bool:
        return self.stages is None or stage in self.stages

    def role_name(self, stage: str) -> str:
        return ROLE_NAME_PATTERN.format(stage=stage, name=self.name)

    def image_tag(self, stage: str) -> str:
        o = self.client.overrides.get(stage)
        return o.image.tag if o and o.image else self.client.image.tag

    def sends_real_mail(self, stage: StageConfig) -> bool:
        """Through SES in this stage: the stage's mode is ses, or the tenant opted in (README "Mail")."""
        return stage.mail_mode == "ses" or stage.name in self.platform.mail.real_sending_stages

    def replica_count(self, stage: str) -> int:
        o = self.client.overrides.get(stage)
        return o.replica_count if o and o.replica_count else self.client.replica_count

    def hosts(self, stage: str) -> list[str]:
        o = self.client.overrides.get(stage)
        return list(o.ingress.hosts) if o and o.ingress else list(self.client.ingress.hosts)

    def max_replicas(self, stage: str) -> int:
        """The most Drupal pods this tenant can run at once (HPA maximum or fixed count)."""
        a = self.client.autoscaling
        return max(a.max_replicas, self.replica_count(stage)) if a.enabled else self.replica_count(stage)

    def cron_schedule(self) -> str:
        return resolve_cron(self.client.cron.schedule, self.name)

    def certificate_arns_in(self, stage: StageConfig) -> list[str]:
        """The tenant's own certificates a load balancer in `stage` can use: same account and region."""
        return [a for a in self.platform.certificate_arns if a.split(":")[3:5] == [stage.region, stage.account]]

    def load_balancer_group(self, stage: StageConfig) -> str:
        return self.platform.load_balancer or rendezvous(self.name, stage.ingress_groups)


# --------------------------------------------------------------------------------------
# Hashing helpers (stable across runs and machines)
# --------------------------------------------------------------------------------------
def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def rendezvous(name: str, groups: list[str]) -> str:
    """Highest-random-weight hashing: adding a group moves only ~1/N of the names."""
    return max(groups, key=lambda g: (stable_hash(f"{g}/{name}"), g))


# What Kubernetes accepts: the CronJob controller parses spec.schedule with
# robfig/cron/v3's standard parser (five fields or a descriptor). Day of week is 0-6;
# names are case-insensitive; '?' means '*'; "N/step" means "N-max/step".
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_CRON_FIELDS = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, {m: i + 1 for i, m in enumerate(_MONTHS)}),
    ("day of week", 0, 6, {d: i for i, d in enumerate(_DAYS)}),
)
CRON_DESCRIPTORS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")
_GO_DURATION = re.compile(r"^((\d+(\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$")


def _cron_value(text: str, fname: str, lo: int, hi: int, names: dict[str, int]) -> int:
    if text.lower() in names:
        return names[text.lower()]
    if not text.isdigit():
        known = f" or a name ({', '.join(n.upper() for n in names)})" if names else ""
        raise ValueError(f"{fname} field: {text!r} is not a number{known}")
    value = int(text)
    if not lo <= value <= hi:
        raise ValueError(f"{fname} field: {value} is outside {lo}-{hi}")
    return value


def validate_cron(expr: str) -> None:
    """Accept exactly what a Kubernetes CronJob accepts, plus H (a stable per-tenant minute) in the minute field."""
    spec = expr.strip()
    if not spec:
        raise ValueError("an empty schedule never runs: give five fields (minute hour day month weekday) or a descriptor such as @daily")
    if spec.startswith(("TZ=", "CRON_TZ=")):
        raise ValueError("Kubernetes refuses a time zone inside the schedule (CronJob spec.timeZone sets it); cron runs in UTC")
    if spec.startswith("@"):
        if spec in CRON_DESCRIPTORS:
            return
        if spec.startswith("@every "):
            if not _GO_DURATION.match(spec[7:].strip()):
                raise ValueError(f"@every needs a duration such as 90m or 1h30m, not {spec[7:].strip()!r}")
            return
        raise ValueError(f"unknown descriptor {spec.split()[0]!r} (Kubernetes knows {', '.join(CRON_DESCRIPTORS)} and @every <duration>)")
    parts = spec.split()
    if len(parts) != 5:
        raise ValueError(f"a cron schedule has five fields (minute hour day month weekday), got {len(parts)}")
    for (fname, lo, hi, names), part in zip(_CRON_FIELDS, parts):
        for item in part.split(","):
            if item.startswith("H"):
                if fname != "minute":
                    raise ValueError(f"{fname} field {part!r}: H is allowed only in the minute field")
                step = item[2:] if item.startswith("H/") else None
                if item != "H" and (step is None or not step.isdigit() or not 1 <= int(step) <= 59):
                    raise ValueError(f"minute field {item!r}: H or H/step with a step between 1 and 59")
                continue
            rng, _, step = item.partition("/")
            if "/" in step:
                raise ValueError(f"{fname} field {part!r}: more than one '/'")
            if rng in ("*", "?"):
                start, end = lo, hi
            else:
                bounds = rng.split("-")
                if len(bounds) > 2 or not all(bounds):
                    raise ValueError(f"{fname} field {part!r}: {rng!r} is not a number, a name or a range a-b")
                start = _cron_value(bounds[0], fname, lo, hi, names)
                end = _cron_value(bounds[1], fname, lo, hi, names) if len(bounds) == 2 else start
                if start > end:
                    raise ValueError(f"{fname} field {part!r}: range {rng!r} starts after it ends")
            if step and (not step.isdigit() or int(step) == 0):
                raise ValueError(f"{fname} field {part!r}: the step after '/' must be a positive number")
            if "/" in item and not step:
                raise ValueError(f"{fname} field {part!r}: the step after '/' must be a positive number")


def resolve_cron(expr: str, name: str) -> str:
    """Replace H in the minute field: H = hash mod 60; H/15 = (hash mod 15)/15, still four runs an hour."""
    if expr.strip().startswith("@"):
        return expr.strip()
    minute, rest = expr.split(maxsplit=1)
    h = stable_hash(name)
    items = []
    for item in minute.split(","):
        if item == "H":
            items.append(str(h % 60))
        elif item.startswith("H/"):
            step = int(item[2:])
            items.append(f"{h % step}/{step}")
        else:
            items.append(item)
    return f"{','.join(items)} {rest}"


# --------------------------------------------------------------------------------------
# The whole configuration
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlatformConfig:
    stages: dict[str, StageConfig]
    tenants: dict[str, TenantConfig]
    tenants_file: str

    def tenants_in(self, stage: str) -> list[TenantConfig]:
        return [t for t in self.tenants.values() if t.in_stage(stage)]

    @property
    def image_stage(self) -> StageConfig:
        return next(s for s in self.stages.values() if s.owns_image_repositories)

    @property
    def image_registry(self) -> str:
        """Where every stage pulls tenants' custom images from: the image-owning stage's
        registry (the repositories exist only there), never the pulling stage's own."""
        return self.image_stage.registry


def parse_stages(raw: Any, file: str = "cdk.json") -> tuple[dict[str, StageConfig], list[Problem]]:
    """The schema of every stage; rules across stages run later (`rules`)."""
    problems: list[Problem] = []
    stages: dict[str, StageConfig] = {}
    if not isinstance(raw, dict) or not raw:
        return {}, [Problem(file, "context", "stages", _MISSING, "a mapping of stage name to stage settings is required")]
    for name, body in raw.items():
        scope = f"stage '{name}'"
        if not isinstance(body, dict):
            problems.append(Problem(file, scope, "(root)", _MISSING, "must be a mapping of stage settings"))
            continue
        try:
            stages[name] = StageConfig.model_validate({**body, "name": name})
        except ValidationError as err:
            problems += _problems_from(err, file, scope, body)
    return stages, problems


def parse_tenant(name: Any, body: Any, file: str, longest_stage: int) -> tuple[TenantConfig | None, list[Problem]]:
    """One tenant's name and schema; `body` already holds the client block from clients/<name>.yaml if there is one."""
    name = str(name)
    scope = f"tenant '{name}'"
    if not DNS1123_LABEL.match(name) or len(NAMESPACE_PREFIX + name) > 63:
        return None, [Problem(file, scope, "name", name, "tenant names are DNS-1123 labels: lower-case letters, digits and '-', starting with a letter")]
    role_len = len(ROLE_NAME_PATTERN.format(stage="x" * longest_stage, name=name))
    if role_len > IAM_ROLE_MAX:
        return None, [Problem(file, scope, "name", name, f"too long: the IAM role name {ROLE_NAME_PATTERN} would be {role_len} characters for the longest stage name (max {IAM_ROLE_MAX})")]
    if not isinstance(body, dict):
        return None, [Problem(file, scope, "(root)", _MISSING, "must be a mapping with platform and client blocks")]
    try:
        return TenantConfig.model_validate({**body, "name": name}), []
    except ValidationError as err:
        return None, _problems_from(err, file, scope, body)


# --------------------------------------------------------------------------------------
# Rules beyond one field (registered; run by drupal_platform.validation.validate)
# --------------------------------------------------------------------------------------
def _tenant_problem(ctx: RuleContext, t: TenantConfig, field: str, value: Any, rule_text: str) -> Problem:
    return Problem(ctx.tenants_file, f"tenant '{t.name}'", field, value, rule_text)


def _stage_problem(ctx: RuleContext, s: StageConfig, field: str, value: Any, rule_text: str) -> Problem:
    return Problem(ctx.stages_file, f"stage '{s.name}'", field, value, rule_text)


@rule("stage")
def oidc_provider_in_own_account(s: StageConfig, ctx: RuleContext) -> list[Problem]:
    """github.oidcProviderArn names a provider in the stage's own account: CI roles trust a provider of their account."""
    arn = s.github.oidc_provider_arn
    if arn and arn.split(":")[4:5] != [s.account]:
        return [_stage_problem(ctx, s, "github.oidcProviderArn", arn,
                               f"must be the provider in the stage's own account {s.account}: CI roles trust a provider of their account")]
    return []


@rule("platform")
def one_oidc_provider_per_account(ctx: RuleContext) -> list[Problem]:
    """Of the stages sharing an account, exactly one creates its GitHub OIDC provider (IAM allows one per URL)."""
    problems: list[Problem] = []
    by_account: dict[str, list[str]] = {}
    for s in ctx.stages.values():
        if s.github.create_oidc_provider:
            by_account.setdefault(s.account, []).append(s.name)
    for account, creators in sorted(by_account.items()):
        for name in creators[1:]:
            problems.append(Problem(ctx.stages_file, f"stage '{name}'", "github.createOidcProvider", True,
                                    f"stage '{creators[0]}' already creates the GitHub OIDC provider of account {account} (one per account): "
                                    f"set createOidcProvider: false and oidcProviderArn: arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com"))
    return problems


@rule("platform")
def one_pull_through_cache_creator(ctx: RuleContext) -> list[Problem]:
    """Of the stages sharing an account and region, exactly one creates the pull-through cache rules and the others use its prefix.

    ECR allows one rule per repository prefix in an account and region. The Docker Hub, Quay,
    registry.k8s.io and GHCR rules have fixed prefixes (drupal_platform/images.py), so two stages
    there can never both create rules, even with different pullThroughCachePrefix values; a stage
    that uses the other's rules must also use its ECR Public prefix, or its images name a prefix
    no rule fills.
    """
    problems: list[Problem] = []
    by_place: dict[tuple[str, str], list[StageConfig]] = {}
    for s in ctx.stages.values():
        by_place.setdefault((s.account, s.region), []).append(s)
    for (account, region), group in sorted(by_place.items()):
        creators = [s for s in group if s.create_pull_through_cache_rules]
        for s in creators[1:]:
            problems.append(Problem(ctx.stages_file, f"stage '{s.name}'", "createPullThroughCacheRules", True,
                                    f"stage '{creators[0].name}' already creates the pull-through cache rules in account {account}, {region} "
                                    "(one rule per prefix, and the Docker Hub, Quay, registry.k8s.io and GHCR prefixes are fixed): "
                                    "set createPullThroughCacheRules: false to use them"))
        if not creators:
            problems.append(Problem(ctx.stages_file, f"stage '{group[0].name}'", "createPullThroughCacheRules", False,
                                    f"no stage creates the pull-through cache rules in account {account}, {region}: "
                                    "set createPullThroughCacheRules: true on one stage there"))
            continue
        creator = creators[0]
        for s in group:
            if s is not creator and s.pull_through_cache_prefix != creator.pull_through_cache_prefix:
                problems.append(Problem(ctx.stages_file, f"stage '{s.name}'", "pullThroughCachePrefix", s.pull_through_cache_prefix,
                                        f"stage '{creator.name}' creates the pull-through cache rules of account {account}, {region} "
                                        f"with prefix {creator.pull_through_cache_prefix!r}: use the same prefix, or no rule fills this stage's ECR Public images"))
    return problems


@rule("platform")
def shared_quotas_agree(ctx: RuleContext) -> list[Problem]:
    """Stages sharing an account (and region, for regional quotas) state the same applied value of its quotas: the account has one."""
    problems: list[Problem] = []
    for key, quota in QUOTAS.items():
        if quota.scope == "stage" or not quota.adjustable:
            continue
        groups: dict[tuple[str, ...], list[StageConfig]] = {}
        for stage in ctx.stages.values():
            where = (stage.account,) if quota.scope == "account" else (stage.account, stage.region)
            groups.setdefault(where, []).append(stage)
        for where, members in groups.items():
            values = {s.name: s.quotas.limit(key) for s in members}
            if len(set(values.values())) > 1:
                said = ", ".join(f"{n} = {v:,}" for n, v in values.items())
                scope = f"account {where[0]}" + (f" in {where[1]}" if len(where) > 1 else "")
                for s in members:
                    problems.append(_stage_problem(ctx, s, f"quotas.{key}", values[s.name],
                                                   f"{scope} has one {quota.console} quota, but the stages sharing it say {said}: set the same value in each"))
    return problems


@rule("platform")
def one_image_owning_stage(ctx: RuleContext) -> list[Problem]:
    """Exactly one stage owns the tenants' ECR repositories."""
    if len(ctx.stages) != len(ctx.known_stages):
        return []  # a stage with schema problems: its ownsImageRepositories is not known yet
    owners = [s.name for s in ctx.stages.values() if s.owns_image_repositories]
    if len(owners) == 1:
        return []
    return [Problem(ctx.stages_file, "stages", "ownsImageRepositories", owners, "exactly one stage must own the tenants' image repositories")]


# CloudWatch Logs keeps logs for one of these numbers of days (PutRetentionPolicy).
LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)


@rule("stage")
def flow_log_retention_is_a_cloudwatch_value(stage: StageConfig, ctx: RuleContext) -> list[Problem]:
    """CloudWatch Logs accepts only certain retention periods; any other number would be rounded silently."""
    if stage.flow_log_retention_days in LOG_RETENTION_DAYS:
        return []
    return [_stage_problem(ctx, stage, "flowLogRetentionDays", stage.flow_log_retention_days,
                           f"CloudWatch Logs keeps logs for one of {', '.join(map(str, LOG_RETENTION_DAYS))} days")]


_TAG_CHARS = re.compile(r"^[\w\s.:/=+\-@]*$")


@rule("stage")
def tags_are_accepted_by_aws(stage: StageConfig, ctx: RuleContext) -> list[Problem]:
    """AWS tags: keys of 1-128 characters not starting with 'aws:', values up to 256, letters, digits, spaces and _.:/=+-@."""
    out = []
    for key, value in stage.tags.items():
        field = f"tags.{key}"
        if key.lower().startswith("aws:") or key in ("drupal-platform:stage",):
            out.append(_stage_problem(ctx, stage, field, key, "the 'aws:' prefix and drupal-platform:stage are reserved"))
        elif not 1 <= len(key) <= 128 or not _TAG_CHARS.match(key):
            out.append(_stage_problem(ctx, stage, field, key, "a tag key has 1-128 letters, digits, spaces or _.:/=+-@"))
        elif len(value) > 256 or not _TAG_CHARS.match(value):
            out.append(_stage_problem(ctx, stage, field, value, "a tag value has up to 256 letters, digits, spaces or _.:/=+-@"))
    if len(stage.tags) > 40:
        out.append(_stage_problem(ctx, stage, "tags", len(stage.tags), "AWS allows 50 tags per resource and the platform adds up to 10: at most 40 here"))
    return out


@rule("stage")
def cluster_endpoint_is_reachable(stage: StageConfig, ctx: RuleContext) -> list[Problem]:
    """EKS needs the private endpoint, public CIDRs, or both; it accepts at most 40 public CIDRs."""
    ea = stage.endpoint_access
    if not ea.private and not ea.public_cidrs:
        return [_stage_problem(ctx, stage, "endpointAccess.private", False,
                               "with private: false and no publicCidrs nothing could reach the cluster API (EKS refuses it)")]
    if len(ea.public_cidrs) > 40:
        return [_stage_problem(ctx, stage, "endpointAccess.publicCidrs", len(ea.public_cidrs), "EKS accepts at most 40 public access CIDRs")]
    return []


@rule("stage")
def lists_have_no_duplicates(stage: StageConfig, ctx: RuleContext) -> list[Problem]:
    """A repeated interface endpoint, instance type or admin principal would be created twice or ignored."""
    out = []
    for field, values in (("interfaceEndpoints", stage.interface_endpoints), ("adminPrincipals", stage.admin_principals),
                          ("nodeGroups.system.instanceTypes", stage.node_groups.system.instance_types),
                          ("nodeGroups.shared.instanceTypes", stage.node_groups.shared.instance_types)):
        for i, v in enumerate(values):
            if v in values[:i]:
                out.append(_stage_problem(ctx, stage, f"{field}[{i}]", v, "is listed twice"))
    return out


@rule("tenant")
def stages_are_known(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A tenant's stages exist in the context file; an empty list would put it nowhere."""
    if t.stages == []:
        return [_tenant_problem(ctx, t, "stages", [], "an empty list puts the tenant in no stage: list its stages, or leave stages out for every stage")]
    out = []
    for i, s in enumerate(t.stages or []):
        if s not in ctx.known_stages:
            out.append(_tenant_problem(ctx, t, "stages", s, f"unknown stage (known: {', '.join(ctx.known_stages)})"))
        elif s in t.stages[:i]:
            out.append(_tenant_problem(ctx, t, f"stages[{i}]", s, "is listed twice"))
    return out


@rule("tenant")
def overrides_are_for_the_tenants_stages(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """Overrides name known stages the tenant runs in; others would be ignored."""
    out = []
    for s in t.client.overrides:
        if s not in ctx.known_stages:
            out.append(_tenant_problem(ctx, t, f"client.overrides.{s}", s, f"unknown stage (known: {', '.join(ctx.known_stages)})"))
        elif not t.in_stage(s) and all(x in ctx.known_stages for x in t.stages or []):
            # (with an unknown stage in `stages`, that mistake explains this one)
            out.append(_tenant_problem(ctx, t, f"client.overrides.{s}", s,
                                       f"the tenant does not run in stage '{s}' (its stages: {', '.join(t.stages or [])}): this override would be ignored"))
    return out


@rule("tenant")
def real_sending_stages_are_known(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """platform.mail.realSendingStages names stages of the context file."""
    return [_tenant_problem(ctx, t, "platform.mail.realSendingStages", s, f"unknown stage (known: {', '.join(ctx.known_stages)})")
            for s in t.platform.mail.real_sending_stages if s not in ctx.known_stages]


@rule("tenant")
def switched_off_settings_are_not_written(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """Settings that apply only when their switch is on would be silently ignored with it off."""
    out = []
    for block, settings, path in ((t.client.autoscaling, Autoscaling, "client.autoscaling"), (t.client.cron, Cron, "client.cron")):
        if block.enabled:
            continue
        for name in sorted(block.model_fields_set - {"enabled"}):
            key = settings.model_fields[name].alias or name
            out.append(_tenant_problem(ctx, t, f"{path}.{key}", getattr(block, name),
                                       f"applies only with {path}.enabled: true; with enabled: false it would be ignored (remove it)"))
    return out


@rule("platform")
def hosts_are_unique(ctx: RuleContext) -> list[Problem]:
    """A host belongs to one tenant per stage."""
    out = []
    owner: dict[tuple[str, str], str] = {}
    for t in ctx.tenants.values():
        for stage in ctx.stages:
            if not t.in_stage(stage):
                continue
            field = f"client.overrides.{stage}.ingress.hosts" if stage in t.client.overrides and t.client.overrides[stage].ingress else "client.ingress.hosts"
            for i, h in enumerate(t.hosts(stage)):
                first = owner.setdefault((stage, h), t.name)
                if first != t.name:
                    out.append(_tenant_problem(ctx, t, f"{field}[{i}]", h, f"host is already used by tenant '{first}' in stage '{stage}'"))
    return list(dict.fromkeys(out))


@rule("tenant")
def image_from_an_allowed_registry(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A tenant runs a public image or its own repository, never another tenant's private one: the nodes may pull every repository of the image-owning account."""
    repo = t.client.image.repository
    if repo is None:
        return []
    out = []
    for stage in ctx.stages.values():
        allowed = stage.public_image_registries
        if t.in_stage(stage.name) and not any(repo == a or repo.startswith(a.rstrip("/") + "/") for a in allowed):
            out.append(_tenant_problem(ctx, t, f"client.image.repository (stage {stage.name})", repo,
                                       f"a client may name only a public image (stage '{stage.name}' allows {', '.join(allowed)}; "
                                       "publicImageRegistries in cdk.json) or leave repository out to run its own repository"))
    return out


@rule("tenant")
def high_availability_fits_the_tier(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A three-node database only on tiers whose quota holds it."""
    tier = TIERS[t.platform.tier.value]
    if not t.platform.database.high_availability or tier.ha_allowed:
        return []
    allowed = [n for n, x in TIERS.items() if x.ha_allowed]
    return [_tenant_problem(ctx, t, "platform.database.highAvailability", True,
                            f"a highly available database does not fit the {tier.name} tier's quota (allowed in: {', '.join(allowed)})")]


@rule("tenant")
def replicas_within_the_tier(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """Replica count and HPA maximum stay within the tier's cap in every stage."""
    tier = TIERS[t.platform.tier.value]
    out = []
    for stage in ctx.known_stages:
        if not t.in_stage(stage):
            continue
        for field, count in (("client.replicaCount", t.replica_count(stage)),
                             ("client.autoscaling.maxReplicas", t.client.autoscaling.max_replicas if t.client.autoscaling.enabled else 0)):
            if count > tier.max_replicas:
                out.append(_tenant_problem(ctx, t, f"{field} (stage {stage})", count, f"the {tier.name} tier allows at most {tier.max_replicas} Drupal replicas"))
    return out


@rule("tenant")
def worst_moment_fits_the_quota(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """The tenant's worst moment (HPA maximum + surge, database, jobs, debug pod) fits its tier's ResourceQuota."""
    from drupal_platform.quota import quota_shortfalls

    tier = TIERS[t.platform.tier.value]
    if t.platform.database.high_availability and not tier.ha_allowed:
        return []  # reported by high-availability-fits-the-tier
    out = []
    for stage in ctx.known_stages:
        # Over the replica cap is reported on its own; the quota would only repeat it.
        if not t.in_stage(stage) or t.max_replicas(stage) > tier.max_replicas:
            continue
        short = quota_shortfalls(t, stage)
        if short:
            field = "platform.database.storage" if all(s.startswith(("requests.storage", "persistentvolumeclaims")) for s in short) else "platform.tier"
            value = t.platform.database.storage if field.endswith("storage") else t.platform.tier.value
            out.append(_tenant_problem(ctx, t, f"{field} (stage {stage})", value,
                                       f"does not fit the {t.platform.tier.value} tier's quota ({'; '.join(short)}): choose a larger tier or ask for less"))
    return out


# gp3 volumes: 1 GiB to 16 TiB (EC2 CreateVolume).
GP3_MIN_BYTES, GP3_MAX_BYTES = 1 << 30, 16 << 40


@rule("tenant")
def database_volume_size_is_a_gp3_size(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """The MySQL volume is a gp3 EBS volume: 1Gi to 16Ti."""
    from drupal_platform.quota import bytes_of

    size = bytes_of(t.platform.database.storage)
    if GP3_MIN_BYTES <= size <= GP3_MAX_BYTES:
        return []
    return [_tenant_problem(ctx, t, "platform.database.storage", t.platform.database.storage, "an EBS gp3 volume holds 1Gi to 16Ti")]


@rule("tenant")
def access_principal_is_not_a_cluster_admin(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """EKS allows one access entry per principal; cluster admins already have theirs."""
    admins = {p for s in ctx.stages.values() if t.in_stage(s.name) for p in s.admin_principals}
    return [_tenant_problem(ctx, t, f"platform.access[{i}].principal", g.principal, "is a cluster admin principal: EKS allows one access entry per principal")
            for i, g in enumerate(t.platform.access) if g.principal in admins]


@rule("platform")
def access_principal_belongs_to_one_tenant(ctx: RuleContext) -> list[Problem]:
    """A principal has access to one tenant only (one access entry per principal)."""
    out = []
    owner: dict[str, str] = {}
    for t in ctx.tenants.values():
        for i, g in enumerate(t.platform.access):
            first = owner.setdefault(g.principal, t.name)
            if first != t.name:
                out.append(_tenant_problem(ctx, t, f"platform.access[{i}].principal", g.principal,
                                           f"already has access to tenant '{first}': a principal belongs to one tenant only"))
    return out


@rule("tenant")
def pinned_load_balancer_exists(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A pinned load-balancer group exists in every stage of the tenant."""
    lb = t.platform.load_balancer
    return [_tenant_problem(ctx, t, "platform.loadBalancer", lb, f"stage '{s.name}' has load-balancer groups {', '.join(s.ingress_groups)}")
            for s in ctx.stages.values() if lb and t.in_stage(s.name) and lb not in s.ingress_groups]


@rule("tenant")
def certificates_cover_the_hosts(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """Hosts outside the stage's wildcard need a certificate in the stage's account and region."""
    if t.platform.state == "decommissioned":
        return []
    out = []
    for stage in ctx.stages.values():
        if not t.in_stage(stage.name):
            continue
        _, own = split_hosts_by_certificate(t.hosts(stage.name), stage.dns.base_domain)
        usable = t.certificate_arns_in(stage)
        if not own or usable:
            continue
        elsewhere = [a for a in t.platform.certificate_arns if a not in usable]
        hint = f" (the listed certificates are in other accounts or regions: {', '.join(elsewhere)})" if elsewhere else ""
        override = stage.name in t.client.overrides and t.client.overrides[stage.name].ingress
        field = f"client.overrides.{stage.name}.ingress.hosts" if override else "client.ingress.hosts"
        hosts = t.hosts(stage.name)
        for host in own:
            out.append(_tenant_problem(
                ctx, t, f"{field}[{hosts.index(host)}]", host,
                f"host is not under *.{stage.dns.base_domain} and no certificate in stage '{stage.name}' "
                f"(account {stage.account}, region {stage.region}) covers it{hint}: request and validate one in ACM "
                f"and add its ARN to platform.certificateArns, or give the tenant a host under {stage.dns.base_domain} "
                f"for this stage with client.overrides.{stage.name}.ingress.hosts"))
    return out


@rule("tenant")
def certificates_are_used(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A listed certificate must serve a host in some stage; otherwise no load balancer would ever use it."""
    if len(ctx.stages) != len(ctx.known_stages):
        return []  # a stage with problems might be the one that uses it
    out = []
    for i, arn in enumerate(t.platform.certificate_arns):
        used = False
        for stage in ctx.stages.values():
            if t.in_stage(stage.name) and arn in t.certificate_arns_in(stage):
                _, own = split_hosts_by_certificate(t.hosts(stage.name), stage.dns.base_domain)
                used = used or bool(own)
        if not used:
            out.append(_tenant_problem(ctx, t, f"platform.certificateArns[{i}]", arn,
                                       "no stage of the tenant in this certificate's account and region has a host outside its wildcard: "
                                       "the certificate would be ignored"))
    return out


@rule("platform")
def rollout_canaries_are_running_sites(ctx: RuleContext) -> list[Problem]:
    """A canary proves the new code only if it is a running site of that stage."""
    return _rollout_rules(ctx.stages_file, ctx.stages, ctx.tenants)


def _rollout_rules(file: str, stages: dict[str, StageConfig], tenants: dict[str, TenantConfig]) -> list[Problem]:
    problems: list[Problem] = []
    for stage in stages.values():
        seen: set[str] = set()
        for i, name in enumerate(stage.rollout.canaries):
            field, scope = f"rollout.canaries[{i}]", f"stage '{stage.name}'"
            tenant = tenants.get(name)
            if name in seen:
                problems.append(Problem(file, scope, field, name, "listed twice"))
            elif tenant is None:
                problems.append(Problem(file, scope, field, name, "unknown tenant (not in the tenants file)"))
            elif not tenant.in_stage(stage.name):
                problems.append(Problem(file, scope, field, name, f"tenant '{name}' does not run in stage '{stage.name}'"))
            elif tenant.platform.state != "active":
                problems.append(Problem(file, scope, field, name, f"tenant '{name}' is {tenant.platform.state}: a canary must be a running site"))
            seen.add(name)
    return problems


def load_config(stages_raw: Any, tenants_path: Path, *, stages_file: str = "cdk.json", clients_dir: Path | None = None) -> PlatformConfig:
    """Validate everything (schema, every registered rule, capacity); raise ConfigError listing every problem.

    The same entry point as `drupal_platform.validation.validate`, for callers that want the
    configuration or an exception.
    """
    from drupal_platform.validation import validate

    result = validate(stages_raw, tenants_path, stages_file=stages_file, clients_dir=clients_dir)
    if result.problems:
        raise ConfigError(result.problems)
    return result.config
