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
