"""Evaluate a CRD's CEL rules (x-kubernetes-validations) on an object, as the API server does.

jsonschema ignores these rules. cel-python evaluates them; an evaluation error (a rule that
reads a field the object lacks: "no such key") is a rejection, as it is in the API server.
Apply the schema's defaults first (crd_schema.apply_defaults).

Known difference: cel-python's has(a.b.c) is false when `a.b` is missing, where the API
server reports "no such key"; so a missing intermediate object inside has() passes here.
"""

from __future__ import annotations

from dataclasses import dataclass

import celpy


@dataclass(frozen=True)
class RuleResult:
    path: str
    rule: str
    message: str
    passed: bool
    error: str | None = None


def _rules_at(value: object, node: dict, path: str):
    for rule in node.get("x-kubernetes-validations", []):
        yield path, rule, value
    if isinstance(value, dict):
        for key, sub in node.get("properties", {}).items():
            if key in value:
                yield from _rules_at(value[key], sub, f"{path}.{key}")
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(value):
            yield from _rules_at(item, node["items"], f"{path}[{i}]")


def evaluate_rules(obj: dict, schema: dict) -> list[RuleResult]:
    env = celpy.Environment()
    results = []
    for path, rule, value in _rules_at(obj, schema, "self"):
        expr = rule["rule"]
        message = rule.get("message", expr)
        try:
            out = env.program(env.compile(expr)).evaluate({"self": celpy.json_to_cel(value)})
            if isinstance(out, celpy.CELEvalError):
                results.append(RuleResult(path, expr, message, False, str(out)))
            else:
                results.append(RuleResult(path, expr, message, bool(out)))
        except celpy.CELEvalError as exc:
            results.append(RuleResult(path, expr, message, False, str(exc)))
    return results


def violations(obj: dict, schema: dict) -> list[str]:
    return [f"{r.path}: {r.message}" + (f" (error: {r.error})" if r.error else "")
            for r in evaluate_rules(obj, schema) if not r.passed]
