"""A small IAM identity-policy evaluator: statement by statement, the way IAM decides.

A request is (action, resources, context). For each resource the request names (an SES send
authorises against the sender identity and the configuration set), an explicit Deny in any
matching statement refuses, otherwise an Allow is needed; the request succeeds only when every
resource is allowed. A statement matches when its Action/NotAction, Resource/NotResource and
every condition match. Conditions: String(Not)Equals, String(Not)Like (case-sensitive, with
* and ?), their IfExists forms, ForAnyValue:/ForAllValues: over multi-valued keys, Null and
Bool. A key the request lacks fails a condition (IfExists and negated ForAllValues aside), as
in IAM. Unknown operators raise, so a policy using one cannot pass by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def _list(x) -> list:
    return x if isinstance(x, list) else [x]


def _like(value: str, pattern: str, *, case: bool = True) -> bool:
    if not case:
        value, pattern = value.lower(), pattern.lower()
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, value, flags=re.S) is not None


@dataclass(frozen=True)
class Request:
    action: str
    resources: list[str]
    context: dict[str, str | list[str]] = field(default_factory=dict)


def _action_matches(st: dict, action: str) -> bool:
    if "Action" in st:
        return any(_like(action, a, case=False) for a in _list(st["Action"]))
    return not any(_like(action, a, case=False) for a in _list(st["NotAction"]))


def _resource_matches(st: dict, resource: str) -> bool:
    if "Resource" in st:
        return any(_like(resource, r) for r in _list(st["Resource"]))
    return not any(_like(resource, r) for r in _list(st["NotResource"]))


_STRING = {
    "StringEquals": lambda have, want: have == want,
    "StringNotEquals": lambda have, want: have != want,
    "StringEqualsIgnoreCase": lambda have, want: have.lower() == want.lower(),
    "StringLike": _like,
    "StringNotLike": lambda have, want: not _like(have, want),
}


def _condition(op: str, key: str, expected, context: dict) -> bool:
    wanted = [str(v) for v in _list(expected)]
    if op == "Null":
        return (key not in context) == (wanted[0].lower() == "true")
    qualifier = None
    if ":" in op:
        qualifier, op = op.split(":", 1)
    if_exists = op.endswith("IfExists")
    op = op.removesuffix("IfExists")
    if op != "Bool" and op not in _STRING or qualifier not in (None, "ForAnyValue", "ForAllValues"):
        raise NotImplementedError(f"condition operator {qualifier + ':' if qualifier else ''}{op!r}")
    have = context.get(key)
    if have is None:
        if if_exists:
            return True
        if qualifier == "ForAllValues":
            return True  # vacuously true over no values, as IAM evaluates it
        return False
    if op == "Bool":
        return str(have).lower() in [w.lower() for w in wanted]
    test = _STRING[op]
    negated = op.startswith("StringNot")
    values = [str(v) for v in _list(have)]

    def one(value: str) -> bool:
        # Negated operators hold when the value matches none of the patterns; others when it matches any.
        return all(test(value, w) for w in wanted) if negated else any(test(value, w) for w in wanted)

    if qualifier == "ForAllValues":
        return all(one(v) for v in values)
    return any(one(v) for v in values)


def statement_matches(st: dict, action: str, resource: str, context: dict) -> bool:
    if not _action_matches(st, action) or not _resource_matches(st, resource):
        return False
    return all(_condition(op, key, expected, context)
               for op, conds in st.get("Condition", {}).items() for key, expected in conds.items())


def decide(statements: list[dict], request: Request) -> bool:
    """True when IAM would allow the request under these identity-policy statements alone."""
    if not request.resources:
        raise ValueError("a request names at least one resource")
    for resource in request.resources:
        matching = [st for st in statements if statement_matches(st, request.action, resource, request.context)]
        if any(st["Effect"] == "Deny" for st in matching) or not any(st["Effect"] == "Allow" for st in matching):
            return False
    return True

