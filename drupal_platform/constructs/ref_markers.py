"""Markers for the stack's values in a chart rendered away from the stack.

The chart only places `PlatformRefs` values (CloudFormation tokens) into manifests, never parses
or hashes them, so a chart rendered with a unique marker in place of each value, and the markers
then replaced in its JSON text, is the chart rendered with the values (constructs/tenant_rendering.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from drupal_platform.contracts import PlatformRefs

MARKER = "@@drupal-platform-ref:{}@@"

Shape = tuple[tuple[str, str], ...]  # (field, "value" | "" | "none")


def shape_of(refs: PlatformRefs) -> Shape:
    """Which refs are set: markers keep exactly this, so the chart takes the same branches."""
    return tuple((f.name, "none" if v is None else ("" if v == "" else "value")) for f in fields(refs) for v in [getattr(refs, f.name)])


def placeholders(shape: Shape) -> PlatformRefs:
    values = {name: None if kind == "none" else ("" if kind == "" else MARKER.format(name)) for name, kind in shape}
    return PlatformRefs(**values)


def substitute(text: str, refs: PlatformRefs) -> str:
    """The rendered chart's JSON text with every marker replaced by the stack's value (a token
    string, or a plain string in tests), JSON-escaped. Replacing in the text rather than walking the
    parsed objects is the same result at a fraction of the cost: a marker is plain ASCII that JSON
    never escapes, so it appears in the text exactly as in the string (a walk over every string of
    a thousand manifests was a fifth of the main process's Python time)."""
    if "@@drupal-platform-ref:" not in text:
        return text
    for name, value in asdict(refs).items():
        if value:
            text = text.replace(MARKER.format(name), json.dumps(value)[1:-1])
    return text
