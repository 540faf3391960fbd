"""`drupal-platform rollout`: the wave plan, the state file that resumes it, and a run driven
by a fake runner (no AWS, no cluster): exact cdk command lines, health checks, stop and resume,
progress and summary."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field

import pytest

from drupal_platform.cli import rollout as cmd
from drupal_platform.cli.rollout import Result, Rollout, image_matches, synthesised_images
from drupal_platform.cli.rollout_plan import SHARED_STACKS, RolloutState, Site, plan_waves
from drupal_platform.config import MAX_ROLLOUT_CONCURRENCY, RolloutConfig
from tests.cli.conftest import no_traceback

CDK = ["cdk", "--app", "cdk.out"]
DEPLOY = [*CDK, "deploy", "--exclusively", "--require-approval", "never"]


def thousand(canaries=("t0500", "t0007"), wave_size=50, concurrency=10):
    sites = [Site(f"t{i:04d}", "suspended" if i % 100 == 3 else "decommissioned" if i % 250 == 1 else "active") for i in range(1000)]
    return sites, RolloutConfig(canaries=list(canaries), wave_size=wave_size, concurrency=concurrency)


# --- the plan ---------------------------------------------------------------------------------
def test_plan_of_a_thousand_tenants_is_deterministic_canaries_first_sizes_respected():
    sites, cfg = thousand()
    plan = plan_waves("prod", sites, cfg, oidc_stack=True, platform_image_stack=True)
    shuffled = sites[:]
    random.Random(7).shuffle(shuffled)
    again = plan_waves("prod", shuffled, cfg, oidc_stack=True, platform_image_stack=True)
    assert again == plan and again.hash == plan.hash

    shared, canary, *batches = plan.waves
    assert shared.kind == "shared" and shared.sites == () and shared.concurrency == 1
    assert shared.stacks == tuple(f"prod/{s}" for s in (*SHARED_STACKS, "GitHubOidc", "PlatformImage"))
    assert canary.kind == "canary" and [s.name for s in canary.sites] == ["t0500", "t0007"]  # configured order
    assert canary.stacks == ("prod/Tenant-t0500", "prod/Tenant-t0007") and canary.concurrency == 2
    # 998 others in waves of 50: 19 full and one of 48; concurrency never above the setting
    assert [len(w.sites) for w in batches] == [50] * 19 + [48]
    assert all(w.kind == "batch" and w.concurrency == 10 for w in batches)
    assert [w.number for w in plan.waves] == list(range(1, 23))
    # every site exactly once; running sites before the ones no health check can prove
    names = [s.name for s in plan.sites]
    assert sorted(names) == sorted(s.name for s in sites) and len(set(names)) == 1000
    checked = [s.checked for w in batches for s in w.sites]
    assert checked == sorted(checked, reverse=True) and checked.count(False) == 14
    assert [s.name for s in batches[0].sites][:3] == ["t0000", "t0002", "t0004"]  # t0001 decommissioned, t0003 suspended


def test_plan_without_canaries_or_oidc_and_a_small_wave_size():
    plan = plan_waves("dev", [Site("b"), Site("a"), Site("c", "decommissioned")], RolloutConfig(wave_size=2, concurrency=10))
    assert [w.kind for w in plan.waves] == ["shared", "batch", "batch"]
    assert plan.waves[0].stacks == tuple(f"dev/{s}" for s in SHARED_STACKS)
    assert [[s.name for s in w.sites] for w in plan.waves[1:]] == [["a", "b"], ["c"]]
    assert [w.concurrency for w in plan.waves[1:]] == [2, 1]  # never more than the wave holds


def test_a_canary_absent_from_the_stage_is_not_planned():
    # validation rejects it (test below); a plan built anyway never deploys a stack that is not there
    plan = plan_waves("dev", [Site("a")], RolloutConfig(canaries=["gone"]))
    assert [w.kind for w in plan.waves] == ["shared", "batch"]


def test_plan_hash_changes_with_the_tenant_list_code_and_settings():
    sites, cfg = thousand()
    base = plan_waves("prod", sites, cfg).hash
    assert plan_waves("prod", sites[:-1], cfg).hash != base
    assert plan_waves("prod", sites, cfg.model_copy(update={"wave_size": 40})).hash != base
    assert plan_waves("prod", sites, cfg.model_copy(update={"canaries": ["t0007"]})).hash != base
    assert plan_waves("dev", sites, cfg).hash != base
    assert plan_waves("prod", [Site(s.name, s.state, "drupal:11.3.2") if s.name == "t0999" else s for s in sites], cfg).hash != base


# --- the state file ---------------------------------------------------------------------------
def test_state_file_round_trip_and_other_plan(tmp_path):
    sites, cfg = thousand()
    plan = plan_waves("prod", sites, cfg)
    path = tmp_path / ".rollout" / "prod.json"
    state, note = RolloutState.load(path, plan)
    assert (state.done, note) == ([], None)
    state.done, state.failed, state.failed_wave = [1, 2], {"t0004": "boom"}, 3
    state.save(path)
    loaded, note = RolloutState.load(path, plan)
    assert (loaded.done, loaded.failed, loaded.failed_wave, note) == ([1, 2], {"t0004": "boom"}, 3, None)
    other = plan_waves("prod", sites[:-1], cfg)
    fresh, note = RolloutState.load(path, other)
    assert fresh.done == [] and fresh.plan == other.hash and "another plan" in note
    path.write_text("{not json")
    assert RolloutState.load(path, plan)[0].done == [] and "unreadable" in RolloutState.load(path, plan)[1]


# --- a run against a fake runner -------------------------------------------------------------
@dataclass
class FakeCluster:
    """Answers cdk and kubectl like a stage would: deploy sets each site's image to the new one."""

    new: str = "repo/drupal:new"
    old: str = "repo/drupal:old"
    crash: set[str] = field(default_factory=set)  # sites whose pods never become ready
    failing_deploy: set[str] = field(default_factory=set)  # stack selectors cdk fails on
    failing_step: dict[str, str] = field(default_factory=dict)  # site -> deploy step that fails (gate records it)
    no_gate: set[str] = field(default_factory=set)  # sites whose deploy state nothing writes
    images: dict[str, str] = field(default_factory=dict)
    states: dict[str, dict[str, str]] = field(default_factory=dict)  # site -> deploy-state ConfigMap data
    calls: list[list[str]] = field(default_factory=list)

    def __call__(self, argv, *, capture=False):
        self.calls.append(argv)
        if "synth" in argv:
            return Result(0)
        if "deploy" in argv:
            stacks = [a for a in argv if "/" in a]
            if self.failing_deploy & set(stacks):
                return Result(1)
            for s in stacks:
                if "/Tenant-" in s:
                    site = s.split("/Tenant-")[1]
                    self.images[site] = self.new
                    if site in self.failing_step:
                        self.states[site] = {"image": self.new, "result": "failed", "step": self.failing_step[site], "job": "deploy-0a1b2c3d"}
                    elif site not in self.no_gate:
                        self.states[site] = {"image": self.new, "result": "succeeded", "step": "deploy-hook", "job": "deploy-0a1b2c3d"}
            return Result(0)
        ns = argv[argv.index("-n") + 1] if "-n" in argv else None
        site = ns.removeprefix("drupal-site-") if ns else None
        if "rollout" in argv:
            return Result(1 if site in self.crash else 0)
        if "--all-namespaces" in argv:
            return Result(0, "".join(f"drupal-site-{n}\t{i}\n" for n, i in self.images.items()))
        if "get" in argv and argv[argv.index("get") + 1:argv.index("get") + 3] == ["deployment/drupal", "configmap/deploy-state"]:
            # kubectl get a/x b/y --ignore-not-found -o json: a List of the objects that exist
            items = []
            if site in self.images:
                items.append({"kind": "Deployment", "metadata": {"name": "drupal"}, "spec": {"template": {"spec": {"containers": [
                    {"name": "wait-for-db", "image": "mysql"}, {"name": "drupal", "image": self.images[site]}]}}}})
            if site in self.states:
                items.append({"kind": "ConfigMap", "metadata": {"name": "deploy-state"}, "data": self.states[site]})
            return Result(0, json.dumps({"apiVersion": "v1", "kind": "List", "items": items}))
        raise AssertionError(argv)

    def deploys(self):
        return [c for c in self.calls if "deploy" in c]


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 65.0
        return self.t


def make(plan, tmp_path, fake, lines):
    images = {s.name: fake.new for s in plan.sites}
    return Rollout(plan, tmp_path / "state.json", fake, CDK, ["kubectl", "--context", "prod"], images,
                   timeout="300s", clock=Clock(), say=lines.append)


def small_plan():
    return plan_waves("prod", [Site(n) for n in "abcdefg"] + [Site("z", "suspended")],
                      RolloutConfig(canaries=["d"], wave_size=3, concurrency=2), oidc_stack=False)


def test_exact_cdk_command_lines_per_wave_and_health_checks(tmp_path):
    fake, lines = FakeCluster(), []
    plan = small_plan()
    assert make(plan, tmp_path, fake, lines).execute() == 0
    assert fake.deploys() == [
        [*DEPLOY, "prod/Network", "prod/Cluster", "prod/Platform-Data", "prod/Platform-Services"],
        [*DEPLOY, "prod/Tenant-d"],
        [*DEPLOY, "--concurrency", "2", "prod/Tenant-a", "prod/Tenant-b", "prod/Tenant-c"],
        [*DEPLOY, "--concurrency", "2", "prod/Tenant-e", "prod/Tenant-f", "prod/Tenant-g"],
        [*DEPLOY, "prod/Tenant-z"],
    ]
    assert ["kubectl", "--context", "prod", "rollout", "status", "deployment/drupal", "-n", "drupal-site-a", "--timeout=300s"] in fake.calls
    assert ["kubectl", "--context", "prod", "get", "deployment/drupal", "configmap/deploy-state", "-n", "drupal-site-a",
            "--ignore-not-found", "-o", "json"] in fake.calls
    assert not any("drupal-site-z" in c for c in fake.calls)  # suspended: no pods to check
    # cheap at any size: two kubectl calls per checked site (rollout status, one get), none per wave
    kubectl = [c for c in fake.calls if c[0] == "kubectl"]
    assert len(kubectl) == 2 * len([s for s in plan.sites if s.checked])


def test_progress_and_summary(tmp_path):
    fake, lines = FakeCluster(), []
    make(small_plan(), tmp_path, fake, lines).execute()
    assert lines[0] == "wave 1/5 (shared stacks): cdk deploy 4 stacks, concurrency 1"
    assert "wave 2/5 (canary, 1 sites): cdk deploy 1 stacks, concurrency 1" in lines
    progress = [line for line in lines if "progress:" in line]
    assert progress == [
        "  progress: 0/8 sites done, 0 failed, elapsed 0:01:05",
        "  progress: 1/8 sites done, 0 failed, elapsed 0:02:10",
        "  progress: 4/8 sites done, 0 failed, elapsed 0:03:15",
        "  progress: 7/8 sites done, 0 failed, elapsed 0:04:20",
        "  progress: 8/8 sites done, 0 failed, elapsed 0:05:25",
    ]
    assert lines[-2] == "rollout prod complete: 8/8 sites on the new code, 5 waves (5 run now, 0 resumed as done), 0 failed, elapsed 0:06:30"


def test_a_failed_wave_stops_prints_who_runs_what_and_is_retried_on_resume(tmp_path):
    plan = small_plan()
    fake, lines = FakeCluster(crash={"b"}), []
    fake.images = {n: fake.old for n in "abcdefg"}
    assert make(plan, tmp_path, fake, lines).execute() == cmd.EXIT_WAVE_FAILED
    assert [c[-1] for c in fake.deploys()] == ["prod/Platform-Services", "prod/Tenant-d", "prod/Tenant-c"]  # nothing after wave 3
    state = json.loads((tmp_path / "state.json").read_text())
    assert state == {"plan": plan.hash, "done": [1, 2], "failed": {"b": "rollout of deployment/drupal in drupal-site-b not complete within 300s"}, "failedWave": 3}
    text = "\n".join(lines)
    assert "rollout prod stopped at wave 3/5: 1/8 sites done, 1 failed" in text
    assert "  failed: b: rollout of deployment/drupal in drupal-site-b not complete within 300s" in text
    assert "      4  repo/drupal:new: d, a, b, c" in text
    assert "      3  repo/drupal:old: e, f, g" in text
    assert "      1  (no running Deployment): z" in text
    assert "resumes at wave 3" in text

    fake.crash.clear()
    fake.calls.clear()
    lines.clear()
    assert make(plan, tmp_path, fake, lines).execute() == 0
    assert lines[0] == f"resuming plan {plan.hash}: 2 of 5 waves already done, starting at wave 3"
    assert [c[-1] for c in fake.deploys()] == ["prod/Tenant-c", "prod/Tenant-g", "prod/Tenant-z"]  # waves 1, 2 skipped
    assert "5 waves (3 run now, 2 resumed as done)" in lines[-2]
    assert not (tmp_path / "state.json").exists()  # finished: the next run (new code, same tenants) starts at wave 1
    fake.calls.clear()
    assert make(plan, tmp_path, fake, []).execute() == 0 and len(fake.deploys()) == 5


def test_wrong_image_or_failed_cdk_deploy_fails_the_wave(tmp_path):
    plan = small_plan()
    fake, lines = FakeCluster(), []
    r = make(plan, tmp_path, fake, lines)
    r.images["d"] = "repo/drupal:newer"
    assert r.execute() == cmd.EXIT_WAVE_FAILED
    assert "  failed: d: runs repo/drupal:new, expected repo/drupal:newer" in lines
    (tmp_path / "state.json").unlink()
    fake, lines = FakeCluster(failing_deploy={"prod/Cluster"}), []
    assert make(plan, tmp_path, fake, lines).execute() == cmd.EXIT_WAVE_FAILED
    assert "  failed: (shared stacks): cdk deploy failed" in lines and len(fake.deploys()) == 1
    assert not any("rollout" in c for c in fake.calls)


def test_a_site_is_healthy_only_when_its_deploy_step_succeeded_for_the_new_image(tmp_path):
    plan = small_plan()
    # d: the gate recorded a failed step; a: nothing recorded a deploy (no gate ran); b: the
    # deploy state still names the previous image (the new code was never deployed)
    fake, lines = FakeCluster(failing_step={"d": "updatedb"}), []
    assert make(plan, tmp_path, fake, lines).execute() == cmd.EXIT_WAVE_FAILED
    assert ("  failed: d: deploy step failed at step updatedb (Job deploy-0a1b2c3d): "
            "kubectl -n drupal-site-d get configmap deploy-state -o yaml") in lines
    assert [c[-1] for c in fake.deploys()] == ["prod/Platform-Services", "prod/Tenant-d"]  # stopped at the canary

    (tmp_path / "state.json").unlink()
    fake, lines = FakeCluster(no_gate={"a"}), []
    fake.states["b"] = {"image": fake.old, "result": "succeeded"}
    r = make(plan, tmp_path, fake, lines)
    fake.images.update(a=fake.new, b=fake.new)  # both Deployments rolled out on the new image
    check = {n: r.check(Site(n)) for n in "ab"}
    assert check["a"] == "no deploy-state ConfigMap in drupal-site-a: no deploy step has recorded a result " \
                         "(kubectl -n drupal-site-a get jobs -l drupal-platform/deploy-step)"
    assert check["b"] == "the deploy step last ran for repo/drupal:old (succeeded), not for repo/drupal:new"
    fake.states["b"] = {"image": fake.new, "result": "running"}
    assert r.check(Site("b")).startswith("deploy step running at step ?")
    fake.states["b"] = {"image": fake.new, "result": "succeeded"}
    assert r.check(Site("b")) is None


def test_health_reads_the_names_the_gate_writes():
    from drupal_platform import contracts

    assert (cmd.DEPLOY_STATE_CONFIGMAP, cmd.DEPLOY_STATE_IMAGE_KEY, cmd.DEPLOY_STATE_RESULT_KEY) == (
        contracts.DEPLOY_STATE_CONFIGMAP, contracts.DEPLOY_STATE_IMAGE_KEY, contracts.DEPLOY_STATE_RESULT_KEY)
    # kubectl prints one object, not a List, when only one was asked for; both forms are read
    single = json.dumps({"kind": "ConfigMap", "data": {"image": "x"}})
    assert cmd._objects(single) == {"ConfigMap": {"kind": "ConfigMap", "data": {"image": "x"}}}
    assert cmd._objects("not json") is None and cmd._objects("") == {}


def test_changed_tenant_list_starts_a_new_plan(tmp_path):
    fake, lines = FakeCluster(crash={"e"}), []
    assert make(small_plan(), tmp_path, fake, lines).execute() == cmd.EXIT_WAVE_FAILED
    bigger = plan_waves("prod", [Site(n) for n in "abcdefgh"], RolloutConfig(canaries=["d"], wave_size=3, concurrency=2))
    fake.crash.clear()
    fake.calls.clear()
    lines.clear()
    assert make(bigger, tmp_path, fake, lines).execute() == 0
    assert "written for another plan" in lines[0] and fake.deploys()[0][-1] == "prod/Platform-Services"


def test_image_matches_unresolved_values():
    assert image_matches("1.dkr.ecr.eu-west-1.amazonaws.com/x:1", "1.dkr.ecr.eu-west-1.amazonaws.com/x:1")
    assert image_matches("${token}.dkr.ecr.eu-west-1.amazonaws.com/x:1", "2.dkr.ecr.eu-west-1.amazonaws.com/x:1")
    assert not image_matches("${token}.dkr.ecr.eu-west-1.amazonaws.com/x:1", "2.dkr.ecr.eu-west-1.amazonaws.com/x:2")


# --- against the synthesised example app ------------------------------------------------------
def test_shared_stacks_and_images_match_the_synthesised_stage(assembly, config):
    names = assembly.names("prod")
    for s in (*SHARED_STACKS, "GitHubOidc", "PlatformImage"):
        assert f"prod/{s}" in names
    tenant_stacks = {n.removeprefix("prod/Tenant-") for n in names if n.startswith("prod/Tenant-")}
    assert set(names) - {f"prod/{s}" for s in (*SHARED_STACKS, "GitHubOidc", "PlatformImage")} == {f"prod/Tenant-{t}" for t in tenant_stacks}
    images = synthesised_images(assembly.outdir, "prod")
    running = {t.name for t in config.tenants_in("prod") if t.platform.state == "active"}
    assert set(images) == running
    # prod's override of the tag, as the platform image (official image + drush) built from it
    # pinned by the digest prod's platformImage.digests gives that tag (cdk.json)
    digest = config.stages["prod"].platform_image.digests["11.3.1-php8.4-apache-drush13.7.0"]
    assert images["alpha"].endswith(f"/drupal-platform/drupal:11.3.1-php8.4-apache-drush13.7.0@{digest}")
    assert images["beta"].endswith(f"/drupal-site-beta:2026.11.20-1@{config.tenants['beta'].image_digest('prod')}")


def test_shared_stack_ids_are_the_stages_own(config):
    # Constructed, not synthesised: the ids come from drupal_platform/stage.py itself.
    from aws_cdk import App, Stack

    from drupal_platform.stage import build_app
    from tests.conftest import cdk_context

    app = build_app(config, App(context={k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}))
    for stage in config.stages.values():
        ids = [c.node.id for c in app.node.find_child(stage.name).node.children if isinstance(c, Stack)]
        plan = plan_waves(stage.name, [Site(t.name) for t in config.tenants_in(stage.name)], stage.rollout,
                          oidc_stack=stage.github.create_oidc_provider, platform_image_stack=stage.owns_image_repositories)
        assert plan.waves[0].stacks == tuple(f"{stage.name}/{i}" for i in ids if not i.startswith("Tenant-"))
        assert sorted(s for w in plan.waves[1:] for s in w.stacks) == sorted(f"{stage.name}/{i}" for i in ids if i.startswith("Tenant-"))


# --- the command ------------------------------------------------------------------------------
def canary_alpha(ws):
    ws.edit_stages(lambda stages: stages["prod"].update(rollout={"canaries": ["alpha"], "waveSize": 25, "concurrency": 10}))


def test_dry_run_prints_the_plan(cli, ws):
    canary_alpha(ws)
    result = cli("rollout", "prod", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "wave 1 (shared, alone): prod/Network prod/Cluster prod/Platform-Data prod/Platform-Services prod/GitHubOidc prod/PlatformImage" in result.output
    assert "wave 2 (canary, 1 sites, concurrency 1): alpha" in result.output
    assert "wave 2 runs: cdk --no-notices --no-version-reporting --app cdk.out deploy --exclusively --require-approval never prod/Tenant-alpha" in result.output


def test_command_synthesises_once_then_stops_at_a_failed_wave(cli, ws, monkeypatch):
    canary_alpha(ws)
    fake = FakeCluster(crash={"alpha"})
    monkeypatch.chdir(ws.dir)
    monkeypatch.setattr(cmd, "RUNNER", fake)
    monkeypatch.setattr(cmd, "synthesised_images", lambda out, stage: {n: fake.new for n in ("alpha", "beta", "gamma")})
    result = cli("rollout", "prod", "--kube-context", "prod-admin")
    assert result.exit_code == 3, result.output
    no_traceback(result)
    assert fake.calls[0] == ["cdk", "--no-notices", "--no-version-reporting", "synth", "--quiet", "-c", f"tenants={ws.tenants}"]
    assert [c for c in fake.calls if "synth" in c] == [fake.calls[0]]
    assert "failed: alpha" in result.output
    assert json.loads((ws.dir / ".rollout" / "prod.json").read_text())["failedWave"] == 2


def test_finished_plan_is_forgotten_restart_starts_over_unknown_stage_is_usage(cli, ws, monkeypatch):
    canary_alpha(ws)
    fake = FakeCluster()
    monkeypatch.chdir(ws.dir)
    monkeypatch.setattr(cmd, "RUNNER", fake)
    monkeypatch.setattr(cmd, "synthesised_images", lambda out, stage: {n: fake.new for n in ("alpha", "beta", "gamma")})
    assert cli("rollout", "prod", "--skip-synth").exit_code == 0
    assert not any("synth" in c for c in fake.calls)
    state = ws.dir / ".rollout" / "prod.json"
    assert not state.exists()
    fake.crash = {"beta"}
    assert cli("rollout", "prod", "--skip-synth").exit_code == 3
    assert json.loads(state.read_text())["done"] == [1, 2]
    fake.calls.clear()
    assert cli("rollout", "prod", "--skip-synth", "--restart").exit_code == 3
    assert [c[-1] for c in fake.deploys()] == ["prod/PlatformImage", "prod/Tenant-alpha", "prod/Tenant-gamma"]  # from wave 1 again
    result = cli("rollout", "staging", "--dry-run")
    assert result.exit_code == 2 and "unknown stage 'staging'" in result.output


def test_missing_cdk_is_reported_not_a_traceback(cli, ws, monkeypatch):
    monkeypatch.chdir(ws.dir)
    monkeypatch.setenv("PATH", str(ws.dir))
    result = cli("rollout", "prod")
    assert result.exit_code == 1
    no_traceback(result)
    assert "cdk: not found on PATH" in result.output and "cdk synth failed: nothing was deployed" in result.output


@pytest.mark.parametrize(
    ("rollout", "field", "message"),
    [
        ({"canaries": ["nobody"]}, "rollout.canaries[0] = 'nobody'", "unknown tenant"),
        ({"canaries": ["alpha", "alpha"]}, "rollout.canaries[1] = 'alpha'", "listed twice"),
        ({"concurrency": MAX_ROLLOUT_CONCURRENCY + 1}, "rollout.concurrency", f"must be at most {MAX_ROLLOUT_CONCURRENCY}"),
        ({"waveSize": 0}, "rollout.waveSize", "must be at least 1"),
        ({"batch": 3}, "rollout.batch", "unknown key 'batch'"),
    ],
)
def test_rollout_settings_are_validated(cli, ws, rollout, field, message):
    ws.edit_stages(lambda stages: stages["prod"].update(rollout=rollout))
    result = cli("rollout", "prod", "--dry-run")
    assert result.exit_code == 1
    no_traceback(result)
    assert f"stage 'prod': {field}" in result.output and message in result.output


def test_a_canary_must_run_in_the_stage_and_be_active(cli, ws):
    # gamma runs in prod only; alpha, suspended here, runs in dev and prod
    ws.tenants.write_text(ws.tenants.read_text().replace("state: active", "state: suspended", 1))
    ws.edit_stages(lambda stages: stages["dev"].update(rollout={"canaries": ["gamma"]}))
    ws.edit_stages(lambda stages: stages["prod"].update(rollout={"canaries": ["alpha"]}))
    result = cli("validate")
    assert result.exit_code == 1
    no_traceback(result)
    # file:line of the canary in the context file, then scope, field, value and rule
    assert re.search(rf"{re.escape(str(ws.context_file))}:\d+: stage 'dev': rollout.canaries\[0\] = 'gamma': tenant 'gamma' does not run in stage 'dev'", result.output)
    assert re.search(rf"{re.escape(str(ws.context_file))}:\d+: stage 'prod': rollout.canaries\[0\] = 'alpha': tenant 'alpha' is suspended: a canary must be a running site", result.output)


def test_a_new_digest_is_a_new_plan(config):
    """The plan's code is the pinned image: a new digest under the same tag is new code, so a retry
    after it starts at wave 1 instead of skipping waves that ran the previous digest."""
    from drupal_platform.cli.rollout_plan import plan_for

    prod = config.stages["prod"]
    plan = plan_for(config, prod)
    beta = next(s for s in plan.sites if s.name == "beta")
    assert beta.code == f"<tenant-registry>/drupal-site-beta:2026.11.20-1@{config.tenants['beta'].image_digest('prod')}"
    alpha = next(s for s in plan.sites if s.name == "alpha")
    assert alpha.code.endswith("@" + prod.platform_image.digests["11.3.1-php8.4-apache-drush13.7.0"])
    moved = prod.model_copy(update={"platform_image": prod.platform_image.model_copy(
        update={"digests": {**prod.platform_image.digests, "11.3.1-php8.4-apache-drush13.7.0": "sha256:" + "e" * 64}})})
    assert plan_for(config, moved).hash != plan.hash
