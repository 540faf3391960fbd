"""Does a trimmed CRD schema (drupal_platform/charts/generate_imports.py KEEP_SPEC) still hold
every field of a rendered object?"""

from __future__ import annotations


def _paths(value, prefix=()):
    """Every key path of a rendered object (list items share their list's path)."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield prefix + (key,)
            yield from _paths(sub, prefix + (key,))
    elif isinstance(value, list):
        for item in value:
            yield from _paths(item, prefix)


def _schema_has(schema: dict, path: tuple) -> bool:
    for key in path:
        schema = schema.get("items", schema)
        props = schema.get("properties")
        if props is None:  # an open object (labels, nodeSelector, ...) or a whole kept schema's leaf
            return bool(schema.get("additionalProperties") or schema.get("x-kubernetes-preserve-unknown-fields")
                        or schema.get("x-kubernetes-int-or-string"))
        if key not in props:
            return False
        schema = props[key]
    return True


def missing_fields(rendered: dict, schema: dict) -> list[str]:
    """The dotted key paths of `rendered` that `schema` does not describe."""
    return [".".join(p) for p in _paths(rendered) if not _schema_has(schema, p)]
