"""Tenants that differ only by their name share one chart rendering (constructs/tenant_stamping.py):
the stamped text must be each tenant's own rendering, byte for byte, and anything the swap of
names cannot explain must send the tenants back to a rendering of their own."""

from __future__ import annotations

import json

import aws_cdk as cdk
import cdk8s
import constructs
import pytest

from drupal_platform.charts.tenant import render_tenant
from drupal_platform.config import TenantConfig

from bench.run import bench_stage, bench_tenant
from drupal_platform.charts.tenant import site as site_module
from drupal_platform.constructs.tenant_rendering import RenderJob, TenantRenderer, group_by_template, _render_job, _render_json
from drupal_platform.constructs.tenant_stamping import _renamed, label_value, render_template, stamp, template_of
from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.stacks.tenant import TenantStack, stack_id
from drupal_platform.stage import chart_shape
from tests.conftest import Assembly, cdk_context
from tests.tenant.helpers import config_from, refs_of_shape, synth_tenants, template_bytes

MIX = 48


@pytest.fixture(scope="module")
def mix(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stamping")
    return config_from({"tenants": dict(bench_tenant(i) for i in range(MIX))}, tmp, stages={"bench": bench_stage(node_max=6, lb_groups=2)})


def jobs_of(config, stage_name="bench"):
    stage = config.stages[stage_name]
    return [(t, stage, chart_shape(t, stage, config)) for t in sorted(config.tenants_in(stage_name), key=lambda t: t.name)]


@pytest.mark.parametrize("path", [
    "tenant-site0001/drupal",
    "tenant-a-rather-long-tenant-name-of-forty-chars/exporter-with-a-long-id",
    "tenant-x/Default/deploy",
    "tenant-x/cron/Resource",
    "tenant-x/x/x/backup",
    "Tenant_X/Web.Server/worker",
    "-leading/trailing-",
])
def test_label_value_is_what_cdk8s_computes(path):
    """The workloads' selector label (cdk8s.io/metadata.addr) that stamping recomputes for each name
    is cdk8s's Names.toLabelValue, including its trimming of long paths and its hidden ids."""
    app = cdk8s.App()
    scope = app
    for part in path.split("/"):
        scope = constructs.Construct(scope, part)
    assert label_value(scope.node.path) == cdk8s.Names.to_label_value(scope)


def test_the_benchmark_mix_renders_a_few_templates_for_many_tenants(mix):
    jobs = group_by_template(jobs_of(mix))
    templates = [j for j in jobs if j.template]
    stamped = sum(len(j.tenants) for j in templates)
    assert stamped >= 0.75 * MIX and len(jobs) <= MIX / 2, (len(jobs), stamped)
    # Rendered alone: only tenants no other tenant resembles (their own certificate, the one
    # dedicated tenant of the mix): a template would cost them two renderings instead of one.
    keys = {t.name: template_of(t, s, sh).key for t, s, sh in jobs_of(mix)}
    for job in jobs:
        if not job.template:
            (tenant,) = job.tenants
            assert list(keys.values()).count(keys[tenant.name]) == 1, tenant.name


def test_every_stamped_chart_is_the_tenants_own_rendering(mix):
    """Every tenant of the mix: the stamped text equals rendering that tenant, byte for byte (names,
    hosts, principals, backup and cron minutes, load-balancer group, selector labels, deploy Job name)."""
    checked = 0
    for job in group_by_template(jobs_of(mix)):
        if not job.template:
            continue
        text = render_template(job.template, job.stage, job.shape)
        assert text is not None, f"template of {job.tenants[0].name} refused"
        for tenant in job.tenants:
            assert stamp(text, job.template, tenant, job.stage, job.shape) == _render_json(tenant, job.stage, job.shape), tenant.name
            checked += 1
    assert checked >= 0.75 * MIX


@pytest.mark.parametrize("state", ["active", "suspended", "decommissioned"])
def test_every_example_tenant_stamped_under_another_name_is_its_own_rendering(config, state):
    """Each example tenant (custom image, HA database, dedicated nodes, access, own domain...) in
    every stage, and a copy of it under another name of the same length: one template, two stamps."""
    checked = 0
    for name, tenant in config.tenants.items():
        tenant = tenant.model_copy(update={"platform": tenant.platform.model_copy(update={"state": state})})
        if name in json.dumps(_renamed(tenant, "q" * len(name)).model_dump(mode="json")):
            # beta's own domain is beta-client.example.org: a name inside another value is left
            # alone (refused below); the same tenant with a domain without its name is stamped.
            assert template_of(tenant, config.stages["prod"], chart_shape(tenant, config.stages["prod"], config)) is None
            tenant = TenantConfig.model_validate(json.loads(json.dumps(tenant.model_dump(mode="json", by_alias=True)).replace(f"{name}-", "own-")))
        twin = _renamed(tenant, name[:-1] + ("x" if name[-1] != "x" else "y"))
        for stage in config.stages.values():
            if not tenant.in_stage(stage.name):
                continue
            shape = chart_shape(tenant, stage, config)
            template = template_of(tenant, stage, shape)
            assert template is not None and template.key == template_of(twin, stage, shape).key, (name, stage.name)
            try:
                text = render_template(template, stage, shape)
            except ValueError:  # a state the stage's certificates do not allow: validation rejects it
                continue
            assert text is not None, (name, stage.name, state)
            for t in (tenant, twin):
                assert stamp(text, template, t, stage, shape) == _render_json(t, stage, shape), (t.name, stage.name, state)
                checked += 1
    assert checked >= 2 * len(config.tenants)


def test_a_use_of_the_name_the_swap_cannot_explain_renders_each_tenant(mix, monkeypatch):
    """A chart that hashed the name into a label: the two placeholders' renderings differ by more
    than the swap, so the template is refused and each tenant of it is rendered on its own."""
    original = site_module.Site.common_labels.fget
    monkeypatch.setattr(site_module.Site, "common_labels", property(
        lambda self: {**original(self), "example/name-hash": site_module.short_hash(self.name)}))
    job = next(j for j in group_by_template(jobs_of(mix)) if j.template)
    assert render_template(job.template, job.stage, job.shape) is None
    template_text, own = _render_job(RenderJob(job.template, job.stage, job.shape, job.tenants[:2]))
    assert template_text is None
    assert own == {t.name: _render_json(t, job.stage, job.shape) for t in job.tenants[:2]}


def test_a_key_holding_the_name_renders_each_tenant(mix, monkeypatch):
    """A map key with the name in it could sort elsewhere under the tenant's own name, though the
    two placeholders sort alike: such a template is refused too."""
    original = site_module.Site.common_labels.fget
    monkeypatch.setattr(site_module.Site, "common_labels", property(lambda self: {**original(self), f"example.com/{self.name}": "x"}))
    job = next(j for j in group_by_template(jobs_of(mix)) if j.template)
    assert render_template(job.template, job.stage, job.shape) is None


def test_names_that_cannot_be_swapped_safely_get_no_template(mix):
    stage = mix.stages["bench"]
    tenant, _, shape = jobs_of(mix)[0]
    assert template_of(tenant, stage, shape) is not None
    # too short: a placeholder of three letters could well occur in the chart's own text
    assert template_of(_renamed(tenant, "abc"), stage, shape) is None
    # a word of the stage's configuration: a host under the base domain would change its meaning
    assert template_of(_renamed(tenant, "bench"), stage, shape) is None
    # the placeholder in the tenant's own values: putting the name back would change them too
    placeholder = template_of(tenant, stage, shape).placeholder
    tagged = tenant.model_copy(update={"client": tenant.client.model_copy(update={
        "image": tenant.client.image.model_copy(update={"tag": f"1.0-{placeholder}"})})})
    assert template_of(tagged, stage, shape) is None


def test_a_pooled_synthesis_with_templates_is_byte_identical(mix, tmp_path):
    """Through the stacks: the workers render templates, the stacks take stamped charts, and every
    template file equals the one rendering each chart in the stack gives."""
    inline = synth_tenants(mix, tmp_path / "inline", nag=False)
    renderer = TenantRenderer(workers=1)
    renderer.prefetch(jobs_of(mix))
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(tmp_path / "pooled"), context=context)
    stage = mix.stages["bench"]
    scope = cdk.Stage(app, stage.name, env=cdk.Environment(account=stage.account, region=stage.region))
    try:
        for tenant in sorted(mix.tenants_in(stage.name), key=lambda t: t.name):
            TenantStack(scope, stack_id(tenant), config=mix, stage=stage, tenant=tenant,
                        cluster_name_prefix=cluster_name(stage), render=renderer)
    finally:
        renderer.close()
    pooled = Assembly(app.synth(), tmp_path / "pooled")
    assert renderer.missed == 0 and renderer.rendered == MIX
    assert renderer.stamped >= 0.75 * MIX and renderer.templates <= MIX / 4
    assert sorted(pooled.names()) == sorted(inline.names())
    for name in inline.names():
        assert template_bytes(pooled, name) == template_bytes(inline, name), name


def test_stamping_keeps_the_name_out_of_the_template(mix):
    tenant, stage, shape = jobs_of(mix)[1]
    template = template_of(tenant, stage, shape)
    text = render_template(template, stage, shape)
    assert tenant.name not in text and template.placeholder in text


@pytest.mark.parametrize("workers,threshold", [(0, 0), (1, 10_000)])
def test_without_workers_each_template_is_rendered_once_here(mix, workers, threshold):
    """No workers (`-c renderWorkers=0`), or too little work to start them: the stacks' renderer
    renders a template on its first tenant and stamps the others, with the same result."""
    jobs = jobs_of(mix)[:24]
    renderer = TenantRenderer(workers=workers, pool_threshold=threshold)
    renderer.prefetch(jobs)
    assert renderer._pool is None
    for tenant, stage, shape in jobs:
        refs = refs_of_shape(shape)
        assert renderer(tenant, stage, refs) == render_tenant(tenant, stage, refs), tenant.name
    groups = [j for j in group_by_template(jobs) if j.template]
    assert renderer.templates == len(groups) and renderer.stamped == sum(len(j.tenants) for j in groups) >= len(jobs) // 2
    assert renderer.rendered == len(jobs) and renderer.missed == 0
