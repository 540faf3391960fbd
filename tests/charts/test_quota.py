"""Everything a tenant runs fits its tier's quota at the worst moment, for every tier."""

from pathlib import Path

import pytest

from drupal_platform.charts.tenant import quota_shortfalls, worst_moment
from drupal_platform.quota import bytes_of, cpu_millis, quota_capacity
from drupal_platform.tiers import TIERS

from .conftest import find, with_platform


def _largest_tenant(config, tier: str):
    """The largest configuration a tier allows: its replica maximum, HA when allowed."""
    return with_platform(config, "gamma", **{
        "platform.tier": tier,
        "platform.database.highAvailability": TIERS[tier].ha_allowed,
        "client.autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": TIERS[tier].max_replicas},
    })


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_largest_allowed_tenant_fits_its_tier_quota(config, tier):
    assert quota_shortfalls(_largest_tenant(config, tier), "prod") == []


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_one_more_replica_than_the_tier_allows_is_rejected_by_validation(config, tier, tmp_path):
    import json

    import yaml

    from drupal_platform.config import ConfigError, load_config

    t = with_platform(config, "gamma", **{"platform.tier": tier, "platform.database.highAvailability": False,
                                         "client.autoscaling": {"enabled": False},  # a fixed count: the HPA owns it otherwise
                                         "client.replicaCount": TIERS[tier].max_replicas + 1})
    body = t.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"name"})
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump({"tenants": {"gamma": body}}))
    stages = json.loads((Path(__file__).resolve().parents[2] / "cdk.json").read_text())["context"]["stages"]
    with pytest.raises(ConfigError, match="Drupal replicas"):
        load_config(stages, tmp_path / "tenants.yaml")


@pytest.mark.parametrize("tier", sorted(t for t in TIERS if not TIERS[t].ha_allowed))
def test_tiers_that_forbid_ha_really_cannot_fit_it(config, tier):
    t = with_platform(config, "gamma", **{"platform.tier": "large", "platform.database.highAvailability": True,
                                         "client.autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": TIERS[tier].max_replicas}})
    # Same shape, evaluated against the smaller tier's numbers.
    from drupal_platform.tiers import TierName

    t = t.model_copy(update={"platform": t.platform.model_copy(update={"tier": TierName(tier)})})
    assert quota_shortfalls(t, "prod") != []


def test_example_tenants_fit(config):
    for name, t in config.tenants.items():
        for stage in config.stages:
            if t.in_stage(stage):
                assert quota_shortfalls(t, stage) == [], (name, stage)


def test_worst_moment_counts_surge_database_and_job_pods(config):
    gamma = config.tenants["gamma"]  # large, HA, autoscaling to 8
    fp = worst_moment(gamma, "prod")
    assert fp.pods == (8 + 1) + 3 + 2 + 1 + 5


def test_rendered_quota_matches_tier_table(render):
    manifests = render("gamma", "prod")
    hard = find(manifests, "ResourceQuota")["spec"]["hard"]
    tier = TIERS["large"]
    assert cpu_millis(hard["requests.cpu"]) == cpu_millis(tier.quota_cpu)
    assert bytes_of(hard["requests.memory"]) == bytes_of(tier.quota_memory)
    assert hard["services.loadbalancers"] == "0" and hard["services.nodeports"] == "0"
    assert int(hard["pods"]) == quota_capacity(tier).pods


def test_every_container_is_within_the_limit_range_maximum(all_manifests):
    from helpers.pss import pod_specs

    for (tenant, stage), manifests in all_manifests.items():
        lr = find(manifests, "LimitRange")["spec"]["limits"][0]["max"]
        for key, spec in pod_specs(manifests).items():
            for c in spec.get("initContainers", []) + spec.get("containers", []):
                res = c.get("resources")
                if res is None:  # operator pods: resources come from the CR
                    continue
                assert cpu_millis(res["limits"]["cpu"]) <= cpu_millis(lr["cpu"]), (tenant, key, c["name"])
                assert bytes_of(res["limits"]["memory"]) <= bytes_of(lr["memory"]), (tenant, key, c["name"])
        cr = find(manifests, "PerconaServerMySQL")["spec"]
        for part in [cr["mysql"], cr["initContainer"]] + ([cr["proxy"]["router"]] if cr["proxy"]["router"]["enabled"] else []):
            assert cpu_millis(str(part["resources"]["limits"]["cpu"])) <= cpu_millis(lr["cpu"])
            assert bytes_of(part["resources"]["limits"]["memory"]) <= bytes_of(lr["memory"])


def _mounted_empty_dirs(spec: dict, container: dict) -> int:
    sizes = {v["name"]: bytes_of(v["emptyDir"].get("sizeLimit", "0")) for v in spec.get("volumes", []) if "emptyDir" in v}
    return sum(sizes.get(m["name"], 0) for m in container.get("volumeMounts", []))


def test_every_container_asks_for_its_node_disk_and_covers_its_empty_dirs(all_manifests):
    """Issue 15, item 6: ephemeral-storage request and limit on every container the platform
    writes (the limit covers the emptyDirs it mounts, or the kubelet evicts the pod before an
    emptyDir is full), within the LimitRange maximum; the CR's parts too."""
    from helpers.pss import pod_specs

    for (tenant, stage), manifests in all_manifests.items():
        lr = find(manifests, "LimitRange")["spec"]["limits"][0]
        for key, spec in pod_specs(manifests).items():
            for c in spec.get("initContainers", []) + spec.get("containers", []):
                res = c.get("resources")
                if res is None:  # operator pods: resources come from the CR (below)
                    continue
                limit = bytes_of(res["limits"]["ephemeral-storage"])
                assert bytes_of(res["requests"]["ephemeral-storage"]) <= limit, (tenant, key, c["name"])
                assert _mounted_empty_dirs(spec, c) < limit <= bytes_of(lr["max"]["ephemeral-storage"]), (tenant, key, c["name"])
        cr = find(manifests, "PerconaServerMySQL")["spec"]
        parts = [cr["mysql"], cr["initContainer"], cr["backup"]] + ([cr["proxy"]["router"]] if cr["proxy"]["router"]["enabled"] else [])
        for part in parts:
            assert bytes_of(part["resources"]["requests"]["ephemeral-storage"]) <= bytes_of(part["resources"]["limits"]["ephemeral-storage"])


def test_containers_nobody_sizes_get_a_disk_default_and_the_quota_counts_disk(render):
    """Operator sidecars and injected init containers get the LimitRange's default; without it
    the ephemeral-storage quota would reject their pods."""
    manifests = render("gamma", "prod")
    lr = find(manifests, "LimitRange")["spec"]["limits"][0]
    assert "ephemeral-storage" in lr["default"] and "ephemeral-storage" in lr["defaultRequest"]
    hard = find(manifests, "ResourceQuota")["spec"]["hard"]
    tier = TIERS["large"]
    assert bytes_of(hard["requests.ephemeral-storage"]) == bytes_of(tier.quota_ephemeral)
    assert bytes_of(hard["limits.ephemeral-storage"]) == bytes_of(tier.limits_ephemeral)


def test_worst_moment_counts_disk_of_every_pod(config):
    from drupal_platform import ephemeral

    gamma = config.tenants["gamma"]  # large, HA (3 nodes, 2 routers), autoscaling to 8
    fp = worst_moment(gamma, "prod")
    mib = 2**20
    expected = ((8 + 1) * ephemeral.DRUPAL.limit
                + 3 * (ephemeral.MYSQL.limit + ephemeral.MYSQL_DEFAULTED_SIDECARS * ephemeral.LIMIT_RANGE_DEFAULT.limit)
                + 2 * ephemeral.MYSQL_SIDECAR.limit + ephemeral.EXPORTER.limit
                + 2 * ephemeral.JOB.limit + ephemeral.DUMP.limit + ephemeral.UPLOAD.limit  # cron, maintenance, backup
                + ephemeral.JOB.limit + ephemeral.DUMP.limit + ephemeral.UPLOAD.limit  # the deploy step
                + ephemeral.DEBUG.limit)
    assert fp.limits_ephemeral_bytes == expected * mib


def test_worst_moment_counts_every_container_of_the_deploy_and_backup_pods(config, render):
    """The deploy step runs deploy, dump and upload at the same time, the nightly backup dump
    and upload: the quota must hold all of them (init containers ask no more than one)."""
    from drupal_platform.quota import pod_of, pods
    from helpers.pss import pod_specs

    specs = pod_specs(render("gamma", "prod"))
    deploy = next(s for k, s in specs.items() if k.startswith("Job/deploy-"))
    backup = next(s for k, s in specs.items() if k.startswith("CronJob/db-backup"))
    tier = TIERS["large"]

    def requests(spec):
        main = sum(cpu_millis(c["resources"]["requests"]["cpu"]) for c in spec["containers"])
        init = max((cpu_millis(c["resources"]["requests"]["cpu"]) for c in spec.get("initContainers", [])), default=0)
        return max(main, init)

    assert requests(deploy) == pod_of(3, tier.job).cpu_millis == 3 * pods(1, tier.job).cpu_millis
    assert requests(backup) == pod_of(2, tier.job).cpu_millis
