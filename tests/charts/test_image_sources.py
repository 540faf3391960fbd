"""Every image the platform and the tenant chart run, and where the nodes pull it from (issue 10 item 7).

Nodes pull nothing from a public registry directly: every image reference in the synthesised
templates (tenant manifests, platform manifests, Helm values) is in the stage's own ECR registry, under the prefix of a pull-through
cache rule the stage creates, or is a custom-image tenant's own repository. The images of the
platform's Helm charts rendered with those values (chart defaults included) are checked the same way
in tests/platform_charts/test_rendered_charts.py. Run with `-s` to see the
table of images and their upstream registries.
"""

from __future__ import annotations

import json

import pytest

from drupal_platform.images import UPSTREAMS, parse, registry
from drupal_platform.versions import PLATFORM_IMAGES

STAGES = ["dev", "prod"]


def _images(node, out: list[str], key: str = "") -> list[str]:
    """Every string under a key named image (or ...Image) in a manifest or values tree."""
    if isinstance(node, dict):
        if isinstance(node.get("repository"), str) and node.get("repository") and (key.endswith(("image", "Image")) or key == "tempo"):
            # Helm values that split an image: {registry, repository, tag}.
            ref = "/".join(p for p in (node.get("registry"), node["repository"]) if p)
            out.append(f"{ref}:{node['tag']}" if node.get("tag") else ref)
        for k, v in node.items():
            if isinstance(v, str) and (k == "image" or k.endswith("Image")):
                out.append(v)
            else:
                _images(v, out, k)
    elif isinstance(node, list):
        for v in node:
            _images(v, out, key)
    return out


def _container_images(node, out: list[str]) -> list[str]:
    """The `image` of every container-like object in rendered Kubernetes objects."""
    if isinstance(node, dict):
        if isinstance(node.get("image"), str) and "name" in node:
            out.append(node["image"])
        for v in node.values():
            _container_images(v, out)
    elif isinstance(node, list):
        for v in node:
            _container_images(v, out)
    return out


def _flat(value) -> str:
    """A template string with Fn::Join resolved (tokens become placeholders)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "Fn::Join" in value:
        sep, parts = value["Fn::Join"]
        return sep.join(_flat(p) for p in parts)
    return "TOKEN"


def _source(stage, image: str, tenant_registry: str) -> str:
    """Where the node pulls `image` from: the upstream behind the cache, or the tenant's own repository."""
    own = f"{registry(stage)}/"
    if image.startswith((f"{tenant_registry}/drupal-site-", "TOKEN/drupal-site-")):
        # A custom image: the tenant's own repository (its registry may come from an SSM parameter).
        return "tenant's own ECR repository"
    assert image.startswith(own), f"{image!r} is not pulled through stage {stage.name}'s registry {own}"
    prefix = image[len(own):].split("/", 1)[0]
    upstream = next((u for u in UPSTREAMS.values() if u.prefix_in(stage) == prefix), None)
    assert upstream is not None, f"{image!r}: no pull-through cache rule has the prefix {prefix!r}"
    return f"{upstream.url} through the {upstream.registry} rule"


def _manifest_images(assembly, stage: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name in assembly.names(stage):
        for rid, res in assembly.template(name)["Resources"].items():
            if res["Type"] == "Custom::AWSCDK-EKS-KubernetesResource":
                manifest = json.loads(_flat(res["Properties"]["Manifest"]))
                out[f"{name} {rid}"] = _images(manifest, [])
            elif res["Type"] == "Custom::AWSCDK-EKS-HelmChart":
                values = json.loads(_flat(res["Properties"].get("Values", "{}")))
                out[f"{name} {res['Properties'].get('Chart', rid)} values"] = [
                    i for i in _images(values, []) if "/" in i or ":" in i
                ]
    return out


@pytest.mark.parametrize("stage", STAGES)
def test_every_image_in_the_templates_comes_through_the_cache(assembly, config, stage):
    s = config.stages[stage]
    tenant_registry = registry(config.image_stage)
    table = []
    for where, images in _manifest_images(assembly, stage).items():
        for image in images:
            table.append((image, _source(s, image, tenant_registry), where))
    print(f"\nimages of stage {stage}:")
    for image, source, where in sorted(set(table)):
        print(f"  {image}\n      from {source}; used by {where}")
    found = {i for i, _, _ in table}
    # The Percona images (Docker Hub) and the OTel Apache module injected into every Drupal pod are among them.
    for upstream in ("docker-hub/percona/percona-server:", "docker-hub/percona/percona-server-mysql-operator:",
                     "docker-hub/percona/percona-xtrabackup:", "docker-hub/velero/velero:",
                     "github/open-telemetry/opentelemetry-operator/autoinstrumentation-apache-httpd:"):
        assert any(upstream in i for i in found), upstream


def test_every_pinned_image_is_on_a_cached_registry(config):
    for s in config.stages.values():
        for image in PLATFORM_IMAGES:
            host, _, _ = parse(image)
            assert host in UPSTREAMS, f"{image}: {host} has no pull-through cache rule"
