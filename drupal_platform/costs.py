"""What each tenant adds to the AWS bill, per month, from the configuration and the tier table.

`make synth` prints it per stage (app.py writes `cost-<stage>.txt` beside the assembly, the
summary prints it). Nothing is looked up: the prices are the published on-demand list prices
in `PRICES` below (one region, one date: refresh them when AWS changes its price pages, and
read the figures for another region as an approximation — the summary says so).

Per tenant and stage:

- **site**: its share of the shared nodes for the pods that run steadily — Drupal (the fixed
  replica count, or the HPA minimum), the mysqld-exporter and one Job pod (cron and the backup
  take turns) — priced at the shared node type's on-demand rate. The share is the tenant's
  requests over the node's capacity for tenant pods (allocatable minus the DaemonSets) in the
  dimension, CPU or memory, that the tenant uses more of: that dimension decides how many such
  tenants fit on a node.
- **database** (its own line): the same share for the MySQL pods (the mysqld container at the
  tier's size, the operator's sidecars at the namespace's LimitRange default request, the MySQL
  Routers of an HA database) plus the gp3 volumes of every MySQL node.
- **secrets**: Secrets Manager secrets, plus the GetSecretValue calls of the ExternalSecrets
  (one per secret per refresh) and the KMS Decrypt each of them causes on the stage key (the
  key itself is shared: no per-tenant key charge).
- **files**: the EFS access point (free) and the files claim's size on EFS Standard.
- **images**: the tenant's ECR repository (custom images, in the image-owning stage).
- **dedicated**: dedicated node groups at their minimum size in every zone, with root volumes;
  a dedicated tenant's pods run there, so it has no share of the shared nodes.
- **alb**: its share of its load-balancer group's hourly ALB charge, by listener rules (one per
  host). Traffic (LCUs), data transfer and backups in S3 depend on use, not configuration, and
  are not included; nor are the shared platform's own resources.
- **mail**: where the site sends through SES (constructs/tenant_mail.py): the CloudWatch metrics
  its configuration set's event destination publishes (one per event type, dimension
  ses:configuration-set), at the custom-metric price for a full month — CloudWatch prorates by the
  hour and bills only hours with data, so a site that sends rarely costs less. Identities,
  configuration sets and IAM users are free; SES charges per message (the table's header gives
  the price), which depends on use and is not included. A catch-mode site's mail costs nothing
  beyond the shared catcher.
- **cloudwatch**: nothing per tenant — tenant logs and metrics go to Loki and Prometheus in the
  cluster; listed so that adding a per-tenant alarm or log group shows up here.

Suspended tenants run no pods (their volumes, secrets and files still cost); decommissioned
ones keep only their data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drupal_platform import contracts, quota
from drupal_platform.capacity import NODE_DAEMONSETS
from drupal_platform.config import PlatformConfig, StageConfig, TenantConfig
from drupal_platform.instance_types import instance_type
from drupal_platform.tiers import TIERS, Resources

HOURS_PER_MONTH = 730  # AWS's own monthly figure (8,760 h / 12)

# Operator v1.2.0 adds two sidecars to an async MySQL pod (xtrabackup, pt-heartbeat) and one to a
# group-replication pod (xtrabackup); the CR sets no resources for them, so the namespace's
# LimitRange default request applies.
MYSQL_SIDECARS_ASYNC = 2
MYSQL_SIDECARS_GROUP_REPLICATION = 1
# Cron runs and the nightly backup take turns: on average about one Job pod runs.
STEADY_JOB_PODS = 1
# Stored bytes of a custom-image repository: the kept images share their base layers.
IMAGE_REPOSITORY_GB = 1.0
# Root volume of every node (constructs/node_groups.py launch template).
NODE_ROOT_VOLUME_GB = 50


@dataclass(frozen=True)
class PriceList:
    """Published on-demand list prices in USD, Linux, for one region on one date."""

    region: str
    as_of: str
    secret_month: float  # Secrets Manager, per secret per month
    secret_api_per_10k: float  # Secrets Manager API calls
    kms_requests_per_10k: float  # KMS symmetric requests
    efs_standard_gb_month: float  # EFS Standard storage (access points: no charge)
    efs_access_point_month: float
    ecr_gb_month: float  # ECR private repository storage
    gp3_gb_month: float  # EBS gp3 storage (3,000 IOPS and 125 MB/s included)
    alb_hour: float  # Application Load Balancer hour (LCUs extra)
    cloudwatch_per_tenant_month: float  # no per-tenant CloudWatch resource today
    cloudwatch_metric_month: float  # CloudWatch custom metric, first 10,000 metrics
    ses_per_1000_messages: float  # SES outbound, per 1,000 messages (not in the table: it depends on use)
    instance_hour: dict[str, float] = field(default_factory=dict)

    def hourly(self, name: str) -> float:
        try:
            return self.instance_hour[name]
        except KeyError:
            raise KeyError(f"no on-demand price for instance type {name!r} in drupal_platform/costs.py (region {self.region}); add it") from None


def _family(prefix: str, large: float, sizes=("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge")) -> dict[str, float]:
    """Within a family the on-demand price is linear in size: large x1, xlarge x2, 2xlarge x4 ..."""
    factor = {"large": 1, "xlarge": 2, "2xlarge": 4, "4xlarge": 8, "8xlarge": 16, "12xlarge": 24, "16xlarge": 32}
    return {f"{prefix}.{s}": round(large * factor[s], 4) for s in sizes}


# EU (Ireland) list prices from aws.amazon.com/<service>/pricing, as recorded on the date below.
PRICES = PriceList(
    region="eu-west-1",
    as_of="2026-12-01",
    secret_month=0.40,
    secret_api_per_10k=0.05,
    kms_requests_per_10k=0.03,
    efs_standard_gb_month=0.33,
    efs_access_point_month=0.0,
    ecr_gb_month=0.10,
    gp3_gb_month=0.088,
    alb_hour=0.0252,
    cloudwatch_per_tenant_month=0.0,
    cloudwatch_metric_month=0.30,
    ses_per_1000_messages=0.10,
    instance_hour={
        **_family("m7i", 0.1124),
        **_family("m6i", 0.107),
        **_family("m5", 0.107),
        **_family("c7i", 0.1008),
        **_family("c6i", 0.096),
        **_family("r7i", 0.1481),
        **_family("r6i", 0.141),
        "t3.medium": 0.0456,
        "t3.large": 0.0912,
        "t3.xlarge": 0.1824,
        "t3.2xlarge": 0.3648,
    },
)

LINES = ("site", "database", "secrets", "files", "images", "dedicated", "alb", "mail", "cloudwatch")


@dataclass(frozen=True)
class Requests:
    cpu_millis: float = 0.0
    memory_mib: float = 0.0

    def __add__(self, other: Requests) -> Requests:
        return Requests(self.cpu_millis + other.cpu_millis, self.memory_mib + other.memory_mib)


def _pods(count: int, r: Resources) -> Requests:
    return Requests(count * quota.cpu_millis(r.cpu_request), count * quota.bytes_of(r.memory_request) / 2**20)


def steady_requests(tenant: TenantConfig, stage: StageConfig) -> tuple[Requests, Requests]:
    """(site, database) requests of the pods that run steadily; nothing unless active."""
    if tenant.platform.state != "active":
        return Requests(), Requests()
    tier = TIERS[tenant.platform.tier.value]
    a = tenant.client.autoscaling
    replicas = a.min_replicas if a.enabled else tenant.replica_count(stage.name)
    site = _pods(replicas, tier.drupal) + _pods(1, tier.exporter) + _pods(STEADY_JOB_PODS, tier.job)
    ha = tenant.platform.database.high_availability
    nodes = quota.HA_MYSQL_NODES if ha else 1
    sidecars = MYSQL_SIDECARS_GROUP_REPLICATION if ha else MYSQL_SIDECARS_ASYNC
    database = _pods(nodes, tier.mysql) + _pods(nodes * sidecars, tier.container_default)
    if ha:
        database += _pods(quota.HA_ROUTERS, tier.mysql_sidecar)
    return site, database


@dataclass(frozen=True)
class NodeRate:
    """Monthly price of one shared node and what it holds for tenant pods."""

    instance: str
    month: float
    cpu_millis: float
    memory_mib: float


def shared_node_rate(stage: StageConfig, prices: PriceList = PRICES) -> NodeRate:
    """The shared group's first instance type (an on-demand managed group launches its types in order)."""
    name = stage.node_groups.shared.instance_types[0]
    itype = instance_type(name)
    cpu = itype.allocatable_cpu_millis - sum(d[1] for d in NODE_DAEMONSETS)
    mem = itype.allocatable_memory_mib - sum(d[2] for d in NODE_DAEMONSETS)
    return NodeRate(name, prices.hourly(name) * HOURS_PER_MONTH, cpu, mem)


@dataclass(frozen=True)
class TenantCost:
    tenant: str
    tier: str
    state: str
    lines: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.lines.values())


def tenant_cost(config: PlatformConfig, stage: StageConfig, tenant: TenantConfig, *, rules_in_group: int,
                prices: PriceList = PRICES) -> TenantCost:
    from drupal_platform.constructs.tenant_nodes import dedicated_spec
    from drupal_platform.stacks.cluster import cluster_name
    from drupal_platform.stacks.tenant import needs_image_repository

    state = tenant.platform.state
    lines = dict.fromkeys(LINES, 0.0)
    site, database = steady_requests(tenant, stage)
    db = tenant.platform.database
    mysql_nodes = quota.HA_MYSQL_NODES if db.high_availability else 1
    ebs = mysql_nodes * quota.bytes_of(db.storage) / 2**30 * prices.gp3_gb_month
    if tenant.platform.placement.dedicated:
        if state != "decommissioned":
            spec = dedicated_spec(stage, tenant, cluster_name(stage))
            nodes = spec.min_size * len(stage.availability_zones)
            hourly = prices.hourly(spec.instance_types[0])
            lines["dedicated"] = nodes * (hourly * HOURS_PER_MONTH + NODE_ROOT_VOLUME_GB * prices.gp3_gb_month)
        lines["database"] = ebs
    else:
        node = shared_node_rate(stage, prices)
        total = site + database
        # The dimension the tenant uses more of sets its share; each part is priced in that dimension.
        if total.cpu_millis / node.cpu_millis >= total.memory_mib / node.memory_mib:
            share = lambda r: r.cpu_millis / node.cpu_millis  # noqa: E731
        else:
            share = lambda r: r.memory_mib / node.memory_mib  # noqa: E731
        lines["site"] = share(site) * node.month
        lines["database"] = share(database) * node.month + ebs
    secrets = len(contracts.tenant_secret_names(stage.name, tenant.name, mail=tenant.sends_through_ses(stage)))
    calls = secrets * HOURS_PER_MONTH / contracts.EXTERNAL_SECRET_REFRESH_HOURS
    lines["secrets"] = secrets * prices.secret_month + calls / 10_000 * (prices.secret_api_per_10k + prices.kms_requests_per_10k)
    lines["files"] = prices.efs_access_point_month + quota.bytes_of(quota.FILES_CLAIM_SIZE) / 2**30 * prices.efs_standard_gb_month
    if needs_image_repository(tenant, stage):
        lines["images"] = IMAGE_REPOSITORY_GB * prices.ecr_gb_month
    if state != "decommissioned" and rules_in_group:
        lines["alb"] = len(tenant.hosts(stage.name)) / rules_in_group * prices.alb_hour * HOURS_PER_MONTH
    if tenant.sends_through_ses(stage) and state == "active":  # a site that runs nothing publishes no events
        lines["mail"] = len(contracts.MAIL_EVENT_METRICS) * prices.cloudwatch_metric_month
    lines["cloudwatch"] = prices.cloudwatch_per_tenant_month
    return TenantCost(tenant.name, tenant.platform.tier.value, state, lines)


def stage_costs(config: PlatformConfig, stage: StageConfig, prices: PriceList = PRICES) -> list[TenantCost]:
    tenants = sorted(config.tenants_in(stage.name), key=lambda t: t.name)
    rules: dict[str, int] = {}
    for t in tenants:
        if t.platform.state != "decommissioned":
            group = t.load_balancer_group(stage)
            rules[group] = rules.get(group, 0) + len(t.hosts(stage.name))
    return [
        tenant_cost(config, stage, t, rules_in_group=rules.get(t.load_balancer_group(stage), 0), prices=prices)
        for t in tenants
    ]


def report_lines(config: PlatformConfig, stage: StageConfig, prices: PriceList = PRICES) -> list[str]:
    """The table `make synth` prints for one stage."""
    costs = stage_costs(config, stage, prices)
    node = shared_node_rate(stage, prices)
    out = [
        f"monthly cost each tenant adds (USD; {prices.region} on-demand list prices of {prices.as_of}; "
        f"shared nodes: {node.instance} at ${node.month:,.2f}/month; traffic, backups, SES messages "
        f"(${prices.ses_per_1000_messages:.2f} per 1,000) and the shared platform not included)"
    ]
    if stage.region != prices.region:
        out.append(f"note: stage '{stage.name}' is in {stage.region}; prices are {prices.region}'s, read them as an approximation")
    header = f"{'tenant':<24} {'tier':<7}" + "".join(f" {name:>10}" for name in LINES) + f" {'total':>10}"
    out.append(header)
    for c in costs:
        label = c.tenant + ("" if c.state == "active" else f" ({c.state})")
        out.append(f"{label:<24} {c.tier:<7}" + "".join(f" {c.lines[n]:>10.2f}" for n in LINES) + f" {c.total:>10.2f}")
    sums = {n: sum(c.lines[n] for c in costs) for n in LINES}
    out.append(f"{'stage total':<24} {'':<7}" + "".join(f" {sums[n]:>10.2f}" for n in LINES) + f" {sum(sums.values()):>10.2f}")
    if costs:
        out.append(f"per tenant on average: ${sum(sums.values()) / len(costs):,.2f}/month, of which the database ${sums['database'] / len(costs):,.2f}")
    return out
