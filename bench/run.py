#!/usr/bin/env python3
"""Synthesise N synthetic tenants and print what it costs: `make bench` (N = 10, 100, 1000).

For each N it writes a tenants file and a benchmark stage sized for it (node-group maximum
and load-balancer groups found with the capacity guard itself), then runs the pinned CDK CLI
with the Makefile's flags (`make synth`; one tenant as `make diff STAGE=... TENANT=...`), timing
it and sampling the memory and CPU of the whole process tree (the CLI, Python, the jsii Node.js
kernels and the render workers) from /proc. It prints, per N:
wall time, peak memory, stacks, the largest stack's resources, the largest template and the
largest manifest payload; and the same for a second run from the rendered-manifest cache, a third
with nothing cached in `--shards` processes (default 1; `make synth SHARDS=N`), and one tenant's synthesis
(`make diff STAGE=... TENANT=...`), next to bench/previous.json; and how many charts a synthesis
with nothing cached renders (look-alike tenants share a template: constructs/tenant_stamping.py).

Usage: python bench/run.py [N ...] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drupal_platform import capacity  # noqa: E402
from drupal_platform.constructs.tenant_rendering import group_by_template  # noqa: E402
from drupal_platform.stage import chart_shape  # noqa: E402
from drupal_platform.validation import validate  # noqa: E402

DEFAULT_SIZES = (10, 100, 1000)
BENCH_STAGE = "bench"
BENCH_ACCOUNT = "333333333333"
REGION = "eu-west-1"
BASE_DOMAIN = "bench.sites.example.com"
TIERS = ("small", "medium", "medium", "large")  # medium is the common case


def bench_tenant(i: int) -> tuple[str, dict]:
    """Deterministic mix: tiers, 1% dedicated, ~10% custom image, HA for some large sites,
    ~5% with their own domain and certificate, ~10% with client access."""
    name = f"site{i:04d}"
    tier = TIERS[i % len(TIERS)]
    platform: dict = {"tier": tier, "database": {"storage": "10Gi"}}
    client: dict = {
        "image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "11.3.1-php8.4-apache"},
        "ingress": {"hosts": [f"{name}.{BASE_DOMAIN}"]},
        "replicaCount": 2,
    }
    if i % 100 == 5:
        platform["placement"] = {"dedicated": True, "instanceTypes": ["m7i.large"], "minSize": 1, "maxSize": 1}
    if i % 10 == 3:
        platform["image"] = {"appPath": "/var/www/html", "webRoot": "/var/www/html/web"}
        client["image"] = {"tag": "2026.11.20-1"}
    if tier == "large" and i % 8 == 3:
        platform["database"]["highAvailability"] = True
    if i % 20 == 7:
        client["ingress"]["hosts"].append(f"www.{name}.example.org")
        platform["certificateArns"] = [f"arn:aws:acm:{REGION}:{BENCH_ACCOUNT}:certificate/{i:08x}-0000-4000-8000-000000000000"]
    if i % 10 == 1:
        platform["access"] = [{"principal": f"arn:aws:iam::{BENCH_ACCOUNT}:role/{name}-team", "level": "operate" if i % 20 == 1 else "view"}]
    if i % 6 == 0:
        client["autoscaling"] = {"enabled": True, "minReplicas": 2, "maxReplicas": 3 if tier == "small" else 4}
        del client["replicaCount"]  # the HorizontalPodAutoscaler owns it (replicas-belong-to-the-autoscaler)
    return name, {"platform": platform, "client": client}


def bench_stage(node_max: int, lb_groups: int) -> dict:
    azs = [f"{REGION}{z}" for z in "abc"]
    return {
        "account": BENCH_ACCOUNT,
        "region": REGION,
        "availabilityZones": azs,
        "vpcCidr": "10.30.0.0/16",
        "publicSubnets": ["10.30.0.0/24", "10.30.1.0/24", "10.30.2.0/24"],
        "nodeSubnets": ["10.30.4.0/24", "10.30.5.0/24", "10.30.6.0/24"],
        "podSubnets": ["10.30.32.0/19", "10.30.64.0/19", "10.30.96.0/19"],
        "kubernetesVersion": "1.36",
        "nodeGroups": {
            "system": {"instanceTypes": ["m7i.xlarge"], "minSize": 1, "maxSize": 3},
            "shared": {"instanceTypes": ["m7i.4xlarge"], "minSize": 1, "maxSize": node_max},
        },
        "natGateways": 3,
        "endpointAccess": {"private": True, "publicCidrs": ["203.0.113.0/24"]},
        "adminPrincipals": [f"arn:aws:iam::{BENCH_ACCOUNT}:role/platform-admins"],
        "dns": {"baseDomain": BASE_DOMAIN, "hostedZoneId": "Z0BENCHEXAMPLE0001"},
        "loadBalancers": {"groups": lb_groups, "rulesPerLoadBalancer": 100, "certificatesPerLoadBalancer": 25, "loadBalancersPerRegion": 50},
        "github": {"createOidcProvider": True, "organisation": "example-org", "platformRepository": "drupal-platform"},
        "ownsImageRepositories": True,
        "waf": {"mode": "block", "rateLimit": 2000},
        "tags": {"project": "drupal-platform", "stage": BENCH_STAGE},
    }


def write_inputs(n: int, workdir: Path) -> tuple[dict, Path]:
    """Tenants file and a stage the capacity guard accepts, sized by applying the guard's own
    advice (node-group maximum, load-balancer groups, pod subnets, raised quotas) until it fits."""
    workdir.mkdir(parents=True, exist_ok=True)
    tenants_file = workdir / "tenants.yaml"
    tenants_file.write_text(yaml.safe_dump({"tenants": dict(bench_tenant(i) for i in range(n))}, sort_keys=False))
    settings = bench_stage(1, max(1, math.ceil(n / 80)))
    for _ in range(40):
        stages = {BENCH_STAGE: settings}
        # The one validation entry point: anything but capacity wrong means the generated tenants are.
        result = validate(stages, tenants_file)
        others = result.except_rule("capacity-fits")
        if others:
            raise SystemExit("benchmark tenants are not valid:\n" + "\n".join(str(p) for p in others))
        if result.ok:
            return stages, tenants_file
        # Capacity (and quota) limits were exceeded: size the stage by each limit's remedy and try again.
        exceeded = capacity.compute(result.config, BENCH_STAGE).exceeded
        if not exceeded:
            raise SystemExit("benchmark stage cannot be sized:\n" + "\n".join(str(p) for p in result.problems))
        advice: dict = {}
        for lim in exceeded:
            advice.update(lim.remedy or {})
        if not advice:
            break
        settings = capacity.apply_remedy(settings, advice)
    raise SystemExit("benchmark stage cannot be sized:\n" + "\n".join(f"{lim.scope}: {lim.problem_text()}" for lim in exceeded))


def _tree_rss(pid: int, cpu: dict[int, float] | None = None) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc; with `cpu`, also
    records each descendant's CPU seconds so far (user + system)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
            ticks[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        if cpu is not None and p in ticks:
            cpu[p] = max(cpu.get(p, 0.0), ticks[p])
        todo.extend(children.get(p, []))
    return total


def run_synth(stages: dict, tenants_file: Path, outdir: Path, tenant: str | None = None,
              cache: Path | None = None, workers: int | None = None, shards: int | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run the CDK CLI exactly as `make synth` does (the Makefile's flags and selector); with
    `tenant`, as `make diff STAGE=bench TENANT=<tenant>` synthesises. The CLI adds its own context
    (path and asset metadata, no version reporting) and reads the assembly after the app, so the
    figures are what a user waits for. A cdk.json beside the tenants file holds the bench stage.
    `cache` is the rendered-manifest cache (None = off)."""
    context = json.loads((ROOT / "cdk.json").read_text())["context"]
    context.update({"stages": stages, "tenants": str(tenants_file), "manifestCache": str(cache) if cache else ""})
    if workers is not None:
        context["renderWorkers"] = workers
    if shards is not None:
        context["synthShards"] = shards
    workdir = tenants_file.parent
    # -O as in the project's cdk.json: jsii skips its per-call runtime type checks (the tests keep them).
    (workdir / "cdk.json").write_text(json.dumps({"app": f"{sys.executable} -O {ROOT / 'app.py'}", "context": context}))
    cli = [str(ROOT / "node_modules" / ".bin" / "cdk"), "--no-notices", "--no-version-reporting", "synth", "--quiet", "-o", str(outdir)]
    if tenant:
        cli += ["-c", f"stage={BENCH_STAGE}", "-c", f"tenant={tenant}"]
    else:
        cli += ["--no-validation", "--exclusively", f"{BENCH_STAGE}/Network"]
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}:{ROOT / 'node_modules' / '.bin'}:{os.environ.get('PATH', '')}",
           "CDK_DISABLE_VERSION_CHECK": "true", "CDK_DISABLE_CLI_TELEMETRY": "true"}
    peak = 0
    cpu: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cli, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out: dict[str, str] = {}
    reader = threading.Thread(target=lambda: out.update(zip(("stdout", "stderr"), proc.communicate())))
    reader.start()
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid, cpu))
        time.sleep(0.25)
    reader.join()
    wall = time.perf_counter() - start
    # CPU seconds of the whole tree (CLI, app, jsii kernels, render workers; sampled every 0.25 s from
    # /proc, so the last fraction of a second of each process is missing): less inflated by load than wall time.
    run_synth.cpu_seconds = sum(cpu.values())
    return wall, peak, subprocess.CompletedProcess(proc.args, proc.returncode, out.get("stdout", ""), out.get("stderr", ""))


def measure_assembly(outdir: Path) -> dict:
    """Stacks, largest stack by resources, largest template, largest KubernetesManifest payload."""
    from drupal_platform.summary import stacks_by_stage

    stacks = [s for ss in stacks_by_stage(outdir).values() for s in ss]
    largest_resources, largest_template, largest_manifest = ("", 0), ("", 0), ("", 0)
    for display, path in stacks:
        body = json.loads(path.read_text())
        resources = body.get("Resources", {})
        largest_resources = max(largest_resources, (display, len(resources)), key=lambda x: x[1])
        largest_template = max(largest_template, (display, path.stat().st_size), key=lambda x: x[1])
        for res in resources.values():
            if res["Type"] == "Custom::AWSCDK-EKS-KubernetesResource":
                size = len(json.dumps(res["Properties"]["Manifest"], separators=(",", ":")))
                largest_manifest = max(largest_manifest, (display, size), key=lambda x: x[1])
    return {
        "stacks": len(stacks),
        "largest_stack": largest_resources[0],
        "largest_stack_resources": largest_resources[1],
        "largest_template": largest_template[0],
        "largest_template_bytes": largest_template[1],
        "largest_manifest_stack": largest_manifest[0],
        "largest_manifest_bytes": largest_manifest[1],
    }


PREVIOUS = ROOT / "bench" / "previous.json"


def charts_to_render(stages: dict, tenants_file: Path) -> tuple[int, int]:
    """Charts a synthesis with nothing cached renders (a template counts twice: it is rendered with
    two placeholders) and templates among them: the grouping app.py's renderer does."""
    config = validate(stages, tenants_file).config
    stage = config.stages[BENCH_STAGE]
    work = group_by_template([(t, stage, chart_shape(t, stage, config)) for t in config.tenants_in(BENCH_STAGE)])
    return sum(job.weight for job in work), sum(1 for job in work if job.template)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES))
    parser.add_argument("--out", type=Path, default=ROOT / "bench.out")
    parser.add_argument("--workers", type=int, default=None, help="render workers (default: app.py's choice)")
    parser.add_argument("--shards", type=int, default=1,
                        help="processes for a third run with nothing cached, against app.py's default in the first (-c synthShards; 0: skip it)")
    args = parser.parse_args(argv)
    previous = {row["tenants"]: row for row in json.loads(PREVIOUS.read_text())["rows"]} if PREVIOUS.exists() else {}

    rows = []
    print(f"cores: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}; previous figures: {PREVIOUS.name}")
    header = (f"{'tenants':>8} | {'full s':>7} {'CPU s':>6} {'s/tenant':>8} {'+s/tenant':>9} {'peak MiB':>9} | {'cached s':>8} {'CPU s':>6} {'peak MiB':>9} | "
              f"{f'x{args.shards} s':>7} {'CPU s':>6} {'peak MiB':>9} | {'charts':>6} {'tmpl':>5} | {'1 tenant s':>10} {'CPU s':>6} {'peak MiB':>9} | {'prev full s':>11} {'prev MiB':>9} | {'stacks':>6} {'max res':>7} "
              f"{'max tmpl KiB':>12} {'max manifest KiB':>16}  node max/AZ, LB groups")
    print(header)
    for n in args.sizes:
        workdir = args.out / str(n)
        stages, tenants_file = write_inputs(n, workdir)
        cache = workdir / "manifest-cache"
        outdir = workdir / "cdk.out"
        subprocess.run(["rm", "-rf", str(outdir), str(cache)], check=True)
        # Cold: nothing cached, every chart rendered (by the worker pool).
        wall, peak, proc = run_synth(stages, tenants_file, outdir, cache=cache, workers=args.workers)
        if proc.returncode != 0:
            print(proc.stderr[-4000:], file=sys.stderr)
            return proc.returncode
        cpu = run_synth.cpu_seconds
        figures = measure_assembly(outdir)
        # Warm: the same inputs again, every chart from the cache (a commit that changes a few tenants).
        subprocess.run(["rm", "-rf", str(outdir)], check=True)
        warm_wall, warm_peak, proc = run_synth(stages, tenants_file, outdir, cache=cache, workers=args.workers)
        if proc.returncode != 0:
            print(proc.stderr[-4000:], file=sys.stderr)
            return proc.returncode
        warm_cpu = run_synth.cpu_seconds
        # Nothing cached again, in `--shards` processes (-c synthShards=N, `make synth SHARDS=N`).
        sharded = (float("nan"), float("nan"), 0)
        if args.shards > 0:
            subprocess.run(["rm", "-rf", str(outdir), str(cache)], check=True)
            shard_wall, shard_peak, proc = run_synth(stages, tenants_file, outdir, cache=cache, workers=args.workers, shards=args.shards)
            if proc.returncode != 0:
                print(proc.stderr[-4000:], file=sys.stderr)
                return proc.returncode
            sharded = (shard_wall, run_synth.cpu_seconds, shard_peak)
        # One tenant (`make diff STAGE=bench TENANT=...`): shared stacks and one tenant stack, no cache.
        one_out = workdir / "cdk.out.tenant"
        subprocess.run(["rm", "-rf", str(one_out)], check=True)
        one_wall, one_peak, proc = run_synth(stages, tenants_file, one_out, tenant=bench_tenant(n // 2)[0])
        one_cpu = run_synth.cpu_seconds
        if proc.returncode != 0:
            print(proc.stderr[-4000:], file=sys.stderr)
            return proc.returncode
        stage = stages[BENCH_STAGE]
        charts, templates = charts_to_render(stages, tenants_file)
        row = {"tenants": n, "charts_rendered": charts, "templates": templates, "wall_seconds": round(wall, 1), "cpu_seconds": round(cpu, 1), "peak_mib": round(peak / 2**20),
               "cached_cpu_seconds": round(warm_cpu, 1), "one_tenant_cpu_seconds": round(one_cpu, 1),
               "cached_wall_seconds": round(warm_wall, 1), "cached_peak_mib": round(warm_peak / 2**20),
               "sharded_processes": args.shards, "sharded_wall_seconds": round(sharded[0], 1),
               "sharded_cpu_seconds": round(sharded[1], 1), "sharded_peak_mib": round(sharded[2] / 2**20),
               "one_tenant_seconds": round(one_wall, 1), "one_tenant_peak_mib": round(one_peak / 2**20), **figures,
               "shared_max_per_az": stage["nodeGroups"]["shared"]["maxSize"], "lb_groups": stage["loadBalancers"]["groups"]}
        # The cost of each tenant added since the previous size: flat when synthesis scales linearly
        # (the shared stacks' fixed seconds are in every size, so they cancel out here).
        last = rows[-1] if rows else None
        row["added_seconds_per_tenant"] = round((row["wall_seconds"] - last["wall_seconds"]) / (n - last["tenants"]), 3) if last else None
        rows.append(row)
        prev = previous.get(n, {})
        added = f"{row['added_seconds_per_tenant']:>9.3f}" if last else f"{'-':>9}"
        print(
            f"{n:>8} | {row['wall_seconds']:>7.1f} {cpu:>6.1f} {row['wall_seconds'] / n:>8.3f} {added} {row['peak_mib']:>9} | "
            f"{row['cached_wall_seconds']:>8.1f} {warm_cpu:>6.1f} {row['cached_peak_mib']:>9} | "
            f"{sharded[0]:>7.1f} {sharded[1]:>6.1f} {row['sharded_peak_mib']:>9} | {charts:>6} {templates:>5} | "
            f"{row['one_tenant_seconds']:>10.1f} {one_cpu:>6.1f} {row['one_tenant_peak_mib']:>9} | "
            f"{prev.get('wall_seconds', float('nan')):>11.1f} {prev.get('peak_mib', '-'):>9} | {row['stacks']:>6} {row['largest_stack_resources']:>7} "
            f"{row['largest_template_bytes'] / 1024:>12.1f} {row['largest_manifest_bytes'] / 1024:>16.1f}  "
            f"{row['shared_max_per_az']}, {row['lb_groups']}",
            flush=True,
        )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    (args.out / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
