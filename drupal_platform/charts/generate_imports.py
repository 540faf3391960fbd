"""Regenerate `drupal_platform/charts/imports/` from the pinned upstream CRDs (`make imports`).

Each entry below runs `cdk8s import <module>:=<crd file> --language python`, so the module
names are ours and stable, whatever group name the CRD carries:

| module                                  | kind(s)                          | CRD file (../shared/crds)                                |
| --------------------------------------- | -------------------------------- | -------------------------------------------------------- |
| imports.eniconfig                       | ENIConfig                        | amazon-vpc-cni-k8s-v1.23.0-eniconfigs.yaml               |
| imports.secretstore                     | SecretStore (external-secrets v1)| external-secrets-v2.9.0-secretstores.yaml                |
| imports.externalsecret                  | ExternalSecret (v1)              | external-secrets-v2.9.0-externalsecrets.yaml             |
| imports.percona                         | PerconaServerMySQL (trimmed)     | percona-server-mysql-operator-v1.2.0-crd.yaml            |
| imports.servicemonitor                  | ServiceMonitor                   | prometheus-operator-v0.93.0-servicemonitors.yaml         |
| imports.podmonitor                      | PodMonitor                       | prometheus-operator-v0.93.0-podmonitors.yaml             |
| imports.prometheusrule                  | PrometheusRule                   | prometheus-operator-v0.93.0-prometheusrules.yaml         |
| imports.otelcollector                   | OpenTelemetryCollector v1beta1   | opentelemetry-operator-v0.158.0-opentelemetrycollectors  |
| imports.instrumentation                 | Instrumentation                  | opentelemetry-operator-v0.158.0-instrumentations.yaml    |
| imports.velero_schedule                 | Schedule                         | velero-v1.18.1-schedules.yaml                            |
| imports.velero_backupstoragelocation    | BackupStorageLocation            | velero-v1.18.1-backupstoragelocations.yaml               |
| imports.volumesnapshotclass             | VolumeSnapshotClass              | external-snapshotter-v8.6.0-volumesnapshotclasses.yaml   |
| imports.ingressclassparams              | IngressClassParams               | aws-load-balancer-controller-v3.5.0-ingressclassparams   |

Core kinds come from `cdk8s_plus_36.k8s` (imported only in `charts/tenant/k8s.py`), not from
a generated `k8s` module, so there is one definition of each core type.

jsii refuses a few property names that its Java target cannot express (a property called
`getXxx` clashes with a Java getter). The external-secrets CRDs have one
(`keepersecurity.getByTitleFallback`). Such properties are removed from a temporary copy
of the CRD before import and listed in the output; they belong to providers we do not use.

The SecretStore CRD describes some forty secret backends (2.5 MB of generated Python); a
tenant's store only ever uses `aws` (Secrets Manager). The copy keeps that provider alone, so
the typed class offers exactly what we may render.

The Percona CRD file holds four kinds and every pod option of six components (5 MB of generated
Python, 180 MB of memory in every process that imports it); the copy keeps PerconaServerMySQL and
the spec fields the tenant chart renders. The OpenTelemetryCollector copy keeps v1beta1 and the
fields the platform renders (160 MB less). Both are listed in KEEP_SPEC; a field a chart starts to
use is added there (tests/charts/test_generated_imports.py and tests/platform/test_generated_collector.py
fail until it is).

The upstream files themselves are untouched, and the tests validate manifests against them.

Usage: python -m drupal_platform.charts.generate_imports [--crds DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
IMPORTS_DIR = Path(__file__).resolve().parent / "imports"
DEFAULT_CRDS = ROOT.parent / "shared" / "crds"

# module name -> CRD file name. Keep in step with the table above.
IMPORTS: dict[str, str] = {
    "eniconfig": "amazon-vpc-cni-k8s-v1.23.0-eniconfigs.yaml",
    "secretstore": "external-secrets-v2.9.0-secretstores.yaml",
    "externalsecret": "external-secrets-v2.9.0-externalsecrets.yaml",
    "percona": "percona-server-mysql-operator-v1.2.0-crd.yaml",
    "servicemonitor": "prometheus-operator-v0.93.0-servicemonitors.yaml",
    "podmonitor": "prometheus-operator-v0.93.0-podmonitors.yaml",
    "prometheusrule": "prometheus-operator-v0.93.0-prometheusrules.yaml",
    "otelcollector": "opentelemetry-operator-v0.158.0-opentelemetrycollectors.yaml",
    "instrumentation": "opentelemetry-operator-v0.158.0-instrumentations.yaml",
    "velero_schedule": "velero-v1.18.1-schedules.yaml",
    "velero_backupstoragelocation": "velero-v1.18.1-backupstoragelocations.yaml",
    "volumesnapshotclass": "external-snapshotter-v8.6.0-volumesnapshotclasses.yaml",
    "ingressclassparams": "aws-load-balancer-controller-v3.5.0-ingressclassparams.yaml",
}

# jsii: "Methods and properties cannot have names like getXxx" (JSII5000).
_JSII_FORBIDDEN = re.compile(r"^get[A-Z]")


def _prune(schema: object, path: str, removed: list[str]) -> None:
    if isinstance(schema, dict):
        props = schema.get("properties")
        if isinstance(props, dict):
            for key in [k for k in props if _JSII_FORBIDDEN.match(k)]:
                del props[key]
                removed.append(f"{path}.{key}")
                if key in schema.get("required", []):
                    schema["required"].remove(key)
        for key, value in schema.items():
            _prune(value, f"{path}.{key}" if key != "properties" else path, removed)
    elif isinstance(schema, list):
        for item in schema:
            _prune(item, path, removed)


# module -> the only secret-store providers its typed classes offer.
KEEP_PROVIDERS: dict[str, set[str]] = {"secretstore": {"aws"}}


def _keep_providers(doc: dict, keep: set[str], removed: list[str]) -> None:
    for version in doc.get("spec", {}).get("versions", []):
        spec = version.get("schema", {}).get("openAPIV3Schema", {}).get("properties", {}).get("spec", {})
        provider = spec.get("properties", {}).get("provider", {})
        props = provider.get("properties", {})
        dropped = sorted(set(props) - keep)
        for key in dropped:
            del props[key]
        if dropped:
            removed.append(f"{version['name']}: {len(dropped)} unused providers")


# module -> (the one kind its typed classes offer, the spec fields kept: a nested dict, where None
# keeps a field's whole schema, and the API versions kept: None for all). The fields are those
# charts/tenant/database.py and charts/platform/observability.py render.
_RESOURCES = {"resources": None}
_POD = {"image": None, "imagePullPolicy": None, "nodeSelector": None, "tolerations": None,
        "podSecurityContext": None, "containerSecurityContext": None, "serviceAccountName": None, **_RESOURCES}
KEEP_SPEC: dict[str, tuple[str, dict, set[str] | None]] = {
    "otelcollector": ("OpenTelemetryCollector", {
        **_POD, "securityContext": None, "mode": None, "replicas": None, "config": None, "ports": None, "env": None,
        "volumes": {"name": None, "hostPath": None}, "volumeMounts": None,
    }, {"v1beta1"}),
    "percona": ("PerconaServerMySQL", {
        "crVersion": None, "secretsName": None, "pause": None, "updateStrategy": None, "upgradeOptions": None,
        "unsafeFlags": None,
        "initContainer": {"image": None, "containerSecurityContext": None, **_RESOURCES},
        "mysql": {**_POD, "clusterType": None, "size": None, "configuration": None, "labels": None, "autoRecovery": None,
                  "topologySpreadConstraints": None, "volumeSpec": {"persistentVolumeClaim": None}},
        "orchestrator": {"enabled": None},
        "proxy": {"haproxy": {"enabled": None}, "router": {**_POD, "enabled": None, "size": None}},
        "backup": {"enabled": None, "image": None, "containerSecurityContext": None, **_RESOURCES},
    }, None),
}


def _keep_fields(schema: dict, keep: dict, path: str, removed: list[str]) -> None:
    props = schema.get("properties", {})
    dropped = sorted(set(props) - set(keep))
    for key in dropped:
        del props[key]
    if dropped:
        removed.append(f"{path}: {len(dropped)} unused fields")
        schema["required"] = [r for r in schema.get("required", []) if r in props]
        if not schema["required"]:
            del schema["required"]
    for key, sub in keep.items():
        if sub is not None and key in props:
            _keep_fields(props[key], sub, f"{path}.{key}", removed)


def _keep_spec(docs: list[dict], kind: str, keep: dict, versions: set[str] | None, removed: list[str]) -> list[dict]:
    kept = [d for d in docs if d.get("spec", {}).get("names", {}).get("kind") == kind]
    if len(kept) != len(docs):
        removed.append(f"{len(docs) - len(kept)} other kinds")
    for doc in kept:
        if versions:
            dropped = [v["name"] for v in doc["spec"]["versions"] if v["name"] not in versions]
            doc["spec"]["versions"] = [v for v in doc["spec"]["versions"] if v["name"] in versions]
            if dropped:
                removed.append(f"versions {', '.join(dropped)}")
        for version in doc["spec"]["versions"]:
            root = version["schema"]["openAPIV3Schema"]["properties"]
            root.pop("status", None)
            _keep_fields(root["spec"], keep, f"{kind} {version['name']} spec", removed)
    return kept


def jsii_safe_copy(src: Path, dest: Path, keep_providers: set[str] | None = None,
                   keep_spec: tuple[str, dict, set[str] | None] | None = None) -> list[str]:
    """Write a copy of a CRD file without properties jsii cannot compile (and, where asked,
    without unused secret-store providers, or with one kind and the spec fields we render);
    return what was removed."""
    docs = [d for d in yaml.safe_load_all(src.read_text()) if d]
    removed: list[str] = []
    if keep_spec:
        docs = _keep_spec(docs, *keep_spec, removed)
    for doc in docs:
        if keep_providers:
            _keep_providers(doc, keep_providers, removed)
        _prune(doc, doc.get("metadata", {}).get("name", "?"), removed)
    dest.write_text(yaml.safe_dump_all(docs, sort_keys=False))
    return removed


def _cdk8s() -> str:
    local = ROOT / "node_modules" / ".bin" / "cdk8s"
    return str(local) if local.exists() else "cdk8s"


def import_one(module: str, crd: Path, work: Path) -> tuple[str, list[str]]:
    src = work / module / crd.name
    src.parent.mkdir(parents=True)
    removed = jsii_safe_copy(crd, src, KEEP_PROVIDERS.get(module), KEEP_SPEC.get(module))
    out = work / module / "out"
    env = {**os.environ, "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1", "NODE_NO_WARNINGS": "1"}
    cmd = [_cdk8s(), "import", f"{module}:={src}", "--language", "python", "--output", str(out),
           "--no-save", "--no-check-upgrade"]
    # cwd is the scratch directory so no cdk8s.yaml is written into the repository.
    result = subprocess.run(cmd, cwd=src.parent, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"cdk8s import {module} failed:\n{result.stdout}\n{result.stderr}")
    return module, removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crds", type=Path, default=DEFAULT_CRDS, help="directory of the pinned CRD files")
    parser.add_argument("--only", nargs="*", default=None, help="module names to regenerate (default: all)")
    args = parser.parse_args(argv)
    wanted = args.only or list(IMPORTS)
    unknown = [m for m in wanted if m not in IMPORTS]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; known: {', '.join(IMPORTS)}")
    missing = [IMPORTS[m] for m in wanted if not (args.crds / IMPORTS[m]).exists()]
    if missing:
        print(f"missing CRD files in {args.crds}: {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="cdk8s-import-") as tmp:
        work = Path(tmp)
        # jsii compilation is CPU-bound; two at a time keeps a small machine responsive.
        with ThreadPoolExecutor(max_workers=max(1, min(4, (os.cpu_count() or 2)))) as pool:
            results = list(pool.map(lambda m: import_one(m, args.crds / IMPORTS[m], work), wanted))
        IMPORTS_DIR.mkdir(exist_ok=True)
        for module, removed in results:
            target = IMPORTS_DIR / module
            shutil.rmtree(target, ignore_errors=True)
            # cdk8s nests the package by API group (eniconfig/com/amazonaws/k8s/crd); the
            # generated code loads its jsii assembly relative to __name__, so the package is
            # lifted to imports/<module> and imported as drupal_platform.charts.imports.<module>.
            (package,) = {p.parent.parent for p in (work / module / "out").rglob("_jsii/__init__.py")}
            shutil.copytree(package, target)
            note = f" (removed from the copy: {', '.join(removed)})" if removed else ""
            print(f"imports/{module} <- {IMPORTS[module]}{note}")
    init = IMPORTS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated by `make imports` (drupal_platform.charts.generate_imports); do not edit."""\n')
    return 0


if __name__ == "__main__":
    sys.exit(main())
