"""Capacity guard: does a stage's tenant list fit its subnets, node groups and load balancers?

The source design ran out of pod IPs by surprise (its Problem 11). Here the machine does
the arithmetic at synth time, from the configuration alone (no AWS calls):

- pods and CPU/memory requests per node group at each tenant's worst moment (Drupal at its
  HPA maximum plus a rolling-update surge, the database nodes and router, the exporter, and
  the cron, backup, maintenance and debug pods running at once) against the allocatable
  resources of every node of the group at its maximum size;
- pod IPs: with prefix delegation each node holds /28 blocks; every node of every group at
  its maximum size must get its blocks from its zone's pod subnet, and its primary address
  from the zone's node subnet;
- per load-balancer group: ALB target groups (100 per load balancer, AWS does not raise
  it), listener rules and certificates against the stage's quotas;
- load balancers per region;
- the AWS service quotas of drupal_platform/aws_quotas.py (managed node groups per cluster,
  IAM roles, users and OIDC providers per account, CloudFormation stacks, Secrets Manager secrets,
  ECR repositories and SES identities and configuration sets per account and region, VPC CIDR
  blocks, EFS access points), counting every
  stage that shares the account (and region) against one figure.

`compute(config, stage)` returns the figures, `check(config)` the problems as
`config.Problem`s, so `load_config` reports them exactly like other configuration errors,
and the operator CLI can call either.
"""

from __future__ import annotations

import ipaddress
import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from drupal_platform import aws_quotas, contracts
from drupal_platform.config import CG_NAT
from drupal_platform.instance_types import INSTANCE_TYPES, PREFIX_SIZE, InstanceType, UnknownInstanceType, smallest
from drupal_platform.tiers import TIERS, Tier

if TYPE_CHECKING:
    from drupal_platform.config import PlatformConfig, Problem, StageConfig, TenantConfig

# --- Fixed AWS limits --------------------------------------------------------------------
TARGET_GROUPS_PER_LOAD_BALANCER = 100  # not adjustable
# Addresses AWS reserves in every subnet (network, router, DNS, future, broadcast).
SUBNET_RESERVED_ADDRESSES = 5
# The VPC CNI keeps this many spare /28 prefixes per node (VPC_CNI_CONFIGURATION WARM_PREFIX_TARGET).
WARM_PREFIXES = 1

# --- Node assumptions (keep in step with the cluster's add-ons and the platform charts) ---
# DaemonSet pods on every node a tenant can use: (name, CPU millicores, memory MiB, host network).
# Host-network pods take no pod-subnet address.
NODE_DAEMONSETS: tuple[tuple[str, int, int, bool], ...] = (
    ("aws-node", 25, 64, True),
    ("kube-proxy", 100, 64, True),
    ("eks-pod-identity-agent", 25, 32, True),
    ("ebs-csi-node", 30, 120, False),
    ("efs-csi-node", 30, 120, True),
    ("otel-agent", 100, 256, False),
    ("node-exporter", 50, 64, True),
)


# --- Quantities ---------------------------------------------------------------------------
def cpu_millis(quantity: str) -> int:
    if quantity.endswith("m"):
        return int(quantity[:-1])
    return int(float(quantity) * 1000)


_MEMORY_UNITS = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024, "Ti": 1024 * 1024, "k": 1000 / 1024**2, "M": 1000**2 / 1024**2, "G": 1000**3 / 1024**2}


def memory_mib(quantity: str) -> float:
    for unit in sorted(_MEMORY_UNITS, key=len, reverse=True):
        if quantity.endswith(unit):
            return float(quantity[: -len(unit)]) * _MEMORY_UNITS[unit]
    return float(quantity) / 1024**2


# --- Per-tenant footprint -----------------------------------------------------------------
@dataclass(frozen=True)
class Footprint:
    """A tenant's pods and requests at its worst moment in one stage."""

    pods: int
    cpu_millis: int
    memory_mib: float
    largest_pod_cpu_millis: int = 0
    largest_pod_memory_mib: float = 0.0

    def __add__(self, other: Footprint) -> Footprint:
        return Footprint(
            self.pods + other.pods,
            self.cpu_millis + other.cpu_millis,
            self.memory_mib + other.memory_mib,
            max(self.largest_pod_cpu_millis, other.largest_pod_cpu_millis),
            max(self.largest_pod_memory_mib, other.largest_pod_memory_mib),
        )


ZERO = Footprint(0, 0, 0.0)


def footprint(tenant: TenantConfig, stage: StageConfig) -> Footprint:
    """Worst-moment pods and requests, from the tenant chart's own arithmetic (one source of truth
    with its quota-fit test); suspended and decommissioned tenants run nothing."""
    from drupal_platform.quota import worst_moment

    if tenant.platform.state != "active":
        return ZERO
    tier: Tier = TIERS[tenant.platform.tier.value]
    peak = worst_moment(tenant, stage)
    biggest_pods = (tier.drupal, tier.mysql, tier.job)
    return Footprint(
        peak.pods,
        peak.cpu_millis,
        peak.memory_bytes / 2**20,
        max(cpu_millis(r.cpu_request) for r in biggest_pods),
        max(memory_mib(r.memory_request) for r in biggest_pods),
    )


# --- Figures ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Limit:
    """One limit in one scope: how much is used, how much there is, and what to change."""

    scope: str  # "node group shared", "load-balancer group shared-1", "pod subnet eu-west-1a", "stage"
    name: str  # "pods", "CPU requests", ...
    used: float
    limit: float
    unit: str
    fix: str  # what to change when it does not fit
    grows: bool = True  # False for per-pod fits, which adding tenants does not move
    quota: aws_quotas.AwsQuota | None = None  # set for AWS service quotas
    # Stage settings (cdk.json camelCase paths, dotted) that make it fit; validation accepts
    # each (tests/capacity/test_advice.py applies them and synthesises).
    remedy: dict[str, Any] | None = None

    def remedy_text(self) -> str:
        if not self.remedy:
            return ""
        return "; for example set " + ", ".join(f"{k}: {json.dumps(v)}" for k, v in self.remedy.items())

    def quota_line(self) -> str:
        """One AWS quota: used, applied limit, headroom, default and whether AWS adjusts it."""
        q = self.quota
        assert q is not None
        left = f"{self._fmt(self.headroom)} left" if not self.exceeded else f"OVER by {self._fmt(-self.headroom)}"
        how = f"adjustable, set quotas.{q.key} once raised" if q.adjustable else "not adjustable"
        return (f"{self.scope}: {q.console} {self._fmt(self.used)} of {self._fmt(self.limit)} ({self.utilisation:.0%}), {left}; "
                f"AWS default {q.default:,}, {how}")

    @property
    def headroom(self) -> float:
        return self.limit - self.used

    @property
    def exceeded(self) -> bool:
        return self.used > self.limit

    @property
    def utilisation(self) -> float:
        return self.used / self.limit if self.limit else math.inf

    def _fmt(self, value: float) -> str:
        return f"{value:,.0f}" if self.unit != "vCPU" else f"{value:,.1f}"

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.scope}: {self.name} {self._fmt(self.used)} of {self._fmt(self.limit)}{unit} ({self.utilisation:.0%})"

    def problem_text(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return (
            f"{self.name} would need {self._fmt(self.used)}{unit} but the limit is {self._fmt(self.limit)}{unit}: "
            f"over by {self._fmt(-self.headroom)}{unit}; {self.fix}{self.remedy_text()}"
        )


@dataclass(frozen=True)
class NodeGroupFigures:
    name: str
    instance_type: str
    nodes_at_max: int
    tenants: tuple[str, ...]
    demand: Footprint
    allocatable_pods: int
    allocatable_cpu_millis: int
    allocatable_memory_mib: float


@dataclass(frozen=True)
class LoadBalancerFigures:
    name: str
    tenants: tuple[str, ...]
    target_groups: int
    rules: int
    certificates: int


@dataclass
class CapacityReport:
    stage: str
    tenants: int
    node_groups: dict[str, NodeGroupFigures] = field(default_factory=dict)
    load_balancers: dict[str, LoadBalancerFigures] = field(default_factory=dict)
    limits: list[Limit] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # configuration the guard cannot evaluate

    @property
    def exceeded(self) -> list[Limit]:
        return [lim for lim in self.limits if lim.exceeded]

    @property
    def first_limit(self) -> Limit | None:
        """The limit closest to (or furthest past) its end: the one growth reaches first."""
        return max((lim for lim in self.limits if lim.grows), key=lambda lim: lim.utilisation, default=None)

    def lines(self) -> list[str]:
        """Human-readable headroom, the first limit marked."""
        out = [f"{self.tenants} tenants"]
        first = self.first_limit
        if first:
            out.append(f"first limit: {first.describe()}")
        for figures in self.node_groups.values():
            d = figures.demand
            out.append(
                f"node group {figures.name} ({figures.nodes_at_max} x {figures.instance_type} at max, {len(figures.tenants)} tenants): "
                f"pods {d.pods}/{figures.allocatable_pods}, "
                f"CPU {d.cpu_millis / 1000:.1f}/{figures.allocatable_cpu_millis / 1000:.1f} vCPU, "
                f"memory {d.memory_mib / 1024:.1f}/{figures.allocatable_memory_mib / 1024:.1f} GiB"
            )
        for lb in self.load_balancers.values():
            out.append(f"load-balancer group {lb.name}: {lb.target_groups} target groups, {lb.rules} rules, {lb.certificates} certificates")
        for lim in sorted(self.limits, key=lambda lim: -lim.utilisation):
            if not lim.scope.startswith(("node group", "load-balancer group")) and lim.quota is None:
                out.append(lim.describe())
        out.append("AWS quotas:")
        for lim in self.limits:
            if lim.quota is not None:
                out.append("  " + lim.quota_line())
        for err in self.errors:
            out.append(f"cannot evaluate: {err}")
        return out


# --- Computation ------------------------------------------------------------------------
NODE_GROUP_MAX_SIZE = 100  # config.NodeGroupConfig.max_size
MAX_LOAD_BALANCER_GROUPS = 50  # config.LoadBalancerConfig.groups
POD_SUBNET_PREFIXES = range(19, 15, -1)  # /19 .. /16: config.SUBNET_SIZES["podSubnets"]


def larger_pod_subnets(stage: StageConfig, prefixes_per_zone: int) -> dict[str, Any] | None:
    """Pod subnets (one per zone) large enough for `prefixes_per_zone` /28 blocks, carved from
    new /16 secondary CIDRs in 100.64.0.0/10 that overlap nothing the VPC has (EKS custom
    networking practice). None when the present ones suffice or even /16s would not."""
    if all(_usable_prefixes(c) >= prefixes_per_zone for c in stage.pod_subnets):
        return None
    length = next((p for p in POD_SUBNET_PREFIXES if _usable_prefixes(f"0.0.0.0/{p}") >= prefixes_per_zone), None)
    if length is None:
        return None
    taken = [ipaddress.ip_network(c) for c in [stage.vpc_cidr, *stage.secondary_cidrs]]
    free = (b for b in CG_NAT.subnets(new_prefix=16) if not any(b.overlaps(t) for t in taken))
    zones = len(stage.availability_zones)
    per_block = 2 ** (length - 16)
    blocks = [next(free) for _ in range(math.ceil(zones / per_block))]
    subnets = [str(net) for block in blocks for net in block.subnets(new_prefix=length)][:zones]
    remedy: dict[str, Any] = {"secondaryCidrs": [*stage.secondary_cidrs, *map(str, blocks)], "podSubnets": subnets}
    cidr_blocks = 1 + len(remedy["secondaryCidrs"])
    if cidr_blocks > stage.quotas.limit("vpcCidrBlocks"):
        remedy["quotas.vpcCidrBlocks"] = cidr_blocks
    return remedy


def _usable_prefixes(cidr: str) -> int:
    """Aligned /28 blocks of a subnet that hold none of the five reserved addresses."""
    net = ipaddress.ip_network(cidr)
    blocks = net.num_addresses // PREFIX_SIZE
    # The first block holds .0-.3 and the last holds the broadcast address.
    return max(0, blocks - 2)


def _prefixes_per_node(itype: InstanceType) -> int:
    """/28 blocks a full node holds: its pod-network pods (all but host-network DaemonSets) plus the warm spare."""
    host_network = sum(1 for *_, host in NODE_DAEMONSETS if host)
    return math.ceil((itype.max_pods - host_network) / PREFIX_SIZE) + WARM_PREFIXES


def _daemonset_overhead() -> Footprint:
    out = ZERO
    for _name, cpu, mem, _host in NODE_DAEMONSETS:
        out += Footprint(1, cpu, float(mem), cpu, float(mem))
    return out


@dataclass(frozen=True)
class _Group:
    name: str
    instance_types: list[str]
    max_size: int  # per AZ
    tenants: list[TenantConfig]
    fix: str


def _groups(stage: StageConfig, tenants: list[TenantConfig]) -> list[_Group]:
    shared_cfg = stage.node_groups.shared
    system_cfg = stage.node_groups.system
    groups = [
        _Group("system", list(system_cfg.instance_types), system_cfg.max_size, [], "raise nodeGroups.system.maxSize"),
        _Group(
            "shared",
            list(shared_cfg.instance_types),
            shared_cfg.max_size,
            [t for t in tenants if not t.platform.placement.dedicated],
            f"raise nodeGroups.shared.maxSize (now {shared_cfg.max_size} per zone) or choose larger nodeGroups.shared.instanceTypes in cdk.json "
            f"stage '{stage.name}', move tenants to dedicated nodes, or lower their tier or replicas",
        ),
    ]
    for t in tenants:
        placement = t.platform.placement
        if not placement.dedicated or t.platform.state == "decommissioned":
            continue
        max_size = placement.max_size if placement.max_size is not None else shared_cfg.max_size
        groups.append(
            _Group(
                contracts.dedicated_placement(t.name)[0],
                list(placement.instance_types or shared_cfg.instance_types),
                max_size,
                [t],
                f"raise tenant '{t.name}' platform.placement.maxSize (now {max_size} per zone) or choose larger placement.instanceTypes",
            )
        )
    return groups


def compute(config: PlatformConfig, stage: StageConfig | str) -> CapacityReport:
    """Figures and limits of one stage."""
    if isinstance(stage, str):
        stage = config.stages[stage]
    tenants = config.tenants_in(stage.name)
    report = CapacityReport(stage=stage.name, tenants=len(tenants))
    zones = len(stage.availability_zones)
    overhead = _daemonset_overhead()

    prefixes_per_zone = 0
    nodes_per_zone = 0
    for group in _groups(stage, tenants):
        try:
            itype = smallest(group.instance_types)
        except UnknownInstanceType as exc:
            report.errors.append(
                f"node group {group.name}: instance type {exc.args[0]!r} is not in drupal_platform/instance_types.py "
                f"(known: {', '.join(sorted(INSTANCE_TYPES))}); add it there"
            )
            continue
        nodes = group.max_size * zones
        nodes_per_zone += group.max_size
        prefixes_per_zone += group.max_size * _prefixes_per_node(itype)
        if group.name == "system":
            continue  # platform services: their own charts size them
        demand = ZERO
        for t in group.tenants:
            demand += footprint(t, stage)
        pods = nodes * (itype.max_pods - overhead.pods)
        cpu = nodes * (itype.allocatable_cpu_millis - overhead.cpu_millis)
        mem = nodes * (itype.allocatable_memory_mib - overhead.memory_mib)
        report.node_groups[group.name] = NodeGroupFigures(
            group.name, itype.name, nodes, tuple(t.name for t in group.tenants), demand, pods, cpu, mem
        )
        scope = f"node group {group.name}"
        per_node = (itype.max_pods - overhead.pods, itype.allocatable_cpu_millis - overhead.cpu_millis,
                    itype.allocatable_memory_mib - overhead.memory_mib)
        needed = (demand.pods, demand.cpu_millis, demand.memory_mib)
        max_size = max(math.ceil(math.ceil(n / per) / zones) if per > 0 else 0 for n, per in zip(needed, per_node))
        remedy = None
        if group.name == "shared" and group.max_size < max_size <= NODE_GROUP_MAX_SIZE:
            remedy = {"nodeGroups.shared.maxSize": max_size}
        fix = group.fix if max_size <= NODE_GROUP_MAX_SIZE else (
            f"{group.fix} (it would need {max_size} nodes per zone, more than the {NODE_GROUP_MAX_SIZE} allowed: choose larger instance types)")
        report.limits += [
            Limit(scope, "pods", demand.pods, pods, "pods", fix, remedy=remedy),
            Limit(scope, "CPU requests", demand.cpu_millis / 1000, cpu / 1000, "vCPU", fix, remedy=remedy),
            Limit(scope, "memory requests", demand.memory_mib / 1024, mem / 1024, "GiB", fix, remedy=remedy),
        ]
        # The largest single pod must fit on one node next to the DaemonSets.
        per_node_cpu = itype.allocatable_cpu_millis - overhead.cpu_millis
        per_node_mem = itype.allocatable_memory_mib - overhead.memory_mib
        if demand.pods:
            report.limits += [
                Limit(scope, f"largest pod's CPU request on one {itype.name}", demand.largest_pod_cpu_millis / 1000, per_node_cpu / 1000, "vCPU",
                      "choose a larger instance type", grows=False),
                Limit(scope, f"largest pod's memory request on one {itype.name}", demand.largest_pod_memory_mib / 1024, per_node_mem / 1024, "GiB",
                      "choose a larger instance type", grows=False),
            ]

    # Pod and node addresses per zone (every zone has the same groups and sizes).
    pod_remedy = larger_pod_subnets(stage, prefixes_per_zone)
    for zone, pod_cidr, node_cidr in zip(stage.availability_zones, stage.pod_subnets, stage.node_subnets):
        grow = (f"use larger pod subnets (a /19 up to a /16 each, usually in a secondary CIDR from {CG_NAT}) in cdk.json stage '{stage.name}'"
                if pod_remedy else f"even /16 pod subnets are too small for {prefixes_per_zone:,} prefixes per zone")
        report.limits.append(
            Limit(
                f"pod subnet {zone} ({pod_cidr})", "/28 prefixes for every node at maximum size", prefixes_per_zone, _usable_prefixes(pod_cidr), "prefixes",
                f"{grow}, or lower node groups' maxSize "
                f"(each node holds up to {PREFIX_SIZE}-address blocks for its pods plus {WARM_PREFIXES} spare); "
                f"running nodes keep their old pod subnet until they are replaced (docs/scale.md)",
                remedy=pod_remedy,
            )
        )
        node_addresses = ipaddress.ip_network(node_cidr).num_addresses - SUBNET_RESERVED_ADDRESSES - len(stage.interface_endpoints)
        report.limits.append(
            Limit(f"node subnet {zone} ({node_cidr})", "node addresses at maximum size", nodes_per_zone, node_addresses, "addresses",
                  f"lower node groups' maxSize or use a larger node subnet (a /23 or larger, inside the VPC) in cdk.json stage '{stage.name}'")
        )

    # Load balancers: one target group per tenant with an Ingress (active and suspended).
    lb_quota = stage.load_balancers
    members: dict[str, list[TenantConfig]] = {g: [] for g in stage.ingress_groups}
    for t in tenants:
        if t.platform.state != "decommissioned":
            members[t.load_balancer_group(stage)].append(t)
    # Enough groups for every tenant, rule and certificate with 15% to spare: the rendezvous hash spreads
    # tenants evenly only on average.
    all_rules = sum(len(t.hosts(stage.name)) for ts in members.values() for t in ts)
    all_certs = sum(len(t.certificate_arns_in(stage)) for ts in members.values() for t in ts)
    wanted = max(lb_quota.groups + 1, *(math.ceil(n / (per * 0.85)) for n, per in (
        (sum(len(ts) for ts in members.values()), TARGET_GROUPS_PER_LOAD_BALANCER),
        (all_rules, lb_quota.rules_per_load_balancer), (all_certs, lb_quota.certificates_per_load_balancer))))
    more = {"loadBalancers.groups": min(wanted, MAX_LOAD_BALANCER_GROUPS)} if lb_quota.groups < MAX_LOAD_BALANCER_GROUPS else None
    for group, ts in members.items():
        rules = sum(len(t.hosts(stage.name)) for t in ts)
        certs = set()
        for t in ts:
            _, own = contracts.split_hosts_by_certificate(t.hosts(stage.name), stage.dns.base_domain)
            if own:
                certs.update(a for a in t.platform.certificate_arns if a.split(":")[3:5] == [stage.region, stage.account])
        # The wildcard certificate is each listener's default, which the quota does not count.
        report.load_balancers[group] = LoadBalancerFigures(group, tuple(t.name for t in ts), len(ts), rules, len(certs))
        scope = f"load-balancer group {group}"
        move = f"raise loadBalancers.groups in cdk.json stage '{stage.name}' (now {lb_quota.groups}) or pin tenants elsewhere with platform.loadBalancer"
        report.limits += [
            Limit(scope, "ALB target groups", len(ts), TARGET_GROUPS_PER_LOAD_BALANCER, "target groups", move + " (AWS does not raise this limit)",
                  remedy=more),
            Limit(scope, "ALB listener rules", rules, lb_quota.rules_per_load_balancer, "rules",
                  move + ", or raise loadBalancers.rulesPerLoadBalancer after AWS raised the quota", remedy=more),
            Limit(scope, "ALB certificates", len(certs), lb_quota.certificates_per_load_balancer, "certificates",
                  move + ", or raise loadBalancers.certificatesPerLoadBalancer after AWS raised the quota", remedy=more),
        ]
    report.limits.append(
        Limit("stage", "application load balancers in the region", lb_quota.groups, lb_quota.load_balancers_per_region, "load balancers",
              "lower loadBalancers.groups or raise loadBalancers.loadBalancersPerRegion after AWS raised the quota",
              remedy={"loadBalancers.loadBalancersPerRegion": lb_quota.groups})
    )
    report.limits += quota_limits(config, stage)
    return report


# --- AWS service quotas --------------------------------------------------------------------
def platform_iam_roles(stage: StageConfig) -> int:
    """Roles of a stage's shared stacks (Network 2, Cluster 6, Platform-Services 5, Platform-Data 2, PlatformImage 1
    in the image-owning stage)."""
    return aws_quotas.PLATFORM_IAM_ROLES + (aws_quotas.PLATFORM_IMAGE_ROLES if stage.owns_image_repositories else 0)


def tenant_iam_roles(config: PlatformConfig, stage: StageConfig) -> int:
    """Each tenant's IRSA role (kept in every state) and, where the stage owns the image
    repositories, the CI role of every custom-image tenant that is not decommissioned."""
    from drupal_platform.stacks.tenant import needs_image_repository

    out = 0
    for t in config.tenants_in(stage.name):
        out += aws_quotas.TENANT_IRSA_ROLES
        if needs_image_repository(t, stage) and t.platform.state != "decommissioned":
            out += aws_quotas.TENANT_CI_ROLES
    return out


def stage_stacks(config: PlatformConfig, stage: StageConfig) -> int:
    return (aws_quotas.PLATFORM_STACKS + (1 if stage.github.create_oidc_provider else 0)
            + (aws_quotas.PLATFORM_IMAGE_STACKS if stage.owns_image_repositories else 0) + len(config.tenants_in(stage.name)))


def stage_secrets(config: PlatformConfig, stage: StageConfig) -> int:
    """Each tenant's secrets (kept in every state), plus its mail secret where it sends through SES."""
    tenants = config.tenants_in(stage.name)
    return aws_quotas.TENANT_SECRETS * len(tenants) + sum(aws_quotas.TENANT_MAIL_SECRETS for t in tenants if t.sends_through_ses(stage))


def stage_repositories(config: PlatformConfig, stage: StageConfig) -> int:
    """Tenant repositories of the image-owning stage plus the stage's pull-through cache repositories."""
    from drupal_platform.stacks.tenant import needs_image_repository

    own = sum(1 for t in config.tenants_in(stage.name) if needs_image_repository(t, stage))
    platform = aws_quotas.PLATFORM_IMAGE_REPOSITORIES if stage.owns_image_repositories else 0
    return own + platform + aws_quotas.cached_repositories(config, stage)


def mail_senders(config: PlatformConfig, stage: StageConfig) -> list[TenantConfig]:
    """Tenants whose stack holds SES identities, a configuration set and a mail user in this stage."""
    return [t for t in config.tenants_in(stage.name) if t.sends_through_ses(stage)]


def stage_mail_users(config: PlatformConfig, stage: StageConfig) -> int:
    return aws_quotas.TENANT_MAIL_USERS * len(mail_senders(config, stage))


def stage_ses_identities(config: PlatformConfig, stage: StageConfig) -> int:
    return sum(len(t.mail_domains(stage)) for t in mail_senders(config, stage))


def stage_ses_configuration_sets(config: PlatformConfig, stage: StageConfig) -> int:
    return aws_quotas.TENANT_MAIL_CONFIGURATION_SETS * len(mail_senders(config, stage))


def stage_oidc_providers(stage: StageConfig) -> int:
    return 1 + (1 if stage.github.create_oidc_provider else 0)


def managed_node_groups(config: PlatformConfig, stage: StageConfig) -> int:
    zones = len(stage.availability_zones)
    dedicated = [t for t in config.tenants_in(stage.name) if t.platform.placement.dedicated and t.platform.state != "decommissioned"]
    return zones * (2 + len(dedicated))


def quota_limits(config: PlatformConfig, stage: StageConfig) -> list[Limit]:
    """Each quota of aws_quotas.QUOTAS: this stage's use plus that of every stage sharing its
    account (IAM) or account and region, against the applied (configured or default) value."""
    q = aws_quotas.QUOTAS
    account = [s for s in config.stages.values() if s.account == stage.account]
    regional = [s for s in account if s.region == stage.region]

    def shared(stages: list[StageConfig], what: str) -> str:
        names = ", ".join(s.name for s in stages)
        return f"{what} (stages {names})" if len(stages) > 1 else what

    def fix(quota: aws_quotas.AwsQuota, otherwise: str) -> str:
        if quota.adjustable:
            return (f"ask AWS to raise {quota.console} for account {stage.account} (Service Quotas), then set quotas.{quota.key} "
                    f"to the applied value in cdk.json stage '{stage.name}'; or {otherwise}")
        return f"AWS does not raise {quota.console}: {otherwise}"

    def limit(key: str, scope: str, used: int, otherwise: str) -> Limit:
        quota = q[key]
        remedy = {f"quotas.{key}": used} if quota.adjustable else None
        return Limit(scope, quota.name, used, stage.quotas.limit(key), "", fix(quota, otherwise), quota=quota, remedy=remedy)

    tenants = config.tenants_in(stage.name)
    return [
        limit("managedNodeGroupsPerCluster", f"cluster of stage '{stage.name}'", managed_node_groups(config, stage),
              "move dedicated tenants to the shared node group (each takes one group per zone)"),
        limit("iamRoles", shared(account, f"account {stage.account}"),
              sum(platform_iam_roles(s) + tenant_iam_roles(config, s) for s in account),
              "move a stage to its own account"),
        limit("iamUsers", shared(account, f"account {stage.account}"), sum(stage_mail_users(config, s) for s in account),
              "move a stage to its own account, or send fewer non-production stages' mail through SES (realSendingStages)"),
        limit("iamOidcProviders", shared(account, f"account {stage.account}"), sum(stage_oidc_providers(s) for s in account),
              "move a stage to its own account"),
        limit("cloudFormationStacks", shared(regional, f"account {stage.account} in {stage.region}"),
              aws_quotas.BOOTSTRAP_STACKS + sum(stage_stacks(config, s) for s in regional),
              "move a stage to its own account or region, or remove tenants that no longer run"),
        limit("secretsManagerSecrets", shared(regional, f"account {stage.account} in {stage.region}"),
              sum(stage_secrets(config, s) for s in regional),
              "move a stage to its own account or region (secrets of removed tenants are retained: delete those no longer needed)"),
        limit("ecrRepositories", shared(regional, f"account {stage.account} in {stage.region}"),
              sum(stage_repositories(config, s) for s in regional),
              "move the image-owning stage to its own account or region"),
        limit("sesIdentities", shared(regional, f"account {stage.account} in {stage.region}"),
              sum(stage_ses_identities(config, s) for s in regional),
              "move a stage to its own account or region (identities of removed tenants are retained: delete those no longer needed)"),
        limit("sesConfigurationSets", shared(regional, f"account {stage.account} in {stage.region}"),
              sum(stage_ses_configuration_sets(config, s) for s in regional),
              "move a stage to its own account or region"),
        limit("vpcCidrBlocks", f"VPC of stage '{stage.name}'", 1 + len(stage.secondary_cidrs),
              "use fewer, larger secondary CIDRs"),
        # Access points are RETAINed with the files, so decommissioned tenants count too.
        limit("efsAccessPointsPerFileSystem", f"files file system of stage '{stage.name}'", len(tenants),
              "split the tenants over two stages, or delete the access points of removed tenants"),
    ]


def apply_remedy(stage_settings: dict[str, Any], remedy: dict[str, Any]) -> dict[str, Any]:
    """A copy of one stage's cdk.json settings with a remedy's dotted paths set (tools and tests;
    the guard itself never edits configuration)."""
    out = json.loads(json.dumps(stage_settings))
    for path, value in remedy.items():
        node = out
        *parents, leaf = path.split(".")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return out


def stage_problems(config: PlatformConfig, stage: StageConfig) -> list[Problem]:
    """Every exceeded limit of one stage, as configuration problems (without a value column)."""
    from drupal_platform.config import _MISSING, Problem

    problems: list[Problem] = []
    report = compute(config, stage)
    scope = f"stage '{stage.name}'"
    for err in report.errors:
        problems.append(Problem(config.tenants_file, scope, "capacity", _MISSING, err))
    for lim in report.exceeded:
        problems.append(Problem(config.tenants_file, scope, f"capacity of {lim.scope}", _MISSING, lim.problem_text()))
    return problems


def check(config: PlatformConfig) -> list[Problem]:
    """Every exceeded limit of every stage (validation.validate runs this per stage as the rule capacity-fits)."""
    return [p for stage in config.stages.values() for p in stage_problems(config, stage)]


def guard(config: PlatformConfig) -> None:
    """Raise ConfigError when any stage does not fit (validation.validate already runs this rule)."""
    from drupal_platform.config import ConfigError

    problems = check(config)
    if problems:
        raise ConfigError(problems)
