"""Render the platform's Helm releases as the kubectl handler would install them, offline.

For each release of a synthesised Platform-Services template: the chart is the staged asset
directory its ChartAssetURL names (the very bytes a deploy uploads), the values are the template's
`Values` with every intrinsic replaced by a placeholder, and `--api-versions` lists every CRD
group/version installed before it (the releases, manifests and add-ons it depends on, transitively,
and the Cluster stack's add-ons). `lookup` returns nothing offline, and generated certificates and
random passwords differ from a real install, so tests pin only what is deterministic.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.platform.platform_helpers import HELM, MANIFEST, flatten

PLACEHOLDER = "TOKEN"

KUBE_VERSION = "1.36"
ADDON = "AWS::EKS::Addon"
# CRDs of EKS add-ons (../shared/crds holds them): the snapshot controller's VolumeSnapshot kinds;
# the VPC CNI (Cluster stack, always before) ENIConfig and PolicyEndpoint.
ADDON_API_VERSIONS = {
    "snapshot-controller": ["snapshot.storage.k8s.io/v1"],
    "vpc-cni": ["crd.k8s.amazonaws.com/v1alpha1", "networking.k8s.aws/v1alpha1"],
}
CLUSTER_STACK_ADDONS = ("vpc-cni",)


class _Loader(yaml.SafeLoader):
    """PyYAML reads a bare `=` as the YAML 1.1 'value' type; Kubernetes' parser reads a string."""


_Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def load_all(text: str) -> list[dict]:
    return [d for d in yaml.load_all(text, Loader=_Loader) if d]


@dataclass
class Release:
    stage: str
    name: str
    logical_id: str
    namespace: str
    chart_dir: Path
    values: dict
    api_versions: list[str] = field(default_factory=list)
    objects: list[dict] = field(default_factory=list)

    @property
    def crds(self) -> list[dict]:
        return [o for o in self.objects if o.get("kind") == "CustomResourceDefinition"]


def chart_dir_of(outdir: Path, url: str) -> Path:
    """The staged asset directory behind s3://<bucket>/<hash>.zip."""
    asset_hash = url.rsplit("/", 1)[1].removesuffix(".zip")
    (staged,) = [p for p in outdir.glob(f"asset.{asset_hash}*") if p.is_dir()]
    return staged


def placeholder(intrinsic: dict) -> str:
    """A readable stand-in that keeps which resource it names: GETATT-<id>-<attr>, REF-<id>, else TOKEN."""
    if "Fn::GetAtt" in intrinsic:
        target = intrinsic["Fn::GetAtt"]
        target = target if isinstance(target, list) else target.split(".", 1)
        return f"GETATT-{target[0]}-{target[1]}"
    if "Ref" in intrinsic:
        return f"REF-{intrinsic['Ref']}"
    return PLACEHOLDER


def values_of(prop: object) -> dict:
    """A HelmChart's Values property (a JSON string, or Fn::Join around intrinsics) as the values dict."""
    if isinstance(prop, dict) and set(prop) == {"Fn::Join"}:
        sep, parts = prop["Fn::Join"]
        prop = sep.join(p if isinstance(p, str) else placeholder(p) for p in parts)
    return json.loads(prop)


def dependencies(template: dict, logical_id: str) -> set[str]:
    seen: set[str] = set()
    todo = list(template["Resources"][logical_id].get("DependsOn", []))
    while todo:
        dep = todo.pop()
        if dep not in seen and dep in template["Resources"]:
            seen.add(dep)
            todo += template["Resources"][dep].get("DependsOn", [])
    return seen


def crd_api_versions(crds: list[dict]) -> set[str]:
    return {f"{c['spec']['group']}/{v['name']}" for c in crds for v in c["spec"]["versions"] if v.get("served", True)}


def manifest_objects(template: dict, logical_id: str) -> list[dict]:
    return json.loads(flatten(template["Resources"][logical_id]["Properties"]["Manifest"]))


def releases(template: dict, outdir: Path, stage: str) -> list[Release]:
    out = []
    for logical_id, res in template["Resources"].items():
        if res["Type"] != HELM:
            continue
        p = res["Properties"]
        out.append(Release(stage, p["Release"], logical_id, p["Namespace"], chart_dir_of(outdir, p["ChartAssetURL"]),
                           values_of(p["Values"])))
    return out


def helm_template(helm: Path, release: Release, extra_values: dict | None = None) -> subprocess.CompletedProcess:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as values:
        json.dump(release.values if extra_values is None else extra_values, values)
        values.flush()
        cmd = [str(helm), "template", release.name, str(release.chart_dir), "--namespace", release.namespace,
               "--values", values.name, "--kube-version", KUBE_VERSION, "--include-crds"]
        for api in release.api_versions:
            cmd += ["--api-versions", api]
        return subprocess.run(cmd, capture_output=True, text=True)


def render_stage(helm: Path, template: dict, outdir: Path, stage: str) -> dict[str, Release]:
    """Every release of a stage, rendered in dependency order (CRDs of earlier releases feed --api-versions)."""
    by_id = {r.logical_id: r for r in releases(template, outdir, stage)}
    done: dict[str, Release] = {}
    pending = dict(by_id)
    while pending:
        ready = [r for r in pending.values() if not (dependencies(template, r.logical_id) & set(pending))]
        assert ready, f"dependency cycle among {sorted(pending)}"
        for release in ready:
            apis: set[str] = {a for addon in CLUSTER_STACK_ADDONS for a in ADDON_API_VERSIONS[addon]}
            for dep in dependencies(template, release.logical_id):
                res = template["Resources"][dep]
                if res["Type"] == HELM:
                    apis |= crd_api_versions(done[dep].crds)
                elif res["Type"] == MANIFEST:
                    apis |= crd_api_versions([o for o in manifest_objects(template, dep) if o["kind"] == "CustomResourceDefinition"])
                elif res["Type"] == ADDON:
                    apis |= set(ADDON_API_VERSIONS.get(res["Properties"]["AddonName"], []))
            release.api_versions = sorted(apis)
            result = helm_template(helm, release)
            if result.returncode != 0:
                raise AssertionError(f"{stage}/{release.name}: helm template failed:\n{result.stderr}")
            release.objects = load_all(result.stdout)
            done[release.logical_id] = release
            del pending[release.logical_id]
    return {r.name: r for r in done.values()}
