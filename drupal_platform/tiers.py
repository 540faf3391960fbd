"""The tier table: one place that validation, the tenant chart and the capacity guard read.

A tier fixes a tenant's ResourceQuota totals, the LimitRange per-container maxima, the
requests each component asks for, the largest replica count and whether a highly
available (three-node) database fits. The quota-fit test proves that the worst moment
(HPA maximum plus surge, database, jobs, debug pod) stays inside the quota.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class TierName(str, Enum):
    small = "small"
    medium = "medium"
    large = "large"


@dataclass(frozen=True)
class Resources:
    """Requests and limits of one container, in Kubernetes quantity notation."""

    cpu_request: str
    memory_request: str
    cpu_limit: str
    memory_limit: str


@dataclass(frozen=True)
class Tier:
    name: str
    quota_cpu: str  # requests.cpu total for the namespace
    quota_memory: str  # requests.memory total for the namespace
    limits_cpu: str  # limits.cpu total for the namespace
    limits_memory: str  # limits.memory total for the namespace
    quota_pods: int
    quota_pvcs: int
    quota_storage: str  # requests.storage total (database volumes and files claim)
    quota_ephemeral: str  # requests.ephemeral-storage total (node disk: emptyDirs, logs)
    limits_ephemeral: str  # limits.ephemeral-storage total
    container_max_cpu: str  # LimitRange max per container
    container_max_memory: str
    container_default: Resources  # LimitRange default / defaultRequest
    max_replicas: int  # Drupal replicas (or HPA maxReplicas) at most
    ha_allowed: bool  # three-node group replication fits the quota
    drupal: Resources
    mysql: Resources
    mysql_sidecar: Resources  # operator-created sidecars (xtrabackup, heartbeat, router)
    exporter: Resources
    job: Resources  # each container of the deploy, cron, maintenance, backup and debug pods


TIERS: dict[str, Tier] = {
    "small": Tier(
        name="small",
        # Worst moment (quota-fit test): 2.1 CPU / 4.3Gi requested, 6.6 CPU / 8.1Gi limits, with
        # the deploy step's three containers and the backup's two running at the same time.
        quota_cpu="2500m",
        quota_memory="5Gi",
        limits_cpu="7",
        limits_memory="9Gi",
        quota_pods=20,
        quota_pvcs=4,
        quota_storage="60Gi",
        quota_ephemeral="3Gi",  # worst moment 2.4Gi requested, 11.5Gi limits (quota-fit test)
        limits_ephemeral="14Gi",
        container_max_cpu="500m",
        container_max_memory="1Gi",
        container_default=Resources("50m", "64Mi", "250m", "256Mi"),
        max_replicas=3,
        ha_allowed=False,
        drupal=Resources("250m", "384Mi", "500m", "768Mi"),
        mysql=Resources("250m", "768Mi", "500m", "1Gi"),
        mysql_sidecar=Resources("50m", "64Mi", "100m", "128Mi"),
        exporter=Resources("25m", "32Mi", "100m", "64Mi"),
        job=Resources("100m", "256Mi", "500m", "512Mi"),
    ),
    "medium": Tier(
        name="medium",
        quota_cpu="4",
        quota_memory="8Gi",
        limits_cpu="17",  # worst moment 16.1 CPU / 17.1Gi limits (quota-fit test)
        limits_memory="18Gi",
        quota_pods=30,
        quota_pvcs=4,
        quota_storage="120Gi",
        quota_ephemeral="4Gi",  # worst moment 3.1Gi requested, 14.6Gi limits (quota-fit test)
        limits_ephemeral="18Gi",
        container_max_cpu="1",
        container_max_memory="2Gi",
        container_default=Resources("50m", "64Mi", "250m", "256Mi"),
        max_replicas=6,
        ha_allowed=False,
        drupal=Resources("250m", "512Mi", "1", "1Gi"),
        mysql=Resources("500m", "1536Mi", "1", "2Gi"),
        mysql_sidecar=Resources("50m", "64Mi", "100m", "128Mi"),
        exporter=Resources("25m", "32Mi", "100m", "64Mi"),
        job=Resources("100m", "256Mi", "1", "1Gi"),
    ),
    "large": Tier(
        name="large",
        quota_cpu="8",
        quota_memory="16Gi",
        limits_cpu="38",  # worst moment 36.5 CPU / 39.6Gi limits with HA and 10 replicas (quota-fit test)
        limits_memory="42Gi",
        quota_pods=50,
        quota_pvcs=8,
        quota_storage="400Gi",
        quota_ephemeral="6Gi",  # worst moment 5.0Gi requested, 22.2Gi limits with HA (quota-fit test)
        limits_ephemeral="28Gi",
        container_max_cpu="2",
        container_max_memory="4Gi",
        container_default=Resources("50m", "64Mi", "250m", "256Mi"),
        max_replicas=10,
        ha_allowed=True,
        drupal=Resources("250m", "512Mi", "2", "2Gi"),
        mysql=Resources("500m", "1536Mi", "2", "3Gi"),
        mysql_sidecar=Resources("50m", "64Mi", "200m", "256Mi"),
        exporter=Resources("25m", "32Mi", "100m", "64Mi"),
        job=Resources("100m", "256Mi", "1", "1Gi"),
    ),
}
