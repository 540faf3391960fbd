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
- load balancers per region, and EFS access points per file system (one per tenant).

`compute(config, stage)` returns the figures, `check(config)` the problems as
`config.Problem`s, so `load_config` reports them exactly like other configuration errors,
and the operator CLI can call either.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drupal_platform import contracts
from drupal_platform.instance_types import INSTANCE_TYPES, PREFIX_SIZE, InstanceType, UnknownInstanceType, smallest
from drupal_platform.tiers import TIERS, Tier

if TYPE_CHECKING:
    from drupal_platform.config import PlatformConfig, Problem, StageConfig, TenantConfig

# --- Fixed AWS limits --------------------------------------------------------------------
TARGET_GROUPS_PER_LOAD_BALANCER = 100  # not adjustable
EFS_ACCESS_POINTS_PER_FILE_SYSTEM = 10_000
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
            f"over by {self._fmt(-self.headroom)}{unit}; {self.fix}"
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
            if not lim.scope.startswith(("node group", "load-balancer group")):
                out.append(lim.describe())
        for err in self.errors:
            out.append(f"cannot evaluate: {err}")
        return out


# --- Computation ------------------------------------------------------------------------
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
        report.limits += [
            Limit(scope, "pods", demand.pods, pods, "pods", group.fix),
            Limit(scope, "CPU requests", demand.cpu_millis / 1000, cpu / 1000, "vCPU", group.fix),
            Limit(scope, "memory requests", demand.memory_mib / 1024, mem / 1024, "GiB", group.fix),
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
    for zone, pod_cidr, node_cidr in zip(stage.availability_zones, stage.pod_subnets, stage.node_subnets):
        report.limits.append(
            Limit(
                f"pod subnet {zone} ({pod_cidr})", "/28 prefixes for every node at maximum size", prefixes_per_zone, _usable_prefixes(pod_cidr), "prefixes",
                f"add a larger or secondary pod subnet for {zone} in cdk.json stage '{stage.name}', or lower node groups' maxSize "
                f"(each node holds up to {PREFIX_SIZE}-address blocks for its pods plus {WARM_PREFIXES} spare)",
            )
        )
        node_addresses = ipaddress.ip_network(node_cidr).num_addresses - SUBNET_RESERVED_ADDRESSES - len(stage.interface_endpoints)
        report.limits.append(
            Limit(f"node subnet {zone} ({node_cidr})", "node addresses at maximum size", nodes_per_zone, node_addresses, "addresses",
                  f"lower node groups' maxSize or use a larger node subnet in cdk.json stage '{stage.name}'")
        )

    # Load balancers: one target group per tenant with an Ingress (active and suspended).
    lb_quota = stage.load_balancers
    members: dict[str, list[TenantConfig]] = {g: [] for g in stage.ingress_groups}
    for t in tenants:
        if t.platform.state != "decommissioned":
            members[t.load_balancer_group(stage)].append(t)
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
            Limit(scope, "ALB target groups", len(ts), TARGET_GROUPS_PER_LOAD_BALANCER, "target groups", move + " (AWS does not raise this limit)"),
            Limit(scope, "ALB listener rules", rules, lb_quota.rules_per_load_balancer, "rules",
                  move + ", or raise loadBalancers.rulesPerLoadBalancer after AWS raised the quota"),
            Limit(scope, "ALB certificates", len(certs), lb_quota.certificates_per_load_balancer, "certificates",
                  move + ", or raise loadBalancers.certificatesPerLoadBalancer after AWS raised the quota"),
        ]
    report.limits.append(
        Limit("stage", "application load balancers in the region", lb_quota.groups, lb_quota.load_balancers_per_region, "load balancers",
              "lower loadBalancers.groups or raise loadBalancers.loadBalancersPerRegion after AWS raised the quota")
    )
    report.limits.append(
        Limit("stage", "EFS access points (one per tenant, kept after decommissioning)", len(tenants), EFS_ACCESS_POINTS_PER_FILE_SYSTEM,
              "access points", "split the stage or delete the files of removed tenants")
    )
    return report


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
