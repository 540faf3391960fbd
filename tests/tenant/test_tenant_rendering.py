"""Tenant charts rendered ahead (worker processes, markers for the stack's tokens) or from the
cache give the same manifests, and the same templates byte for byte, as rendering in the stack."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import aws_cdk as cdk
import pytest

from drupal_platform.charts.tenant import render_tenant
from drupal_platform.constructs.tenant_rendering import (
    MARKER, TenantRenderer, cache_key, chart_code_hash, placeholders, shape_of, substitute,
)
from drupal_platform.selection import Selection
from drupal_platform.stage import build_app, chart_shape
from tests.charts.conftest import make_refs
from tests.conftest import Assembly, cdk_context
from tests.tenant.helpers import config_from, refs_of_shape, template_bytes, tenants_data

CASES = [("alpha", "prod"), ("beta", "prod"), ("gamma", "prod"), ("alpha", "dev"), ("beta", "dev")]


def synth_with(config, outdir: Path, renderer: TenantRenderer, selection: Selection = Selection()) -> Assembly:
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(outdir), context=context)
    build_app(config, app, selection=selection, renderer=renderer)
    return Assembly(app.synth(), outdir)


@pytest.mark.parametrize("tenant,stage", CASES)
def test_markers_substituted_equal_rendering_with_the_values(config, tenant, stage):
    t, s = config.tenants[tenant], config.stages[stage]
    refs = make_refs(s.account)
    ahead = json.loads(substitute(json.dumps(render_tenant(t, s, placeholders(shape_of(refs)))), refs))
    assert ahead == render_tenant(t, s, refs)


def test_substitution_touches_only_markers():
    refs = make_refs()
    doc = {"a": ["x", MARKER.format("tenant_role_arn") + "/suffix"], MARKER.format("backup_bucket"): 1, "n": 3}
    assert json.loads(substitute(json.dumps(doc), refs)) == {"a": ["x", refs.tenant_role_arn + "/suffix"], refs.backup_bucket: 1, "n": 3}


def test_substituted_values_are_json_escaped():
    """A value with characters JSON escapes (never true of the stack's tokens, but the text must
    stay valid JSON and carry the value unchanged whatever it holds)."""
    refs = dataclasses.replace(make_refs(), tenant_role_arn='a"b\\c\nd')
    doc = {"k": "pre-" + MARKER.format("tenant_role_arn") + "-post"}
    assert json.loads(substitute(json.dumps(doc), refs)) == {"k": 'pre-a"b\\c\nd-post'}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("manifest-cache")


@pytest.fixture(scope="module")
def pooled(config, cache_dir, tmp_path_factory):
    renderer = TenantRenderer(workers=1, cache_dir=cache_dir)
    return renderer, synth_with(config, tmp_path_factory.mktemp("pooled") / "cdk.out", renderer)


def test_worker_rendered_templates_are_byte_identical_to_inline_rendering(assembly, pooled):
    renderer, out = pooled
    assert out.names() == assembly.names()
    for name in out.names():
        assert template_bytes(out, name) == template_bytes(assembly, name), name
    tenants = [n for n in out.names() if "/Tenant-" in n]
    # every chart came from a worker, rendered with the shape the stack then asked for
    assert renderer.rendered == len(tenants) and renderer.missed == 0 and renderer.cached == 0


def test_second_synthesis_reads_every_chart_from_the_cache(assembly, pooled, cache_dir, config, tmp_path):
    renderer = TenantRenderer(workers=1, cache_dir=cache_dir)
    out = synth_with(config, tmp_path / "cdk.out", renderer, Selection(stage="prod"))
    assert renderer.cached == 3 and renderer.rendered == 0
    for name in out.names():
        assert template_bytes(out, name) == template_bytes(assembly, name), name


def test_chart_shape_is_the_shape_the_stack_passes(config):
    """The prefetch guesses each stack's refs shape from the configuration; the pooled synthesis
    above proves the guess (missed == 0) for the examples; here every state and image kind."""
    for state in ("active", "suspended", "decommissioned"):
        for name in ("alpha", "beta", "gamma"):
            tenant = config.tenants[name].model_copy(update={"platform": config.tenants[name].platform.model_copy(update={"state": state})})
            for stage in config.stages.values():
                shape = dict(chart_shape(tenant, stage, config))
                assert shape["tenant_role_arn"] == shape["backup_bucket"] == "value"
                assert shape["waf_acl_arn"] == ("none" if state == "decommissioned" else "value")


def test_cache_key_follows_the_inputs(config, tmp_path):
    t, s = config.tenants["alpha"], config.stages["prod"]
    shape = shape_of(make_refs())
    key = cache_key(t, s, shape)
    assert key == cache_key(t, s, shape)
    data = copy.deepcopy(tenants_data())
    data["tenants"]["alpha"]["client"]["replicaCount"] = 1
    changed = config_from(data, tmp_path)
    assert cache_key(changed.tenants["alpha"], changed.stages["prod"], shape) != key
    assert cache_key(t, config.stages["dev"], shape) != key
    assert len(chart_code_hash()) == 64


def test_workers_do_not_re_import_the_main_script(config, monkeypatch, tmp_path):
    """app.py imports aws-cdk-lib: a worker that re-ran it would load a second CDK into its kernel.
    While the pool lives, `__main__` looks like a module multiprocessing skips; afterwards it is restored."""
    import sys
    import types

    script = types.ModuleType("__main__")
    script.__file__ = str(tmp_path / "app.py")
    script.__spec__ = None
    (tmp_path / "app.py").write_text("raise SystemExit('a worker imported the main script')\n")
    monkeypatch.setitem(sys.modules, "__main__", script)
    renderer = TenantRenderer(workers=1)
    stage = config.stages["dev"]
    tenant = config.tenants["alpha"]
    renderer.prefetch([(tenant, stage, chart_shape(tenant, stage, config))])
    assert script.__spec__ is not None and script.__spec__.name == "__main__"
    shape = chart_shape(tenant, stage, config)
    refs = refs_of_shape(shape)
    assert renderer(tenant, stage, refs) == render_tenant(tenant, stage, refs)
    assert renderer.rendered == 1 and renderer.missed == 0
    assert script.__spec__ is None  # restored once the last prefetched chart was taken


def test_pools_are_replaced_after_their_share_of_charts(config, monkeypatch):
    """Fresh workers every MAX_RENDERS_PER_WORKER charts (here 1): each chart still comes from a worker."""
    from drupal_platform.constructs import tenant_rendering

    monkeypatch.setattr(tenant_rendering, "MAX_RENDERS_PER_WORKER", 1)
    renderer = TenantRenderer(workers=1)
    stage = config.stages["prod"]
    tenants = sorted(config.tenants_in("prod"), key=lambda t: t.name)
    renderer.prefetch([(t, stage, chart_shape(t, stage, config)) for t in tenants])
    assert len(renderer._chunks) == len(tenants) - 1  # one pool running, the rest waiting
    for t in tenants:
        refs = refs_of_shape(chart_shape(t, stage, config))
        assert renderer(t, stage, refs) == render_tenant(t, stage, refs)
    assert renderer.rendered == len(tenants) and renderer.missed == 0 and renderer._pool is None


def test_next_pool_starts_when_a_chunk_is_rendered_not_when_it_is_taken(config, monkeypatch):
    """The stacks take charts more slowly than the workers render them: a pool that finished its
    chunk is replaced at once, its results kept, so the stacks never wait for a pool to start."""
    from concurrent.futures import wait

    from drupal_platform.constructs import tenant_rendering

    monkeypatch.setattr(tenant_rendering, "MAX_RENDERS_PER_WORKER", 2)
    renderer = TenantRenderer(workers=1)
    stage = config.stages["prod"]
    tenants = sorted(config.tenants_in("prod"), key=lambda t: t.name)[:3]
    assert len(tenants) == 3
    renderer.prefetch([(t, stage, chart_shape(t, stage, config)) for t in tenants])
    first_pool = renderer._pool
    wait(renderer._in_flight)  # the first chunk (two charts) is rendered; none taken yet

    def take(t):
        refs = refs_of_shape(chart_shape(t, stage, config))
        assert renderer(t, stage, refs) == render_tenant(t, stage, refs)

    take(tenants[0])
    assert renderer._pool is not None and renderer._pool is not first_pool and not renderer._chunks
    take(tenants[1])  # rendered by the first pool, taken after it was replaced
    take(tenants[2])
    assert renderer.rendered == 3 and renderer.missed == 0 and renderer._pool is None


AUDIT_RENDER = r'''
import pickle, sys
opened = set()
sys.addaudithook(lambda event, args: opened.add(str(args[0])) if event == "open" and isinstance(args[0], str) else None)
jobs = pickle.loads(open(sys.argv[1], "rb").read())
from drupal_platform.constructs.tenant_rendering import RenderJob, group_by_template, _render_job
from drupal_platform.constructs.tenant_stamping import stamp
rendered = 0
# What the workers run (templates for look-alike tenants, the others one by one) and what the
# main process runs on their results (stamping).
for job in group_by_template(jobs) + [RenderJob(None, s, sh, (t,)) for t, s, sh in jobs]:
    try:
        text, own = _render_job(job)
    except ValueError:  # a state the stage's certificates do not allow: validation rejects it
        continue
    if text is not None:
        for tenant in job.tenants:
            stamp(text, job.template, tenant, job.stage, job.shape)
    rendered += len(job.tenants)
print(rendered)
modules = [m.__file__ for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
print("\n".join(sorted(opened | set(modules))))
'''


def test_the_cache_key_covers_everything_rendering_reads(config, tmp_path):
    """The cache key hashes chart_sources() only, so that a change to the stacks or the CLI keeps
    every cached manifest. A worker renders every kind of tenant (the examples in every state and
    stage; the benchmark's mix: dedicated, custom image, HA database, own domain, client access)
    in a fresh process with an audit hook: every file of the package it imported or opened must be
    hashed, or a change to it would leave stale manifests in the cache."""
    import pickle
    import subprocess
    import sys

    from bench.run import bench_stage, bench_tenant
    from drupal_platform.constructs.tenant_rendering import PACKAGE_ROOT, chart_sources

    jobs = []
    for state in ("active", "suspended", "decommissioned"):
        for name, tenant in config.tenants.items():
            tenant = tenant.model_copy(update={"platform": tenant.platform.model_copy(update={"state": state})})
            jobs += [(tenant, stage, chart_shape(tenant, stage, config)) for stage in config.stages.values()]
    mix = config_from({"tenants": dict(bench_tenant(i) for i in range(24))}, tmp_path,
                      stages={"bench": bench_stage(node_max=6, lb_groups=1)})
    jobs += [(t, mix.stages["bench"], chart_shape(t, mix.stages["bench"], mix)) for t in mix.tenants.values()]
    (tmp_path / "jobs.pickle").write_bytes(pickle.dumps(jobs))
    run = subprocess.run([sys.executable, "-c", AUDIT_RENDER, str(tmp_path / "jobs.pickle")],
                         capture_output=True, text=True, cwd=PACKAGE_ROOT.parent)
    assert run.returncode == 0, run.stderr[-3000:]
    rendered, *lines = run.stdout.splitlines()
    assert int(rendered) >= 2 * (len(config.tenants) * len(config.stages) + 24)
    read = {Path(p).resolve() for p in lines if p}
    used = {p for p in read if PACKAGE_ROOT in p.parents and "__pycache__" not in p.parts}
    assert len(used) > 20  # the hook saw the chart's modules
    missing = sorted(str(p.relative_to(PACKAGE_ROOT)) for p in used - set(chart_sources()))
    assert not missing, f"rendering reads files the cache key does not hash: {missing}"


def test_a_change_outside_the_chart_keeps_the_cache(tmp_path):
    """The stacks, the CLI and the cost table are not part of a manifest: editing them renders nothing anew."""
    from drupal_platform.constructs.tenant_rendering import PACKAGE_ROOT, chart_sources

    hashed = {str(p.relative_to(PACKAGE_ROOT)) for p in chart_sources()}
    assert {"charts/tenant/chart.py", "charts/tenant/pods.py", "config.py", "constructs/tenant_rendering.py",
            "constructs/tenant_stamping.py", "constructs/ref_markers.py"} <= hashed
    assert not {"stacks/tenant.py", "constructs/tenant_manifest.py", "costs.py", "summary.py", "stage.py"} & hashed
