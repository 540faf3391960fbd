"""Small helpers for reading synthesised templates."""

from __future__ import annotations

import json
import re

ASSET_HASH = re.compile(r"[0-9a-f]{64}")


def resources(template: dict, type_: str) -> dict[str, dict]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == type_}


def one(template: dict, type_: str) -> dict:
    found = list(resources(template, type_).values())
    assert len(found) == 1, f"expected one {type_}, found {len(found)}"
    return found[0]


def normalised(template: dict) -> dict:
    """Template with asset hashes replaced, so snapshots change only when behaviour does."""
    return json.loads(ASSET_HASH.sub("<asset-hash>", json.dumps(template, sort_keys=True)))
