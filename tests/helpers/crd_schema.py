"""Custom resources against the upstream CRDs' openAPIV3Schema, strictly.

A CRD schema has no `additionalProperties: false`, so a misspelt field would pass a plain
jsonschema check. `strict_schema` adds it to every object schema that lists `properties`
and does not set `x-kubernetes-preserve-unknown-fields` - what the API server's pruning and
`kubectl --validate=strict` do. `apply_defaults` fills schema defaults as the API server does
before it evaluates CEL rules.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

CRD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "crds"


@lru_cache(maxsize=None)
def _crds() -> dict[tuple[str, str, str], dict]:
    """(group, version, kind) -> openAPIV3Schema, for every served version in ../shared/crds."""
    out: dict[tuple[str, str, str], dict] = {}
    for path in sorted(CRD_DIR.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            for version in spec["versions"]:
                if version.get("served", True):
                    out[(spec["group"], version["name"], spec["names"]["kind"])] = version["schema"]["openAPIV3Schema"]
    return out


def crd_schema(api_version: str, kind: str) -> dict:
    group, version = api_version.split("/")
    try:
        return _crds()[(group, version, kind)]
    except KeyError:
        raise LookupError(f"no served CRD version for {api_version} {kind} in {CRD_DIR}") from None


def strict_schema(schema: dict) -> dict:
    schema = copy.deepcopy(schema)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if (node.get("type") == "object" and "properties" in node
                    and not node.get("x-kubernetes-preserve-unknown-fields")
                    and "additionalProperties" not in node):
                node["additionalProperties"] = False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(schema)
    # metadata is validated by the API server itself; its CRD schema is just `type: object`.
    return schema


def validate_cr(manifest: dict) -> None:
    """Raise jsonschema.ValidationError for the first violation."""
    schema = strict_schema(crd_schema(manifest["apiVersion"], manifest["kind"]))
    jsonschema.Draft7Validator(schema).validate(manifest)


def cr_errors(manifest: dict) -> list[str]:
    schema = strict_schema(crd_schema(manifest["apiVersion"], manifest["kind"]))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in jsonschema.Draft7Validator(schema).iter_errors(manifest)]


def apply_defaults(obj: object, schema: dict) -> object:
    """Return a copy of obj with the schema's `default`s filled in (structural defaulting)."""
    obj = copy.deepcopy(obj)

    def walk(value: object, node: dict) -> object:
        if isinstance(value, dict) and node.get("type") == "object":
            for key, sub in node.get("properties", {}).items():
                if key not in value and "default" in sub:
                    value[key] = copy.deepcopy(sub["default"])
                if key in value:
                    value[key] = walk(value[key], sub)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                for key in value:
                    if key not in node.get("properties", {}):
                        value[key] = walk(value[key], extra)
        elif isinstance(value, list) and isinstance(node.get("items"), dict):
            return [walk(v, node["items"]) for v in value]
        return value

    return walk(obj, schema)
