"""Rendering tenant charts ahead of the stacks: in worker processes, and from a cache.

Rendering the cdk8s chart is most of a tenant stack's synthesis (hundreds of jsii round trips
per tenant, and every cdk8s object stays in the kernel's memory until the process ends). The
chart does not need the stack: its AWS values (`PlatformRefs`) are CloudFormation tokens that it
only places into manifests, never parses or hashes (charts/tenant/site.py). So a worker renders
the chart with a unique marker in place of each value, and the stack swaps the markers for its
tokens. The result is the same list of objects, byte for byte, as rendering with the tokens
(tests/tenant/test_tenant_rendering.py); the cdk8s chart stays the source of every manifest.

- `TenantRenderer.prefetch(jobs)` hands every (tenant, stage) of the synthesis to a pool of
  `workers` processes (spawned, each with its own jsii kernel; replaced by fresh ones every
  `MAX_RENDERS_PER_WORKER` charts each, so their kernels' memory stays bounded) before the first
  stack is built; the main process builds the CDK constructs meanwhile. Tenants that differ only by
  their name go as one template, rendered once and stamped with each name
  (constructs/tenant_stamping.py); the others one by one. Without workers, or with less work than
  `pool_threshold` charts, the main process renders when the stacks ask, each template once.
- With a `cache_dir`, a rendered chart is stored under a hash of the tenant's and the stage's
  configuration, the refs' shape and the chart's code (the package's modules the chart imports,
  its data files, and the cdk8s versions): an unchanged tenant is not rendered again on the next synthesis.
- `renderer(tenant, stage, refs)` is what TenantManifest calls: cached, prefetched or, for any
  (tenant, stage, shape) nobody asked for, rendered inline.
"""

from __future__ import annotations

import ast
import hashlib
import json
import multiprocessing
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import TYPE_CHECKING

from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs.ref_markers import MARKER, Shape, placeholders, shape_of, substitute  # noqa: F401 (re-exported)
from drupal_platform.contracts import PlatformRefs

if TYPE_CHECKING:  # imported where used: it imports the chart, which only the workers need up front
    from drupal_platform.constructs.tenant_stamping import Template

# A worker's kernel keeps every chart it rendered (about 1.6 MB each); 100 keeps two workers and the
# main process under 2 GB at 1,000 tenants, at the price of a fresh worker (about 1 s) per 100 charts.
MAX_RENDERS_PER_WORKER = 100


def _render_json(tenant: TenantConfig, stage: StageConfig, shape: Shape) -> str:
    """In a worker: the chart with markers, as JSON (cheap to send back)."""
    from drupal_platform.charts.tenant import render_tenant

    return json.dumps(render_tenant(tenant, stage, placeholders(shape)), separators=(",", ":"))


@dataclass(frozen=True)
class RenderJob:
    """One task for a worker: a template shared by `tenants`, or one tenant (template None)."""

    template: Template | None
    stage: StageConfig
    shape: Shape
    tenants: tuple[TenantConfig, ...]

    @property
    def weight(self) -> int:
        """Charts it renders (a template is rendered twice: constructs/tenant_stamping.py)."""
        return 2 if self.template else 1


def group_by_template(todo: list[tuple[TenantConfig, StageConfig, Shape]]) -> list[RenderJob]:
    """Tenants that share a template with another one become one job; the others are rendered
    on their own (a template costs two renderings). Jobs are in the order their first tenant is needed."""
    from drupal_platform.constructs.tenant_stamping import template_of

    groups: dict[object, list] = {}
    for tenant, stage, shape in todo:
        template = template_of(tenant, stage, shape)
        groups.setdefault(template.key if template else (tenant.name, stage.name, shape), []).append((template, tenant, stage, shape))
    jobs = []
    for members in groups.values():
        template, _, stage, shape = members[0]
        if template and len(members) > 1:
            jobs.append(RenderJob(template, stage, shape, tuple(t for _, t, _, _ in members)))
        else:
            jobs.extend(RenderJob(None, s, sh, (t,)) for _, t, s, sh in members)
    return jobs


def _render_job(job: RenderJob) -> tuple[str | None, dict[str, str]]:
    """In a worker: (the template's text, {}) or, without a usable template, (None, each tenant's text)."""
    if job.template:
        from drupal_platform.constructs.tenant_stamping import render_template

        text = render_template(job.template, job.stage, job.shape)
        if text is not None:
            return text, {}
    return None, {t.name: _render_json(t, job.stage, job.shape) for t in job.tenants}


# What a worker runs to render a chart: the chart package and this module. Their imports of the
# package, followed to the end, are the code a cached manifest depends on.
CHART_ENTRY_MODULES = ("drupal_platform.charts.tenant", "drupal_platform.constructs.tenant_rendering",
                       "drupal_platform.constructs.tenant_stamping")
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def _module_file(name: str) -> Path | None:
    """The source file of a module of the package (a module, or a package's __init__), or None."""
    parts = name.split(".")
    if parts[0] != PACKAGE_ROOT.name:
        return None
    base = PACKAGE_ROOT.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _import_statements(tree: ast.AST, lazy: bool):
    """Import statements that run when the module is imported (module and class bodies, under
    `if`/`try` too), and with `lazy` those inside functions as well."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif lazy or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from _import_statements(node, lazy)


def _imported_modules(path: Path, module: str) -> set[str]:
    """The modules of the package that importing `path` imports; for the chart's own modules also
    those imported inside functions (rendering calls them)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    lazy = module.startswith(CHART_ENTRY_MODULES)
    found: set[str] = set()
    for node in _import_statements(ast.parse(path.read_text(), str(path)), lazy):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: `from . import x`, `from .site import y`
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from pkg import module`
    return {name for name in found if _module_file(name)}


@lru_cache(maxsize=1)
def chart_sources() -> tuple[Path, ...]:
    """The files rendering a tenant chart reads: the modules the worker imports from the package
    (followed through every import, with the __init__ of each package on the way) and every file
    under charts/ that is not Python (the generated classes' jsii assemblies). A change anywhere
    else - the stacks, the costs, the CLI - leaves the cached manifests valid.
    tests/tenant/test_tenant_rendering.py renders every kind of tenant with an audit hook and
    fails if anything the package opened or imported is missing here."""
    todo = list(CHART_ENTRY_MODULES)
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))  # importing a.b.c runs a and a.b
        path = _module_file(name)
        if path is not None:
            todo.extend(_imported_modules(path, name))
    files = {_module_file(name) for name in seen} - {None}
    charts = PACKAGE_ROOT / "charts"
    files.update(p for p in charts.rglob("*") if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts)
    return tuple(sorted(files))


@lru_cache(maxsize=1)
def chart_code_hash() -> str:
    """The chart's code and data (chart_sources) and the libraries' versions: a change renders anew."""
    digest = hashlib.sha256()
    for path in chart_sources():
        digest.update(str(path.relative_to(PACKAGE_ROOT)).encode())
        digest.update(path.read_bytes())
    for dist in ("cdk8s", "cdk8s-plus-36", "constructs", "pydantic"):
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=absent".encode())
    return digest.hexdigest()


def cache_key(tenant: TenantConfig, stage: StageConfig, shape: Shape) -> str:
    body = json.dumps([tenant.model_dump(mode="json"), stage.model_dump(mode="json"), shape, chart_code_hash()], sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


class TenantRenderer:
    """Renders tenant charts for TenantManifest: cached, ahead in workers, or inline."""

    def __init__(self, *, workers: int = 0, cache_dir: Path | None = None, pool_threshold: int = 0) -> None:
        """`pool_threshold`: with less work than this many charts, render here rather than start workers."""
        self.workers = workers
        self.cache_dir = cache_dir
        self.pool_threshold = pool_threshold
        self._inline: dict[tuple[str, str, Shape], RenderJob] = {}
        self._template_texts: dict[str, str | None] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._pending: dict[tuple[str, str, Shape], tuple[Future, Template | None]] = {}
        self._chunks: list[list[RenderJob]] = []
        self._in_flight: list[Future] = []
        self._main_spec = None
        # For the tests and the benchmark: tenants rendered (by a worker or here) and of those
        # stamped from a template, read from the cache, rendered here for want of a prefetch;
        # templates rendered (by the workers or here).
        self.rendered = self.stamped = self.cached = self.missed = self.templates = 0

    def prefetch(self, jobs: list[tuple[TenantConfig, StageConfig, Shape]]) -> None:
        todo = [(t, s, sh) for t, s, sh in jobs if self._read_cache(t, s, sh) is None]
        if not todo:
            return
        work = group_by_template(todo)
        if self.workers < 1 or sum(job.weight for job in work) < self.pool_threshold:
            # Rendered here when the stacks ask, a template once for all its tenants.
            self._inline = {(t.name, job.stage.name, job.shape): job for job in work if job.template for t in job.tenants}
            return
        self.templates = sum(1 for job in work if job.template)
        # A worker's kernel keeps every chart it rendered: after MAX_RENDERS_PER_WORKER charts each,
        # the pool is replaced by a fresh one. (ProcessPoolExecutor's own max_tasks_per_child can hang
        # on Python 3.11 when it replaces a worker, so the chunks are pools of their own.)
        size, self._chunks, load = MAX_RENDERS_PER_WORKER * self.workers, [[]], 0
        for job in work:
            if load + job.weight > size and self._chunks[-1]:
                self._chunks.append([])
                load = 0
            self._chunks[-1].append(job)
            load += job.weight
        # A spawned worker first re-imports the parent's main script (app.py), and with it aws-cdk-lib
        # into a jsii kernel of its own: seconds and a few hundred MB per worker for nothing. Its only
        # job is `_render_job` from this module, so the workers are told that `__main__` needs no
        # import (multiprocessing skips a main module named "__main__"); restored on close().
        main = sys.modules["__main__"]
        self._main_spec = (main, getattr(main, "__spec__", None))
        if getattr(main, "__file__", None) and main.__spec__ is None:
            main.__spec__ = ModuleSpec("__main__", None)
        self._next_chunk()

    def _next_chunk(self) -> None:
        if self._pool:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if not self._chunks:
            self.close()
            return
        chunk = self._chunks.pop(0)
        context = multiprocessing.get_context("spawn")  # never fork a process that holds a jsii kernel
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        self._in_flight = []
        for job in chunk:
            future = self._pool.submit(_render_job, job)
            for tenant in job.tenants:
                self._pending[(tenant.name, job.stage.name, job.shape)] = (future, job.template)
            self._in_flight.append(future)

    def _chunk_finished(self) -> bool:
        """The pool rendered its whole chunk: its results wait as strings in their futures, so the
        next pool can start while the stacks still take them, rather than after the last one."""
        return bool(self._pool) and all(f.done() for f in self._in_flight)

    def __call__(self, tenant: TenantConfig, stage: StageConfig, refs: PlatformRefs) -> list[dict]:
        shape = shape_of(refs)
        text = self._read_cache(tenant, stage, shape)
        if text is not None:
            self.cached += 1
        else:
            future, template = self._pending.pop((tenant.name, stage.name, shape), (None, None))
            inline = self._inline.pop((tenant.name, stage.name, shape), None)
            if inline is not None:
                text = self._stamped_inline(inline, tenant)
            elif future is None:
                if self._pool:
                    self.missed += 1  # prefetched with another shape: correct, only slower
                text = _render_json(tenant, stage, shape)
            else:
                template_text, own = future.result()
                if template_text is None:
                    text = own[tenant.name]
                else:
                    from drupal_platform.constructs.tenant_stamping import stamp

                    text = stamp(template_text, template, tenant, stage, shape)
                    self.stamped += 1
            self.rendered += 1
            self._write_cache(tenant, stage, shape, text)
        if self._chunk_finished():
            self._next_chunk()
        return json.loads(substitute(text, refs))

    def _stamped_inline(self, job: RenderJob, tenant: TenantConfig) -> str:
        """Without workers: the template rendered on first use and kept (None: refused) for the others."""
        from drupal_platform.constructs.tenant_stamping import render_template, stamp

        key = job.template.key
        if key not in self._template_texts:
            self._template_texts[key] = render_template(job.template, job.stage, job.shape)
            self.templates += 1
        text = self._template_texts[key]
        if text is None:
            return _render_json(tenant, job.stage, job.shape)
        self.stamped += 1
        return stamp(text, job.template, tenant, job.stage, job.shape)

    def close(self) -> None:
        self._chunks = []
        if self._pool:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._main_spec:
            main, spec = self._main_spec
            main.__spec__ = spec
            self._main_spec = None

    def _path(self, tenant: TenantConfig, stage: StageConfig, shape: Shape) -> Path | None:
        return self.cache_dir / stage.name / tenant.name / f"{cache_key(tenant, stage, shape)[:32]}.json" if self.cache_dir else None

    def _read_cache(self, tenant: TenantConfig, stage: StageConfig, shape: Shape) -> str | None:
        path = self._path(tenant, stage, shape)
        return path.read_text() if path and path.exists() else None

    def _write_cache(self, tenant: TenantConfig, stage: StageConfig, shape: Shape, text: str) -> None:
        path = self._path(tenant, stage, shape)
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob("*.json"):
                old.unlink()  # one entry per tenant and stage: the cache does not grow with history
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text)
            tmp.replace(path)
