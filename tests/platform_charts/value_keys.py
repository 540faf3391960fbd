"""Does every values key the project sets exist in the chart?

Most charts silently ignore an unknown key, so a mistyped `nodeSelectr` would install a
controller on any node. A key exists when the chart declares it:
- in `values.schema.json` where the chart has one (helm itself rejects what a strict schema
  forbids, e.g. opentelemetry-operator's `additionalProperties: false`),
- in `values.yaml`, with each subchart's `values.yaml` under its alias (or name),
- or in a template as `.Values.<path>` (charts document optional keys as comments in values.yaml).
Free-form maps allow any key beneath them: a map values.yaml leaves empty or null
(`nodeSelector: {}`), an object schema without properties, a scalar or list, and a map a template
passes through whole (`toYaml .Values.x`, `range $k, $v := .Values.x`). List items are not
descended into.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.platform_charts.render import _Loader

FREE = None  # a node under which any key is allowed
VALUES_PATH = re.compile(r"\.Values((?:\.[A-Za-z0-9_]+)+)")
WHOLE_MAP = re.compile(r"(?:range\s+\$\w+\s*,\s*\$\w+\s*:=\s*|toYaml\s+\(?\s*|tpl\s+\(?\s*toYaml\s+)\.Values((?:\.[A-Za-z0-9_]+)+)")


def _yaml(path: Path) -> object:
    return yaml.load(path.read_text(), Loader=_Loader) if path.is_file() else None


def merge(a: dict | None, b: dict | None) -> dict | None:
    if a is FREE or b is FREE:
        return FREE
    out = dict(a)
    for key, value in b.items():
        out[key] = merge(out[key], value) if key in out else value
    return out


def from_values(values: object) -> dict | None:
    if not isinstance(values, dict) or not values:
        return FREE
    return {k: from_values(v) for k, v in values.items()}


def _resolve(schema: dict, root: dict) -> dict:
    while isinstance(schema, dict) and "$ref" in schema and schema["$ref"].startswith("#/"):
        node = root
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def from_schema(schema: dict, root: dict) -> dict | None:
    branches = [_resolve(schema, root)]
    for key in ("allOf", "anyOf", "oneOf"):
        branches += [_resolve(b, root) for b in branches[0].get(key, [])]
    props: dict = {}
    for b in branches:
        if b.get("patternProperties"):
            return FREE
        props.update(b.get("properties") or {})
    # An object with properties is a set of keys even when additionalProperties allows more
    # (loki's top level does): only an object without properties is a free-form map.
    if not props:
        return FREE
    return {k: from_schema(v, root) for k, v in props.items()}


def _at(path: list[str], leaf: dict | None) -> dict | None:
    node = leaf
    for key in reversed(path):
        node = {key: node}
    return node


def from_templates(chart_dir: Path) -> dict:
    """Paths the chart's own templates read (`.Values.a.b`); whole-map reads are free-form."""
    tree: dict = {}
    for template in (chart_dir / "templates").rglob("*"):
        if not template.is_file():
            continue
        text = template.read_text(errors="replace")
        for match in VALUES_PATH.finditer(text):
            tree = merge(tree, _at(match.group(1).strip(".").split("."), {})) or {}
        for match in WHOLE_MAP.finditer(text):
            tree = merge(tree, _at(match.group(1).strip(".").split("."), FREE)) or {}
    return tree


def declared(chart_dir: Path) -> dict | None:
    """Every key the chart declares, its subcharts' under their alias."""
    tree = merge(from_values(_yaml(chart_dir / "values.yaml") or {}) or {}, from_templates(chart_dir))
    schema_file = chart_dir / "values.schema.json"
    if schema_file.is_file():
        schema = json.loads(schema_file.read_text())
        tree = merge(tree, from_schema(schema, schema) or {})
    meta = _yaml(chart_dir / "Chart.yaml") or {}
    for dep in meta.get("dependencies") or []:
        sub = chart_dir / "charts" / dep["name"]
        if (sub / "Chart.yaml").is_file():
            tree = merge(tree, {dep.get("alias") or dep["name"]: declared(sub)})
    return tree


def unknown_in(values: dict, tree: dict | None, path: str = "") -> list[str]:
    if tree is FREE:
        return []
    out = []
    for key, value in values.items():
        here = f"{path}.{key}" if path else key
        if key == "global":
            continue  # shared with every subchart, which may read anything from it
        if key not in tree:
            out.append(here)
        elif isinstance(value, dict):
            out += unknown_in(value, tree[key], here)
    return out


def unknown_keys(chart_dir: Path, values: dict) -> list[str]:
    """Dotted paths of keys the chart does not declare (empty when every key exists)."""
    return unknown_in(values, declared(chart_dir))
