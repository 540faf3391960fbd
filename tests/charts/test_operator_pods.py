"""The pods Percona operator v1.2.0 builds from our PerconaServerMySQL, checked against the chart.

The operator, not the chart, writes the MySQL StatefulSet and the router Deployment. What those
pods need is pinned below from the operator's source at tag v1.2.0
(github.com/percona/percona-server-mysql-operator, file:line at that tag), so a chart change
that starves them of something they need fails here rather than as a crash loop on a cluster:

- which ServiceAccount each component runs as, and that nothing sets its token automount
  (the pods inherit the ServiceAccount's `automountServiceAccountToken`);
- which entrypoints, probes and hooks read the token's namespace file (and die without it);
- which paths they write, and whether each is a volume the operator mounts or the image's
  own filesystem (which must then stay writable).

Upgrading the operator means re-reading these lines at the new tag and updating the facts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import pytest

from helpers.crd_schema import crd_schema

from .conftest import find, with_platform

OPERATOR_TAG = "percona/percona-server-mysql-operator@v1.2.0"
TOKEN_NAMESPACE_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/namespace"

# PodSpec.Core (api/v1/perconaservermysql_types.go:346-367) builds every component's pod spec:
# ServiceAccountName is copied from the component's spec (:356; field at :339) and
# AutomountServiceAccountToken is never set. mysql: pkg/mysql/mysql.go:182 (StatefulSet);
# router: pkg/router/router.go:158 (Deployment). No other file under pkg/ sets
# AutomountServiceAccountToken (only pkg/controller/ps/testdata does).
SERVICE_ACCOUNT_FIELD = {"mysql": ("mysql",), "router": ("proxy", "router")}
DEFAULT_SERVICE_ACCOUNT = "default"  # what the API server fills in for an empty serviceAccountName


@dataclass(frozen=True)
class Cite:
    file: str
    line: int
    why: str


# Code that runs in each component's pod and reads TOKEN_NAMESPACE_FILE.
TOKEN_READERS: dict[str, list[Cite]] = {
    "mysql": [
        # Container command /opt/percona/ps-entrypoint.sh (pkg/mysql/mysql.go:740), under
        # `set -eo pipefail` (line 2); create_default_cnf runs on every mysqld start (line 272).
        Cite("build/ps-entrypoint.sh", 179, "create_default_cnf: FQDN from the namespace file"),
        Cite("build/ps-entrypoint.sh", 493, "full-cluster-crash message reads the namespace file"),
        # preStop hook (pkg/mysql/mysql.go:755), `set -e` (line 3), group replication only (line 5).
        Cite("build/ps-pre-stop.sh", 10, "NAMESPACE=$(<namespace file)"),
        # Liveness/readiness exec probes (pkg/mysql/mysql.go:747/749) -> k8s.DefaultAPINamespace
        # (pkg/k8s/utils.go:451 reads the file, returns the error).
        Cite("cmd/healthcheck/main.go", 333, "getPodFQDN: k8s.DefaultAPINamespace()"),
        # Startup probe /opt/percona/bootstrap (pkg/mysql/mysql.go:751).
        Cite("cmd/bootstrap/utils/utils.go", 28, "GetFQDN: k8s.DefaultAPINamespace()"),
    ],
    "router": [
        # Container command /opt/percona/router-entrypoint.sh (pkg/router/router.go:347), `set -e` (line 3).
        Cite("build/router-entrypoint.sh", 7, "NAMESPACE=$(<namespace file)"),
    ],
}

# Volumes the operator mounts into each main container (mysql: pkg/mysql/mysql.go:626
# mysqldVolumeMounts, paths at :25-36; router: pkg/router/router.go:330-345), and which are writable.
OPERATOR_MOUNTS: dict[str, dict[str, bool]] = {
    "mysql": {"/opt/percona": True, "/var/lib/mysql": True, "/.mysqlsh": True,
              "/etc/mysql/mysql-users-secret": False, "/etc/mysql/mysql-tls-secret": False,
              "/etc/mysql/config": False, "/etc/mysql/vault-keyring-secret": False},
    "router": {"/opt/percona": True, "/etc/mysql/mysql-users-secret": False,
               "/etc/mysql/mysql-tls-secret": False, "/etc/mysql/config": False},
}

# Paths each component's own code writes.
WRITES: dict[str, dict[str, Cite]] = {
    "mysql": {
        "/etc/my.cnf.d/node.cnf": Cite("build/ps-entrypoint.sh", 182, "echo '[mysqld]' >$CFG (CFG at line 139)"),
        "/var/lib/mysql/bootstrap.lock": Cite("build/ps-entrypoint.sh", 275, "touch during initialisation"),
    },
    "router": {
        "/tmp/router/mysqlrouter.conf": Cite("build/router-entrypoint.sh", 23, "mysqlrouter --bootstrap --directory ${ROUTER_DIR} (/tmp/router, line 5)"),
    },
}


def _spec_at(cr: dict, path: tuple[str, ...]) -> dict:
    node = cr["spec"]
    for key in path:
        node = node[key]
    return node


def _components(cr: dict) -> list[str]:
    out = ["mysql"]
    if cr["spec"]["proxy"]["router"]["enabled"]:
        out.append("router")
    return out


def _service_account(cr: dict, component: str) -> str:
    return _spec_at(cr, SERVICE_ACCOUNT_FIELD[component]).get("serviceAccountName") or DEFAULT_SERVICE_ACCOUNT


def _bound_accounts(manifests: list[dict]) -> set[str]:
    return {s["name"] for m in manifests if m["kind"] in ("RoleBinding", "ClusterRoleBinding")
            for s in m.get("subjects") or [] if s["kind"] == "ServiceAccount"}


def _writable(path: str, component: str, cr: dict) -> bool:
    mounts = OPERATOR_MOUNTS[component]
    for mount, writable in mounts.items():
        if path == mount or path.startswith(mount + "/"):
            return writable
    # Not a volume: the image's own filesystem, writable unless readOnlyRootFilesystem is set.
    sc = _spec_at(cr, SERVICE_ACCOUNT_FIELD[component]).get("containerSecurityContext") or {}
    return not sc.get("readOnlyRootFilesystem", False)


SHAPES = {
    # (tenant, stage, components the operator creates)
    "async-single": ("alpha", "prod", ["mysql"]),
    "group-replication-ha": ("gamma", "prod", ["mysql", "router"]),
}


@pytest.fixture(params=sorted(SHAPES), ids=sorted(SHAPES))
def shape(request, render):
    tenant, stage, components = SHAPES[request.param]
    manifests = render(tenant, stage)
    return manifests, find(manifests, "PerconaServerMySQL"), components


def test_shape_creates_exactly_the_pinned_components(shape):
    # Orchestrator, HAProxy and the backup sidecar would bring code not pinned here.
    _, cr, components = shape
    spec = cr["spec"]
    assert not spec["orchestrator"]["enabled"] and not spec["proxy"]["haproxy"]["enabled"]
    assert not spec["backup"]["enabled"]
    assert _components(cr) == components


def test_every_component_that_reads_the_token_gets_one(shape):
    manifests, cr, _ = shape
    for component in _components(cr):
        assert TOKEN_READERS[component], component
        account = _service_account(cr, component)
        sa = find(manifests, "ServiceAccount", account)
        # The operator leaves the pod's automountServiceAccountToken unset: the account decides.
        assert sa.get("automountServiceAccountToken", True) is not False, (
            f"{component} runs as ServiceAccount {account!r} with automount off, but "
            + ", ".join(f"{c.file}:{c.line}" for c in TOKEN_READERS[component])
            + f" read {TOKEN_NAMESPACE_FILE} ({OPERATOR_TAG})")


def test_the_database_account_is_bound_to_no_role(shape):
    manifests, cr, _ = shape
    accounts = {_service_account(cr, c) for c in _components(cr)}
    assert DEFAULT_SERVICE_ACCOUNT not in accounts  # its own account, not the namespace's default
    assert not accounts & _bound_accounts(manifests)
    for account in accounts:
        assert not find(manifests, "ServiceAccount", account)["metadata"].get("annotations"), "no IRSA role either"


def test_every_other_account_keeps_its_token_off(render):
    manifests = render("alpha", "prod")
    cr = find(manifests, "PerconaServerMySQL")
    database = {_service_account(cr, c) for c in ("mysql",)}
    for sa in (m for m in manifests if m["kind"] == "ServiceAccount"):
        if sa["metadata"]["name"] not in database:
            assert sa["automountServiceAccountToken"] is False, sa["metadata"]["name"]


def test_nothing_in_the_cr_can_override_token_automount():
    # The pod's field is set only by the operator (never, see above); the CRD offers no way to set it.
    schema = crd_schema("ps.percona.com/v1", "PerconaServerMySQL")
    assert "automountServiceAccountToken" not in repr(schema)


def test_every_path_the_components_write_is_writable(shape):
    _, cr, _ = shape
    for component in _components(cr):
        for path, cite in WRITES[component].items():
            assert _writable(path, component, cr), f"{component} writes {path} ({cite.file}:{cite.line}, {OPERATOR_TAG})"


def test_a_read_only_root_would_break_the_entrypoints(render):
    # The check above can fail: node.cnf and /tmp/router are in the image's filesystem.
    manifests = render("gamma", "prod")
    cr = find(manifests, "PerconaServerMySQL")
    locked = copy.deepcopy(cr)
    for component in ("mysql", "router"):
        _spec_at(locked, SERVICE_ACCOUNT_FIELD[component])["containerSecurityContext"]["readOnlyRootFilesystem"] = True
    assert not _writable("/etc/my.cnf.d/node.cnf", "mysql", locked)
    assert not _writable("/tmp/router/mysqlrouter.conf", "router", locked)
    assert _writable("/var/lib/mysql/bootstrap.lock", "mysql", locked)


@pytest.mark.parametrize("name", ["alpha", "gamma"], ids=["async-single", "group-replication-ha"])
def test_suspended_tenants_keep_the_account(config, render, name):
    # A paused CR keeps its pods' spec; the account must survive every state that has the CR.
    tenant = with_platform(config, name, **{"platform.state": "suspended"})
    manifests = render(tenant, "prod")
    cr = find(manifests, "PerconaServerMySQL")
    for component in _components(cr):
        assert find(manifests, "ServiceAccount", _service_account(cr, component)).get("automountServiceAccountToken") is True
