"""`rollout <stage>`: deploy a stage's shared stacks, then its tenant stacks in waves.

Every external command (cdk, kubectl) goes through one `Runner`, so the tests drive the
whole rollout with a fake and no AWS account or cluster. A wave counts as done only when
each active site in it has completed its rollout on the image of the synthesised manifest
and its deploy-state ConfigMap records a succeeded deploy step for that image;
the first failed wave stops the run, and the state file lets the next run resume there.
"""

from __future__ import annotations

import fnmatch
import json
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from drupal_platform.cli import common
from drupal_platform.cli.common import DEFAULT_CONTEXT_FILE, DEFAULT_TENANTS_FILE, ContextFileOption, TenantsOption
from drupal_platform.cli.rollout_plan import Plan, RolloutState, Site, Wave, default_state_path, plan_for
from drupal_platform.config import NAMESPACE_PREFIX
from drupal_platform.contracts import (
    DEPLOY_STATE_CONFIGMAP, DEPLOY_STATE_IMAGE_KEY, DEPLOY_STATE_JOB_KEY, DEPLOY_STATE_RESULT_KEY, DEPLOY_STATE_STEP_KEY,
    DEPLOY_STEP_LABEL,
)

EXIT_WAVE_FAILED = 3
DEPLOYMENT = "drupal"  # charts.tenant.site.DRUPAL: the site's Deployment and its serving container
CONTAINER = "drupal"
IMAGE_PATH = f'{{.spec.template.spec.containers[?(@.name=="{CONTAINER}")].image}}'
TOKEN = "${token}"  # an unresolved CloudFormation value inside a synthesised manifest


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str = ""


class Runner(Protocol):
    def __call__(self, argv: list[str], *, capture: bool = False) -> Result: ...


def subprocess_runner(argv: list[str], *, capture: bool = False) -> Result:
    """Runs a command; without `capture` its output goes to the operator's stderr as it runs."""
    try:
        # Uncaptured: the command's output goes to file descriptor 2, keeping stdout for the plan.
        proc = subprocess.run(argv, stdout=subprocess.PIPE if capture else 2, text=True, check=False)
    except FileNotFoundError:
        common.echo_err(f"{argv[0]}: not found on PATH (`make rollout` puts the pinned cdk and the venv first)")
        return Result(127, "")
    return Result(proc.returncode, proc.stdout or "")


# The runner every command goes through; tests replace it with a fake.
RUNNER: Runner = subprocess_runner


# --- what the synthesised templates say each site should run ---------------------------------
def _text(value: Any) -> str:
    """A template string value with every intrinsic it holds replaced by TOKEN."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "Fn::Join" in value:
        sep, parts = value["Fn::Join"]
        return sep.join(_text(p) for p in parts)
    return TOKEN


def synthesised_images(cdk_out: Path, stage: str) -> dict[str, str]:
    """Tenant name -> image of its Deployment in the stage's synthesised tenant stacks."""
    root = json.loads((cdk_out / "manifest.json").read_text())
    nested = next((a["properties"]["directoryName"] for a in root.get("artifacts", {}).values()
                   if a.get("type") == "cdk:cloud-assembly" and a.get("properties", {}).get("displayName") == stage), None)
    if nested is None:
        return {}
    folder = cdk_out / nested
    images: dict[str, str] = {}
    for artifact in json.loads((folder / "manifest.json").read_text()).get("artifacts", {}).values():
        name = artifact.get("displayName", "")
        if artifact.get("type") != "aws:cloudformation:stack" or not name.startswith(f"{stage}/Tenant-"):
            continue
        template = json.loads((folder / artifact["properties"]["templateFile"]).read_text())
        for resource in template.get("Resources", {}).values():
            manifest = resource.get("Properties", {}).get("Manifest")
            if manifest is None:
                continue
            try:
                objects = json.loads(_text(manifest))
            except ValueError:
                continue
            for obj in objects if isinstance(objects, list) else []:
                if obj.get("kind") == "Deployment" and obj.get("metadata", {}).get("name") == DEPLOYMENT:
                    for c in obj["spec"]["template"]["spec"]["containers"]:
                        if c["name"] == CONTAINER:
                            images[name.removeprefix(f"{stage}/Tenant-")] = c["image"]
    return images


def _objects(text: str) -> dict[str, dict] | None:
    """kind -> object of `kubectl get a/x b/y -o json` (a List; one object if kubectl printed one), None if unreadable."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    items = data.get("items", []) if data.get("kind") == "List" or "items" in data else ([data] if data else [])
    return {i.get("kind", ""): i for i in items if isinstance(i, dict)}


def _container_image(deployment: dict | None) -> str:
    for c in ((deployment or {}).get("spec", {}).get("template", {}).get("spec", {}).get("containers") or []):
        if c.get("name") == CONTAINER:
            return c.get("image", "")
    return ""


def image_matches(expected: str, running: str) -> bool:
    return fnmatch.fnmatchcase(running, expected.replace(TOKEN, "*")) if TOKEN in expected else running == expected


# --- one rollout ------------------------------------------------------------------------------
@dataclass
class Rollout:
    plan: Plan
    state_path: Path
    run: Runner
    cdk: list[str]  # e.g. ["cdk", "--app", "cdk.out"]
    kubectl: list[str]  # e.g. ["kubectl", "--context", "prod"]
    images: dict[str, str]  # tenant -> expected image (synthesised)
    timeout: str = "600s"
    clock: Callable[[], float] = time.monotonic
    say: Callable[[str], None] = common.echo_err

    def deploy_argv(self, wave: Wave) -> list[str]:
        argv = [*self.cdk, "deploy", "--exclusively", "--require-approval", "never"]
        if wave.concurrency > 1:
            argv += ["--concurrency", str(wave.concurrency)]
        return argv + list(wave.stacks)

    def check(self, site: Site) -> str | None:
        """None when the site runs the new code, else why not: its Deployment completed its rollout
        on the expected image AND its deploy-state ConfigMap (written by the deploy gate) says the
        deploy step succeeded for that same image. Two kubectl calls per site whatever the stage's
        size: `rollout status` (a watch) and one `get` of the Deployment and the ConfigMap together."""
        ns = f"{NAMESPACE_PREFIX}{site.name}"
        status = self.run([*self.kubectl, "rollout", "status", f"deployment/{DEPLOYMENT}", "-n", ns, f"--timeout={self.timeout}"], capture=True)
        if status.code != 0:
            return f"rollout of deployment/{DEPLOYMENT} in {ns} not complete within {self.timeout}"
        got = self.run([*self.kubectl, "get", f"deployment/{DEPLOYMENT}", f"configmap/{DEPLOY_STATE_CONFIGMAP}", "-n", ns,
                        "--ignore-not-found", "-o", "json"], capture=True)
        expected = self.images.get(site.name)
        objects = _objects(got.stdout) if got.code == 0 else None
        if objects is None:
            return f"cannot read deployment/{DEPLOYMENT} and configmap/{DEPLOY_STATE_CONFIGMAP} in {ns}"
        if expected is None:
            return f"no Deployment '{DEPLOYMENT}' in the synthesised stack of tenant '{site.name}'"
        running = _container_image(objects.get("Deployment"))
        if not image_matches(expected, running):
            return f"runs {running or '(none)'}, expected {expected}"
        state = (objects.get("ConfigMap") or {}).get("data") or {}
        if not state:
            return (f"no {DEPLOY_STATE_CONFIGMAP} ConfigMap in {ns}: no deploy step has recorded a result "
                    f"(kubectl -n {ns} get jobs -l {DEPLOY_STEP_LABEL})")
        deployed, result = state.get(DEPLOY_STATE_IMAGE_KEY, ""), state.get(DEPLOY_STATE_RESULT_KEY, "")
        if deployed != running:
            return f"the deploy step last ran for {deployed or '(no image)'} ({result or 'no result'}), not for {running}"
        if result != "succeeded":
            step, job = state.get(DEPLOY_STATE_STEP_KEY, "?"), state.get(DEPLOY_STATE_JOB_KEY, "?")
            return (f"deploy step {result or '(no result)'} at step {step} (Job {job}): "
                    f"kubectl -n {ns} get configmap {DEPLOY_STATE_CONFIGMAP} -o yaml")
        return None

    def running_images(self) -> dict[str, str]:
        """Tenant -> image its Deployment runs now, in one kubectl call."""
        got = self.run([*self.kubectl, "get", "deployments", "--all-namespaces", "--field-selector", f"metadata.name={DEPLOYMENT}",
                        "-o", "jsonpath={range .items[*]}{.metadata.namespace}{\"\\t\"}" + IMAGE_PATH + "{\"\\n\"}{end}"], capture=True)
        out = {}
        for line in got.stdout.splitlines() if got.code == 0 else []:
            ns, _, image = line.partition("\t")
            if ns.startswith(NAMESPACE_PREFIX):
                out[ns.removeprefix(NAMESPACE_PREFIX)] = image
        return out

    def execute(self) -> int:
        state, note = RolloutState.load(self.state_path, self.plan)
        if note:
            self.say(note)
        waves, total = self.plan.waves, len(self.plan.sites)
        done_sites = sum(len(w.sites) for w in waves if w.number in state.done)
        if state.done:
            first = next((w.number for w in waves if w.number not in state.done), None)
            self.say(f"resuming plan {self.plan.hash}: {len(state.done)} of {len(waves)} waves already done, starting at wave {first}")
        start, ran = self.clock(), 0
        for wave in waves:
            if wave.number in state.done:
                continue
            ran += 1
            label = "shared stacks" if wave.kind == "shared" else f"{wave.kind}, {len(wave.sites)} sites"
            self.say(f"wave {wave.number}/{len(waves)} ({label}): cdk deploy {len(wave.stacks)} stacks, concurrency {wave.concurrency}")
            failures: dict[str, str] = {}
            if self.run(self.deploy_argv(wave)).code != 0:
                failures = {s.name: "cdk deploy failed" for s in wave.sites} or {"(shared stacks)": "cdk deploy failed"}
            else:
                checked = [s for s in wave.sites if s.checked]
                with ThreadPoolExecutor(max_workers=max(1, wave.concurrency)) as pool:
                    for site, why in zip(checked, pool.map(self.check, checked)):
                        if why:
                            failures[site.name] = why
            if failures:
                state.failed, state.failed_wave = failures, wave.number
                state.save(self.state_path)
                self._progress(done_sites, total, len(failures), start)
                self._stopped(wave, failures, done_sites, total, start)
                return EXIT_WAVE_FAILED
            done_sites += len(wave.sites)
            state.done.append(wave.number)
            state.failed, state.failed_wave = {}, None
            state.save(self.state_path)
            self._progress(done_sites, total, 0, start)
        self.say(f"rollout {self.plan.stage} complete: {done_sites}/{total} sites on the new code, {len(waves)} waves "
                 f"({ran} run now, {len(waves) - ran} resumed as done), 0 failed, elapsed {_elapsed(self.clock() - start)}")
        self.state_path.unlink(missing_ok=True)
        self.say(f"plan {self.plan.hash} finished; {self.state_path} removed (the next run starts from wave 1)")
        return common.EXIT_OK

    def _progress(self, done: int, total: int, failed: int, start: float) -> None:
        self.say(f"  progress: {done}/{total} sites done, {failed} failed, elapsed {_elapsed(self.clock() - start)}")

    def _stopped(self, wave: Wave, failures: dict[str, str], done: int, total: int, start: float) -> None:
        self.say(f"rollout {self.plan.stage} stopped at wave {wave.number}/{len(self.plan.waves)}: {done}/{total} sites done, "
                 f"{len(failures)} failed, elapsed {_elapsed(self.clock() - start)}")
        for name, why in sorted(failures.items()):
            self.say(f"  failed: {name}: {why}")
        running = self.running_images()
        by_image: dict[str, list[str]] = {}
        for site in self.plan.sites:
            by_image.setdefault(running.get(site.name, "(no running Deployment)"), []).append(site.name)
        self.say("which tenants run which code:")
        for image, names in sorted(by_image.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            shown = ", ".join(names[:10]) + (f", ... ({len(names) - 10} more)" if len(names) > 10 else "")
            self.say(f"  {len(names):>5}  {image}: {shown}")
        self.say(f"fix the cause, then run the same command again: it resumes at wave {wave.number} (state: {self.state_path})")


def _elapsed(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def print_plan(plan: Plan) -> None:
    common.say(f"plan {plan.hash} for stage {plan.stage}: {len(plan.sites)} sites in {len(plan.waves) - 1} tenant waves after the shared stacks")
    for w in plan.waves:
        if w.kind == "shared":
            common.say(f"wave {w.number} (shared, alone): {' '.join(w.stacks)}")
            continue
        names = [s.name + ("" if s.checked else f" ({s.state}, not checked)") for s in w.sites]
        shown = ", ".join(names[:8]) + (f", ... ({len(names) - 8} more)" if len(names) > 8 else "")
        common.say(f"wave {w.number} ({w.kind}, {len(w.sites)} sites, concurrency {w.concurrency}): {shown}")


# --- the command ----------------------------------------------------------------------------
def rollout(
    stage: Annotated[str, typer.Argument(help="Stage (a key of context.stages).", metavar="STAGE", show_default=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan and the first wave's cdk command; run nothing.")] = False,
    restart: Annotated[bool, typer.Option("--restart", help="Forget finished waves of this plan and start at wave 1.")] = False,
    state_file: Annotated[Path | None, typer.Option("--state-file", help="Default: .rollout/STAGE.json (git-ignored).", dir_okay=False, show_default=False)] = None,
    kube_context: Annotated[str | None, typer.Option("--kube-context", help="kubectl context of the stage's cluster (default: the current one).", show_default=False)] = None,
    timeout: Annotated[int, typer.Option("--timeout", min=30, help="Seconds each site's rollout may take to complete.")] = 600,
    skip_synth: Annotated[bool, typer.Option("--skip-synth", help="Deploy the assembly already in cdk.out (no cdk synth first).")] = False,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Deploy STAGE's shared stacks alone, then its tenant stacks in waves (canaries first).

    A wave is done when every active site in it completed its Deployment rollout on the
    image of the synthesised manifest and its deploy-state ConfigMap says the deploy step
    succeeded for that image. The first failed wave stops the run and shows which
    tenants run which code; running the command again resumes at that wave (state in
    .rollout/STAGE.json, keyed by the plan's hash). Exit codes: 0 done; 1 configuration
    problems; 2 usage error; 3 a wave failed (run again to resume).
    """
    config = common.load(context_file, tenants)
    s = common.pick_stage(config, stage)
    plan = plan_for(config, s)
    state_path = state_file or default_state_path(s.name)
    cdk = ["cdk", "--no-notices", "--no-version-reporting", "--app", "cdk.out"]
    if dry_run:
        print_plan(plan)
        shape = Rollout(plan, state_path, RUNNER, cdk, [], {})
        for wave in plan.waves[:2]:
            common.say(f"wave {wave.number} runs: " + " ".join(shape.deploy_argv(wave)))
        return
    run = RUNNER
    if restart:
        state_path.unlink(missing_ok=True)
    if not skip_synth:
        common.echo_err(f"cdk synth -c tenants={tenants} (once; every wave deploys this assembly)")
        if run(["cdk", "--no-notices", "--no-version-reporting", "synth", "--quiet", "-c", f"tenants={tenants}"]).code != 0:
            common.echo_err("cdk synth failed: nothing was deployed")
            common.exit_with(common.EXIT_PROBLEMS)
    try:
        images = synthesised_images(Path("cdk.out"), s.name)
    except (OSError, ValueError, KeyError) as exc:
        common.echo_err(f"cdk.out: cannot read the synthesised stage {s.name!r} ({exc}); run without --skip-synth")
        common.exit_with(common.EXIT_PROBLEMS)
    kubectl = ["kubectl"] + (["--context", kube_context] if kube_context else [])
    code = Rollout(plan, state_path, run, cdk, kubectl, images, timeout=f"{timeout}s").execute()
    common.exit_with(code)
