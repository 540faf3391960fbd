"""The cost table (drupal_platform/costs.py) against figures worked out by hand from the price
list, the tier table and the node formulas; and `make synth` printing it."""

from __future__ import annotations

import copy

import pytest

from drupal_platform import costs
from drupal_platform.costs import PRICES
from tests.conftest import stages_raw
from tests.tenant.helpers import config_from, tenants_data

# m7i.xlarge (prod's shared type): $0.2248/h x 730 h. Capacity for tenant pods: 4,000m minus
# kube-reserved 80m minus DaemonSets 360m = 3,560m; 16 GiB x 0.95 = 15,564 MiB minus
# kube-reserved 1,465 MiB (110 pods), eviction 100 MiB and DaemonSets 720 MiB = 13,279 MiB.
M7I_XLARGE_MONTH = 0.2248 * 730
M7I_XLARGE_CPU = 3560
# Secrets: 0.40 each, plus one GetSecretValue and one KMS Decrypt per secret per hourly refresh.
SECRET_MONTH = 0.40 + 730 / 10_000 * (0.05 + 0.03)
FILES = 5 * 0.33  # 5 GiB claim on EFS Standard; the access point is free


def by_name(config, stage: str) -> dict[str, costs.TenantCost]:
    return {c.tenant: c for c in costs.stage_costs(config, config.stages[stage])}


@pytest.fixture(scope="module")
def prod(config):
    return by_name(config, "prod")


def test_price_list_names_its_region_and_date():
    assert PRICES.region == "eu-west-1" and PRICES.as_of == "2026-12-01"
    assert PRICES.hourly("m7i.xlarge") == pytest.approx(0.2248)
    assert PRICES.hourly("m7i.4xlarge") == pytest.approx(0.8992)
    with pytest.raises(KeyError, match="no on-demand price for instance type 'x9.huge'"):
        PRICES.hourly("x9.huge")


def test_shared_medium_tenant_cpu_bound(prod):
    """alpha in prod: 3 replicas of 250m/512Mi, exporter 25m/32Mi, one Job pod 100m/256Mi = 875m;
    MySQL 500m/1,536Mi plus two sidecars at the LimitRange default 50m/64Mi = 600m. CPU binds
    (1,475m of 3,560m = 41% against 3,488 MiB of 13,279 MiB = 26%)."""
    alpha = prod["alpha"].lines
    assert alpha["site"] == pytest.approx(875 / M7I_XLARGE_CPU * M7I_XLARGE_MONTH)  # 40.33
    assert alpha["database"] == pytest.approx(600 / M7I_XLARGE_CPU * M7I_XLARGE_MONTH + 10 * 0.088)  # 27.66 + 0.88
    assert alpha["secrets"] == pytest.approx(len(costs.contracts.tenant_secret_names("prod", "alpha", mail=True)) * SECRET_MONTH)
    assert alpha["files"] == pytest.approx(FILES)
    assert alpha["images"] == 0 and alpha["dedicated"] == 0 and alpha["cloudwatch"] == 0
    assert alpha["mail"] == pytest.approx(5 * 0.30), "prod sends through SES: five event metrics per site"
    # alpha is alone in its load-balancer group (1 rule): the whole ALB hour is its share.
    assert alpha["alb"] == pytest.approx(0.0252 * 730)


def test_ha_database_counts_three_nodes_routers_and_volumes(prod):
    """gamma: large tier, HA. 3 x mysqld 500m + 3 x one sidecar 50m + 2 routers 50m = 1,750m;
    three 50 Gi gp3 volumes. Site: 3 (HPA minimum) x 250m + 25m + 100m = 875m."""
    gamma = prod["gamma"].lines
    assert gamma["database"] == pytest.approx(1750 / M7I_XLARGE_CPU * M7I_XLARGE_MONTH + 3 * 50 * 0.088)  # 80.67 + 13.20
    assert gamma["site"] == pytest.approx(875 / M7I_XLARGE_CPU * M7I_XLARGE_MONTH)
    # beta and gamma share the other group, one rule each.
    assert gamma["alb"] == pytest.approx(0.0252 * 730 / 2)


def test_dedicated_tenant_pays_its_nodes_not_a_share(prod):
    """beta: one m7i.large per zone (3) with a 50 GB gp3 root volume each; database = its 20 Gi volume;
    a custom image in the image-owning stage (prod) has a repository."""
    beta = prod["beta"].lines
    assert beta["dedicated"] == pytest.approx(3 * (0.1124 * 730 + 50 * 0.088))  # 259.36
    assert beta["site"] == 0
    assert beta["database"] == pytest.approx(20 * 0.088)
    assert beta["images"] == pytest.approx(costs.IMAGE_REPOSITORY_GB * 0.10)


def test_memory_bound_tenant_on_smaller_memory_nodes(tmp_path):
    """A small tenant on c7i.xlarge (8 GiB): 8,192 x 0.95 = 7,782 - 1,465 - 100 - 720 = 5,497 MiB for pods.
    Site 2 x 384Mi + 32Mi + 256Mi = 1,056 MiB; database 768Mi + 2 x 64Mi = 896 MiB.
    Memory binds: 1,952/5,497 = 36% against CPU 975/3,560 = 27%."""
    stages = copy.deepcopy(stages_raw())
    stages["prod"]["nodeGroups"]["shared"]["instanceTypes"] = ["c7i.xlarge"]
    data = copy.deepcopy(tenants_data())
    data["tenants"]["alpha"]["platform"]["tier"] = "small"
    data["tenants"]["alpha"]["client"]["overrides"]["prod"]["replicaCount"] = 2
    config = config_from(data, tmp_path, stages=stages)
    alpha = by_name(config, "prod")["alpha"].lines
    month = 0.2016 * 730
    assert alpha["site"] == pytest.approx(1056 / 5497 * month)
    assert alpha["database"] == pytest.approx(896 / 5497 * month + 10 * 0.088)


def test_suspended_tenant_runs_nothing_but_keeps_paying_for_its_data(tmp_path):
    data = copy.deepcopy(tenants_data())
    data["tenants"]["gamma"]["platform"]["state"] = "suspended"
    gamma = by_name(config_from(data, tmp_path), "prod")["gamma"].lines
    assert gamma["site"] == 0
    assert gamma["database"] == pytest.approx(3 * 50 * 0.088)
    assert gamma["secrets"] > 0 and gamma["files"] > 0 and gamma["alb"] > 0  # suspended keeps its rule


def test_stage_total_is_the_sum_and_the_report_prints_it(config):
    stage = config.stages["prod"]
    rows = costs.stage_costs(config, stage)
    lines = costs.report_lines(config, stage)
    assert "eu-west-1 on-demand list prices of 2026-12-01" in lines[0] and "m7i.xlarge" in lines[0]
    assert lines[1].split()[:3] == ["tenant", "tier", "site"] and "database" in lines[1]
    total_line = next(line for line in lines if line.startswith("stage total"))
    assert float(total_line.split()[-1]) == pytest.approx(sum(c.total for c in rows), abs=0.01)
    assert [line.split()[0] for line in lines[2:5]] == ["alpha", "beta", "gamma"]


def test_other_region_is_flagged(tmp_path):
    stages = copy.deepcopy(stages_raw())
    stages["dev"]["region"] = "eu-central-1"
    stages["dev"]["availabilityZones"] = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
    config = config_from(tenants_data(), tmp_path, stages=stages)
    lines = costs.report_lines(config, config.stages["dev"])
    assert any("stage 'dev' is in eu-central-1; prices are eu-west-1's" in line for line in lines)


def test_make_synth_summary_prints_the_cost_table(tmp_path, capsys, config):
    from drupal_platform import summary

    out = tmp_path / "cdk.out"
    (out / "assembly-prod").mkdir(parents=True)
    (out / "manifest.json").write_text('{"artifacts": {"assembly-prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-prod"}}}}')
    (out / "assembly-prod" / "manifest.json").write_text(
        '{"artifacts": {"prodNetwork": {"type": "aws:cloudformation:stack", "displayName": "prod/Network", '
        '"properties": {"templateFile": "t.json"}}}}')
    (out / "assembly-prod" / "t.json").write_text('{"Resources": {}}')
    (out / "cost-prod.txt").write_text("\n".join(costs.report_lines(config, config.stages["prod"])) + "\n")
    assert summary.main([str(out)]) == 0
    printed = capsys.readouterr().out
    assert "monthly cost each tenant adds" in printed and "stage total" in printed


def test_mail_costs_only_where_the_site_sends_through_ses(config, tmp_path):
    """Catch mode (dev) costs nothing per site; an opted-in site pays its event metrics there too;
    a suspended site publishes no events."""
    assert by_name(config, "dev")["alpha"].lines["mail"] == 0
    data = copy.deepcopy(tenants_data())
    data["tenants"]["alpha"]["platform"]["mail"] = {"realSendingStages": ["dev"]}
    data["tenants"]["gamma"]["platform"]["state"] = "suspended"
    opted = config_from(data, tmp_path)
    assert by_name(opted, "dev")["alpha"].lines["mail"] == pytest.approx(5 * PRICES.cloudwatch_metric_month)
    assert by_name(opted, "prod")["gamma"].lines["mail"] == 0
    header = costs.report_lines(config, config.stages["prod"])
    assert "SES messages ($0.10 per 1,000)" in header[0] and " mail " in header[1]
