"""The pod-shaped sandbox enforces what the kubelet enforces, so the runtime tests mean something."""

from __future__ import annotations

from helpers.sandbox import PodWorld, run_container, run_containers


def _job(script: str, *, read_only: bool = True, uid: int = 33) -> dict:
    return {
        "kind": "Job",
        "spec": {"template": {"spec": {
            "securityContext": {"runAsUser": uid, "runAsGroup": uid},
            "volumes": [{"name": "tmp", "emptyDir": {}}, {"name": "conf", "configMap": {"name": "c"}},
                        {"name": "s", "secret": {"secretName": "s"}}],
            "containers": [{
                "name": "main", "command": ["bash", "-c", script],
                "securityContext": {"readOnlyRootFilesystem": read_only},
                "env": [{"name": "A", "value": "1"},
                        {"name": "P", "valueFrom": {"secretKeyRef": {"name": "s", "key": "password"}}}],
                "envFrom": [{"configMapRef": {"name": "c"}}],
                "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}, {"name": "conf", "mountPath": "/etc/conf"},
                                 {"name": "s", "mountPath": "/var/run/s"}],
            }],
        }}},
    }


def _world() -> PodWorld:
    objects = [{"kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"B": "2", "file.txt": "hello"}}]
    return PodWorld(objects=objects, secrets={"s": {"password": "p4ss"}})


def test_read_only_root_and_writable_empty_dir(tmp_path):
    run = run_container(_job("touch /tmp/ok && (touch /var/x 2>/dev/null && echo WROTE || echo RO)"),
                        "main", _world(), tmp_path)
    assert run.returncode == 0, run.output
    assert run.stdout.strip() == "RO"


def test_runs_as_the_pod_uid_with_only_the_manifest_environment(tmp_path):
    run = run_container(_job('echo "$(id -u) $A $B $P ${HOME:-unset}"; cat /etc/conf/file.txt; echo; cat /var/run/s/password'),
                        "main", _world(), tmp_path)
    assert run.returncode == 0, run.output
    assert run.stdout.split() == ["33", "1", "2", "p4ss", "unset", "hello", "p4ss"]


def test_config_maps_and_secrets_are_read_only(tmp_path):
    run = run_container(_job("echo x > /etc/conf/file.txt"), "main", _world(), tmp_path)
    assert run.returncode != 0


def test_mariadb_serves_sql_over_tcp(mariadb, fresh_database):
    name, _, _ = fresh_database
    mariadb.sql("CREATE TABLE t (id INT)", database=name)
    assert mariadb.tables(name) == ["t"]


def test_image_links_resolve_mounts_and_mount_points_leave_the_image_untouched(tmp_path):
    image = tmp_path / "image"
    (image / "web").mkdir(parents=True)
    (image / "web" / "index.php").write_text("<?php")
    job = _job("ls /var/www/html/index.php && echo x > /var/www/html/sites/files/f && cat /opt/app/web/sites/files/f"
               " && (touch /opt/app/new 2>/dev/null && echo WROTE || echo RO)")
    spec = job["spec"]["template"]["spec"]
    spec["volumes"].append({"name": "files", "emptyDir": {}})
    spec["containers"][0]["volumeMounts"].append({"name": "files", "mountPath": "/var/www/html/sites/files"})
    run = run_container(job, "main", _world(), tmp_path / "pod", image_dirs={"/opt/app": image},
                        image_links={"/var/www/html": "/opt/app/web"})
    assert run.returncode == 0, run.output
    assert run.stdout.split()[-2:] == ["x", "RO"]
    assert sorted(p.name for p in (image / "web").iterdir()) == ["index.php"]  # no mount point left in the source


def test_containers_of_a_pod_run_together_and_share_its_empty_dirs(tmp_path):
    job = _job("true")
    spec = job["spec"]["template"]["spec"]
    writer = dict(spec["containers"][0], name="writer", command=["bash", "-c", "mkfifo /tmp/p 2>/dev/null || true; echo hello > /tmp/p"])
    reader = dict(spec["containers"][0], name="reader",
                  command=["bash", "-c", "until [ -p /tmp/p ]; do sleep 0.1; done; cat /tmp/p"])
    spec["containers"] = [writer, reader]
    runs = run_containers(job, {"writer": {}, "reader": {}}, _world(), tmp_path, timeout=30)
    assert runs["writer"].returncode == 0 and runs["reader"].stdout.strip() == "hello"


def test_an_optional_secret_that_is_missing_is_an_empty_directory(tmp_path):
    # As the kubelet mounts it (and as it mounts an optional ConfigMap): the container starts.
    job = _job("ls -A /var/run/s | wc -l")
    spec = job["spec"]["template"]["spec"]
    spec["volumes"][2]["secret"]["optional"] = True
    spec["containers"][0]["env"] = [{"name": "A", "value": "1"}]
    run = run_container(job, "main", PodWorld(objects=_world().objects), tmp_path)
    assert run.returncode == 0, run.output
    assert run.stdout.strip() == "0"
