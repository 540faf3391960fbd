"""Quota arithmetic: the tier's ResourceQuota and the worst moment of one tenant.

Pure arithmetic over the tier table, shared by configuration validation, the tenant chart
and the capacity guard.

`worst_moment(tenant, stage)` is what the capacity guard calls: the most CPU, memory and
pods one tenant can request at once - the HPA maximum plus a rolling update's surge, every
MySQL node and router, the exporter, and one of each Job (deploy step, cron run, backup,
maintenance) plus the debug pod. The quota-fit test checks it against the tier for every tier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drupal_platform import ephemeral
from drupal_platform.tiers import TIERS, Resources, Tier

if TYPE_CHECKING:  # config.py calls into this module: no import back at run time
    from drupal_platform.config import StageConfig, TenantConfig

DRUPAL_SURGE = 1  # Deployment strategy: maxSurge 1, maxUnavailable 0
FILES_CLAIM_SIZE = "5Gi"  # EFS is elastic; the claim's size only counts against the quota
HA_MYSQL_NODES = 3
HA_ROUTERS = 2
# Pods that run one at a time besides the site: deploy step, cron run, backup, one maintenance Job, debug.
JOB_PODS = 5
BACKUP_CONTAINERS = 2  # dump and upload, at the same time
DEPLOY_CONTAINERS = 3  # deploy, dump and upload, at the same time

_UNITS = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "k": 10**3, "M": 10**6, "G": 10**9}


def cpu_millis(q: str) -> int:
    return int(q[:-1]) if q.endswith("m") else int(round(float(q) * 1000))


def bytes_of(q: str) -> int:
    for suffix, factor in _UNITS.items():
        if q.endswith(suffix) and q[: -len(suffix)].replace(".", "", 1).isdigit():
            return int(float(q[: -len(suffix)]) * factor)
    return int(q)


@dataclass(frozen=True)
class Footprint:
    cpu_millis: int = 0
    memory_bytes: int = 0
    limits_cpu_millis: int = 0
    limits_memory_bytes: int = 0
    pods: int = 0
    pvcs: int = 0
    storage_bytes: int = 0
    ephemeral_bytes: int = 0  # requests.ephemeral-storage
    limits_ephemeral_bytes: int = 0

    def __add__(self, other: Footprint) -> Footprint:
        return Footprint(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, ...]:
        return (self.cpu_millis, self.memory_bytes, self.limits_cpu_millis, self.limits_memory_bytes,
                self.pods, self.pvcs, self.storage_bytes, self.ephemeral_bytes, self.limits_ephemeral_bytes)


def pods(count: int, r: Resources, *disks: ephemeral.Ephemeral) -> Footprint:
    """`count` pods of one container with `r`, whose containers ask for `disks` (all of them:
    the pod's local disk is the sum over its containers)."""
    return Footprint(cpu_millis(r.cpu_request) * count, bytes_of(r.memory_request) * count,
                     cpu_millis(r.cpu_limit) * count, bytes_of(r.memory_limit) * count, count,
                     ephemeral_bytes=sum(d.request for d in disks) * 2**20 * count,
                     limits_ephemeral_bytes=sum(d.limit for d in disks) * 2**20 * count)


def pod_of(containers: int, r: Resources, *disks: ephemeral.Ephemeral) -> Footprint:
    """One pod whose `containers` regular containers each ask `r` and run at the same time
    (their disks: `disks`, one per container). Init containers run before them and ask no
    more than one of them (db-init, wait-for-deploy), so they add nothing."""
    one = pods(1, r)
    return Footprint(one.cpu_millis * containers, one.memory_bytes * containers, one.limits_cpu_millis * containers,
                     one.limits_memory_bytes * containers, 1,
                     ephemeral_bytes=sum(d.request for d in disks) * 2**20,
                     limits_ephemeral_bytes=sum(d.limit for d in disks) * 2**20)


def worst_moment(tenant: TenantConfig, stage: StageConfig | str) -> Footprint:
    """Requests of everything one tenant can run at the same time in a stage."""
    stage_name = stage if isinstance(stage, str) else stage.name
    tier = TIERS[tenant.platform.tier.value]
    ha = tenant.platform.database.high_availability
    nodes = HA_MYSQL_NODES if ha else 1
    total = pods(tenant.max_replicas(stage_name) + DRUPAL_SURGE, tier.drupal, ephemeral.DRUPAL)
    # A MySQL pod's one container (init containers finish first and ask no more than it); its
    # sidecars get the LimitRange's default disk.
    sidecars = [ephemeral.LIMIT_RANGE_DEFAULT] * ephemeral.MYSQL_DEFAULTED_SIDECARS
    total += pods(nodes, tier.mysql, ephemeral.MYSQL, *sidecars)
    if ha:
        total += pods(HA_ROUTERS, tier.mysql_sidecar, ephemeral.MYSQL_SIDECAR)
    total += pods(1, tier.exporter, ephemeral.EXPORTER)
    # Job pods, each container within `job` (init containers - db-init, wait-for-deploy - run
    # first and ask no more). Cron and maintenance: one Drupal container; the backup: dump and
    # upload together; the deploy step: deploy, dump and upload together; the debug pod.
    total += pods(2, tier.job, ephemeral.JOB)
    total += pod_of(BACKUP_CONTAINERS, tier.job, ephemeral.DUMP, ephemeral.UPLOAD)
    total += pod_of(DEPLOY_CONTAINERS, tier.job, ephemeral.JOB, ephemeral.DUMP, ephemeral.UPLOAD)
    total += pods(JOB_PODS - 4, tier.job, ephemeral.DEBUG)
    storage = bytes_of(tenant.platform.database.storage) * nodes + bytes_of(FILES_CLAIM_SIZE)
    return total + Footprint(pvcs=nodes + 1, storage_bytes=storage)


def tier_quota_hard(tier: Tier) -> dict[str, str]:
    return {
        "requests.cpu": tier.quota_cpu,
        "requests.memory": tier.quota_memory,
        "limits.cpu": tier.limits_cpu,
        "limits.memory": tier.limits_memory,
        "pods": str(tier.quota_pods),
        "persistentvolumeclaims": str(tier.quota_pvcs),
        "requests.storage": tier.quota_storage,
        "requests.ephemeral-storage": tier.quota_ephemeral,
        "limits.ephemeral-storage": tier.limits_ephemeral,
        # Tenants are reached only through the shared ALB ingress.
        "services.loadbalancers": "0",
        "services.nodeports": "0",
    }


def quota_capacity(tier: Tier) -> Footprint:
    return Footprint(cpu_millis(tier.quota_cpu), bytes_of(tier.quota_memory), cpu_millis(tier.limits_cpu),
                     bytes_of(tier.limits_memory), tier.quota_pods, tier.quota_pvcs, bytes_of(tier.quota_storage),
                     bytes_of(tier.quota_ephemeral), bytes_of(tier.limits_ephemeral))


def _human(value: int, unit: str) -> str:
    if unit == "m":
        return f"{value}m"
    if unit == "B":
        return f"{value / 2**30:.1f}Gi" if value >= 2**30 else f"{value / 2**20:.0f}Mi"
    return str(value)


def quota_shortfalls(tenant: TenantConfig, stage: StageConfig | str) -> list[str]:
    """Every quota dimension the tenant's worst moment exceeds (empty = it fits)."""
    need = worst_moment(tenant, stage)
    have = quota_capacity(TIERS[tenant.platform.tier.value])
    names = (("requests.cpu", "m"), ("requests.memory", "B"), ("limits.cpu", "m"), ("limits.memory", "B"),
             ("pods", ""), ("persistentvolumeclaims", ""), ("requests.storage", "B"),
             ("requests.ephemeral-storage", "B"), ("limits.ephemeral-storage", "B"))
    return [f"{n} needs {_human(a, u)}, quota {_human(b, u)}" for (n, u), a, b in zip(names, need.astuple(), have.astuple()) if a > b]
