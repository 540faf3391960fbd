"""Fixtures of the runtime tests: what the pods run, executed for real.

- `mariadb`: one MariaDB server for the session (Debian's mariadb-server, on 127.0.0.1).
- `drupal_codebase`: the real Drupal 10.3.7 + drush 13.3.0 codebase of ../shared/drupal,
  unpacked once per session (read-only by convention: a test that changes code copies it).
- `world`/`run`: a rendered workload's container run in its pod's shape (helpers.sandbox).
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from helpers.mariadb import MariaDB

SHARED_DRUPAL = Path(__file__).resolve().parents[2].parent / "shared" / "drupal"
DRUPAL_TARBALL = SHARED_DRUPAL / "drupal-10.3.7-drush-13.3.0.tar.gz"


@pytest.fixture(scope="session")
def mariadb(tmp_path_factory):
    server = MariaDB.start(tmp_path_factory.mktemp("mariadb"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def drupal_codebase(tmp_path_factory) -> Path:
    """`site/` of the shared tarball: web/ is the docroot, vendor/bin/drush is drush."""
    if not DRUPAL_TARBALL.exists():
        pytest.fail(f"{DRUPAL_TARBALL} is missing: the runtime tests need ../shared/drupal beside the checkout")
    target = tmp_path_factory.mktemp("drupal")
    with tarfile.open(DRUPAL_TARBALL) as tar:
        tar.extractall(target, filter="tar")
    return target / "site"


@pytest.fixture(scope="session")
def platform_image(drupal_codebase, tmp_path_factory) -> Path:
    """/opt/drupal of the platform's standard image (images/drupal/Dockerfile): the official
    image's codebase with drush in vendor/bin and an empty config/sync directory with Drupal's
    deny-all .htaccess (the installer needs the configured sync directory to exist, cron wants
    the .htaccess, and the image is read-only).
    A hard-linked copy of the shared codebase, so tests never change the shared one."""
    from drupal_platform.platform_image import IMAGE_DIRECTORIES, PROTECT_SYNC_DIRECTORY_PHP

    target = tmp_path_factory.mktemp("platform-image") / "opt-drupal"
    subprocess.run(["cp", "-al", str(drupal_codebase), str(target)], check=True)
    for directory in IMAGE_DIRECTORIES:
        (target / directory).mkdir(parents=True, exist_ok=True)
    subprocess.run(["php", "-r", PROTECT_SYNC_DIRECTORY_PHP], cwd=target, check=True)
    assert (target / "config/sync/.htaccess").is_file()
    return target


@pytest.fixture
def fresh_database(mariadb):
    """A new, empty database and user for one test: (name, user, password)."""
    name = "site_" + secrets.token_hex(4)
    password = secrets.token_urlsafe(12)
    mariadb.create_database(name, name, password)
    return name, name, password


def copy_codebase(source: Path, target: Path) -> Path:
    """A writable copy of the codebase for a test that changes code (symlinks kept)."""
    shutil.copytree(source, target, symlinks=True)
    return target
