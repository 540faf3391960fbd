"""db-init, the install, cron and maintenance run for real: the rendered scripts, in their pods'
shape (read-only root, the pod's emptyDirs, the files claim, the settings ConfigMap, uid 33),
with real drush against the real Drupal codebase and a real MariaDB.

One site is installed per module (the `site` fixture: the deploy Job's pod on an empty
database - db-init, then the backup and the deploy container, whose install step installs) and
shared by the tests below; a test that breaks it restores it before it ends. The deploy steps
themselves are tested in test_deploy_step.py.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from drupal_platform import contracts
from pods import SiteWorld, deploy_job, rendered, run_deploy, workload


def dir_bytes(path: Path) -> int:
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            p = os.path.join(root, n)
            if not os.path.islink(p):
                total += os.lstat(p).st_blocks * 512
    return total


def config_row(site: SiteWorld, name: str, table: str = "config") -> str:
    return site.db.sql(f"SELECT data FROM `{table}` WHERE collection = '' AND name = '{name}'", site.db_name)


def snapshot(site: SiteWorld) -> dict:
    """What a reinstall would change: the tables, the site's configuration and its users.
    (Cache tables are created lazily by any bootstrap: they are not the site's data.)"""
    return {
        "tables": sorted(t for t in site.db.tables(site.db_name) if not t.startswith("cache")),
        "config": site.db.sql("CHECKSUM TABLE config EXTENDED", site.db_name).split()[-1],
        "site": config_row(site, "system.site"),
        "users": site.db.sql("SELECT uid, uuid FROM users ORDER BY uid", site.db_name),
    }


@pytest.fixture(scope="module")
def site(mariadb, platform_image, tmp_path_factory) -> SiteWorld:
    s = SiteWorld(mariadb, rendered("alpha", "dev"), platform_image, tmp_path_factory.mktemp("files-claim"))
    scratch = tmp_path_factory.mktemp("deploy-pod")
    started = time.monotonic()
    runs = run_deploy(s, platform_image, scratch, tmp_path_factory.mktemp("s3"))
    assert runs["db-init"].returncode == 0, runs["db-init"].output
    s.first_install = runs[contracts.DEPLOY_CONTAINER]
    s.first_install_seconds = time.monotonic() - started
    s.first_install_scratch = scratch
    return s


# --- db-init (the deploy Job's init container, mysql client image) ---------------------------
def test_db_init_creates_the_database_and_a_least_privilege_user(site):
    grants = site.db.sql(f"SHOW GRANTS FOR '{site.db_user}'@'%'")
    assert f"ON `{site.db_name}`.*" in grants
    assert "ALL PRIVILEGES" not in grants and "SUPER" not in grants and "GRANT OPTION" not in grants


def test_db_init_is_idempotent_and_applies_a_rotated_password(site, tmp_path):
    job = deploy_job(site)
    old = site.db_password
    site.db_password = old + "-rotated"
    try:
        run = site.run(job, "db-init", tmp_path, init=True)
        assert run.returncode == 0, run.output
        assert site.can_connect(site.db_password) and not site.can_connect(old)
    finally:
        site.db_password = old
        assert site.run(job, "db-init", tmp_path / "back", init=True).returncode == 0


# --- install ---------------------------------------------------------------------------------
def test_fresh_install_installs_the_site_with_a_read_only_settings_php(site):
    run = site.first_install
    assert run.returncode == 0, run.output
    assert "Installation complete" in run.output
    tables = site.db.tables(site.db_name)
    assert "users" in tables and "config" in tables and len(tables) > 50
    assert '"alpha"' in config_row(site, "system.site") or "alpha" in config_row(site, "system.site")
    # settings.php came read-only from the ConfigMap; the installer wrote only the files claim.
    assert (site.files / ".htaccess").is_file()
    print(f"fresh install (drush site:install standard) took {site.first_install_seconds:.0f}s")


def image_with_php_fatal(image: Path, target: Path) -> Path:
    """A new image of the site with a PHP fatal in an enabled module. A hard-linked copy of
    the image: the file is replaced, never edited in place."""
    subprocess.run(["cp", "-al", str(image), str(target)], check=True)
    module = target / "web/core/modules/node/node.module"
    module.unlink()
    module.write_text("<?php\nthis is not php;\n")
    return target


def test_installed_site_that_does_not_bootstrap_is_left_alone_and_the_job_fails(site, tmp_path):
    """A new image with a PHP fatal: the deploy never installs over a database holding tables
    (the old install script ran `site:install --yes`, whose first step drops every table); it
    fails at updatedb, which cannot bootstrap, and changes nothing."""
    before = snapshot(site)
    image = image_with_php_fatal(site.codebase, tmp_path / "image")
    runs = run_deploy(site, image, tmp_path / "pod", tmp_path / "s3")
    deploy = runs[contracts.DEPLOY_CONTAINER]
    assert deploy.returncode != 0, deploy.output
    assert "no install" in deploy.stdout and "deploy step updatedb failed" in deploy.stderr
    assert snapshot(site) == before


# --- cron and maintenance --------------------------------------------------------------------
def test_cron_on_a_site_with_a_large_files_tree_copies_nothing(site, tmp_path):
    uploads = site.files / "uploads"
    uploads.mkdir(exist_ok=True)
    chunk = os.urandom(1 << 20)
    for i in range(64):  # 64 MiB of uploads on the claim
        (uploads / f"file-{i}.bin").write_bytes(chunk)
    try:
        run = site.run(workload(site.manifests, "CronJob", "drupal-cron"), "cron", tmp_path)
        assert run.returncode == 0, run.output
        written = dir_bytes(tmp_path / "emptydir")
        assert written < 8 << 20, f"the pod's emptyDirs hold {written} bytes: something copied the codebase or files"
        assert "composer" not in run.output
        # The image carries config/sync's .htaccess: cron has nothing to write into the image.
        assert "Couldn't write .htaccess" not in run.output
    finally:
        for p in uploads.iterdir():
            p.unlink()
        uploads.rmdir()


def test_install_writes_little_to_its_emptydirs(site):
    written = dir_bytes(site.first_install_scratch / "emptydir")
    assert written < 64 << 20, written


def test_maintenance_cache_rebuild_runs_from_the_image(site, tmp_path):
    from drupal_platform.charts.tenant import maintenance_job
    from drupal_platform.config import load_config
    from pods import ROOT, make_refs
    import json

    config = load_config(json.loads((ROOT / "cdk.json").read_text())["context"]["stages"], ROOT / "tenants.yaml")
    job = maintenance_job(config.tenants["alpha"], config.stages["dev"], make_refs("111111111111"), "cr")
    run = site.run(job, "cr", tmp_path)
    assert run.returncode == 0, run.output
    assert dir_bytes(tmp_path / "emptydir") < 64 << 20
