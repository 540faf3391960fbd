"""The nightly backup runs for real: its dump and upload containers at the same time, in the
pod's shape (uid 999, read-only root, the pod's emptyDirs), streaming a real MariaDB dump
through the FIFO on their shared emptyDir.

Stand-ins, stated: `fakes/aws` plays the AWS CLI on a local directory (no moto: the script
needs only `s3 cp`, `s3 mv`, `s3 rm` and `s3api put-object-tagging`), and `fakes/mysqldump` drops MySQL 8.4's
`--set-gtid-purged=OFF`, which MariaDB's dump does not know, before running MariaDB's dump.
Both sit on PATH ahead of the host's tools; the production flags are unchanged.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from drupal_platform import contracts
from helpers.sandbox import HOST_PATH, PodWorld, run_containers
from pods import rendered, workload

FAKES = Path(__file__).parent / "fakes"
BUCKET = "drupal-backups-111111111111"  # make_refs() of the dev account in pods.py


def tree_bytes(path: Path) -> int:
    return sum(os.lstat(os.path.join(r, n)).st_blocks * 512 for r, _, ns in os.walk(path) for n in ns)


@pytest.fixture(scope="module")
def database(mariadb):
    """A database with ~6 MiB of random hex (~3 MiB gzipped), so a dump is much larger than
    the pod's emptyDirs and the pipe buffers."""
    name = "backup_" + os.urandom(3).hex()
    mariadb.sql(f"CREATE DATABASE `{name}`")
    mariadb.sql("CREATE TABLE blobs (id INT PRIMARY KEY, body CHAR(32))", name)
    # MariaDB's sequence engine: 200,000 rows of random hex.
    mariadb.sql("INSERT INTO blobs SELECT seq, MD5(RAND()) FROM seq_1_to_200000", name)
    return name


def run_backup(mariadb, database: str, tmp_path: Path, *, dump_env=None, upload_env=None):
    cron = workload(rendered("alpha", "dev"), "CronJob", "db-backup")
    store = tmp_path / "s3"
    store.mkdir()
    world = PodWorld(objects=list(rendered("alpha", "dev")), secrets={"mysql-users": {"root": mariadb.root_password}})
    path = f"/opt/fakes:{HOST_PATH}"
    runs = run_containers(cron, {
        "dump": {"image_dirs": {"/opt/fakes": FAKES},
                 "env_overrides": {"PATH": path, "DB_HOST": mariadb.host, "DB_PORT": str(mariadb.port), "DB_NAME": database,
                                   **(dump_env or {})}},
        "upload": {"image_dirs": {"/opt/fakes": FAKES}, "test_binds": {"/fake-s3": store},
                   "env_overrides": {"PATH": path, "FAKE_S3_DIR": "/fake-s3", **(upload_env or {})}},
    }, world, tmp_path / "pod", timeout=180)
    objects = sorted(str(p.relative_to(store)) for p in store.rglob("*")
                     if p.is_file() and p.name != "calls.log" and p.suffix != ".tags")
    calls = (store / "calls.log").read_text() if (store / "calls.log").exists() else ""
    return runs, store, objects, calls


def test_a_backup_streams_through_the_fifo_and_is_promoted_after_the_trailer(mariadb, database, tmp_path):
    runs, store, objects, calls = run_backup(mariadb, database, tmp_path)
    assert runs["dump"].returncode == 0, runs["dump"].output
    assert runs["upload"].returncode == 0, runs["upload"].output
    last = f"{BUCKET}/dev/alpha/{contracts.LAST_DUMP_NAME}"
    (key,) = [o for o in objects if o != last]
    assert objects == sorted([key, last])
    assert key.startswith(f"{BUCKET}/dev/alpha/") and key.endswith(".sql.gz")
    # The bucket's lifecycle reads these tags: the timestamped dump expires, the tenant's last
    # dump (a copy of the newest) is kept after the retention period (issue 10 item 6).
    assert (store / last).read_bytes() == (store / key).read_bytes()

    def tag(obj: str) -> str:
        (item,) = json.loads((store / f"{obj}.tags").read_text())["TagSet"]
        assert item["Key"] == contracts.DUMP_TAG_KEY
        return item["Value"]

    assert (tag(key), tag(last)) == (contracts.DUMP_TAG_ROLLING, contracts.DUMP_TAG_LAST)
    dump = gzip.decompress((store / key).read_bytes()).decode()
    assert "CREATE TABLE `blobs`" in dump and dump.rstrip().splitlines()[-1].startswith("-- Dump completed")
    # Streamed: the dump is bigger than everything the pod wrote to its emptyDirs together.
    assert len(dump) > 5 << 20
    assert tree_bytes(tmp_path / "pod" / "emptydir") < 64 << 10
    # The CLI is told the size to expect (the database volume: 10Gi for alpha).
    assert f"--expected-size {10 * 2**30} - s3://{BUCKET}/incomplete-dumps/dev/alpha/" in calls


def test_a_failing_upload_fails_the_job_and_leaves_nothing(mariadb, database, tmp_path):
    runs, _, objects, _ = run_backup(mariadb, database, tmp_path, upload_env={"FAKE_AWS_FAIL_AFTER_BYTES": "65536"})
    assert runs["upload"].returncode != 0 and "upload" in runs["upload"].stderr
    assert runs["dump"].returncode != 0  # the stream broke under it
    assert objects == []  # nothing promoted, no temporary object left
    assert tree_bytes(tmp_path / "pod" / "emptydir") < 64 << 10  # nothing on the node's disk


def test_a_dump_that_dies_mid_stream_is_not_kept(mariadb, database, tmp_path):
    """`aws s3 cp -` completes the upload of whatever arrived; only the trailer tells."""
    runs, _, objects, calls = run_backup(mariadb, database, tmp_path, dump_env={"FAKE_DUMP_DIE_AFTER_BYTES": "1000000"})
    assert runs["dump"].returncode != 0 and "did not complete" in runs["dump"].stderr
    assert runs["upload"].returncode != 0 and "discarded" in runs["upload"].stderr
    assert "s3 rm" in calls
    assert objects == []
