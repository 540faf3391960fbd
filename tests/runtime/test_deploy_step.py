"""The deploy step runs for real (issue 19 item 2): the rendered deploy Job's pod - db-init, then
dump, upload and deploy at the same time - in its pod's shape, with real drush against the
real Drupal codebase and a real MariaDB, and the streamed backup going to a fake S3.

The site's code changes by image: each "image" is a hard-linked copy of the platform image
(nothing is copied byte for byte) with a small test module `deploy_probe` and, from v2 on,
the site's exported configuration in config/sync:
- v1: the module, no update functions; the site is installed by the first deploy and the module
  enabled by hand (as a site would have been before).
- v2: update 10001 (sets a state value), a deploy hook, and configuration with a new slogan.
- v3: update 10002 creates a table and then throws; its configuration changes the slogan again.

Stand-ins, stated: `fakes/aws` and `fakes/mysqldump` as in test_backup.py.
"""

from __future__ import annotations

import copy
import gzip
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from drupal_platform import contracts
from helpers.mariadb import free_port
from helpers.sandbox import PodWorld, run_container, start_containers, wait_containers
from pods import OFFICIAL_APP_PATH, OFFICIAL_LINKS, SiteWorld, deploy_job, rendered, run_deploy, workload

BUCKET = "drupal-backups-111111111111"  # make_refs() of the dev account in pods.py
MODULE = "web/modules/custom/deploy_probe"
STEP_HEADER = "== deploy step "


def message(run) -> dict:
    text = run.termination_message
    assert text.count("\n") == 1, f"one line of JSON expected, got {text!r}"
    return json.loads(text)


def steps_run(run) -> list[str]:
    return [line[len(STEP_HEADER):].split(" ")[0] for line in run.stdout.splitlines() if line.startswith(STEP_HEADER)]


def backups(store: Path) -> list[Path]:
    return sorted(p for p in store.rglob("*.sql.gz") if "incomplete-dumps" not in str(p))


def state(site: SiteWorld, key: str) -> str:
    return site.db.sql(f"SELECT value FROM key_value WHERE collection = 'state' AND name = '{key}'", site.db_name).strip()


def slogan(site: SiteWorld) -> str:
    data = site.db.sql("SELECT data FROM config WHERE collection = '' AND name = 'system.site'", site.db_name)
    return data.split('s:6:"slogan";s:')[1].split('"')[1]


# State a cache rebuild renews by design (asset query strings, compiled-template and aggregate keys).
REBUILT_STATE = ("system.css_js_query_string", "asset.css_js_query_string", "twig_extension_hash_prefix",
                 "drupal_css_cache_files", "system.js_cache_files", "system.cron_last")


def snapshot(site: SiteWorld) -> dict:
    """The site's schema, configuration, state and users (cache tables are rebuilt by design)."""
    rebuilt = ", ".join(f"'{k}'" for k in REBUILT_STATE)
    rows = site.db.sql("SELECT collection, name, value FROM key_value WHERE collection NOT LIKE 'cache%' "
                       f"AND name NOT IN ({rebuilt}) ORDER BY collection, name", site.db_name)
    return {
        "tables": sorted(t for t in site.db.tables(site.db_name) if not t.startswith("cache")),
        "config": site.db.sql("CHECKSUM TABLE config EXTENDED", site.db_name).split()[-1],
        "key_value": set(rows.splitlines()),
        "users": site.db.sql("SELECT uid, uuid FROM users ORDER BY uid", site.db_name),
    }


def assert_unchanged(before: dict, after: dict) -> None:
    changed = {k: (sorted(before[k] - after[k]), sorted(after[k] - before[k])) if isinstance(before[k], set) else (before[k], after[k])
               for k in before if before[k] != after[k]}
    assert not changed, f"changed (before, after): {changed}"


def drush(site: SiteWorld, image: Path, scratch: Path, *args: str):
    """drush in the deploy container's shape (its volumes, settings.php and environment), for
    setting up a site the way an operator would have - not part of what is tested."""
    job = copy.deepcopy(deploy_job(site))
    (container,) = [c for c in job["spec"]["template"]["spec"]["containers"] if c["name"] == contracts.DEPLOY_CONTAINER]
    container["command"] = ["/bin/sh", "-c", 'cd /tmp && exec /opt/drupal/vendor/bin/drush --root=/opt/drupal/web --yes "$@"',
                            "drush", *args]
    run = run_container(job, contracts.DEPLOY_CONTAINER, site.world, scratch, image_dirs={OFFICIAL_APP_PATH: image},
                        image_links=OFFICIAL_LINKS, env_overrides=site.db_env, timeout=300)
    assert run.returncode == 0, run.output
    return run


def new_image(base: Path, target: Path) -> Path:
    """A hard-linked copy of an image: files are replaced, never edited in place."""
    subprocess.run(["cp", "-al", str(base), str(target)], check=True)
    return target


def write(image: Path, relative: str, text: str) -> None:
    path = image / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()  # a hard link: replace the file, never write through to the base image
    path.write_text(text)


INFO = "name: Deploy probe\ntype: module\ncore_version_requirement: ^10 || ^11\npackage: Testing\n"
UPDATE_10001 = """<?php
function deploy_probe_update_10001() {
  \\Drupal::state()->set('deploy_probe.updated', 'v2');
  return 'deploy_probe 10001 ran';
}
"""
DEPLOY_HOOK = """<?php
function deploy_probe_deploy_v2() {
  $runs = \\Drupal::state()->get('deploy_probe.hook_runs', 0) + 1;
  \\Drupal::state()->set('deploy_probe.hook_runs', $runs);
  return 'deploy_probe deploy hook ran';
}
"""
UPDATE_10002_THROWS = UPDATE_10001 + """
function deploy_probe_update_10002() {
  \\Drupal::database()->query('CREATE TABLE deploy_probe_partial (id INT)');
  throw new \\RuntimeException('deploy_probe 10002 broke halfway');
}
"""


def with_slogan(sync: Path, text: str) -> None:
    site_yml = sync / "system.site.yml"
    lines = [f"slogan: '{text}'" if line.startswith("slogan:") else line for line in site_yml.read_text().splitlines()]
    site_yml.unlink()
    site_yml.write_text("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def site(mariadb, platform_image, tmp_path_factory) -> SiteWorld:
    """A new site: the first deploy installs it (empty database), with image v1."""
    s = SiteWorld(mariadb, rendered("alpha", "dev"), platform_image, tmp_path_factory.mktemp("files-claim"))
    root = tmp_path_factory.mktemp("deploys")
    s.v1 = new_image(platform_image, root / "v1")
    write(s.v1, f"{MODULE}/deploy_probe.info.yml", INFO)
    started = time.monotonic()
    s.first = run_deploy(s, s.v1, root / "pod-first", root / "s3-first")
    s.first_seconds = time.monotonic() - started
    assert s.first[contracts.DEPLOY_CONTAINER].returncode == 0, s.first[contracts.DEPLOY_CONTAINER].output
    # The site as it was before this change: the module enabled, its configuration exported.
    drush(s, s.v1, root / "setup", "pm:install", "deploy_probe")
    drush(s, s.v1, root / "setup", "config:export", "--destination=/tmp/sync")
    s.exported = root / "setup" / "emptydir" / "tmp" / "sync"
    assert (s.exported / "core.extension.yml").is_file()
    s.root = root
    return s


@pytest.fixture(scope="module")
def v2(site) -> Path:
    image = new_image(site.v1, site.root / "v2")
    write(image, f"{MODULE}/deploy_probe.install", UPDATE_10001)
    write(image, f"{MODULE}/deploy_probe.deploy.php", DEPLOY_HOOK)
    sync = image / "config/sync"
    for f in site.exported.iterdir():
        write(image, f"config/sync/{f.name}", f.read_text())
    with_slogan(sync, "Deployed by v2")
    return image


def test_a_new_site_is_installed_then_deployed(site):
    deploy = site.first[contracts.DEPLOY_CONTAINER]
    assert steps_run(deploy) == list(contracts.DEPLOY_STEPS)
    assert "Installation complete" in deploy.output
    assert "nothing to import" in deploy.stdout  # the platform image's config/sync is empty
    assert message(deploy) == {"step": "deploy-hook", "result": "succeeded"}
    assert all(r.returncode == 0 for r in site.first.values()), {n: r.output for n, r in site.first.items()}
    print(f"first deploy (install included) took {site.first_seconds:.0f}s")


def test_a_pending_update_and_changed_configuration_are_applied_and_the_site_bootstraps(site, v2, tmp_path):
    assert state(site, "deploy_probe.updated") == ""
    runs = run_deploy(site, v2, tmp_path / "pod", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode == 0, deploy.output
    assert message(deploy) == {"step": "deploy-hook", "result": "succeeded"}
    assert "no install" in deploy.stdout and "site:install" not in deploy.output.replace("drush site:install\"", "")
    assert state(site, "deploy_probe.updated") == 's:2:"v2";'
    assert slogan(site) == "Deployed by v2"
    assert state(site, "deploy_probe.hook_runs") == "i:1;"
    status = drush(site, v2, tmp_path / "status", "status", "--field=bootstrap")
    assert "Successful" in status.stdout
    # The backup taken first, under the deploy's own key, tagged like the nightly dumps.
    (backup,) = backups(tmp_path / "s3")
    job = deploy_job(site)["metadata"]["name"]
    key = str(backup.relative_to(tmp_path / "s3" / BUCKET))
    assert key.startswith(f"dev/alpha/deploys/{job}/") and key.endswith(".sql.gz")
    assert json.loads(Path(f"{backup}.tags").read_text())["TagSet"][0]["Value"] == contracts.DUMP_TAG_ROLLING
    assert "deploy_probe.updated" not in gzip.decompress(backup.read_bytes()).decode()  # taken before updatedb


def test_the_same_code_again_changes_nothing(site, v2, tmp_path):
    before = snapshot(site)
    runs = run_deploy(site, v2, tmp_path / "pod", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode == 0, deploy.output
    assert "No pending updates" in deploy.output
    assert "There are no changes to import" in deploy.output
    assert_unchanged(before, snapshot(site))
    assert state(site, "deploy_probe.hook_runs") == "i:1;"


def test_an_update_that_throws_fails_at_updatedb_after_a_backup_that_restores_the_site(site, v2, tmp_path):
    image = new_image(v2, tmp_path / "v3")
    write(image, f"{MODULE}/deploy_probe.install", UPDATE_10002_THROWS)
    with_slogan(image / "config/sync", "Deployed by v3")
    before = snapshot(site)
    runs = run_deploy(site, image, tmp_path / "pod", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode != 0, deploy.output
    assert message(deploy) == {"step": "updatedb", "result": "failed"}
    assert "deploy step updatedb failed" in deploy.stderr
    # No later step ran: the v3 configuration was not imported, no cache rebuild, no hooks.
    assert steps_run(deploy)[-1] == "updatedb"
    assert slogan(site) == "Deployed by v2"
    assert "deploy_probe_partial" in site.db.tables(site.db_name)  # the update broke halfway
    # The backup exists and restores the database as it was before the deploy (README runbook:
    # drop the database, then load the dump, which creates it again).
    (backup,) = backups(tmp_path / "s3")
    assert f"/deploys/{deploy_job(site)['metadata']['name']}/" in str(backup)
    site.db.sql(f"DROP DATABASE `{site.db_name}`")
    restore = subprocess.run(
        ["mariadb", "--no-defaults", f"--host={site.db.host}", f"--port={site.db.port}", "--user=root"],
        input=gzip.decompress(backup.read_bytes()), capture_output=True, env={**os.environ, "MYSQL_PWD": site.db.root_password})
    assert restore.returncode == 0, restore.stderr
    assert_unchanged(before, snapshot(site))
    assert "deploy_probe_partial" not in site.db.tables(site.db_name)
    assert "Successful" in drush(site, v2, tmp_path / "status", "status", "--field=bootstrap").stdout


def test_an_unreachable_database_fails_within_a_bounded_time_before_touching_anything(site, v2, tmp_path):
    before = snapshot(site)
    unreachable = {"DB_PORT": str(free_port()), "DB_WAIT_SECONDS": "4"}
    started = time.monotonic()
    # db-init waits for MySQL as root first: the pod stops there.
    runs = run_deploy(site, v2, tmp_path / "pod", tmp_path / "s3", env=unreachable)
    assert runs["db-init"].returncode != 0 and "giving up" in runs["db-init"].stderr
    assert set(runs) == {"db-init"}
    # The deploy container's own wait is bounded too (the site's user, e.g. a database whose
    # root answers but whose router does not): it fails at wait-for-database and runs nothing.
    runs = run_deploy(site, v2, tmp_path / "pod2", tmp_path / "s3", env=unreachable, db_init=False)
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode != 0
    assert message(deploy) == {"step": "wait-for-database", "result": "failed"}
    assert "giving up before touching anything" in deploy.stderr
    assert steps_run(deploy) == ["wait-for-database"]
    assert time.monotonic() - started < 90
    assert backups(tmp_path / "s3") == []
    assert_unchanged(before, snapshot(site))


def test_a_failed_backup_fails_the_deploy_before_anything_changes(site, v2, tmp_path):
    """The upload breaks mid-stream (fakes/aws): nothing is kept, and the deploy stops at backup."""
    image = new_image(v2, tmp_path / "v3")
    write(image, f"{MODULE}/deploy_probe.install", UPDATE_10002_THROWS)
    before = snapshot(site)
    runs = run_deploy(site, image, tmp_path / "pod", tmp_path / "s3", upload_env={"FAKE_AWS_FAIL_AFTER_BYTES": "65536"})
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert runs["upload"].returncode != 0
    assert message(deploy) == {"step": "backup", "result": "failed"}
    assert steps_run(deploy) == ["wait-for-database", "backup"]
    assert backups(tmp_path / "s3") == []
    assert_unchanged(before, snapshot(site))


def _descendant(pid: int, argv0: str) -> int:
    """The host pid of a process below `pid` whose command starts with argv0 (the sandbox's
    shell: bwrap runs it in a PID namespace, as the container runtime does)."""
    for _ in range(100):
        children = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    cmd = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append((int(entry), cmd))
        todo, seen = [pid], []
        while todo:
            p = todo.pop()
            for child, cmd in children.get(p, []):
                if cmd and cmd[0].decode() == argv0 and b"-c" in cmd:
                    return child
                todo.append(child)
                seen.append(child)
        time.sleep(0.1)
    raise AssertionError(f"no {argv0} below {pid}")


def test_sigterm_writes_the_step_to_the_termination_log_at_once(site, v2, tmp_path):
    """The Job's deadline (or a deletion) stops the pod with SIGTERM: the gate still learns the step."""
    job = deploy_job(site)
    env = {**site.db_env, "DB_PORT": str(free_port()), "DB_WAIT_SECONDS": "600"}
    procs = start_containers(job, {contracts.DEPLOY_CONTAINER: {
        "image_dirs": {OFFICIAL_APP_PATH: v2}, "image_links": OFFICIAL_LINKS, "env_overrides": env}}, site.world, tmp_path)
    _, proc = procs[contracts.DEPLOY_CONTAINER]
    shell = _descendant(proc.pid, "/bin/sh")
    time.sleep(3)  # inside the wait-for-database loop's sleep
    started = time.monotonic()
    os.kill(shell, signal.SIGTERM)
    run = wait_containers(procs, tmp_path, timeout=30)[contracts.DEPLOY_CONTAINER]
    assert time.monotonic() - started < 10
    assert run.returncode == 143, run.output
    assert message(run) == {"step": "wait-for-database", "result": "failed", "reason": "SIGTERM"}
    assert "stopped by SIGTERM" in run.stderr


# --- wait-for-deploy: the init container of the Deployment, the CronJob and maintenance Jobs -----
def _maintenance_job() -> dict:
    from drupal_platform.charts.tenant import maintenance_job
    from drupal_platform.config import load_config
    from pods import ROOT, make_refs

    config = load_config(json.loads((ROOT / "cdk.json").read_text())["context"]["stages"], ROOT / "tenants.yaml")
    return maintenance_job(config.tenants["alpha"], config.stages["dev"], make_refs("111111111111"), "updb", suffix="t")


WORKLOADS = {
    "deployment": lambda: workload(rendered("alpha", "dev"), "Deployment", "drupal"),
    "cronjob": lambda: workload(rendered("alpha", "dev"), "CronJob", "drupal-cron"),
    "maintenance": _maintenance_job,
}


def own_image(obj: dict) -> str:
    from helpers.sandbox import pod_spec

    (c,) = [c for c in pod_spec(obj)["containers"] if c["name"] != "wait-for-deploy"]
    return c["image"]


def wait_for_deploy(obj: dict, state: dict | None, scratch: Path, *, wait: int = 2, later=None):
    """Run the init container against a deploy-state ConfigMap (None: it does not exist yet);
    `later` (seconds, data) is what the gate writes while the container waits."""
    objects = list(rendered("alpha", "dev"))
    if state is not None:
        objects.append({"kind": "ConfigMap", "metadata": {"name": contracts.DEPLOY_STATE_CONFIGMAP}, "data": state})
    timer = None
    if later:
        import threading

        def write_later():
            target = scratch / "configmap" / "deploy-state"
            for key, value in later[1].items():
                (target / key).write_text(value)

        timer = threading.Timer(later[0], write_later)
        timer.start()
    started = time.monotonic()
    run = run_container(obj, "wait-for-deploy", PodWorld(objects=objects), scratch, init=True,
                        env_overrides={"DEPLOY_WAIT_SECONDS": str(wait)}, timeout=120)
    if timer:
        timer.join()
    return run, time.monotonic() - started


@pytest.mark.parametrize("kind", sorted(WORKLOADS))
def test_wait_for_deploy_starts_only_the_deployed_image(kind, tmp_path):
    obj = WORKLOADS[kind]()
    image = own_image(obj)
    ok = {contracts.DEPLOY_STATE_IMAGE_KEY: image, contracts.DEPLOY_STATE_RESULT_KEY: "succeeded"}
    run, _ = wait_for_deploy(obj, ok, tmp_path / "ok")
    assert run.returncode == 0, run.output
    # The ConfigMap does not exist yet (a new site before its first deploy): bounded, then exit 1.
    run, seconds = wait_for_deploy(obj, None, tmp_path / "missing")
    assert run.returncode == 1 and "has not deployed" in run.stderr
    assert seconds < 30
    # The previous image is recorded while the new one's deploy runs.
    running = {contracts.DEPLOY_STATE_IMAGE_KEY: image + "-previous", contracts.DEPLOY_STATE_RESULT_KEY: "running"}
    run, _ = wait_for_deploy(obj, running, tmp_path / "running")
    assert run.returncode == 1 and "result running" in run.stderr


def test_wait_for_deploy_starts_once_the_gate_records_the_image(tmp_path):
    obj = WORKLOADS["deployment"]()
    image = own_image(obj)
    running = {contracts.DEPLOY_STATE_IMAGE_KEY: "old", contracts.DEPLOY_STATE_RESULT_KEY: "running"}
    done = {contracts.DEPLOY_STATE_IMAGE_KEY: image, contracts.DEPLOY_STATE_RESULT_KEY: "succeeded"}
    run, seconds = wait_for_deploy(obj, running, tmp_path, wait=60, later=(3, done))
    assert run.returncode == 0, run.output
    assert "waiting for the deploy step" in run.stdout and seconds < 30


def test_wait_for_deploy_keeps_starting_the_deployed_image_after_a_later_deploy_failed(tmp_path):
    """A failed deploy of the next image leaves the previous one recorded: its pods (still
    serving) must restart normally after an eviction or a node drain."""
    obj = WORKLOADS["deployment"]()
    failed = {contracts.DEPLOY_STATE_IMAGE_KEY: own_image(obj), contracts.DEPLOY_STATE_RESULT_KEY: "failed"}
    run, _ = wait_for_deploy(obj, failed, tmp_path)
    assert run.returncode == 0, run.output


# --- maintenance mode (client.deploy.maintenanceMode) -----------------------------------------
def with_maintenance_mode(site: SiteWorld) -> SiteWorld:
    """The same site (database, user, files) rendered with maintenance mode on."""
    from drupal_platform.charts.tenant import render_tenant
    from drupal_platform.config import load_config
    from pods import ROOT, make_refs

    config = load_config(json.loads((ROOT / "cdk.json").read_text())["context"]["stages"], ROOT / "tenants.yaml")
    alpha = config.tenants["alpha"]
    client = alpha.client.model_copy(update={"deploy": alpha.client.deploy.model_copy(update={"maintenance_mode": True})})
    manifests = tuple(render_tenant(alpha.model_copy(update={"client": client}), config.stages["dev"],
                                    make_refs(config.stages["dev"].account)))
    return SiteWorld(site.db, manifests, site.codebase, site.files, site.db_name, site.db_user, site.db_password)


def maintenance_mode(site: SiteWorld) -> str:
    return state(site, "system.maintenance_mode")


def test_maintenance_mode_stays_on_after_a_failed_update_and_goes_off_after_a_deploy(site, v2, tmp_path):
    """Runs last in this module: it leaves the site on v2 with maintenance mode off."""
    on = with_maintenance_mode(site)
    image = new_image(v2, tmp_path / "v3")
    write(image, f"{MODULE}/deploy_probe.install", UPDATE_10002_THROWS)
    runs = run_deploy(on, image, tmp_path / "pod", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert message(deploy) == {"step": "updatedb", "result": "failed"}
    assert steps_run(deploy)[-3:] == ["install", contracts.DEPLOY_MAINTENANCE_STEP, "updatedb"]
    assert maintenance_mode(site) == "i:1;"  # the database is in an unknown state: visitors get the maintenance page
    # The next successful deploy (here: the code that works, after the half-applied update is
    # undone) ends with maintenance mode off.
    site.db.sql("DROP TABLE deploy_probe_partial", site.db_name)
    runs = run_deploy(on, v2, tmp_path / "pod2", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode == 0, deploy.output
    assert steps_run(deploy)[-1] == contracts.DEPLOY_MAINTENANCE_STEP
    assert message(deploy) == {"step": contracts.DEPLOY_MAINTENANCE_STEP, "result": "succeeded"}
    assert maintenance_mode(site) == "i:0;"
