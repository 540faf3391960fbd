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


# --- ValidatingAdmissionPolicy ------------------------------------------------------------
@dataclass(frozen=True)
class Admission:
    applies: bool  # matchConstraints and every matchCondition matched
    denials: tuple[str, ...] = ()  # messages of the validations that failed or errored

    @property
    def allowed(self) -> bool:
        return not self.denials


def _rule_matches(rule: dict, request: dict) -> bool:
    res = request["resource"]
    resource = res["resource"] + (f"/{request['subResource']}" if request.get("subResource") else "")

    def ok(values: list[str], value: str) -> bool:
        return "*" in values or value in values

    return (ok(rule.get("operations", []), request["operation"]) and ok(rule.get("apiGroups", []), res["group"])
            and ok(rule.get("apiVersions", []), res["version"]) and ok(rule.get("resources", []), resource))


def _run(env, expr: str, activation: dict):
    out = env.program(env.compile(expr)).evaluate(activation)
    if isinstance(out, celpy.CELEvalError):
        raise out
    return out


def evaluate_admission_policy(policy: dict, *, request: dict, obj: dict | None,
                              namespace_labels: dict[str, str], binding: dict | None = None) -> Admission:
    """A ValidatingAdmissionPolicy (and its binding's matchResources) on one request, as the API
    server evaluates it: matchConstraints (resourceRules, namespaceSelector), matchConditions,
    variables in order, then validations. failurePolicy Fail: an evaluation error denies."""
    from helpers.netpol import matches_selector

    spec = policy["spec"]
    for constraints in (spec.get("matchConstraints") or {}, (binding or {}).get("spec", {}).get("matchResources") or {}):
        rules = constraints.get("resourceRules")
        if rules is not None and not any(_rule_matches(r, request) for r in rules):
            return Admission(False)
        if "namespaceSelector" in constraints and not matches_selector(constraints["namespaceSelector"], namespace_labels):
            return Admission(False)
    env = celpy.Environment()
    activation = {"request": celpy.json_to_cel(request), "object": celpy.json_to_cel(obj)}
    for condition in spec.get("matchConditions", []):
        if not bool(_run(env, condition["expression"], activation)):
            return Admission(False)
    computed: dict = {}
    for variable in spec.get("variables") or []:
        activation["variables"] = celpy.celtypes.MapType({celpy.celtypes.StringType(k): v for k, v in computed.items()})
        computed[variable["name"]] = _run(env, variable["expression"], activation)
    activation["variables"] = celpy.celtypes.MapType({celpy.celtypes.StringType(k): v for k, v in computed.items()})
    denials = []
    for validation in spec.get("validations", []):
        try:
            ok = bool(_run(env, validation["expression"], activation))
        except celpy.CELEvalError as exc:
            ok, validation = False, {**validation, "message": f"{validation.get('message')} (error: {exc})"}
        if not ok:
            denials.append(validation.get("message", validation["expression"]))
    return Admission(True, tuple(denials))
