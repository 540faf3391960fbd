"""The pod-shaped sandbox enforces what the kubelet enforces, so the runtime tests mean something."""

from __future__ import annotations

from helpers.sandbox import PodWorld, run_container


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
